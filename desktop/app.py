"""``mtlint-gui [FILE|FOLDER] [--screenshot PATH [--view VIEW]]``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

VIEWS = ("main", "review", "backtranslation", "batch", "context-menu", "rules")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mtlint-gui", description="mtlint desktop: check machine-translated text."
    )
    parser.add_argument("path", nargs="?", help="a file to open or a folder to batch-check")
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        type=Path,
        help="open PATH, wait until checks finish, save the window as PNG, exit",
    )
    parser.add_argument(
        "--view",
        choices=VIEWS,
        default=None,
        help="the view to show (default: main, or batch for a folder)",
    )
    parser.add_argument(
        "--accept-safe", action="store_true", help=argparse.SUPPRESS
    )  # review screenshots: show accepted safe fixes
    parser.add_argument("--size", default="1360x860", help=argparse.SUPPRESS)
    parser.add_argument(
        "--color-scheme",
        choices=("system", "light", "dark"),
        default="system",
        help="follow the system's light/dark setting (default) or force one",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.path and not Path(args.path).exists():
        print(f"mtlint-gui: {args.path}: no such file or folder", file=sys.stderr)
        return 2
    if args.screenshot is not None and not os.environ.get("QT_QPA_PLATFORM"):
        # A screenshot needs no display: render offscreen, so it works on a headless machine
        # (without a display Qt's default platform plugin aborts the process).
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = _application(args)
    from mtlint.desktop import engine_process
    from mtlint.desktop.decisions import DecisionStore
    from mtlint.desktop.main_window import MainWindow

    app.aboutToQuit.connect(engine_process.shutdown)
    store = DecisionStore()
    app.aboutToQuit.connect(store.flush)  # the bulk decisions still queued reach the disk
    screenshot = args.screenshot
    window = MainWindow(app.property("mtlintSettings"), store, interactive=screenshot is None)
    if screenshot is not None:
        width, _, height = args.size.partition("x")
        window.resize(int(width), int(height))
    window.show()
    if args.path:
        window.open_path(args.path)
    if screenshot is None:
        return app.exec()
    return _take_screenshot(app, window, args)


def _application(args: argparse.Namespace) -> Any:
    """The QApplication with the user's UI language, style, colour scheme and stylesheet."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QCoreApplication.setOrganizationName("mtlint")
    QCoreApplication.setApplicationName("mtlint")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("mtlint")

    from mtlint.desktop import i18n, theme
    from mtlint.desktop.settings import Settings

    settings = Settings()
    app.setProperty("mtlintSettings", settings)
    # Before any widget exists: texts are looked up when widgets are built.
    i18n.install(i18n.resolve(settings.ui_language), app)

    app.setStyle("Fusion")
    if args.color_scheme != "system":
        scheme = Qt.ColorScheme.Dark if args.color_scheme == "dark" else Qt.ColorScheme.Light
        app.styleHints().setColorScheme(scheme)
        app.processEvents()
        if args.color_scheme == "dark" and not theme.is_dark(app.palette()):
            app.setPalette(theme.dark_palette())  # the platform could not switch by itself
    app.setStyleSheet(theme.stylesheet())
    # Follow the system when it switches between light and dark while the app runs.
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: app.setStyleSheet(theme.stylesheet())
    )
    app.setWindowIcon(theme.icon("mtlint"))
    return app


def _take_screenshot(app: Any, window: Any, args: argparse.Namespace) -> int:
    """Wait for the checks, show the asked-for view, save the window (with any menu or dialog
    open on it painted in place) as PNG, quit."""
    from PySide6.QtCore import QTimer

    view = args.view or ("batch" if args.path and Path(args.path).is_dir() else "main")
    status = {"code": 0}
    extra: dict[str, Any] = {}

    def save() -> None:
        app.processEvents()
        if not composite(window, extra.get("popup")).save(str(args.screenshot), "PNG"):
            print(f"mtlint-gui: cannot write {args.screenshot}", file=sys.stderr)
            status["code"] = 2
        app.quit()

    def switch_view() -> None:
        index = {"review": 1, "backtranslation": 2, "batch": 3}.get(view, 0)
        window.tabs.setCurrentIndex(index)
        if view == "review":
            if args.accept_safe:
                window.review.accept_all_safe()
            if window.review.table.rowCount():
                window.review.table.setCurrentCell(0, 0)
        if view == "context-menu":
            extra["popup"] = open_first_finding_menu(window)
        if view == "rules":
            extra["popup"] = window.documents.show_rules("MT101")
        if view == "backtranslation" and window.session is not None:
            window.backtranslation.run()
            window.when_idle(lambda: QTimer.singleShot(300, save))
            return
        QTimer.singleShot(300, save)

    window.when_idle(switch_view)
    # Never hang in an automated run.
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    return status["code"]


def open_first_finding_menu(window: Any) -> Any:
    """Open the finding menu on the first finding in the text, as a right-click would."""
    findings = sorted(window.panel.model.findings, key=lambda f: f.start)
    if not findings:
        return None
    if window.document_pages.currentWidget() is window.grid:  # a bilingual file: its row's menu
        grid = window.grid
        grid.select_offset(window.session.document.units, findings[0].start)
        menu = grid.menu_for_current_row()
        if menu is not None:
            rect = grid.table.visualRect(grid.table.currentIndex())
            menu.move(grid.table.viewport().mapToGlobal(rect.center()))
        return menu
    editor = window.editor
    editor.select_span(findings[0].start, findings[0].end)
    editor.request_menu_at_cursor()
    menu = window.documents.menu
    if menu is not None:
        # The offscreen screen is smaller than the window: put the menu where a screen as large
        # as the window would have it.
        menu.move(editor.viewport().mapToGlobal(editor.cursorRect().bottomLeft()))
    return menu


def composite(window: Any, popup: Any = None) -> Any:
    """The window as a pixmap, with a popup (menu, dialog) that is open on it painted in place."""
    from PySide6.QtGui import QPainter

    pixmap = window.grab()
    if popup is not None and popup.isVisible():
        if popup.isWindow() and not popup.inherits("QMenu"):
            # A dialog: centred on the window, as a window manager would place it.
            place = pixmap.rect().center() - popup.rect().center()
        else:
            place = window.mapFromGlobal(popup.pos())
        painter = QPainter(pixmap)
        painter.drawPixmap(place, popup.grab())
        painter.setPen(popup.palette().mid().color())
        painter.drawRect(place.x(), place.y(), popup.width() - 1, popup.height() - 1)
        painter.end()
    return pixmap


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
