"""Clean text stays clean in every language (issue 12's precision target): each language's own
conventions are not artefacts. The sentences are invented to show each convention's shape; the
artefact beside each look-alike must still be found."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document


def codes(text: str, language: str) -> list[str]:
    result = check_document(Document(text=text, language=language), Config())
    return [f.code for f in result.findings]


# “…” inside «…» is the second level of a Russian or Ukrainian quotation, not foreign marks.
NESTED_QUOTES = [
    ("ru", "Он сказал: «Это фильм “Зимний сад”, и я его люблю». Потом он ушёл домой."),
    ("ru", "«Мы называем это “тихой весной”», — сказал он."),
    ("uk", "Він сказав: «Це книжка “Зимовий сад”, і я її читаю». Потім він пішов."),
    ("uk", "«Ми називаємо це “тихою весною”», — сказав він."),
]

# Typed with “…” throughout: the document's house style.
HOUSE_STYLE = [
    ("ru", "“Мы не уйдём”, — заявил министр. По его словам, “всё под контролем”."),
    ("uk", "“Ми не підемо”, — заявив міністр. За його словами, “все під контролем”."),
]


@pytest.mark.parametrize(("language", "text"), NESTED_QUOTES + HOUSE_STYLE)
def test_native_quote_levels_stay_quiet(language: str, text: str) -> None:
    assert "MT205" not in codes(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Газета “Вечер” пишет, что компания «Север» подняла цены."),
        ("uk", "Газета “Вечір” пише, що компанія «Північ» підняла ціни."),
    ],
)
def test_curly_quotes_beside_guillemets_at_the_top_level_are_foreign(
    language: str, text: str
) -> None:
    assert codes(text, language).count("MT205") == 2


def test_a_mark_at_the_start_of_the_text_is_no_closing_mark() -> None:
    # Nothing stands before the text's first character: "” …" there is a stray mark (MT203
    # counts it), not a closing quotation to turn into "»".
    assert "MT205" not in codes("” Это «слово» здесь, и всё.", "ru")
    assert "MT205" in codes("Он сказал: да” и ушёл. Это «слово» здесь.", "ru")


# A capital that opens a title, a form of address or a name, not a new sentence (MT301).
NOT_A_BREAK = [
    ("ru", "С 1931 года он придворный прелат Его Святейшества и член капитула."),
    ("es", "El alcalde recibió ayer a Su Majestad en el ayuntamiento."),
    ("pl", "List podpisał sekretarz Jego Świątobliwości w imieniu papieża."),
    ("de", "Das Stück erschien unter dem Titel Die Brücke als Taschenbuch."),
    ("fr", "Il publie un recueil intitulé Les jardins du nord chez un petit éditeur."),
    ("da", "Hun sang i mange år for Den fynske Opera i Odense."),
    ("nb", "Partiet vil at Den norske kirke skal være åpen for alle."),
    ("da", "Pigerne - og Deres udsendte - fik at vide, at vi kom for sent."),
]


@pytest.mark.parametrize(("language", "text"), NOT_A_BREAK)
def test_titles_and_forms_of_address_are_no_lost_break(language: str, text: str) -> None:
    assert "MT301" not in codes(text, language)


LOST_BREAKS = [
    ("ru", "Он работал в Донбассе Его арестовали весной."),
    ("da", "Regeringen fremlagde planen i går Den danske regering mødes igen."),
    ("es", "El alcalde habló con la prensa Su plan es ambicioso."),
]


@pytest.mark.parametrize(("language", "text"), LOST_BREAKS)
def test_the_same_words_still_show_a_lost_break(language: str, text: str) -> None:
    assert "MT301" in codes(text, language)


def test_a_danish_article_after_og_is_still_a_stray_capital() -> None:
    assert "MT301" in codes("Regeringen vedtog loven og De nye regler gælder fra i dag.", "da")


# An ellipsis of speech, not of a cut link (checks/hesitation.py): a self-repair, a chain.
SPEECH_PAUSES = [
    ("tr", "Korkudan... korkunuzdan utanmak zorunda kalırsınız."),
    ("da", "Han tøvede... ja... ja... hvornår... javel, og så gik han."),
    ("es", "Pues... pues... no sé... quizá mañana."),
]


@pytest.mark.parametrize(("language", "text"), SPEECH_PAUSES)
def test_pauses_of_speech_are_no_stray_ellipsis(language: str, text: str) -> None:
    found = codes(text, language)
    assert "MT201" not in found and "MT303" not in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Kremlin was preparing a visit by Putin to… north korea next month."),
        ("fr", "Il est parti dans… danemark hier soir."),
        ("tr", "Dörtlü sıralar vardı... En arkada… cavit bey ile ben..."),
    ],
)
def test_a_cut_link_ellipsis_is_still_found(language: str, text: str) -> None:
    assert "MT201" in codes(text, language)


# Compounds written solid by the language's own word formation (MT101 data: word_prefixes,
# name_endings): a word-forming prefix, a place-name formant.
COMPOUNDS = [
    ("hr", "Četverodnevna smotra završila je u nedjelju."),
    ("el", "Το χωριό μετονομάστηκε αργότερα σε Χριστούπολη."),
    ("id", "Desa itu meliputi Sawahan, Kedungwetan dan Kedungrejo di timur."),
]


@pytest.mark.parametrize(("language", "text"), COMPOUNDS)
def test_solid_compounds_are_no_glued_words(language: str, text: str) -> None:
    assert "MT101" not in codes(text, language)


# Words a language doubles on purpose (resources/repetition/<lang>.txt): an intensifier, a
# pronoun before a demonstrative, a coordinated chain.
DOUBLED_ON_PURPOSE = [
    ("fr", "Un très très bon accueil, je le recommande."),
    ("sv", "Någon plan hade de inte, men nog är det det."),
    ("it", "Camminava piano piano verso la stazione."),
    ("ar", "يتكرر الطلب مرة بعد مرة ثم أخرى وأخرى وأخرى."),
]


@pytest.mark.parametrize(("language", "text"), DOUBLED_ON_PURPOSE)
def test_words_doubled_on_purpose_stay_quiet(language: str, text: str) -> None:
    assert "MT401" not in codes(text, language)


def test_a_doubled_article_is_still_found() -> None:
    assert "MT401" in codes("Han köpte en en bil i går.", "sv")


def test_an_article_name_written_twice_mid_sentence_is_a_name() -> None:
    text = "Partiet vil styre Den norske kirke godt. Mange ønsker å tilhøre Den norske kirke."
    assert "MT301" not in codes(text, "nb")


# Section numbers are no decimals (MT955): after a word naming a part of a document, or
# heading a sentence with a full stop.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ro",
            "Pragul e de 7,5% pe lot. 3.3. În zona de la punctul 3.2, totul e la fel.",
        ),
        ("de", "Der Anteil liegt bei 2,5 Prozent, wie in Abschnitt 4.1 beschrieben."),
    ],
)
def test_section_numbers_are_no_other_decimal_mark(language: str, text: str) -> None:
    assert "MT955" not in codes(text, language)


def test_a_decimal_in_the_other_convention_is_still_found() -> None:
    assert "MT955" in codes("Die Inflation lag bei 3,5 Prozent. 2.9 Prozent waren es zuvor.", "de")


# The section words are each language's (resources/typography/section_words.json): Czech "body"
# (points) names a part of a document, English "body" and "tablets" do not.
@pytest.mark.parametrize(
    "text",
    [
        "The capsules weigh 0.5 g and the tablets 1,5 g.",
        "An adult weighs 70.5 kg on average; the body 3,2 kg more in winter.",
    ],
)
def test_english_words_that_begin_like_a_section_word_are_none(text: str) -> None:
    assert "MT955" in codes(text, "en")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "Podíl je 2,5 procenta, jak uvádějí body 3.2 v příloze."),
        ("en", "The rate was 2.5 per cent, as in table 3,1 of the report."),
    ],
)
def test_a_section_word_of_the_texts_language_still_counts(language: str, text: str) -> None:
    assert "MT955" not in codes(text, language)


# Straight quotes inside «…» are the second level of a quotation, typed on a keyboard (MT205).
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", 'Elle parle des « revenants, au sens du mot "fantômes" » dans son livre.'),
        ("ru", 'Он сказал: «Компания "Север" подняла цены», — и ушёл.'),
    ],
)
def test_straight_quotes_nested_in_guillemets_stay_quiet(language: str, text: str) -> None:
    assert "MT205" not in codes(text, language)


def test_a_straight_mark_closing_guillemets_is_still_foreign() -> None:
    assert "MT205" in codes('Il a dit « oui » et « non ", puis « peut-être ».', "fr")


def test_french_institutions_of_the_state_keep_their_capital() -> None:
    text = "Le chef du Gouvernement veut un accord au Parlement avant l'été."
    assert "MT305" not in codes(text, "fr")


def test_a_french_verb_capitalised_mid_sentence_is_still_found() -> None:
    assert codes("Le texte a été officiellement Adopté hier par les députés.", "fr")
