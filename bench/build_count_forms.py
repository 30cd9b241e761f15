"""Build resources/language/count_forms.json: each language's CLDR forms of the nouns a
template counts (years, months, weeks, days, nights, hours) by plural category, and the
language's CLDR plural rules, for MT990's two-form templates ("poniżej 3 roku/lat", "10 an/i";
checks/countforms.py).

Reading them from Babel at check time would load each locale's CLDR data into every process
that meets a count (the lesson of magnitudes.json, session 23); the table holds the few forms.

Usage: python bench/build_count_forms.py   (rerun when a language table is added or Babel's
CLDR changes; tests/checks/test_count_forms.py compares the shipped table with a fresh build)
"""

from __future__ import annotations

import sys
from pathlib import Path

from mtlint.checks.langdata import available_languages
from mtlint.checks.localeformat import babel_locale

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when loaded by its path
from cldr_tables import per_language, write_table

OUT = Path(__file__).resolve().parent.parent / "resources" / "language" / "count_forms.json"
UNITS = (
    "duration-year",
    "duration-month",
    "duration-week",
    "duration-day",
    "duration-night",
    "duration-hour",
)


def _form(pattern: str) -> str | None:
    """The noun of "{0} lat" ("lat"); Romanian "{0} de ani" gives "ani" (the "de" of twenty
    and more is written before the noun); a pattern of another shape gives none."""
    if not pattern.startswith("{0} "):
        return None
    words = pattern[4:].split()
    if len(words) == 2 and words[0] == "de":
        words = words[1:]
    return words[0] if len(words) == 1 and words[0].isalpha() else None


def forms(language: str) -> dict:
    """{"plural": the CLDR plural rules, "units": [category → noun form] per unit}."""
    locale = babel_locale(language)
    if locale is None:
        return {}
    units = []
    for unit in UNITS:
        patterns = locale._data["unit_patterns"].get(unit, {}).get("long", {})
        group = {
            category: form
            for category, pattern in sorted(patterns.items())
            if category != "per" and (form := _form(pattern))
        }
        if len(set(group.values())) >= 2:
            units.append(group)
    if not units:
        return {}
    return {"plural": dict(sorted(locale.plural_form.rules.items())), "units": units}


def build() -> dict[str, dict]:
    return per_language(sorted(available_languages()), forms)


def main() -> None:
    write_table(OUT, build())


if __name__ == "__main__":
    main()
