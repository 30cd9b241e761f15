"""Helpers of MT301 (checks/rules/casing_breaks.py) and MT302
(checks/rules/casing_function_words.py): the languages both serve, whether a capitalised opener
or function word mid-sentence is part of a name or a title, the fixes that lower-case it, and a
capital after a number that may end a sentence ("in 2006 From the beginning")."""

from __future__ import annotations

import re
from functools import lru_cache

from mtlint.checks.casingdata import CasingData, casing_data, casing_file, casing_languages
from mtlint.checks.casingmid import mid_table
from mtlint.checks.casingscan import capitalised, next_word, previous_word, word_after_particles
from mtlint.checks.langdata import LanguageData
from mtlint.checks.model import Applicability, Edit, Fix
from mtlint.checks.openers import article_before_noun
from mtlint.checks.wordlists import proper_nouns

# The languages MT301/MT302 serve: those with a casing table.
CASING_LANGUAGES = frozenset({"en"}) | casing_languages()


def known_title(word: str, following: str, data: LanguageData) -> bool:
    """ "Die Zeit", "Der Spiegel": the capital and the next word form a known title or name."""
    pair = f"{word} {following}".lower()
    return pair in casing_data(data.code).titles or pair in proper_nouns(data)


def particle_name(text: str, end: int, word: str, table: CasingData) -> bool:
    """ "Van der Laan", "De la Serna": a name particle, more particles, then a capital."""
    if table.nouns_capitalised or table.lower(word) not in table.name_particles:
        return False  # in German a noun follows every article: only known titles count
    following = word_after_particles(text, end, table.name_particles)
    return capitalised(following) and not article_before_noun(word, following, table)


def name_like(word: str, following: str, table: CasingData) -> bool:
    """A capitalised next word makes the capital part of a name or title ("The Hague",
    "On Line Inc", "Le Monde"), unless it is a calendar word ("On Sunday", "In March"). Where
    titles are not title-cased only the language's name particles start names ("Los Angeles",
    not "В Сиэтле"); where every noun is capitalised (German) a capital next word proves
    nothing: only a known title ("Die Zeit") counts, which the caller checks."""
    if table.nouns_capitalised or not capitalised(following):
        return False
    if not table.title_case and table.lower(word) not in table.name_particles:
        return False
    if article_before_noun(word, following, table):
        return False
    return following.lower() not in table.calendar_words


def inside_name(word: str, previous: str, following: str, table: CasingData) -> bool:
    """ "Médicos Sin Fronteras": a capital between two capitals may be an inner word of a name,
    where the language capitalises those; "I wojny", "písmeno V a": a lone Roman numeral."""
    if len(word) == 1 and word in "IVXLCDM":
        # A preposition, not a numeral: "Edmontonu V TPCA", "budhizmus V roku" ("Karol V").
        preposition = table.lower(word) in table.one_letter_words
        plain = word == "V" and previous.islower() and following.islower()
        return not (preposition and len(following) > 1 and (following.isupper() or plain))
    return (
        table.capitalised_names_inside
        and not table.nouns_capitalised
        and capitalised(previous)
        and capitalised(following)
        and following.lower() not in table.calendar_words
    )


def lower_case_fixes(
    start: int, word_start: int, end: int, word: str, lower: str, table: CasingData
) -> list[Fix]:
    """Lower-case the word; for a relative pronoun or conjunction, first offer the comma that
    opens its clause."""
    fixes = [Fix((Edit(word_start, end, lower),), Applicability.UNSAFE, f"lower-case '{word}'")]
    if lower in table.clause_openers:
        kind = "a relative clause" if lower in table.relative_pronouns else "a clause"
        fixes.insert(
            0,
            Fix((Edit(start, end, f", {lower}"),), Applicability.UNSAFE, f"', {lower}' ({kind})"),
        )
    return fixes


# A count or a year: digits, with group or decimal marks inside.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def after_counted_number(text: str, space: int, previous: str, following: str) -> bool:
    """ "he worked there in 2006 From the beginning": a function word capitalised after a
    number that follows a lower-case word, before a lower-case word. A sentence may end with
    the number (the stop was lost) or the capital is a slip; either way no name or title
    stands there ("Chapter 5 From …" has a capital before the number, "iPhone 6 Plus" no
    lower-case word after)."""
    if not _NUMBER.fullmatch(previous) or not following[:1].islower():
        return False
    at = space - len(previous) - 1
    before = previous_word(text, at)
    if text[at : at + 1] != " " or not before.islower():
        return False
    # "l'iPhone 6 et 6 Plus a": numbers joined by a conjunction name models or editions.
    earlier = at - len(before) - 1
    return not (text[earlier : earlier + 1] == " " and previous_word(text, earlier)[:1].isdigit())


def courtesy_clitic(word: str, following: str, table: CasingData) -> bool:
    """ "La informiamo", "Le ricordiamo": the formal "you" of a letter, capitalised before a
    verb (the language's courtesy_clitics and courtesy_verb_endings), no article that opens a
    lost sentence ("strada La casa")."""
    mtable = mid_table(table.code)
    return (
        table.lower(word) in mtable.courtesy_clitics
        and following.islower()
        and following.endswith(mtable.courtesy_verb_endings)
    )


@lru_cache(maxsize=32)
def _articles(code: str) -> tuple[frozenset[str], dict[str, str]]:
    """The language's articles and, for an article whose form depends on the next sound
    (English "an"), the first letters it stands before (resources/casing/<lang>.json)."""
    own = casing_file(code)
    return frozenset(own.get("articles", ())), dict(own.get("article_next_letters", {}))


def no_article_here(word: str, text: str, end: int, following: str, table: CasingData) -> bool:
    """ "Nghe An rose", "Nghe An, Ha Tinh": an article before a mark, or one whose form does
    not fit the next word's first letter ("an" before a consonant), is no article opening a
    lost sentence but the last word of a name."""
    articles, next_letters = _articles(table.code)
    lower = table.lower(word)
    if lower not in articles:
        return False
    if text[end : end + 1] in (",", ";", ":", ".", ")"):
        return True
    letters = next_letters.get(lower)
    first = following[:1]
    return bool(letters and first.isalpha() and first.islower() and first not in letters)


def stop_before_lower(text: str, mark: int, start: int, word: str) -> tuple[int, str, list[Fix]]:
    """MT304 at a full stop: "the war of 1853-1856. stopped the advance", "the plan was
    approved. which will cost" — a full stop before a lower-case word is the slip as often as
    the lower case (a footnote's or a year's stop left inside the sentence; a clause the engine
    cut off with a stop where it goes on: the tuning pools label the stop, h29ends). The
    finding spans both; after a number the first fix removes the stop, after a word the
    first fix capitalises the word, the other is second."""
    end = start + len(word)
    capital = Edit(start, start + 1, word[0].upper())
    fixes = [
        Fix((Edit(mark, start, " "),), Applicability.UNSAFE, "remove the full stop"),
        Fix((capital,), Applicability.UNSAFE, f"capitalise '{word}'"),
    ]
    after_number = text[mark - 1 : mark].isdigit()
    if not after_number:
        # After a word, a sentence that lost its capital is the likelier reading ("too slow.
        # residents also complain"): capitalising comes first, removing the stop second.
        fixes.reverse()
    after = "after a number " if after_number else ""
    return end, f"A full stop {after}before a lower-case word: '{word}'", fixes


def after_stray_capital(text: str, space: int, previous: str, following: str) -> bool:
    """MT302 after a capitalised word: "the report Harbours As a shared worry", "told Lopez
    In a letter" — the word before (``previous``, ending at ``space``) is itself capitalised
    mid-sentence (a lower-case word of letters before it, or the end of a name or heading of
    capitalised words: "the Department of Medical Sciences To check whether", "Yang Police
    Station Along with another officer", h22breaks), and two lower-case words follow the
    function word: a title or a name goes on with a capital after its small word ("Lord Of
    the Rings", "Gone With the Wind", "Frankfurt Am Main")."""
    if not (previous[:1].isupper() and previous[1:].islower() and previous.isalpha()):
        return False
    start = space - len(previous)
    if text[start:space] != previous or text[start - 1 : start] != " ":
        return False
    before = previous_word(text, start - 1)
    if not (before.isalpha() and (before.islower() or before[1:].islower())):
        return False
    if not (following.isalpha() and following.islower()):
        return False
    end = text.find(following, space) + len(following)
    after = next_word(text, end)
    return after.isalpha() and after.islower()


@lru_cache(maxsize=64)
def casing_words(code: str, key: str) -> frozenset[str]:
    """A word list of the language's resources/casing/<code>.json (empty where it has none)."""
    return frozenset(casing_file(code).get(key, ()))


_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")


def run_in_year(text: str, start: int, previous: str, table: CasingData) -> int | None:
    """ "artificial silk and real silk 1948 The production": a year between a lower-case
    content word and a sentence opener, with no preposition, article or month before it, is a
    timeline entry or a dated heading run into the sentence before: the full stop is lost before
    the year, not after it ("in 1948 The" keeps the year in the sentence). The offset of the
    space before the year, or None."""
    if not _YEAR.fullmatch(previous):
        return None
    space = start - len(previous) - 1
    if text[space : space + 1] != " ":
        return None
    before = previous_word(text, space)
    lower = table.lower(before)
    if not (before.isalpha() and before.islower() and len(before) > 2):
        return None
    if lower in table.function_words or lower in table.calendar_words:
        return None
    if lower in table.never_sentence_final or lower in table.determiners:
        return None
    return None if lower in casing_words(table.code, "year_lead_words") else space


def lower_pair(text: str, end: int, following: str) -> bool:
    """Two lower-case words of letters follow ``end``: "Along with another officer", not
    "Across the Universe" (a title)."""
    if not (following.isalpha() and following.islower()):
        return False
    after = next_word(text, text.find(following, end) + len(following))
    return after.isalpha() and after.islower()


def article_written_lower(text: str, end: int, word: str, previous: str, table: CasingData) -> bool:
    """ "of the Republic of Indonesia The Rector hoped": an article capitalised before a
    capitalised noun that the document writes with the article in lower case elsewhere ("said
    the Rector"), after a word a sentence may end with and before a lower-case word, opens a
    sentence whose full stop was lost; a title keeps its capital article everywhere ("The
    Hague"). Only after a capitalised word (a name or heading ends the lost sentence).
    ``end``: the end of ``word`` (h22breaks)."""
    lower = table.lower(word)
    if lower not in _articles(table.code)[0] or not previous.isalpha():
        return False
    following = next_word(text, end)
    if not capitalised(following):
        return False
    if re.search(f" {lower} {re.escape(following)}(?!\\w)", text) is None:
        return False
    # A capitalised word before: a name or heading ends the lost sentence ("of Indonesia The
    # Rector"). After a lower-case word the article opens an object: a newspaper, band or ship
    # keeps "The" in one place and loses it in another ("read The Times … the Times reported",
    # "love The Beatles because the Beatles"; review of h22breaks).
    if not previous[:1].isupper():
        return False
    before = table.lower(previous)
    if before in table.function_words or before in table.never_sentence_final:
        return False
    after = next_word(text, text.find(following, end) + len(following))
    return after.isalpha() and after.islower()
