"""Composition root: arguments → logging → the command line or the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``isa-desktop``: a subcommand runs the CLI, anything else the window."""
    args = list(sys.argv[1:] if argv is None else argv)
    from isa_desktop.logging_setup import setup_logging

    setup_logging()
    from isa_desktop.cli import COMMANDS

    if args and args[0] in COMMANDS:
        from isa_desktop.cli import run

        return run(args)
    from isa_desktop.ui.launch import launch

    return launch(args)
