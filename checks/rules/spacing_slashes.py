"""Spacing around a slash (family MT1): a slash between two words spaced on one side only
("CD20/ USDC", "roads /bridges"), and the language's "and/or" written with spaced slash
("e / o", "y / o", "and / or").

How each language writes "and/or" is data: ``and_or`` in resources/typography/<lang>.json.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import (
    chunk_around,
    chunk_text,
    language_data,
    looks_technical,
    scan_marks,
)
from mtlint.checks.typography import table

# In the distinct chunks: a chunk that ends with a slash after a word, or starts with one
# before a word (the other side is a space); a lone slash (" / ").
_ONE_SIDE_CHUNK = re.compile(r"[^\W_]/(?=\n|\Z)|\n/[^\W_]")
# A slash spaced on one side only, between two words (letters or digits); led by the slash.
_ONE_SIDE = re.compile(r"/(?:(?<=[^\W_]/)(?= [^\W_])|(?<=[^\W_] /)(?=[^\W_]))")
# A chunk with a slash inside it or at its end, after a word: "contrib/vstudio/", "a/b".
_PATHLIKE = re.compile(r"[^\W_]/(?:[^\W_]|\s|$)")
# The word before and after (for the technical and date guards).
_WORD_BEFORE = re.compile(r"[^\W_]+$")
_WORD_AFTER = re.compile(r"[^\W_]+")


@register
class SlashSpacing(Rule):
    code = "MT152"
    name = "slash-spacing"
    summary = "A slash spaced on one side only ('CD20/ USDC'), or 'and/or' spaced ('y / o')."
    doc = """
    What it finds: a slash between two words with a space on one side and none on the other
    ("CD20/ USDC", "roads /bridges"), and the language's "and/or" written with a spaced slash
    (``and_or`` in resources/typography: "e / o" in Italian, "y / o" in Spanish, "and / or").
    Why it matters: MT and detokenisers split "X/Y" into tokens and join them back on one
    side only; a spaced "and / or" is a token-by-token rendering of the source.
    Fix safety: unsafe for a one-sided space (the space is removed; a one-sided space is not
    always a split token: a credit "AGENCY/ Photographer" or an abbreviation may keep it on
    purpose); safe for "and / or" (the language's closed form).
    Known false positives: URLs, paths and dates ("http:// x" is a broken URL, not prose) are
    skipped through the technical-chunk guard; a slash between two numbers ("12/ 5") is left
    alone (a date or a fraction may be spaced on purpose in a table); a slash spaced on both
    sides between other words ("Página / 12", "red / green") is style and left alone; a word
    of one letter glued to the slash before a longer word is an abbreviation and left alone
    ("C/ Mayor" calle, "S/ Ref." su referencia, "w/ rice" with). Still found: abbreviations
    of two letters or more written with a slash and a space ("Avda/ Sol", "attn/ Sales"), and
    photo credits "AGENCY/ Photographer" (the agency's own spelling varies).
    """
    examples = (
        Example(
            "The CD20/ USDC futures traded higher.",
            "The CD20/USDC futures traded higher.",
        ),
        Example("Roads /bridges were closed.", "Roads/bridges were closed."),
        Example("Si accettano contanti e / o carte.", "Si accettano contanti e/o carte.", "it"),
        Example("Se aceptan tarjetas y / o efectivo.", "Se aceptan tarjetas y/o efectivo.", "es"),
        good("Roads and/or bridges, red / green, 12/ 5 and http://example.com/ path."),
        good("Roses are red / violets are blue; see km/h and 24/7."),
        good("Put the scripts in tools/ or build/helpers/ before the run."),
        good("Vivimos en C/ Mayor, 5, y le escribimos en relación con S/ Ref. 12.", "es"),
        good("Chicken w/ rice and beans is on the menu today."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        lines = chunk_text(document)
        if "/" not in lines:
            return
        text = document.text
        if _ONE_SIDE_CHUNK.search(lines):
            for match in scan_marks(document, [_ONE_SIDE]):
                slash = match.start()
                if text[slash - 1] == " ":
                    found = self._one_side(text, slash - 1, slash + 1)
                else:
                    found = self._one_side(text, slash, slash + 2)
                if found is not None:
                    yield found
        if "\n/\n" in lines:  # every chunk stands between line breaks (chunk_text)
            pairs = table(language_data(document), "and_or", []) or []
            forms = {tuple(pair.lower().split("/", 1)) for pair in pairs if "/" in pair}
            if forms:
                # Led by the spaced slash (a literal the scan jumps between); the words on
                # each side are read per match.
                for match in _SPACED_SLASH.finditer(text):
                    found = self._spaced_and_or(text, match.start(), forms)
                    if found is not None:
                        yield found

    def _one_side(self, text: str, start: int, end: int) -> Finding | None:
        slash = start if text[start] == "/" else start + 1
        before = _WORD_BEFORE.search(text, max(0, slash - 40), slash - (text[start] == " "))
        after = _WORD_AFTER.match(text, end)
        if before is None or after is None:
            return None
        if before.group().isdigit() and after.group().isdigit():
            return None  # a date or a fraction
        if text[start] == "/" and _one_letter_abbreviation(text, before, after):
            return None  # "C/ Mayor", "S/ Ref.", "w/ rice"
        # The glued side's chunk holds the slash (every slash reads as a path to
        # looks_technical): ask it without the slash, and refuse a second slash or a scheme.
        glued_start, glued_end = chunk_around(text, slash, slash + 1)
        chunk = text[glued_start:glued_end]
        if chunk.count("/") > 1 or ":/" in chunk or "\\" in chunk:
            return None
        bare = chunk.replace("/", " ")
        if looks_technical(bare, 0, len(bare)):
            return None
        # Paths nearby ("tools/ or build/helpers/"): a directory name ends with its slash.
        near = text[max(0, slash - 80) : slash] + text[slash + 1 : slash + 80]
        if near.count("/") and _PATHLIKE.search(near):
            return None
        other = after if text[start] == "/" else before
        if looks_technical(text, other.start(), other.end()):
            return None
        space = start + 1 if text[start] == "/" else start
        return self.finding(
            min(start, space),
            end,
            "A slash spaced on one side only",
            fixes=[Fix((Edit(space, space + 1, ""),), Applicability.UNSAFE, "remove the space")],
            confidence=0.7,
        )

    def _spaced_and_or(self, text: str, at: int, forms: set[tuple[str, ...]]) -> Finding | None:
        left = _WORD_BEFORE.search(text, max(0, at - 20), at)
        right = _WORD_AFTER.match(text, at + 3)
        if left is None or right is None:
            return None
        if (left.group().lower(), right.group().lower()) not in forms:
            return None
        start, end = left.start(), right.end()
        closed = left.group() + "/" + right.group()
        return self.finding(
            start,
            end,
            f"'{text[start:end]}' is written '{closed}'",
            fixes=[Fix((Edit(start, end, closed),), Applicability.SAFE, f"→ '{closed}'")],
            confidence=0.75,
        )


_SPACED_SLASH = re.compile(" / ")


def _one_letter_abbreviation(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    """A word of one letter glued to the slash, a longer word after the space: an abbreviation
    written with a slash ("C/ Mayor" calle, "S/ Ref." su referencia, "w/ rice" with), not a
    split token ("A/ B" and "N/ A" are both of one letter, so they are still found)."""
    word = before.group()
    if len(word) != 1 or not word.isalpha() or len(after.group()) < 2:
        return False
    # The letter is a word of its own: not the last of "U.S/" or "3-D/".
    return not before.start() or text[before.start() - 1] not in ".-"
