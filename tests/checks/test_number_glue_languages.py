"""MT107 beyond English: a year glued to a two-letter article after it (glue_pair_articles) or
to a one-letter preposition before it (year_glue_letters); invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.fixes import apply_edits
from mtlint.checks.model import Applicability


def _run(text: str, language: str) -> list:
    config = Config(select=("MT107",), min_confidence=0.0)
    return list(check_text(text, language=language, config=config).findings)


@pytest.mark.parametrize(
    ("language", "text", "fixed"),
    [
        ("fr", "En 2020le gouvernement a cédé.", "En 2020 le gouvernement a cédé."),
        ("es", "En 2019la oposición protestó.", "En 2019 la oposición protestó."),
        ("it", "Nel 2021il governo ha ceduto.", "Nel 2021 il governo ha ceduto."),
        ("ru", "Это случилось в2019 году.", "Это случилось в 2019 году."),
        ("uk", "Це сталося у2020 році.", "Це сталося у 2020 році."),
        ("pl", "Firma powstała w2018 roku.", "Firma powstała w 2018 roku."),
        ("cs", "Zákon platí od ledna, v2021 se změnil.", "Zákon platí od ledna, v 2021 se změnil."),
    ],
)
def test_year_glued_to_a_short_word(language: str, text: str, fixed: str) -> None:
    (finding,) = _run(text, language)
    assert apply_edits(text, finding.fixes[0].edits) == fixed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Это случилось в2019 году."),
        ("pl", "Firma powstała w2018 roku."),
        ("cs", "Zákon platí od ledna, v2021 se změnil."),
    ],
)
def test_a_letter_before_a_year_is_doubtful_and_unsafe(language: str, text: str) -> None:
    """No real case backs the one-letter reading, and "v2019" may be a version: the doubtful
    tier, and a fix the user confirms (review h19-h19glue must-fix 3)."""
    (finding,) = _run(text, language)
    assert 0.2 <= finding.confidence < 0.5
    assert finding.fixes[0].applicability is Applicability.UNSAFE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "Program Revit v2019 a AutoCAD v2020 jsou nainstalovány na všech počítačích."),
        ("sk", "Nainštalujte si Office 365 v2016 alebo MicroStation v2020."),
        ("pl", "Pobierz ArchiCAD w2019 albo Tekla2 w2018."),
    ],
)
def test_a_version_after_a_product_stays_quiet(language: str, text: str) -> None:
    assert not _run(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Ordinals, centuries and a number that is no year.
        ("fr", "Le 2e tour, le 1er rang, la XXe édition et 3la."),
        ("es", "El 1º de mayo y el 5to piso; 300la."),
        # Versions and codes: not a year, or no letter of the table.
        ("ru", "Модель в2 и в21, версия v2019 и а2019."),
        ("pl", "Wersja w2 i kod x2019."),
        # English lists no such words.
        ("en", "In 2020la and w2019 are codes."),
    ],
)
def test_look_alikes_stay_quiet(language: str, text: str) -> None:
    assert not _run(text, language)
