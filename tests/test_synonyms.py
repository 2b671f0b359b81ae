"""A synonym lexicon for newsroom vocabulary, extensible by the registry's `synonyms:` map."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.text import stem

SAME = [
    ("killings-homicides", "killings", "homicides"),
    ("murders-slayings", "murders", "slayings"),
    ("died-deaths", "died", "deaths"),
    ("fatalities-deaths", "fatalities", "death"),
    ("seized-confiscated", "seized", "confiscated"),
    ("apprehended-arrests", "apprehended", "arrests"),
    ("hiring-jobs", "hiring", "jobs"),
    ("pay-earnings", "pay", "earnings"),
    ("collisions-crashes", "collisions", "crashes"),
    ("rose-increase", "rose", "increase"),
    ("fell-decline", "fell", "declined"),
    ("gov-governor", "gov", "governor"),
]
APART = [
    ("deaths-killings", "deaths", "killings"),
    ("crashes-deaths", "crashes", "deaths"),
    ("migrants-refugees", "migrants", "refugees"),
    ("the-fall-season", "fall", "declined"),
]


@pytest.mark.parametrize(("a", "b"), [c[1:] for c in SAME], ids=[c[0] for c in SAME])
def test_same_group(a: str, b: str) -> None:
    assert stem(a) == stem(b)


@pytest.mark.parametrize(("a", "b"), [c[1:] for c in APART], ids=[c[0] for c in APART])
def test_kept_apart(a: str, b: str) -> None:
    assert stem(a) != stem(b)


REGISTRY = """version: 1
synonyms:
  bridges: [spans, overpasses]
figures:
  - id: bridges_rated_poor_2025
    title: Bridges rated in poor condition in 2025
    value: 412
    unit: bridges
    period: "2025"
    keywords: [bridges, poor, condition, rated]
    sources:
      - document: report.txt
        publisher: State DOT
        quote: "412 bridges were rated in poor condition in 2025."
        value: 412
"""


def _scan(tmp_path: Path, registry: str, sentence: str) -> tuple[int, list[tuple[str, str]], str]:
    (tmp_path / "report.txt").write_text("412 bridges were rated in poor condition in 2025.\n",
                                         encoding="utf-8")
    (tmp_path / "figures.yaml").write_text(registry, encoding="utf-8")
    (tmp_path / "d.md").write_text(sentence + "\n", encoding="utf-8")
    result = CliRunner().invoke(app,
                                ["scan", "-r", str(tmp_path / "figures.yaml"), "--format", "json",
                                      "--show-verified", "--fail-on", "never",
                                      str(tmp_path / "d.md")])
    if result.exit_code == 2:
        return 2, [], result.stderr
    return result.exit_code, [(f["kind"], f["figure"])
                              for f in json.loads(result.stdout)["findings"]], ""


ONLY_THE_SYNONYM = "The state counted 412 overpasses in 2025."


def test_registry_synonyms_reach_matching(tmp_path: Path) -> None:
    code, got, _ = _scan(tmp_path, REGISTRY, ONLY_THE_SYNONYM)
    assert (code, got) == (0, [("verified", "bridges_rated_poor_2025")])


def test_without_them_the_word_names_nothing(tmp_path: Path) -> None:
    plain = REGISTRY.replace("synonyms:\n  bridges: [spans, overpasses]\n", "")
    _, got, _ = _scan(tmp_path, plain, ONLY_THE_SYNONYM)
    assert got == [("unsourced", None)]


def test_a_bad_synonyms_map_is_an_error_at_its_line(tmp_path: Path) -> None:
    bad = REGISTRY.replace("  bridges: [spans, overpasses]", "  bridges: spans")
    code, _, err = _scan(tmp_path, bad, "412 bridges.")
    assert code == 2
    assert err == ("factcheck: error: " + str(tmp_path / "figures.yaml") +
                   ":3:12: synonyms of 'bridges' must be a list of words, such as "
                   "[homicides, murders]\n")
