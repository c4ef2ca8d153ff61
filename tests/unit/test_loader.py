"""loader: strict, safe, every problem located as path:line:col."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli.errors import KnowledgeFileError
from factcli.loader import load_knowledge, resolve_data_paths, shipped_data_dir

GOOD = """\
sources:
  - id: doc
    title: {original: 標題, en: Title}
    publisher: Someone
    languages: [en]
    file: doc.txt
entities:
  - id: acme
    kind: company
    name: {en: Acme, zh: 頂點}
    aliases: [ACME Corp]
metrics:
  - id: widgets
    name: {en: widgets, zh: 小部件}
    description: Widgets made.
claims:
  - id: acme-widgets
    entity: acme
    metric: widgets
    topic: research
    value: 12
    unit: items
    as_of: "2024"
    statement: {en: Acme made 12 widgets in 2024., zh: 頂點於2024年製造了12個小部件。}
    source: doc
    quote: "12 widgets"
"""


def _write(tmp_path: Path, text: str, name: str = "kb.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _problems(paths: list[Path]) -> list[str]:
    with pytest.raises(KnowledgeFileError) as caught:
        load_knowledge(paths)
    return [str(p) for p in caught.value.problems]


def test_loads_a_minimal_file(tmp_path: Path) -> None:
    kb = load_knowledge([_write(tmp_path, GOOD)])
    claim = kb.claims[0]
    assert (claim.value, claim.unit, claim.as_of, claim.quotes) == (12, "items", "2024",
                                                                     ("12 widgets",))


def test_reports_every_problem_with_line_and_column(tmp_path: Path) -> None:
    broken = GOOD.replace("    metric: widgets\n", "    metric: widgets\n    qoute: x\n") \
                 .replace("entity: acme\n", "entity: acmee\n")
    problems = _problems([_write(tmp_path, broken)])
    assert any(p.endswith("unknown field 'qoute' (did you mean 'quote'?)") for p in problems)
    assert any("unknown entity 'acmee' (did you mean 'acme'?)" in p for p in problems)
    assert all(p.startswith(str(tmp_path / "kb.yaml") + ":") for p in problems)
    assert all(p.split(":")[1].isdigit() for p in problems)


def test_rejects_python_tags_without_running_them(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = GOOD.replace("value: 12", f'value: !!python/object/apply:os.system ["touch {marker}"]')
    problems = _problems([_write(tmp_path, text)])
    assert any("tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed" in p
               for p in problems)
    assert not marker.exists()


def test_rejects_alias_bombs_quickly(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n"
        for i in range(8))
    problems = _problems([_write(tmp_path, bomb)])
    assert any("aliases" in p for p in problems)


def test_duplicate_keys_and_ids_are_errors(tmp_path: Path) -> None:
    duplicate_key = GOOD.replace("    unit: items\n", "    unit: items\n    unit: things\n")
    assert any("duplicate key 'unit'" in p for p in _problems([_write(tmp_path, duplicate_key)]))
    second = tmp_path / "more"
    second.mkdir()
    first = _write(tmp_path, GOOD)
    _write(second, GOOD.split("claims:")[0].replace("id: doc", "id: doc2")
           .replace("id: acme\n", "id: acme2\n").replace("id: widgets", "id: widgets2")
           + "claims:" + GOOD.split("claims:")[1])
    assert any("duplicate claim id 'acme-widgets'" in p
               for p in _problems([first, second]))


@pytest.mark.parametrize(("old", "new", "message"), [
    ('as_of: "2024"', 'as_of: "2024-13"', "'as_of' must be a date"),
    ("value: 12", "value: true", "'value' must be a number"),
    ("    unit: items\n", "    unit: items\n    qualifier: roughly\n",
     "'qualifier' must be one of"),
    ("    source: doc\n", "", "missing required field 'source'"),
    ("metric: widgets\n    topic", "metric: gadgets\n    topic", "unknown metric 'gadgets'"),
])
def test_field_errors_are_specific(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert any(message in p for p in _problems([_write(tmp_path, GOOD.replace(old, new, 1))]))


def test_syntax_errors_and_bad_encoding_are_located(tmp_path: Path) -> None:
    assert _problems([_write(tmp_path, "claims:\n  - id: [unclosed\n")])[0].count(":") >= 3
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"claims:\n  - id: \xff\n")
    assert _problems([bad]) == [f"{bad}:2:9: file is not valid UTF-8"]


def test_missing_and_empty_files(tmp_path: Path) -> None:
    assert _problems([tmp_path / "nope.yaml"]) == [f"{tmp_path / 'nope.yaml'}: no such file or "
                                                    "directory"]
    assert _problems([_write(tmp_path, "  \n")])[0].endswith("file is empty")


def test_data_paths_replace_or_add_to_the_shipped_file(tmp_path: Path) -> None:
    mine = str(tmp_path / "mine.yaml")
    assert resolve_data_paths([], None) == [shipped_data_dir()]
    assert resolve_data_paths([mine], None) == [Path(mine)]
    assert resolve_data_paths([f"+{mine}"], None) == [shipped_data_dir(), Path(mine)]
    assert resolve_data_paths([], f"{mine}:+{mine}2") == [Path(mine), Path(mine + "2")]
    assert resolve_data_paths([mine], "/elsewhere.yaml") == [Path(mine)]


@pytest.mark.parametrize(("text", "where"), [
    ("a: 1\n\nb:\n  c: " + "[" * 65 + "]" * 65 + "\n", (4, 70)),
    ("a: {b: [1, 2], c: " + "{d: [" * 40 + "]}" * 40 + "}\n", (1, 178)),
    ("a:\n" + " " * 257 + "b: 1\n", (2, 1)),
])
def test_absurd_nesting_is_located(text: str, where: tuple[int, int]) -> None:
    from factcli.loader import _nesting_problem

    found = _nesting_problem(text)
    assert found is not None
    assert found[:2] == where


def test_long_runs_of_spaces_inside_text_are_no_nesting() -> None:
    from factcli.loader import _nesting_problem

    assert _nesting_problem('a: "' + " " * 300 + 'x"\nb: [1, [2]]\n') is None


@pytest.mark.parametrize("scalar", [
    "text", "", "yes", "No", "on", "OFF", "true", "null", "~", "Null", "12", "-3", "+4", "0x1F",
    "0o17", "1_000", "1e3", ".5", ".inf", "-.INF", ".nan", "2024-05-01", "2024-05-01T10:00:00Z",
    "<<", "=", "nothing", "tomorrow", "Yonder", "研究", "é", "12 widgets", "#hash",
])
def test_the_quick_resolver_tags_each_scalar_as_pyyaml_does(scalar: str) -> None:
    import yaml

    from factcli.loader import _loader_class

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    quick, plain = _loader_class()(""), base("")
    for implicit in ((True, False), (False, True), (False, False)):
        assert quick.resolve(yaml.ScalarNode, scalar, implicit) \
            == plain.resolve(yaml.ScalarNode, scalar, implicit)
