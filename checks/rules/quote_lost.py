"""Direct speech whose quotation marks were both lost (family MT2): "We will not give up, the
minister said." — a first-person sentence closed by its attribution, in a paragraph without a
single quotation mark.

The attribution verbs are data (``attribution_words`` and ``attribution_participles`` in
``resources/typography/en.json``), and so is the rest of the attribution's grammar: the titles
that end no sentence (``title_abbreviations``), the verbs that take an object
(``attribution_object_verbs``), the words that may follow the verb (``attribution_tail_openers``)
or may not (``attribution_clause_words``), and the words that open an adverbial clause rather
than speech (``speech_subordinators``), and the conjunctions of reported speech that no
attribution holds (``reported_speech_words``: "said that", "asked whether"); the first- and
second-person words that mark speech are ``speech_person_words`` (in their case).
One scan finds ", " and an attribution (a subject, then a verb of the table); everything else is
judged per candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    abbreviation_before,
    chunk_text,
    language_data,
    led_matches,
    looks_technical,
    scan_marks,
    text_characters,
    trie_pattern,
)
from mtlint.checks.typography import table, word_set

_ATTRIBUTION_WORD = re.compile(r"[A-Za-z][\w.'’-]*")
# A word of a name in Latin letters (ranges, which the engine tests faster than \w).
_NAME = r"[A-Z\u00c0-\u024f][a-zA-Z\u00c0-\u024f'’.-]*"


class _Grammar(NamedTuple):
    """A language's attribution tables and the patterns built from them."""

    verbs: frozenset[str]
    strict: re.Pattern[str]
    end: re.Pattern[str]
    sentence_start: re.Pattern[str]
    saying_before_colon: re.Pattern[str]
    object_verbs: frozenset[str]
    tail_openers: frozenset[str]
    clause_words: frozenset[str]
    subordinators: frozenset[str]
    adverbial_openers: frozenset[str]
    reported: frozenset[str]
    # First- and second-person words (``speech_person_words``, in their case): speech, never
    # reported speech.
    person: re.Pattern[str]


def _grammar(data: LanguageData, participles: bool) -> _Grammar | None:
    """The attribution grammar of ``data`` (None without verbs of saying); ``participles``
    adds "saying", "adding" … to the verbs."""
    verbs = word_set(data, "attribution_words")
    if participles:
        verbs |= word_set(data, "attribution_participles")
    if not verbs:
        return None
    return _compiled(
        verbs,
        word_set(data, "title_abbreviations"),
        word_set(data, "attribution_object_verbs"),
        word_set(data, "attribution_tail_openers"),
        word_set(data, "attribution_clause_words"),
        word_set(data, "speech_subordinators"),
        word_set(data, "speech_adverbial_openers"),
        word_set(data, "reported_speech_words"),
        tuple(sorted(table(data, "speech_person_words", ()) or ())),
    )


@lru_cache(maxsize=16)
def _compiled(
    verbs: frozenset[str],
    titles: frozenset[str],
    object_verbs: frozenset[str],
    tail_openers: frozenset[str],
    clause_words: frozenset[str],
    subordinators: frozenset[str],
    adverbial_openers: frozenset[str],
    reported: frozenset[str],
    person_words: tuple[str, ...],
) -> _Grammar:
    alternation = trie_pattern(verbs)
    # One table of titles for both ends of a sentence: "Mr." neither ends one nor starts one.
    titles_sorted = sorted(title.capitalize() for title in titles)
    not_after_title = "".join(rf"(?<!\b{re.escape(title)})" for title in titles_sorted)
    not_after_title_stop = "".join(rf"(?<!\b{re.escape(title)}\. )" for title in titles_sorted)
    return _Grammar(
        verbs=verbs,
        # A comma, a subject (a pronoun, "the" and a few words, or a name) and a verb (a trie:
        # the literal ", " leads, and most commas fail on the next letters at C speed).
        strict=re.compile(
            r", (?=[a-zA-Z\u00c0-\u024f])(?:(?:he|she|they|the(?: [a-z]+){1,3}|"
            + _NAME
            + r"(?: "
            + _NAME
            + r"){0,3}) )?(?:"
            + alternation
            + r")\b"
        ),
        # The attribution's end: a full stop before a capital or the line's end, not after a
        # title.
        end=re.compile(not_after_title + r"\.(?= [A-Z]|[ \t]*(?:\n|$))"),
        sentence_start=re.compile(
            r"(?:^|(?<=[!?:] )|(?<=\n)|(?<=\. )" + not_after_title_stop + r")(?=[A-Z])",
            re.MULTILINE,
        ),
        # "He said: we…", "she told reporters: we…" (MT208's).
        saying_before_colon=re.compile(r"\b(?:" + alternation + r")(?: \w+)?:"),
        object_verbs=object_verbs,
        tail_openers=tail_openers,
        clause_words=clause_words,
        subordinators=subordinators,
        adverbial_openers=adverbial_openers,
        reported=reported,
        person=re.compile(r"\b(?:" + "|".join(map(re.escape, person_words)) + r")\b")
        if person_words
        else re.compile(r"(?!)"),
    )


# Any quotation mark; the apostrophe inside a word is no quotation mark.
_QUOTE = re.compile(r"[\"“”„«»‹›‘]|’(?![^\W\d_])|(?<![^\W\d_])'|'(?![^\W\d_])")


@register
class SpeechMarksLost(Rule):
    code = "MT227"
    name = "speech-marks-lost"
    summary = "Direct speech with both quotation marks lost ('We will win, he said.')."
    languages = frozenset({"en"})
    severity = Severity.INFO
    doc = """
    What it finds: a sentence in the first or second person (I, we, our, you …) closed by a
    comma and its attribution ("…, he said.", "…, said the minister.", "…, the mayor told
    reporters."), in a paragraph that holds no quotation mark at all.
    Why it matters: MT and scraping drop both marks of a quotation; the speaker's words then
    read as the reporter's.
    Fix safety: unsafe; “ goes before the sentence and ” after its comma, but the quotation
    may have started in an earlier sentence.
    Known false positives: indirect speech in the first person of a group the writer belongs
    to ("our country must act, the minister said" in a national newspaper), and a quotation
    carried over from the previous paragraph without marks. Left alone on purpose: a
    sentence whose words before the attribution are adverbials only — segments opened by a
    subordinator (``speech_subordinators``) or short phrases of a preposition
    (``speech_adverbial_openers``): "As we reported, the company said…", "For us, as readers
    know, the council told residents." (the "attribution" is the main clause); one
    subordinate clause holding two subjects is speech ("When we win we celebrate, the coach
    said."); and a verb of saying followed by its own clause or object ("the guards said
    nothing", "the company said it would…").
    """
    examples = (
        Example(
            "We will not let anyone harm our people, the minister said.",
            "“We will not let anyone harm our people,” the minister said.",
        ),
        Example(
            "Prices rose. The main task for us is peace, said Mr. Smith. Then he left.",
            "Prices rose. “The main task for us is peace,” said Mr. Smith. Then he left.",
        ),
        good("The plan will be ready in May, the minister said."),
        good("“We will win,” he said. Then he said we would see, the aide added."),
        Example(
            "Prices rose again. Mr. Smith and I will not wait, the aide said.",
            "Prices rose again. “Mr. Smith and I will not wait,” the aide said.",
        ),
        good("We will win, says the prime minister"),
        good("As we reported on Monday, the company said it would cut 500 jobs."),
        good("For us, as readers know, the council told residents."),
        Example(
            "When we win we celebrate, the coach said.",
            "“When we win we celebrate,” the coach said.",
        ),
        good("We arrived at the border at noon, the guards told us nothing."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if ", " not in text:
            return
        grammar = _grammar(language_data(document), participles=True)
        if grammar is None:
            return
        for match in grammar.strict.finditer(text):
            if not _is_attribution(text, match.start() + 2, grammar):
                continue
            comma = match.start()
            start = _sentence_start(text, comma, grammar)
            if start is None:
                continue
            spoken = text[start:comma]
            words = spoken.split()
            if not grammar.person.search(spoken) or len(words) < 4:
                continue
            if not _has_main_clause(spoken, grammar):
                continue
            # "He said that we…, the aide added": reported speech inside, no quotation.
            if not grammar.verbs.isdisjoint(_ATTRIBUTION_WORD.findall(spoken.lower())):
                continue
            line_start = text.rfind("\n", 0, comma) + 1
            line_end = text.find("\n", comma)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            if _QUOTE.search(line) or looks_technical(text, start, comma):
                continue
            curly = "“" in text_characters(document) or '"' not in text_characters(document)
            opening, closing = ("“", "”") if curly else ('"', '"')
            yield self.finding(
                start,
                comma + 1,
                "Direct speech closed by its attribution, with no quotation marks",
                fixes=[
                    Fix(
                        (Edit(start, start, opening), Edit(comma + 1, comma + 1, closing)),
                        Applicability.UNSAFE,
                        "put the speech in quotation marks",
                    )
                ],
                confidence=0.7,
            )


# Subject pronouns: two of them in one comma-less stretch are two clauses ("When we win we
# celebrate"), one is an adverbial clause alone ("As we reported on Monday").
_SUBJECT = re.compile(r"\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Yy]ou)\b")


def _has_main_clause(spoken: str, grammar: _Grammar) -> bool:
    """Whether ``spoken`` holds a clause of its own, not only adverbials before the
    attribution: "As we reported, the company said…" and "For us, as readers know, the council
    told residents." are the reporter's (the "attribution" is the sentence's main clause);
    "If we lose, we go home" and "When we win we celebrate" hold a main clause of their own."""
    segments = spoken.split(", ")
    for segment in segments:
        words = segment.split()
        first = words[0].lower() if words else ""
        if first in grammar.subordinators:
            continue
        # A short phrase of a preposition ("For us") is no clause; a long one holds one
        # ("For our people the war is over").
        if first not in grammar.adverbial_openers or len(words) > 4:
            return True
    # One segment opened by a subordinator: two subjects make it two clauses.
    return len(segments) == 1 and len(_SUBJECT.findall(spoken)) >= 2


def _sentence_start(text: str, comma: int, grammar: _Grammar) -> int | None:
    """Where the sentence holding ``comma`` starts (None when it starts more than 400
    characters back, or holds a verb of saying and a colon: "He said: we…" is MT208's)."""
    window = max(0, comma - 400)
    start = None
    for match in grammar.sentence_start.finditer(text, window, comma):
        start = match.start()
    if start is None:
        return None
    colon = text.find(":", start, comma)
    if colon >= 0 and grammar.saying_before_colon.search(text, start, colon + 1):
        return None
    return start


def _is_attribution(text: str, at: int, grammar: _Grammar) -> bool:
    """Whether ``text[at:]`` is a short attribution ending its sentence ("the minister said.",
    "said Mr. Smith.", "he told reporters on Monday."): at most sixteen words, one of them an
    attribution verb, none a conjunction of reported speech. After a subject the verb ends
    the clause: it takes no clause or object of its own ("said it would", "said nothing"),
    but "told" and its kind take an object ("told reporters"), and a phrase of time or
    place may follow ("in a statement", "on Monday")."""
    end = grammar.end.search(text, at, at + 120)
    if end is None:
        return False
    words = _ATTRIBUTION_WORD.findall(text, at, end.start())
    if not words or len(words) > 16 or len(" ".join(words)) + 8 < end.start() - at:
        return False
    lowered = [word.lower() for word in words]
    if grammar.verbs.isdisjoint(lowered) or not grammar.reported.isdisjoint(lowered):
        return False
    verb = next(i for i, word in enumerate(lowered) if word in grammar.verbs)
    if verb == 0:
        return True  # "said the minister": the speaker follows the verb
    tail = lowered[verb + 1 :]
    if not grammar.clause_words.isdisjoint(tail):
        return False
    if lowered[verb] in grammar.object_verbs:
        # "told reporters", "told the BBC": the object runs to a phrase of time or place.
        size = next((i for i, word in enumerate(tail) if word in grammar.tail_openers), len(tail))
        if size > 4:
            return False
        tail = tail[size:]
    return not tail or tail[0] in grammar.tail_openers


# A full stop closing a quotation that its attribution continues: '…first.", the agency said'
# (a comma after the mark) or '…for patience." the agency added' (a lower-case attribution).
# A letter or digit before the full stop: an ellipsis ('"We will see...", he said') ends no
# sentence of the quotation.
# Led by the literal full stop (a scan jumps between them); the character before it (a letter,
# a digit or a closing bracket) is checked per match.
_STOP_THEN_COMMA = {mark: re.compile(r"\." + mark + ",") for mark in '"”’“'}
# What goes on after the comma: the attribution (a word, or a dash before it: ", — сказал").
_ATTRIBUTION_FOLLOWS = re.compile(r"[ \u00a0]+(?:[—–-][ \u00a0]+)?[^\W\d_]")
# French spaces the inside of its guillemets: ". »," too.
_STOP_THEN_COMMA["»"] = re.compile(r"\.[ \u00a0\u202f]?»,")
_STOP_THEN_WORD = {
    mark: re.compile(mark + r"(?<=[^\W\d_]\." + mark + r")(?= [a-z])") for mark in '"”'
}
# A closing mark glued to the last word of the quotation and then a space: "…main tasks”
# Kyrylenko said" (English: the comma that belongs inside the mark was lost).
# With the stop-then-word shape above, one pattern per mark: a letter or a letter and a full
# stop before the mark, a space and a letter after it.
_WORD_OR_STOP_THEN_MARK = {
    mark: re.compile(
        mark + r"(?= [A-Za-z])(?:(?<=[^\W\d_]\." + mark + r")|(?<=[^\W\d_]" + mark + r"))"
    )
    for mark in '"”'
}
_WORD_THEN_MARK_CHUNK = [re.compile(m + r"(?=\n)(?<=[^\W\d_]" + m + ")") for m in '"”']
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.)+$|\b(?:etc|Inc|Ltd|Co|Corp|Jr|Sr|St|No)\.$")


@register
class StopBeforeAttribution(Rule):
    code = "MT228"
    name = "stop-before-attribution"
    summary = (
        "A full stop ends a quotation that its attribution goes on from ('first.\", he said')."
    )
    languages = frozenset()
    doc = """
    What it finds: a quotation closed by a full stop and then a comma ('"…the workers first.", the
    company said'; in every language: '«…a tutto.», ha detto', '« …prêts. », a dit', '„…bereit.“,
    sagte'), or, in English, by a full stop and then a lower-case attribution ('"…for
    patience." the agency added'): the sentence goes on, so the quotation ends with a comma.
    Why it matters: MT translates the quoted sentence and its attribution apart and keeps the
    full stop of the first; the reader sees a sentence end in mid-sentence.
    Fix safety: unsafe; in English the full stop becomes a comma (and the comma after the mark
    goes); elsewhere the full stop goes and the comma after the mark stays.
    Known false positives: an abbreviation ending the quotation ("in the U.S.", he said"; the
    language's abbreviations, "S.p.A.") and an ellipsis ("We will see...", he said: a letter
    or digit must come before the stop) are left alone; the lower-case form needs a verb of
    saying (``attribution_words``, English only) before the sentence ends. In English also a
    quotation that opens its sentence, closed with no mark at all before its attribution
    ('“…our main tasks” Kyrylenko said.'): the comma is added inside the mark; a scare quote
    mid-sentence or a quotation of three words or fewer is left alone.
    """
    examples = (
        Example(
            '"We put the workers first.", the company said.',
            '"We put the workers first," the company said.',
        ),
        Example(
            '"We ask for patience." the agency added.', '"We ask for patience," the agency added.'
        ),
        good('"It went well in the U.S.", he said. "Stop." The man left.'),
        good('"We will see...", he said.'),
        Example(
            "“Then we will do all our main tasks” Petrenko said.",
            "“Then we will do all our main tasks,” Petrenko said.",
        ),
        good("The so-called “reform” Petrenko said was dead; a “quick and clean” he said."),
        Example(
            "«Siamo pronti a tutto.», ha detto il sindaco.",
            "«Siamo pronti a tutto», ha detto il sindaco.",
            "it",
        ),
        Example(
            "« Nous sommes prêts. », a dit le maire.",
            "« Nous sommes prêts », a dit le maire.",
            "fr",
        ),
        good("«Lavora per Rossi S.p.A.», ha detto il sindaco.", language="it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        characters = text_characters(document)
        marks = [mark for mark in '"”’“»' if mark in characters]
        if not marks:
            return
        text = document.text
        lines = chunk_text(document)
        data = language_data(document)
        english = data.code.split("-")[0] == "en"
        for mark in marks:
            # In the chunks: ".”," glued, or a chunk "»," after a spaced full stop (". »,").
            if "." + mark + "," not in lines and (mark != "»" or "\n»," not in lines):
                continue
            if english or mark not in "’":
                # '.”,': led by the full stop, found from the mark one place on (rare).
                matches = (
                    _STOP_THEN_COMMA[mark].finditer(text)
                    if mark == "»"
                    else led_matches(document, _STOP_THEN_COMMA[mark], mark, 1)
                )
                for match in matches:
                    before = text[match.start() - 1 : match.start()]
                    if not (before.isalnum() or before == ")"):
                        continue
                    if not english and (
                        abbreviation_before(text, match.start(), data.abbreviations)
                        or not _ATTRIBUTION_FOLLOWS.match(text, match.end())
                    ):
                        continue
                    yield from self._judge(text, match.start(), comma=True, inside=english)
        grammar = _grammar(data, participles=False)
        # In English, also a closing mark glued to a word with no mark at all (one scan for
        # both: the comma-lost shape is asked for only when the chunks hold 'word”').
        lost = english and bool(grammar) and any(p.search(lines) for p in _WORD_THEN_MARK_CHUNK)
        for mark in [m for m in marks if m in _STOP_THEN_WORD and grammar]:
            pattern = _WORD_OR_STOP_THEN_MARK[mark] if lost else _STOP_THEN_WORD[mark]
            for match in scan_marks(document, [pattern]):
                close = match.start()
                if text[close - 1] != ".":
                    yield from self._comma_lost(text, close, grammar)
                    continue
                if not text[close + 2 : close + 3].islower():
                    continue
                # The attribution starts right there: a subject and its verb of saying.
                head = ", " + text[match.end() + 1 : match.end() + 80]
                if grammar.strict.match(head) and _is_attribution(text, match.end() + 1, grammar):
                    yield from self._judge(text, close - 1, comma=False)

    def _comma_lost(self, text: str, close: int, grammar: _Grammar) -> Iterator[Finding]:
        """'“Once there are fewer people, we will do our main tasks” Kyrylenko said.': a
        quotation that opens a sentence of four words or more, closed with no mark before its
        attribution."""
        head = ", " + text[close + 2 : close + 82]
        if not (grammar.strict.match(head) and _is_attribution(text, close + 2, grammar)):
            return
        start = text.rfind("“" if text[close] == "”" else '"', max(0, close - 600), close)
        before = text[max(0, start - 2) : start]
        if start < 0 or "\n" in text[start:close] or text.count(" ", start, close) < 3:
            return
        if before.strip() and before[-1] not in "\n:" and before not in (". ", "? ", "! "):
            return
        if looks_technical(text, close - 1, close + 1):
            return
        yield self.finding(
            close - 1,
            close + 1,
            "The quotation ends with no comma before its attribution",
            fixes=[Fix((Edit(close, close, ","),), Applicability.UNSAFE, "add a comma")],
            confidence=0.7,
        )

    def _judge(self, text: str, stop: int, comma: bool, inside: bool = True) -> Iterator[Finding]:
        """``inside``: the comma goes inside the closing mark (English); elsewhere the stop
        goes and the comma after the mark stays («…», disse; „…“, sagte er)."""
        if _ABBREVIATION_END.search(text, max(0, stop - 12), stop + 1):
            return
        if looks_technical(text, stop, stop + 2):
            return
        end = text.find(",", stop) + 1 if comma else stop + 2
        if inside:
            edits = [Edit(stop, stop + 1, ",")]
            if comma:
                edits.append(Edit(end - 1, end, ""))
            title = "write a comma"
        else:
            edits, title = [Edit(stop, stop + 1, "")], "remove the full stop"
        yield self.finding(
            stop,
            end,
            "A full stop ends the quotation, but its attribution goes on",
            fixes=[Fix(tuple(edits), Applicability.UNSAFE, title)],
            confidence=0.75,
        )
