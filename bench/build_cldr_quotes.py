"""Build resources/typography/cldr_quotes.json: CLDR's quotation delimiters (the primary and
the alternate pair) of every language with a typography or language table, the reference
tests/checks/test_quote_tables_cldr.py checks each table's opening and closing marks against.

Babel does not carry CLDR's delimiters; the npm package cldr-misc-full does (build time only):

    npm pack cldr-misc-full@48.2.0 && tar xzf cldr-misc-full-48.2.0.tgz
    python bench/build_cldr_quotes.py package   (the unpacked folder)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
OUT = RESOURCES / "typography" / "cldr_quotes.json"


def table_languages() -> list[str]:
    """The language codes with a typography or a language table (two or three letters)."""
    names = {
        p.stem for folder in ("typography", "lang") for p in (RESOURCES / folder).glob("*.json")
    }
    return sorted(name for name in names if name.isalpha() and len(name) <= 3)


def delimiters(package: Path, code: str) -> dict[str, str] | None:
    path = package / "main" / code / "delimiters.json"
    if not path.exists():
        return None
    found = json.loads(path.read_text(encoding="utf-8"))["main"][code]["delimiters"]
    return {
        "primary": found["quotationStart"] + found["quotationEnd"],
        "alternate": found["alternateQuotationStart"] + found["alternateQuotationEnd"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="the unpacked cldr-misc-full folder")
    args = parser.parse_args()
    version = json.loads((args.package / "package.json").read_text(encoding="utf-8"))["version"]
    table: dict[str, object] = {
        "_source": f"Unicode CLDR {version.split('.')[0]}, npm package cldr-misc-full {version}, "
        "main/<lang>/delimiters.json (quotationStart/End, alternateQuotationStart/End); "
        "built by bench/build_cldr_quotes.py",
    }
    for code in table_languages():
        pairs = delimiters(args.package, code)
        if pairs is not None:
            table[code] = pairs
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(table) - 1} languages")


if __name__ == "__main__":
    main()
