"""Separators carried over from the source language: number grouping and semicolons used where
English writes a comma (Spanish, Italian and German group thousands with dots; Arabic MT turns
the Arabic comma into a semicolon)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.localeformat import is_version
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.repeats import number_starts
from mtlint.checks.technical import technical_document
from mtlint.checks.textscan import (
    char_positions,
    chunk_text,
    led_matches,
    looks_technical,
    matches_at,
)

# Two or more groups of three digits after dots ("1.234.567"): never a decimal.
_DOTTED_GROUPS = re.compile(r"(?<![\w.,/:#@-])[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\w.,]*\d)")
# One group before a counted plural ("12.101 people"): a decimal of three places does not count
# people or arrests. The integer part is not 0 ("0.125 seconds" is a decimal).
_DOTTED_COUNT = re.compile(
    r"(?<![\w.,/:#@$€£-])[1-9]\d{0,2}\.\d{3}(?= (?:people|persons|children|men|women|[a-z]{3,}s)\b)"
)
# One group ending a clause ("the total confirmed are 9.931."), after words that count: a
# total of cases or people is a whole number, so the dot groups thousands.
_DOTTED_CLAUSE_END = re.compile(
    r"(?<![\w.,/:#@$€£-])[1-9]\d{0,2}\.\d{3}(?=[.;,](?:\s|$)|\.[A-Z]|$)"
)
_COUNTED_BEFORE = re.compile(
    r"\b(?:total(?: [a-z]+)?|number of [a-z]+|cases|deaths|infections|victims|people"
    r"|positives|confirmed) (?:are|is|was|were|of|reached|rose to|climbed to|stands at"
    r"|stood at|totals?|totalled|totaled) $"
)
# A clause about a ratio, a rate or a score holds decimals.
_DECIMAL_CONTEXT = re.compile(r"\b(?:ratio|rate|index|score|average|mean|per)\b[^.;:!?\n]*$")
# A clause about a judged score ("She scored 15.000 on the beam"): gymnastics, diving and
# skating give scores three decimals, and their pages give crowds with commas ("12,000").
_SCORE_CONTEXT = re.compile(
    r"\b(?:scor(?:e|es|ed|ing)|points?|marks?|judges?)\b(?:[^.;:!?\n]|(?<=\d)\.(?=\d))*$"
)
# A number split by a space after its thousands comma, right after a word that takes one
# quantity ("approximately 25, 406 square metres"): a list of two numbers never follows those.
_SPLIT_GROUP = re.compile(
    r"\b(?:approximately|about|around|nearly|almost|roughly|total of) "
    r"([1-9]\d{0,2}, \d{3})(?![\d,.]*\d)"
)
# Speed: the scans are led by literals ("." and ", " then three digits), so the engine jumps
# between them; the full patterns are then tried only where a number starts before a hit.
_DOT_GROUP = re.compile(r"\.\d{3}")
_COMMA_SPACE_GROUP = re.compile(r", \d{3}")


def _comma_space_groups(document: Document) -> Iterator[re.Match[str]]:
    """``_COMMA_SPACE_GROUP.finditer(text)``: on a large text, tried only where the repetition
    pass found a run of word characters led by a digit (``repeats.number_starts``) two places
    after ", " — a match's first digit follows the space, so it starts such a run (8,645 of
    71,373 places on 50 MB, not a scan for ", ")."""
    text = document.text
    numbers = number_starts(document)
    if numbers is None:
        return _COMMA_SPACE_GROUP.finditer(text)
    startswith = text.startswith
    places = (at - 2 for at in numbers if at >= 2 and startswith(", ", at - 2))
    return matches_at(text, _COMMA_SPACE_GROUP, places)


_DIGITS_BEFORE = re.compile(r"\d{1,3}$")
_WORD_BEFORE_SPLIT = re.compile(r"(?:approximately|about|around|nearly|almost|roughly|total of) $")
# A decimal comma before a magnitude word: one or two digits after the comma ("2,5 million":
# English groups by threes, so it is never a grouping), or a group of three before "trillion"
# ("1,074 trillion euros" is over a quadrillion; the source meant 1.074 trillion). Group 1 the
# comma. Currencies of very small units may count in thousands of trillions.
_DECIMAL_COMMA_MAGNITUDE = re.compile(
    r"(?<![\w.,/:#@-])[1-9]\d{0,2}(,)(?:\d{1,2} (?:thousand|million|billion|trillion)"
    r"|\d{3} trillion(?! (?:won|yen|rupiah|dong|rials?|tomans?|bolivars?|lira|kip|riels?)\b))\b"
)
# The scan for it, led by the comma (the full pattern is then tried where the number starts).
_COMMA_MAGNITUDE_SCREEN = re.compile(r",\d{1,3} (?:thousand|million|billion|trillion)\b")
_DECIMAL_CHUNK = re.compile(r"\d,\d{1,2}(?:\n|\Z)")
_GROUPED_CHUNK = re.compile(r"\d,\d{3}(?:\n|\Z)")
# One dotted group alone ("14.000 in other countries"): read by the page's own evidence, a
# sure dotted grouping elsewhere on it, or a round ".000" on a page that groups thousands with
# commas. Not after a currency sign or a name (KD 5.000, Godot 4.000), not before a per-cent
# sign, a unit or a clock suffix.
_DOTTED_ONE = re.compile(r"(?<![\w.,/:#@$€£¥-])[1-9]\d{0,2}\.\d{3}(?![\w.,]*\d|\s?[%‰°'’])")
_COMMA_GROUPED = re.compile(r"(?<![\w.,])[1-9]\d{0,2}(?:,\d{3})+(?![\w.,]*\d)")
_UNIT_AFTER = re.compile(
    r" (?:(?:k?m|[cm]m|k?g|mg|t|m?l|m?s|h|ha|[kmg]wh?|v|mph|kph|ft|lbs?|oz|mi|sq|ct)\b"
    r"|[ap]\.?m\b|hours?|hrs?|seconds?|sec|minutes?|metres?|meters?"
    r"|grams?|litres?|liters?|points?|volts?|degrees?|percent|per ?cent)",
    re.IGNORECASE,
)
# A value after an equals sign, a comparison or a label's colon ("BP = 1.000"): a measurement.
_VALUE_AFTER = re.compile(r"[=<>≈±:]\s?$")
# A decimal comma before a unit or a per-cent sign or word ("3,5 km", "2,5 per cent", "0,5 mg"):
# one or two digits after the comma, which English grouping never leaves. Led by the comma (a
# literal the engine jumps between); the digits before it are read back.
_DECIMAL_COMMA_UNIT = re.compile(
    r",\d{1,2}(?![\d,])(?=\s?%|[ \u00a0](?:per ?cent|percent"
    r"|k?m|[cm]m|km[²2]|m[²³23]|k?g|mg|t|m?l|ha|[kMG]Wh?|°C|mph|km/h|kph)(?![\w/]))"
)
# A number grouped by spaces ("1 200 euros", "12 000 people"), as French, Russian, Polish or
# Swedish group thousands: not a phone number or a list (no digit after it).
_SPACE_GROUPED = re.compile(
    r"[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\w.,/:-]?\d|[ \u00a0\u202f]\d)(?![\w])"
)
_SPACES = " \u00a0\u202f"
_NOT_BEFORE_NUMBER = frozenset(".,/:#@$€£+-_")
_DECIMAL_PERCENT_CHUNK = re.compile(r"\n\d{1,3},\d{1,2}%")
_SPACE_GROUP_CHUNK = re.compile(r"\n\d{3}[.,;:!?)]?(?=\n)")
_SHORT_NUMBER_CHUNK = re.compile(r"\n[1-9]\d{0,2}(?=\n)")
_SPACE_BEFORE_GROUP = re.compile(r"[ \u00a0\u202f](?<=\d.)(?=\d{3})")
# Units whose plural follows measurements with three decimals in technical prose.
_MEASURES = frozenset(
    {"seconds", "metres", "meters", "grams", "litres", "liters", "units", "points", "volts"}
)


def _number_start(text: str, at: int, most: int) -> int | None:
    """Where the one to ``most`` digits right before ``at`` start, when no word character,
    point, comma or sign stands before them; else None."""
    start = at
    while start > 0 and text[start - 1].isdigit() and at - start <= most:
        start -= 1
    if not 1 <= at - start <= most:
        return None
    before = text[start - 1 : start]
    if before and (before.isalnum() or before in _NOT_BEFORE_NUMBER):
        return None
    return start


def _group_spaces(document: Document) -> Iterator[int]:
    """The offsets of a space between a digit and three digits, in order: on a large text
    only where the repetition pass found a run of word characters led by a digit."""
    text = document.text
    numbers = number_starts(document)
    if numbers is None:
        yield from (m.start() for m in _SPACE_BEFORE_GROUP.finditer(text))
        return
    match = _SPACE_BEFORE_GROUP.match
    for at in numbers:
        if at >= 2 and text[at - 2].isdigit() and match(text, at - 1):
            yield at - 1


@register
class ForeignNumberGrouping(Rule):
    code = "MT206"
    name = "foreign-number-grouping"
    summary = "Thousands or decimals marked the source language's way ('12.101 people', '3,5 km')."
    languages = frozenset({"en"})
    severity = Severity.WARNING
    doc = """
    What it finds: a number grouped by threes with full stops, as Spanish, Italian, German or
    Portuguese write thousands: two groups or more ("1.234.567"), one group before a
    counted plural ("12.101 people", "407.418 vehicles checked") or ending a clause about a
    count ("the total confirmed are 9.931."); one group read by the page's own evidence,
    beside a sure dotted grouping ("17.000 members … and 14.000 in other countries") or, as
    a round ".000" ("14.000 came"), on a page that groups other thousands with commas
    ("1,200"); and a number split by a space
    after its thousands comma right after "approximately", "about", "nearly" ("about 25, 406");
    a decimal comma before a magnitude word ("2,5 million", and "1,074 trillion euros", a
    figure over a quadrillion that the source wrote as 1.074 trillion), or before a unit or a
    per-cent sign or word ("3,5 km", "2,5 per cent", "0,4%"); thousands grouped by spaces as
    French, Russian or Swedish group them ("12 000 pupils": at the bar when the page groups
    other thousands with commas, doubtful when it never does, as SI style may).
    Why it matters: English reads the dot as a decimal point: "12.101 people" is twelve people.
    Fix safety: unsafe; the dots become commas (the decimal comma a point).
    Known false positives: a measurement with three decimals before a plural unit ("1.250
    seconds") is left alone for common units; IP addresses and versions (four short groups,
    or a group not of three digits) never match, nor numbers after "/", ":", "#" or "@" (paths,
    times, tags); the page's evidence never reaches a number after a currency sign, a
    capitalised name or a version word, before a unit, a per-cent sign or a clock suffix, or
    in a clause about a rate or an average, nor after "=" or a comparison, nor in a technical
    document (a README's "BP = 1.000"); a sports average "1.000" on a page that groups
    thousands with dots would be read as a thousand; "1,500 trillion" in currencies of
    small units (won, yen, rupiah, rial) and
    "1,200 billion" are left alone, since such sums exist. Spaced groups: phone numbers and
    numbers followed by another digit ("1 800 555 0199"), versions and code are left alone;
    a list of a small number and a three-digit one ("pages 5 120") would be read as one.
    """
    examples = (
        Example("Police checked 407.418 people.", "Police checked 407,418 people."),
        Example("The fund holds 1.234.567 euros.", "The fund holds 1,234,567 euros."),
        Example(
            "There are 17.000 members here and 14.000 abroad.",
            "There are 17,000 members here and 14,000 abroad.",
        ),
        Example("It has 1,200 schools; 14.000 came.", "It has 1,200 schools; 14,000 came."),
        good("It sold 1,200 copies at KD 5.000; laps of 1.250 s and 3.500 km; 2.000 percent."),
        good("It has 1,200 schools and 14.500 came; Godot 4.000 is out."),
        good("It took 1.250 seconds; 0.125 grams; version 2.101.3; IP 192.168.1.1; 3.5 people."),
        good("Prices rose 2.125 percent, to $1.250 each."),
        Example(
            "It covers approximately 12, 350 square metres.",
            "It covers approximately 12,350 square metres.",
        ),
        good(
            "In 2019, 406 people died; about 25, 30 or 40 were young; of those over 65, 120 died."
        ),
        Example(
            "The budget of 1,074 trillion euros and a fund of 2,5 million.",
            "The budget of 1.074 trillion euros and a fund of 2.5 million.",
        ),
        good("It has 1,074 million euros, 1,200 billion yen, and 1,500 trillion won in assets."),
        Example(
            "Thus, the total confirmed are 9.931. Of these, 379 are new.",
            "Thus, the total confirmed are 9,931. Of these, 379 are new.",
        ),
        good("The total rose 2.125. The ratio of cases was 1.250; the average of people is 3.125."),
        good("A total of 2.125 kg; the number of cases is 1.2; the growth rate of cases is 1.125."),
        Example(
            "The road is 3,5 km long and prices rose 2,5 per cent, or 0,4%.",
            "The road is 3.5 km long and prices rose 2.5 per cent, or 0.4%.",
        ),
        good("Rows 3,5 and 7 are kept; 1,2,3 m; it took 3,500 km."),
        Example(
            "It has 1,200 schools and 12 000 pupils.", "It has 1,200 schools and 12,000 pupils."
        ),
        good("Call 1 800 555 0199 or +44 20 7946 0958; in 2019 300 people came; 5 000th."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if "." not in text and "," not in text:
            return
        spans = []
        dots = []  # every ".ddd", read again by the page's evidence
        for hit in _DOT_GROUP.finditer(text):
            dots.append(hit.start())
            number = _DIGITS_BEFORE.search(text, max(0, hit.start() - 3), hit.start())
            if number is None or (spans and number.start() < spans[-1][1]):
                continue
            match = _DOTTED_GROUPS.match(text, number.start())
            if match is not None:
                spans.append(match.span())
                continue
            match = _DOTTED_COUNT.match(text, number.start())
            if match is not None:
                noun = re.match(r"[a-z]*", text[match.end() + 1 : match.end() + 20]).group()
                if noun not in _MEASURES:
                    spans.append(match.span())
                continue
            match = _DOTTED_CLAUSE_END.match(text, number.start())
            before = max(0, number.start() - 60)
            if (
                match is not None
                and _COUNTED_BEFORE.search(text, before, number.start())
                and not _DECIMAL_CONTEXT.search(text, before, number.start())
            ):
                spans.append(match.span())
        for hit in _comma_space_groups(document):
            number = _DIGITS_BEFORE.search(text, max(0, hit.start() - 3), hit.start())
            if number is None:
                continue
            before = number.start()
            if _WORD_BEFORE_SPLIT.search(text, max(0, before - 16), before) is None:
                continue
            match = _SPLIT_GROUP.search(text, max(0, before - 16), hit.end() + 20)
            if match is not None and match.start(1) == before:
                spans.append(match.span(1))
        chunks = chunk_text(document)
        yield from self._decimal_commas(text, chunks)
        yield from self._decimal_comma_units(text, chunks)
        yield from self._space_groups(document, chunks)
        sure = set(spans)
        if not technical_document(document):  # a README's metrics: "BP = 1.000"
            spans.extend(self._by_page(text, sure, dots))
        for start, end in sorted(set(spans)):
            number = text[start:end]
            fixed = number.replace(".", ",").replace(", ", ",")
            yield self.finding(
                start,
                end,
                f"“{number}” groups thousands with dots; English writes “{fixed}”"
                + ("" if (start, end) in sure else " (as this text does elsewhere)"),
                fixes=[Fix((Edit(start, end, fixed),), Applicability.UNSAFE, f"write “{fixed}”")],
                # The page reading (0.65) is a prior: it rests on 1 real case (en17 1/1;
                # numbers-real-en, en13 0/0; clean look-alike text 0 after the '=' guard).
                confidence=0.7 if (start, end) in sure else 0.65,
            )

    @staticmethod
    def _by_page(
        text: str, sure: set[tuple[int, int]], dots: list[int]
    ) -> Iterator[tuple[int, int]]:
        """One dotted group read by the page: a sure dotted grouping elsewhere on it ("17.000
        members … and 14.000 in other countries"), or a round ".000" ("14.000") where the
        page groups other thousands with commas; never in a clause about a rate or an average,
        nor before a unit."""
        dotted = bool(sure)
        commas = None
        for at in dots:
            if not dotted and not text.startswith(".000", at):
                continue  # without a sure grouping only a round ".000" is read
            number = _DIGITS_BEFORE.search(text, max(0, at - 3), at)
            if number is None:
                continue
            match = _DOTTED_ONE.match(text, number.start())
            if match is None or match.span() in sure or _UNIT_AFTER.match(text, match.end()):
                continue
            if _DECIMAL_CONTEXT.search(text, max(0, match.start() - 60), match.start()):
                continue
            if _SCORE_CONTEXT.search(text, max(0, match.start() - 60), match.start()):
                continue
            if is_version(text, match.start()):  # a name or "version" before it
                continue
            if _VALUE_AFTER.search(text, max(0, match.start() - 3), match.start()):
                continue
            if not dotted:
                if not match.group().endswith(".000"):
                    continue
                if commas is None:
                    commas = _COMMA_GROUPED.search(text) is not None
                if not commas:
                    continue
            yield match.span()

    def _decimal_comma_units(self, text: str, chunks: str) -> Iterator[Finding]:
        """ "3,5 km", "2,5 per cent": a decimal comma before a unit or a per-cent sign."""
        if not _DECIMAL_CHUNK.search(chunks) and not _DECIMAL_PERCENT_CHUNK.search(chunks):
            return  # neither a chunk "2,5" nor "2,5%"
        for hit in _DECIMAL_COMMA_UNIT.finditer(text):
            start = _number_start(text, hit.start(), 3)
            if start is None:
                continue
            comma, end = hit.start(), hit.end()
            number = text[start:end]
            fixed = number.replace(",", ".")
            yield self.finding(
                start,
                end,
                f"“{number}” uses a decimal comma; English writes “{fixed}”",
                fixes=[
                    Fix((Edit(comma, comma + 1, "."),), Applicability.UNSAFE, f"write “{fixed}”")
                ],
                # A prior (the shape is the source's by construction; no band on real text).
                confidence=0.7,
            )

    def _space_groups(self, document: Document, chunks: str) -> Iterator[Finding]:
        """ "1 200 euros": thousands grouped by spaces; at the bar (0.7) when the page groups
        other thousands with commas, doubtful (0.45) when it never does (SI style may)."""
        if not (_SPACE_GROUP_CHUNK.search(chunks) and _SHORT_NUMBER_CHUNK.search(chunks)):
            return
        if technical_document(document):
            return
        text = document.text
        commas = None
        last_end = 0
        for space in _group_spaces(document):
            if space < last_end:
                continue
            start = _number_start(text, space, 3)
            match = _SPACE_GROUPED.match(text, start) if start is not None else None
            if match is None:
                continue
            last_end = match.end()
            if is_version(text, start) or looks_technical(text, start, match.end()):
                continue
            if commas is None:
                commas = _COMMA_GROUPED.search(text) is not None
            number = match.group()
            fixed = re.sub(f"[{_SPACES}]", ",", number)
            yield self.finding(
                start,
                match.end(),
                f"“{number}” groups thousands with spaces; English writes “{fixed}”"
                + (" (as this text does elsewhere)" if commas else ""),
                fixes=[Fix((Edit(start, match.end(), fixed),), Applicability.UNSAFE)],
                confidence=0.7 if commas else 0.45,
            )

    def _decimal_commas(self, text: str, chunks: str) -> Iterator[Finding]:
        # The document's distinct chunks first: a number with a decimal comma is one ("2,5"),
        # or a grouped one ("1,074") beside the chunk "trillion".
        if not _DECIMAL_CHUNK.search(chunks) and not (
            "\ntrillion" in chunks and _GROUPED_CHUNK.search(chunks)
        ):
            return
        for hit in _COMMA_MAGNITUDE_SCREEN.finditer(text):
            number = _DIGITS_BEFORE.search(text, max(0, hit.start() - 3), hit.start())
            if number is None:
                continue
            match = _DECIMAL_COMMA_MAGNITUDE.match(text, number.start())
            if match is None:
                continue
            comma = match.start(1)
            number = text[match.start() : text.index(" ", comma)]
            fixed = number.replace(",", ".")
            yield self.finding(
                match.start(),
                match.end(),
                f"“{number}” uses a decimal comma; English writes “{fixed}”",
                fixes=[
                    Fix((Edit(comma, comma + 1, "."),), Applicability.UNSAFE, f"write “{fixed}”")
                ],
                confidence=0.75 if len(number) - number.index(",") <= 3 else 0.6,
            )


# A semicolon, then a present participle with its object ("; reaffirming its support"): a
# participle clause hangs off the sentence with a comma, never after a semicolon.
_SEMICOLON_PARTICIPLE = re.compile(
    r"; (?<=[^\W\d_]; )(?=[a-z]{2,}ing (?:that|its|the|his|her|their|our|a|an|to|for|with)\b)"
)
# Nouns in -ing that may open the clause after a semicolon ("; nothing that"), and prepositions
# in -ing ("; according to the ministry, ..."): no participle clause.
_ING_NOUNS = frozenset(
    {
        "nothing",
        "something",
        "anything",
        "everything",
        "thing",
        "king",
        "spring",
        "string",
        "according",
        "including",
        "regarding",
        "concerning",
        "excluding",
        "following",
        "during",
        "notwithstanding",
        "pending",
        "barring",
    }
)
# "security, stability; and well-being": the last item of a short comma list after a semicolon.
_SEMICOLON_AND = re.compile(r"; (?<=[^\W\d_]; )(?=and \w)")
# A participle of saying, a full stop, and the quotation it introduces ("adding. “We").
_STOP_BEFORE_QUOTE = re.compile(r"\.(?= [“\"]\w)")
_SAYING = re.compile(r"\b(?:adding|saying|noting|stating|stressing|explaining|declaring)$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# A sentence opened by a preposition of time or circumstance whose phrase ends at a semicolon
# ("During the Conference; the Kingdom provided"): the phrase has no verb of its own, so the
# semicolon stands where English puts a comma. Group 1 the phrase, group 2 what follows.
_OPENER_PHRASE = re.compile(
    r"((?:During|Following|Amid|Amidst|Despite|Throughout|Upon|Within|After|Before|Under"
    r"|Ahead of|In light of|In view of|In response to|In addition to|As part of|On behalf of"
    r"|On the sidelines of|In the presence of|At the invitation of|At the end of"
    r"|At the beginning of|At the outset of|In the framework of)"
    r" [^;,.!?:\n“”\"]{2,160})$"
)
# Where each "; " is tried: the literal leads the scan; the opening phrase is then matched
# from the sentence's start (the last ". ", "! ", "? " or line break before it).
_SEMICOLON_BEFORE_WORD = re.compile(r"; (?=[\w“\"])")


def _stops_before_quotes(document: Document) -> Iterator[int]:
    """The offsets where ``_STOP_BEFORE_QUOTE`` matches, in order: found from the quotation
    marks two places on (rare) rather than by a scan of every full stop."""
    text = document.text
    curly, straight = char_positions(document, "“"), char_positions(document, '"')
    if curly is None or straight is None:  # dense quotes: the plain scan
        yield from map(re.Match.start, _STOP_BEFORE_QUOTE.finditer(text))
        return
    quotes = sorted([*curly, *straight])
    match = _STOP_BEFORE_QUOTE.match
    for quote in quotes:
        if quote >= 2 and match(text, quote - 2) is not None:
            yield quote - 2


def _sentence_start(text: str, at: int, reach: int = 200) -> int | None:
    """Where the sentence holding ``at`` starts: after the last ". ", "! ", "? " or line break
    within ``reach`` characters, or the text's start; None when none is that near."""
    window = max(0, at - reach)
    stop = max(text.rfind(mark, window, at) for mark in (". ", "! ", "? "))
    line = text.rfind("\n", window, at)
    start = max(stop + 2 if stop != -1 else -1, line + 1 if line != -1 else -1)
    if start == -1:
        return 0 if window == 0 else None
    return start


# A capitalised name, a semicolon and an appositive noun phrase ("al-Jughayfi; a sibling of
# Awwad"): group 1 the phrase after the semicolon up to the next comma or full stop.
_NAME_APPOSITIVE = re.compile(r"; ((?:a|an|the) [a-z]+ of [^;,.!?\n]{2,80})")
_ARTICLES = ("a ", "an ", "the ")
# The first words of ``_OPENER_PHRASE``, tried before it with ``str.startswith``.
_OPENER_WORDS = (
    "During", "Following", "Amid", "Despite", "Throughout", "Upon", "Within", "After",
    "Before", "Under", "Ahead", "In ", "As ", "On ", "At ",
)  # fmt: skip
# Words that make a phrase a clause: subject pronouns, auxiliaries and modals, verbs of saying.
_CLAUSE_WORDS = frozenset(
    {
        "i", "he", "she", "it", "we", "they", "you", "there", "is", "are", "was", "were", "be",
        "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can",
        "could", "may", "might", "must", "shall", "should", "said", "says", "say", "told",
        "announced", "added", "noted", "stated", "died", "rose", "fell", "came", "went",
        "began", "took", "gave", "left", "met", "won", "lost", "remained", "became",
    }
)  # fmt: skip


@register
class SemicolonForComma(Rule):
    code = "MT207"
    name = "separator-for-comma"
    summary = "A semicolon or full stop where English needs a comma ('stability; and well-being')."
    languages = frozenset({"en"})
    severity = Severity.INFO
    doc = """
    What it finds: a semicolon before a participle clause with its object ("; reaffirming its
    confidence") and a semicolon before the last item of a short comma list ("security,
    stability; and well-being") in a sentence with no other semicolon; a semicolon that closes
    a sentence's opening phrase of time or circumstance ("During the Conference; the Kingdom
    provided") or opens an appositive after a name ("al-Jughayfi; a sibling of Awwad"), when
    the phrase has no subject pronoun, auxiliary or common finite verb and the sentence no
    other semicolon; a full stop right after a participle of saying that still needs its
    quotation ("he said, adding. “We will…").
    Why it matters: MT from Arabic renders the Arabic comma as a semicolon; a semicolon joins
    two complete clauses, so these read as broken sentences.
    Fix safety: unsafe; the semicolon becomes a comma, the full stop a colon.
    Known false positives: a gerund subject after a semicolon ("; meeting the target will be
    hard") and lists whose items are long (semicolon-separated lists with several semicolons
    are never flagged); an opening phrase that is in fact a clause with a verb the short list
    of clause words lacks ("During the war thousands fled; …"), hence its lower confidence.
    """
    examples = (
        Example(
            "The Cabinet met on Tuesday; reaffirming its support for the plan.",
            "The Cabinet met on Tuesday, reaffirming its support for the plan.",
        ),
        Example(
            "They pledged to protect the security, stability; and prosperity of the region.",
            "They pledged to protect the security, stability, and prosperity of the region.",
        ),
        good("Visitors came from Paris, France; Rome, Italy; and Madrid, Spain."),
        Example(
            "“We won,” he said, adding. “The next game is harder.”",
            "“We won,” he said, adding: “The next game is harder.”",
        ),
        good("He kept saying. That was all. He was adding. Later “yes” came."),
        good("The talks failed; nothing that was said helped, and the delegates left."),
        good("Capacity is enough; according to the grid, it is 7.1 gigawatts."),
        good("It employs 2,500 people; and the firm exports most of its output."),
        good("Prices rose sharply in the capital, the report said; and wages fell."),
        Example(
            "During the Summit; the Republic provided a loan.",
            "During the Summit, the Republic provided a loan.",
        ),
        Example(
            "During the session chaired by King Salman; the Cabinet called for calm.",
            "During the session chaired by King Salman, the Cabinet called for calm.",
        ),
        Example(
            "The victim was Abdul-Rahman al-Jughayfi; a sibling of a tribal leader.",
            "The victim was Abdul-Rahman al-Jughayfi, a sibling of a tribal leader.",
        ),
        good("During the war many died; others fled to the hills."),
        good("After he left; the talks resumed. During the war; the town fell; the army left."),
        good("He met John Smith; the head of the unit was dismissed the next day."),
        good("The panel: Ann Lee, a lawyer; Bob Ray, a doctor; and Cy Yu, the head of a school."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if "; " not in text and ". " not in text:
            return
        # Each scan is led by a rare mark: matched only where the mark stands (one shared
        # str.find pass per mark, not a regex scan of the whole text per pattern).
        for match in led_matches(document, _SEMICOLON_PARTICIPLE, ";"):
            word = text[match.end() : match.end() + 30].split(" ", 1)[0]
            if word not in _ING_NOUNS:
                yield self._finding(match.start())
        for at in _stops_before_quotes(document):
            if _SAYING.search(text, max(0, at - 12), at) is None:
                continue
            yield self.finding(
                at,
                at + 1,
                "A full stop between a verb of saying and its quotation",
                fixes=[Fix((Edit(at, at + 1, ":"),), Applicability.UNSAFE, "write a colon")],
                confidence=0.6,
            )
        for match in led_matches(document, _SEMICOLON_AND, ";"):
            if self._short_list_before(text, match.start()):
                yield self._finding(match.start())
        if "; " in text:
            yield from self._phrase_semicolons(document)

    def _phrase_semicolons(self, document: Document) -> Iterator[Finding]:
        """A semicolon closing a verbless opening phrase, or opening an appositive after a
        name, in a sentence with no other semicolon."""
        text = document.text
        for semicolon in led_matches(document, _SEMICOLON_BEFORE_WORD, ";"):
            at = semicolon.start()
            if text.startswith(_ARTICLES, at + 2):
                appositive = _NAME_APPOSITIVE.match(text, at)
                if appositive is not None and self._after_name(text, at):
                    if self._verbless(appositive.group(1), 12) and self._only_semicolon(text, at):
                        yield self._finding(at, 0.55)
                    continue
            start = _sentence_start(text, at)
            if start is None or not text.startswith(_OPENER_WORDS, start):
                continue  # no sentence start within reach, or no opening phrase
            match = _OPENER_PHRASE.match(text, start, at)
            if match is None:
                continue
            if self._verbless(match.group(1), 16) and self._only_semicolon(text, at):
                yield self._finding(at, 0.55)

    @staticmethod
    def _after_name(text: str, at: int) -> bool:
        """The word before ``at`` carries a capital ("Osman al-Jughayfi")."""
        words = text[max(0, at - 40) : at].rsplit(None, 1)
        return bool(words) and any(char.isupper() for char in words[-1])

    @staticmethod
    def _verbless(phrase: str, max_words: int) -> bool:
        words = phrase.lower().split()
        return len(words) <= max_words and not any(w in _CLAUSE_WORDS for w in words)

    @staticmethod
    def _only_semicolon(text: str, at: int) -> bool:
        start = max(0, at - 400)
        ends = list(_SENTENCE_END.finditer(text, start, at))
        sentence_start = ends[-1].end() if ends else start
        after = _SENTENCE_END.search(text, at)
        sentence_end = after.start() if after else len(text)
        return text.count(";", sentence_start, sentence_end) == 1

    @staticmethod
    def _short_list_before(text: str, at: int) -> bool:
        """A comma one or two words before the semicolon, and no other semicolon in the
        sentence."""
        start = max(0, at - 400)
        ends = list(_SENTENCE_END.finditer(text, start, at))
        sentence_start = ends[-1].end() if ends else start
        after = _SENTENCE_END.search(text, at)
        sentence_end = after.start() if after else len(text)
        if text.count(";", sentence_start, sentence_end) != 1:
            return False
        comma = text.rfind(", ", sentence_start, at)
        if comma == -1:
            return False
        item = text[comma + 1 : at].split()
        return 1 <= len(item) <= 2

    def _finding(self, at: int, confidence: float = 0.6) -> Finding:
        return self.finding(
            at,
            at + 1,
            "A semicolon where English uses a comma",
            fixes=[Fix((Edit(at, at + 1, ","),), Applicability.UNSAFE, "write a comma")],
            confidence=confidence,
        )
