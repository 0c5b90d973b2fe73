"""The review page jumps to questions; undo and redo go through the service."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from isa_desktop.ui.models.issues_model import QUESTION_ROLE


def _double_click_issue(qtbot, window, question: str) -> None:
    page = window.show_page("review")
    table = page.table
    rows = [r for r in range(page.model.rowCount())
            if page.model.index(r, 0).data(QUESTION_ROLE) == question]
    assert rows, f"no finding for {question}"
    rect = table.visualRect(page.model.index(rows[0], 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_review_lists_blockers_first_and_jumps_to_question(qtbot, window) -> None:
    page = window.show_page("review")
    severities = [page.model.row(r).severity for r in range(page.model.rowCount())]
    order = {"blocker": 0, "error": 1, "warning": 2}
    assert severities == sorted(severities, key=order.get)
    _double_click_issue(qtbot, window, "profile.legal_name")
    target = window.findChild(QWidget, "profile.legal_name")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target)
    assert window.stack.currentWidget() is window.pages["form:profile"]
    assert window.navigator.current_key() == "form:profile"


def test_review_jumps_to_a_table_cell(qtbot, window) -> None:
    assert window.context.store_answer("profile.ior_numbers", [{"entity": "Acme"},
                                                               {"number": "12"}])
    _double_click_issue(qtbot, window, "profile.ior_numbers[1].number")
    view = window.findChild(QTableView, "profile.ior_numbers")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    current = view.currentIndex()
    assert (current.row(), view.model().columns[current.column()].id) == (1, "number")


def test_typing_merges_into_one_undo_step_and_redo_restores(qtbot, window) -> None:
    window.show_page("form:profile")
    edit = window.findChild(QWidget, "profile.legal_name")
    edit.setFocus()
    qtbot.keyClicks(edit, "Acme")
    qtbot.waitUntil(lambda: window.context.answer("profile.legal_name") == "Acme")
    qtbot.keyClicks(edit, " Imports")
    qtbot.waitUntil(lambda: window.context.answer("profile.legal_name") == "Acme Imports")
    assert window.context.undo_stack.count() == 1
    window.menu_actions.undo.trigger()
    assert window.context.answer("profile.legal_name") is None
    assert edit.text() == ""
    window.menu_actions.redo.trigger()
    assert window.context.answer("profile.legal_name") == "Acme Imports"
    assert edit.text() == "Acme Imports"


def test_edits_in_two_fields_are_two_undo_steps(qtbot, window) -> None:
    window.show_page("form:profile")
    name = window.findChild(QWidget, "profile.legal_name")
    name.setFocus()
    qtbot.keyClicks(name, "Acme")
    ocean = window.findChild(QWidget, "profile.modes=ocean")
    qtbot.mouseClick(ocean, Qt.MouseButton.LeftButton)  # flushes the typing first
    qtbot.waitUntil(lambda: window.context.answer("profile.modes") == ["ocean"])
    assert window.context.answer("profile.legal_name") == "Acme"
    assert window.context.undo_stack.count() == 2
    window.undo()
    assert window.context.answer("profile.modes") is None
    assert not ocean.isChecked()
    assert window.context.answer("profile.legal_name") == "Acme"
    window.undo()
    assert window.context.answer("profile.legal_name") is None


def test_table_rows_are_added_edited_and_undone(qtbot, window) -> None:
    window.show_page("form:profile")
    editor = window.pages["form:profile"].rows["profile.ior_numbers"].editor
    qtbot.mouseClick(window.findChild(QWidget, "profile.ior_numbers#add"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.context.answer("profile.ior_numbers") == [{}])
    view = editor.view
    qtbot.waitUntil(lambda: view.state() == QTableView.State.EditingState)
    qtbot.keyClicks(QApplication.focusWidget(), "84-3927715-00")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.answer("profile.ior_numbers")
                    == [{"number": "84-3927715-00"}])
    window.undo()
    assert window.context.answer("profile.ior_numbers") == [{}]
    assert editor.model.rowCount() == 1
