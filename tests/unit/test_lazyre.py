"""factcli.lazyre: patterns built from kept programs behave as freshly compiled ones."""

from __future__ import annotations

import _sre
import re
from pathlib import Path

import pytest

from factcli import cache, fit, lazyre, match, normalize, numbers, query

SAMPLES = ["How many unicorns does HKUST have?", "理大有幾多個科研項目？", "科大有几多间独角兽",
           "PolyU's QS ranking in 2024/25: top 60", "HK$9.56億 over 1,800 start-ups (2018／19)",
           "Who is the president of HKU?", "what's the land area, in m2?", "\ud800 stray"]


def _lazy_patterns() -> list[lazyre.LazyPattern]:
    found = {id(value): value for module in (fit, match, normalize, numbers, query)
             for value in vars(module).values() if isinstance(value, lazyre.LazyPattern)}
    for module in (fit, match, normalize, numbers, query):
        for value in vars(module).values():
            if isinstance(value, tuple):  # tables of patterns (normalize's intents)
                for item in value:
                    for part in item if isinstance(item, tuple) else (item,):
                        if isinstance(part, lazyre.LazyPattern):
                            found[id(part)] = part
    return list(found.values())


@pytest.mark.skipif(not lazyre._KEEPS_PROGRAMS, reason="programs are kept on CPython 3.11-3.13")
def test_every_pattern_from_its_program_matches_as_compiled() -> None:
    patterns = _lazy_patterns()
    assert len(patterns) > 20
    for pattern in patterns:
        source, flags = pattern._source, pattern._flags
        fresh = re.compile(source, flags)
        kept = _sre.compile(source, *lazyre._program(source, flags))
        assert (kept.pattern, kept.flags, kept.groups, dict(kept.groupindex)) == \
            (fresh.pattern, fresh.flags, fresh.groups, dict(fresh.groupindex))
        for text in SAMPLES + [text.lower() for text in SAMPLES]:
            assert [(m.span(), m.groups()) for m in kept.finditer(text)] == \
                [(m.span(), m.groups()) for m in fresh.finditer(text)], source


@pytest.mark.skipif(not lazyre._KEEPS_PROGRAMS, reason="programs are kept on CPython 3.11-3.13")
def test_programs_kept_in_the_cache_come_back_for_the_next_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lazyre, "_known", {})
    monkeypatch.setattr(lazyre, "_made", {})
    source = "(?P<year>[0-9]{4})|[\ud800-\udfff]"  # a lone surrogate: the file is ASCII
    assert lazyre.LazyPattern(source).match("2024").group("year") == "2024"
    cache.store_programs(tmp_path)
    monkeypatch.setattr(lazyre, "_made", {})
    cache.load_programs(tmp_path)
    assert set(lazyre.known_programs()) == {(source, 0)}
    again = lazyre.LazyPattern(source)
    assert again.match("2024").group("year") == "2024"
    assert not lazyre.new_programs()  # built from the kept program, not compiled


def test_a_damaged_programs_file_is_ignored(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lazyre, "_known", {})
    (tmp_path / "regex-programs.json").write_text("{not json", encoding="ascii")
    cache.load_programs(tmp_path)
    assert not lazyre.known_programs()


@pytest.mark.skipif(not lazyre._KEEPS_PROGRAMS, reason="programs are kept on CPython 3.11-3.13")
def test_a_program_that_will_not_build_is_compiled_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """_sre validates the code it is handed: a damaged program is refused, not run."""
    monkeypatch.setattr(lazyre, "_known", {("a+b", 0): (32, [1, 2, 3], 0, {}, (None,))})
    monkeypatch.setattr(lazyre, "_made", {})
    assert lazyre.LazyPattern("a+b").search("xaab").span() == (1, 4)
    assert ("a+b", 0) not in lazyre.known_programs()
