"""MT101 and the six- and seven-letter words the glue screen keeps since session 15 (parts of
three letters: "son|ling"): taken on the document's evidence only, in the doubtful tier, and
never where the word is an identifier (review h19-h19glue must-fix 5). Invented texts."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents import load_document
from mtlint.checks.engine import check_document, check_text
from mtlint.checks.model import Applicability

_PROSE = (
    "The new pavilion opened on Saturday after two years of work. Visitors can walk along the "
    "river, and the twoway cycle lane runs beside it.\n\nHis son works in the city as a ling "
    "specialist. The sonling question came up at the meeting, the mayor said."
)


def _run(text: str, codes: tuple[str, ...] = ("MT101",)) -> list:
    config = Config(select=codes, min_confidence=0.0)
    return list(check_text(text, language="en", config=config).findings)


def test_evidence_split_is_found_in_the_doubtful_tier() -> None:
    found = {_PROSE[f.start : f.end]: f for f in _run(_PROSE)}
    assert set(found) == {"twoway", "sonling"}
    for finding in found.values():
        assert 0.2 <= finding.confidence < 0.5
        assert all(fix.applicability is Applicability.UNSAFE for fix in finding.fixes)


@pytest.mark.parametrize(
    "text",
    [
        # No evidence: MT994's doubtful reading, as before the screen let them through.
        "Call getline in a loop until it returns minus one. Then putchar writes a single char.",
        # The first part stands alone, but the text is technical (a README with code).
        "Use `fopen()` and `fclose()`; --verbose prints more. You get one line at a time: "
        "call getline in a loop, and x = getline(&buf, &n, fp) returns the length; "
        "cfg_path, my_var and obj.read() are set by ./configure --prefix=/usr.",
        # The word itself written between backticks elsewhere in the text.
        "You get one line at a time. Call getline in a loop; `getline` returns minus one at "
        "the end.",
    ],
)
def test_identifiers_stay_quiet_in_mt101(text: str) -> None:
    assert not _run(text)


def test_a_word_in_a_markdown_code_block_stays_quiet(tmp_path) -> None:
    path = tmp_path / "README.md"
    path.write_text(
        "# Reading lines\n\nYou get one line at a time. Call getline in a loop until it "
        "returns minus one, then put the result away.\n\n```c\nwhile (getline(&line, &len, fp) "
        "!= -1) {\n    puts(line);\n}\n```\n",
        encoding="utf-8",
    )
    config = Config(select=("MT101",), min_confidence=0.0)
    document = load_document(path, language="en")
    assert "getline" in document.text
    assert not check_document(document, config).findings


def test_no_double_finding_beside_mt994() -> None:
    """MT994 yields to MT101's doubtful evidence reading: one finding per word."""
    findings = _run(_PROSE, ("MT101", "MT994"))
    spans = [(f.start, f.end) for f in findings if _PROSE[f.start : f.end] == "sonling"]
    assert len(spans) == 1
