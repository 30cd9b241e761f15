"""MT313–MT317 (h3case, issues 11/12): mid-sentence capitals and entity case beyond English.
Invented sentences in the shapes real MT leaves behind, and the look-alikes that stayed quiet
only after a fix (each was a false alarm on clean native text first)."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text


def _found(text: str, code: str, language: str) -> list[str]:
    result = check_text(text, language=language)
    return [text[f.start : f.end] for f in result.findings if f.code == code]


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("fr", "Le comité a Adopté hier un nouveau plan.", "Adopté"),
        ("it", "Il sindaco ha Annunciato ieri la chiusura.", "Annunciato"),
        ("pt", "O governo Anunciou ontem novas medidas.", "Anunciou"),
        ("ru", "Правительство Утвердило вчера новый план.", "Утвердило"),
        ("pl", "Rząd Ogłosił wczoraj nowy plan.", "Ogłosił"),
        ("es", "La reunión del Martes fue aplazada.", "Martes"),
        ("pt", "Os dados foram divulgados na Quinta feira passada.", "Quinta"),
        ("es", "El gobierno Ruso respondió con dureza.", "Ruso"),
        ("fr", "Le gouvernement Russe a répondu mardi.", "Russe"),
    ],
)
def test_common_word_capital(language: str, text: str, word: str) -> None:
    assert _found(text, "MT313", language) == [word]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # A capitalised article opens a name ("Le Marché commun" is one).
        ("fr", "Le Marché commun du Sud devait ouvrir la voie."),
        # A function word after a capital goes on with the name.
        ("pl", "Narodowe Centrum Nauki i Rozwoju będzie finansować badania."),
        # After an article a participle is a noun.
        ("es", "Protestaron frente al Consulado iraní en la capital."),
        # An English title inside French text.
        ("fr", "Elle chantait Life on Mars avec le groupe et la vie continuait."),
        # French natives often capitalise days; Portuguese months.
        ("fr", "Les magasins sont ouverts le Dimanche, même en hiver."),
        ("pt", "O valor foi alcançado em 12 de Janeiro de este ano."),
        # "les Russes" is a noun; "Palestina" a country.
        ("fr", "Les Russes ont voté et les Américains aussi."),
        ("es", "Es un conflicto que Palestina pretende resolver pronto."),
        # A surname after a person's title, a name beside a first name elsewhere.
        ("es", "El ministro Delgado habló ayer con la prensa."),
        ("es", "El líder Pablo Casado habló. Después de Casado intervino ella."),
        # Institutions the language capitalises by convention.
        ("it", "Il Governo ha approvato e lo Stato pagherà."),
        ("ru", "Дело передано в Верховный суд республики."),
    ],
)
def test_common_word_capital_stays_quiet(language: str, text: str) -> None:
    assert _found(text, "MT313", language) == []


def test_elided_names() -> None:
    text = "Les dirigeants de l'allemagne et d'italie ont rencontré ceux de l'onu."
    assert _found(text, "MT314", "fr") == ["allemagne", "italie", "onu"]
    assert _found("Il prezzo dell'oro e dell'argento sale.", "MT314", "it") == []


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        ("es", "El enviado de Naciones unidas llegó ayer.", "Naciones unidas"),
        ("fr", "Les voyageurs venant du Royaume-uni doivent attendre.", "Royaume-uni"),
    ],
)
def test_half_capitalised_names(language: str, text: str, span: str) -> None:
    assert _found(text, "MT315", language) == [span]


def test_half_capitalised_names_leave_french_style() -> None:
    assert _found("Les Nations unies et l'Union européenne ont signé.", "MT315", "fr") == []


def test_title_case_institution_in_russian() -> None:
    text = "Представитель Министерства Обороны заявил, что Белый Дом ответит."
    assert _found(text, "MT316", "ru") == ["Обороны", "Дом"]
    assert _found("Министр Обороны Сергей Шойгу прибыл.", "MT316", "ru") == ["Обороны"]


def test_lower_word_in_institution() -> None:
    assert _found("O Conselho de segurança Nacional reuniu-se.", "MT317", "pt") == ["segurança"]
    assert _found("O Ministério da Saúde e o Banco de Portugal.", "MT317", "pt") == []


def test_hyphenated_inflected_name_is_entity_case() -> None:
    assert _found("Министры встретились в нью-йорке во вторник.", "MT303", "ru") == ["нью-йорке"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Visitó la base aérea Al Udeid en Qatar."),
        ("it", "Il nome del Governo di Sua Maestà non cambia."),
    ],
)
def test_name_particles_are_no_lost_sentence_break(language: str, text: str) -> None:
    assert _found(text, "MT301", language) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The economy division director Zhang xiaoming spoke first.", "xiaoming"),
        ("The weekly meeting was chaired by Minister Amadou DIALLO.", "DIALLO"),
    ],
)
def test_name_parts_in_the_wrong_case(text: str, span: str) -> None:
    assert _found(text, "MT318", "en") == [span]


@pytest.mark.parametrize(
    "text",
    [
        # An acronym no one can pronounce is no surname.
        "The Nagan Raya BPBD chief said the floods receded.",
        # Known words after a surname, acronyms of the gazetteer.
        "Professor Wang said the NATO summit was over; Li Qiang agreed.",
        "The Boeing MAX and the COVID rules were discussed by Anna.",
    ],
)
def test_name_parts_stay_quiet(text: str) -> None:
    assert _found(text, "MT318", "en") == []


def test_shift_key_capitals() -> None:
    assert _found("Copyright Greek CIty Times and THe team.", "MT319", "en") == ["CIty", "THe"]
    assert _found("The IDs, PCs and GHz values; McDonald's and iPhone.", "MT319", "en") == []


def test_common_words_cut_matches_the_frequencies() -> None:
    """MT318 keeps the words under its bar by one dictionary test each: exactly the words whose
    Zipf frequency is under the bar (unknown words included)."""
    from mtlint.checks.rules.casing_nameparts import _GIVEN_NAME_ZIPF, _not_common
    from mtlint.checks.wordlists import frequency_dict, zipf

    words = frequency_dict("en")
    expected = {word for word in words if zipf(word, "en") >= _GIVEN_NAME_ZIPF - 1e-9}
    assert set(words) - _not_common(words, "en") == expected
    assert _not_common(["xiaoming", "youqin", "the"], "en") == {"xiaoming", "youqin"}


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        ("ru", "Он принял послов Японии и Соединённого королевства вчера.", "королевства"),
        ("pl", "Ministrowie Unii europejskiej spotkali się wczoraj.", "europejskiej"),
    ],
)
def test_inflected_half_capitalised_names(language: str, text: str, span: str) -> None:
    assert _found(text, "MT315", language) == [span]
