"""Each language's quotation marks against CLDR's delimiters (resources/typography/
cldr_quotes.json, built by bench/build_cldr_quotes.py): a pair CLDR gives must open and close
where the language's tables say, or the quote rules call a native mark wrong (Latvian and
Lithuanian „…“ were read as English “ glued the wrong way until session 19)."""

from __future__ import annotations

import pytest
from helpers import code_findings, code_fixed
from mtlint.checks.langdata import load_language_data
from mtlint.checks.resourcefiles import read_json
from mtlint.checks.typography import table

_CLDR = read_json("typography", "cldr_quotes.json")
_SINGLE = "‘’‚‛'‹›"
# Where a table leaves CLDR's pair out on purpose, and why.
_EXCEPTIONS = {
    "sv": "Swedish writes ” at both ends: its tables leave the direction open (empty)",
    "ja": "「」 are brackets to the quote rules, which read no direction in Japanese",
}


def _marks(code: str) -> tuple[str, str]:
    data = load_language_data(code)
    return str(table(data, "opening_quotes", "“‘")), str(table(data, "closing_quotes", "”’"))


@pytest.mark.parametrize("code", sorted(c for c in _CLDR if not c.startswith("_")))
def test_cldr_double_quotes_open_and_close_as_the_tables_say(code):
    if code in _EXCEPTIONS:
        pytest.skip(_EXCEPTIONS[code])
    opening, closing = _marks(code)
    for pair in (_CLDR[code]["primary"], _CLDR[code]["alternate"]):
        start, end = pair
        if start in _SINGLE:
            continue  # single marks double as apostrophes: the rules read them apart
        assert start in opening and end in closing, (code, pair, opening, closing)


def test_the_reference_names_its_source():
    assert "CLDR" in _CLDR["_source"] and "cldr-misc-full" in _CLDR["_source"]


# Invented sentences in the shape of Baltic news quotations.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ministrs sacīja, ka „likums stāsies spēkā janvārī“, un aizgāja.", "lv"),
        ("Ministrs sacīja, ka “likums stāsies spēkā janvārī”, un aizgāja.", "lv"),
        ("Ministras sakė, kad „įstatymas įsigalios sausį“, ir išėjo.", "lt"),
        ("Minister ütles, et „seadus jõustub jaanuaris“, ja lahkus.", "et"),
        ("Minister je dejal, da „zakon začne veljati januarja“, in odšel.", "sl"),
    ],
)
def test_native_low_high_quotes_are_quiet(text, language):
    for code in ("MT110", "MT211"):
        assert code_findings(text, code, language) == [], (code, language)


def test_a_glued_baltic_opening_mark_is_still_found():
    fixed = code_fixed("Ministras sakė„mes pasiruošę“ ir išėjo.", "MT211", "lt")
    assert fixed == "Ministras sakė „mes pasiruošę“ ir išėjo."
