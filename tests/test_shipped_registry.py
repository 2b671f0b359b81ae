"""Drafts of our own about the seed figures, scanned against the shipped registry.

Correct paraphrases, tables, code and non-statistics raise nothing; every planted error is
caught with the right rule and figure. These guard matching and judging against drift.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

HERE = Path(__file__).parent / "golden" / "shipped"
runner = CliRunner()


def scan(root: Path, draft: str, *options: str) -> tuple[int, list[dict[str, object]]]:
    result = runner.invoke(app, ["scan", "-r", str(root / "figures.yaml"), "-f", "json", *options,
                                 str(HERE / draft)])
    return result.exit_code, json.loads(result.stdout)["findings"]


@pytest.mark.parametrize("draft", ["correct.md", "paraphrases.md", "not-statistics.md",
                                   "several-numbers-a-sentence.md", "article.html"])
def test_correct_drafts_raise_nothing(root: Path, draft: str) -> None:
    code, findings = scan(root, draft)
    assert (code, findings) == (0, [])


def test_correct_drafts_verify_their_numbers(root: Path) -> None:
    _, findings = scan(root, "paraphrases.md", "--show-verified")
    assert {(f["text"], f["figure"]) for f in findings} >= {
        ("110k", "overdose_deaths_2022"),
        ("six thousand", "mexico_southern_border_crossings_per_day"),
        ("Seven in 10", "mexico_traced_firearms_us_origin_share"),
        ("$10bn", "mexico_gun_lawsuit_damages"),
        ("1.2m", "fentanyl_overdose_deaths_projection_2029"),
        ("85 per cent", "fentanyl_convictions_us_citizen_share"),
    }


def test_every_planted_error_is_caught(root: Path) -> None:
    code, findings = scan(root, "planted-errors.md")
    assert code == 1
    assert [(f["line"], f["code"], f["text"], f["figure"]) for f in findings] == [
        (3, "FC101", "11,000", "overdose_deaths_2022"),
        (4, "FC103", "70,000", "fentanyl_overdose_deaths_2022"),
        (6, "FC101", "20,000", "border_patrol_apprehensions_2023_09"),
        (7, "FC103", "6,000", "mexico_southern_border_crossings_per_day"),
        (9, "FC101", "7%", "mexico_traced_firearms_us_origin_share"),
        (10, "FC101", "23,223", "mexico_killings_2022"),
        (12, "FC101", "$10 million", "mexico_gun_lawsuit_damages"),
        (13, "FC101", "20 tonnes", "us_fentanyl_seized_2022_tonnes"),
        (13, "FC105", "20 tonnes", None),
        (16, "FC106", "635", "mexico_drug_labs_seized_2019_2021"),
        (18, "FC102", "110,000", "overdose_deaths_2022"),
        (19, "FC104", "110,00", "overdose_deaths_2022"),
        (20, "FC101", "twelve", "fentanyl_indictments_chinese_companies_2023_10"),
        (3, "FC108", "11,000", "overdose_deaths_2022"),
    ]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("More than 50,000 people died of drug overdoses in the United States in 2022.",
     ("FC110", "weak-bound", "info")),
    ("More than 120,000 people died of drug overdoses in 2022.",
     ("FC101", "value-mismatch", "error")),
    ("More than 110,000 people died of drug overdoses in 2022.",
     ("FC102", "hedge-mismatch", "error")),
], ids=["true-but-weak-bound", "bound-beyond-the-figure", "hedge-against-nearly"])
def test_bounds(root: Path, tmp_path: Path, sentence: str, expected: tuple[str, str, str]) -> None:
    (tmp_path / "d.md").write_text(sentence + "\n", encoding="utf-8")
    result = runner.invoke(app, ["scan", "-r", str(root / "figures.yaml"), "-f", "json",
                                 str(tmp_path / "d.md")])
    assert [(f["code"], f["kind"], f["severity"])
            for f in json.loads(result.stdout)["findings"]] == [expected]


def test_other_facts_on_the_same_topic_raise_no_error(root: Path) -> None:
    """Numbers the registry does not hold, next to its keywords, are unsourced at most."""
    code, findings = scan(root, "unrelated-facts.md")
    assert code == 0
    assert {f["severity"] for f in findings} <= {"info"}
    assert {f["code"] for f in findings} <= {"FC107"}


def test_each_number_of_a_sentence_finds_its_own_figure(root: Path) -> None:
    _, findings = scan(root, "several-numbers-a-sentence.md", "--show-verified")
    got = {(f["text"], f["figure"]) for f in findings if f["kind"] == "verified"}
    assert got >= {
        ("110,000", "overdose_deaths_2022"), ("70,000", "fentanyl_overdose_deaths_2022"),
        ("25", "mexico_homicide_rate_2022"), ("7.8", "us_homicide_rate"),
        ("26,000 pounds", "us_fentanyl_seized_2022_pounds"),
        ("10,000 pounds", "blue_lotus_fentanyl_seized_pounds"),
        ("284", "blue_lotus_arrests"), ("635", "mexico_drug_labs_seized_2019_2021"),
        ("104", "mexico_drug_labs_seized_2019_2021"),
        ("9,000", "border_arrests_one_saturday_2023_09_30"),
    }


def test_more_planted_errors(root: Path) -> None:
    code, findings = scan(root, "more-planted-errors.md")
    assert code == 1
    got = [(f["line"], f["code"], f["text"], f["figure"]) for f in findings]
    assert got == [
        (3, "FC101", "62", "border_wall_federal_laws_waived"),
        (5, "FC101", "2,000,000", "border_patrol_apprehensions_2023_09"),
        (7, "FC101", "16,000", "nyc_migrants_housed_2023_09"),
        (9, "FC101", "$100 billion", "mexico_gun_lawsuit_damages"),
        (11, "FC101", "800 percent", "border_fentanyl_seizures_growth_fy2023"),
        (13, "FC102", "85%", "fentanyl_convictions_us_citizen_share"),
        (15, "FC103", "32,223", "mexico_killings_2022"),
        (17, "FC101", "9 tonnes", "fentanyl_seized_oct_mar_tonnes"),
        (17, "FC105", "9 tonnes", None),
        (19, "FC101", "104", "mexico_drug_labs_seized_2019_2021"),
        (21, "FC101", "1,000", "treasury_drug_trade_sanctions"),
    ]
    assert "transposed?" in findings[0]["message"]
    # the army's count, which the draft names
    assert [s["value"] for s in findings[9]["sources"]] == [635]
