"""A field the user cannot use looks so (h25gui): with no document, the review's Alternative and
Replacement fields were disabled but drawn as white as an active field (the style sheet set
every line edit's and combo box's background, disabled or not), inviting typing that did
nothing. Rendered with the app's own style sheet, light and dark."""

from __future__ import annotations

import pytest
from mtlint.desktop import theme
from PySide6.QtGui import QColor


def _background(widget) -> QColor:
    image = widget.grab().toImage()
    # Right of the text, inside the frame (a combo box's arrow is further right).
    return image.pixelColor(image.width() * 3 // 5, image.height() // 2)


@pytest.mark.parametrize("dark", [False, True])
def test_disabled_fields_look_disabled(qtbot, qapp, window, monkeypatch, dark) -> None:
    monkeypatch.setattr(theme, "is_dark", lambda *_args: dark)
    qapp.setStyleSheet(theme.stylesheet())
    try:
        review = window.review
        window.tabs.setCurrentIndex(window.REVIEW)
        assert not review.replacement.isEnabled() and not review.alternatives.isEnabled()
        fields = (review.replacement, review.alternatives)
        disabled = [_background(field) for field in fields]
        for field in fields:
            field.setEnabled(True)
        enabled = [_background(field) for field in fields]
        for off, on in zip(disabled, enabled, strict=True):
            # Visibly different: the disabled one takes the window's colour, not the field's.
            assert abs(off.lightness() - on.lightness()) >= 8, (off.name(), on.name())
    finally:
        qapp.setStyleSheet("")
