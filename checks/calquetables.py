"""The calque tables of the punctuation-calque rules (resources/calques/<lang>.json: MT230,
MT231 in checks/rules/punctuation_calques.py; MT232, MT235, MT274 in
punctuation_subject_commas.py) and the fix they share. Rule modules never import each other:
what both use lives here."""

from __future__ import annotations

from functools import lru_cache

from mtlint.checks.model import Applicability, Edit, Fix
from mtlint.checks.resourcefiles import optional_json, table_names


@lru_cache(maxsize=16)
def calques(code: str) -> dict[str, frozenset[str]]:
    """A language's calque tables (lower-case word sets), empty when it has none."""
    raw = optional_json("calques", f"{code}.json") or {}
    return {
        key: frozenset(str(word).lower() for word in value)
        for key, value in raw.items()
        if isinstance(value, list)
    }


def languages_with_calque(key: str) -> frozenset[str]:
    """The languages whose calque file holds ``key`` (a rule's languages, from data)."""
    return frozenset(name for name in table_names("calques") if key in calques(name))


def comma_deleted(comma: int) -> list[Fix]:
    """The fix of every calque comma of this family: the comma deleted (unsafe: a human reads
    the sentence first)."""
    return [Fix((Edit(comma, comma + 1, ""),), Applicability.UNSAFE, "delete it")]
