"""h30ml's language data and document evidence for pool-ml26's judged false alarms: a Dutch
quotation opened with ’, a French byline, a hard-wrapped line. Invented sentences."""

from mtlint.checks.engine import check_text


def _codes(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.start : f.end]) for f in check_text(text, language=language).findings]


def test_dutch_quotation_opened_with_a_right_single_mark_stays_quiet() -> None:
    text = "Minister: ’Het akkoord is een grote stap vooruit’ voor de regio."
    assert not [code for code, _ in _codes(text, "nl") if code == "MT110"]


def test_dutch_spaced_double_opening_mark_is_still_found() -> None:
    text = "De burgemeester zei “ we bouwen de brug” en vertrok."
    assert ("MT110", "“ ") in _codes(text, "nl")


def test_a_french_byline_is_no_sentence_start() -> None:
    text = "par Rédacteur\nLe ministre est arrivé lundi à Tachkent pour une visite."
    assert not [code for code, _ in _codes(text, "fr") if code == "MT304"]


def test_a_french_paragraph_opening_lower_case_is_still_found() -> None:
    text = "par la suite, le ministre est arrivé à Tachkent.\nIl y a rencontré le président."
    assert ("MT304", "par") in _codes(text, "fr")


def test_a_german_byline_is_no_sentence_start() -> None:
    text = "von Anna Beispiel\nDer Minister reiste am Montag nach Taschkent."
    assert not [code for code, _ in _codes(text, "de") if code == "MT304"]


def test_a_hard_wrapped_line_is_no_lost_drop_cap() -> None:
    text = (
        "Kuraklık, bir bölgede yağışın azalması ve toprağın verimini kaybetmesiyle\n"
        "aşınması hızlanan toprakların çölleşmesi demektir."
    )
    assert not [code for code, _ in _codes(text, "tr") if code == "MT976"]


def test_a_drop_cap_lost_under_a_title_is_still_found() -> None:
    text = "Floods in Riau\nlooding in the province has spread to five districts on Tuesday."
    assert ("MT976", "looding") in _codes(text, "en")
