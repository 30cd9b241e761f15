"""MT980 misspelt-word: a word wordfreq does not know, one edit from exactly one frequent
word, written once (checks/rules/spelling.py, checks/spelling.py). Invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.engine import check_text
from mtlint.checks.spelling import one_edit_words


def mt980(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.fixes[0].edits[0].replacement)
        for f in check_text(text, language=language).findings
        if f.code == "MT980"
    ]


@pytest.mark.parametrize(
    ("text", "slip", "fix"),
    [
        ("The budget was cahired by the finance committee.", "cahired", "chaired"),  # swapped
        ("Officials at the depatment declined to comment.", "depatment", "department"),  # lost
        ("They hope for peace and prospoerity in the region.", "prospoerity", "prosperity"),
        ("The talks ended awhen the delegates left the hall.", "awhen", "when"),  # added first
        ("A new Ministry of Informastion opened on Friday.", "Informastion", "Information"),
        ("Deputy Chief Minisyer Ana Lopez spoke first.", "Minisyer", "Minister"),  # title
    ],
)
def test_a_one_edit_slip_is_reported_with_its_correction(text, slip, fix):
    assert mt980(text) == [(slip, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "The zorbing club met; zorbing is popular there.",  # written twice: the text's word
        'He called it "depatment" to mock the office.',  # a quoted term
        "See https://example.org/depatment for the list.",  # a URL
        "The square in Plaza de los Dos Congresos was full.",  # inside a name
        "Mr Raschid Kowalsky arrived on Monday.",  # names: no frequent word one edit away
        "The Plaza Mayor was full of tourists.",  # known words
    ],
)
def test_words_the_text_writes_on_purpose_stay_quiet(text):
    assert mt980(text) == []


def test_an_ambiguous_slip_is_left_alone():
    # "bulgarin" is one edit from both "bulgaria" and "bulgarian": no single correction.
    assert len(one_edit_words("bulgarin", "en")) == 2
    assert mt980("The bulgarin delegation arrived late.") == []


def test_the_first_letter_is_never_replaced():
    assert "shops" not in one_edit_words("whops", "en")


def test_a_slip_beside_its_intact_form_is_reported_once_by_mt974():
    text = "The department met on Monday. The depatment said the talks would go on."
    codes = [f.code for f in check_text(text, language="en").findings if f.start > 30]
    assert "MT974" in codes and "MT980" not in codes


def test_endings_inflect_outside_english():
    # A German slip inside the word is found; an edit in the last two letters is not looked at.
    assert mt980("Die Regierung nannte die ukrainsichen Angaben falsch.", "de") == [
        ("ukrainsichen", "ukrainischen")
    ]
    assert one_edit_words("regierunx", "de", keep_end=2) == set()


def test_an_identifier_is_no_misspelt_word():
    # "stdio" is one letter from "studio", but no English word starts with "std".
    assert mt980("Most functions use the stdio library routines.") == []


def test_a_capitalised_word_ending_its_line_is_a_label():
    # An agency's end marker, one edit from "Edit", closes the paragraph on its own.
    assert mt980("The talks will resume in May. Endit\nNext story.") == []


def test_a_word_left_in_a_source_language_is_not_misspelt():
    # German "reicht" is one letter from "reich", but it is an untranslated word (MT504's).
    assert mt980("The capacity is reicht for the whole region, the operator said.") == []


def test_two_glued_words_are_split_not_respelt():
    # "Christwas" is one letter from "Christmas", but it is "Christ was" glued (MT101's).
    text = "The feast existed long before Christwas born, the priest said."
    codes = [f.code for f in check_text(text, language="en").findings]
    assert "MT101" in codes and "MT980" not in codes


@pytest.mark.parametrize("slip", ["cahired", "depatment", "awhen", "minisyer", "gouvernment"])
@pytest.mark.parametrize(("keep_end", "drop_first"), [(0, True), (2, False)])
def test_the_deletion_index_finds_what_the_spelled_out_edits_find(slip, keep_end, drop_first):
    # Long documents look words up through the index; the answer must not depend on the path.
    spelled = one_edit_words(slip, "en", keep_end, drop_first)
    assert one_edit_words(slip, "en", keep_end, drop_first, indexed=True) == spelled


def test_a_letter_the_language_does_not_write_is_no_typing_slip():
    # "naďve" (a cp1252 "ï" read as cp1250) is one letter from "naïve": decoding damage, not
    # a misspelling; English writes no "ď".
    assert mt980("The plan was a little naďve, the critics said.") == []


def test_the_languages_settings_are_data():
    """How many final letters stay unedited, how frequent a correction must be and which
    consonant runs may start a word come from resources/lang/<lang>.json (``spelling``), not
    from branches on the language code: English edits endings, German does not."""
    from mtlint.checks.spelling import spelling_table

    english, german = spelling_table("en"), spelling_table("de")
    assert (english.keep_end, english.frequent_zipf) == (0, 3.2)
    assert "str" in english.onsets and "std" not in english.onsets
    assert (german.keep_end, german.frequent_zipf, german.onsets) == (2, 3.5, None)


@pytest.mark.parametrize(
    ("text", "slip", "fix"),
    [
        ("We must be fair in our assesment of the plan.", "assesment", "assessment"),
        ("The comittee met on Monday in the capital.", "comittee", "committee"),
        ("Send it to the adress on the form, please.", "adress", "address"),
    ],
)
def test_a_common_typo_the_web_knows_is_reported_when_its_correction_is_far_commoner(
    text, slip, fix
):
    assert mt980(text) == [(slip, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "The planed surface of the board was smooth.",  # a real word, not far enough
        "The Advancers outnumbered the decliners.",  # capitalised: a name or a term
        "Our independency day is in June.",  # a rare word, no swap or doubling
    ],
)
def test_rare_real_words_are_no_common_typos(text):
    assert mt980(text) == []


def test_an_informal_sentence_short_of_stop_words_is_still_english() -> None:
    # Three of English's listed stop words in eleven: once read as a foreign sentence, so
    # the slip went unreported; its words are common English words.
    from mtlint.checks.langdata import load_language_data
    from mtlint.checks.sourcewords import foreign_sentence
    from mtlint.checks.wordlists import frequency_dict

    text = "honestly i really do get real releif whenever trains run fast lately"
    start = text.index("releif")
    stop_words = load_language_data("en").stop_words
    assert foreign_sentence(text, start, start + 6, stop_words)
    assert not foreign_sentence(text, start, start + 6, stop_words, frequency_dict("en"))
    latin = "Horror ubique animos, simul ipsa silentia terrent, dixit ille magister noster."
    start = latin.index("ubique")
    assert foreign_sentence(latin, start, start + 6, stop_words, frequency_dict("en"))


def test_a_word_cut_short_by_an_ellipsis_is_no_slip() -> None:
    # A post cut where the page cut it ("definitel…"), not a slip of "definitely".
    text = "She said the new plan was definitel… and the post ended there on Monday."
    assert [f for f in check_text(text, language="en").findings if f.code == "MT980"] == []
    text = "She said the new plan was definitel the best one they had seen this year."
    assert [f.code for f in check_text(text, language="en").findings if f.code == "MT980"]
