"""Generated form pages: typing saves, answers survive reopening, conditions show and hide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QRadioButton, QWidget

from isa_desktop.services.application import Application


def _editor(window: object, question_id: str) -> QWidget:
    widget = window.findChild(QWidget, question_id)  # type: ignore[attr-defined]
    assert widget is not None, question_id
    return widget


def test_typing_is_saved_and_survives_reopening(qtbot, window, sample_file: Path) -> None:
    window.show_page("form:profile")
    edit = _editor(window, "profile.legal_name")
    assert isinstance(edit, QLineEdit)
    edit.setFocus()
    qtbot.keyClicks(edit, "Cascade Ridge Outfitters")
    qtbot.waitUntil(lambda: window.context.answer("profile.legal_name")
                    == "Cascade Ridge Outfitters")
    assert window.save_state.text() == "All changes saved"
    window.close()
    with Application.open(sample_file) as app:
        assert app.answers()["profile.legal_name"] == "Cascade Ridge Outfitters"


def test_reopened_file_shows_stored_answers(qtbot, tmp_path: Path) -> None:
    from isa_desktop.ui.launch import LaunchOptions, create_window

    path = tmp_path / "filled.isa"
    with Application.create(path, "sample") as app:
        app.set_answer("profile.legal_name", "Acme Imports")
        app.set_answer("profile.employees", 48)
        app.set_answer("profile.modes", ["air", "truck"])
    win = create_window(LaunchOptions(file=path))
    qtbot.addWidget(win)
    win.show_page("form:profile")
    assert _editor(win, "profile.legal_name").text() == "Acme Imports"
    assert _editor(win, "profile.employees").text() == "48"
    assert _editor(win, "profile.modes=air").isChecked()
    assert not _editor(win, "profile.modes=ocean").isChecked()
    win.close()


def test_wrong_number_shows_inline_message_and_is_not_stored(qtbot, window) -> None:
    window.show_page("form:profile")
    edit = _editor(window, "profile.employees")
    edit.setFocus()
    qtbot.keyClicks(edit, "lots")
    page = window.pages["form:profile"]
    row = page.rows["profile.employees"]
    qtbot.waitUntil(lambda: "not a number" in row.message.text())
    assert window.context.answer("profile.employees") is None


def test_invalid_email_is_explained_when_leaving_the_field(qtbot, window) -> None:
    window.show_page("form:profile")
    edit = _editor(window, "profile.email")
    edit.setFocus()
    qtbot.keyClicks(edit, "not-an-email")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    row = window.pages["form:profile"].rows["profile.email"]
    qtbot.waitUntil(lambda: row.message.text() != "")
    assert window.context.answer("profile.email") == "not-an-email"  # kept, then explained


def test_conditional_question_shows_and_hides(qtbot, window) -> None:
    window.show_page("form:controls")
    page = window.pages["form:controls"]
    row = page.rows["controls.ftz_number"]
    assert row.isHidden()
    yes = _editor(window, "controls.uses_ftz=yes")
    assert isinstance(yes, QRadioButton)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not row.isHidden())
    assert window.context.answer("controls.uses_ftz") == "yes"
    assert row.label.text().endswith("*")  # required once shown
    qtbot.mouseClick(_editor(window, "controls.uses_ftz=no"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(row.isHidden)


def test_control_question_follow_ups(qtbot, window) -> None:
    window.show_page("form:controls")
    rows = window.pages["form:controls"].rows
    narrative = rows["controls.written_policy.narrative"]
    remediation = rows["controls.written_policy.remediation"]
    assert narrative.isHidden() and remediation.isHidden()
    qtbot.mouseClick(_editor(window, "controls.written_policy=no"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not remediation.isHidden())
    assert narrative.isHidden()


def test_an_invalid_number_in_a_table_is_flagged_in_the_cell_and_under_the_table(
        qtbot, window) -> None:
    from PySide6.QtCore import Qt as QtNS
    from PySide6.QtWidgets import QTableView

    window.show_page("form:profile")
    view = window.findChild(QTableView, "profile.ior_numbers")
    model = view.model()
    while model.rowCount() == 0:
        model.add_row()
    assert model.setData(model.index(0, 0), "07-1234567-00", QtNS.ItemDataRole.EditRole)
    row = window.pages["form:profile"].rows["profile.ior_numbers"]
    qtbot.waitUntil(lambda: "07" in row.message_text, timeout=5000)
    assert "no IRS number starts with 07" in row.message_text
    assert model.index(0, 0).data(QtNS.ItemDataRole.ForegroundRole) is not None
    assert "starts with 07" in model.index(0, 0).data(QtNS.ItemDataRole.ToolTipRole)
    assert window.context.answer("profile.ior_numbers")[0]["number"] == "07-1234567-00"
    assert window._errors_by_form(window.context.report()) == {"profile": 1}  # badge "! 1"
    assert model.setData(model.index(0, 0), "84-3927715-00", QtNS.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: row.message_text == "", timeout=5000)
    assert model.index(0, 0).data(QtNS.ItemDataRole.ForegroundRole) is None
