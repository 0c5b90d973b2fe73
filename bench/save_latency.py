"""Save latency: from "the user changed an answer" to "it is durable on disk".

Builds a file holding 5,000 answers and their history, then times 1,000 single edits through
the same service call the window uses (type check + one durable transaction with
synchronous=FULL in rollback-journal mode). Prints median and p99 in milliseconds.

    python bench/save_latency.py
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from isa_desktop.services.application import Application  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        app = Application.create(Path(folder) / "bench.isa", "isa", who="bench")
        textareas = [q.id for q in app.program.all_questions() if q.type == "textarea"]
        # 5,000 answers: the real bank's questions plus synthetic ones, each with history.
        app.file.set_answers({f"bench.q{i}": "An answer of realistic length. " * 8
                              for i in range(5000 - len(textareas))})
        app.file.set_answers({qid: "First draft of the narrative. " * 10 for qid in textareas})
        app.file.set_answers({qid: "Second draft of the narrative. " * 10 for qid in textareas})
        timings = []
        for index in range(1000):
            question = textareas[index % len(textareas)]
            text = f"Edit {index}: the procedure is performed monthly by the analyst. " * 6
            start = time.perf_counter()
            app.set_answer(question, text)
            timings.append((time.perf_counter() - start) * 1000)
        size = app.path.stat().st_size
        log_entries = len(app.file.change_log())
        app.close()
    timings.sort()
    result = {
        "edits": len(timings),
        "answers_in_file": 5000,
        "change_log_entries": log_entries,
        "file_mb": round(size / 1048576, 2),
        "median_ms": round(statistics.median(timings), 2),
        "p99_ms": round(timings[int(len(timings) * 0.99) - 1], 2),
        "max_ms": round(timings[-1], 2),
    }
    print(json.dumps(result))
    print(f"save latency: median {result['median_ms']} ms, p99 {result['p99_ms']} ms "
          f"(targets: median <= 5 ms, p99 <= 20 ms)")


if __name__ == "__main__":
    main()
