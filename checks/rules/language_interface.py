"""Language: a web page's interface string left in another language than the text's (MT517):
"Leave a comment" under a French article, "Читати далі" after a Russian teaser, "Aggiornato
il 12/03/2024" in a Spanish page, "Skip to main content" above an Italian one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import base_language, chunk_text, lowered_chunk_heads
from mtlint.checks.wordlists import wordfreq_languages, zipf

# A one-word string this common in the text's own language is one of its words ("Navigation"
# in French, "Archive" in English); shorter ones are words of too many languages.
_OWN_WORD_ZIPF = 3.0
_MIN_SINGLE = 5
# Where a page's furniture stands once the page is flattened to text: a line of its own or
# the head of a line before a colon, a bar, a date or a handle ("Updated: 12/18/2025"); after
# a bar ("…|Updated: …"); after a teaser's ellipsis at the end of a line ("… Read more"); in
# brackets straight after a link ("@name(opens in a new tab)").
# Each pattern opens on a literal (a line break, a bar, an ellipsis, a bracket) that the regex
# engine finds at C speed; the text is scanned with a line break before it.
_LINE_HEAD = r"\n[ \t]*({0})(?=[ \t]*(?:$|\n|[:|]|\d|@|\())"
_AFTER_BAR = r"\|[ \t]*({0})(?=[ \t]*(?:$|\n|[:|]|\d))"
_AFTER_TEASER = r"(?:…|\.\.\.)[ \t]*({0})(?=[ \t]*(?:$|\n))"
_BRACKETED = r"[(\[]({0})[)\]]"
# The words right after a bar ("2025|Updated:"), read from the document's distinct chunks.
# The words right after a bar or a bracket glued to a word ("2025|Updated:",
# "@name(Skip to …"), read from the document's distinct chunks.
_GLUED_WORD = re.compile(r"[\w@][|(\[]([^\W\d_]+)")
_MAX_LINE = 200


@lru_cache(maxsize=1)
def _ui_table() -> dict[str, list[str]]:
    return resource_json("residue", "ui_strings.json")["strings"]


@lru_cache(maxsize=1)
def _page_labels() -> frozenset[str]:
    """MT509's page labels (resources/residue/residue.json): on a line of their own, its."""
    table = resource_json("residue", "residue.json")
    return frozenset(
        label for entry in table.values() if isinstance(entry, dict) for label in entry["labels"]
    )


@lru_cache(maxsize=64)
def foreign_strings(code: str) -> dict[str, dict[str, str]]:
    """Interface strings of other languages that ``code``'s own table does not hold, by their
    first word → {string: language}."""
    table = _ui_table()
    own = frozenset(table.get(code, ()))
    found: dict[str, dict[str, str]] = {}
    for other, strings in sorted(table.items()):
        if other == code:
            continue
        for string in strings:
            if string in own:
                continue
            if " " not in string and len(string) < _MIN_SINGLE:
                continue
            found.setdefault(string.split(" ", 1)[0], {}).setdefault(string, other)
    return found


@lru_cache(maxsize=4096)
def _own_word(string: str, code: str) -> bool:
    return " " not in string and zipf(string, code) >= _OWN_WORD_ZIPF


# A phrase every word of which the text's language uses about as much as the string's own
# ("entrada anterior": Spanish as much as Catalan; "open menu": English as much as Dutch) is a
# phrase of the text's language that a neighbour's catalogue happens to hold.
_SHARED_MARGIN = 0.5


@lru_cache(maxsize=4096)
def _shared_phrase(string: str, code: str, other: str) -> bool:
    if " " not in string:
        return False
    words = [word for word in string.split(" ") if any(c.isalpha() for c in word)]
    if other not in wordfreq_languages():
        # No word list for the catalogue's language (asking for one would import wordfreq and
        # take its nearest match, with a warning): shared when the text's language uses every
        # word as its own.
        return all(zipf(word, code) >= _OWN_WORD_ZIPF for word in words)
    return all(zipf(word, code) >= zipf(word, other) - _SHARED_MARGIN for word in words)


@lru_cache(maxsize=256)
def _patterns(strings: frozenset[str]) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """The four places, each with whether one-word strings may stand there (alone, or before
    a colon and a date)."""
    body = "|".join(re.escape(s) for s in sorted(strings, key=len, reverse=True))
    phrases = "|".join(re.escape(s) for s in sorted(strings, key=len, reverse=True) if " " in s)
    patterns = [(re.compile(_LINE_HEAD.format(body), re.IGNORECASE), True)]
    patterns.append((re.compile(_AFTER_BAR.format(body), re.IGNORECASE), True))
    if phrases:
        patterns += [
            (re.compile(template.format(phrases), re.IGNORECASE), False)
            for template in (_AFTER_TEASER, _BRACKETED)
        ]
    return tuple(patterns)


def _all_words_in(string: str, heads: frozenset[str]) -> bool:
    """Every word of ``string`` is a chunk of the text; the last may have a bracket or a mark
    glued after it ("(opens in a new tab)")."""
    *words, last = string.split(" ")
    return all(word in heads for word in words) and any(
        last + mark in heads for mark in _AFTER_LAST
    )


_AFTER_LAST = ("", ")", "]", ",", ".", ";", "|", "),", ").", "];", "…")


def _glued_heads(document: Document) -> frozenset[str]:
    return frozenset(map(str.lower, _GLUED_WORD.findall(chunk_text(document))))


def _line_of(text: str, start: int, end: int) -> str:
    return text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1]


@register
class ForeignInterfaceString(Rule):
    code = "MT517"
    name = "foreign-interface-string"
    summary = "A web page's interface string left in another language ('Leave a comment')."
    severity = Severity.WARNING
    doc = """
    What it finds: a string of a web page's interface (comments, "Read more", "Skip to main
    content", "Last updated on", "Previous post", "Table of contents", cookie buttons …) in
    another language than the text's, where a flattened page puts its furniture: a line of its
    own, the head of a line before a colon, a bar, a date or a handle ("Aggiornato il
    12/03/2024"), after a bar, after a teaser's ellipsis at a line's end ("… Читати далі"), or
    in brackets after a link. The strings come from real translation catalogues (Nikola,
    PaperMod, Stack, Minimal Mistakes, the Django admin, Sphinx), the same concepts in about
    ninety languages (resources/residue/ui_strings.json, built by bench/build_ui_strings.py).
    Why it matters: machine translation of a page translates the article and leaves the
    template's strings in the source language (or the site's), so the reader meets menu items
    of a language the text is not in.
    Fix safety: none automatic (translate or delete it; a display-only hint).
    Known false positives: a string the text's language shares (its own catalogue's, a one-
    word string common in it: "Navigation" in French, or a phrase every word of which it uses
    about as much as the string's language: "Entrada anterior" in Spanish, which Catalan's
    catalogue holds) stays quiet; a one-word string must stand
    alone on its line; bilingual files (.po, XLIFF) are the bilingual rules' concern. A page
    label MT509 already reports on its own line is left to it.
    """
    examples = (
        Example(
            *["Le ministre a parlé lundi.\nLeave a comment\nLes travaux reprennent."] * 2, "fr"
        ),
        Example(*["Il governo ha approvato il piano.\nUpdated: 12/03/2024"] * 2, "it"),
        Example(*["В Киеве прошла встреча министров… Читати далі\nДалее в программе."] * 2, "ru"),
        good("Il ministro ha parlato.\nAggiornato il 12/03/2024\nIl piano è pronto.", "it"),
        good("Le ministre a parlé.\nNavigation\nLes travaux reprennent.", "fr"),
        good("The minister said she would leave a comment on the plan later.", "en"),
        good("Les élus ont voté.\nCommentaires\nLa séance est levée.", "fr"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if document.units or document.source_text:
            return
        code = base_language(document)
        by_head = foreign_strings(code)
        heads = lowered_chunk_heads(document)
        heads = heads | _glued_heads(document)  # "2025|Updated:", "@name(Skip to …)"
        present: dict[str, str] = {}
        for head in heads & by_head.keys():
            for string, language in by_head[head].items():
                if (
                    _all_words_in(string, heads)
                    and not _own_word(string, code)
                    and not _shared_phrase(string, code, language)
                ):
                    present[string] = language
        if not present:
            return
        text = "\n" + document.text
        labels = _page_labels()
        seen: set[int] = set()
        for pattern, line_head in _patterns(frozenset(present)):
            for match in pattern.finditer(text):
                start, end = match.span(1)
                found = match.group(1)
                lowered = found.lower()
                if start in seen or len(_line_of(text, start, end)) > _MAX_LINE:
                    continue
                if line_head and (lowered in labels or not _line_head_ok(text, end, lowered)):
                    continue
                seen.add(start)
                language = present.get(lowered)
                if language is None:
                    continue
                start, end = start - 1, end - 1  # the line break put before the text
                yield self.finding(
                    start,
                    end,
                    f"'{found}' is a web page's interface string in {language}, not {code}: "
                    "left untranslated?",
                    fixes=[
                        Fix((Edit(start, end, found),), Applicability.DISPLAY_ONLY, "translate it")
                    ],
                    confidence=0.7 if " " in lowered else 0.55,
                    data=(("source_language", language),),
                )


def _line_head_ok(text: str, end: int, lowered: str) -> bool:
    """A one-word string stands alone on its line, or before a colon or bar and a date or
    number ("Updated: 12/03/2024"); a phrase may be followed by any value."""
    if " " in lowered:
        return True
    rest = text[end : (text.find("\n", end) + 1 or len(text) + 1) - 1].strip()
    value = rest[1:].lstrip()
    return rest in ("", ":") or (rest[:1] in ":|" and value[:1].isdigit())
