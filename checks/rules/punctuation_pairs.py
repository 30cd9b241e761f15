"""Punctuation that comes in pairs, typed as half of one pair and half of another (family MT2):
a quotation opened in one language's marks and closed in another's ("«siamo pronti”"), the
inner level of a nested quotation standing alone at the top ("„мы готовы“" in a Russian text
that quotes with « »), a full stop before a closing bracket and again after it ("(two
hours.)."), and the Spanish opening marks ¿ ¡ lost or doubled where the text writes them
elsewhere.

Which marks pair is data: ``quote_pairs`` (resources/lang/<lang>.json); the inner-level marks
(``nested_only_quotes``) and the opening forms of ? and ! (``inverted_marks``) are optional
keys of resources/typography/<lang>.json.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import load_language_data
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.quote_pairs import quote_pair_problems
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    abbreviation_before,
    base_language,
    chunk_text,
    language_data,
    looks_technical,
    text_characters,
)
from mtlint.checks.typography import languages_with_table, table
from mtlint.checks.wordlists import wordfreq_zipf


@register
class QuotePairMismatch(Rule):
    code = "MT229"
    name = "quote-pair-mismatch"
    summary = "A quotation opened with one pair's mark and closed with another's ('«sì”', '„да“')."
    doc = """
    What it finds: in one paragraph, a quotation opened with a mark of the language's pairs
    (``quote_pairs``: « » and “ ” in Italian, « » and „ “ in Russian) and closed with a mark
    of another pair («siamo pronti”, „Wir sind bereit”, «мы готовы“); and, in a language
    whose second pair is only the inner level of a nested quotation (``nested_only_quotes``:
    Russian and Ukrainian „ “ inside « »), that pair standing at the top level of a text that
    quotes with the first pair elsewhere.
    Why it matters: MT and copy assembled from several sources mix two conventions in one
    quotation; the marks no longer pair.
    Fix safety: unsafe: the closing mark becomes the one its opening mark takes (the inner
    pair becomes the outer one).
    Known false positives: marks whose place does not say which way they face (glued or
    spaced on both sides: French « … » spaced inside is not judged, a limit) and straight
    marks are left alone; curly marks closed by another
    curly mark („…“ for Polish „…”, „…” for German „…“) are a keyboard's variant that native
    copy writes too, so only guillemets against curly marks count; a paragraph whose marks do
    not pair up at all is MT203's; a curly mark right after a digit is an inch or seconds
    sign ("un televisore da 55” ieri") and is skipped when the open quotation's own closing
    mark follows in the paragraph. Still flagged: an inch sign after a space ("55 ” screen").
    MT203 reads the mismatched closing mark as the one its opening takes, so a mismatch is
    reported once, here (checks/quote_pairs.py holds the one scan).
    """
    examples = (
        Example(
            "Il ministro ha detto «siamo pronti” ai giornalisti.",
            "Il ministro ha detto «siamo pronti» ai giornalisti.",
            "it",
        ),
        Example(
            "Министр сказал «мы готовы“ журналистам.",
            "Министр сказал «мы готовы» журналистам.",
            "ru",
        ),
        Example(
            "Он сказал «нет», а потом „да“ журналистам.",
            "Он сказал «нет», а потом «да» журналистам.",
            "ru",
        ),
        good("Il ministro ha detto «siamo “pronti” a tutto» e “sì”.", language="it"),
        good("Он сказал «мы „Север“ поддержим» журналистам.", language="ru"),
        good("Er sagte „Wir sind bereit“ und »gut«, dann „nein”.", language="de"),
        Example(
            "Sie sagte: »Wir kommen“, und dann „nein“.",
            "Sie sagte: »Wir kommen«, und dann „nein“.",
            "de",
        ),
        good("«Ho preso un televisore da 55” ieri», ha detto. Poi ha citato “Il Sole”.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        problems = quote_pair_problems(document)
        if not problems:
            return
        text = document.text
        pairs = language_data(document).quote_pairs
        for problem in problems:
            opening, at, expected = problem.opening, problem.closing, problem.expected
            if problem.inner:
                yield self._inner_at_top(text, opening, at, expected, pairs[expected])
                continue
            mark = text[at]
            yield self.finding(
                at,
                at + 1,
                f"Quotation opened with '{text[opening]}' and closed with '{mark}'",
                fixes=[Fix((Edit(at, at + 1, expected),), Applicability.UNSAFE, f"→ '{expected}'")],
                confidence=0.75,
            )

    def _inner_at_top(
        self, text: str, opening: int, closing: int, outer: str, outer_closing: str
    ) -> Finding:
        return self.finding(
            opening,
            opening + 1,
            f"'{text[opening]}…{text[closing]}' is the inner level of a nested quotation; "
            f"this text quotes with '{outer}…{outer_closing}'",
            fixes=[
                Fix(
                    (Edit(opening, opening + 1, outer), Edit(closing, closing + 1, outer_closing)),
                    Applicability.UNSAFE,
                    f"→ '{outer}…{outer_closing}'",
                )
            ],
            confidence=0.7,
        )


# A full stop, a closing bracket and a full stop again, after a word of two letters or more.
_STOP_AROUND_BRACKET = re.compile(r"(?<=[^\W\d_]{2})\.[)\]]\.")


@register
class StopAroundBracket(Rule):
    code = "MT233"
    name = "stop-around-bracket"
    summary = "A full stop both before and after a closing bracket ('(about two hours.).')."
    doc = """
    What it finds: a full stop right before a closing bracket and another right after it
    ("(about two hours.).", "(circa due ore.).").
    Why it matters: MT translates the bracket's content as a sentence of its own and keeps its
    full stop; the sentence then ends twice. No language writes both.
    Fix safety: unsafe: the stop inside the bracket is removed.
    Known false positives: an abbreviation ending the bracket ("(Ltd.).", "(S.p.A.).", the
    language's and English abbreviations) is left alone, and so is a bracket that holds no
    sentence: fewer than three words, or a last word that is capitalised, shorter than five
    letters and not common ("(Calif.).", "(s. Abb.).", "(prov.)."); "?)." and "!)." are
    correct. Still flagged: a common short abbreviation after three words ("(see also
    vol.).").
    """
    examples = (
        Example(
            "He spoke for long (about two hours.). Then he left.",
            "He spoke for long (about two hours). Then he left.",
        ),
        Example(
            "Ha parlato a lungo (circa due ore.). Poi è partito.",
            "Ha parlato a lungo (circa due ore). Poi è partito.",
            "it",
        ),
        good("He joined (Acme Ltd.). He left (really?). See (U.S.). Also (etc.)."),
        good("He was born in Fresno (Calif.). Later he moved."),
        good("È nato a Roma (prov.). Poi partì.", "it"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        lines = chunk_text(document)
        if ".)." not in lines and ".]." not in lines:
            return
        text = document.text
        abbreviations = language_data(document).abbreviations
        english = load_language_data("en").abbreviations
        for match in _STOP_AROUND_BRACKET.finditer(text):
            stop = match.start()
            if abbreviation_before(text, stop, abbreviations | english):
                continue
            if not _sentence_in_bracket(text, stop, base_language(document)):
                continue
            if looks_technical(text, stop, match.end()):
                continue
            yield self.finding(
                stop,
                match.end(),
                "A full stop before the closing bracket and again after it",
                fixes=[Fix((Edit(stop, stop + 1, ""),), Applicability.UNSAFE, "remove the first")],
                confidence=0.8,
            )


def _sentence_in_bracket(text: str, stop: int, language: str) -> bool:
    """Whether the bracket closed after ``stop`` holds a sentence: three words or more, the
    last one a lower-case word of five letters or more, or a common one ("ore", "days"), not
    an abbreviation ("Calif", "Abb", "prov")."""
    opening = text.rfind("(", max(0, stop - 400), stop)
    words = _WORD.findall(text, opening + 1, stop) if opening >= 0 else []
    if len(words) < 3 or not words[-1].islower():
        return False
    last = words[-1]
    return len(last) >= 5 or (len(last) >= 3 and wordfreq_zipf(last, language) >= 4.5)


_WORD = re.compile(r"[^\W\d_]+")


# A sentence's end, or a place where a Spanish question or exclamation may open anew.
_CLAUSE_END = re.compile(r"[.!?…:;\n]")


@register
class InvertedMarkLost(Rule):
    code = "MT234"
    name = "inverted-mark-lost"
    summary = "A Spanish question or exclamation without its opening ¿ ¡, or with it doubled."
    languages = languages_with_table("inverted_marks")
    doc = """
    What it finds: in a language that opens questions and exclamations with an inverted mark
    (``inverted_marks``: Spanish ¿ ¡), a sentence closed by ? (or !) with no ¿ (¡) since the
    sentence began, in a text that writes that inverted mark elsewhere ("¿Qué pasará? … Qué
    dirá el ministro?"); an inverted mark whose sentence ends with a full stop instead
    ("¿Qué pasará ahora. El"); and an opening mark doubled where the closing one is single
    ("¡¡Qué sorpresa!").
    Why it matters: MT and copy from English lose the opening mark or its partner; the text
    then follows two conventions.
    Fix safety: unsafe: the mark goes at the sentence's start (only offered when the sentence
    holds no comma: a question may open after one); the doubled mark loses one.
    Known false positives: a text that never writes the inverted mark (informal or foreign
    copy) is left alone; "!!" and "¡¡…!!" are emphasis; URLs and code are skipped; the full
    stop of an abbreviation (the language's ``abbreviations``, a word holding a stop, or a
    capital and one or two letters: "Dr.", "EE. UU.") ends no sentence; a "?" that closes a
    quotation opened in its sentence is the quoted words' own ('la canción “What's Up?” de')
    and is skipped, as brackets are; a line break inside the sentence (a hand-wrapped unit:
    a word before it, a lower-case word after it) does not end it. Still flagged: a
    question that ends in a sentence after an abbreviation the table lacks ("del ayto.
    Vendrá?"); and a short name before a real sentence end ("con Ana. ¿Vienes?") hides the end.
    """
    examples = (
        Example(
            "¿Qué pasará ahora? Nadie lo sabe. Qué dirá el ministro? Tampoco.",
            "¿Qué pasará ahora? Nadie lo sabe. ¿Qué dirá el ministro? Tampoco.",
            "es",
        ),
        Example("¡¡Qué sorpresa! Llegó tarde.", "¡Qué sorpresa! Llegó tarde.", "es"),
        Example("¿Qué pasará ahora. Nadie lo sabe.", "¿Qué pasará ahora? Nadie lo sabe.", "es"),
        good("¿Qué pasará? Le preguntó, ¿vendrá mañana? ¡¡Qué bien!! Yahoo! no.", language="es"),
        good("Qué pasará? Nadie lo sabe.", language="es"),
        good("¿Qué pasará? Ya veremos. ¿Hablaste con el Dr. Luis Gómez? ¿Vive en EE. UU.?", "es"),
        good("¿Qué pasará? Ya veremos. Sonó la canción “Who Knows?” en la radio.", "es"),
        good("¿Quiere guardar los cambios\nantes de cerrar? Sí.", "es"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        marks = table(language_data(document), "inverted_marks")
        if not isinstance(marks, dict):
            return
        characters = text_characters(document)
        text = document.text
        abbreviations = language_data(document).abbreviations
        for closing, opening in marks.items():
            if opening not in characters:
                continue
            doubled = opening * 2
            at = text.find(doubled)
            while at != -1:
                end = _CLAUSE_END.search(text, at + 2)
                if end and end.group() == closing and text[end.end() : end.end() + 1] != closing:
                    yield self._doubled(text, at, opening)
                at = text.find(doubled, at + 2)
            if closing in characters:
                yield from self._lost(text, opening, closing, abbreviations)
            yield from self._unclosed(text, opening, closing, abbreviations)

    def _unclosed(
        self, text: str, opening: str, closing: str, abbreviations: frozenset[str]
    ) -> Iterator[Finding]:
        """An inverted mark whose sentence ends with a full stop: the closing mark was lost."""
        at = text.find(opening)
        while at != -1:
            end = _clause_end(text, at + 1, abbreviations)
            if end and end.group() == "." and text[end.start() - 1 : end.start()].isalpha():
                stop = end.start()
                if not looks_technical(text, at, stop + 1):
                    yield self.finding(
                        stop,
                        stop + 1,
                        f"'{opening}' opens a sentence that ends without '{closing}'",
                        fixes=[Fix((Edit(stop, stop + 1, closing),), Applicability.UNSAFE, "→")],
                        confidence=0.7,
                    )
            at = text.find(opening, at + 1)

    def _doubled(self, text: str, at: int, opening: str) -> Finding:
        return self.finding(
            at,
            at + 2,
            f"'{opening}' doubled where its sentence closes with one mark",
            fixes=[Fix((Edit(at, at + 1, ""),), Applicability.UNSAFE, f"one '{opening}'")],
            confidence=0.75,
        )

    def _lost(
        self, text: str, opening: str, closing: str, abbreviations: frozenset[str]
    ) -> Iterator[Finding]:
        at = text.find(closing)
        while at != -1:
            start = _sentence_begin(text, at, abbreviations)
            segment = text[start:at]
            next_at = text.find(closing, at + 1)
            if (
                opening not in segment
                and text[at - 1 : at].isalpha()
                and len(segment.split()) >= 2
                and not looks_technical(text, start, at + 1)
                and "(" not in segment
                and not _quoted_question(text, segment, at)
            ):
                lead = len(segment) - len(segment.lstrip(" \"“«'"))
                fixes = ()
                if "," not in segment:
                    where = start + lead
                    fixes = (Fix((Edit(where, where, opening),), Applicability.UNSAFE, "add it"),)
                yield self.finding(
                    at,
                    at + 1,
                    f"'{closing}' closes a sentence that has no '{opening}'",
                    fixes=list(fixes),
                    confidence=0.7,
                )
            at = next_at


def _quoted_question(text: str, segment: str, at: int) -> bool:
    """A "?" that closes a quotation opened in its sentence: a quoted title or line, often in
    another language ('la canción “What's Up?” de'), which keeps its own marks."""
    return text[at + 1 : at + 2] in _CLOSING_QUOTES and any(q in segment for q in _OPENING_QUOTES)


_CLOSING_QUOTES = frozenset('”»"’›')
_OPENING_QUOTES = '“«"‘‹'


def _sentence_begin(text: str, at: int, abbreviations: frozenset[str]) -> int:
    """Where the sentence ending at ``at`` begins: after the previous sentence end (an
    abbreviation's full stop ends none)."""
    start = max(0, at - 400)
    begin = start
    for match in _CLAUSE_END.finditer(text, start, at):
        if not _abbreviation_stop(text, match, abbreviations) and not _hard_wrap(text, match):
            begin = match.end()
    return begin


_WRAPPED_ON = re.compile(r"[ \t]*[^\W\d_]")


def _hard_wrap(text: str, match: re.Match[str]) -> bool:
    """A line break inside a sentence: a word or comma before it, a lower-case word after it
    (a translator's unit or a subtitle wrapped by hand, "¿Quiere guardar\nlos cambios?"),
    where the sentence, and its ¿, began on the line before (h24files: Xfce's Spanish)."""
    if match.group() != "\n":
        return False
    before = text[match.start() - 1 : match.start()]
    after = _WRAPPED_ON.match(text, match.end())
    return (before.isalpha() or before == ",") and after is not None and after.group()[-1].islower()


def _clause_end(text: str, at: int, abbreviations: frozenset[str]) -> re.Match[str] | None:
    """The first sentence end from ``at`` on that is no abbreviation's full stop."""
    for match in _CLAUSE_END.finditer(text, at):
        if not _abbreviation_stop(text, match, abbreviations):
            return match
    return None


def _abbreviation_stop(text: str, match: re.Match[str], abbreviations: frozenset[str]) -> bool:
    """A full stop after an abbreviation ("Dr.", "EE. UU.", "Sra."): no sentence end."""
    return match.group() == "." and abbreviation_before(
        text, match.start(), abbreviations, short_capitalised=True
    )


# A comma right before a closing quotation mark, then a space and a lower-case word: the
# English order ('…hinaus," erklärte').
_COMMA_INSIDE = re.compile(r'(?<=[^\W\d_]),(["”“»])(?= [^\W\d_])')


@register
class CommaInsideQuote(Rule):
    code = "MT148"
    name = "comma-inside-quote"
    summary = "A comma before the closing quotation mark, the English way ('bereit,\" sagte er')."
    doc = """
    What it finds: in a language that puts the comma after the closing quotation mark
    (``comma_after_quotes`` in its typography table: German, French, Spanish, Portuguese,
    Russian, Ukrainian, Polish), a quotation closed by a comma and then the mark, followed by
    its attribution in lower case ('"Wir sind bereit," erklärte er'); where the press writes
    both orders (``comma_after_quotes: "evidence"``: Italian), only in a text that writes the
    comma after the mark elsewhere. English, Czech, Danish and Dutch write it inside.
    Why it matters: MT and copy from English keep the English order; German, French, Italian,
    Spanish, Portuguese, Russian and Polish write the comma after the mark.
    Fix safety: unsafe: the comma moves after the closing mark.
    Known false positives: a straight mark that opens the next quotation ('a, "b"') needs the
    mark to be followed by a space and a lower-case word, which an opening mark rarely is.
    """
    examples = (
        Example(
            '"Wir sind bereit," erklärte der Minister.',
            '"Wir sind bereit", erklärte der Minister.',
            "de",
        ),
        Example(
            "«Siamo pronti,» ha detto. «Bene», ha risposto.",
            "«Siamo pronti», ha detto. «Bene», ha risposto.",
            "it",
        ),
        good('"Siamo pronti," ha detto il sindaco.', language="it"),
        good('"We are ready," the minister said.'),
        good('"Vi er klar," sagde ministeren.', language="da"),
        good("Er sagte „ja“, dann „nein“, und ging.", language="de"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        characters = text_characters(document)
        if "," not in characters or not any(m in characters for m in '"”“»'):
            return
        setting = table(language_data(document), "comma_after_quotes", False)
        if not setting:
            return
        lines = chunk_text(document)
        if not any("," + mark in lines for mark in '"”“»'):
            return
        # Where the press writes both orders (Italian), only a text that writes the comma
        # after the mark elsewhere holds a convention to break.
        if setting == "evidence" and not any(mark + "," in lines for mark in '"”“»'):
            return
        text = document.text
        for match in _COMMA_INSIDE.finditer(text):
            comma = match.start()
            if looks_technical(text, comma, match.end()):
                continue
            mark = match.group(1)
            yield self.finding(
                comma,
                comma + 2,
                f"A comma before the closing '{mark}': this language writes it after",
                fixes=[
                    Fix(
                        (Edit(comma, comma + 2, mark + ","),),
                        Applicability.UNSAFE,
                        "move the comma after the mark",
                    )
                ],
                confidence=0.75,
            )
