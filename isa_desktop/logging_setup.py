"""Logging to a per-user file, with personal identifiers masked before anything is written."""

from __future__ import annotations

import logging
import logging.handlers
import os

from isa_desktop import paths


class MaskIdentifiers(logging.Filter):
    """Replaces SSN- and EIN-shaped numbers in log records by masked forms."""

    def filter(self, record: logging.LogRecord) -> bool:
        from isa_desktop.domain.identifiers import mask_identifiers_in

        message = record.getMessage()
        record.msg = mask_identifiers_in(message)
        record.args = ()
        if record.exc_text:
            record.exc_text = mask_identifiers_in(record.exc_text)
        return True


def setup_logging(level: int = logging.INFO) -> None:
    """Send log records to ``isa-desktop.log`` in the log folder (owner-only)."""
    log_file = paths.log_dir() / "isa-desktop.log"
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3,
                                                   encoding="utf-8")
    handler.addFilter(MaskIdentifiers())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    if os.name == "posix":
        os.chmod(log_file, 0o600)
