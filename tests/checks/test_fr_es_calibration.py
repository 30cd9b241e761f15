"""Readings built from realmt-fr20/es20's misses (h22ml): French institution names in English
title case (MT316, resources/casing/midsentence/fr.json) and a stress mark on the wrong vowel
(MT610, the "moved" kind of resources/diacritics/accent_forms.json). Invented sentences."""

from __future__ import annotations

from mtlint.checks.documents.base import Document
from mtlint.checks.model import Applicability
from mtlint.checks.registry import rule_by_code


def _found(code: str, text: str, language: str) -> list[tuple[str, list[str]]]:
    rule = rule_by_code(code)
    assert rule is not None
    document = Document(text=text, language=language)
    return [(text[f.start : f.end], [fix.title for fix in f.fixes]) for f in rule.check(document)]


def _words(code: str, text: str, language: str) -> list[str]:
    return [word for word, _ in _found(code, text, language)]


def test_french_institution_adjectives_kept_in_title_case() -> None:
    text = "Selon l'Assemblée Nationale, la Banque Centrale Européenne relèvera ses taux."
    assert _words("MT316", text, "fr") == ["Nationale", "Centrale", "Européenne"]
    text = "Le Fonds Monétaire International et la République Démocratique du Congo ont signé."
    assert _words("MT316", text, "fr") == ["Monétaire", "International", "Démocratique"]


def test_french_institution_names_in_sentence_case_or_capitalised_by_usage_stay_quiet() -> None:
    text = "L'Assemblée nationale et la Banque centrale européenne ont parlé à l'Union européenne."
    assert _words("MT316", text, "fr") == []
    # Names French usage capitalises throughout, brands, and a name after the head.
    text = "La Banque Populaire, les Nations Unies et les Jeux Olympiques ; Marine Le Pen a parlé."
    assert _words("MT316", text, "fr") == []
    text = "Le Parti Travailliste a saisi la Cour Internationale de Justice et le Front National."
    assert _words("MT316", text, "fr") == []
    # Names native French web text writes in title case too (review h22ml).
    text = "Le Conseil Municipal et l'Éducation Nationale ; la Sécurité Sociale rembourse."
    assert _words("MT316", text, "fr") == []
    assert _words("MT316", "Pendant la Seconde Guerre Mondiale, la ville fut occupée.", "fr") == []
    # Spanish capitalises institution names throughout: no head there.
    text = "La Asamblea Nacional y el Banco Central Europeo hablaron con la Unión Europea."
    assert _words("MT316", text, "es") == []


def test_stress_mark_on_the_wrong_vowel() -> None:
    found = _found("MT610", "Es un plato bastante díficil y tambíen caro.", "es")
    assert found == [("díficil", ["difícil"]), ("tambíen", ["también"])]
    rule = rule_by_code("MT610")
    document = Document(text="Es un plato bastante díficil de hacer.", language="es")
    (finding,) = rule.check(document)
    assert finding.confidence >= 0.5
    assert finding.fixes[0].applicability is Applicability.SAFE


def test_moved_mark_look_alikes_stay_quiet() -> None:
    # Words right with the mark on either vowel, a neighbouring language's spelling
    # (Portuguese "contínuo"), and a capitalised name inside a sentence.
    text = "El público vio que publicó el periódico; el crecimiento contínuo lo dijo Gúzman."
    assert _words("MT610", text, "es") == []
    assert _words("MT610", "O crescimento contínuo e o início do ano foram difíceis.", "pt") == []
