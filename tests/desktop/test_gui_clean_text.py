"""A clean text says plainly that nothing was found (h21gui, left 4).

It said "0 findings · 0 with fixes" above an empty details pane."""

from __future__ import annotations

CLEAN = "The minister said the talks on trade and energy would go on next week.\n"
GLUED = "The president arrived Vladimir Putinwho is making a visit to Tashkent.\n"


def test_a_clean_text_says_no_artefacts_were_found(window, open_and_wait, tmp_path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    open_and_wait(window, path)
    assert window.session.tallies().total == 0
    assert window.counts_label.text() == "No machine-translation artefacts found"
    assert "No machine-translation artefacts" in window.panel.details.toPlainText()
    # A text with a finding: the counts again, and the note goes.
    other = tmp_path / "glued.txt"
    other.write_text(GLUED, encoding="utf-8")
    open_and_wait(window, other)
    assert "1 finding" in window.counts_label.text()
    assert "No machine-translation artefacts" not in window.panel.details.toPlainText()
