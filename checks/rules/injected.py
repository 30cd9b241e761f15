"""A symbol or emoji inside a word: what a page's decoration or a converter leaves in the text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import text_characters
from mtlint.checks.wordlists import zipf

# Emoji and pictographs, dingbats, geometric shapes and stars, arrows, misc. symbols; the
# variation selector and the zero-width joiner that build emoji sequences ride along.
_SYMBOLS = "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d"
_SYMBOL = re.compile(f"[{_SYMBOLS}]")
# Letters on both sides: "gov⭐ernment". A symbol after or before a whole word is decoration.
_INSIDE = re.compile(f"(?<=[^\\W\\d_])[{_SYMBOLS}]+(?=[^\\W\\d_])")
_LETTERS_BEFORE = re.compile(r"[^\W\d_]+$")
_LETTERS = re.compile(r"[^\W\d_]+")
# The word without the symbol is this common in the text's language: removing it is safe.
_KNOWN_WORD_ZIPF = 2.5


@lru_cache(maxsize=256)
def _symbol_name(run: str) -> str:
    names = [unicodedata.name(c, "") for c in run if c not in "\ufe0f\u200d"]
    return ", ".join(name.lower() for name in names if name) or "symbol"


@register
class SymbolInsideWord(Rule):
    code = "MT606"
    name = "symbol-inside-word"
    summary = "An emoji or symbol inside a word ('gov⭐ernment'), left by page decoration."
    severity = Severity.WARNING
    doc = """
    What it finds: an emoji, star, arrow, geometric shape or other pictograph with letters
    right before and after it, inside one word.
    Why it matters: pages decorate text with icons (a star before a headline, an arrow before a
    link); when the page is copied, extracted or machine translated, the icon can land inside a
    word. Spell checkers split the word there and see two fragments; readers see a broken word.
    Fix safety: the symbol is removed; safe when the word without it is a common word of the
    text's language (word frequencies), unsafe otherwise (a brand may use one on purpose).
    Known false positives: brand names and handles written with a symbol inside ("I❤NY").
    """
    examples = (
        Example(
            "The gov⭐ernment said on Monday that talks will resume.",
            "The government said on Monday that talks will resume.",
        ),
        good("⭐ The government said on Monday that talks will resume."),
        good("Talks resume → the government said so on Monday."),
        good("The temperature fell to 4°C in the north."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        if not any(map(_SYMBOL.fullmatch, text_characters(document))):
            return
        text = document.text
        language = (document.language or "en").split("-")[0]
        for match in _INSIDE.finditer(text):
            start, end = match.span()
            before = _LETTERS_BEFORE.search(text, max(0, start - 40), start)
            after = _LETTERS.match(text, end, min(len(text), end + 40))
            word = (before.group() if before else "") + (after.group() if after else "")
            known = zipf(word, language) >= _KNOWN_WORD_ZIPF
            fix = Fix(
                (Edit(start, end, ""),),
                Applicability.SAFE if known else Applicability.UNSAFE,
                "remove the symbol",
            )
            yield self.finding(
                start,
                end,
                f"“{match.group()}” ({_symbol_name(match.group())}) inside the word “{word}”",
                fixes=[fix],
                confidence=0.85 if known else 0.6,
            )
