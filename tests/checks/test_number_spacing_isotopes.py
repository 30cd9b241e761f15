"""MT153's "Co" read as "°C" beyond its declared examples: a mass number glued to an element
symbol elsewhere on the line speaks of isotopes, not temperatures (review of h13punct, item 4)."""

from __future__ import annotations

from mtlint.checks.engine import check_text


def _found(text: str) -> list[str]:
    result = check_text(text, language="en")
    return [text[f.span.start : f.span.end] for f in result.findings if f.code == "MT153"]


def test_cobalt_beside_another_isotope_stays_quiet():
    assert _found("At room temperature, 60Co and 90Sr are counted in the lab.") == []


def test_a_temperature_still_flags():
    assert _found("The water temperature stayed near 18Co all week.") == ["Co"]
    assert _found("In H2O at a temperature of 25Co the salt dissolves.") == ["Co"]
