"""The client dashboard window: a folder of client files as a searchable, sortable table.

The folder is scanned on the thread pool (the window stays responsive, with progress); a
``QFileSystemWatcher`` asks for a rescan when files change, debounced, and the scan cache makes
a rescan re-read only the files that changed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QFileSystemWatcher,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from isa_desktop import paths
from isa_desktop.services.calendar import reminders
from isa_desktop.services.client_rows import ClientRow
from isa_desktop.services.workspace import Row, ScanCache, client_files, scan_folder
from isa_desktop.ui.dashboard.commands import DashboardCommands
from isa_desktop.ui.dashboard.dialogs import named
from isa_desktop.ui.dashboard.model import FILTERS, ROW_ROLE, ClientFilterProxy, ClientTableModel
from isa_desktop.ui.i18n import QT_TRANSLATE_NOOP
from isa_desktop.ui.ops import Op, start_op

STATE_FILE = "dashboard.json"
_MAX_WATCHED_FILES = 4000  # inotify watches are a shared, limited resource
_FILTER_LABELS = {"all": QT_TRANSLATE_NOOP("DashboardWindow", "All clients"),
                  "eligible": QT_TRANSLATE_NOOP("DashboardWindow", "Eligible"),
                  "not_eligible": QT_TRANSLATE_NOOP("DashboardWindow", "Not yet eligible"),
                  "blockers": QT_TRANSLATE_NOOP("DashboardWindow", "With open blockers"),
                  "due_30": QT_TRANSLATE_NOOP("DashboardWindow", "Due within 30 days"),
                  "unreadable": QT_TRANSLATE_NOOP("DashboardWindow", "Unreadable files")}


def _remembered_folder() -> Path | None:
    try:
        data: Any = json.loads((paths.config_dir() / STATE_FILE).read_text(encoding="utf-8"))
        return Path(data["folder"]) if isinstance(data, dict) and data.get("folder") else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _remember_folder(folder: Path) -> None:
    target = paths.config_dir() / STATE_FILE
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump({"folder": str(folder)}, handle)
    except OSError:
        pass  # remembering the folder is a convenience; the dashboard works without it


class DashboardWindow(DashboardCommands, QMainWindow):
    """Every client file of a folder, with search, filters, reminders and client actions."""

    open_requested = Signal(Path)
    scan_finished = Signal()

    def __init__(self, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Client dashboard"))
        self.folder: Path | None = None
        self.model = ClientTableModel(self)
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._cache = ScanCache()
        self._op: Op | None = None
        self._last_op: Op | None = None
        self._rescan_pending = False
        self._watcher = QFileSystemWatcher(self)
        self._debounce = QTimer(self, singleShot=True, interval=400)
        self._debounce.timeout.connect(self.rescan)
        self._watcher.directoryChanged.connect(self._on_watcher_changed)
        self._watcher.fileChanged.connect(self._on_watcher_changed)
        self._build_ui()
        self._build_actions()
        self.resize(1100, 650)
        if folder is not None:
            self.set_folder(folder)

    # -- layout ----------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.folder_label = QLabel(self.tr("No folder chosen"))
        self.search = named(QLineEdit(), self.tr("Search clients"))
        self.search.setPlaceholderText(self.tr("Search names, IOR numbers, answers…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_query)
        self.filter_combo = named(QComboBox(), self.tr("Show"))
        for kind in FILTERS:
            self.filter_combo.addItem(self.tr(_FILTER_LABELS[kind]), kind)
        self.filter_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(str(self.filter_combo.currentData())))
        self.table = named(QTableView(), self.tr("Clients"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the client's name
        header.setStretchLastSection(False)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.reminder_list = named(QListWidget(), self.tr("Reminders"))
        self.reminder_list.itemActivated.connect(self._on_reminder_activated)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.filter_combo)
        top.addWidget(self.search, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        reminders_box = QWidget()
        box = QVBoxLayout(reminders_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Due within 30 days")))
        box.addWidget(self.reminder_list)
        splitter.addWidget(reminders_box)
        splitter.setSizes([480, 160])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(splitter)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.progress)

    def _build_actions(self) -> None:
        Key = QKeySequence.StandardKey  # noqa: N806
        entries: list[tuple[str, Callable[[], None], QKeySequence | None]] = [
            (self.tr("Choose folder…"), self.choose_folder, QKeySequence(Key.Open)),
            (self.tr("Open client"), self.open_selected, QKeySequence("Return")),
            (self.tr("New client…"), self.new_client, QKeySequence(Key.New)),
            (self.tr("Duplicate as template…"), self.duplicate_selected, None),
            (self.tr("Archive"), self.archive_selected, None),
            (self.tr("Send to client…"), self.send_selected, None),
            (self.tr("Receive from client…"), self.receive_file, None),
            (self.tr("Export calendar…"), self.export_calendar, None),
            (self.tr("Preparer…"), self.edit_preparer, None),
            (self.tr("Rescan"), self.rescan, QKeySequence(Key.Refresh)),
        ]
        toolbar = self.addToolBar(self.tr("Clients"))
        toolbar.setObjectName("dashboard_toolbar")
        menu = self.menuBar().addMenu(self.tr("&Clients"))
        for text, slot, shortcut in entries:
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
            toolbar.addAction(action)

    # -- folder and scanning --------------------------------------------------------------
    def set_folder(self, folder: Path) -> None:
        """Show the client files of ``folder`` (scanned in the background)."""
        self.folder = Path(folder)
        self._cache = ScanCache()
        self.folder_label.setText(str(self.folder))
        _remember_folder(self.folder)
        self.rescan()

    def rescan(self) -> None:
        """Scan the folder again (after the running scan, if one is running)."""
        if self.folder is None:
            return
        if self._op is not None:
            self._rescan_pending = True
            return
        folder, cache = self.folder, self._cache
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.statusBar().showMessage(self.tr("Reading client files…"))
        self._op = start_op(
            lambda progress, cancelled: scan_folder(
                folder, cache=cache, progress=lambda done, total: progress(done, total, ""),
                cancelled=cancelled),
            progressed=self._on_scan_progressed, succeeded=self._on_scan_succeeded,
            failed=self._on_scan_failed, finished=self._on_scan_finished)

    def _on_scan_progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_scan_succeeded(self, rows: list[Row]) -> None:
        self.show_rows(rows)
        unreadable = sum(1 for row in rows if not isinstance(row, ClientRow))
        text = self.tr("{0} client files").format(len(rows) - unreadable)
        if unreadable:
            text += self.tr(", {0} unreadable").format(unreadable)
        self.statusBar().showMessage(text)

    def _on_scan_failed(self, message: str) -> None:
        self.statusBar().showMessage(message)

    def _on_scan_finished(self) -> None:
        # Keep the finished op alive until its signal delivery is over (dropping the last
        # reference inside its own slot deletes its signal object mid-emit).
        self._last_op = self._op
        self.progress.setVisible(False)
        # Watching the files waits for the next event-loop turn, so the table paints first and
        # the window never pauses for both at once.
        QTimer.singleShot(0, self._after_scan)

    def _after_scan(self) -> None:
        self._watch()
        self._op = None
        self.scan_finished.emit()
        if self._rescan_pending:
            self._rescan_pending = False
            self.rescan()

    def show_rows(self, rows: list[Row], today: dt.date | None = None) -> None:
        """Replace the table and reminders with ``rows`` (also used by tests)."""
        today = today or dt.date.today()
        selected = self.selected_path()
        self.model.set_rows(rows, today)
        for column in range(1, self.model.columnCount()):  # the client column stretches
            self.table.resizeColumnToContents(column)
        self._select(selected)
        self.reminder_list.clear()
        for reminder in reminders(rows, today):
            item = QListWidgetItem(reminder.text)
            item.setData(ROW_ROLE, reminder.path)
            if reminder.level <= 7:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.reminder_list.addItem(item)

    def _watch(self) -> None:
        """Watch the folder, its subfolders and its files (so edits trigger a rescan)."""
        if self.folder is None:
            return
        old = self._watcher.directories() + self._watcher.files()
        if old:
            self._watcher.removePaths(old)
        folders = [str(self.folder)] + [str(p) for p in self.folder.rglob("*")
                                         if p.is_dir() and not p.name.startswith(".")][:500]
        files = [str(p) for p in client_files(self.folder)][:_MAX_WATCHED_FILES]
        self._watcher.addPaths(folders + files)

    def _on_watcher_changed(self, _path: str) -> None:
        self._debounce.start()  # a burst of changes (a copy, a save) becomes one rescan

    # -- opening --------------------------------------------------------------------------
    def selected_path(self) -> Path | None:
        """The file of the selected row, if any."""
        index = self.table.currentIndex()
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        return row.path if row is not None else None

    def selected_client(self) -> ClientRow | None:
        """The selected readable client, if any."""
        index = self.table.currentIndex()
        row = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, ClientRow) else None

    def _select(self, path: Path | None) -> None:
        """Select the row of ``path`` again after a rescan (rescans reset the model)."""
        for number in range(self.proxy.rowCount()) if path is not None else ():
            row = self.proxy.data(self.proxy.index(number, 0), ROW_ROLE)
            if row is not None and row.path == path:
                self.table.selectRow(number)
                return

    def open_selected(self) -> None:
        """Ask for the selected client file to be opened in the main window."""
        path = self.selected_path()
        if path is not None:
            self.open_requested.emit(path)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.proxy.data(index, ROW_ROLE)
        if row is not None:
            self.open_requested.emit(row.path)

    def _on_reminder_activated(self, item: QListWidgetItem) -> None:
        path = item.data(ROW_ROLE)
        if path is not None:
            self.open_requested.emit(Path(path))

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        """Stop a running scan before the window goes."""
        if self._op is not None:
            self._op.cancel()
        super().closeEvent(event)


def open_dashboard(folder: Path | None, open_file: Callable[[Path], None]) -> DashboardWindow:
    """Show the dashboard on ``folder`` (or the last one used); opening a client calls
    ``open_file(path)``."""
    window = DashboardWindow()
    window.open_requested.connect(open_file)
    chosen = folder or _remembered_folder()
    if chosen is not None and chosen.is_dir():
        window.set_folder(chosen)
    window.show()
    return window
