"""MT156 (sign spacing against the page's own style) and the bracket and currency readings of
MT104 and MT107 added beside it: invented sentences in the shapes found on real MT pages."""

from __future__ import annotations

import pytest
from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.fixes import apply_edits


def _run(text: str, code: str, language: str = "en") -> list:
    config = Config(select=(code,), min_confidence=0.0)
    return [f for f in check_text(text, language=language, config=config).findings]


def test_percent_spaced_against_a_glued_page() -> None:
    text = (
        "Revenue rose 9.90%, local revenue 10.50 %, spending 15.90%, schools 9.70% "
        "and science 24.90%."
    )
    (finding,) = _run(text, "MT156")
    assert text[finding.start : finding.end] == "10.50 %"
    assert "10.50%," in apply_edits(text, finding.fixes[0].edits)


def test_the_page_space_is_kept_when_adding_one() -> None:
    text = "Prix : 12\u00a0€, 10€, 9\u00a0€ et 8\u00a0€."
    (finding,) = _run(text, "MT156", "fr")
    assert (
        apply_edits(text, finding.fixes[0].edits)
        == "Prix : 12\u00a0€, 10\u00a0€, 9\u00a0€ et 8\u00a0€."
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # No clear majority: a page that mixes the styles is left alone.
        ("Lyon (115 %), Nantes (113 %), Brest (49%), Metz (46%) and Pau (40%).", "en"),
        # Too few uses to know the page's style.
        ("It rose 5% in May and 3 % in June.", "en"),
        # Different signs and sides are different styles.
        ("It cost $5, $7 and $9 in May; 12 € and 9 € in June; €3 in July.", "en"),
        # A steady style is never a finding, whatever the language's convention.
        ("Die Mieten stiegen um 5,3%, 4,3%, 2% und 1,4%.", "de"),
        # Code and format strings.
        ('Use printf("%d %%", n): x = 5 %, y = 6%, z = 7% and w = 8%.', "en"),
        # A hyphen after a bracket that is no minus sign, and ranges.
        ("Items (- first) and (-5), (-6), (-7) or 5 - 6.", "en"),
    ],
)
def test_look_alikes_stay_quiet(text: str, language: str) -> None:
    assert not _run(text, "MT156", language)


def test_spaced_minus_inside_a_bracket() -> None:
    text = "Rents fell in Viseu (-9,5 %), Braga (-2 %), Viana (- 1,7 %), Faro (-0,6 %)."
    (finding,) = _run(text, "MT156", "de")
    assert text[finding.start : finding.end] == "- 1,7"


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Prices fell in Porto ( -0.2 %).", "Prices fell in Porto (-0.2 %)."),
        (
            "Rents rose in Guarda (20% ) and Beja (20%).",
            "Rents rose in Guarda (20%) and Beja (20%).",
        ),
    ],
)
def test_bracket_spaces_beside_signed_numbers(text: str, fixed: str) -> None:
    (finding,) = _run(text, "MT104")
    assert apply_edits(text, finding.fixes[0].edits) == fixed


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("Fruit joined the $1billion export club.", "1billion"),
        ("The firm raised €12million from investors.", "12million"),
        ("It borrowed US$3billion last year.", "3billion"),
    ],
)
def test_amount_after_a_currency_sign_glued_to_a_word(text: str, glued: str) -> None:
    (finding,) = _run(text, "MT107")
    assert text[finding.start : finding.end] == glued


def test_currency_look_alikes_stay_quiet() -> None:
    text = "It cost $3m, $5bn, £2k and USD25 in 2020; a 4G phone and a $10 bill."
    assert not _run(text, "MT107")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Qt and positional placeholders beside glued amounts (review h19-h19glue must-fix 4).
        ("Battery: %1 %2 left. About 10% of the cells are worn, 20% new and 5% gone.", "en"),
        (
            "Kern: %3 %4. Mehr als 10% der Passwörter, etwa 20% der Einträge, nur 5% der Nutzer.",
            "de",
        ),
        ("内核：%3 %4。约 10% 的用户，20% 的条目，5% 的密码。", "zh"),
    ],
)
def test_placeholders_are_no_spaced_percent(text: str, language: str) -> None:
    assert not _run(text, "MT156", language)


def test_a_spaced_percent_beside_a_placeholder_is_still_found() -> None:
    text = "Battery: %1 left. About 10% are worn, 20% new, 5% gone and 7 % lost."
    (finding,) = _run(text, "MT156")
    assert text[finding.start : finding.end] == "7 %"


def test_qt_catalogue_placeholders_stay_quiet(tmp_path) -> None:
    from mtlint.checks.documents import load_document
    from mtlint.checks.engine import check_document

    messages = "".join(
        f"<message><source>About {n}% of entries.</source>"
        f"<translation>Etwa {n}% der Einträge.</translation></message>\n"
        for n in (10, 20, 5)
    )
    path = tmp_path / "app_de.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">\n'
        "<context><name>About</name>\n<message><source>Kernel: %3 %4</source>"
        f"<translation>Kern: %3 %4</translation></message>\n{messages}</context>\n</TS>\n",
        encoding="utf-8",
    )
    config = Config(select=("MT156",), min_confidence=0.0)
    document = load_document(path, language="de")
    assert "%3 %4" in document.text
    assert not check_document(document, config).findings
