"""`factcli validate` on hostile knowledge files: one line per problem, exit 2, fast, small."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml

from .measure import Measured, run_measured

if TYPE_CHECKING:
    from collections.abc import Callable

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
MAX_SECONDS = 5.0
MAX_RSS_BYTES = 500 * 1024 * 1024
FIFTY_MB = 50 * 1000 * 1000


def _cases() -> list[Any]:
    data = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))
    params = []
    for case in data["cases"]:
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _fifty_megabytes(tmp_path: Path) -> Path:
    """A well-formed knowledge file of 50 MB: claims repeated past the loader's size limit."""
    template = (CORPUS / "valid_control.yaml").read_text(encoding="utf-8")
    head, claim = template.split("claims:\n")
    claim_bytes = len(claim.encode())
    target = tmp_path / "fifty_megabytes.yaml"
    with target.open("w", encoding="utf-8") as stream:
        stream.write(head + "claims:\n")
        for number in range(FIFTY_MB // claim_bytes + 1):
            stream.write(claim.replace("tinyu-students-2025", f"tinyu-students-{number}"))
    assert target.stat().st_size >= FIFTY_MB
    return target


def _deep_nesting_100k(tmp_path: Path) -> Path:
    target = tmp_path / "deep_nesting_100k.yaml"
    target.write_text("claims: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    return target


def _unreadable_file(tmp_path: Path) -> Path:
    target = tmp_path / "unreadable.yaml"
    target.write_text((CORPUS / "valid_control.yaml").read_text(encoding="utf-8"),
                      encoding="utf-8")
    target.chmod(0)
    if os.access(target, os.R_OK):
        pytest.skip("running with privileges that read a mode-000 file (root?)")
    return target


def _target(case: dict[str, Any], tmp_path: Path) -> Path:
    make = case.get("make")
    if make is None:
        return CORPUS / case["path"]
    makers: dict[str, Callable[[Path], Path]] = {
        "fifty_megabytes": _fifty_megabytes,
        "deep_nesting_100k": _deep_nesting_100k,
        "missing_path": lambda tmp: tmp / "no" / "such" / "claims.yaml",
        "unreadable_file": _unreadable_file,
    }
    return makers[make](tmp_path)


def _describe(result: Measured) -> str:
    return (f"exit {result.returncode}, {result.seconds:.2f} s, "
            f"{result.max_rss_bytes / 2**20:.0f} MiB\nstderr: {result.stderr[:2000]!r}")


@pytest.mark.parametrize("case", _cases())
def test_validate_reports_hostile_input_in_one_located_line(case: dict[str, Any],
                                                            tmp_path: Path) -> None:
    """Each hostile input: the expected exit code, a first line naming the place and problem,
    no traceback, no code run from the file, under 5 s and 500 MiB."""
    target = _target(case, tmp_path)
    workdir = tmp_path / "cwd"
    workdir.mkdir()

    result = run_measured(["validate", str(target)], cwd=workdir)

    assert "Traceback" not in result.stderr + result.stdout, _describe(result)
    assert result.seconds < MAX_SECONDS, _describe(result)
    assert result.max_rss_bytes < MAX_RSS_BYTES, _describe(result)
    assert not (workdir / "factcli-pwned").exists(), "the YAML payload ran a shell command"
    assert result.returncode == case["exit"], _describe(result)
    first = result.stderr.splitlines()[0] if result.stderr else ""
    assert case["first_line"] in first, _describe(result)
    if case["exit"] == 0:
        return
    # Directory targets report the file inside them: path/inside.yaml:LINE:COL: message.
    place = re.escape(str(target)) + r"(?:/[^:]*)?"
    if "line" in case:
        located = re.match(place + r":(\d+):(\d+): \S", first)
        assert located, f"first line is not path:line:col: message: {first!r}"
        assert int(located.group(1)) == case["line"], first
    else:
        assert re.match(place + r": \S", first), f"first line is not path: message: {first!r}"
    assert all(line.strip() for line in result.stderr.splitlines()), "blank lines on stderr"
