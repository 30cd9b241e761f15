"""An em dash glued to the words on both sides in a language that spaces its dashes (family
MT2): "il motore gira—finché regge", "il a répondu—sans attendre". English writes the
em dash closed ("it works—until it fails"); MT from English keeps it so, where Italian, French,
Portuguese, Russian, German, Polish … put a space on each side.

Which languages space the dash is data: the typography table's ``spaced_em_dash``. Spanish is
not among them (its rayas are glued to the words they enclose: "—dijo él—").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data, looks_technical, scan_marks, text_characters
from mtlint.checks.typography import languages_with_table, table

# A word (or a percentage) and a lower-case word of two letters or more with an em dash
# between them and no space.
_GLUED = re.compile(r"—(?:(?<=[^\W\d_]{2}—)|(?<=\d%—))(?=[^\W\d_]{2})")


@register
class GluedEmDash(Rule):
    code = "MT240"
    name = "glued-em-dash"
    summary = "An em dash glued to both words in a language that spaces it ('gira—finché')."
    languages = languages_with_table("spaced_em_dash")
    doc = """
    What it finds: an em dash (—) with a lower-case word glued to each side ("il motore
    gira—finché regge", "il a répondu—sans attendre", "oltre il 20%—un record")
    in a language whose typography spaces the dash (``spaced_em_dash`` in
    resources/typography: French, Italian, Portuguese, Russian, Ukrainian, Polish, Czech,
    Slovak, German, Dutch, the Nordic languages …).
    Why it matters: the closed em dash is English style; MT and copy from English keep it, and
    in the target language the two words read as one.
    Fix safety: unsafe: a space is put on each side of the dash.
    Known false positives: a dash between numbers ("1941—1945"), between capitalised names
    (a route, "Roma—Milano") or in code and URLs is left alone, as is a line of dialogue
    opened by a dash in a language that glues its dialogue dash (``dialogue_dash_glued``:
    Italian, Portuguese); Spanish and English are not judged.
    """
    examples = (
        Example(
            "Il motore gira bene—finché la batteria regge.",
            "Il motore gira bene — finché la batteria regge.",
            "it",
        ),
        good("Il motore gira — finché regge; gli anni 1941—1945; Roma—Milano.", language="it"),
        good("It works—until it fails.", language="en"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not table(data, "spaced_em_dash") or "—" not in text_characters(document):
            return
        text = document.text
        dialogue = bool(table(data, "dialogue_dash_glued", False))
        for match in scan_marks(document, [_GLUED]):
            at = match.start()
            start, end = _word_start(text, at), _word_end(text, at + 1)
            if not text[at + 1].islower() or (text[at - 1] != "%" and not text[start].islower()):
                continue
            if looks_technical(text, start, end) or (dialogue and _dialogue_line(text, at)):
                continue
            yield self.finding(
                start,
                end,
                "An em dash glued to the words on both sides; this language spaces it",
                fixes=[
                    Fix(
                        (Edit(at, at + 1, " — "),),
                        Applicability.UNSAFE,
                        "put a space on each side",
                    )
                ],
                confidence=0.7,
            )


def _dialogue_line(text: str, at: int) -> bool:
    """The line opens with a dash (a line of dialogue: "—Vamos embora—disse ele."), where a
    language that glues its dialogue dash may glue the attribution's too."""
    line_start = text.rfind("\n", 0, at) + 1
    return text[line_start:at].lstrip(" \t\u00a0")[:1] in "—–-"


def _word_start(text: str, at: int) -> int:
    """Where the word (or number with its "%") that ends at ``at`` starts."""
    start = at
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "%,."):
        start -= 1
    return start


def _word_end(text: str, at: int) -> int:
    """Where the word that starts at ``at`` ends."""
    end = at
    while end < len(text) and text[end].isalpha():
        end += 1
    return end
