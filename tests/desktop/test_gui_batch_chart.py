"""The batch chart shows only the families with findings (h21gui, left 3).

It listed all twelve families, ten of them with 0, while the table hid their empty columns; a
folder with no findings at all showed an empty chart without a word."""

from __future__ import annotations

from pathlib import Path

SHORT = "The president arrived Vladimir Putinwho is making a visit to Tashkent.\n"
CLEAN = "The minister said the talks on trade and energy would go on next week.\n"


def _batch(qtbot, window, files: dict[str, str], tmp_path: Path):
    folder = tmp_path / "folder"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    with qtbot.waitSignal(window.batch.finished, timeout=60000):
        window.open_path(folder)
    return window.batch


def test_only_families_with_findings_get_a_bar(qtbot, window, tmp_path) -> None:
    batch = _batch(qtbot, window, {"glued.txt": SHORT, "clean.txt": CLEAN}, tmp_path)
    found = {f for f, n in batch.family_totals().items() if n}
    assert found and len(found) < len(batch.family_totals())
    labels = {bars.label() for bars in batch.chart.series()[0].barSets()}
    assert labels == found
    assert "no findings" not in batch.chart.title()


def test_a_folder_without_findings_says_so(qtbot, window, tmp_path) -> None:
    batch = _batch(qtbot, window, {"a.txt": CLEAN, "b.txt": CLEAN}, tmp_path)
    assert not any(batch.family_totals().values())
    assert batch.chart.series()[0].barSets() == []
    assert "no findings" in batch.chart.title()


def _tick_values(batch) -> list[float]:
    (axis,) = [a for a in batch.chart.axes() if hasattr(a, "tickCount")]
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    return [axis.min() + i * step for i in range(axis.tickCount())]


def test_the_count_axis_has_whole_distinct_ticks(qtbot, window, tmp_path) -> None:
    """Before a run and with one finding the axis read "0 0 1 1" (ticks at halves, h24gui)."""
    window.batch.update_chart()  # the empty chart before any run
    ticks = _tick_values(window.batch)
    assert all(t == int(t) for t in ticks) and len(set(ticks)) == len(ticks) >= 2
    batch = _batch(qtbot, window, {"glued.txt": SHORT, "clean.txt": CLEAN}, tmp_path)
    assert sum(batch.family_totals().values()) == 1  # one finding: a top of 1
    ticks = _tick_values(batch)
    assert all(t == int(t) for t in ticks) and len(set(ticks)) == len(ticks) >= 2
