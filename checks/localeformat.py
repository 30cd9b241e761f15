"""Shared by the locale rule families (MT951–MT955 in ``rules/locale.py``, MT956–MT960 in
``rules/locale_shapes.py``): the Babel locale of a language, and what a number next to a name,
a version word, a section word or inside code is (not a quantity)."""

from __future__ import annotations

import re
from functools import cache

from mtlint.checks.resourcefiles import read_json

# Version numbers, product names: "Godot 4.3", "v2.0", "Python 3.11" stay as written.
_VERSIONISH = re.compile(r"(?:\b[A-Z][\w+-]*|\b[vV](?:ersion|er)?\.?)\s?$")


@cache
def babel_locale(language: str | None):
    from babel import Locale, UnknownLocaleError

    if not language:
        return None
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@cache
def magnitude_words(language: str) -> frozenset[str]:
    """The first word of each of the language's words for thousands, millions, billions…
    (CLDR's long compact number patterns: "millions", "milliards", "mil", "Millionen")."""
    locale = babel_locale(language)
    if locale is None:
        return frozenset()
    words = set()
    for forms in locale.compact_decimal_formats.get("long", {}).values():
        for pattern in forms.values():
            words.update(pattern.pattern.replace("0", " ").split()[:1])
    return frozenset(words)


_VERSION_WORD = re.compile(r"(?i)\b(?:vers|верс|wers|verz)\w*\W{0,3}$")
# A number after a word naming a part of a document ("punctul 3.2", "section 4.1", "пункт
# 2.3", "Abschnitt 3.2", "tabela 1.2"): a section number, not a decimal. The words of each
# language (whole words, and stems any word they begin) are in
# resources/typography/section_words.json: Czech "body" (points) is one, English "body" no.


@cache
def _section_table() -> dict[str, dict[str, list[str]]]:
    raw = read_json("typography", "section_words.json")
    return {code: entry for code, entry in raw.items() if not code.startswith("_")}


@cache
def section_word(language: str) -> re.Pattern[str]:
    """The language's section words before a number (a full stop may end an abbreviation:
    "fig. 3.2"); a language without an entry gets every language's words and stems."""
    table = _section_table()
    code = language.split("-")[0].split("_")[0].lower()
    entries = [table[code]] if code in table else list(table.values())
    words = sorted({w for e in entries for w in e.get("words", ())}, key=len, reverse=True)
    stems = sorted({w for e in entries for w in e.get("stems", ())}, key=len, reverse=True)
    alternatives = [re.escape(w) for w in words]
    if stems:
        alternatives.append(f"(?:{'|'.join(re.escape(w) for w in stems)})\\w*")
    return re.compile(rf"(?i)\b(?:{'|'.join(alternatives)})\.?\s$")


# A number that heads a sentence and ends with a full stop ("… respectivă. 3.3. În zona"): a
# numbered heading or list item.
HEADING_NUMBER = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")
_CODE_OPEN = re.compile(r"\[code\]|`|\{\{")


def is_version(text: str, start: int, number: str = "") -> bool:
    """Not a quantity: a plain decimal after a capitalised name or "v"/"version" (Godot 4.3,
    v2.0, versão 3.0), an integral value written with decimals (1.0, 2.0: code and versions),
    a constant with four or more decimals (6.283185), or one inside code markup."""
    if number.count(",") + number.count(".") > 1:  # 1,234.5 is never a version
        return False
    decimals = re.split(r"[.,]", number)[-1] if number else ""
    if decimals and (set(decimals) == {"0"} or len(decimals) >= 4):
        return True
    window = text[max(0, start - 60) : start]
    code = list(_CODE_OPEN.finditer(window))
    inside = code and (
        (code[-1].group() == "[code]" and "[/code]" not in window[code[-1].end() :])
        or (code[-1].group() == "`" and window.count("`") % 2 == 1)
        or code[-1].group() == "{{"
    )
    if inside:
        return True
    return bool(
        _VERSIONISH.search(text, max(0, start - 20), start)
        or _VERSION_WORD.search(text, max(0, start - 20), start)
    )
