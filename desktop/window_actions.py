"""The main window's actions, menus and toolbar (File, Edit, Go, View, Tools, Help): built once
by ``build_actions`` as the window's attributes (``open_action``, ``next_action`` …), each
action's slot a method of the window. The strings keep the window's translation context
("MainWindow"), so the translations are the same ones."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mtlint.desktop import theme
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

if TYPE_CHECKING:
    from mtlint.desktop.main_window import MainWindow


def _action(
    window: MainWindow, text: str, slot: Any, shortcut: Any = None, icon: Any = None, tip: str = ""
) -> QAction:
    action = QAction(text, window)
    if icon is not None:
        action.setIcon(icon)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build_actions(window: MainWindow) -> None:
    _file_actions(window)
    _go_actions(window)
    _tool_actions(window)
    _menus(window)
    _toolbar(window)


def _file_actions(window: MainWindow) -> None:
    style = window.style()
    open_icon = theme.icon("open")
    if open_icon.isNull():
        open_icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton)
    window.open_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Open…"),
        window.open_dialog,
        QKeySequence.StandardKey.Open,
        open_icon,
        QCoreApplication.translate("MainWindow", "Open a document to check"),
    )
    window.open_folder_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Check a &folder…"),
        window.open_folder_dialog,
        "Ctrl+Shift+O",
        theme.icon("folder"),
        QCoreApplication.translate("MainWindow", "Batch-check every document in a folder"),
    )
    window.reload_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Re-check"),
        window.reload,
        "F5",
        theme.icon("reload"),
        QCoreApplication.translate("MainWindow", "Check the document again (F5)"),
    )
    # Ctrl+S saves the document itself now (the editor's Save); this one has no key.
    window.save_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Save fi&xed copy…"),
        window._save_fixed,
        None,
        theme.icon("save"),
        QCoreApplication.translate("MainWindow", "Save the accepted fixes as NAME.fixed.EXT"),
    )
    window.documents.save_action.setIcon(theme.icon("save"))
    window.quit_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )


def _go_actions(window: MainWindow) -> None:
    window.next_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Next finding"),
        window.next_finding,
        "F8",
        theme.icon("next"),
        QCoreApplication.translate("MainWindow", "Go to the next finding (F8)"),
    )
    window.previous_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Previous finding"),
        window.previous_finding,
        "Shift+F8",
        theme.icon("previous"),
        QCoreApplication.translate("MainWindow", "Go to the previous finding (Shift+F8)"),
    )
    window.review_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Re&view this fix"),
        window.review_current,
        "Ctrl+R",
        tip=QCoreApplication.translate(
            "MainWindow", "Open the selected finding's fix in the side-by-side review"
        ),
    )
    window.ignore_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Ignore finding for good"),
        window.ignore_current,
        "Ctrl+Shift+I",
        tip=QCoreApplication.translate(
            "MainWindow", "Dismiss the selected finding in the project's .mtlint-ignore file"
        ),
    )
    window.find_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Find in findings"),
        window._focus_search,
        QKeySequence.StandardKey.Find,
    )
    names = (
        QCoreApplication.translate("MainWindow", "&Document"),
        QCoreApplication.translate("MainWindow", "&Review fixes"),
        QCoreApplication.translate("MainWindow", "Back-&translation"),
        QCoreApplication.translate("MainWindow", "&Batch"),
    )
    window.view_actions = [
        _action(
            window,
            name,
            lambda _=False, n=number: window.tabs.setCurrentIndex(n),
            f"Ctrl+{number + 1}",
        )
        for number, name in enumerate(names)
    ]


def _tool_actions(window: MainWindow) -> None:
    window.backtranslate_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Back-translate"),
        window._backtranslate,
        "Ctrl+B",
        theme.icon("backtranslate"),
        QCoreApplication.translate("MainWindow", "Score every sentence's round trip (Ctrl+B)"),
    )
    window.models_action = _action(
        window, QCoreApplication.translate("MainWindow", "Translation &models…"), window.show_models
    )
    window.settings_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Settings…"),
        window.show_settings,
        QKeySequence.StandardKey.Preferences,
        theme.icon("settings"),
        QCoreApplication.translate("MainWindow", "Rules, thresholds, pivot and language"),
    )
    if window.settings_action.shortcut().isEmpty():
        window.settings_action.setShortcut(QKeySequence("Ctrl+,"))
    window.about_action = _action(
        window, QCoreApplication.translate("MainWindow", "&About mtlint"), window.show_about
    )


def _menus(window: MainWindow) -> None:
    documents = window.documents
    menu = window.menuBar()
    file_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(window.open_action)
    window.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    window.recent_menu.aboutToShow.connect(window._fill_recent)
    file_menu.addAction(documents.paste_action)
    file_menu.addAction(window.open_folder_action)
    file_menu.addSeparator()
    for action in (documents.save_action, documents.save_as_action, window.save_action):
        file_menu.addAction(action)
    file_menu.addAction(window.reload_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(documents.undo_action)
    edit_menu.addAction(documents.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(documents.menu_action)
    go_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    go_menu.addAction(window.next_action)
    go_menu.addAction(window.previous_action)
    go_menu.addAction(window.find_action)
    go_menu.addSeparator()
    go_menu.addAction(window.review_action)
    go_menu.addAction(window.ignore_action)
    view_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for action in window.view_actions:
        view_menu.addAction(action)
    tools_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
    tools_menu.addAction(window.backtranslate_action)
    tools_menu.addAction(window.models_action)
    tools_menu.addSeparator()
    tools_menu.addAction(window.settings_action)
    help_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(documents.rules_action)
    help_menu.addAction(window.about_action)


def _toolbar(window: MainWindow) -> None:
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (window.open_action, window.open_folder_action, window.reload_action):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for action in (window.previous_action, window.next_action):
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(window.backtranslate_action)
    toolbar.addAction(window.documents.save_action)
    toolbar.addSeparator()
    toolbar.addAction(window.settings_action)
    window.addToolBar(toolbar)
