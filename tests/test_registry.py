"""Registry loading and `factcheck registry check`: every error with a small fixture."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.registry.check import check_registry
from factcheck.registry.load import RegistryError, load_registry

runner = CliRunner()

DOC = "Officials said 6,000 people were crossing the border every day in 2023.\n"

GOOD = """\
version: 1
figures:
  - id: crossings_per_day
    title: People crossing the border every day
    value: 6000
    unit: people
    per: day
    keywords: [crossing, border]
    sources:
      - document: doc.txt
        publisher: Example Times
        quote: "said 6,000 people were crossing the border every day"
        value: 6000
        number: "6,000"
"""


def write(tmp_path: Path, registry: str, doc: str = DOC) -> Path:
    (tmp_path / "doc.txt").write_text(doc, encoding="utf-8")
    path = tmp_path / "figures.yaml"
    path.write_text(registry, encoding="utf-8")
    return path


def test_good_registry_loads(tmp_path: Path) -> None:
    reg = load_registry(write(tmp_path, GOOD))
    assert [f.id for f in reg.figures] == ["crossings_per_day"]
    assert reg.lines["crossings_per_day"] == 3
    assert check_registry(str(tmp_path / "figures.yaml")) == []


BROKEN = [
    ("missing-field", GOOD.replace("    title: People crossing the border every day\n", ""),
     "3:5: error: figure crossings_per_day: missing field 'title'"),
    ("unknown-key", GOOD.replace("    unit: people\n", "    unit: people\n    colour: red\n"),
     "7:5: error: figure crossings_per_day: unknown key 'colour'"),
    ("wrong-type", GOOD.replace("    value: 6000\n", "    value: lots\n"),
     "5:12: error: figure crossings_per_day: 'value' must be a number (got the text 'lots')"),
    ("bad-qualifier", GOOD.replace("    per: day\n", "    per: day\n    qualifier: roughly\n"),
     "8:16: error: figure crossings_per_day: 'qualifier': 'roughly' is not one of 'exact', "
     "'about', 'nearly', 'more-than', 'at-least', 'less-than' or 'at-most'"),
    ("bad-id", GOOD.replace("crossings_per_day", "Crossings-Per-Day"),
     "3:9: error: figure Crossings-Per-Day: 'id': 'Crossings-Per-Day' is not a snake_case id "
     "(lower-case letters, digits, _)"),
    ("no-sources", GOOD.split("    sources:")[0] + "    sources: []\n",
     "9:14: error: figure crossings_per_day: 'sources' must not be empty"),
    ("duplicate-id", GOOD + GOOD.split("figures:\n")[1],
     "15:9: error: duplicate id 'crossings_per_day' (first at line 3)"),
    ("missing-document", GOOD.replace("document: doc.txt", "document: nowhere.txt"),
     "10:19: error: figure crossings_per_day: source document 'nowhere.txt' does not exist"),
    ("quote-not-in-document", GOOD.replace("were crossing", "are crossing"),
     '12:16: error: figure crossings_per_day: quote does not appear in \'doc.txt\': "said 6,000 '
     'people are crossing the border every day"'),
    ("number-not-in-quote", GOOD.replace('number: "6,000"', 'number: "7,000"'),
     "14:17: error: figure crossings_per_day: number '7,000' does not appear in its quote"),
    ("value-not-in-quote",
     GOOD.replace("        value: 6000\n", "        value: 7000\n")
     .replace('        number: "6,000"\n', ""),
     "13:16: error: figure crossings_per_day: quote does not contain the stated value 7,000 "
     "(numbers in it: 6,000)"),
    ("figure-value-from-no-source",
     GOOD.replace("    value: 6000\n    unit: people", "    value: 7000\n    unit: people"),
     "5:12: error: figure crossings_per_day: value 7,000 is stated by none of its sources (6,000)"),
    ("unknown-related", GOOD.replace("    keywords:", "    related: [{figure: nope, relation: "
                                                      "see-also}]\n    keywords:"),
     "8:24: error: figure crossings_per_day: related figure 'nope' does not exist"),
    ("bad-unit",
     GOOD.replace("    unit: people\n", "    unit: furlongs_per_fortnite\n    kind: measure\n"),
     "6:11: error: figure crossings_per_day: unit 'furlongs_per_fortnite' is not a unit pint "
     "knows"),
]


@pytest.mark.parametrize(("text", "expected"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_registry_check_reports(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    result = runner.invoke(app, ["registry", "check", str(path)])
    assert result.exit_code == 1, result.output
    lines = [ln for ln in result.stdout.splitlines() if ln]
    assert any(ln.startswith(f"{path}:{expected}") for ln in lines), lines


def test_disagreeing_sources_warn(tmp_path: Path) -> None:
    doc = "Officials said 6,000 people crossed. Later they said 9,000 people crossed.\n"
    text = GOOD.replace('        quote: "said 6,000 people were crossing the border every day"',
                        '        quote: "said 6,000 people crossed"') + (
        "      - document: doc.txt\n        publisher: Other Post\n        quote: \"said 9,000 "
        "people crossed\"\n        value: 9000\n")
    path = write(tmp_path, text, doc)
    result = runner.invoke(app, ["registry", "check", str(path)])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"{path}:10:7: warning: figure crossings_per_day: sources disagree beyond tolerance 0.02: "
        "Example Times (doc.txt) says 6,000; Other Post (doc.txt) says 9,000"
    ]
    assert runner.invoke(app, ["registry", "check", "--strict", str(path)]).exit_code == 1


FATAL = [
    ("malformed-yaml", "figures:\n  - id: x\n   title: y\n",
     "figures.yaml:3:4: invalid YAML: did not find expected '-' indicator"),
    ("top-level-list", "- 1\n- 2\n",
     "figures.yaml:1:1: expected a mapping with a 'figures' list at the top level, got list"),
    ("figures-not-list", "figures: 3\n", "figures.yaml:1:10: 'figures' must be a list of figures"),
    ("empty-file", "",
     "figures.yaml:1:1: expected a mapping with a 'figures' list at the top level, got empty file"),
    ("alias", "a: &x [1]\nfigures: [*x]\n",
     "figures.yaml:1:4: YAML aliases and anchors are not allowed in the registry"),
    ("duplicate-key", "figures: []\nfigures: []\n",
     "figures.yaml:2:1: duplicate key 'figures' (first at line 1)"),
]


@pytest.mark.parametrize(("text", "message"), [f[1:] for f in FATAL], ids=[f[0] for f in FATAL])
def test_fatal_registry_errors_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str,
                                      message: str) -> None:
    write(tmp_path, text)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RegistryError) as err:
        load_registry("figures.yaml")
    assert str(err.value) == message
    result = runner.invoke(app, ["figures", "--registry", "figures.yaml"])
    assert result.exit_code == 2
    assert result.stderr == f"factcheck: error: {message}\n"


def test_binary_and_non_utf8(tmp_path: Path) -> None:
    (tmp_path / "bin.yaml").write_bytes(b"figures:\n\x00\x01")
    (tmp_path / "latin.yaml").write_bytes(b"figures:\n  - id: caf\xe9\n")
    with pytest.raises(RegistryError, match=r"bin.yaml:2:1: binary file"):
        load_registry(tmp_path / "bin.yaml")
    with pytest.raises(RegistryError, match=r"latin.yaml:2:12: not UTF-8 text \(byte 0xe9\)"):
        load_registry(tmp_path / "latin.yaml")


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]"
              for i in range(1, 30)]
    (tmp_path / "bomb.yaml").write_text("\n".join(lines) + "\nfigures: []\n")
    with pytest.raises(RegistryError, match="aliases and anchors are not allowed"):
        load_registry(tmp_path / "bomb.yaml")


def test_registry_found_upward_and_from_env(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, GOOD)
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    assert runner.invoke(app, ["figures"]).exit_code == 0
    monkeypatch.setenv("FACTCHECK_REGISTRY", str(tmp_path / "missing.yaml"))
    result = runner.invoke(app, ["figures"])
    assert result.exit_code == 2
    assert "missing.yaml:1:1: registry file does not exist" in result.stderr


def test_no_registry_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["figures"])
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error: figures.yaml:1:1: no figures.yaml found in ")


def test_shipped_registry_is_clean(shipped_registry: Path) -> None:
    problems = check_registry(str(shipped_registry))
    assert [p for p in problems if p.severity == "error"] == []


def test_registry_check_on_unreadable_file_is_bad_input(tmp_path: Path) -> None:
    path = write(tmp_path, "figures:\n  - id: x\n   title: y\n")
    result = runner.invoke(app, ["registry", "check", str(path)])
    assert result.exit_code == 2
    assert result.stderr == (f"factcheck: error: {path}:3:4: invalid YAML: did not find expected "
                             "'-' indicator\n")


def test_keyword_warnings(tmp_path: Path) -> None:
    twin = GOOD.split("figures:\n")[1].replace("crossings_per_day", "crossings_per_day_twin")
    twin = twin.replace(
        "    keywords: [crossing, border]\n",
        "    keywords: [border]\n    related: [{figure: crossings_per_day, relation: see-also}]\n")
    path = write(tmp_path, GOOD + twin)
    result = runner.invoke(app, ["registry", "check", str(path)])
    assert result.exit_code == 0
    assert (f"{path}:20:15: warning: figure crossings_per_day_twin: every keyword is also one of "
            "crossings_per_day's; add a word of its own so drafts can tell them apart"
            in result.stdout.splitlines())
