"""The HTML report's text is readable: WCAG AA contrast, and counts in good English (h24gui).

Its grey context lines and "(doubtful …)" notes were #777 — 4.48:1 on white and 4.04:1 on the
table headers' grey, under WCAG AA's 4.5:1 for text — and its summary said "1 files". The test
computes the contrast of every text colour of the stylesheet against every background of it."""

from __future__ import annotations

import re
from pathlib import Path

from mtlint.checks.cli import main
from mtlint.checks.reports import html

SEED = Path(__file__).resolve().parents[2] / "seeds" / "putin-uzbekistan.txt"


def _luminance(colour: str) -> float:
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two #rgb / #rrggbb colours."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_matches_wcag() -> None:
    assert round(contrast("#000", "#fff"), 1) == 21.0
    assert round(contrast("#777", "#fff"), 2) == 4.48  # the classic just-under-AA grey
    assert contrast("#fff", "#fff") == 1.0


def test_every_text_colour_meets_aa_on_every_background() -> None:
    css = html._CSS
    texts = re.findall(r"(?<![-\w])color:(#[0-9a-fA-F]{3,6})", css)
    backgrounds = [*re.findall(r"background:(#[0-9a-fA-F]{3,6})", css), "#fff"]
    assert len(texts) >= 4 and len(backgrounds) >= 4  # the stylesheet was read
    weak = [
        (text, background, round(contrast(text, background), 2))
        for text in texts
        for background in backgrounds
        if contrast(text, background) < 4.5
    ]
    assert weak == []


def test_counts_are_singular_for_one(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    main(["check", str(SEED), "--format", "html", "--output", str(out)])
    page = out.read_text(encoding="utf-8")
    assert "<b>1</b> file (1 checked, 0 not checked)" in page
    assert "1 files" not in page
    assert "5 findings" in page  # plural stays plural
