"""One knowledge file's cache: a small SQLite file named by the file's content.

Its claims' stored rows sit in a table of the index's own shape, so that a build copies them
straight into the index (store.StoreWriter.copy_claims) instead of decoding and re-encoding
them: at 100,000 claims the JSON of those rows was half of what a rebuild read. The rest,
which a build reads whole, is JSON (records and the few row fields the tables need, as
columns) and packed arrays (the file's terms).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from array import array
from typing import TYPE_CHECKING, Any, NamedTuple

from factcli.fileterms import FileTerms, checked
from factcli.store import (
    decode_entity,
    decode_metric,
    decode_source,
    encode_entity,
    encode_metric,
    encode_source,
)

if TYPE_CHECKING:
    from pathlib import Path

    from factcli.build import ClaimRow
    from factcli.loader import FileRecords

# Types are held by CHECK constraints, not STRICT tables, which SQLite before 3.37 (Debian 11's,
# say) cannot read; a value with no declared type is kept as written.
_TABLES = (
    "CREATE TABLE parts (name TEXT PRIMARY KEY, value NOT NULL)",
    # The index's claims table (store.py), row for row, positions counted from the file's first.
    "CREATE TABLE claims (position INTEGER PRIMARY KEY, "
    + ", ".join(f"{column} TEXT NOT NULL CHECK (typeof({column}) = 'text')"
                for column in ("id", "body", "years", "statement_terms")) + ")",
)
_SCHEMA = frozenset(_TABLES)
_ARRAYS = ("positions", "held", "numbers", "ends")
# Native 4-byte integers: a cache carried to a machine of the other byte order is not misread.
_LAYOUT = f"{sys.byteorder}-i{array('i').itemsize}"


class CachedFile(NamedTuple):
    """What a build reads of a cached file; the claims' stored rows stay in the file."""

    records: FileRecords  # no claims: the rows stand for them
    rows: list[ClaimRow]  # body, terms, text, years and statement_terms empty
    terms: FileTerms


class DamagedCache(Exception):
    """A cache file that opened but could not be read through; the caller drops it."""


def write(path: Path, fmt: str, records: FileRecords, rows: list[ClaimRow],
          terms: FileTerms) -> None:
    """The cache of a file read without a problem, into path (a new, empty file)."""
    connection = sqlite3.connect(path)
    try:
        # Nothing is at risk while the file has no name yet: no journal, no fsync per step.
        connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                                 + ";".join(_TABLES))
        connection.executemany("INSERT INTO claims VALUES (?, ?, ?, ?, ?)",
                               ((position, row.id, row.body, row.years, row.statement_terms)
                                for position, row in enumerate(rows)))
        header = {"format": fmt, "layout": _LAYOUT, "claims": len(rows)}
        columns = [list(column) for column in zip(*(row[:5] for row in rows), strict=True)]
        connection.executemany("INSERT INTO parts VALUES (?, ?)", [
            ("header", _dumps(header)),
            ("records", _dumps(_encode_records(records, columns or [[]] * 5, terms))),
            ("texts", _dumps([row.text for row in rows])),
            *((name, array("i", getattr(terms, name)).tobytes()) for name in _ARRAYS)])
        connection.commit()
    finally:
        connection.close()


def read(path: Path, fmt: str) -> CachedFile | None:
    """The cache in path; None when it is missing, foreign or damaged."""
    try:
        connection = _open(path)
    except (OSError, sqlite3.Error):
        return None
    try:
        parts = dict(connection.execute(
            "SELECT name, value FROM parts WHERE name != 'texts'"))
        header = json.loads(parts["header"])
        if header["format"] != fmt or header["layout"] != _LAYOUT:
            return None
        return _decode(json.loads(parts["records"]), parts, header["claims"])
    except (sqlite3.Error, KeyError, TypeError, ValueError, IndexError, AttributeError,
            RecursionError):
        return None
    finally:
        connection.close()


def read_texts(path: Path, count: int) -> list[str] | None:
    """The folded text of the cached claims, None when it cannot be read."""
    try:
        connection = _open(path)
        try:
            (data,) = connection.execute("SELECT value FROM parts WHERE name = 'texts'").fetchone()
        finally:
            connection.close()
        texts = json.loads(data)
    except (OSError, sqlite3.Error, TypeError, ValueError, RecursionError):
        return None
    if isinstance(texts, list) and len(texts) == count and all(type(t) is str for t in texts):
        return texts
    return None


def read_stored(path: Path, count: int) -> list[tuple[str, str, str]]:
    """Each cached claim's body, years and statement terms, in order; DamagedCache if the
    file does not hold count of them."""
    try:
        connection = _open(path)
        try:
            stored = connection.execute("SELECT body, years, statement_terms FROM claims "
                                        "ORDER BY position").fetchall()
        finally:
            connection.close()
    except (OSError, sqlite3.Error) as err:
        raise DamagedCache(str(err)) from err
    if len(stored) != count:
        raise DamagedCache("the cache holds another number of claims")
    return stored


def _open(path: Path) -> sqlite3.Connection:
    """Read-only; immutable, as a cache file is only ever replaced whole."""
    size = path.stat().st_size
    connection = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        found = {sql for (sql,) in connection.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")}
        # A truncated file, or tables of another shape, are refused here, not halfway through
        # a build.
        if not pages or page_size * pages != size or found != _SCHEMA:
            raise sqlite3.DatabaseError("not a cache file of this format")
    except BaseException:
        connection.close()
        raise
    return connection


def _encode_records(records: FileRecords, columns: list[list[Any]], terms: FileTerms
                    ) -> dict[str, Any]:
    grouped: dict[tuple[str, str], list[str]] = {}
    for reference in records.references:
        grouped.setdefault((reference.kind, reference.target), []).append(reference.origin)
    return {"path": records.path,
            "sources": [encode_source(s) for s in records.sources],
            "entities": [encode_entity(e) for e in records.entities],
            "metrics": [encode_metric(m) for m in records.metrics],
            # One entry a target, not one a reference: a file names the same few entities,
            # sources and metrics in every claim.
            "references": [[kind, target, origins]
                           for (kind, target), origins in grouped.items()],
            "columns": columns, "vocabulary": terms.vocabulary}


def _decode(data: dict[str, Any], parts: dict[str, Any], count: int) -> CachedFile:
    from factcli.build import ClaimRow
    from factcli.loader import FileRecords, Reference

    references = []
    for kind, target, origins in data["references"]:
        references.append(Reference(kind, target, origins[0], tuple(origins[1:])))
    records = FileRecords(data["path"], [decode_source(r) for r in data["sources"]],
                          [decode_entity(r) for r in data["entities"]],
                          metrics=[decode_metric(r) for r in data["metrics"]],
                          references=references)
    ids, entities, metrics, counts, origins = data["columns"]
    # One check a column, not one a field (a rebuild reads 100,000 rows; JSON makes no
    # subclass of str).
    if any(len(column) != count for column in data["columns"]) \
            or any(set(map(type, column)) - {str} for column in (ids, entities, metrics, origins)) \
            or set(map(type, counts)) - {str, type(None)}:
        raise TypeError("claim columns of the wrong shape")
    rows = [ClaimRow(*fields, "", "", "", "", "")
            for fields in zip(ids, entities, metrics, counts, origins, strict=True)]
    terms = FileTerms(data["vocabulary"], *(_unpacked(parts[name]) for name in _ARRAYS))
    return CachedFile(records, rows, checked(terms, count))


def _unpacked(data: bytes) -> array[int]:
    values: array[int] = array("i")
    values.frombytes(data)
    return values


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
