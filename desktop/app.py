"""``mtlint-gui [FILE|FOLDER] [--screenshot PATH [--view main|review|backtranslation|batch]]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

VIEWS = ("main", "review", "backtranslation", "batch")


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

    from PySide6.QtCore import QCoreApplication, Qt, QTimer
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
    from mtlint.desktop.decisions import DecisionStore
    from mtlint.desktop.main_window import MainWindow
    from mtlint.desktop.settings import Settings

    settings = Settings()
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
    from mtlint.desktop import engine_process

    app.aboutToQuit.connect(engine_process.shutdown)
    screenshot = args.screenshot
    window = MainWindow(settings, DecisionStore(), interactive=screenshot is None)
    if screenshot is not None:
        width, _, height = args.size.partition("x")
        window.resize(int(width), int(height))
    window.show()

    view = args.view or ("batch" if args.path and Path(args.path).is_dir() else "main")
    if args.path:
        window.open_path(args.path)

    if screenshot is None:
        return app.exec()

    status = {"code": 0}

    def save() -> None:
        app.processEvents()
        if not window.grab().save(str(screenshot), "PNG"):
            print(f"mtlint-gui: cannot write {screenshot}", file=sys.stderr)
            status["code"] = 2
        app.quit()

    def switch_view() -> None:
        index = {"main": 0, "review": 1, "backtranslation": 2, "batch": 3}[view]
        window.tabs.setCurrentIndex(index)
        if view == "review":
            if args.accept_safe:
                window.review.accept_all_safe()
            if window.review.table.rowCount():
                window.review.table.setCurrentCell(0, 0)
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
