"""A page generated from one form file: sections of questions bound to the open file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from isa_desktop.formspec import Form, Section
from isa_desktop.ui.context import AppContext
from isa_desktop.ui.formview.binder import FormBinder
from isa_desktop.ui.formview.question_row import QuestionRow
from isa_desktop.ui.screens.common import Page, heading, rule, soft_label


class FormPage(Page):
    """Every section and question of ``form``; answers are saved as they are typed."""

    def __init__(self, context: AppContext, form: Form, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = form
        self.setObjectName(f"page:{form.id}")
        language = context.language
        self.body.addWidget(heading(form.title.get(language), 1, self.content))
        if form.description is not None:
            self.body.addWidget(soft_label(form.description.get(language), self.content))
        self.progress = soft_label("", self.content)
        self.body.addWidget(self.progress)
        self.rows: dict[str, QuestionRow] = {}
        self._sections: list[tuple[QWidget, list[QuestionRow]]] = []
        for section in form.sections:
            self._add_section(section, language)
        self.body.addStretch(1)
        self.binder = FormBinder(context, form, self.rows, self)
        self.binder.visibility_changed.connect(self._on_binder_visibility_changed)
        self._on_binder_visibility_changed()
        for row in self.rows.values():
            row.comment_addressed.connect(self._on_row_comment_addressed)
        context.review_changed.connect(self._show_review_comments)
        self._show_review_comments()

    def _show_review_comments(self) -> None:
        """Put each pre-certification comment beside the question it concerns."""
        by_question: dict[str, list[object]] = {}
        for comment in self.context.review_comments():
            by_question.setdefault(comment.question_id, []).append(comment)
        for question_id, row in self.rows.items():
            row.set_review_comments(by_question.get(question_id, []))

    def _on_row_comment_addressed(self, comment_id: str, addressed: bool) -> None:
        self.context.mark_comment_addressed(comment_id, addressed)

    def _add_section(self, section: Section, language: str) -> None:
        box = QWidget(self.content)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 14, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(rule(box))
        layout.addWidget(heading(section.title.get(language), 2, box))
        if section.help is not None:
            layout.addWidget(soft_label(section.help.get(language), box))
            layout.addSpacing(6)
        rows = []
        for question in section.questions:
            row = QuestionRow(question, language, box)
            layout.addWidget(row)
            self.rows[question.id] = row
            rows.append(row)
        self.body.addWidget(box)
        self._sections.append((box, rows))

    def _on_binder_visibility_changed(self) -> None:
        for box, rows in self._sections:
            box.setVisible(any(not row.isHidden() for row in rows))
        report = self.context.report()
        item = report.forms.get(self.form.id) if report else None
        if item is None:
            self.progress.setText("")
            return
        text = QCoreApplication.translate(
            "FormPage", "%1 of %2 required answers given. Questions marked * are needed.")
        self.progress.setText(text.replace("%1", str(item.answered))
                              .replace("%2", str(item.required)))

    def focus_question(self, path: str) -> bool:
        """Scroll to and focus the question (or table cell) ``path``."""
        row = self.binder.focus(path)
        if row is None:
            return False
        self.ensureWidgetVisible(row, 0, 40)
        return True

    def flush(self) -> None:
        """Save the field being typed in."""
        self.binder.flush()

    def refresh(self) -> None:
        """Nothing to re-read: the binder follows every change."""
        self._on_binder_visibility_changed()
