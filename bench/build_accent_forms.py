"""Build resources/diacritics/accent_forms.json: per language, the spellings of its everyday
marked words that lost a mark ("politica", "envios", "evenement") or carry the wrong one
("perchè", "événèment") and that no spelling dictionary of the language accepts, each with the
marked words it stands for. MT607 and MT610 read it (checks/rules/diacritics.py,
checks/rules/accents.py).

Usage: python bench/build_accent_forms.py [--check] [CODE ...]
       (needs ``hunspell`` and the dictionaries in DICTIONARIES: apt-get install hunspell
       hunspell-es hunspell-fr hunspell-it hunspell-pt-pt hunspell-pt-br; a build-time tool
       only, never a run-time need)

wordfreq holds the web's spellings, and the web drops marks: "politica" is at Zipf 3.9 in its
Spanish list beside "política" at 5.5, "perchè" at 5.6 beside "perché" at 6.2, so frequency
alone cannot tell a lost mark from a word that is right both ways ("mas"/"más", "solo"/"sólo",
Italian "e"/"è", French "a"/"à", Portuguese "numero" a verb beside "número"). A dictionary can:
a spelling hunspell rejects in every dictionary of the language is no word, and when it is a
frequent marked word less a mark (or with one mark turned), that word is what was meant. The
file is derived data (words only, no text): rebuild it when wordfreq or a dictionary changes;
``--check`` says whether the shipped file is what the build gives.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_lexicons import hunspell_rejected
from mtlint.checks.rules.diacritics import fold
from mtlint.checks.wordlists import frequency_dict

TARGET = Path(__file__).resolve().parent.parent / "resources" / "diacritics" / "accent_forms.json"
# Every dictionary of the language: a spelling any of them accepts is a word (Latin American
# Spanish, Brazilian and European Portuguese). German is left out: hunspell takes its nouns
# capitalised only, so a lower-case spelling says nothing.
DICTIONARIES = {
    "es": ("es_ES", "es_MX", "es_AR", "es_CO", "es_US"),
    "fr": ("fr_FR",),
    "it": ("it_IT",),
    "pt": ("pt_PT", "pt_BR"),
}
# Marks the spelling reform of 1990 made optional: a word without them is right.
OPTIONAL_MARKS = {"fr": "îû"}
# Turns that are one variety's spelling of the other's (Portuguese "António", "económico"
# beside Brazilian "Antônio", "econômico"): never listed.
VARIETY_TURNS = {"pt": ("éê", "óô")}
# Turns the French reform of 1990 made right: é written è before a silent syllable
# ("règlementation", "préfèrerais", "évènement"); the dictionary shipped is the classical one.
REFORMED_TURNS = {"fr": ("éè",)}
# Marks of a spelling before a reform, right in older text (Brazilian "idéia", "freqüente",
# "vêem", "vôo" before 2009): a mark added there is never listed.
OLD_SPELLINGS = {"pt": ("éi", "ói", "ü", "êe", "ôo")}
# Marks turned the wrong way: the letters a language writes with another mark on the same base.
TURNED = {
    "es": "áéíóú",
    "fr": "àâéèêëîïôùûü",
    "it": "àèéìíòóùú",
    "pt": "áâãàéêíóôõú",
}
# Stress marks a language writes on one vowel of a word: the mark put on another vowel of the
# same word ("díficil" for "difícil", "tambíen" for "también") is a typing slip the web writes.
MOVED = {"es": "áéíóú", "pt": "áéíóú"}
# A moved spelling another language writes at this Zipf or more is that language's word.
MOVED_FOREIGN = 3.0
# Marked words this frequent (Zipf) or more are indexed.
FLOOR = 3.0
MIN_LETTERS = 3
# A mark added to a plain word: the marked spelling is seen this often, the plain word this
# often (Zipf).
ADDED_SEEN = 2.0
ADDED_PLAIN = 3.5
ADDED_FOREIGN = 2.0
FINAL_ADDED_ONLY = frozenset({"it"})
# Words with more marks than this are not expanded (their subsets multiply).
MAX_MARKS = 3


def _zipf(frequency: float) -> float:
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


def _unmarked_variants(word: str, optional: str = "") -> set[str]:
    """``word`` less one or more of its marks (every subset of its marked letters), except
    marks the language may leave out (``optional``: French î and û since the 1990 reform,
    "connaitre", "couteuse")."""
    marked = [at for at, letter in enumerate(word) if fold(letter) != letter]
    required = [at for at in marked if word[at] not in optional]
    if not marked or len(marked) > MAX_MARKS:
        return set()
    variants = set()
    for size in range(1, len(marked) + 1):
        for places in itertools.combinations(marked, size):
            letters = list(word)
            for at in places:
                letters[at] = fold(letters[at])
            if any(at in required for at in places):
                variants.add("".join(letters))
    return variants


def _turned_variants(
    word: str, letters: str, variety: tuple[str, ...] = (), reformed: tuple[str, ...] = ()
) -> set[str]:
    """``word`` with one marked letter given another mark on the same base ("perché" →
    "perchè"), except turns between two varieties' spellings (``variety``) and turns a
    spelling reform made (``reformed``: "éè", é written è)."""
    variants = set()
    for at, letter in enumerate(word):
        if letter not in letters:
            continue
        for other in letters:
            if any(letter in pair and other in pair for pair in variety):
                continue
            if letter + other in reformed:
                continue
            if other != letter and fold(other) == fold(letter):
                variants.add(word[:at] + other + word[at + 1 :])
    return variants


def _moved_variants(word: str, marks: str) -> set[str]:
    """``word`` with its one stress mark (``marks``) put on another vowel instead ("difícil" →
    "díficil", "dificíl"); other marked letters (ñ, ü, ã) stay where they are."""
    placed = [at for at, letter in enumerate(word) if letter in marks]
    if len(placed) != 1:
        return set()
    at = placed[0]
    plain = word[:at] + fold(word[at]) + word[at + 1 :]
    variants = set()
    for other, letter in enumerate(plain):
        if other == at:
            continue
        for mark in marks:
            if fold(mark) == letter:
                variants.add(plain[:other] + mark + plain[other + 1 :])
    return variants


def rejected(words: set[str], language: str) -> set[str]:
    """The words every installed dictionary of the language rejects."""
    unknown = set(words)
    for name in DICTIONARIES[language]:
        if not Path("/usr/share/hunspell", name + ".dic").exists():
            raise SystemExit(f"build_accent_forms: the {name} dictionary is not installed")
        unknown &= hunspell_rejected(name, unknown)
    return unknown


def build(language: str) -> dict[str, dict[str, list[str]]]:
    """{"unmarked": {spelling: marked words}, "turned": {…}, "moved": {…}, "added": {spelling:
    [plain word]}}."""
    frequencies = frequency_dict(language)
    floor = 10 ** (FLOOR - 9)
    unmarked: dict[str, set[str]] = {}
    turned: dict[str, set[str]] = {}
    moved: dict[str, set[str]] = {}
    for word, frequency in frequencies.items():
        if frequency < floor:
            break
        if len(word) < MIN_LETTERS or not word.isalpha() or word.isascii():
            continue
        for variant in _unmarked_variants(word, OPTIONAL_MARKS.get(language, "")):
            unmarked.setdefault(variant, set()).add(word)
        for variant in _turned_variants(
            word,
            TURNED[language],
            VARIETY_TURNS.get(language, ()),
            REFORMED_TURNS.get(language, ()),
        ):
            turned.setdefault(variant, set()).add(word)
        for variant in _moved_variants(word, MOVED.get(language, "")):
            moved.setdefault(variant, set()).add(word)
    # The web's turned and moved marks are what the table is for; one nobody writes is left out.
    turned = {key: words for key, words in turned.items() if key in frequencies}
    moved = {key: words for key, words in moved.items() if key in frequencies}
    old = OLD_SPELLINGS.get(language, ())
    moved = {
        key: words
        for key, words in moved.items()
        if not _foreign(key, language) and not any(spelling in key for spelling in old)
    }
    added = _added_marks(language, frequencies)
    twins = set().union(*unmarked.values(), *turned.values(), *added.values())
    twins |= set().union(*moved.values())
    wrong = rejected(set(unmarked) | set(turned) | set(moved) | set(added) | twins, language)
    # A spelling is listed under one kind, the first that explains it: a mark lost, turned,
    # added to a plain word ("qúe" beside "que"), then moved to another vowel ("díficil").
    result: dict[str, dict[str, list[str]]] = {}
    seen: set[str] = set()
    for kind, table in (("unmarked", unmarked), ("turned", turned), ("added", added)):
        result[kind] = {
            key: sorted(words - wrong)
            for key, words in sorted(table.items())
            if key in wrong and words - wrong and key not in seen
        }
        seen |= set(table) if kind != "added" else set(result[kind])
    result["moved"] = {
        key: sorted(words - wrong)
        for key, words in sorted(moved.items())
        if key in wrong and words - wrong and key not in seen
    }
    return {kind: result[kind] for kind in ("unmarked", "turned", "moved", "added")}


def _foreign(spelling: str, language: str) -> bool:
    """Another language writes ``spelling`` as an everyday word (Portuguese "contínuo",
    "início" in a Spanish list; Spanish "terminó" in a Portuguese one), more than this one: a
    word of that language, not a slip (a slip the web makes in both, "díficil", stays)."""
    here = frequency_dict(language).get(spelling, 0.0)
    floor = max(10 ** (MOVED_FOREIGN - 9), here)
    others = (other for other in (*DICTIONARIES, "ca", "de") if other != language)
    return any(frequency_dict(other).get(spelling, 0.0) >= floor for other in others)


def _added_marks(language: str, frequencies: dict[str, float]) -> dict[str, set[str]]:
    """Marked spellings the web writes (Zipf ``ADDED_SEEN`` or more) of an everyday word that
    has no mark ("fù" for "fu", "sútil" for "sutil"), unless another language writes the marked
    spelling (Spanish "año" in a Portuguese list, "für" in a French one)."""
    others = [frequency_dict(other) for other in (*DICTIONARIES, "ca", "de") if other != language]
    seen, everyday = 10 ** (ADDED_SEEN - 9), 10 ** (ADDED_PLAIN - 9)
    foreign = 10 ** (ADDED_FOREIGN - 9)
    added: dict[str, set[str]] = {}
    for word, frequency in frequencies.items():
        if frequency < seen:
            break
        if len(word) < 2 or not word.isalpha() or word.isascii():
            continue
        plain = fold(word)
        if plain == word or not plain.isascii() or frequencies.get(plain, 0.0) < everyday:
            continue
        if any(other.get(word, 0.0) >= foreign for other in others):
            continue
        # Italian marks stress inside a word to tell words apart ("princìpi", "subìto"): only
        # a mark on the last letter is added by mistake there ("fù", "quì").
        if language in FINAL_ADDED_ONLY and fold(word[:-1]) != word[:-1]:
            continue
        if any(old in word for old in OLD_SPELLINGS.get(language, ())):
            continue
        added[word] = {plain}
    return added


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("codes", nargs="*", default=sorted(DICTIONARIES))
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    if shutil.which("hunspell") is None:
        print("build_accent_forms: hunspell is not installed (apt-get install hunspell)")
        return 2
    shipped = json.loads(TARGET.read_text(encoding="utf-8")) if TARGET.exists() else {}
    table = {key: value for key, value in shipped.items() if key == "_about"}
    table["_about"] = (
        "Spellings of everyday marked words (wordfreq, Zipf >= 3) that lost a mark ('unmarked') "
        "or carry one turned the wrong way ('turned') or on the wrong vowel ('moved'), and marks "
        "added to everyday plain words "
        "('added'), rejected by every hunspell dictionary of "
        "the language, each with the marked words it stands for. Built by "
        "bench/build_accent_forms.py; read by MT607 and MT610."
    )
    for code in sorted(DICTIONARIES):
        if code in args.codes:
            table[code] = build(code)
            print(
                f"{code}: {len(table[code]['unmarked']):,} unmarked, "
                f"{len(table[code]['turned']):,} turned, {len(table[code]['moved']):,} moved, "
                f"{len(table[code]['added']):,} added"
            )
        elif code in shipped:
            table[code] = shipped[code]
    text = json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    if args.check:
        if text != (TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""):
            print("build_accent_forms: out of date (run bench/build_accent_forms.py)")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"{TARGET}: {TARGET.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
