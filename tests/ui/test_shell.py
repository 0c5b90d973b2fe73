"""The window shell: language switch, accessibility, models, masking, settings, --smoke."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from isa_desktop.formspec import Question, load_program
from isa_desktop.storage import AttachmentInfo
from isa_desktop.ui.formview.editors import TextLine
from isa_desktop.ui.models.attachments_model import AttachmentsModel
from isa_desktop.ui.models.issues_model import IssueRow, IssuesModel
from isa_desktop.ui.models.table_model import TableRowsModel
from isa_desktop.ui.settings import Settings

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractItemView)


def test_switching_to_french_relabels_window_and_forms(qtbot, window) -> None:
    window.show_page("form:profile")
    assert window.menu_actions.file_menu.title() == "&File"
    window.set_language("fr-CA")
    assert window.menu_actions.file_menu.title() == "&Fichier"
    assert window.menu_actions.undo.text() == "&Annuler"
    titles = [window.navigator.item(i).text() for i in range(window.navigator.count())]
    assert "Qui vous êtes" in titles and "Vue d’ensemble" in titles
    page = window.stack.currentWidget()
    assert page.rows["profile.legal_name"].label.text().startswith(
        "Dénomination sociale de l'importateur")
    assert window.findChild(QWidget, "profile.kind").itemText(0) == "— Choisir —"
    assert window.save_state.text() == "Toutes les modifications sont enregistrées"
    window.set_language("en")
    assert window.menu_actions.file_menu.title() == "&File"
    assert Settings.load().language == "en"


def test_every_input_has_an_accessible_name_and_question_ids(qtbot, window) -> None:
    app = window.context.app
    for form in app.program.forms:
        page = window.show_page(f"form:{form.id}")
        for question in form.questions():
            editor = page.rows[question.id].editor
            main = editor.focus_target() if question.type in ("table", "attachment") else editor
            assert main.objectName() == question.id
        for widget in page.findChildren(QWidget):
            if isinstance(widget, INPUTS) and not isinstance(widget, QAbstractItemView) or (
                    isinstance(widget, QAbstractItemView) and widget.objectName()):
                if widget.objectName().startswith("qt_"):  # Qt's own corner button
                    continue
                name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
                assert name, f"{widget.objectName()} has no accessible name"


def test_every_table_model_passes_the_model_tester(qtmodeltester) -> None:
    program = load_program("sample")
    table = TableRowsModel(program.questions["profile.ior_numbers"])
    table.set_rows([{"number": "84-3927715-00", "entity": "Acme", "share_pct": 60},
                    {"number": "123-45-6789", "share_pct": 40}])
    qtmodeltester.check(table, force_py=True)
    table.add_row()
    table.move_row(0, 1)
    table.remove_row(2)
    qtmodeltester.check(table, force_py=True)
    attachments = AttachmentsModel()
    attachments.set_rows([AttachmentInfo(1, "q", "policy.pdf", "application/pdf", 2048,
                                          "ab" * 32, "2024-01-02T03:04:05Z", "me")])
    qtmodeltester.check(attachments, force_py=True)
    issues = IssuesModel()
    issues.set_rows([IssueRow("blocker", "Eligibility", "Needs C-TPAT", "eligibility.x", "Hint"),
                     IssueRow("warning", "Company", "Check this", None)])
    qtmodeltester.check(issues, force_py=True)


def test_ssn_is_masked_in_tables_and_unfocused_fields(qtbot) -> None:
    program = load_program("sample")
    table = TableRowsModel(program.questions["profile.ior_numbers"])
    table.set_rows([{"number": "123-45-6789"}])
    assert table.index(0, 0).data() == "***-**-6789"
    assert table.index(0, 0).data(0x0002) == "123-45-6789"  # EditRole keeps the real value
    question = Question.model_validate({"id": "x.ior", "type": "text", "label": "IOR",
                                        "validator": "ior"})
    edit = TextLine(question)
    qtbot.addWidget(edit)
    edit.set_value("123-45-6789")
    assert edit.text() == "***-**-6789"
    assert edit.value() == "123-45-6789"


def test_recent_files_and_geometry_are_remembered(qtbot, window, sample_file: Path) -> None:
    window.resize(1000, 700)
    window.close()
    settings = Settings.load()
    assert settings.recent_files[0] == str(sample_file.resolve())
    assert not settings.geometry.isEmpty()


def test_smoke_prints_startup_time(sample_file: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISA_DESKTOP_HOME=str(tmp_path / "h"))
    result = subprocess.run([sys.executable, "-m", "isa_desktop", "--smoke", str(sample_file)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["startup_ms"] > 0


def test_bad_arguments_exit_2_with_one_line(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISA_DESKTOP_HOME=str(tmp_path / "h"))
    result = subprocess.run([sys.executable, "-m", "isa_desktop", str(tmp_path / "nope.isa")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_smoke_on_a_refused_file_says_why_and_exits_2(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISA_DESKTOP_HOME=str(tmp_path / "h"))
    junk = tmp_path / "junk.isa"
    junk.write_text("not an application")
    result = subprocess.run([sys.executable, "-m", "isa_desktop", "--smoke", str(junk)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2 and result.stdout == ""
    assert "junk.isa is not an ISA Desktop file" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_the_window_options_and_the_commands(tmp_path: Path) -> None:
    env = dict(os.environ, ISA_DESKTOP_HOME=str(tmp_path / "h"))
    result = subprocess.run([sys.executable, "-m", "isa_desktop", "--help"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0
    for word in ("--demo", "--dashboard", "--smoke", "check", "packet", "sample-size"):
        assert word in result.stdout


@pytest.mark.parametrize("language", ["en", "fr-CA"])
def test_every_page_fits_a_1024_pixel_window(qtbot, tmp_path: Path, language: str) -> None:
    """Nothing on a page is wider than the page: help text wraps instead of being cut."""
    from isa_desktop.services.demo import build_demo
    from isa_desktop.ui.launch import LaunchOptions, create_window

    window = create_window(LaunchOptions(file=build_demo(tmp_path / "demo.isa")))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.set_language(language)
    too_wide = []
    for key in list(window._items):
        page = window.show_page(key)
        if page.content.minimumSizeHint().width() > page.viewport().width():
            too_wide.append(key)
    window.close()
    assert too_wide == []


def test_dark_mode_override_darkens_the_palette_even_where_the_platform_ignores_it(
        qtbot, window) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    window.set_color_scheme("dark")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 100
    window.set_color_scheme("light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150
    window.set_color_scheme("system")
