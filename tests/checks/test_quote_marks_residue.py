"""Issue 11's realmt-en2 shapes (h2quote): prime marks as quotation marks (MT218), a dash that
resumes a quotation after its attribution (MT219), lone single marks (MT966), production
markup (MT967), glued titles and initials (MT968), a dateline hyphen glued to the first word
(MT969), and the spaced Spanish dateline separator (MT215). All sentences are invented."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits
from mtlint.checks.registry import rule_by_code


def findings(text: str, code: str, language: str = "en") -> list:
    document = Document(text=text, language=language)
    result = check_document(document, Config(min_confidence=0.0), rules=[rule_by_code(code)])
    assert not result.failures, result.failures
    return list(result.findings)


@pytest.mark.parametrize(
    ("code", "text", "spans"),
    [
        ("MT218", "′′ The prices must fall now, said the mayor.", ["′′"]),
        ("MT218", "A ″Citizens hour″ was held.", ["″", "″"]),
        (
            "MT219",
            "“We built it,” he said. - Then we will open it to all people.",
            ["-", "people."],
        ),
        ("MT219", "“We built it”, said A. Brown. – We open it soon to all,” he added.", ["–"]),
        ("MT966", "They are the future ‘. Then the talks ended.", [" ‘"]),
        ("MT966", "One of the Council’ meetings is in May.", ["’"]),
        ("MT967", "The council will meet again soon./.\nThe next item.", ["./."]),
        ("MT967", "He said so. ```json The minister left.", ["```json"]),
        ("MT968", "Talks with Mr.Lopez and Prime Minister K.Tanaka went on.", ["Mr.L", "K.T"]),
        ("MT969", "Kirkuk -AGENCY March 3: Officials said the road is open.", ["-A"]),
        ("MT215", "Quito, Ecuador (AGENCY) .- The minister spoke.", [" .-"]),
    ],
)
def test_fires(code: str, text: str, spans: list[str]) -> None:
    assert [text[f.start : f.end] for f in findings(text, code)] == spans


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("MT218", "The pipe is 3″ wide and the wall 10′′ thick; the angle is 45° 30′ 15″."),
        ("MT219", "“We built it,” he said. - Reuters"),
        ("MT219", "The bridge opened. - Then the rain began to fall on the town."),
        ("MT966", "The workers’ union and the boss’ car; rock ’n’ roll; we were goin’ home."),
        ("MT966", "‘Call it the Council’ is what they said."),
        ("MT967", "```python\nprint(1)\n```\nRun ./.configure from the folder."),
        ("MT968", "She wore J.Crew to the talks; Mr. Lopez and K. Tanaka came; see A.Example.com."),
        ("MT969", "The war -which began in May- went on; the vote - held on Sunday - passed."),
        ("MT969", "Officials of the town -Sources said the road is open."),
    ],
)
def test_quiet(code: str, text: str) -> None:
    assert findings(text, code) == []


def test_fixes() -> None:
    text = "Another ′′ Citizens hour ′′ was held."
    found = findings(text, "MT218")
    edits = [edit for finding in found for edit in finding.fixes[0].edits]
    assert apply_edits(text, edits) == "Another “Citizens hour” was held."
    text = "“We built it,” he said. – Then we open it."
    found = findings(text, "MT219")
    edits = [edit for finding in found for edit in finding.fixes[0].edits]
    assert apply_edits(text, edits) == "“We built it,” he said. “Then we open it.”"


def test_mt966_screen_sees_the_last_chunk() -> None:
    """``chunk_text`` puts the chunks in set order, the last with no line break after it."""
    from mtlint.checks.rules import quote_marks

    assert quote_marks._CLOSING_SCREEN.search("\nThe\nAssembly’")
    assert quote_marks._CLOSING_SCREEN.search("\nAssembly’\nThe")
