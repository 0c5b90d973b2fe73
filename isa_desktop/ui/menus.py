"""The menu bar's actions, created once and relabelled when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from isa_desktop.ui.i18n import LANGUAGES


class MenuActions(QObject):
    """Every action of the menu bar; the window connects their ``triggered`` signals."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        keys = QKeySequence.StandardKey
        self.new = self._action("file.new", keys.New)
        self.open = self._action("file.open", keys.Open)
        self.save_copy = self._action("file.save_copy", keys.SaveAs)
        self.dashboard = self._action("file.dashboard")
        self.dashboard.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.close_file = self._action("file.close", keys.Close)
        self.quit = self._action("file.quit", keys.Quit)
        self.undo = self._action("edit.undo", keys.Undo)
        self.redo = self._action("edit.redo", keys.Redo)
        self.find = self._action("edit.find", keys.Find)
        self.about = self._action("help.about")
        self.languages = QActionGroup(self)
        self.language: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = self._action(f"view.language.{code}")
            action.setText(name)  # each language is named in itself, never translated
            action.setCheckable(True)
            action.setData(code)
            self.languages.addAction(action)
            self.language[code] = action
        self.schemes = QActionGroup(self)
        self.scheme: dict[str, QAction] = {}
        for code in ("system", "light", "dark"):
            action = self._action(f"view.scheme.{code}")
            action.setCheckable(True)
            action.setData(code)
            self.schemes.addAction(action)
            self.scheme[code] = action
        self.recent_menu = QMenu(parent)
        self.recent_menu.setObjectName("file.recent")
        self.language_menu = QMenu(parent)
        self.scheme_menu = QMenu(parent)
        self.file_menu = QMenu(parent)
        self.edit_menu = QMenu(parent)
        self.view_menu = QMenu(parent)
        self.help_menu = QMenu(parent)
        self.retranslate()

    def _action(self, name: str, shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(self.parent())
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def install(self, bar: QMenuBar) -> None:
        """Put the menus on the menu bar."""
        file_menu = self.file_menu
        for item in (self.new, self.open):
            file_menu.addAction(item)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.dashboard)
        file_menu.addSeparator()
        file_menu.addAction(self.save_copy)
        file_menu.addAction(self.close_file)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        for item in (self.undo, self.redo):
            self.edit_menu.addAction(item)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find)
        for action in self.language.values():
            self.language_menu.addAction(action)
        for action in self.scheme.values():
            self.scheme_menu.addAction(action)
        self.view_menu.addMenu(self.language_menu)
        self.view_menu.addMenu(self.scheme_menu)
        self.help_menu.addAction(self.about)
        for menu in (file_menu, self.edit_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            self.new: self.tr("&New application…"), self.open: self.tr("&Open…"),
            self.save_copy: self.tr("Save a &copy…"),
            self.dashboard: self.tr("Client &dashboard…"), self.close_file: self.tr("&Close"),
            self.quit: self.tr("&Quit"), self.undo: self.tr("&Undo"), self.redo: self.tr("&Redo"),
            self.find: self.tr("&Find a question…"), self.about: self.tr("&About ISA Desktop"),
            self.scheme["system"]: self.tr("Follow the &system"),
            self.scheme["light"]: self.tr("&Light"), self.scheme["dark"]: self.tr("&Dark"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.scheme_menu.setTitle(self.tr("&Appearance"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
