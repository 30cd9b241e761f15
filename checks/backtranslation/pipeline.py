"""Round trips and bilingual comparison of a Document, scored per sentence and per document."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from mtlint.checks.backtranslation import models, scoring, semantic
from mtlint.checks.backtranslation.align import align
from mtlint.checks.backtranslation.cache import TranslationCache, shared_cache
from mtlint.checks.backtranslation.errors import BacktranslationCancelled, BacktranslationError
from mtlint.checks.backtranslation.translate import Translator
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding, Severity, Span
from mtlint.checks.results import FileReport, SentenceScore
from mtlint.checks.rules.backtranslation import LowForwardScore, LowRoundtripScore

# The codes and names are the rules' (checks/rules/backtranslation.py): defined once, there.
ROUNDTRIP_CODE, ROUNDTRIP_NAME = LowRoundtripScore.code, LowRoundtripScore.name
FORWARD_CODE, FORWARD_NAME = LowForwardScore.code, LowForwardScore.name
FAMILY = "backtranslation"


@dataclass(frozen=True)
class BacktranslationResult:
    # Offsets are into ``document.text``; line/column are the file's.
    sentences: tuple[SentenceScore, ...]
    document_scores: dict[str, float]
    # Low-score findings, worst first.
    findings: tuple[Finding, ...]
    pivot: str
    semantic: bool
    source_language: str | None = None
    bilingual: bool = False
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class _Segment:
    """One unit compared: target sentence(s) and, in the bilingual path, their source."""

    start: int
    end: int
    text: str
    source: str | None = None


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _base(language: str | None) -> str:
    return (language or "").split("-")[0].lower()


def _ensure_language(document: Document) -> str:
    if not document.language or document.lang_data is None:
        from mtlint.checks.engine import prepare_document

        prepare_document(document)
    language = _base(document.language)
    if not language or language == "und":
        raise BacktranslationError("cannot tell the document's language: give it with --lang")
    return language


def backtranslate_document(
    document: Document,
    *,
    pivot: str | None = None,
    source_text: str | None = None,
    source_language: str | None = None,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    threshold: float | None = None,
) -> BacktranslationResult:
    """Score every sentence of ``document`` by a round trip (or against its source).

    Round trip: each sentence goes T→P→T and is compared with itself. The pivot P is the
    declared source language when known, else ``pivot``, else ``models.default_pivot(T)``.
    Bilingual (``source_text``, or a document that carries its source): source and translation
    are aligned; the source is translated forward and compared with the translation, and the
    translation is translated back and compared with the source.

    ``progress(done, total)`` counts sentence translations; ``cancelled()`` is polled between
    batches (raises BacktranslationCancelled). A missing model raises BacktranslationError
    with one line saying what to install.
    """
    language = _ensure_language(document)
    threshold = Config().roundtrip_threshold if threshold is None else threshold
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
        chosen_pivot = declared
    elif pivot:
        chosen_pivot = _base(pivot)
    else:
        chosen_pivot = models.default_pivot(language)
    if chosen_pivot == language:
        raise BacktranslationError(
            f"the pivot language must differ from the document's ({language}): use --pivot"
        )
    # Fail early with the missing model's name, before any work.
    hops = models.route(language, chosen_pivot) + models.route(chosen_pivot, language)
    cache = shared_cache() if use_cache else None
    # A re-check of an unchanged document is one lookup: the whole result is cached under
    # everything it depends on (text, languages, models, threshold, scoring, semantic model).
    result_key = ""
    if cache is not None:
        installed = {info.pair: info.package_id for info in models.list_installed()}
        result_key = _pair_key(
            scoring.VERSION,
            document.text,
            language,
            chosen_pivot,
            str(threshold),
            source_text if source_text is not None else "",
            repr(document.units),
            repr([installed.get(hop, "") for hop in hops]),
            str(semantic.available(language) or semantic.available(chosen_pivot)),
        )
        remembered = cache.recall(result_key)
        if remembered is not None:
            result, total = remembered
            if progress is not None:
                progress(total, total)
            return result
        found = cache.get_results("document", [result_key]).get(result_key)
        if found is not None:
            if progress is not None:
                progress(found["total"], found["total"])
            result = _result_from_json(found)
            cache.remember(result_key, (result, found["total"]))
            return result

    if bilingual:
        segments = _bilingual_segments(document, source_text, declared or chosen_pivot)
    else:
        segments = [
            _Segment(s.start, s.end, document.text[s.start : s.end])
            for s in document.sentences
            if _has_words(document.text[s.start : s.end])
        ]
    translator = Translator(cache)
    total = 2 * len(segments)
    done = 0.0

    def step(count: float) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(min(round(done), total), total)

    if cancelled is not None and cancelled():
        raise BacktranslationCancelled("back-translation cancelled")
    if progress is not None:
        progress(0, total)
    texts = [s.text.strip() for s in segments]
    if bilingual:
        sources = [(s.source or "").strip() for s in segments]
        forward = translator.translate(
            sources, chosen_pivot, language, progress=step, cancelled=cancelled
        )
        back = translator.translate(
            texts, language, chosen_pivot, progress=step, cancelled=cancelled
        )
        references, compare_language = sources, chosen_pivot
    else:
        forward = []
        there = translator.translate(
            texts, language, chosen_pivot, progress=step, cancelled=cancelled
        )
        back = translator.translate(
            there, chosen_pivot, language, progress=step, cancelled=cancelled
        )
        references, compare_language = texts, language

    similarity: list[float] | None = None
    if semantic.available(compare_language):
        similarity = _cached_similarities(cache, back, references)
    elif bilingual and semantic.available(language):
        similarity = _cached_similarities(cache, forward, texts)
    round_trip_scores = _cached_scores(cache, back, references, compare_language)
    forward_scores = _cached_scores(cache, forward, texts, language) if bilingual else []

    scores: list[SentenceScore] = []
    findings: list[tuple[float, Finding]] = []
    for index, segment in enumerate(segments):
        roundtrip = back[index]
        score = round_trip_scores[index]
        sem = similarity[index] if similarity is not None else None
        line, column = document.line_col(segment.start)
        sentence = SentenceScore(
            start=segment.start,
            end=segment.end,
            text=segment.text,
            roundtrip=roundtrip,
            chrf=score.chrf,
            bleu=score.bleu,
            ter=score.ter,
            semantic=sem,
            line=line,
            column=column,
        )
        if bilingual:
            forward_score = forward_scores[index]
            sentence = replace(
                sentence,
                source=segment.source or "",
                forward=forward[index],
                forward_chrf=forward_score.chrf,
                forward_bleu=forward_score.bleu,
            )
        scores.append(sentence)
        findings.extend(_findings_for(sentence, threshold, chosen_pivot, bilingual))

    document_scores = _cached_corpus(cache, back, references, compare_language)
    if similarity:
        document_scores["semantic"] = sum(similarity) / len(similarity)
    if bilingual and segments:
        forward_corpus = _cached_corpus(cache, forward, texts, language)
        document_scores["forward_chrf"] = forward_corpus["chrf"]
        document_scores["forward_bleu"] = forward_corpus["bleu"]
    findings.sort(key=lambda pair: (pair[0], pair[1].start))
    result = BacktranslationResult(
        sentences=tuple(scores),
        document_scores=document_scores,
        findings=tuple(f for _, f in findings),
        pivot=chosen_pivot,
        semantic=similarity is not None,
        source_language=declared,
        bilingual=bilingual,
    )
    if cache is not None:
        cache.put_results("document", {result_key: _result_to_json(result, total)})
        cache.remember(result_key, (result, total))
    return result


def _result_to_json(result: BacktranslationResult, total: int) -> dict:
    return {
        "total": total,
        "sentences": [asdict(s) for s in result.sentences],
        "document_scores": result.document_scores,
        "findings": [
            {
                "code": f.code,
                "name": f.name,
                "message": f.message,
                "start": f.start,
                "end": f.end,
                "severity": str(f.severity),
                "confidence": f.confidence,
                "family": f.family,
                "data": [list(item) for item in f.data],
            }
            for f in result.findings
        ],
        "pivot": result.pivot,
        "semantic": result.semantic,
        "source_language": result.source_language,
        "bilingual": result.bilingual,
    }


def _result_from_json(data: dict) -> BacktranslationResult:
    return BacktranslationResult(
        sentences=tuple(SentenceScore(**s) for s in data["sentences"]),
        document_scores=dict(data["document_scores"]),
        findings=tuple(
            Finding(
                code=f["code"],
                name=f["name"],
                message=f["message"],
                span=Span(f["start"], f["end"]),
                severity=Severity(f["severity"]),
                confidence=f["confidence"],
                family=f["family"],
                data=tuple((k, v) for k, v in f["data"]),
            )
            for f in data["findings"]
        ),
        pivot=data["pivot"],
        semantic=data["semantic"],
        source_language=data["source_language"],
        bilingual=data["bilingual"],
    )


def _pair_key(*parts: str) -> str:
    return "\x1e".join(parts)


def _cached_scores(
    cache: TranslationCache | None, hypotheses: list[str], references: list[str], language: str
) -> list[scoring.Scores]:
    keys = [_pair_key(language, h, r) for h, r in zip(hypotheses, references, strict=True)]
    known = cache.get_results(scoring.VERSION, keys) if cache is not None else {}
    out, new = [], {}
    for key, hypothesis, reference in zip(keys, hypotheses, references, strict=True):
        if key in known:
            out.append(scoring.Scores(*known[key]))
            continue
        score = scoring.sentence_scores(hypothesis, reference, language)
        new[key] = [score.chrf, score.bleu, score.ter]
        known[key] = new[key]
        out.append(score)
    if cache is not None:
        cache.put_results(scoring.VERSION, new)
    return out


def _cached_corpus(
    cache: TranslationCache | None, hypotheses: list[str], references: list[str], language: str
) -> dict[str, float]:
    key = _pair_key(language, *hypotheses, "\x1d", *references)
    if cache is not None:
        found = cache.get_results(scoring.VERSION + ":corpus", [key])
        if key in found:
            return dict(found[key])
    scores = scoring.corpus_scores(hypotheses, references, language)
    if cache is not None:
        cache.put_results(scoring.VERSION + ":corpus", {key: scores})
    return scores


def _cached_similarities(
    cache: TranslationCache | None, first: list[str], second: list[str]
) -> list[float]:
    keys = [_pair_key(a, b) for a, b in zip(first, second, strict=True)]
    known = cache.get_results(semantic.MODEL_PACKAGE, keys) if cache is not None else {}
    missing = [i for i, key in enumerate(keys) if key not in known]
    if missing:
        values = semantic.similarities([first[i] for i in missing], [second[i] for i in missing])
        new = {keys[i]: v for i, v in zip(missing, values, strict=True)}
        known.update(new)
        if cache is not None:
            cache.put_results(semantic.MODEL_PACKAGE, new)
    return [float(known[key]) for key in keys]


def _findings_for(
    sentence: SentenceScore, threshold: float, pivot: str, bilingual: bool
) -> list[tuple[float, Finding]]:
    out: list[tuple[float, Finding]] = []
    span = Span(sentence.start, sentence.end)
    severity = scoring.severity_for(sentence.chrf, threshold, sentence.semantic)
    semantic_note = f", semantic {sentence.semantic:.2f}" if sentence.semantic is not None else ""
    if severity is not None:
        if bilingual:
            message = (
                f"Back-translation into {pivot} differs from the source: chrF {sentence.chrf:.1f}"
                f" (BLEU {sentence.bleu:.1f}, TER {sentence.ter:.1f}{semantic_note}); meaning may"
                f" be lost or added. Back-translation: “{sentence.roundtrip}”"
            )
        else:
            message = (
                f"Round trip through {pivot} scores chrF {sentence.chrf:.1f} (BLEU"
                f" {sentence.bleu:.1f}, TER {sentence.ter:.1f}{semantic_note}); the sentence may be"
                f" garbled or have lost words. Round trip: “{sentence.roundtrip}”"
            )
        out.append(
            (
                sentence.chrf,
                Finding(
                    code=ROUNDTRIP_CODE,
                    name=ROUNDTRIP_NAME,
                    message=message,
                    span=span,
                    severity=severity,
                    confidence=scoring.confidence_for(sentence.chrf, threshold),
                    family=FAMILY,
                    data=_data(sentence, pivot),
                ),
            )
        )
    if bilingual and sentence.forward_chrf is not None:
        forward_severity = scoring.severity_for(sentence.forward_chrf, threshold)
        if forward_severity is not None:
            out.append(
                (
                    sentence.forward_chrf,
                    Finding(
                        code=FORWARD_CODE,
                        name=FORWARD_NAME,
                        message=(
                            f"Machine translation of the source differs from this sentence: chrF"
                            f" {sentence.forward_chrf:.1f} (BLEU {sentence.forward_bleu or 0:.1f})."
                            f" Translation of the source: “{sentence.forward}”"
                        ),
                        span=span,
                        severity=forward_severity,
                        confidence=scoring.confidence_for(sentence.forward_chrf, threshold),
                        family=FAMILY,
                        data=_data(sentence, pivot),
                    ),
                )
            )
    return out


def _data(sentence: SentenceScore, pivot: str) -> tuple[tuple[str, object], ...]:
    items: list[tuple[str, object]] = [
        ("pivot", pivot),
        ("roundtrip", sentence.roundtrip),
        ("chrf", round(sentence.chrf, 2)),
        ("bleu", round(sentence.bleu, 2)),
        ("ter", round(sentence.ter, 2)),
    ]
    if sentence.semantic is not None:
        items.append(("semantic", round(sentence.semantic, 4)))
    if sentence.source is not None:
        items += [
            ("source", sentence.source),
            ("forward", sentence.forward),
            (
                "forward_chrf",
                None if sentence.forward_chrf is None else round(sentence.forward_chrf, 2),
            ),
        ]
    return tuple(items)


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
    pivot: str | None = None,
    source_path: Path | None = None,
    source_language: str | None = None,
    use_cache: bool = True,
) -> FileReport:
    """The report with per-sentence round-trip scores and low-score findings added (through
    ``checks.pipeline``, whose filters apply to these findings as to every other)."""
    from mtlint.checks.pipeline import BacktranslationRequest, backtranslate_report

    request = BacktranslationRequest(pivot, source_path, source_language, use_cache)
    return backtranslate_report(report, config, request)


def preload(language: str, pivot: str | None = None) -> str:
    """Load the translators a round trip of ``language`` needs, ahead of time (a GUI calls it
    from a worker thread at start-up, so the first check does not wait). Returns the pivot."""
    language = _base(language)
    chosen = _base(pivot) if pivot else models.default_pivot(language)
    translator = Translator(None)
    translator.hops(language, chosen)
    translator.hops(chosen, language)
    return chosen


def backtranslate_texts(
    texts: Sequence[str], from_code: str, to_code: str, *, use_cache: bool = True
) -> list[str]:
    """Translate sentences (already split) from one language to another."""
    return Translator(shared_cache() if use_cache else None).translate(texts, from_code, to_code)
