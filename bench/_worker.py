"""In-process timings, run by bench/run.py in a fresh interpreter each time; prints one JSON line.

    python bench/_worker.py yaml DIR          PyYAML's C loader alone over DIR's files
    python bench/_worker.py build DIR CACHE   factcli's load_index (cold, rebuild or warm,
                                              whatever state CACHE is in)
    python bench/_worker.py build-alone DIR CACHE   the same with no worker processes

Imports happen before the clock starts in both, so the two compare like with like.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def _yaml(directory: Path) -> dict[str, object]:
    import yaml

    from factcli.loader import expand_paths

    files = expand_paths([directory])
    started = time.perf_counter()
    documents = [yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader) for path in files]
    seconds = time.perf_counter() - started
    claims = sum(len(doc.get("claims") or []) for doc in documents if isinstance(doc, dict))
    return {"seconds": seconds, "files": len(files), "claims": claims}


def _build(directory: Path, cache: Path, *, workers: bool = True) -> dict[str, object]:
    import yaml  # noqa: F401  (import cost outside the clock, as for the YAML baseline)

    import factcli.cache
    from factcli.cache import CacheSettings, load_index

    if not workers:
        factcli.cache._PARALLEL_MIN_BYTES = 1 << 62  # every file read in this process

    started = time.perf_counter()
    index = load_index([directory], CacheSettings(cache))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "claims": len(index.kb.claims),
            "entities": len(index.kb.entities)}


def main() -> int:
    command, *args = sys.argv[1:]
    if command == "yaml":
        result = _yaml(Path(args[0]))
    elif command == "build":
        result = _build(Path(args[0]), Path(args[1]))
    elif command == "build-alone":
        result = _build(Path(args[0]), Path(args[1]), workers=False)
    else:
        raise SystemExit(f"unknown command {command!r}")
    result["maxrss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
