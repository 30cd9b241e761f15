"""Write the demonym stems of the languages whose nationality and language adjectives are
written in lower case and whose midsentence table has none of its own (Russian, Polish) into
resources/casing/midsentence/<lang>.json (``demonym_stems``), from CLDR's language names
through Babel: in these languages a language's name is the adjective itself ("китайский",
"chiński"), so its stem ("китайск", "chińsk") matches every case form MT313 may see
capitalised mid-sentence ("Китайского", "Chińskiej").

A stem is left out when a one-word country name of the language starts with it (Polish
"polsk" → "Polska", whose genitive "Polski" is the adjective's spelling) or when the
language's hunspell dictionary writes a name of the stem or the stem and one letter
(Polish "Śląsk", "na Śląsku"; /usr/share/hunspell, Debian's hunspell-pl/-ru), and rare
names (wordfreq Zipf < 2.0) and stems under five letters are left out.

Usage: python bench/build_demonym_stems.py [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from babel import Locale
from mtlint.checks.casingmid import _country_words
from mtlint.checks.wordlists import zipf

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "casing" / "midsentence"
# The adjective endings a language name ends with, and how many letters the stem drops.
ENDINGS = {"ru": (("ий", "ый", "ой"), 2), "pl": (("ski", "cki", "zki"), 1)}
FLOOR = 2.0


def _capitalised_stems(language: str, longest: int) -> set[str]:
    """Lower-cased prefixes (the word less up to one letter) of the words the language's
    hunspell dictionary writes capitalised: "Śląsk", "Polska" → "śląsk", "polsk"."""
    path = Path(f"/usr/share/hunspell/{language}_{language.upper()}.dic")
    if not path.is_file():
        return set()
    encoding = "utf-8"
    aff = path.with_suffix(".aff")
    for line in aff.read_text(encoding="latin-1").splitlines() if aff.is_file() else ():
        if line.startswith("SET "):
            encoding = line.split()[1].replace("ISO8859", "iso8859")
            break
    found = set()
    for line in path.read_text(encoding=encoding, errors="replace").splitlines()[1:]:
        word = line.split("/", 1)[0]
        if word[:1].isupper() and word[1:].islower():
            found.add(word.lower())
            found.add(word.lower()[:-1])
    return found


def stems(language: str) -> list[str]:
    endings, cut = ENDINGS[language]
    countries = _country_words(language)
    proper = _capitalised_stems(language, len(next(iter(endings))))
    found = set()
    for name in Locale(language).languages.values():
        if " " in name or "-" in name or not name.endswith(endings):
            continue
        if zipf(name, language) < FLOOR:
            continue
        stem = name[:-cut]
        # "Polska" (its genitive "Polski"), "Śląsk" (a region): the stem is a name's spelling.
        if (
            len(stem) < 5
            or stem in proper
            or any(" " not in country and country.startswith(stem) for country in countries)
        ):
            continue
        found.add(stem)
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    same = True
    for language in ENDINGS:
        path = FOLDER / f"{language}.json"
        table = json.loads(path.read_text(encoding="utf-8"))
        wanted = stems(language)
        if table.get("demonym_stems") == wanted:
            continue
        same = False
        if not args.check:
            table["demonym_stems"] = wanted
            path.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", "utf-8")
            print(f"{path}: {len(wanted)} stems")
    if args.check:
        print("same" if same else "differs: run bench/build_demonym_stems.py")
    return 0 if same or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
