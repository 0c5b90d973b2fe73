"""Overview: where the application stands, what blocks it, and what to do next."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isa_desktop.domain.account import account_info
from isa_desktop.services.check import CheckReport
from isa_desktop.ui.context import AppContext
from isa_desktop.ui.formview.question_row import error_colour
from isa_desktop.ui.screens.account_card import AccountCard
from isa_desktop.ui.screens.common import Page, heading, rule, soft_label

_NAME_QUESTIONS = ("company.legal_name", "profile.legal_name")


class OverviewPage(Page):
    """Eligibility with blockers explained, completion per section, next steps."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("page:overview")
        self._dynamic: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        context.answer_changed.connect(self._schedule)
        context.attachments_changed.connect(self._schedule)
        context.review_changed.connect(self._schedule)
        self.refresh()

    def _schedule(self, *_args: object) -> None:
        if self.isVisible():
            self._timer.start()

    def refresh(self) -> None:
        """Rebuild the page from the current check report."""
        report = self.context.report()
        if self._dynamic is not None:
            self.body.removeWidget(self._dynamic)
            self._dynamic.deleteLater()
        self._dynamic = QWidget(self.content)
        layout = QVBoxLayout(self._dynamic)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        if report is not None and self.context.app is not None:
            self._build(layout, report)
        layout.addStretch(1)
        self.body.addWidget(self._dynamic)

    def _build(self, layout: QVBoxLayout, report: CheckReport) -> None:
        app = self.context.app
        assert app is not None
        view = self.context.view()
        name = next((str(view[q]) for q in _NAME_QUESTIONS if view.get(q)), app.path.stem)
        layout.addWidget(heading(name, 1, self._dynamic))
        layout.addWidget(soft_label(self.tr(
            "%1 — everything you enter is saved in %2 as you type. Work through the sections "
            "on the left in any order; this page tells you what is left.")
            .replace("%1", app.program.header.title.get(self.context.language))
            .replace("%2", app.path.name), self._dynamic))
        self._eligibility(layout, report)
        self._review_comments(layout)
        if "account.manager_name" in app.program.questions:
            layout.addWidget(rule(self._dynamic))
            layout.addWidget(AccountCard(account_info(view, self.context.language),
                                         self._benefit_labels(), self._dynamic))
        layout.addWidget(rule(self._dynamic))
        self._next_steps(layout, report)
        layout.addWidget(rule(self._dynamic))
        self._completion(layout, report)

    # -- eligibility ------------------------------------------------------------------------
    def _eligibility(self, layout: QVBoxLayout, report: CheckReport) -> None:
        eligibility = report.eligibility
        layout.addSpacing(8)
        if eligibility.eligible:
            title = self.tr("✓ Eligible to apply")
        else:
            title = self.tr("Not eligible yet")
        status = heading(title, 2, self._dynamic)
        status.setObjectName("overview.eligibility")
        if not eligibility.eligible:
            status.setStyleSheet(f"color: {error_colour(self)};")
        layout.addWidget(status)
        if eligibility.summary:
            layout.addWidget(soft_label(eligibility.summary, self._dynamic))
        route = self._route_text(report)
        if route:
            label = QLabel(route, self._dynamic)
            label.setObjectName("overview.route")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        for finding in eligibility.blockers + eligibility.warnings:
            layout.addWidget(self._finding_line(finding.severity, finding.message,
                                                finding.hint, finding.question))

    def _route_text(self, report: CheckReport) -> str:
        """The Focused Assessment transition route in a line, when one was declared."""
        fa = report.focused_assessment()
        if fa is None:
            return ""
        if fa["route_open"]:
            return (self.tr("Route: Focused Assessment transition — report %1 of %2; the route "
                            "stays open until %3.")
                    .replace("%1", str(fa["reference"] or self.tr("(no number given)")))
                    .replace("%2", str(fa["report_date"])).replace("%3",
                                                                   str(fa["window_closes"])))
        return self.tr("Route: standard application.")

    def _review_comments(self, layout: QVBoxLayout) -> None:
        """Open pre-certification comments: how many, and a way to the review page."""
        comments = self.context.review_comments()
        open_ones = [c for c in comments if not c.addressed]
        if not comments:
            return
        text = self.tr("Review comments from your broker: %1, of which %2 still open. Each "
                       "one appears beside the question it concerns.")
        text = text.replace("%1", str(len(comments))).replace("%2", str(len(open_ones)))
        general = [c for c in open_ones if not c.question_id]
        button = QCommandLinkButton(self.tr("Pre-certification review"), text, self._dynamic)
        button.setObjectName("overview.review_comments")
        button.clicked.connect(lambda: self.navigate_requested.emit("precert"))
        layout.addWidget(button)
        for comment in general:
            layout.addWidget(self._finding_line(
                "warning", self.tr("Broker's comment: %1").replace("%1", comment.text),
                None, None))

    def _benefit_labels(self) -> dict[str, str]:
        app = self.context.app
        question = app.program.questions.get("account.benefits") if app else None
        return {c.value: c.label.get(self.context.language)
                for c in (question.choices or [])} if question else {}

    def _finding_line(self, severity: str, message: str, hint: str | None,
                      question: str | None) -> QWidget:
        box = QWidget(self._dynamic)
        grid = QGridLayout(box)
        grid.setContentsMargins(12, 4, 0, 4)
        mark = QLabel("⛔" if severity == "blocker" else "⚠", box)
        grid.addWidget(mark, 0, 0)
        text = QLabel(message, box)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(text, 0, 1)
        if hint:
            grid.addWidget(soft_label(hint, box), 1, 1)
        if question:
            button = QPushButton(self.tr("Go to question"), box)
            button.setAccessibleName(self.tr("Go to question: %1").replace("%1", message))
            button.clicked.connect(lambda _=False, q=question:
                                   self.navigate_requested.emit(f"question:{q}"))
            grid.addWidget(button, 0, 2)
        grid.setColumnStretch(1, 1)
        return box

    # -- next steps -------------------------------------------------------------------------
    def _next_steps(self, layout: QVBoxLayout, report: CheckReport) -> None:
        layout.addWidget(heading(self.tr("What to do next"), 2, self._dynamic))
        app = self.context.app
        assert app is not None
        steps: list[tuple[str, str, str]] = []
        for form_id, item in report.forms.items():
            if item.answered < item.required and len(steps) < 2:
                title = app.program.form(form_id).title.get(self.context.language)
                steps.append((self.tr("Continue with “%1”").replace("%1", title),
                              self.tr("%1 of %2 required answers still missing.")
                              .replace("%1", str(item.required - item.answered))
                              .replace("%2", str(item.required)),
                              f"form:{form_id}"))
        problems = len(report.errors)
        if problems:
            steps.append((self.tr("Fix what the review lists"),
                          self.tr("Answers missing or to correct: %1. Start with the blockers.")
                          .replace("%1", str(problems)), "review"))
        steps.append((self.tr("Build the application packet"),
                      self.tr("A printable PDF with your answers, policies and the MOU. You can "
                              "build a draft at any time."), "packet"))
        for title, description, target in steps:
            button = QCommandLinkButton(title, description, self._dynamic)
            button.clicked.connect(lambda _=False, t=target: self.navigate_requested.emit(t))
            layout.addWidget(button)

    # -- completion ---------------------------------------------------------------------------
    def _completion(self, layout: QVBoxLayout, report: CheckReport) -> None:
        layout.addWidget(heading(self.tr("Completion by section"), 2, self._dynamic))
        overall = QLabel(self.tr("Overall: %1 % of the required answers are given.")
                         .replace("%1", _whole_percent(report.complete_pct)), self._dynamic)
        layout.addWidget(overall)
        app = self.context.app
        assert app is not None
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        for row, (form_id, item) in enumerate(report.forms.items()):
            title = app.program.form(form_id).title.get(self.context.language)
            link = QPushButton(title, self._dynamic)
            link.setFlat(True)
            link.setStyleSheet("text-align: left; padding: 2px 4px;")
            link.clicked.connect(lambda _=False, f=form_id:
                                 self.navigate_requested.emit(f"form:{f}"))
            bar = QProgressBar(self._dynamic)
            bar.setRange(0, max(item.required, 1))
            bar.setValue(item.answered if item.required else 1)
            bar.setFormat(f"{item.answered} / {item.required}")
            bar.setAccessibleName(self.tr("%1 completion").replace("%1", title))
            bar.setMinimumWidth(260)
            grid.addWidget(link, row, 0)
            grid.addWidget(bar, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)


def _whole_percent(value: float) -> str:
    """A share in whole percent that says 100 only when nothing is missing (326 of 327 is 99)."""
    return str(100 if value >= 100 else min(99, math.floor(value)))
