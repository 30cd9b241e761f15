"""MT971 and MT973 read the letters a case ending adds to a name through one reader
(checks/garbletables.py), not each through a copy of their own."""

from __future__ import annotations

from pathlib import Path

from mtlint.checks.garbletables import ending_letters, garble_table
from mtlint.checks.rules.garble import damage

RULES = Path(__file__).resolve().parents[2] / "checks" / "rules"


def test_a_language_without_an_entry_reads_the_default_letters():
    default = frozenset(garble_table()["default"]["ending_letters"])
    assert ending_letters("xx") == default
    assert ending_letters("en") == frozenset(garble_table()["en"]["ending_letters"]) != default


def test_an_ending_letter_of_the_table_is_inflection_not_damage():
    for letter in sorted(ending_letters("pl")):
        assert damage(f"Kowalsk{letter}", "Kowalsk", "pl") is None
    assert "x" not in ending_letters("pl")
    assert damage("Kowalskx", "Kowalsk", "pl") == "last letter dropped"


def test_the_rule_modules_hold_no_reader_of_their_own():
    for name in ("garble.py", "garble_words.py"):
        assert 'garble.json"' not in (RULES / name).read_text(encoding="utf-8")
