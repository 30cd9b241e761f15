"""The document as something to edit: save / save as, new from the clipboard, the finding menu,
the segment grid of bilingual files, the rule browser, and asking before unsaved edits are lost.

Owned by the main window; it builds its own actions (the window puts them into its menus).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtlint.checks.errors import WriteError
from mtlint.checks.model import Fix
from mtlint.desktop.edit_buffer import save_edits
from mtlint.desktop.jobs import Channel
from mtlint.desktop.live_edit import (
    RECHECK,
    LiveEditor,
    edit_note,
    is_bilingual,
    read_only_reason,
)
from mtlint.desktop.session import DocumentSession, finish_session, ignores_supported
from mtlint.desktop.settings import with_project_config
from mtlint.desktop.views.finding_menu import FindingMenu
from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

if TYPE_CHECKING:
    from mtlint.desktop.main_window import MainWindow

GRID_RECHECK = Channel.RECHECK_GRID


class DocumentController(QObject):
    """Editing, saving and the finding menu for the main window's document tab."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.editor = window.editor
        self.grid = window.grid
        self.live = LiveEditor(window.editor, window.runner, self)
        self.menu: FindingMenu | None = None
        self.rules_dialog: Any = None
        self.grid_timer = QTimer(self)
        self.grid_timer.setSingleShot(True)
        self.grid_timer.setInterval(300)
        self.grid_timer.timeout.connect(self.recheck_grid)
        self._build_actions()
        self.editor.menu_requested.connect(self.show_finding_menu)
        self.editor.finding_menus = True
        self.live.session_changed.connect(window.show_live_session)
        self.live.rechecked.connect(lambda: window.show_live_session(self.live.session, now=True))
        self.live.modified_changed.connect(lambda _m: self.update_title())
        self.live.unsavable_changed.connect(self._show_unsavable)
        self.grid.model.target_edited.connect(self._grid_edited)
        self.grid.explain_requested.connect(self.show_rules)
        self.grid.ignore_for_good_requested.connect(self.ignore_in_grid_for_good)
        window.runner.finished.connect(self._on_job_finished)

    @property
    def window(self) -> MainWindow:
        # The parent, not an attribute: no Python reference cycle keeps a closed window alive.
        return self.parent()  # type: ignore[return-value]

    def _action(self, text: str, slot: Any, keys: Any = None) -> QAction:
        action = QAction(text, self.window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.save_action = self._action(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(
            self.tr("Save &as…"), self.save_as, QKeySequence.StandardKey.SaveAs
        )
        if self.save_as_action.shortcut().isEmpty():
            self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.paste_action = self._action(
            self.tr("New from &clipboard"), self.new_from_clipboard, "Ctrl+Shift+V"
        )
        self.menu_action = self._action(self.tr("Finding &actions…"), self.menu_at_cursor, "Ctrl+.")
        self.rules_action = self._action(self.tr("&Rules…"), lambda: self.show_rules(), "F1")
        # Undo/redo belong to the editor (its own keys work while it has the focus); the menu
        # entries act on it too. Not window-wide: the review has its own Ctrl+Z.
        self.undo_action = QAction(self.tr("&Undo"), self.editor)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self.tr("&Redo"), self.editor)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action, slot, signal in (
            (self.undo_action, self.editor.undo, self.editor.undoAvailable),
            (self.redo_action, self.editor.redo, self.editor.redoAvailable),
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setEnabled(False)
            action.triggered.connect(slot)
            signal.connect(action.setEnabled)
            self.editor.addAction(action)

    # --- state -----------------------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        session = self.window.session
        if session is not None and is_bilingual(self.live.base or session.document):
            return self.grid.model.modified
        return self.live.modified

    def update_title(self) -> None:
        window = self.window
        session = window.session
        name = session.path.name if session and session.path else self.tr("(text)")
        window.setWindowTitle(self.tr("%1[*] — mtlint").replace("%1", name))
        window.setWindowModified(self.modified)
        window.tabs.setTabEnabled(window.REVIEW, not self.modified)

    def attach(self, session: DocumentSession) -> bool:
        """A loaded session: editor or grid. False when unsaved edits are kept (see LiveEditor)."""
        if not self.live.attach(session):
            return False
        bilingual = is_bilingual(session.document)
        if bilingual:
            self.grid.model.set_document(session.document, session.findings)
            self.grid.note.setText(read_only_reason(session.document) or "")
            self.grid.can_ignore_for_good = session.path is not None and ignores_supported()
        self.window.document_pages.setCurrentWidget(
            self.grid if bilingual else self.window.editor_page
        )
        note = edit_note(session.document) if not bilingual else None
        self.window.edit_note.setText(note or "")
        self.window.edit_note.setVisible(bool(note))
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved edits; True when it is fine to go on (saved or discarded)."""
        if not self.modified or not self.window.interactive:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("The document has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # --- saving ----------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save in place (keeping a backup); a text without a file asks where. True if saved."""
        session = self.window.session
        if session is None:
            return False
        if session.path is None:
            return self.save_as()
        return self._write(None)

    def save_as(self) -> bool:
        session = self.window.session
        if session is None:
            return False
        start = str(session.path) if session.path else ""
        target, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save as"), start)
        return bool(target) and self._write(Path(target))

    def _write(self, target: Path | None) -> bool:
        """Write through the engine's writer; then re-open the file as saved."""
        window = self.window
        try:
            if self.grid.model.base is not None and window.document_pages.currentWidget() is (
                self.grid
            ):
                base = self.grid.model.base
                destination = target or base.path
                assert destination is not None
                same = base.path is not None and destination.resolve() == base.path.resolve()
                backup = save_edits(base, self.grid.model.edits(), destination, backup=same)
                self.grid.model.mark_saved()
            else:
                destination = target or (self.live.base.path if self.live.base else None)
                backup = self.live.save(target)
        except (OSError, WriteError) as error:  # WriteError: refused, or changed on disk
            message = self.tr("Cannot save: %1").replace(
                "%1", getattr(error, "strerror", None) or str(error)
            )
            window.statusBar().showMessage(message, 10000)
            if window.interactive:
                QMessageBox.warning(window, self.tr("Cannot save"), message)
            return False
        saved = self.tr("Saved %1").replace("%1", str(destination))
        if backup is not None:
            saved = (
                self.tr("Saved %1; the original is kept as %2")
                .replace("%1", str(destination))
                .replace("%2", Path(backup).name)
            )
        window.lasting.show(saved)  # shown again once the saved file is re-checked
        self.update_title()
        if destination is not None:
            window.open_path(destination)
        return True

    # --- new from the clipboard ------------------------------------------------------------------
    def new_from_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.window.statusBar().showMessage(self.tr("The clipboard holds no text."), 6000)
            return
        if self.maybe_save():
            self.window.open_text(text)

    # --- the finding menu ------------------------------------------------------------------------
    def menu_at_cursor(self) -> None:
        window = self.window
        if window.document_pages.currentWidget() is self.grid:
            window.tabs.setCurrentIndex(window.DOCUMENT)
            if self.grid.menu_for_current_row() is None:
                window.statusBar().showMessage(self.tr("No finding in this row."), 4000)
            return
        window.tabs.setCurrentIndex(window.DOCUMENT)
        row = window.current_finding()
        if row >= 0 and not self.editor.hasFocus():
            finding = window.panel.model.findings[row]
            self.editor.select_span(finding.start, finding.end)
        if not self.editor.request_menu_at_cursor():
            window.statusBar().showMessage(self.tr("No finding at the cursor."), 4000)

    def show_finding_menu(self, where: QPoint, offset: int) -> FindingMenu | None:
        session = self.window.session
        hits = [self.editor.findings[i] for i in self.editor.findings_at(offset)]
        if session is None or not hits:
            return None
        menu = FindingMenu(
            hits,
            session.document.text,
            can_edit=self.live.editable,
            can_ignore_for_good=session.path is not None and ignores_supported(),
            parent=self.window,
        )
        menu.apply_fix.connect(self.apply_fix)
        menu.ignore_here.connect(self.ignore_here)
        menu.ignore_for_good.connect(self.ignore_for_good)
        menu.explain.connect(self.show_rules)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.menu = menu
        menu.popup(where)
        return menu

    def apply_fix(self, fix: Fix) -> None:
        self.live.apply_fix(fix)
        self.editor.setFocus()

    def ignore_here(self, finding: Any) -> None:
        self.live.ignore_here(finding)
        self.window.show_live_session(self.live.session, now=True)  # type: ignore[arg-type]

    def ignore_for_good(self, findings: Any) -> None:
        window = self.window
        window.ignore_finding(findings, reload=not self.live.modified)
        if self.live.modified:
            self.live.recheck()

    def ignore_in_grid_for_good(self, row: int, findings: Any, checked_text: str) -> None:
        """The grid's menu: hide the findings in their row at once, write them to the ignore
        file (contexts from the text they were found in), and re-check from disk only while
        nothing is edited (a reload would drop the edits)."""
        for finding in findings:
            self.grid.model.ignore_here(row, finding)
        self.window.ignore_finding(findings, reload=not self.modified, text=checked_text)

    # --- the rule browser ------------------------------------------------------------------------
    def show_rules(self, code: str = "") -> Any:
        from mtlint.desktop.dialogs.rule_browser import RuleBrowser

        session = self.window.session
        project = session.config.source if session is not None else None
        dialog = RuleBrowser(self.window.settings, project, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._rules_changed)
        if code:
            dialog.show_rule(code)
        self.rules_dialog = dialog
        dialog.open()
        return dialog

    def _rules_changed(self) -> None:
        session = self.window.session
        if session is None:
            return
        if not self.modified and session.path is not None:
            self.window.reload()
            return
        base = self.window.settings.base_config()
        self.live.session.config = with_project_config(base, session.path)[0]  # type: ignore[union-attr]
        self.live.recheck()

    def _show_unsavable(self, reason: str) -> None:
        """Say while typing (not only at save time) that the text cannot be saved as it is."""
        window = self.window
        if reason:
            text = self.tr("This change cannot be written into the file (%1): undo it (Ctrl+Z).")
            window.edit_note.setText(text.replace("%1", reason))
            window.edit_note.setProperty("warning", True)
        else:
            base = self.live.base  # the document as loaded: what the note is about
            window.edit_note.setText((edit_note(base) if base is not None else None) or "")
            window.edit_note.setProperty("warning", False)
        window.edit_note.setVisible(bool(window.edit_note.text()))
        window.edit_note.style().polish(window.edit_note)

    # --- the grid's re-check ---------------------------------------------------------------------
    def _grid_edited(self, _row: int) -> None:
        self.update_title()
        self.grid_timer.start()

    def recheck_grid(self) -> None:
        session = self.window.session
        if session is None or self.grid.model.base is None:
            return
        document = self.grid.model.edited_document()
        config, path, name = session.config, session.path, session.language_name
        targets = list(self.grid.model.targets)
        base = self.grid.model.base

        def work(progress: Any, cancelled: Any) -> tuple[Any, list[str], DocumentSession]:
            from mtlint.desktop.engine_process import load_and_check, with_document

            result = with_document(load_and_check(path, config, text=document), document)
            return base, targets, finish_session(path, result, config, language=name)

        self.window.runner.start(GRID_RECHECK, work)

    def _on_job_finished(self, channel: str, result: Any) -> None:
        if channel != GRID_RECHECK:
            return
        base, targets, fresh = result
        if base is not self.grid.model.base or self.window.document_pages.currentWidget() is not (
            self.grid
        ):
            return  # another file was opened meanwhile
        if targets != self.grid.model.targets:
            self.grid_timer.start()  # edited again meanwhile: check that text
            return
        self.grid.model.set_findings(fresh.document.units, fresh.findings, fresh.document.text)
        self.window.show_live_session(fresh, now=True)


__all__ = ["RECHECK", "DocumentController"]
