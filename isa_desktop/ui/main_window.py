"""The main window: a shell that wires the menus, the navigator and the pages together."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QPalette, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from isa_desktop import APP_NAME, __version__
from isa_desktop.errors import UserError
from isa_desktop.services.check import CheckReport
from isa_desktop.ui import i18n
from isa_desktop.ui.context import AppContext
from isa_desktop.ui.menus import MenuActions
from isa_desktop.ui.navigation import NavItem, nav_items
from isa_desktop.ui.navigator import Navigator
from isa_desktop.ui.screens.common import Page
from isa_desktop.ui.settings import Settings

FILE_FILTER = "ISA application (*.isa)"


class MainWindow(QMainWindow):
    """Navigator on the left, the selected page on the right, saving state in the status bar."""

    def __init__(self, context: AppContext, settings: Settings) -> None:
        super().__init__()
        self.context = context
        self.settings = settings
        self.last_error: str | None = None  # the latest refusal, for --smoke to report
        self.setObjectName("main_window")
        self.menu_actions = MenuActions(self)
        self.menu_actions.install(self.menuBar())
        self.navigator = Navigator(self)
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.save_state = QLabel(self)
        self.save_state.setObjectName("status.save")
        self.statusBar().addPermanentWidget(self.save_state)
        self.pages: dict[str, Page] = {}
        self._graveyard = QWidget()
        self._items: dict[str, NavItem] = {}
        self._welcome_message = ""
        self._closing = False
        self._badge_timer = QTimer(self)
        self._badge_timer.setSingleShot(True)
        self._badge_timer.setInterval(120)
        self._badge_timer.timeout.connect(self._update_navigation)
        self._connect()
        self._restore()
        self._show_file_state()

    # -- wiring -------------------------------------------------------------------------------
    def _connect(self) -> None:
        a = self.menu_actions
        a.new.triggered.connect(self.new_file)
        a.open.triggered.connect(self.choose_file)
        a.save_copy.triggered.connect(self.save_copy)
        a.dashboard.triggered.connect(lambda: self.show_dashboard(None))
        a.close_file.triggered.connect(self.close_file)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.find.triggered.connect(self.find_question)
        a.about.triggered.connect(self.about)
        a.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        for code, action in a.language.items():
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
        for code, action in a.scheme.items():
            action.triggered.connect(lambda _=False, c=code: self.set_color_scheme(c))
        stack = self.context.undo_stack
        stack.canUndoChanged.connect(a.undo.setEnabled)
        stack.canRedoChanged.connect(a.redo.setEnabled)
        # Bound slots, not lambdas: Qt drops these connections when the actions are deleted,
        # so clearing the undo stack while the window closes cannot reach a dead action.
        stack.undoTextChanged.connect(a.undo.setToolTip)
        stack.redoTextChanged.connect(a.redo.setToolTip)
        self.navigator.page_selected.connect(self.show_page)
        ctx = self.context
        ctx.saved.connect(self._on_context_saved)
        ctx.save_failed.connect(self._on_context_save_failed)
        ctx.answer_changed.connect(lambda _q: self._badge_timer.start())
        ctx.attachments_changed.connect(lambda _q: self._badge_timer.start())
        ctx.file_opened.connect(self._show_file_state)
        ctx.file_closed.connect(self._show_file_state)

    def _restore(self) -> None:
        if not self.settings.geometry.isEmpty():
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(_first_size())
        if not self.settings.splitter_state.isEmpty():
            self.splitter.restoreState(self.settings.splitter_state)
        else:
            self.splitter.setSizes([310, 930])
        self.menu_actions.language[self.settings.language].setChecked(True)
        self.menu_actions.scheme[self.settings.color_scheme].setChecked(True)
        self.menu_actions.undo.setEnabled(False)
        self.menu_actions.redo.setEnabled(False)

    # -- files ------------------------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Open an application file; a refusal is explained, never a traceback."""
        self.flush()
        try:
            self.context.open(Path(path))
        except UserError as exc:
            self._report_error(exc.message)
            return False
        self.settings.add_recent(Path(path))
        return True

    def show_dashboard(self, folder: Path | None) -> object:
        """The broker's client dashboard; opening a client opens it in this window."""
        from isa_desktop.ui.dashboard import open_dashboard

        if getattr(self, "_dashboard", None) is None:
            self._dashboard = open_dashboard(folder, self._open_from_dashboard)
        self._dashboard.show()
        self._dashboard.raise_()
        self._dashboard.activateWindow()
        return self._dashboard

    def _open_from_dashboard(self, path: Path) -> None:
        if self.open_path(path):
            self.show()
            self.raise_()
            self.activateWindow()

    def open_demo(self) -> bool:
        """Open the user's copy of the sample importer."""
        from isa_desktop.services.demo import demo_copy

        try:
            return self.open_path(demo_copy())
        except UserError as exc:
            self._report_error(exc.message)
            return False

    def choose_file(self) -> None:
        """File ▸ Open."""
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Open an application"),
                                               self.settings.last_folder, FILE_FILTER)
        if name:
            self.settings.last_folder = str(Path(name).parent)
            self.open_path(Path(name))

    def new_file(self) -> None:
        """File ▸ New: choose where the new application file goes."""
        name, _f = QFileDialog.getSaveFileName(self, self.tr("New application"),
                                               self.settings.last_folder, FILE_FILTER)
        if not name:
            return
        path = Path(name if name.endswith(".isa") else name + ".isa")
        try:
            if path.exists():
                path.unlink()  # the save dialog already asked before replacing it
            self.context.create(path)
        except (UserError, OSError) as exc:
            self._report_error(getattr(exc, "message", str(exc)))
            return
        self.settings.add_recent(path)
        self.show_page("form:eligibility")

    def save_copy(self) -> None:
        """File ▸ Save a copy: a verified copy elsewhere; the open file stays as it is."""
        if not self.context.is_open:
            return
        self.flush()
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Save a copy"),
                                               self.settings.last_folder, FILE_FILTER)
        if name and self.context.save_copy(Path(name)):
            self.statusBar().showMessage(self.tr("Copy saved to %1").replace("%1", name), 8000)

    def close_file(self) -> None:
        """File ▸ Close."""
        self.flush()
        self.context.close()

    def _fill_recent_menu(self) -> None:
        menu = self.menu_actions.recent_menu
        menu.clear()
        for path in self.settings.existing_recent():
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if menu.isEmpty():
            menu.addAction(self.tr("No recent files")).setEnabled(False)

    def _report_error(self, message: str) -> None:
        self.last_error = message
        self.save_state.setText(message)
        if self.context.is_open:
            QMessageBox.warning(self, APP_NAME, message)
        else:
            self._welcome_message = message
            self._show_file_state()

    # -- pages ------------------------------------------------------------------------------
    def _show_file_state(self) -> None:
        """Rebuild the navigator and pages for the open file (or the welcome page)."""
        if self._closing:
            return
        self._drop_pages()
        self.context.undo_stack.clear()
        if not self.context.is_open:
            self._show_welcome()
            return
        assert self.context.app is not None
        path = self.context.app.path
        self.setWindowTitle(f"{path.stem} — {APP_NAME}")
        self.setWindowFilePath(str(path))
        self.navigator.show()
        self._update_navigation()
        self.save_state.setText(self.tr("Read-only: changes are not saved")
                                if self.context.read_only else self.tr("All changes saved"))
        self.show_page("overview")

    def _show_welcome(self) -> None:
        from isa_desktop.ui.screens.welcome import WelcomePage

        self.setWindowTitle(APP_NAME)
        self.navigator.clear()
        self.navigator.hide()
        self.save_state.setText("")
        page = WelcomePage(self.settings.existing_recent(), self._welcome_message, self.stack)
        self._welcome_message = ""
        page.demo_requested.connect(self.open_demo)
        page.new_requested.connect(self.new_file)
        page.open_requested.connect(self.choose_file)
        page.recent_requested.connect(lambda p: self.open_path(Path(p)))
        self.pages["welcome"] = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _drop_pages(self) -> None:
        # Pages may be inside their own signal (a welcome button opening a file), so they are
        # deleted later; moving them out of the window first keeps them out of lookups.
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.setParent(self._graveyard)
            page.deleteLater()
        self.pages.clear()

    def _update_navigation(self) -> None:
        items = nav_items(self.context)
        if [i.key for i in items] != self.navigator.keys() or not self._items:
            self.navigator.set_items(items)
        self._items = {item.key: item for item in items}
        report = self.context.report()
        if report is None:
            return
        wrong = self._errors_by_form(report)
        for form_id, progress in report.forms.items():
            if progress.answered < progress.required:
                badge, done = f"{progress.answered}/{progress.required}", False
            elif wrong.get(form_id):
                badge, done = f"! {wrong[form_id]}", False  # complete, but values to correct
            else:
                badge, done = "✓", True
            self.navigator.set_badge(f"form:{form_id}", badge, done)
        errors = len(report.errors)
        self.navigator.set_badge("review", str(errors) if errors else "✓", not errors)
        self.navigator.viewport().update()

    def _errors_by_form(self, report: CheckReport) -> dict[str, int]:
        """Answers given but wrong (an invalid IOR in a table row, say), counted per form."""
        app = self.context.app
        counts: dict[str, int] = {}
        if app is None:
            return counts
        for finding in report.errors:
            if finding.code == "required" or not finding.question:
                continue
            question = app.program.questions.get(app.program.base_question_id(finding.question))
            if question is not None:
                counts[question.form_id] = counts.get(question.form_id, 0) + 1
        return counts

    def show_page(self, key: str) -> Page | None:
        """Show page ``key`` (created on first visit)."""
        item = self._items.get(key)
        if item is None:
            return None
        for open_page in self.pages.values():
            open_page.flush()
        page = self.pages.get(key)
        if page is None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                page = item.factory(self.context, self.stack)
            finally:
                QGuiApplication.restoreOverrideCursor()
            page.navigate_requested.connect(self.go_to)
            self.pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.refresh()
        self.navigator.select_key(key, emit=False)
        return page

    def go_to(self, target: str) -> None:
        """Show a page key, or ``question:<path>`` to focus one question."""
        if target.startswith("question:"):
            self.go_to_question(target.split(":", 1)[1])
        else:
            self.show_page(target)

    def go_to_question(self, path: str) -> bool:
        """Open the form of ``path`` and focus its editor (table cells included)."""
        app = self.context.app
        question = app.program.question(path) if app else None
        if app is None or question is None:
            return False
        base = app.program.questions.get(app.program.base_question_id(path), question)
        page = self.show_page(f"form:{base.form_id}")
        focus = getattr(page, "focus_question", None)
        return bool(focus and focus(path))

    def current_page(self) -> QWidget | None:
        """The page on screen."""
        return self.stack.currentWidget()

    # -- edit and view ---------------------------------------------------------------------------
    def flush(self) -> None:
        """Save whatever is still being typed."""
        for page in self.pages.values():
            page.flush()

    def undo(self) -> None:
        """Edit ▸ Undo (saves pending typing first, so it is what gets undone)."""
        self.flush()
        self.context.undo_stack.undo()

    def redo(self) -> None:
        """Edit ▸ Redo."""
        self.context.undo_stack.redo()

    def find_question(self) -> None:
        """Edit ▸ Find."""
        from isa_desktop.ui.find_dialog import FindDialog

        if not self.context.is_open:
            return
        dialog = FindDialog(self.context, self)
        dialog.question_chosen.connect(self.go_to_question)
        dialog.open()

    def set_language(self, language: str) -> None:
        """View ▸ Language: relabel the window and rebuild the pages in that language."""
        self.flush()
        self.settings.language = language
        self.menu_actions.language[language].setChecked(True)
        i18n.install_language(language)
        self.context.set_language(language)
        self.menu_actions.retranslate()
        current = self.navigator.current_key() or "overview"
        if self.context.is_open:
            self._drop_pages()
            self._items = {}
            self._update_navigation()
            self.show_page(current)
            self.save_state.setText(self.tr("All changes saved"))
        else:
            self._show_file_state()

    def set_color_scheme(self, scheme: str) -> None:
        """View ▸ Appearance: follow the system, or force light or dark."""
        self.settings.color_scheme = scheme
        self.menu_actions.scheme[scheme].setChecked(True)
        apply_color_scheme(scheme)

    def about(self) -> None:
        """Help ▸ About."""
        QMessageBox.about(self, self.tr("About ISA Desktop"), self.tr(
            "ISA Desktop %1\n\nPrepares and maintains an importer's application to CBP's "
            "Importer Self-Assessment program. Everything stays in one file on this computer."
        ).replace("%1", __version__))

    # -- status ---------------------------------------------------------------------------------
    def _on_context_saved(self) -> None:
        self.save_state.setText(self.tr("All changes saved"))

    def _on_context_save_failed(self, message: str) -> None:
        self.save_state.setText(self.tr("Not saved: %1").replace("%1", message))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Save pending typing and the window's state, then close the file."""
        self.flush()
        self.settings.geometry = self.saveGeometry()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.save()
        self._closing = True
        self.context.close()
        super().closeEvent(event)


def apply_color_scheme(scheme: str) -> None:
    """Force a light or dark palette, or let the system decide.

    Qt's colour-scheme hint is honoured only by some platforms (not X11 without a desktop
    portal, nor offscreen); where it is ignored, a dark palette is applied by hand so the
    override still works.
    """
    from PySide6.QtWidgets import QApplication

    hints = QGuiApplication.styleHints()
    wanted = {"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}.get(scheme)
    if wanted is None:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(wanted)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if scheme == "dark" and hints.colorScheme() != Qt.ColorScheme.Dark:
        app.setPalette(_dark_palette())
    else:
        app.setPalette(app.style().standardPalette())


def _dark_palette() -> QPalette:
    """A readable dark palette (window, text, inputs, selection, disabled text)."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {role.Window: "#2b2d31", role.WindowText: "#e6e6e6", role.Base: "#1f2023",
               role.AlternateBase: "#2b2d31", role.Text: "#e6e6e6", role.Button: "#36383d",
               role.ButtonText: "#e6e6e6", role.Highlight: "#3d7bd9",
               role.HighlightedText: "#ffffff", role.ToolTipBase: "#36383d",
               role.ToolTipText: "#e6e6e6", role.PlaceholderText: "#9a9a9a",
               role.Link: "#8ab4f8", role.Mid: "#45474d", role.Dark: "#18191b"}
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, QColor(colour))
    for colour_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7a7a7a"))
    return palette


def _first_size() -> QSize:
    """1280 × 840 when the screen has room, else 90 % of what it has (small laptops)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1280, 840)
    room = screen.availableGeometry()
    return QSize(min(1280, int(room.width() * 0.9)), min(840, int(room.height() * 0.9)))
