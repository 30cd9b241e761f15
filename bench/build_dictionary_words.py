"""Build resources/spelling/<code>_dictionary.txt.xz: the words a hunspell dictionary of the
language accepts that wordfreq does not know above MT994's candidate floor
(``spelling.SCARCE_ZIPF``) — "tiramisu", "theodolite", "Tbilisi" — for MT994's dictionary
features (checks/unknown_score.py, ``dictionary_features``): a rare word the dictionary knows
is seldom an artefact, a lower-case word it knows only capitalised is a name lower-cased.
Build time only: mtlint reads the shipped file; neither hunspell nor a Debian package is a
run-time need.

Usage: python bench/build_dictionary_words.py [--check] [CODE ...]
       (needs ``unmunch``, ``hunspell`` and the dictionaries named in DICTIONARIES:
       apt-get install hunspell-tools hunspell hunspell-en-us)

``unmunch`` writes every form of the dictionary's stems with their affixes; it also writes
forms hunspell itself rejects (over-generated affixes, "durration"; lower-cased names), so each
form is kept only when ``hunspell -l`` accepts it as written. Kept: forms of letters only,
``MIN_LETTERS``–``MAX_LETTERS`` long, whose lower-case form wordfreq knows below
``SCARCE_ZIPF`` (the commoner words are never candidates), in the case the dictionary writes
them (a name capitalised, a word in lower case). Sorted, one a line, xz-compressed with a fixed
preset (the same words give the same bytes); ``--check`` says whether the shipped file is what
the build gives. The file is derived data of the dictionary (a list of words, no text): its
licence is the dictionary's, stated in resources/spelling/README.md.

English: en_US only (Debian's hunspell-en-us, SCOWL, Kevin Atkinson's permissive licence:
copying and redistribution of the word lists and the output of their scripts granted with the
copyright notice). en_GB (LGPL) is left out: its extra words are mostly British spellings
wordfreq knows and place names the gazetteer has.
"""

from __future__ import annotations

import argparse
import lzma
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_lexicons import encode, expand_dictionary, hunspell_rejected, missing_tool
from mtlint.checks.lexicon import dictionary_path
from mtlint.checks.spelling import SCARCE_ZIPF
from mtlint.checks.unknown_words import MAX_LETTERS, MIN_LETTERS
from mtlint.checks.wordlists import frequency_dict

DICTIONARIES = {"en": ("en_US",)}
LETTERS = (MIN_LETTERS, MAX_LETTERS)


def _expanded(name: str) -> set[str]:
    """Every form ``unmunch`` writes for the dictionary, letters only, case kept."""
    return expand_dictionary(name, casefold=False, encoding="utf-8", letters=LETTERS)


def _accepted(name: str, forms: set[str]) -> set[str]:
    """The forms hunspell accepts as written (``-l`` lists the rejected ones)."""
    return forms - hunspell_rejected(name, forms)


def build(code: str) -> list[str]:
    bar = 10 ** (SCARCE_ZIPF - 9)
    frequencies = frequency_dict(code)
    kept: set[str] = set()
    for name in DICTIONARIES[code]:
        forms = {form for form in _expanded(name) if frequencies.get(form.lower(), 0.0) < bar}
        kept |= _accepted(name, forms)
    return sorted(kept)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("codes", nargs="*", default=sorted(DICTIONARIES))
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    why = missing_tool("unmunch", "hunspell")
    if why:
        print(f"build_dictionary_words: {why}")
        return 2
    differ = 0
    for code in args.codes:
        words = build(code)
        path = dictionary_path(code)
        if args.check:
            shipped = lzma.decompress(path.read_bytes()).decode("utf-8").split("\n")
            same = path.is_file() and shipped == words
            differ += not same
            print(f"{code}: {len(words):,} words, {'same' if same else 'DIFFERS'}")
            continue
        path.write_bytes(encode(words))
        print(f"{code}: {len(words):,} words, {path.stat().st_size:,} bytes → {path}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
