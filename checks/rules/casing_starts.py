"""Casing: a sentence or a paragraph that starts in lower case (MT304): after a full stop, an
exclamation or question mark, and at a paragraph's first word."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from itertools import chain, compress

from mtlint.checks.bylines import byline_at
from mtlint.checks.casingbreaks import (
    stop_before_lower,
)
from mtlint.checks.casingdata import casing_data
from mtlint.checks.casingextra import calendar_label
from mtlint.checks.casingscan import (
    MATCH_START,
    PLUS_ONE,
    START_OF,
    after_blank_line,
    after_word,
)
from mtlint.checks.documents.base import Document
from mtlint.checks.langdata import LanguageData
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.pagefurniture import furniture_at
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    chunk_text,
    language_data,
    looks_technical,
    scan_marks,
    text_characters,
)
from mtlint.checks.tokencount import token_counts
from mtlint.checks.wordlists import zipf
from mtlint.checks.wrapping import list_item

_AFTER_MARK = r" +([^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω][\w'’\-]*)(?=[\s,;:.!?]|$)"
_MID_BY_MARK = tuple((mark, re.compile(re.escape(mark) + _AFTER_MARK)) for mark in ".!?")


def _continues_line_before(text: str, start: int, marks: dict[str, str]) -> bool:
    """The line before ends with one of the language's ``continued_line_marks`` (resources/lang:
    a colon, a semicolon or a comma; German no colon, a clause after it is capitalised): a
    lower-case line goes on with it, a list's item or a sentence's rest ("...Khyakimlik:⏎to
    coordinate the works", "gender;⏎age;", a line wrapped after a comma); the guidelines label
    no lower-case list item (h22prec: 1 wrong finding on realmt-en13, 13 in GUM's edited
    English, none right on the dev sets; h23ml: 2 wrong on the French dev data, none right in
    any language; m23starts: the marks for every language, Spanish/Italian lists after a colon
    and Polish/German lines wrapped after a comma were flagged without them).
    Across a blank line only the ``after_blank_line`` marks (a colon or a semicolon: a list's
    items, each a paragraph) go on: a comma there ends a salutation ("Dear colleagues,⏎⏎thank
    you", h22prec review)."""
    if not marks.get("line"):
        return False
    before = text[max(0, start - 200) : start].rstrip(" \t")
    blank = before.endswith("\n") and before[:-1].rstrip(" \t").endswith("\n")
    last = before.rstrip()[-1:]
    return bool(last) and last in marks.get("after_blank_line" if blank else "line", "")


_TOKEN = re.compile(r"[\w-]+")
# Inline code on one line (not reST's link text, `text`_) and fenced blocks.
_CODE = re.compile(r"(`+)([^`\n]+?)\1(?![`_])|^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
# A word's possessive ("zorp's") is counted with the word.
_POSSESSIVE = re.compile(r"['’]s?$")
# A web address's host ("https://zorp.example/docs": "zorp") and an identifier's parts
# ("zorp_open"): a word written so is a name.
_CODE_LIKE = re.compile(r"https?://([\w.-]+)|\b([^\W\d]\w*_\w+)")
# Zipf below which a lower-case word is no common word of the language ("npm", "ffmpeg").
_NOT_A_WORD = 2.0


def code_words(document: Document) -> frozenset[str]:
    """The tokens written as code somewhere in the document: a protected span (Markdown's
    inline code), between backticks in the raw file (which holds the fenced blocks), a web
    address's host or a part of an identifier (``_CODE_LIKE``; curl's docs write
    "https://curl.se" where they lack a code span). Each scan is screened by a character or a
    literal its every match holds (a backtick; "://" or "_"): a text without them is not
    scanned (h24speed: the two scans cost 3 s on 50 MB of news that holds neither)."""
    text = document.text
    raw = document.raw_text or text
    coded = [text[start:end] for start, end in document.protected]
    if "`" in raw:
        coded += [inline + fenced for _, inline, fenced in _CODE.findall(raw)]
    if "_" in raw or "://" in raw:
        coded += [
            (host + " " + name).replace(".", " ").replace("_", " ")
            for host, name in _CODE_LIKE.findall(raw)
        ]
    return frozenset(_TOKEN.findall(" ".join(coded)))


def lower_case_names(document: Document, language: str, words: set[str]) -> set[str]:
    """Which of ``words`` (MT304's candidates) are names the text writes in lower case by its
    own convention ("curl", "npm", "ffmpeg"). A name (its possessive "'s" dropped): five times
    or more in lower case, never with a capital (not even where a sentence starts), no common
    word of the language (Zipf < 5: "the", "they" are capitalised somewhere in any text that
    lost a capital once), and either written as code somewhere in the document or no word of
    the language at all (Zipf below ``_NOT_A_WORD``). Frequency alone is no evidence: a news
    article repeats its topic nouns ("residents", "exporters") and a page that lost its
    capitals loses them on those too (m23starts, h23files review: 10,000 → 541 findings on
    such a page). h23files: curl's Markdown docs open paragraphs with "curl" by convention.

    All the candidates at once, the cheapest evidence first (h24speed): the word's frequency,
    then its capitalised form among the document's distinct chunks (a token stands in the text
    iff it stands in one of its chunks), then the lower-case count in the text, then the code."""
    bases = {word: _POSSESSIVE.sub("", word) for word in words}
    common = {}
    for base in set(bases.values()):
        if _TOKEN.fullmatch(base):  # anything else is never one token: counted 0 times
            frequency = zipf(base, language)
            if frequency < 5.0:
                common[base] = frequency
    if not common:
        return set()
    capital = {base: base[:1].upper() + base[1:] for base in common}
    chunks = chunk_text(document)
    written = token_counts(chunks, set(capital.values()) | set(common), 1)
    left = [b for b in common if written[b] and not written[capital[b]]]
    if not left:
        return set()
    counts = token_counts(document.text, set(left), 5)
    left = [base for base in left if counts[base] >= 5]
    if any(common[base] >= _NOT_A_WORD for base in left):
        coded = code_words(document)
        left = [base for base in left if common[base] < _NOT_A_WORD or base in coded]
    names = set(left)
    return {word for word, base in bases.items() if base in names}


# Marks that open a quotation at a paragraph's start ("“first, I have …").
_OPENING_QUOTES = frozenset('“‘«„"')

# A candidate: its word, where the word starts, whether its fix is safe, its confidence, and
# for one after a number the sentence's stop before it (-1 for none).
_Candidate = tuple[str, int, bool, float, int]


@register
class LowercaseSentenceStart(Rule):
    code = "MT304"
    name = "lowercase-sentence-start"
    summary = "A sentence or paragraph that starts with a lower-case letter."
    doc = """
    What it finds: a paragraph whose first word is lower case (also after the quotation mark
    that opens it: "“first, I thank my players,” he said"; h25recall), or a lower-case word
    after a full stop, question or exclamation mark and a space.
    Why it matters: MT that lower-cases a segment, or splits a sentence at the wrong place,
    leaves lower-case sentence starts behind.
    Fix safety: safe at a paragraph start (the first letter is capitalised); unsafe mid-paragraph,
    where the full stop may be the mistake instead.
    Known false positives: abbreviations ("e.g. the", "U.S. and", "a.m. on") from the language
    table, initials, ellipses continuing a quote ("... and then"), numbered items ("3. the"),
    brand names with inner capitals (iPhone), URLs and file names are skipped, a lower-case
    line after a line ending in one of the language's continued-line marks (resources/lang
    ``continued_line_marks``: a colon, a semicolon or a comma; German no colon) is a list's
    item or a sentence's rest, and a name the text always writes in lower case, five times or
    more, never capitalised, and written as code somewhere or no common word ("curl", "npm"),
    is skipped. A line of a page's furniture (checks/pagefurniture.py: a breadcrumb trail, a
    line of ``label:value`` fields) starts as its template writes it (h24prec, pool-prec24).
    An address line opens with the language's abbreviation before a name ("ul. Kwiatowa 5";
    h25ml, the shape of a realmt-pl judge false alarm); "np. chleb" at a line start is found.
    A plain-text file's layout is no sentence start (h30files): an indented "o" bullet, a
    changelog's "name (1.2.3) …" header, the first cell of an indented row of columns; the
    continuation lines of a hard-wrapped text (checks/wrapping.py) join their paragraph.
    """
    examples = (
        Example(
            "cyanuric acid was found in the samples.", "Cyanuric acid was found in the samples."
        ),
        Example("It was late. the talks went on.", "It was late. The talks went on."),
        # A quotation opening its paragraph in lower case (h25recall).
        Example(
            "The match ended.\n“first, I thank my players,” the coach said.",
            "The match ended.\n“First, I thank my players,” the coach said.",
        ),
        good("The match ended.\n“…and then we scored,” he said.\n“iPhone sales rose,” she said."),
        good("He arrived at 5 p.m. on Sunday, e.g. after the U.S. and Ph.D. talks."),
        good("He paused... and then spoke. iPhone sales rose. www.example.com is up."),
        good("- an item\n- another item"),
        good("current page: Home » Products » Pumps\ntopic:pumps date:2021-03-02\nIt works."),
        good("Town news\nwww.towninfo.example.org\nThe fair opens on Friday."),
        # A name the text always writes in lower case (invented tool "zorp"): not an error.
        good(
            "zorp reads files. We like zorp and zorp likes us. Run zorp twice. Ask zorp.\n\n"
            "zorp is free."
        ),
        # A topic noun repeated in lower case is no name: its lost capital is found (m23starts).
        Example(
            "Many commuters say the ferry is slow. commuters also complain. The firm told "
            "commuters. Some commuters doubt it; older commuters remember.",
            "Many commuters say the ferry is slow. Commuters also complain. The firm told "
            "commuters. Some commuters doubt it; older commuters remember.",
        ),
        Example(
            "It was late. the talks went on. the end came. the night fell. the day. The sun.",
            "It was late. The talks went on. The end came. The night fell. The day. The sun.",
        ),
    )

    # Letters that are not capitals of cased scripts: the match is re-checked with islower.
    _mid = re.compile(r"[.!?]" + _AFTER_MARK)
    # ``_mid`` once per mark: a pattern that starts with a literal is searched for at C speed,
    # one that starts with a class tests every character. A match holds one mark, its first
    # character, so matches of different marks never overlap: merged in text order they are
    # ``_mid``'s own matches.
    _mid_by_mark = _MID_BY_MARK
    _word_before = re.compile(r"([\w.]+)$")
    _first_word = re.compile(r"([^\W\d_][\w'’\-]*)(?=[\s,;:.!?]|$)")

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not data.cased:
            return
        # Each candidate as a small tuple, its finding made only for a word that is no name (a
        # lower-cased page may hold tens of thousands of candidates); the names the text writes
        # in lower case by convention are asked for all the words at once (``lower_case_names``),
        # so a document's counts are read once, for the words that need them.
        candidates = [*self._paragraph_starts(document, data), *self._mark_starts(document, data)]
        if not candidates:
            return
        names = lower_case_names(document, data.code, {candidate[0] for candidate in candidates})
        text = document.text
        for word, start, safe, confidence, mark in candidates:
            if word in names:
                continue
            if mark < 0:
                yield self._finding(start, word, safe=safe, confidence=confidence)
            else:
                end, why, fixes = stop_before_lower(text, mark, start, word)
                yield self.finding(mark, end, why, fixes=fixes, confidence=confidence)

    def _paragraph_starts(self, document: Document, data: LanguageData) -> Iterator[_Candidate]:
        text = document.text
        continued = data.tables.get("continued_line_marks") or {}
        paragraphs = document.paragraphs
        # The paragraphs whose first character is lower case, picked with C-level map/compress
        # (a large text has tens of thousands of paragraphs).
        starts = list(map(START_OF, paragraphs))
        firsts = list(map(text.__getitem__, map(slice, starts, map(PLUS_ONE, starts))))
        lower = compress(paragraphs, map(str.islower, firsts))
        # "“first, I have to congratulate my players,” he said": a quotation that opens its
        # paragraph in lower case (h25recall); the mark stays, the word after it is read.
        quoted = [
            paragraph
            for paragraph in compress(paragraphs, map(_OPENING_QUOTES.__contains__, firsts))
            if text[paragraph.start + 1 : paragraph.start + 2].islower()
        ]
        for paragraph in chain(lower, quoted):
            at = paragraph.start + (text[paragraph.start] in _OPENING_QUOTES)
            match = self._first_word.match(text, at, paragraph.end)
            if (
                match
                and self._plain_word(match.group(1))
                and not looks_technical(text, match.start(), match.end())
                # "www.portal.com" on a line of its own: a dotted name (an address, a file).
                and not _dotted_name(text, match.end())
                # "janv.", "lundi": a catalogue's label in a language that writes them so.
                and not calendar_label(text, paragraph, match.group(1), data.code)
                and not _continues_line_before(text, paragraph.start, continued)
                # "current location: Home » News", "channel:news date:2018": a page's furniture.
                and not furniture_at(text, paragraph.start)
                # "ul. Kwiatowa 5", "al. Jerozolimskie": an address line opens with the
                # language's abbreviation before a name, written lower case.
                and not _abbreviation_before_name(text, match.end(1), match.group(1), data)
                # " o item", "lutris (0.5.22) jammy;", "⇥string⇥⇥name": no sentence (h30files).
                and not _laid_out_start(text, paragraph.start, match.end(1))
                # "par Reporter", "von Anna Muster": a byline (checks/bylines.py).
                and not byline_at(text, paragraph.start, match.group(1), data.code)
            ):
                safe = after_blank_line(text, paragraph.start)
                # A line of one to three words is a page's label ("writer", "hit") as often.
                label = text.count(" ", paragraph.start, paragraph.end) < 3
                confidence = 0.5 if label else 0.75
                yield match.group(1), match.start(1), safe, confidence, -1

    def _mark_starts(self, document: Document, data: LanguageData) -> Iterator[_Candidate]:
        text = document.text
        table = casing_data(data.code)
        characters = text_characters(document)
        # A scan led by a rare mark ("?", "!") is matched at the mark's places only.
        scans = [scan_marks(document, [p]) for mark, p in self._mid_by_mark if mark in characters]
        for match in heapq.merge(*scans, key=MATCH_START) if len(scans) > 1 else chain(*scans):
            mark = match.start()
            if not match.group(1)[0].islower() or not after_word(text, mark):  # not "..." "?!"
                continue
            before = self._word_before.search(text, max(0, mark - 15), mark)
            token = before.group(1) if before else ""
            bare = token.lower().strip(".")
            if (
                len(bare) <= 1
                or "." in bare
                or (token[:1].isupper() and len(bare) <= 3)  # "Bt.", "Co.", "Jr."
                or bare in table.abbreviations
                or (text[mark] in "!?" and match.group(1) in table.speech_verbs)  # "Nej! sagde hun"
                or (table.ordinal_dot and bare.isdigit())  # "18. den", "am 3. Mai"
                or not self._plain_word(match.group(1))
                or looks_technical(text, match.start(1), match.end(1))
            ):
                continue
            word = match.group(1)
            if text[mark] == ".":  # "in 1853-1856. stopped", "was approved. which will"
                yield word, match.start(1), False, 0.6 if bare[-1:].isdigit() else 0.7, mark
                continue
            yield word, match.start(1), False, 0.55, -1

    @staticmethod
    def _plain_word(word: str) -> bool:
        """No inner capitals (iPhone, eBay) and not a code-like token."""
        return word[1:] == word[1:].lower() and "_" not in word

    def _finding(self, start: int, word: str, *, safe: bool, confidence: float) -> Finding:
        fixed = word[0].upper()
        return self.finding(
            start,
            start + len(word),
            f"Sentence starts with a lower-case letter: '{word}'",
            fixes=[
                Fix(
                    (Edit(start, start + 1, fixed),),
                    Applicability.SAFE if safe else Applicability.UNSAFE,
                    f"capitalise '{word}'",
                )
            ],
            confidence=confidence,
        )


# A program's name before its version in brackets: a changelog's entry ("lutris (0.5.22) jammy;").
_VERSION_AFTER = re.compile(r" \(\d[\w.:~+-]*\)")
# A column after the first word of an indented line: a table's row ("⇥string⇥⇥key name").
_COLUMN_AFTER = re.compile(r"\t| {2,}\S")


def _laid_out_start(text: str, start: int, word_end: int) -> bool:
    """Whether the lower-case word at a paragraph's ``start`` is the layout of a plain-text file,
    not a sentence's first word: a bullet letter (" o fix …", ``wrapping.list_item``), a name
    before its version in brackets (a Debian changelog's header), or the first cell of an
    indented row of columns (a protocol's field table). h30files: 224 of curl's RELEASE-NOTES,
    98 of lutris' debian/changelog and 24 of OpenSSH's PROTOCOL files were these."""
    line_start = text.rfind("\n", 0, start) + 1
    if word_end - start == 1 and list_item(text[line_start : word_end + 2]):
        return True
    if _VERSION_AFTER.match(text, word_end):
        return True
    return start > line_start and _COLUMN_AFTER.match(text, word_end) is not None


_NAME_AFTER_STOP = re.compile(r"\. +[^\W\d_]")


def _abbreviation_before_name(text: str, end: int, word: str, data: LanguageData) -> bool:
    """Whether ``word`` (ending at ``end``) is one of the language's abbreviations, its full
    stop followed by a capitalised word; not a person's title ("dr. Smith said" opening a
    sentence lost its capital: ``title_abbreviations``)."""
    lower = word.lower()
    if lower not in data.abbreviations or lower in data.tables.get("title_abbreviations", ()):
        return False
    found = _NAME_AFTER_STOP.match(text, end)
    return found is not None and text[found.end() - 1].isupper()


def _dotted_name(text: str, end: int) -> bool:
    """A full stop right after the word with a letter or digit after it: the word opens a
    dotted name ("www.towninfo.example.org", "index.html"), not a sentence (pool-prec25: a
    page's address on a line of its own)."""
    return text[end : end + 1] == "." and text[end + 1 : end + 2].isalnum()
