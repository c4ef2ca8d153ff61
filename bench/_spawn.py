"""Runs the timed commands for bench/run.py from a small, long-lived process.

Linux charges a child's ru_maxrss with the resident size of the process it was forked from (at
exec the old address space's high-water mark is kept), so children of the bench itself, which
holds whole knowledge bases, would all look as big as it. This process stays small: it reads
one JSON request per line ({cmd, env, stdin, stdout, stderr, timeout}), runs the command, waits
for it with os.wait4 (that child's own rusage) and answers one JSON line {wall, code, maxrss_kib,
timed_out}. A command still running at its timeout is killed (SIGKILL, by its pid).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

_CURRENT: list[subprocess.Popen[bytes]] = []


def _terminate(*_: object) -> None:
    """bench/run.py was interrupted: kill the command under way (by its pid) and exit."""
    for proc in _CURRENT:
        if proc.returncode is None:
            os.kill(proc.pid, signal.SIGKILL)
    sys.exit(143)


def _run(request: dict[str, object]) -> dict[str, object]:
    stdin = str(request.get("stdin") or os.devnull)
    stdout = str(request.get("stdout") or os.devnull)
    stderr = str(request.get("stderr") or os.devnull)
    timeout = request.get("timeout")
    with open(stdin, "rb") as fin, open(stdout, "wb") as fout, open(stderr, "wb") as ferr:
        started = time.perf_counter()
        proc = subprocess.Popen(request["cmd"], stdin=fin, stdout=fout, stderr=ferr,  # type: ignore[arg-type]
                                env=request["env"])  # type: ignore[arg-type]
        _CURRENT[:] = [proc]
        lock = threading.Lock()
        state = {"reaped": False, "killed": False}

        def _kill() -> None:
            with lock:
                if not state["reaped"]:
                    state["killed"] = True
                    os.kill(proc.pid, signal.SIGKILL)

        timer = threading.Timer(float(timeout), _kill) if timeout else None  # type: ignore[arg-type]
        if timer:
            timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        with lock:
            state["reaped"] = True
        if timer:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "code": proc.returncode, "maxrss_kib": usage.ru_maxrss,
            "timed_out": state["killed"]}


def main() -> int:
    signal.signal(signal.SIGTERM, _terminate)
    for line in sys.stdin:
        if line.strip():
            sys.stdout.write(json.dumps(_run(json.loads(line))) + "\n")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
