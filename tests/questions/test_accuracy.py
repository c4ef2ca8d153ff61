"""The question sets, run through `factcli eval` as CI does: floors that guard against regressions.

dev*.yaml and check_dev*.yaml were used to calibrate the matcher; test.yaml and check_test.yaml
were written separately and never tuned on — their figures are the honest ones the README
reports.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcli.cli import app

HERE = Path(__file__).resolve().parent

# (file, floor for answerable questions or verdicts, floor for declines)
FLOORS = [
    ("dev.yaml", 0.94, 0.97),
    ("dev2.yaml", 0.90, 0.97),
    ("dev3.yaml", 0.87, 0.97),
    ("dev4.yaml", 0.88, 0.90),
    ("dev5.yaml", 0.82, 0.90),
    ("dev6.yaml", 0.89, 0.97),
    ("dev7.yaml", 0.88, 0.90),
    ("dev8.yaml", 0.90, 0.88),
    ("dev9.yaml", 0.88, 0.87),
    ("dev10.yaml", 0.83, 0.90),
    ("dev11.yaml", 0.88, 0.88),
    ("dev12.yaml", 0.90, 0.88),
    ("dev13.yaml", 0.89, 0.86),
    ("dev14.yaml", 0.92, 0.9),
    ("dev15.yaml", 0.86, 0.88),
    ("dev16.yaml", 0.84, 0.9),
    ("dev17.yaml", 0.88, 0.9),
    ("dev18.yaml", 0.87, 0.88),
    ("dev19.yaml", 0.89, 0.94),
    ("dev20.yaml", 0.9, 0.88),
    ("dev21.yaml", 0.89, 0.9),
    ("dev22.yaml", 0.91, 0.9),
    ("dev23.yaml", 0.86, 0.93),
    ("dev24.yaml", 0.87, 0.94),
    ("dev25.yaml", 0.82, 0.9),
    ("dev26.yaml", 0.89, 0.9),
    ("dev27.yaml", 0.8, 0.93),
    ("dev28.yaml", 0.85, 0.82),
    ("dev29.yaml", 0.83, 0.93),
    ("dev30.yaml", 0.88, 0.93),
    ("dev31.yaml", 0.88, 0.85),
    ("dev32.yaml", 0.81, 0.93),
    ("dev33.yaml", 0.87, 0.93),
    ("dev34.yaml", 0.82, 0.85),
    ("dev35.yaml", 0.85, 0.93),
    ("dev36.yaml", 0.84, 0.80),
    ("dev37.yaml", 0.84, 0.80),
    ("dev38.yaml", 0.90, 0.90),
    ("dev39.yaml", 0.85, 0.82),
    ("dev40.yaml", 0.85, 0.90),
    ("dev41.yaml", 0.87, 0.87),
    ("dev42.yaml", 0.87, 0.88),
    ("dev43.yaml", 0.92, 0.86),
    ("dev44.yaml", 0.89, 0.82),
    ("dev45.yaml", 0.94, 0.77),
    ("dev46.yaml", 0.87, 0.81),
    ("dev47.yaml", 0.90, 0.90),
    ("dev48.yaml", 0.90, 0.90),
    ("dev49.yaml", 0.90, 0.73),
    ("dev50.yaml", 0.88, 0.90),
    ("dev51.yaml", 0.90, 0.80),
    ("dev52.yaml", 0.93, 0.90),
    ("dev53.yaml", 0.91, 0.90),
    ("dev54.yaml", 0.90, 0.75),
    ("dev55.yaml", 0.91, 0.87),
    ("dev56.yaml", 0.73, 0.93),
    ("dev57.yaml", 0.91, 0.84),
    ("dev58.yaml", 0.89, 0.90),
    ("dev59.yaml", 0.90, 0.87),
    ("dev60.yaml", 0.82, 0.93),
    ("dev61.yaml", 0.91, 0.92),
    ("dev62.yaml", 0.83, 0.85),
    ("dev63.yaml", 0.89, 0.90),
    ("dev64.yaml", 0.92, 0.95),
    ("dev65.yaml", 0.84, 0.90),
    ("dev66.yaml", 0.87, 0.85),
    ("dev67.yaml", 0.89, 0.92),
    ("dev68.yaml", 0.93, 0.78),
    ("dev69.yaml", 0.82, 0.85),
    ("dev70.yaml", 0.91, 0.95),
    ("dev71.yaml", 0.84, 0.90),
    ("dev72.yaml", 0.84, 0.90),
    ("dev73.yaml", 0.86, 0.80),
    ("dev74.yaml", 0.87, 0.95),
    ("dev75.yaml", 0.93, 0.88),
    ("dev76.yaml", 0.85, 0.88),
    ("dev77.yaml", 0.90, 0.92),
    ("dev78.yaml", 0.83, 0.88),
    ("dev79.yaml", 0.93, 0.95),
    ("dev80.yaml", 0.71, 0.88),
    ("dev81.yaml", 0.80, 0.91),
    ("dev82.yaml", 0.87, 0.85),
    ("dev83.yaml", 0.86, 0.85),
    ("dev84.yaml", 0.89, 0.95),
    ("dev85.yaml", 0.83, 0.82),
    ("dev86.yaml", 0.67, 0.85),
    ("dev87.yaml", 0.91, 0.95),
    ("dev88.yaml", 0.68, 0.80),
    ("dev89.yaml", 0.82, 0.86),
    ("dev90.yaml", 0.86, 0.88),
    ("dev91.yaml", 0.88, 0.88),
    ("dev92.yaml", 0.86, 0.85),
    ("dev93.yaml", 0.75, 0.92),
    ("dev94.yaml", 0.90, 0.76),
    ("dev95.yaml", 0.93, 0.95),
    ("dev96.yaml", 0.73, 0.88),
    ("dev97.yaml", 0.93, 0.93),
    ("dev98.yaml", 0.91, 0.93),
    ("dev99.yaml", 0.84, 0.88),
    ("dev100.yaml", 0.84, 0.75),
    ("dev101.yaml", 0.93, 0.90),
    ("dev102.yaml", 0.95, 0.95),
    ("dev103.yaml", 0.92, 0.79),
    ("dev104.yaml", 0.92, 0.80),
    ("dev105.yaml", 0.77, 0.87),
    ("dev106.yaml", 0.93, 0.86),
    ("dev107.yaml", 0.81, 0.90),
    ("dev108.yaml", 0.76, 0.86),
    ("dev109.yaml", 0.93, 0.93),
    ("dev110.yaml", 0.93, 0.90),
    ("dev111.yaml", 0.77, 0.91),
    ("dev112.yaml", 0.91, 0.90),
    ("dev113.yaml", 0.90, 0.91),
    ("dev114.yaml", 0.94, 0.93),
    ("dev115.yaml", 0.93, 0.91),
    ("test.yaml", 0.90, 0.88),
    ("check_dev.yaml", 0.93, None),
    ("check_dev2.yaml", 0.92, None),
    ("check_test.yaml", 0.88, None),
]


@pytest.mark.parametrize(("name", "answer_floor", "decline_floor"), FLOORS,
                         ids=[name for name, _, _ in FLOORS])
def test_question_set_stays_above_its_floor(name: str, answer_floor: float,
                                            decline_floor: float | None) -> None:
    result = CliRunner().invoke(app, ["eval", str(HERE / name), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    if decline_floor is None:
        assert report["accuracy"] >= answer_floor, report["misses"]
        return
    assert report["answerable_accuracy"] >= answer_floor, report["confusion"]
    assert report["decline_accuracy"] >= decline_floor, report["confusion"]


def test_eval_reports_categories_misses_and_confusion() -> None:
    result = CliRunner().invoke(app, ["eval", str(HERE / "test.yaml"), "--format", "json"])
    report = json.loads(result.stdout)
    assert {"en", "zh-hant", "zh-hans", "cantonese", "decline"} <= set(report["categories"])
    assert set(report["confusion"]) >= {"wrong_claim", "wrongly_declined", "wrongly_answered"}
    assert all({"question", "expected", "got", "kind"} <= set(m) for m in report["misses"])


def test_min_accuracy_fails_the_run(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(HERE / "dev.yaml"), "--min-accuracy", "0.999"])
    assert result.exit_code == 1
