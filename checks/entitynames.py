"""Entity case from the document and the sentence (issue 11, entity case), beyond the gazetteer's
one-word names (checks/entitycase.py):

- a phrase the document writes as a title-cased name elsewhere ("the Canton Fair" … "the canton
  fair"), and a gazetteer name that is also a common word ("china", "jordan") where the document
  writes it capitalised mid-sentence: MT303's document evidence;
- a title of office in lower case right before a capitalised name ("president Varga said"):
  MT323;
- an unknown lower-case word that an appositive calls a company ("zentravo, a freight
  company"): MT324.

The tables are resources/casing/names/<lang>.json.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import methodcaller

from mtlint.checks.casingdata import UPPER_CLASS, CasingData, casing_data
from mtlint.checks.casingextra import entity_case_data
from mtlint.checks.casingmid import mid_table
from mtlint.checks.casingscan import LayoutSkip, mid_capital_matches, previous_word
from mtlint.checks.casingtables import read_json, typed_table
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import CaseDrift
from mtlint.checks.langdata import load_language_data
from mtlint.checks.resourcefiles import optional_text, table_names
from mtlint.checks.textscan import (
    chunk_tables,
    find_words,
    find_words_upto,
    trie_pattern,
    unique_chunks,
    word_gate,
)
from mtlint.checks.wordlists import zipf


@dataclass(frozen=True)
class NameTable:
    """resources/casing/names/<lang>.json (its "_doc" says what each key holds); read by
    ``typed_table``: sets in lower case, tuples longest first."""

    office_titles: frozenset[str] = frozenset()
    title_words: frozenset[str] = frozenset()
    name_titles: tuple[str, ...] = ()  # "prime minister" before "minister"
    title_modifiers: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()
    appositive_articles: frozenset[str] = frozenset()
    generic_before: frozenset[str] = frozenset()
    ambiguous_places: frozenset[str] = frozenset()
    place_before: frozenset[str] = frozenset()
    place_verbs: frozenset[str] = frozenset()
    verb_endings: tuple[str, ...] = ()
    appositive_closers: frozenset[str] = frozenset()
    plural_endings: tuple[str, ...] = ()
    # Brands their owners write in lower case ("bunq", "ecobee"): no company name MT
    # lower-cased (MT324).
    lower_case_brands: frozenset[str] = frozenset()


@lru_cache(maxsize=32)
def name_table(code: str) -> NameTable | None:
    """The language's table, or None where there is none."""
    raw = read_json("names", code)
    return None if raw is None else typed_table(NameTable, raw)


@lru_cache(maxsize=8)
def name_languages(key: str) -> frozenset[str]:
    """The languages whose table has a non-empty ``key`` ("name_titles" …)."""
    codes = table_names("casing/names")
    return frozenset(code for code in codes if getattr(name_table(code), key, None))


# --- MT303: names the document itself writes capitalised -----------------------------------

# Lower-case uses allowed beyond the capitalised ones (a name MT lower-cased a few times).
_LOWER_SURPLUS = 1


@lru_cache(maxsize=8)
def dictionary_names(code: str) -> frozenset[str]:
    """Frequent words the cased dictionary does not prove to be common words only (names,
    demonyms, words it lacks): resources/casing/dictionary/<code>_names.txt; empty without one."""
    text = optional_text("casing/dictionary", f"{code}_names.txt")
    if text is None:
        return frozenset()
    return frozenset(line for line in text.split("\n") if line and line[:1] != "#")


def document_name_drift(
    document: Document, code: str, lower_words: set[str], capital_words: set[str]
) -> Iterator[CaseDrift]:
    """Phrases of two or three words that the document title-cases mid-sentence ("the Canton
    Fair") written elsewhere all in lower case ("the canton fair"), and gazetteer names that
    are also common words ("china") where the document capitalises them mid-sentence."""
    yield from _inflected_drift(document, code, lower_words, capital_words)
    table = name_table(code)
    if table is None:
        return
    yield from _phrase_drift(document, code, table, lower_words, capital_words)
    if table.ambiguous_places & lower_words:
        yield from _ambiguous_name_drift(document, code, table, lower_words, capital_words)


# Capitalised uses, standing alone mid-sentence, that make a word a name of the text.
_NAME_USES = 2


def _inflected_drift(
    document: Document, code: str, lower_words: set[str], capital_words: set[str]
) -> Iterator[CaseDrift]:
    """ "Навальный" mid-sentence … "навального": where names take case endings (ru, pl, cs,
    uk …), a lower-case case form of a word the text capitalises mid-sentence standing alone
    (no capital after it) at least twice, never writes in lower case itself, and capitalises
    at least as often as it writes the case form in lower case."""
    casing = casing_data(code)
    endings = casing.inflection_endings
    if not endings or casing.nouns_capitalised:
        return
    forms = _case_forms(code, lower_words, capital_words)
    if not forms:
        return
    text = document.text
    names = set().union(*forms.values())
    pattern = re.compile(
        f" (?=[{UPPER_CLASS}])({trie_pattern(names)})(?![\\w'’\\-])(?! [{UPPER_CLASS}])"
    )
    counts: dict[str, int] = {}
    for match in mid_capital_matches(document, pattern):
        counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    # A name the text keeps using: capitalised standing alone at least twice (a common noun
    # capitalised once, as a club's or a myth's name, "Start", "Мойры", proves nothing). A form
    # of several capitalised words ("навальному": "Навальный", "Навального") is read as a form
    # of the one the text capitalises most (ties: the first in alphabetical order), never of
    # whichever a set happened to yield first: that made the findings depend on the process's
    # string hashing (PYTHONHASHSEED), so a file drew them in one run and not in the next.
    wanted: dict[str, str] = {}
    for form, candidates in forms.items():
        name = max(sorted(candidates), key=lambda written: counts.get(written, 0))
        if counts.get(name, 0) >= _NAME_USES:
            wanted[form] = name
    for form, spans in sorted(find_words(text, wanted).items()):
        if len(spans) > counts[wanted[form]] + _LOWER_SURPLUS:
            continue
        written = casing.capitalise(form)
        for start, end in spans:
            yield CaseDrift(
                start,
                end,
                written,
                f"the text writes '{wanted[form]}' capitalised mid-sentence",
                0.65,
            )


def _case_forms(
    code: str, lower_words: set[str], capital_words: set[str]
) -> dict[str, frozenset[str]]:
    """Lower-case words of the text that are case forms of capitalised words of the text →
    those words; not of a function word, a title of office or an institution's head noun (a
    capital there is the MT's or the name's, not a name of its own)."""
    casing = casing_data(code)
    endings = casing.inflection_endings
    data = load_language_data(code)
    small = data.function_words | data.stop_words | casing.sentence_starters
    table = mid_table(code)
    heads = tuple(
        word[: max(4, len(word) - 2)] for word in table.person_titles | table.institution_words
    )
    forms: dict[str, set[str]] = {}
    for written in capital_words:
        lower = casing.lower(written)
        if len(lower) < 4 or lower in lower_words or lower in small:
            continue
        # The word as it stands, or less its own ending ("навальный" → "навальн" + "ого"); an
        # adjective's ending only where the word is no frequent adjective of the language
        # ("Большой театр", "Teatr Wielki": the name's adjective, whose other forms are common).
        found = _forms_of(lower, _endings(casing, False), endings, lower_words)
        if found and zipf(lower, code) >= _COMMON_ADJECTIVE_ZIPF:
            found = _forms_of(lower, _endings(casing, True), endings, lower_words)
        if found and not lower.startswith(heads or ("\0",)):
            for form in found - {lower}:
                forms.setdefault(form, set()).add(written)
    return {form: frozenset(names) for form, names in forms.items()}


# Nominative adjective endings of surnames and names ("Навальный", "Zielony"), stripped before
# a case ending is tried.
_ADJECTIVE_ENDS = ("ый", "ий", "ой", "ій", "y", "ý", "i")
# From this Zipf frequency a capitalised word with an adjective's ending is a common adjective
# ("большой" 5.4, "wielki" 5.1, "biały" 4.7), no surname ("навальный" 4.0, "kaczyński" 4.5).
_COMMON_ADJECTIVE_ZIPF = 4.6


def _forms_of(
    lower: str, strip: tuple[str, ...], endings: tuple[str, ...], lower_words: set[str]
) -> set[str]:
    """The text's lower-case words that are ``lower`` less one of ``strip`` plus an ending."""
    stems = {lower} | {
        lower[: -len(ending)]
        for ending in strip
        if lower.endswith(ending) and len(lower) - len(ending) >= 3
    }
    return {stem + ending for stem in stems for ending in endings} & lower_words


@lru_cache(maxsize=64)
def _endings(casing: CasingData, frequent: bool) -> tuple[str, ...]:
    """The endings stripped from a capitalised word. A frequent word loses only a one-letter
    noun ending ("Duda" → "dud" + "y"): its longer endings are an adjective's as often as a
    noun's (Russian "-ой", Polish "-im"), and its adjective stem would make the common
    adjective's every form a name ("Большой" → "большое")."""
    adjective = casing.adjective_endings + _ADJECTIVE_ENDS
    if frequent:
        return tuple(e for e in casing.inflection_endings if len(e) == 1 and e not in adjective)
    return casing.inflection_endings + adjective


def _phrase_words(
    code: str, table: NameTable, lower_words: set[str], capital_words: set[str]
) -> dict[str, str]:
    """Capitalised word → lower case, for words the text writes both ways that may be part of a
    name: no function word, title of office or calendar word."""
    data = load_language_data(code)
    casing = casing_data(code)
    excluded = data.function_words | data.stop_words | casing.calendar_words | table.title_words
    return {
        written: lower
        for written in capital_words
        if (lower := written.lower()) in lower_words and lower not in excluded and len(lower) > 2
    }


def _phrase_drift(
    document: Document,
    code: str,
    table: NameTable,
    lower_words: set[str],
    capital_words: set[str],
) -> Iterator[CaseDrift]:
    words = _phrase_words(code, table, lower_words, capital_words)
    if len(words) < 2:
        return
    # A name's first word is its own ("Canton Fair", "Harbin Fair"): one the cased dictionary
    # does not prove common, or no word at all; the words after it may be any.
    names = dictionary_names(code)
    heads = [w for w, lower in words.items() if lower in names or zipf(lower, code) < _UNKNOWN_ZIPF]
    if not heads:
        return
    text = document.text
    alternatives = trie_pattern(words)
    phrase = f"((?:{trie_pattern(heads)})(?: (?:{alternatives})){{1,2}})"
    # Not followed by another capitalised word or "of" ("the Central Bank of Nigeria"): the
    # phrase is then part of a longer name, and its lower-case form a common noun phrase.
    tail = f"(?![\\w'’\\-])(?! of\\b)(?! [{UPPER_CLASS}])"
    after_word = re.compile(f" (?=[{UPPER_CLASS}]){phrase}{tail}")
    matches = list(mid_capital_matches(document, after_word))
    chunks = unique_chunks(document)
    if any("(" + word in chunks for word in words):  # "Export Fair (Canton Fair)"
        matches.extend(re.finditer(f"\\((?=[{UPPER_CLASS}]){phrase}\\)", text))
    if not matches:
        return
    # A phrase of common words only ("Central Bank", "Organizing Committee", "Poverty
    # Alleviation") is written either way by careful writers: the head word above excludes it.
    phrases = list(map(_FIRST_GROUP, matches))
    counts = _phrase_evidence(document, matches, phrases, set(phrases))
    # Each phrase costs a scan of the text: the best-attested few (a news text has one or two).
    best = sorted(counts, key=lambda written: (-counts[written], written))[:_MOST_PHRASES]
    lower_forms = {written.lower(): written for written in best}
    found = find_words_upto(
        text,
        {lower: counts[w] + _LOWER_SURPLUS + 1 for lower, w in lower_forms.items()},
        word_gate(document),
    )
    for lower, spans in sorted(found.items()):
        written = lower_forms[lower]
        if len(spans) > counts[written] + _LOWER_SURPLUS:
            continue  # the text's own spelling of a common phrase
        for start, end in spans:
            before = previous_word(text, start - 1).lower()
            if before in table.generic_before:
                continue  # "a central bank": a common noun phrase
            yield CaseDrift(
                start, end, written, f"the text writes '{written}' as a name elsewhere", 0.7
            )


# The phrases looked for in lower case per text (each costs a scan of the text).
_MOST_PHRASES = 3
_FIRST_GROUP = methodcaller("group", 1)


def _phrase_evidence(
    document: Document, matches: list, phrases: list[str], wanted: set[str]
) -> dict[str, int]:
    """How often each wanted phrase is capitalised in running text: after a lower-case word or
    in brackets, not in a headline."""
    text = document.text
    skip = LayoutSkip(document)
    counts: dict[str, int] = {}
    for match, written in zip(matches, phrases, strict=True):
        if written not in wanted or skip.headline(match.start()):
            continue
        if text[match.start()] == "(" or previous_word(text, match.start())[:1].islower():
            counts[written] = counts.get(written, 0) + 1
    return counts


def _ambiguous_name_drift(
    document: Document,
    code: str,
    table: NameTable,
    lower_words: set[str],
    capital_words: set[str],
) -> Iterator[CaseDrift]:
    """ "china" where the text writes "China" mid-sentence: the name, not the porcelain."""
    candidates = {
        name.capitalize(): name
        for name in table.ambiguous_places & lower_words
        if name.capitalize() in capital_words
    }
    if not candidates:
        return
    text = document.text
    skip = LayoutSkip(document)
    evidence = set()
    for written, spans in find_words(text, candidates).items():
        for start, _ in spans:
            before = text[start - 2 : start - 1]
            mid_sentence = text[start - 1 : start] == " " and (before.isalnum() or before == ",")
            if mid_sentence and not skip.headline(start):
                evidence.add(candidates[written])
                break
    if not evidence:
        return
    position = _place_position(code, table)
    for lower, spans in sorted(find_words(text, evidence).items()):
        for start, end in spans:
            if not position(text, start, end):
                continue  # "the china", "bone china", "lima beans": the common noun
            yield CaseDrift(
                start,
                end,
                lower.capitalize(),
                f"the text writes '{lower.capitalize()}' capitalised mid-sentence",
                0.7,
            )


def _place_position(code: str, table: NameTable) -> Callable[[str, int, int], bool]:
    """Whether a lower-case ambiguous name stands where a place's name stands: a verb after it
    ("lockdown china has"), a preposition before it and no lower-case noun after it ("to
    china."), or no word before it ("in 2022 china re-opened"); not a determiner, a modifier
    or "of" before it ("the china", "fine bone china", "a bottle of cologne") nor a noun after
    it ("had lima beans")."""
    data = load_language_data(code)
    entity = entity_case_data(code)
    determiners = data.word_set("determiners")
    verbs = (
        table.place_verbs
        | data.word_set("name_followers")
        | data.word_set("past_forms")
        | entity.reporting_verbs
        | entity.present_verbs
    )
    small = data.function_words | data.stop_words
    verb_endings = table.verb_endings or ("\0",)

    def position(text: str, start: int, end: int) -> bool:
        before = previous_word(text, start - 1).lower()
        if before in determiners:
            return False
        following = _FOLLOWING.match(text, end)
        after = (following.group(1) or following.group(2)) if following else ""
        if after in ("'s", "’s") or after.lower() in verbs or after.endswith(verb_endings):
            return True
        if not before.isalpha():
            return True  # a number, a mark or nothing before it: a subject or a heading
        noun_after = after[:1].islower() and after not in small
        return before in table.place_before and not noun_after

    return position


# The word after a span ("'s" for a possessive), across one space.
_FOLLOWING = re.compile(r"(['’]s)\b| ([^\W\d_][\w'’\-]*)")


# --- MT323: a title of office in lower case before a name -----------------------------------


@dataclass(frozen=True)
class LowerTitle:
    start: int
    end: int
    written: str
    confidence: float


def lower_titles(document: Document, code: str) -> Iterator[LowerTitle]:
    """ "president Varga", "prime minister Okafor": a title of office in lower case right
    before a capitalised name that is no common word, after a comma or a function word (not a
    determiner, a modifier such as "former", a noun or a capitalised word)."""
    table = name_table(code)
    if table is None or not table.name_titles:
        return
    chunks = unique_chunks(document)
    # Only titles whose words the text holds as chunks of their own; each is then found with
    # a literal-prefix regex (C speed) right before a capital.
    present = [t for t in table.name_titles if all(w in chunks for w in t.split(" "))]
    if not present:
        return
    text = document.text
    data = load_language_data(code)
    casing = casing_data(code)
    plain = data.function_words | data.stop_words | casing.calendar_words | data.sentence_starters
    covered: set[int] = set()
    styled: set[str] | None = None
    for title in present:  # longest first: "prime minister" before "minister"
        for match in _title_pattern(title).finditer(text):
            start, end = match.start(), match.start() + len(title)
            if start in covered or (start and text[start - 1].isalnum()):
                continue
            covered.update(range(start, end))
            name = _NAME.match(text, end + 1)
            if name is None or name.group(1).lower() in plain:
                continue
            if _plural_group(name.group(1), code, table, data.gazetteer):
                continue  # "for governor Republicans hold": a party or people, no name
            if text[start - 1 : start] in ("-", "'", "’"):
                continue  # "then-president", "o'president"
            if _modified(text, start, table, data.function_words):
                continue
            written = " ".join(word.capitalize() for word in title.split(" "))
            if styled is None:
                styled = _titles_before_names(text, table.name_titles, chunks)
            yield LowerTitle(start, end, written, 0.7 if written in styled else 0.6)


def _plural_group(word: str, code: str, table: NameTable, gazetteer: frozenset[str]) -> bool:
    """ "Republicans", "Americans": the plural of a common word (no name of the cased
    dictionary) or of a demonym of the gazetteer, a group of people rather than a person."""
    for ending in table.plural_endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            lower = word.lower()
            if word[: -len(ending)] in gazetteer:
                return True
            return lower not in dictionary_names(code) and zipf(lower, code) >= _COMMON_ZIPF
    return False


# From this Zipf frequency a word is a common word of the language (wordfreq).
_COMMON_ZIPF = 3.0


@lru_cache(maxsize=128)
def _title_pattern(title: str) -> re.Pattern[str]:
    return re.compile(re.escape(title) + f" (?=[{UPPER_CLASS}])")


# A capitalised word, not in capitals only, that goes on as a word (not "Ltd." or "U.S").
_NAME = re.compile(f"([{UPPER_CLASS}][^\\W\\d_A-Z]+)(?![\\w.'’\\-])")


def _modified(text: str, start: int, table: NameTable, small: frozenset[str]) -> bool:
    """Anything before the title but a comma or a function word of the language ("as well as
    prime minister X", ", president X"): a determiner, a modifier ("former", "acting"), a noun
    ("environment minister"), a capitalised word ("Romanian", "US"), a possessive ("country's")
    make its lower case house style."""
    before = previous_word(text, start - 1) if text[start - 1 : start] == " " else ""
    if not before:
        return text[start - 2 : start].strip() not in (",", ";", "(")  # a sentence start
    return before.lower() in table.title_modifiers or before not in small


def _titles_before_names(text: str, titles: Iterable[str], chunks: frozenset[str]) -> set[str]:
    """The titles the text writes capitalised before a capitalised word ("President Varga")."""
    forms = {" ".join(word.capitalize() for word in title.split(" ")) for title in titles}
    forms = {form for form in forms if all(w in chunks for w in form.split(" "))}
    styled = set()
    for written, spans in find_words(text, forms).items():
        if any(_NAME.match(text, end + 1) for _, end in spans if text[end : end + 1] == " "):
            styled.add(written)
    return styled


# --- MT324: a company's name in lower case before an appositive -----------------------------


@dataclass(frozen=True)
class LowerCompany:
    start: int
    end: int
    word: str
    noun: str


def lower_companies(document: Document, code: str) -> Iterator[LowerCompany]:
    """ "zentravo, a freight logistics company": a lower-case word that the language's word
    list does not know, followed by a comma and an appositive that says it is a company."""
    table = name_table(code)
    if table is None or not table.organisation_nouns:
        return
    # Candidates from the distinct chunks: "word," with an unknown lower-case word (classified
    # once per process).
    chunks = unique_chunks(document)
    fresh, (unknown,), seen = chunk_tables(("company-names", code), chunks, 1)
    for chunk in filter(_ENDS_WITH_COMMA, fresh):
        word = chunk[:-1]
        if (
            len(word) >= _MIN_LETTERS
            and word.islower()
            and word.replace("-", "").isalpha()
            and zipf(word, code) < _UNKNOWN_ZIPF
            and word not in table.lower_case_brands
        ):
            unknown[chunk] = word
    seen.update(fresh)
    candidates = set(filter(unknown.__contains__, chunks))
    if not candidates:
        return
    # One scan for ", a" / ", an" / ", the" (a literal prefix: C speed); the chunk before the
    # comma must be a candidate, and an organisation noun must close the appositive.
    text = document.text
    appositive = _appositive_pattern(code)
    longest = max(map(len, candidates))
    for comma in map(_START, _APPOSITIVE_OPENING.finditer(text)):
        # The chunk before the comma: only as long as the longest candidate.
        lo = max(0, comma - longest)
        chunk = text[lo : comma + 1].rsplit(None, 1)[-1]
        start = comma + 1 - len(chunk)
        if chunk in candidates and (start == 0 or text[start - 1].isspace()):
            match = appositive.match(text, comma + 1)
            if match is not None:
                yield LowerCompany(start, comma, chunk[:-1], match.group(1))


_START = re.Match.start
_APPOSITIVE_OPENING = re.compile(r",[ \t]+(?:an?|the)[ \t]")
_ENDS_WITH_COMMA = methodcaller("endswith", ",")
_MIN_LETTERS = 4
# Below this Zipf frequency a word is no common word of the language (wordfreq's list).
_UNKNOWN_ZIPF = 1.5


@lru_cache(maxsize=16)
def _appositive_pattern(code: str) -> re.Pattern[str]:
    """After the comma: an article, up to three modifiers (no function word: "a drug the
    company developed" is a clause, not a noun phrase) and an organisation noun that closes
    the noun phrase (a mark, a function word or a closer such as "based" after it)."""
    table = name_table(code)
    data = load_language_data(code)
    articles = "|".join(sorted(map(re.escape, table.appositive_articles if table else ())))
    nouns = trie_pattern(table.organisation_nouns if table else ())
    small = data.function_words | data.stop_words
    modifier = f"(?!(?:{trie_pattern(small)})\\b)[\\w\\-]+[ \\t]+"
    closers = trie_pattern(small | (table.appositive_closers if table else frozenset()))
    close = f"(?=[ \\t]*(?:[,.;:)!?\\n]|$)|[ \\t]+(?:{closers})\\b)"
    return re.compile(f"[ \\t]+(?:{articles})[ \\t]+(?:{modifier}){{0,3}}?({nouns})\\b{close}")
