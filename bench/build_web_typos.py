"""Build resources/spelling/<lang>_web_typos.txt: the misspellings the web writes often enough
that wordfreq lists them ("recieve", "preceeding", "tomarrow"), each with its correction.

Usage: python bench/build_web_typos.py [en de fr es it nl ru pt pl cs sv ro]

A word of the language's wordfreq list (lower case, letters only, Zipf ``LOW`` to ``HIGH``) is a
web typo when no spelling dictionary of the language knows it (hunspell, every dictionary the
machine has for the language: en_US and en_GB; Debian's hunspell-en-us, hunspell-en-gb; a
build-time tool only, never a run-time need), the cased dictionary does not take it for a name
(resources/casing/dictionary/<lang>_names.txt) nor the gazetteers for a given name or a town,
and exactly one frequent word (Zipf ``RIGHT``,
``GAP`` above it, known to the spelling dictionary) is it with one typing slip: two neighbouring
letters swapped, a letter doubled or written once, a letter left out, or a neighbouring key
struck for one (the language's keyboard, resources/spelling/keyboards.json: QWERTZ, AZERTY,
ЙЦУКЕН …; not at the first letter nor the last). MT980 reads the table (checks/spelling.py,
``web_typo``): such a word is misspelt even where the web knows it.

Beyond English: a word hunspell knows capitalised is known (German nouns); the form and its
correction never differ in accents alone ("perchè", "politica": MT998's accent reading serves
those; a letter Unicode does not decompose, Polish "ł", counts as an accent); a form mtlint's
lexicon of the language knows is no slip; a word another language writes more than this one is
that language's word; and a form the web writes often (``WORD_FLOORS``) one letter added or
replaced from its correction is a word of its own ("palta", "textão"). English also lists a
doubled letter written once whose correction is only ``NEAR_GAP`` commoner ("occured").
"""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Collection, Mapping
from pathlib import Path

from mtlint.checks.lexicon import known_form
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.spelling import alphabet, slip_kind
from mtlint.checks.spelling_search import keyboard_neighbours
from mtlint.checks.wordlists import frequency_dict

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "spelling"
DICTIONARIES = {
    "en": ("en_US", "en_GB"),
    "de": ("de_DE", "de_BE", "de_LU"),
    "fr": ("fr_FR", "fr_BE", "fr_CA", "fr_CH"),
    "es": ("es_ES", "es_MX", "es_AR", "es_CO", "es_US"),
    "it": ("it_IT", "it_CH"),
    "nl": ("nl_NL", "nl_BE"),
    "ru": ("ru_RU",),
    "pt": ("pt_PT", "pt_BR"),
    "pl": ("pl_PL",),
    "cs": ("cs_CZ",),
    "sv": ("sv_SE", "sv_FI"),
    "ro": ("ro_RO",),
}
LOW, HIGH = 1.0, 3.3
RIGHT, GAP = 4.0, 2.0
# English also lists the slips whose correction is only this much commoner (Zipf): the web's
# best-known misspellings are common themselves ("definately" 2.9 for "definitely" 4.3,
# "accomodate", "knowledgable"); MT980 reads them at the bar only by kind of slip (en.json
# ``web_sure_zipf``/``web_sure_gap`` keep the entries of the old gap sure; BENCHMARKS.md h20slips).
NEAR_GAP = 1.0
# ... of these kinds only: of the 115 such entries, a doubled letter written once was a slip 8
# times in 8 ("occured", "embarassed"); a letter added, replaced or dropped mostly a name
# ("holliday", "watters", "coyle", "byers": about 1 in 5).
NEAR_KINDS = frozenset({"undoubled"})
# Beyond English the correction must be commoner still (Zipf): a slip of a rarer word was as
# often a name or a regular form hunspell lacks ("haile", "rieter", "finanzierern": about half
# of a sample of 100 at 4.0, a fifth at 4.5; BENCHMARKS.md h18mlslips).
RIGHT_BEYOND_ENGLISH = 4.5
# A typed form differing in accents alone from a word of the language this common is that word.
ACCENT_ZIPF = 3.0
MIN_LETTERS = 5
# A word another Latin-script language writes more than English does ("votre", "donde",
# "plantas", "perak", "falster") is that language's word or a place, not an English slip: an
# English text quoting it must not hear it "corrected" (session 13 review: "baboy" → "baby").
# Its Zipf in the other language must reach FOREIGN_ZIPF and beat the English one by
# FOREIGN_MARGIN, so a common English slip the other list also carries ("rythm", "acess") stays.
FOREIGN_LANGUAGES = (
    *("ca", "cs", "da", "de", "es", "fi", "fil", "fr", "hu", "id", "it", "lt", "lv"),
    *("ms", "nb", "nl", "pl", "pt", "ro", "sh", "sk", "sl", "sv", "tr", "vi"),
)
# Beyond English, English is another language too, and so are the Cyrillic ones.
OTHER_LANGUAGES = (*FOREIGN_LANGUAGES, "en", "uk", "bg", "mk")
FOREIGN_ZIPF, FOREIGN_MARGIN = 2.0, 0.3
# Beyond English, a typed form the web writes at least this often (Zipf), one slip of these
# kinds from its correction, is a word of its own, not a slip: a regional or colloquial word
# ("palta", "coima", "cabro", "pasao"), a diminutive or augmentative ("piquito", "cabelão",
# "textão"), a name ("gaona", "mariza"). Hand-read in the es/pt/pl tables (BENCHMARKS.md
# h20slips): a letter too many at Zipf 2.0 or more was a slip 1 time in 14 (es), 0 in 9 (pt),
# 6 in 15 (pl); a letter replaced or two swapped at 2.5 or more, about half. A doubled letter
# written once ("desarollo", 180 of 182 slips among the commonest) and a letter left out
# ("entoces") keep no floor.
WORD_FLOORS = {"added": 2.0, "struck": 2.5, "swapped": 2.5}
# Entries read by hand as names, places or words of their own (session 16 review of the new
# tables: BENCHMARKS.md h20slips, "Review mends"): a surname ("svenson"), a verb form
# ("hopas"), places ("herát", "leros", "alling"), colloquial words ("krpál", "rusáka"), a name's
# case form ("reginou"), an institution ("mgimo"). No frequency or dictionary tells them apart.
READ_NO_SLIP = {
    "cs": frozenset({"krpál", "rusáka", "herát", "leros", "mgimo", "katty", "petea", "reginou"}),
    "sv": frozenset({"svenson", "hopas", "alling", "platts", "gamal"}),
}
# Letters that Unicode does not decompose but a writer without their key types bare, as an
# accent left out ("zmienila" for "zmieniła"): MT998's and MT607's concern, not a slip.
BARE_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i"})


def _zipf(frequency: float) -> float:
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


def unaccented(word: str) -> str:
    """``word`` without its accents ("perchè": "perche"; "ё" keeps apart from "е" no more)."""
    decomposed = unicodedata.normalize("NFD", word.translate(BARE_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def transliterated(word: str, language: str, frequencies: dict[str, float], bar: float) -> bool:
    """Whether ``word`` is a frequent word (Zipf ``bar``) with one of the language's letters
    written as a writer without its key does (resources/spelling/keyboards.json,
    ``transliterations``: German "ae" for "ä")."""
    table = resource_json("spelling", "keyboards.json").get("transliterations", {})
    for typed, letter in table.get(language, {}).items():
        start = word.find(typed)
        while start != -1:
            other = word[:start] + letter + word[start + len(typed) :]
            if _zipf(frequencies.get(other, 0.0)) >= bar:
                return True
            start = word.find(typed, start + 1)
    return False


def typing_slips(word: str, letters: str, neighbours: Mapping[str, Collection[str]]) -> set[str]:
    """The words ``word`` becomes when one typing slip is undone, never at the first letter nor
    the last (a form that differs there is another language's or a dialect's: "romantico",
    "generale", "stealin")."""
    last = len(word) - 1
    found = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, last - 1)}
    found.update(word[:i] + word[i + 1 :] for i in range(1, last))  # a letter too many
    for i in range(1, last):  # a letter left out, or a doubled one written once
        found.update(word[:i] + ch + word[i:] for ch in letters)
    for i in range(1, last):  # a neighbouring key struck for the letter
        found.update(word[:i] + ch + word[i + 1 :] for ch in neighbours.get(word[i], ()))
    found.discard(word)
    return found


def another_languages_word(word: str, zipf: float, language: str = "en") -> bool:
    """Whether another language writes ``word`` (Zipf ``zipf`` in ``language``) clearly more
    often than ``language`` does (for English: another Latin-script language)."""
    from wordfreq import zipf_frequency

    bar = max(FOREIGN_ZIPF, zipf + FOREIGN_MARGIN)
    others = FOREIGN_LANGUAGES if language == "en" else OTHER_LANGUAGES
    return any(zipf_frequency(word, other) >= bar for other in others if other != language)


def unknown_to_dictionaries(words: list[str], language: str) -> set[str]:
    """The words no installed hunspell dictionary of the language knows."""
    if not shutil.which("hunspell"):
        raise SystemExit("build_web_typos: hunspell is needed (apt-get install hunspell-en-us)")
    unknown = set(words)
    for name in DICTIONARIES[language]:
        if not Path("/usr/share/hunspell", name + ".dic").exists():
            print(f"build_web_typos: no {name} dictionary, skipped", file=sys.stderr)
            continue
        unknown &= _listed(name, sorted(unknown))
        if language != "en":  # a word hunspell knows capitalised is known (a German noun)
            capitalised = _listed(name, sorted(word.capitalize() for word in unknown))
            unknown = {word for word in unknown if word.capitalize() in capitalised}
    return unknown


def _listed(name: str, words: list[str]) -> set[str]:
    """The words the hunspell dictionary ``name`` does not know."""
    return set(
        subprocess.run(
            ["hunspell", "-i", "utf-8", "-d", name, "-l"],
            input="\n".join(words),
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    )


def build(language: str) -> list[tuple[str, str]]:
    frequencies = frequency_dict(language)
    names_path = RESOURCES.parent / "casing" / "dictionary" / f"{language}_names.txt"
    names = set(names_path.read_text(encoding="utf-8").split()) if names_path.exists() else set()
    if language == "en":
        from mtlint.checks.lowernames import first_names, places

        names |= first_names() | places()  # a given name or a town is no misspelling
    letters = "abcdefghijklmnopqrstuvwxyz" if language == "en" else alphabet(language)
    band = [
        word
        for word, frequency in frequencies.items()
        if all(ch in letters for ch in word)
        and word.isalpha()
        and word.islower()
        and len(word) >= MIN_LETTERS
        and LOW <= _zipf(frequency) < HIGH
        and word not in names
    ]
    unknown = unknown_to_dictionaries(band, language)
    if language != "en":  # a form mtlint's lexicon knows is a word (none for English)
        unknown = {word for word in unknown if not known_form(word, language)}
    neighbours = keyboard_neighbours(language)
    candidates: dict[str, set[str]] = {}
    for word in sorted(unknown):
        zipf = _zipf(frequencies[word])
        slips = {
            other: _zipf(frequencies.get(other, 0.0))
            for other in typing_slips(word, letters, neighbours)
        }
        bar = max(RIGHT, zipf + GAP)
        right = {other for other, other_zipf in slips.items() if other_zipf >= bar}
        if not right and language == "en":  # none far commoner: one commoner by NEAR_GAP
            bar = max(RIGHT, zipf + NEAR_GAP)
            right = {other for other, other_zipf in slips.items() if other_zipf >= bar}
            if len(right) == 1 and slip_kind(word, next(iter(right))) not in NEAR_KINDS:
                continue  # a name or a word of its own as often as not ("watters", "coyle")
        if len(right) != 1 or unaccented(next(iter(right))) == unaccented(word):
            continue  # no single correction, or one in accents alone (MT998's)
        if transliterated(word, language, frequencies, bar):
            continue  # "aelter": "älter" typed without its key, no slip of "alter"
        if not another_languages_word(word, zipf, language):
            candidates[word] = right
    # The correction itself must be a dictionary word ("alot" is no correction of "allot").
    corrections = sorted({next(iter(c)) for c in candidates.values()})
    not_words = unknown_to_dictionaries(corrections, language)
    least = RIGHT if language == "en" else RIGHT_BEYOND_ENGLISH
    pairs = [
        (word, next(iter(right)))
        for word, right in sorted(candidates.items())
        if next(iter(right)) not in not_words and _zipf(frequencies[next(iter(right))]) >= least
    ]
    pairs = [pair for pair in pairs if pair[0] not in READ_NO_SLIP.get(language, ())]
    return pairs if language == "en" else plain_slips(pairs, language)


def plain_slips(pairs: list[tuple[str, str]], language: str) -> list[tuple[str, str]]:
    """Beyond English, the pairs whose typed form no other language writes as often (a name
    the web shares: "hamdy", "alleyn", "daubert") and that differ from no word of the
    language (Zipf ``ACCENT_ZIPF``) in accents alone ("madchen" is "mädchen" without its
    dots, no slip of "machen": MT998's accent reading serves it)."""
    from wordfreq import zipf_frequency

    frequencies = frequency_dict(language)
    bar = 10 ** (ACCENT_ZIPF - 9)
    accented: dict[str, set[str]] = {}
    for word, frequency in frequencies.items():
        if frequency < bar:
            break
        accented.setdefault(unaccented(word), set()).add(word)
    others = [other for other in OTHER_LANGUAGES if other != language]
    kept = []
    for typed, right in pairs:
        zipf = _zipf(frequencies.get(typed, 0.0))
        if any(zipf_frequency(typed, other) >= zipf for other in others):
            continue  # another language's word or a name the web shares
        if accented.get(unaccented(typed), set()) - {typed}:
            continue  # a word of the language less its accents
        if zipf >= WORD_FLOORS.get(slip_kind(typed, right), 99.0):
            continue  # a form the web writes this often, one such slip away: a word
        kept.append((typed, right))
    return kept


def main(argv: list[str]) -> int:
    for language in argv or ["en"]:
        if language not in DICTIONARIES:
            raise SystemExit(f"build_web_typos: no dictionaries listed for {language}")
        pairs = build(language)
        path = RESOURCES / f"{language}_web_typos.txt"
        header = (
            "# Misspellings the web writes, with their correction (bench/build_web_typos.py:\n"
            "# wordfreq words no hunspell dictionary knows, one typing slip from one frequent "
            "word).\n"
        )
        path.write_text(header + "".join(f"{w}\t{r}\n" for w, r in pairs), encoding="utf-8")
        print(f"{path}: {len(pairs)} misspellings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
