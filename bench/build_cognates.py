"""Build resources/language/cognates.json: words of the source languages of machine
translation that are an English word in another spelling ("koronavirus", "presiden",
"kabinet", "prezident", "demokratiya"), each with that English word.

MT that cannot translate a word leaves it in the source spelling; when the word is an
international one, the source spelling is a regular transform of the English word (k for c,
-iya for -y, -tsiya for -tion, a final consonant dropped). The table is derived from data only:
for each word of a source language's wordfreq list (Zipf >= 3.0; Russian and Ukrainian
romanised), every spelling the transforms below give; it is kept when one of them is an English
word of Zipf >= 3.5 and the source word itself is rare in English (Zipf < 2.0). An English
word is no candidate when another language of the sources writes it much more often than
English does and no cased dictionary lists it as an English common word ("cena": Czech,
Polish), nor when it is a plural of another English word and the
source word is no plural ("klinika" is "clinic", not "clinics"; "retirez", not "retires"; "-ics" is
exempt: "economics"). What no such test catches (a false friend: Spanish "policia" is
"police", not "policy"; "klinika" is "clinic") is listed in
resources/language/cognates_stop.txt, reviewed by hand with the reason.
Rerun after changing a transform or the stop-list: python bench/build_cognates.py
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from itertools import product
from pathlib import Path

from mtlint.checks.wordlists import frequency_dict, zipf

OUT = Path(__file__).resolve().parent.parent / "resources" / "language" / "cognates.json"
STOP = OUT.parent / "cognates_stop.txt"

SOURCES = ("id", "ms", "tr", "nl", "de", "es", "it", "pt", "fr", "pl", "cs", "sv", "ro", "ru", "uk")
SOURCE_ZIPF = 3.0
# 3.0: wordfreq predates the pandemic ("coronavirus" 3.2).
ENGLISH_ZIPF = 3.0
# The source spelling must be this rare in English, and its English word this much commoner.
OWN_MAX_ZIPF = 2.0
MARGIN = 2.0
MIN_LETTERS = 5

# Russian and Ukrainian in the Latin letters MT writes (BGN/PCGN without diacritics).
CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "є": "ye",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "yi",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
UKRAINIAN = {**CYRILLIC, "г": "h", "и": "y"}

# Endings: source ending → English endings (the longest source ending that matches is used,
# or none).
ENDINGS = {
    "tsiya": ("tion",),
    "tsiia": ("tion",),
    "tsija": ("tion",),
    "cija": ("tion",),
    "cja": ("tion", "cy"),
    "ción": ("tion",),
    "zione": ("tion",),
    "ção": ("tion",),
    "tiya": ("cy",),
    "tiia": ("cy",),
    "tie": ("cy",),
    "cia": ("cy",),
    "zia": ("cy",),
    "sasi": ("zation", "sation"),
    "asi": ("ation",),
    "isi": ("ition",),
    "si": ("sion", "tion"),
    "iya": ("y", "ia", "ic"),
    "iia": ("y", "ia"),
    "ija": ("y", "ia"),
    "ia": ("y", "ic"),
    "ie": ("y",),
    "iye": ("y",),
    "ität": ("ity",),
    "itet": ("ity",),
    "ité": ("ity",),
    "idad": ("ity",),
    "ità": ("ity",),
    "idade": ("ity",),
    "itas": ("ity",),
    "ismus": ("ism",),
    "izm": ("ism",),
    "ismo": ("ism",),
    "isme": ("ism",),
    "ika": ("ics", "ic"),
    "ik": ("ic", "ics", "ict"),
    "ico": ("ic",),
    "ique": ("ic",),
    "isch": ("ic",),
    "isk": ("ic",),
    "iko": ("ic",),
    "en": ("ent",),
    "tr": ("ter", "tre"),
    "ek": ("ect",),
    "ep": ("ept",),
    "ak": ("act",),
    "uk": ("uct",),
    "ista": ("ist",),
    "ir": ("ire",),
}
# Letters: each rule is applied to every place at once, or not at all (at most two rules).
LETTERS = (
    ("k", "c"),
    ("ks", "x"),
    ("z", "s"),
    ("kh", "h"),
    ("kh", "ch"),
    ("f", "ph"),
    ("y", "i"),
    ("j", "y"),
    ("v", "w"),
    ("ts", "c"),
    ("sch", "sh"),
)


def plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def romanised(word: str, language: str) -> str | None:
    table = UKRAINIAN if language == "uk" else CYRILLIC
    if not all(c in table for c in word):
        return None
    return "".join(table[c] for c in word)


def spellings(word: str) -> dict[str, int]:
    """Every English spelling the transforms give for ``word`` (Latin letters, lower case),
    with its rank: an ending's first replacement before its later ones."""
    stems = {(word, "", 0)}
    for ending, replacements in ENDINGS.items():
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stems |= {(word[: -len(ending)], r, i) for i, r in enumerate(replacements)}
    found: dict[str, int] = {}
    for stem, ending, rank in stems:
        forms = {stem}
        for (a, b), (c, d) in product(LETTERS, repeat=2):
            once = stem.replace(a, b)
            forms.add(once)
            forms.add(once.replace(c, d))
        for form in forms:
            found[form + ending] = min(rank, found.get(form + ending, rank))
    found.pop(word, None)
    return found


def calendar_names() -> frozenset[str]:
    """Month and weekday names of every language (MT503 reads dates left in another
    language: "Oktober" is its, not a cognate's)."""
    path = OUT.parent / "calendar.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(
        _plain_lower(name)
        for names in table.values()
        for contexts in names.values()
        for context in contexts
        for name in context
    )


def _plain_lower(word: str) -> str:
    return plain(word.lower())


def stop_list() -> dict[str, str]:
    """Source words reviewed by hand (one a line, the reason after "#"): a word alone is no
    cognate of the English word the transforms give (""); a word and an English word is that
    word's pair ("klinika clinic": the "-ics" of a field is no plural test can judge)."""
    reviewed: dict[str, str] = {}
    for line in STOP.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            reviewed[words[0]] = words[1] if len(words) > 1 else ""
    return reviewed


# A candidate no cased dictionary proves an English common word (the casing dictionary's
# names list), rarer than this in English, that another source language writes this much more
# often (in Zipf), is that language's word ("cena": Czech, Polish; "John Cena" in English).
FOREIGN_BELOW = 3.5
FOREIGN_MARGIN = 1.5
NAMES = OUT.parent.parent / "casing" / "dictionary" / "en_names.txt"


@lru_cache(maxsize=1)
def not_common_english() -> frozenset[str]:
    lines = NAMES.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line[:1] != "#")


def is_foreign(candidate: str, own: float) -> bool:
    """Another source language writes the English candidate much more often than English does
    and no dictionary makes it an English common word ("cena": dinner, price)."""
    if own >= FOREIGN_BELOW or candidate not in not_common_english():
        return False
    return any(zipf(candidate, language) >= own + FOREIGN_MARGIN for language in SOURCES)


def other_number(candidate: str, source: str, english: dict) -> bool:
    """The candidate is a plural (or third person) of another frequent English word ("clinics",
    "retires") and the source word does not end in -s as plurals of the Latin-script source
    languages do: the pair differs in number."""
    if not candidate.endswith("s") or candidate.endswith(("ss", "ics")) or source.endswith("s"):
        return False  # "-ics" names a field ("economics"), singular in sense
    stems = (candidate[:-1], candidate[:-2]) if candidate.endswith("es") else (candidate[:-1],)
    return any(s in english and zipf(s, "en") >= ENGLISH_ZIPF for s in stems)


def entries() -> dict[str, dict[str, str]]:
    english = frequency_dict("en")
    calendar = calendar_names()
    stopped = stop_list()
    table: dict[str, dict[str, str]] = {}
    for language in SOURCES:
        listed = frequency_dict(language)
        for native, frequency in listed.items():
            if frequency < 10 ** (SOURCE_ZIPF - 9) or not native.isalpha():
                continue
            latin = romanised(native, language) if language in ("ru", "uk") else native
            if latin is None or len(latin) < MIN_LETTERS:
                continue
            for written in {latin, plain(latin)}:
                if written in calendar or stopped.get(written) == "":
                    continue
                own = zipf(written, "en")
                if own >= OWN_MAX_ZIPF or not written.isascii():
                    continue
                best, best_key = "", (99, 0.0)
                for candidate, rank in spellings(written).items():
                    if candidate in english:
                        theirs = zipf(candidate, "en")
                        if theirs >= ENGLISH_ZIPF and (rank, -theirs) < best_key:
                            if is_foreign(candidate, theirs):
                                continue
                            if other_number(candidate, written, english):
                                continue
                            best, best_key = candidate, (rank, -theirs)
                if stopped.get(written):
                    best, best_key = stopped[written], (0, -zipf(stopped[written], "en"))
                best_zipf = -best_key[1]
                if best_zipf >= ENGLISH_ZIPF and best_zipf - own >= MARGIN:
                    key = f"{language}-Latn" if language in ("ru", "uk") else language
                    table.setdefault(written, {}).setdefault(key, best)
    return table


# English titles written before a name: a cognate of one may stand before a name ("Presiden
# Budi Santoso"); any other cognate before a capitalised word is read as part of a name.
TITLES = (
    "ambassador",
    "chancellor",
    "colonel",
    "commander",
    "commissioner",
    "director",
    "doctor",
    "general",
    "governor",
    "inspector",
    "minister",
    "premier",
    "president",
    "professor",
    "prosecutor",
    "secretary",
    "senator",
    "sergeant",
)


# Words before a place name ("played in Gothia"): a capitalised table word after one of them,
# never written in lower case in the text, may be a name; MT506 offers no fix there.
PLACE_WORDS = ("in", "at")


def main() -> None:
    table = entries()
    # One string per word, "english lang lang …" (the English spelling of the first source
    # language, then every source language that writes the word): a flat table of strings
    # parses in a few milliseconds.
    words = {
        word: " ".join([sorted(found.items())[0][1], *sorted(found)])
        for word, found in sorted(table.items())
    }
    OUT.write_text(
        json.dumps(
            {
                "about": __doc__.split("\n\n")[1].replace("\n", " "),
                "titles": TITLES,
                "place_words": PLACE_WORDS,
                "words": words,
            },
            ensure_ascii=False,
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{OUT}: {len(words)} words")


if __name__ == "__main__":
    main()
