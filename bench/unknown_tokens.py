"""The labelled table of unknown tokens and the fit of MT994's model (h23unk, issue 11).

Every candidate token (``checks/unknown_score.candidates``: a word the language does not know
well, capitalised or not, outside code and addresses) of every English labelled set the store
holds, plus negative-only native text (the clean excerpts, tests/realfiles, pydoc topics, the
English side of ../shared/data/clean-native-dev), with its features, its label (its place
overlaps a gold span; the category recorded) and its group (the outlet's registrable domain;
each native corpus a group of its own).

    python bench/unknown_tokens.py table        # build the table (into the local store: it
                                                # holds the pages' words) and the first look
    python bench/unknown_tokens.py fit [--write] # gradient-boosted trees cross-validated by
                                                # outlet; --write stores the model in resources/
    python bench/unknown_tokens.py report       # out-of-fold precision/recall per category
                                                # and set, beside MT994's bands and hunspell
    python bench/unknown_tokens.py table --lang de   # another language's table (h24unkml:
                                                # bench/unknown_tokens_ml.py lists its sets)
    python bench/unknown_tokens.py fit --lang de,fr,es [--no-planted] [--write]
                                                # one model pooled over the languages (each a
                                                # feature); --write stores it for each of them

scikit-learn and numpy are build-time tools here: the shipped rule reads the JSON only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import labelled_sets
import localdata
import unknown_tokens_ml
from goldmatch import load_jsonl, overlaps
from labelled_sets import ENGLISH_SETS, group_of
from mtlint.checks.documents.base import Document
from mtlint.checks.technical import technical_document
from mtlint.checks.unknown_score import candidates, features, gated
from mtlint.checks.wordshape import document_words
from unknown_features_ml import inflected_written, ml_features

SETS = ENGLISH_SETS
REVIEW = Path(__file__).resolve().parent / "unknown_review.json"
LANGUAGE = "en"


def table_path(language: str = LANGUAGE) -> Path:
    """The table holds the pages' words: it lives in the local store, never in git."""
    return localdata.data_root() / "bench" / "unknown-tokens" / f"tokens-{language}.jsonl"


def labelled_documents(language: str = LANGUAGE) -> list[dict]:
    """Each document: text, gold spans, set, group, kind (mt / clean / native / planted)."""
    if language != LANGUAGE:
        return unknown_tokens_ml.labelled_documents(language, group_of)
    return labelled_sets.labelled_documents(SETS)


def token_rows(document: dict, language: str = LANGUAGE) -> list[dict]:
    doc = Document(text=document["text"], language=language)
    technical = technical_document(doc)
    names = document_words(doc)
    folded = {word.casefold() for word in names}
    ordered = sorted(folded)
    rows = []
    for word, start, end, place in candidates(doc, language):
        hits = [cat for s, e, cat in document["gold"] if overlaps(start, end, s, e)]
        rows.append(
            {
                "set": document["set"],
                "doc": document["id"],
                "group": document["group"],
                "kind": document["kind"],
                "word": word,
                "start": start,
                "end": end,
                "technical": technical,
                "gated": gated(place),
                "label": int(bool(hits)),
                "category": hits[0] if hits else "",
                "features": features(word, LANGUAGE, place, names)
                if language == LANGUAGE
                else ml_features(
                    word,
                    language,
                    place,
                    names,
                    inflected_written(word.casefold(), folded, ordered),
                ),
            }
        )
    return rows


def missed_gold(
    document: dict, rows: list[dict], language: str = LANGUAGE
) -> list[tuple[str, str, str]]:
    """Gold glued and "other" spans no candidate overlaps, with a reason."""
    missed = []
    text = document["text"]
    for start, end, category in document["gold"]:
        if category not in ("glued_word", "other", "typo"):
            continue
        if any(overlaps(r["start"], r["end"], start, end) for r in rows):
            continue
        missed.append((category, text[start:end], _why_not(text, start, end, language)))
    return missed


def _why_not(text: str, start: int, end: int, language: str = LANGUAGE) -> str:
    from mtlint.checks.wordlists import frequency_dict

    span = text[start:end]
    if not span.strip():
        return "no letters"
    if " " in span.strip() or not span.strip().isalpha():
        return "not one plain word (spaces, marks, digits)"
    word = span.strip()
    if len(word) < 4:
        return "under four letters"
    if word[1:] != word[1:].lower():
        return "inner capitals or upper case"
    if frequency_dict(language).get(word.casefold(), 0.0) >= 10 ** (2.5 - 9):
        return "a known word (Zipf >= 2.5): a real-word error"
    return "not a whole chunk (beside a mark) or code-like"


def build_table(language: str = LANGUAGE) -> None:
    documents = labelled_documents(language)
    path = table_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    reasons: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    total = 0
    with path.open("w", encoding="utf-8") as handle:
        for document in documents:
            rows = token_rows(document, language)
            total += len(rows)
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            for category, span, why in missed_gold(document, rows, language):
                reasons[(category, why)] += 1
                if len(examples[why]) < 6:
                    examples[why].append(span)
    print(f"{len(documents)} documents, {total} candidate tokens -> {path}")
    print("Gold glued/other/typo spans that are no candidate, by reason:")
    for (category, why), count in sorted(reasons.items(), key=lambda item: -item[1]):
        print(f"  {count:4d}  {category:12s} {why}")


def reviewed() -> dict[tuple[str, str, int], str]:
    """(set, document, start) → category of the tokens h23unk's review found to be errors
    their set did not label (``unknown_review.json``: offsets and hashes, no text)."""
    if not REVIEW.is_file():
        return {}
    tokens = json.loads(REVIEW.read_text(encoding="utf-8"))["tokens"]
    return {(t["set"], t["doc"], t["start"]): t["category"] for t in tokens}


def load_table(review: bool = True, language: str = LANGUAGE) -> list[dict]:
    """The table; with ``review``, the reviewed tokens labelled as errors."""
    rows = load_jsonl(table_path(language))
    found = reviewed() if review else {}
    for row in rows:
        category = found.get((row["set"], row["doc"], row["start"]))
        if category and not row["label"]:
            row["label"], row["category"] = 1, category
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("table", "fit", "report"))
    parser.add_argument("--write", action="store_true", help="store the fitted model")
    parser.add_argument("--no-review", action="store_true", help="the sets' own labels only")
    parser.add_argument("--lang", default=LANGUAGE, help="a language, or several: de,fr,es")
    parser.add_argument("--no-planted", action="store_true", help="leave the planted sets out")
    args = parser.parse_args(argv)
    languages = args.lang.split(",")
    if args.step == "table":
        for language in languages:
            build_table(language)
        return 0
    from unknown_fit import fit_and_report

    if languages == [LANGUAGE]:
        return fit_and_report(
            load_table(not args.no_review), write=args.write, report=args.step == "report"
        )
    from unknown_fit_ml import fit_pooled

    tables = {
        language: load_table(language == LANGUAGE and not args.no_review, language)
        for language in languages
    }
    return fit_pooled(tables, write=args.write, planted=not args.no_planted)


if __name__ == "__main__":
    raise SystemExit(main())
