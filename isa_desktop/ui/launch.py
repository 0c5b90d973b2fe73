"""Starts the window: ``[FILE]``, ``--demo`` or ``--smoke [FILE]`` (PRODUCT §9)."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only for annotations: Qt itself is imported inside the functions, keeping start-up lazy.
    from PySide6.QtCore import QCoreApplication

    from isa_desktop.ui.main_window import MainWindow

_STARTED = time.perf_counter()
log = logging.getLogger(__name__)
USAGE = "usage: isa-desktop [FILE] | --demo | --dashboard [FOLDER] | --smoke [FILE]"


HELP = f"""{USAGE}

ISA Desktop prepares and maintains an importer's application to CBP's Importer
Self-Assessment program. With no command it opens the window.

  FILE                 open an application file (.isa)
  --demo               open the sample importer (a copy in your data folder)
  --dashboard [FOLDER] the broker's client dashboard for a folder of .isa files
  --smoke [FILE]       start, wait until the window is shown, print {{"startup_ms": N}}

Commands (isa-desktop COMMAND --help for each):
  forms        the question bank (--json, --lang fr-CA)
  new          create an application file
  import       merge answers from a JSON file, all or nothing
  export       write the answers as JSON
  attach       attach a policy document to a question
  check        completeness, validation, eligibility (exit 1 when not ready)
  packet       the application packet (PDF)
  mou          the Memorandum of Understanding (PDF; --sign CERT.p12)
  anl          the Annual Notification Letter for a year (PDF)
  review-report  the broker's pre-certification evaluation report (PDF)
  sample-size  attribute-sampling sample size
"""


class HelpRequested(Exception):
    """``--help``: the text to print (exit 0)."""


@dataclass(frozen=True)
class LaunchOptions:
    """What the command line asked the window to do."""

    file: Path | None = None
    demo: bool = False
    smoke: bool = False
    dashboard: bool = False


def parse_args(args: list[str]) -> LaunchOptions:
    """Read the window's arguments; ``ValueError`` carries the line to print."""
    demo = smoke = dashboard = False
    file: Path | None = None
    for arg in args:
        if arg in ("-h", "--help"):
            raise HelpRequested(HELP)
        if arg == "--demo":
            demo = True
        elif arg == "--dashboard":
            dashboard = True
        elif arg == "--smoke":
            smoke = True
        elif arg.startswith("-"):
            raise ValueError(f"unknown option {arg}\n{USAGE}")
        elif file is None:
            file = Path(arg)
        else:
            raise ValueError(f"only one file can be opened at a time\n{USAGE}")
    if demo and file is not None:
        raise ValueError(f"--demo opens the sample importer; give either --demo or a file\n{USAGE}")
    return LaunchOptions(file, demo, smoke, dashboard)


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux: from /proc; else since import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
        return max(0.0, (up - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0)
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _STARTED) * 1000.0


def launch(args: list[str]) -> int:
    """Run the window until it is closed; the exit code for the process."""
    try:
        options = parse_args(list(args))
    except HelpRequested as help_text:
        print(help_text)
        return 0
    except ValueError as exc:
        print(f"isa-desktop: {exc}", file=sys.stderr)
        return 2
    if options.dashboard and options.file is not None and not options.file.is_dir():
        print(f"isa-desktop: {options.file} is not a folder.", file=sys.stderr)
        return 2
    if not options.dashboard and options.file is not None and not options.file.is_file():
        print(f"isa-desktop: {options.file} does not exist.", file=sys.stderr)
        return 2
    from PySide6.QtCore import QTimer

    app = create_qapplication()
    window = create_window(options)
    window.show()
    if options.smoke:
        if (options.file is not None or options.demo) and not window.context.is_open:
            # A packaging check must notice a file the window refused to open.
            print(f"isa-desktop: {window.last_error or 'the file could not be opened.'}",
                  file=sys.stderr)
            window.close()
            return 2

        def report() -> None:
            print(json.dumps({"startup_ms": round(process_age_ms())}), flush=True)
            window.close()
            app.quit()

        # A zero timer fires once the event loop has painted the window and gone idle.
        QTimer.singleShot(0, report)
    else:
        install_crash_handler()
    return app.exec()


def create_qapplication() -> QCoreApplication:
    """The QApplication with names, high-DPI rounding, language and appearance applied."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from isa_desktop import APP_NAME, __version__

    existing = QApplication.instance()
    if existing is not None:
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("ISA Desktop")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("isa-desktop")
    return app


def create_window(options: LaunchOptions) -> MainWindow:
    """The main window with the requested file (or the demo) open."""
    from isa_desktop.ui import i18n
    from isa_desktop.ui.context import AppContext
    from isa_desktop.ui.main_window import MainWindow, apply_color_scheme
    from isa_desktop.ui.settings import Settings

    settings = Settings.load()
    i18n.install_language(settings.language)
    apply_color_scheme(settings.color_scheme)
    context = AppContext(settings.language)
    window = MainWindow(context, settings)
    context.setParent(window)
    if options.demo:
        window.open_demo()
    elif options.dashboard:
        window.show_dashboard(options.file)
    elif options.file is not None:
        window.open_path(options.file)
    return window


def install_crash_handler() -> None:
    """Bugs reaching the event loop are logged and shown, and the window keeps running."""
    previous = sys.excepthook

    def handle(kind: type[BaseException], value: BaseException, tb: object) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from isa_desktop.errors import UserError

        if isinstance(value, UserError):
            QMessageBox.warning(QApplication.activeWindow(), "ISA Desktop", value.message)
            return
        log.error("Unexpected error", exc_info=(kind, value, tb))  # type: ignore[arg-type]
        QMessageBox.critical(QApplication.activeWindow(), "ISA Desktop",
                             "Something unexpected went wrong. Your answers are saved; the "
                             "details are in the log file.")
        if kind is KeyboardInterrupt:
            previous(kind, value, tb)  # type: ignore[arg-type]

    sys.excepthook = handle
