"""A window half a 1920-pixel screen wide (h30tidy, session 24): the translator's text beside
the app. The legend's twelve family chips and the review's row of actions held the window at
~1,130 pixels or more; now they wrap onto a second line and every control stays in view."""

from __future__ import annotations

from PySide6.QtCore import QRect

HALF_SCREEN = 960


def _inside(widget, outer) -> bool:
    top_left = widget.mapTo(outer, widget.rect().topLeft())
    return outer.rect().contains(QRect(top_left, widget.size()))


def test_the_window_fits_half_a_screen(qtbot, window, open_and_wait, seed) -> None:
    assert window.minimumSizeHint().width() <= HALF_SCREEN
    open_and_wait(window, seed)
    window.resize(HALF_SCREEN, 700)
    qtbot.waitUntil(lambda: window.width() == HALF_SCREEN, timeout=3000)
    # Every family chip of the legend is shown whole, on one line or two.
    legend = window.legend
    qtbot.waitUntil(lambda: legend.width() <= HALF_SCREEN, timeout=3000)
    for label in legend.labels.values():
        chip = label.parentWidget()
        if chip.isVisible():
            assert _inside(chip, legend), label.text()
    assert legend.height() >= 2 * legend.labels["spacing"].height()  # wrapped


def test_the_review_actions_wrap_and_stay_in_view(qtbot, window, open_and_wait, seed) -> None:
    open_and_wait(window, seed)
    window.tabs.setCurrentIndex(window.REVIEW)
    window.resize(HALF_SCREEN, 700)
    review = window.review
    qtbot.waitUntil(lambda: review.width() <= HALF_SCREEN, timeout=3000)
    buttons = (
        review.accept_button,
        review.reject_button,
        review.accept_safe_button,
        review.replacement,
        review.save_button,
        review.overwrite_button,
    )
    for widget in buttons:
        assert _inside(widget, review), widget.objectName() or type(widget).__name__
    # The replacement field keeps a typing width.
    assert review.replacement.width() >= review.replacement.minimumWidth()
    # Wide again: one row, the replacement field takes the room left over.
    window.resize(1600, 700)
    qtbot.waitUntil(lambda: review.width() > 1400, timeout=3000)
    qtbot.waitUntil(
        lambda: (
            review.accept_button.mapTo(review, review.accept_button.rect().topLeft()).y()
            == review.save_button.mapTo(review, review.save_button.rect().topLeft()).y()
        ),
        timeout=3000,
    )
    assert review.replacement.width() > 300


def test_the_toolbar_overflow_button_is_drawn(qtbot, qapp, window) -> None:
    """In a window too narrow for the toolbar (half a screen at 200 %: 800 pixels), Qt moves the
    last actions (Back-translate, Save, Settings) behind its overflow button; the theme's
    padding for the toolbar's buttons left that 12-pixel button blank (h31tidy), so nothing
    showed that they were there."""
    from mtlint.desktop import theme
    from PySide6.QtWidgets import QToolBar, QToolButton

    qapp.setStyleSheet(theme.stylesheet())  # as mtlint-gui sets it
    try:
        window.resize(800, 600)
        toolbar = window.findChild(QToolBar, "mainToolbar")
        overflow = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        qtbot.waitUntil(lambda: overflow.isVisible(), timeout=3000)
        image = overflow.grab().toImage()
        colours = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
        assert len(colours) > 1, "the overflow button is drawn as a blank patch"
    finally:
        qapp.setStyleSheet("")


def test_a_folder_with_unreadable_files_keeps_the_window_half_a_screen(
    qtbot, window, tmp_path
) -> None:
    """After a batch of a folder with files that could not be checked and files not checked,
    the counts ("… · 2 files could not be checked · 2 files not checked (see Status)") ran on
    one line under the table and in the status bar and held the window at ~1,080 pixels: it
    grew past half a screen by itself (h31tidy). 800 pixels: half a 1600-pixel screen."""
    root = tmp_path / "folder"
    root.mkdir()
    for name in ("report.txt", "notes.txt"):
        (root / name).write_text("The president arrived in Tashkent on Sunday.\n", "utf-8")
    (root / "image.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    (root / "broken.po").write_text('msgid "Hello"\nmsgstr "Hallo\n', encoding="utf-8")
    (root / "report.txt.bak").write_text("Kept.\n", encoding="utf-8")
    (root / "photo.jpeg").write_bytes(b"\xff\xd8\xff")
    window.resize(800, 700)
    batch = window.batch
    with qtbot.waitSignal(batch.finished, timeout=30000):
        window.open_path(root)
    qtbot.waitUntil(lambda: "not checked" in batch.summary.text(), timeout=3000)
    qtbot.wait(200)  # the layout requests the new texts posted
    assert window.minimumSizeHint().width() <= 800
    assert window.width() == 800
    assert window.counts_label.toolTip() == window.counts_label.text()
