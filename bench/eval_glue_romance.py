"""Glued articles and prepositions in Romance languages: recall and clean false alarms (h2fr).

Usage: python bench/eval_glue_romance.py [--show N]

The commonest artefact of real machine-translated French news (state-agency French editions)
is a function word fused with the word after it at a link or line boundary ("dansle",
"leministre", "Lesdeux", "auxÉtats-Unis"). This takes the clean native sentences of fr, es, it
(``clean-native-dev.jsonl``) and pt, ro (``bench/data/planted-ml/clean.jsonl``), glues one
article or preposition of the language to the word after it (seeded: the same plant every run;
the lists below are wider than the rule's own tables, so the figure is no tautology), and counts
the plants MT101/MT102 find, and MT101/MT102 findings on the untouched sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import localdata
from mtlint.checks.engine import check_text

CLEAN = Path("/work/shared/data/clean-native-dev.jsonl")
PLANTED_ML = localdata.folder("bench/data/planted-ml")
LEAD = {
    "fr": ("le", "la", "les", "des", "du", "de", "aux", "au", "dans", "pour", "avec", "une"),
    "es": ("el", "la", "los", "las", "del", "una", "por", "en", "con"),
    "it": ("la", "gli", "del", "della", "dei", "nel", "nella", "una", "alla", "il", "di"),
    "pt": ("da", "do", "das", "no", "uma", "pelo", "pela", "os", "as", "na"),
    "ro": ("în", "din", "cu", "la", "pe"),
}
_PAIR = re.compile(r"(?<!\S)(\w+) (\w{3,})")
_CODES = ("MT101", "MT102")


def sentences() -> list[tuple[str, str]]:
    rows = []
    for path in (CLEAN, PLANTED_ML / "clean.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["target_lang"] in LEAD:
                rows.append((row["target_lang"], row["target"]))
    return rows


def glue_findings(text: str, language: str) -> list:
    return [f for f in check_text(text, language=language).findings if f.code in _CODES]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N misses per language")
    args = parser.parse_args(argv)
    rng = random.Random(7)
    # Per language: found, planted, findings on the clean sentences, their words.
    tallies: dict[str, list[int]] = {lang: [0, 0, 0, 0] for lang in LEAD}
    misses: dict[str, list[str]] = {lang: [] for lang in LEAD}
    for lang, text in sentences():
        tally = tallies[lang]
        tally[3] += len(text.split())
        tally[2] += len(glue_findings(text, lang))
        pairs = [m for m in _PAIR.finditer(text) if m.group(1).lower() in LEAD[lang]]
        if not pairs:
            continue
        pair = rng.choice(pairs)
        glued = text[: pair.start()] + pair.group(1) + pair.group(2) + text[pair.end() :]
        tally[1] += 1
        spans = [f.span for f in glue_findings(glued, lang)]
        if any(span.start <= pair.start() < span.end for span in spans):
            tally[0] += 1
        else:
            misses[lang].append(pair.group(1) + pair.group(2))
    print("glued article/preposition (MT101/MT102): found / planted; findings on clean sentences")
    for lang, (found, planted, alarms, words) in tallies.items():
        rate = 1000 * alarms / words if words else 0.0
        print(
            f"  {lang}  {found:3d}/{planted:3d}   clean: {alarms} in {words} words = {rate:.2f}/1k"
        )
        if args.show:
            print("     missed: " + " | ".join(misses[lang][: args.show]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
