"""Build resources/casing/dictionary/en_names.txt: the common English words (wordfreq Zipf
>= 3.0) that a cased dictionary does NOT prove to be common words only.

Usage: python bench/build_casing_dictionary.py [--check]   (needs: pip install english-words)

wordfreq lists words in lower case, so it cannot say whether "hall" is ever a name. Webster's
Second International (1934, public domain; the "web2" list that PyPI's english-words ships)
writes proper nouns and their adjectives capitalised ("Moscow", "French") and common words in
lower case. A frequent word whose lower-case form (or that of its stem: "costs" → "cost") is in
web2 and whose capitalised form is not, is a common word only; every other frequent word —
names, demonyms, and words web2 does not know (modern names, brands) — goes into the file.
MT320 (checks/rules/casing_dictionary.py) reads it as "words that may be names": a capitalised
word mid-sentence is judged only when it is frequent and not in this file. The file is derived
data (a list of words, no text); rebuild it when wordfreq changes (a test compares it).
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from importlib import resources
from pathlib import Path

from mtlint.checks.wordlists import frequency_dict

OUT = Path(__file__).resolve().parents[1] / "resources" / "casing" / "dictionary" / "en_names.txt"
FLOOR = 3.0
HEADER = (
    "# Frequent English words (wordfreq Zipf >= 3.0) that web2 does not prove to be common words\n"
    "# only: names, demonyms, words web2 lacks. Built by bench/build_casing_dictionary.py.\n"
)
# Inflections whose stem web2 lists: "costs" → "cost", "infected" → "infect".
_STEMS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def stems(word: str) -> list[str]:
    forms = [word]
    for suffix, replacement in _STEMS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.append(word[: -len(suffix)] + replacement)
    return forms


def build() -> str:
    data = resources.files("english_words").joinpath("data", "web2.pickle").read_bytes()
    web2 = pickle.loads(data)
    lower = {w for w in web2 if w.islower()}
    capital = {w for w in web2 if not w.islower()}

    def common_only(word: str) -> bool:
        for stem in stems(word):
            if stem in lower:
                return stem.capitalize() not in capital
        return False

    words = sorted(
        word
        for word, frequency in frequency_dict("en").items()
        if math.log10(frequency * 1e9) >= FLOOR
        and word.isascii()
        and word.isalpha()
        and not common_only(word)
    )
    return HEADER + "\n".join(words) + "\n"


HUNSPELL = Path("/usr/share/hunspell/en_US.dic")
TABLE = OUT.with_name("en.json")


def hunspell_names() -> list[str]:
    """The words MT320 would take as common words only (frequent, web2 writes them only in
    lower case) that hunspell's en_US dictionary writes only capitalised, with no lower-case
    stem: surnames and places web2 knows as archaic common words ("hubble", "leeds",
    "jenkins"). Written to en.json's ``hunspell_names`` (taken as maybe-names)."""
    from mtlint.checks.casingdict import common_only_words, dictionary_table
    from mtlint.checks.resourcefiles import resource_json

    resource_json.cache_clear()  # the table was just rewritten: read it again
    dictionary_table.cache_clear()
    common_only_words.cache_clear()
    raw = json.loads(TABLE.read_text(encoding="utf-8"))
    known = set(raw.get("hunspell_names", ()))
    candidates = set(common_only_words("en")) | known
    capital, lower = set(), set()
    for line in HUNSPELL.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        word = line.split("/", 1)[0].strip()
        (lower if word.islower() else capital).add(word)
    return sorted(
        word
        for word in candidates
        if word.capitalize() in capital and not any(stem in lower for stem in stems(word))
    )


def hunspell_capitalised() -> list[str]:
    """The common words only (as MT320 reads them) that hunspell's en_US dictionary also
    writes capitalised ("Trump", "Chase", "Hall", "Main"): after a preposition or a
    conjunction such a capital is as likely a name ("after Trump had"), so MT320's path after
    a small word leaves them."""
    from mtlint.checks.casingdict import common_only_words, dictionary_table
    from mtlint.checks.resourcefiles import resource_json

    resource_json.cache_clear()  # the table was just rewritten: read it again
    dictionary_table.cache_clear()
    common_only_words.cache_clear()
    capital = set()
    for line in HUNSPELL.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        word = line.split("/", 1)[0].strip()
        if word[:1].isupper() and word[1:].islower():
            capital.add(word.lower())
    return sorted(common_only_words("en") & capital)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument(
        "--hunspell-names",
        action="store_true",
        help="rewrite en.json's hunspell_names from /usr/share/hunspell/en_US.dic (hunspell-en-us)",
    )
    args = parser.parse_args(argv)
    if args.hunspell_names:
        raw = json.loads(TABLE.read_text(encoding="utf-8"))
        raw["hunspell_names"] = hunspell_names()
        raw["hunspell_capitalised"] = hunspell_capitalised()
        TABLE.write_text(json.dumps(raw, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{TABLE}: {len(raw['hunspell_names'])} hunspell names")
        return 0
    text = build()
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("same" if same else f"{OUT} differs: run bench/build_casing_dictionary.py")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 2} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
