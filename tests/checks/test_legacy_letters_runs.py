"""MT615 reports each whole run of letters that holds a legacy letter, once: the same spans the
star-led pattern ``[^\\W\\d_]*[şţŞŢ][^\\W\\d_]*`` found before the scan started from the letter
itself (h31tidy). Invented Romanian sentences; digits, underscores, marks and a combining
cedilla bound the runs."""

import re

from mtlint.checks.engine import check_text

# The text's majority is the comma-below form (ten lines of it), so every cedilla word is
# reported.
_MAJORITY = "Ședința, miniștrii, președintele și țara au vorbit.\n" * 10
_REFERENCE = re.compile(r"[^\W\d_]*[şţŞŢ][^\W\d_]*")


def _spans(text: str) -> list[tuple[int, int]]:
    found = check_text(text, language="ro").findings
    return [(f.start, f.end) for f in found if f.code == "MT615"]


def _reference(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _REFERENCE.finditer(text)]


def test_each_run_with_a_legacy_letter_is_one_finding_whatever_bounds_it() -> None:
    text = _MAJORITY + (
        "ţară funcţia aş ş 3ţări ţară2 ab_ţc Ştefan-Şerban şi_ţ (ţara) «ţări» "
        "puţinşpuţin funcţiaţ ţ\u0327a s\u0327ţb.\n"
    )
    assert _reference(text), "the reference must find something to compare"
    assert _spans(text) == _reference(text)


def test_a_run_at_the_very_start_and_end_of_the_text() -> None:
    text = "ţara " + _MAJORITY + " şi"
    assert _spans(text) == _reference(text) == [(0, 4), (len(text) - 2, len(text))]


def test_the_fix_rewrites_the_whole_run() -> None:
    text = _MAJORITY + "Acolo, preşedinţii au votat.\n"
    found = [f for f in check_text(text, language="ro").findings if f.code == "MT615"]
    assert [text[f.start : f.end] for f in found] == ["preşedinţii"]
    assert found[0].fixes[0].edits[0].replacement == "președinții"
