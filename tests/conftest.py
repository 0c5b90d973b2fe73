"""Test-wide setup: Qt without a screen, and every per-user folder in a throw-away place.

Both environment variables must be set before anything imports Qt or reads a path.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ISA_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="isa-desktop-tests-")
