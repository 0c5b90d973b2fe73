"""The entry-lines import dialog: choose a CSV, check what was detected, map the columns.

The file is read and stored on the thread pool (a quarter of a large importer is hundreds of
thousands of lines); the dialog shows progress, then the lines left out with their numbers.
Nothing is stored when the file is refused as a whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isa_desktop.domain.population import CANONICAL_FIELDS, CsvSniff
from isa_desktop.services import selftest
from isa_desktop.ui.context import AppContext
from isa_desktop.ui.i18n import QT_TRANSLATE_NOOP
from isa_desktop.ui.ops import Op, start_op
from isa_desktop.ui.screens.common import soft_label
from isa_desktop.ui.screens.selftest_common import error_label, show_error

FIELD_NAMES = {
    "entry_number": QT_TRANSLATE_NOOP("PopulationImport", "Entry number (required)"),
    "line_number": QT_TRANSLATE_NOOP("PopulationImport", "Line number"),
    "entry_date": QT_TRANSLATE_NOOP("PopulationImport", "Entry date"),
    "hts": QT_TRANSLATE_NOOP("PopulationImport", "HTS number"),
    "country_of_origin": QT_TRANSLATE_NOOP("PopulationImport", "Country of origin"),
    "entered_value": QT_TRANSLATE_NOOP("PopulationImport", "Entered value"),
    "duty": QT_TRANSLATE_NOOP("PopulationImport", "Duty"),
    "trade_area": QT_TRANSLATE_NOOP("PopulationImport", "Trade area (for strata)"),
    "importer_of_record": QT_TRANSLATE_NOOP("PopulationImport", "Importer of record"),
    "broker": QT_TRANSLATE_NOOP("PopulationImport", "Broker / filer"),
}
_DELIMITERS = {",": QT_TRANSLATE_NOOP("PopulationImport", "comma"),
               ";": QT_TRANSLATE_NOOP("PopulationImport", "semicolon"),
               "\t": QT_TRANSLATE_NOOP("PopulationImport", "tab"),
               "|": QT_TRANSLATE_NOOP("PopulationImport", "vertical bar")}


class PopulationImportDialog(QDialog):
    """Import one period's entry lines; ``imported`` carries the new population id."""

    imported = Signal(int)

    def __init__(self, context: AppContext, period: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("import_entries")
        self.setWindowTitle(self.tr("Import entry lines"))
        self.resize(860, 720)
        self.data: bytes | None = None
        self.found: CsvSniff | None = None
        self.op: Op | None = None
        self.population_id: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(soft_label(self.tr(
            "Choose a CSV export of the period's entry lines (an ACE report or your broker's "
            "file). Check what was detected, then say which column holds what."), self))
        layout.addLayout(self._file_row())
        self.detected = QLabel(self)
        self.detected.setObjectName("import.detected")
        layout.addWidget(self.detected)
        layout.addLayout(self._naming(period))
        self.mapping_box = QGridLayout()
        self.combos: dict[str, QComboBox] = {}
        for position, name in enumerate(CANONICAL_FIELDS):
            label = QLabel(QCoreApplication.translate("PopulationImport", str(FIELD_NAMES[name])),
                           self)
            combo = QComboBox(self)
            combo.setObjectName(f"import.map.{name}")
            combo.setAccessibleName(label.text())
            label.setBuddy(combo)
            row, col = divmod(position, 2)
            self.mapping_box.addWidget(label, row, col * 2)
            self.mapping_box.addWidget(combo, row, col * 2 + 1)
            self.combos[name] = combo
        self.mapping_box.setColumnStretch(1, 1)
        self.mapping_box.setColumnStretch(3, 1)
        layout.addLayout(self.mapping_box)
        self.preview = QTableWidget(self)
        self.preview.setObjectName("import.preview")
        self.preview.setAccessibleName(self.tr("First lines of the file"))
        self.preview.setMinimumHeight(150)
        layout.addWidget(self.preview, 1)
        self._result_area(layout)

    def _file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("import.file")
        self.path.setAccessibleName(self.tr("CSV file"))
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        browse = QPushButton(self.tr("Choose file…"), self)
        browse.setObjectName("import.browse")
        browse.setAccessibleName(browse.text())
        browse.clicked.connect(self._on_browse_clicked)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        return row

    def _naming(self, period: str) -> QFormLayout:
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("import.name")
        self.name.setAccessibleName(self.tr("Name"))
        self.period = QLineEdit(period, self)
        self.period.setObjectName("import.period")
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setPlaceholderText("2026-Q3")
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Period"), self.period)
        return form

    def _result_area(self, layout: QVBoxLayout) -> None:
        self.error = error_label(self, "import.error")
        layout.addWidget(self.error)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("import.progress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.summary = QLabel(self)
        self.summary.setObjectName("import.summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.bad_rows = QListWidget(self)
        self.bad_rows.setObjectName("import.bad_rows")
        self.bad_rows.setAccessibleName(self.tr("Lines left out"))
        self.bad_rows.setMaximumHeight(110)
        self.bad_rows.hide()
        layout.addWidget(self.bad_rows)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import.start")
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("import.close")
        self.buttons.accepted.connect(self._on_import_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- the file ------------------------------------------------------------------------------
    def load_file(self, path: Path) -> bool:
        """Read and sniff ``path``; fill the mapping from the remembered one. False if unusable."""
        show_error(self.error, "")
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            show_error(self.error, self.tr("The file could not be read (%1).")
                       .replace("%1", exc.strerror or str(exc)))
            return False
        self.path.setText(str(path))
        if not self.name.text():
            self.name.setText(Path(path).stem)
        try:
            found = selftest.preview_csv(data)
        except selftest.SelfTestUserError as exc:
            show_error(self.error, exc.message)
            self.import_button.setEnabled(False)
            return False
        self.data, self.found = data, found
        self._show_sniff(found)
        return True

    def _show_sniff(self, found: CsvSniff) -> None:
        delimiter = QCoreApplication.translate(
            "PopulationImport", str(_DELIMITERS.get(found.delimiter, found.delimiter)))
        self.detected.setText(self.tr("Detected: %1 text, fields separated by %2, %3 columns.")
                              .replace("%1", found.encoding).replace("%2", delimiter)
                              .replace("%3", str(len(found.headers))))
        app = self.context.app
        remembered = selftest.remembered_mapping(app) if app else {}
        mapping = selftest.suggest_mapping(found.headers, remembered)
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), "")
            for header in found.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(combo.findData(mapping.get(name, "")), 0))
        self.preview.setColumnCount(len(found.headers))
        self.preview.setHorizontalHeaderLabels(found.headers)
        self.preview.setRowCount(len(found.preview_rows))
        for r, values in enumerate(found.preview_rows):
            for c, value in enumerate(values[:len(found.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        self.import_button.setEnabled(found.has_header)
        if not found.has_header:
            show_error(self.error, self.tr("The first line does not look like column names; "
                                           "add a header line to the file."))

    def mapping(self) -> dict[str, str]:
        """Field → chosen column header (fields left out are absent)."""
        return {n: c.currentData() for n, c in self.combos.items() if c.currentData()}

    # -- importing -----------------------------------------------------------------------------
    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Entry lines"), "",
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if name:
            self.load_file(Path(name))

    def _on_import_clicked(self) -> None:
        app = self.context.app
        if app is None or self.data is None or self.op is not None:
            return
        data, mapping = self.data, self.mapping()
        name, period = self.name.text(), self.period.text()
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        show_error(self.error, "")
        self.op = start_op(
            lambda progress, _cancelled: selftest.import_population(
                app, data, mapping, name, period, progress),
            progressed=self._on_op_progressed, succeeded=self._on_op_succeeded,
            failed=self._on_op_failed, finished=self._on_op_finished)

    def _on_op_progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(message)

    def _on_op_succeeded(self, result: Any) -> None:
        population_id, imported = result
        self.population_id = population_id
        bad = imported.bad_rows
        self.summary.setText(self.tr("%1 entry lines imported. %2 lines were left out:")
                             .replace("%1", f"{len(imported.rows):,}")
                             .replace("%2", str(len(bad))) if bad else
                             self.tr("%1 entry lines imported.")
                             .replace("%1", f"{len(imported.rows):,}"))
        self.bad_rows.clear()
        for row in bad[:1000]:
            self.bad_rows.addItem(self.tr("Line %1: %2").replace("%1", str(row.line_no))
                                  .replace("%2", row.reason))
        self.bad_rows.setVisible(bool(bad))
        self.context.saved.emit()
        self.imported.emit(population_id)

    def _on_op_failed(self, message: str) -> None:
        show_error(self.error, message + " " + self.tr("Nothing was imported."))
        self.import_button.setEnabled(True)

    def _on_op_finished(self) -> None:
        self.progress.hide()
        self.op = None
