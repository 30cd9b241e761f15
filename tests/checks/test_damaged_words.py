"""Damaged words (MT981–MT986): a digit for a letter, a word split by a space, a word in a
legacy code page, a lost possessive apostrophe, a sentence broken by a line break, a letter
lost to "?" (checks/wordrepair.py, checks/rules/damaged_words.py, checks/rules/line_breaks.py).
Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_text
from mtlint.checks.langdata import available_languages
from mtlint.checks.model import Applicability
from mtlint.checks.registry import rule_by_code
from mtlint.checks.spelling import SPELLING_LANGUAGES, spelling_table


def found(code: str, text: str, language: str = "en") -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.fixes[0].edits[0].replacement if f.fixes else "")
        for f in check_text(text, language=language).findings
        if f.code == code
    ]


# --- MT981 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "damaged", "fix"),
    [
        ("The c0uncil approved the budget on Monday.", "c0uncil", "council"),
        ("Each 0ther delegate agreed to the plan.", "0ther", "other"),
        ("The 1ocal office opened late.", "1ocal", "local"),
        ("Le c0nseil a approuvé le budget lundi.", "c0nseil", "conseil"),
    ],
)
def test_a_digit_for_a_letter_is_fixed_safely(text, damaged, fix):
    language = "fr" if text.startswith("Le") else "en"
    findings = [f for f in check_text(text, language=language).findings if f.code == "MT981"]
    assert [(text[f.start : f.end], f.fixes[0].edits[0].replacement) for f in findings] == [
        (damaged, fix)
    ]
    assert findings[0].fixes[0].applicability is Applicability.SAFE


@pytest.mark.parametrize(
    "text",
    [
        "The H1N1 virus and the A320 jet; 4G, B2B, CO2 and mp3 files.",
        "He came 3rd and she came 10th; 1st place went to Kenya.",
        "Visit example.org/c0uncil or type 'passw0rd' to log in.",
        "The model T800 and the robot R2D2 were on show.",
    ],
)
def test_codes_ordinals_and_quoted_words_keep_their_digits(text):
    assert found("MT981", text) == []


# --- MT982 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "split", "fix"),
    [
        ("The gov ernment said the talks would go on.", "gov ernment", "government"),
        ("The talks ended. W hen asked, the minister smiled.", "W hen", "When"),
        ("The com mittee met on Friday.", "com mittee", "committee"),
    ],
)
def test_a_word_split_by_a_space_is_joined(text, split, fix):
    assert found("MT982", text) == [(split, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Plan B and plan C were both discussed.",  # the second piece is a function word
        "George W Bush met the Prime Minister.",  # an initial before a name
        "The minister said it s over, then left.",  # a letter a lost apostrophe leaves
        "He met Xi Jinping and Li Qiang in Beijing.",  # names
        "The van der Bellen family and the de la Cruz family met.",
    ],
)
def test_initials_names_and_function_words_are_no_split(text):
    assert found("MT982", text) == []


@pytest.mark.parametrize(
    ("text", "split", "fix"),
    [
        ("Sales fell in 2014. A t that time, few were left.", "A t", "At"),
        ("I f it rains, the match is off.", "I f", "If"),
        ("The plant closed.\nI t was the last one.", "I t", "It"),
        ("Sales rose. I n 2019 the firm grew again.", "I n", "In"),  # a figure follows
    ],
)
def test_a_two_letter_opener_split_after_its_capital_is_joined(text, split, fix):
    assert found("MT982", text) == [(split, fix)]


@pytest.mark.parametrize(
    ("text", "split", "fix"),
    [
        ("Coal rose on industrial de capacity in the north.", "de capacity", "de-capacity"),
        ("The city praised the anti epidemic work of its staff.", "anti epidemic", "anti-epidemic"),
        ("Prices fell with the market de inventory drive.", "de inventory", "de-inventory"),
    ],
)
def test_a_source_prefix_left_spaced_is_hyphenated(text, split, fix):
    assert found("MT982", text) == [(split, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "He became the de facto leader after the vote.",  # a borrowed phrase
        "Her speech was a tour de force, full of esprit de corps.",  # French phrases
        "She wrote under a nom de plume and dealt the coup de grace.",
        "He met Luis de Guindos and Charles de Gaulle.",  # names
        "Bring the form (solicitud de permiso del conductor) to the desk.",  # Spanish words
        "Grade A t-shirts are sold here.",  # no split: a compound follows
        "A. t. is the second of the list.",  # letters with stops
        "the match between inter milan and genoa was played.",  # a lower-cased name
        "it is not recognized by any un member state.",  # the UN lower-cased
        # A suspended prefix shared with the next one: a function word follows it.
        "Nurses gave pre and post operative care on the ward.",
        "The poll split the anti and pro camps evenly.",
        "We saw both intra and inter group changes in the trial.",
        "The panel set aside the ruling intra vires and heard it de novo.",  # Latin phrases
        "The board ruled on the claims inter alia and inter se today.",
    ],
)
def test_borrowed_phrases_names_and_letters_are_no_spaced_prefix(text):
    assert found("MT982", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The two groups were compared. A t test was used on the means.",
        "Each shell is filled in turn. A s orbital holds two electrons.",
        "The trace was read at rest. A p wave came before each beat.",
        "The scores were pooled. A t statistic of 2.4 was found.",
    ],
)
def test_a_letter_named_term_after_a_is_no_split_opener(text):
    assert found("MT982", text) == []


def test_a_piece_the_text_writes_often_is_its_own_word():
    text = " ".join(["The zorb ernment team met."] * 5)
    assert found("MT982", text) == []


# --- MT983 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "damaged", "fix"),
    [
        ("President Erdoðan arrived in Ankara.", "Erdoðan", "Erdoğan"),
        ("Lech Wa³êsa spoke in Gdańsk.", "Wa³êsa", "Wałęsa"),
    ],
)
def test_a_word_read_in_the_wrong_code_page_is_repaired(text, damaged, fix):
    assert found("MT983", text) == [(damaged, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Señor Muñoz met Mr. Pérez at the café in São Paulo.",
        "The area is 40 m² and the volume 3 m³ (×2).",
        "Þórður and Guðrún visited Reykjavík.",
        # Icelandic words whose cp1254 reading is a Turkish word (review h9typo 1)
        "The Icelandic word bað means a bath, and með means with.",
        "In the saga the hall had a bað for guests.",
    ],
)
def test_accented_names_units_and_icelandic_stay_quiet(text):
    assert found("MT983", text) == []


def _applicability(text: str) -> list[Applicability]:
    return [
        f.fixes[0].applicability
        for f in check_text(text, language="en").findings
        if f.code == "MT983"
    ]


def test_a_repair_is_safe_only_with_evidence_when_the_word_holds_an_icelandic_letter():
    # ð is a letter of Faroese and Old English too (no word list): the written form may be
    # right unless the text writes the repaired form elsewhere.
    assert _applicability("President Erdoðan arrived in Ankara.") == [Applicability.UNSAFE]
    text = "President Erdoğan spoke first. Later Erdoðan arrived in Ankara."
    assert _applicability(text) == [Applicability.SAFE]
    assert _applicability("Lech Wa³êsa spoke in Gdańsk.") == [Applicability.SAFE]


def test_an_icelandic_word_is_repaired_when_the_text_writes_the_repaired_form():
    text = "The word bağ means a vineyard in Turkish; the old sign spelt it bað by mistake."
    assert found("MT983", text) == [("bað", "bağ")]


# --- MT984 ---------------------------------------------------------------------------------


def test_a_lost_possessive_apostrophe_takes_the_texts_apostrophe():
    text = "The minister’s plan was clear. The countrys economy grew."
    assert found("MT984", text) == [("countrys", "country’s")]
    plain = "The minister's plan was clear. Officials said Russias army withdrew."
    assert found("MT984", plain) == [("Russias", "Russia's")]


@pytest.mark.parametrize(
    "text",
    [
        "The Kennedys attended the gala in Boston.",  # a family after "the"
        "Python guarantees that globals whose names start with an underscore are private.",
        "The Americas are large; the countries agreed.",
        "Ministers from both countrys were there.",  # before a function word
    ],
)
def test_plurals_and_families_keep_their_s(text):
    assert found("MT984", text) == []


def test_the_possessive_rule_serves_the_languages_whose_table_says_so():
    rule = rule_by_code("MT984")
    assert "en" in rule.languages
    assert all(spelling_table(code).possessive_apostrophe for code in rule.languages)


# --- MT985 ---------------------------------------------------------------------------------


def test_a_paragraph_break_inside_a_sentence_is_reported_and_joined():
    text = "The minister said that\n\nthe plan would go ahead next year."
    findings = [f for f in check_text(text, language="en").findings if f.code == "MT985"]
    assert [text[f.start : f.end] for f in findings] == ["that\n\nthe"]
    edit = findings[0].fixes[0].edits[0]
    assert text[: edit.start] + edit.replacement + text[edit.end :] == (
        "The minister said that the plan would go ahead next year."
    )


def test_a_long_line_cut_before_a_lower_case_word_is_reported():
    line = "Both leaders also talked about the harbour works and agreed on the next steps " * 2
    text = line + "to keep\nthe harbour open through the long winter months."
    assert found("MT985", text) == [("keep\nthe", " ")]


@pytest.mark.parametrize(
    "text",
    [
        # hard-wrapped plain text: lines end with any word
        "\n".join(
            [
                "This library compresses data in memory and on disk, and it is used by",
                "many programs that need a small and portable implementation of the",
                "deflate format; its interface is stable and its source code is",
                "short enough to read in an afternoon, which is why so many of the",
                "projects that depend on it have never needed to change the way they",
                "call it since the first release, more than twenty years ago, and the",
                "authors hope that it stays that way for a long time to come, as the",
                "format itself has not changed either and is unlikely to change soon.",
            ]
        ),
        "Roses are red and the\nsky is blue and the sea is deep",  # a poem's short lines
        "The minister spoke on Monday.\n\nthe plan, he said, was ready.",  # a full stop
        "Shopping list\n\n- apples and the\n- pears and plums",
    ],
)
def test_wrapped_text_poems_and_lists_keep_their_breaks(text):
    assert found("MT985", text) == []


def test_subtitles_and_bilingual_files_keep_their_breaks():
    rule = rule_by_code("MT985")
    text = "The minister said that\n\nthe plan would go ahead next year."
    assert list(rule.check(Document(text=text, language="en", format="srt"))) == []
    units = ((0, len(text), "u1"),)
    assert list(rule.check(Document(text=text, language="en", units=units))) == []


# --- MT986 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "damaged", "fix"),
    [
        ("President Erdo?an arrived in Ankara.", "Erdo?an", "Erdoğan"),
        ("The T?rkiye delegation arrived.", "T?rkiye", "Türkiye"),
        ("President Erdo\ufffdan arrived in Ankara.", "Erdo\ufffdan", "Erdoğan"),
        ("The Pa\ufffdx office closed.", "Pa\ufffdx", ""),  # no letter makes a word
    ],
)
def test_a_letter_lost_to_the_encoding_is_reported(text, damaged, fix):
    assert found("MT986", text) == [(damaged, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Is it?no, he said, and why?",  # glue after a question mark: MT103's
        "See https://example.org/index.php?id=5&lang=en for details.",
        "What? Nobody knows.",
    ],
)
def test_question_marks_that_end_a_question_stay_quiet(text):
    assert found("MT986", text) == []


# --- data ------------------------------------------------------------------------------------


def test_the_spelling_languages_come_from_the_language_tables():
    assert {
        code for code in available_languages() if spelling_table(code).misspelt
    } == SPELLING_LANGUAGES
    assert {"en", "de", "fr", "it", "nl", "ru"} <= SPELLING_LANGUAGES


def test_a_line_cut_before_a_line_its_next_word_would_have_fitted_on_is_no_wrapping():
    text = (
        "On behalf of the council and the people,\nwe welcome every visitor to the spring "
        "festival in the old town square this weekend."
    )
    assert found("MT985", text) == [("people,\nwe", " ")]


@pytest.mark.parametrize(
    "text",
    [
        # review h9typo 2: a README line introducing a command without a colon, an e-mail's
        # lower-case sign-off after a paragraph-long line
        "To install the package together with all of its optional dependencies for development"
        " and for testing, run this in your shell\n\npip install mtlint with the test extras"
        " and then run the whole suite once\n",
        "We will meet again in the small room on the second floor next Thursday morning, and"
        " the coffee will be ready at nine as usual\n\nbest regards from the whole team\n",
    ],
)
def test_a_command_or_a_sign_off_after_a_long_line_is_no_broken_sentence(text):
    assert found("MT985", text) == []


def test_a_long_line_cut_before_an_ordinary_word_is_still_reported():
    text = (
        "We will meet again in the small room on the second floor next Thursday morning, and"
        " the coffee will be ready for\n\nall of the guests who come early to the meeting.\n"
    )
    assert [damaged for damaged, _ in found("MT985", text)] == ["for\n\nall"]


@pytest.mark.parametrize(
    ("text", "language", "damaged", "fix"),
    [
        # UTF-8 read as ISO 8859-16 (a sign the tokenizer splits at, after an elision too).
        ("Le conseil a dĂ©cidĂ© de fermer la gare.", "fr", "dĂ©cidĂ©", "décidé"),
        ("On a fermé l'accĂšs à la gare.", "fr", "accĂšs", "accès"),
        # "í" in UTF-8 read as Windows-1252 with its soft hyphen dropped.
        ("La dinastÃa gobernó la región.", "es", "dinastÃa", "dinastía"),
        # One letter turned into another: a capital inside a word, a macron.
        ("Nous sommes arrivés prÚs de la gare.", "fr", "prÚs", "près"),
        ("As opçōes de pagamento são muitas.", "pt", "opçōes", "opções"),
    ],
)
def test_a_word_misread_beyond_windows_1252_is_repaired(text, language, damaged, fix):
    assert found("MT983", text, language) == [(damaged, fix)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("O Ângulo de São Paulo disse NÃO à proposta.", "pt"),
        ("ÀS VEZES a Ângela chega às três.", "pt"),
        ("Le président Dvořák est arrivé à Łódź hier.", "fr"),
        ("McDonald's and the ÉCOLE opened in Québec.", "en"),
        # UTF-8 read as Windows-1252 is MT601's (ftfy), not read twice.
        ("Le cafÃ© a ouvert dimanche, l'Ã©tÃ© est là.", "fr"),
    ],
)
def test_real_marked_capitals_and_foreign_names_stay_quiet(text, language):
    assert found("MT983", text, language) == []
