"""Names written by halves around their head noun, and styles of address after a lower-case
possessive (issue 11, entity case): "the planning and operation Department", "the memorial
Hall of Menglianggu", "the press Secretary of the President" (MT384); "fill your Majesty",
"met his Excellency" (MT385); a known name with a word before its head in lower case, "the
Chinese people's Liberation Army", "the world Food Programme" (MT387, the gazetteer). The words
are in resources/casing/headcase/<lang>.json."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingscan import LayoutSkip, next_word
from mtlint.checks.documents.base import Document
from mtlint.checks.entitycase import local_names
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import optional_json, table_names
from mtlint.checks.textscan import (
    chunk_text,
    find_word,
    find_words,
    find_words_upto,
    language_data,
    looks_technical,
    unique_chunks,
    word_gate,
)
from mtlint.checks.wordlists import zipf


@dataclass(frozen=True)
class HeadCase:
    heads: frozenset[str]
    office_heads: frozenset[str]
    office_modifiers: frozenset[str]
    quiet: frozenset[str]
    determiners: frozenset[str]
    joiners: frozenset[str]
    adverbs: frozenset[str]
    followers: frozenset[str]
    name_lower_words: frozenset[str]  # kept in lower case by the capitalising fix ("and", "of")
    description_articles: frozenset[str]  # "a world Food Programme of its own": a description
    head_chunks: dict[str, str]  # "Department," → "Department": a head as a text chunk
    honorific_screen: re.Pattern[str]  # an honorific in the document's distinct chunks
    honorific_pattern: re.Pattern[str]  # "your Majesty"


# The marks a head may carry as a whitespace chunk ("Department,", "Award”.").
_AFTER_HEAD = ("", ",", ".", ";", ":", ")", "”", '"', "'s", "’s", ".”", ",”", '".', '",')


@lru_cache(maxsize=8)
def head_case(code: str) -> HeadCase | None:
    raw = optional_json("casing/headcase", f"{code}.json")
    if raw is None:
        return None
    office_heads = frozenset(raw["office_heads"])
    heads = frozenset(raw["heads"]) | office_heads
    chunks = {
        head.capitalize() + after: head.capitalize() for head in heads for after in _AFTER_HEAD
    }
    honorifics = "|".join(map(re.escape, sorted(raw["honorifics"], key=len, reverse=True)))
    possessives = "|".join(map(re.escape, sorted(raw["possessives"])))
    # The screen reads each honorific's last word ("Highness" for "Royal Highness").
    last_words = {honorific.rsplit(" ", 1)[-1] for honorific in raw["honorifics"]}
    return HeadCase(
        heads=heads,
        office_heads=office_heads,
        office_modifiers=frozenset(raw["office_modifiers"]),
        quiet=frozenset(raw["quiet"]),
        determiners=frozenset(raw["determiners"]),
        joiners=frozenset(raw["joiners"]),
        adverbs=frozenset(raw["adverbs"]),
        followers=frozenset(raw["followers"]),
        name_lower_words=frozenset(raw["name_lower_words"]),
        description_articles=frozenset(raw["description_articles"]),
        head_chunks=chunks,
        honorific_screen=re.compile("|".join(map(re.escape, sorted(last_words)))),
        honorific_pattern=re.compile(f"\\b({possessives}) (?:{honorifics})\\b"),
    )


# A lower-case word of the run before a head, an opening quote allowed on its first word.
_LOWER_WORD = re.compile(r"[\"“‘]?[a-z][a-z'’\-]*")
_QUOTES = '"“‘'
_LONGEST_RUN = 4


def _run_before(text: str, head_start: int, determiners: frozenset[str]) -> tuple[int, list[str]]:
    """The lower-case words between a determiner and the head ("the planning and operation
    Department" → "planning and operation"), and where they start; no words when the head does
    not follow a determiner and one to four lower-case words."""
    if text[head_start - 1 : head_start] != " ":
        return -1, []
    tokens = text[max(0, head_start - _WINDOW) : head_start - 1].split(" ")
    words: list[str] = []
    for token in reversed(tokens[1:] if len(tokens) > _LONGEST_RUN + 1 else tokens):
        if token.lower() in determiners and words:
            start = head_start - sum(len(w) + 1 for w in words)
            return start + (words[0][:1] in _QUOTES), [w.lstrip(_QUOTES) for w in words]
        if len(words) == _LONGEST_RUN or not _LOWER_WORD.fullmatch(token):
            return -1, []
        if words and words[0][:1] in _QUOTES:
            return -1, []  # a quote opens the run, never inside it
        words.insert(0, token)
    return -1, []


# "of (the) Capital": the head names one body or office ("the memorial Hall of Menglianggu").
_OF_NAME = re.compile(r" of (?:the )?[A-Z]")
_WINDOW = 80


@dataclass(frozen=True)
class _HalfName:
    start: int  # the first lower-case word
    head_start: int
    end: int
    words: tuple[str, ...]
    head: str
    lowered_elsewhere: bool
    of_name: bool


def _run_words(words: list[str], head: str, table: HeadCase, small: frozenset[str]) -> bool:
    """The lower-case words may be the first half of the head's name."""
    if words[0] in table.adverbs:
        words = words[1:]
    if not words or words[0] in table.joiners or words[-1] in table.joiners:
        return False
    for word in words:
        if word in table.joiners:
            continue
        if word in table.quiet or word in small or len(word) < 3:
            return False
        if head.lower() in table.office_heads and word not in table.office_modifiers:
            return False  # "the embattled President": a style, not a compound title
    return True


def half_names(document: Document, code: str) -> Iterator[_HalfName]:
    """Capitalised heads after a determiner and lower-case words only."""
    table = head_case(code)
    if table is None:
        return
    present = {table.head_chunks[c] for c in table.head_chunks.keys() & unique_chunks(document)}
    if not present:
        return
    text = document.text
    casing = casing_data(code)
    small = casing.function_words | casing.determiners
    lowered: dict[str, bool] = {}
    for head, spans in find_words(text, present).items():
        for head_start, end in spans:
            start, words = _run_before(text, head_start, table.determiners)
            if not words or not _run_words(words, head, table, small):
                continue
            following = next_word(text, end)
            if text[end : end + 1] == "-" or following[:1].isupper():
                continue  # "the press Office Building", "Department-level": a longer name
            if following.lower() in table.followers:
                continue  # "the city Council members": the body named as a modifier
            if head not in lowered:
                lowered[head] = next(find_word(text, head.lower()), None) is not None
            yield _HalfName(
                start=start,
                head_start=head_start,
                end=end,
                words=tuple(words),
                head=head,
                lowered_elsewhere=lowered[head],
                of_name=_OF_NAME.match(text, end) is not None,
            )


@register
class CapitalHeadAfterLowerWords(Rule):
    code = "MT384"
    name = "capital-head-after-lower-words"
    summary = (
        "A name's head capitalised after its other words in lower case ('the press Secretary')."
    )
    languages = table_names("casing/headcase")
    doc = """
    What it finds: a capitalised head noun of a body, a building, an event, an award or an
    office (resources/casing/headcase/<lang>.json: heads, office_heads) right after a
    determiner and one to four lower-case words ("the planning and operation Department", "the
    memorial Hall of Menglianggu", "the most beautiful dumpling Award"); before an office title
    only the words that make a compound title with it count ("the press Secretary", "the vice
    President": office_modifiers). Bands: the text writes the head in lower case elsewhere, or
    the head is followed by "of" and a name ("the press Secretary of the President"): 0.6;
    otherwise doubtful (0.4).
    Why it matters: MT capitalises the one word of a name its glossary knows and leaves the
    rest as it came; the name is then written neither as a name nor as a description.
    Fix safety: unsafe: lower-case the head (the text's own style where it writes the head in
    lower case elsewhere), or capitalise the words before it (a name).
    Known false positives: status and time words ("the former President", "the then
    Minister", "the new Committee"), a body's level ("the city Council", "the federal
    Government"), an adjective before an office ("the embattled President") and a head used
    as a modifier ("the city Council members") are left alone (quiet, followers); a house style
    that capitalises a body's head always ("the trial Court") is not read (courts are not in
    the table) — a bare head without evidence stays below the bar.
    """
    examples = (
        Example(
            "Li Na of the budget and audit Department won, and the sales department came second.",
            "Li Na of the budget and audit department won, and the sales department came second.",
        ),
        Example(
            "He said so, said the press Secretary of the President on Monday.",
            "He said so, said the Press Secretary of the President on Monday.",
        ),
        Example(
            "They visited the memorial Hall of Lakeshore Campaign and the old site.",
            "They visited the Memorial Hall of Lakeshore Campaign and the old site.",
        ),
        good("The former President of Brazil met the then Minister of Finance on Monday."),
        good("The embattled President of the club met the city Council members and the press."),
        good("The Hague hosted the Ministry of Health and Welfare and the Trump administration."),
        good("He met the US state Department officials and the White House press Office staff."),
        good("THE PLANNING DEPARTMENT\n\nThe Planning Department met on Monday."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        table = head_case(code)
        if table is None:
            return
        text = document.text
        skip = LayoutSkip(document)
        for name in half_names(document, code):
            if looks_technical(text, name.start, name.end) or skip(name.start, name.end):
                continue
            yield self._finding(text, name, table.name_lower_words)

    def _finding(self, text: str, name: _HalfName, kept_lower: frozenset[str]) -> Finding:
        written = text[name.start : name.end]
        lower = Fix(
            (Edit(name.head_start, name.head_start + 1, name.head[0].lower()),),
            Applicability.UNSAFE,
            f"lower-case '{name.head}'",
        )
        capitalised = re.sub(
            r"\b([a-z])([\w'’-]*)",
            lambda m: m.group(0) if m.group(0) in kept_lower else m.group(0).capitalize(),
            text[name.start : name.head_start],
        )
        capital = Fix(
            (Edit(name.start, name.head_start, capitalised),),
            Applicability.UNSAFE,
            f"write '{capitalised}{name.head}'",
        )
        # The text's own style first: a head it writes in lower case elsewhere is lowered; a
        # head before "of" and a name names one body, capitalised whole.
        fixes = (
            [capital, lower] if name.of_name and not name.lowered_elsewhere else [lower, capital]
        )
        evidence = name.lowered_elsewhere or name.of_name
        return self.finding(
            name.start,
            name.end,
            f"'{written}' is capitalised by halves: the head is capitalised, the words before "
            "it are not",
            fixes=fixes,
            confidence=_EVIDENCE if evidence else _BARE,
        )


# Not yet measured on text outside the tuning pools: the evidence band at the bar's low end,
# a bare head in the doubtful tier.
_EVIDENCE = 0.6
_BARE = 0.4


@register
class HonorificAfterLowerPossessive(Rule):
    code = "MT385"
    name = "honorific-after-lower-possessive"
    summary = "A style of address after a possessive in lower case ('fill your Majesty')."
    languages = table_names("casing/headcase")
    doc = """
    What it finds: a capitalised style of address (Majesty, Highness, Excellency, Holiness,
    Eminence, Lordship, Ladyship: resources/casing/headcase/<lang>.json, honorifics) after a
    possessive in lower case ("fill your Majesty", "received by his Excellency the
    ambassador", "her Royal Highness").
    Why it matters: the possessive is part of the style ("Your Majesty", "His Excellency");
    MT lower-cases it as an ordinary pronoun and keeps the capital of the noun it knows.
    Fix safety: unsafe; the fix capitalises the possessive.
    Known false positives: a text quoting old spelling ("his Majesty's ships" in an
    eighteenth-century letter) is reported; lines written all in lower case and headlines are
    left alone, and the style in lower case throughout ("his majesty") is not read.
    """
    examples = (
        Example(
            "We wish health and long life to your Majesty and the royal family.",
            "We wish health and long life to Your Majesty and the royal family.",
        ),
        Example(
            "The envoy was received by his Excellency the ambassador on Monday.",
            "The envoy was received by His Excellency the ambassador on Monday.",
        ),
        good("Your Majesty, His Excellency and Her Royal Highness arrived on Monday."),
        good("He bowed to his majesty the king, as the old custom asked of every guest."),
        good("She met his Grace Lee, a cousin, at the gate of the old hall."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        table = head_case(language_data(document).code)
        if table is None or not table.honorific_screen.search(chunk_text(document)):
            return
        text = document.text
        skip = LayoutSkip(document)
        for match in table.honorific_pattern.finditer(text):
            start, end = match.span(1)
            if looks_technical(text, start, match.end()) or skip(start, match.end()):
                continue
            word = match.group(1)
            yield self.finding(
                start,
                end,
                f"'{match.group()}': the possessive of a style of address takes a capital",
                fixes=[
                    Fix(
                        (Edit(start, start + 1, word[0].upper()),),
                        Applicability.UNSAFE,
                        f"write '{word.capitalize()}'",
                    )
                ],
                confidence=0.7,
            )


# Where a name's word is a common word this frequent: rarer lower-case words are MT303's.
_COMMON_ZIPF = 4.0
_APOSTROPHES = ("'", "’")


@lru_cache(maxsize=8)
def _inner_lower_forms(code: str) -> dict[str, str]:
    """Spellings of the gazetteer's names of two to five words with some word before the last
    in lower case and the last still capitalised → the name: "people's Liberation Army",
    "world Food Programme", "International monetary Fund". Left out: the head alone in lower
    case ("European commission": a house style), and all the words before a two- or
    three-word name's head in lower case ("north Korea": MT322's)."""
    casing = casing_data(code)
    small = casing.function_words | casing.determiners
    forms: dict[str, str] = {}
    for written in local_names(code).values():
        parts = written.split(" ")
        if not 2 <= len(parts) <= 5 or not parts[-1][:1].isupper():
            continue
        inner = [i for i, part in enumerate(parts[:-1]) if part[:1].isupper()]
        for mask in range(1, 2 ** len(inner)):
            lowered = [index for bit, index in enumerate(inner) if mask >> bit & 1]
            words = [parts[i].lower() for i in lowered]
            if any(
                w in small or zipf(w.replace("’", "'").split("'")[0], code) < _COMMON_ZIPF
                for w in words
            ):
                continue
            leading = lowered == list(range(len(parts) - 1))
            if leading and len(parts) <= 3 and all(w.isalpha() for w in words):
                continue  # MT322's
            spelled = [parts[i].lower() if i in lowered else parts[i] for i in range(len(parts))]
            form = " ".join(spelled)
            for mark in _APOSTROPHES:
                forms[form.replace("'", mark)] = written.replace("'", mark)
    return forms


@lru_cache(maxsize=8)
def _last_word_chunks(code: str) -> dict[str, str]:
    """The forms' last words with the marks a chunk may carry → the word."""
    lasts = {form.rsplit(" ", 1)[1] for form in _inner_lower_forms(code)}
    return {last + after: last for last in lasts for after in _AFTER_HEAD}


@register
class KnownNameInnerLower(Rule):
    code = "MT387"
    name = "known-name-inner-lower-case"
    summary = "A known name with a word before its head in lower case ('people's Liberation Army')."
    languages = table_names("casing/headcase")
    doc = """
    What it finds: a name of the gazetteer (resources/gazetteer/<lang>.txt, organisations and
    places of two to five words) written with a word before its last in lower case while the
    last stays capitalised: "the Chinese people's Liberation Army", "the world Food
    Programme", "the International monetary Fund". The lower-cased word is a common word
    (Zipf >= 4; a rarer one is MT303's).
    Why it matters: MT capitalises the words of a name it recognises one by one; the common
    word it did not take for part of the name stays in lower case.
    Fix safety: unsafe; the fix writes the gazetteer's spelling.
    Known false positives: a head alone in lower case ("the European commission", "Silicon
    valley") is a house style (the Guardian's) and not read; all the words before a short
    name's head in lower case ("north Korea") are MT322's; after "a"/"an" the words are a
    description ("a world Food Programme of its own" is quiet).
    """
    examples = (
        Example(
            "Soldiers of the Chinese people's Liberation Army took part in the drill.",
            "Soldiers of the Chinese People's Liberation Army took part in the drill.",
        ),
        Example(
            "Aid came from the world Food Programme on Monday.",
            "Aid came from the World Food Programme on Monday.",
        ),
        good("The European commission and the European parliament met in Silicon valley."),
        good("It was a world Food Programme of its own, and north Korea agreed."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        forms = _inner_lower_forms(code)
        table = head_case(code)
        if not forms or table is None:
            return
        articles = table.description_articles
        chunks = unique_chunks(document)
        # Screened among the distinct chunks (set intersections): the forms' last words as
        # chunks may carry a mark ("Army.", "Fund,"), their first words stand alone.
        lasts = _last_word_chunks(code)
        present = {lasts[chunk] for chunk in lasts.keys() & chunks}
        wanted = (
            [
                form
                for form in forms
                if form.rsplit(" ", 1)[1] in present and form.split(" ", 1)[0] in chunks
            ]
            if present
            else []
        )
        if not wanted:
            return
        text = document.text
        skip = LayoutSkip(document)
        # The phrases through the text's word filters: a phrase whose words stand apart but
        # never together is searched only in the windows holding all its words (same spans).
        gate = word_gate(document)
        for form, spans in find_words_upto(text, dict.fromkeys(wanted, 50), gate).items():
            name = forms[form]
            for start, end in spans:
                before = text[max(0, start - 4) : start].rsplit(None, 1)
                if before and before[-1].lower() in articles:
                    continue  # "a world Food Programme of its own": a description
                if skip(start, end) or looks_technical(text, start, end):
                    continue
                yield self.finding(
                    start,
                    end,
                    f"'{form}' is the name '{name}' with a word in lower case",
                    fixes=[Fix((Edit(start, end, name),), Applicability.UNSAFE, f"write '{name}'")],
                    confidence=0.7,
                )
