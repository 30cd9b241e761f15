"""The findings table sorts and filters thousands of findings without asking the model for
each comparison: QSortFilterProxyModel compared rows through ``data()`` (a Python call per
comparison, ~n log n of them), which froze the GUI thread for 4–5 s on a 5 MB file with 12,000
findings. The proxy now orders plain lists in Python; the view keeps its current row."""

from __future__ import annotations

from mtlint.checks.model import Finding, Severity, Span
from mtlint.desktop.models import FindingsFilter, FindingsModel
from PySide6.QtCore import Qt

CODES = ("MT303", "MT101", "MT201", "MT104")


def many_findings(count: int) -> list[Finding]:
    findings = []
    for number in range(count):
        start = (number * 7919) % (count * 10)  # not in text order
        findings.append(
            Finding(
                CODES[number % len(CODES)],
                "rule",
                f"message {number:05d}",
                Span(start, start + 3),
                severity=Severity.ERROR if number % 5 == 0 else Severity.WARNING,
                family="casing" if number % 2 else "spacing",
            )
        )
    return findings


def test_sorting_and_filtering_never_ask_the_model_row_by_row(qtbot, monkeypatch) -> None:
    model = FindingsModel()
    proxy = FindingsFilter()
    proxy.setSourceModel(model)
    findings = many_findings(3000)
    calls = []
    original = FindingsModel.data
    monkeypatch.setattr(
        FindingsModel, "data", lambda self, *args: calls.append(1) or original(self, *args)
    )
    proxy.sort(FindingsModel.LINE, Qt.SortOrder.AscendingOrder)
    model.set_findings(findings, [f.start for f in findings], "x" * 40000)
    proxy.sort(FindingsModel.CODE, Qt.SortOrder.DescendingOrder)
    proxy.sort(FindingsModel.SEVERITY, Qt.SortOrder.AscendingOrder)
    proxy.set_filters(family="casing", search="message 0")
    proxy.set_filters(family="", search="")
    proxy.sort(FindingsModel.LINE, Qt.SortOrder.AscendingOrder)
    assert calls == []
    starts = [
        model.findings[proxy.mapToSource(proxy.index(r, 0)).row()].start
        for r in range(proxy.rowCount())
    ]
    assert proxy.rowCount() == 3000 and starts == sorted(starts)


def test_the_view_sorts_filters_and_keeps_the_current_finding(qtbot) -> None:
    from mtlint.desktop.views.findings_panel import FindingsPanel

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    findings = many_findings(40)
    panel.model.set_findings(findings, [f.start for f in findings], "x" * 400)
    panel.table.sortByColumn(FindingsModel.LINE, Qt.SortOrder.AscendingOrder)
    panel.select_source_row(7)
    assert panel.current_source_row() == 7
    panel.table.sortByColumn(FindingsModel.CODE, Qt.SortOrder.AscendingOrder)  # a header click
    assert panel.current_source_row() == 7
    codes = [panel.proxy.index(r, FindingsModel.CODE).data() for r in range(40)]
    assert codes == sorted(codes)
    panel.search.setText("message 0000")  # "message 00000" … "message 00009"
    assert panel.proxy.rowCount() == 10
    panel.family.setCurrentIndex(panel.family.findData("casing"))
    assert panel.proxy.rowCount() == 5
    # The table shows the proxy's rows: a cell of the first shown row is a real finding's.
    first = panel.proxy.mapToSource(panel.proxy.index(0, 0)).row()
    assert panel.proxy.index(0, FindingsModel.MESSAGE).data() == findings[first].message
