"""MT522/MT523: text left in another language, its confidence the precision of its evidence band
(invented sentences that show each shape, and look-alikes that must stay quiet)."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.registry import rule_by_code


def _found(text: str, language: str, code: str = "MT522") -> list[tuple[str, float, str]]:
    document = Document(text=text, language=language)
    result = check_document(document, Config(min_confidence=0.0), rules=[rule_by_code(code)])
    return [(text[f.start : f.end], f.confidence, dict(f.data)["band"]) for f in result.findings]


def test_a_line_of_lower_case_english_words_in_an_italian_page_is_found_above_the_bar() -> None:
    text = "Il ministro ha parlato ieri.\nsellers versus buyers\nIl governo ha risposto."
    [(shown, confidence, band)] = _found(text, "it")
    assert shown == "sellers versus buyers" and band == "lower_line" and confidence >= 0.5


def test_an_english_label_before_a_date_is_found() -> None:
    text = "La fabbrica chiude a marzo.\nPublished: 03/04/2025\nI sindacati protestano."
    [(shown, confidence, band)] = _found(text, "it")
    assert (shown, band) == ("Published", "one_form") and confidence >= 0.5


def test_an_english_noun_a_page_may_write_on_purpose_is_below_the_bar() -> None:
    text = "La fabbrica chiude a marzo.\nSupport: 800 123 456\nI sindacati protestano."
    assert [s for s, _, _ in _found(text, "it")] == ["Support"]
    assert all(confidence < 0.5 for _, confidence, _ in _found(text, "it"))


def test_an_english_sentence_after_a_spanish_one_is_found() -> None:
    text = "El alcalde inauguró el puente. We hope you enjoyed reading this story today."
    [(shown, confidence, band)] = _found(text, "es")
    assert shown.startswith("We hope you enjoyed") and band in {"sentence", "lower"}
    assert confidence >= 0.5


def test_a_spanish_line_in_an_english_text_is_found() -> None:
    text = "The minister spoke on Monday.\nSeguir leyendo la noticia\nThe bank said."
    assert [s for s, _, _ in _found(text, "en")] == ["Seguir leyendo la noticia"]


def test_a_name_a_loan_or_a_line_of_the_text_s_own_stays_quiet_or_below_the_bar() -> None:
    quiet = [
        ("Il ministro ha parlato.\nFacebook\nIl governo ha risposto.", "it"),
        ("Il computer del manager è rimasto in ufficio per tutto il weekend.", "it"),
        ("Die Regierung hat gestern getagt.\nMehr zum Thema\nWeiteres", "de"),
        ("Le maire a parlé. « This is the end » a chanté le groupe hier soir.", "fr"),
    ]
    for text, language in quiet:
        assert _found(text, language) == [], text
    # A name in title case on a line of its own, a gloss in brackets: below the default bar.
    for text, language in [
        ("Il ministro ha parlato.\nNorthern Supply Chain\nIl governo ha risposto.", "it"),
        ("Il prezzo è in ipervenduto (heavily oversold) da giorni.", "it"),
    ]:
        assert all(confidence < 0.5 for _, confidence, _ in _found(text, language)), text


def test_a_term_defined_in_a_list_is_no_label_left_in_english() -> None:
    text = "Le tecniche principali:\n- Breakout Zones: zone calcolate dai massimi.\n"
    assert all(band != "one_label" for _, _, band in _found(text, "it"))


def test_an_english_opener_before_words_of_the_text_s_own_is_found_inside() -> None:
    text = "Le cours a chuté.\nLeverage de 3x : vos 20 € en valent 60."
    assert [(s, b) for s, _, b in _found(text, "fr", "MT523")] == [("Leverage", "opener")]


def test_a_name_of_english_words_inside_a_sentence_stays_quiet() -> None:
    texts = [
        ("La Federal Aviation Administration ha emesso due licenze.", "it"),
        ("Les traders ont vendu leurs tokens avant la clôture.", "fr"),
        ("Die Strände von North Shore liegen am Pazifischen Ozean.", "de"),
    ]
    for text, language in texts:
        assert _found(text, language, "MT523") == [], text


def test_a_reference_keeps_its_title_in_its_language() -> None:
    text = (
        "Bibliografia:\nRossi, M. (2019). Learning to read in a second language. Torino: Einaudi.\n"
    )
    assert _found(text, "it") == []


def test_a_paragraph_quoted_in_english_is_no_leftover() -> None:
    text = (
        "Il ministro ha citato il discorso.\n"
        "We will keep the garden open until the end of the month, and we will water the roses "
        "every morning while the weather stays dry, because the new gardener says they need it.\n"
        "Il governo ha risposto."
    )
    assert _found(text, "it") == []
    assert _found(text, "it", "MT523") == []


def test_an_english_formula_or_set_phrase_stays_under_the_bar() -> None:
    lines = [
        ("Ha chiuso la lettera con un semplice: best regards. Poi l'ha spedita.", "it"),
        ("Er beendete die Mail mit: best regards. Dann schickte er sie ab.", "de"),
        ("La stagione teatrale si apre.\nStay tuned!\nIl programma completo arriva.", "it"),
        ("Le concert est fini. Thank you, everybody! Le prochain rendez-vous est à Lyon.", "fr"),
        ("Новый альбом выйдет осенью.\nComing soon\nКонцерт пройдёт в Москве.", "ru"),
        ("Il sito è curato da noi.\n© 2024 Bianchi Editore. All rights reserved.", "it"),
        ("Nuovi fondi per la ricerca.\nStripe raccoglie nuovi fondi dagli investitori.", "it"),
        ("Die Börse schließt.\nNothing stellt das neue Telefon in London vor.", "de"),
        ("My aunt always said it. Que será, será. She was right.", "en"),
        ("Lege lijst en ‘%(class_name)s.allow_empty’ is False.", "nl"),
    ]
    for text, language in lines:
        for code in ("MT522", "MT523"):
            assert all(c < 0.5 for _, c, _ in _found(text, language, code)), (text, code)


def test_a_leftover_another_rule_reports_is_reported_once() -> None:
    text = "Le festival revient cet été.\nLast but not least, la soirée aura lieu sur la plage."
    result = check_document(Document(text=text, language="fr"), Config(min_confidence=0.0))
    spans = [(f.code, f.start) for f in result.findings if f.code.startswith("MT5")]
    starts = [start for _, start in spans]
    assert len(starts) == len(set(starts)), spans


def test_a_single_english_word_with_evidence_of_its_own_is_found_in_the_doubtful_tier() -> None:
    # A closed-class word (languages borrow nouns, not conjunctions), an ending no language
    # borrows, and in German the lower case of a word German writes capitalised as a loan.
    cases = [
        ("Die Preise sind gestiegen, however bleibt die Nachfrage schwach.", "de", "however"),
        ("Il ministro ha detto che il piano è available da lunedì.", "it", "available"),
        ("Die Teilnehmer haben im meeting über die Regeln gesprochen.", "de", "meeting"),
    ]
    for text, language, word in cases:
        [(shown, confidence, band)] = _found(text, language, "MT523")
        assert shown == word and band.startswith("lower_"), (text, band)
        assert 0.2 <= confidence < 0.5, (text, confidence)


def test_loans_and_words_of_the_text_s_own_stay_quiet_inside() -> None:
    quiet = [
        ("Die Teilnehmer haben im Meeting über die Regeln gesprochen.", "de"),
        ("Die Entwickler wollen das Spiel regelmäßig patchen und updaten.", "de"),
        ("Die Regierung plant separate Regeln für die beiden Länder.", "de"),
        ("Con l’aggiunta della location la funzione era stata rimossa per il drop.", "it"),
        ("Ces profils reviennent parfois avec un timing enfin juste.", "fr"),
        ("El ministro habló de marketing y de parking en la reunión.", "es"),
    ]
    for text, language in quiet:
        assert _found(text, language, "MT523") == [], text


def test_a_sentence_quoted_in_english_inside_a_french_page_is_no_leftover() -> None:
    text = (
        "Le joueur a écrit sur les réseaux sociaux.\n"
        "« We were happy to reach our target this season ».\n"
        "Le club n'a pas commenté."
    )
    assert _found(text, "fr") == []


def test_english_forms_other_languages_borrow_are_no_evidence_by_their_ending() -> None:
    quiet = [
        ("I pagamenti contactless sono ormai la norma nei negozi del centro.", "it"),
        ("Il nuovo hotel è pet friendly e aperto tutto l’anno.", "it"),
        ("Das Konzert war crazy, sagte die Sängerin nach der Show.", "de"),
    ]
    for text, language in quiet:
        assert [b for _, _, b in _found(text, language, "MT523") if b != "lower"] == [], text
