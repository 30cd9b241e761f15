"""Mechanical damage that is neither a spelling nor a quotation (family MT97x): a run of
stray punctuation marks ("for? ?, its"), a lost drop cap ("looding in Riau" for "Flooding"),
and one phrase written twice in two forms ("have been were").

What differs by language is data: the marks a language spaces before (French "? !") in
resources/typography/<lang>.json, the doubled variants in resources/garble/garble.json.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.resourcefiles import resource_json
from mtlint.checks.textscan import (
    base_language,
    language_data,
    looks_technical,
    scan_marks,
    text_characters,
)
from mtlint.checks.typography import table
from mtlint.checks.wordlists import frequency_dict, zipf

# After a question or exclamation mark, a space and more marks ("? ?,", "! .").
_RUNS = (re.compile(r"\?(?= [?!,;:.])"), re.compile(r"!(?= [?!,;:.])"))
_RUN_TAIL = re.compile(r"(?: [?!,;:.]+)+(?= |\n|$)")
_SPACED_ONLY = frozenset("?! ")


def _table() -> dict:
    return resource_json("garble", "garble.json")


@register
class StrayPunctuationRun(Rule):
    code = "MT975"
    name = "stray-punctuation-run"
    summary = "Stray punctuation marks spaced after a question or exclamation mark ('for? ?, its')."
    doc = """
    What it finds: a question or exclamation mark followed by a space and more sentence marks
    ("what is it for? ?, its function", "the end! . Then"): marks left over when MT or a
    cleaning step dropped the words between them.
    Why it matters: the reader cannot tell where the sentence ends; the marks are noise.
    Fix safety: unsafe: the marks after the first are removed; the words lost between them
    cannot be restored.
    Known false positives: languages that space a mark before ? and ! (French "Quoi ? !") keep
    runs of ? and ! alone; a spaced ellipsis (". . .") never follows a question mark here;
    code, URLs and handles are left alone.
    """
    examples = (
        Example(
            "What is the council for? ?, its function is to legislate.",
            "What is the council for? its function is to legislate.",
        ),
        Example("Is it over? . Nobody knows.", "Is it over? Nobody knows."),
        good("Really? Yes! And then? No."),
        good("Vraiment ? ! Il est parti.", "fr"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        characters = text_characters(document)
        if "?" not in characters and "!" not in characters:
            return
        spaced = any("?" in group.get("before", "") for group in _spaced_marks(document))
        text = document.text
        for match in scan_marks(document, _RUNS):
            at = match.start()
            tail = _RUN_TAIL.match(text, at + 1)
            if tail is None:
                continue
            run = text[at : tail.end()]
            if (spaced and set(run) <= _SPACED_ONLY) or text[at - 2 : at] == ". ":
                continue  # French "? !"; a row of spaced dots ". . . ? . ."
            if looks_technical(text, at - 1, tail.end()):
                continue
            yield self.finding(
                at,
                tail.end(),
                f"Stray punctuation after '{text[at]}': '{run.strip()}'",
                fixes=[Fix((Edit(at + 1, tail.end(), ""),), Applicability.UNSAFE, "remove")],
                confidence=0.7,
            )


def _spaced_marks(document: Document) -> list[dict]:
    groups = table(language_data(document), "spaced_marks", []) or []
    return [g for g in groups if isinstance(g, dict)]


# The first word of a text: lower case, letters only.
_FIRST_WORD = re.compile(r"\s*([^\W\d_A-Z][^\W\d_]*)(?=[\s,.;:])")
_UNKNOWN_ZIPF = 1.5
_RESTORED_ZIPF = 3.0
_MARGIN = 1.0
# Lines at the start of a text where an article's first paragraph (with its drop cap) stands.
_HEAD_LINES = 3


@register
class LostDropCap(Rule):
    code = "MT976"
    name = "lost-drop-cap"
    summary = "An article's first word lost its first letter with the drop cap ('looding in Riau')."
    doc = """
    What it finds: one of the first lines of a text starting with a lower-case word that
    wordfreq does not know in the text's language, while one capital letter before it makes a
    common word ("looding in Riau province" → "Flooding", "he president" is a word and left
    alone): a drop cap, set as an image or a separate element, was lost when the page was
    extracted.
    Why it matters: the article opens on a broken word; MT then mistranslates or copies it.
    Fix safety: unsafe: the most frequent word wins when one clearly does (by a factor of ten).
    Known false positives: a text that really begins with an unknown lower-case word (a brand,
    a code) one letter short of a common word. Only the first lines are read.
    """
    examples = (
        Example(
            "looding in the province has spread to five districts on Tuesday.",
            "Flooding in the province has spread to five districts on Tuesday.",
        ),
        good("iPhone sales rose on Tuesday; he said so."),
        good("he president said on Monday that the talks would go on."),
        good(
            "Dry lands spread wherever the soil and the water are lost too quickly and\n"
            "osion goes on for years.",
            "en",
        ),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        language = base_language(document)
        if not _has_wordlist(language):
            return
        start = 0
        for _ in range(_HEAD_LINES):
            match = _FIRST_WORD.match(text, start)
            # A line after one that ends on a word or a comma continues its sentence (a hard
            # wrap: "toprağın hızla⏎aşınması"), it opens nothing (pool-ml26, h30ml).
            if match is not None and not _continues(text, start):
                found = self._judge(match, language)
                if found is not None:
                    yield found
                    return
            start = text.find("\n", start) + 1
            if start == 0:
                return

    def _judge(self, match: re.Match[str], language: str) -> Finding | None:
        word = match.group(1)
        folded = word.casefold()  # wordfreq's folding (German ß as "ss")
        if len(word) < 3 or not word.islower() or zipf(folded, language) >= _UNKNOWN_ZIPF:
            return None
        scored = sorted(
            ((zipf(letter + folded, language), letter) for letter in _letters(language)),
            reverse=True,
        )
        (best, letter), (second, _) = scored[0], scored[1]
        if best < _RESTORED_ZIPF or best - second < _MARGIN:
            return None
        restored = letter.upper() + word
        start, end = match.span(1)
        return self.finding(
            start,
            end,
            f"'{word}' opens the text: '{restored}' with its drop cap lost?",
            fixes=[Fix((Edit(start, end, restored),), Applicability.UNSAFE, restored)],
            confidence=0.7,
        )


def _continues(text: str, start: int) -> bool:
    """The line at ``start`` follows a paragraph's line (``_WRAPPED`` characters or more, not
    a title) that ends on a lower-case letter or a comma: a hard wrap mid-sentence."""
    if start < 2 or text[start - 2] == "\n":
        return False
    line = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].rstrip()
    return len(line) >= _WRAPPED and (line[-1].islower() or line[-1] == ",")


# A wrapped paragraph's line is this long at least; a title above an article is shorter.
_WRAPPED = 60


def _has_wordlist(language: str) -> bool:
    """Whether wordfreq has the language (read from its data file: no wordfreq import)."""
    return bool(frequency_dict(language))


@cache
def _letters(language: str) -> str:
    """The lower-case letters a word of the language may start with: its wordfreq list's
    first letters (ASCII, plus the language's own letters)."""
    from mtlint.checks.wordlists import frequency_dict

    return "".join(sorted({word[0] for word in frequency_dict(language) if word[:1].isalpha()}))


@cache
def _doublets(language: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The language's phrase-variant doublets (resources/garble: "have been were"): one
    pattern led by the literal lead ("been " before "were", "was" …; a literal prefix lets the
    scan jump at C speed), and the words joined before the lead that go with it."""
    entry = _table().get("variant_doublets", {}).get(language)
    if not entry:
        return None
    forms = "|".join(map(re.escape, entry["next"]))
    pattern = re.compile(re.escape(entry["lead"]) + rf"(?:{forms})\b")
    return pattern, tuple(word + " " for word in entry["joined_before"])


@register
class VariantDoublet(Rule):
    code = "MT977"
    name = "variant-doublet"
    summary = "A verb phrase written twice in two forms ('have been were inundated')."
    languages = frozenset({"en"})
    doc = """
    What it finds: two forms of the same verb phrase side by side, the second of which cannot
    follow the first ("villages have been were inundated", "it has been is"): MT kept two
    candidate translations of one word. The forms are data (``variant_doublets`` in
    resources/garble).
    Why it matters: the sentence is ungrammatical and reads as a stutter.
    Fix safety: unsafe: the first form is removed (the second usually agrees with the rest).
    Known false positives: none known: "been" is never followed by a finite form of "be".
    """
    examples = (
        Example(
            "Eight villages have been were inundated by the river.",
            "Eight villages were inundated by the river.",
        ),
        good("Eight villages have been inundated; they were warned. It has been a year."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        entry = _doublets(base_language(document))
        if entry is None:
            return
        pattern, before = entry
        text = document.text
        for match in pattern.finditer(text):
            yield from self._at(text, match.start(), match.end() - match.start(), before)

    def _at(self, text: str, start: int, size: int, before: tuple[str, ...]) -> Iterator[Finding]:
        lead_end = text.rfind(" ", start, start + size) + 1
        if (start and text[start - 1].isalnum()) or text[start + size : start + size + 1].isalnum():
            return
        joined = next((w for w in before if text.endswith(w, 0, start)), "")
        if joined and not text[start - len(joined) - 1 : start - len(joined)].isalnum():
            start -= len(joined)
        yield self.finding(
            start,
            lead_end,
            f"'{text[start:lead_end].strip()}' doubles the verb after it",
            fixes=[Fix((Edit(start, lead_end, ""),), Applicability.UNSAFE, "remove")],
            confidence=0.75,
        )
