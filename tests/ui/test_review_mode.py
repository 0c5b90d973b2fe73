"""Pre-certification review in the window: findings typed are stored; comments reach the
importer beside their question and "Addressed" is stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QPushButton, QWidget

from isa_desktop.services import review as rv
from isa_desktop.services.application import Application
from isa_desktop.services.demo import build_demo
from isa_desktop.services.preparer import Preparer, save_preparer

REVIEWER = Preparer("Marta Ruiz", "Northwind Customs Brokers", "NW4")


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """The sample importer's application, with a reviewer set on this computer."""
    save_preparer(REVIEWER)
    return build_demo(tmp_path / "client.isa")


def _open(qtbot: object, path: Path) -> Iterator[object]:
    from isa_desktop.ui import i18n
    from isa_desktop.ui.launch import LaunchOptions, create_window

    win = create_window(LaunchOptions(file=path))
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    if win.settings.language != "en":
        win.set_language("en")
    win.show()
    qtbot.waitExposed(win)  # type: ignore[attr-defined]
    yield win
    win.close()
    i18n.install_language("en")


@pytest.fixture
def demo_window(qtbot: object, demo_file: Path) -> Iterator[object]:
    """The main window on the sample importer."""
    yield from _open(qtbot, demo_file)


def test_finding_typed_in_the_review_page_is_stored(qtbot, demo_window) -> None:
    page = demo_window.show_page("precert")
    start = page.findChild(QPushButton, "precert.start")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert rv.current_review(demo_window.context.app).state == rv.IN_REVIEW
    assert "Marta Ruiz" in page.state_label.text()

    finding = page.findChild(QComboBox, "finding:policies.valuation")
    comment = page.findChild(QPlainTextEdit, "comment:policies.valuation")
    assert finding.isEnabled()
    comment.setFocus()
    qtbot.keyClicks(comment, "Assists are not covered")  # typed before a finding: not lost
    finding.setCurrentIndex(finding.findData("needs_work"))
    page.flush()

    stored = rv.current_review(demo_window.context.app).finding("policies.valuation")
    assert stored is not None
    assert (stored.finding, stored.comment) == ("needs_work", "Assists are not covered")
    assert stored.reference == "policies.valuation.form"  # the checklist's default question
    comments = rv.comments(demo_window.context.app, "policies.valuation.form")
    assert [c.text for c in comments] == ["Assists are not covered"]


def test_comment_shows_beside_its_question_and_addressed_is_stored(qtbot, demo_file) -> None:
    with Application.open(demo_file) as app:
        rv.start_review(app, REVIEWER)
        rv.save_finding(app, "completeness.ior_numbers", "needs_work",
                        "Add the IOR number used for returns.")
    for win in _open(qtbot, demo_file):
        page = win.show_page("form:company")
        note = page.findChild(QWidget, "review_note:completeness.ior_numbers")
        assert note is not None and note.isVisibleTo(page)
        row = page.rows["company.ior_numbers"]
        assert note.parent() is row  # beside the question it concerns
        box = note.findChild(QCheckBox, "addressed:completeness.ior_numbers")
        assert not box.isChecked()
        with qtbot.waitSignal(win.context.review_changed):
            box.click()
        stored = rv.comments(win.context.app, "company.ior_numbers")
        assert stored[0].addressed and stored[0].addressed_on
        overview = win.show_page("overview")
        links = overview.findChildren(QWidget, "overview.review_comments")
        assert links and "broker: 1, of which 0 still open" in \
            links[-1].description()  # the rebuilt page (the old one awaits deletion)


def test_evaluation_report_is_built_from_the_window(qtbot, demo_file) -> None:
    with Application.open(demo_file) as app:
        rv.start_review(app, REVIEWER)
        for item in rv.checklist_for(app).items:
            rv.save_finding(app, item.id, "meets")
        rv.complete_review(app, "ready", "Ready to present.")
    for win in _open(qtbot, demo_file):
        page = win.show_page("precert")
        assert "Review completed" in page.state_label.text()
        button = page.findChild(QPushButton, "precert.report")
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda p=page: p.op is None, timeout=60000)
        assert page.report_path is not None and page.report_path.is_file(), page.status.text()
        kinds = [d["kind"] for d in win.context.app.file.documents()]
        assert "review_report" in kinds
