"""Untranslated fragments and doubled material (issues 11 and 12): source-language glosses in
brackets (MT505), sentences and clauses left in another language (MT502), credit lines, bylines
and page labels (MT503), doublets across a coordinator (MT403), a bracket (MT404) or a
paragraph break (MT405). Every sentence here is invented to show the shape."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.fixes import apply_edits


def findings(text: str, code: str, language: str = "en") -> list:
    result = check_document(Document(text=text, language=language), Config(min_confidence=0.0))
    return [f for f in result.findings if f.code == code]


def spans(text: str, code: str, language: str = "en") -> list[str]:
    return [text[f.start : f.end] for f in findings(text, code, language)]


# --- MT505: a gloss in the source language ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The Ministry of Health (Ministerio de Salud) reported new cases.",
            "(Ministerio de Salud)",
        ),
        ("The deputies met in the parliament (parlamento) on Monday.", "(parlamento)"),
        ("The National Guard (Guardia Nacional) arrested two men.", "(Guardia Nacional)"),
        ("The National Assembly (Assemblée nationale) voted on Tuesday.", "(Assemblée nationale)"),
        ("The town council (Gemeinde) voted on Sunday.", "(Gemeinde)"),
    ],
)
def test_source_language_glosses_are_noted(text, span):
    (finding,) = findings(text, "MT505")
    assert text[finding.start : finding.end] == span
    assert finding.severity == "info"
    fixed = apply_edits(text, finding.fixes[0].edits)
    assert span not in fixed and "  " not in fixed


@pytest.mark.parametrize(
    "text",
    [
        "The Rada (Verkhovna Rada) voted on Monday.",
        "The Attorney General's Office (FGE) opened an investigation.",
        "He met the mayor (Juan Pérez Sánchez) and the club (Real Madrid).",
        "Officials in Spain (España, 2019) and the capital (Madrid) agreed.",
        'Her book "Los años del río" (The Years of the River) sold well.',
        "He ate at the café (Café de Flore) near the river (Seine).",
    ],
)
def test_names_acronyms_and_english_glosses_stay_quiet(text):
    assert findings(text, "MT505") == []


def test_an_english_gloss_in_german_is_a_convention():
    assert (
        findings("Die Künstliche Intelligenz (Artificial Intelligence) wächst.", "MT505", "de")
        == []
    )


# --- MT502: sentences and clauses left untranslated ----------------------------------------------


def test_a_spanish_sentence_with_one_distinctive_stop_word_is_found():
    text = (
        "The talks ended on Monday. El presidente dijo que no habrá cambios en el gabinete. "
        "The minister left."
    )
    assert spans(text, "MT502") == ["El presidente dijo que no habrá cambios en el gabinete."]


def test_a_foreign_clause_inside_an_english_sentence_is_found():
    text = "The talks ended, and he said that la ciudad está lista para el invierno y la fiesta."
    (span,) = spans(text, "MT502")
    assert span.startswith("la ciudad está lista") and "said" not in span


def test_an_english_sentence_in_german_is_found():
    text = (
        "Der Minister sprach mit der Presse. The minister said that the talks would go on. "
        "Dann ging er."
    )
    assert spans(text, "MT502", "de") == ["The minister said that the talks would go on."]


@pytest.mark.parametrize(
    "text",
    [
        "He read Cien años de soledad on the plane and met Robert De Niro in Los Angeles.",
        'The motto, "Venceremos y seguiremos adelante con la lucha", was painted on the wall.',
        "The ruling was de facto final; habeas corpus was invoked de jure.",
        "The Partido de la Revolución Democrática and the Universidad Autónoma de México met.",
    ],
)
def test_titles_quotes_names_and_legal_latin_stay_quiet(text):
    assert findings(text, "MT502") == []
    assert findings(text, "MT504") == []


def test_english_loanwords_in_german_stay_quiet():
    assert findings("Die Regierung plant ein Meeting mit dem Team am Montag.", "MT502", "de") == []


# --- MT503: credits, bylines and labels ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The talks ended on Monday.\nRedacción", "Redacción"),
        ("The talks ended on Monday.\nAgencias", "Agencias"),
        ("The talks ended on Monday.\nPor: Ana Gil Ruiz", "Por: Ana Gil Ruiz"),
        ("The talks ended on Monday. (Con información de EFE)", "(Con información de EFE)"),
        ("The talks ended on Monday.\nRedazione Ansa", "Redazione Ansa"),
        (
            "The report was translated by our desk\nFonte: Police arrest the last suspect in the"
            " case",
            "Fonte: Police arrest the last suspect in the case",
        ),
        ("The talks ended on Monday\nCompartir\nThe minister left.", "Compartir"),
        ("Figures rose again\nImagen principal:\nThe ministry reported them.", "Imagen principal:"),
    ],
)
def test_credits_bylines_and_labels_in_another_language_are_found(text, span):
    assert span in spans(text, "MT503")


@pytest.mark.parametrize(
    "text",
    [
        "The course is hard.\nPar: 72",
        "He said it was over.\nBy: John Smith",
        "The talks ended on Monday. (With information from EFE)",
        "The talks ended on Monday.\nReal Madrid\nLos Angeles\nJuan Pérez",
        "Die Gespräche endeten am Montag.\nQuelle: dpa",
    ],
)
def test_own_credits_names_and_headings_stay_quiet(text):
    language = "de" if text.startswith("Die") else "en"
    assert findings(text, "MT503", language) == []


def test_a_term_named_on_purpose_is_no_foreign_word():
    assert findings("Reporters call it, known as la mañanera, a daily ritual.", "MT504") == []
    assert findings("A man named Ortega comentó that the plan failed.", "MT504") != []


# --- MT403, MT404, MT405: doubled material --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Fake news and fake news spread quickly.", "en", "Fake news and fake news"),
        ("They fired shells and shells at the town.", "en", "shells and shells"),
        ("Sie feuerten Granaten und Granaten auf die Stadt.", "de", "Granaten und Granaten"),
        (
            "Dispararon proyectiles y proyectiles contra la ciudad.",
            "es",
            "proyectiles y proyectiles",
        ),
        ("Ils ont tiré des obus et des obus sur la ville.", "fr", "des obus et des obus"),
    ],
)
def test_coordinated_doublets_are_found(text, language, span):
    assert spans(text, "MT403", language) == [span]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Prices rose more and more, again and again, step by step. Bye bye.", "en"),
        ('"No, no, no," he said, and Johnson and Johnson shares fell.', "en"),
        ("Die Preise stiegen mehr und mehr; er arbeitet bei Johnson und Johnson.", "de"),
        ("Man muss Massen und Massen davon wegwerfen.", "de"),
        ("Esperamos horas y horas; los precios subieron más y más.", "es"),
        ("Des milliers et des milliers de personnes sont venues.", "fr"),
    ],
)
def test_real_repetitions_stay_quiet(text, language):
    assert findings(text, "MT403", language) == []


def test_a_term_glossed_with_itself_is_found_and_fixed():
    text = "Deputies of the Rada (Rada) voted on Monday."
    (finding,) = findings(text, "MT404")
    assert text[finding.start : finding.end] == "Rada (Rada)"
    assert apply_edits(text, finding.fixes[0].edits) == "Deputies of the Rada voted on Monday."


@pytest.mark.parametrize(
    "text",
    [
        "Deputies of the Rada (Verkhovna Rada) voted; ten (10) left.",
        "The Verkhovna Rada (Rada) voted.",
        "The word ‘ciao’ (ciao) and the totals 10 (10) were shown.",
    ],
)
def test_real_glosses_stay_quiet(text):
    assert findings(text, "MT404") == []


_LEAD = "The talks on the regional situation ended late on Monday in the capital city."


def test_a_paragraph_repeated_a_little_further_on_is_found():
    text = f"{_LEAD}\nBoth sides agreed to meet again next month in the same place.\n{_LEAD}"
    (finding,) = findings(text, "MT405")
    assert text[finding.start : finding.end] == _LEAD
    assert apply_edits(text, finding.fixes[0].edits) == text[: text.rfind("\n")]


def test_refrains_far_repeats_and_bilingual_files_stay_quiet():
    refrain = "\n".join(
        [_LEAD, "We sing it all night long and then we sing it again, friends."] * 4
    )
    assert findings(refrain, "MT405") == []
    far = "\n".join(
        [
            _LEAD,
            *(f"Paragraph number {n} says something else entirely here." for n in range(5)),
            _LEAD,
        ]
    )
    assert findings(far, "MT405") == []


# --- issue 12: English left in German, French and Spanish output ---------------------------------


@pytest.mark.parametrize(
    ("text", "language", "clause"),
    [
        ("Le ministre a déclaré que the government will not change its policy.", "fr", "the "),
        ("El ministro dijo que the government will not change its policy this year.", "es", "the "),
        ("Der Minister sagte, dass the talks would continue next week in Berlin.", "de", "the "),
    ],
)
def test_an_english_clause_is_found_without_the_own_words_around_it(text, language, clause):
    (span,) = spans(text, "MT502", language)
    assert span.startswith(clause) and "que" not in span and "dass" not in span


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Das Team plant ein Meeting und ein Update für das Software-Release im Herbst.", "de"),
        ("Er sprach über Deep Learning, Machine Learning und Big Data auf der Konferenz.", "de"),
        ("Le week-end, le marketing et le management de la start-up étaient au programme.", "fr"),
        ("El equipo presentó el software en un meeting con la prensa en Madrid.", "es"),
    ],
)
def test_english_loanwords_and_terms_are_no_clause(text, language):
    assert findings(text, "MT502", language) == []


def test_a_name_phrase_copied_after_a_comma_is_found():
    text = "On Monday the Ministry of Fisheries, the Ministry of Fisheries, called a meeting."
    assert spans(text, "MT403") == ["the Ministry of Fisheries, the Ministry of Fisheries"]


@pytest.mark.parametrize(
    "text",
    [
        "Einstein saw that if the universe is empty, if the universe is empty, it looks flat.",
        "Fly into it, fly into it all the way along a straight line, a straight line.",
        "They sang New York, New York and moved to Rio de Janeiro, Rio de Janeiro.",
    ],
)
def test_a_speakers_repeat_and_names_after_a_comma_stay_quiet(text):
    assert findings(text, "MT403") == []


def test_comma_phrases_are_found_the_same_in_a_large_text():
    text = "On Monday the Ministry of Fisheries, the Ministry of Fisheries, called a meeting."
    large = "\n".join([text] + ["The talks ended late on Monday in the capital city."] * 200)
    assert spans(large, "MT403") == ["the Ministry of Fisheries, the Ministry of Fisheries"]
