"""The Qt binding must not leak references to None.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call that returns
nothing; after a few thousand calls (typing, repainting, waiting) the interpreter aborts with
"deallocating None". This guards the pinned version.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def test_calls_that_return_nothing_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for index in range(2000):
        label.setText(str(index))
        QCoreApplication.processEvents()
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references in 4,000 calls"
