"""Build resources/casing/dictionary/<code>_names.txt for the cased languages beyond English:
the frequent words (wordfreq Zipf >= 3.0) that a hunspell dictionary does NOT prove to be
common words only.

Usage: python bench/build_casing_dictionary_ml.py [--check] [CODE ...]
       (needs the hunspell program and the Debian dictionaries named in DICTIONARIES:
       apt-get install hunspell hunspell-fr hunspell-es hunspell-it hunspell-pt-pt hunspell-pl
       hunspell-ru hunspell-nl hunspell-ro hunspell-sv hunspell-cs hunspell-uk)

wordfreq lists words in lower case, so it cannot say whether a frequent word is also a name.
A hunspell dictionary writes names capitalised ("Paris") and common words in lower case, and
its analyser (``hunspell -s``) gives each accepted form its stems: a word is a common word
only when hunspell accepts its lower-case form and none of the stems of its capitalised form
is capitalised ("Rosa" → "roso": common; "Costa" → "Costa", "costa": maybe a name). Every
other frequent word — names, demonyms where the language capitalises them, words hunspell
lacks (brands, modern names) — goes into the file, which MT320 (checks/casingdict.py) reads as
"words that may be names", as it reads English's web2-built list. The file is derived data (a
list of words, no text); rebuild it when wordfreq or a dictionary changes.
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
from pathlib import Path

from mtlint.checks.wordlists import frequency_dict

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "casing" / "dictionary"
FLOOR = 3.0
# The mtlint language code → the hunspell dictionary read for it. Only languages whose names
# stand after an article ("la Commission européenne"): where a sentence-case name follows a
# content word directly — Russian, Ukrainian, Polish, Czech ("на сайте Министерства обороны"),
# Swedish and Romanian with suffixed articles ("Högsta domstolen", "Curtea de apel") — MT320
# would read the name's capital as a slip (measured on clean-native-dev: 4 false alarms in
# Russian alone), so no table is built for them (pl_PL, ru_RU, cs_CZ, uk_UA, sv_SE, ro_RO).
DICTIONARIES = {
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "pt": "pt_PT",
    "nl": "nl_NL",
}


def _header(code: str) -> str:
    return (
        f"# Frequent words of '{code}' (wordfreq Zipf >= {FLOOR}) that hunspell "
        f"{DICTIONARIES[code]} does not prove\n"
        "# to be common words only: names, words it lacks. "
        "Built by bench/build_casing_dictionary_ml.py.\n"
    )


def _stems(words: list[str], dictionary: str) -> dict[str, set[str]]:
    """Each word → the stems hunspell gives it (empty: not accepted)."""
    result = subprocess.run(
        ["hunspell", "-d", dictionary, "-s", "-i", "utf-8"],
        input="\n".join(words) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    stems: dict[str, set[str]] = {word: set() for word in words}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in stems:
            stems[parts[0]].add(parts[1])
    return stems


def frequent_words(code: str) -> list[str]:
    return [
        word
        for word, frequency in frequency_dict(code).items()
        if math.log10(frequency * 1e9) >= FLOOR and len(word) > 2 and word.isalpha()
    ]


def build(code: str) -> str:
    words = frequent_words(code)
    lower = _stems(words, DICTIONARIES[code])
    capitals = {word: word[:1].upper() + word[1:] for word in words}
    upper = _stems(list(capitals.values()), DICTIONARIES[code])

    def common_only(word: str) -> bool:
        if not lower[word]:
            return False
        return not any(stem[:1].isupper() for stem in upper[capitals[word]])

    names = sorted(word for word in words if not common_only(word))
    return _header(code) + "\n".join(names) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("codes", nargs="*", default=sorted(DICTIONARIES))
    args = parser.parse_args(argv)
    status = 0
    for code in args.codes:
        out = FOLDER / f"{code}_names.txt"
        text = build(code)
        if args.check:
            same = out.is_file() and out.read_text(encoding="utf-8") == text
            print(f"{code}: " + ("same" if same else "differs: rebuild"))
            status |= not same
            continue
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out} ({text.count(chr(10)) - 2} words)")
    return status


if __name__ == "__main__":
    sys.exit(main())
