"""What the pipeline stores in the translation cache: sentence scores, corpus scores,
similarities, and whole results (so a re-check of an unchanged document is one lookup)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from mtlint.checks.backtranslation import scoring, semantic
from mtlint.checks.backtranslation.cache import TranslationCache
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity, Span
from mtlint.checks.results import SentenceScore

# Part of the whole-result key: change it when what a result holds changes.
RESULT_VERSION = "result-2"


@dataclass(frozen=True)
class BacktranslationResult:
    # Offsets are into ``document.text``; line/column are the file's.
    sentences: tuple[SentenceScore, ...]
    document_scores: dict[str, float]
    # Low-score findings, worst first.
    findings: tuple[Finding, ...]
    # The pivot, or the pivots joined by commas ("de,fr").
    pivot: str
    semantic: bool
    source_language: str | None = None
    bilingual: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def pivots(self) -> tuple[str, ...]:
        return tuple(p for p in self.pivot.split(",") if p)


def pair_key(*parts: str) -> str:
    return "\x1e".join(parts)


def cached_scores(
    cache: TranslationCache | None, hypotheses: list[str], references: list[str], language: str
) -> list[scoring.Scores]:
    keys = [pair_key(language, h, r) for h, r in zip(hypotheses, references, strict=True)]
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


def cached_corpus(
    cache: TranslationCache | None, hypotheses: list[str], references: list[str], language: str
) -> dict[str, float]:
    key = pair_key(language, *hypotheses, "\x1d", *references)
    if cache is not None:
        found = cache.get_results(scoring.VERSION + ":corpus", [key])
        if key in found:
            return dict(found[key])
    scores = scoring.corpus_scores(hypotheses, references, language)
    if cache is not None:
        cache.put_results(scoring.VERSION + ":corpus", {key: scores})
    return scores


def cached_similarities(
    cache: TranslationCache | None, first: list[str], second: list[str]
) -> list[float]:
    keys = [pair_key(a, b) for a, b in zip(first, second, strict=True)]
    known = cache.get_results(semantic.MODEL_PACKAGE, keys) if cache is not None else {}
    missing = [i for i, key in enumerate(keys) if key not in known]
    if missing:
        values = semantic.similarities([first[i] for i in missing], [second[i] for i in missing])
        new = {keys[i]: v for i, v in zip(missing, values, strict=True)}
        known.update(new)
        if cache is not None:
            cache.put_results(semantic.MODEL_PACKAGE, new)
    return [float(known[key]) for key in keys]


def _fix_to_json(fix: Fix) -> dict:
    return {
        "edits": [[e.start, e.end, e.replacement] for e in fix.edits],
        "applicability": str(fix.applicability),
        "title": fix.title,
    }


def _fix_from_json(data: dict) -> Fix:
    return Fix(
        tuple(Edit(start, end, replacement) for start, end, replacement in data["edits"]),
        Applicability(data["applicability"]),
        data["title"],
    )


def result_to_json(result: BacktranslationResult, total: int) -> dict:
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
                "fixes": [_fix_to_json(fix) for fix in f.fixes],
                "data": [list(item) for item in f.data],
            }
            for f in result.findings
        ],
        "pivot": result.pivot,
        "semantic": result.semantic,
        "source_language": result.source_language,
        "bilingual": result.bilingual,
    }


def _value(value: object) -> object:
    # JSON made the data's tuples lists; findings compare their data by value elsewhere.
    return tuple(value) if isinstance(value, list) else value


def result_from_json(data: dict) -> BacktranslationResult:
    return BacktranslationResult(
        sentences=tuple(SentenceScore.from_json(s) for s in data["sentences"]),
        document_scores=dict(data["document_scores"]),
        findings=tuple(
            Finding(
                code=f["code"],
                name=f["name"],
                message=f["message"],
                span=Span(f["start"], f["end"]),
                severity=Severity(f["severity"]),
                confidence=f["confidence"],
                fixes=tuple(_fix_from_json(fix) for fix in f.get("fixes", ())),
                family=f["family"],
                data=tuple((k, _value(v)) for k, v in f["data"]),
            )
            for f in data["findings"]
        ),
        pivot=data["pivot"],
        semantic=data["semantic"],
        source_language=data["source_language"],
        bilingual=data["bilingual"],
    )
