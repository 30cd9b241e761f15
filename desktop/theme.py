"""Colours: one per rule family, severities, scores; light and dark variants from the palette."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

# (light, dark) — chosen to stay distinct for the common colour-vision deficiencies.
FAMILY_COLORS: dict[str, tuple[str, str]] = {
    "spacing": ("#d0021b", "#ff6b6b"),
    "punctuation": ("#e67e00", "#ffb347"),
    "casing": ("#1f6fd1", "#6fa8ff"),
    "repetition": ("#8e44ad", "#c39bd3"),
    "language": ("#0a8f6a", "#4fd1a5"),
    "encoding": ("#a0522d", "#e0a47a"),
    "bilingual": ("#b8860b", "#f0d060"),
    "backtranslation": ("#c2185b", "#f48fb1"),
    "consistency": ("#00838f", "#4dd0e1"),
    "locale": ("#827717", "#d4e157"),
    "checklist": ("#4e342e", "#bcaaa4"),
    "residue": ("#37474f", "#90a4ae"),
    "garble": ("#6a1b9a", "#ce93d8"),
    "other": ("#607d8b", "#a7bcc7"),
}

SEVERITY_COLORS: dict[str, tuple[str, str]] = {
    "error": ("#c62828", "#ef9a9a"),
    "warning": ("#b26a00", "#ffcc80"),
    "info": ("#1565c0", "#90caf9"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def family_color(family: str) -> QColor:
    light, dark = FAMILY_COLORS.get(family, FAMILY_COLORS["other"])
    return QColor(dark if is_dark() else light)


def family_background(family: str) -> QColor:
    color = family_color(family)
    color.setAlpha(70 if is_dark() else 38)
    return color


def severity_color(severity: str) -> QColor:
    light, dark = SEVERITY_COLORS.get(str(severity), SEVERITY_COLORS["info"])
    return QColor(dark if is_dark() else light)


def score_color(score: float | None, threshold: float = 45.0) -> QColor:
    """Red below the threshold, amber near it, green well above (a background tint)."""
    if score is None:
        return QColor(0, 0, 0, 0)
    if score < threshold:
        color = QColor("#e53935")
    elif score < threshold + 20:
        color = QColor("#fb8c00")
    else:
        color = QColor("#43a047")
    color.setAlpha(90 if is_dark() else 55)
    return color


def doubtful_color() -> QColor:
    """Text of a doubtful finding (under the user's confidence bar): muted, not alarming."""
    return QColor("#9e9e9e" if is_dark() else "#757575")


def change_colors() -> tuple[QColor, QColor]:
    """Backgrounds for removed (left) and inserted (right) text in the review."""
    removed, inserted = QColor("#e53935"), QColor("#43a047")
    alpha = 90 if is_dark() else 50
    removed.setAlpha(alpha)
    inserted.setAlpha(alpha)
    return removed, inserted


def on_selection(highlight: QColor, mark: QColor, share: float = 0.45) -> QColor:
    """A mark's colour (a decision's tint) blended into the selection highlight: a selected row
    keeps showing it, in the light and the dark palette (h23gui). The mark counts opaque."""
    keep = 1.0 - share
    return QColor(
        round(highlight.red() * keep + mark.red() * share),
        round(highlight.green() * keep + mark.green() * share),
        round(highlight.blue() * keep + mark.blue() * share),
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(c) for c in (color.redF(), color.greenF(), color.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_on(background: QColor, *candidates: QColor) -> QColor:
    """The candidate text colour that reads best on the background."""
    return max(candidates, key=lambda color: contrast(color, background))


def pending_color() -> QColor:
    """Background of a fix the review previews but has not been accepted yet."""
    pending = QColor("#f9a825")
    pending.setAlpha(110 if is_dark() else 70)
    return pending


def icon(name: str) -> QIcon:
    path = RESOURCES / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def stylesheet() -> str:
    path = RESOURCES / "styles" / ("dark.qss" if is_dark() else "light.qss")
    base = RESOURCES / "styles" / "common.qss"
    parts = [p.read_text(encoding="utf-8") for p in (base, path) if p.exists()]
    return "\n".join(parts)


def dark_palette() -> QPalette:
    """A dark Fusion palette, for platforms that cannot switch the colour scheme themselves."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, "#1f2329"),
        (roles.WindowText, "#e3e8ef"),
        (roles.Base, "#262b33"),
        (roles.AlternateBase, "#2a3038"),
        (roles.ToolTipBase, "#2d333c"),
        (roles.ToolTipText, "#e3e8ef"),
        (roles.Text, "#e3e8ef"),
        (roles.Button, "#2d333c"),
        (roles.ButtonText, "#e3e8ef"),
        (roles.BrightText, "#ff6b6b"),
        (roles.Highlight, "#3d6fb6"),
        (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#8a93a0"),
        (roles.Link, "#6fa8ff"),
    ):
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#6b7480"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#6b7480"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#6b7480"))
    return palette
