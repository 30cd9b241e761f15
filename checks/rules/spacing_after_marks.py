"""A missing space after a full stop that follows no letter (family MT1): a sentence that ends
on a closing quotation mark, a bracket or a percent sign glued to the next one ("-48%.Prices",
"«Agency».The minister"), and an initial glued to a capitalised surname ("K.Petrova",
"Д.Иванов"). MT103 finds the letter-dot-letter shape ("said.The")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import (
    base_language,
    chunk_around,
    chunk_text,
    language_data,
    looks_technical,
    scan_marks,
)
from mtlint.checks.wordlists import zipf

# A closing mark after a word, a full stop, and a capitalised word of lower-case letters that
# is neither a call ("(x).Value(") nor a dotted name ("(a).Net.Core"). Led by each mark.
_TAIL = r"\.([^\W\d_][^\W\d_]*)(?![\w(])(?!\.\w)"
_AFTER_MARK = (
    *(re.compile(f"({re.escape(mark)})(?<=\\w{re.escape(mark)}){_TAIL}") for mark in '%”")'),
    # French spaces inside its guillemets: "« un bilan très lourd ».Dans".
    re.compile(f"(»)(?:(?<=\\w»)|(?<=\\w[ \u00a0\u202f]»)){_TAIL}"),
)
# What a chunk holds of each pattern's match (a chunk never holds the space before "»").
_SCREENS = (*_AFTER_MARK[:-1], re.compile(f"(»){_TAIL}"))
_OPENING = {"»": "«", "”": "“", '"': '"', ")": "("}


@register
class GluedAfterClosingMark(Rule):
    code = "MT142"
    name = "glued-after-closing-mark"
    summary = (
        "No space after a full stop that follows a quotation mark, bracket or % ('48%.Prices')."
    )
    doc = """
    What it finds: a word, a closing quotation mark, bracket or percent sign, a full stop
    and a capitalised word with no space ("fell 48%.Trading was", "the agency «Tass».The
    minister", "(mObywatel).The card").
    Why it matters: the sentence break survives but the space is lost where two segments were
    joined; MT103 finds it after a letter ("said.The"), not after a mark.
    Fix safety: safe: a space is inserted after the full stop.
    Known false positives: code ("f(x).Value", "$(el).Show()") is skipped: the bracket must be
    opened after a space and the capitalised word must not be followed by "(" or a dot; a
    bracket or quotation opened inside a word ("Value(x)") is no sentence; URLs and file names
    never match.
    """
    examples = (
        Example("Shares fell by 48%.Trading was slow.", "Shares fell by 48%. Trading was slow."),
        Example(
            "He spoke to «Novosti».The minister left.",
            "He spoke to «Novosti». The minister left.",
        ),
        Example(
            "Il a parlé d’un « bilan très lourd ».Dans la soirée, il est parti.",
            "Il a parlé d’un « bilan très lourd ». Dans la soirée, il est parti.",
            "fr",
        ),
        good("Call getValue(x).Result or $(el).Show() and read (a).Net.Core docs."),
        good("It rose 3.5%.5 was the rate; see (Figure 2).A."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not language_data(document).spaced:
            return
        lines = chunk_text(document)
        patterns = [
            p for p, screen in zip(_AFTER_MARK, _SCREENS, strict=True) if screen.search(lines)
        ]
        if not patterns:
            return
        text = document.text
        language = base_language(document)
        for match in scan_marks(document, patterns):
            word = match.group(2)
            if len(word) < 2 or not (word[0].isupper() and word[1:].islower()):
                continue
            mark = match.group(1)
            if mark in _OPENING and not _opened_in_prose(text, match.start(1), mark):
                continue
            # After a spaced "»" ("« bilan ».Dans") a word of the language, not "« config ».Json".
            if text[match.start(1) - 1].isspace() and zipf(word.lower(), language) < 3.0:
                continue
            if looks_technical(text, match.start(1), match.end()):
                continue
            dot = match.end(1)
            yield self.finding(
                match.start(1),
                match.start(2) + 1,
                f"No space after '{mark}.' before '{word}'",
                fixes=[Fix((Edit(dot + 1, dot + 1, " "),), Applicability.SAFE, "insert a space")],
                confidence=0.85,
            )


def _opened_in_prose(text: str, closing: int, mark: str) -> bool:
    """The quotation or bracket that ``closing`` ends opened after a space or at a line's
    start, within the line (prose, not "f(x)" or 'a"b'); for a straight mark, the nearest one
    before it on the line."""
    opening = _OPENING[mark]
    line_start = text.rfind("\n", 0, closing) + 1
    at = text.rfind(opening, line_start, closing)
    if at < 0 or closing - at < 2:
        return False
    return at == line_start or text[at - 1] in " \t([«„“"


# An initial (one capital, not after a letter or a dot), or two or three in a row ("P.S."),
# glued by its full stop to a capitalised word: "K.Petrova", "Д.Иванов", "P.S.Nakhimov".
# "U.S.A", "J.R.R." and "E.ON" never match.
_INITIAL = re.compile(
    r"(?<![\w.'’&/@-])((?:[^\W\d_a-zа-я]\.){0,2}[^\W\d_a-zа-я])\.([^\W\d_][^\W\d_]{2,})"
    r"(?![\w(.@/-])"
)
# The same initial written with its space ("K. Petrova"): evidence of the text's own style.
_SPACED_INITIAL = re.compile(r"(?<![\w.'’&/@-])[^\W\d_a-zа-я]\. [^\W\d_a-zа-я][^\W\d_]{2,}")
# Initials glued this often, and more than HOUSE_STYLE_RATIO times as often as spaced, are the
# text's house style (the Mongolian English press writes "B.Batbayar" throughout, with a
# spaced one now and then), not a space MT dropped.
HOUSE_STYLE_GLUED = 3
HOUSE_STYLE_RATIO = 3


@register
class InitialGluedToSurname(Rule):
    code = "MT143"
    name = "initial-glued-to-surname"
    summary = "An initial glued to the surname after it ('K.Petrova', 'Д.Иванов')."
    doc = """
    What it finds: a one-letter initial and its full stop glued to a capitalised surname
    ("A.Petrova said", "министр Д.Иванов"), in any script; also after two or three initials
    written together ("Admiral P.S.Nakhimov": the space before the surname is reported).
    Why it matters: MT and the source's typesetting drop the space after an initial; English
    and Russian typography write "A. Petrova", "Д. Иванов", and the glued form defeats search
    and hyphenation.
    Fix safety: safe: a space is inserted after the full stop.
    Known false positives: the surname must not be a common word (per word frequencies), so
    brands made of an initial and a word ("J.Crew") stay quiet, and so do surnames common as
    English words ("J.Smith": missed); an outline label at a line's start ("A.Introduction")
    is left alone; a text that glues initials three times or more, and more than three times as
    often as it spaces them, does so by house style (the Mongolian English press: "B.Batbayar")
    and is left alone (missed: an MT text that lost most such spaces); a short part after a
    name's comma is a degree ("Hartono, M.Kes", "Smith, B.Sc"), so a short surname glued
    after a comma is missed ("ministers, A.Kim"); abbreviations of two
    letters or more ("St.Petersburg", "U.S.A"), domain and file names, e-mail addresses and
    code ("e.Value", "A.B.C") never match; two or three initials before a word ("P.S.Nakhimov")
    are taken for a name unless the text writes a code path elsewhere ("org.sample.Widget …
    X.Y.Config") or a word of settings and code stands near it (key_words: "set the key
    A.B.Config to true"): a lone dotted key in plain words ("see X.Y.Config") can still fire.
    """
    examples = (
        Example(
            "The talks were led by A.Petrova on Monday.",
            "The talks were led by A. Petrova on Monday.",
        ),
        Example("Министр Д.Цыренов принял посла.", "Министр Д. Цыренов принял посла.", "ru"),
        Example(
            "Das Denkmal ehrt Admiral P.S.Nakhimov am Hafen.",
            "Das Denkmal ehrt Admiral P.S. Nakhimov am Hafen.",
            "de",
        ),
        good("The U.S.A. and St.Petersburg; J.Crew and www.A.Example.com; x.Value(3)."),
        good("Call System.Console and read A.Petrova@example.com or A.Smith.pdf."),
        good("Minister B.Tsogt met D.Ganbold; later Kh.Naran and G.Dorj joined them."),
        good("The dean, Dr. Hartono, M.Kes opened the forum with Ratna, S.Pd on Monday."),
        good("See the class org.sample.Widget and the key X.Y.Config in the settings file."),
        good("Open the settings and set the key A.B.Config to true, then restart."),
        Example(
            "The statue of Admiral P.S.Nakhimov, set up in 1959, stands there.",
            "The statue of Admiral P.S. Nakhimov, set up in 1959, stands there.",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not language_data(document).spaced:
            return
        lines = chunk_text(document)
        if not _INITIAL.search(lines):
            return
        text = document.text
        found = list(self._glued(text, base_language(document)))
        if len(found) >= HOUSE_STYLE_GLUED:
            spaced = sum(1 for _ in _SPACED_INITIAL.finditer(text))
            if len(found) > HOUSE_STYLE_RATIO * spaced:
                return
        yield from found

    def _glued(self, text: str, language: str) -> Iterator[Finding]:
        dotted_paths: bool | None = None
        for match in _INITIAL.finditer(text):
            surname = match.group(2)
            if not (match.group(1).isupper() and surname[0].isupper() and surname[1:].islower()):
                continue
            # A common word is no surname ("J.Crew", "Plan B.Then", Turkish "G.Saray" for
            # Galatasaray); an outline label opens its line ("A.Introduction").
            if zipf(surname, "en") >= 4.0 or zipf(surname, language) >= 4.0:
                continue
            if match.start() == 0 or text[match.start() - 1] == "\n":
                continue
            if _degree_after_name(text, match.start(), surname):
                continue
            if dotted_paths is None and _initials_only(text, match.start(), match.end()):
                dotted_paths = _DOTTED_PATH.search(text) is not None
            if _initials_only(text, match.start(), match.end()) and _beside_key_words(
                text, match.start(), match.end(), language
            ):
                continue  # "set the key A.B.Config to true": a settings key, no name
            if looks_technical(text, match.start(), match.end()) and not (
                _initials_only(text, match.start(), match.end()) and not dotted_paths
            ):
                # "a.b.Name" reads as a dotted path; initials and a surname alone do not,
                # unless the text writes code paths elsewhere ("org.sample.Widget … X.Y.Config")
                continue
            dot = match.end(1)
            yield self.finding(
                dot,
                dot + 2,
                f"No space after the initial '{match.group(1)}.' before '{surname}'",
                fixes=[Fix((Edit(dot + 1, dot + 1, " "),), Applicability.SAFE, "insert a space")],
                confidence=0.8,
            )


# A code path: a lower-case or camel-case segment and two more, the last capitalised or a call
# ("org.sample.Widget", "app.config.Load("); not a web address, nor one lost sentence break
# ("the minister.He said").
_DOTTED_PATH = re.compile(
    r"(?<![\w./@:-])(?:[a-z][a-z0-9_]+|[A-Z][a-z0-9]+[A-Z]\w*)(?:\.[A-Za-z_]\w*)+"
    r"\.(?:[A-Z]\w*|\w+\()(?![\w/@-]|\.\w)"
)
_INITIALS_CHUNK = re.compile(r"(?:[^\W\d_a-zа-я]\.){2,3}[^\W\d_a-zа-я][^\W\d_A-ZА-Я]+")


def _initials_only(text: str, start: int, end: int) -> bool:
    """The chunk around the match is initials and a surname only ("(P.S.Nakhimov)."), which
    ``looks_technical`` reads as a dotted path ("a.b.c")."""
    chunk_start, chunk_end = chunk_around(text, start, end)
    chunk = text[chunk_start:chunk_end].strip("\"'“”‘’„«»()[]<>,;:!?.")
    return _INITIALS_CHUNK.fullmatch(chunk) is not None


# How many words before and after a dotted key of initials are read for key_words.
_KEY_WORDS_BEFORE = 6
_KEY_WORDS_AFTER = 3
_LINE_WORD = re.compile(r"[^\W\d_]+")


def _beside_key_words(text: str, start: int, end: int, language: str) -> bool:
    """Whether a word of settings and code (name_context.json's key_words: "key", "true";
    key_verbs before it: "set") stands near the dotted initials on their line: "set the key
    A.B.Config to true", "Set A.B.Timeout and X.Y.Handler" are keys,
    as "Admiral P.S.Nakhimov" is not."""
    words, verbs = _key_words(language, "key_words"), _key_words(language, "key_verbs")
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = _LINE_WORD.findall(text, line_start, start)
    # The key's own initials are one-letter words of the line: not counted.
    before = [w.lower() for w in before if len(w) > 1][-_KEY_WORDS_BEFORE:]
    after = [w.lower() for w in _LINE_WORD.findall(text, end, line_end) if len(w) > 1]
    after = after[:_KEY_WORDS_AFTER]
    return not (words.isdisjoint(before + after) and verbs.isdisjoint(before))


def _key_words(language: str, key: str) -> frozenset[str]:
    """The language's words of ``key`` with English's (settings keys are English words)."""
    table = resource_json("gazetteer", "name_context.json")
    return frozenset(table.get(language, {}).get(key, ())) | frozenset(table["en"].get(key, ()))


# A name, its comma, then a letter, a full stop and a short capitalised part: a degree or
# post-nominal written after the name ("Hartono, M.Kes", "Smith, B.Sc", Indonesian "S.Pd",
# "M.Si"), no initial and surname (h22prec: realmt-en19's only MT143 finding was one).
_NAME_COMMA = re.compile(r"(?:[^\W\d_]{2,}|\.)\s*, $")


def _degree_after_name(text: str, start: int, part: str) -> bool:
    return len(part) <= 4 and _NAME_COMMA.search(text[max(0, start - 30) : start]) is not None


# A closing bracket or quotation mark after a word, an en or em dash glued to it, then a space
# and a letter: "(mObywatel)– elektroniczny", "«Tass»— the agency".
_DASH_AFTER_MARK = re.compile(r"(?<=\w)([)\]»”\"])([–—]) (?=[^\W\d_])")
_DASH_AFTER_MARK_CHUNK = tuple(
    re.compile(f'{dash}(?<=\\w[)\\]»”"]{dash})(?=\n|\\Z)') for dash in "–—"
)

# A hyphen typed for the dash after a bracketed credit or dateline, then a capitalised word:
# "SANA'A, Feb. 07 (Saba)- The governor" (the hyphen reads as the dash it stands for).
_HYPHEN_AFTER_BRACKET = re.compile(r"\)(-) (?=[A-Z][a-z])")
_HYPHEN_AFTER_BRACKET_CHUNK = re.compile(r"\)-(?<=[^\W\d_]{2}\)-)(?=\n|\Z)")
_BRACKETED_WORD = re.compile(r"\([A-Z][^()\n]{1,40}$")


@register
class DashGluedToClosingMark(Rule):
    code = "MT144"
    name = "dash-glued-to-closing-mark"
    summary = (
        "A dash glued to a closing bracket or quotation mark and spaced after it ('(app)– the')."
    )
    doc = """
    What it finds: an en or em dash right after a closing bracket or quotation mark, with a
    space after the dash and none before it ("the app (mObywatel)– an electronic card",
    "the agency «Tass»— the first"), and a hyphen typed for that dash after a bracketed
    word, a capitalised word after it ("SANA'A, Feb. 07 (Saba)- The governor").
    Why it matters: a dash between words is spaced on both sides or on neither; after a
    bracket the space before it is lost where MT or a converter joined the parts.
    Fix safety: unsafe: a space is added before the dash.
    Known false positives: a range or a dash inside code is not matched: the dash must be
    followed by a space and a letter, and URLs and file names are skipped.
    """
    examples = (
        Example(
            "The app (mObywatel)– an electronic card – works.",
            "The app (mObywatel) – an electronic card – works.",
        ),
        good("The app (mObywatel) – an electronic card; the years (1990–2000) and (a)–(c)."),
        Example(
            "ADEN, May 3 (Saba)- The new governor arrived.",
            "ADEN, May 3 (Saba) - The new governor arrived.",
        ),
        good("Options (a)- The first; (1)- Two; the (non)- profit; f(x)- Sum."),
    )

    def _hyphens(self, text: str) -> Iterator[Finding]:
        """A hyphen for the dash after a bracketed name of two letters or more: "(Saba)- The"."""
        for match in _HYPHEN_AFTER_BRACKET.finditer(text):
            close = match.start()
            inside = _BRACKETED_WORD.search(text, max(0, close - 42), close)
            if inside is None or not inside.group()[1:].replace(" ", "").isalpha():
                continue
            if looks_technical(text, inside.start(), close):
                continue
            dash = match.start(1)
            yield self.finding(
                close,
                dash + 1,
                "A hyphen for a dash, glued to ')' but spaced after: space it on both sides",
                fixes=[Fix((Edit(dash, dash, " "),), Applicability.UNSAFE, "insert a space")],
                confidence=0.7,
            )

    def check(self, document: Document) -> Iterator[Finding]:
        if not language_data(document).spaced:
            return
        lines = chunk_text(document)
        if _HYPHEN_AFTER_BRACKET_CHUNK.search(lines):
            yield from self._hyphens(document.text)
        if not any(pattern.search(lines) for pattern in _DASH_AFTER_MARK_CHUNK):
            return
        text = document.text
        for match in scan_marks(document, [_DASH_AFTER_MARK]):
            mark = match.group(1)
            if mark in _OPENING and not _opened_in_prose(text, match.start(1), mark):
                continue
            if looks_technical(text, match.start(1), match.end(2)):
                continue
            dash = match.start(2)
            yield self.finding(
                match.start(1),
                dash + 1,
                f"The dash is glued to '{mark}' but spaced after: space it on both sides",
                fixes=[Fix((Edit(dash, dash, " "),), Applicability.UNSAFE, "insert a space")],
                confidence=0.75,
            )
