"""factcli.filecache: one knowledge file's cache, and a build that copies its claim rows."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

import factcli.cache
from factcli import filecache
from factcli.build import claim_row
from factcli.cache import CacheSettings, load_index
from factcli.errors import KnowledgeFileError
from factcli.fileterms import invert
from factcli.index import Index, build_claim_text
from factcli.loader import parse_file, shipped_data_dir
from factcli.paths import CACHE_FORMAT
from factcli.store import LazyClaims, claim_body

_FILE = "002_polyu_gba.yaml"


def _written(tmp_path: Path) -> tuple[Path, list, object]:
    source = shipped_data_dir() / _FILE
    records = parse_file(str(source), source.read_text(encoding="utf-8"))
    folded = [build_claim_text(claim) for claim in records.claims]
    rows = [claim_row(claim, text, claim_body(claim))
            for claim, text in zip(records.claims, folded, strict=True)]
    terms = invert(text.terms for text in folded)
    path = tmp_path / "file.sqlite"
    filecache.write(path, CACHE_FORMAT, records, rows, terms)
    return path, rows, (records, terms)


def test_a_file_reads_back_as_it_was_written(tmp_path: Path) -> None:
    path, rows, (records, terms) = _written(tmp_path)
    cached = filecache.read(path, CACHE_FORMAT)
    assert cached is not None
    assert (cached.records.sources, cached.records.entities, cached.records.metrics) == \
        (records.sources, records.entities, records.metrics)
    assert [row[:5] for row in cached.rows] == [row[:5] for row in rows]
    assert cached.terms.claim_terms() == terms.claim_terms()
    assert cached.terms.positions == terms.positions
    assert filecache.read_texts(path, len(rows)) == [row.text for row in rows]
    assert filecache.read_stored(path, len(rows)) == \
        [(row.body, row.years, row.statement_terms) for row in rows]
    # One reference a target, every place that names it kept.
    places = [(ref.kind, ref.target, origin) for ref in cached.records.references
              for origin in (ref.origin, *ref.also)]
    assert sorted(places) == sorted(ref[:3] for ref in records.references)
    assert len(cached.records.references) < len(records.references)


@pytest.mark.parametrize("damage", [
    "DELETE FROM parts WHERE name = 'records'",
    "UPDATE parts SET value = '{' WHERE name = 'records'",
    "UPDATE parts SET value = x'0000' WHERE name = 'ends'",
    "UPDATE parts SET value = '{\"format\":\"factcli-cache-0\",\"layout\":\"\",\"claims\":1}' "
    "WHERE name = 'header'",
    "CREATE TABLE extra (x)",
])
def test_a_cache_of_another_shape_is_not_read(tmp_path: Path, damage: str) -> None:
    path, _, _ = _written(tmp_path)
    with sqlite3.connect(path) as connection:
        connection.execute(damage)
    assert filecache.read(path, CACHE_FORMAT) is None


def test_a_cut_or_foreign_cache_is_not_read(tmp_path: Path) -> None:
    path, rows, _ = _written(tmp_path)
    whole = path.read_bytes()
    for damage in (whole[:-4096], b"", b"SQLite format 3\0", b"[1, 2]"):
        path.write_bytes(damage)
        assert filecache.read(path, CACHE_FORMAT) is None
        assert filecache.read_texts(path, len(rows)) is None
        with pytest.raises(filecache.DamagedCache):
            filecache.read_stored(path, len(rows))


def _answers(index: Index) -> tuple[object, ...]:
    return (dict(index.postings.items()), dict(index.mentions.items()),
            list(index.claim_weights), list(index.statement_terms), tuple(index.kb.claims))


def test_a_rebuild_reads_again_a_file_whose_cached_claims_are_missing(
        kb_index: Index, tmp_path: Path) -> None:
    """The cache reads whole but its claims table lost a row: the copy is refused, the file
    read again, and the index is what it should be."""
    settings = CacheSettings(tmp_path)
    load_index([shipped_data_dir()], settings)
    for cached in (tmp_path / "files").glob("*.sqlite"):
        with sqlite3.connect(cached) as connection:
            connection.execute("DELETE FROM claims WHERE position = 3")
    for stored in tmp_path.glob("index-*"):
        stored.unlink()
    for _ in range(2):  # rebuilt, then warm
        index = load_index([shipped_data_dir()], settings)
        assert isinstance(index.kb.claims, LazyClaims)  # from the index file, not in memory
        assert _answers(index) == _answers(kb_index)


@pytest.mark.parametrize("damaged", [False, True])
def test_an_index_built_in_memory_reads_the_claims_the_caches_keep(
        kb_index: Index, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        damaged: bool) -> None:
    """With no index file to be had, the build holds every claim, from the file caches (or
    the files, where a cache has lost claims)."""
    settings = CacheSettings(tmp_path)
    load_index([shipped_data_dir()], settings)
    for stored in tmp_path.glob("index-*"):
        stored.unlink()
    if damaged:
        for cached in (tmp_path / "files").glob("*.sqlite"):
            with sqlite3.connect(cached) as connection:
                connection.execute("DELETE FROM claims WHERE position = 3")
    monkeypatch.setattr(factcli.cache, "_build_store", lambda *_: None)
    assert _answers(load_index([shipped_data_dir()], settings)) == _answers(kb_index)


def test_a_dangling_reference_is_reported_at_every_place_from_the_caches(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(shipped_data_dir(), data)
    load_index([data], CacheSettings(tmp_path / "cache"))
    (data / "entities.yaml").unlink()
    reports = []
    for settings in (CacheSettings(tmp_path / "cache"), CacheSettings(None)):
        with pytest.raises(KnowledgeFileError) as caught:
            load_index([data], settings)
        reports.append(caught.value.problems)
    assert reports[0] == reports[1]
    assert sum("unknown entity 'hkust'" in p.message for p in reports[0]) > 10


def test_a_claim_row_of_another_type_cannot_be_written(tmp_path: Path) -> None:
    """The cache's claims are text, as the index reads them (CHECK constraints: SQLite
    before 3.37 has no STRICT tables)."""
    path, _, _ = _written(tmp_path)
    with sqlite3.connect(path) as connection, pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE claims SET body = x'00' WHERE position = 0")
