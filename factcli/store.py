"""The index as an SQLite file: written once after a build, opened lazily on every warm start.

A single JSON index costs 2.8 s and 1.4 GiB to read at 100,000 claims (bench/run.py): every
claim and posting is decoded although one question reads a few dozen postings and a few
hundred claims. Here claims are rows, postings are rows keyed by term, and the small tables
the matcher scans (entities, aliases, metric names) are JSON in `meta`, read at open.
Only the standard library's sqlite3 is needed, and its reader cannot run code (unlike pickle).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from array import array
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from sys import intern as _intern
from typing import TYPE_CHECKING, Any, overload

from factcli.index import Index
from factcli.model import (
    Bilingual,
    Claim,
    Entity,
    KnowledgeBase,
    Metric,
    Period,
    Qualifier,
    Source,
    Title,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from factcli.build import ClaimRow, Tables

# Positions are packed as native 4-byte integers (array 'i'); the layout is part of the header
# so that a cache carried to a machine of the other byte order is rebuilt, not misread.
_LAYOUT = f"{sys.byteorder}-i{array('i').itemsize}"
_TABLES = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE claims (position INTEGER PRIMARY KEY, id TEXT NOT NULL, body TEXT NOT NULL, "
    "years TEXT NOT NULL, statement_terms TEXT NOT NULL)",
    # Apart from the claims: a weight needs every claim's terms, so it is known only at the end
    # of a build that writes the claims as it reads them.
    "CREATE TABLE weights (position INTEGER PRIMARY KEY, weight REAL NOT NULL)",
    "CREATE TABLE postings (term TEXT PRIMARY KEY, positions BLOB NOT NULL) WITHOUT ROWID",
    "CREATE TABLE lists (kind TEXT NOT NULL, key TEXT NOT NULL, positions BLOB NOT NULL, "
    "PRIMARY KEY (kind, key)) WITHOUT ROWID",
)
# Built after the rows are in: one sort instead of a b-tree insert per row.
_ID_INDEX = "CREATE UNIQUE INDEX claims_id ON claims(id)"
_SCHEMA = frozenset((*_TABLES, _ID_INDEX))
# Decoded claims kept in memory. A batch of questions comes back to the same claims, and a
# question that names no entity may read most of them (its candidates are every claim holding
# one of its words); 50,000 decoded claims take about 85 MiB. Past the cap the memo starts
# again, so memory stays bounded whatever the knowledge base's size.
_CLAIM_MEMO = 50_000
# Claims are read in blocks of neighbouring rows: an entity's claims stand together in its file,
# and the matcher reads its candidates in position order. One query per block, not per claim;
# a row is decoded only when it is read.
_BLOCK = 64
# Rows read ahead but not yet decoded: a few blocks' worth; the decoded memo is what is reused.
_BODY_MEMO = 4096
# Positions of looked-up terms kept as lists (36 bytes a position): a batch meets the same
# terms again and again, and at 100,000 claims its common terms hold tens of thousands of
# positions each. Past the cap the least recently used lists go first (starting again from
# nothing made a batch 60% slower; lists made afresh from packed arrays at each read, 90%).
_POSITIONS_MEMO = 3_000_000


class StoreError(Exception):
    """The file is not a readable index of this format; the caller rebuilds it."""


# -- writing ---------------------------------------------------------------------------------
class StoreWriter:
    """Writes an index into a new file (the caller renames it into place): claim rows as a
    build reads them, then the tables derived from all of them."""

    def __init__(self, path: Path, fmt: str) -> None:
        self._fmt = fmt
        self._connection = sqlite3.connect(path)
        # Nothing is at risk while the file has no name yet: no journal, no fsync per step.
        self._connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                                       + ";".join(_TABLES))
        self._count = 0

    def add_claims(self, rows: Sequence[ClaimRow]) -> None:
        start = self._count
        self._connection.executemany(
            "INSERT INTO claims VALUES (?, ?, ?, ?, ?)",
            ((start + offset, row.id, row.body, row.years, row.statement_terms)
             for offset, row in enumerate(rows)))
        self._count += len(rows)

    def copy_claims(self, cache_file: Path, count: int) -> None:
        """A file's claim rows from its cache (filecache.py), whose claims table has this
        one's shape: one statement, no row decoded. StoreError, with nothing copied, if the
        cache does not give count rows."""
        connection, start = self._connection, self._count
        connection.commit()  # SQLite attaches no database inside a transaction
        try:
            connection.execute("ATTACH DATABASE ? AS cached", (f"file:{cache_file}?immutable=1",))
            try:
                copied = connection.execute(
                    "INSERT INTO claims SELECT position + ?, id, body, years, statement_terms "
                    "FROM cached.claims ORDER BY position", (start,)).rowcount
            finally:
                connection.commit()
                connection.execute("DETACH DATABASE cached")
        except sqlite3.Error as err:
            copied, error = -1, str(err)
        else:
            error = "the cache holds another number of claims"
        if copied != count:
            connection.execute("DELETE FROM claims WHERE position >= ?", (start,))
            connection.commit()
            raise StoreError(error)
        self._count += count

    def finish(self, tables: Tables, kb: KnowledgeBase) -> None:
        """The derived tables and the header; kb holds the sources, entities and metrics."""
        connection = self._connection
        connection.execute(_ID_INDEX)
        connection.executemany("INSERT INTO weights VALUES (?, ?)", enumerate(tables.claim_weights))
        # In key order, as the tables' b-trees keep them: each row then lands on the last page
        # (in first-use order, the postings of 100,000 claims took three times as long).
        connection.executemany("INSERT INTO postings VALUES (?, ?)",
                               ((term, _pack(positions))
                                for term, positions in sorted(tables.postings.items())))
        for kind, table in (("entity", tables.entity_claims), ("mention", tables.mentions),
                            ("group", tables.metric_groups)):
            connection.executemany("INSERT INTO lists VALUES (?, ?, ?)",
                                   ((kind, key, _pack(positions))
                                    for key, positions in sorted(table.items())))
        connection.executemany("INSERT INTO meta VALUES (?, ?)",
                               ((key, _dumps(value))
                                for key, value in _meta(tables, kb, self._count,
                                                        self._fmt).items()))
        connection.commit()

    def close(self) -> None:
        self._connection.close()


def write_store(path: Path, index: Index, fmt: str) -> None:
    """Write a built index to path (a new file: the caller renames it into place)."""
    from factcli.build import ClaimRow, Tables

    kb = index.kb
    writer = StoreWriter(path, fmt)
    try:
        writer.add_claims([
            ClaimRow(claim.id, claim.entity, claim.metric, None, claim.origin,
                     _dumps(encode_claim(claim)), "", "",
                     ",".join(map(str, index.claim_years[position])),
                     index.statement_terms[position])
            for position, claim in enumerate(kb.claims)])
        writer.finish(Tables(dict(index.postings), dict(index.entity_claims),  # type: ignore[arg-type]
                             dict(index.mentions), dict(index.metric_groups), index.metric_terms,
                             index.metric_vocabulary, index.aliases, list(index.claim_weights),
                             index.words, index.countable_terms), kb)
    finally:
        writer.close()


def claim_body(claim: Claim) -> str:
    """A claim as its row stores it."""
    return _dumps(encode_claim(claim))


def _meta(tables: Tables, kb: KnowledgeBase, count: int, fmt: str) -> dict[str, Any]:
    return {"format": fmt, "layout": _LAYOUT, "claims": count,
            "sources": [encode_source(s) for s in kb.sources.values()],
            "entities": [encode_entity(e) for e in kb.entities.values()],
            "metrics": [encode_metric(m) for m in kb.metrics.values()],
            "aliases": tables.aliases, "metric_terms": tables.metric_terms,
            "metric_vocabulary": sorted(tables.metric_vocabulary),
            "words": tables.words, "countable_terms": sorted(tables.countable_terms)}


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


# One encoder for every row: json.dumps with options builds one a call (a cold build writes
# 100,000 claim bodies; a fifth of their encoding time).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _pack(positions: Iterable[int]) -> bytes:
    if isinstance(positions, array) and positions.typecode == "i":
        return positions.tobytes()
    return array("i", positions).tobytes()


# -- reading ---------------------------------------------------------------------------------
def open_store(path: Path, fmt: str) -> Index:
    """The index in path, read lazily; StoreError when it is missing, foreign or damaged."""
    try:
        size = path.stat().st_size
        # immutable: the file is only ever replaced whole (os.replace), never changed in place,
        # so SQLite may skip its locks; a replaced file keeps its old inode under us.
        connection = sqlite3.connect(f"file:{path}?immutable=1", uri=True,
                                     check_same_thread=False)
    except (OSError, sqlite3.Error) as err:
        raise StoreError(str(err)) from err
    try:
        _check_size(connection, size)
        _check_schema(connection)
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        return _open_index(_Rows(connection), meta, fmt)
    except (sqlite3.Error, KeyError, TypeError, ValueError, IndexError, AttributeError,
            RecursionError) as err:
        connection.close()
        raise StoreError(str(err)) from err


def _check_size(connection: sqlite3.Connection, size: int) -> None:
    """A truncated file is refused at once, not when an answer reaches its missing pages."""
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    if not pages or page_size * pages != size:
        raise StoreError("the file's size does not match its page count")


def _check_schema(connection: sqlite3.Connection) -> None:
    """Tables of another shape are refused at open, not when an answer first reads them."""
    found = {sql for (sql,) in connection.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")}
    if found != _SCHEMA:
        raise StoreError("tables of another shape")


def _open_index(rows: _Rows, meta: dict[str, str], fmt: str) -> Index:
    if json.loads(meta["format"]) != fmt or json.loads(meta["layout"]) != _LAYOUT:
        raise StoreError("another format")
    count = json.loads(meta["claims"])
    if not isinstance(count, int) or rows.count() != count \
            or rows.one("SELECT count(*) FROM weights", ()) != count:
        raise StoreError("claim count does not match")
    kb = KnowledgeBase({row[0]: decode_source(row) for row in json.loads(meta["sources"])},
                       {row[0]: decode_entity(row) for row in json.loads(meta["entities"])},
                       LazyClaims(rows, count),
                       {row[0]: decode_metric(row) for row in json.loads(meta["metrics"])})
    aliases = json.loads(meta["aliases"])
    metric_terms = json.loads(meta["metric_terms"])
    if not isinstance(aliases, dict) or not isinstance(metric_terms, dict):
        raise StoreError("tables of the wrong shape")
    index = Index(kb, LazyLists(rows, "postings"), aliases, LazyLists(rows, "entity"),
                  LazyLists(rows, "mention"), LazyLists(rows, "group"), metric_terms,
                  set(json.loads(meta["metric_vocabulary"])),
                  LazyColumn(rows, "years", count, _years),
                  LazyColumn(rows, "weight", count, float, "weights"),
                  LazyColumn(rows, "statement_terms", count, str),
                  ClaimPositions(rows))
    index.adopt_derived(json.loads(meta["words"]), frozenset(json.loads(meta["countable_terms"])))
    return index


def _years(text: str) -> list[int]:
    return [int(year) for year in text.split(",")] if text else []


class _Rows:
    """The queries behind the lazy views, with the decoded claims they share."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.claims: dict[int, Claim] = {}
        self.bodies: dict[int, str] = {}
        self.positions: dict[str, int] = {}

    def count(self) -> int:
        return self.connection.execute("SELECT count(*) FROM claims").fetchone()[0]

    def one(self, sql: str, parameters: tuple[Any, ...]) -> Any:
        row = self.connection.execute(sql, parameters).fetchone()
        return None if row is None else row[0]

    def claim(self, position: int) -> Claim:
        claim = self.claims.get(position)
        if claim is None:
            body = self.bodies.pop(position, None)
            if body is None:
                body = self._read_block(position)
            claim = decode_claim(json.loads(body))
            if len(self.claims) >= _CLAIM_MEMO:
                self.claims.clear()
            self.claims[position] = claim
            self.positions[claim.id] = position
        return claim

    def _read_block(self, position: int) -> str:
        start = position - position % _BLOCK
        if len(self.bodies) >= _BODY_MEMO:
            self.bodies.clear()
        self.bodies.update(self.connection.execute(
            "SELECT position, body FROM claims WHERE position >= ? AND position < ?",
            (start, start + _BLOCK)))
        body = self.bodies.pop(position, None)
        if body is None:
            raise IndexError(position)
        return body


class LazyClaims(Sequence[Claim]):
    """kb.claims: each claim decoded from its row when first read."""

    def __init__(self, rows: _Rows, count: int) -> None:
        self._rows = rows
        self._memo = rows.claims
        self._count = count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, position: int) -> Claim: ...
    @overload
    def __getitem__(self, position: slice) -> tuple[Claim, ...]: ...

    def __getitem__(self, position: int | slice) -> Claim | tuple[Claim, ...]:
        # The matcher reads a candidate's claim several times per question: a hit costs one
        # dict lookup. (A slice is unhashable; it takes the long way.)
        try:
            return self._memo[position]  # type: ignore[index]
        except (KeyError, TypeError):
            pass
        if isinstance(position, slice):
            return tuple(self[i] for i in range(*position.indices(self._count)))
        if position < 0:
            position += self._count
        if not 0 <= position < self._count:
            raise IndexError(position)
        return self._rows.claim(position)

    def __iter__(self) -> Iterator[Claim]:
        # Listing or exporting every claim streams the rows without filling the memo.
        cursor = self._rows.connection.execute("SELECT body FROM claims ORDER BY position")
        for (body,) in cursor:
            yield decode_claim(json.loads(body))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or len(other) != self._count:
            return False
        return all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]


class LazyColumn(Sequence[Any]):
    """claim_years, claim_weights, statement_terms: one column of a table by position."""

    def __init__(self, rows: _Rows, column: str, count: int,
                 decode: Callable[[Any], Any], table: str = "claims") -> None:
        self._rows = rows
        self._sql = f"SELECT {column} FROM {table} WHERE position = ?"
        self._all = f"SELECT {column} FROM {table} ORDER BY position"
        self._count = count
        self._decode = decode
        self._seen: dict[int, Any] = {}

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, position: int) -> Any:  # type: ignore[override]
        value = self._seen.get(position)
        if value is None:
            if position < 0:
                position += self._count
            raw = self._rows.one(self._sql, (position,)) if 0 <= position < self._count \
                else None
            if raw is None:
                raise IndexError(position)
            value = self._decode(raw)
            if len(self._seen) >= _CLAIM_MEMO:
                self._seen.clear()
            self._seen[position] = value
        return value

    def __iter__(self) -> Iterator[Any]:
        for (raw,) in self._rows.connection.execute(self._all):
            yield self._decode(raw)


class LazyLists(Mapping[str, list[int]]):
    """Term → positions (postings) or entity/group → positions, each list read when asked.

    A question asks for some of its terms several times and for unknown terms as often as
    known ones, so answers and misses are both remembered.
    """

    def __init__(self, rows: _Rows, kind: str) -> None:
        self._rows = rows
        if kind == "postings":
            self._sql = "SELECT positions FROM postings WHERE term = ?"
            self._keys = "SELECT term FROM postings"
            self._args: tuple[str, ...] = ()
        else:
            self._sql = "SELECT positions FROM lists WHERE kind = ? AND key = ?"
            self._keys = "SELECT key FROM lists WHERE kind = ?"
            self._args = (kind,)
        self._seen: OrderedDict[str, list[int] | None] = OrderedDict()
        self._held = 0
        self._length: int | None = None

    def _lookup(self, key: str) -> list[int] | None:
        seen = self._seen
        try:
            positions = seen[key]
        except KeyError:
            pass
        except TypeError:
            return None  # an unhashable key is in no table
        else:
            seen.move_to_end(key)
            return positions
        blob = self._rows.one(self._sql, (*self._args, key)) if isinstance(key, str) else None
        positions = array("i", blob).tolist() if blob is not None else None
        seen[key] = positions
        if positions:
            self._held += len(positions)
            while self._held > _POSITIONS_MEMO and len(seen) > 1:
                _, dropped = seen.popitem(last=False)
                self._held -= len(dropped) if dropped else 0
        return positions

    def __contains__(self, key: object) -> bool:
        return self._lookup(key) is not None  # type: ignore[arg-type]

    def get(self, key: str, default: Any = None) -> Any:
        # Mapping.get would call __getitem__ and catch its KeyError: the matcher asks for a
        # dozen terms a question, known and unknown, and that took three calls each.
        positions = self._lookup(key)
        return default if positions is None else positions

    def __getitem__(self, key: str) -> list[int]:
        positions = self._lookup(key)
        if positions is None:
            raise KeyError(key)
        return positions

    def __iter__(self) -> Iterator[str]:
        for (key,) in self._rows.connection.execute(self._keys, self._args):
            yield key

    def __len__(self) -> int:
        if self._length is None:
            count = self._keys.replace("SELECT term", "SELECT count(*)") \
                .replace("SELECT key", "SELECT count(*)")
            self._length = self._rows.one(count, self._args)
        return self._length or 0


class ClaimPositions(Mapping[str, int]):
    """Claim id → position: claims already decoded know theirs, others ask the id index."""

    def __init__(self, rows: _Rows) -> None:
        self._rows = rows

    def __getitem__(self, claim_id: str) -> int:
        position = self._rows.positions.get(claim_id)
        if position is None:
            position = self._rows.one("SELECT position FROM claims WHERE id = ?", (claim_id,))
            if position is None:
                raise KeyError(claim_id)
            self._rows.positions[claim_id] = position
        return position

    def __iter__(self) -> Iterator[str]:
        for (claim_id,) in self._rows.connection.execute(
                "SELECT id FROM claims ORDER BY position"):
            yield claim_id

    def __len__(self) -> int:
        return self._rows.count()


# -- rows of the model -------------------------------------------------------------------------
def _period(data: list[str] | None) -> Period | None:
    return Period(data[0], data[1]) if data else None


def encode_source(source: Source) -> list[Any]:
    return [source.id, source.title.original, source.title.en, source.publisher, source.file,
            list(source.languages), source.published,
            [source.period.start, source.period.end] if source.period else None, source.url,
            source.origin]


def decode_source(row: list[Any]) -> Source:
    return Source(row[0], Title(row[1], row[2]), row[3], row[4], tuple(row[5]), row[6],
                  _period(row[7]), row[8], row[9])


def encode_entity(entity: Entity) -> list[Any]:
    return [entity.id, entity.kind, entity.name.en, entity.name.zh, list(entity.aliases),
            entity.parent, entity.origin]


def decode_entity(row: list[Any]) -> Entity:
    return Entity(row[0], row[1], Bilingual(row[2], row[3]), tuple(row[4]), row[5], row[6])


def encode_claim(claim: Claim) -> list[Any]:
    value = list(claim.value) if isinstance(claim.value, tuple) else claim.value
    return [claim.id, claim.entity, claim.metric, claim.topic, value, claim.statement.en,
            claim.statement.zh, claim.source, list(claim.quotes), claim.unit,
            claim.qualifier.value, claim.as_of,
            [claim.period.start, claim.period.end] if claim.period else None,
            list(claim.keywords_en), list(claim.keywords_zh), claim.note, claim.origin]


# A dict lookup, not Qualifier(text): an Enum call costs more than the rest of a claim's fields.
_QUALIFIERS = {qualifier.value: qualifier for qualifier in Qualifier}


def decode_claim(row: list[Any]) -> Claim:
    value = tuple(row[4]) if isinstance(row[4], list) else row[4]
    # Ids that many claims share are interned: one string each in memory, compared by identity.
    return Claim(row[0], _intern(row[1]), _intern(row[2]), _intern(row[3]), value,
                 Bilingual(row[5], row[6]), _intern(row[7]), tuple(row[8]),
                 row[9] and _intern(row[9]), _QUALIFIERS[row[10]], row[11], _period(row[12]),
                 tuple(row[13]), tuple(row[14]), row[15], row[16])


def encode_metric(metric: Metric) -> list[Any]:
    return [metric.id, metric.name.en, metric.name.zh, metric.description, metric.origin]


def decode_metric(row: list[Any]) -> Metric:
    return Metric(row[0], Bilingual(row[1], row[2]), row[3], row[4])
