"""A full stop after a closing quotation mark whose quotation already ends the sentence with
"!" or "?" (family MT2): "« Tout ira bien ! ».",
„Kommst du?“. — Russian writes the stop there («Ты придёшь?».), and MT from Russian keeps it;
French and German do not.

Which languages leave the stop out is data: the typography table's
``no_stop_after_closed_question``. Spanish, Italian, Portuguese and Russian, which write it,
have no such key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import language_data, looks_technical, text_characters
from mtlint.checks.typography import languages_with_table, table, word_set

# "!" or "?", an optional space (French), a closing mark, then one full stop (not an ellipsis).
_STOP = re.compile(r"(?<=[!?])[ \u00a0\u202f]?([»“”\"])(\.)(?!\.)")


@register
class StopAfterClosedQuestion(Rule):
    code = "MT241"
    name = "stop-after-exclaimed-quote"
    summary = "A full stop after a quotation that ends with '!' or '?' ('tout ! ».')."
    languages = languages_with_table("no_stop_after_closed_question")
    doc = """
    What it finds: a full stop right after the closing quotation mark of a quotation that
    ends with "!" or "?" ("« Tout ira bien ! ».", „Kommst du?“.), in a language
    whose typography writes no stop there (``no_stop_after_closed_question``: French,
    German).
    Why it matters: Russian (and Spanish, Italian) write the stop, and MT copies it; in French
    and German the quotation's own mark ends the sentence.
    Fix safety: unsafe: the full stop is deleted.
    Known false positives: an ellipsis after the mark ("»...") is left alone, as are code and
    URLs; a quotation ending with a full stop or none is not judged; a quoted title after a
    title noun ("le roman « Qui a peur ? ».", "das Buch „Was ist was?“."), where style guides
    differ, is left alone (``quoted_title_nouns``).
    """
    examples = (
        Example(
            "Elle a dit : « Tout ira bien ! ». Puis elle est partie.",
            "Elle a dit : « Tout ira bien ! » Puis elle est partie.",
            "fr",
        ),
        good("Elle a dit : « Tout ira bien ! » Puis elle est partie...", language="fr"),
        good("Она спросила: «Ты придёшь?». Он кивнул.", language="ru"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        data = language_data(document)
        if not table(data, "no_stop_after_closed_question"):
            return
        characters = text_characters(document)
        if "!" not in characters and "?" not in characters:
            return
        text = document.text
        titles = word_set(data, "quoted_title_nouns")
        for match in _STOP.finditer(text):
            stop = match.start(2)
            if looks_technical(text, match.start(), stop + 1) or _quotes_a_title(
                text, stop, titles
            ):
                continue
            yield self.finding(
                match.start(1),
                stop + 1,
                "A full stop after a quotation that already ends with "
                f"'{text[match.start() - 1]}': this language writes none",
                fixes=[Fix((Edit(stop, stop + 1, ""),), Applicability.UNSAFE, "delete it")],
                confidence=0.7,
            )


_OPENERS = '«„“"'


def _quotes_a_title(text: str, stop: int, titles: frozenset[str]) -> bool:
    """The quotation that ends before ``stop`` follows a title noun ("le roman « … ? »")."""
    line_start = text.rfind("\n", 0, stop) + 1
    opening = max(text.rfind(mark, line_start, stop - 1) for mark in _OPENERS)
    if opening <= line_start:
        return False
    before = text[max(line_start, opening - 40) : opening].split()
    return bool(before) and before[-1].lower().strip(",:") in titles
