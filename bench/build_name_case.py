"""Build resources/casing/names/<lang>_proper.txt: the localised country names (pycountry's
translations and the gazetteer, lower case) that the language's hunspell dictionary writes only
capitalised (or only as a name it does not hold at all: a name is no lower-case entry),
so MT303 takes them without evidence from the document even when they are frequent
words (wordfreq lower-cases everything: "malásia" is frequent because the country is). A name the
dictionary also lists in lower case, or that shares its stem with a lower-case entry of a similar
length (Polish "komory" ← "komora", Russian "того"), stays ambiguous, and so does a name whose
spelling is a common English word (the English dictionary lists it in lower case and wordfreq
finds it frequent): a loanword such as Portuguese "malha jersey", not the island. Last, hunspell
itself spell-checks each lower-case name (the `hunspell` command applies the affix rules): a form
it accepts is a common word even when no .dic stem is (Portuguese "camarões", shrimps, the plural
of "camarão", is also Cameroon).

Usage: python bench/build_name_case.py [--dict-dir /usr/share/hunspell]
(hunspell dictionaries: Debian packages hunspell-es, -it, -pl, -pt-pt, -ru, -en-us)
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from pathlib import Path

from mtlint.checks.entitycase import curated_names, local_names
from mtlint.checks.wordlists import zipf

DICTIONARIES = {"es": "es_ES", "it": "it_IT", "pl": "pl_PL", "pt": "pt_PT", "ru": "ru_RU"}
ENGLISH = "en_US"
# A loanword needs to be this frequent in English (zipf) before it keeps a name ambiguous.
ENGLISH_COMMON = 3.0
OUT = Path(__file__).resolve().parents[1] / "resources" / "casing" / "names"
HEADER = (
    "# Localised country names (lower case) that the hunspell dictionary ({dic}) writes only\n"
    "# capitalised: MT303 takes them without document evidence. Built by\n"
    "# bench/build_name_case.py; do not edit by hand.\n"
)


def stems(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")[1:]
    return [re.split(r"[/\t ]", line, maxsplit=1)[0] for line in lines if line.strip()]


def english_common(words: list[str]) -> frozenset[str]:
    """The English dictionary's lower-case words that are frequent in English ("jersey")."""
    return frozenset(w for w in words if w[:1].islower() and zipf(w, "en") >= ENGLISH_COMMON)


def proper_only(code: str, words: list[str], loanwords: frozenset[str] = frozenset()) -> list[str]:
    lower = {w for w in words if w[:1].islower()}
    by_prefix: dict[str, set[str]] = {}
    for word in lower:
        by_prefix.setdefault(word[:3], set()).add(word)
    found = []
    for key in local_names(code):
        if " " in key or key in curated_names(code) or zipf(key, code) < 3.0:
            continue  # already taken without evidence
        if key in lower or key in loanwords:
            continue  # also a common word (the dictionary writes it in lower case, or English)
        stem = key[: max(3, len(key) - 2)]
        related = by_prefix.get(key[:3], set())
        # An inflected common word ("komory" ← "komora"); a longer derived adjective
        # ("malesiano" beside "malesia") is no such evidence.
        if any(w.startswith(stem) and -2 <= len(w) - len(key) <= 1 for w in related):
            continue
        found.append(key)
    return sorted(found)


def spelled_lower(dic_path: Path, words: list[str]) -> frozenset[str]:
    """The words hunspell accepts as written (lower case), affixes applied; empty without it."""
    exe = shutil.which("hunspell")
    if exe is None or not words:
        return frozenset()
    out = subprocess.run(
        [exe, "-d", str(dic_path.with_suffix("")), "-G"],
        input="\n".join(words),
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return frozenset(out.split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dict-dir", type=Path, default=Path("/usr/share/hunspell"))
    args = parser.parse_args()
    english = args.dict_dir / f"{ENGLISH}.dic"
    loanwords = english_common(stems(english)) if english.is_file() else frozenset()
    if not loanwords:
        print(f"no {english}: English loanwords ('jersey') are not excluded")
    if shutil.which("hunspell") is None:
        print("no hunspell command: forms made by affix rules ('camarões') are not excluded")
    for code, dic in DICTIONARIES.items():
        path = args.dict_dir / f"{dic}.dic"
        if not path.is_file():
            print(f"{code}: no {path}, skipped")
            continue
        names = proper_only(code, stems(path), loanwords)
        common = spelled_lower(path, names)
        names = [name for name in names if name not in common]
        (OUT / f"{code}_proper.txt").write_text(
            HEADER.format(dic=dic) + "".join(f"{name}\n" for name in names), encoding="utf-8"
        )
        print(f"{code}: {len(names)} names")


if __name__ == "__main__":
    main()
