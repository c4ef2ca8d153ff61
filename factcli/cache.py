"""Paths → Index: from the SQLite cache keyed by the file set when it can, else per-file
caches keyed by content (filecache.py), else loader + index."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from array import array
from binascii import a2b_base64, b2a_base64
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from factcli.errors import KnowledgeFileError, Problem
from factcli.index import Index
from factcli.model import KnowledgeBase
from factcli.paths import CACHE_FORMAT as _FORMAT
from factcli.paths import default_cache_dir as default_cache_dir
from factcli.paths import expand_paths, file_set_signature
from factcli.store import StoreError, StoreWriter, claim_body, decode_claim, open_store

if TYPE_CHECKING:
    from collections.abc import Callable

    from factcli.build import ClaimRow, LoadedFile


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
    from factcli.loader import collector_paused  # a miss reads YAML anyway

    with collector_paused():
        if stored is not None:
            index = _build_store(files, directory, stored)  # type: ignore[arg-type]
            if index is not None:
                return index
        return _build_in_memory(files, directory)


def _build_store(files: list[Path], directory: Path, stored: Path) -> Index | None:
    """Read the files one by one, writing each claim's row as it comes, then the tables built
    from them all, and open the result as a warm start would. A build never holds every claim
    (100,000 decoded claims with their terms took 1.3 GiB). None when nothing can be written."""
    # Only a miss builds: the builder and the loader (difflib, its patterns) stay out of a
    # warm start.
    from factcli.build import IndexBuilder
    from factcli.loader import Linker

    temporary = _temporary_beside(stored)
    if temporary is None:
        return None
    try:
        digests = _file_digests(files)
        # The workers are forked before the store is opened: they hold no SQLite connection.
        with _Preparing(files, directory, digests) as preparing:
            writer = StoreWriter(temporary, _FORMAT)
            try:
                linker, builder = Linker(), IndexBuilder()
                for path in files:
                    preparing.wait(path)
                    loaded = _load_file(path, directory, digests.get(path))
                    linker.add(loaded.records, ((row.id, row.origin) for row in loaded.rows))
                    if not linker.failed:  # an invalid file set is only reported, not stored
                        loaded = _store_claims(writer, loaded, path, directory)
                        builder.add_file(loaded.rows, loaded.tag, loaded.terms, loaded.texts)
                linker.finish()
                tables = builder.finish(linker.entities, linker.metrics,
                                        _MentionFiles(directory))
                writer.finish(tables,
                              KnowledgeBase(linker.sources, linker.entities, (), linker.metrics))
            finally:
                writer.close()
        os.replace(temporary, stored)
    except (OSError, sqlite3.Error):
        temporary.unlink(missing_ok=True)
        return None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    signature = stored.stem.removeprefix("index-")
    _write_json(stored.with_name(f"summary-{signature}.json"),
                {"format": _FORMAT, "claims": builder.count})
    _prune(stored.parent, keep=signature)
    try:
        return open_store(stored, _FORMAT)
    except StoreError:
        return None


def _store_claims(writer: StoreWriter, loaded: LoadedFile, path: Path, directory: Path
                  ) -> LoadedFile:
    """Hand the file's claim rows to the store: copied from its cache when they are kept
    there, else from the rows. A cache that cannot be copied from is dropped and the file
    read again."""
    if loaded.stored is None:
        writer.add_claims(loaded.rows)
        return loaded
    try:
        writer.copy_claims(loaded.stored, len(loaded.rows))
    except StoreError:
        loaded.stored.unlink(missing_ok=True)
        loaded = _load_file(path, directory)
        writer.add_claims(full_rows(loaded))
    return loaded


def _file_digests(files: list[Path]) -> dict[Path, str]:
    """Each readable file's content digest, which names its cache."""
    digests = {}
    for path in files:
        try:
            digests[path] = _file_digest(path, path.read_bytes())
        except OSError:
            continue  # reported by the build proper
    return digests


# A build parses and folds each file without a cache on its own, into the file's own cache:
# with more than one core, worker processes make those caches while the build proper reads
# the files before them (a rebuild: the unchanged files' caches), then reads theirs. Below
# this much to parse, starting workers costs more than it saves.
_PARALLEL_MIN_BYTES = 256_000
_MOST_WORKERS = 8
# Parsing takes about 0.4 s a megabyte here.
_WORKER_PATIENCE_S = 30.0
_WORKER_PATIENCE_S_PER_BYTE = 5e-6


class _Preparing:
    """Worker processes writing the caches of the files that have none, largest first, while
    the build goes on; wait(path) returns once path's is written (or given up: the build
    proper then reads the file itself and reports what is wrong with it)."""

    def __init__(self, files: list[Path], directory: Path, digests: dict[Path, str]) -> None:
        self._directory = directory
        self._missing: list[tuple[int, Path]] = []
        for path in files:
            digest = digests.get(path)
            if digest is not None and not _cache_file(directory, digest).exists():
                try:
                    self._missing.append((path.stat().st_size, path))
                except OSError:
                    continue  # reported by the build proper
        self._pending: dict[Path, Any] = {}
        self._pool: Any = None
        self._stop: Any = None

    @property
    def handed(self) -> int:
        """How many files went to the workers."""
        return len(self._pending)

    def __enter__(self) -> _Preparing:
        import multiprocessing

        workers = min(_cores(), len(self._missing), _MOST_WORKERS)
        # Forking is safe on Linux; macOS's system libraries may not survive it, Windows has
        # none. One core: the build proper is as fast alone.
        if workers < 1 or _cores() < 2 or not sys.platform.startswith("linux") \
                or sum(size for size, _ in self._missing) < _PARALLEL_MIN_BYTES:
            return self
        # Forked, the workers share this process's state, hash seed included: each file's
        # cache comes out as this process would write it (a test compares the tables).
        context = multiprocessing.get_context("fork")
        self._stop = context.Event()
        try:
            self._pool = context.Pool(workers, initializer=_worker_setup,
                                      initargs=(self._stop,))
        except OSError:
            return self  # no processes to be had (a limit on them): the build reads every file
        for size, path in sorted(self._missing, reverse=True):
            self._pending[path] = (self._pool.apply_async(
                _prepare_file, ((str(path), str(self._directory)),)), size)
        return self

    def wait(self, path: Path) -> None:
        pending = self._pending.get(path)
        if pending is not None:
            job, size = pending
            # A worker killed from outside (out of memory) takes its file with it and the pool
            # never says so: past a bound far above any parse, the build reads the file itself.
            job.wait(_WORKER_PATIENCE_S + size * _WORKER_PATIENCE_S_PER_BYTE)

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if self._pool is None:
            return
        if error is not None:
            # Ctrl-C: each worker finishes the file in hand and skips the rest, so that none
            # is killed halfway through writing a cache file.
            self._stop.set()
        for path in self._pending:
            self.wait(path)
        if all(job.ready() for job, _ in self._pending.values()):
            self._pool.close()
        else:
            self._pool.terminate()  # a file lost with its worker would hold close() forever
        self._pool.join()


def _cores() -> int:
    """The cores this process may run on (a container may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


_stopping: Any = None  # in a worker: the build's signal to skip what is left


def _worker_setup(stop: Any) -> None:
    """Ctrl-C is the build's to handle: a worker ignores it and watches for the build's stop."""
    import signal

    global _stopping
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _stopping = stop


def _prepare_file(job: tuple[str, str]) -> None:
    """In a worker: one file's cache. Whatever goes wrong, the build proper meets it again and
    reports it."""
    from contextlib import suppress

    if _stopping is not None and _stopping.is_set():
        return
    path, directory = job
    with suppress(Exception):
        _load_file(Path(path), Path(directory))


def _cache_file(directory: Path, digest: str) -> Path:
    return directory / "files" / f"{digest}.sqlite"


def _file_digest(path: Path, raw: bytes) -> str:
    import hashlib  # only a cold build hashes file contents

    return hashlib.sha256(f"{_FORMAT}\0{path.resolve()}\0".encode() + raw).hexdigest()[:32]


def _build_in_memory(files: list[Path], directory: Path | None) -> Index:
    """The whole index in memory: with no cache directory, or one that cannot be written."""
    from factcli.build import build_index, row_text
    from factcli.loader import link

    records, texts = [], []
    for path in files:
        loaded = _load_file(path, directory)
        file_records, rows = loaded.records, full_rows(loaded)
        if rows and not file_records.claims:  # from the per-file cache
            file_records.claims = [decode_claim(json.loads(row.body)) for row in rows]
        records.append(file_records)
        texts.extend(row_text(row) for row in rows)
    return build_index(link(records), texts)


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


def _load_file(path: Path, directory: Path | None, digest: str | None = None) -> LoadedFile:
    """One file's records, claim rows and content digest: from its cache when its content is
    unchanged (digest, when given, is that of its content), else parsed and folded."""
    from factcli import filecache
    from factcli.build import LoadedFile, claim_row
    from factcli.fileterms import invert
    from factcli.index import build_claim_text
    from factcli.loader import FileRecords, decode_text, parse_file, read_bytes

    if digest is not None and (hit := _from_cache(path, directory, digest)) is not None:
        return hit
    problems: list[Problem] = []
    raw = read_bytes(path, problems)
    if raw is None:
        return LoadedFile(FileRecords(str(path), problems=problems), [], None, None, None)
    # The bytes are the key: a file found in the cache is not decoded (a rebuild after one
    # file of 100 changes decoded and hashed all 86 MB of them). A file is cached only when
    # it read without a problem, so its bytes decode as they did then.
    known, digest = digest, _file_digest(path, raw)
    if digest != known and (hit := _from_cache(path, directory, digest)) is not None:
        return hit
    text = decode_text(str(path), raw, problems)
    if text is None:
        return LoadedFile(FileRecords(str(path), problems=problems), [], None, None, None)
    records = parse_file(str(path), text)
    folded = [build_claim_text(claim) for claim in records.claims]
    rows = [claim_row(claim, text, claim_body(claim))
            for claim, text in zip(records.claims, folded, strict=True)]
    terms = invert(text.terms for text in folded)
    if directory is not None and not records.problems:
        _write_atomically(_cache_file(directory, digest),
                          partial(filecache.write, fmt=_FORMAT, records=records, rows=rows,
                                  terms=terms))
    return LoadedFile(records, rows, digest, terms, None)


def _from_cache(path: Path, directory: Path | None, digest: str) -> LoadedFile | None:
    """The file as its cache keeps it, None when there is none to read."""
    from factcli import filecache
    from factcli.build import LoadedFile

    if directory is None:
        return None
    cache_file = _cache_file(directory, digest)
    cached = filecache.read(cache_file, _FORMAT)
    if cached is None:
        return None
    texts = partial(_cached_texts, path, cache_file, digest, len(cached.rows))
    return LoadedFile(cached.records, cached.rows, digest, cached.terms, texts, cache_file)


def _cached_texts(path: Path, cache_file: Path, digest: str, count: int) -> list[str]:
    """The folded text of a cached file's claims; if it cannot be read from the cache, folded
    again from the file, provided the file still holds what the cache was made from."""
    from factcli import filecache

    texts = filecache.read_texts(cache_file, count)
    if texts is not None:
        return texts
    return [row.text for row in _reread(path, digest, count).rows]


def _reread(path: Path, digest: str, count: int) -> LoadedFile:
    """The file parsed again, without its cache, if it still holds what the cache was made
    from."""
    loaded = _load_file(path, None)
    if loaded.tag != digest or loaded.records.problems or len(loaded.rows) != count:
        raise OSError(f"{path} changed during the build")
    return loaded


def full_rows(loaded: LoadedFile) -> list[ClaimRow]:
    """The file's claim rows with their terms, folded text and stored form, wherever those
    are kept."""
    from factcli import filecache

    rows = loaded.rows
    if loaded.stored is not None:
        try:
            stored = filecache.read_stored(loaded.stored, len(rows))
        except filecache.DamagedCache:
            path = Path(loaded.records.path)
            return _reread(path, loaded.tag, len(rows)).rows  # type: ignore[arg-type]
        rows = [row._replace(body=body, years=years, statement_terms=statement_terms)
                for row, (body, years, statement_terms) in zip(rows, stored, strict=True)]
    if loaded.terms is None or loaded.texts is None:
        return rows
    return [row._replace(terms=terms, text=text) for row, terms, text
            in zip(rows, loaded.terms.claim_terms(), loaded.texts(), strict=True)]


def load_programs(directory: Path | None) -> None:
    """Hand lazyre the regular-expression programs an earlier run kept in directory."""
    from factcli import lazyre

    data = _read_json(directory / _PROGRAMS) if directory is not None else None
    if data is None or data.get("python") != lazyre.PROGRAM_FORMAT:
        return
    try:
        lazyre.adopt_programs({
            (source, flags): (final, array("I", a2b_base64(code)).tolist(), groups,
                              dict(groupindex), tuple(indexgroup))
            for source, flags, final, code, groups, groupindex, indexgroup in data["programs"]})
    except (KeyError, TypeError, ValueError):
        return


def store_programs(directory: Path | None) -> None:
    """Keep the programs lazyre compiled in this run, with those it was handed."""
    from factcli import lazyre

    made = lazyre.new_programs()
    if directory is None or not made or array("I").itemsize != 4:
        return
    programs = {**lazyre.known_programs(), **made}
    if len(programs) > _MAX_PROGRAMS:  # patterns edited away over many versions
        programs = made
    # ASCII: a pattern may name lone surrogates (\ud800-\udfff), which UTF-8 cannot hold.
    text = json.dumps({
        "format": _FORMAT, "python": lazyre.PROGRAM_FORMAT,
        "programs": [[source, int(flags), int(final), _packed(code), groups, groupindex,
                      indexgroup]
                     for (source, flags), (final, code, groups, groupindex, indexgroup)
                     in programs.items()]}, separators=(",", ":"))
    _write_atomically(directory / _PROGRAMS,
                      lambda temporary: temporary.write_text(text, encoding="ascii"))


def _packed(code: list[int]) -> str:
    return b2a_base64(array("I", code).tobytes(), newline=False).decode("ascii")


# Regular-expression programs (lazyre.py): a few hundred kilobytes at most.
_PROGRAMS = "regex-programs.json"
_MAX_PROGRAMS = 1000


class _MentionFiles:
    """Each file's mentions beside its cache, keyed by its content and by every alias and
    metric name (index.IndexBuilder: a rebuild finds only the changed file's)."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory / "files"

    def get(self, tag: str, key: str) -> dict[str, list[int]] | None:
        data = _read_json(self._directory / f"{tag}-mentions-{key}.json")
        found = data.get("found") if data is not None else None
        if not isinstance(found, dict) or not all(
                isinstance(positions, list) and all(type(p) is int for p in positions)
                for positions in found.values()):
            return None
        return found

    def put(self, tag: str, key: str, found: dict[str, list[int]]) -> None:
        _write_json(self._directory / f"{tag}-mentions-{key}.json",
                    {"format": _FORMAT, "found": found})


def _read_json(path: Path) -> Any:
    try:
        with path.open("rb") as handle:
            data = json.loads(handle.read())
    except (OSError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) and data.get("format") == _FORMAT else None


def _write_json(path: Path, data: dict[str, Any]) -> None:
    # dumps() uses the C encoder; dump() to a stream would not.
    # Encoded whole and written as bytes: write_text encodes in chunks, at twice the time
    # (a cold build writes some 300 MB of these). Chinese written as \u escapes: a fifth
    # more bytes, but encoded in two thirds of the time and read back as fast.
    data_bytes = json.dumps(data, separators=(",", ":")).encode()
    _write_atomically(path, lambda temporary: temporary.write_bytes(data_bytes))


def _write_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Write through a temporary file in the same directory and os.replace it into place, so
    a reader never sees half a file; a cache that cannot be written is skipped."""
    temporary = _temporary_beside(path)
    if temporary is None:
        return
    try:
        write(temporary)
        os.replace(temporary, path)
    except (OSError, sqlite3.Error):
        temporary.unlink(missing_ok=True)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _temporary_beside(path: Path) -> Path | None:
    """A new empty file in path's directory (made if need be), or None when it cannot be."""
    import tempfile  # only a cache miss writes; tempfile pulls in random and shutil

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        os.close(handle)
    except OSError:
        return None
    return Path(name)
