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


def test_a_cedilla_letter_among_comma_letters_takes_the_texts_form() -> None:
    text = "Ședința a început, iar miniștrii și președintele au vorbit despre ţară."
    found = [f for f in check_text(text, language="ro").findings if f.code == "MT615"]
    assert [text[f.start : f.end] for f in found] == ["ţară"]
    assert found[0].fixes[0].edits[0].replacement == "țară"


def test_a_text_in_cedilla_letters_throughout_is_its_convention() -> None:
    text = "Şedinţa a început, iar miniştrii şi preşedintele au vorbit despre ţară."
    assert not [code for code, _ in _codes(text, "ro") if code == "MT615"]


def test_both_forms_as_often_is_no_usage_to_follow() -> None:
    text = "Ședința și funcţia lui, apoi şedinţa de luni."
    assert not [code for code, _ in _codes(text, "ro") if code == "MT615"]


def test_turkish_cedilla_is_the_language_own_letter() -> None:
    text = "Şirket başkanı şunu söyledi ve Romanian ș harfini de yazdı: șir."
    assert not [code for code, _ in _codes(text, "tr") if code == "MT615"]


def test_legacy_letters_key_in_every_language_table() -> None:
    import json
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "resources" / "lang"
    for path in folder.glob("*.json"):
        assert "legacy_letters" in json.loads(path.read_text(encoding="utf-8")), path.name


def test_a_spelling_before_the_reform_beside_the_reformed_one() -> None:
    text = "A ação subiu e as ações também; a acção preferencial e as acções caíram."
    found = [f for f in check_text(text, language="pt").findings if f.code == "MT616"]
    assert [text[f.start : f.end] for f in found] == ["acção", "acções"]
    assert found[0].fixes[0].edits[0].replacement == "ação"


def test_a_text_in_the_older_spelling_only_is_of_its_time() -> None:
    text = "A acção subiu no ano e o projecto da direcção foi aprovado."
    assert not [code for code, _ in _codes(text, "pt") if code == "MT616"]


def test_legacy_spellings_key_in_every_language_table() -> None:
    import json
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "resources" / "lang"
    for path in folder.glob("*.json"):
        assert "legacy_spellings" in json.loads(path.read_text(encoding="utf-8")), path.name


def _encoding(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.fixes[0].edits[0].replacement)
        for f in check_text(text, language=language).findings
        if f.code == "MT986" and "without them" in f.message
    ]


def test_a_turkish_text_through_latin1_has_its_letters_back() -> None:
    text = "?ptal talebi yaz?l? olarak al?n?r; ücret iadesi gün içinde yap?l?r."
    assert ("?ptal", "İptal") in _encoding(text, "tr")
    assert ("yaz?l?", "yazılı") in _encoding(text, "tr")


def test_a_turkish_text_with_its_own_letters_keeps_its_question_marks() -> None:
    text = "Ne oldu? Şirket bunu neden yaptı? Bilmiyoruz; iş yarın başlıyor mu?"
    assert _encoding(text, "tr") == []


def test_addresses_with_question_marks_stay_quiet() -> None:
    text = "Zobacz strona.php?id=5 oraz index.php?lang=pl na stronie."
    assert _encoding(text, "pl") == []


def _names(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.fixes[0].edits[0].replacement)
        for f in check_text(text, language=language).findings
        if f.code == "MT617"
    ]


def test_a_hungarian_surname_without_its_marks_beside_a_marked_given_name() -> None:
    text = "Der Sprecher Zoltán Kovacs und der Minister Gergely Gulyas schwiegen dazu."
    assert _names(text, "de") == [("Kovacs", "Kovács"), ("Gulyas", "Gulyás")]


def test_the_name_with_its_marks_stays_quiet() -> None:
    text = "Der Sprecher Zoltán Kovács und der Minister Gergely Gulyás schwiegen dazu."
    assert _names(text, "de") == []


def test_english_house_style_without_marks_stays_quiet() -> None:
    text = "The spokesman Zoltán Kovacs and the minister Gergely Gulyas declined to comment."
    assert _names(text, "en") == []


def test_an_international_given_name_is_no_evidence() -> None:
    text = "Le président a reçu Viktor Orban et Anna Kovacs à Paris hier soir."
    assert _names(text, "fr") == []
