"""The list of sections on the left, with group headings and a completion badge each."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from isa_desktop.ui.navigation import NavItem

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2
DONE_ROLE = Qt.ItemDataRole.UserRole + 3
HEADER_ROLE = Qt.ItemDataRole.UserRole + 4


class _BadgeDelegate(QStyledItemDelegate):
    """Draws the badge ("12/40", or a check mark on green) at the right of each line."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Taller lines than the default: easier to read and to hit."""
        size = super().sizeHint(option, index)
        extra = 14 if index.data(HEADER_ROLE) else 10
        return QSize(size.width() + 60, size.height() + extra)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """The item as usual, then its badge."""
        if index.data(HEADER_ROLE):
            self._paint_header(painter, option, index)
            return
        badge = index.data(BADGE_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = opt.rect.adjusted(8, 0, 0, 0)
        if badge:  # leave room for the badge: elide the title before it
            room = opt.rect.width() - self._badge_width(option, str(badge)) - 24
            opt.text = opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, room)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if badge:
            self._paint_badge(painter, option, str(badge), bool(index.data(DONE_ROLE)))

    @staticmethod
    def _badge_font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _badge_width(self, option: QStyleOptionViewItem, text: str) -> int:
        return QFontMetrics(self._badge_font(option)).horizontalAdvance(text) + 14

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem,
                      index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setWeight(QFont.Weight.Bold)
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))  # type: ignore
        rect = option.rect.adjusted(10, 8, -6, 0)  # type: ignore[attr-defined]
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         str(index.data(Qt.ItemDataRole.DisplayRole)))
        painter.restore()

    def _paint_badge(self, painter: QPainter, option: QStyleOptionViewItem, text: str,
                     done: bool) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        painter.setFont(self._badge_font(option))
        width = self._badge_width(option, text)
        height = painter.fontMetrics().height() + 4
        pill = QRectF(rect.right() - width - 10, rect.center().y() - height / 2 + 1,
                      width, height)
        if done:
            fill, ink = QColor("#2e7d32"), QColor("white")
        else:
            fill = palette.color(QPalette.ColorRole.Mid)
            fill.setAlpha(90)
            ink = palette.color(QPalette.ColorRole.Text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(ink)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()


class Navigator(QListWidget):
    """Sections of the application; ``page_selected`` carries the chosen page key."""

    page_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Sections"))
        self.setItemDelegate(_BadgeDelegate(self))
        self.setUniformItemSizes(False)
        self.setMinimumWidth(260)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.currentItemChanged.connect(self._on_current_item_changed)

    def set_items(self, items: list[NavItem]) -> None:
        """Rebuild the list (keeps the current page if it still exists)."""
        current = self.current_key()
        self.blockSignals(True)
        self.clear()
        group = None
        for item in items:
            if item.group and item.group != group:
                header = QListWidgetItem(item.group, self)
                header.setData(HEADER_ROLE, True)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
            group = item.group
            line = QListWidgetItem(item.title, self)
            line.setData(KEY_ROLE, item.key)
            line.setToolTip(item.title)
        self.blockSignals(False)
        if current:
            self.select_key(current, emit=False)

    def set_badge(self, key: str, text: str, done: bool = False) -> None:
        """Show ``text`` in the badge of ``key`` (empty hides it)."""
        item = self._item(key)
        if item is not None:
            item.setData(BADGE_ROLE, text)
            item.setData(DONE_ROLE, done)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, text)

    def select_key(self, key: str, emit: bool = True) -> None:
        """Make ``key`` the current line."""
        item = self._item(key)
        if item is None:
            return
        self.blockSignals(not emit)
        self.setCurrentItem(item)
        self.blockSignals(False)

    def current_key(self) -> str | None:
        """The key of the current line."""
        item = self.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def keys(self) -> list[str]:
        """Every page key in order."""
        return [self.item(i).data(KEY_ROLE) for i in range(self.count())
                if self.item(i).data(KEY_ROLE)]

    def _item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            if self.item(row).data(KEY_ROLE) == key:
                return self.item(row)
        return None

    def _on_current_item_changed(self, current: QListWidgetItem | None,
                                 _previous: QListWidgetItem | None) -> None:
        if current is not None and current.data(KEY_ROLE):
            self.page_selected.emit(current.data(KEY_ROLE))
