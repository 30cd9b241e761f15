"""MT511–MT515: lines, calendar words, era marks, genitives and name parts of another language
(invented sentences that show each shape)."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.registry import rule_by_code


def _found(code: str, text: str, language: str) -> list[tuple[str, list[str]]]:
    rule = rule_by_code(code)
    document = Document(text=text, language=language)
    result = check_document(document, Config(min_confidence=0.0), rules=[rule])
    return [
        (
            text[f.start : f.end],
            [
                text[: e.start] + e.replacement + text[e.end :]
                for fix in f.fixes
                for e in fix.edits[:1]
            ],
        )
        for f in result.findings
    ]


def test_a_foreign_line_is_found_on_the_first_line_too() -> None:
    found = _found("MT511", "Descargar en PDF\nPrices rose sharply in March.", "en")
    assert [span for span, _ in found] == ["Descargar en PDF"]


def test_a_label_before_text_of_the_own_language_is_the_finding() -> None:
    found = _found("MT511", "The club won.\nSonraki Cevap: When was it founded?", "en")
    assert [span for span, _ in found] == ["Sonraki Cevap"]


def test_a_whole_foreign_sentence_on_its_line_is_left_to_mt502() -> None:
    text = "Le squadre hanno domato il fuoco alle 23:35.\nLe feu a été maîtrisé."
    assert _found("MT511", text, "fr") == []


def test_a_month_gets_the_language_s_own_name() -> None:
    found = _found("MT512", "Lo faremo entro il prossimo January, ha detto.", "it")
    assert found[0][0] == "January"
    assert "entro il prossimo gennaio," in found[0][1][0]


def test_an_era_mark_gets_the_language_s_own_mark() -> None:
    found = _found("MT513", "La ville fut fondée en 44 BC par les Romains.", "fr")
    assert found[0][1] == ["La ville fut fondée en 44 av. J.-C. par les Romains."]


def test_a_doubled_genitive_loses_its_s() -> None:
    found = _found("MT514", "Il discorso di Biden's è stato trasmesso.", "it")
    assert found[0][1] == ["Il discorso di Biden è stato trasmesso."]


def test_a_brand_with_s_is_no_genitive() -> None:
    assert _found("MT514", "Hanno aperto un McDonald's vicino a McDonald.", "it") == []


def test_a_classifier_needs_the_name_alone_elsewhere() -> None:
    assert _found("MT515", "Il Wu Kingdom cadde nel 280.", "it") == []
    found = _found("MT515", "Il Wu Kingdom cadde nel 280. Il regno di Wu era vasto.", "it")
    assert [span for span, _ in found] == ["Wu Kingdom"]
