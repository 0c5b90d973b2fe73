"""Table models of the self-testing pages: rows handed in by the page, edits handed back.

The models never touch the file. An editable model calls ``on_edit(row, key, value)``, which
the page implements with a service call; it returns the row to show next (the stored record)
or ``None`` when the service refused, in which case the cell keeps its old value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from isa_desktop.ui.i18n import QT_TRANSLATE_NOOP
from isa_desktop.ui.models.rows_model import Index, RowsModel

Row = dict[str, Any]
EditFn = Callable[[Row, str, Any], Row | None]
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's own value, unformatted

#: Soft fills for the rating column; translucent so they read on light and dark palettes.
RATING_COLOURS = {"high": QColor(217, 45, 32, 90), "medium": QColor(247, 144, 9, 90),
                  "low": QColor(18, 183, 106, 80)}
WORDS = {
    "high": QT_TRANSLATE_NOOP("SelfTest", "High"),
    "medium": QT_TRANSLATE_NOOP("SelfTest", "Medium"),
    "low": QT_TRANSLATE_NOOP("SelfTest", "Low"),
    "attribute": QT_TRANSLATE_NOOP("SelfTest", "Attribute sampling"),
    "judgmental": QT_TRANSLATE_NOOP("SelfTest", "Judgmental"),
    "full": QT_TRANSLATE_NOOP("SelfTest", "100 % review"),
    "annual": QT_TRANSLATE_NOOP("SelfTest", "Annual"),
    "semiannual": QT_TRANSLATE_NOOP("SelfTest", "Twice a year"),
    "quarterly": QT_TRANSLATE_NOOP("SelfTest", "Quarterly"),
    "monthly": QT_TRANSLATE_NOOP("SelfTest", "Monthly"),
    "weekly": QT_TRANSLATE_NOOP("SelfTest", "Weekly"),
    "daily": QT_TRANSLATE_NOOP("SelfTest", "Daily"),
    "pass": QT_TRANSLATE_NOOP("SelfTest", "Pass"),
    "error": QT_TRANSLATE_NOOP("SelfTest", "Error"),
    "prior_disclosure": QT_TRANSLATE_NOOP("SelfTest", "Prior disclosure"),
    "psc": QT_TRANSLATE_NOOP("SelfTest", "Post-summary correction"),
}


def word(value: Any) -> str:
    """A stored code ("high", "attribute", "pass") in the current language; others as text."""
    if value is None:
        return ""
    text = str(value)
    return QCoreApplication.translate("SelfTest", str(WORDS[text])) if text in WORDS else text


def money(value: Any) -> str:
    """Dollars with a sign and thousands separators ("-85.00")."""
    try:
        return f"{float(value):,.2f}"
    except (TypeError, ValueError):
        return ""


class Column:
    """One column: the record key, its header, how to show it, whether it can be edited."""

    def __init__(self, key: str, title: object, show: Callable[[Any], str] | None = None,
                 editable: bool = False) -> None:
        self.key = key
        self.title = str(title)  # QT_TRANSLATE_NOOP's result; translated when shown
        self.show = show or (lambda v: "" if v is None else str(v))
        self.editable = editable


class RecordsModel(RowsModel[Row]):
    """Records as rows, the given columns as columns; optionally editable through ``on_edit``."""

    CONTEXT = "SelfTest"

    def __init__(self, columns: list[Column], on_edit: EditFn | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.on_edit = on_edit

    def set_rows(self, rows: list[Row]) -> None:
        """Replace every row (copies: edits never reach the caller's records)."""
        super().set_rows([dict(r) for r in rows])

    def headers(self) -> tuple[str, ...]:
        """The columns' titles."""
        return tuple(str(column.title) for column in self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles (translated) and row numbers."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Editable columns are editable when the model has somewhere to send edits."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.on_edit is not None and self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Formatted text, the raw value for editors, and the rating colour."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record, column = self._rows[index.row()], self.columns[index.column()]
        value = record.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(value)
        if role in (Qt.ItemDataRole.EditRole, KEY_ROLE):
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.show(value) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(record, column)
        return None

    def _background(self, record: Row, column: Column) -> QColor | None:
        if column.key == "rating":
            return RATING_COLOURS.get(str(record.get("rating")))
        if column.key in ("status", "error_rate") and (record.get("status") == "error"
                                                       or record.get("exceeds_threshold")):
            return RATING_COLOURS["high"]
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt's name
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Send an edit to ``on_edit`` and show the stored row it returns."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        if not self.columns[index.column()].editable:
            return False
        record = self._rows[index.row()]
        key = self.columns[index.column()].key
        if record.get(key) == value:
            return False
        updated = self.on_edit(dict(record), key, value)
        if updated is None:
            return False
        self._rows[index.row()] = dict(updated)
        left, right = self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1)
        self.dataChanged.emit(left, right)
        return True


def risk_columns() -> list[Column]:
    """The risk matrix: likelihood, impact, override and reason are edited in place."""
    return [
        Column("area_label", QT_TRANSLATE_NOOP("SelfTest", "Trade area")),
        Column("likelihood", QT_TRANSLATE_NOOP("SelfTest", "Likelihood"), editable=True),
        Column("impact", QT_TRANSLATE_NOOP("SelfTest", "Impact"), editable=True),
        Column("score", QT_TRANSLATE_NOOP("SelfTest", "Score")),
        Column("rating", QT_TRANSLATE_NOOP("SelfTest", "Rating"), word),
        Column("suggested_frequency", QT_TRANSLATE_NOOP("SelfTest", "Test how often"), word),
        Column("suggested_method", QT_TRANSLATE_NOOP("SelfTest", "Test how"), word),
        Column("override_rating", QT_TRANSLATE_NOOP("SelfTest", "Override"), word, True),
        Column("override_reason", QT_TRANSLATE_NOOP("SelfTest", "Reason for the override"),
               editable=True),
    ]


def sample_columns() -> list[Column]:
    """Sampled entry lines; the result columns are edited in place."""
    return [
        Column("item", QT_TRANSLATE_NOOP("SelfTest", "Entry / line")),
        Column("entry_date", QT_TRANSLATE_NOOP("SelfTest", "Date")),
        Column("hts", QT_TRANSLATE_NOOP("SelfTest", "HTS")),
        Column("country_of_origin", QT_TRANSLATE_NOOP("SelfTest", "Origin")),
        Column("entered_value", QT_TRANSLATE_NOOP("SelfTest", "Value (USD)"), money),
        Column("trade_area", QT_TRANSLATE_NOOP("SelfTest", "Area")),
        Column("status", QT_TRANSLATE_NOOP("SelfTest", "Result"), word, True),
        Column("error_type", QT_TRANSLATE_NOOP("SelfTest", "Error type"), editable=True),
        Column("revenue_impact_usd", QT_TRANSLATE_NOOP("SelfTest", "Duty impact (USD)"),
               lambda v: money(v) if v else "", True),
        Column("note", QT_TRANSLATE_NOOP("SelfTest", "Note"), editable=True),
    ]


def _percent(value: Any, scale: float = 100) -> str:
    """A rate (0.025 → "2.5 %"), or with ``scale`` 1 a percentage (5 → "5 %"); else ""."""
    try:
        number = float(value) * scale
    except (TypeError, ValueError):
        return ""
    return f"{number:.1f} %" if scale == 100 else f"{number:g} %"


def cycle_columns() -> list[Column]:
    """One cycle's results per area (read-only; results come from the sample or the form)."""
    return [
        Column("area_label", QT_TRANSLATE_NOOP("SelfTest", "Trade area")),
        Column("items_tested", QT_TRANSLATE_NOOP("SelfTest", "Items tested")),
        Column("error_count", QT_TRANSLATE_NOOP("SelfTest", "Errors")),
        Column("error_rate", QT_TRANSLATE_NOOP("SelfTest", "Error rate"), _percent),
        Column("threshold_pct", QT_TRANSLATE_NOOP("SelfTest", "Threshold"),
               lambda v: _percent(v, 1)),
        Column("revenue_impact_usd", QT_TRANSLATE_NOOP("SelfTest", "Duty impact (USD)"), money),
        Column("retention_until", QT_TRANSLATE_NOOP("SelfTest", "Keep until")),
    ]


def action_columns() -> list[Column]:
    """Corrective actions, edited in place."""
    return [
        Column("id", QT_TRANSLATE_NOOP("SelfTest", "No.")),
        Column("area_label", QT_TRANSLATE_NOOP("SelfTest", "Area")),
        Column("owner", QT_TRANSLATE_NOOP("SelfTest", "Owner"), editable=True),
        Column("action", QT_TRANSLATE_NOOP("SelfTest", "Action"), editable=True),
        Column("due", QT_TRANSLATE_NOOP("SelfTest", "Due"), editable=True),
        Column("verified_on", QT_TRANSLATE_NOOP("SelfTest", "Verified on"), editable=True),
    ]


def disclosure_columns() -> list[Column]:
    """Disclosures filed with CBP, edited in place."""
    return [
        Column("id", QT_TRANSLATE_NOOP("SelfTest", "No.")),
        Column("kind", QT_TRANSLATE_NOOP("SelfTest", "Kind"), word),
        Column("filed_on", QT_TRANSLATE_NOOP("SelfTest", "Filed on"), editable=True),
        Column("description", QT_TRANSLATE_NOOP("SelfTest", "What was corrected"),
               editable=True),
        Column("additional_duty_usd", QT_TRANSLATE_NOOP("SelfTest", "Additional duty (USD)"),
               money, True),
        Column("status", QT_TRANSLATE_NOOP("SelfTest", "Status"), editable=True),
    ]
