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


def _codes_at(text: str, language: str, min_confidence: float) -> list[tuple[str, float]]:
    from mtlint.checks.config import Config
    from mtlint.checks.documents.base import Document
    from mtlint.checks.engine import check_document

    result = check_document(
        Document(text=text, language=language), Config(min_confidence=min_confidence)
    )
    return [(f.code, f.confidence) for f in result.findings if f.code in {"MT401", "MT403"}]


def test_a_spanish_double_surname_is_reported_under_the_default_threshold():
    # Invented: paternal and maternal surname the same.
    text = "La reunión la presidió Alberto Gorrín Gorrín, director del centro."
    assert _codes_at(text, "es", 0.5) == []
    assert _codes_at(text, "es", 0.3) == [("MT401", 0.4)]
    # English has no double surnames: the doubled rare name stays a finding at the default.
    assert [
        c
        for c, _ in _codes_at(
            "The meeting was chaired by Alberto Gorrín Gorrín, the director.", "en", 0.5
        )
    ] == ["MT401"]
    # After a lower-case word the double is an MT slip in Spanish too.
    assert [
        c for c, _ in _codes_at("Lo dijo el ministro Gorrín Gorrín en la reunión.", "es", 0.5)
    ] == ["MT401"]


def test_a_copy_heading_a_compound_is_reported_under_the_default_threshold():
    for text, language in (
        ("Kahvaltıda peynir ve peynir tabağı vardı.", "tr"),
        ("Les aides en matière de chauffage et chauffage solaire sont rares.", "fr"),
    ):
        assert _codes_at(text, language, 0.5) == [], text
        assert _codes_at(text, language, 0.3) == [("MT403", 0.45)], text
    # Before a function word or a full stop the doublet stands.
    assert [c for c, _ in _codes_at("They fired shells and shells at the town.", "en", 0.5)] == [
        "MT403"
    ]
    assert [c for c, _ in _codes_at("Il a vu des obus et obus.", "fr", 0.5)] == ["MT403"]


def test_emphatic_quantities_and_comparatives_of_other_languages_are_not_doublets():
    for text, language in (
        ("Под городом полегли тысячи и тысячи солдат.", "ru"),
        ("Гості приходили в таких і таких справах.", "uk"),
        ("Prisökningen går bara fortare och fortare.", "sv"),
    ):
        assert _codes_at(text, language, 0.0) == [], text
