"""factcli ask: answers with sources, declines with suggestions, the JSON contract."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from factcli.cli import app
from factcli.errors import ExitCode


def _json(runner: CliRunner, *args: str, stdin: str | None = None) -> tuple[int, dict, str]:
    result = runner.invoke(app, ["ask", *args, "--format", "json"], input=stdin)
    return result.exit_code, json.loads(result.stdout), result.stderr


def test_answers_english_question_with_source_and_quote(runner: CliRunner) -> None:
    code, payload, _ = _json(runner, "How many unicorns does HKUST have?")
    assert code == ExitCode.OK
    first = payload["answers"][0]
    assert (first["entity"], first["metric"], first["role"]) == ("hkust", "unicorns", "answer")
    assert first["source"]["title"]
    assert first["quote"]
    assert str(first["value"]) in first["quote"]


def test_json_shape_is_the_documented_contract(runner: CliRunner) -> None:
    _, payload, _ = _json(runner, "科大有幾多間獨角獸？")
    assert set(payload) == {"question", "lang", "answered", "answers"}
    answer = payload["answers"][0]
    assert {"id", "entity", "metric", "value", "unit", "qualifier", "as_of", "period",
            "statement", "quote", "source", "score", "role"} <= set(answer)
    assert {"id", "title", "title_en", "publisher", "published", "url"} <= set(answer["source"])


def test_newest_value_first_then_earlier_ones(runner: CliRunner) -> None:
    _, payload, _ = _json(runner, "HKUST unicorns")
    dates = [a["as_of"] for a in payload["answers"] if a["metric"] == "unicorns"]
    assert dates == sorted(dates, reverse=True)
    assert len(dates) >= 2
    assert [a["role"] for a in payload["answers"]][:2] == ["answer", "related"]


def test_answer_language_follows_the_question(runner: CliRunner) -> None:
    _, hant, _ = _json(runner, "科大有幾多間獨角獸")
    _, hans, _ = _json(runner, "科大有几多间独角兽")
    _, forced, _ = _json(runner, "How many unicorns does HKUST have?", "--lang", "zh-hans")
    assert "獨角獸" in hant["answers"][0]["statement"]
    assert "独角兽" in hans["answers"][0]["statement"]
    assert "独角兽" in forced["answers"][0]["statement"]


def test_declines_out_of_scope_with_suggestions_on_stderr(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "How many libraries does HKU run?", "--format", "json"])
    assert result.exit_code == ExitCode.NOT_FOUND
    assert json.loads(result.stdout)["answers"] == []
    assert "not in the knowledge file" in result.stderr
    assert 1 <= result.stderr.count("did you mean") <= 3


def test_declines_a_year_it_has_no_figure_for(runner: CliRunner) -> None:
    code, payload, _stderr = _json(runner, "How many start-ups had HKUST created in 2019?")
    assert code == ExitCode.NOT_FOUND
    assert payload["answered"] is False
    assert "2019" in payload["reason"]


def test_a_number_finds_its_claim(runner: CliRunner) -> None:
    _, payload, _ = _json(runner, "1747")
    assert payload["answers"][0]["value"] == 1747
    _, money, _ = _json(runner, "HK$13.1M")
    assert money["answers"][0]["value"] == 13_100_000


def test_stdin_batch_answers_each_line_in_order(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "-", "--format", "jsonl"],
                           input="HKUST unicorns\n\nCUHK rankings\nPolyU exchange partners\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == ["HKUST unicorns", "CUHK rankings",
                                                    "PolyU exchange partners"]
    assert [bool(line["answers"]) for line in lines] == [True, False, True]
    assert result.exit_code == ExitCode.NOT_FOUND


def test_explain_shows_score_parts(runner: CliRunner) -> None:
    _, payload, _ = _json(runner, "PolyU research projects", "--explain")
    parts = payload["answers"][0]["score_parts"]
    assert {"coverage", "fuzzy", "metric", "entity", "matched_terms"} <= set(parts)


def test_tsv_is_the_pipe_default(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "PolyU exchange partners"])
    header, row = result.stdout.splitlines()[:2]
    assert header.split("\t")[:3] == ["question", "role", "id"]
    assert row.split("\t")[1] == "answer"
    assert "\x1b[" not in result.stdout


def test_bad_language_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "x", "--lang", "fr"])
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.startswith("factcli: error: unknown language 'fr'")
