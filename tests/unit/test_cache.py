"""cache: the same answers with and without it; bad caches are rebuilt, not trusted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcli.cache import CacheSettings, load_index
from factcli.errors import KnowledgeFileError
from factcli.index import Index
from factcli.loader import shipped_data_dir
from factcli.match import Answer, answer_question

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
    assert list(tmp_path.glob("index-*.json"))
    assert _answers(kb_index) == _answers(cold) == _answers(warm)
    assert warm.kb == kb_index.kb


def test_corrupt_truncated_or_foreign_cache_is_rebuilt(kb_index: Index, tmp_path: Path) -> None:
    settings = CacheSettings(tmp_path)
    load_index([shipped_data_dir()], settings)
    for damage in (b"", b"{\"format\": \"factcli-cache-4\", \"claims\": [", b"[1, 2, 3]",
                   json.dumps({"format": "someone-else"}).encode()):
        for cached in tmp_path.rglob("*.json"):
            cached.write_bytes(damage)
        assert _answers(load_index([shipped_data_dir()], settings)) == _answers(kb_index)


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
    """Postings are stored as text and read lazily; every way of reading them sees lists."""
    settings = CacheSettings(tmp_path)
    load_index([shipped_data_dir()], settings)
    warm = load_index([shipped_data_dir()], settings)
    assert set(warm.postings) == set(kb_index.postings)
    assert all(warm.postings.get(term) == positions
               for term, positions in kb_index.postings.items())
    assert dict(warm.postings.items()) == kb_index.postings
    assert list(warm.postings.values()) == [kb_index.postings[t] for t in warm.postings]
    assert warm.postings.get("no-such-term", ()) == ()


def test_postings_holding_more_than_positions_are_rebuilt(kb_index: Index,
                                                          tmp_path: Path) -> None:
    settings = CacheSettings(tmp_path)
    load_index([shipped_data_dir()], settings)
    for damage in ("1,x", 7, None):
        for cached in tmp_path.glob("index-*.json"):
            data = json.loads(cached.read_bytes())
            data["postings"] = dict.fromkeys(data["postings"], damage)
            cached.write_text(json.dumps(data), encoding="utf-8")
        assert _answers(load_index([shipped_data_dir()], settings)) == _answers(kb_index)
