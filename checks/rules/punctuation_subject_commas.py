"""Commas calqued between a subject and its verb (family MT2): a short subject after a
subordinator ("que la operación, se llevó a cabo", MT232), a subject ending in a name ("Le
ministre X, a dit", MT235), a sentence's name subject ("Spokesman Ali Khan, told", MT274).
Split out of punctuation_calques.py (h30tidy, session 24); the word lists live in
resources/calques/<lang>.json (checks/calquetables.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.calquetables import calques, comma_deleted, languages_with_calque
from mtlint.checks.commascan import comma_matches
from mtlint.checks.documents.base import Document
from mtlint.checks.model import Finding
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    base_language,
    language_data,
    looks_technical,
    trie_pattern,
)


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
                fixes=comma_deleted(comma),
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
    languages = languages_with_calque("name_subject_verbs")
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
                fixes=comma_deleted(comma),
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
    languages = languages_with_calque("subject_comma_verbs")
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
        # Only at the ", " the shared comma index puts before a verb (the same matches).
        for match in comma_matches(document, _comma_verb(verbs)):
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
                fixes=comma_deleted(comma),
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
