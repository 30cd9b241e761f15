"""Glued words read through the dictionary (MT930's ``glue-split``): the mechanism, and the gate.

The mechanism: page pipelines and MT drop the space between two tokens (link text and the next
word, a word and the next line's, a word and a function word); the result is one token the
dictionary rejects and wordfreq has never seen, which cuts, at one point, into two words the
dictionary accepts and wordfreq knows well ("productionfacilities", "Stadiumwhere",
"Kommissionund"). MT101 reads the glue shapes it has tables for (a function word, a known
name, two long words); this reading is the general one, every shape judged by the dictionary.

The look-alikes the gate keeps quiet (every hunspell-rejected token of the English tuning
pools and realmt-en23 that cuts into two accepted parts: BENCHMARKS.md, h32glue): names cut
into fragments ("Ser|gey", "Maj|id", "Am|ran": a part under three letters, or a name's part
beside another capital), British spellings and loanwords ("cent|re", "program|me", "iftar":
wordfreq knows the whole token), compounds and brands ("breath|ability", "Story|time",
"moon|cakes": wordfreq knows them too; "LandGlass" written again and again), acronyms and
codes (capitals: never read), units and designators beside digits (never read: digits).
The rule's place tests (plain prose, written once, not a name's part, not another language's
phrase) come from MT930.
"""

from __future__ import annotations

from functools import cache

from mtlint.checks.glue_tables import GlueTables, glue_tables
from mtlint.checks.hunspelldicts import SpellDictionary
from mtlint.checks.langdata import load_language_data
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.romanised import romanised_table
from mtlint.checks.spellgate import GateReading, zipf

# Each part is at least this long (names cut into fragments: "Ser|gey", "Re|fat") ...
SPLIT_LETTERS = 3
# ... and at least this common in the language (Zipf).
SPLIT_ZIPF = 3.0
# A capitalised word's first part is at least this long: a name is made of short syllables
# that are words ("Kos|shy", "Tam|dun"), as MT101 asks a three-letter first part for more.
TITLE_LEFT_LETTERS = 4
# Two content words (no function word): each part at least this long and the token at least
# this long; the shorter ones were software's names and terms in translators' plain text
# ("maxexpired", "minres", "wineboot", "Coverart", "Sidepanel": bench_freshfiles group 7).
CONTENT_LETTERS = 4
CONTENT_TOKEN = 10
# ... unless the second part is this common ("said"): a word that never ends a term.
LED_ZIPF = 5.5
# A token wordfreq has seen is glue only with a function word and a word this common.
WEB_OTHER_ZIPF = 4.0


def _accepts(dictionary: SpellDictionary, part: str) -> bool:
    return dictionary.knows(part) or (part[:1].isupper() and dictionary.knows(part.lower()))


def split_parts(word: str, language: str, dictionary: SpellDictionary) -> tuple[str, str] | None:
    """The one cut of ``word`` into two words the dictionary accepts, each of
    ``SPLIT_LETTERS`` letters or more and ``SPLIT_ZIPF`` or more; where several cuts qualify,
    the one whose rarer part is commonest (None if two tie)."""
    found = []
    for cut in range(SPLIT_LETTERS, len(word) - SPLIT_LETTERS + 1):
        left, right = word[:cut], word[cut:]
        least = min(zipf(left.lower(), language), zipf(right, language))
        if least >= SPLIT_ZIPF and _accepts(dictionary, left) and dictionary.knows(right):
            found.append((least, left, right))
    if not found:
        return None
    found.sort(reverse=True)
    if len(found) > 1 and found[1][0] == found[0][0]:
        return None
    return found[0][1], found[0][2]


def read_split(
    word: str,
    language: str,
    dictionary: SpellDictionary,
    tables: GlueTables | None = None,
    function_words: frozenset[str] = frozenset(),
) -> GateReading | None:
    """Two words run together: ``word`` (lower case or capitalised, letters only) is unknown to
    wordfreq in the language and in English, and cuts into two common words the dictionary
    accepts (``split_parts``). With the language's glue ``tables``: in a language that writes
    solid compounds a compound the dictionary lacks is still a word, so only a cut before a
    glue word counts ("Kommissionund"); a capitalised word ending in one of the endings names
    are made of ("-ton", "-land", "-man") is a name ("Wallington", "Salman"). A token wordfreq
    has seen (the web writes "morethan", "willbe" too) counts only as ``glue-split-web``: a
    function word of ``function_words`` and a common word (``WEB_OTHER_ZIPF``)."""
    if len(word) < 2 * SPLIT_LETTERS or not word.isalpha() or not word[1:].islower():
        return None
    lowered = word.lower()
    seen = zipf(lowered, language) or zipf(lowered, "en")
    parts = split_parts(word, language, dictionary)
    if parts is None:
        return None
    left, right = parts
    if seen and not _web_glue(left.lower(), right, function_words, language):
        return None  # a word someone writes: a compound, a brand, a spelling ("Storytime")
    if word[:1].isupper() and len(left) < TITLE_LEFT_LETTERS and left.lower() not in function_words:
        return None  # "Kos|shy" is a name; "The|city", "His|research" a sentence's first words
    led = (
        left.lower() in function_words
        or right in function_words
        or zipf(right, language) >= LED_ZIPF
    )
    if not led and (min(len(left), len(right)) < CONTENT_LETTERS or len(word) < CONTENT_TOKEN):
        return None  # "max|expired", "wine|boot", "Cover|art": names of software, terms
    if tables is not None:
        if tables.compounds and right not in tables.glue:
            return None  # a compound the dictionary lacks is still a word ("Kommissionhaus")
        # A name's or a derivation's shape, unless a function word leads ("The|city").
        if left.lower() not in function_words and not _glue_shaped(
            word, left, right, tables, language
        ):
            return None
    return GateReading("glue-split-web" if seen else "glue-split", f"{left} {right}")


def _web_glue(left: str, right: str, function_words: frozenset[str], language: str) -> bool:
    """A glue the web writes too ("morethan", "hasbeen", "thecity"): one part a function word,
    the other a common word; a compound of two content words wordfreq knows is a word."""
    if left in function_words:
        return zipf(right, language) >= WEB_OTHER_ZIPF
    return right in function_words and zipf(left, language) >= WEB_OTHER_ZIPF


# After a name's word (a capital before it on the line) the second part is at least this
# common (a function word, "met", "said"): a name's own syllables are words too
# ("Kara|sin", "Song|hong"; pinyin syllables are never read).
NAME_RIGHT_ZIPF = 5.0


def after_name(reading: GateReading, language: str) -> GateReading | None:
    """A glue split read on a word that stands beside another capitalised word: the last word
    of a name with a common word run on ("Foreign Affairssaid", "Prime Minister Kostas
    Stadiumwhere"), its own ``glue-split-name`` kind; None where the second part could be the
    name's own syllable (rarer than ``NAME_RIGHT_ZIPF``, capitalised, a romanised syllable)."""
    right = reading.fix.rpartition(" ")[2]
    if not right.islower() or zipf(right, language) < NAME_RIGHT_ZIPF:
        return None
    places = romanised_table(language)
    if places is not None and right in places.syllables:
        return None
    return GateReading("glue-split-name", reading.fix)


def _glue_shaped(word: str, left: str, right: str, tables: GlueTables, language: str) -> bool:
    """Whether the language's glue tables leave the cut as glue: not a derivation by a
    word-forming prefix ("non|party"), not an ending names and derived words are made of
    ("Walling|ton", "Sal|man", "-ness", "-ship"), not a surname's ending ("Imamova",
    "Ismailova") nor a place noun after a name ("Emma|park")."""
    if left.lower() in _prefixes(tables) or right in tables.name_endings:
        return False
    if right in tables.compound_tails or _inflected_word(word.lower(), tables, language):
        return False  # "view|less"; "breakrooms" is "breakroom" inflected
    if not word[:1].isupper():
        return True
    if right in tables.particles or (
        len(right) < TITLE_LEFT_LETTERS and zipf(right, language) < NAME_RIGHT_ZIPF
    ):
        return False  # a name's last syllable ("Grin|del", "Kara|sin"), not "Affairs|met"
    if word.lower().endswith(tables.name_final_endings):
        return False
    places = romanised_table(language)
    return places is None or right not in places.place_nouns


def _inflected_word(lowered: str, tables: GlueTables, language: str) -> bool:
    """Whether the unknown ``lowered`` is a word wordfreq knows with one of the language's
    endings added or taken off (``word_endings``: "breakrooms" is "breakroom" + "s")."""
    for ending in tables.word_endings:
        if zipf(lowered + ending, language):
            return True
        if lowered.endswith(ending) and zipf(lowered[: -len(ending)], language):
            return True
    return False


@cache
def glue_split_table() -> dict:
    """resources/spelling/glue_split.json: the split's per-language data."""
    return resource_json("spelling", "glue_split.json")


@cache
def _prefixes(tables: GlueTables) -> frozenset[str]:
    """The language's word-forming prefixes and those every language borrows (English's:
    "inter|operacyjny", "multi", "mega"; glue_split.json's prefixes_from)."""
    borrowed = frozenset().union(
        *(glue_tables(load_language_data(code)).word_prefixes
          for code in glue_split_table()["prefixes_from"])
    )  # fmt: skip
    return tables.word_prefixes | borrowed
