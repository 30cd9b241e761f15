"""The labelled table of mid-sentence case choices and the fit of a case model (h24caps,
issue 11).

Every candidate token (``bench/case_features.candidates``: a capitalised word after a word and a
space, a comma or a semicolon; a lower-case word the gazetteer or the calendar writes
capitalised) of every English labelled set the store holds, plus negative-only native text
(``labelled_sets.native_documents``: tests/realfiles, pydoc topics, clean-native-dev's English;
the GUM files), with its features, its label (its place overlaps a gold span of a case
category; the category kept), the current casing rules' findings on it (MT3xx, with their
confidence: the in-sample baseline) and its group (the outlet's registrable domain; each native
corpus a group of its own). A token on a gold span of another category (a glued word, a typo)
is kept in the table but left out of the fit: it is neither a case error nor clean.

    python bench/case_tokens.py table          # build the table (into the local store: it
                                               # holds the pages' words) and the first look
    python bench/case_tokens.py fit [--list N] # gradient-boosted trees cross-validated by
                                               # outlet (bench/unknown_fit.py's machinery);
                                               # --list: the top unlabelled tokens, to review
    python bench/case_tokens.py report         # the fit, then the current casing rules and the
                                               # union, per set and per category, and the
                                               # rules' own findings re-read (a study)

scikit-learn and numpy are build-time tools. No model is shipped: out of fold it finds no case
error the casing rules miss at any useful precision (BENCHMARKS.md, "h24caps").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import localdata
from case_features import Token, candidates, left_out
from goldmatch import load_jsonl, overlaps
from labelled_sets import ENGLISH_SETS, labelled_documents
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.technical import technical_document

REPO = Path(__file__).resolve().parent.parent
# The English labelled sets but the typo-only labels and the negative-only native news: the
# sets h24caps built its table from.
SETS = tuple(name for name in ENGLISH_SETS if name not in ("typos-real-en", "native-news-en"))
CASE_CATEGORIES = frozenset(("midsentence_capital", "entity_case", "missing_sentence_break"))
LANGUAGE = "en"
REVIEW = Path(__file__).resolve().parent / "case_review.json"


def table_path() -> Path:
    """The table holds the pages' words: it lives in the local store, never in git."""
    return localdata.data_root() / "bench" / "case-tokens" / f"tokens-{LANGUAGE}.jsonl"


def casing_findings(text: str) -> list[tuple[int, int, str, float]]:
    """The current casing rules' findings (MT3xx), every confidence."""
    from mtlint.checks.engine import check_document

    document = Document(text=text, language=LANGUAGE)
    result = check_document(document, Config(min_confidence=0.0))
    return [
        (f.start, f.end, f.code, f.confidence) for f in result.findings if f.code.startswith("MT3")
    ]


def token_rows(document: dict) -> tuple[list[dict], list]:
    doc = Document(text=document["text"], language=LANGUAGE)
    technical = technical_document(doc)
    found = casing_findings(document["text"])
    rows = []
    for token, values in candidates(doc):
        hits = [c for s, e, c in document["gold"] if overlaps(token.start, token.end, s, e)]
        case = [c for c in hits if c in CASE_CATEGORIES]
        rules: dict[str, float] = {}
        for start, end, code, confidence in found:
            if overlaps(token.start, token.end, start, end):
                rules[code] = max(rules.get(code, 0.0), round(confidence, 3))
        rows.append(
            {
                "set": document["set"],
                "doc": document["id"],
                "group": document["group"],
                "kind": document["kind"],
                "word": token.word,
                "start": token.start,
                "end": token.end,
                "technical": technical,
                "label": int(bool(case)),
                "category": case[0] if case else "",
                "other_gold": bool(hits) and not case,
                "rules": rules,
                "features": values,
            }
        )
    return rows, found


def first_look(document: dict, rows: list[dict], found: list, tally: Counter) -> list[tuple]:
    """Each gold case span: a candidate today or not, found by a casing rule at 0.5 or not."""
    missed = []
    text = document["text"]
    for start, end, category in document["gold"]:
        if category not in CASE_CATEGORIES:
            continue
        candidate = any(overlaps(r["start"], r["end"], start, end) for r in rows)
        ruled = any(overlaps(s, e, start, end) and c >= 0.5 for s, e, _code, c in found)
        tally[(category, candidate, ruled)] += 1
        if not candidate:
            missed.append((category, _why_not(text, start, end)))
    return missed


def _why_not(text: str, start: int, end: int) -> str:
    span = text[start:end].strip()
    if not span or not any(char.isalpha() for char in span):
        return "no letters (a mark or a space)"
    first = span.split()[0]
    if first[:1].islower():
        return "lower case, not in the gazetteer or calendar"
    if first[1:] != first[1:].lower():
        return "upper case or inner capitals"
    if left_out(Token(first, start, start + len(first), True)):
        return "a capitalised name: left out (the gazetteer's, or Zipf < 3 in lower case)"
    return "capital after a mark, a quote or a line start"


def build_table() -> None:
    documents = labelled_documents(SETS)
    path = table_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tally: Counter = Counter()
    reasons: Counter = Counter()
    total = 0
    with path.open("w", encoding="utf-8") as handle:
        for document in documents:
            rows, found = token_rows(document)
            total += len(rows)
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            for category, why in first_look(document, rows, found, tally):
                reasons[(category, why)] += 1
    print(f"{len(documents)} documents, {total} candidate tokens -> {path}")
    print("Gold case spans: (category, a candidate, a casing rule finds it at 0.5) -> count")
    for key, count in sorted(tally.items()):
        print(f"  {count:4d}  {key}")
    print("Gold case spans that are no candidate, by reason:")
    for (category, why), count in sorted(reasons.items(), key=lambda item: -item[1]):
        print(f"  {count:4d}  {category:24s} {why}")


def word_hash(word: str) -> str:
    return hashlib.sha256(word.encode("utf-8")).hexdigest()[:16]


def reviewed() -> dict[tuple[str, str, int], tuple[str, str]]:
    """(set, document, start) → (category, word hash) of the tokens h24caps's review found to
    be case errors their set did not label (``case_review.json``: offsets and hashes, no text;
    the single-category sets label only their own category, realmt-en13 no case at all)."""
    if not REVIEW.is_file():
        return {}
    tokens = json.loads(REVIEW.read_text(encoding="utf-8"))["tokens"]
    return {(t["set"], t["doc"], t["start"]): (t["category"], t["sha256"]) for t in tokens}


def load_table(review: bool = True) -> list[dict]:
    """The table; with ``review``, the reviewed tokens labelled as case errors (a token whose
    word no longer matches its hash is left as it was)."""
    rows = load_jsonl(table_path())
    found = reviewed() if review else {}
    for row in rows:
        category, digest = found.get((row["set"], row["doc"], row["start"]), ("", ""))
        if category and not row["label"] and word_hash(row["word"]) == digest:
            row["label"], row["category"], row["other_gold"] = 1, category, False
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("table", "fit", "report"))
    parser.add_argument("--no-review", action="store_true", help="the sets' own labels only")
    parser.add_argument("--list", type=int, default=0, help="print the N top unlabelled tokens")
    args = parser.parse_args(argv)
    if args.step == "table":
        build_table()
        return 0
    from case_fit import fit_and_report

    return fit_and_report(
        load_table(not args.no_review), report=args.step == "report", listed=args.list
    )


if __name__ == "__main__":
    raise SystemExit(main())
