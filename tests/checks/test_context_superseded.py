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


def test_a_glued_word_found_by_mt102_is_not_reported_again_by_mt113():
    text = "La portavoce vicina a PutinDomenica ha parlato. Putin non ha risposto."
    codes = [f.code for f in check_text(text, language="it").findings]
    assert codes.count("MT102") + codes.count("MT113") == 1


def test_a_lost_diacritic_is_reported_once():
    # MT607/MT608 (the language's own word list) and MT978 (a mark or letter lost) see the
    # same damage: the specific rule's finding stays.
    from mtlint.checks.engine import check_text

    for text, language, code in (
        ("Il presidente ha detto che la citta' e forte.", "it", "MT608"),
        ("Wiceminister powiedział, że słuzby działają.", "pl", "MT607"),
    ):
        codes = [f.code for f in check_text(text, language=language).findings]
        assert code in codes and "MT978" not in codes, (text, codes)
