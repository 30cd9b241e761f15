"""Page furniture lines (checks/pagefurniture.py): invented lines of the shapes pool-prec24
showed (h24prec); prose with a colon, a time, a web address or one bracket stays prose."""

from __future__ import annotations

import pytest
from mtlint.checks.pagefurniture import button_row, furniture_at, furniture_line, line_at


@pytest.mark.parametrize(
    "line",
    [
        "[ Print ]  [ Close ]",
        "[ Add to Favorites ]  [ Print this ]",
        "current page: Home » Products » Pumps",
        "Home > News > Text",
        "topic:pumps date:2021-03-02",
        "Font size  release date:2019-04-02  hits:12",
        "author:admin  source:site",
    ],
)
def test_furniture(line: str) -> None:
    assert furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The meeting began at 18:18 and ended at 20:05.",
        "Read more at https://example.org/news: the report is online.",
        "Note: the plant opened in May.",
        "Prices rose (see [ 3 ] below) in spring.",
        "Growth > 5 % was reported.",
        "Ratio 3:1 and time:2021",
        "si une exception survient dans :keyword:`try` ou :keyword:`except`, rien",
    ],
)
def test_prose(line: str) -> None:
    assert not furniture_line(line)


def test_button_row_is_only_buttons() -> None:
    assert button_row("[ Print ]  [ Close ]")
    assert not button_row("Click [ Print ] to print.")


def test_line_at_finds_the_line() -> None:
    text = "First line.\ntopic:pumps date:2021\nLast."
    assert line_at(text, text.index("date")) == "topic:pumps date:2021"
    assert furniture_at(text, text.index("date")) and not furniture_at(text, 0)
