"""coverage: the shipped file holds the documents' figures as values, and notices a gap."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from factcli.cli import app
from factcli.figures import find_figures
from factcli.loader import shipped_data_dir


def test_shipped_file_covers_at_least_97_percent(seeds_dir: Path) -> None:
    result = CliRunner().invoke(app, ["coverage", "--sources", str(seeds_dir), "--min", "97",
                                      "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["share"] >= 0.97


def test_removing_a_claim_uncovers_its_figure(seeds_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(shipped_data_dir(), data)
    highlights = data / "004_hkust_annual_highlights.yaml"
    text = highlights.read_text("utf-8")
    start = text.index("  - id: hkust-active-startups-2023-12-31")
    end = text.index("\n  - id:", start + 10)
    highlights.write_text(text[:start] + text[end + 1:], "utf-8")
    result = CliRunner().invoke(app, ["coverage", "--sources", str(seeds_dir), "--data",
                                      str(data), "--format", "json"])
    uncovered = [f["value"] for d in json.loads(result.stdout)["documents"]
                 for f in d["uncovered"]]
    assert 1747 in uncovered


def test_numbers_inside_names_are_not_figures() -> None:
    text = "6G theories, COVID-19 tests, the 2028 Sustainability Challenge, 一帶一路, ChatGPT"
    assert find_figures(text) == []


def test_dates_count_once_and_chinese_counts_count() -> None:
    values = [(f.kind, f.value) for f in find_figures(
        "於今天(2025年7月24日)舉辦,聚焦三大方向,第二屆,HK$956M,(2018/19學年)")]
    assert values == [("date", "2025-07-24"), ("number", 3), ("number", 2),
                      ("number", 956_000_000), ("date", "2018/2019")]


def test_a_date_written_day_first_is_one_date() -> None:
    figures = find_figures("The course wrapped up on 15 August 2025 and 3 July, 2024.")
    assert [(f.kind, f.value) for f in figures] == [("date", "2025-08-15"), ("date", "2024-07-03")]


def test_a_day_no_month_holds_is_no_date() -> None:
    """'Top 50 Under 50 June 2024': 50 is no day of June."""
    assert [f.value for f in find_figures("the Top 50 Under 50 June 2024 list")
            if f.kind == "date"] == ["2024-06"]
