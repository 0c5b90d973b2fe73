"""Which editor each question type gets."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from isa_desktop.formspec import Question
from isa_desktop.ui.formview.attachment_editor import AttachmentEditor
from isa_desktop.ui.formview.editors import (
    ChoiceBox,
    DateLine,
    MultiChoiceChecks,
    NumberLine,
    TextArea,
    TextLine,
    YesNoButtons,
)
from isa_desktop.ui.formview.table_editor import TableEditor

_NUMBERS = frozenset({"integer", "decimal", "money", "percent"})

#: Every editor widget; each has ``edited``/``committed`` signals, ``value()``, ``set_value()``
#: and ``focus_target()`` (``NumberLine`` and ``DateLine`` are ``TextLine`` subclasses).
Editor = (TextLine | TextArea | ChoiceBox | YesNoButtons | MultiChoiceChecks | TableEditor
          | AttachmentEditor)


def create_editor(question: Question, language: str, parent: QWidget | None = None) -> Editor:
    """A new editor for ``question``, named after it and labelled for screen readers."""
    kind = question.type
    editor: Editor
    if kind == "textarea":
        editor = TextArea(question, parent)
    elif kind == "yesno":
        editor = YesNoButtons(question, language, parent)
    elif kind == "choice":
        editor = ChoiceBox(question, language, parent)
    elif kind == "multichoice":
        editor = MultiChoiceChecks(question, language, parent)
    elif kind == "date":
        editor = DateLine(question, parent)
    elif kind in _NUMBERS:
        editor = NumberLine(question, parent)
    elif kind == "table":
        editor = TableEditor(question, language, parent)
    elif kind == "attachment":
        editor = AttachmentEditor(question, language, parent)
    else:  # text, email, phone
        editor = TextLine(question, parent)
    label = question.label.get(language)
    help_text = question.help.get(language) if question.help else ""
    main = editor.focus_target() if kind in ("table", "attachment") else editor
    if kind not in ("table", "attachment"):
        editor.setObjectName(question.id)
    for widget in {editor, main}:
        widget.setAccessibleName(label)
        widget.setAccessibleDescription(help_text)
    return editor
