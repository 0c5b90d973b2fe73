"""What the dashboard's buttons do: collect choices in dialogs, run the services off the GUI
thread, report errors in one place, rescan."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QWizard,
)

from isa_desktop.errors import UserError
from isa_desktop.formspec import load_program
from isa_desktop.services import clients, exchange
from isa_desktop.services.bundle import SUFFIX as BUNDLE_SUFFIX
from isa_desktop.services.calendar import export_calendar as write_calendar
from isa_desktop.services.preparer import load_preparer, save_preparer
from isa_desktop.ui.dashboard.dialogs import (
    NewClientWizard,
    PreparerDialog,
    ReceiveDialog,
    SendDialog,
)
from isa_desktop.ui.ops import Op, start_op

if TYPE_CHECKING:
    from isa_desktop.services.client_rows import ClientRow
    from isa_desktop.ui.dashboard.model import ClientTableModel


if TYPE_CHECKING:
    _Window = QMainWindow  # the class this is mixed into, for the type checker
else:
    _Window = object

# lupdate files this class's ``self.tr`` calls under an empty context (the TYPE_CHECKING block
# in the class body hides the class from it), so the strings here name their context.
translate = QCoreApplication.translate


class DashboardCommands(_Window):
    """Mixed into the dashboard window (which provides the attributes declared here)."""

    folder: Path | None
    model: ClientTableModel
    _commands: list[Op]

    if TYPE_CHECKING:
        def rescan(self) -> None: ...
        def set_folder(self, folder: Path) -> None: ...
        def selected_path(self) -> Path | None: ...
        def selected_client(self) -> ClientRow | None: ...

    # -- plumbing ------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """One sentence the user can act on."""
        QMessageBox.warning(self, translate("DashboardCommands", "Client dashboard"), message)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], busy: str) -> None:
        """Run ``work`` on the thread pool, then ``done(result)`` on the GUI thread."""
        if not hasattr(self, "_commands"):
            self._commands = []
        self.statusBar().showMessage(busy)
        holder: list[Op] = []

        def finished() -> None:
            # Released on a later turn: the op's signals are still being delivered now.
            QTimer.singleShot(0, lambda: self._commands.remove(holder[0]))

        op = start_op(lambda _p, _c: work(), succeeded=done, failed=self.show_error,
                      finished=finished)
        holder.append(op)
        self._commands.append(op)

    def _need_folder(self) -> Path | None:
        if self.folder is None:
            self.show_error(translate("DashboardCommands",
                                      "Choose the folder of client files first."))
        return self.folder

    # -- folder, new, duplicate, archive ---------------------------------------------------
    def choose_folder(self) -> None:
        """Pick the folder of client files."""
        chosen = QFileDialog.getExistingDirectory(
            self, translate("DashboardCommands", "Folder of client files"),
            str(self.folder or Path.home()))
        if chosen:
            self.set_folder(Path(chosen))

    def new_client(self) -> None:
        """The new-client wizard, then a new file in the folder."""
        folder = self._need_folder()
        if folder is None:
            return
        wizard = NewClientWizard(self)
        if wizard.exec() != QWizard.DialogCode.Accepted:
            return
        try:
            clients.new_client(folder, wizard.legal_name, wizard.ior, wizard.program)
        except UserError as exc:
            self.show_error(exc.message)
            return
        self.rescan()

    def duplicate_selected(self) -> None:
        """A template from the selected client: policies and plan kept, identity cleared."""
        source, folder = self.selected_path(), self._need_folder()
        if source is None or folder is None:
            return
        name, ok = QInputDialog.getText(
            self, translate("DashboardCommands", "Duplicate as template"),
            translate("DashboardCommands", "Legal name of the new client:"))
        if not ok or not name.strip():
            return
        target = clients.unique_path(folder, clients.safe_filename(name))
        self._run(lambda: clients.duplicate_as_template(source, target, legal_name=name),
                  lambda _r: self.rescan(),
                  translate("DashboardCommands", "Creating the template…"))

    def archive_selected(self) -> None:
        """Move the selected file into the folder's Archive."""
        path = self.selected_path()
        if path is None:
            return
        answer = QMessageBox.question(
            self, translate("DashboardCommands", "Archive"),
            translate("DashboardCommands", "Move {0} to the Archive folder?").format(path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            clients.archive(path, self.folder)
        except UserError as exc:
            self.show_error(exc.message)
        self.rescan()

    # -- exchange ---------------------------------------------------------------------------
    def send_selected(self) -> None:
        """A verified copy or a password-protected bundle of the selected client."""
        client = self.selected_client()
        if client is None:
            return
        dialog = SendDialog(client.name, self)
        if not dialog.exec():
            return
        suffix = BUNDLE_SUFFIX if dialog.as_bundle else ".isa"
        default = str(Path.home() / f"{client.path.stem}{suffix}")
        target, _ = QFileDialog.getSaveFileName(
            self, translate("DashboardCommands", "Send to client"), default, f"*{suffix}")
        if not target:
            return
        password, source, bundle = dialog.password.text(), client.path, dialog.as_bundle

        def work() -> Path:
            if bundle:
                return exchange.write_bundle(source, Path(target), password)
            return exchange.export_copy(source, Path(target))

        self._run(work, lambda path: self.statusBar().showMessage(
            translate("DashboardCommands", "Saved {0}").format(Path(path).name)),
            translate("DashboardCommands", "Preparing the file…"))

    def receive_file(self) -> None:
        """Check a file or bundle from a client, show what differs, let the user choose."""
        folder = self._need_folder()
        if folder is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("DashboardCommands", "Receive from client"), str(Path.home()),
            translate("DashboardCommands", "Client files (*.isa *{0})").format(BUNDLE_SUFFIX))
        if not chosen:
            return
        source, password = Path(chosen), None
        if source.suffix.lower() == BUNDLE_SUFFIX:
            password, ok = QInputDialog.getText(
                self, translate("DashboardCommands", "Password"),
                translate("DashboardCommands", "Password of the bundle:"),
                echo=QLineEdit.EchoMode.Password)
            if not ok:
                return
        local = self.selected_path() or folder / f"{source.stem}.isa"
        self._run(lambda: exchange.receive(source, local, password), self._on_received,
                  translate("DashboardCommands", "Checking the received file…"))

    def _on_received(self, result: exchange.ReceiveResult) -> None:
        try:
            labels = {qid: q.label.get("en") or qid
                      for qid, q in load_program("isa").questions.items()}
            dialog = ReceiveDialog(result, labels, self)
            if dialog.exec():
                exchange.accept_received(result)
                self.statusBar().showMessage(
                    translate("DashboardCommands", "Replaced {0}; the previous version is in the "
                              "Archive.").format(result.local.name))
        except UserError as exc:
            self.show_error(exc.message)
        finally:
            result.discard()
        self.rescan()

    # -- calendar and preparer ----------------------------------------------------------
    def export_calendar(self) -> None:
        """Every client's upcoming deadlines as an ``.ics`` file."""
        target, _ = QFileDialog.getSaveFileName(
            self, translate("DashboardCommands", "Export calendar"),
            str(Path.home() / "client-deadlines.ics"), "*.ics")
        if target:
            try:
                write_calendar(self.model.rows(), Path(target))
            except UserError as exc:
                self.show_error(exc.message)

    def edit_preparer(self) -> None:
        """Name, firm and filer code printed as "Prepared by"."""
        dialog = PreparerDialog(load_preparer(), self)
        if dialog.exec():
            try:
                save_preparer(dialog.preparer())
            except UserError as exc:
                self.show_error(exc.message)
