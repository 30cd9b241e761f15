"""Typing slips planted into clean native sentences beyond English (synthetic; issue 12).

Usage: python bench/eval_planted_slips_ml.py [--min-confidence 0.5] [--seed 14] [--show N]

Each clean sentence of ../shared/data/clean-native-dev.jsonl in German, French, Italian and
Russian (the languages MT980 serves that the file holds; it has no Dutch) gets one typing slip
in one common lower-case word (Zipf 4 or more, five letters or more, not the sentence's first
word): two neighbouring letters swapped, a letter doubled, a
letter left out, or a neighbouring key of the language's keyboard struck (never at the first
letter nor the last; never a form wordfreq or the language's lexicon knows, never one in accents
alone). MT980 is scored on the copies: a slip is found when an MT980 finding covers it, fixed
when its first fix gives the word back; every other MT980 finding is a false alarm. Synthetic:
it shows what MT980 reads beyond English, not how often real slips occur.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from finders import Engine
from mtlint.checks.wordlists import frequency_dict

CLEAN = Path("/work/shared/data/clean-native-dev.jsonl")
LANGUAGES = ("de", "fr", "it", "ru")
WORD = re.compile(r"[^\W\d_]+")
COMMON_ZIPF = 4.0


def _slips(word: str, language: str) -> list[str]:
    """Every one-slip form of ``word`` no list knows."""
    from mtlint.checks.lexicon import known_form
    from mtlint.checks.spelling_search import keyboard_neighbours

    keys = keyboard_neighbours(language)
    last = len(word) - 1
    forms = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, last - 1)}
    forms.update(word[:i] + word[i] + word[i:] for i in range(1, last))
    forms.update(word[:i] + word[i + 1 :] for i in range(1, last))
    for i in range(1, last):
        forms.update(word[:i] + key + word[i + 1 :] for key in keys.get(word[i], ()))
    frequencies = frequency_dict(language)
    return sorted(
        form
        for form in forms
        if form != word and form not in frequencies and not known_form(form, language)
    )


def plant(line: dict, rng: random.Random) -> tuple[str, int, int, str] | None:
    """The sentence with one slip, the slip's span and the word it replaced."""
    language, text = line["target_lang"], line["target"]
    frequencies = frequency_dict(language)
    bar = 10 ** (COMMON_ZIPF - 9)
    words = [
        m
        for m in WORD.finditer(text)
        if m.start() > 0
        and m.group().islower()
        and len(m.group()) >= 5
        and frequencies.get(m.group(), 0.0) >= bar
    ]
    rng.shuffle(words)
    for match in words:
        forms = _slips(match.group(), language)
        if forms:
            slip = rng.choice(forms)
            start = match.start()
            return (
                text[:start] + slip + text[match.end() :],
                start,
                start + len(slip),
                match.group(),
            )
    return None


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-confidence", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument(
        "--cases", type=Path, help="read the planted copies from this file, or write them there"
    )
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    engine = Engine(args.min_confidence)
    lines = [json.loads(row) for row in CLEAN.read_text(encoding="utf-8").splitlines() if row]
    if args.cases and args.cases.exists():
        cases = json.loads(args.cases.read_text(encoding="utf-8"))
    else:
        cases = {
            language: [
                case
                for line in lines
                if line["target_lang"] == language and (case := plant(line, rng)) is not None
            ]
            for language in LANGUAGES
        }
        if args.cases:
            args.cases.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
    print(f"planted slips, MT980 at {args.min_confidence} (seed {args.seed})")
    print("lang  planted  found  fixed  false alarms")
    for language in LANGUAGES:
        planted = found = fixed = false = 0
        shown: list[str] = []
        for text, start, end, word in cases[language]:
            planted += 1
            hits = [f for f in engine.find(text, language) if f.code == "MT980"]
            mine = [f for f in hits if f.start <= start < f.end or start <= f.start < end]
            false += len(hits) - len(mine)
            if mine:
                found += 1
                fixes = mine[0].fixes
                fixed += bool(fixes) and fixes[0][0][2] == word
            elif len(shown) < args.show:
                shown.append(f"    missed {text[start:end]} ({word})")
            for f in hits:
                if f not in mine and len(shown) < args.show:
                    shown.append(f"    false {text[f.start : f.end]}")
        print(f"{language:4}  {planted:7}  {found:5}  {fixed:5}  {false:12}")
        print("\n".join(shown)) if shown else None
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
