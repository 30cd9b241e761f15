"""MT107 beyond English: a year glued to a two-letter article after it (glue_pair_articles) or
to a one-letter preposition before it (year_glue_letters); invented sentences."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.fixes import apply_edits


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
