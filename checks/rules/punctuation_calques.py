"""Punctuation calqued from the source language (family MT2): a German or Russian comma before
a "that" clause in English ("a strong army, that protects us", "made it clear, that the law
applies"), and the Russian dash between a quotation and its attribution (`…," - added the
mayor`). The word lists live in resources/calques/<lang>.json."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import optional_json, table_names
from mtlint.checks.textscan import (
    base_language,
    language_data,
    looks_technical,
    mark_led_offsets,
    scan_marks,
    trie_pattern,
    unique_chunks,
)
from mtlint.checks.typography import word_set
from mtlint.checks.wordlists import zipf


@lru_cache(maxsize=16)
def calques(code: str) -> dict[str, frozenset[str]]:
    """A language's calque tables (lower-case word sets), empty when it has none."""
    raw = optional_json("calques", f"{code}.json") or {}
    return {
        key: frozenset(str(word).lower() for word in value)
        for key, value in raw.items()
        if isinstance(value, list)
    }


def _languages_with_calque(key: str) -> frozenset[str]:
    """The languages whose calque file holds ``key`` (a rule's languages, from data)."""
    return frozenset(name for name in table_names("calques") if key in calques(name))


# ", that" and the two words around it; a word before the comma, no comma, quote or bracket.
_COMMA_THAT = re.compile(r", that ([^\W\d_]+)(?: ([^\W\d_]+))?")
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
    languages = frozenset({"en"}) | _languages_with_calque("complement_verbs")
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
        for comma in mark_led_offsets(text, ", that "):
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
                fixes=_comma_deleted(comma),
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
                fixes=_comma_deleted(comma),
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
                fixes=_comma_deleted(comma),
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


@lru_cache(maxsize=16)
def _subject_comma(subordinators: frozenset[str]) -> re.Pattern[str]:
    """A subordinator, a determiner, a noun and at most one modifier, a comma, a clitic and a
    word."""
    words = "|".join(sorted(map(re.escape, subordinators)))
    return re.compile(
        rf"(?<!\w)(?i:{words}) ([^\W\d_]+) ([^\W\d_]+)(?: ([^\W\d_]+))?, ([^\W\d_]+) [^\W\d_]{{2,}}"
    )


@register
class SubjectVerbComma(Rule):
    code = "MT232"
    name = "subject-verb-comma"
    summary = "A comma between a short subject and its verb ('que la operación, se llevó a cabo')."
    languages = frozenset({"es", "pt"})
    doc = """
    What it finds: after "que", a subject of a determiner and a noun (and at most one
    modifier) cut from its verb by a comma, the verb led by a clitic ("aseguró que la
    operación, se llevó a cabo", "disse que a reunião, se realizou").
    Why it matters: MT from Persian and Arabic marks the end of the subject with a comma;
    Spanish and Portuguese never separate a subject from its verb.
    Fix safety: unsafe: the comma is deleted.
    Known false positives: a fronted time phrase ("que el lunes, se reunió") is an adverbial,
    not a subject: time nouns and words that open no subject are listed in
    resources/calques/<lang>.json; a comma that closes a parenthesis opened before is never
    reached, the subject must follow "que" directly.
    """
    examples = (
        Example(
            "Dijo que la reunión, se celebró en Madrid.",
            "Dijo que la reunión se celebró en Madrid.",
            "es",
        ),
        good("Dijo que el lunes, se celebró la reunión; que la reunión, como se sabe, fue.", "es"),
        Example(
            "Disse que a reunião, se realizou em Lisboa.",
            "Disse que a reunião se realizou em Lisboa.",
            "pt",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        tables = calques(base_language(document))
        if "subordinators" not in tables or ", " not in document.text:
            return
        text = document.text
        clitics = tables["clitics"]
        for match in _subject_comma(tables["subordinators"]).finditer(text):
            determiner, noun, modifier, clitic = match.groups()
            if clitic not in clitics:
                continue
            if determiner.lower() not in tables["determiners"]:
                continue
            if (
                noun.lower() in tables["not_subject"]
                or (modifier or "").lower() in tables["not_subject"]
            ):
                continue
            if not noun.islower() and not noun.istitle():
                continue
            comma = match.start(4) - 2
            yield self.finding(
                comma,
                comma + 1,
                "A comma between the subject and its verb: Spanish and Portuguese write none",
                fixes=_comma_deleted(comma),
                confidence=0.7,
            )


# A word of a name in Latin letters.
_SUBJECT_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"


@lru_cache(maxsize=16)
def _name_subject_comma(determiners: frozenset[str], verbs: frozenset[str]) -> re.Pattern[str]:
    """A sentence that opens with a determiner, a title (at least one lower-case word) and a
    name, then a comma and a verb of the table."""
    dets = "|".join(sorted((re.escape(d.capitalize()) for d in determiners), key=len)[::-1])
    verb = "|".join(sorted(map(re.escape, verbs), key=len)[::-1])
    return re.compile(
        rf"(?:^|(?<=[.!?] )|(?<=\n))(?:{dets})(?: |(?<=['’]))"
        rf"(?:[^\W\d_][\w'’-]* ){{0,7}}?([a-zà-ÿ][\w'’-]*) "
        rf"{_SUBJECT_NAME_WORD}(?: {_SUBJECT_NAME_WORD}){{0,3}}(,) (?:{verb}) [a-zà-ÿ]",
        re.MULTILINE,
    )


# After the verb, an inverted subject closed by a comma: an incise ("La France, a souligné le
# ministre, est prête"), which is correct.
_INCISE = re.compile(r"[^\W\d_]+ [^\W\d_'’]+(?: [^\W\d_]+){0,4},")


@register
class NameSubjectComma(Rule):
    code = "MT235"
    name = "name-subject-comma"
    summary = "A comma between a subject ending in a name and its verb ('Le ministre X, a dit')."
    languages = _languages_with_calque("name_subject_verbs")
    doc = """
    What it finds: a sentence that opens with a determiner, a title and a name, then a comma
    and the verb ("Le Premier ministre Jean Dupont, a souligné", "Il presidente Mario
    Rossi, ha dichiarato", "El presidente Juan Pérez, declaró"); the verbs (auxiliaries and
    verbs of saying) are data, ``name_subject_verbs`` in resources/calques/<lang>.json, with
    ``determiners``.
    Why it matters: MT from Arabic and Persian marks the end of a long subject with a comma;
    the Romance languages never separate a subject from its verb.
    Fix safety: unsafe: the comma is deleted.
    Known false positives: an apposition ("Le ministre, Jean Dupont, a souligné") holds a
    comma before the name and is never matched; an incise after the verb ("La ministre Anne
    Roy, a souligné le maire, viendra") is left alone when a comma follows the inverted
    subject; a fronted adverbial that ends in a place name before stylistic inversion ("La
    semaine dernière à Lyon, a été inauguré le musée", "La settimana scorsa a Milano, è
    stato") is left alone when a preposition of ``place_prepositions`` stands before the name.
    Still flagged: a fronted phrase whose name follows a noun, not a preposition ("L'année
    du jubilé Saint Pierre, a été…").
    """
    examples = (
        Example(
            "Le Premier ministre Jean Dupont, a souligné que la situation est grave.",
            "Le Premier ministre Jean Dupont a souligné que la situation est grave.",
            "fr",
        ),
        Example(
            "Il presidente Mario Rossi, ha dichiarato che la situazione è grave.",
            "Il presidente Mario Rossi ha dichiarato che la situazione è grave.",
            "it",
        ),
        Example(
            "El presidente Juan Pérez, declaró que la situación es grave.",
            "El presidente Juan Pérez declaró que la situación es grave.",
            "es",
        ),
        good("Le ministre, Jean Dupont, a souligné que tout va bien.", language="fr"),
        good("La ministre Anne Roy, a souligné le maire, viendra demain.", language="fr"),
        good("Selon le ministre Jean Dupont, la situation est grave.", language="fr"),
        good("La semaine dernière à Lyon, a été inauguré le nouveau musée.", language="fr"),
        good("La settimana scorsa a Milano, è stato presentato il nuovo modello.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        tables = calques(base_language(document))
        if "name_subject_verbs" not in tables or ", " not in document.text:
            return
        text = document.text
        pattern = _name_subject_comma(tables["determiners"], tables["name_subject_verbs"])
        places = tables.get("place_prepositions", frozenset())
        for match in pattern.finditer(text):
            if match.group(1).lower() in places:
                continue  # "La semaine dernière à Lyon, a été inauguré": a fronted place
            comma = match.start(2)
            verb_end = text.find(" ", comma + 2)
            after = text[verb_end + 1 : verb_end + 80]
            if _INCISE.match(after) or looks_technical(text, match.start(), match.end()):
                continue
            yield self.finding(
                comma,
                comma + 1,
                "A comma between the subject and its verb: this language writes none",
                fixes=_comma_deleted(comma),
                confidence=0.7,
            )


# The word before the comma ends a name ("Laton", "Al-Abadi") or an acronym in brackets
# ("Police (ROP)", "Police(ROP)"); not an abbreviation with its dot ("Jr.", "Inc.").
_SUBJECT_END = re.compile(r"(?:[A-Z][\w'’-]*|\([A-Z][A-Za-z]{1,9}\))$")
# Where the sentence that holds the comma starts: a line break, or a full stop, question or
# exclamation mark, or a colon (after a dateline: "Muscat: The police, has…") and a space.
_SENTENCE_EDGE = re.compile(r"\n|[.!?:][\"'”’)]*\s+")
# What a subject holds none of: a clause mark, a quotation mark, a dash or a digit run.
_NOT_SUBJECT = re.compile(r"[,;:\"“”«»–—]|\s-\s")
# A short capitalised word before a full stop: a title's or a degree's abbreviation.
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])[A-Z][A-Za-z]{0,3}$")
# The lower-case words a name subject may hold beside its titles.
_SUBJECT_REACH = 120
_SUBJECT_WORDS = (2, 9)
_AFTER_WORDS = 5


@lru_cache(maxsize=8)
def _comma_verb(verbs: frozenset[str]) -> re.Pattern[str]:
    """A comma, a space and one of ``verbs`` as a word, led by the comma. The verbs as a trie
    (the longest that matches first, as the longest-first alternation was): each ", " is
    turned down after a letter or two, not tried against every verb (MT274: 0.08 -> 0.05 s per
    50 MB)."""
    return re.compile(rf", {trie_pattern(verbs)}(?= )")


@register
class SubjectCommaVerb(Rule):
    code = "MT274"
    name = "subject-comma-verb"
    summary = "A comma between a sentence's name subject and its verb ('Spokesman Ali Khan, told')."
    languages = _languages_with_calque("subject_comma_verbs")
    doc = """
    What it finds: in English, a sentence that opens with its subject, a name or a title and a
    name, or ends it with an acronym in brackets, then a lone comma and the verb: "Governor
    spokesman Ali Khan, told reporters that…", "The Royal Police (RP), has urged drivers…".
    The verbs are auxiliaries and verbs of saying and of official news (``subject_comma_verbs``
    in resources/calques/en.json).
    Why it matters: Arabic, Persian, Pashto and Chinese news mark the end of a long subject
    with a comma, and MT keeps it; English never parts a subject from its verb, and a reader
    waits for an aside that never closes.
    Fix safety: unsafe: the comma is deleted.
    Known false positives: the comma must be the first mark of its sentence, the words before
    it two to nine with no quotation mark, dash or digit run, the last one capitalised; so an
    apposition ("Ali Khan, the spokesman, said"), a list ("Ali, Omar and Sara, have") and a
    fronted phrase led by a preposition, a subordinator or an adverb ("In Kabul, has…",
    "Meanwhile, Ali Khan said": the language table's function and stop words and
    ``subject_comma_openers``) are left alone, as are questions ("John, is that you?") and a
    comma that a second one closes within five words ("The man, told to wait, left"). A name
    fronted as a topic ("Kabul, is a city…") is flagged too: it is as wrong.
    """
    examples = (
        Example(
            "Governor spokesman Ali Khan, told reporters that the bridge was finished.",
            "Governor spokesman Ali Khan told reporters that the bridge was finished.",
        ),
        Example(
            "The Royal Police (RP), has urged drivers to stay away from the valleys.",
            "The Royal Police (RP) has urged drivers to stay away from the valleys.",
        ),
        good("Ali Khan, the spokesman, told reporters; in Kabul, he said, the bridge was built."),
        good("Ali, Omar and Sara, have left; meanwhile, Karim said no. John, is that you?"),
        good("Yesterday, Ali Khan told reporters. The man, told to wait, left at noon."),
        good("“We won the match,” said Ali Khan. Martin Luther King Jr., said the sign."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        tables = calques(base_language(document))
        verbs = tables.get("subject_comma_verbs")
        if not verbs or ", " not in document.text:
            return
        data = language_data(document)
        openers = (
            data.function_words | data.stop_words | tables.get("subject_comma_openers", frozenset())
        ) - tables.get("determiners", frozenset())
        links = tables.get("subject_links", frozenset())
        text = document.text
        for match in _comma_verb(verbs).finditer(text):
            comma = match.start()
            subject = _sentence_subject(text, comma)
            if subject is None or not _reads_as_subject(subject, openers, links):
                continue
            if _closed_or_question(text, match.end()):
                continue
            if looks_technical(text, comma - 1, comma + 1):
                continue
            yield self.finding(
                comma,
                comma + 1,
                "A comma between the subject and its verb: English writes none (the source "
                "marked the end of its subject)",
                fixes=_comma_deleted(comma),
                confidence=0.6,
            )


def _sentence_subject(text: str, comma: int) -> str | None:
    """The words from the start of the comma's sentence to the comma, or None when the
    sentence starts too far back. A full stop after a short capitalised word ("MSc.", "Dr.")
    ends an abbreviation, not a sentence."""
    low = max(0, comma - _SUBJECT_REACH)
    window = text[low:comma]
    for edge in reversed(list(_SENTENCE_EDGE.finditer(window))):
        if edge.group()[0] == "." and _ABBREVIATION_BEFORE.search(window, 0, edge.start()):
            continue
        return window[edge.end() :]
    return window if low == 0 else None


def _reads_as_subject(subject: str, openers: frozenset[str], links: frozenset[str]) -> bool:
    """Two to nine words with no clause mark, quotation mark or dash; the first not one that
    opens a fronted phrase, the last a name's or a bracketed acronym's."""
    words = subject.split()
    if not _SUBJECT_WORDS[0] <= len(words) <= _SUBJECT_WORDS[1]:
        return False
    if _NOT_SUBJECT.search(subject) or any(ch.isdigit() for ch in subject):
        return False
    first = words[0]
    if not first[:1].isupper() or first.lower() in openers:
        return False
    # Inside it only titles, names and the table's subject_links ("Minister of Defence Ali
    # Khan"): a preposition or a conjunction makes a phrase of it ("Ali Khan for the agency,
    # says").
    if any(word in openers and word not in links for word in words[1:]):
        return False
    return _SUBJECT_END.search(words[-1]) is not None


def _closed_or_question(text: str, after: int) -> bool:
    """A second comma within a few words closes an aside ("The man, told to wait, left"), or
    the sentence is a question ("John, is that you?")."""
    rest = text[after : after + 200]
    words = rest.split(None, _AFTER_WORDS + 1)[:_AFTER_WORDS]
    if any("," in word for word in words):
        return True
    end = re.search(r"[.!?\n]", rest)
    return end is not None and end.group() == "?"


def _comma_deleted(comma: int) -> list[Fix]:
    """The fix of every calque comma of this family: the comma deleted (unsafe: a human reads
    the sentence first)."""
    return [Fix((Edit(comma, comma + 1, ""),), Applicability.UNSAFE, "delete it")]
