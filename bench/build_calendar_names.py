"""Build resources/language/calendar.json: each language's month and weekday names in order
(CLDR through Babel, wide forms, format and stand-alone), for MT503's dates left in another
language: a foreign month name maps to the document language's own ("Oktober" → "October").

Usage: python bench/build_calendar_names.py   (rerun when a casing table is added)
"""

from __future__ import annotations

import json
from pathlib import Path

from babel.dates import get_day_names, get_month_names
from mtlint.checks.casingdata import casing_languages

OUT = Path(__file__).resolve().parent.parent / "resources" / "language" / "calendar.json"


def names(language: str) -> dict[str, list[list[str]]]:
    """Months 1–12 and weekdays Monday–Sunday, in the format and stand-alone contexts."""
    months, days = [], []
    for context in ("format", "stand-alone"):
        wide = get_month_names("wide", context, language)
        months.append([wide[i] for i in range(1, 13)])
        weekdays = get_day_names("wide", context, language)
        days.append([weekdays[i] for i in range(7)])
    return {"months": months, "days": days}


def main() -> None:
    table = {language: names(language) for language in sorted(casing_languages())}
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(table)} languages")


if __name__ == "__main__":
    main()
