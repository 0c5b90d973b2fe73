"""Runs a document build in a child process and turns its JSON lines into signals.

See :mod:`isa_desktop.services.build_job` for why builds run in their own process.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal


@dataclass(frozen=True)
class BuildRequest:
    """What to build, from which file, to where."""

    document: str  # "packet" | "mou" | "anl" | "review_report"
    source: Path
    target: Path
    prepared_by: str | None = None
    year: int | None = None
    lang: str = "en"

    def arguments(self) -> list[str]:
        """Command-line arguments of the build job."""
        args = ["-m", "isa_desktop.services.build_job", self.document, str(self.source),
                str(self.target), "--lang", self.lang]
        if self.year is not None:
            args += ["--year", str(self.year)]
        if self.prepared_by:
            args += ["--prepared-by", self.prepared_by]
        return args


class BuildProcess(QObject):
    """One build: ``start()``, then ``progressed`` … ``succeeded`` | ``failed`` | ``cancelled``,
    and always ``finished`` last."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)  # the result dict: path, pages, sha256, warnings
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, request: BuildRequest, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self._cancel_requested = False
        self._outcome: tuple[str, Any] | None = None
        self._buffer = b""
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("PYTHONUNBUFFERED", "1")
        self.process.setProcessEnvironment(environment)
        self.process.readyReadStandardOutput.connect(self._on_output)
        self.process.finished.connect(self._on_finished)
        self.process.errorOccurred.connect(self._on_error)

    def start(self) -> None:
        """Start the child process."""
        self.process.start(sys.executable, self.request.arguments())

    def cancel(self) -> None:
        """End the build; the half-written file is removed and nothing else changes."""
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self._cancel_requested = True
            self.process.kill()

    def _on_output(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            self._on_line(line.decode("utf-8", "replace"))

    def _on_line(self, line: str) -> None:
        try:
            data = json.loads(line)
        except ValueError:
            return  # not one of ours (a library printing); ignored
        if "progress" in data:
            done, total, message = data["progress"]
            self.progressed.emit(int(done), int(total), str(message))
        elif "result" in data:
            self._outcome = ("result", data["result"])
        elif "error" in data:
            self._outcome = ("error", str(data["error"]))

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._outcome = ("error", "The PDF builder could not be started.")
            self._finish()

    def _on_finished(self, _code: int, _status: QProcess.ExitStatus) -> None:
        self._on_output()
        self._finish()

    def _finish(self) -> None:
        if self._cancel_requested:
            _remove_partial(self.request.target)
            self.cancelled.emit()
        elif self._outcome is not None and self._outcome[0] == "result":
            self.succeeded.emit(self._outcome[1])
        else:
            message = (self._outcome[1] if self._outcome else
                       "The PDF builder stopped unexpectedly; details are in the log.")
            self.failed.emit(message)
        self.finished.emit()


def _remove_partial(target: Path) -> None:
    """Temporary files a killed build may leave beside the target."""
    for leftover in target.parent.glob(f".{target.name}.*.tmp"):
        leftover.unlink(missing_ok=True)
