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

import localdata
import unknown_tokens_ml
from goldmatch import gold_of, load_jsonl, overlaps
from mtlint.checks.documents.base import Document
from mtlint.checks.technical import technical_document
from mtlint.checks.unknown_score import candidates, features, gated
from mtlint.checks.wordshape import document_words
from reserved_sites import host_of, registrable
from unknown_features_ml import inflected_written, ml_features

REPO = Path(__file__).resolve().parent.parent
SETS = (
    "realmt-en",
    "realmt-en13",
    "realmt-en17",
    "realmt-en19",
    "case-real-en",
    "typos-real-en",
    "typos-gum-en",
    "names-real-en",
    "spacing-real-en",
    "residue-real-en",
    "confuse-real-en",
    "breaks-real-en",
    "entities-real-en",
    # Negative-only native news from n-z outlets (h24unk): local names, Maori words, trade terms.
    "native-news-en",
)
REALFILES_EN = (
    "holidays-examples.md",
    "httpx-async.md",
    "httpx-quickstart.md",
    "httpx-timeouts.md",
    "sintel_en.srt",
    "zlib-FAQ.txt",
    "zlib-README.txt",
)
SHARED = REPO.parent.parent / "shared" / "data"
REVIEW = Path(__file__).resolve().parent / "unknown_review.json"
LANGUAGE = "en"


def table_path(language: str = LANGUAGE) -> Path:
    """The table holds the pages' words: it lives in the local store, never in git."""
    return localdata.data_root() / "bench" / "unknown-tokens" / f"tokens-{language}.jsonl"


def _group(line: dict, name: str) -> str:
    url = line.get("url") or ""
    if url:
        return registrable(host_of(url))
    return f"{name}:{line.get('id', '')}"


def _gold(line: dict) -> list[tuple[int, int, str]]:
    """The target spans; GUM's typos carry a mechanism instead of a category."""
    if all("category" in error for error in line.get("errors", ())):
        return [(g.start, g.end, g.category) for g in gold_of(line)]
    return [(e["start"], e["end"], "typo") for e in line["errors"] if e.get("start") is not None]


def labelled_documents(language: str = LANGUAGE) -> list[dict]:
    """Each document: text, gold spans, set, group, kind (mt / clean / native / planted)."""
    if language != LANGUAGE:
        return unknown_tokens_ml.labelled_documents(language, _group)
    return sets_documents(SETS)


def sets_documents(sets: tuple[str, ...]) -> list[dict]:
    """Each document of the English labelled sets named that the store holds (one line for each
    it lacks), then the native ones: text, gold spans, set, group, kind (mt / clean / native)."""
    documents = []
    for name in sets:
        path = localdata.folder(f"bench/data/{name}") / "dev.jsonl"
        if not path.is_file():
            print(f"{name}: absent from the store, left out")
            continue
        for line in load_jsonl(path):
            documents.append(
                {
                    "set": name,
                    "id": line.get("id", ""),
                    "text": line["target"],
                    "gold": _gold(line),
                    "group": _group(line, name),
                    "kind": line.get("kind") or ("native" if name == "typos-gum-en" else "mt"),
                }
            )
    return documents + native_documents()


def native_documents() -> list[dict]:
    """Negative-only native English: tests/realfiles, pydoc topics, clean-native-dev's English."""
    found = []
    realfiles = localdata.folder("tests/realfiles")
    for name in REALFILES_EN:
        if (realfiles / name).is_file():
            text = (realfiles / name).read_text(encoding="utf-8", errors="replace")
            found.append(_native("realfiles", name, text))
    sys.path.insert(0, str(REPO / "tests"))
    from package_corpus import pydoc_topics_text

    found.append(_native("pydoc", "topics", pydoc_topics_text(60000)))
    clean = SHARED / "clean-native-dev.jsonl"
    if clean.is_file():
        lines = [line["source"] for line in load_jsonl(clean) if line.get("source")]
        for start in range(0, len(lines), 25):
            found.append(_native("clean-native", str(start), "\n".join(lines[start : start + 25])))
    return found


def _native(name: str, ident: str, text: str) -> dict:
    return {
        "set": name,
        "id": ident,
        "text": text,
        "gold": [],
        "group": f"{name}:{ident}",
        "kind": "native",
    }


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
