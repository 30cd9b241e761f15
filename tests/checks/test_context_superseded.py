"""Two rules flagging the same span: the more specific finding is kept (checks/context.py)."""

from __future__ import annotations

from mtlint.checks.config import Config
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


def test_a_slip_beside_its_intact_form_is_reported_once():
    # MT903 (a one-edit slip of the text's more frequent spelling) and MT974 (a slip beside
    # the word written right) both read this span: MT903 keeps it, the reader sees one finding.
    text = (
        "Das Wartungsintervall ist kurz. Der Techniker prüft das Wartungsintervall jede Woche. "
        "Ein neues Wartungsinvervall gilt ab Mai."
    )
    codes = [f.code for f in check_text(text, language="de").findings]
    assert codes == ["MT903"]


def test_a_name_slip_the_text_writes_right_elsewhere_is_reported_once():
    # MT980 (one letter from a word the text writes) and MT995 (a name spelt two ways) both read
    # this span, MT995 in the doubtful tier: MT980 keeps it, with the text's spelling as its fix.
    text = (
        "The delegation from Latvia arrived on Monday. Officials said Lativa would host the "
        "next round of talks in spring."
    )
    findings = check_text(text, language="en", config=Config(min_confidence=0.2)).findings
    codes = [f.code for f in findings]
    assert codes == ["MT980"]


def test_a_word_that_lost_its_mark_is_not_also_a_web_misspelling():
    # MT607 (the marked form is the everyday word) and MT980's table (the web misspells a third
    # word so) both read "zmienila": the lost mark is kept, with "zmieniła" as its fix.
    text = "Sytuacja w kraju zmienila się bardzo szybko po wyborach, a rząd ogłosił nowe przepisy."
    findings = check_text(text, language="pl", config=Config(min_confidence=0.2)).findings
    assert [(f.code, f.fixes[0].edits[0].replacement) for f in findings] == [("MT607", "zmieniła")]
