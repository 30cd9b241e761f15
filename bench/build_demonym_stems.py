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

French, Italian, Spanish and Portuguese keep their hand-made ``demonym_stems`` and get
``demonym_stems_cldr`` beside them (MT313 reads both): the names of the languages official
somewhere (CLDR's territory data: "francés", "italiano", "português"; not "creek" or "vote"),
the stem less a final vowel ("italian" → "italiana", "italiani") or without the accent of an
-és/-ês/-án ending ("frances" → "francesa"), the spelling itself kept too ("francés"); the same
hunspell and country filters (it_IT, es_ES, pt_PT; French has no hunspell dictionary here: the
French stems keep their full spelling, "français" → "française").

Usage: python bench/build_demonym_stems.py [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

from babel import Locale
from babel.core import get_global
from mtlint.checks.casingmid import _country_words
from mtlint.checks.wordlists import zipf

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "casing" / "midsentence"
# The adjective endings a language name ends with, and how many letters the stem drops.
ENDINGS = {"ru": (("ий", "ый", "ой"), 2), "pl": (("ski", "cki", "zki"), 1)}
FLOOR = 2.0
# Romance languages: the language names of official languages, at a higher floor (CLDR lists
# many rare names that are common words there).
ROMANCE = ("fr", "it", "es", "pt")
ROMANCE_FLOOR = 2.5
HUNSPELL = {"it": "it_IT", "es": "es_ES", "pt": "pt_PT"}
# Language names that are also common words or names of places in the language.
NOT_DEMONYMS = frozenset(
    {"esclave", "slave", "venda", "caxemira", "palau", "sacha", "chamorro", "odia", "quiché"}
    # Regions named as their language: "in Veneto", "na Galiza".
    | {
        "galês",
        "galés",
        "veneto",
        "galiziano",
        "galego",
        "gallego",
        "asturiano",
        "euskera",
        "veneciano",
        "vénitien",
    }
)


def _capitalised_stems(language: str, longest: int, proper_only: bool = False) -> set[str]:
    """Lower-cased prefixes (the word less up to one letter) of the words the language's
    hunspell dictionary writes capitalised: "Śląsk", "Polska" → "śląsk", "polsk"; with
    ``proper_only``, only of those it never writes in lower case ("Latina", not "Italiana")."""
    name = HUNSPELL.get(language, f"{language}_{language.upper()}")
    path = Path(f"/usr/share/hunspell/{name}.dic")
    if not path.is_file():
        return set()
    encoding = "utf-8"
    aff = path.with_suffix(".aff")
    for line in aff.read_text(encoding="latin-1").splitlines() if aff.is_file() else ():
        if line.startswith("SET "):
            encoding = line.split()[1].replace("ISO8859", "iso8859")
            break
    found, lower = set(), set()
    for line in path.read_text(encoding=encoding, errors="replace").splitlines()[1:]:
        word = line.split("/", 1)[0]
        if word[:1].isupper() and word[1:].islower():
            found.add(word.lower())
        elif proper_only and word.islower():
            lower.add(word)
    return {form for word in found - lower for form in (word, word[:-1])}


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


def _official_languages() -> set[str]:
    official = set()
    for languages in get_global("territory_languages").values():
        for code, info in languages.items():
            if info.get("official_status") in (
                "official",
                "de_facto_official",
                "official_regional",
            ):
                official.add(code.split("_")[0])
    return official


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def romance_stems(language: str) -> list[str]:
    countries = _country_words(language)
    proper = _capitalised_stems(language, 0, proper_only=True)
    names = Locale(language).languages
    found = set()
    for code in _official_languages():
        name = names.get(code, "")
        if not name.isalpha() or not name.islower() or name in NOT_DEMONYMS:
            continue
        if zipf(name, language) < ROMANCE_FLOOR:
            continue
        forms, unaccented = {name}, ""
        if language != "fr" and name[-1] in "oae":
            forms = {name[:-1]}
        elif language != "fr" and name[-2:] in ("és", "ês", "án", "ín", "ón"):
            unaccented = name[:-2] + _plain(name[-2:])
            forms.add(unaccented)
        for stem in forms:
            # "macedon" → "Macedonia del Nord": a country's first word ("Guyane française"
            # ends with the adjective itself).
            if (
                len(stem) < 5
                or stem in proper
                # "fines" (Spanish "finés" less its accent) is a common word of its own.
                or (stem == unaccented and zipf(stem, language) >= 3.0)
                or any(country.split()[0].startswith(stem) for country in countries)
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
    for language in ROMANCE:
        path = FOLDER / f"{language}.json"
        table = json.loads(path.read_text(encoding="utf-8"))
        wanted = romance_stems(language)
        if table.get("demonym_stems_cldr") == wanted:
            continue
        same = False
        if not args.check:
            table["demonym_stems_cldr"] = wanted
            path.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", "utf-8")
            print(f"{path}: {len(wanted)} CLDR stems")
    if args.check:
        print("same" if same else "differs: run bench/build_demonym_stems.py")
    return 0 if same or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
