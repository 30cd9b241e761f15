"""A tilde or a wave dash between two numbers as a range ("9:00~17:00", "30~50%"): the East
Asian way of writing "from … to", carried into English by MT and by pages translated from
Chinese, Japanese and Korean (h25recall, session 21)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.textscan import in_text, looks_technical

# A number (a time, a decimal, a percentage) right before and after the mark, spaces allowed
# around it; not after a letter or another tilde ("x~2", "~~"), not before a letter of a unit
# glued to the second number's digits only ("1~2x" still reads: the range is 1–2).
_TILDE_RANGE = re.compile(
    r"(?<![\w~/.])(\d{1,6}(?:[.:,]\d{1,3})?%?)( ?[~～〜] ?)"
    r"(?=\d{1,6}(?:[.:,]\d{1,3})?(?![\w~/]*[~/]))"
)
_MARKS = "~～〜"


@register
class TildeRange(Rule):
    code = "MT258"
    name = "tilde-range"
    summary = "A tilde between two numbers as a range ('9:00~17:00', '30~50%')."
    languages = frozenset({"en"})
    doc = """
    What it finds: a tilde (~), a full-width tilde (～) or a wave dash (〜) between two numbers
    — times, decimals, percentages — used as a range: "open 9:00~17:00", "receive 30~50%
    support", "for 2 ~ 3 days". English writes a range with an en dash ("9:00–17:00") or
    with "to".
    Why it matters: Chinese, Japanese and Korean write ranges with a tilde; MT and pages
    translated from them keep it, and a reader may take "~50%" for "about 50%".
    Fix safety: safe: the mark and the spaces around it become an en dash.
    Known false positives: a tilde after a letter, a slash or another tilde (code, paths,
    "x~2"), a number before another tilde or a slash ("1~2~3", "1~2/3"), and technical text
    (looks_technical: code, URLs) are left alone; "about 30 ~ 50" written as an approximation
    of each number would be flagged (not seen).
    Confidence: 0.7, a prior: one finding on pool-rec25, right; none on native English
    (typos-gum-en, the MQM human translations, DEMETR's clean lines).
    """
    examples = (
        Example(
            "The office is open 9:00~17:00 on weekdays.",
            "The office is open 9:00–17:00 on weekdays.",
        ),
        Example(
            "Members can receive 30~50% support for five years.",
            "Members can receive 30–50% support for five years.",
        ),
        Example("The trip takes 2 ～ 3 days by bus.", "The trip takes 2–3 days by bus."),
        good("It costs ~50 dollars; see ~/notes and the x~2 term; approx. 1~2~3 steps."),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        text = document.text
        if not in_text(_MARKS, document):  # the distinct characters: no scan
            return
        for match in _TILDE_RANGE.finditer(text):
            start, end = match.start(2), match.end(2)
            if looks_technical(text, match.start(), end + 1):
                continue
            yield self.finding(
                start,
                end,
                f"'{match.group(2).strip()}' between two numbers: English writes a range "
                "with an en dash",
                fixes=[Fix((Edit(start, end, "–"),), Applicability.SAFE, "write an en dash")],
                confidence=0.7,
            )
