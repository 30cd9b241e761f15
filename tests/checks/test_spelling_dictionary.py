"""MT930 dictionary-gated-word: the hunspell adapter (checks/hunspelldicts.py), the gate
(checks/spellgate.py) and the rule (checks/rules/spelling_dictionary.py). A tiny real .aff/.dic
written by each test serves the language, so no test depends on the system's files (one test
reads the system folder where it holds en_US). Invented sentences."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import dictionaries_only_from
from mtlint.checks import hunspelldicts
from mtlint.checks.config import Config
from mtlint.checks.context import without_broad_duplicates
from mtlint.checks.documents.base import Document
from mtlint.checks.engine import check_document
from mtlint.checks.hunspelldicts import (
    FOLDERS_VARIABLE,
    ONLY_VARIABLE,
    dictionary_status,
    find_dictionary,
    forget_dictionaries,
    spell_dictionary,
)
from mtlint.checks.model import Finding, Severity, Span
from mtlint.checks.spellgate import (
    camel_split,
    read_camel,
    read_far_slip,
    read_slip,
)

_AFF = "SET UTF-8\nTRY esianrtolcdugmphbyfvkwzESIANRTOLCDUGMPHBYFVKWZ\n\nSFX S Y 1\nSFX S 0 s .\n"
_WORDS = (
    "girlfriend/S",
    "if",
    "you",
    "marry",
    "a",
    "close",
    "friend/S",
    "the",
    "road/S",
    "was",
    "opened",
    "on",
    "by",
    "governor/S",
    "Saturday/S",
    "wedding",
    "dress",
    "for",
    "government/S",
    "minister/S",
    "met",
    "in",
    "capital",
    "inauguration",
    "will",
    "continue",
    "Meghan",
)


def _write(folder: Path, name: str, words=_WORDS) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.aff").write_text(_AFF, encoding="utf-8")
    (folder / f"{name}.dic").write_text(f"{len(words)}\n" + "\n".join(words) + "\n", "utf-8")


@pytest.fixture
def only_folder(tmp_path, monkeypatch):
    """The dictionaries come from ``tmp_path/dicts`` alone: no system, office or user folder."""
    folder = tmp_path / "dicts"
    folder.mkdir()
    dictionaries_only_from(folder, monkeypatch, tmp_path / "user")
    forget_dictionaries()
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


def test_the_tiny_dictionary_is_found_and_read(only_folder):
    _write(only_folder, "en_US")
    assert find_dictionary("en") == only_folder / "en_US.dic"
    words = spell_dictionary("en")
    assert words.knows("friends") and words.knows("Saturday") and words.knows("Saturdays")
    assert not words.knows("saturday") and not words.knows("girlfriendIf")
    assert str(only_folder / "en_US.dic") in dictionary_status("en")


def test_the_preferred_variant_wins_and_any_variant_serves(only_folder):
    _write(only_folder, "en_GB")
    _write(only_folder, "en_US")
    _write(only_folder, "pt_BR")
    assert find_dictionary("en").name == "en_US.dic"
    assert find_dictionary("pt").name == "pt_BR.dic"


def test_a_dic_without_its_aff_is_no_dictionary(only_folder):
    (only_folder / "de_DE.dic").write_text("1\nHaus\n", encoding="utf-8")
    assert find_dictionary("de") is None


def test_no_dictionary_turns_the_rule_off_and_says_so_in_one_line(only_folder):
    assert spell_dictionary("en") is None
    status = dictionary_status("en")
    assert "no hunspell dictionary for 'en'" in status and "\n" not in status
    assert mt930("Wedding dresses for the girlfriendIf you marry a close friend.") == []


def test_a_lost_break_between_two_known_words_is_found(only_folder):
    _write(only_folder, "en_US")
    text = "Wedding dresses for the girlfriendIf you marry a close friend."
    assert mt930(text) == [("girlfriendIf", "camel-glue", "girlfriend If")]


def test_a_camel_brand_or_a_one_letter_prefix_is_left_alone(only_folder):
    _write(only_folder, "en_US")
    assert camel_split("iPhone") == ("i", "Phone")
    assert read_camel("iPhone", "en", spell_dictionary("en")) is None  # one letter
    assert camel_split("McDonald") is None and camel_split("YouTube") is None
    assert mt930("The minister met the iPhone makers in the capital.") == []


def test_a_one_edit_slip_of_a_common_word_is_found(only_folder):
    _write(only_folder, "en_US")
    assert mt930("The road was opened on Saturdy by the governor.") == [
        ("Saturdy", "slip", "Saturday")
    ]


def test_a_slip_of_a_word_the_text_writes_is_the_surer_kind(only_folder):
    _write(only_folder, "en_US")
    text = "The government met on Monday. The govenment was opened by the minister."
    assert mt930(text) == [("govenment", "slip-written", "government")]


def test_a_slip_the_dictionary_does_not_accept_is_left_alone(only_folder):
    _write(only_folder, "en_US", tuple(w for w in _WORDS if not w.startswith("Saturday")))
    assert mt930("The road was opened on Saturdy by the governor.") == []


def test_a_name_part_and_a_repeated_word_are_left_alone(only_folder):
    _write(only_folder, "en_US")
    assert mt930("The minister Nguyen Thanh Phong met the governor.") == []
    assert mt930("The Saturdy group met. The Saturdy group left.") == []


def test_a_word_the_dictionary_knows_is_never_read(only_folder):
    _write(only_folder, "en_US", (*_WORDS, "govenment"))
    assert read_slip("govenment", "en", spell_dictionary("en"), frozenset()) is not None
    assert mt930("The govenment was opened by the minister.") == []


@pytest.mark.skipif(
    not Path("/usr/share/hunspell/en_US.dic").is_file(), reason="no system en_US dictionary"
)
def test_the_system_folder_serves_english(monkeypatch, tmp_path):
    monkeypatch.delenv(FOLDERS_VARIABLE, raising=False)
    monkeypatch.delenv(ONLY_VARIABLE, raising=False)
    monkeypatch.setattr(hunspelldicts, "_user_folder", lambda: tmp_path / "user")
    forget_dictionaries()
    try:
        assert find_dictionary("en") == Path("/usr/share/hunspell/en_US.dic")
        assert spell_dictionary("en").knows("friends")
    finally:
        forget_dictionaries()


def test_only_the_named_folders_serve_when_pinned(only_folder, monkeypatch, tmp_path):
    monkeypatch.setattr(hunspelldicts, "_SYSTEM_FOLDERS", (str(only_folder),))
    _write(only_folder, "en_US")
    monkeypatch.setenv(FOLDERS_VARIABLE, str(tmp_path / "named"))
    monkeypatch.setenv(ONLY_VARIABLE, "1")
    forget_dictionaries()
    assert find_dictionary("en") is None  # the "system" folder holds en_US: not read
    monkeypatch.delenv(ONLY_VARIABLE)
    assert find_dictionary("en") == only_folder / "en_US.dic"


def test_pinned_dictionaries_restore_the_environment(only_folder, monkeypatch):
    _write(only_folder, "en_US")
    monkeypatch.delenv(ONLY_VARIABLE, raising=False)
    with hunspelldicts.pinned_dictionaries():
        assert spell_dictionary("en") is None
    assert spell_dictionary("en") is not None
    assert os.environ[FOLDERS_VARIABLE] == str(only_folder) and ONLY_VARIABLE not in os.environ


def test_the_rule_examples_read_the_tiny_dictionary_of_the_tests():
    assert os.environ[ONLY_VARIABLE] == "1"  # tests/conftest.py
    assert find_dictionary("en") == Path(__file__).parents[1] / "dictionaries" / "en_US.dic"
    assert find_dictionary("de") is None  # the machine's de_DE is not read


def test_mtlint_rules_says_which_dictionary_serves_or_why_none(only_folder, capsys):
    from mtlint.checks.cli import main

    main(["rules", "--lang", "en"])
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("no hunspell dictionary for 'en'") and "MT930" in last
    _write(only_folder, "en_US")
    main(["rules", "--lang", "en"])
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == f"hunspell dictionary for 'en': {only_folder / 'en_US.dic'}"


def _finding(code: str, start: int, end: int, confidence: float) -> Finding:
    return Finding(code, "rule", "m", Span(start, end), Severity.INFO, confidence)


def test_a_dictionary_finding_yields_to_an_unknown_word_finding_on_its_span():
    gated = _finding("MT930", 10, 18, 0.6)
    same = [f.code for f in without_broad_duplicates([gated, _finding("MT994", 10, 18, 0.6)])]
    assert same == ["MT994"]
    assert gated in without_broad_duplicates([gated, _finding("MT994", 10, 18, 0.3)])  # hidden
    assert gated in without_broad_duplicates([gated, _finding("MT994", 30, 38, 0.6)])  # apart
    # … and to a precise rule, as every broad finding does.
    assert without_broad_duplicates([gated, _finding("MT980", 10, 18, 0.7)])[0].code == "MT980"


def test_a_long_word_two_letters_from_one_common_word_is_found(only_folder):
    _write(only_folder, "en_US")
    assert mt930("The innaguration will continue on Saturday.") == [
        ("innaguration", "slip-far", "inauguration")
    ]


def test_a_capitalised_word_two_letters_from_a_word_is_no_far_slip(only_folder):
    _write(only_folder, "en_US")
    words = spell_dictionary("en")
    assert read_far_slip("Mengshan", "en", words, frozenset()) is None  # not "Meghan"
    assert read_far_slip("Innaguration", "en", words, frozenset()) is None
    assert read_far_slip("innaguration", "en", words, frozenset()).fix == "inauguration"


def test_a_capitalised_slip_of_a_lower_case_word_is_a_name(only_folder):
    _write(only_folder, "en_US")
    words = spell_dictionary("en")
    assert read_slip("Goverment", "en", words, frozenset()) is None  # "government" is lower
    assert read_slip("Saturdy", "en", words, frozenset()).fix == "Saturday"


def test_where_endings_inflect_no_far_slip_and_no_edit_in_the_ending(only_folder):
    _write(only_folder, "de_DE", ("ungleichen", "Gesellschaften", "Jahrhunderts"))
    words = spell_dictionary("de")
    assert read_far_slip("ungleicheren", "de", words, frozenset()) is None
    assert read_slip("Jahrunderts", "de", words, frozenset()).fix == "Jahrhunderts"
