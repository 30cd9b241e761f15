"""MT401 in languages whose grammar doubles content words (typography table
``reduplicates_content_words``)."""

from __future__ import annotations

from mtlint.checks.engine import check_text


def test_reduplicating_languages_report_doubled_content_words_below_the_default():
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.engine import check_document

    text = "Sebzeli sudan kaşık kaşık alıp terbiyenin içine katın."
    assert not check_text(text, language="tr").findings  # default threshold 0.5
    low = check_document(Document(text=text, language="tr"), Config(min_confidence=0.3))
    assert [(f.code, f.confidence) for f in low.findings] == [("MT401", 0.4)]
    # A doubled function word is a slip in any language; English keeps content doubles at 0.8.
    assert [f.code for f in check_text("Sudan ve ve alıp katın.", language="tr").findings] == [
        "MT401"
    ]
    assert [f.code for f in check_text("He took the spoon spoon away.", language="en").findings]
