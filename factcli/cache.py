"""Paths → Index: from the SQLite cache keyed by the file set when it can, else per-file
JSON caches keyed by content, else loader + index."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from factcli.errors import KnowledgeFileError, Problem
from factcli.index import ClaimText, Index, build_claim_text, build_index
from factcli.paths import CACHE_FORMAT as _FORMAT
from factcli.paths import default_cache_dir as default_cache_dir
from factcli.paths import expand_paths, file_set_signature
from factcli.store import (
    StoreError,
    decode_claim,
    decode_entity,
    decode_metric,
    decode_source,
    encode_claim,
    encode_entity,
    encode_metric,
    encode_source,
    open_store,
    write_store,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from factcli.loader import FileRecords


class CacheSettings(NamedTuple):
    """Where the cache lives; directory None means no cache at all.

    NamedTuple, not a frozen dataclass: cheaper to create on every start.
    """

    directory: Path | None


def load_index(paths: list[Path], settings: CacheSettings) -> Index:
    """The index for these files: whole-index cache, else per-file caches, else the YAML."""
    files = expand_paths(paths)
    if not files:
        raise KnowledgeFileError([Problem(", ".join(map(str, paths)), None, None,
                                          "no knowledge files (*.yaml) found")])
    directory = settings.directory
    signature = file_set_signature(files)
    stored = directory / f"index-{signature}.sqlite" if directory and signature else None
    if stored is not None:
        try:
            return open_store(stored, _FORMAT)
        except StoreError:
            pass
    # Only a miss reads YAML: the loader (difflib, its patterns) stays out of a warm start.
    from factcli.loader import link

    records, texts = [], []
    for path in files:
        file_records, file_texts = _load_file(path, directory)
        records.append(file_records)
        texts.extend(file_texts)
    kb = link(records)
    index = build_index(kb, texts)
    if stored is not None:
        _write_atomically(stored, lambda temporary: write_store(temporary, index, _FORMAT))
        _write_json(stored.with_name(f"summary-{signature}.json"),
                    {"format": _FORMAT, "claims": len(kb.claims)})
        _prune(stored.parent, keep=str(signature))
    return index


def claim_count(paths: list[Path], settings: CacheSettings) -> int:
    """How many claims the knowledge files hold: from the cache's summary when it is there."""
    files = expand_paths(paths)
    signature = file_set_signature(files) if files else None
    if settings.directory is not None and signature is not None:
        summary = _read_json(settings.directory / f"summary-{signature}.json")
        if summary is not None and isinstance(summary.get("claims"), int):
            return summary["claims"]
    return len(load_index(paths, settings).kb.claims)


def _prune(directory: Path, keep: str, limit: int = 8) -> None:
    """Drop whole-index caches of old file sets (edited files leave them behind)."""
    try:
        stale = sorted((p for p in directory.glob("index-*") if keep not in p.name),
                       key=lambda p: p.stat().st_mtime, reverse=True)[limit:]
        for path in stale:
            path.unlink(missing_ok=True)
            summary = path.name.replace("index-", "summary-").rsplit(".", 1)[0] + ".json"
            path.with_name(summary).unlink(missing_ok=True)
    except OSError:
        return


def _load_file(path: Path, directory: Path | None) -> tuple[FileRecords, list[ClaimText]]:
    import hashlib  # only a cold build hashes file contents

    from factcli.loader import FileRecords, parse_file, read_text

    problems: list[Problem] = []
    text = read_text(path, problems)
    if text is None:
        return FileRecords(str(path), problems=problems), []
    digest = hashlib.sha256(f"{_FORMAT}\0{path.resolve()}\0{text}".encode()).hexdigest()[:32]
    cache_file = directory / "files" / f"{digest}.json" if directory is not None else None
    if cache_file is not None:
        cached = _read_json(cache_file)
        if cached is not None:
            try:
                return _decode_file(cached)
            except (KeyError, TypeError, ValueError, IndexError, AttributeError):
                pass
    records = parse_file(str(path), text)
    texts = [build_claim_text(claim) for claim in records.claims]
    if cache_file is not None and not records.problems:
        _write_json(cache_file, _encode_file(records, texts))
    return records, texts


def _read_json(path: Path) -> Any:
    try:
        with path.open("rb") as handle:
            data = json.loads(handle.read())
    except (OSError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) and data.get("format") == _FORMAT else None


def _write_json(path: Path, data: dict[str, Any]) -> None:
    # dumps() uses the C encoder; dump() to a stream would not.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    _write_atomically(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))


def _write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Write through a temporary file in the same directory and os.replace it into place, so
    a reader never sees half a file; a cache that cannot be written is skipped."""
    import tempfile  # only a cache miss writes; tempfile pulls in random and shutil

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        os.close(handle)
        temporary = Path(name)
        try:
            write(temporary)
            os.replace(temporary, path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except (OSError, sqlite3.Error):
        return


def _encode_text(text: ClaimText) -> list[Any]:
    return [list(text.terms), text.text, list(text.years), text.statement_terms]


def _decode_text(row: list[Any]) -> ClaimText:
    return ClaimText(tuple(row[0]), row[1], tuple(row[2]), row[3])


def _encode_file(records: FileRecords, texts: list[ClaimText]) -> dict[str, Any]:
    return {"format": _FORMAT, "path": records.path,
            "sources": [encode_source(s) for s in records.sources],
            "entities": [encode_entity(e) for e in records.entities],
            "metrics": [encode_metric(m) for m in records.metrics],
            "claims": [encode_claim(c) for c in records.claims],
            "texts": [_encode_text(t) for t in texts],
            "references": [[r.kind, r.target, r.origin] for r in records.references]}


def _decode_file(data: dict[str, Any]) -> tuple[FileRecords, list[ClaimText]]:
    from factcli.loader import FileRecords, Reference

    records = FileRecords(data["path"], [decode_source(r) for r in data["sources"]],
                          [decode_entity(r) for r in data["entities"]],
                          [decode_claim(r) for r in data["claims"]],
                          metrics=[decode_metric(r) for r in data["metrics"]],
                          references=[Reference(*row) for row in data["references"]])
    return records, [_decode_text(r) for r in data["texts"]]
