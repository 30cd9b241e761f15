"""MT101 on the document's evidence: an all-capitals or lower-case name glued to the next word
("HTTPXwould", "zlibis") is split only when the name stands alone elsewhere in the text."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits
from mtlint.checks.registry import rule_by_code


def run(text: str) -> list:
    document = Document(text=text, language="en")
    result = check_document(document, Config(), rules=[rule_by_code("MT101")])
    assert not result.failures, result.failures
    return list(result.findings)


def test_capitals_name_glued_to_a_word_splits_on_evidence() -> None:
    text = "HTTPX is a client. Compared to requests, HTTPXwould be faster."
    (finding,) = run(text)
    fixed = apply_edits(text, finding.fixes[0].edits)
    assert fixed == "HTTPX is a client. Compared to requests, HTTPX would be faster."


def test_lower_case_name_glued_to_a_function_word_splits_on_evidence() -> None:
    text = "The zlib library is small; zlibis used everywhere."
    (finding,) = run(text)
    assert apply_edits(text, finding.fixes[0].edits).endswith("zlib is used everywhere.")


def test_without_evidence_or_a_known_word_they_stay_quiet() -> None:
    assert run("Compared to requests, HTTPXwould be faster; zlibis small.") == []
    assert run("The API returns IDs and PDFs; URLencoded forms and APIs work.") == []


def test_common_word_glued_to_a_long_common_word() -> None:
    """Not evidence but length: a long second part after a common word ends no name."""
    text = "Basicauthentication is supported, like Northamptonshire and Kensington."
    (finding,) = run(text)
    assert apply_edits(text, finding.fixes[0].edits).startswith("Basic authentication is")
