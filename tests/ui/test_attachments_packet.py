"""Attachments by drag and drop; documents built in the background without blocking."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from isa_desktop.errors import UserError
from isa_desktop.ui.ops import start_op


def _drop(view: QTableView, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    target = view.viewport()
    point = QPoint(10, 10)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point.toPointF(), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)


def test_drag_and_drop_attaches_with_name_size_and_hash(qtbot, window, tmp_path) -> None:
    window.show_page("form:controls")
    qtbot.mouseClick(window.findChild(QWidget, "controls.written_policy=yes"),
                     Qt.MouseButton.LeftButton)
    document = tmp_path / "Customs policy.txt"
    document.write_bytes(b"Who owns customs compliance: the trade compliance manager.\n")
    view = window.findChild(QTableView, "controls.policy_document")
    qtbot.waitUntil(view.isVisible)
    _drop(view, [document])
    attached = window.context.attachments("controls.policy_document")
    assert [a.filename for a in attached] == ["Customs policy.txt"]
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 0).data() == "Customs policy.txt"
    assert model.index(0, 1).data() == f"{document.stat().st_size} bytes"
    digest = hashlib.sha256(document.read_bytes()).hexdigest()
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == digest
    assert window.save_state.text() == "All changes saved"


def test_empty_document_is_refused_with_a_message(qtbot, window, tmp_path) -> None:
    window.show_page("form:controls")
    qtbot.mouseClick(window.findChild(QWidget, "controls.written_policy=yes"),
                     Qt.MouseButton.LeftButton)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    view = window.findChild(QTableView, "controls.policy_document")
    _drop(view, [empty])
    assert window.context.attachments("controls.policy_document") == []
    assert "empty" in window.save_state.text()
    row = window.pages["form:controls"].rows["controls.policy_document"]
    assert "empty.pdf" in row.message.text()


def test_background_work_keeps_the_event_loop_turning_and_can_be_cancelled(qtbot) -> None:
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    seen: list[str] = []

    def work(progress, cancelled):
        for step in range(5000):
            if cancelled():
                raise UserError("stopped")
            progress(step, 5000, "step")
            threading.Event().wait(0.002)
        return "done"

    # Signals are connected before the work starts (the runner's contract).
    op = start_op(work, progressed=lambda *_a: seen.append("progress"),
                  succeeded=lambda _r: seen.append("succeeded"),
                  cancelled=lambda: seen.append("cancelled"),
                  finished=lambda: seen.append("finished"))
    qtbot.waitUntil(lambda: "progress" in seen and len(ticks) >= 3, timeout=5000)
    op.cancel()
    qtbot.waitUntil(lambda: "finished" in seen, timeout=5000)
    timer.stop()
    assert "cancelled" in seen and "succeeded" not in seen


def _build_while_counting_ticks(qtbot, page) -> list[int]:
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(page.build_finished, timeout=120000):
        qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
        assert page.cancel_button.isEnabled()
    timer.stop()
    return ticks


def test_packet_builds_in_a_child_process_and_previews(qtbot, window) -> None:
    page = window.show_page("packet")
    ticks = _build_while_counting_ticks(qtbot, page)
    assert len(ticks) >= 10  # the event loop kept turning during the build
    assert page.output.is_file() and page.output.read_bytes().startswith(b"%PDF-")
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.page_count > 0)
    assert "pages" in page.status.text()
    assert page.open_button.isEnabled() and not page.cancel_button.isEnabled()
    history = window.context.app.file.documents()
    assert history and history[0]["kind"] == "packet" and history[0]["pages"] > 0


def test_packet_build_can_be_cancelled(qtbot, window) -> None:
    page = window.show_page("packet")
    page.build()
    assert page.op is not None
    with qtbot.waitSignal(page.build_ended, timeout=30000):
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert "Cancelled" in page.status.text()
    assert not page.output.exists()
    assert not list(page.output.parent.glob(f".{page.output.name}.*"))


def test_a_failed_build_is_explained(qtbot, window, tmp_path) -> None:
    page = window.show_page("packet")
    page.output = tmp_path / "no such folder" / "packet.pdf"
    with qtbot.waitSignal(page.build_failed, timeout=120000) as failure:
        page.build()
    message = failure.args[0]
    assert message and "Traceback" not in message
    assert "not built" in page.status.text()
