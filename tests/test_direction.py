"""Signed changes: which way the words say a number went, and a loss turned into a gain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.check.direction import stated_direction
from factcheck.cli import app

WORDS = [
    ("lost", "The county lost ", " jobs last year.", -1),
    ("fell-by", "Unemployment fell by ", " over the month.", -1),
    ("decline-of", "a decline of ", " workers", -1),
    ("down", "Sales were down ", " percent.", -1),
    ("shed", "Factories shed ", " jobs in March.", -1),
    ("after-noun", "a ", " percent drop in crashes", -1),
    ("added", "Employers added ", " jobs in March.", 1),
    ("rose", "Wages rose ", " percent from a year earlier.", 1),
    ("a-gain-of", "a gain of about ", " jobs", 1),
    ("after-increase", "a ", " percent increase", 1),
    ("level-after-to", "The rate fell to ", " percent.", 0),
    ("base-after-from", "up from ", " in 2024", 0),
    ("no-change-word", "The county has ", " residents.", 0),
    # Phrasal verbs whose particle is no direction.
    ("made-up-a-share", "Coal made up ", " percent of the power mix.", 0),
    ("shut-down-plants", "The utility shut down ", " plants.", 0),
    ("signed-up", "Families signed up ", " children for the program.", 0),
    ("went-up", "Prices went up ", " percent.", 1),
    ("cut-down-is-still-down", "Crews were down ", " workers.", -1),
]


@pytest.mark.parametrize(("before", "after", "expected"), [c[1:] for c in WORDS],
                         ids=[c[0] for c in WORDS])
def test_stated_direction(before: str, after: str, expected: int) -> None:
    assert stated_direction(before, after) == expected


REGISTRY = """version: 1
figures:
  - id: unemployed_change_2026_03
    title: Fall in the number of unemployed residents in March 2026
    value: {value}
    unit: people
    kind: change
    period: "2026-03"
    keywords: [unemployed, unemployment, residents, jobless]
    sources:
      - document: release.txt
        publisher: Labor Department
        quote: "The number of unemployed residents fell by 5,300 in March."
        value: {value}
        number: "5,300"
"""

DRAFTS = [
    ("right-way", "The number of unemployed residents fell by 5,300 in March.", "verified"),
    ("reworded", "Unemployment dropped by 5,300 people in March.", "verified"),
    ("turned-around", "The number of unemployed residents rose by 5,300 in March.",
     "value-mismatch"),
    ("wrong-size", "The number of unemployed residents fell by 3,500 in March.", "value-mismatch"),
]


@pytest.mark.parametrize("value", [5300, -5300], ids=["stored-as-size", "stored-negative"])
@pytest.mark.parametrize(("sentence", "kind"), [c[1:] for c in DRAFTS], ids=[c[0] for c in DRAFTS])
def test_a_loss_turned_into_a_gain_is_wrong(tmp_path: Path, value: int, sentence: str,
                                            kind: str) -> None:
    (tmp_path / "release.txt").write_text("The number of unemployed residents fell by "
                                          "5,300 in March.\n")
    (tmp_path / "figures.yaml").write_text(REGISTRY.format(value=value), encoding="utf-8")
    (tmp_path / "d.md").write_text(f"---\ndate: 2026-04-10\n---\n\n{sentence}\n", encoding="utf-8")
    result = CliRunner().invoke(app,
                                ["scan", "-r", str(tmp_path / "figures.yaml"), "--format", "json",
                                      "--show-verified", "--fail-on", "never",
                                      str(tmp_path / "d.md")])
    got = [f["kind"] for f in json.loads(result.stdout)["findings"] if f["kind"] != "inconsistent"]
    assert got == [kind]


def test_the_message_says_which_way(tmp_path: Path) -> None:
    (tmp_path / "release.txt").write_text("The number of unemployed residents fell by "
                                          "5,300 in March.\n")
    (tmp_path / "figures.yaml").write_text(REGISTRY.format(value=5300), encoding="utf-8")
    (tmp_path / "d.md").write_text("The number of unemployed residents rose by 5,300 in "
                                   "March 2026.\n")
    result = CliRunner().invoke(app, ["scan", "-r", str(tmp_path / "figures.yaml"), "--format",
                                      "concise", str(tmp_path / "d.md")])
    assert result.stdout == (
        f"{tmp_path / 'd.md'}:1:44: FC101 '5,300' turns a fall into a rise: "
        "unemployed_change_2026_03 is 'The number of unemployed residents fell by 5,300 in March.' "
        "(Labor Department)\n")


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("Natural gas made up 41.5 percent of generation.", "percent",
                 id="made-up-is-a-share"),
    pytest.param("Natural gas use went up 41.5 percent.", "change", id="went-up-is-a-change"),
    pytest.param("The mill shut down 12 percent of its lines.", "percent",
                 id="shut-down-is-no-decline"),
])
def test_phrasal_verbs_say_no_change(text: str, kind: str) -> None:
    from factcheck.extract import extract_quantities

    (q,) = extract_quantities(text)
    assert q.kind == kind


SECTORS = """version: 1
figures:
  - id: power_share_2025
    title: Power plants' share of the state's emissions, 2025
    value: 27.9
    unit: percent
    period: "2025"
    keywords: [power plants, electricity, share, emissions]
    sources:
      - {document: sources/r.txt, publisher: Energy Office, value: 27.9, number: "27.9",
         quote: "Electricity made up 27.9 percent of emissions in 2025"}
  - id: transport_change_2025
    title: Change in transportation emissions, 2025
    value: 27.9
    unit: percent
    kind: change
    period: "2025"
    keywords: [transportation, emissions, up]
    sources:
      - {document: sources/r.txt, publisher: Energy Office, value: 27.9, number: "27.9",
         quote: "Transportation emissions were up 27.9 percent in 2025"}
"""


@pytest.mark.parametrize(("sentence", "figure"), [
    pytest.param("In 2025 electricity emitted 19.1 million tons, down 8.2 percent, and made up "
                 "27.9 percent of emissions.", "power_share_2025", id="made-up-is-no-up"),
    pytest.param("In 2025 transportation emissions were up 27.9 percent.", "transport_change_2025",
                 id="up-next-to-its-number"),
])
def test_a_direction_particle_is_evidence_only_for_its_own_number(
        tmp_path: Path, sentence: str, figure: str) -> None:
    from factcheck.decide import Policy
    from factcheck.registry.load import load_registry
    from factcheck.scan import scan_text

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "r.txt").write_text(
        "Electricity made up 27.9 percent of emissions in 2025. Transportation emissions were "
        "up 27.9 percent in 2025.\n", encoding="utf-8")
    (tmp_path / "figures.yaml").write_text(SECTORS, encoding="utf-8")
    found = scan_text(sentence + "\n", load_registry(tmp_path / "figures.yaml"), "d.md",
                      policy=Policy(show_verified=True))
    assert [(f["code"], f["figure"]) for f in found if f["text"] == "27.9 percent"] == [
        ("FC100", figure)]
