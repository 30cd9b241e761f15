"""Build resources/spelling/<lang>_web_typos.txt: the misspellings the web writes often enough
that wordfreq lists them ("recieve", "preceeding", "tomarrow"), each with its correction.

Usage: python bench/build_web_typos.py [en]

A word of the language's wordfreq list (lower case, letters only, Zipf ``LOW`` to ``HIGH``) is a
web typo when no spelling dictionary of the language knows it (hunspell, every dictionary the
machine has for the language: en_US and en_GB; Debian's hunspell-en-us, hunspell-en-gb; a
build-time tool only, never a run-time need), the cased dictionary does not take it for a name
(resources/casing/dictionary/<lang>_names.txt) nor the gazetteers for a given name or a town,
and exactly one frequent word (Zipf ``RIGHT``,
``GAP`` above it, known to the spelling dictionary) is it with one typing slip: two neighbouring
letters swapped, a letter doubled or written once, a letter left out, or a neighbouring key
struck for one (QWERTY; not at the first letter nor the last). MT980 reads the table
(checks/spelling.py, ``web_typo``): such a word is misspelt even where the web knows it.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
from pathlib import Path

from mtlint.checks.spelling_search import QWERTY_NEIGHBOURS as _NEIGHBOURS
from mtlint.checks.wordlists import frequency_dict

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "spelling"
DICTIONARIES = {"en": ("en_US", "en_GB")}
LOW, HIGH = 1.0, 3.3
RIGHT, GAP = 4.0, 2.0
MIN_LETTERS = 5
# A word another Latin-script language writes more than English does ("votre", "donde",
# "plantas", "perak", "falster") is that language's word or a place, not an English slip: an
# English text quoting it must not hear it "corrected" (session 13 review: "baboy" → "baby").
# Its Zipf in the other language must reach FOREIGN_ZIPF and beat the English one by
# FOREIGN_MARGIN, so a common English slip the other list also carries ("rythm", "acess") stays.
FOREIGN_LANGUAGES = (
    *("ca", "cs", "da", "de", "es", "fi", "fil", "fr", "hu", "id", "it", "lt", "lv"),
    *("ms", "nb", "nl", "pl", "pt", "ro", "sh", "sk", "sl", "sv", "tr", "vi"),
)
FOREIGN_ZIPF, FOREIGN_MARGIN = 2.0, 0.3


def _zipf(frequency: float) -> float:
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


def typing_slips(word: str, letters: str) -> set[str]:
    """The words ``word`` becomes when one typing slip is undone, never at the first letter nor
    the last (a form that differs there is another language's or a dialect's: "romantico",
    "generale", "stealin")."""
    last = len(word) - 1
    found = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, last - 1)}
    found.update(word[:i] + word[i + 1 :] for i in range(1, last))  # a letter too many
    for i in range(1, last):  # a letter left out, or a doubled one written once
        found.update(word[:i] + ch + word[i:] for ch in letters)
    for i in range(1, last):  # a neighbouring key struck for the letter
        found.update(word[:i] + ch + word[i + 1 :] for ch in _NEIGHBOURS.get(word[i], ()))
    found.discard(word)
    return found


def another_languages_word(word: str, zipf: float) -> bool:
    """Whether another Latin-script language writes ``word`` (English Zipf ``zipf``) clearly
    more often than English does."""
    from wordfreq import zipf_frequency

    bar = max(FOREIGN_ZIPF, zipf + FOREIGN_MARGIN)
    return any(zipf_frequency(word, other) >= bar for other in FOREIGN_LANGUAGES)


def unknown_to_dictionaries(words: list[str], language: str) -> set[str]:
    """The words no installed hunspell dictionary of the language knows."""
    if not shutil.which("hunspell"):
        raise SystemExit("build_web_typos: hunspell is needed (apt-get install hunspell-en-us)")
    unknown = set(words)
    for name in DICTIONARIES[language]:
        if not Path("/usr/share/hunspell", name + ".dic").exists():
            print(f"build_web_typos: no {name} dictionary, skipped", file=sys.stderr)
            continue
        listed = subprocess.run(
            ["hunspell", "-d", name, "-l"],
            input="\n".join(sorted(unknown)),
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        unknown &= set(listed)
    return unknown


def build(language: str) -> list[tuple[str, str]]:
    frequencies = frequency_dict(language)
    names_path = RESOURCES.parent / "casing" / "dictionary" / f"{language}_names.txt"
    names = set(names_path.read_text(encoding="utf-8").split()) if names_path.exists() else set()
    if language == "en":
        from mtlint.checks.lowernames import first_names, places

        names |= first_names() | places()  # a given name or a town is no misspelling
    band = [
        word
        for word, frequency in frequencies.items()
        if word.isascii()
        and word.isalpha()
        and word.islower()
        and len(word) >= MIN_LETTERS
        and LOW <= _zipf(frequency) < HIGH
        and word not in names
    ]
    unknown = unknown_to_dictionaries(band, language)
    letters = "abcdefghijklmnopqrstuvwxyz"
    candidates: dict[str, set[str]] = {}
    for word in sorted(unknown):
        bar = max(RIGHT, _zipf(frequencies[word]) + GAP)
        right = {
            other
            for other in typing_slips(word, letters)
            if _zipf(frequencies.get(other, 0.0)) >= bar
        }
        if len(right) == 1 and not another_languages_word(word, _zipf(frequencies[word])):
            candidates[word] = right
    # The correction itself must be a dictionary word ("alot" is no correction of "allot").
    corrections = sorted({next(iter(c)) for c in candidates.values()})
    not_words = unknown_to_dictionaries(corrections, language)
    return [
        (word, next(iter(right)))
        for word, right in sorted(candidates.items())
        if next(iter(right)) not in not_words
    ]


def main(argv: list[str]) -> int:
    for language in argv or ["en"]:
        pairs = build(language)
        path = RESOURCES / f"{language}_web_typos.txt"
        header = (
            "# Misspellings the web writes, with their correction (bench/build_web_typos.py:\n"
            "# wordfreq words no hunspell dictionary knows, one typing slip from one frequent "
            "word).\n"
        )
        path.write_text(header + "".join(f"{w}\t{r}\n" for w, r in pairs), encoding="utf-8")
        print(f"{path}: {len(pairs)} misspellings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
