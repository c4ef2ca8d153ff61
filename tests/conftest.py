"""Shared fixtures: the shipped knowledge base, a private cache, the seed documents."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from factcli.cache import CacheSettings, load_index
from factcli.index import Index
from factcli.loader import shipped_data_dir
from factcli.match import Answer, answer_question

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                   ) -> None:
    """Every test gets its own cache directory and no colour settings from the caller."""
    monkeypatch.setenv("FACTCLI_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    for name in ("FACTCLI_DATA", "NO_COLOR", "FORCE_COLOR", "FACTCLI_DEBUG", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def kb_index() -> Index:
    """The shipped knowledge base, indexed without any cache."""
    return load_index([shipped_data_dir()], CacheSettings(None))


@pytest.fixture(scope="session")
def first_claim_id(kb_index: Index) -> Callable[[str], str]:
    """The id of the claim a question is answered with first; failing when it is declined."""
    def first(question: str) -> str:
        result = answer_question(kb_index, question)
        assert isinstance(result, Answer), result
        return result.answers[0].claim.id

    return first


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"source documents missing: {SEEDS}")
        pytest.skip(f"source documents not beside the checkout: {SEEDS}")
    return SEEDS
