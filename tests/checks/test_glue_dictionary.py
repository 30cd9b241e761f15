"""MT930's glue reading (checks/glue_dictionary.py): a token the dictionary rejects and wordfreq
has never seen, cut at one point into two common words the dictionary accepts — and the
look-alikes that stay quiet. A tiny .aff/.dic written by each test serves the language (no
system files). Invented sentences."""

from __future__ import annotations

import pytest
from helpers import dictionaries_only_from
from mtlint.checks.config import Config
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.glue_dictionary import read_split, split_parts
from mtlint.checks.glue_tables import glue_tables
from mtlint.checks.hunspelldicts import forget_dictionaries, spell_dictionary
from mtlint.checks.langdata import load_language_data
from mtlint.checks.textscan import language_data

_AFF = "SET UTF-8\nTRY esianrtolcdugmphbyfvkwzESIANRTOLCDUGMPHBYFVKWZ\n\nSFX S Y 1\nSFX S 0 s .\n"
_WORDS = (
    "the",
    "a",
    "of",
    "and",
    "new",
    "on",
    "delegate/S",
    "praised",
    "production",
    "facility",
    "facilities",
    "plant/S",
    "minister/S",
    "Minister",
    "foreign",
    "affairs",
    "met",
    "governor/S",
    "party",
    "road/S",
    "song/S",
    "hong",
    "industry",
    "capital",
    "walling",
    "wine",
    "boot",
    "ton",
    "opened",
    "by",
    "more",
    "than",
    "break",
    "room/S",
    "city",
    "for",
    "visited",
    "said",
    "many",
    "Mallorca",
    "i",
)


def _write(folder, name: str, words=_WORDS) -> None:
    (folder / f"{name}.aff").write_text(_AFF, encoding="utf-8")
    (folder / f"{name}.dic").write_text(f"{len(words)}\n" + "\n".join(words) + "\n", "utf-8")


@pytest.fixture
def english(tmp_path, monkeypatch):
    """A tiny en_US from ``tmp_path/dicts`` alone: no system, office or user folder."""
    folder = tmp_path / "dicts"
    folder.mkdir()
    dictionaries_only_from(folder, monkeypatch, tmp_path / "user")
    forget_dictionaries()
    _write(folder, "en_US")
    yield folder
    forget_dictionaries()


def mt930(text: str, language: str = "en") -> list[tuple[str, str, str]]:
    result = check_document(
        Document(text=text, language=language), Config(min_confidence=0.0, select=("MT930",))
    )
    return [
        (text[f.start : f.end], dict(f.data)["reading"], f.fixes[0].edits[0].replacement)
        for f in result.findings
        if f.code == "MT930"
    ]


def test_two_common_words_run_together_are_split(english):
    text = "The delegates praised the productionfacilities of the new plant."
    assert mt930(text) == [
        ("productionfacilities", "glue-split", "production facilities"),
    ]


def test_a_common_word_run_onto_a_names_last_word_is_its_own_kind(english):
    text = "The Minister of Foreign Affairssaid the governors on the road."
    assert mt930(text) == [("Affairssaid", "glue-split-name", "Affairs said")]


def test_a_names_own_syllable_after_a_name_is_left_alone(english):
    # "hong" is a word of the dictionary, but a romanised syllable after a capital: a name.
    assert mt930("The delegates met the Huizhou Songhong industry on the road.") == []


def test_a_cut_needs_two_parts_of_three_letters_or_more(english):
    dictionary = spell_dictionary("en")
    assert split_parts("productionfacilities", "en", dictionary) == (
        "production",
        "facilities",
    )
    assert split_parts("anew", "en", dictionary) is None  # "a" + "new": one letter


def test_a_prefix_a_name_ending_or_a_written_word_is_no_glue(english):
    dictionary = spell_dictionary("en")
    tables = glue_tables(language_data(Document(text="x", language="en")))
    assert read_split("nonparty", "en", dictionary, tables) is None  # "non-": a prefix
    assert read_split("Wallington", "en", dictionary, tables) is None  # "-ton": a name
    assert read_split("roadwork", "en", dictionary, tables) is None  # wordfreq knows it
    assert read_split("productionfacilities", "en", dictionary, tables) is not None
    # Two content words, one short or the whole short: a software's name or a term.
    assert read_split("wineboot", "en", dictionary, tables) is None


def test_a_glue_the_web_writes_too_needs_a_function_word(english):
    dictionary = spell_dictionary("en")
    data = language_data(Document(text="x", language="en"))
    tables = glue_tables(data)
    # wordfreq has seen "morethan" (people type it): glue only with a function word in it.
    found = read_split("morethan", "en", dictionary, tables, data.function_words)
    assert found is not None and (found.kind, found.fix) == ("glue-split-web", "more than")
    assert read_split("morethan", "en", dictionary, tables) is None
    # A sentence's first word: "The" is short, but a function word, not a name's syllable.
    found = read_split("Thecity", "en", dictionary, tables, data.function_words)
    assert found is not None and found.fix == "The city"


def test_a_known_compound_inflected_is_a_word(english):
    tables = glue_tables(language_data(Document(text="x", language="en")))
    # "breakroom" is known to wordfreq: "breakrooms" is it with an "s", not "break rooms".
    assert read_split("breakrooms", "en", spell_dictionary("en"), tables) is None


def test_a_token_written_twice_is_the_texts_own_word(english):
    text = "The productionfacilities opened. The productionfacilities met the governors."
    assert mt930(text) == []


def test_a_compounding_language_splits_only_before_a_glue_word(tmp_path, monkeypatch):
    folder = tmp_path / "dicts"
    folder.mkdir()
    dictionaries_only_from(folder, monkeypatch, tmp_path / "user")
    forget_dictionaries()
    _write(folder, "de_DE", ("Kommission", "und", "Haus", "der"))
    try:
        dictionary = spell_dictionary("de")
        tables = glue_tables(language_data(Document(text="x", language="de")))
        words = load_language_data("de").function_words
        found = read_split("Kommissionund", "de", dictionary, tables, words)
        assert found is not None and found.fix == "Kommission und"
        # Two nouns: a compound the dictionary lacks is still a German word.
        assert read_split("Kommissionhaus", "de", dictionary, tables, words) is None
    finally:
        forget_dictionaries()


def test_a_common_word_run_into_a_name_the_dictionary_lists(english):
    text = "The delegates visited manyMallorca towns on the road."
    assert mt930(text) == [("manyMallorca", "camel-name", "many Mallorca")]
    # One letter before the capital is a brand's shape ("iPhone"), not a lost break.
    assert mt930("The delegates visited iMallorca on the road.") == []


def test_a_glue_split_in_a_language_its_bands_were_not_measured_on_is_capped():
    from mtlint.checks.glue_dictionary import glue_split_table
    from mtlint.checks.rules.spelling_dictionary import BANDS, _glue_split_cap

    table = glue_split_table()
    assert "en" in table["measured"] and "es" not in table["measured"]
    assert _glue_split_cap("en") >= BANDS["glue-split"]
    assert _glue_split_cap("es") == table["other_languages_cap"] < BANDS["glue-split"]
