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
