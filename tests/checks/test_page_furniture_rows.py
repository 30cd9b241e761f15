"""Page furniture (checks/pagefurniture.py) read by the rules that read sentences: a row of menu
items between bars, a breadcrumb trail whose separators are glued to the items, a listed page
widget on a line of its own (h26prec, pool-prec26 and native-news26)."""

from mtlint.checks.config import Config
from mtlint.checks.engine import check_text
from mtlint.checks.pagefurniture import furniture_line


def _codes(text: str, *codes: str) -> list[str]:
    config = Config(min_confidence=0.0, select=codes)
    return [f.code for f in check_text(text, language="en", config=config).findings]


def test_rows_of_items_are_furniture() -> None:
    assert furniture_line("Chinese  |  English  |  School web site  |  Login")
    assert furniture_line("Home · About us · Contact")
    assert furniture_line("Home» News» Campus»")
    assert furniture_line("top of page")
    assert furniture_line("  Back To Top")


def test_prose_and_quotations_are_no_furniture() -> None:
    assert not furniture_line("He said that a | b holds in the old notation.")
    assert not furniture_line("The ratio was 3 · 4 in the end, the minister said.")
    # Closing guillemets glued to words close quotations when an opening one stands there.
    assert not furniture_line("«Текст» и «другой» сказал он вчера.")
    assert not furniture_line("The plan was agreed on top of the page of rules.")


def test_glued_breadcrumb_guillemets_are_separators() -> None:
    text = "Home» News» Campus»\nThe party committee met on Monday."
    assert _codes(text, "MT205") == []
    assert _codes("He said «yes» and «no» to it.", "MT205") == ["MT205", "MT205", "MT205", "MT205"]


def test_a_widget_line_is_no_sentence() -> None:
    text = "top of page\nTonight the festival starts in the old town.\nbottom of page\n"
    assert _codes(text, "MT304") == []
    assert _codes(text, "MT964") == ["MT964", "MT964"]
