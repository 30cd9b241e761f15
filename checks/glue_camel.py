"""Glue at a capital that needs knowledge of names (used by MT102 and MT108): a known place
or a person's title glued to the name after it ("RussiaVladimir Putin", "PresidentIlham
Aliyev"; person_titles), a name particle glued to the name it
introduces ("Hospital delSur", "deMadrid"), a known organisation's acronym glued to a name
("the UNGuterres"). Each split needs evidence beyond its shape: a known name (the gazetteer,
pycountry), the next word capitalised (the name goes on) or a part standing alone elsewhere
in the document. The tables are the language's: ``name_particles`` and ``camel_particles``
(particles of other languages' names: Portuguese "do", "dos"; resources/typography) and its
gazetteer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtlint.checks.glue_boundary import borrowing_language
from mtlint.checks.langdata import LanguageData
from mtlint.checks.typography import table, word_set
from mtlint.checks.wordlists import proper_nouns, zipf

# "RussiaVladimir", "GermanyOlaf": a capitalised name, then a capitalised word (ASCII; see
# capital_pair for names in any alphabet: "DenizYücel").
_PLACE_NAME = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]{2,})")
# "deMadrid", "delSur": a lower-case particle, then a capitalised word.
_PARTICLE_NAME = re.compile(r"([a-z]{2,4})([A-Z][a-z]{2,})")
# The word after a token: capitalised means a multi-word name goes on ("… Putin").
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")

# The second part of a place + name: at least this well known (a given name), and below the
# common words that make brands with a place ("QatarEnergy", "IndiaToday", "ChinaDaily").
_GIVEN_NAME_ZIPF = (2.0, 4.0)
# The word after a particle ("del|Sur", "de|Madrid"): a known name, or this well known
# ("deGrom", "deGrasse" are names written so).
_AFTER_PARTICLE_ZIPF = 3.0


@lru_cache(maxsize=32)
def _tables(data: LanguageData) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(known one-word names in lower case, name particles, known acronyms)."""
    names = frozenset(name for name in proper_nouns(data) if " " not in name)
    acronyms = frozenset(
        name for name in data.gazetteer if name.isupper() and name.isalpha() and len(name) <= 5
    )
    particles = word_set(data, "name_particles") | word_set(data, "camel_particles")
    return names, particles, acronyms


@lru_cache(maxsize=32)
def _titles(data: LanguageData) -> frozenset[str]:
    """A person's titles that stand before a name ("president", "minister")."""
    return word_set(data, "person_titles")


def known_acronym(acronym: str, data: LanguageData) -> bool:
    """Whether the gazetteer lists the acronym as an organisation ("UN", "NATO")."""
    return acronym in _tables(data)[2]


def capital_pair(core: str) -> tuple[str, str] | None:
    """A capitalised word of four letters or more and a capitalised word of three or more,
    glued, in any alphabet ("RussiaVladimir", "DenizYücel", "ErdoğanBaşkan"): (head, tail)."""
    match = _PLACE_NAME.fullmatch(core)
    if match:
        return match.group(1), match.group(2)
    if core.isascii() or not core.isalpha() or not core[0].isupper():
        return None
    capitals = [index for index, char in enumerate(core) if char.isupper()]
    if len(capitals) != 2 or capitals[1] < 4 or len(core) - capitals[1] < 3:
        return None
    return core[: capitals[1]], core[capitals[1] :]


def place_name_split(core: str, data: LanguageData, language: str) -> tuple[str, str] | None:
    """A known place glued to a given name, or a person's title to any capitalised word
    ("RussiaVladimir", "MinisterNikol"):
    (place, word), context still to be checked (see place_name_in_context)."""
    pair = capital_pair(core)
    if not pair:  # the whole token is no word: see name_split
        return None
    head, tail = pair
    if head.lower() in _titles(data):  # "PresidentVladimir", "MinisterMammadyarov"
        return head, tail
    names = _tables(data)[0]
    if head.lower() not in names:
        return None
    # A place or nationality before a title ("RussianForeign Minister", "UkrainianPresident").
    if tail.lower() in _titles(data) or tail.lower() in word_set(data, "title_leads"):
        return head, tail
    least, most = _GIVEN_NAME_ZIPF
    tail_zipf = zipf(tail, language)
    if tail.lower() not in names and not least <= tail_zipf < most:
        return None
    return head, tail


def place_name_in_context(text: str, end: int, tail: str, words: frozenset[str]) -> bool:
    """Whether a multi-word name goes on after the token ("RussiaVladimir Putin") or its
    second part stands alone elsewhere in the document."""
    after = _NEXT_WORD.match(text, end, end + 40)
    return bool(after and after.group(1)[0].isupper()) or tail in words


def particle_split(core: str, data: LanguageData, language: str) -> tuple[str, str] | None:
    """A name particle glued to the capitalised name after it ("delSur", "deMadrid"): the
    name known, or well known as a word."""
    match = _PARTICLE_NAME.fullmatch(core)
    if not match:  # the whole token is no word: see name_split
        return None
    head, tail = match.groups()
    names, particles, _ = _tables(data)
    if head not in particles:
        return None
    if tail.lower() not in names and zipf(tail, language) < _AFTER_PARTICLE_ZIPF:
        return None
    return head, tail


# A given name glued to a surname ("VladimirPutin"): the given name below this zipf (not a
# common word: "UserProfile"), the surname too ("DonaldTrump" is missed; "PowerShell" kept).
_GIVEN_NAME_MOST = 4.0
_SURNAME_MOST = 4.5


def name_pair_split(core: str, data: LanguageData, language: str) -> tuple[str, str] | None:
    """Two capitalised names glued ("SergeyLavrov", "NikolPashinyan"), neither a common
    word; the document decides (see name_pair_in_context)."""
    pair = capital_pair(core)
    if not pair:  # the whole token is no word: see name_split
        return None
    head, tail = pair
    if zipf(head, language) >= _GIVEN_NAME_MOST or zipf(tail, language) >= _SURNAME_MOST:
        return None
    return head, tail


def name_word_split(core: str, data: LanguageData, language: str) -> tuple[str, str] | None:
    """A name (no common word) glued to a common capitalised word that opens the next phrase
    ("Alberto FernandezCongress approved"): the document decides (see name_word_in_context);
    brands are made of common words ("PowerPoint", "LinkedIn") or short ones ("YouTube")."""
    pair = capital_pair(core)
    if not pair:
        return None
    head, tail = pair
    if tail.lower() in data.function_words:  # "RuedaThe": a lost sentence break, see _split
        return None
    if zipf(head, language) >= _GIVEN_NAME_MOST or head.lower() in word_set(
        data, "camel_name_heads"
    ):
        return None
    return head, tail


# "dealThe": a word glued to the next sentence's first word (see sentence_split).
_SENTENCE_GLUE = re.compile(r"([a-z]{4,})([A-Z][a-z]+)")
_SENTENCE_HEAD_ZIPF = 3.0


def sentence_split(core: str, data: LanguageData, language: str) -> tuple[str, str] | None:
    """A known word glued to a word that opens sentences and seldom an identifier's second
    part ("dealThe", "agreementHe": sentence_glue_starters; not "loggedIn", "shareThis")."""
    match = _SENTENCE_GLUE.fullmatch(core)
    if not match:  # the whole token is no word: see name_split
        return None
    head, tail = match.groups()
    if tail.lower() not in word_set(data, "sentence_glue_starters"):
        return None
    if head in data.function_words or zipf(head, language) < _SENTENCE_HEAD_ZIPF:
        return None
    return head, tail


# A common lower-case word glued to a name ("photoPeskov"): the word this long and well known,
# the name no common word (identifiers end in common words: "toString", "innerText") unless
# the gazetteer knows it ("meetingPutin").
_WORD_BEFORE_NAME = (4, 3.5)
_NAME_AFTER_WORD_MOST = 4.5


def word_name_split(core: str, data: LanguageData, language: str) -> tuple[str, str] | None:
    """A common lower-case word glued to a name after it ("Archive photoPeskov said"): a
    caption or a credit run into the text; the name must stand alone elsewhere (see
    name_in_context). Only where MT102 judges camel case (case_glue_titles false: English;
    elsewhere MT113 reads every case boundary)."""
    if table(data, "case_glue_titles", True) or not core.isalpha() or not core[0].islower():
        return None
    capitals = [index for index, char in enumerate(core) if char.isupper()]
    least_length, least_zipf = _WORD_BEFORE_NAME
    if len(capitals) != 1 or capitals[0] < least_length or len(core) - capitals[0] < 3:
        return None
    head, tail = core[: capitals[0]], core[capitals[0] :]
    if head in data.function_words or zipf(head, language) < least_zipf:
        return None
    if zipf(tail, language) >= _NAME_AFTER_WORD_MOST and tail.lower() not in _tables(data)[0]:
        return None
    return head, tail


def name_pair_in_context(head: str, tail: str, words: frozenset[str], role: bool = False) -> bool:
    """Whether the surname stands alone elsewhere in the document, only ever capitalised
    ("… Lavrov said"), or a person's role or a given name stands right before the token ("the
    journalist DenizYücel", "Pedro ArmentiaLopez"); and neither part is written in lower case
    anywhere ("QuerySet … set", "HttpClient … client" are identifiers)."""
    return (role or tail in words) and tail.lower() not in words and head.lower() not in words


def name_word_in_context(head: str, tail: str, words: frozenset[str], name_before: bool) -> bool:
    """Whether a name + common word split is supported: the name goes on from a capitalised
    word before it ("Alberto FernandezCongress"), the word stands alone elsewhere, only ever
    capitalised ("… Congress reject"), and neither part is written in lower case anywhere."""
    return name_before and tail in words and tail.lower() not in words and head.lower() not in words


# The word right before a token (letters only), on the same line.
_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def word_before(text: str, start: int) -> str:
    """The word right before ``start`` on the same line, or ""."""
    before = _BEFORE.search(text, max(0, start - 40), start)
    return before.group(1) if before else ""


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def bare_after_preposition(text: str, start: int, data: LanguageData) -> bool:
    """Whether a preposition without an article comes right before ``start`` ("on
    AlphaServer", "in PowerPoint"): a product or brand goes bare, while two common words
    that make a name take an article ("the Foreign Ministry", "the Iron Dome"); MT102, MT116."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not before:
        return False
    word = before.group(1)
    return (
        word.islower()
        and word in data.word_set("glue_words_before_noun")
        and word not in data.word_set("determiners")
    )


def given_name(word: str) -> bool:
    """Whether ``word`` is a capitalised given name (resources/gazetteer/first_names.txt): a
    full name's two surnames glued after it ("Pedro ArmentiaLopez")."""
    from mtlint.checks.lowernames import first_names

    return word[:1].isupper() and word.lower() in first_names()


def person_role(word: str, data: LanguageData) -> bool:
    """Whether ``word`` names a person's role or title before a full name ("journalist",
    "minister": person_titles and person_roles)."""
    lower = word.lower()
    return lower in _titles(data) or lower in word_set(data, "person_roles")


def name_split(
    core: str, data: LanguageData, language: str
) -> tuple[str, str, str, bool, float] | None:
    """MT102's split of a camel-cased name (token, head, tail, safe, confidence): a particle
    glued to a name ("delSur"), a place or title glued to a name ("RussiaVladimir"), two names
    ("SergeyLavrov"), a word glued to the next sentence ("dealThe"); the second and third
    only where ``in_context`` agrees. Screened by shape first: most mixed-case chunks are
    brands ("iPhone", "McDonald") that no part matches."""
    hyphenated = _hyphenated_given_name(core, language) if "-" in core[1:] else None
    if hyphenated:
        return hyphenated
    if not (_SHAPES.fullmatch(core) or capital_pair(core)) or zipf(core, language):
        return None
    kinds = (
        (particle_split, _PARTICLE_CONFIDENCE),
        (place_name_split, _PLACE_NAME_CONFIDENCE),
        (name_pair_split, NAME_PAIR),
        (name_word_split, NAME_WORD),
        (sentence_split, SENTENCE_GLUE),
        (word_name_split, WORD_NAME),
    )
    for split, confidence in kinds:
        parts = split(core, data, language)
        if parts:
            return core, parts[0], parts[1], False, confidence
    return None


def _hyphenated_given_name(core: str, language: str) -> tuple[str, str, str, bool, float] | None:
    """A hyphenated given name glued to the surname ("Jean-PierreDupont", "Anna-MariaKowalska"):
    every part before the surname a given name (first_names.txt), the surname no common word."""
    lead, _, last = core.rpartition("-")
    pair = capital_pair(last)
    if not pair or not lead[:1].isupper():
        return None
    head = f"{lead}-{pair[0]}"
    if not hyphenated_given_name(head) or zipf(pair[1], language) >= _SURNAME_MOST:
        return None
    return core, head, pair[1], False, NAME_PAIR


def hyphenated_given_name(word: str) -> bool:
    """Whether every part of a hyphenated word is a given name ("Jean-Pierre")."""
    parts = word.split("-")
    return len(parts) > 1 and all(given_name(part) for part in parts)


# Any of the shapes above (one test before the four).
_SHAPES = re.compile(r"[a-z]{2,}[A-Z][a-z]+|[A-Z][a-z]{3,}[A-Z][a-z]{2,}")


# A name particle glued to a name; a place glued to a name; two names glued (the value also
# marks the kind: the last two are checked in context).
_PARTICLE_CONFIDENCE = 0.7
_PLACE_NAME_CONFIDENCE = 0.65
NAME_PAIR = 0.62
NAME_WORD = 0.57
SENTENCE_GLUE = 0.58
WORD_NAME = 0.56
# An English function word glued to a name in another language's text (a byline or a credit
# left in English: "Written byHans Furuseth"): only where the name goes on after it and an
# English word stands before ("La collezione byMarina Rinaldi" is a brand).
ENGLISH_HEAD = 0.66
_ENGLISH_BEFORE_ZIPF = 3.0


def _english_word(word: str, language: str) -> bool:
    """Whether a word, or the last camel-cased part of it ("FurusethReviewed": a name run
    into the next byline), is English and not the language's own ("Written", "Reviewed")."""
    capitals = [i for i, char in enumerate(word) if char.isupper()]
    word = word[capitals[-1] :].lower() if capitals else word
    return zipf(word, "en") >= _ENGLISH_BEFORE_ZIPF and zipf(word, language) < _ENGLISH_BEFORE_ZIPF


IN_CONTEXT = (_PLACE_NAME_CONFIDENCE, NAME_PAIR, NAME_WORD, WORD_NAME)


def in_context(
    text: str,
    span: tuple[int, int],
    parts: tuple[str, str],
    confidence: float,
    words: frozenset[str],
    data: LanguageData,
) -> bool:
    """Whether the document supports a place + name, a name + name or a name + word split;
    other kinds need no context."""
    head, tail = parts
    start, end = span
    if confidence == _PLACE_NAME_CONFIDENCE:
        return place_name_in_context(text, end, tail, words)
    if confidence == NAME_PAIR:
        before = word_before(text, start)
        # After a given name both parts are names of four letters or more ("Jan MacroBot",
        # "Ana DataHub" are brands).
        given = min(len(head), len(tail)) >= 4 and given_name(before)
        role = person_role(before, data) or given or hyphenated_given_name(head)
        return name_pair_in_context(head, tail, words, role)
    if confidence == NAME_WORD:
        before = word_before(text, start)
        name_before = bool(before) and before[0].isupper() and before not in data.function_words
        return name_word_in_context(head, tail, words, name_before)
    if confidence == WORD_NAME:
        return tail in words and tail.lower() not in words and mid_sentence(text, tail)
    if confidence == ENGLISH_HEAD:
        after = _NEXT_WORD.match(text, end, end + 40)
        return bool(after and after.group(1)[0].isupper()) and _english_word(
            word_before(text, start), data.code
        )
    return True


def mid_sentence(text: str, name: str) -> bool:
    """Whether ``name`` stands capitalised after a lower-case word (or its comma) somewhere in
    the text: a name ("… said Peskov"), not a common word opening sentences ("Node types …")."""
    pattern = rf"([^\W\d_]),?[ \t]+{re.escape(name)}\b"
    return any(match.group(1).islower() for match in re.finditer(pattern, text))


@lru_cache(maxsize=16)
def _english_heads(data: LanguageData) -> frozenset[str]:
    """English function words a text in another language quotes glued to a name (a byline:
    "byHans"; camel_glue_english), none of them a word of the language itself."""
    if borrowing_language(data) != "en":
        return frozenset()
    return word_set(data, "camel_glue_english") - data.function_words


def english_head(
    core: str, data: LanguageData, language: str
) -> tuple[str, str, str, bool, float] | None:
    """An English function word glued to a capitalised word that is no common word of the
    language ("byHans", "forAfrica"), checked in context (ENGLISH_HEAD)."""
    cut = next((i for i, char in enumerate(core) if char.isupper()), 0)
    head, tail = core[:cut], core[cut:]
    if (
        head not in _english_heads(data)
        or len(tail) < 3
        or not (tail.isalpha() and tail[1:].islower())
    ):
        return None
    if zipf(core.lower(), language) or zipf(core.lower(), "en"):
        return None
    return core, head, tail, False, ENGLISH_HEAD
