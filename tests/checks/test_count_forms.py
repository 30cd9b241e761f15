"""MT990's two-form templates from CLDR's count forms (checks/countforms.py). Invented
sentences."""

import importlib.util
import json
from pathlib import Path

from mtlint.checks.engine import check_text

ROOT = Path(__file__).resolve().parents[2]


def _templates(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], f.fixes[0].edits[0].replacement)
        for f in check_text(text, language=language).findings
        if f.code == "MT990"
    ]


def test_polish_two_forms_after_a_count() -> None:
    text = "Dzieci w wieku poniżej 6 roku/lat nocują bezpłatnie w pokoju rodziców."
    assert _templates(text, "pl") == [("roku/lat", "lat")]


def test_the_count_one_takes_the_singular() -> None:
    text = "Minimalny pobyt to 1 noc/nocy w sezonie letnim."
    assert _templates(text, "pl") == [("noc/nocy", "noc")]


def test_a_short_romanian_noun_and_its_ending() -> None:
    text = "Copiii sub 5 an/i primesc un pat suplimentar gratuit."
    assert _templates(text, "ro") == [("an/i", "ani")]


def test_a_rate_and_two_different_nouns_stay_quiet() -> None:
    text = "Cena 40 zł/osoba za 2 dni/tydzień, prędkość 50 km/h, 3 lata gwarancji."
    assert _templates(text, "pl") == []


def test_a_language_without_the_unit_forms_stays_quiet() -> None:
    assert _templates("Vergi 3 yıl/yıllar sürer.", "tr") == []


def test_the_shipped_table_matches_a_fresh_build() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_count_forms", ROOT / "bench" / "build_count_forms.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = json.loads((ROOT / "resources" / "language" / "count_forms.json").read_text())
    assert shipped == module.build()
