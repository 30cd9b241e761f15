"""Two rules flagging the same span: the more specific finding is kept (checks/context.py)."""

from __future__ import annotations

from mtlint.checks.context import SUPERSEDES, without_superseded
from mtlint.checks.engine import check_text
from mtlint.checks.model import Finding, Span


def test_an_arabic_comma_in_hebrew_is_reported_once_as_punctuation():
    text = "הוא אמר، שהפגישה תתקיים מחר בבוקר בירושלים.\nהיא הגיעה מוקדם, כמו תמיד.\n"
    codes = [f.code for f in check_text(text, language="he").findings]
    assert codes == ["MT205"]


def test_only_the_same_span_is_superseded():
    specific, generic = next(iter(SUPERSEDES))
    same = [Finding(specific, "a", "m", Span(3, 4)), Finding(generic, "b", "m", Span(3, 4))]
    other = [Finding(specific, "a", "m", Span(3, 4)), Finding(generic, "b", "m", Span(3, 5))]
    assert [f.code for f in without_superseded(same)] == [specific]
    assert [f.code for f in without_superseded(other)] == [specific, generic]
