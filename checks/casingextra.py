"""The entity-case tables (resources/casing/entity/<code>.json) of the casing rules MT304 and
MT306–MT309: reporting verbs and subject pronouns that follow a quotation, heads of institution
names, noun endings and the words that stand before a noun (German), and the calendar words a
language writes in lower case (French "lundi", Spanish "enero"), and the gazetteer names that
are also a generic noun phrase after a determiner ("a world cup"; MT303).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.casingscan import next_word, previous_word
from mtlint.checks.casingtables import read_json, typed_table
from mtlint.checks.langdata import load_language_data
from mtlint.checks.model import Applicability, Edit, Fix
from mtlint.checks.resourcefiles import table_names
from mtlint.checks.segment import Paragraph


@dataclass(frozen=True, eq=False)
class EntityCaseData:
    code: str
    # Verbs of saying (and "according") that go on after a quotation: ", said the minister".
    reporting_verbs: frozenset[str] = frozenset()
    # Subject pronouns that open the reporting clause after a quotation: ", he added".
    subject_pronouns: frozenset[str] = frozenset()
    # Reporting words that, capitalised, also open a title or a label ("A fost sau n-a fost?",
    # "Podle kategorie"): MT306 takes them only before a participle of saying ("A spus").
    weak_reporting_words: frozenset[str] = frozenset()
    saying_participles: frozenset[str] = frozenset()
    # Reporting words that, capitalised after a one- or two-word label in quotes, open a page
    # label ("„Acasă”, Potrivit categoriei"): taken only after a quotation of three words or
    # more (Romanian "potrivit", "conform": "„…”, Potrivit ministrului").
    quotation_words: frozenset[str] = frozenset()
    # The pronouns count only before a verb of saying ("„…”, El a spus"), never alone: a
    # pronoun after a title in quotes opens the next item ("„Trei surori”, El și ea").
    pronouns_before_verbs_only: bool = False
    # Head nouns of institution names ("party", "council"): "Democratic Party" beside
    # "democratic party" in one text is a name MT lower-cased.
    institution_heads: frozenset[str] = frozenset()
    # Endings only nouns have (German "-ung", "-heit"), longest first.
    noun_suffixes: tuple[str, ...] = ()
    # Words a noun follows directly (German articles, "zur", "im").
    articles_before_nouns: frozenset[str] = frozenset()
    # Articles and the institution nouns after them that no title starts with: "…, The
    # Ministry of Sport" (but "The Hague", "The Times").
    articles_before_heads: frozenset[str] = frozenset()
    untitled_heads: frozenset[str] = frozenset()
    # Institution nouns a name opens, and the word that joins them to the rest ("Ministry of
    # Foreign Affairs", "Bank of England"; MT308's second shape), with the small words a name
    # of that shape holds inside ("Ministry of Health and Medical Education").
    heads_before_joiner: frozenset[str] = frozenset()
    name_joiners: frozenset[str] = frozenset()
    small_words_inside_names: frozenset[str] = frozenset()
    # Verbs of news in the third person ("speaks", "warns"): capitalised after a name, not
    # part of it.
    present_verbs: frozenset[str] = frozenset()
    # Month and weekday names (and their abbreviations) the language writes in lower case.
    lower_case_calendar: frozenset[str] = frozenset()
    # Gazetteer names that are also a generic noun phrase ("a world cup", "each grand prix"),
    # and the determiners that make them one.
    generic_names: frozenset[str] = frozenset()
    # Gazetteer names that are also a generic phrase anywhere ("the town's spring festival"):
    # taken only where the text writes them capitalised too.
    evidence_names: frozenset[str] = frozenset()
    # Month names that are also common words ("may", "march"), a lower-case one taken only in a
    # date's position ("on may 8", "8 may 2021", "in may 2020", "mid-may"); the words before a
    # month that make the position (checks/casingdates.py).
    date_months: frozenset[str] = frozenset()
    date_prepositions: frozenset[str] = frozenset()
    day_prepositions: frozenset[str] = frozenset()
    # Names with an apostrophe, each word capitalised ("new year's" for "New Year's"); either
    # apostrophe is matched.
    apostrophe_names: frozenset[str] = frozenset()
    generic_determiners: frozenset[str] = frozenset()
    # Words that join two institution phrases in lower case into a list of kinds of body
    # ("the district council or the district committee": MT308 takes neither; h27prec).
    generic_coordinators: frozenset[str] = frozenset()
    # Nouns after such a name that make it a modifier of a common noun ("the grand prix season").
    generic_followers: frozenset[str] = frozenset()
    # The language's press keeps the owners' inner capitals of brands ("TikTok", "YouTube"):
    # a flattened "Tiktok" is wrong without evidence from the document (MT333). German and
    # Russian papers write "Youtube" as house style.
    owner_spellings: bool = False
    # The gazetteer's acronyms read letter by letter (BBC, UN) are always written in capitals
    # ("Bbc" is wrong without the document's evidence: MT307).
    initialisms_in_capitals: bool = False


@lru_cache(maxsize=64)
def entity_case_data(code: str) -> EntityCaseData:
    """The table of a language (``load_language_data``'s code); empty where there is none."""
    base = load_language_data(code).code
    return typed_table(EntityCaseData, read_json("entity", base) or {}, code=base)


# A paragraph of at most this many words is a label (a catalogue's "janv.", "lundi 3"), no
# sentence.
_LABEL_WORDS = 3


def calendar_label(text: str, paragraph: Paragraph, word: str, code: str) -> bool:
    """The paragraph is a short label that opens with a month or weekday
    name (or its abbreviation) that the language writes in lower case: "janv.", "lundi"."""
    calendar = entity_case_data(code).lower_case_calendar
    return (
        bool(calendar)
        and word.lower() in calendar
        and len(text[paragraph.start : paragraph.end].split(None, _LABEL_WORDS)) <= _LABEL_WORDS
    )


@lru_cache(maxsize=8)
def entity_case_languages(*keys: str) -> frozenset[str]:
    """The languages with an entity-case table; with ``keys``, those whose table fills one of
    them (a rule is declared for the languages whose data it reads: MT306 the reporting verbs
    or pronouns, MT308 the institution heads)."""
    return frozenset(
        code
        for code in table_names("casing/entity")
        if not keys or any(getattr(entity_case_data(code), key) for key in keys)
    )


# Closing quotes before the comma of a reporting clause (MT306 reports the capital after them).
CLOSING_QUOTES = "”\"»’'“«"


_OPENING_QUOTES = "„“«\"‚'"
# How far back a quotation's opening mark is looked for: a longer quotation counts as long.
_QUOTATION_REACH = 300


def quoted_words(text: str, comma: int) -> int:
    """The words of the quotation that closes before the comma at ``comma`` (many when its
    opening mark is out of reach)."""
    close = comma - 1 if text[comma - 1 : comma] in CLOSING_QUOTES else comma
    window = text[max(0, close - _QUOTATION_REACH) : close]
    opening = max(window.rfind(mark) for mark in _OPENING_QUOTES)
    if opening < 0:
        return _QUOTATION_REACH
    return len(window[opening + 1 :].split())


def reports_quotation(text: str, comma: int, lower: str, code: str) -> bool:
    """A closing quote stands before the comma at ``comma`` and ``lower`` opens a reporting
    clause ("”, he added"): MT306's case, which MT305 leaves to it."""
    if text[comma - 1 : comma] not in CLOSING_QUOTES or comma == 0:
        return False
    table = entity_case_data(code)
    return lower in table.reporting_verbs or lower in table.subject_pronouns


def generic_use(key: str, text: str, start: int, end: int, code: str) -> bool:
    """A gazetteer name that is also a common noun phrase, after a word that makes it one
    ("each grand prix weekend", "unlike a world cup") or before a noun it qualifies ("the grand
    prix season"): no name."""
    table = entity_case_data(code)
    if key not in table.generic_names:
        return False
    before = previous_word(text, start - 1).lower()
    return before in table.generic_determiners or next_word(text, end) in table.generic_followers


def longest_first(item: tuple[str, object]) -> tuple[int, str]:
    """Sort key of (name, …) pairs: longer names first, then alphabetical."""
    return -len(item[0]), item[0]


def article_before_institution(lower: str, following: str, code: str) -> bool:
    """ "the" before a capitalised institution noun that no title starts with ("The Ministry",
    "The Government"): the article's capital is the mistake."""
    table = entity_case_data(code)
    return lower in table.articles_before_heads and following.lower() in table.untitled_heads


def lower_fix(start: int, word: str, lower: str) -> Fix:
    """A fix that writes ``word`` at ``start`` as ``lower`` (MT306, MT310)."""
    return Fix(
        (Edit(start, start + len(word), lower),), Applicability.UNSAFE, f"lower-case '{word}'"
    )
