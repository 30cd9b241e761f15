"""Build resources/spelling/<code>_solid_words.txt: the words a hunspell dictionary of the
language knows that split into two words the language knows ("mouthpart", "breakrooms",
"makefiles"), for MT994's glued reading (checks/unknown_words.py, ``solid_word``): a compound
the language writes solid is no run-together, however rare it is on the web. Build time only:
mtlint reads the shipped file.

Usage: python bench/build_solid_words.py [--check] [CODE ...]
       (needs ``unmunch``, ``hunspell`` and the dictionaries named in DICTIONARIES:
       apt-get install hunspell-tools hunspell-en-us hunspell-en-gb)

Kept: forms of letters only (``MIN_LETTERS``–``MAX_LETTERS``, lower case) that wordfreq knows
below ``spelling.SCARCE_ZIPF`` (the commoner words are never MT994's candidates) and that MT994
would read as glued (``glued_split`` cuts them, no regular derivation; a word the web knows a
little only with parts ``WEB_GLUE_GAP`` commoner), or as a sure slip (``sure_typo``: a doubled
letter or a first letter from one common word, "catteries", "shrilled") that a dictionary
itself accepts in lower case (``hunspell -l``): ``unmunch`` also writes forms hunspell rejects
(lower-cased names, "worthern"; over-generated affixes, "durration", "confideed"), and those
are the very slips MT994 should read. A plain sorted
list, not compressed: read whole once and kept as sorted CRC-32 checksums (~56 KB). The file is
derived data (a sorted list of words, no text): rebuild it when wordfreq, a dictionary or the
split's or the sure slip's bars change; ``--check`` says whether the shipped file is what the
build gives.
"""

from __future__ import annotations

import argparse
import sys
from math import log10
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_lexicons
from mtlint.checks.spelling import SCARCE_ZIPF, UNKNOWN_ZIPF
from mtlint.checks.unknown_words import (
    WEB_GLUE_GAP,
    derived_word,
    glued_split,
    solid_words_path,
    sure_typo,
)
from mtlint.checks.wordlists import frequency_dict

DICTIONARIES = {"en": ("en_US", "en_GB")}


def build(code: str) -> list[str]:
    forms = build_lexicons.expand_dictionaries(DICTIONARIES[code])
    frequencies = frequency_dict(code)
    scarce, floor = 10 ** (SCARCE_ZIPF - 9), 10 ** (UNKNOWN_ZIPF - 9)
    kept, slips = [], []
    for form in forms:
        seen = frequencies.get(form, 0.0)
        if not form.islower() or seen >= scarce or derived_word(form, code):
            continue
        if seen < floor and sure_typo(form, code) is not None:
            slips.append(form)  # a real word MT994 would read as a sure slip ("catteries")
            continue
        split = glued_split(form, code)
        if split is None:
            continue
        # The glued readings MT994 gives (``read_word``, ``read_web_glue``): a word the web
        # knows a little is read as glued only with parts far commoner than it.
        if seen >= floor and split[2] - (log10(seen) + 9) < WEB_GLUE_GAP:
            continue
        kept.append(form)
    return sorted(kept + _accepted(code, slips))


def _accepted(code: str, forms: list[str]) -> list[str]:
    """The forms some dictionary of ``code`` accepts as written, in lower case (``hunspell -l``
    lists the rejected ones): the expansion's lower-cased names and over-generated forms
    ("worthern", "durration") are slips, not words."""
    rejected = set(forms)
    for name in DICTIONARIES[code]:
        rejected &= build_lexicons.hunspell_rejected(name, forms)
    return [form for form in forms if form not in rejected]


def encode(words: list[str]) -> bytes:
    """A plain sorted list, one word a line (readable in review; read once at run time)."""
    return ("\n".join(words) + "\n").encode("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("codes", nargs="*", default=sorted(DICTIONARIES))
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    why = build_lexicons.missing_tool("unmunch", "hunspell")
    if why:
        print(f"build_solid_words: {why}")
        return 2
    differ = 0
    for code in args.codes:
        words = build(code)
        path = solid_words_path(code)
        data = encode(words)
        if args.check:
            same = path.is_file() and path.read_bytes() == data
            differ += not same
            print(f"{code}: {len(words)} words, {'same' if same else 'DIFFERS'}")
        else:
            path.write_bytes(data)
            print(f"{code}: {len(words)} words, {len(data)} bytes → {path}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
