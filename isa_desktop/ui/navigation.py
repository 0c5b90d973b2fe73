"""The navigator's table: which pages exist, in which order and group.

Adding a page is one line in :data:`NAVIGATION`. An entry either names a page class (any
``Page`` taking ``(context, parent)``) or a form ``nav`` value, which expands into one page per
visible form of the open program (the questionnaire gets one page per COSO component).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from isa_desktop.ui.context import AppContext
from isa_desktop.ui.i18n import QT_TRANSLATE_NOOP
from isa_desktop.ui.screens.common import Page

PageFactory = Callable[[AppContext, Any], Page]


def _page(module: str, name: str, **options: Any) -> PageFactory:
    """Import page classes only when first shown, which keeps start-up fast."""

    def factory(context: AppContext, parent: Any) -> Page:
        import importlib

        cls = getattr(importlib.import_module(f"isa_desktop.ui.screens.{module}"), name)
        return cls(context, parent, **options)

    return factory


@dataclass(frozen=True)
class NavEntry:
    """One line of the navigator table (``forms`` expands into one item per form)."""

    key: str
    title: str = ""
    factory: PageFactory | None = None
    group: str = ""
    forms: str | None = None


_APPLICATION = QT_TRANSLATE_NOOP("Navigator", "Application")
_QUESTIONNAIRE = QT_TRANSLATE_NOOP("Navigator", "Questionnaire")
_SELF_TESTING = QT_TRANSLATE_NOOP("Navigator", "Self-testing")
_SUBMIT = QT_TRANSLATE_NOOP("Navigator", "Submit")
_AFTER = QT_TRANSLATE_NOOP("Navigator", "After acceptance")

NAVIGATION: tuple[NavEntry, ...] = (
    NavEntry("overview", QT_TRANSLATE_NOOP("Navigator", "Overview"),
             _page("overview", "OverviewPage")),
    NavEntry("eligibility", group=_APPLICATION, forms="eligibility"),
    NavEntry("company", group=_APPLICATION, forms="company"),
    NavEntry("questionnaire", group=_QUESTIONNAIRE, forms="questionnaire"),
    NavEntry("policies", group=_QUESTIONNAIRE, forms="policies"),
    NavEntry("ps", group=_QUESTIONNAIRE, forms="ps"),
    NavEntry("risk", QT_TRANSLATE_NOOP("Navigator", "Risk matrix"),
             _page("risk_page", "RiskPage"), _SELF_TESTING),
    NavEntry("plan", QT_TRANSLATE_NOOP("Navigator", "Self-testing plan"),
             _page("plan_page", "PlanPage"), _SELF_TESTING),
    NavEntry("results", QT_TRANSLATE_NOOP("Navigator", "Test results"),
             _page("results_page", "ResultsPage"), _SELF_TESTING),
    NavEntry("mou", QT_TRANSLATE_NOOP("Navigator", "MOU"),
             _page("packet", "PacketPage", document="mou"), _SUBMIT),
    NavEntry("review", QT_TRANSLATE_NOOP("Navigator", "Review"),
             _page("review", "ReviewPage"), _SUBMIT),
    NavEntry("precert", QT_TRANSLATE_NOOP("Navigator", "Pre-certification review"),
             _page("review_mode", "ReviewModePage"), _SUBMIT),
    NavEntry("packet", QT_TRANSLATE_NOOP("Navigator", "Packet"),
             _page("packet", "PacketPage", document="packet"), _SUBMIT),
    NavEntry("anl", QT_TRANSLATE_NOOP("Navigator", "Annual notification"),
             _page("packet", "PacketPage", document="anl"), _AFTER),
)


@dataclass(frozen=True)
class NavItem:
    """A navigator line for the open file: a page key, its title and group."""

    key: str
    title: str
    group: str
    factory: PageFactory
    form_id: str | None = None


def _form_factory(form_id: str) -> PageFactory:
    def factory(context: AppContext, parent: Any) -> Page:
        from isa_desktop.ui.screens.form_page import FormPage

        assert context.app is not None
        return FormPage(context, context.app.program.form(form_id), parent)

    return factory


def nav_items(context: AppContext) -> list[NavItem]:
    """The navigator lines for the open file, titles in the current language."""
    items: list[NavItem] = []
    app = context.app
    view = context.view()
    for entry in NAVIGATION:
        group = QCoreApplication.translate("Navigator", entry.group) if entry.group else ""
        if entry.forms is None:
            assert entry.factory is not None
            title = QCoreApplication.translate("Navigator", entry.title)
            items.append(NavItem(entry.key, title, group, entry.factory))
            continue
        if app is None:
            continue
        for form in app.program.forms:
            if form.nav == entry.forms and app.program.form_visible(form, view):
                items.append(NavItem(f"form:{form.id}", form.title.get(context.language),
                                     group, _form_factory(form.id), form.id))
    return items
