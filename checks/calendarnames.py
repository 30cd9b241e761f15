"""Month and weekday names in order, per language (resources/language/calendar.json, built from
CLDR by bench/build_calendar_names.py): a month or weekday name of another language maps to the
document language's own ("Oktober" → "October") when every language that writes it means the
same month or day."""

from __future__ import annotations

from functools import lru_cache

from mtlint.checks.resourcefiles import resource_json


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, list[list[str]]]]:
    return resource_json("language", "calendar.json")


def calendar_table(code: str) -> dict[str, list[list[str]]] | None:
    """``code``'s month and weekday names: {"months": [[12 names] per context], "days": [[7
    names] per context]}, CLDR's contexts in the table's order; None without a table."""
    return _table().get(code)


@lru_cache(maxsize=1)
def _meanings() -> dict[str, frozenset[tuple[str, int]]]:
    """Each name in lower case → the (kind, index) pairs it stands for in any language."""
    found: dict[str, set[tuple[str, int]]] = {}
    for names in _table().values():
        for kind, contexts in names.items():
            for context in contexts:
                for index, name in enumerate(context):
                    found.setdefault(name.lower(), set()).add((kind, index))
    return {name: frozenset(pairs) for name, pairs in found.items()}


def own_calendar_name(word: str, code: str) -> str | None:
    """The month or weekday ``word`` (another language's) names, written in ``code``'s own
    stand-alone form; None when the word is no such name, means different months in different
    languages ("listopad": November in Czech, October in Croatian) or ``code`` has no table."""
    meanings = _meanings().get(word.lower())
    own = _table().get(code)
    if not meanings or len(meanings) != 1 or own is None:
        return None
    kind, index = next(iter(meanings))
    return own[kind][-1][index]


@lru_cache(maxsize=64)
def month_names(code: str) -> frozenset[str]:
    """The month names ``code`` writes (every context), as written; empty without a table."""
    own = _table().get(code)
    if own is None:
        return frozenset()
    return frozenset(name for context in own["months"] for name in context)


@lru_cache(maxsize=64)
def month_forms(code: str) -> tuple[tuple[str, ...], ...]:
    """Each month's names in ``code`` (the format context's first: Russian "января"), January
    first; empty without a table."""
    own = _table().get(code)
    if own is None:
        return ()
    contexts = own["months"]
    return tuple(
        tuple(dict.fromkeys(context[index] for context in contexts)) for index in range(12)
    )
