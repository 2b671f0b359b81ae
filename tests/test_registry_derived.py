"""`registry check` on derived figures (derived-from and formula): unknown ids, cycles, names
the formula does not use, divisors that may be zero, and values the inputs do not give; each
a line at the place in figures.yaml. The registry is tests/fixtures/derived (invented)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.registry.check import check_registry
from factcheck.registry.load import RegistryError, load_registry

FIXTURE = Path(__file__).parent / "fixtures" / "derived"
RATE = "    formula: a / b * 100000\n"
LINKS = "    derived-from: {a: calder_homicides_2025, b: calder_population_2025}\n"
CHECKS = [
    pytest.param([], [], id="the-fixture-is-clean"),
    pytest.param([(RATE, "    formula: a / b * 10000\n")], [
        "35:12: warning: figure calder_homicide_rate_2025: value 18.5 is not what formula "
        "'a / b * 10000' gives: 1.85 (a = calder_homicides_2025 (1,480 homicides); "
        "b = calder_population_2025 (8 million people))"], id="value-the-inputs-do-not-give"),
    pytest.param([(LINKS, LINKS.replace("calder_population_2025", "calder_populaton_2025"))], [
        "41:49: error: figure calder_homicide_rate_2025: derived-from figure "
        "'calder_populaton_2025' (b) does not exist"], id="unknown-id"),
    pytest.param([("    keywords: [population, residents, census, inhabitants]\n",
                   "    keywords: [population, residents, census, inhabitants]\n"
                   "    derived-from: {h: calder_homicides_2025, r: calder_homicide_rate_2025}\n"
                   "    formula: h / r * 100000\n")], [
        "26:19: error: figure calder_population_2025: derived-from goes round in a circle: "
        "calder_population_2025 -> calder_homicide_rate_2025 -> calder_population_2025"],
        id="cycle-reported-once"),
    pytest.param([(LINKS, "    derived-from: {a: calder_homicide_rate_2025, "
                          "b: calder_population_2025}\n")],
                 ["41:19: error: figure calder_homicide_rate_2025: derived-from goes round in "
                  "a circle: calder_homicide_rate_2025 -> calder_homicide_rate_2025"],
                 id="derived-from-itself"),
    pytest.param([(RATE, "    formula: a / (b - b) * 100000\n")], [
        "42:14: error: figure calder_homicide_rate_2025: formula 'a / (b - b) * 100000' cannot be "
        "computed: a divisor may be zero (a = calder_homicides_2025 (1,480 homicides); "
        "b = calder_population_2025 (8 million people))"], id="divisor-may-be-zero"),
    pytest.param([(RATE, "")], [
        "41:19: error: figure calder_homicide_rate_2025: derived-from needs a formula that says "
        "how the value follows from the figures it names, such as formula: a / b * 100000"],
        id="derived-from-without-formula"),
    pytest.param([(RATE, "    formula: a / 8000000 * 100000\n")], [
        "41:49: warning: figure calder_homicide_rate_2025: derived-from names b "
        "(calder_population_2025), but formula 'a / 8000000 * 100000' never uses it"],
        id="unused-name"),
    pytest.param([(RATE, "    formula: a / c * 100000\n")], [
        "42:14: error: figure calder_homicide_rate_2025: 'formula': formula 'a / c * 100000' uses "
        "'c', which derived-from does not name"], id="formula-name-not-linked"),
    pytest.param([(RATE, "    formula: a / (b * 100000\n")], [
        "42:14: error: figure calder_homicide_rate_2025: 'formula': '(' at column 5 is never "
        "closed"],
        id="formula-syntax"),
    pytest.param([(LINKS, "    derived-from: [calder_homicides_2025, calder_population_2025]\n")], [
        "41:19: error: figure calder_homicide_rate_2025: 'derived-from': input should be a valid "
        "dictionary (got a list)"], id="derived-from-not-a-mapping-is-one-error"),
    pytest.param([(LINKS, "")], [
        "41:14: error: figure calder_homicide_rate_2025: 'formula': formula 'a / b * 100000' needs "
        "derived-from, the figures its names stand for"], id="formula-without-derived-from"),
]


def _registry(tmp_path: Path, edits: list[tuple[str, str]]) -> Path:
    """Copy the fixture registry into `tmp_path` with each (old, new) text edit made once."""
    shutil.copytree(FIXTURE / "sources", tmp_path / "sources")
    text = (FIXTURE / "figures.yaml").read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "figures.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("edits", "expected"), CHECKS)
def test_registry_check_on_derived_figures(tmp_path: Path, edits: list[tuple[str, str]],
                                           expected: list[str]) -> None:
    path = _registry(tmp_path, edits)
    assert [str(p).removeprefix(f"{path}:") for p in check_registry(str(path))] == expected


def test_scan_rejects_a_formula_it_cannot_read(tmp_path: Path) -> None:
    path = _registry(tmp_path, [(RATE, "    formula: a ** b\n")])
    with pytest.raises(RegistryError) as err:
        load_registry(path)
    assert str(err.value).endswith("figure calder_homicide_rate_2025: 'formula': unexpected '*' at "
                                   "column 4: expected a number, a name or '('")


def test_derived_figures_stay_hashable() -> None:
    """Figures are cached by value (lru_cache): derived-from must not make them unhashable."""
    reg = load_registry(FIXTURE / "figures.yaml")
    rate = reg.get("calder_homicide_rate_2025")
    assert rate is not None and rate.derived_from == {"a": "calder_homicides_2025",
                                                      "b": "calder_population_2025"}
    assert hash(rate) == hash(rate.model_copy())


def test_figure_shows_the_formula_and_its_figures() -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    result = CliRunner().invoke(app, ["figure", "calder_homicide_rate_2025", "--registry",
                                      str(FIXTURE / "figures.yaml")])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:9] == [
        "calder_homicide_rate_2025: Homicides per 100,000 residents in Calder in 2025",
        "  value:     18.5 homicides per 100000 people",
        "  kind:      rate",
        "  qualifier: exact",
        "  period:    2025",
        "  place:     Calder",
        "  keywords:  homicide, rate, homicides, residents",
        "  formula:   a / b * 100000 (a = calder_homicides_2025, b = calder_population_2025)",
        "  sources (1):",
    ]


@pytest.mark.slow
def test_relations_the_registry_completes_stay_linear_in_one_long_sentence() -> None:
    """Derived figures, rates over a base and registry levels are read once per sentence."""
    from adversarial._helpers import assert_linear

    from factcheck.scan import scan_text

    reg = load_registry(FIXTURE / "figures.yaml")
    unit = ("Calder recorded 1,480 homicides in 2025, a rate of 25 per 100,000 residents, and the "
            "unemployment rate rose 0.3 percent in August 2025, ")
    assert_linear(lambda n: unit * n + "in all.", lambda text: scan_text(text, reg, path="x.md"),
                  30)
