"""The client dashboard window: its table model, search, filters, opening and scanning."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from isa_desktop.services.client_rows import ClientRow, Deadline, UnreadableRow  # noqa: E402
from isa_desktop.services.workspace import new_client  # noqa: E402
from isa_desktop.ui.dashboard.model import ClientTableModel  # noqa: E402
from isa_desktop.ui.dashboard.window import DashboardWindow  # noqa: E402

TODAY = dt.date(2027, 1, 1)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The window remembers its folder in the config folder: keep that in a temp place."""
    home = tmp_path / "home"
    monkeypatch.setenv("ISA_DESKTOP_HOME", str(home))
    return home


def _row(name: str, pct: float, eligible: bool, search: str = "", due: int = 90) -> ClientRow:
    return ClientRow(path=Path(f"/clients/{name}.isa"), client=name, dba="", program="isa",
                     complete_pct=pct, eligible=eligible,
                     eligibility="eligible" if eligible else "not_eligible",
                     blockers=0 if eligible else 2, first_blocker="" if eligible else "No C-TPAT",
                     ior_masked=("***-**-6789",),
                     deadlines=(Deadline("policy_review", TODAY + dt.timedelta(days=due),
                                         "Policy review: Valuation"),),
                     last_changed="2026-12-01T10:00:00.000+00:00", change_id=1,
                     search_text=f"{name.lower()} 123-45-6789 123456789 {search}")


ROWS = [_row("Birch Imports", 40.0, False, "tents", due=5), _row("Alder Trading", 100.0, True),
        _row("Cedar Goods", 75.5, True, "polyester"),
        UnreadableRow(Path("/clients/broken.isa"), "broken.isa is damaged.")]


def test_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ClientTableModel(today=TODAY)
    model.set_rows(ROWS, TODAY)
    qtmodeltester.check(model)  # stays attached: checks the changes below
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 2).data() == "100 %"
    model.set_rows(ROWS[:2], TODAY)
    assert model.rowCount() == 2
    model.set_rows([], TODAY)


def test_model_shows_masked_numbers_and_sorts(qtbot) -> None:
    window = DashboardWindow()
    qtbot.addWidget(window)
    window.show_rows(ROWS, TODAY)
    proxy = window.proxy
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert names == ["Alder Trading", "Birch Imports", "broken.isa", "Cedar Goods"]
    window.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # completion
    assert [proxy.index(r, 2).data() for r in range(3)] == ["100 %", "76 %", "40 %"]
    ior_column = [proxy.index(r, 6).data() for r in range(proxy.rowCount())]
    assert "***-**-6789" in ior_column and not any("123" in (t or "") for t in ior_column)
    assert window.reminder_list.count() == 1
    assert window.reminder_list.item(0).text().startswith("Birch Imports: Policy review")


def test_search_and_filters(qtbot) -> None:
    window = DashboardWindow()
    qtbot.addWidget(window)
    window.show_rows(ROWS, TODAY)
    qtbot.keyClicks(window.search, "polyester")
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, 0).data() == "Cedar Goods"
    window.search.clear()
    qtbot.keyClicks(window.search, "123456789")  # an IOR number finds every client having it
    assert window.proxy.rowCount() == 3
    window.search.clear()
    window.filter_combo.setCurrentIndex(window.filter_combo.findData("unreadable"))
    assert window.proxy.rowCount() == 1 and window.proxy.index(0, 3).data() == "Unreadable"
    window.filter_combo.setCurrentIndex(window.filter_combo.findData("due_30"))
    assert window.proxy.rowCount() == 1 and window.proxy.index(0, 0).data() == "Birch Imports"
    window.filter_combo.setCurrentIndex(window.filter_combo.findData("all"))
    assert window.proxy.rowCount() == 4


def test_opening_emits_the_path(qtbot) -> None:
    window = DashboardWindow()
    qtbot.addWidget(window)
    window.show_rows(ROWS, TODAY)
    window.show()
    qtbot.waitExposed(window)
    window.table.selectRow(1)
    with qtbot.waitSignal(window.open_requested) as blocker:
        window.open_selected()
    assert blocker.args == [Path("/clients/Birch Imports.isa")]
    rect = window.table.visualRect(window.proxy.index(0, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.open_requested) as blocker:
        qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert blocker.args == [Path("/clients/Alder Trading.isa")]


def test_scanning_a_folder_and_rescanning_on_change(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    new_client(folder, "Alder Trading LLC", "84-3927715-00")
    (folder / "junk.isa").write_bytes(b"nonsense")
    window = DashboardWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.scan_finished, timeout=10000):
        window.set_folder(folder)
    assert window.model.rowCount() == 2
    assert window.statusBar().currentMessage() == "1 client files, 1 unreadable"
    with qtbot.waitSignal(window.scan_finished, timeout=10000):
        shutil.copyfile(folder / "Alder Trading LLC.isa", folder / "copy.isa")
    assert window.model.rowCount() == 3
    from isa_desktop import paths

    assert str(folder) in (paths.config_dir() / "dashboard.json").read_text()


def test_dialogs_collect_choices(qtbot, tmp_path: Path) -> None:
    from isa_desktop.services.answer_diff import diff_answers
    from isa_desktop.services.exchange import ReceiveResult
    from isa_desktop.services.preparer import Preparer
    from isa_desktop.ui.dashboard.dialogs import (
        NewClientWizard,
        PreparerDialog,
        ReceiveDialog,
        SendDialog,
    )

    wizard = NewClientWizard()
    qtbot.addWidget(wizard)
    qtbot.keyClicks(wizard.name_edit, "  Alder Trading LLC ")
    assert (wizard.legal_name, wizard.program, wizard.ior) == ("Alder Trading LLC", "isa", "")
    assert wizard.ior_edit.echoMode() == wizard.ior_edit.EchoMode.PasswordEchoOnEdit
    send = SendDialog("Alder Trading LLC")
    qtbot.addWidget(send)
    send.bundle_radio.setChecked(True)
    qtbot.keyClicks(send.password, "short")
    send._on_buttons_accepted()
    assert "at least 8" in send.problem.text() and send.result() == 0
    qtbot.keyClicks(send.password, "-enough")
    qtbot.keyClicks(send.repeat, "different")
    send._on_buttons_accepted()
    assert send.problem.text() == "The two passwords differ."
    diff = diff_answers({"company.dba": "Old", "company.ior": "123-45-6789"},
                        {"company.dba": "New", "company.website": "https://x.example"})
    result = ReceiveResult(received=tmp_path / "r.isa", local=tmp_path / "l.isa", diff=diff,
                           newer="received", received_changed="", local_changed="")
    receive = ReceiveDialog(result, {"company.dba": "Doing business as"})
    qtbot.addWidget(receive)
    texts = [[receive.tree.topLevelItem(i).text(c) for c in range(4)]
             for i in range(receive.tree.topLevelItemCount())]
    assert ["Changed", "Doing business as", "Old", "New"] in texts
    assert ["Removed", "company.ior", "***-**-6789", ""] in texts
    preparer = PreparerDialog(Preparer("Jo", "Gateway", "P7G"))
    qtbot.addWidget(preparer)
    assert preparer.preparer() == Preparer("Jo", "Gateway", "P7G")


def test_selection_survives_a_rescan(qtbot) -> None:
    window = DashboardWindow()
    qtbot.addWidget(window)
    window.show_rows(ROWS, TODAY)
    window.table.selectRow(3)  # Cedar Goods
    window.show_rows([ROWS[2], ROWS[0]], TODAY)
    assert window.selected_path() == Path("/clients/Cedar Goods.isa")
