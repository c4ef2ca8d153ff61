"""cache: the same answers with and without it; bad caches are rebuilt, not trusted."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from factcli import store
from factcli.cache import CacheSettings, _file_digests, _Preparing, load_index
from factcli.errors import KnowledgeFileError
from factcli.index import Index
from factcli.loader import shipped_data_dir
from factcli.match import Answer, answer_question
from factcli.paths import CACHE_FORMAT, expand_paths
from factcli.store import LazyClaims, open_store

QUESTIONS = ["How many unicorns does HKUST have?", "理大有幾多個科研項目",
             "港大國際創新中心土地面積", "CUHK rankings", "1747", "科大QS排名"]


def _answers(index: Index) -> list[str]:
    results = [answer_question(index, q) for q in QUESTIONS]
    return [r.answers[0].claim.id if isinstance(r, Answer) else "decline" for r in results]


def test_answers_are_the_same_with_and_without_the_cache(kb_index: Index, tmp_path: Path
                                                         ) -> None:
    settings = CacheSettings(tmp_path)
    cold = load_index([shipped_data_dir()], settings)
    warm = load_index([shipped_data_dir()], settings)
    assert list(tmp_path.glob("index-*.sqlite"))
    assert isinstance(warm.kb.claims, LazyClaims)
    assert _answers(kb_index) == _answers(cold) == _answers(warm)
    assert warm.kb == kb_index.kb


def test_every_table_reads_back_from_the_sqlite_cache_as_built(kb_index: Index,
                                                               tmp_path: Path) -> None:
    """The lazy views answer every way the matcher, list and export read them."""
    settings = CacheSettings(tmp_path)
    load_index([shipped_data_dir()], settings)
    warm = load_index([shipped_data_dir()], settings)
    claims = kb_index.kb.claims
    assert len(warm.kb.claims) == len(claims)
    assert [warm.kb.claims[i] for i in range(len(claims))] == list(claims)
    assert tuple(warm.kb.claims) == claims
    assert warm.kb.claims[-1] == claims[-1]
    assert warm.kb.claims[1:3] == claims[1:3]
    with pytest.raises(IndexError):
        warm.kb.claims[len(claims)]
    for table in ("entity_claims", "mentions", "metric_groups"):
        assert dict(getattr(warm, table).items()) == getattr(kb_index, table), table
    assert warm.entity_claims.get("no-such-entity") is None
    assert list(warm.claim_years) == kb_index.claim_years
    assert list(warm.claim_weights) == kb_index.claim_weights
    assert list(warm.statement_terms) == kb_index.statement_terms
    assert [warm.statement_terms[i] for i in range(len(claims))] == kb_index.statement_terms
    assert dict(warm.claim_positions.items()) == kb_index.claim_positions
    assert warm.claim_positions[claims[7].id] == 7
    assert (warm.aliases, warm.metric_terms, warm.metric_vocabulary) == \
        (kb_index.aliases, kb_index.metric_terms, kb_index.metric_vocabulary)
    assert warm.words == kb_index.words
    assert warm.countable_terms == kb_index.countable_terms
    assert warm.children == kb_index.children


def test_corrupt_truncated_or_foreign_cache_is_rebuilt(kb_index: Index, tmp_path: Path) -> None:
    settings = CacheSettings(tmp_path)
    load_index([shipped_data_dir()], settings)
    for damage in (b"", b"{\"format\": \"factcli-cache-4\", \"claims\": [", b"[1, 2, 3]",
                   json.dumps({"format": "someone-else"}).encode(), b"SQLite format 3\0"):
        for cached in tmp_path.rglob("*.*"):
            cached.write_bytes(damage)
        assert _answers(load_index([shipped_data_dir()], settings)) == _answers(kb_index)


def _stored(directory: Path) -> Path:
    (path,) = directory.glob("index-*.sqlite")
    return path


@pytest.mark.parametrize("damage", [
    "DELETE FROM claims WHERE position = 3",
    "DROP TABLE postings",
    "UPDATE meta SET value = '\"factcli-cache-0\"' WHERE key = 'format'",
    "UPDATE meta SET value = '{' WHERE key = 'entities'",
    "UPDATE meta SET value = '[]' WHERE key = 'aliases'",
])
def test_sqlite_cache_of_another_shape_is_rebuilt(kb_index: Index, tmp_path: Path,
                                                  damage: str) -> None:
    """A cache that SQLite reads but that is not what this version writes is rebuilt."""
    settings = CacheSettings(tmp_path)
    load_index([shipped_data_dir()], settings)
    with sqlite3.connect(_stored(tmp_path)) as connection:
        connection.execute(damage)
    index = load_index([shipped_data_dir()], settings)
    assert _answers(index) == _answers(kb_index)
    open_store(_stored(tmp_path), CACHE_FORMAT)  # rewritten whole: no StoreError


def test_truncated_sqlite_cache_is_rebuilt_before_it_is_read(kb_index: Index,
                                                             tmp_path: Path) -> None:
    """Cut short, the file would fail only when an answer reached a missing page."""
    settings = CacheSettings(tmp_path)
    load_index([shipped_data_dir()], settings)
    path = _stored(tmp_path)
    path.write_bytes(path.read_bytes()[:-4096])
    index = load_index([shipped_data_dir()], settings)
    assert _answers(index) == _answers(kb_index)
    open_store(_stored(tmp_path), CACHE_FORMAT)


def test_unwritable_cache_directory_falls_back_silently(kb_index: Index, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    index = load_index([shipped_data_dir()], CacheSettings(blocker / "cache"))
    assert _answers(index) == _answers(kb_index)


def test_per_file_cache_still_checks_references_across_files(tmp_path: Path) -> None:
    """A cached file is not trusted blindly: its references are checked against today's set."""
    data = tmp_path / "data"
    shutil.copytree(shipped_data_dir(), data)
    settings = CacheSettings(tmp_path / "cache")
    load_index([data], settings)
    (data / "entities.yaml").unlink()
    with pytest.raises(KnowledgeFileError) as caught:
        load_index([data], settings)
    assert any("unknown entity 'hkust'" in p.message for p in caught.value.problems)


def test_postings_read_back_from_the_cache_equal_the_built_ones(kb_index: Index,
                                                                tmp_path: Path) -> None:
    """Postings are read per term; every way of reading them sees lists."""
    settings = CacheSettings(tmp_path)
    load_index([shipped_data_dir()], settings)
    warm = load_index([shipped_data_dir()], settings)
    assert set(warm.postings) == set(kb_index.postings)
    assert len(warm.postings) == len(kb_index.postings)
    assert all(warm.postings.get(term) == positions
               for term, positions in kb_index.postings.items())
    assert dict(warm.postings.items()) == kb_index.postings
    assert list(warm.postings.values()) == [kb_index.postings[t] for t in warm.postings]
    assert warm.postings.get("no-such-term", ()) == ()
    assert "no-such-term" not in warm.postings
    with pytest.raises(KeyError):
        warm.postings["no-such-term"]


def _tables(index: Index) -> tuple[object, ...]:
    return (dict(index.postings.items()), dict(index.mentions.items()),
            dict(index.entity_claims.items()), dict(index.metric_groups.items()),
            list(index.claim_weights), list(index.claim_years), list(index.statement_terms),
            index.words, index.countable_terms, index.aliases, index.metric_terms,
            tuple(index.kb.claims))


@pytest.mark.parametrize(("path", "old", "new"), [
    # A statement now names PolyU: that file's mentions change, the others' are reused.
    ("003_hku_innovation_centre.yaml", 'en: "HKU\'s planned International',
     'en: "With PolyU, HKU\'s planned International'),
    # A new alias: every file's mentions are found again.
    ("entities.yaml", "aliases: [PolyU, Poly U,", "aliases: [PolyU, Poly U, Hung Hom U,"),
])
def test_a_rebuild_after_an_edit_equals_a_build_from_scratch(tmp_path: Path, path: str,
                                                             old: str, new: str) -> None:
    """Per-file caches and per-file mentions are reused only where nothing they read changed."""
    data = tmp_path / "data"
    shutil.copytree(shipped_data_dir(), data)
    settings = CacheSettings(tmp_path / "cache")
    load_index([data], settings)
    edited = data / path
    text = edited.read_text(encoding="utf-8")
    assert old in text
    edited.write_text(text.replace(old, new, 1), encoding="utf-8")
    rebuilt = load_index([data], settings)
    assert isinstance(rebuilt.kb.claims, LazyClaims)
    assert _tables(rebuilt) == _tables(load_index([data], CacheSettings(None)))


def test_mentions_kept_beside_a_file_cache_that_are_damaged_are_found_again(
        kb_index: Index, tmp_path: Path) -> None:
    settings = CacheSettings(tmp_path)
    load_index([shipped_data_dir()], settings)
    memos = list(tmp_path.glob("files/*-mentions-*.json"))
    assert memos
    for number, memo in enumerate(memos):
        found = {"hkust": ["x"]} if number % 2 else {"hkust": [10**6]}
        memo.write_text(json.dumps({"format": CACHE_FORMAT, "found": found}))
    _stored(tmp_path).unlink()
    assert _tables(load_index([shipped_data_dir()], settings)) == _tables(kb_index)


def test_tables_read_back_the_same_once_the_memos_are_full(kb_index: Index, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Past their caps the memos drop entries (postings least recently used first), never
    change what is read."""
    monkeypatch.setattr(store, "_POSITIONS_MEMO", 50)
    monkeypatch.setattr(store, "_CLAIM_MEMO", 10)
    settings = CacheSettings(tmp_path)
    load_index([shipped_data_dir()], settings)
    warm = load_index([shipped_data_dir()], settings)
    for _ in range(2):
        assert all(warm.postings.get(term) == positions
                   for term, positions in kb_index.postings.items())
        assert all(term in warm.postings for term in kb_index.postings)
        assert [warm.kb.claims[i] for i in range(len(kb_index.kb.claims))] == \
            list(kb_index.kb.claims)
        assert list(warm.claim_weights) == kb_index.claim_weights


def _force_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcli.cache

    monkeypatch.setattr(factcli.cache, "_PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(factcli.cache, "_cores", lambda: 2)


def test_a_build_by_worker_processes_equals_one_in_this_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers write the per-file caches a cold build then reads: the same bytes, the same
    tables, as the build without them."""
    data = tmp_path / "data"
    shutil.copytree(shipped_data_dir(), data)
    alone = load_index([data], CacheSettings(tmp_path / "alone"))
    _force_workers(monkeypatch)
    files = expand_paths([data])
    digests = _file_digests(files)
    for handed in (len(files), 0):  # the second time, every file has its cache
        with _Preparing(files, tmp_path / "beside", digests) as preparing:
            for path in files:
                preparing.wait(path)
        assert preparing.handed == handed
    beside = load_index([data], CacheSettings(tmp_path / "beside"))
    assert _tables(beside) == _tables(alone)

    def cached(name: str) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in (tmp_path / name / "files").glob("*")}

    assert cached("beside") == cached("alone")
    assert cached("beside")


def test_a_broken_file_among_many_is_reported_where_it_is_when_workers_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(shipped_data_dir(), data)
    (data / "zz_broken.yaml").write_text("claims:\n  - id: [unclosed\n", encoding="utf-8")
    _force_workers(monkeypatch)
    with pytest.raises(KnowledgeFileError) as caught:
        load_index([data], CacheSettings(tmp_path / "cache"))
    assert any(p.path.endswith("zz_broken.yaml") and p.line for p in caught.value.problems)


def test_a_worker_told_to_stop_leaves_the_files_it_has_not_begun(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C during a build with workers: each finishes the file in hand, none starts
    another, so no cache file is left half-written."""
    import multiprocessing

    import factcli.cache

    stop = multiprocessing.get_context("fork").Event()
    monkeypatch.setattr(factcli.cache, "_stopping", stop)
    job = (str(shipped_data_dir() / "entities.yaml"), str(tmp_path))
    factcli.cache._prepare_file(job)
    assert list((tmp_path / "files").glob("*.sqlite"))
    shutil.rmtree(tmp_path / "files")
    stop.set()
    factcli.cache._prepare_file(job)
    assert not (tmp_path / "files").exists()


def _killed(job: tuple[str, str]) -> None:
    import os

    os._exit(1)  # as the kernel's out-of-memory killer would end a worker


def test_a_build_whose_worker_is_killed_still_ends(kb_index: Index, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool never reports a worker killed from outside: the build stops waiting for it
    and reads the file itself."""
    import factcli.cache

    _force_workers(monkeypatch)
    monkeypatch.setattr(factcli.cache, "_prepare_file", _killed)
    monkeypatch.setattr(factcli.cache, "_WORKER_PATIENCE_S", 0.2)
    monkeypatch.setattr(factcli.cache, "_WORKER_PATIENCE_S_PER_BYTE", 0.0)
    index = load_index([shipped_data_dir()], CacheSettings(tmp_path))
    assert _answers(index) == _answers(kb_index)
