"""Chinese and Japanese typography: half-width brackets in text that writes full-width ones.

Which brackets a language writes full-width is a table in resources/typography/<lang>.json
(``fullwidth_brackets``); Korean writes Western punctuation and has none. Single half-width
marks after a Chinese character (",", "?") are MT205's (``foreign_in_script``); a space between
two CJK characters is MT111's; a Latin sentence left untranslated is MT502's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability, Edit, Finding, Fix, Severity
from mtlint.checks.registry import Example, Rule, good, register
from mtlint.checks.scripts import SCRIPT_RANGES
from mtlint.checks.textscan import language_data, text_characters
from mtlint.checks.typography import table

_CJK = re.compile(
    "[" + "".join(SCRIPT_RANGES[s] for s in ("Han", "Hiragana", "Katakana")) + "\u30fc]"
)


@lru_cache(maxsize=16)
def _pair_pattern(opening: str, closing: str) -> re.Pattern[str]:
    """A half-width pair with no bracket or line break inside, at most 200 characters."""
    inside = f"[^{re.escape(opening + closing)}\n]{{1,200}}"
    return re.compile(f"{re.escape(opening)}({inside}){re.escape(closing)}")


@register
class HalfWidthBrackets(Rule):
    code = "MT262"
    name = "half-width-brackets"
    summary = "Half-width brackets around Chinese or Japanese words where the text writes （…）."
    languages = frozenset({"zh", "ja"})
    severity = Severity.INFO
    doc = """
    What it finds: in a Chinese or Japanese text that writes full-width brackets （…） at least
    once, a half-width pair (…) around Chinese characters or kana ("政策(见附件)").
    Why it matters: MT and copy-paste from English sources carry half-width brackets over;
    mixed widths in one document are a visible typographic slip, and style guides for both
    languages ask for full-width brackets around CJK text.
    Fix safety: unsafe; both brackets become full-width.
    Known false positives: half-width brackets around Latin text, numbers or code ("(React)",
    "(2024)", "f(x)") are left alone, as is a text that never writes full-width brackets (a
    consistent house style) or writes half-width pairs around CJK more often than full-width
    ones (its house style, mixed by a few).
    """
    examples = (
        Example(
            "政府宣布了新政策(见附件)，并表示将于明年实施（详见公告）。",
            "政府宣布了新政策（见附件），并表示将于明年实施（详见公告）。",
            "zh",
        ),
        Example(
            "東京都は条例を可決した(来年施行)。詳細は公報（第3号）を参照。",
            "東京都は条例を可決した（来年施行）。詳細は公報（第3号）を参照。",
            "ja",
        ),
        good("政府宣布了新政策(见附件)，并表示将于明年实施(详见公告)。", "zh"),
        good("使用 React (一个库) 构建界面（详见文档），函数 f(x) 与 (2024)。", "ja"),
        good("我们使用 React（一个库）构建界面 (React DOM)。", "zh"),
        good("新政策(见附件)和计划(明年实施)以及方案(草案)已公布，另见（公告）。", "zh"),
    )

    def check(self, document: Document) -> Iterator[Finding]:
        brackets = table(language_data(document), "fullwidth_brackets")
        if not isinstance(brackets, dict):
            return
        characters = text_characters(document)
        text = document.text
        half_pairs = [(o, c) for o, c in brackets.items() if len(o) == 2 and o[0] in characters]
        for half, full in half_pairs:
            if full[0] not in characters:
                continue  # no evidence: the text never writes the full-width pair
            matches = [
                m
                for m in _pair_pattern(half[0], half[1]).finditer(text)
                # "React (一个库)" is a spaced aside of a Latin term: style varies, leave it.
                if _CJK.search(m.group(1)) and text[m.start() - 1 : m.start()] != " "
            ]
            if len(matches) > text.count(full[0]):
                # Most pairs are half-width: that is the text's house style, mixed by a few
                # full-width ones (h24files: a Japanese README 54 times, a catalogue 11 times).
                continue
            for match in matches:
                start, end = match.span()
                fix = Fix(
                    (Edit(start, start + 1, full[0]), Edit(end - 1, end, full[1])),
                    Applicability.UNSAFE,
                    f"'{half}' → '{full}'",
                )
                yield self.finding(
                    start,
                    end,
                    f"Half-width brackets '{half}' in text that writes '{full}'",
                    fixes=[fix],
                    confidence=0.7,
                )
