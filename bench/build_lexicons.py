"""Build resources/lexicon/<code>.txt.xz: a language's word forms with their inflections, for
MT998 (checks/lexicon.py, checks/rules/spelling_unknown_ml.py), from the Debian hunspell
dictionaries expanded by ``unmunch``. Build time only: mtlint reads the shipped files.

Usage: python bench/build_lexicons.py [--check] [CODE ...]
       (needs ``unmunch`` and the dictionaries named in DICTIONARIES:
       apt-get install hunspell-tools hunspell-de-de hunspell-fr hunspell-es hunspell-it
       hunspell-pt-pt hunspell-pt-br hunspell-nl hunspell-ru hunspell-pl hunspell-ro hunspell-sv;
       Portuguese also needs ``hunspell`` for its Brazilian spellings)

wordfreq knows a language's common forms; an inflected form of a common word, rarer than the
list's floor ("accomplissaient", "verschwiegenen"), looks unknown to it. A hunspell dictionary
lists stems with the affixes each takes; ``unmunch`` writes out every form. Kept: forms of
letters only, ``MIN_LETTERS``–``MAX_LETTERS`` long, in lower case, that wordfreq does not
already know at ``SCARCE_ZIPF`` or more (those are never MT998's candidates), less the forms
that are one of the language's prefixes (``spelling.word_prefixes``) before a kept form or a
known word (checks/lexicon.py accepts those at run time): the expansions multiply prefixes
("tri", "anti", "re") with every form, and the files stay small without them. The file is
derived data (a sorted list of words, no text): rebuild it when wordfreq or a dictionary
changes; ``--check`` says whether the shipped files are what the build gives.
"""

from __future__ import annotations

import argparse
import lzma
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from mtlint.checks.lexicon import MAX_LETTERS, MIN_LETTERS, SKIP_ZIPF, lexicon_path, prefixed
from mtlint.checks.spelling import spelling_table
from mtlint.checks.wordlists import frequency_dict

HUNSPELL = Path("/usr/share/hunspell")
# The mtlint language code → the hunspell dictionaries expanded for it (their union).
DICTIONARIES = {
    "de": ("de_DE",),
    "fr": ("fr_FR",),
    "es": ("es_ES",),
    "it": ("it_IT",),
    # European Portuguese only: pt_BR's expansion is 16.8 M forms (13 MB shipped with pt_PT),
    # most of them prefix x diminutive x augmentative products no text writes
    # ("intraopinadamente", "biobainhadíssimo"); the Brazilian spellings of the kept forms are
    # added back from pt_BR (VARIETY_SPELLINGS).
    "pt": ("pt_PT",),
    "nl": ("nl_NL",),
    "ru": ("ru_RU",),
}
_SET = re.compile(r"^SET\s+(\S+)", re.MULTILINE)
# Another variety's spelling of a kept form, accepted when that variety's dictionary takes it:
# Brazilian ê/ô where European Portuguese writes é/ó before m or n ("económicos" →
# "econômicos").
VARIETY_SPELLINGS = {"pt": ("pt_BR", re.compile("[éó](?=[mn])"), str.maketrans("éó", "êô"))}


def available() -> str:
    """Empty when the build can run here, else why not."""
    why = missing_tool("unmunch")
    if why:
        return why
    missing = [
        name
        for names in DICTIONARIES.values()
        for name in names
        if not (HUNSPELL / f"{name}.dic").exists()
    ]
    return f"hunspell dictionaries missing: {', '.join(missing)}" if missing else ""


def _encoding(aff: Path) -> str:
    head = aff.read_bytes()[:20000].decode("latin-1")
    found = _SET.search(head)
    return found.group(1).strip() if found else "UTF-8"


def expand_dictionary(
    name: str,
    casefold: bool = True,
    encoding: str | None = None,
    letters: tuple[int, int] = (MIN_LETTERS, MAX_LETTERS),
) -> set[str]:
    """Every form ``unmunch`` writes for the dictionary, letters only, of a length within
    ``letters``: in lower case, or as written (``casefold=False``); decoded in the .aff's SET
    encoding unless one is given. The one expansion every builder of word lists uses."""
    dic, aff = HUNSPELL / f"{name}.dic", HUNSPELL / f"{name}.aff"
    encoding = encoding or _encoding(aff)
    shortest, longest = letters
    forms = set()
    # Read as it comes: the Portuguese and Italian expansions write gigabytes.
    with subprocess.Popen(
        ["unmunch", str(dic), str(aff)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    ) as process:
        assert process.stdout is not None
        for raw in process.stdout:
            form = raw.split(b"/", 1)[0].strip().decode(encoding, errors="replace")
            if shortest <= len(form) <= longest and form.isalpha():
                forms.add(form.casefold() if casefold else form)
    return forms


def expand_dictionaries(names: Iterable[str]) -> set[str]:
    """The union of ``expand_dictionary`` (lower case, the default lengths) over a language's
    dictionaries (en_US and en_GB …): the one expansion of a language the builders share."""
    forms: set[str] = set()
    for name in names:
        forms |= expand_dictionary(name)
    return forms


def missing_tool(*tools: str) -> str:
    """Empty when every command-line tool is installed, else which is not (its package)."""
    packages = {"unmunch": "hunspell-tools", "hunspell": "hunspell"}
    for tool in tools:
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install {packages.get(tool, tool)})"
    return ""


def hunspell_rejected(name: str, words: Iterable[str]) -> set[str]:
    """The words the dictionary rejects as written (``hunspell -l`` lists them)."""
    return set(
        subprocess.run(
            ["hunspell", "-d", name, "-l"],
            input="\n".join(sorted(words)),
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    )


def _variety_spellings(code: str, forms: set[str]) -> set[str]:
    """The other variety's spellings of ``forms`` that its dictionary accepts (hunspell -l
    lists the rejected ones)."""
    if code not in VARIETY_SPELLINGS:
        return set()
    name, place, turn = VARIETY_SPELLINGS[code]
    candidates = set()
    for form in forms:
        for found in place.finditer(form):
            at = found.start()
            candidates.add(form[:at] + form[at].translate(turn) + form[at + 1 :])
    return candidates - hunspell_rejected(name, candidates)


def build(code: str) -> list[str]:
    forms = expand_dictionaries(DICTIONARIES[code])
    forms |= _variety_spellings(code, forms)
    frequencies = frequency_dict(code)
    bar = 10 ** (SKIP_ZIPF - 9)
    forms = {form for form in forms if frequencies.get(form, 0.0) < bar}
    prefixes = spelling_table(code).word_prefixes
    return sorted(form for form in forms if not prefixed(form, prefixes, forms, frequencies))


def encode(words: list[str]) -> bytes:
    # A fixed preset and no timestamp: the same words give the same bytes.
    return lzma.compress("\n".join(words).encode("utf-8"), preset=9 | lzma.PRESET_EXTREME)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("codes", nargs="*", default=sorted(DICTIONARIES))
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    why = available()
    if why:
        print(f"build_lexicons: {why}")
        return 2
    stale = []
    for code in args.codes:
        words = build(code)
        path = lexicon_path(code)
        if args.check:
            shipped = lzma.decompress(path.read_bytes()).decode("utf-8").split("\n")
            if shipped != words:
                stale.append(code)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(encode(words))
        print(f"{code}: {len(words):,} forms, {path.stat().st_size:,} bytes")
    if stale:
        print(f"build_lexicons: out of date: {', '.join(stale)} (run bench/build_lexicons.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
