"""Benchmark: scan a broker's folder of 1,000 realistic client files for the dashboard.

Run: /work/venv/bin/python bench/dashboard.py [--clients N] [--repeats R] [--folder DIR] [--ui]

Builds the sample importer once, then copies it N times with a different name, IOR number,
completion, policy review dates and acceptance date per client (each copy stores its dashboard
summary, as the app does when it closes a file). Prints, in milliseconds:
- the median cold scan (a fresh cache: every file's header, quick_check, schema and summary),
- the median rescan with the window's cache (what a folder-change notification costs),
- the slow path for one file without a summary (full open and check).
Target: cold scan <= 2,000 ms for 1,000 files. ``--ui`` also scans from the dashboard window
(offscreen) and prints the longest pause of the GUI event loop during the scan.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("ISA_DESKTOP_HOME", tempfile.mkdtemp(prefix="isa-bench-home-"))

from isa_desktop.domain.deadlines import add_months  # noqa: E402
from isa_desktop.services.application import Application  # noqa: E402
from isa_desktop.services.demo import build_demo  # noqa: E402
from isa_desktop.services.summary import store_summary  # noqa: E402
from isa_desktop.services.workspace import ScanCache, read_row, scan_folder  # noqa: E402

FIRST = ["Cascade", "Harbor", "Summit", "Prairie", "Atlantic", "Northern", "Granite", "Bayou",
         "Maple", "Pacific", "Lakeshore", "Redwood", "Copper", "Blue Ridge", "Desert"]
SECOND = ["Outfitters", "Trading", "Imports", "Supply", "Home Goods", "Apparel", "Tools",
          "Foods", "Electronics", "Marine", "Textiles", "Furniture"]
FORMS = ("Inc.", "LLC", "Corp.", "Ltd.", "Co.")
EIN_PREFIXES = ("12", "20", "27", "33", "45", "52", "61", "74", "84", "91")


def _ior(rng: random.Random) -> str:
    """Mostly EIN-based numbers; one client in ten is a sole proprietor with an SSN."""
    if rng.random() < 0.1:
        return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    return f"{rng.choice(EIN_PREFIXES)}-{rng.randint(1000000, 9999999)}-00"


def _vary(app: Application, index: int, rng: random.Random) -> None:
    """Give one copy its own identity, progress and dates."""
    name = f"{rng.choice(FIRST)} {rng.choice(SECOND)} {index:04d} {rng.choice(FORMS)}"
    answers: dict[str, object] = {
        "company.legal_name": name, "company.dba": name.split(" 0")[0],
        "company.ior_numbers": [{"number": _ior(rng), "entity": name}],
    }
    base = dt.date.today()
    for area in ("general", "classification", "valuation", "recordkeeping"):
        due = base + dt.timedelta(days=rng.randint(-20, 400))
        answers[f"policies.{area}.next_review"] = due.isoformat()
    if index % 3 == 1:  # a third are still early in their application
        answers.update({qid: None for qid in app.answers() if qid.startswith("control_")})
    app.import_answers(answers)
    if index % 4 == 0:  # a quarter are accepted members with ANL deadlines
        accepted = add_months(base, -rng.randint(1, 40))
        app.file.set_meta("accepted_on", accepted.isoformat())
    store_summary(app)


def build_clients(folder: Path, count: int, seed: int = 7) -> float:
    """Create ``count`` client files in ``folder``; returns the seconds it took."""
    start = time.perf_counter()
    template = folder / ".template.isa.src"
    build_demo(template)
    rng = random.Random(seed)
    for index in range(count):
        target = folder / f"client-{index:04d}.isa"
        shutil.copyfile(template, target)
        with Application.open(target, who="bench") as app:
            _vary(app, index, rng)
    template.unlink()
    return time.perf_counter() - start


def _median_ms(function: object, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _ui_pause_ms(folder: Path) -> tuple[float, float]:
    """Scan from the dashboard window; (scan ms, longest event-loop pause ms)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from isa_desktop.ui.dashboard.window import DashboardWindow

    app = QApplication.instance() or QApplication([])
    window = DashboardWindow(None)
    window.show()
    clock, pauses, last = QElapsedTimer(), [0.0], [0.0]
    clock.start()

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        pauses[0] = max(pauses[0], now - last[0])
        last[0] = now

    timer = QTimer(interval=5, timeout=tick)
    loop = QEventLoop()
    window.scan_finished.connect(loop.quit)
    start = time.perf_counter()
    last[0] = clock.nsecsElapsed() / 1e6
    timer.start()
    window.set_folder(folder)
    loop.exec()
    elapsed = (time.perf_counter() - start) * 1000
    timer.stop()
    window.close()
    app.processEvents()
    return elapsed, pauses[0]


def main() -> None:
    """Build the folder, time the scans, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--folder", type=Path, help="reuse (or fill) this folder")
    parser.add_argument("--ui", action="store_true", help="also scan from the window")
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="isa-bench-clients-"))
    folder.mkdir(parents=True, exist_ok=True)
    existing = len(list(folder.glob("*.isa")))
    if existing < args.clients:
        seconds = build_clients(folder, args.clients)
        print(f"built {args.clients} client files in {seconds:.1f} s ({folder})")
    rows = scan_folder(folder)
    stale = sum(1 for r in rows if getattr(r, "stale", True))
    if len(rows) < args.clients or stale:
        sys.exit(f"expected {args.clients} readable files with summaries; {stale} were not")
    cold = _median_ms(lambda: scan_folder(folder, cache=ScanCache()), args.repeats)
    cache = ScanCache()
    scan_folder(folder, cache=cache)
    warm = _median_ms(lambda: scan_folder(folder, cache=cache), args.repeats)
    sample = next(iter(sorted(folder.glob("*.isa"))))
    with Application.open(sample) as app:
        app.file.set_answer("company.dba", f"Changed {time.time()}")  # summary now stale
    slow = _median_ms(lambda: read_row(sample), args.repeats)
    with Application.open(sample) as app:
        store_summary(app)  # leave a reusable folder as it was
    print(f"cold scan of {len(rows)} files: median {cold:.0f} ms "
          f"({cold / len(rows):.2f} ms per file; target <= 2000 ms)")
    print(f"rescan with cache: median {warm:.0f} ms")
    print(f"one file without a current summary (slow path): median {slow:.1f} ms")
    if args.ui:
        elapsed, pause = _ui_pause_ms(folder)
        print(f"window scan: {elapsed:.0f} ms; longest GUI pause during it: {pause:.0f} ms")
    if not args.folder:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
