"""Spacing: a comma, semicolon or colon on the wrong side of its space ("arrived ,and",
"(May 3) :Regional"; MT145) and a colon with no space after it between two words
("said:We", "Source:Agency"; MT146).

Both shapes lie inside one whitespace chunk (a chunk that starts with the mark, or holds it
between letters): each rule asks the document's distinct chunks before it scans the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    abbreviation_before,
    chunk_text,
    language_data,
    looks_technical,
    scan_marks,
)
from mtlint.checks.typography import table, word_set

# A chunk that starts with the mark and goes on with a plain word (letters, then maybe a
# closing punctuation mark): ",and", ":Regional". (":ref:`x`", ":smile:" are markup.)
_WRONG_SIDE_CHUNK = {
    mark: re.compile(r"\n" + re.escape(mark) + r"[^\W\d_]+[,.;!?)]?(?=\n|\Z)") for mark in ",;:"
}
# In the text: a space, the mark, a word; the character before the space is checked per match.
_WRONG_SIDE = {mark: re.compile(" " + re.escape(mark) + r"(?=[^\W\d_])") for mark in ",;:"}
_WORD_AFTER = re.compile(r"[^\W\d_]+(?=[\s,.;!?)]|\Z)")
# A comma spaced off a word and glued to a number: "Monday ,30 January" (a number list after
# a number, "Artikel 2 ,3", is MT957's).
_COMMA_NUMBER_CHUNK = re.compile(r"\n,\d+[.;!?)]?(?=\n|\Z)")
_NUMBER_AFTER = re.compile(r"\d+")
_COMMA_NUMBER = re.compile(r" ,(?<=[^\W\d_] ,)(?=\d+(?:[\s.;!?)]|\Z))")
# A colon spaced off a word and glued to the number after it: "hotline :0086-571", "lead time
# :30-45 days". Two digits or more, or a range or a code ("0086-571"): never a face (" :3").
_COLON_NUMBER_CHUNK = re.compile(r"\n:(?:\d{2,}|\d+[-–/.]\d)")
_COLON_NUMBER = re.compile(r"(?<=[^\W\d_]) :(?=\d{2,}|\d+[-–/.]\d)")
_NUMBER_VALUE = re.compile(r"\d[\d\-–/.,]*")
# A colon spaced off its word and glued to the opening mark of a quotation: 'déclaré :« Nous'.
_COLON_QUOTE_CHUNK = re.compile(r"\n:[«“„]")
_COLON_QUOTE = re.compile(r"(?<=[^\W\d_]) :(?=[«“„])")
_BEFORE_OK = re.compile(r"[^\W_]|[)\]”\"’»]")
# The letters of emoticons spaced off the text (" :D", " ;P", " :o"): a face, not a mark.
_EMOTICON_LETTERS = frozenset({"D", "P", "p", "O", "o", "S", "s", "X", "x", "b", "XD", "XP"})
# Words written after a colon in CSS and reST, never MT: " :hover", " :param x".
_MARKUP_AFTER_COLON = frozenset(
    {
        "hover",
        "focus",
        "active",
        "visited",
        "before",
        "after",
        "root",
        "not",
        "first",
        "last",
        "checked",
        "disabled",
        "empty",
        "param",
        "type",
        "returns",
        "return",
        "raises",
        "rtype",
        "class",
        "func",
        "meth",
        "ref",
        "doc",
        "attr",
        "mod",
        "term",
    }
)


@register
class PunctuationWrongSide(Rule):
    code = "MT145"
    name = "punctuation-wrong-side"
    summary = "A comma, semicolon or colon spaced off the word before it and glued to the next."
    doc = """
    What it finds: a comma, semicolon or colon with a space before it and a word glued after it
    ("He arrived ,and then left", "(May 3) :Regional heads"), a comma so spaced after a word
    and glued to a number ("Monday ,30 January"), a colon so spaced after a word and glued to
    a number of two digits or more, a range or a code ("hotline :0086-571", "lead time
    :30-45 days"; a face " :3" is left), or a colon so spaced and glued
    to the opening mark of a quotation ("Il a déclaré :« Nous").
    Why it matters: detokenisers and MT attach the mark to the next token instead of the
    previous one; the text reads as a typo.
    Fix safety: safe; the space moves to the other side of the mark. Where the language spaces
    the mark on both sides (French ; and :), a space is added after it instead.
    Known false positives: markup that starts a word with a colon (reST roles ":ref:", emoji
    codes ":smile:", CSS ":hover") needs a second colon or a backtick and is left alone, as are
    emoticons (" :D", " ;P", " :o"), code-like lines (with "=" or an opening bracket before the
    mark), URLs and file names. A wrong-side mark before a lone letter that is also an emoticon
    (" :D" for a glued "D") is missed.
    """
    examples = (
        Example("He arrived ,and then left.", "He arrived, and then left."),
        Example("Port news (May 3) :Regional heads met.", "Port news (May 3): Regional heads met."),
        Example("It opened on Monday ,30 January.", "It opened on Monday, 30 January."),
        Example("Call our hotline :0086-571-1234.", "Call our hotline: 0086-571-1234."),
        Example("Lead time :30-45 days.", "Lead time: 30-45 days."),
        good("So cute :3 and the score was 10 :30; x = a ? b :10 and c ? d :20."),
        good("See Artikel 2 ,3 and f(a ,1), x = a ,2."),
        Example("Il est arrivé ;puis il est parti.", "Il est arrivé ; puis il est parti.", "fr"),
        Example("Il a déclaré :« Nous partons. »", "Il a déclaré : « Nous partons. »", "fr"),
        Example("Ha detto :«Partiamo».", "Ha detto: «Partiamo».", "it"),
        good("Use :ref:`intro` and :smile: here; a :hover rule; f(a ,b) and x = a ,b."),
        good("I love this song :D and the next one ;P too :-) XD"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        lines = chunk_text(document)
        marks = [mark for mark in ",;:" if mark in lines and _WRONG_SIDE_CHUNK[mark].search(lines)]
        numbers = "\n," in lines and _COMMA_NUMBER_CHUNK.search(lines) is not None
        colon_numbers = "\n:" in lines and _COLON_NUMBER_CHUNK.search(lines) is not None
        if (
            not marks
            and not numbers
            and not colon_numbers
            and (":" not in lines or not _COLON_QUOTE_CHUNK.search(lines))
        ):
            return
        spaced_before = "".join(
            group.get("before", "") for group in table(data, "spaced_marks", []) or []
        )
        text = document.text
        for mark in marks:
            for match in _WRONG_SIDE[mark].finditer(text):
                found = self._judge(text, match.start(), mark in spaced_before)
                if found is not None:
                    yield found
        if ":" in lines and _COLON_QUOTE_CHUNK.search(lines):
            for match in scan_marks(document, [_COLON_QUOTE]):
                yield self._colon_quote(text, match.start(), ":" in spaced_before)
        if colon_numbers:
            for match in _COLON_NUMBER.finditer(text):
                found = self._colon_number(text, match.start(), ":" in spaced_before)
                if found is not None:
                    yield found
        if numbers:
            for match in _COMMA_NUMBER.finditer(text):
                found = self._judge(text, match.start(), "," in spaced_before, number=True)
                if found is not None:
                    yield found

    def _colon_number(self, text: str, space: int, spaced_language: bool) -> Finding | None:
        """ "hotline :0086-571-8888": a label's colon spaced off it and glued to its number;
        not in a code-like chunk ("x ? a :10", "t = a :10") nor a spaced time ("10 :30")."""
        mark = space + 1
        value = _NUMBER_VALUE.match(text, mark + 1)
        if value is None or looks_technical(text, mark, value.end()):
            return None
        head = text[max(0, space - 20) : space]
        if "=" in head or "?" in head or "(" in head.rsplit(" ", 1)[-1]:
            return None
        return self._colon_moved(space, mark, mark + 1, "number", spaced_language, 0.75)

    def _colon_quote(self, text: str, space: int, spaced_language: bool) -> Finding:
        return self._colon_moved(space, space + 1, space + 3, "quotation", spaced_language, 0.8)

    def _colon_moved(
        self,
        space: int,
        mark: int,
        end: int,
        glued_to: str,
        spaced_language: bool,
        confidence: float,
    ) -> Finding:
        """A colon spaced off the word before it and glued to what follows (the span from the
        space to ``end``); the fix moves the space."""
        fix = Fix(_moved_space(space, mark, spaced_language), Applicability.SAFE, "move the space")
        return self.finding(
            space,
            end,
            f"':' spaced off the word before it and glued to the {glued_to} after it",
            fixes=[fix],
            confidence=confidence,
        )

    def _judge(
        self, text: str, space: int, spaced_language: bool, *, number: bool = False
    ) -> Finding | None:
        mark = space + 1
        if not space or not _BEFORE_OK.match(text, space - 1):
            return None
        word = (_NUMBER_AFTER if number else _WORD_AFTER).match(text, mark + 1)
        if word is None or looks_technical(text, mark, word.end()):
            return None
        if text[mark] == ":" and word.group().lower() in _MARKUP_AFTER_COLON:
            return None
        if text[mark] != "," and word.group() in _EMOTICON_LETTERS:
            return None
        around = text[max(0, space - 20) : word.end()]
        if "=" in around or "(" in text[max(0, space - 20) : space].rsplit(" ", 1)[-1]:
            return None
        if spaced_language:
            edits: tuple[Edit, ...] = (Edit(mark + 1, mark + 1, " "),)
        else:
            edits = (Edit(space, mark, ""), Edit(mark + 1, mark + 1, " "))
        return self.finding(
            space,
            mark + 1,
            f"'{text[mark]}' spaced off the word before it and glued to the next",
            fixes=[Fix(edits, Applicability.SAFE, "move the space")],
            confidence=0.8,
        )


# A word of two letters or more, a colon, a word of two letters or more, alone in a chunk (maybe
# after an opening bracket, "(CV:Kaito", and with closing punctuation): "said:We",
# "parts:trade". "S:t", "EU:n" and "::" do not match.
# The word after the colon may end the chunk or go on after a mark ("Police:Police.Photo:",
# a caption's credit glued on): the text scan then judges it as any other.
_COLON_CHUNK = re.compile(
    r"\n[(\[]?[^\W\d_]{2,}:(?:[^\W\d_]{2,}(?:[,;!?)]|\.(?:[A-Z]\S*)?)?|[A-Z])(?=\n|\Z)"
)
_COLON = re.compile(r":(?<=[^\W\d_]{2}:)(?=[^\W\d_]{2}|[A-Z] [^\W\d_])")
# After the colon, a one-letter word that opens sentences and a lower-case word ("said:I think").
_LETTER_WORD_AFTER = re.compile(r"([A-Z]) ([^\W\d_]*[a-z][^\W\d_]*)")
# A capitalised label glued to a value that starts with a digit, alone in its chunk: a day or
# an ordinal ("Date:7th", "Updated:12"), a count; not a time or a reference ("Luke:3:16",
# "Art:5.2": a mark and a digit after the digits).
# Or any label of three letters or more glued to a whole date ("time:2023-03-16", "Date:3/5/2021").
_LABEL_SCREEN = re.compile(r":(?=\d)(?<=[a-z]:)")  # led by the colon: a cheap first look
_LABEL_VALUE_CHUNK = re.compile(
    r"\n(?:([A-Z][a-z]{2,}):\d{1,4}(?:st|nd|rd|th)?"
    r"|([A-Za-z]{3,}):(?:(?:19|20)\d\d-\d\d?-\d\d?|\d\d?/\d\d?/(?:19|20)\d\d))[,.;)]?(?=\n)"
)
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
# An exchange and a ticker in brackets: "(NYSE:IBM)", "(NASDAQ:AAPL)".
_TICKER = re.compile(r"[A-Z]{2,}:[A-Z]{1,6}\b")
# Schemes, namespaces and prefixes that are written with a colon and no space.
_PREFIXES = frozenset(
    {
        "http",
        "https",
        "ftp",
        "mailto",
        "tel",
        "file",
        "urn",
        "xmlns",
        "xml",
        "data",
        "javascript",
        "doi",
        "isbn",
        "issn",
        "arxiv",
        "pmid",
        "category",
        "template",
        "user",
        "talk",
        "special",
        "help",
        "portal",
        "wikipedia",
        "image",
        "re",
        "fwd",
    }
)


@register
class MissingSpaceAfterColon(Rule):
    code = "MT146"
    name = "missing-space-after-colon"
    summary = "No space after a colon between two words ('said:We', 'Source:Agency')."
    doc = """
    What it finds: a colon between two words of two letters or more, alone in its chunk or
    after an opening bracket, or before a one-letter word that opens sentences and a lower-case
    word ("He said:I think": capital_letter_words) ("The minister said:We will", "three
    parts:trade and energy",
    "Source:Agency", "(CV:Yuka Iguchi)"), and a capitalised label alone in its chunk glued to
    a value that starts with a digit ("News Date:7th of September", "Updated:12 May").
    Why it matters: joined segments and labels lose the space after their colon in MT and
    extraction.
    Fix safety: safe; a space is inserted after the colon (in French, where the colon is spaced
    on both sides, before it too); unsafe for a label glued to a number ("Level:5"), which a
    UI or game string may write compact on purpose.
    Known false positives: URL schemes, wiki namespaces and e-mail prefixes (a list:
    "mailto:x", "Category:Films", "Re:Offer"; each language's mail prefixes, "AW:", "SV:", in
    resources/typography), acronyms with an ending ("EU:n", "SVT:s": an upper-case word before
    a lower-case ending), the gender suffixes a language writes after a colon ("Lehrer:innen",
    "Français:es": colon_suffixes), and in Finnish and Swedish case endings after a name or a
    short abbreviation ("Yle:lle", "Ikea:s", "tv:ssä": colon_case_endings) are left alone, as are
    times and verse numbers (digits never match), double colons and code-like chunks, and an
    exchange with its ticker in brackets ("(NYSE:IBM)"). Still
    flagged: a gender suffix or case ending in a language whose table does not list it (a German
    gender form quoted in English text), a colon between a word and a lower-case label in other
    languages ("Name:value" in prose), and foreign mail prefixes ("AW:Angebot" in English).
    """
    examples = (
        Example("The minister said:We will win.", "The minister said: We will win."),
        Example("He said:I think we won.", "He said: I think we won."),
        Example("Source:Agency", "Source: Agency"),
        Example("News Date:7th of September", "News Date: 7th of September"),
        Example("Release time:2023-03-16 14:29", "Release time: 2023-03-16 14:29"),
        Example("Author: Li │ Data:2022-03-08 00:22", "Author: Li │ Data: 2022-03-08 00:22"),
        Example("Credit:Police.Photo by Ann Lee", "Credit: Police.Photo by Ann Lee"),
        good("See data:image/png;base64,AAAA and Re:Offer.Thanks in the mail."),
        good("At 10:30 read Luke:3:16, Art:5.2, Isbn:978 and Localhost:8080/app."),
        Example("The cast: Aya Mori (CV:Yuka Iguchi).", "The cast: Aya Mori (CV: Yuka Iguchi)."),
        good("Shares of IBM (NYSE:IBM) and Apple (NASDAQ:AAPL) rose; see [[Category:Films]]."),
        good("See Category:Films, mailto:a, Re:Offer; EU:n ja SVT:s; std::vector; 10:30."),
        good("Viele Lehrer:innen und Schüler:innen kamen, AW:Angebot.", "de"),
        good("Yle:lle kerrottiin, ja tv:ssä näytettiin.", "fi"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        lines = chunk_text(document)
        if _LABEL_SCREEN.search(lines) and _LABEL_VALUE_CHUNK.search(lines):
            yield from self._label_values(document.text, lines)
        if not _COLON_CHUNK.search(lines):
            return
        spaced_before = ":" in "".join(
            group.get("before", "") for group in table(data, "spaced_marks", []) or []
        )
        words = _ColonWords(data)
        letters = word_set(data, "capital_letter_words")  # "I", "A"
        text = document.text
        for match in _COLON.finditer(text):
            at = match.start()
            before = _WORD_BEFORE.search(text, max(0, at - 40), at)
            after = _WORD_AFTER.match(text, at + 1)
            if after is not None and len(after.group()) == 1:
                # Not a label's one-letter value in a list ("Plan:A or Plan:B").
                letter = _LETTER_WORD_AFTER.match(text, at + 1)
                if letter is None or letter.group(1).lower() not in letters:
                    continue
                if letter.group(2).lower() in data.function_words:
                    continue
            if before is None or after is None:
                continue
            # "(CV:Kaito" is a label; "(NYSE:IBM)" an exchange and its ticker.
            glued = before.start() and not text[before.start() - 1].isspace()
            if glued and (
                text[before.start() - 1] not in "([" or _TICKER.match(text, before.start())
            ):
                continue
            if words.written_with_colon(before.group(), after.group()):
                continue
            if looks_technical(text, before.start(), after.end()):
                continue
            edits = [Edit(at + 1, at + 1, " ")]
            if spaced_before:
                edits.insert(0, Edit(at, at, " "))
            yield self.finding(
                at,
                at + 1,
                "No space after ':' between two words",
                fixes=[Fix(tuple(edits), Applicability.SAFE, "insert a space")],
                confidence=0.75,
            )

    def _label_values(self, text: str, lines: str) -> Iterator[Finding]:
        """A capitalised label glued by its colon to a value that starts with a digit ("News
        Date:7th of September", "Updated:12 May"): the label opens its chunk."""
        for hit in _LABEL_VALUE_CHUNK.finditer(lines):
            label = hit.group(1) or hit.group(2)
            # A scheme never goes on with a date ("data:image/png", but "Data:2022-03-08").
            if label.lower() in _PREFIXES and hit.group(2) is None:
                continue
            token = lines[hit.start() + 1 : lines.index("\n", hit.end())]
            at = text.find(token)
            while at != -1:
                colon = at + len(label)
                if (at == 0 or text[at - 1].isspace()) and not looks_technical(
                    text, at, at + len(token)
                ):
                    yield self.finding(
                        colon,
                        colon + 1,
                        "No space after a label's ':' before its value",
                        fixes=[
                            Fix(
                                (Edit(colon + 1, colon + 1, " "),),
                                # "Level:5" in a UI or game string may be compact on purpose.
                                Applicability.UNSAFE,
                                "add a space",
                            )
                        ],
                        confidence=0.7,
                    )
                at = text.find(token, at + 1)


class _ColonWords:
    """What a language writes after a colon inside a word (resources/typography/<lang>.json):
    mail prefixes ("AW:", "SV:"), gender suffixes ("Lehrer:innen", "Français:es") and case
    endings on names and abbreviations ("Yle:lle", "Ikea:s")."""

    def __init__(self, data: LanguageData) -> None:
        self.prefixes = _PREFIXES | word_set(data, "colon_prefixes")
        self.suffixes = word_set(data, "colon_suffixes")
        self.suffix_starts = tuple(word_set(data, "colon_suffix_starts"))
        self.case_endings = bool(table(data, "colon_case_endings", False))

    def written_with_colon(self, left: str, right: str) -> bool:
        if left.lower() in self.prefixes:
            return True
        if not right.islower():
            return False
        # An acronym and its ending in any language ("EU:n", "USA:s", "SVT:s").
        if left.isupper() or right in self.suffixes or right.startswith(self.suffix_starts):
            return True
        # A case ending after a name or a short lower-case abbreviation ("Yle:lle", "tv:ssä").
        return self.case_endings and (left[0].isupper() or len(left) <= 3)


# Initials in brackets glued to a sentence's full stop ("Kumolo.(WAH)", "anyone.(NNT)"), or a
# credit or a name that starts with a capitalised word ("work.(Zhang Wei)", "done.(Photo by"):
# led by the full stop; a word of two letters or more before it.
# Or any bracketed phrase of two items or more after a lower-case word's stop ("overnight at
# Puri.(*B, L, D)": a tour's meal codes, "the plan.(see below)").
_STOP_BRACKET = re.compile(
    r"\.\((?=[A-Z]{2,6}\)|[A-Z][a-z]+[ )]|[^()\n]{0,40}[^\s(][ ,][^()\n]{0,40}\))"
    r"(?<=[^\W\d_]{2}\.\()"
)
_STOP_BRACKET_CREDIT = re.compile(r"\.\((?:[A-Z]{2,6}\)|[A-Z][a-z]+[ )])")
_STOP_BRACKET_CHUNK = re.compile(r"[^\W\d_]{2}\.\((?:[A-Z]{2,6}\)|[A-Z][a-z]+(?:\)|\n)|\S)")
# An acronym in brackets glued to the name it abbreviates ("the Royal Oman Police(ROP)"): its
# letters are the initials of the capitalised words before it (small words skipped).
_ACRONYM_AFTER_NAME = re.compile(r"\(([A-Z]{2,6})\)(?=[\s,.;:])")
_ACRONYM_AFTER_NAME_CHUNK = re.compile(r"[a-z]\([A-Z]{2,6}\)")
_WORD_OF_FOUR = re.compile(r"(?:^|\s)[^\W\d_]{4,}$")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A bracket glued to the word that opens the next sentence ("(Opening)A show", "(Xinhua)The
# mayor"): something of two characters or more inside, the word a sentence opener.
_CLOSE_BEFORE_OPENER = re.compile(r"\(([^()\n]{2,60})\)([A-Z][a-z]{0,7})(?=[ \t])")
_CLOSE_BEFORE_OPENER_CHUNK = re.compile(r"\)[A-Z][a-z]{0,7}\n")
# An acronym in brackets glued to the lower-case word after it ("the ministry (MOI)said").
_ACRONYM_BEFORE_WORD = re.compile(r"(?<=\s)\(([A-Z]{2,6})\)([a-z]{3,})(?=[\s,.;:])")
_ACRONYM_BEFORE_WORD_CHUNK = re.compile(r"\n\([A-Z]{2,6}\)[a-z]{3,}[,.;:]?\n")
# A bracketed phrase of two words or more glued to the word before it or after it:
# "Smith(the mayor of the town)said". One-word contents ("word(s)", "amigo(a)") are left.
# Only the glued places are searched; each bracket is then read with string operations (two
# lazy runs split at a space cost O(spaces x length) of backtracking at every "(").
_GLUED_OPEN = re.compile(r"\((?<=[^\W\d_]{2}\()")
_GLUED_CLOSE = re.compile(r"\)(?=[^\W\d_]{2})")
_LONGEST_INSIDE = 400
_WORD_BEFORE_BRACKET = re.compile(r"[^\W\d_]+$")
# Function notation in prose ("sin(x + y)", "max(a b)"): the names, and the operators.
_FUNCTION_NAMES = frozenset({"sin", "cos", "tan", "log", "exp", "max", "min", "nlog", "sqrt"})
_OPERATORS = frozenset("+-*^×÷<>±")
# In the distinct chunks: a bracket glued to a word on its outer side.
# Led by the bracket itself (a scan jumps between brackets); what is glued is looked behind
# or ahead.
_GLUED_BRACKET_CHUNK = re.compile(r"[()](?:(?<=[^\W\d_]{2}\()\S|(?<=\))[^\W\d_]{2})")


def _glued_brackets(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each bracket pair glued on its outer side whose contents hold a
    space between two characters, no bracket and no line break."""
    spans = set()
    for match in _GLUED_OPEN.finditer(text):
        at = match.start()
        close = text.find(")", at + 1, at + 2 + _LONGEST_INSIDE)
        if close > 0 and _phrase_inside(text[at + 1 : close], "("):
            spans.add((at, close + 1))
    for match in _GLUED_CLOSE.finditer(text):
        close = match.start()
        at = text.rfind("(", max(0, close - 1 - _LONGEST_INSIDE), close)
        if at >= 0 and _phrase_inside(text[at + 1 : close], ")"):
            spans.add((at, close + 1))
    return sorted(spans)


def _phrase_inside(inside: str, other: str) -> bool:
    return other not in inside and "\n" not in inside and " " in inside[1:-1]


def _looks_like_notation(text: str, start: int, end: int, suffixes: frozenset[str]) -> bool:
    """Function notation ("sin(x + y)", "nlog(n log n)", "max(a b)") or a bracketed word
    ending ("Studierende(innen und außen)": the language's bracket_suffixes)."""
    tokens = text[start + 1 : end - 1].split()
    if any(token[0] in _OPERATORS or token in _OPERATORS for token in tokens):
        return True
    if sum(len(token) == 1 and token.isalpha() for token in tokens) >= 2:
        return True
    before = _WORD_BEFORE_BRACKET.search(text, max(0, start - 40), start)
    if before is None or before.end() != start:
        return False
    word = before.group()
    return len(word) <= 3 or word.lower() in _FUNCTION_NAMES or tokens[0] in suffixes


@register
class BracketGlued(Rule):
    code = "MT147"
    name = "bracket-glued"
    summary = "A bracketed phrase glued to the words around it ('Smith(the mayor)said')."
    doc = """
    What it finds: a bracket holding two words or more whose opening bracket is glued to the
    word before it, or whose closing bracket is glued to the word after it ("Smith(the mayor
    of the town)said", "Буданов(*внесен в список)откликнулся"), and an agency's or
    author's initials, a name or a credit in brackets glued to the sentence's full stop
    ("…on Friday.(WAH)", "…their work.(Zhang Wei)") or any bracketed phrase of two items
    glued so ("…at Puri.(*B, L, D)"), and an acronym in brackets glued to the name it
    abbreviates, its letters the initials of the words before it ("the Royal Oman
    Police(ROP)"; safe).
    Why it matters: MT, spinners and scraping drop the spaces around a bracket; the words run
    together.
    Fix safety: unsafe: a space goes before the opening and after the closing bracket where
    it is missing, but the glued bracket may be notation the writer meant.
    Known false positives: one-word contents ("word(s)", "amigo(a)", "(re)build") are left
    alone (but a bracket glued to a word that opens sentences is taken: "(Opening)A show",
    "(Xinhua)The mayor"; something of two characters or more inside; and an acronym in
    brackets glued to a lower-case word of three letters or more: "(MOI)said"), as are code,
    formulas and URLs (``looks_technical``), function notation (an
    operator or two one-letter tokens inside, a word of three letters or fewer or a function
    name before: "sin(x + y)", "nlog(n log n)", "max(a b)"), a bracketed word ending of the
    language ("Studierenden(innen und außen)": bracket_suffixes in resources/typography) and
    scripts written without spaces. Still flagged: notation with one one-letter token and no
    operator after a long word ("ratio(x over time)"), and a bracketed ending in a language
    whose table does not list it.
    """
    examples = (
        Example(
            "The mayor Smith(head of the council)said no.",
            "The mayor Smith (head of the council) said no.",
        ),
        Example(
            "Il sindaco(capo della giunta) ha detto no.",
            "Il sindaco (capo della giunta) ha detto no.",
            "it",
        ),
        good("Pick the word(s) you like; see f(x) and amigo(a)s; (re)build it; call fn(a, b)."),
        good("The error grows like sin(x + y) and nlog(n log n), not max(a b) or exp(-a t)."),
        good("Die Studierenden(innen und außen) kamen.", "de"),
        Example(
            "The minister spoke to the press on Friday.(WAH)",
            "The minister spoke to the press on Friday. (WAH)",
        ),
        good("Born in the U.S.(NYC) and Washington D.C.(USA); see Fig.(AB) and Abb.(BW)."),
        Example(
            "They thanked the staff for their work.(Li Wei)",
            "They thanked the staff for their work. (Li Wei)",
        ),
        Example(
            "(Opening)A show of folk dance was held.",
            "(Opening) A show of folk dance was held.",
        ),
        good("See e.g.(Smith 2020) and cf.(Jones); the (s)He form; item (1)The list; f(x)In."),
        Example(
            "The Ministry of Interior (MOI)said it would act.",
            "The Ministry of Interior (MOI) said it would act.",
        ),
        good("The CD(s) and the (TM)s; a (GPU)s list; a FOO(BAR)baz call."),
        Example(
            "The Royal Oman Police(ROP) urged people to stay away.",
            "The Royal Oman Police (ROP) urged people to stay away.",
        ),
        good("The Distance(KM) column and Windows(TM) and the Office(MS) suite; Speed(MPH)."),
        good("Call obj.(a, b) in the file; see e.g.(Smith 2020) and cf.(Jones)."),
        Example(
            "Then back to the hotel for the night at Puri.(*B, L, D)",
            "Then back to the hotel for the night at Puri. (*B, L, D)",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.spaced:
            return
        lines = chunk_text(document)
        if "(" not in lines:
            return
        if ".(" in lines and _STOP_BRACKET_CHUNK.search(lines):
            yield from self._after_stop(document.text, data.abbreviations)
        if _CLOSE_BEFORE_OPENER_CHUNK.search(lines):
            openers = data.sentence_starters | data.function_words
            yield from self._before_opener(document.text, openers)
        if _ACRONYM_BEFORE_WORD_CHUNK.search(lines):
            yield from self._acronym_before_word(document.text)
        if _ACRONYM_AFTER_NAME_CHUNK.search(lines):
            yield from self._acronym_after_name(document.text, data.function_words)
        if not _GLUED_BRACKET_CHUNK.search(lines):
            return
        text = document.text
        suffixes = word_set(language_data(document), "bracket_suffixes")
        reached = 0
        for start, end in _glued_brackets(text):
            if start < reached or any(c in text[start:end] for c in "=,;{}/\\_"):
                continue
            if _looks_like_notation(text, start, end, suffixes) or looks_technical(
                text, start, end
            ):
                continue
            reached = end
            edits = []
            if text[start - 1 : start].isalpha():
                edits.append(Edit(start, start, " "))
            if text[end : end + 1].isalpha():
                edits.append(Edit(end, end, " "))
            yield self.finding(
                start,
                end,
                "A bracket glued to the words around it",
                fixes=[Fix(tuple(edits), Applicability.UNSAFE, "add the spaces")],
                confidence=0.75,
            )

    def _before_opener(self, text: str, openers: frozenset[str]) -> Iterator[Finding]:
        """A bracket glued to the word that opens the next sentence: "(Opening)A show"."""
        for match in _CLOSE_BEFORE_OPENER.finditer(text):
            inside, word = match.groups()
            if word.lower() not in openers or not any(c.isalpha() for c in inside):
                continue
            if " " in inside and len(word) > 1:
                continue  # two words or more glued to a word: the scan below reports it
            close = match.start(2) - 1
            if looks_technical(text, match.start(), match.end()):
                continue
            yield self._space_after_close(
                close, match.end(), f"A closing bracket glued to '{word}', which opens a sentence"
            )

    def _acronym_before_word(self, text: str) -> Iterator[Finding]:
        """An acronym in brackets glued to the word after it: "the ministry (MOI)said"."""
        for match in _ACRONYM_BEFORE_WORD.finditer(text):
            close = match.start(2) - 1
            if looks_technical(text, match.start(), match.end()):
                continue
            yield self._space_after_close(
                close, match.end(), f"A closing bracket glued to '{match.group(2)}'"
            )

    def _acronym_after_name(self, text: str, small: frozenset[str]) -> Iterator[Finding]:
        """An acronym in brackets glued to the name it abbreviates: "the Royal Oman
        Police(ROP)", "the Ministry of Foreign Affairs(MFA)"."""
        for match in _ACRONYM_AFTER_NAME.finditer(text):
            at = match.start()
            if not text[at - 1 : at].isalpha() or looks_technical(text, at, match.end()):
                continue
            acronym = match.group(1)
            if _initials_before(text, at, len(acronym), small) != acronym:
                continue
            yield self.finding(
                at,
                match.end(),
                f"The acronym ({acronym}) glued to the name it abbreviates",
                fixes=[Fix((Edit(at, at, " "),), Applicability.SAFE, "add a space")],
                confidence=0.8,
            )

    def _space_after_close(self, close: int, end: int, message: str) -> Finding:
        """A closing bracket at ``close`` glued to the word after it, ending at ``end``."""
        return self.finding(
            close,
            end,
            message,
            fixes=[Fix((Edit(close + 1, close + 1, " "),), Applicability.UNSAFE, "add a space")],
            confidence=0.7,
        )

    def _after_stop(self, text: str, abbreviations: frozenset[str]) -> Iterator[Finding]:
        """Initials in brackets glued to the sentence's full stop: "…Tjahjo Kumolo.(WAH)"."""
        for match in _STOP_BRACKET.finditer(text):
            stop = match.start()
            if abbreviation_before(text, stop, abbreviations, short_capitalised=True):
                continue
            if looks_technical(text, stop, match.end()):
                continue
            # A credit ("(WAH)", "(Li Wei)") at 0.7; another phrase after a word of four
            # letters or more ("Puri.(*B, L, D)"; not "obj.(a, b)") at 0.6.
            credit = _STOP_BRACKET_CREDIT.match(text, stop) is not None
            if not credit and not _WORD_OF_FOUR.search(text, max(0, stop - 40), stop):
                continue
            yield self.finding(
                stop,
                stop + 2,
                "A bracket glued to the sentence's full stop",
                fixes=[Fix((Edit(stop + 1, stop + 1, " "),), Applicability.UNSAFE, "add a space")],
                confidence=0.7 if credit else 0.6,
            )


def _initials_before(text: str, at: int, count: int, small: frozenset[str]) -> str:
    """The initials of the last ``count`` capitalised words before ``at`` in its line, small
    words of the language skipped ("Ministry of Foreign Affairs": "MFA"); "" at a word in
    lower case that is no small word."""
    line = text.rfind("\n", 0, at) + 1
    words = _NAME_WORD.findall(text, max(line, at - 120), at)
    initials = []
    for word in reversed(words):
        if len(initials) == count:
            break
        if word[0].isupper():
            initials.append(word[0])
        elif word.lower() not in small:
            return ""
    return "".join(reversed(initials))


def _moved_space(space: int, mark: int, spaced_language: bool) -> tuple[Edit, ...]:
    """The edits that move a colon's space from before it to after it; a language that spaces
    its colon on both sides (French) keeps the space before and gains the one after."""
    if spaced_language:
        return (Edit(mark + 1, mark + 1, " "),)
    return (Edit(space, mark, ""), Edit(mark + 1, mark + 1, " "))
