"""Start-up, responsiveness and memory of the window, printed as figures.

1. Time from process start to the main window shown with the demo file open, against a bare
   PySide6 window shown the same way in the same run (targets: ≤ 1.5 × bare, under 1 s).
2. The longest gap between event-loop turns while the packet builds (target: ≤ 100 ms).
3. Peak memory of the process with the demo file open (and of the bare window).

Run: ``QT_QPA_PLATFORM=offscreen python bench/startup.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = r"""
import sys, json
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from isa_desktop.ui.launch import process_age_ms
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 840)
window.show()
def report():
    print(json.dumps({"startup_ms": round(process_age_ms())}), flush=True)
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(startup_ms reported by the child, peak RSS in MB) of one run."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=env, cwd=ROOT, text=True)
    _pid, status, usage = os.wait4(process.pid, 0)
    out = process.stdout.read() if process.stdout else ""
    if status != 0:
        err = process.stderr.read() if process.stderr else ""
        raise SystemExit(f"{command} failed: {err.strip()}")
    figures = json.loads(out.strip().splitlines()[-1])
    rss_mb = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return float(figures["startup_ms"]), rss_mb


def startup(runs: int, env: dict[str, str]) -> dict[str, float]:
    """Median start-up and peak memory of the bare window and of the app on the demo."""
    app_cmd = [sys.executable, "-m", "isa_desktop", "--smoke", "--demo"]
    bare_cmd = [sys.executable, "-c", BARE]
    _run(app_cmd, env)  # first run builds the user's demo copy; not measured
    app_runs = [_run(app_cmd, env) for _ in range(runs)]
    bare_runs = [_run(bare_cmd, env) for _ in range(runs)]

    def median(values: list[float]) -> float:
        return sorted(values)[len(values) // 2]

    return {"app_ms": median([r[0] for r in app_runs]),
            "bare_ms": median([r[0] for r in bare_runs]),
            "app_rss_mb": median([r[1] for r in app_runs]),
            "bare_rss_mb": median([r[1] for r in bare_runs])}


def build_gap() -> dict[str, float]:
    """Longest event-loop gap (ms) while the packet builds from the window."""

    from isa_desktop.ui.launch import LaunchOptions, create_qapplication, create_window

    app = create_qapplication()
    window = create_window(LaunchOptions(demo=True))
    window.show()
    page = window.show_page("packet")
    app.processEvents()
    first = _one_build(app, page)
    again = _one_build(app, page)
    window.close()
    app.processEvents()
    return {"first": first, "again": again}


def _one_build(app: object, page: object) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    page.build_ended.connect(loop.quit)
    started = time.perf_counter()
    timer.start()
    last[0] = time.perf_counter()
    page.build()
    loop.exec()
    timer.stop()
    elapsed = (time.perf_counter() - started) * 1000
    status = page.status.text()
    return {"build_ms": elapsed, "max_gap_ms": max(gaps or [0.0]), "turns": len(gaps),
            "status": status}  # type: ignore[dict-item]


def main() -> int:
    """Measure and print every figure with its target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    home = tempfile.mkdtemp(prefix="isa-bench-")
    os.environ["ISA_DESKTOP_HOME"] = home
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    env = dict(os.environ)
    figures = startup(options.runs, env)
    ratio = figures["app_ms"] / max(figures["bare_ms"], 1.0)
    print(f"bare PySide6 window shown:          {figures['bare_ms']:7.0f} ms")
    print(f"ISA Desktop shown with demo open:   {figures['app_ms']:7.0f} ms  "
          f"({ratio:.2f} × bare; target ≤ 1.5 × and < 1000 ms: "
          f"{'met' if ratio <= 1.5 and figures['app_ms'] < 1000 else 'NOT met'})")
    print(f"peak memory, demo open:             {figures['app_rss_mb']:7.1f} MB "
          f"(bare window {figures['bare_rss_mb']:.1f} MB)")
    builds = build_gap()
    for label, gap in (("first build", builds["first"]), ("second build", builds["again"])):
        print(f"packet {label:12} from the window: {gap['build_ms']:6.0f} ms ({gap['status']})")
        print(f"  longest event-loop gap: {gap['max_gap_ms']:6.1f} ms over {gap['turns']} turns "
              f"(target ≤ 100 ms: {'met' if gap['max_gap_ms'] <= 100 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
