"""The garble family's table (resources/garble/garble.json), read for MT971 (checks/rules/
garble.py) and MT973 (checks/rules/garble_words.py): rule modules never import each other, so
the reader they share lives here."""

from __future__ import annotations

from functools import cache

from mtlint.checks.resourcefiles import resource_json


def garble_table() -> dict:
    """resources/garble/garble.json, parsed once per process (callers only read it)."""
    return resource_json("garble", "garble.json")


@cache
def ending_letters(language: str) -> frozenset[str]:
    """The letters a case ending adds to a name in the language (``ending_letters``; the
    ``default`` entry for a language without its own): inflection, not damage."""
    table = garble_table()
    entry = table.get(language) or table["default"]
    return frozenset(entry["ending_letters"])
