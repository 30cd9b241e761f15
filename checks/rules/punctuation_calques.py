"""Punctuation calqued from the source language (family MT2): a German or Russian comma before
a "that" clause in English ("a strong army, that protects us", "made it clear, that the law
applies"), and the Russian dash between a quotation and its attribution (`…," - added the
mayor`). The word lists live in resources/calques/<lang>.json."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.calquetables import calques, comma_deleted, languages_with_calque
from mtlint.checks.commascan import comma_matches
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    base_language,
    language_data,
    looks_technical,
    mark_led_offsets,
    scan_marks,
    unique_chunks,
)
from mtlint.checks.typography import word_set
from mtlint.checks.wordlists import zipf

# ", that" and the two words around it; a word before the comma, no comma, quote or bracket.
_COMMA_THAT = re.compile(r", that ([^\W\d_]+)(?: ([^\W\d_]+))?")
_COMMA_THAT_LEAD = re.compile(", that ")
# Where the clause that holds the comma starts: a sentence end, a colon or semicolon, a dash,
# a bracket or quotation mark, or a line break.
_CLAUSE_EDGE = re.compile(r"[.!?:;,()\[\]\"“”«»\n–—]|\s-\s")


@register
class CalquedComma(Rule):
    code = "MT230"
    name = "calqued-comma"
    summary = (
        "A comma before a 'that' clause, calqued from German or Russian ('a force, that keeps')."
    )
    languages = frozenset({"en"}) | languages_with_calque("complement_verbs")
    doc = """
    What it finds: a comma before "that" where English has none: before a restrictive relative
    clause, after a noun and before a verb ("a strong army, that protects us"), and before
    the object clause of an adjective or a verb of saying and knowing ("made it very clear,
    that the law applies", "he stressed, that they"). In French, Italian, Spanish and
    Portuguese the same comma between a verb of saying, thinking or knowing and its "que" /
    "che" clause ("On peut penser, qu'en hiver", "ha detto, che"): the tables
    ``complement_verbs``, ``complement_participles`` (after an auxiliary: "a déclaré, que")
    and ``complement_conjunctions`` in resources/calques/<lang>.json. German, Russian and
    Polish have no such table: their "dass", "что", "że" take the comma. In English also the
    comma right after such a "that", before the clause's subject ("the reports found that,
    they had been paid": a Chinese or Korean source's comma after its clause marker), after the
    verbs and adjectives of ``that_comma_heads``, when no second comma closes an aside.
    Why it matters: German and Russian put a comma before every subordinate clause; MT keeps
    it, and English readers take the clause for an afterthought.
    Fix safety: unsafe: the comma is deleted.
    Known false positives: the clause must hold no other comma before this one (a closing
    parenthetical comma, "the report, published on Monday, that…", is left alone); "that"
    followed by an auxiliary, a copula or a time noun ("…, that is,", "…, that was clear",
    "he said, that night, …") is a demonstrative; "so, that" and "the fact, that" are left.
    """
    examples = (
        Example(
            "The navy is a great force, that protects our coast.",
            "The navy is a great force that protects our coast.",
        ),
        Example(
            "I made it very clear, that the treaty applies.",
            "I made it very clear that the treaty applies.",
        ),
        good("He won the vote, that is, the second vote; we lost, that was clear."),
        good("The report, published on Monday, that shows the cuts was withdrawn."),
        good("He said, that night, he would leave; she knew, that way, it would end."),
        Example(
            "Investigators found that, they had been paid in cash.",
            "Investigators found that they had been paid in cash.",
        ),
        good("He said that, if elected, he would cut taxes; not only that, they agreed."),
        Example(
            "On peut penser, qu'en hiver il fera froid.",
            "On peut penser qu'en hiver il fera froid.",
            "fr",
        ),
        Example(
            "Il ministro ha detto, che la legge vale.",
            "Il ministro ha detto che la legge vale.",
            "it",
        ),
        good(
            "Le projet, que le ministre a défendu, a été dit, analysé, que sais-je.", language="fr"
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        tables = calques(base_language(document))
        if not tables or not language_data(document).spaced:
            return
        if "complement_verbs" in tables:
            yield from self._before_conjunction(document, tables)
            return
        text = document.text
        yield from self._after_that(text, tables)
        data = language_data(document)
        function_words = data.function_words | data.stop_words
        # The ", that " found by the shared comma index (the offsets the search gives).
        for comma in map(re.Match.start, comma_matches(document, _COMMA_THAT_LEAD)):
            match = _COMMA_THAT.match(text, comma)
            if match is None:
                continue
            confidence = self._judge(text, match, tables, function_words)
            if confidence <= 0 or looks_technical(text, match.start() - 1, match.start() + 1):
                continue
            comma = match.start()
            yield self.finding(
                comma,
                comma + 1,
                "A comma before a 'that' clause: English writes none here (a calque of the "
                "source's comma)",
                fixes=comma_deleted(comma),
                confidence=confidence,
            )

    def _after_that(self, text: str, tables: dict[str, frozenset[str]]) -> Iterator[Finding]:
        """ "found that, they had": the comma after a complement's "that", before its subject."""
        heads = tables.get("that_comma_heads", frozenset())
        for at in mark_led_offsets(text, " that, "):
            comma = at + 5
            before = text[max(0, at - 30) : at].split()
            if not before or before[-1].lower() not in heads:
                continue
            following = text[comma + 2 : comma + 60]
            subject = following.split(" ", 1)[0]
            if subject.lower() not in tables["clause_subjects"] or not subject.islower():
                continue
            # "that, if elected, he would": an aside closed by a second comma is right.
            if "," in following.split("\n", 1)[0][:40]:
                continue
            if looks_technical(text, comma - 1, comma + 1):
                continue
            yield self.finding(
                comma,
                comma + 1,
                "A comma right after 'that', before its clause: English writes none (the "
                "source's comma)",
                fixes=comma_deleted(comma),
                confidence=0.7,
            )

    def _before_conjunction(
        self, document: Document, tables: dict[str, frozenset[str]]
    ) -> Iterator[Finding]:
        """French, Italian, Spanish, Portuguese: a comma between a verb of saying or thinking
        and its "que"/"che" clause ("penser, qu'en hiver", "a déclaré, que"). Led by the
        verbs the text writes before a comma (a chunk "verb,"), then one scan led by the
        comma."""
        chunks = unique_chunks(document)
        heads = tables["complement_verbs"] | tables["complement_participles"]
        if not any(head + "," in chunks for head in heads):
            return
        text = document.text
        for match in _conjunction_pattern(tables["complement_conjunctions"]).finditer(text):
            comma, conjunction = match.start(), match.group(1)
            tail = text[max(0, comma - 30) : comma].split()
            if not tail or tail[-1] not in heads:
                continue
            window = text[max(0, comma - 200) : comma]
            if not _complement_head(window[-60:].split(), tables):
                continue
            if _incise_follows(text, match.end(1), tables["complement_conjunctions"]):
                continue
            if not _one_comma_clause(window, comma) or looks_technical(text, comma - 1, comma + 1):
                continue
            yield self.finding(
                comma,
                comma + 1,
                f"A comma before '{conjunction}' after a verb of saying or thinking: this "
                "language writes none there (a calque of the source's comma)",
                fixes=comma_deleted(comma),
                confidence=0.65,
            )

    @staticmethod
    def _judge(
        text: str,
        match: re.Match[str],
        tables: dict[str, frozenset[str]],
        function_words: frozenset[str],
    ) -> float:
        """The confidence that the comma is a calque (0: leave it)."""
        after = match.group(1)
        low_after = after.lower()
        if low_after in tables["that_not_relative"]:
            return 0.0
        comma = match.start()
        window = text[max(0, comma - 200) : comma]
        word = window[-40:].rsplit(None, 1)[-1] if window.strip() else ""
        if not word.isalpha():
            return 0.0
        low = word.lower()
        if low in tables["complement_heads"]:
            subject = low_after in tables["clause_subjects"] or (
                after[0].isupper() and after[1:].islower() and len(after) > 2
            )
            return 0.7 if subject and _one_comma_clause(window, comma) else 0.0
        if not word.islower() or low in tables["noun_not_before"] or low.endswith("ly"):
            return 0.0
        # A transitive verb and its object ("that keeps our", "that brought Gavrilov"), not a
        # plural subject ("comparison, that instances with").
        following = match.group(2) or ""
        has_object = following.lower() in tables["object_starts"] or following.istitle()
        # The comma ends a noun phrase ("a great force,", "the political party,"), not "…
        # that you climb on, that reads it".
        if low in function_words or not _noun_phrase(window, tables, function_words):
            return 0.0
        if not (has_object and _finite_verb(after, tables)):
            return 0.0
        return 0.65 if _one_comma_clause(window, comma) else 0.0


@lru_cache(maxsize=8)
def _conjunction_pattern(conjunctions: frozenset[str]) -> re.Pattern[str]:
    """A comma, a space and one of ``conjunctions`` ("que ", "qu'en"), led by the comma."""
    alternatives = "|".join(
        re.escape(c) + ("(?=[^\\W\\d_])" if c[-1] in "'’" else "(?= )")
        for c in sorted(conjunctions)
    )
    return re.compile(f",(?= ({alternatives}))")


def _incise_follows(text: str, start: int, conjunctions: frozenset[str]) -> bool:
    """The "que" clause is an incise closed by a comma within six words, and the complement
    clause follows it ("Il a dit, que je sache, qu'il viendrait"): that comma is right."""
    words = text[start : start + 80].split()[:7]
    for index, word in enumerate(words[:6]):
        if word.endswith(","):
            after = " ".join(words[index + 1 : index + 3]).lower()
            return any(after.startswith(c) for c in conjunctions)
    return False


def _complement_head(words: list[str], tables: dict[str, frozenset[str]]) -> bool:
    """The words before the comma end with a verb of saying or thinking: a form of the table,
    or a participle after an auxiliary ("a déclaré", "ha detto")."""
    last = words[-1]
    if not last.islower():
        return False
    if last in tables["complement_verbs"]:
        return True
    return (
        last in tables["complement_participles"]
        and len(words) > 1
        and words[-2].lower() in tables["auxiliaries"]
    )


def _one_comma_clause(window: str, comma: int) -> bool:
    """The clause that holds the comma has no other comma, bracket or quotation mark before
    it (so the comma closes no parenthesis), and starts within the window."""
    edges = list(_CLAUSE_EDGE.finditer(window))
    if not edges:
        return comma <= 200
    return edges[-1].group() != ","


def _noun_phrase(
    window: str, tables: dict[str, frozenset[str]], function_words: frozenset[str]
) -> bool:
    """The words before the comma are a determiner, at most two modifiers and a noun."""
    words = window.split()[-4:]
    for index in range(len(words) - 2, -1, -1):
        word = words[index].lower()
        if word in tables["determiners"]:
            return True
        if word in function_words or not words[index].isalpha():
            return False
    return False


def _finite_verb(word: str, tables: dict[str, frozenset[str]]) -> bool:
    """A third-person or past verb form right after relative "that" ("keeps", "protects",
    "brought"): a lower-case word ending in -s or -ed whose stem is an everyday word, or an
    irregular past form; not a noun ending in -ss, -us or -is ("that process")."""
    if not word.islower() or len(word) < 4:
        return False
    if word in tables.get("irregular_past", frozenset()):
        return True
    if word.endswith(("ss", "us", "is", "ics")):
        return False
    if word.endswith("ed"):
        stem = word[:-2]
        return zipf(stem) >= 3.0 or zipf(stem + "e") >= 3.0
    if word.endswith("s"):
        return zipf(word[:-1]) >= 3.0 or (word.endswith("es") and zipf(word[:-2]) >= 3.0)
    return False


# A closing quotation mark, then an optional comma and a dash (group 1 the comma, group 2 the
# dash and the spaces around it): one pattern per mark, led by the mark (far rarer than a comma
# or a dash). "»" closes a quotation in the «…» style MT copies from Russian.
_QUOTE_DASH = tuple(re.compile(re.escape(mark) + r"(,?)( ?[-–—] ?)") for mark in '"”»')
# A quotation that ends its own sentence needs no comma: '…now!" - shouted the mayor'.
_SENTENCE_MARKS = frozenset(".!?…")


@register
class AttributionDash(Rule):
    code = "MT231"
    name = "attribution-dash"
    summary = "A dash between a quotation and its attribution ('…,\" - added the mayor')."
    languages = frozenset({"en", "de"})
    doc = """
    What it finds: a dash after the closing mark of a quotation that ends with a comma (before
    or after the mark) or with its own full stop, question or exclamation mark, before the
    attribution: a verb of saying ("…in a month,\" - added the governor"), or a name or a
    pronoun and then one ("…all this”, - said X", "…,\"- Ivan Petrov said"); in English and
    German (the verbs: ``attribution_words`` in resources/typography/<lang>.json, and
    ``attribution_verbs`` in resources/calques/<lang>.json).
    Why it matters: Russian, Ukrainian, Georgian and Polish set off the attribution with a
    dash (Russian «…», – сказал он); English and German write only the comma and the closing
    mark (",\" added the governor"); the reader sees a parenthesis that never closes.
    Fix safety: unsafe: the dash and the space before it are deleted.
    Known false positives: a dash before anything that is no attribution (a credit, "…,\" -
    Reuters", a blurb's '"A masterpiece" – The Times', or a new clause) is left alone: a verb
    of saying must follow within a name; so is a quoted word with no comma ('"no" - added to
    the list'). (MT221, dash-after-quotation, was retired into this rule.)
    """
    examples = (
        Example(
            'We will rebuild the bridge," - added the mayor.',
            'We will rebuild the bridge," added the mayor.',
        ),
        Example(
            "We will rebuild the bridge”,- Ivan Petrov said.",
            "We will rebuild the bridge”, Ivan Petrov said.",
        ),
        Example(
            'We will rebuild the bridge, "- said the mayor.',
            'We will rebuild the bridge," said the mayor.',
        ),
        Example(
            '"Leave the bridge now!" - said the mayor.',
            '"Leave the bridge now!" said the mayor.',
        ),
        Example(
            '"Wir bauen die Brücke wieder auf," - erklärte der Bürgermeister.',
            '"Wir bauen die Brücke wieder auf," erklärte der Bürgermeister.',
            "de",
        ),
        good('We will rebuild the bridge," - Reuters, 5 May.'),
        good('"Yes," - a word he rarely used - "we will."'),
        good('He said "no" - added to the list - and left.'),
        good('"A masterpiece" – The Times. "We agree," said the editor - and left.'),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        tables = calques(base_language(document))
        verbs = word_set(language_data(document), "attribution_words")
        verbs |= tables.get("attribution_verbs", frozenset())
        if not verbs:
            return
        subjects = tables.get("attribution_subjects", frozenset())
        text = document.text
        for match in scan_marks(document, _QUOTE_DASH):
            mark = match.start()
            spaced = not match.group(1) and text[mark - 2 : mark] == ", "
            before = text[mark - 1 : mark]
            # A quotation that ends with a word needs a fuller attribution ('"no" - added to
            # the list' is none; '"We will win" - said the minister' is one).
            bare = not (match.group(1) or spaced or before == "," or before in _SENTENCE_MARKS)
            if bare and not (before.isalpha() and match.group(2).startswith(" ")):
                continue
            rest = text[match.end() : match.end() + 80]
            if not _attribution(rest, verbs, subjects, strict=bare):
                continue
            if looks_technical(text, match.start(), match.end()):
                continue
            end = match.end(2) - (1 if match.group(2).endswith(" ") else 0)
            yield self.finding(
                match.start(2),
                end,
                "A dash before the attribution of a quotation: the source's convention; "
                "write only the comma and the closing mark",
                fixes=[self._fix(text, match, spaced)],
                confidence=0.8,
            )

    @staticmethod
    def _fix(text: str, match: re.Match[str], spaced: bool) -> Fix:
        start, end = match.start(2), match.end(2)
        if spaced:
            # `, "- said`: the mark belongs on the comma (`," said`).
            mark = text[match.start()]
            return Fix(
                (Edit(match.start() - 1, end, mark + " "),), Applicability.UNSAFE, "delete the dash"
            )
        return Fix((Edit(start, end, " "),), Applicability.UNSAFE, "delete the dash")


# A word of a name ("Ivan", "V.", "Al-Abadi") and the letters it starts with.
_NAME_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_LETTERS = re.compile(r"[^\W\d_]+")
# Up to this many words (a name, a title) before the verb of saying.
_LEAD_WORDS = 4


def _attribution(
    rest: str, verbs: frozenset[str], subjects: frozenset[str], strict: bool = False
) -> bool:
    """The words after the dash begin an attribution: a verb of saying first; or up to four
    capitalised words ("Ivan Petrov said"), or up to four words led by a subject ("he said",
    "the mayor of Kyiv said"), and then one. ``strict``: a verb that comes first must be followed by
    its subject, a name, or the clause's end ("said the minister", not "added to the list")."""
    lead: list[str] = []
    position = 0
    for _ in range(_LEAD_WORDS + 1):
        token = _NAME_WORD.match(rest, position)
        if token is None:
            return False
        word = _LETTERS.match(rest, position).group()
        if word in verbs and word.islower():
            if not lead:
                return not strict or _subject_follows(rest, token.end(), subjects)
            return all(w[:1].isupper() for w in lead) or lead[0].lower() in subjects
        # A name's words are capitalised; a subject ("the mayor of Kyiv") may hold any word.
        led = lead and lead[0].lower() in subjects
        if not (word[:1].isupper() or led or word in subjects):
            return False
        lead.append(token.group())
        position = token.end()
        if not rest[position : position + 1].isspace():
            return False
        position += 1
    return False


def _subject_follows(rest: str, at: int, subjects: frozenset[str]) -> bool:
    """After a verb of saying: the clause ends, or its subject or a name comes next."""
    if rest[at : at + 1] in (".", ",", ";", ""):
        return True
    after = _LETTERS.match(rest, at + 1) if rest[at : at + 1] == " " else None
    return after is not None and (after.group()[:1].isupper() or after.group() in subjects)
