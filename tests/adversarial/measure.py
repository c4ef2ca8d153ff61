"""Run the installed factcli and measure it: exit code, output, wall time, its own peak RSS."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

FACTCLI = Path(sys.executable).parent / "factcli"
HARD_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Measured:
    """One finished process: its exit code (negative for a signal), output, time and peak RSS."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float
    max_rss_bytes: int


def run_measured(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> Measured:
    """Run factcli and reap it with os.wait4, which reports that one child's own peak memory.

    getrusage(RUSAGE_CHILDREN) only gives the maximum over every child reaped so far, so it
    cannot tell one run from the next; wait4 can. A timer kills a hung run after a minute.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen([str(FACTCLI), *args], cwd=cwd, env=env, stdout=out,
                                stderr=err, stdin=subprocess.DEVNULL)
        timer = threading.Timer(HARD_TIMEOUT_S, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        # ru_maxrss is in KiB on Linux and in bytes on macOS.
        scale = 1 if sys.platform == "darwin" else 1024
        return Measured(proc.returncode, out.read().decode("utf-8", "replace"),
                        err.read().decode("utf-8", "replace"), seconds,
                        usage.ru_maxrss * scale)
