"""Repetition: a word or phrase joined to itself by a coordinator or a comma (MT403)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData, load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.repeats import number_disagrees, repeat_starts
from mtlint.checks.repetitiontables import document_data, emphatic_doublets, legitimate_doubles
from mtlint.checks.textscan import trie_pattern
from mtlint.checks.typography import table, word_set

_NEXT_WORD = re.compile(r" ([^\W\d_][\w'’-]*)")


def _heads_compound(text: str, end: int, data: LanguageData) -> bool:
    """A lower-case content word right after the second copy: the copy and that word may be a
    compound ("solar and solar photovoltaic")."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    return word.islower() and word not in data.function_words and word not in data.stop_words


# "X and X": a unit of one or two words, a coordinator, the unit again; "X, X": a word, a comma,
# the word again. The coordinator and the words are judged in Python.
_DOUBLET = re.compile(
    r"([^\W\d_][\w'’-]*+(?: [^\W\d_][\w'’-]*+){0,4}),? ([^\W\d_]++) (?i:\1)(?![\w'’/-])"
)
# The longest unit: "the level of cooperation and the level of cooperation".
_MAX_DOUBLET_WORDS = 5
# In a list only: another item follows ("nightclubs, nightclubs, canteens"); "ding, ding,
# ding" and "questions, questions that …" are speech.
_COMMA_DOUBLET = re.compile(r"([^\W\d_][\w'’-]{3,}+), (?i:\1)(?=, (?!(?i:\1)(?![\w'’/-]))| and )")
_WORD_BEFORE = re.compile(r"[\w'’/-]")
# A phrase of three to six words written twice with a comma between ("the Ministry of
# Transport, the Ministry of Fisheries"): the shortest such unit.
_MAX_COMMA_UNIT = 6
_COMMA_PHRASE = re.compile(r"([^\W\d_][\w'’-]*+(?: [\w'’-]++){2,5}?), (?i:\1)(?![\w'’/-])")


@lru_cache(maxsize=32)
def _coordinator_places(coordinators: frozenset[str]) -> re.Pattern[str]:
    # Zero-width, so "and and" yields both places.
    return re.compile(r" (?=(?i:" + trie_pattern(sorted(coordinators)) + r") )")


def _said_before(text: str, start: int, unit: str) -> bool:
    """The word and a comma stand right before the doublet: it is the end of a run of three or
    more ("ding, ding, ding"; pool-prec25: "must continue to increase, increase, increase"),
    which ``_COMMA_DOUBLET``'s look-ahead leaves only at its first pair."""
    first = start - len(unit) - 2
    if first < 0 or text[first:start].lower() != f"{unit.lower()}, ":
        return False
    return not (first and _WORD_BEFORE.match(text, first - 1))


def _word_start(text: str, end: int) -> int:
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
        start -= 1
    return start


def _small_text_doublet_starts(text: str, coordinators: frozenset[str]) -> list[int]:
    """Where a doublet can start in a small text: the one or two words before each coordinator
    (" and "), and the word before each ", ". The regexes then run only there: scanning a
    backreference pattern from every word of the text cost ~2 ms per 5 KB file."""
    starts: set[int] = set()
    if coordinators:
        for place in _coordinator_places(coordinators).finditer(text):
            # (after a comma too: "shells, and shells")
            before = place.start() - (text[place.start() - 1 : place.start()] == ",")
            last = _word_start(text, before)
            starts.add(last)
            for _ in range(_MAX_DOUBLET_WORDS - 1):
                if last < 2 or text[last - 1] != " ":
                    break
                last = _word_start(text, last - 1)
                starts.add(last)
    comma = text.find(", ")
    while comma != -1:
        start = _word_start(text, comma)
        starts.add(start)
        # The first word of a phrase of up to six words before the comma ("the Ministry of X").
        for _ in range(_MAX_COMMA_UNIT - 1):
            if start < 2 or text[start - 1] != " ":
                break
            start = _word_start(text, start - 1)
            starts.add(start)
        comma = text.find(", ", comma + 2)
    return sorted(starts)


def _copy_goes_on(
    text: str,
    end: int,
    extenders: tuple[frozenset[str], frozenset[str]],
    contrast: bool,
    data: LanguageData,
) -> bool:
    """The second copy is extended into a contrast ("good or good enough", "one and one only":
    typography ``doublet_extenders``; after a contrasting coordinator, ``doublet_contrast_
    coordinators``, any word that is not a function word: "countries or countries related to
    France") or heads a name ("ostrov a ostrov Deception"): a different thing, not a doublet."""
    extenders, plural_extenders = extenders
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1) in extenders:
        return True
    # "tons and tons of", "crates and crates of": a plural of quantity repeated before "of"
    # (typography ``doublet_plural_extenders``) is emphasis; "unity and unity of our people"
    # is a doublet.
    if (
        after is not None
        and after.group(1) in plural_extenders
        and text[end - 1 : end].lower() == "s"
    ):
        return True
    if contrast and after is not None and after.group(1).lower() not in data.function_words:
        return True
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def _comma_coordinated_speech(text: str, match: re.Match[str], data: LanguageData) -> bool:
    """ "X, and X" read as speech or as a new clause, not a doublet: a run of three ("sang,
    and sang, and sang"), or the copy modifying a content word after it ("tired, and tired
    people sleep")."""
    unit, coordinator = match.group(1), match.group(2)
    again = f", {coordinator} {unit}".lower()
    end = match.end()
    if text[end : end + len(again)].lower() == again:
        return True
    lead = f"{unit}, {coordinator} ".lower()
    if text[max(0, match.start() - len(lead)) : match.start()].lower() == lead:
        return True
    # "mainly technical barriers, and technical barriers, which are …": the copy opens the
    # next clause (a source's resumption), not a doublet.
    if text[end : end + 1] == ",":
        return True
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word.islower() and word not in data.function_words and word not in data.stop_words


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?…:]\s+|\n)[\"“‘«„(]?$")


def _as_common(text: str, match: re.Match[str], data: LanguageData) -> str:
    """The doublet's unit as a common word would be written mid-sentence, when its capital is
    explained: the first copy opens a sentence and the second is in lower case ("Fake news and
    fake news"), or the language capitalises its nouns and both copies are the same common
    noun ("Granaten und Granaten"; not a name such as "Johnson und Johnson"). Else the unit as
    written (a capitalised unit is then taken for a name)."""
    unit = match.group(1)
    if unit.islower():
        return unit
    copy = match.group(0)[-len(unit) :]
    if (
        copy.islower()
        and unit[0].isupper()
        and unit[1:].islower()
        and _SENTENCE_OPENING.search(text, max(0, match.start() - 3), match.start())
    ):
        return unit.lower()
    if data.cased and copy == unit and _nouns_capitalised(data.code):
        words = unit.split(" ")
        if all(w.istitle() for w in words) and all(_common_noun(w, data.code) for w in words):
            return unit.lower()
    return unit


@lru_cache(maxsize=16)
def _nouns_capitalised(code: str) -> bool:
    from mtlint.checks.casingdata import casing_data, casing_languages

    return code in casing_languages() and casing_data(code).nouns_capitalised


# A common noun is used at least this often (Zipf: German plurals such as "Granaten" are near
# 3.4); a name of the gazetteer, or one as common in English as here ("Johnson", "Smith"), is
# not taken for one.
_COMMON_NOUN_ZIPF = 3.0
_NAME_MARGIN = 0.5


def _common_noun(word: str, code: str) -> bool:
    from mtlint.checks.wordlists import proper_nouns, wordfreq_zipf

    lower = word.lower()
    if lower in proper_nouns(load_language_data(code)):
        return False
    try:
        here = wordfreq_zipf(lower, code)
        return here >= _COMMON_NOUN_ZIPF and wordfreq_zipf(lower, "en") < here - _NAME_MARGIN
    except LookupError:
        return False


# The stem of a comparative is a common word of the language ("bigg-er": "big", "happi-er":
# "happy"); "laughter", "water" and "power" have none that common.
_STEM_ZIPF = 3.6


class _Comparatives:
    """Words repeated for emphasis by their ending: comparatives ("bigger and bigger") and, where
    the language reads it so, the progressive ("kept rising and rising"). Where typography
    ``comparative_stems`` says so (English), a word in the shortest comparative ending ("-er")
    is a comparative only when its stem is a common word: "laughter and laughter" is a
    doublet."""

    def __init__(
        self,
        endings: tuple[str, ...],
        progressive: tuple[str, ...],
        stems_of: str | None,
        gerund_leads: frozenset[str] = frozenset(),
    ) -> None:
        self.endings = endings + progressive
        self.progressive = progressive
        self.stems_of = stems_of
        # Words after which a progressive form is a noun, a gerund (typography
        # ``gerund_leads``: prepositions and determiners): "the process of trimming and
        # trimming" copies a source's doubled verb, where "kept trimming and trimming" is the
        # idiom.
        self.gerund_leads = gerund_leads
        # The ending whose stem is looked up ("-er": "bigg-er", "happi-er").
        self.stem_ending = min(endings, key=len, default="")

    def holds(self, lower: str, before: str) -> bool:
        """Whether ``lower``, read after the word ``before`` (lower case), is a comparative
        or a progressive repeated for emphasis."""
        if len(lower) <= 4 or not lower.endswith(self.endings):
            return False
        if self.gerund_leads and lower.endswith(self.progressive) and before in self.gerund_leads:
            return False
        ending = self.stem_ending
        if (
            self.stems_of is None
            or lower.endswith(self.progressive)
            or not ending
            or not lower.endswith(ending)
        ):
            return True
        from mtlint.checks.wordlists import wordfreq_zipf

        stem = lower[: -len(ending)]
        stems = {stem, lower[:-1]}
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stems.add(stem[:-1])
        if stem.endswith("i"):
            stems.add(stem[:-1] + "y")
        return any(wordfreq_zipf(s, self.stems_of) >= _STEM_ZIPF for s in stems)


_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` in lower case, "" after a mark or at the start."""
    match = _LAST_WORD.search(text, max(0, start - 30), start)
    return match[1].lower() if match else ""


def _comparatives_of(data: LanguageData) -> _Comparatives:
    """Words repeated for emphasis: comparatives ("bigger and bigger") and, where the language
    reads it so, the progressive ("kept rising and rising")."""
    return _Comparatives(
        tuple(table(data, "comparative_endings", ("er", "ier"))),
        tuple(table(data, "progressive_endings", ())),
        data.code if table(data, "comparative_stems", False) else None,
        word_set(data, "gerund_leads"),
    )


def _comma_phrase(unit: str, data: LanguageData) -> bool:
    """A name phrase copied: it holds a function word of the language, a word that is none, and
    a capitalised word after its first ("the Ministry of Fisheries"; not a name alone, "New
    York, New York", "Rio de Janeiro, Rio de Janeiro", and not a speaker's repeat, "if the
    universe is empty, if the universe is empty", "Fly into it, fly into it")."""
    written = unit.split(" ")
    words = [w.lower() for w in written]
    function_words = data.function_words | data.stop_words
    return (
        any(w in function_words for w in words)
        and not all(w in function_words for w in words)
        and any(w[:1].isupper() for w in written[1:])
    )


@register
class CoordinatedDoublet(Rule):
    code = "MT403"
    name = "coordinated-doublet"
    summary = "A word or phrase joined to itself ('shells and shells', 'nightclubs, nightclubs')."
    severity = Severity.WARNING
    doc = """
    What it finds: a word or a phrase of up to five words, a coordinator of the language
    ("and", "or", a table) and the same word or phrase again ("shells and shells", "fake news
    and fake news", "the level of cooperation and the level of cooperation"; with a comma
    before the coordinator, "shells, and shells", in the doubtful tier at 0.45: a source's
    resumption reads alike, "barriers, and barriers, which are …" and a copy followed by a
    comma, a run of three or a copy before a content word are left alone; a copy capitalised
    after a lower-case unit is a name, "the main hall and Hall of …"),
    and a list item of four letters or more repeated after a comma ("nightclubs, nightclubs,
    canteens"), and a name phrase of three to six words (a function word and a capitalised word
    after the first) written twice with a comma between ("the Ministry of Fisheries, the
    Ministry of Fisheries, called"); a speaker's repeat ("a straight line, a straight line")
    is left alone.
    Why it matters: MT copies doublets from sources that repeat for emphasis (Arabic "X wa X")
    or duplicates a list item; in English news they read as a loop.
    Fix safety: unsafe; the coordinator and the second copy are deleted.
    Known false positives: idioms and intensifiers are left alone: comparatives ("more and
    more", "bigger and bigger"; in English an "-er" word whose stem is a common word, so
    "laughter and laughter" is still a doublet), a plural of quantity before "of" ("tons and
    tons of"), a copy extended into a contrast ("good or good enough": a
    table of extenders; after "or", any content word after the copy: "countries or countries
    related to France"), the English progressive ("rising and rising"; not after a
    preposition or a determiner, where the "-ing" word is a noun copied from a source's
    doubled verb: "the process of trimming and trimming", typography ``gerund_leads``), a
    table of
    emphatic doublets ("again and again", "over and over", "day and day", "years and years",
    "very, very"), capitalised names ("Johnson and Johnson") and function words.
    """
    examples = (
        Example("They fired shells and shells at the town.", "They fired shells at the town."),
        Example("He called it fake news and fake news again.", "He called it fake news again."),
        Example("They have made or made the same error.", "They have made the same error."),
        good("They saw the main hall and Hall of the Footprint; barriers, and barriers, which."),
        Example(
            "It will raise the level of trade and the level of trade between them.",
            "It will raise the level of trade between them.",
        ),
        good("Like it or not, sooner or later, whether or not, this or that, more or less."),
        good("Is it good or good enough? It was one and one only."),
        Example(
            "They closed nightclubs, nightclubs, canteens and casinos.",
            "They closed nightclubs, canteens and casinos.",
        ),
        good("Prices rose again and again, more and more, bigger and bigger, over and over."),
        Example(
            "Between laughter and laughter, the pupils showed unity and unity of purpose.",
            "Between laughter, the pupils showed unity of purpose.",
        ),
        good("It grew louder and louder, happier and happier, and worse and worse."),
        good("They carried tons and tons of rice and crates and crates of water."),
        good("The river kept rising and rising while they were talking and talking."),
        Example(
            "After cleaning and cleaning the room, they left.",
            "After cleaning the room, they left.",
        ),
        good("We waited for years and years; Johnson and Johnson; very, very good; day and night."),
        good("“And, and And we will win,” he said, and and-or logic; on and on."),
        Example(
            "On Monday the Ministry of Fisheries, the Ministry of Fisheries, called a meeting.",
            "On Monday the Ministry of Fisheries, called a meeting.",
        ),
        good("They sang New York, New York and visited Rio de Janeiro, Rio de Janeiro."),
        good("Fly into it, fly into it: a straight line, a straight line through space."),
        good("Prices must grow, grow, grow, the minister said at the fair."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = document_data(document)
        coordinators = word_set(data, "doublet_coordinators")
        emphatic = (
            word_set(data, "emphatic_doublets")
            | legitimate_doubles(data.code)
            | emphatic_doublets(data.code)
        )
        text = document.text
        candidates = repeat_starts(document)
        starts = (
            _small_text_doublet_starts(text, frozenset(coordinators))
            if candidates is None
            else candidates.doublets
        )
        matches = [
            m
            for start in starts
            for m in (
                _DOUBLET.match(text, start),
                _COMMA_DOUBLET.match(text, start),
                _COMMA_PHRASE.match(text, start),
            )
            if m is not None
        ]
        skip = data.function_words | emphatic
        extenders = (
            word_set(data, "doublet_extenders"),
            word_set(data, "doublet_plural_extenders"),
        )
        contrasting = word_set(data, "doublet_contrast_coordinators")
        comparatives = _comparatives_of(data)
        # Languages whose modifiers follow the noun ("énergie et énergie solaire"): a copy
        # before a content word may head a compound (typography ``modifier_follows_noun``).
        heads_compounds = bool(table(data, "modifier_follows_noun", False))
        for match in sorted(matches, key=lambda m: m.start()):
            start = match.start()
            if start and _WORD_BEFORE.match(text, start - 1):
                continue
            unit = match.group(1)
            if match.re is _COMMA_PHRASE:
                if _comma_phrase(match.group(1), data):
                    yield self._comma_phrase(match)
                continue
            comma = match.re is _COMMA_DOUBLET
            if not comma and match.group(2).lower() not in coordinators:
                continue
            if comma and _said_before(text, start, unit):
                continue  # "increase, increase, increase": the last two of a speaker's three
            unit_common = _as_common(text, match, data)
            before = _word_before(text, start)
            if not self._doublet(unit_common, skip, comma, comparatives, before):
                continue
            contrast = not comma and match.group(2).lower() in contrasting
            if _copy_goes_on(text, match.end(), extenders, contrast, data):
                continue
            copy = match.group(0)[-len(unit) :]
            if copy != unit and copy[:1].isupper() and unit[:1].islower():
                continue  # "the main hall and Hall of the Footprint": the copy is a name
            spoken = not comma and text[match.end(1)] == ","
            if spoken and _comma_coordinated_speech(text, match, data):
                continue
            # "solaire et solaire photovoltaïque", "domates ve domates salçası": the copy heads a
            # compound with the next word, a different thing; could still be a doublet
            # ("status and status urge"), so reported under the default threshold.
            compound = (
                heads_compounds
                and _heads_compound(text, match.end(), data)
                and not number_disagrees(unit, text, match.end(), data.code)
            )
            # "X, and X": none counted on real text yet, and a source's resumption reads
            # alike ("barriers, and barriers are …"): doubtful.
            yield self._doublet_finding(
                match, 0.45 if compound or spoken else 0.7 if " " in unit else 0.65
            )

    def _doublet_finding(self, match: re.Match[str], confidence: float) -> Finding:
        unit = match.group(1)
        return self.finding(
            match.start(),
            match.end(),
            f"“{unit}” is joined to itself: an MT doublet?",
            fixes=[
                Fix(
                    (Edit(match.end(1), match.end(), ""),),
                    Applicability.UNSAFE,
                    f"keep one “{unit}”",
                )
            ],
            confidence=confidence,
        )

    def _comma_phrase(self, match: re.Match[str]) -> Finding:
        unit = match.group(1)
        return self.finding(
            match.start(),
            match.end(),
            f"“{unit}” is written twice with a comma between: an MT doublet?",
            fixes=[
                Fix(
                    (Edit(match.end(1), match.end(), ""),),
                    Applicability.UNSAFE,
                    f"keep one “{unit}”",
                )
            ],
            confidence=0.7,
        )

    @staticmethod
    def _doublet(
        unit: str, skip: frozenset[str], comma: bool, comparatives: _Comparatives, before: str
    ) -> bool:
        """Whether ``unit`` joined to itself is a doublet (``before``: the word before the
        pair, which tells a gerund from a progressive repeated for emphasis)."""
        lower = unit.lower()
        if not unit.islower() or lower in skip:
            return False
        if " " in unit:
            return not all(word in skip for word in lower.split())
        # Comparatives and intensifiers: "bigger and bigger", "fortare och fortare".
        if comparatives.holds(lower, before):
            return False
        return not comma or len(lower) >= 4
