"""The README's pictures are the real output of today's commands."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_screenshots", HERE / "make.py")
assert _spec is not None
assert _spec.loader is not None
make = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make)


@pytest.mark.parametrize("name", sorted(make.SHOTS))
def test_committed_picture_matches_the_command(name: str) -> None:
    committed = (HERE / f"{name}.svg").read_text(encoding="utf-8")
    assert make.render_svg(make.SHOTS[name]) == committed, (
        f"{name}.svg is stale: run python tests/screenshots/make.py")
