"""Repetition: doubled words and the loops neural MT falls into."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.doublecase import case_changed_pair
from mtlint.checks.langdata import LanguageData
from mtlint.checks.lowernames import first_names
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.repeats import double_confidence, repeat_starts
from mtlint.checks.repetitiontables import document_data, legitimate_doubles
from mtlint.checks.resourcefiles import optional_text
from mtlint.checks.typography import table, word_set

# Speed: each pattern is compiled with a literal space in front (and once with a newline), so the
# regex engine jumps between spaces with its fast literal search instead of trying a match at every
# character, and possessive quantifiers (``++``) stop it from backtracking inside a word. Tokens
# are loose in the patterns (letters, digits, apostrophes, hyphens) and checked in Python, which
# only sees the rare matches. Repeats are separated by single spaces (MT loops are exact copies),
# never by a line break (headings repeat legitimately).
# A word ends before a letter, apostrophe, slash or hyphen, and before an invisible character
# glued to more letters ("an\u200btibody" is one word with a zero-width space in it, MT604's job).
_END = r"(?![\w'’/\u00ad\u200b-\u200d\u2060-])"

# A word repeated once or more, the copies compared ignoring case ("The the"); group 1 the word.
_REPEATED_WORD = rf"([\w'’/-]++)(?: (?i:\1){_END})+"
# The shortest unit of one to six words followed by an exact copy of itself (lazy, and without
# a repeat count: a possessive "one or more copies" makes the engine several times slower here;
# further copies are counted in Python).
_REPEATED_UNIT = rf"([\w'’/-]++(?: [\w'’/-]++){{0,5}}?) \1{_END}"
_WORD_CHARS = re.compile(r"[\w'’/\u00ad\u200b-\u200d\u2060-]")


def _is_token(word: str) -> bool:
    """A word or number ("food", "100", "600Mbit/s", "and/or"); not "_", "--" or "/"."""
    return bool(word) and word[0].isalnum() and "_" not in word


def _extend(text: str, unit: str, end: int) -> int:
    """The end of the last of the consecutive copies of ``unit`` after ``end``."""
    copy = " " + unit
    while text.startswith(copy, end):
        after = end + len(copy)
        if after < len(text) and _WORD_CHARS.match(text, after):
            break
        end = after
    return end


# A whole sentence repeated: tried only after sentence-final punctuation, and the sentence body
# cannot contain its own terminator, so each start is tried once.
_REPEATED_SENTENCE = r"([^\W\d_][^.!?\n]{4,400}+[.!?])(?:[ \t]+\1)+"
# After a space that follows sentence-final punctuation (the lookbehind comes after the literal
# space, so the fast scan still applies, and the previous match's final "." is not needed).
_SENTENCE_STARTS = (" (?<=[.!?] )", "\n")
# A word and one space right before a number: "surpassed 100 100" is prose, "10 10 12" a table.
_PROSE_BEFORE = re.compile(r"[^\W\d_]{2,} $")


def _in_prose(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    if "\t" in line or "   " in line:
        return False
    return _PROSE_BEFORE.search(text, max(0, start - 40), start) is not None


@lru_cache(maxsize=8)
def _compiled(body: str, separators: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The pattern after each separator (a regex starting with a literal), and bare for the
    text's start."""
    return (*(re.compile(sep + body) for sep in separators), re.compile(body))


def _finditer(
    body: str,
    text: str,
    separators: tuple[str, ...] = (" ", "\n"),
    starts: list[int] | None = None,
) -> list[re.Match[str]]:
    """Matches of ``body`` where it starts after a separator or at the start of the text, in text
    order. The match may include the separator: callers use ``match.start(1)`` as the start.

    ``starts``, when given, are the only offsets where a match can start (a superset from
    ``checks.repeats``): the patterns are then tried there alone instead of scanning the text.
    """
    *after_separator, bare = _compiled(body, separators)
    if starts is not None:
        return _matches_at(
            text, starts, dict(zip((s[0] for s in separators), after_separator, strict=True)), bare
        )
    matches = [m for pattern in after_separator for m in pattern.finditer(text)]
    first = bare.match(text)
    if first is not None:
        matches.append(first)
    matches.sort(key=lambda m: m.start(1))
    # Drop matches nested inside an earlier one (a newline pass can overlap a space pass).
    kept: list[re.Match[str]] = []
    for match in matches:
        if kept and match.start(1) < kept[-1].end():
            continue
        kept.append(match)
    return kept


def _matches_at(
    text: str,
    starts: list[int],
    after: dict[str, re.Pattern[str]],
    bare: re.Pattern[str],
) -> list[re.Match[str]]:
    """Exactly what ``_finditer``'s scans keep, trying only ``starts``. Each separator's scan
    resumes after its own last match (so it never tries an offset inside that match, even one
    the merge then drops); the merge keeps, left to right, the matches that start after the last
    kept one ends."""
    kept: list[re.Match[str]] = []
    scan_end = dict.fromkeys(after, 0)
    for start in starts:
        if start == 0:
            match = bare.match(text)
        else:
            separator = text[start - 1]
            pattern = after.get(separator)
            if pattern is None or start - 1 < scan_end[separator]:
                continue
            match = pattern.match(text, start - 1)
            if match is not None:
                scan_end[separator] = match.end()
        if match is not None and not (kept and start < kept[-1].end()):
            kept.append(match)
    return kept


def _is_name_pair(first: str, second: str, data: LanguageData) -> bool:
    """Both capitalised and rare as a word: a name such as "Sirhan Sirhan" ("States States" and
    "Tuesday Tuesday" are common words, so still doubles)."""
    if not (data.cased and first[:1].isupper() and second[:1].isupper()):
        return False
    # wordfreq's own numbers from the table the other rules already loaded (wordfreq itself
    # would load a second copy of it).
    from mtlint.checks.wordlists import wordfreq_zipf

    try:
        return wordfreq_zipf(first.lower(), data.code) < 3.0
    except LookupError:  # no word list for this language: treat the pair as a possible name
        return True


_NEXT_TITLE_WORD = re.compile(r" [A-Z][a-z]")
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")


def _reduplicated_name(first: str, second: str, data: LanguageData) -> bool:
    """A title-case pair whose joined form is itself a word of the language ("Paw Paw" and
    "pawpaw", "Walla Walla" and "wallawalla", "Sing Sing" and "singsing"): a reduplicated
    place or person name, which the language also writes as one word; an MT double of a name
    ("Obama Obama", "Bahia Bahia") has no joined form. Function words are excluded because
    their joined forms are common typos ("thethe", "inin")."""
    if not (data.cased and first.istitle() and second.istitle() and first.isalpha()):
        return False
    lower = first.lower()
    if lower in data.function_words or lower in data.stop_words:
        return False
    from mtlint.checks.wordlists import wordfreq_zipf

    try:
        return wordfreq_zipf(lower + lower, data.code) >= _JOINED_NAME_ZIPF
    except LookupError:
        return False


# wordfreq's floor for a word it lists at all is about 1; "wallawalla" is 1.19, "pawpaw" 2.06.
_JOINED_NAME_ZIPF = 1.0


def _previous_word(text: str, start: int) -> str:
    """The word right before ``start`` on the same line ("" if punctuation or a line break)."""
    match = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return match.group(1) if match else ""


def _after_given_name(text: str, start: int, data: LanguageData) -> bool:
    """The word before is capitalised and not a function word: a given name ("Alberto")."""
    previous = _previous_word(text, start)
    return (
        bool(previous)
        and previous.istitle()
        and previous.lower() not in data.function_words
        and previous.lower() not in data.stop_words
    )


def _repeated_given_name(text: str, start: int, end: int, word: str, data: LanguageData) -> bool:
    """ "Sheikh Ali Ali", "Mohamed Mohamed Abdi": a given name (first_names.txt) repeated inside
    a full name (Arabic and Somali names repeat the father's name), after a person's title
    (typography ``person_titles``, ``title_abbreviations``) or before another name. A doubled
    last word of a name before running text or a stop ("Errol Flynn Flynn.") is a double."""
    if not (
        word.istitle() and text[end - len(word) : end] == word and word.lower() in first_names()
    ):
        return False
    if _NEXT_TITLE_WORD.match(text, end) is not None:
        return True
    titles = word_set(data, "person_titles") | word_set(data, "title_abbreviations")
    return _previous_word(text, start).lower().rstrip(".") in titles


def _mid_sentence_name(text: str, start: int, first: str, second: str, data: LanguageData) -> bool:
    if not (data.cased and first[:1].isupper() and second[:1].isupper()):
        return False
    previous = _previous_word(text, start)
    if not previous or not previous[0].islower():
        return False
    from mtlint.checks.wordlists import wordfreq_zipf

    try:
        return wordfreq_zipf(first.lower(), data.code) < 4.0
    except LookupError:
        return True


@lru_cache(maxsize=16)
def particle_verbs(language: str) -> frozenset[tuple[str, str]]:
    """(verb form, particle) pairs from resources/repetition/<lang>-particle-verbs.txt."""
    text = optional_text("repetition", f"{language}-particle-verbs.txt")
    if text is None:
        return frozenset()
    pairs = set()
    for line in text.splitlines():
        parts = line.split("#", 1)[0].lower().split()
        if len(parts) == 2:
            pairs.add((parts[0], parts[1]))
    return frozenset(pairs)


def _verb_stems(word: str) -> Iterator[str]:
    """The word and the stems its regular inflections could come from ("tapped" → "tap")."""
    yield word
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            yield stem
            yield stem + "e"
            if len(stem) > 2 and stem[-1] == stem[-2]:
                yield stem[:-1]


_OBJECT_AFTER = re.compile(r" [\w“\"‘']")


def _particle_then_preposition(
    text: str, start: int, end: int, particle: str, language: str
) -> bool:
    """The second copy is a preposition with its object after it ("in in the 24th minute")."""
    pairs = particle_verbs(language)
    if not pairs or not _OBJECT_AFTER.match(text, end):
        return False
    previous = _previous_word(text, start).lower()
    return any((stem, particle) in pairs for stem in _verb_stems(previous))


@register
class DoubledWord(Rule):
    code = "MT401"
    name = "doubled-word"
    summary = "A word written twice in a row (“the the”)."
    severity = Severity.WARNING
    doc = """
    What it finds: a word immediately followed by itself ("the the", "pets pets"), ignoring case.
    Why it matters: MT decoders and careless post-editing double words; readers notice at once and
    spell checkers do not.
    Fix safety: deleting the second copy is safe for function words ("the the"); for other words it
    is offered as unsafe, because an author may double a word for emphasis.
    Known false positives: legitimate doubles listed in resources/repetition/<lang>.txt ("had had",
    "that that", "bye bye", "Walla Walla"); a title-case pair whose joined form is a word of
    the language is taken for a reduplicated name and left alone ("Paw Paw": "pawpaw"; "Sing
    Sing": "singsing"); a rare capitalised word doubled may be a name ("Sirhan Sirhan") and is
    reported with low confidence; the same capitalised pair twice in a document is a name.
    Languages whose grammar doubles content words (Turkish, Persian, Urdu, Indonesian:
    typography table ``reduplicates_content_words``) get their doubled lower-case content words
    at confidence 0.4, under the default threshold (``--min-confidence 0.4`` shows them).
    Languages whose people carry two surnames that may be the same (Spanish, Portuguese:
    typography table ``double_surnames``) get a doubled rare capitalised word after a given name
    ("Alberto Candebat Candebat") at confidence 0.4 too, as does, in any language, a given
    name (resources/gazetteer/first_names.txt) doubled after a capitalised title or name, or
    before one ("Sheikh Ali Ali", "Mohamed Mohamed Abdi": Arabic and Somali names repeat a
    name).
    Numbers are compared only in prose (after a word), never in table-like lines.
    """
    examples = (
        Example("He met the the president on Sunday.", "He met the president on Sunday."),
        Example("The The president arrived.", "The president arrived."),
        Example(
            "Melamine was found in contaminated pet food food.",
            "Melamine was found in contaminated pet food.",
        ),
        good("She had had enough of the talks."),
        good("He said that that was the end of it."),
        good("They drove to Walla Walla on Sunday."),
        Example("The toll has passed 100 100.", "The toll has passed 100."),
        good("Scores:  10 10 12\n  9 9 11"),
        good("He met the president.\nThe minister met him too."),
        good("“We will go and And we will win,” he said."),
        good("He came off the bench to tap in in the 80th minute."),
        good("Most voters logged on on Monday."),
        Example("The talks were held in in the capital.", "The talks were held in the capital."),
        Example("He was promoted and came in in.", "He was promoted and came in."),
        good("The Wagga Wagga team played. Later the Wagga Wagga team left."),
        good("“I would never hurt my son Paw Paw,” he added."),
        good("The council elected Nazir Nazir Hamidi as its chair on Monday."),
        good("He was held at Sing Sing and later moved to Walla Walla."),
        Example("The minister Obama Obama said so.", "The minister Obama said so."),
        Example(
            "Officials in the United States States said so.",
            "Officials in the United States said so.",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = document_data(document)
        allowed = legitimate_doubles(data.code)
        restarts = word_set(data, "coordinators") | word_set(data, "doublet_coordinators")
        # Languages that double content words on purpose as a matter of grammar (Turkish
        # "kaşık kaşık" spoon by spoon, Persian "کم کم" little by little, Hindi "धीरे धीरे"): a
        # doubled lower-case content word there is reported below the default confidence.
        reduplicating = bool(table(data, "reduplicates_content_words", False))
        double_surnames = bool(table(data, "double_surnames", False))
        text = document.text
        candidates = repeat_starts(document)
        starts = candidates.words if candidates is not None else None
        for match in _finditer(_REPEATED_WORD, text, starts=starts):
            word = match.group(1)
            if not _is_token(word):
                continue
            start, second_start = match.start(1), match.end(1)
            # Three or more copies are a loop: MT402 reports those.
            if text.count(" ", start, match.end()) != 1:
                continue
            lower = word.lower()
            if lower in allowed:
                continue
            second = text[match.end() - len(word) : match.end()]
            # "and And": a speaker starting the clause again (quoted speech), not a double.
            if word.islower() and second[0].isupper() and lower in restarts:
                continue
            if word[0].isdigit() and not _in_prose(text, start, match.end()):
                continue
            # A hyphen or apostrophe right after means a compound ("so so-called"): not a double.
            if match.end() < len(text) and text[match.end()] in "-'’":
                continue
            function_word = lower in data.function_words or lower in data.stop_words
            applicability = Applicability.SAFE if function_word else Applicability.UNSAFE
            # A doubled rare capitalised word may be a name ("Sirhan Sirhan"): report it softly;
            # so is a mid-sentence capitalised pair of a less than everyday word, which may be a
            # reduplicated name ("my son Paw Paw") or a doubled one ("in Bahia Bahia").
            name_like = _is_name_pair(word, second, data)
            soft_name = _mid_sentence_name(text, start, word, second, data)
            # The same capitalised pair again elsewhere in the document: a name ("the team
            # Banyana Banyana ... Banyana Banyana matches"), since MT doubles at random.
            if name_like and text.count(text[start : match.end()]) > 1:
                continue
            # A capitalised pair inside a longer name ("Jabar Jabar Amin"): names repeat a
            # part (Afghan, Arabic, Somali names); an MT double stands before running text.
            if name_like and _NEXT_TITLE_WORD.match(text, match.end()):
                continue
            if _reduplicated_name(word, second, data):
                continue
            # "droom van Van der Berg", "bod A a bod B": a name or a label, not a double.
            if case_changed_pair(text, start, match.end(), word, second, data.code):
                continue
            # A particle verb then the same word as a preposition ("tap in in the 24th minute",
            # "logged on on Monday"): English grammar, not a double.
            if _particle_then_preposition(text, start, match.end(), lower, data.code):
                continue
            # "Alberto Candebat Candebat": the father's and the mother's surname may be the same.
            second_surname = double_surnames and name_like and _after_given_name(text, start, data)
            fix = Fix(
                (Edit(second_start, match.end(), ""),),
                applicability,
                f"delete the second “{second}”",
            )
            yield self.finding(
                start,
                match.end(),
                f"“{word}” is written twice",
                fixes=[fix],
                confidence=double_confidence(
                    function_word,
                    second_surname or _repeated_given_name(text, start, match.end(), word, data),
                    soft_name,
                    name_like,
                    reduplicating,
                    second,
                ),
            )


@register
class RepeatedPhrase(Rule):
    code = "MT402"
    name = "repeated-phrase"
    summary = "A phrase or sentence repeated in a loop (“in the morning in the morning”)."
    severity = Severity.WARNING
    doc = """
    What it finds: a phrase of two to six words repeated right after itself, a word repeated
    three or more times ("food food food food"), or a whole sentence written twice in a row
    (longer phrases are found when they make up a whole sentence).
    Why it matters: neural MT falls into loops when decoding goes wrong; the repeat usually means
    something else in the source was lost, so the passage needs a look, not just a deletion.
    Fix safety: deleting the repeats is offered as unsafe: it restores fluency but cannot restore
    anything the loop replaced.
    Known false positives: deliberate rhetoric ("again and again" is fine, but "step by step by
    step" is reported), song lyrics and chants. The doubled-word table does not excuse loops of
    three or more ("there there there").
    """
    examples = (
        Example(
            "He runs in the morning in the morning before work.",
            "He runs in the morning before work.",
        ),
        Example(
            "Melamine was found in pet food food food food.",
            "Melamine was found in pet food.",
        ),
        Example(
            "The talks ended on Sunday. The talks ended on Sunday. Both sides left.",
            "The talks ended on Sunday. Both sides left.",
        ),
        Example(
            "We represent the nations that prospered but also the countries but also the "
            "countries that continue their efforts.",
            "We represent the nations that prospered but also the countries that continue "
            "their efforts.",
        ),
        good("He met the president in the morning and the minister in the evening."),
        good("He said he would go. He said he would stay, and he said he would stay."),
        good("Prices rose again and again over the year."),
        good("Bye bye, she said."),
        good("The talks ended on Sunday. The talks resumed on Monday."),
        good("It grew faster and faster and louder. Thank you. Thank you."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        taken: list[tuple[int, int]] = []
        candidates = repeat_starts(document)
        sentence_starts = candidates.sentences if candidates is not None else None
        unit_starts = candidates.words if candidates is not None else None
        # "X and X and": comparatives and idioms ("faster and faster and louder"), not a loop
        # (the language table's idiom_coordinators).
        coordinators = document_data(document).word_set("idiom_coordinators")
        for match in _finditer(_REPEATED_SENTENCE, text, _SENTENCE_STARTS, sentence_starts):
            sentence = match.group(1)
            if sentence.count(" ") < 3:
                continue  # "Thank you. Thank you.", "No. No.": short repeats are often meant
            taken.append((match.start(1), match.end()))
            yield self._finding(match.start(1), match.end(1), match.end(), "sentence", sentence)
        covered_until = -1
        for match in _finditer(_REPEATED_UNIT, text, starts=unit_starts):
            start = match.start(1)
            if start < covered_until or any(s <= start < e for s, e in taken):
                continue
            unit = match.group(1)
            words = unit.split(" ")
            if not all(_is_token(w) for w in words):
                continue
            end = _extend(text, unit, match.end())
            covered_until = end
            copies = (end - start + 1) // (len(unit) + 1)
            if len(words) == 1:
                # One word over and over ("food food food food"); two copies are MT401's.
                if copies < 3:
                    continue
                if unit[0].isdigit() and not _in_prose(text, start, end):
                    continue
                yield self._finding(start, match.end(1), end, "word", unit, copies)
            elif len(words) == 2 and words[1] in coordinators and copies == 2:
                continue  # "faster and faster and …", "more and more and …": an idiom
            elif len(words) == 2 and words[0] in coordinators and copies == 2:
                # "… and tons and tons of", "and worse and worse": "X and X" after a
                # coordinator, an idiom or a doublet that MT403 judges.
                continue
            else:
                yield self._finding(start, match.end(1), end, "phrase", unit, copies)

    def _finding(
        self, start: int, first_end: int, end: int, kind: str, unit: str, copies: int = 0
    ) -> Finding:
        shown = unit if len(unit) <= 60 else unit[:57] + "…"
        times = f"{copies} times" if copies else "twice or more"
        fix = Fix(
            (Edit(first_end, end, ""),),
            Applicability.UNSAFE,
            f"keep one “{shown}”",
        )
        return self.finding(
            start,
            end,
            f"The {kind} “{shown}” is repeated ({times} in a row): an MT loop?",
            fixes=[fix],
            confidence=0.85 if kind != "phrase" else 0.75,
        )
