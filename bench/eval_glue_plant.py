"""Glued words planted in clean text: one lost space at a random word boundary, recall by shape
(h32glue). The tuning pools' glued words are nearly all found (MT101 was tuned on them), so they
cannot show whether a glue reading transfers; a space dropped at random between two words of
clean text no rule was tuned on can.

Usage: python bench/eval_glue_plant.py [--lang en] [--half build|held|all] [--min-confidence X]

English: one planted line per clean DEMETR MT line (``demetr-clean-mt`` in
/work/shared/data/demetr-synthetic.jsonl.gz, 1,000 lines); other languages: three per line of
``clean-native-dev.jsonl`` (100 lines a language). Seeded, so every run plants the same spots;
``--half build`` takes the even lines, ``held`` the odd ones (the split test of r32common).
Each run scores the engine twice: without MT930's glue-split reading and with it. The shape of
a planted token: ``function`` (a part is a function word of the language), ``capital-after``
(the second word capitalised), ``name-word`` (a capitalised first word not at the start),
``content`` (the rest). Synthetic: a mechanism's reach, not its rate on real text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections import Counter
from pathlib import Path

_SPACE = re.compile(r"(?<=[^\W\d_]) (?=[^\W\d_])")
_WORD_END = re.compile(r"[^\W\d_]+$")
_WORD = re.compile(r"[^\W\d_]+")


def clean_lines(data: Path, language: str) -> list[str]:
    if language == "en":
        with gzip.open(data / "demetr-synthetic.jsonl.gz", "rt", encoding="utf-8") as lines:
            rows = [json.loads(line) for line in lines]
        return [row["target"] for row in rows if row["dataset"] == "demetr-clean-mt"]
    with open(data / "clean-native-dev.jsonl", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    return [row["target"] for row in rows if row["target_lang"] == language]


def spots(text: str) -> list[tuple[int, int, int, str, str]]:
    """Every space between two whole words (no hyphen, digit or apostrophe beside them)."""
    found = []
    for match in _SPACE.finditer(text):
        cut = match.start()
        left = _WORD_END.search(text, 0, cut).group()
        right = _WORD.match(text, cut + 1).group()
        start, end = cut - len(left), cut + 1 + len(right)
        if start and text[start - 1] != " ":
            continue
        if end < len(text) and text[end] not in " ,.;:":
            continue
        found.append((start, cut, end, left, right))
    return found


def plant(lines: list[str], per_line: int, function_words: frozenset[str]) -> list[tuple]:
    """(line index, planted text, start, end, shape) for ``per_line`` spots of each line."""
    rng = random.Random(32)
    planted = []
    for index, text in enumerate(lines):
        places = spots(text)
        for _ in range(per_line):
            if not places:
                break
            start, cut, end, left, right = places.pop(rng.randrange(len(places)))
            if left.lower() in function_words or right.lower() in function_words:
                shape = "function"
            elif right[0].isupper():
                shape = "capital-after"
            elif left[0].isupper() and start > 0:
                shape = "name-word"
            else:
                shape = "content"
            planted.append((index, text[:cut] + text[cut + 1 :], start, end - 1, shape))
    return planted


def score(planted: list[tuple], language: str, bar: float) -> tuple[Counter, Counter, Counter]:
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.engine import check_document

    config = Config(min_confidence=bar)
    tally, found, codes = Counter(), Counter(), Counter()
    for _, text, start, end, shape in planted:
        findings = check_document(Document(text=text, language=language), config).findings
        hits = [f for f in findings if f.start < end and f.end > start]
        tally[shape] += 1
        if hits:
            found[shape] += 1
            codes[hits[0].code] += 1
    return tally, found, codes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="en")
    parser.add_argument("--half", choices=("build", "held", "all"), default="all")
    parser.add_argument("--min-confidence", type=float, default=0.5)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    args = parser.parse_args()
    import mtlint.checks.rules.spelling_dictionary as rule
    from mtlint.checks.documents.base import Document
    from mtlint.checks.textscan import language_data

    words = language_data(Document(text="x", language=args.lang)).function_words
    planted = plant(clean_lines(args.data, args.lang), 1 if args.lang == "en" else 3, words)
    if args.half != "all":
        planted = [row for row in planted if row[0] % 2 == (args.half == "held")]
    reading = rule.read_split
    for label, split in (("without glue-split", lambda *_a, **_k: None), ("with", reading)):
        rule.read_split = split
        tally, found, codes = score(planted, args.lang, args.min_confidence)
        shapes = ", ".join(f"{shape} {found[shape]}/{tally[shape]}" for shape in sorted(tally))
        print(f"{args.lang} {args.half} {label}: {sum(found.values())}/{len(planted)} ({shapes})")
        print("   first rule on the span:", dict(codes.most_common(8)))
    rule.read_split = reading


if __name__ == "__main__":
    main()
