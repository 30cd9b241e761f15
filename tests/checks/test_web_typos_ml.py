"""MT980 beyond English: the web's misspellings of each language (resources/spelling/
<lang>_web_typos.txt, bench/build_web_typos.py), the language's keyboard, and its lexicon.
Invented sentences of the shapes machine-translated and post-edited pages show."""

from __future__ import annotations

import pytest
from mtlint.checks import check_text
from mtlint.checks.config import Config
from mtlint.checks.spelling import web_typos
from mtlint.checks.spelling_search import keyboard_neighbours


def _found(text: str, language: str) -> list[tuple[str, float]]:
    return [
        (f.fixes[0].edits[0].replacement, f.confidence)
        for f in check_text(text, language=language, config=Config(show_doubtful=True)).findings
        if f.code == "MT980"
    ]


def test_a_web_misspelling_of_a_very_common_word_is_at_the_bar() -> None:
    # "vielleiht" is a web form of its own (wordfreq knows it): only the table reads it.
    found = _found("Die Entscheidung ist vielleiht gefallen, hieß es am Montag.", "de")
    assert [right for right, _ in found] == ["vielleicht"]
    assert found[0][1] >= 0.5


def test_a_table_word_the_web_writes_often_is_doubtful() -> None:
    # Beyond English, a table word of Zipf 2 and above is mostly an archaic, dialect or rare
    # word hunspell lacks ("beikommen": to get the better of), rarely a slip ("nciht").
    found = _found("Wir werden dem Problem so nicht beikommen, sagte sie am Montag.", "de")
    assert found and all(confidence < 0.5 for _, confidence in found)
    found = _found("Die Entscheidung ist nciht gefallen, hieß es am Montag.", "de")
    assert [right for right, _ in found] == ["nicht"]


@pytest.mark.parametrize("language", ["de", "fr", "it", "nl", "ru"])
def test_each_table_holds_no_accent_only_slip(language: str) -> None:
    from unicodedata import combining, normalize

    def bare(word: str) -> str:
        return "".join(ch for ch in normalize("NFD", word) if not combining(ch))

    table = web_typos(language)
    assert table, language
    assert [typed for typed, right in table.items() if bare(typed) == bare(right)] == []


def test_accent_left_off_is_no_slip_of_another_word() -> None:
    # "madchen" is "Mädchen" without its dots (MT998's accent reading), no slip of "machen".
    assert "madchen" not in web_typos("de")


def test_the_keyboard_is_the_languages() -> None:
    assert "z" in keyboard_neighbours("de")["t"]  # QWERTZ
    assert "y" in keyboard_neighbours("en")["t"]  # QWERTY
    assert "a" in keyboard_neighbours("fr")["z"]  # AZERTY


def test_a_rare_inflection_the_lexicon_knows_stays_quiet() -> None:
    assert _found("Les ministres accomplissaient leur mission sans relâche.", "fr") == []
