"""Tests of configuration: every key, every error with its line, precedence and discovery."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.config import (
    DEFAULT_INCLUDE,
    ConfigError,
    Settings,
    describe,
    find_config,
    load_settings,
)

RULES = {
    "value-mismatch": "FC101",
    "hedge-mismatch": "FC102",
    "unsourced": "FC105",
    "source-conflict": "FC106",
}


def write(directory: Path, name: str, body: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(body, encoding="utf-8")
    return path


def pyproject(tmp_path: Path, body: str) -> Path:
    return write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n\n[tool.factcheck]\n' + body)


def load(path: Path, **kwargs: object) -> Settings:
    return load_settings(config_path=path, environ={}, **kwargs)  # type: ignore[arg-type]


# --- every key ------------------------------------------------------------------------------------

KEYS = [
    pytest.param('registry = "data/figures.yaml"', "registry", "{dir}/data/figures.yaml",
                 id="registry-relative"),
    pytest.param('registry = "/abs/figures.yaml"', "registry", "/abs/figures.yaml",
                 id="registry-absolute"),
    pytest.param('include = ["*.md"]', "include", ("*.md",), id="include"),
    pytest.param('exclude = ["drafts/old/*", "*.tmp.md"]', "exclude", ("drafts/old/*", "*.tmp.md"),
                 id="exclude"),
    pytest.param('fail-on = "warning"', "fail_on", "warning", id="fail-on"),
    pytest.param('fail_on = "never"', "fail_on", "never", id="fail_on-underscore"),
    pytest.param('fail-on = "Info"', "fail_on", "info", id="fail-on-case"),
    pytest.param('min-severity = "warning"', "min_severity", "warning", id="min-severity"),
    pytest.param('select = ["FC101", "unsourced"]', "select", ("FC101", "FC105"),
                 id="select-names-to-codes"),
    pytest.param('ignore = ["fc102"]', "ignore", ("FC102",), id="ignore-code-case"),
    pytest.param('severity = { source-conflict = "error", FC101 = "warning" }', "severity",
                 {"FC106": "error", "FC101": "warning"}, id="severity-inline"),
    pytest.param('format = "sarif"', "format", "sarif", id="format"),
    pytest.param("show-verified = true", "show_verified", True, id="show-verified"),
    pytest.param("jobs = 4", "jobs", 4, id="jobs"),
    pytest.param('rule-docs-url = "https://desk.example/r/{code}"', "rule_docs_url",
                 "https://desk.example/r/{{code}}", id="rule-docs-url"),
    pytest.param("tolerance = { relative = 0.03 }", "tolerance_relative", 0.03,
                 id="tolerance-relative"),
    pytest.param("tolerance.conversion = 0", "tolerance_conversion", 0.0,
                 id="tolerance-conversion-dotted"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "field", "value"), KEYS)
def test_each_key(tmp_path: Path, body: str, field: str, value: object) -> None:
    path = pyproject(tmp_path, body + "\n")
    settings = load(path, known_rules=RULES)
    if isinstance(value, str):
        value = value.format(dir=tmp_path)
    got = getattr(settings, field)
    assert (dict(got) if field == "severity" else got) == value
    assert settings.sources[field] == str(path)
    assert settings.config_path == str(path)


def test_subtables(tmp_path: Path) -> None:
    path = pyproject(
        tmp_path,
        'jobs = 1\n\n[tool.factcheck.severity]\nunsourced = "info"\n\n'
        "[tool.factcheck.tolerance]\nrelative = 0.1\nconversion = 0.2\n",
    )
    s = load(path, known_rules=RULES)
    assert (dict(s.severity), s.tolerance_relative, s.tolerance_conversion) == (
        {"FC105": "info"},
        0.1,
        0.2,
    )


def test_defaults(tmp_path: Path) -> None:
    s = load_settings(tmp_path, environ={})
    assert s == Settings(sources=s.sources)
    assert s.include == DEFAULT_INCLUDE
    assert (s.fail_on, s.min_severity, s.format, s.jobs) == ("error", "info", "auto", None)
    assert (s.tolerance_relative, s.tolerance_conversion) == (0.0, 0.01)
    assert set(s.sources.values()) == {"default"}
    assert s.config_path is None


def test_rules_pass_through_without_known_rules(tmp_path: Path) -> None:
    s = load(pyproject(tmp_path, 'select = ["anything", "fc101"]\n'))
    assert s.select == ("anything", "FC101")


# --- errors --------------------------------------------------------------------------------------

ERRORS = [
    pytest.param('colour = "red"', 5, 'unknown key "colour"', id="unknown-key"),
    pytest.param('fail-onn = "error"', 5, 'unknown key "fail-onn" (did you mean "fail-on"?)',
                 id="unknown-key-hint"),
    pytest.param('fail-on = "fatal"', 5,
                 'fail-on must be "error", "warning", "info" or "never", not "fatal"',
                 id="fail-on-value"),
    pytest.param('rule-docs-url = "https://desk.example/rules"', 5,
                 'rule-docs-url must be a URL with {code} or {name} in it, not '
                 '"https://desk.example/rules"', id="rule-docs-url-without-code"),
    pytest.param("fail-on = 1", 5, 'fail-on must be "error", "warning", "info" or "never", not 1',
                 id="fail-on-type"),
    pytest.param('min-severity = "never"', 5,
                 'min-severity must be "error", "warning" or "info", not "never"',
                 id="min-severity"),
    pytest.param('include = "*.md"', 5, 'include must be an array of strings, not "*.md"',
                 id="include-string"),
    pytest.param("exclude = [1]", 5, "exclude must be an array of strings, not an array",
                 id="exclude-ints"),
    pytest.param('select = ["FC999"]', 5, 'unknown rule code "FC999" in select',
                 id="select-unknown-code"),
    pytest.param('ignore = ["unsourcd"]', 5,
                 'unknown rule "unsourcd" in ignore (did you mean "unsourced"?)',
                 id="ignore-unknown-name"),
    pytest.param('jobs = 1\nseverity = { FC101 = "fatal" }', 6,
                 'severity.FC101 must be "error", "warning" or "info", not "fatal"',
                 id="severity-value"),
    pytest.param('severity = { nope = "error" }', 5, 'unknown rule "nope" in severity',
                 id="severity-rule"),
    pytest.param('severity = "error"', 5,
                 'severity must be a table of rule = severity, not "error"', id="severity-type"),
    pytest.param("show-verified = 1", 5, "show-verified must be true or false, not 1",
                 id="show-verified"),
    pytest.param("jobs = 0", 5, "jobs must be an integer from 1 to 64, not 0", id="jobs-zero"),
    pytest.param("jobs = true", 5, "jobs must be an integer from 1 to 64, not true",
                 id="jobs-bool"),
    pytest.param('jobs = "4"', 5, 'jobs must be an integer from 1 to 64, not "4"',
                 id="jobs-string"),
    pytest.param("registry = 3", 5, "registry must be a non-empty string, not 3", id="registry"),
    pytest.param('format = ""', 5, 'format must be a non-empty string, not ""', id="format-empty"),
    pytest.param("tolerance = 0.1", 5, "tolerance must be a table, not 0.1", id="tolerance-type"),
    pytest.param("\ntolerance = { absolute = 1 }", 6,
                 'unknown key "tolerance.absolute" (expected "relative" or "conversion")',
                 id="tolerance-key"),
    pytest.param("[tool.factcheck.tolerance]\nrelative = 2", 6,
                 "tolerance.relative must be a number from 0 to 1, not 2", id="tolerance-range"),
    pytest.param('fail-on = "info"\nfail_on = "error"', 6,
                 "fail-on and fail_on are the same setting; give one", id="duplicate-spelling"),
    pytest.param("jobs = [", 5, "invalid TOML: Invalid value", id="toml-syntax"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "line", "message"), ERRORS)
def test_errors_name_file_and_line(tmp_path: Path, body: str, line: int, message: str) -> None:
    path = pyproject(tmp_path, body + "\n")
    with pytest.raises(ConfigError) as info:
        load(path, known_rules=RULES)
    err = info.value
    assert (err.path, err.line, err.message) == (str(path), line, message)
    assert str(err) == f"{path}:{line}: {message}"


def test_key_line_is_found_in_the_right_table(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "pyproject.toml",
        '[tool.other]\njobs = 0\n\n[tool.factcheck]\nformat = "json"\njobs = 0\n',
    )
    with pytest.raises(ConfigError, match=r"pyproject.toml:6: jobs must be"):
        load(path)


def test_known_formats(tmp_path: Path) -> None:
    path = pyproject(tmp_path, 'format = "xml"\n')
    with pytest.raises(ConfigError, match='format must be one of "json" or "sarif", not "xml"'):
        load(path, known_formats=["json", "sarif"])


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load(tmp_path / "nope.toml")
    assert str(info.value) == f"{tmp_path / 'nope.toml'}: no such file"


# --- .factcheck.toml -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        'fail-on = "warning"\n',
        '[tool.factcheck]\nfail-on = "warning"\n',
        'jobs = 2\n[tool.factcheck]\nfail-on = "warning"\n',
    ],
    ids=["top-level", "tool-table", "both"],
)
def test_factcheck_toml_layouts(tmp_path: Path, body: str) -> None:
    s = load(write(tmp_path, ".factcheck.toml", body))
    assert s.fail_on == "warning"


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("[tool.black]\nline = 1\n", 1, "unknown table [tool.black] (expected [tool.factcheck])"),
        (
            "jobs = 2\n[tool.factcheck]\njobs = 3\n",
            3,
            "jobs is given both at top level and in [tool.factcheck]",
        ),
        ("\n\ncolor = true\n", 3, 'unknown key "color"'),
        ("[tool.factcheck]\n\ncolor = true\n", 3, 'unknown key "color"'),
    ],
    ids=["other-tool", "both-places", "unknown-top-level", "unknown-in-table"],
)
def test_factcheck_toml_errors(tmp_path: Path, body: str, line: int, message: str) -> None:
    path = write(tmp_path, ".factcheck.toml", body)
    with pytest.raises(ConfigError) as info:
        load(path)
    assert (info.value.line, info.value.message) == (line, message)


# --- discovery -----------------------------------------------------------------------------------


def test_find_config_searches_upward(tmp_path: Path) -> None:
    cfg = pyproject(tmp_path, "jobs = 2\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == cfg
    s = load_settings(deep, environ={})
    assert (s.jobs, s.sources["jobs"]) == (2, str(cfg))


def test_find_config_skips_pyproject_without_table(tmp_path: Path) -> None:
    cfg = write(tmp_path, ".factcheck.toml", "jobs = 3\n")
    write(tmp_path / "sub", "pyproject.toml", '[project]\nname = "x"\n[tool.ruff]\nx = 1\n')
    assert find_config(tmp_path / "sub") == cfg


def test_factcheck_toml_wins_in_the_same_directory(tmp_path: Path) -> None:
    pyproject(tmp_path, "jobs = 2\n")
    own = write(tmp_path, ".factcheck.toml", "jobs = 3\n")
    assert find_config(tmp_path) == own


def test_nearer_pyproject_wins_over_farther_factcheck_toml(tmp_path: Path) -> None:
    write(tmp_path, ".factcheck.toml", "jobs = 3\n")
    near = pyproject(tmp_path / "pkg", "jobs = 2\n")
    assert find_config(tmp_path / "pkg") == near


def test_broken_pyproject_with_table_is_found_and_reported(tmp_path: Path) -> None:
    path = pyproject(tmp_path, "jobs = = 2\n")
    assert find_config(tmp_path) == path
    with pytest.raises(ConfigError, match=r"pyproject.toml:5: invalid TOML"):
        load_settings(tmp_path, environ={})


def test_no_config_anywhere(tmp_path: Path) -> None:
    assert find_config(tmp_path) is None or not str(find_config(tmp_path)).startswith(str(tmp_path))


# --- precedence ----------------------------------------------------------------------------------


def test_cli_overrides_file_overrides_default(tmp_path: Path) -> None:
    path = pyproject(tmp_path, 'fail-on = "warning"\njobs = 2\nformat = "json"\n')
    s = load(
        path,
        overrides={"fail_on": "never", "jobs": None, "select": ["value-mismatch"]},
        known_rules=RULES,
    )
    assert (s.fail_on, s.sources["fail_on"]) == ("never", "--fail-on")
    assert (s.jobs, s.sources["jobs"]) == (2, str(path))
    assert (s.select, s.sources["select"]) == (("FC101",), "--select")
    assert (s.min_severity, s.sources["min_severity"]) == ("info", "default")


def test_environment_registry_sits_between_file_and_cli(tmp_path: Path) -> None:
    path = pyproject(tmp_path, 'registry = "f.yaml"\n')
    s = load_settings(config_path=path, environ={"FACTCHECK_REGISTRY": "/env/figures.yaml"})
    assert (s.registry, s.sources["registry"]) == ("/env/figures.yaml", "FACTCHECK_REGISTRY")
    s = load_settings(
        config_path=path,
        environ={"FACTCHECK_REGISTRY": "/env/figures.yaml"},
        overrides={"registry": "cli.yaml"},
    )
    assert (s.registry, s.sources["registry"]) == ("cli.yaml", "--registry")


def test_cli_severity_merges_with_file(tmp_path: Path) -> None:
    path = pyproject(tmp_path, 'severity = { FC101 = "warning", FC105 = "info" }\n')
    s = load(path, overrides={"severity": {"FC105": "error"}})
    assert dict(s.severity) == {"FC101": "warning", "FC105": "error"}


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            {"fail_on": "fatal"},
            '--fail-on: --fail-on must be "error", "warning", "info" or "never", not "fatal"',
        ),
        ({"jobs": 0}, "--jobs: --jobs must be an integer from 1 to 64, not 0"),
        ({"select": ["FC999"]}, '--select: unknown rule code "FC999" in --select'),
    ],
    ids=["fail-on", "jobs", "select"],
)
def test_bad_overrides(tmp_path: Path, overrides: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(tmp_path, overrides=overrides, known_rules=RULES, environ={})
    assert str(info.value) == message


def test_unknown_override_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown setting 'colour'"):
        load_settings(tmp_path, overrides={"colour": "red"}, environ={})


# --- describe ------------------------------------------------------------------------------------


def test_describe_rows(tmp_path: Path) -> None:
    path = pyproject(
        tmp_path, 'exclude = ["old/*"]\nseverity = { FC101 = "warning" }\nshow-verified = true\n'
    )
    rows = {
        key: (value, source) for key, value, source in describe(load(path, overrides={"jobs": 3}))
    }
    assert rows["exclude"] == ('["old/*"]', str(path))
    assert rows["severity"] == ('{ FC101 = "warning" }', str(path))
    assert rows["show-verified"] == ("true", str(path))
    assert rows["jobs"] == ("3", "--jobs")
    assert rows["registry"] == ("(not set)", "default")
    assert rows["tolerance.relative"] == ("0.0", "default")
    assert list(rows)[:3] == ["registry", "include", "exclude"]
