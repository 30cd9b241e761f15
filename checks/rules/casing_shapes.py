"""Casing by shape: common words MT capitalises mid-sentence where their neighbours show they
are not names (MT311), and office and place names it capitalises by halves (MT312).

wordfreq lists words in lower case only, so it cannot tell how often a word is capitalised
mid-sentence; these rules take the case evidence from the words around the capital instead
(a distance before a compass point, a plural area noun after a direction adjective, a
lower-case word on both sides of a weather noun) and from the language's table
(resources/casing/shapes/<code>.json). Both scan only the spaces before a capital that the
other casing rules already found (casingscan.mid_capital_matches).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from mtlint.checks.casingdata import UPPER_CLASS
from mtlint.checks.casingscan import (
    LayoutSkip,
    mark_capital_matches,
    mid_capital_matches,
    next_word,
    previous_word,
)
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import optional_json, table_names
from mtlint.checks.textscan import (
    chunk_text,
    language_data,
    looks_technical,
    scan_marks,
    trie_pattern,
)
from mtlint.checks.wordlists import zipf


@dataclass(frozen=True, eq=False)
class ShapeData:
    compass_points: frozenset[str] = frozenset()
    distance_units: frozenset[str] = frozenset()
    motion_words: frozenset[str] = frozenset()
    directional_adjectives: frozenset[str] = frozenset()
    area_nouns: frozenset[str] = frozenset()
    weather_nouns: frozenset[str] = frozenset()
    office_modifiers: frozenset[str] = frozenset()
    office_heads: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()
    number_words: frozenset[str] = frozenset()
    after_semicolon: frozenset[str] = frozenset()
    place_word_ceiling: float = 0.0


def _shape_languages() -> frozenset[str]:
    return table_names("casing/shapes")


@lru_cache(maxsize=16)
def shape_data(code: str) -> ShapeData | None:
    raw = optional_json("casing/shapes", f"{code}.json")
    if raw is None:
        return None
    fields = {
        key: frozenset(raw.get(key, ()))
        for key in ShapeData.__dataclass_fields__
        if key != "place_word_ceiling"
    }
    return ShapeData(**fields, place_word_ceiling=float(raw.get("place_word_ceiling", 0.0)))


def _alternatives(words: frozenset[str], *, capitalise: bool = False) -> str:
    """The words as a prefix trie (each is followed by a lookahead or a boundary, so the trie
    matches what the longest-first alternation would)."""
    return trie_pattern({w.capitalize() if capitalise else w for w in words})


@lru_cache(maxsize=16)
def _shape_pattern(code: str) -> re.Pattern[str] | None:
    """One pattern for both rules, matched only at the spaces before a capital that the casing
    rules share: a common word (MT311), an office title by halves or a place name with a
    lower-case second word before a place noun (MT312; the nouns are in the pattern, so almost
    every capital fails at C speed)."""
    data = shape_data(code)
    if data is None:
        return None
    common = _alternatives(
        data.compass_points | data.directional_adjectives | data.weather_nouns, capitalise=True
    )
    offices = _alternatives(data.office_modifiers, capitalise=True)
    return re.compile(
        f" (?=[{UPPER_CLASS}])(?:(?P<common>{common})(?=[ ,-])"
        f"|(?P<office>{offices}) (?P<title>{_alternatives(data.office_heads)})\\b"
        f"|(?P<first>[^\\W\\d_][a-z]+) (?P<second>[a-z]+) (?:{_alternatives(data.place_heads)})\\b)"
    )


@lru_cache(maxsize=16)
def _comma_office_pattern(code: str) -> re.Pattern[str] | None:
    """MT312's office titles after a comma (", Deputy chairman"), for mark_capital_matches."""
    data = shape_data(code)
    if data is None or not data.office_modifiers:
        return None
    offices = _alternatives(data.office_modifiers, capitalise=True)
    return re.compile(f", (?P<office>{offices}) (?P<title>{_alternatives(data.office_heads)})\\b")


def _shape_matches(document: Document, code: str) -> list[re.Match[str]]:
    pattern = _shape_pattern(code)
    if pattern is None:
        return []
    return document.analysis.get(
        "casing_shapes", lambda: list(mid_capital_matches(document, pattern))
    )


@lru_cache(maxsize=16)
def _gloss_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """ "(One hundred": a figure's amount in words, in brackets; the first pattern screens the
    document's distinct chunks."""
    data = shape_data(code)
    if data is None or not data.number_words:
        return None
    forms = _alternatives(data.number_words, capitalise=True)
    return (
        re.compile(f"\\((?:{forms})\\b"),
        re.compile(f"\\((?=({forms}) ([a-z]+)\\b)"),
    )


@lru_cache(maxsize=16)
def _semicolon_pattern(code: str) -> re.Pattern[str] | None:
    """ "; And Transport": a conjunction or "of" never opens what follows a semicolon."""
    data = shape_data(code)
    if data is None or not data.after_semicolon:
        return None
    forms = _alternatives(data.after_semicolon, capitalise=True)
    return re.compile(f";(?= ({forms}) \\w)")


# Capitalised words and the small words inside names after a capital: " Energy and Mines".
_TITLE_RUN = re.compile(r"(?: (?:[A-Z][\w'’-]*|and|of|the|for|de|la))*")


# A closing bracket or quote before a semicolon: the clause still ends there.
_CLOSERS = frozenset(')]"”’%')

# "ALsharqiya": two capitals, then four or more lower-case letters (Dutch "IJssel" aside).
_DOUBLE_CAPITAL = re.compile(r"(?<![^\W\d_])(?!IJ)[A-Z]{2}[a-z]{4,}(?![^\W_])")
# A word after the first capital at least this common: "CPython", "QObject" are names.
_PREFIXED_WORD_ZIPF = 2.5


def _lower_fix(start: int, word: str) -> Fix:
    return Fix(
        (Edit(start, start + len(word), word.lower()),),
        Applicability.UNSAFE,
        f"lower-case '{word}'",
    )


@register
class CommonWordShapeCapital(Rule):
    code = "MT311"
    name = "common-word-capital-shape"
    summary = "A compass point or weather noun capitalised mid-sentence ('40 km Northwest of')."
    languages = _shape_languages()
    doc = """
    What it finds: a compass point, a direction adjective or a weather noun capitalised in the
    middle of a sentence where the words around it show it is a common word: a compass point
    after a distance ("40 km Northwest of the city"), after a verb of motion ("moving West")
    or with a lower-case second half ("West-northwest"); a direction adjective before a plural
    area noun ("in Southern districts"); a weather noun between two lower-case words ("the
    Storm season"); the first number word of an amount in words after a figure ("$1,250 (One
    thousand two hundred …)"); "And", "Or", "Of" after a semicolon. The lists are the
    language's table (resources/casing/shapes/<code>.json).
    Why it matters: MT keeps the capital of the source's term or of a segment's first word;
    wordfreq cannot tell a capitalised common word from a name, and spell checkers accept it.
    Fix safety: unsafe; the fix lower-cases the word.
    Known false positives: names are skipped when the next word is capitalised ("Southern
    Africa", "Storm Ciarán"), headlines and title-case lines, words after a colon, a quote or
    an opening bracket, and words after a capitalised word ("Eurofighter Typhoon") are never
    flagged. A region a text capitalises on purpose before a plural area noun ("the Southern
    states" of the US) would be flagged; "states" and "countries" are not in the list. After
    a semicolon, a capitalised run that goes on to a lower-case word is taken for a title ("; Of
    Mice and Men was …") and skipped; one that ends at a comma is a list item and flagged.
    """
    examples = (
        Example(
            "The village lies 40 km Northwest of the city.",
            "The village lies 40 km northwest of the city.",
        ),
        Example(
            "The storm was moving West-northwest at 20 km/h.",
            "The storm was moving west-northwest at 20 km/h.",
        ),
        Example(
            "Schools closed in Southern districts on Monday.",
            "Schools closed in southern districts on Monday.",
        ),
        Example(
            "Farmers prepared for the Storm season in June.",
            "Farmers prepared for the storm season in June.",
        ),
        good("He flew to Southern Africa and saw Storm Ciarán hit the North Sea coast."),
        good("The RAF sent a Eurofighter Typhoon jet; Western countries protested."),
        good("Wind Moving West Brings Storm Season Early"),
        Example(
            "The bill came to $1,250 (One thousand two hundred fifty dollars).",
            "The bill came to $1,250 (one thousand two hundred fifty dollars).",
        ),
        Example(
            "Health went to Ana Ruiz; And Transport, Juan Silva.",
            "Health went to Ana Ruiz; and Transport, Juan Silva.",
        ),
        # A bracket or a quote before the semicolon (h29case).
        Example(
            "The rain may pass 50 mm (or 40 mm an hour); Or if it reaches 60 mm, schools close.",
            "The rain may pass 50 mm (or 40 mm an hour); or if it reaches 60 mm, schools close.",
        ),
        good("He paid $1,250 (One Thousand Two Hundred Fifty Dollars) in 2020 (One year ago)."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        data = shape_data(code)
        if data is None:
            return
        text = document.text
        skip = LayoutSkip(document)
        for match in _shape_matches(document, code):
            word = match.group("common")
            if word is None:
                continue
            start = match.start("common")
            if not self._common(text, match, word.lower(), data):
                continue
            if skip(start, match.end()):
                continue
            yield self.finding(
                start,
                match.end(),
                f"'{word}' is a common word here and takes no capital mid-sentence",
                fixes=[_lower_fix(start, word)],
                confidence=0.7,
            )
        yield from self._glosses(document, code, data)
        yield from self._after_semicolon(document, code, skip)

    def _after_semicolon(
        self, document: Document, code: str, skip: LayoutSkip
    ) -> Iterator[Finding]:
        pattern = _semicolon_pattern(code)
        if pattern is None:
            return
        text = document.text
        for match in scan_marks(document, [pattern]):  # led by the semicolon: at its places
            start, word = match.start(1), match.group(1)
            before = text[match.start() - 1 : match.start()]
            if not (before.isalnum() or (before and before in _CLOSERS)):
                continue  # "); Or if the rain …": a bracket or a quote closes the clause
            run = _TITLE_RUN.match(text, match.end(1))
            if run.end() > match.end(1) and text[run.end() : run.end() + 1] not in ",;.":
                continue  # "; Of Mice and Men was …": a title; "; Of Energy and Mines, …" a list
            if skip(start, match.end(1)):
                continue
            yield self.finding(
                start,
                match.end(1),
                f"'{word}' is capitalised after a semicolon",
                fixes=[_lower_fix(start, word)],
                confidence=0.65,
            )

    def _glosses(self, document: Document, code: str, data: ShapeData) -> Iterator[Finding]:
        """ "$1,250 (One thousand two hundred …)": the amount in words after a figure is
        written in lower case; a capital on its first word only is the source's."""
        patterns = _gloss_patterns(code)
        if patterns is None or not patterns[0].search(chunk_text(document)):
            return
        text = document.text
        for match in patterns[1].finditer(text):
            before = text[match.start() - 2 : match.start()]
            if len(before) < 2 or not before[0].isdigit() or before[1] != " ":
                continue
            if match.group(2) not in data.number_words and match.group(2) != "and":
                continue
            word = match.group(1)
            yield self.finding(
                match.start(1),
                match.end(1),
                f"'{word}' opens an amount in words after a figure and takes no capital",
                fixes=[_lower_fix(match.start(1), word)],
                confidence=0.7,
            )

    @staticmethod
    def _common(text: str, match: re.Match[str], lower: str, data: ShapeData) -> bool:
        end = match.end()
        previous = previous_word(text, match.start())
        if not previous[:1].islower() and not previous[:1].isdigit():
            return False
        if text[end : end + 1] == "-":
            # "West-northwest": the second half in lower case shows the first is no name.
            half = re.match(r"-([a-z]+)", text[end : end + 20])
            return (
                lower in data.compass_points
                and bool(half)
                and half.group(1) in (data.compass_points)
            )
        following = next_word(text, end)
        if not following[:1].islower():
            return False
        if lower in data.compass_points:
            if previous.lower() in data.motion_words:
                return True
            return following == "of" and (
                previous.lower() in data.distance_units or previous[:1].isdigit()
            )
        if lower in data.directional_adjectives:
            return following in data.area_nouns
        # A weather noun between two lower-case words: "the Storm season", "of Floods in".
        return previous[:1].islower()


@register
class HalfCapitalisedName(Rule):
    code = "MT312"
    name = "half-capitalised-name"
    summary = "A name capitalised by halves ('the Prime minister', 'Ha nam', 'ALsharqiya')."
    languages = _shape_languages()
    doc = """
    What it finds: a two-word office title mid-sentence with only its first word capitalised
    ("the Prime minister", "the Foreign minister"; after a comma too: "Ann Lee, Deputy chairman
    of the board"), and a two-word place name before a place
    noun whose second word is lower case and rare in the language ("Quang binh province"),
    and a word that opens with two capitals before four or more lower-case letters
    ("ALsharqiya", "DEcember"), once in the text.
    Why it matters: MT and post-editing capitalise one half of a name; the text then writes
    neither the name nor the common noun.
    Fix safety: unsafe; the fix capitalises the second half (lower-casing the first is the
    alternative for an office, in texts that write titles in lower case).
    Known false positives: a place word that is a common word of the language ("the Hudson
    valley region") is above the table's place_word_ceiling and skipped; headlines and
    title-case lines are never flagged; an office title at a sentence start is left alone.
    A brand written with two capitals ("DBpedia") is flagged once; a word the text repeats in
    that shape, a letter before a common word ("CPython", "QObject"), Dutch "IJ" words and code
    are left alone.
    """
    examples = (
        Example(
            "On my instruction, the Prime minister went to the regions.",
            "On my instruction, the Prime Minister went to the regions.",
        ),
        Example(
            "Two airports in Thanh Hoa and Quang binh province were closed.",
            "Two airports in Thanh Hoa and Quang Binh province were closed.",
        ),
        good("Prime minister in all but name, he met the Foreign Minister and the prime minister."),
        # After a comma no sentence starts (h29case): "Ann Lee, Deputy chairman of".
        Example(
            "They met Ann Lee, Deputy chairman of the board, on Monday.",
            "They met Ann Lee, Deputy Chairman of the board, on Monday.",
        ),
        good("Floods hit the Hudson valley region and the Ontario wine county."),
        Example(
            "Mosul -ALsharqiya: the governor spoke on Monday.",
            "Mosul -Alsharqiya: the governor spoke on Monday.",
        ),
        good("Ships sailed on the IJssel; the IPsec tunnel and NGOs' PDFs stayed up in CPython."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        code = language_data(document).code
        data = shape_data(code)
        if data is None:
            return
        text = document.text
        skip = LayoutSkip(document)
        for match in _shape_matches(document, code):
            if match.group("common") is not None:
                continue
            if match.group("office") is not None:
                finding = self._office(text, match)
            else:
                finding = self._place(text, match, data, code)
            if finding is None:
                continue
            if not skip(finding.start, finding.end):
                yield finding
        yield from self._offices_after_comma(document, code, skip)
        yield from self._double_capitals(document, code)

    def _offices_after_comma(
        self, document: Document, code: str, skip: LayoutSkip
    ) -> Iterator[Finding]:
        """ "Lenur Islyamov, Deputy chairman of the council": an office by halves after a
        comma (an apposition, a clause), where no sentence starts and a house style that writes
        titles in lower case would not capitalise its first word either."""
        pattern = _comma_office_pattern(code)
        if pattern is None:
            return
        text = document.text
        for match in mark_capital_matches(document, ",", pattern):
            finding = self._office(text, match, after_comma=True)
            if finding is not None and not skip(finding.start, finding.end):
                yield finding

    def _double_capitals(self, document: Document, code: str) -> Iterator[Finding]:
        """ "ALsharqiya", "DEcember": the shift key held one letter too long. Found in the
        distinct chunks (a few percent of the text), then in the text; a word written so more
        than once is written so on purpose."""
        words = set(_DOUBLE_CAPITAL.findall(chunk_text(document)))
        if not words:
            return
        text = document.text
        # Hyphens count as word breaks here ("Mosul -ALsharqiya"), unlike in find_words.
        starts: dict[str, list[int]] = {}
        for match in re.finditer("|".join(map(re.escape, sorted(words))), text):
            whole = _DOUBLE_CAPITAL.match(text, match.start())
            if whole is not None and whole.end() == match.end():
                starts.setdefault(match.group(), []).append(match.start())
        for word, found in starts.items():
            start, end = found[0], found[0] + len(word)
            if len(found) > 1 or looks_technical(text, start, end):
                continue
            if zipf(word[1:], code) >= _PREFIXED_WORD_ZIPF:
                continue  # "CPython", "QObject": a letter before a word names a product
            yield self.finding(
                start,
                end,
                f"'{word}' has a second capital the word does not take",
                fixes=[
                    Fix(
                        (Edit(start + 1, start + 2, word[1].lower()),),
                        Applicability.UNSAFE,
                        f"write '{word[0] + word[1:].lower()}'",
                    )
                ],
                confidence=0.6,
            )

    def _office(self, text: str, match: re.Match[str], after_comma: bool = False) -> Finding | None:
        if not (after_comma or previous_word(text, match.start())[:1].islower()):
            return None
        word, head = match.group("office", "title")
        start = match.start("title")
        return self.finding(
            match.start("office"),
            match.end("title"),
            f"'{word} {head}' is capitalised by halves",
            fixes=[
                Fix(
                    (Edit(start, start + 1, head[0].upper()),),
                    Applicability.UNSAFE,
                    f"capitalise '{head}'",
                ),
                _lower_fix(match.start("office"), word),
            ],
            confidence=0.7,
        )

    def _place(self, text: str, match: re.Match[str], data: ShapeData, code: str) -> Finding | None:
        first, second = match.group("first", "second")
        if second in data.place_heads:
            return None
        if not previous_word(text, match.start())[:1].islower():
            # "in Quang binh province" (a capital before it is a longer name or a headline).
            return None
        ceiling = data.place_word_ceiling
        if zipf(second, code) >= ceiling or zipf(first, code) >= ceiling + 1.0:
            return None
        start = match.start("second")
        return self.finding(
            match.start("first"),
            match.end("second"),
            f"'{first} {second}' looks like a place name with its second word in lower case",
            fixes=[
                Fix(
                    (Edit(start, start + 1, second[0].upper()),),
                    Applicability.UNSAFE,
                    f"capitalise '{second}'",
                )
            ],
            confidence=0.6,
        )
