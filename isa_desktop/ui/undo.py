"""Undo and redo of answers: one command per edit, typing in one field merged into one step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from isa_desktop.ui.context import AppContext

_TYPING_ID = 0x15A


class SetAnswerCommand(QUndoCommand):
    """Change one answer from ``old`` to ``new`` through the service.

    ``typing`` commands (text typed into one field) share an id so Qt asks :meth:`mergeWith`,
    which folds consecutive keystrokes in the same field into one undo step.
    """

    def __init__(self, context: AppContext, question_id: str, old: Any, new: Any,
                 label: str, typing: bool = False) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Change “%1”").replace("%1", label))
        self.context = context
        self.question_id = question_id
        self.old = old
        self.new = new
        self.typing = typing

    def id(self) -> int:  # noqa: A003 - Qt's name
        """Merge id: typing commands may merge, everything else stands alone."""
        return _TYPING_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """Absorb the next keystrokes typed into the same field."""
        if not isinstance(other, SetAnswerCommand) or not other.typing:
            return False
        if other.question_id != self.question_id:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        """Store the new value; a refused save leaves nothing on the stack."""
        if not self.context.store_answer(self.question_id, self.new):
            self.setObsolete(True)

    def undo(self) -> None:
        """Put the old value back."""
        self.context.store_answer(self.question_id, self.old)
