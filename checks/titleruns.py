"""Capitals MT301 (lost sentence break) must not take for a new sentence, in languages whose
titles are not title-cased: a title that goes on in capitals, a polite pronoun, a letter used
as a label. Each is judged from the text itself (MT301 in checks/rules/casing_breaks.py and MT302
in casing_function_words.py call :func:`no_break`).

- A capitalised run after a preposition (the table's link_lead_words): the opener and the two
  words after it are capitalised, or the next word is and a short linking word leads to a third
  capital ("de Nuestra Belleza Latina", "av Den Norske Nobelkomite", "pentru Anul European al
  Oamenilor"), or, where no sentence ends with a preposition (prepositions_never_final), the
  next word is lower case ("sur Le sublime du comédien", "sobre La poesía hispano-americana"):
  the preposition's object is the title; not after a preposition that is an adverb too and
  ends sentences ("votato contro", "голосовали против": final_prepositions). A two-word name
  after a preposition ("В Сиэтле") still counts, and so does a run after any other word
  ("rockmusiker Men Anne Linnet", "powszechnych Dzięki Nari Ultimate"): there it may open one.
- A courtesy capital: a polite pronoun of the language table (Swedish "Du", "Din") that the
  text capitalises mid-sentence more than once; one lost full stop may happen, a habit is style.
  Once is enough after a word no sentence ends with ("og Deres udsendte").
- A letter label: a one-letter capital that is also a word of the language ("Крива В", "Ak A
  predchádza") where the same text uses a lone capital that is no word of the language as a
  label mid-sentence ("криві А, Б та В", "predchádza B v"): there the letters name things. A
  one-letter name: the word after it follows names but no preposition or conjunction
  (after_letter_name: "уезд У был", "Ван И заявил") and a name or a place noun stands before
  it (letter_name_heads); never a pronoun ("поздно Я купил": letter_pronouns).
- In every language (German too), the table's data on titles and forms of address: a capital
  right after a word that introduces a work's title ("les albums Un homme", "unter dem Titel
  Die Straße": title_nouns); an honorific pronoun before its title ("прелат Его
  Святейшества", "recibió a Su Majestad": honorifics); and, where names open with a
  capitalised article before an adjective, that article after a word no sentence ends with
  ("for Den jyske Opera", "at Den norske kirke": name_articles).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from mtlint.checks.casingdata import UPPER_CLASS, CasingData, casing_data
from mtlint.checks.casingscan import capitalised, previous_word

_WORDS = re.compile(r" +([^\W_][\w'’\-]*)")
# A lone capital after a word or a comma, before a space or punctuation: "predchádza B v".
_LONE_CAPITAL = re.compile(f"(?<=[\\w,] )([{UPPER_CLASS}])(?=[ ,.;:)])")
_LINK = 3  # letters of a linking word inside a name ("al", "de", "van")
_NEXT_WORD = re.compile(r" +([^\W\d_]+)")


def _words_after(text: str, end: int, count: int) -> list[str]:
    words: list[str] = []
    while len(words) < count:
        match = _WORDS.match(text, end, end + 60)
        if not match:
            break
        words.append(match.group(1))
        end = match.end()
    return words


def capital_run(text: str, end: int) -> bool:
    """The next word is capitalised and a third capital follows it, directly or after one
    short lower-case linking word."""
    after = _words_after(text, end, 3)
    if len(after) < 2 or not capitalised(after[0]):
        return False
    if capitalised(after[1]):
        return True
    linked = len(after) == 3 and after[1].islower() and len(after[1]) <= _LINK
    return linked and capitalised(after[2])


def letter_label(text: str, word: str, table: CasingData) -> bool:
    """A one-letter word in a text whose lone capitals name things (a lone capital that is
    no one-letter word of the language stands mid-sentence)."""
    if len(word) != 1:
        return False
    return _script(word) in _label_scripts(text, table)


# The last text's answer (``_label_scripts``): MT301 and MT302 ask for each one-letter capital,
# and the scan of the whole text per ask made Russian MT quadratic (a text whose lone capitals
# are all its own one-letter words, "В", "С", "И", is read to its end each time: 3 MB took
# 16 s). One entry, holding the text and table themselves: an answer is reused only for them.
_last_labels: tuple[str, CasingData, frozenset[str]] | None = None


def _label_scripts(text: str, table: CasingData) -> frozenset[str]:
    """The scripts of the lone capitals of ``text`` that are no one-letter word of the
    language (``letter_label`` is True for a one-letter word of one of them)."""
    global _last_labels
    last = _last_labels
    if last is not None and last[0] is text and last[1] is table:
        return last[2]
    words = table.one_letter_words
    scripts = frozenset(
        _script(m.group(1))
        for m in _LONE_CAPITAL.finditer(text)
        if table.lower(m.group(1)) not in words
    )
    _last_labels = (text, table, scripts)
    return scripts


def _script(letter: str) -> str:
    """ "LATIN", "CYRILLIC": a Latin "S" labels nothing in a Russian sentence's "В"."""
    return unicodedata.name(letter, "").split(" ")[0]


@lru_cache(maxsize=64)
def _courtesy_pattern(code: str) -> re.Pattern[str] | None:
    table = casing_data(code)
    if not table.polite_pronouns:
        return None
    forms = "|".join(sorted(map(re.escape, map(table.capitalise, table.polite_pronouns))))
    return re.compile(f"(?<=\\w )(?:{forms})\\b")


def courtesy_capital(text: str, word: str, table: CasingData, previous: str = "") -> bool:
    """A polite pronoun the text capitalises mid-sentence at least twice, or once after a
    word no sentence ends with ("og Deres udsendte"), unless it is also a function word of
    the language (Danish "De" is "the" too: "og De nye regler" is a stray capital)."""
    lower = table.lower(word)
    if lower not in table.polite_pronouns:
        return False
    if previous in table.never_sentence_final and lower not in table.function_words:
        return True
    pattern = _courtesy_pattern(table.code)
    return pattern is not None and len(pattern.findall(text, 0)) >= 2


def addressed_or_titled(text: str, match: re.Match[str], table: CasingData) -> bool:
    """A work's title after the word that introduces it, an honorific pronoun before its
    title, or an article that opens a name after a word no sentence ends with."""
    previous = table.lower(previous_word(text, match.start()))
    if previous in table.title_nouns:
        return True
    word = table.lower(match.group(1))
    stems = table.honorifics.get(word)
    if not stems and word not in table.name_articles:
        return False
    following = _NEXT_WORD.match(text, match.end(), match.end() + 40)
    if following is None:
        return False
    after = following.group(1)
    if stems:
        return capitalised(after) and table.lower(after).startswith(stems)
    if not after.endswith(table.name_article_adjectives):
        return False
    # After a preposition, or written so mid-sentence more than once ("styre Den norske
    # kirke … tilhøre Den norske kirke"): one lost full stop may happen, a habit is a name.
    phrase = re.compile(f"(?<=\\w )({re.escape(match.group(1))} {re.escape(after)})\\b")
    return previous in table.name_article_after or len(phrase.findall(text)) >= 2


def no_break(text: str, match: re.Match[str], table: CasingData) -> bool:
    """True when the capital MT301 matched (group 1) is a title, a form of address, a
    courtesy capital or a label, not the opener of a new sentence (the last two only where
    titles are not title-cased and nouns not capitalised)."""
    if addressed_or_titled(text, match, table):
        return True
    if table.title_case or table.nouns_capitalised:
        return False
    word = match.group(1)
    previous = table.lower(previous_word(text, match.start()))
    if courtesy_capital(text, word, table, previous) or letter_label(text, word, table):
        return True
    if habitual_capital(text, match.start(1), word, table):
        return True
    if len(word) == 1 and _letter_name(text, match, table):
        return True
    if previous not in table.link_lead_words:
        return False
    # A preposition ends no sentence: its object is a title, a run of capitals or a title's
    # first word before lower-case words ("sur Le sublime du comédien", "sobre La poesía");
    # a relative word or conjunction there is a stray capital ("în Care", "til At").
    if capital_run(text, match.end()):
        return True
    return (
        table.prepositions_never_final
        and previous not in table.final_prepositions
        and table.lower(word) not in table.clause_openers
        and _lower_after(text, match.end())
    )


def habitual_capital(text: str, start: int, word: str, table: CasingData) -> bool:
    """A content word the text also capitalises elsewhere right after a lower-case word
    ("efter att Kommunen restaurerat … håller Kommunen på"): the text's own habit (an
    institution written as a name); one lost full stop may happen, the same one before the
    same word twice is a style. Never a function word, opener or relative, whose capital
    there is a stray one ("til At")."""
    lower = table.lower(word)
    if (
        len(word) < 4
        or lower in table.function_words
        or lower in table.sentence_starters
        or lower in table.clause_openers
    ):
        return False
    for found in re.finditer(rf"(?<=[^\W\d_] ){re.escape(word)}\b", text):
        if found.start() != start and previous_word(text, found.start() - 1).islower():
            return True
    return False


def _letter_name(text: str, match: re.Match[str], table: CasingData) -> bool:
    """A one-letter capital is a name: a word follows that follows names but no one-letter
    preposition or conjunction (the table's after_letter_name), and a name or a place noun
    stands before it ("Ван И заявил", "уезд У был"; letter_name_heads); never a pronoun
    ("поздно Я купил": letter_pronouns), nor a conjunction after a lower-case word ("до
    вечера И был дождь"), where a sentence begins."""
    if not table.after_letter_name or table.lower(match.group(1)) in table.letter_pronouns:
        return False
    before = previous_word(text, match.start())
    if not before[:1].isupper() and table.lower(before) not in table.letter_name_heads:
        return False
    end = match.end()
    following = _NEXT_WORD.match(text, end, end + 40)
    return following is not None and bool(
        _compiled(table.after_letter_name).fullmatch(following.group(1))
    )


@lru_cache(maxsize=16)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _lower_after(text: str, end: int) -> bool:
    following = _NEXT_WORD.match(text, end, end + 40)
    return following is not None and following.group(1).islower()
