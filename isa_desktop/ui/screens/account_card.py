"""The Overview's account card: what the account groups, its center, account manager, benefits."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from isa_desktop.domain.account import AccountInfo
from isa_desktop.ui.screens.common import heading, soft_label


def _value(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AccountCard(QFrame):
    """Account management at CBP as a compliance officer looks for it."""

    def __init__(self, account: AccountInfo, benefit_labels: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview.account")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(heading(self.tr("Account at CBP"), 2, self))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        manager = "\n".join(p for p in (account.manager_name, account.manager_email,
                                        account.manager_phone) if p)
        form.addRow(self.tr("National Account Manager:"), _value(
            manager or self.tr("Not assigned yet — CBP names one after acceptance."), self,
            "account.manager"))
        form.addRow(self.tr("Center of Excellence and Expertise:"),
                    _value(self._center(account), self, "account.center"))
        label = self.tr("Filer codes:") if account.kind == "broker" else \
            self.tr("Importer of Record numbers:")
        numbers = "\n".join(f"{n} — {e}" if e else n for n, e in account.identifiers)
        form.addRow(label, _value(numbers or self.tr("None listed yet"), self, "account.ids"))
        benefits = "\n".join(benefit_labels.get(b, b) for b in account.benefits)
        form.addRow(self.tr("Benefits used:"), _value(
            benefits or self.tr("None recorded yet"), self, "account.benefits"))
        layout.addLayout(form)
        if account.cee_source == "suggested" and account.cee_reason:
            layout.addWidget(soft_label(account.cee_reason, self))

    def _center(self, account: AccountInfo) -> str:
        if not account.cee_id:
            return self.tr("Not known yet: list your main products with their HTS numbers "
                           "under Company.")
        source = {"assigned": self.tr("assigned by CBP"),
                  "chosen": self.tr("your choice; CBP has not assigned one yet"),
                  "suggested": self.tr("suggested from your main products")}[account.cee_source]
        return f"{account.cee_name} ({account.cee_city}) — {source}"
