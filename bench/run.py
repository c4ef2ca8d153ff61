"""factcli benchmark: start-up, bulk throughput and scale, each figure against its target.

    python bench/run.py [--quick] [--scale N] [--keep]

Run it with the interpreter factcli is installed in (`.venv/bin/python bench/run.py`; plain
`python` re-executes itself with the checkout's .venv when factcli is not importable).

- Start-up: whole-process wall time, median of interleaved runs (warm cache, factcli
  byte-compiled as pip installs it), against a minimal argparse CLI and a minimal Typer app run
  by the same interpreter.
- Bulk: `factcli ask - --format jsonl` over 10,000 distinct generated questions, one process.
- Scale: a synthetic knowledge base (bench/generate.py) at 10,000 and N claims (default
  100,000) beside the shipped one: cold build against PyYAML's C loader alone (best of two or
  three interleaved runs of each, in fresh interpreters), rebuild after one
  file changes, warm load, one `ask`, 10,000 batch questions, peak memory of factcli's steps
  (ru_maxrss of each child from wait4, i.e. getrusage of that child; the PyYAML baseline's is
  printed, not counted).

--quick: fewer repeats, no 100,000-claim run (scale targets are then judged at 10,000 claims).
All generated data and caches live in a temporary directory, removed at the end (--keep keeps
it). Slow runs are cut off at a time budget; throughput is then what was answered in the time.
Ends with one PASS/FAIL line per target and a summary line; exits 1 when any target fails.
`factcli validate` runs on every knowledge base (--skip-big-validate: not above 20,000 claims).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
SNAPSHOT_ENV = "FACTCLI_BENCH_WORKDIR"


def _snapshot_and_reexec() -> None:
    """Measure one version of the code: copy factcli/ and data/ into a temporary work directory
    and run this script again with that copy first on PYTHONPATH (the checkout may change while
    the bench runs; the cache format would change under it). Also picks the checkout's .venv
    when this interpreter cannot import factcli."""
    if os.environ.get(SNAPSHOT_ENV) or {"-h", "--help"} & set(sys.argv[1:]):
        return
    python = sys.executable
    if importlib.util.find_spec("factcli") is None:
        venv_python = REPO / ".venv" / "bin" / "python"
        if not venv_python.exists():
            raise SystemExit("bench: factcli is not importable; run it with the project's venv")
        python = str(venv_python)
    work = Path(tempfile.mkdtemp(prefix="factcli-bench-"))
    snapshot = work / "snapshot"
    shutil.copytree(REPO / "factcli", snapshot / "factcli",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "data", snapshot / "data")
    # pip byte-compiles a package as it installs it. The copy must be compiled too: where
    # PYTHONDONTWRITEBYTECODE is set, nothing would write the bytecode, and every run would
    # compile all of factcli from source again (measured here: 170 ms a start against 90 ms).
    subprocess.run([python, "-m", "compileall", "-q", str(snapshot / "factcli")], check=True)
    _write_launcher(work / "bin" / "factcli")
    path = os.pathsep.join(p for p in (str(snapshot), os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, SNAPSHOT_ENV: str(work), "PYTHONPATH": path}
    os.execve(python, [python, str(Path(__file__).resolve()), *sys.argv[1:]], env)


def _write_launcher(script: Path) -> None:
    """The console script as pip writes it, for the entry point pyproject.toml names now."""
    import tomllib

    try:
        project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
        module, function = project["project"]["scripts"]["factcli"].split(":")
    except (OSError, KeyError, ValueError):
        return
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(f"import sys\nfrom {module} import {function}\n"
                      f"if __name__ == '__main__':\n    sys.exit({function}())\n",
                      encoding="utf-8")


_snapshot_and_reexec()
sys.path.insert(0, str(BENCH))

from generate import edit_one_file, write_knowledge_base  # noqa: E402
from questions import make_questions  # noqa: E402

import factcli  # noqa: E402
from factcli.cache import CacheSettings, load_index  # noqa: E402
from factcli.loader import load_knowledge, shipped_data_dir  # noqa: E402

if TYPE_CHECKING:
    from factcli.model import KnowledgeBase

PY = sys.executable
QUESTION = "How many unicorns does HKUST have?"
BATCH_QUESTIONS = 10_000


# -- processes -------------------------------------------------------------------------------
@dataclass(slots=True)
class Run:
    wall: float
    code: int
    maxrss_mib: float
    timed_out: bool = False
    stderr: str = ""


class Spawner:
    """bench/_spawn.py, started while this process is still small; see its docstring."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([PY, "-S", str(BENCH / "_spawn.py")], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, bufsize=1)

    def run(self, cmd: list[str], env: dict[str, str], *, stdin: Path | None = None,
            stdout: Path | None = None, timeout: float | None = None) -> Run:
        """One whole-process run: wall time, exit code and that child's own ru_maxrss."""
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        with tempfile.NamedTemporaryFile(suffix=".err", delete=False) as handle:
            err = Path(handle.name)
        try:
            request = {"cmd": cmd, "env": env, "stdin": str(stdin) if stdin else None,
                       "stdout": str(stdout) if stdout else None, "stderr": str(err),
                       "timeout": timeout}
            self.proc.stdin.write(json.dumps(request) + "\n")
            self.proc.stdin.flush()
            reply = json.loads(self.proc.stdout.readline())
            stderr = err.read_bytes()[-4000:].decode("utf-8", "replace")
        finally:
            err.unlink(missing_ok=True)
        return Run(reply["wall"], reply["code"], reply["maxrss_kib"] / 1024, reply["timed_out"],
                   stderr)

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait()

    def abort(self) -> None:
        """Interrupted: the spawner kills the command it is running, then exits."""
        self.proc.terminate()
        self.proc.wait()


_SPAWNER: Spawner | None = None


def run(cmd: list[str], env: dict[str, str], *, stdin: Path | None = None,
        stdout: Path | None = None, timeout: float | None = None) -> Run:
    assert _SPAWNER is not None, "main() starts the spawner first"
    return _SPAWNER.run(cmd, env, stdin=stdin, stdout=stdout, timeout=timeout)


def checked(result: Run, what: str, ok_codes: tuple[int, ...] = (0,)) -> Run:
    """Stops the bench when a command crashed (a declined question exits 1, a traceback too)."""
    crashed = "Traceback (most recent call last)" in result.stderr
    if not result.timed_out and (result.code not in ok_codes or crashed):
        raise SystemExit(f"bench: {what} exited {result.code}:\n{result.stderr}")
    return result


def worker(args: list[str], env: dict[str, str], timeout: float | None = None
           ) -> tuple[dict[str, float], Run]:
    """In-process timing in a fresh interpreter (bench/_worker.py); returns its JSON and run
    (the JSON is empty when the run was cut off at the timeout)."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        out = Path(handle.name)
    try:
        result = checked(run([PY, str(BENCH / "_worker.py"), *args], env, stdout=out,
                             timeout=timeout), f"_worker.py {' '.join(args)}")
        return ({} if result.timed_out else json.loads(out.read_text())), result
    finally:
        out.unlink(missing_ok=True)


def factcli_cmd() -> list[str]:
    """The console script (for the snapshot), run by this interpreter as its shebang would."""
    script = Path(os.environ[SNAPSHOT_ENV]) / "bin" / "factcli"
    return [PY, str(script)] if script.exists() else [PY, "-m", "factcli"]


def base_env(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"FACTCLI_DATA", "FACTCLI_NO_CACHE", "NO_COLOR", "FORCE_COLOR",
                        "FACTCLI_DEBUG", "COLUMNS", "PYTHONPROFILEIMPORTTIME"}}
    env["FACTCLI_CACHE_DIR"] = str(cache)
    return env


# -- reporting -------------------------------------------------------------------------------
@dataclass(slots=True)
class Target:
    name: str
    value: float
    limit: float
    higher_is_better: bool
    unit: str
    note: str = ""

    @property
    def passed(self) -> bool:
        if math.isnan(self.value):
            return False
        return self.value >= self.limit if self.higher_is_better else self.value <= self.limit

    def line(self) -> str:
        sign = "≥" if self.higher_is_better else "≤"
        verdict = "PASS" if self.passed else "FAIL"
        value = _fmt(self.value, self.unit)
        note = f"  [{self.note}]" if self.note else ""
        limit = _fmt(self.limit, self.unit)
        return f"{verdict}  {self.name}: {value} (target {sign} {limit}){note}"


def _fmt(value: float, unit: str) -> str:
    if math.isnan(value):
        return "n/a"
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "q/s":
        return f"{value:,.0f} q/s"
    if unit == "MiB":
        return f"{value:,.0f} MiB"
    return f"{value:g} {unit}"


def heading(text: str) -> None:
    print(f"\n== {text} " + "=" * max(0, 92 - len(text)), flush=True)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


# -- start-up --------------------------------------------------------------------------------
def startup(env: dict[str, str], rounds: int, targets: list[Target]) -> dict[str, float]:
    heading(f"Start-up (median wall time of {rounds} interleaved whole-process runs, warm "
            "cache)")
    fc = factcli_cmd()
    table_env = {**env, "FORCE_COLOR": "1", "COLUMNS": "100"}
    commands: list[tuple[str, list[str], dict[str, str]]] = [
        ("argparse baseline (echo)", [PY, str(BENCH / "baseline_argparse.py"), "echo", QUESTION],
         env),
        ("typer baseline (echo)", [PY, str(BENCH / "baseline_typer.py"), "echo", QUESTION], env),
        ("factcli ask --format json", [*fc, "ask", QUESTION, "--format", "json"], env),
        ("factcli ask --format table, FORCE_COLOR=1", [*fc, "ask", QUESTION, "--format", "table"],
         table_env),
        ("factcli --help", [*fc, "--help"], env),
        ("factcli --version", [*fc, "--version"], env),
    ]
    _check_startup_outputs(commands)
    walls: dict[str, list[float]] = {name: [] for name, _, _ in commands}
    rss: dict[str, float] = {}
    for round_number in range(rounds):
        shift = round_number % len(commands)
        for name, cmd, cmd_env in commands[shift:] + commands[:shift]:
            result = checked(run(cmd, cmd_env), name, (0, 1))
            walls[name].append(result.wall)
            rss[name] = max(rss.get(name, 0.0), result.maxrss_mib)
    medians = {name: statistics.median(values) for name, values in walls.items()}
    argparse_ms = medians["argparse baseline (echo)"]
    typer_ms = medians["typer baseline (echo)"]
    print(f"{'command':44} {'median':>11} {'min':>11} {'× argparse':>11} {'× typer':>9} "
          f"{'maxrss':>9}")
    for name, _, _ in commands:
        print(f"{name:44} {ms(medians[name]):>11} {ms(min(walls[name])):>11} "
              f"{medians[name] / argparse_ms:10.2f}× {medians[name] / typer_ms:8.2f}× "
              f"{rss[name]:6.0f} MiB")
    limits = {"factcli ask --format json": 3.5,
              "factcli ask --format table, FORCE_COLOR=1": 5.0,
              "factcli --help": 3.0, "factcli --version": 3.0}
    for name, limit in limits.items():
        targets.append(Target(f"start-up: {name} vs argparse", medians[name] / argparse_ms, limit,
                              False, "×", f"{medians[name] * 1000:.0f} ms vs "
                                          f"{argparse_ms * 1000:.0f} ms; vs minimal Typer "
                                          f"{medians[name] / typer_ms:.2f}×"))
    return medians


def _check_startup_outputs(commands: list[tuple[str, list[str], dict[str, str]]]) -> None:
    """One untimed run each: fills the cache and bytecode, and proves the output is right."""
    for name, cmd, cmd_env in commands:
        out = subprocess.run(cmd, env=cmd_env, capture_output=True, text=True, check=False)
        if out.returncode not in (0, 1) or "Traceback (most recent call last)" in out.stderr:
            raise SystemExit(f"bench: {name} exited {out.returncode}:\n{out.stderr}")
        text = out.stdout
        problem = ""
        if "json" in name and not _answered(text):
            problem = "did not answer"
        elif "table" in name and ("\x1b[" not in text or "╭" not in text):
            problem = "printed no coloured table"
        elif "--help" in name and "Usage" not in text:
            problem = "printed no usage"
        elif "--version" in name and "factcli" not in text:
            problem = "printed no version"
        if problem:
            print(f"WARNING: {name} {problem} (timed anyway): {text[:200]!r}")


def _answered(text: str) -> bool:
    try:
        return bool(json.loads(text).get("answered"))
    except ValueError:
        return False


# -- batch -----------------------------------------------------------------------------------
@dataclass(slots=True)
class Batch:
    rate: float
    answered_lines: int
    wall: float
    maxrss_mib: float
    timed_out: bool


def batch(data: list[str], questions: Path, env: dict[str, str], out: Path, budget: float,
          repeats: int) -> Batch:
    """`ask - --format jsonl` end to end; repeats only when a run is quick (median kept)."""
    cmd = [*factcli_cmd(), "ask", "-", "--format", "jsonl", *data]
    total = sum(1 for _ in questions.open(encoding="utf-8"))
    runs: list[Batch] = []
    for _ in range(repeats):
        result = checked(run(cmd, env, stdin=questions, stdout=out, timeout=budget),
                         "ask - --format jsonl", (0, 1))
        with out.open("rb") as handle:
            lines = sum(1 for line in handle if line.endswith(b"\n"))
        if not result.timed_out and lines != total:
            raise SystemExit(f"bench: batch wrote {lines} lines for {total} questions\n"
                             f"{result.stderr}")
        runs.append(Batch(lines / result.wall, lines, result.wall, result.maxrss_mib,
                          result.timed_out))
        if result.timed_out or result.wall > 5:
            break
    runs.sort(key=lambda b: b.wall)
    return runs[len(runs) // 2]


def bulk(env: dict[str, str], tmp: Path, budget: float, repeats: int,
         targets: list[Target]) -> Batch:
    heading(f"Bulk: ask - --format jsonl, {BATCH_QUESTIONS:,} distinct questions, shipped file")
    kb = load_knowledge([shipped_data_dir()])
    questions = tmp / "questions-shipped.txt"
    items = make_questions(kb, BATCH_QUESTIONS)
    questions.write_text("".join(f"{q}\n" for q in items), encoding="utf-8")
    zh = sum(1 for q in items if any("\u3400" <= ch <= "\u9fff" for ch in q))
    print(f"{len(items):,} questions ({len(set(items)):,} distinct; {zh:,} Chinese, "
          f"{len(items) - zh:,} English) over {len(kb.entities)} entities, {len(kb.claims)} "
          f"claims")
    result = batch([], questions, env, tmp / "answers-shipped.jsonl", budget, repeats)
    _print_batch(result, len(items), budget)
    targets.append(Target("bulk: ask - --format jsonl, shipped file", result.rate, 5000, True,
                          "q/s", _batch_note(result, len(items))))
    return result


def _print_batch(result: Batch, total: int, budget: float) -> None:
    if result.timed_out:
        print(f"cut off at the {budget:.0f} s budget after {result.answered_lines:,} of "
              f"{total:,} questions: {result.rate:,.1f} q/s (would need ~"
              f"{total / max(result.rate, 1e-9):,.0f} s for all), maxrss "
              f"{result.maxrss_mib:,.0f} MiB")
    else:
        print(f"{total:,} questions in {result.wall:.2f} s: {result.rate:,.1f} q/s, maxrss "
              f"{result.maxrss_mib:,.0f} MiB")


def _batch_note(result: Batch, total: int) -> str:
    if result.timed_out:
        return f"cut off after {result.answered_lines:,}/{total:,} questions in {result.wall:.0f} s"
    return f"{total:,} questions in {result.wall:.1f} s"


# -- scale -----------------------------------------------------------------------------------
@dataclass(slots=True)
class ScalePoint:
    label: str
    claims: int
    figures: dict[str, float] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


def pick_question(kb: KnowledgeBase) -> str:
    """An answerable 'How many … does … have?' question (same template at every scale)."""
    for claim in kb.claims:
        metric = kb.metrics.get(claim.metric)
        if metric and claim.is_numeric and claim.unit not in {"rank", "date", "HKD", "percent",
                                                              "m2"}:
            return f"How many {metric.name.en} does {kb.entities[claim.entity].name.en} have?"
    return QUESTION


def scale_point(label: str, data_dir: Path, env: dict[str, str], tmp: Path, *,
                question: str | None, repeats: int, ask_runs: int, budget: float,
                validate: bool, shipped_batch: Batch | None) -> ScalePoint:
    files = sorted(p for p in data_dir.glob("*.yaml"))
    size = sum(p.stat().st_size for p in files)
    print(f"\n-- {label}: {len(files)} files, {size / 1e6:.1f} MB", flush=True)
    point = ScalePoint(label, 0)
    rss: dict[str, float] = {}
    fc = factcli_cmd()
    if validate:
        result = checked(run([*fc, "validate", str(data_dir)], env), f"validate {data_dir}")
        print(f"   factcli validate: exit {result.code} in {result.wall:.2f} s "
              f"({result.maxrss_mib:.0f} MiB)")
        point.figures["validate_s"] = result.wall
        rss["validate"] = result.maxrss_mib

    yaml_times, cold_times, cold_rss = [], [], 0.0
    for attempt in range(repeats):
        data, result = worker(["yaml", str(data_dir)], env)
        yaml_times.append(data["seconds"])
        rss["yaml (baseline)"] = max(rss.get("yaml (baseline)", 0.0), result.maxrss_mib)
        cache = tmp / f"cache-{label}-{attempt}"
        shutil.rmtree(cache, ignore_errors=True)
        data, result = worker(["build", str(data_dir), str(cache)], env)
        cold_times.append(data["seconds"])
        cold_rss = max(cold_rss, result.maxrss_mib)
    cache = tmp / f"cache-{label}-{repeats - 1}"
    for attempt in range(repeats - 1):
        shutil.rmtree(tmp / f"cache-{label}-{attempt}", ignore_errors=True)
    rss["cold build"] = cold_rss
    # The best of interleaved runs: what a run costs with the least interference from the
    # shared machine (single 100,000-claim pairs ranged 1.15–1.33×).
    point.figures["yaml_s"] = min(yaml_times)
    point.figures["cold_s"] = min(cold_times)
    point.figures["cold_vs_yaml"] = point.figures["cold_s"] / point.figures["yaml_s"]
    print(f"   PyYAML CSafeLoader alone: {point.figures['yaml_s']:.3f} s   cold build "
          f"(load_index, empty cache): {point.figures['cold_s']:.3f} s   ratio "
          f"{point.figures['cold_vs_yaml']:.2f}×", flush=True)
    pairs = ", ".join(f"{y:.1f} / {c:.1f}" for y, c in zip(yaml_times, cold_times, strict=True))
    print(f"   (best of {repeats} interleaved runs each; PyYAML / cold build: {pairs} s)")

    warm_times = []
    for _ in range(max(3, repeats)):
        data, result = worker(["build", str(data_dir), str(cache)], env)
        warm_times.append(data["seconds"])
        rss["warm load"] = max(rss.get("warm load", 0.0), result.maxrss_mib)
    point.figures["warm_s"] = statistics.median(warm_times)
    cache_mb = sum(p.stat().st_size for p in cache.rglob("*") if p.is_file()) / 1e6
    point.figures["cache_mb"] = cache_mb
    print(f"   warm load (load_index, cache hit): {point.figures['warm_s']:.3f} s; cache "
          f"directory {cache_mb:,.1f} MB", flush=True)
    # The questions come from the knowledge base itself, read here through the warm cache.
    kb = load_index([data_dir], CacheSettings(cache)).kb
    point.claims = len(kb.claims)
    question = question or pick_question(kb)
    print(f"   {len(kb.claims):,} claims, {len(kb.entities):,} entities, {len(kb.metrics)} "
          f"metrics, {len(kb.sources)} sources", flush=True)

    scale_env = {**env, "FACTCLI_CACHE_DIR": str(cache)}
    ask_cmd = [*fc, "ask", question, "--format", "json", "--data", str(data_dir)]
    answer = subprocess.run(ask_cmd, env=scale_env, capture_output=True, text=True, check=False)
    answered = _answered(answer.stdout)
    ask_walls = []
    for _ in range(ask_runs):
        result = checked(run(ask_cmd, scale_env), "ask", (0, 1))
        ask_walls.append(result.wall)
        rss["ask"] = max(rss.get("ask", 0.0), result.maxrss_mib)
    point.figures["ask_s"] = statistics.median(ask_walls)
    print(f"   ask {question!r} --format json (whole process, warm): "
          f"{point.figures['ask_s']:.3f} s ({'answered' if answered else 'DECLINED'})",
          flush=True)
    if question != QUESTION:
        same_cmd = [*fc, "ask", QUESTION, "--format", "json", "--data", str(data_dir)]
        same = [checked(run(same_cmd, scale_env), "ask", (0, 1)) for _ in range(ask_runs)]
        point.figures["ask_same_s"] = statistics.median(r.wall for r in same)
        rss["ask"] = max(rss["ask"], *(r.maxrss_mib for r in same))
        print(f"   (info) the shipped file's question {QUESTION!r} here: "
              f"{point.figures['ask_same_s']:.3f} s (exit {same[0].code}; 1 = declined)",
              flush=True)
    else:
        point.figures["ask_same_s"] = point.figures["ask_s"]

    if shipped_batch is not None:
        result_batch = shipped_batch
        print(f"   batch: the bulk figure above ({result_batch.rate:,.1f} q/s)")
    else:
        questions = tmp / f"questions-{label}.txt"
        items = make_questions(kb, BATCH_QUESTIONS)
        questions.write_text("".join(f"{q}\n" for q in items), encoding="utf-8")
        result_batch = batch(["--data", str(data_dir)], questions, scale_env,
                             tmp / f"answers-{label}.jsonl", budget, repeats)
        print("   batch: ", end="")
        _print_batch(result_batch, len(items), budget)
        point.notes["batch"] = _batch_note(result_batch, len(items))
    point.figures["batch_qps"] = result_batch.rate
    rss["batch"] = result_batch.maxrss_mib

    # Last, as it may be cut off: past one cold build the target has failed anyway.
    cap = max(point.figures["cold_s"] * 1.0, 10.0)
    rebuild_times, cut = [], False
    for _ in range(repeats):
        edited = edit_one_file(data_dir)
        data, result = worker(["build", str(data_dir), str(cache)], env, timeout=cap)
        cut = cut or result.timed_out
        rebuild_times.append(result.wall if result.timed_out else data["seconds"])
        rss["rebuild"] = max(rss.get("rebuild", 0.0), result.maxrss_mib)
        if result.timed_out:
            break
    point.figures["rebuild_s"] = statistics.median(rebuild_times)
    point.figures["rebuild_vs_cold"] = point.figures["rebuild_s"] / point.figures["cold_s"]
    if cut:
        point.notes["rebuild"] = f"cut off at {cap:.0f} s (= the cold build)"
    print(f"   rebuild after editing {edited.name}: {'≥ ' if cut else ''}"
          f"{point.figures['rebuild_s']:.3f} s = {point.figures['rebuild_vs_cold']:.2f}× cold"
          f"{' (cut off)' if cut else ''}", flush=True)
    # The cold build hands files to worker processes; the same build in one process shows what
    # the per-file caches save, apart from the cores.
    alone_cache = tmp / f"cache-{label}-alone"
    data, _ = worker(["build-alone", str(data_dir), str(alone_cache)], env)
    shutil.rmtree(alone_cache, ignore_errors=True)
    point.figures["cold_alone_s"] = data["seconds"]
    print(f"   (info) cold build in one process (no workers): {data['seconds']:.3f} s = "
          f"{data['seconds'] / point.figures['yaml_s']:.2f}× PyYAML; the rebuild is "
          f"{point.figures['rebuild_s'] / data['seconds']:.2f}× of it", flush=True)

    # factcli's own steps: the baseline is PyYAML holding every document, not factcli.
    own = {step: mib for step, mib in rss.items() if step != "yaml (baseline)"}
    point.figures["peak_mib"] = max(own.values())
    point.notes["peak"] = max(own, key=lambda k: own[k])
    print("   peak memory (ru_maxrss) by step: "
          + ", ".join(f"{k} {v:,.0f}" for k, v in rss.items()) + " MiB", flush=True)
    shutil.rmtree(cache, ignore_errors=True)
    return point


ROWS = [
    ("yaml_s", "PyYAML CSafeLoader alone", "s"),
    ("cold_s", "cold build", "s"),
    ("cold_vs_yaml", "cold build / PyYAML", "×"),
    ("cold_alone_s", "cold build, one process", "s"),
    ("rebuild_s", "rebuild after 1 file edit", "s"),
    ("rebuild_vs_cold", "rebuild / cold", "×"),
    ("warm_s", "warm load", "s"),
    ("cache_mb", "cache size (MB)", "MB"),
    ("ask_s", "ask end to end", "s"),
    ("ask_vs_shipped", "ask / ask on shipped", "×"),
    ("ask_same_s", "ask, shipped's question", "s"),
    ("batch_qps", "batch questions per s", "q/s"),
    ("peak_mib", "peak memory (MiB)", "MiB"),
    ("validate_s", "factcli validate", "s"),
]


def print_scaling(points: list[ScalePoint]) -> None:
    heading("Scaling (each figure at each size; exponent k: figure ∝ claims^k, last two sizes)")
    header = f"{'figure':28}" + "".join(f"{p.label + f' ({p.claims:,})':>24}" for p in points)
    print(header + f"{'k':>7}")
    for key, label, unit in ROWS:
        cells = []
        for p in points:
            value = p.figures.get(key, math.nan)
            cells.append(f"{'—' if math.isnan(value) else _cell(value, unit):>24}")
        exponent = ""
        if len(points) >= 2:
            a, b = points[-2], points[-1]
            va, vb = a.figures.get(key, math.nan), b.figures.get(key, math.nan)
            if va > 0 and vb > 0 and b.claims != a.claims and unit not in {"×"}:
                exponent = f"{math.log(vb / va) / math.log(b.claims / a.claims):7.2f}"
        print(f"{label:28}" + "".join(cells) + f"{exponent:>7}")


def _cell(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "q/s":
        return f"{value:,.1f}"
    return f"{value:,.1f}"


def scale(env: dict[str, str], tmp: Path, args: argparse.Namespace, shipped_batch: Batch,
          targets: list[Target]) -> None:
    sizes = [10_000] if args.quick else sorted({min(10_000, args.scale), args.scale})
    heading("Scale: synthetic knowledge bases (bench/generate.py) beside the shipped file")
    shipped_copy = tmp / "shipped"
    shutil.copytree(shipped_data_dir(), shipped_copy)
    repeats_small = 2 if args.quick else 3
    points = [scale_point("shipped", shipped_copy, env, tmp, question=QUESTION,
                          repeats=repeats_small, ask_runs=5 if args.quick else 9,
                          budget=args.budget, validate=True, shipped_batch=shipped_batch)]
    for size in sizes:
        directory = tmp / f"synthetic-{size}"
        started = time.perf_counter()
        counts = write_knowledge_base(directory, size)
        print(f"\n   generated {counts['claims']:,} claims / {counts['entities']:,} entities / "
              f"{counts['files']} files ({counts['bytes'] / 1e6:.1f} MB) in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        big = size > 20_000
        points.append(scale_point(f"{size // 1000}k", directory, env, tmp,
                                  question=None,
                                  repeats=2,
                                  ask_runs=3 if big else 5, budget=args.budget,
                                  validate=not (big and args.skip_big_validate),
                                  shipped_batch=None))
    for point in points:
        point.figures["ask_vs_shipped"] = point.figures["ask_s"] / points[0].figures["ask_s"]
    print_scaling(points)
    top = points[-1]
    note = f"at {top.claims:,} claims" + ("" if top.claims >= 100_000 else
                                          "; the targets are set for 100,000")
    f = top.figures
    targets += [
        Target("scale: cold build / PyYAML CSafeLoader alone", f["cold_vs_yaml"], 1.3, False, "×",
               f"{note}; {f['cold_s']:.1f} s vs {f['yaml_s']:.1f} s"),
        Target("scale: rebuild after one file changes / cold build", f["rebuild_vs_cold"], 0.15,
               False, "×", f"{note}; {f['rebuild_s']:.1f} s vs {f['cold_s']:.1f} s"
               + (f"; {top.notes['rebuild']}" if "rebuild" in top.notes else "")),
        Target("scale: warm load", f["warm_s"], 0.3, False, "s", note),
        Target("scale: ask end to end / same ask on the shipped file", f["ask_vs_shipped"], 3.0,
               False, "×", f"{note}; {f['ask_s']:.2f} s vs {points[0].figures['ask_s']:.2f} s"),
        Target("scale: batch questions", f["batch_qps"], 1000, True, "q/s",
               f"{note}; {top.notes.get('batch', '')}"),
        Target("scale: peak memory", f["peak_mib"], 400, False, "MiB",
               f"{note}; largest: {top.notes['peak']}"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="fewer repeats; skip the 100,000-claim scale")
    parser.add_argument("--scale", type=int, default=100_000, metavar="N",
                        help="claims in the largest synthetic knowledge base (default 100,000)")
    parser.add_argument("--runs", type=int, default=None,
                        help="start-up rounds (default 15, --quick 5)")
    parser.add_argument("--budget", type=float, default=None,
                        help="seconds a batch run may take before it is cut off "
                             "(default 30, --quick 15)")
    parser.add_argument("--skip-big-validate", action="store_true",
                        help="skip `factcli validate` on bases above 20,000 claims (45 s at "
                             "100,000; the cold build fails on an invalid file anyway)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    try:
        args = parser.parse_args()
    except SystemExit:
        shutil.rmtree(os.environ.get(SNAPSHOT_ENV, ""), ignore_errors=True)
        raise
    args.budget = args.budget or (15.0 if args.quick else 30.0)
    rounds = args.runs or (5 if args.quick else 15)
    started = time.perf_counter()
    import typer

    print(f"factcli bench: Python {platform.python_version()} ({PY}), Typer {typer.__version__},"
          f" {os.cpu_count()} CPUs, {platform.system()} {platform.machine()}"
          f"{', quick' if args.quick else ''}")
    global _SPAWNER
    _SPAWNER = Spawner()
    tmp = Path(os.environ[SNAPSHOT_ENV])
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    print(f"work directory: {tmp} (measuring the snapshot of factcli/ and data/ in it: "
          f"{Path(factcli.__file__).parent})")
    targets: list[Target] = []
    try:
        env = base_env(tmp / "cache-startup")
        startup(env, rounds, targets)
        shipped_batch = bulk(env, tmp, args.budget, 1 if args.quick else 3, targets)
        scale(env, tmp, args, shipped_batch, targets)
    except BaseException:
        _SPAWNER.abort()
        raise
    else:
        _SPAWNER.close()
    finally:
        if args.keep:
            print(f"\nkept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    heading("Targets")
    for target in targets:
        print(target.line())
    passed = sum(t.passed for t in targets)
    print(f"\nSUMMARY: {passed} of {len(targets)} targets pass, {len(targets) - passed} fail "
          f"({time.perf_counter() - started:.0f} s)")
    return 0 if passed == len(targets) else 1


if __name__ == "__main__":
    sys.exit(main())
