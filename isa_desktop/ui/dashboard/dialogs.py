"""The dashboard's dialogs: new-client wizard, sending options, received-file comparison,
preparer settings. They collect choices; the window calls the services."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from isa_desktop.services.bundle import MIN_PASSWORD
from isa_desktop.services.exchange import ReceiveResult
from isa_desktop.services.preparer import Preparer
from isa_desktop.ui.i18n import QT_TRANSLATE_NOOP

PROGRAMS = (("isa", QT_TRANSLATE_NOOP("NewClientWizard", "Importer Self-Assessment (ISA)")),)
W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """``widget`` with its accessible name set (screen readers announce it)."""
    widget.setAccessibleName(name)
    return widget


class NewClientWizard(QWizard):
    """Two short pages: who the client is, then how to identify them with CBP."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New client"))
        self.name_edit = named(QLineEdit(), self.tr("Client legal name"))
        self.program_combo = named(QComboBox(), self.tr("Program"))
        for program_id, label in PROGRAMS:
            self.program_combo.addItem(self.tr(label), program_id)
        first = QWizardPage(title=self.tr("The client"))
        first.setSubTitle(self.tr("The file is named after the client's legal name."))
        form = QFormLayout(first)
        form.addRow(self.tr("Legal name:"), self.name_edit)
        form.addRow(self.tr("Program:"), self.program_combo)
        first.registerField("name*", self.name_edit)
        self.ior_edit = named(QLineEdit(), self.tr("Importer of Record number"))
        # Shown as dots once the field loses focus: the number may be a Social Security number.
        self.ior_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.ior_edit.setPlaceholderText("NN-NNNNNNN-00")
        second = QWizardPage(title=self.tr("Importer of Record number"))
        second.setSubTitle(self.tr("Optional now; you can add more numbers later under "
                                   "Company."))
        QFormLayout(second).addRow(self.tr("IOR number:"), self.ior_edit)
        self.addPage(first)
        self.addPage(second)

    @property
    def legal_name(self) -> str:
        """The name typed on the first page."""
        return self.name_edit.text().strip()

    @property
    def program(self) -> str:
        """The chosen program id."""
        return str(self.program_combo.currentData() or "isa")

    @property
    def ior(self) -> str:
        """The IOR number typed (may be empty)."""
        return self.ior_edit.text().strip()


class SendDialog(QDialog):
    """Plain verified copy, or a password-protected bundle for email."""

    def __init__(self, client: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send to client"))
        self.copy_radio = QRadioButton(self.tr("A copy of the file (.isa)"))
        self.bundle_radio = QRadioButton(self.tr("A password-protected bundle for email"))
        self.copy_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.copy_radio)
        group.addButton(self.bundle_radio)
        self.password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password),
                              self.tr("Password"))
        self.repeat = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password),
                            self.tr("Password again"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a33")
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Again:"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Send {0} as:").format(client)))
        for widget in (self.copy_radio, self.bundle_radio):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Give the password by phone or text message, never in "
                                        "the same email as the bundle.")))
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.bundle_radio.toggled.connect(self._on_bundle_toggled)
        self._on_bundle_toggled(False)

    @property
    def as_bundle(self) -> bool:
        """Whether a bundle was chosen."""
        return self.bundle_radio.isChecked()

    def _on_bundle_toggled(self, checked: bool) -> None:
        self.password.setEnabled(checked)
        self.repeat.setEnabled(checked)

    def _on_buttons_accepted(self) -> None:
        if self.as_bundle:
            if len(self.password.text()) < MIN_PASSWORD:
                self.problem.setText(self.tr("Use at least {0} characters.")
                                     .format(MIN_PASSWORD))
                return
            if self.password.text() != self.repeat.text():
                self.problem.setText(self.tr("The two passwords differ."))
                return
        self.accept()


class ReceiveDialog(QDialog):
    """What differs between the received file and the laptop's copy; the user picks one."""

    def __init__(self, result: ReceiveResult, labels: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Received file"))
        newer = {"received": self.tr("The received file was changed more recently."),
                 "local": self.tr("The copy on this computer was changed more recently."),
                 "same": self.tr("Both copies hold the same answers.")}[result.newer]
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(newer))
        if result.different_client:
            layout.addWidget(QLabel(self.tr("Careful: the two files name different clients.")))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Question"),
                                   self.tr("On this computer"), self.tr("Received")])
        kinds = {"added": self.tr("Added"), "removed": self.tr("Removed"),
                 "changed": self.tr("Changed")}
        for line in result.diff.lines():
            label = labels.get(line.question_id, line.question_id)
            QTreeWidgetItem(self.tree, [kinds[line.kind], label, line.old, line.new])
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox()
        self.use_received = buttons.addButton(self.tr("Use the received file"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Keep mine"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420)


class PreparerDialog(QDialog):
    """Who prepares applications on this computer (printed as "Prepared by")."""

    def __init__(self, preparer: Preparer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preparer"))
        self.name = named(QLineEdit(preparer.name), self.tr("Preparer name"))
        self.firm = named(QLineEdit(preparer.firm), self.tr("Firm"))
        self.filer_code = named(QLineEdit(preparer.filer_code, maxLength=3), self.tr("Filer code"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Printed on packets as \"Prepared by\". Only the importer's "
                                   "company officer signs.")))
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Firm:"), self.firm)
        form.addRow(self.tr("Filer code:"), self.filer_code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def preparer(self) -> Preparer:
        """The values typed."""
        return Preparer(self.name.text(), self.firm.text(), self.filer_code.text())
