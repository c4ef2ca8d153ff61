"""The cache under attack, through the CLI: damaged, unwritable or contended, answers stay right."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from factcli.loader import shipped_data_dir

if TYPE_CHECKING:
    from collections.abc import Callable

QUESTION = "How many unicorns does HKUST have?"


@pytest.fixture(scope="module")
def kb_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the shipped knowledge files, so the cache key cannot move under us."""
    return Path(shutil.copytree(shipped_data_dir(), tmp_path_factory.mktemp("kb") / "data"))


@pytest.fixture(scope="module")
def ask(factcli_bin: Path, kb_copy: Path) -> Callable[[Path | None], subprocess.CompletedProcess]:
    """Ask QUESTION of the copied knowledge files with the cache in `cache_dir` (None: no cache)."""

    def run(cache_dir: Path | None) -> subprocess.CompletedProcess:
        env = dict(os.environ)
        args = [str(factcli_bin), "ask", QUESTION, "--format", "json", "--data", str(kb_copy)]
        if cache_dir is None:
            args.append("--no-cache")
        else:
            env["FACTCLI_CACHE_DIR"] = str(cache_dir)
        return subprocess.run(args, capture_output=True, text=True, env=env, timeout=60,
                              check=False)

    return run


@pytest.fixture(scope="module")
def truth(ask: Callable[[Path | None], subprocess.CompletedProcess]) -> str:
    """The answer without any cache: what every cached run must print."""
    result = ask(None)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert json.loads(result.stdout)["answered"]
    return result.stdout


def _cache_files(cache_dir: Path) -> list[Path]:
    return sorted(p for p in cache_dir.rglob("*") if p.is_file())


def _format_of(path: Path) -> object:
    """The format header of a cache file: a JSON object's, the SQLite index's meta row, or a
    knowledge file's cache's header part."""
    if path.suffix == ".sqlite":
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            if _is_file_cache(connection):
                (header,) = connection.execute(
                    "SELECT value FROM parts WHERE name = 'header'").fetchone()
                value = json.dumps(json.loads(header)["format"])
            else:
                (value,) = connection.execute(
                    "SELECT value FROM meta WHERE key = 'format'").fetchone()
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",), path
        return json.loads(value)
    data = json.loads(path.read_bytes())
    assert isinstance(data, dict), path
    return data.get("format")


def _is_file_cache(connection: sqlite3.Connection) -> bool:
    return connection.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'parts'").fetchone() is not None


def _assert_cache_is_sound(cache_dir: Path, header: str | None = None) -> None:
    """Every cache file is whole and has a format header; no temporary file is left."""
    files = _cache_files(cache_dir)
    assert files, "nothing was cached"
    assert any(p.suffix == ".sqlite" for p in files), "no index was cached"
    leftovers = [p.name for p in files if p.name.startswith(".tmp-")]
    assert not leftovers, f"temporary files left behind: {leftovers}"
    for path in files:
        found = _format_of(path)
        assert found, path
        if header is not None:
            assert found == header, path


def _header(cache_dir: Path) -> str:
    return str(_format_of(_cache_files(cache_dir)[0]))


def _other_body(raw: bytes, header: str) -> bytes:
    """The right format header over a body this version does not write."""
    if not raw.startswith(b"SQLite format 3"):
        return json.dumps({**json.loads(raw), "entity_claims": [], "aliases": None}).encode()
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "index.sqlite"
        path.write_bytes(raw)
        connection = sqlite3.connect(path)
        if _is_file_cache(connection):
            connection.execute("UPDATE parts SET value = '{}' WHERE name = 'records'")
        else:
            connection.execute("DROP TABLE postings")
            connection.execute("UPDATE meta SET value = '[]' WHERE key = 'aliases'")
        connection.commit()
        connection.close()
        return path.read_bytes()


_DAMAGE: dict[str, Callable[[bytes, str], bytes]] = {
    "garbage": lambda raw, header: b"\x80\x00\xff not json \xfe" * 64,
    "truncated": lambda raw, header: raw[: len(raw) // 2],
    "empty": lambda raw, header: b"",
    "foreign_format": lambda raw, header: json.dumps(
        {"format": "someone-elses-cache-7", "sources": [], "claims": []}).encode(),
    "not_an_object": lambda raw, header: b"[1, 2, 3]",
    "nul_bytes": lambda raw, header: b"\x00" * len(raw),
    # The header is right but the body is not what this version writes (another build with
    # the same format string, or a damaged file that still parses).
    "right_header_wrong_body": _other_body,
    # SQLite's own header, pages missing or zeroed: found before an answer reads them.
    "pages_zeroed": lambda raw, header: raw[:4096] + b"\x00" * (len(raw) - 4096),
}


@pytest.mark.parametrize("damage", [
    pytest.param(name, id=name) for name in _DAMAGE])
def test_damaged_cache_is_ignored_and_rebuilt(
        damage: str, tmp_path: Path, truth: str,
        ask: Callable[[Path | None], subprocess.CompletedProcess]) -> None:
    """Every cache file damaged: the answer is still right, nothing on stderr, cache rebuilt."""
    cache_dir = tmp_path / "cache"
    warm = ask(cache_dir)
    assert (warm.returncode, warm.stdout, warm.stderr) == (0, truth, "")
    header = _header(cache_dir)
    for path in _cache_files(cache_dir):
        path.write_bytes(_DAMAGE[damage](path.read_bytes(), header))

    result = ask(cache_dir)

    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == truth
    _assert_cache_is_sound(cache_dir, header)


def test_missing_cache_directory_is_created(
        tmp_path: Path, truth: str,
        ask: Callable[[Path | None], subprocess.CompletedProcess]) -> None:
    """A cache directory that does not exist yet (several levels deep) is made, then used."""
    cache_dir = tmp_path / "not" / "there" / "yet"

    result = ask(cache_dir)

    assert (result.returncode, result.stdout, result.stderr) == (0, truth, "")
    _assert_cache_is_sound(cache_dir)


@pytest.mark.parametrize("where", ["is_a_file", "under_a_file", "dev_null"])
def test_cache_directory_that_cannot_exist_is_skipped_silently(
        where: str, tmp_path: Path, truth: str,
        ask: Callable[[Path | None], subprocess.CompletedProcess]) -> None:
    """FACTCLI_CACHE_DIR naming a file (or a path below one): answered, no error output."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory\n")
    cache_dir = {"is_a_file": blocker, "under_a_file": blocker / "cache",
                 "dev_null": Path(os.devnull)}[where]

    result = ask(cache_dir)

    assert (result.returncode, result.stdout, result.stderr) == (0, truth, "")
    assert blocker.read_text() == "not a directory\n"


@pytest.mark.parametrize("warm", [False, True], ids=["cold", "warm"])
def test_read_only_cache_directory_works_without_error_output(
        warm: bool, tmp_path: Path, truth: str,
        ask: Callable[[Path | None], subprocess.CompletedProcess]) -> None:
    """A cache directory the user cannot write: answered from it (warm) or without it (cold)."""
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    if warm:
        assert ask(cache_dir).returncode == 0
    before = {p: p.read_bytes() for p in _cache_files(cache_dir)}
    for path in [cache_dir, *cache_dir.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        if os.access(cache_dir, os.W_OK):
            pytest.skip("running with privileges that write a read-only directory (root?)")
        result = ask(cache_dir)
        after = {p: p.read_bytes() for p in _cache_files(cache_dir)}
    finally:
        for path in [cache_dir, *cache_dir.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)

    assert (result.returncode, result.stdout, result.stderr) == (0, truth, "")
    assert after == before


def test_concurrent_cold_starts_all_answer_and_leave_a_sound_cache(
        factcli_bin: Path, kb_copy: Path, tmp_path: Path, truth: str) -> None:
    """Eight processes racing to build the same cold cache: all right, cache files whole."""
    cache_dir = tmp_path / "cache"
    env = {**os.environ, "FACTCLI_CACHE_DIR": str(cache_dir)}
    args = [str(factcli_bin), "ask", QUESTION, "--format", "json", "--data", str(kb_copy)]
    procs = [subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, text=True) for _ in range(8)]
    results = [(proc.communicate(timeout=120), proc.returncode) for proc in procs]

    for (stdout, stderr), returncode in results:
        assert (returncode, stderr) == (0, "")
        assert stdout == truth
    _assert_cache_is_sound(cache_dir)
    again = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60,
                           check=False)
    assert (again.returncode, again.stdout, again.stderr) == (0, truth, "")
