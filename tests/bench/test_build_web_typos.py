"""The web-misspellings table (bench/build_web_typos.py → resources/spelling/en_web_typos.txt)
holds English slips, not other languages' words."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from build_web_typos import another_languages_word  # noqa: E402
from mtlint.checks.spelling import web_typos  # noqa: E402


def test_a_word_another_language_writes_more_is_no_english_slip():
    assert another_languages_word("votre", 2.29)  # French
    assert another_languages_word("plantas", 1.65)  # Spanish, Portuguese
    assert not another_languages_word("rythm", 1.95)  # an English slip French lists too
    assert not another_languages_word("recieve", 2.5)


def test_the_shipped_table_holds_no_other_languages_words():
    table = web_typos("en")
    assert table["recieve"] == "receive"
    foreign = [typo for typo in ("votre", "donde", "plantas", "mesure", "perak") if typo in table]
    assert foreign == []


def test_each_language_types_on_its_own_keyboard():
    from build_web_typos import keyboard_neighbours

    assert "z" in keyboard_neighbours("de")["t"]  # QWERTZ
    assert "z" not in keyboard_neighbours("en")["t"]
    assert "q" in keyboard_neighbours("fr")["s"]  # AZERTY
    assert "ц" in keyboard_neighbours("ru")["у"]  # ЙЦУКЕН


def test_a_slip_is_never_an_accent_alone():
    from build_web_typos import typing_slips, unaccented

    assert unaccented("perchè") == unaccented("perché") == "perche"
    # "informazzione": a letter doubled; "governo" struck on a neighbouring key ("govetno").
    assert "informazione" in typing_slips("informazzione", "abcdefghilmnopqrstuvz", {})
    assert "governo" in typing_slips("govetno", "", {"t": {"r"}})


def test_a_letter_without_a_decomposition_is_an_accent_too():
    from build_web_typos import unaccented

    assert unaccented("zmieniła") == unaccented("zmienila") == "zmienila"


def test_a_form_the_web_writes_often_one_letter_added_is_a_word():
    from build_web_typos import plain_slips

    # "palta" (Zipf 2.9, a letter replaced) is a word; "desarollo" (a doubled letter written
    # once) is a slip however often the web writes it.
    kept = plain_slips([("coima", "clima"), ("desarollo", "desarrollo")], "es")
    assert kept == [("desarollo", "desarrollo")]


def test_english_lists_the_webs_best_known_doubled_letter_slips():
    table = web_typos("en")
    assert table["occured"] == "occurred"
    assert table["accomodate"] == "accommodate"
    assert "watters" not in table  # a name one letter from "waters"
