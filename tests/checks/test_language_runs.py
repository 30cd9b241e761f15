"""MT516: words left in another language, read word by word from wordfreq (invented sentences
that show each shape, and look-alikes that must stay quiet)."""

from __future__ import annotations

from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.foreignruns import leaning
from mtlint.checks.pipeline import check_loaded
from mtlint.checks.registry import rule_by_code


def _spans(text: str, language: str) -> list[str]:
    document = Document(text=text, language=language)
    result = check_document(document, Config(min_confidence=0.0), rules=[rule_by_code("MT516")])
    return [text[f.start : f.end] for f in result.findings]


def test_a_run_of_english_words_in_a_russian_sentence_is_found() -> None:
    text = "На бирже появились perpetual futures для частных клиентов."
    assert _spans(text, "ru") == ["perpetual futures"]


def test_a_run_of_english_words_in_an_italian_sentence_is_found() -> None:
    text = "Il governo ha promesso significantly lower taxes per le famiglie."
    # MT504 reads "significantly" and "taxes" one by one: the run is its (one finding a span).
    assert _codes(text, "it") == [("MT504", "significantly"), ("MT504", "taxes")]
    text = "Il governo ha promesso much lower prices per le famiglie."
    assert _spans(text, "it") == ["much lower prices"]


def test_a_headline_left_in_english_after_a_label_is_found_in_title_case() -> None:
    text = (
        "Il prezzo è sceso per tre giorni di fila.\n"
        "Leggi anche: Miners Sell Reserves As Losses Mount Across Exchanges\n"
        "Gli analisti restano prudenti."
    )
    assert _spans(text, "it") == ["Miners Sell Reserves As Losses Mount Across Exchanges"]


def test_the_headline_is_found_when_the_document_is_checked_by_regions() -> None:
    text = (
        "Il prezzo è sceso per tre giorni di fila e gli analisti restano prudenti.\n"
        "Leggi anche: Miners Sell Reserves As Losses Mount Across Exchanges\n"
        "Secondo gli esperti il mercato potrebbe riprendersi entro la fine del mese."
    )
    checked = check_loaded(Document(text=text, language="it"), Config(min_confidence=0.0))
    codes = [(f.code, text[f.start : f.end]) for f in checked.findings]
    assert ("MT516", "Miners Sell Reserves As Losses Mount Across Exchanges") in codes


def test_a_capitalised_word_the_text_does_not_know_opening_a_clause_is_found() -> None:
    text = "Der Bund plant neue Ausgaben: Significantly mehr Geld für den Schutz."
    assert _spans(text, "de") == ["Significantly"]


def test_loanwords_the_language_knows_well_stay_quiet() -> None:
    text = "Il computer del manager è rimasto in ufficio per tutto il weekend."
    assert _spans(text, "it") == []


def test_names_and_titles_in_title_case_stay_quiet() -> None:
    assert _spans("La Premier League ha rinviato la partita di sabato.", "it") == []
    assert _spans("Mais si le Labour accepte notre budget, nous voterons contre.", "fr") == []


def test_quoted_and_bracketed_english_stays_quiet() -> None:
    assert _spans("La band ha suonato “perpetual motion machine” a Roma.", "it") == []
    assert _spans("Il sentiment del mercato (market sentiment) resta cauto.", "it") == []


def test_a_line_with_lower_case_words_of_the_own_language_is_no_headline() -> None:
    text = "Leggi anche: il Bitcoin sale mentre Losses Mount Across Exchanges"
    assert _spans(text, "it") == []


def test_english_counts_a_word_it_knows_a_little_as_its_own() -> None:
    # "mit" and "hay" are German and Spanish words, and English ones too (Zipf 3.7-3.9).
    assert leaning("mit", "en") is None
    assert leaning("hay", "en") is None
    assert leaning("confianza", "en") is not None


def test_a_lower_case_english_word_in_a_cyrillic_sentence_is_found() -> None:
    text = "Мы долго обсуждали, что такое town и чем он отличается от деревни."
    assert _spans(text, "ru") == ["town"]


def test_latin_names_units_and_glosses_in_cyrillic_text_stay_quiet() -> None:
    assert _spans("Компания Apple выпустила новый iPhone в сентябре.", "ru") == []
    assert _spans("Расстояние составило 5 km по прямой.", "ru") == []
    assert _spans("Уровень сопротивления (resistance) пробит.", "ru") == []


def test_an_english_reference_line_stays_quiet() -> None:
    text = (
        "Lo studio è citato spesso.\n"
        "Rossi M. (2019). Climate Change And Public Health Across Southern Europe. Oxford.\n"
        "Il tema resta aperto."
    )
    assert _spans(text, "it") == []


def test_a_label_left_with_its_headline_is_part_of_the_finding() -> None:
    text = (
        "Spadek poniżej 60 000 USD przebił oba te poziomy.\n"
        "Read also: Miners Sell Reserves As Losses Mount Across Exchanges"
    )
    assert _spans(text, "pl") == [
        "Read also: Miners Sell Reserves As Losses Mount Across Exchanges"
    ]


def test_names_whose_capitals_were_lost_stay_quiet() -> None:
    # A text in lower case throughout hides its names; a capital later in the run marks one.
    text = "the charity médecins sans frontières and the health agency called it an outbreak."
    assert _spans(text, "en") == []
    text = (
        "Lisez les rapports sur nos dépenses du pharmaceutical benefits Scheme et les autres pays."
    )
    assert _spans(text, "fr") == []


def test_a_repeated_acronym_in_capitals_is_no_foreign_line() -> None:
    text = "The coalition will fail if Faymann meddles in the affairs of the ÖVP ÖVP ÖVP ÖVP."
    assert _spans(text, "en") == []


def _codes(text: str, language: str) -> list[tuple[str, str]]:
    document = Document(text=text, language=language)
    rules = [rule_by_code("MT504"), rule_by_code("MT516")]
    result = check_document(document, Config(min_confidence=0.0), rules=rules)
    return sorted((f.code, text[f.start : f.end]) for f in result.findings)


def test_a_word_mt504_reports_is_not_reported_again() -> None:
    # Review h13untr item 1: two findings on one span.
    text = "On Sundays the cousins shared the pranzo della domenica at noon."
    assert _codes(text, "en") == [("MT504", "pranzo della domenica")]
    text = "At the feira livre the farmers sold their apples."
    assert _codes(text, "en") == [("MT504", "feira")]
    text = "Мы обсудили town и деревню, however никто не пришёл."
    assert _codes(text, "ru") == [("MT504", "however"), ("MT516", "town")]


def test_identifiers_and_labels_in_cyrillic_technical_prose_stay_quiet() -> None:
    # Review h13untr item 2: code, a control's label, a loan the language writes.
    assert _spans("В Python словари создаются так: items = {} и затем items.update(x).", "ru") == []
    assert _spans("Сначала очистите items, а потом вызовите items.clear() ещё раз.", "ru") == []
    assert _spans("Нажмите кнопку start в правом верхнем углу окна.", "ru") == []
    assert _spans("Введите свой email и придумайте надёжный пароль.", "ru") == []
    assert _spans("Натисніть кнопку save, щоб записати зміни на диск.", "uk") == []
    # A Latin word with no such sign is still found.
    assert _spans("Вчера мы обсуждали town и соседнюю деревню.", "ru") == ["town"]


def test_established_english_loan_phrases_stay_quiet() -> None:
    # Review h13untr item 3: everyday jargon of well-edited text.
    assert _spans("Na targach stał food truck z naleśnikami i lodami.", "pl") == []
    assert _spans("W tej firmie obowiązuje dress code i open space.", "pl") == []
    assert _spans("На семинаре обсуждали machine learning и большие данные.", "ru") == []
    assert _spans("Это был настоящий happy end для всех зрителей.", "ru") == []
    # One half known to the language ("open"), the other read alone.
    assert _spans("В проекте мы давно берём open source модули.", "ru") == []
