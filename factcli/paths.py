"""Where knowledge files and the cache live; kept light so that `--version` needs nothing else."""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

# Bumped whenever the cached index changes shape; old caches are then simply not found.
INDEX_FORMAT = 143
CACHE_FORMAT = f"factcli-cache-{INDEX_FORMAT}"


def shipped_data_dir() -> Path:
    """The knowledge files shipped with the package (wheel) or beside it (source checkout)."""
    packaged = Path(__file__).parent / "data"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "data"


def resolve_data_paths(options: list[str], env_value: str | None) -> list[Path]:
    """--data wins over FACTCLI_DATA; paths replace the shipped file unless written '+PATH'."""
    specs = list(options) if options else [p for p in (env_value or "").split(os.pathsep) if p]
    if not specs:
        return [shipped_data_dir()]
    extra = [spec[1:] for spec in specs if spec.startswith("+")]
    plain = [spec for spec in specs if not spec.startswith("+")]
    base = [Path(p) for p in plain] if plain else [shipped_data_dir()]
    return base + [Path(p) for p in extra]


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Directories become their *.yaml/*.yml files (sorted); files stay as given."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*")
                                if p.suffix in {".yaml", ".yml"} and not p.name.startswith(".")))
        else:
            files.append(path)
    return files


def default_cache_dir(env: dict[str, str]) -> Path:
    """FACTCLI_CACHE_DIR, else $XDG_CACHE_HOME/factcli, else ~/.cache/factcli."""
    if env.get("FACTCLI_CACHE_DIR"):
        return Path(env["FACTCLI_CACHE_DIR"])
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factcli"


def file_set_signature(files: list[Path]) -> str | None:
    """Cheap identity of the file set: path, size and mtime (content is hashed per file)."""
    parts = [CACHE_FORMAT]
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            return None
        parts.append(f"{path.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}")
    # Two 32-bit checksums of names, sizes and times: a cache key, not a security check, and
    # zlib loads in a fraction of the 2-3 ms hashlib's OpenSSL binding costs at start-up.
    data = "\n".join(parts).encode()
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def cached_claim_count(paths: list[Path], cache_dir: Path) -> int | None:
    """The claim count recorded beside the cached index, or None when there is none yet."""
    import json

    files = expand_paths(paths)
    signature = file_set_signature(files) if files else None
    if signature is None:
        return None
    try:
        summary = json.loads((cache_dir / f"summary-{signature}.json").read_bytes())
    except (OSError, ValueError):
        return None
    if isinstance(summary, dict) and summary.get("format") == CACHE_FORMAT \
            and isinstance(summary.get("claims"), int):
        return summary["claims"]
    return None
