"""Where the time goes: the profiles behind bench/run.py's figures.

    python bench/hotspots.py startup                       -X importtime of the start-up commands
    python bench/hotspots.py build DIR CACHE [--cprofile]  load_index phases (cold, rebuild or
                                                           warm, whatever state CACHE is in)
    python bench/hotspots.py ask [DIR] QUESTIONS [--limit N] [--cache CACHE]
                                                           cProfile of answer_question over N
                                                           questions (index loaded first)
    python bench/hotspots.py memory DIR                    resident size after each phase of a
                                                           cold load_index (Linux /proc)

`build` wraps factcli's functions by name (those that exist) and reports the inclusive time of
each, so the figures are near unprofiled speed; --cprofile adds a cProfile listing.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import os
import pstats
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

PHASES = [
    ("factcli.cache", "_file_digests"), ("factcli.filecache", "read"),
    ("factcli.cache", "_load_file"), ("factcli.cache", "_store_claims"),
    ("factcli.loader", "parse_file"),
    ("factcli.loader", "_compose"), ("yaml", "compose"), ("factcli.loader", "_to_plain"),
    ("factcli.loader", "_nesting_problem"), ("factcli.index", "build_claim_text"),
    ("factcli.index", "fold_text"), ("factcli.index", "term_readings"),
    ("factcli.fileterms", "invert"), ("factcli.store", "claim_body"),
    ("factcli.build", "claim_row"),
    ("factcli.build", "alias_forms"), ("factcli.build", "metric_name_terms"),
    ("factcli.filecache", "write"), ("factcli.cache", "_write_json"),
    ("json", "loads"),
]


def _wrap(totals: dict[str, list[float]]) -> None:
    for module_name, attr in PHASES:
        module = importlib.import_module(module_name)
        original = getattr(module, attr, None)
        if original is None:
            continue
        key = f"{module_name}.{attr}"
        depth = [0]

        def wrapper(*args: Any, __original: Any = original, __key: str = key,
                    __depth: list[int] = depth, **kwargs: Any) -> Any:
            __depth[0] += 1
            started = time.perf_counter()
            try:
                return __original(*args, **kwargs)
            finally:
                __depth[0] -= 1
                if __depth[0] == 0:
                    entry = totals[__key]
                    entry[0] += time.perf_counter() - started
                    entry[1] += 1

        setattr(module, attr, wrapper)


def build(directory: Path, cache: Path, use_cprofile: bool, top: int) -> None:
    import yaml  # noqa: F401

    from factcli.cache import CacheSettings, load_index

    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    _wrap(totals)
    profiler = cProfile.Profile() if use_cprofile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    index = load_index([directory], CacheSettings(cache))
    if profiler:
        profiler.disable()
    total = time.perf_counter() - started
    print(f"load_index: {total:.3f} s for {len(index.kb.claims):,} claims")
    for key, (seconds, calls) in sorted(totals.items(), key=lambda kv: -kv[1][0]):
        print(f"  {key:32} {seconds:9.3f} s  {seconds / total:6.1%}  ({calls:,} calls)")
    if profiler:
        _print_stats(profiler, top)


def _print_stats(profiler: cProfile.Profile, top: int) -> None:
    for order in ("tottime", "cumulative"):
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats(order).print_stats(top)
        text = re.sub(r"/\S*/site-packages/", "", stream.getvalue())
        text = text.replace(str(Path(__file__).resolve().parent.parent) + "/", "")
        print(f"\n-- cProfile by {order}\n" + text.split("\n\n", 2)[-1][:12000])


def ask(directory: Path | None, questions: Path, limit: int, cache: Path | None,
        top: int) -> None:
    from factcli.cache import CacheSettings, default_cache_dir, load_index
    from factcli.loader import shipped_data_dir
    from factcli.match import answer_question

    settings = CacheSettings(cache or default_cache_dir(dict(os.environ)))
    index = load_index([directory or shipped_data_dir()], settings)
    lines = questions.read_text(encoding="utf-8").splitlines()[:limit]
    answer_question(index, lines[0])  # lazy imports and converters outside the profile
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for line in lines:
        answer_question(index, line)
    profiler.disable()
    seconds = time.perf_counter() - started
    print(f"{len(lines)} questions in {seconds:.2f} s under cProfile "
          f"({len(lines) / seconds:.1f} q/s profiled)")
    _print_stats(profiler, top)


def _resident() -> tuple[int, int]:
    """(VmRSS, VmHWM) in MiB."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS", "VmHWM")):
                key, value = line.split(":")
                values[key] = int(value.split()[0]) // 1024
    return values["VmRSS"], values["VmHWM"]


def memory(directory: Path) -> None:
    import tempfile

    import yaml  # noqa: F401

    from factcli.cache import CacheSettings, load_index

    after: dict[str, tuple[int, int, int]] = {}
    for module_name, attr in PHASES:
        module = importlib.import_module(module_name)
        original = getattr(module, attr, None)
        if original is None or module_name in {"json", "yaml"} or attr in {"_to_plain",
                                                                          "fold_text", "tokens"}:
            continue

        def wrapper(*args: Any, __original: Any = original, __key: str = f"{module_name}.{attr}",
                    **kwargs: Any) -> Any:
            before, _ = _resident()
            try:
                return __original(*args, **kwargs)
            finally:
                rss, peak = _resident()
                calls = after.get(__key, (0, 0, 0))[2] + 1
                after[__key] = (before, rss, calls) if calls == 1 else (
                    min(before, after[__key][0]), rss, calls)
                after[f"{__key} peak"] = (peak, peak, calls)

        setattr(module, attr, wrapper)
    with tempfile.TemporaryDirectory() as cache:
        index = load_index([directory], CacheSettings(Path(cache)))
        rss, peak = _resident()
    print(f"cold load_index of {len(index.kb.claims):,} claims: resident {rss:,} MiB at the end, "
          f"high-water {peak:,} MiB")
    print(f"  {'phase':34} {'RSS before':>11} {'RSS after':>10} {'high-water':>11}")
    for key, (before, rss_after, calls) in after.items():
        if key.endswith(" peak"):
            continue
        print(f"  {key:34} {before:11,} {rss_after:10,} {after[key + ' peak'][0]:11,}"
              f"   ({calls:,} calls)")


def startup() -> None:
    question = "How many unicorns does HKUST have?"
    commands = {
        "ask --format json": ["ask", question, "--format", "json"],
        "ask --format table": ["ask", question, "--format", "table"],
        "--help": ["--help"],
        "--version": ["--version"],
    }
    env = {**os.environ, "FORCE_COLOR": "1", "COLUMNS": "100"}
    for name, args in commands.items():
        subprocess.run([sys.executable, "-m", "factcli", *args], env=env, capture_output=True,
                       check=False)  # warm the cache
        out = subprocess.run([sys.executable, "-X", "importtime", "-m", "factcli", *args],
                             env=env, capture_output=True, text=True, check=False)
        rows = []  # (cumulative µs, depth, module) in import order, children first
        for line in out.stderr.splitlines():
            match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)", line)
            if match:
                rows.append((int(match.group(2)), len(match.group(3)) // 2, match.group(4)))
        total = sum(r[0] for r in rows if r[1] == 0)
        print(f"\n-- factcli {name}: imports {total / 1000:.1f} ms (under -X importtime); "
              "the biggest, with what they pull in:")
        for position, (cumulative, depth, module) in enumerate(rows):
            if depth == 0 and cumulative >= 3000:
                print(f"  {cumulative / 1000:8.1f} ms  {module}")
                children = []
                for child in reversed(rows[:position]):
                    if child[1] == 0:
                        break
                    if child[1] == 1:
                        children.append(child)
                for c_cumulative, _, c_module in sorted(children, reverse=True)[:6]:
                    if c_cumulative >= 2000:
                        print(f"  {c_cumulative / 1000:8.1f} ms    {c_module}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("startup")
    p_build = sub.add_parser("build")
    p_build.add_argument("directory", type=Path)
    p_build.add_argument("cache", type=Path)
    p_build.add_argument("--cprofile", action="store_true")
    p_build.add_argument("--top", type=int, default=25)
    p_ask = sub.add_parser("ask")
    p_ask.add_argument("directory", type=Path, nargs="?")
    p_ask.add_argument("questions", type=Path)
    p_ask.add_argument("--limit", type=int, default=300)
    p_ask.add_argument("--cache", type=Path)
    p_ask.add_argument("--top", type=int, default=25)
    p_memory = sub.add_parser("memory")
    p_memory.add_argument("directory", type=Path)
    args = parser.parse_args()
    if args.command == "startup":
        startup()
    elif args.command == "build":
        build(args.directory, args.cache, args.cprofile, args.top)
    elif args.command == "ask":
        ask(args.directory, args.questions, args.limit, args.cache, args.top)
    else:
        memory(args.directory)
    return 0


if __name__ == "__main__":
    sys.exit(main())
