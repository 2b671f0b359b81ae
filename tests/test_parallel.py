"""Worker processes (`--jobs 2`) report exactly what the serial scan reports."""

from __future__ import annotations

import json
import random
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

REGISTRY = Path(__file__).parent.parent / "figures.yaml"

SENTENCES = (
    "Nearly 110,000 people died of drug overdoses in the United States in 2022.",
    "About 11,000 people died of drug overdoses in 2022.",
    "Nearly 110,00 people died of drug overdoses in the United States.",
    "More than 110,000 people died of drug overdoses last year.",
    "Roughly 200,000 migrants were apprehended by the Border Patrol in September.",
    "Arrests along the southern border hit 9,000 on Saturday alone.",
    "The administration waived 26 federal laws to build the border wall in South Texas.",
    "About 6,000 people a day cross Mexico's southern border, officials said.",
    "The city spent $4.5 million on new buses, up 12 percent from 2021.",
    "The meeting ran from 9 a.m. to 11 a.m. on 3 October 2023.",
)


def _write_drafts(directory: Path, count: int = 10, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(count):
        lines = [f"# Draft {i}", ""]
        for _ in range(4):
            lines.append(" ".join(rng.sample(SENTENCES, 3)))
            lines.append("")
        ext = ".md" if i % 3 else ".txt"
        (directory / f"draft_{i:02d}{ext}").write_text("\n".join(lines), encoding="utf-8")


def test_jobs_2_output_is_byte_identical_to_jobs_1(tmp_path: Path) -> None:
    _write_drafts(tmp_path)
    runner = CliRunner()
    base = ["scan", "--registry", str(REGISTRY), "--format", "json", "--show-verified",
            str(tmp_path)]
    serial = runner.invoke(app, [*base, "--jobs", "1"])
    parallel = runner.invoke(app, [*base, "--jobs", "2"])
    assert serial.exit_code == 1, serial.output
    assert parallel.exit_code == serial.exit_code, parallel.output
    assert parallel.stdout_bytes == serial.stdout_bytes
    report = json.loads(serial.stdout)
    assert report["summary"]["files"] == 10
    codes = {f["code"] for f in report["findings"]}
    assert {"FC100", "FC101", "FC104", "FC108"} <= codes


def test_default_jobs_output_is_identical_to_jobs_1(tmp_path: Path) -> None:
    # Ten files is above the parallel threshold, so the default uses worker processes.
    _write_drafts(tmp_path, seed=11)
    runner = CliRunner()
    base = ["scan", "--registry", str(REGISTRY), "--format", "json", str(tmp_path)]
    serial = runner.invoke(app, [*base, "--jobs", "1"])
    default = runner.invoke(app, base)
    assert default.exit_code == serial.exit_code
    assert default.stdout_bytes == serial.stdout_bytes
