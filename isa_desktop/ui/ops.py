"""Background work: run a function on the thread pool with progress, Cancel and clear errors.

Worker code never touches widgets; it reports through :class:`OpSignals`, which Qt delivers on
the GUI thread. A :class:`~isa_desktop.errors.UserError` becomes ``failed`` with its sentence;
anything else is a bug: logged with its traceback and reported as such.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from isa_desktop.errors import UserError

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelFn], Any]


class OpSignals(QObject):
    """What a running operation reports (delivered on the GUI thread)."""

    progressed = Signal(int, int, str)  # done, total, message
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()  # after any of the three outcomes


class Op(QRunnable):
    """One piece of background work; keep a reference while it runs."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = OpSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        """Whether Cancel was pressed."""
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, message: str = "") -> None:
        self.signals.progressed.emit(int(done), int(total), str(message))

    def run(self) -> None:
        """Run the work on a pool thread and report the outcome."""
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except UserError as exc:
            if self._cancel.is_set() or type(exc).__name__ == "BuildCancelled":
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(exc.message)
        except Exception as exc:  # a bug: keep the window alive, log everything
            log.exception("Background work failed")
            self.signals.failed.emit(QCoreApplication.translate(
                "Ops", "Something unexpected went wrong ({0}). Details are in the log file.")
                .format(type(exc).__name__))
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)
        self.signals.finished.emit()


def start_op(work: Work, *, progressed: Callable[[int, int, str], None] | None = None,
             succeeded: Callable[[Any], None] | None = None,
             failed: Callable[[str], None] | None = None,
             cancelled: Callable[[], None] | None = None,
             finished: Callable[[], None] | None = None,
             pool: QThreadPool | None = None) -> Op:
    """Connect the callbacks, then start ``work(progress, cancelled)`` on the thread pool.

    Connecting before starting matters: a quick job could otherwise finish unheard.
    """
    op = Op(work)
    pairs = ((op.signals.progressed, progressed), (op.signals.succeeded, succeeded),
             (op.signals.failed, failed), (op.signals.cancelled, cancelled),
             (op.signals.finished, finished))
    for signal, slot in pairs:
        if slot is not None:
            signal.connect(slot)
    (pool or QThreadPool.globalInstance()).start(op)
    return op
