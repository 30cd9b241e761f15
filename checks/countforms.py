"""MT990's two-form templates read from CLDR: a count, then two forms of one counted noun
joined by a slash ("poniżej 3 roku/lat", "10 an/i", "2 night/s"), the forms of years, months,
weeks, days, nights and hours that each language's CLDR unit patterns give
(resources/language/count_forms.json, bench/build_count_forms.py).

A booking or shop template that serves every count writes the noun's forms side by side and
expects the count to choose; filled by a program (or translated) without that step, the reader
sees both. The suffixes of checks/slips.py's ``plural_endings`` miss the languages whose forms
differ in more than an ending (Polish "rok", "lata", "lat", "roku") and the words shorter than
three letters (Romanian "an/i").
"""

from __future__ import annotations

import re
from functools import cache

from mtlint.checks.resourcefiles import resource_json

# Digit-led (no lookbehind tried at every character): the character before is checked after.
_TWO_FORMS = re.compile(r"(\d+)\s+([^\W\d_]+)/([^\W\d_]+)(?![\w/-])(?!\.\w)")
# The form a count other than one takes when the text wrote neither its own category's form:
# the genitive plural Polish, Czech and Russian write after a preposition ("poniżej 3 lat")
# before the nominative.
_PLURAL_ORDER = ("many", "few", "other", "two", "zero")


@cache
def _table() -> dict:
    return resource_json("language", "count_forms.json")


@cache
def _plural_rule(language: str):
    from babel.plural import PluralRule

    return PluralRule(_table()[language]["plural"])


def _group(language: str, first: str, second: str) -> dict[str, str] | None:
    """The unit whose forms hold ``first`` and ``second`` (or ``first`` + ``second``)."""
    first, second = first.casefold(), second.casefold()
    for group in _table()[language]["units"]:
        forms = {form.casefold() for form in group.values()}
        if second != first and first in forms and (second in forms or first + second in forms):
            return group
    return None


def _chosen(group: dict[str, str], count: str, written: set[str], language: str) -> str:
    category = _plural_rule(language)(int(count)) if count.isdigit() else "other"
    if group.get(category, "").casefold() in written:
        return group[category]
    if category != "one":
        for other in _PLURAL_ORDER:
            if group.get(other, "").casefold() in written:
                return group[other]
    return group.get(category) or next(iter(group.values()))


def unit_templates(text: str, language: str, taken: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, the form for the count) of every count followed by two forms of one
    counted noun joined by a slash, not starting at an offset in ``taken``."""
    if language not in _table() or "/" not in text:
        return []
    found = []
    for match in _TWO_FORMS.finditer(text):
        count, first, second = match.groups()
        before = text[match.start() - 1 : match.start()]
        if before and (before.isalnum() or before in "_.,/"):
            continue
        start = match.start(2)
        if start in taken or len(count) > 6:
            continue
        group = _group(language, first, second)
        if group is None:
            continue
        forms = {form.casefold() for form in group.values()}
        whole = second if second.casefold() in forms else first + second
        written = {first.casefold(), whole.casefold()}
        right = _chosen(group, count, written, language)
        if first[:1].isupper():
            right = right[:1].upper() + right[1:]
        found.append((start, match.end(), right))
    return found


def count_form_languages() -> frozenset[str]:
    """The languages with CLDR count forms in the table."""
    return frozenset(_table())
