"""compare, check, list, show, entities, sources, validate, verify, eval, export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from factcli.cli import app
from factcli.errors import ExitCode

REPO = Path(__file__).resolve().parents[2]


def test_compare_json_has_shared_metrics_with_values_units_dates(runner: CliRunner) -> None:
    result = runner.invoke(app, ["compare", "hkust", "polyu", "--format", "json"])
    assert result.exit_code == ExitCode.OK
    payload = json.loads(result.stdout)
    both = [row for row in payload["rows"] if all(row["cells"][e] for e in ("hkust", "polyu"))]
    assert len(both) >= 6
    for row in both:
        for cell in (row["cells"]["hkust"][0], row["cells"]["polyu"][0]):
            assert {"value", "unit", "as_of", "period"} <= set(cell)
    assert any(row["periods_differ"] for row in both)


def test_compare_resolves_chinese_aliases_the_same_way(runner: CliRunner) -> None:
    english = runner.invoke(app, ["compare", "hkust", "polyu", "--format", "json"]).stdout
    chinese = runner.invoke(app, ["compare", "科大", "理大", "--format", "json"]).stdout
    spaced = runner.invoke(app, ["compare", "HKUST", "Poly U", "--format", "json"]).stdout
    assert english == chinese == spaced


def test_compare_three_entities_and_common_only(runner: CliRunner) -> None:
    result = runner.invoke(app, ["compare", "hkust", "polyu", "hku", "--common", "--format",
                                 "json"])
    payload = json.loads(result.stdout)
    assert payload["entities"] == ["hkust", "polyu", "hku"]
    assert all(all(row["cells"][e] for e in payload["entities"]) for row in payload["rows"])


def test_compare_unknown_entity_is_one_line_and_exit_2(runner: CliRunner) -> None:
    result = runner.invoke(app, ["compare", "hkust", "cuhk"])
    assert (result.exit_code, result.stdout) == (ExitCode.USAGE, "")
    assert result.stderr.startswith("factcli: error: unknown entity 'cuhk' (did you mean:")
    assert result.stderr.count("\n") == 1


def test_check_verdicts_and_exit_codes(runner: CliRunner) -> None:
    cases = {"HKUST has 10 unicorns": ("supported", 0),
             "HKUST has 12 unicorns": ("contradicted", 1),
             "HKUST has 9 unicorns": ("outdated", 1),
             "CUHK has 10 unicorns": ("not in the knowledge file", 1),
             "科大有超過1800間初創公司": ("supported", 0)}
    for statement, (verdict, code) in cases.items():
        result = runner.invoke(app, ["check", statement, "--format", "json"])
        assert (json.loads(result.stdout)["verdict"], result.exit_code) == (verdict, code), \
            statement


def test_check_claimreview_is_schema_org(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "HKUST has 12 unicorns", "--format", "claimreview"])
    review = json.loads(result.stdout)
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "contradicted"
    assert review["itemReviewed"]["appearance"]["name"]


def test_list_filters_and_csv_parses(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--entity", "理大", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows
    assert {row["entity"] for row in rows} == {"polyu"}


def test_show_unknown_claim_suggests(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "hkust-unicorns-2025"])
    assert result.exit_code == ExitCode.USAGE
    assert "did you mean" in result.stderr


def test_entities_lists_the_three_universities_with_chinese_names(runner: CliRunner) -> None:
    result = runner.invoke(app, ["entities", "--format", "json"])
    names = {row["id"]: row["name_zh"] for row in json.loads(result.stdout)}
    assert names["hkust"] == "香港科技大學"
    assert names["polyu"] == "香港理工大學"
    assert names["hku"] == "香港大學"


def test_validate_reports_broken_file_one_line_per_problem(runner: CliRunner,
                                                           tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("claims:\n  - id: x\n    entity: nowhere\n"
                   "    value: !!python/object:os.system x\n")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == ExitCode.USAGE
    lines = result.stderr.splitlines()
    assert all(line.startswith(f"{bad}:") for line in lines)
    assert "Traceback" not in result.stderr


def test_verify_passes_on_the_seed_documents(runner: CliRunner, seeds_dir: Path) -> None:
    result = runner.invoke(app, ["verify", "--sources", str(seeds_dir)])
    assert result.exit_code == ExitCode.OK, result.stderr
    assert "all verified" in result.stderr


def test_export_jsonl_joins_entity_and_source(runner: CliRunner) -> None:
    result = runner.invoke(app, ["export", "--format", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) >= 300
    assert all(r["entity_name"]["en"] and r["source"]["title"] for r in records)


def test_version_counts_claims(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.stdout.startswith("factcli ")
    assert "claims" in result.stdout


_EMOJI_CODE_KB = """\
sources:
  - {id: doc, title: {original: Title, en: Title}, publisher: Someone, languages: [en],
     file: doc.txt}
entities:
  - {id: acme, kind: company, name: {en: Acme, zh: 頂點}}
metrics:
  - {id: widgets, name: {en: widgets, zh: 小部件}, description: Widgets made.}
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
    quote: "12 widgets :thumbs_up:"
"""


def test_tables_show_quotes_verbatim_without_emoji_codes(runner: CliRunner,
                                                         tmp_path: Path) -> None:
    """A quote is the source's own words: ':thumbs_up:' is not drawn as an emoji."""
    kb = tmp_path / "kb.yaml"
    kb.write_text(_EMOJI_CODE_KB, encoding="utf-8")
    result = runner.invoke(app, ["show", "acme-widgets", "--format", "table", "--data", str(kb),
                                 "--no-cache"], env={"COLUMNS": "120"})
    assert result.exit_code == ExitCode.OK, result.stderr
    assert ":thumbs_up:" in result.stdout
    assert "\N{THUMBS UP SIGN}" not in result.stdout
