"""The translation model manager: installed packages, install from file, download, remove.

Every call into the model store runs in a worker; the dialog only shows results.
"""

from __future__ import annotations

from typing import Any

from mtlint.desktop import backtranslation_api
from mtlint.desktop.jobs import JobRunner
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

CHANNEL = "models"


def _size(size: Any) -> str:
    try:
        size = float(size)
    except (TypeError, ValueError):
        return "—"
    return f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size / 1024:.0f} KB"


class ModelsDialog(QDialog):
    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.packages: list[Any] = []
        self.setWindowTitle(self.tr("Translation models"))
        self.resize(640, 380)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("To"), self.tr("Version"), self.tr("Size")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.install_button = QPushButton(self.tr("&Install from file…"))
        self.download_button = QPushButton(self.tr("&Download…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.cancel_button = QPushButton(self.tr("&Cancel download"))
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (
            self.install_button,
            self.download_button,
            self.remove_button,
            self.refresh_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Installed Argos Translate packages:")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self.install_button.clicked.connect(self.install_dialog)
        self.download_button.clicked.connect(self.download_dialog)
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.cancel_button.clicked.connect(self.cancel_download)
        runner.cancelled.connect(self._on_cancelled)
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        runner.progress.connect(self._on_progress)
        self._pending = ""
        if not backtranslation_api.available():
            self.status.setText(self.tr("Back-translation is not available in this build."))
            for button in (self.install_button, self.download_button, self.remove_button):
                button.setEnabled(False)
        self.refresh()

    def _start(self, what: str, work: Any, message: str) -> None:
        self._pending = what
        self.status.setText(message)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        for button in (self.install_button, self.download_button, self.remove_button):
            button.setEnabled(False)
        self.runner.start(CHANNEL, work)

    def refresh(self) -> None:
        self._start(
            "list",
            lambda progress, cancelled: list(backtranslation_api.models().list_installed()),
            self.tr("Reading installed models…"),
        )

    def install_file(self, path: str) -> None:
        def work(progress: Any, cancelled: Any) -> Any:
            backtranslation_api.models().install_from_file(path)
            return list(backtranslation_api.models().list_installed())

        self._start("list", work, self.tr("Installing %1…").replace("%1", path))

    def install_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Install a translation package"),
            "",
            self.tr("Argos packages (*.argosmodel);;All files (*)"),
        )
        if path:
            self.install_file(path)

    def download_dialog(self) -> None:
        self._start(
            "available",
            lambda progress, cancelled: list(backtranslation_api.models().list_available()),
            self.tr("Fetching the package index…"),
        )

    def _choose_download(self, available: list[Any]) -> None:
        if not available:
            self.status.setText(self.tr("No packages available to download."))
            return
        module = backtranslation_api.models()
        labels = []
        for p in available:
            size = module.download_size_label([p.pair])
            label = f"{p.from_code} → {p.to_code}  ({p.from_name} → {p.to_name})"
            labels.append(f"{label}  {size}" if size else label)
        label, ok = QInputDialog.getItem(
            self, self.tr("Download a package"), self.tr("Package:"), labels, 0, False
        )
        if not ok:
            return
        package = available[labels.index(label)]

        def work(progress: Any, cancelled: Any) -> Any:
            module = backtranslation_api.models()
            module.download(
                package.from_code,
                package.to_code,
                progress=backtranslation_api._progress_adapter(progress),
                cancelled=cancelled,
            )
            return list(module.list_installed())

        self._start("list", work, self.tr("Downloading %1…").replace("%1", label))
        self.cancel_button.setVisible(True)

    def cancel_download(self) -> None:
        self.runner.cancel(CHANNEL)

    def _on_cancelled(self, channel: str) -> None:
        if channel != CHANNEL:
            return
        self._done()
        self.status.setText(self.tr("Download cancelled: nothing was installed."))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.packages):
            return
        package = self.packages[row]
        answer = QMessageBox.question(
            self,
            self.tr("Remove package"),
            self.tr("Remove the %1 → %2 package?")
            .replace("%1", package.from_code)
            .replace("%2", package.to_code),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(progress: Any, cancelled: Any) -> Any:
            module = backtranslation_api.models()
            module.remove(package.from_code, package.to_code)
            return list(module.list_installed())

        self._start("list", work, self.tr("Removing…"))

    def show_packages(self, packages: list[Any]) -> None:
        self.packages = packages
        self.table.setRowCount(len(packages))
        for row, package in enumerate(packages):
            values = [
                f"{package.from_name} ({package.from_code})",
                f"{package.to_name} ({package.to_code})",
                str(getattr(package, "version", "")),
                _size(getattr(package, "size_bytes", None)),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(str(getattr(package, "path", "")))
                self.table.setItem(row, column, item)
        self.status.setText(
            self.tr("%Ln package(s) installed.", "", len(packages))
            if packages
            else self.tr(
                "No translation packages installed. Install a .argosmodel file, "
                "or download one when online."
            )
        )

    def _done(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        enabled = backtranslation_api.available()
        for button in (self.install_button, self.download_button, self.remove_button):
            button.setEnabled(enabled)

    def _on_finished(self, channel: str, result: Any) -> None:
        if channel != CHANNEL:
            return
        self._done()
        if self._pending == "available":
            self._choose_download(list(result))
        else:
            self.show_packages(list(result))

    def _on_failed(self, channel: str, message: str) -> None:
        if channel != CHANNEL:
            return
        self._done()
        self.status.setText(message)

    def _on_progress(self, channel: str, done: int, total: int, _message: str) -> None:
        if channel == CHANNEL and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def done(self, result: int) -> None:
        self.runner.cancel(CHANNEL)
        super().done(result)
