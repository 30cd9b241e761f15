"""Inside a run of words in capitals no capital is evidence of a lost sentence break or a
capitalised function word; an acronym before a capital still is."""

from __future__ import annotations

from mtlint.checks.engine import check_text


def _codes(text: str, language: str) -> list[str]:
    return [f.code for f in check_text(text, language=language).findings]


def test_a_line_in_capitals_is_quiet():
    text = "DENUNCIA DE TODO COMPORTAMIENTO Y MOVIMIENTO DE GRUPOS DENTRO Y FUERA DE LA CIUDAD."
    assert _codes(text, "es") == []


def test_an_acronym_before_a_capital_still_counts():
    assert _codes("Los ministros hablaron de la OTAN Y luego se fueron a casa.", "es") == ["MT301"]
    assert _codes("The leaders met the NATO Which countries accuse of it.", "en") == ["MT302"]
