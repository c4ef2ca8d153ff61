"""Tools for the people who keep knowledge files: draft, diff, and the round trip to ask."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from typer.testing import CliRunner

from factcli.cli import app
from factcli.loader import shipped_data_dir

DOCUMENT = """Lingnan Innovation Report 2024

As of June 2024, Lingnan University had 45 active start-ups and over 500 patents filed.
嶺南大學於2024年6月共有1,200項科研項目。
"""
EXTRA = """\
sources:
  - id: lingnan-report-2024
    title: {original: Lingnan Innovation Report 2024, en: Lingnan Innovation Report 2024}
    publisher: Lingnan University
    languages: [en, zh-hant]
    file: lingnan.txt
entities:
  - id: lingnan
    kind: university
    name: {en: Lingnan University, zh: 嶺南大學}
    aliases: [LU, 嶺大, Lingnan]
metrics:
  - id: patents_filed
    name: {en: patents filed, zh: 專利申請}
    description: Patent applications the university has filed.
"""


def _fill(stub: str, metric: str, unit: str, en: str, zh: str) -> str:
    stub = stub.replace("entity: FILL", "entity: lingnan")
    stub = re.sub(r"entity: \w+\s+# GUESSED[^\n]*", "entity: lingnan", stub)
    stub = stub.replace("metric: FILL", f"metric: {metric}")
    stub = stub.replace("topic: FILL", "topic: research")
    stub = re.sub(r"unit: FILL[^\n]*", f"unit: {unit}", stub)
    return stub.replace("en: FILL", f"en: {en}").replace("zh: FILL", f"zh: {zh}")


def test_draft_fill_validate_verify_then_ask(tmp_path: Path) -> None:
    (tmp_path / "lingnan.txt").write_text(DOCUMENT, "utf-8")
    runner = CliRunner()
    drafted = runner.invoke(app, ["draft", str(tmp_path / "lingnan.txt"), "--source-id",
                                  "lingnan-report-2024"])
    assert drafted.exit_code == 0
    stubs = drafted.stdout.split("\n  - id: ")[1:]
    by_value = {re.search(r"value: (\S+)", s).group(1): "  - id: " + s for s in stubs}
    assert {"45", "500", "1200"} <= set(by_value)
    assert "qualifier: at_least" in by_value["500"]
    assert "FILL" in by_value["45"]
    claims = [
        _fill(by_value["45"], "active_startups", "companies",
              "Lingnan University had 45 active start-ups in June 2024.",
              "嶺南大學於2024年6月有45家活躍初創公司。"),
        _fill(by_value["500"], "patents_filed", "patents",
              "Lingnan University had filed over 500 patents by June 2024.",
              "截至2024年6月，嶺南大學已提交逾500項專利申請。"),
    ]
    mine = tmp_path / "lingnan.yaml"
    mine.write_text(EXTRA + "claims:\n" + "\n".join(c.rstrip() for c in claims) + "\n", "utf-8")
    data = ["--data", f"+{mine}"]
    assert runner.invoke(app, ["validate", *data]).exit_code == 0
    sources = tmp_path / "sources"
    sources.mkdir()
    shutil.copy(tmp_path / "lingnan.txt", sources / "lingnan.txt")
    verified = runner.invoke(app, ["verify", "--sources", str(sources), "--data", str(mine),
                                   "--data", str(shipped_data_dir() / "metrics.yaml")])
    assert verified.exit_code == 0, verified.output
    answer = runner.invoke(app, ["ask", "How many patents has Lingnan filed?", "--format",
                                 "json", *data])
    assert json.loads(answer.stdout)["answers"][0]["value"] == 500
    chinese = runner.invoke(app, ["ask", "嶺大有幾多間初創公司", "--format", "json", *data])
    assert json.loads(chinese.stdout)["answers"][0]["value"] == 45


def test_draft_skips_figures_already_held(seeds_dir: Path) -> None:
    result = CliRunner().invoke(app, ["draft", str(seeds_dir / "002_64b2346d90e5d0f0.txt"),
                                      "--source-id", "polyu-gba", "--format", "json"])
    assert json.loads(result.stdout)["stubs"] == []


def test_diff_reports_changes_and_outdated_claims(tmp_path: Path) -> None:
    new = tmp_path / "new"
    shutil.copytree(shipped_data_dir(), new)
    path = new / "002_polyu_gba.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("    value: 416\n", "    value: 420\n"), "utf-8")
    result = CliRunner().invoke(app, ["diff", str(shipped_data_dir()), str(new), "--format",
                                      "json"])
    changes = json.loads(result.stdout)
    kinds = {(c["change"], c["claim"]) for c in changes}
    assert ("changed", "polyu-academic-agreements-2019-06") in kinds
    assert ("newest_moved", "polyu-academic-agreements-2019-06") in kinds
    assert result.exit_code == 1
    same = CliRunner().invoke(app, ["diff", str(shipped_data_dir()), str(shipped_data_dir())])
    assert same.exit_code == 0


def test_draft_on_each_seed_quotes_verbatim_and_finds_every_figure(seeds_dir: Path) -> None:
    """Drafting a document as if new: every figure coverage counts gets a stub, and every stub's
    quote stands verbatim in the document with its value readable from it."""
    from factcli.cache import CacheSettings, load_index
    from factcli.draft import draft_claims
    from factcli.figures import find_figures
    from factcli.model import Bilingual, Claim
    from factcli.verify import squeeze, value_problem

    index = load_index([shipped_data_dir()], CacheSettings(None))
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text("utf-8")
        draft = draft_claims(index, text, "a-new-source", path.name)
        figures = {(f.kind, f.value) for f in find_figures(squeeze(text))}
        assert {(s.figure.kind, s.figure.value) for s in draft.stubs} == figures, path.name
        for stub in draft.stubs:
            assert squeeze(stub.quote) in squeeze(text), (path.name, stub.quote)
            if stub.figure.kind == "number":
                claim = Claim("x", "e", "m", "t", stub.value, Bilingual("s", "s"), "src",
                              (stub.quote,), stub.unit)
                assert value_problem(claim) is None, (path.name, stub.quote, stub.value)
