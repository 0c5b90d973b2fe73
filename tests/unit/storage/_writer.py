"""A process that keeps writing to an application file and says which edits were committed.

Used by the crash and full-disk tests: each line ``ack N`` on stdout is printed only after the
call that stored edit N returned, i.e. after the change was acknowledged to the user.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from isa_desktop.errors import SaveFailed
from isa_desktop.storage import ApplicationFile


def main() -> None:
    path, start, mode = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    if mode == "fsize":
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
        limit = path.stat().st_size + 64 * 1024
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    file = ApplicationFile.open(path, who="writer")
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    index = start
    try:
        while True:
            if index % 7 == 0:
                file.put_record("cycle", f"c{index}", {"items": index, "pad": "x" * 500})
            elif index % 11 == 0:
                file.add_attachment("policies.general.document", f"doc{index}.txt",
                                    os.urandom(2000), "text/plain")
            else:
                file.set_answers({f"q.{index}": f"value {index} " * 40,
                                  "q.last": index})
            sys.stdout.write(f"ack {index}\n")
            sys.stdout.flush()
            index += 1
    except SaveFailed as exc:
        sys.stdout.write(f"failed {exc}\n")
        sys.stdout.flush()
        file.close()


if __name__ == "__main__":
    main()
