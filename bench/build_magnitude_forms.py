"""Build resources/language/magnitudes.json: each language's CLDR short magnitude abbreviations
("Mio." → 6, "тыс." → 3) through Babel, for MT941's foreign forms (checks/rules/number_units.py).

Reading them from Babel at check time loaded some thirty locales' CLDR data into every process
that checked a text with a digit (+37 MB peak on the 50 MB benchmark, lead, session 23); the
table holds the few forms MT941 reads.

Usage: python bench/build_magnitude_forms.py   (rerun when a language table is added or Babel's
CLDR changes; tests/checks/test_number_units.py compares the shipped table with a fresh build)
"""

from __future__ import annotations

import sys
from pathlib import Path

from mtlint.checks.langdata import available_languages
from mtlint.checks.localeformat import babel_locale
from mtlint.checks.resourcefiles import table_names

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when loaded by its path
from cldr_tables import per_language, write_table

OUT = Path(__file__).resolve().parent.parent / "resources" / "language" / "magnitudes.json"


def short_forms(language: str) -> dict[str, int]:
    """The language's CLDR short magnitude abbreviations ("Mio." → 6): the power of ten of each
    form written after a number (thousands, millions, billions, trillions)."""
    locale = babel_locale(language)
    forms: dict[str, int] = {}
    if locale is None:
        return forms
    for plurals in locale.compact_decimal_formats.get("short", {}).values():
        for magnitude, pattern in plurals.items():
            written = pattern.pattern.replace("'", "")
            word = written.replace("0", "").replace("¤", "").strip()
            if word and written.startswith("0") and len(magnitude) in (4, 7, 10, 13):
                forms[word] = len(magnitude) - 1
    return dict(sorted(forms.items()))


def languages() -> list[str]:
    """The languages mtlint has tables for (language data or typography)."""
    return sorted(set(available_languages()) | table_names("typography"))


def build() -> dict[str, dict[str, int]]:
    """Every language with forms (a typography table that is no language has none)."""
    return per_language(languages(), short_forms)


def main() -> None:
    write_table(OUT, build())


if __name__ == "__main__":
    main()
