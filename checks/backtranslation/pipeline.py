"""Round trips and bilingual comparison of a Document, scored per sentence and per document.

Steps: plan (languages, pivots) → the cached result, if any → segments → translations (one round
trip per pivot, or forward and back against a source) → per-sentence scores, word diff and
content checks → findings. Each step is a function below; ``backtranslate_document`` runs them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from mtlint.checks.backtranslation import compare, models, scoring, semantic
from mtlint.checks.backtranslation.align import align
from mtlint.checks.backtranslation.cache import TranslationCache, shared_cache
from mtlint.checks.backtranslation.errors import BacktranslationCancelled, BacktranslationError
from mtlint.checks.backtranslation.findings import (
    FAMILY,
    FORWARD_CODE,
    FORWARD_NAME,
    ROUNDTRIP_CODE,
    ROUNDTRIP_NAME,
    findings_for,
    is_flagged,
)
from mtlint.checks.backtranslation.stored import (
    RESULT_VERSION,
    BacktranslationResult,
    cached_corpus,
    cached_scores,
    cached_similarities,
    pair_key,
    result_from_json,
    result_to_json,
)
from mtlint.checks.backtranslation.translate import Translator
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding
from mtlint.checks.results import FileReport, PivotScore, SentenceScore

__all__ = [
    "FAMILY",
    "FORWARD_CODE",
    "FORWARD_NAME",
    "ROUNDTRIP_CODE",
    "ROUNDTRIP_NAME",
    "BacktranslationResult",
    "add_backtranslation",
    "backtranslate_document",
    "backtranslate_texts",
    "parse_pivots",
    "preload",
]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class _Segment:
    """One unit compared: target sentence(s) and, in the bilingual path, their source."""

    start: int
    end: int
    text: str
    source: str | None = None


@dataclass(frozen=True)
class _Plan:
    """What a run compares: the document's language, the pivots, and the source if any."""

    language: str
    pivots: tuple[str, ...]
    declared: str | None
    source_text: str | None
    bilingual: bool
    threshold: float

    @property
    def pivot(self) -> str:
        return ",".join(self.pivots)


@dataclass
class _Translations:
    """Per pivot: the pivot texts and the round trips (bilingual: forward and back)."""

    pivot_texts: dict[str, list[str]]
    back: dict[str, list[str]]
    forward: list[str]


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _base(language: str | None) -> str:
    return (language or "").split("-")[0].lower()


def parse_pivots(pivot: str | Sequence[str] | None) -> tuple[str, ...]:
    """``"de,fr"`` or ``["de", "fr"]`` → ("de", "fr"); duplicates and blanks dropped."""
    if not pivot:
        return ()
    items = pivot.split(",") if isinstance(pivot, str) else list(pivot)
    return tuple(dict.fromkeys(_base(p.strip()) for p in items if p and p.strip()))


def _ensure_language(document: Document) -> str:
    if not document.language or document.lang_data is None:
        from mtlint.checks.engine import prepare_document

        prepare_document(document)
    language = _base(document.language)
    if not language or language == "und":
        raise BacktranslationError("cannot tell the document's language: give it with --lang")
    return language


def _plan(
    document: Document,
    pivot: str | Sequence[str] | None,
    source_text: str | None,
    source_language: str | None,
    threshold: float | None,
) -> _Plan:
    language = _ensure_language(document)
    source_text = source_text if source_text is not None else document.source_text
    declared = _base(source_language or document.source_language) or None
    bilingual = source_text is not None or bool(document.units)
    if bilingual and declared is None:
        from mtlint.checks.language import detect_language

        sample = source_text if source_text is not None else " ".join(u[2] for u in document.units)
        declared = _base(detect_language(sample)) or None
        if declared is None:
            raise BacktranslationError(
                "cannot tell the source's language: give it with --source-lang"
            )
    if declared is not None and declared != language:
        pivots: tuple[str, ...] = (declared,)
    else:
        pivots = parse_pivots(pivot) or (models.default_pivot(language),)
    if language in pivots:
        raise BacktranslationError(
            f"the pivot language must differ from the document's ({language}): use --pivot"
        )
    # Fail early, before any work, naming every model missing and its download size.
    missing = models.missing_pairs(language, pivots)
    if missing:
        raise models.MissingModelError(missing)
    return _Plan(
        language=language,
        pivots=pivots,
        declared=declared,
        source_text=source_text,
        bilingual=bilingual,
        threshold=Config().roundtrip_threshold if threshold is None else threshold,
    )


def _result_key(plan: _Plan, document: Document) -> str:
    """Everything a result depends on: text, languages, models, threshold, scoring, semantic."""
    installed = {info.pair: info.package_id for info in models.list_installed()}
    hops = []
    for chosen in plan.pivots:
        hops += models.route(plan.language, chosen) + models.route(chosen, plan.language)
    return pair_key(
        RESULT_VERSION,
        scoring.VERSION,
        document.text,
        plan.language,
        plan.pivot,
        str(plan.threshold),
        plan.source_text if plan.source_text is not None else "",
        repr(document.units),
        repr([installed.get(hop, "") for hop in hops]),
        str(semantic.available(plan.language) or semantic.available(plan.pivots[0])),
    )


def _recall(
    cache: TranslationCache, key: str, progress: Progress | None
) -> BacktranslationResult | None:
    """The stored result for ``key`` (memory first, then SQLite), or None."""
    remembered = cache.recall(key)
    if remembered is None:
        found = cache.get_results("document", [key]).get(key)
        if found is None:
            return None
        remembered = (result_from_json(found), found["total"])
        cache.remember(key, remembered)
    result, total = remembered
    if progress is not None:
        progress(total, total)
    return result


def _segments(document: Document, plan: _Plan) -> list[_Segment]:
    if plan.bilingual:
        return _bilingual_segments(document, plan.source_text, plan.declared or plan.pivots[0])
    return [
        _Segment(s.start, s.end, document.text[s.start : s.end])
        for s in document.sentences
        if _has_words(document.text[s.start : s.end])
    ]


class _Counter:
    """Counts finished sentence translations for ``progress(done, total)``."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress = total, 0.0, progress

    def step(self, count: float) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(min(round(self.done), self.total), self.total)


def _translate(
    translator: Translator,
    plan: _Plan,
    segments: list[_Segment],
    counter: _Counter,
    cancelled: Cancelled | None,
) -> _Translations:
    texts = [s.text.strip() for s in segments]
    language = plan.language
    if plan.bilingual:
        pivot = plan.pivots[0]
        sources = [(s.source or "").strip() for s in segments]
        forward = translator.translate(
            sources, pivot, language, progress=counter.step, cancelled=cancelled
        )
        back = translator.translate(
            texts, language, pivot, progress=counter.step, cancelled=cancelled
        )
        return _Translations({}, {pivot: back}, forward)
    pivot_texts, backs = {}, {}
    for pivot in plan.pivots:
        there = translator.translate(
            texts, language, pivot, progress=counter.step, cancelled=cancelled
        )
        backs[pivot] = translator.translate(
            there, pivot, language, progress=counter.step, cancelled=cancelled
        )
        pivot_texts[pivot] = there
    return _Translations(pivot_texts, backs, [])


def _references(plan: _Plan, segments: list[_Segment]) -> tuple[list[str], str]:
    """What each round trip is compared with, and in which language."""
    if plan.bilingual:
        return [(s.source or "").strip() for s in segments], plan.pivots[0]
    return [s.text.strip() for s in segments], plan.language


def _sentence(
    document: Document,
    plan: _Plan,
    segment: _Segment,
    reference: str,
    compare_language: str,
    per_pivot: dict[str, tuple[str, str, scoring.Scores]],
) -> SentenceScore:
    """One sentence's scores: the best pivot's round trip leads (a sentence only scores low when
    every pivot does), content issues are those every pivot's round trip agrees on."""
    best = max(plan.pivots, key=lambda p: per_pivot[p][2].chrf)
    pivot_text, roundtrip, score = per_pivot[best]
    content = compare.agreed(
        compare.content_issues(reference, per_pivot[p][1], compare_language) for p in plan.pivots
    )
    line, column = document.line_col(segment.start)
    pivots = ()
    if len(plan.pivots) > 1:
        pivots = tuple(
            PivotScore(p, per_pivot[p][0], per_pivot[p][1], s.chrf, s.bleu, s.ter)
            for p in plan.pivots
            for s in (per_pivot[p][2],)
        )
    return SentenceScore(
        start=segment.start,
        end=segment.end,
        text=segment.text,
        roundtrip=roundtrip,
        chrf=score.chrf,
        bleu=score.bleu,
        ter=score.ter,
        line=line,
        column=column,
        pivot_text=None if plan.bilingual else pivot_text,
        diff=compare.word_diff(reference, roundtrip, compare_language),
        content=content,
        pivots=pivots,
    )


def _score(
    cache: TranslationCache | None,
    document: Document,
    plan: _Plan,
    segments: list[_Segment],
    done: _Translations,
) -> tuple[list[SentenceScore], dict[str, float], bool]:
    """(sentences, document scores, whether a semantic similarity was computed)."""
    references, compare_language = _references(plan, segments)
    scores = {
        p: cached_scores(cache, done.back[p], references, compare_language) for p in done.back
    }
    sentences = []
    for index, segment in enumerate(segments):
        per_pivot = {
            p: (
                done.pivot_texts[p][index] if p in done.pivot_texts else "",
                done.back[p][index],
                scores[p][index],
            )
            for p in plan.pivots
        }
        sentences.append(
            _sentence(document, plan, segment, references[index], compare_language, per_pivot)
        )
    texts = [s.text.strip() for s in segments]
    similarity: list[float] | None = None
    if semantic.available(compare_language):
        similarity = cached_similarities(cache, [s.roundtrip for s in sentences], references)
    elif plan.bilingual and semantic.available(plan.language):
        similarity = cached_similarities(cache, done.forward, texts)
    if similarity is not None:
        sentences = [replace(s, semantic=v) for s, v in zip(sentences, similarity, strict=True)]
    if plan.bilingual:
        forward = cached_scores(cache, done.forward, texts, plan.language)
        sentences = [
            replace(
                s,
                source=segment.source or "",
                forward=done.forward[i],
                forward_chrf=forward[i].chrf,
                forward_bleu=forward[i].bleu,
            )
            for i, (s, segment) in enumerate(zip(sentences, segments, strict=True))
        ]
    sentences = [replace(s, flagged=is_flagged(s, plan.threshold)) for s in sentences]
    document_scores = _document_scores(cache, plan, done, references, texts, similarity)
    return sentences, document_scores, similarity is not None


def _document_scores(
    cache: TranslationCache | None,
    plan: _Plan,
    done: _Translations,
    references: list[str],
    texts: list[str],
    similarity: list[float] | None,
) -> dict[str, float]:
    if not references:
        return {}
    compare_language = plan.pivots[0] if plan.bilingual else plan.language
    first = plan.pivots[0]
    scores = cached_corpus(cache, done.back[first], references, compare_language)
    if len(plan.pivots) > 1:
        for pivot in plan.pivots[1:]:
            other = cached_corpus(cache, done.back[pivot], references, compare_language)
            scores[f"chrf_{pivot}"] = other["chrf"]
        scores[f"chrf_{first}"] = scores["chrf"]
    if similarity:
        scores["semantic"] = sum(similarity) / len(similarity)
    if plan.bilingual:
        forward = cached_corpus(cache, done.forward, texts, plan.language)
        scores["forward_chrf"] = forward["chrf"]
        scores["forward_bleu"] = forward["bleu"]
    return scores


def backtranslate_document(
    document: Document,
    *,
    pivot: str | Sequence[str] | None = None,
    source_text: str | None = None,
    source_language: str | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    threshold: float | None = None,
) -> BacktranslationResult:
    """Score every sentence of ``document`` (already loaded) by a round trip or against its source.

    Round trip: each sentence goes T→P→T and is compared with itself. The pivot P is the
    declared source language when known, else ``pivot`` (one code, or several: ``"de,fr"``),
    else ``models.default_pivot(T)``. With several pivots, per-pivot scores are kept, the best
    leads, and content counts as lost only when every round trip lost it. Bilingual
    (``source_text``, or a document that carries its source): source and translation are
    aligned; the source is translated forward and compared with the translation (the forward
    translation is offered as an unsafe rewrite of a low-scoring segment), and the translation
    is translated back and compared with the source.

    ``progress(done, total)`` counts sentence translations; ``cancelled()`` is polled between
    batches (raises BacktranslationCancelled). A missing model raises BacktranslationError
    with one line saying what to install.
    """
    plan = _plan(document, pivot, source_text, source_language, threshold)
    cache = shared_cache() if use_cache else None
    key = _result_key(plan, document) if cache is not None else ""
    if cache is not None:
        found = _recall(cache, key, progress)
        if found is not None:
            return found
    segments = _segments(document, plan)
    passes = 2 if plan.bilingual else 2 * len(plan.pivots)
    counter = _Counter(passes * len(segments), progress)
    if cancelled is not None and cancelled():
        raise BacktranslationCancelled("back-translation cancelled")
    counter.step(0)
    done = _translate(Translator(cache), plan, segments, counter, cancelled)
    sentences, document_scores, has_semantic = _score(cache, document, plan, segments, done)
    result = BacktranslationResult(
        sentences=tuple(sentences),
        document_scores=document_scores,
        findings=_findings(sentences, plan, document.text),
        pivot=plan.pivot,
        semantic=has_semantic,
        source_language=plan.declared,
        bilingual=plan.bilingual,
    )
    if cache is not None:
        cache.put_results("document", {key: result_to_json(result, counter.total)})
        cache.remember(key, (result, counter.total))
    return result


def _findings(sentences: list[SentenceScore], plan: _Plan, text: str) -> tuple[Finding, ...]:
    """MT801/MT802 findings, worst score first."""
    pairs: list[tuple[float, Finding]] = []
    for sentence in sentences:
        pairs += findings_for(
            sentence,
            plan.threshold,
            plan.pivot,
            bilingual=plan.bilingual,
            text=text,
            pivots=len(plan.pivots),
        )
    pairs.sort(key=lambda pair: (pair[0], pair[1].start))
    return tuple(f for _, f in pairs)


# --- bilingual alignment ----------------------------------------------------------------------


def _split_source(text: str, language: str | None) -> list[str]:
    from mtlint.checks.langdata import load_language_data
    from mtlint.checks.segment import split_paragraphs, split_sentences

    data = load_language_data(language or "en")
    paragraphs = split_paragraphs(text)
    return [
        text[s.start : s.end]
        for s in split_sentences(text, paragraphs, data)
        if _has_words(text[s.start : s.end])
    ]


def _bilingual_segments(
    document: Document, source_text: str | None, source_language: str
) -> list[_Segment]:
    text = document.text
    if document.units and source_text is None:
        # A bilingual format already pairs each translated unit with its source.
        return [
            _Segment(start, end, text[start:end], source)
            for start, end, source in document.units
            if _has_words(text[start:end])
        ]
    target = [s for s in document.sentences if _has_words(text[s.start : s.end])]
    sources = _split_source(source_text or "", source_language)
    groups = align([len(s) for s in sources], [s.end - s.start for s in target])
    segments = []
    for source_indices, target_indices in groups:
        if not target_indices:
            continue  # a source sentence with no translation: the bilingual rules' business
        first, last = target[target_indices[0]], target[target_indices[-1]]
        segments.append(
            _Segment(
                first.start,
                last.end,
                text[first.start : last.end],
                " ".join(sources[i].strip() for i in source_indices),
            )
        )
    return segments


# --- the CLI's entry point --------------------------------------------------------------------


def add_backtranslation(
    report: FileReport,
    config: Config,
    *,
    pivot: str | Sequence[str] | None = None,
    source_path: Path | None = None,
    source_language: str | None = None,
    use_cache: bool = True,
) -> FileReport:
    """The report with per-sentence round-trip scores and low-score findings added (through
    ``checks.pipeline``, whose filters apply to these findings as to every other; the pipeline
    hands ``backtranslate_document`` the Document it already loaded)."""
    from mtlint.checks.pipeline import BacktranslationRequest, backtranslate_report

    request = BacktranslationRequest(pivot, source_path, source_language, use_cache)
    return backtranslate_report(report, config, request)


def preload(language: str, pivot: str | None = None) -> str:
    """Load the translators a round trip of ``language`` needs, ahead of time (a GUI calls it
    from a worker thread at start-up, so the first check does not wait). Returns the pivot(s)."""
    language = _base(language)
    chosen = parse_pivots(pivot) or (models.default_pivot(language),)
    translator = Translator(None)
    for each in chosen:
        translator.hops(language, each)
        translator.hops(each, language)
    return ",".join(chosen)


def backtranslate_texts(
    texts: Sequence[str], from_code: str, to_code: str, *, use_cache: bool = True
) -> list[str]:
    """Translate sentences (already split) from one language to another."""
    return Translator(shared_cache() if use_cache else None).translate(texts, from_code, to_code)
