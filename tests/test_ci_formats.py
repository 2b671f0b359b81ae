"""The CI formats: junit against a JUnit XML schema, gitlab Code Quality, checkstyle, and
SARIF as code scanning reads it (repository-relative URIs, helpUri, fixes), against the
official 2.1.0 schema.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import xmlschema
from test_reporters import GAZA, MEXICO, check_golden, context, sample_findings, summarize

from factcheck.models import ScanResult, Summary
from factcheck.reporters import REPORTERS, render
from factcheck.reporters.base import report_path

SCHEMAS = Path(__file__).parent / "schemas"
JUNIT = xmlschema.XMLSchema(str(SCHEMAS / "junit.xsd"))
EMPTY = ScanResult(findings=(), summary=Summary(files=2, quantities=0, statistics=0, findings=0,
                                                by_severity={}, by_kind={}))


@pytest.fixture
def result() -> ScanResult:
    findings = sample_findings()
    return ScanResult(findings=tuple(findings), summary=summarize(findings))


@pytest.mark.parametrize("name", ["junit.xml", "gitlab.json", "checkstyle.xml"])
def test_golden(name: str, result: ScanResult) -> None:
    check_golden(name, render(name.split(".")[0], result, context()))


# --- junit -----------------------------------------------------------------------------------


@pytest.mark.parametrize("show_verified", [False, True])
def test_junit_is_valid(result: ScanResult, show_verified: bool) -> None:
    JUNIT.validate(render("junit", result, context(show_verified=show_verified)))


def test_junit_empty_is_valid_with_one_passing_case() -> None:
    text = render("junit", EMPTY, context())
    JUNIT.validate(text)
    root = ET.fromstring(text)
    assert root.get("tests") == "1" and root.get("failures") == "0"
    assert [c.get("name") for c in root.iter("testcase")] == ["no problems"]


def test_junit_schema_rejects_garbage() -> None:
    assert not JUNIT.is_valid("<testsuites><testcase/></testsuites>")
    assert not JUNIT.is_valid('<testsuites><testsuite name="x" tests="-1"/></testsuites>')


def test_junit_content(result: ScanResult) -> None:
    root = ET.fromstring(render("junit", result, context()))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [GAZA, MEXICO, "drafts/notes.txt"]
    cases = list(root.iter("testcase"))
    shown = [f for f in result.findings if f.kind != "verified"]
    assert len(cases) == len(shown) == int(root.get("tests", ""))
    failing = [f for f in shown if f.severity != "info"]
    assert int(root.get("failures", "")) == len(failing) == sum(1 for c in cases
                                                                if c.find("failure") is not None)
    first = cases[0]
    assert (first.get("classname") == GAZA
            and first.get("name", "").startswith(f"{shown[0].code} {shown[0].rule} at "))
    failure = first.find("failure")
    assert failure is not None and failure.get("type") == shown[0].severity
    assert failure.get("message") == shown[0].message
    for suite in suites:
        assert int(suite.get("tests", "")) == len(suite.findall("testcase"))


def test_junit_drops_characters_xml_cannot_hold(result: ScanResult) -> None:
    f = result.findings[1].model_copy(update={"message": "bad \x00\x1b byte", "context": "a\x0cb"})
    text = render("junit", ScanResult(findings=(f,), summary=result.summary), context())
    JUNIT.validate(text)
    assert "bad  byte" in text


# --- gitlab ----------------------------------------------------------------------------------


def test_gitlab_code_quality(result: ScanResult) -> None:
    issues = json.loads(render("gitlab", result, context()))
    shown = [f for f in result.findings if f.kind != "verified"]
    assert len(issues) == len(shown)
    for issue, f in zip(issues, shown, strict=True):
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["check_name"] == f.code and f.message in issue["description"]
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        levels = {"error": "major", "warning": "minor", "info": "info"}
        assert issue["severity"] == levels[f.severity]
        assert issue["location"]["path"] == f.path and issue["location"]["lines"]["begin"] == f.line
    assert len({i["fingerprint"] for i in issues}) == len(issues)  # GitLab needs them unique


def test_gitlab_fingerprint_survives_a_line_shift(result: ScanResult) -> None:
    before = json.loads(render("gitlab", result, context()))
    moved = [f.model_copy(update={"line": f.line + 5, "end_line": f.end_line + 5})
             for f in result.findings]
    after = json.loads(render("gitlab", ScanResult(findings=tuple(moved), summary=result.summary),
                              context()))
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]


def test_gitlab_empty() -> None:
    assert json.loads(render("gitlab", EMPTY, context())) == []


# --- checkstyle ------------------------------------------------------------------------------


def test_checkstyle(result: ScanResult) -> None:
    root = ET.fromstring(render("checkstyle", result, context()))
    assert root.tag == "checkstyle"
    errors = [(file.get("name"), e.get("line"), e.get("column"), e.get("severity"), e.get("source"))
              for file in root.findall("file") for e in file.findall("error")]
    shown = [f for f in result.findings if f.kind != "verified"]
    assert errors == [(f.path, str(f.line), str(f.column), f.severity, f"factcheck.{f.code}")
                      for f in shown]


def test_checkstyle_empty() -> None:
    root = ET.fromstring(render("checkstyle", EMPTY, context()))
    assert root.tag == "checkstyle" and list(root) == []


# --- paths relative to the repository ------------------------------------------------------


def test_report_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    assert report_path("a.md", str(tmp_path)) == "sub/a.md"
    assert report_path("./b/../a.md", str(tmp_path)) == "sub/a.md"
    assert report_path("../top.md", str(tmp_path)) == "top.md"
    assert report_path("/elsewhere/x.md", str(tmp_path)) == "/elsewhere/x.md"
    assert report_path("-", str(tmp_path)) == "-"
    assert report_path("./a.md", None) == "a.md"


@pytest.mark.parametrize("name", ["junit", "gitlab", "checkstyle", "github"])
def test_ci_formats_name_files_from_the_repository_root(
        name: str, result: ScanResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.chdir(tmp_path)
    text = render(name, result, context(srcroot=str(tmp_path.parent)))
    assert f"{tmp_path.name}/{GAZA}" in text


# --- SARIF for code scanning ---------------------------------------------------------------


def sarif_validator() -> Any:
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft7Validator)
    return cls(schema)


DOCS = "https://example.org/factcheck/docs/rules/{code}.md"


@pytest.fixture
def code_scanning(result: ScanResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str,
                                                                                               Any]:
    (tmp_path / "repo" / "newsroom").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "repo" / "newsroom")  # a scan run below the repository root
    text = render("sarif", result, context(srcroot=str(tmp_path / "repo"), rule_docs_url=DOCS))
    log: dict[str, Any] = json.loads(text)
    return log


def test_sarif_for_code_scanning_validates(code_scanning: dict[str, Any]) -> None:
    sarif_validator().validate(code_scanning)


def test_sarif_uris_are_relative_to_the_repository(code_scanning: dict[str, Any],
                                                   tmp_path: Path) -> None:
    run = code_scanning["runs"][0]
    root = run["originalUriBaseIds"]["SRCROOT"]["uri"]
    assert root.startswith("file:///") and root.endswith("/repo/")
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]]
    assert {"uri": "newsroom/drafts/gaza.md", "uriBaseId": "SRCROOT"} in locations
    assert all(not loc["uri"].startswith("..") for loc in locations)


def test_sarif_help_uri_per_rule(code_scanning: dict[str, Any]) -> None:
    rules = code_scanning["runs"][0]["tool"]["driver"]["rules"]
    assert [r["helpUri"] for r in rules] == [DOCS.format(code=r["id"]) for r in rules]


def test_sarif_fixes_replace_the_number_with_the_suggestion(code_scanning: dict[str, Any]) -> None:
    results = code_scanning["runs"][0]["results"]
    fixed = {r["ruleId"]: r for r in results if "fixes" in r}
    assert set(fixed) == {"FC104", "FC105"}
    for res in fixed.values():
        [fix] = res["fixes"]
        [change] = fix["artifactChanges"]
        [replacement] = change["replacements"]
        region = res["locations"][0]["physicalLocation"]["region"]
        where = res["locations"][0]["physicalLocation"]
        assert change["artifactLocation"] == where["artifactLocation"]
        assert replacement["deletedRegion"] == {k: region[k] for k in ("startLine", "startColumn",
                                                                       "endLine", "endColumn")}
        assert replacement["insertedContent"]["text"] == res["properties"]["suggestion"]
    (replacement,) = fixed["FC104"]["fixes"][0]["artifactChanges"][0]["replacements"]
    assert replacement["insertedContent"] == {"text": "110,000"}


def test_sarif_fix_applied_to_the_text_gives_the_suggestion(result: ScanResult) -> None:
    from test_reporters import TEXTS

    log = json.loads(render("sarif", result, context()))
    for res in log["runs"][0]["results"]:
        for fix in res.get("fixes", []):
            change = fix["artifactChanges"][0]
            text = TEXTS[change["artifactLocation"]["uri"].replace("m%C3%A9xico", "méxico")]
            rep = change["replacements"][0]
            region = rep["deletedRegion"]
            line = text.splitlines()[region["startLine"] - 1]
            before, after = line[: region["startColumn"] - 1], line[region["endColumn"] - 1:]
            snippet = res["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
            assert line[region["startColumn"] - 1: region["endColumn"] - 1] == snippet
            inserted = rep["insertedContent"]["text"]
            assert (before + inserted + after).count(inserted) >= 1


def test_every_ci_format_is_registered() -> None:
    assert {"junit", "gitlab", "checkstyle"} <= set(REPORTERS)
    assert os.path.exists(SCHEMAS / "junit.xsd")


@pytest.mark.parametrize(("config", "help_uri"), [
    pytest.param('rule-docs-url = "https://desk.example/rules/{code}.md"\n',
                 "https://desk.example/rules/FC104.md", id="from-the-configuration"),
    pytest.param("", None, id="none-when-nothing-says-where"),
])
def test_sarif_scan_help_uri_and_a_fix_that_keeps_currency_and_scale(
        config: str, help_uri: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.command import ScanRequest, run_scan
    from factcheck.docs import ENV_RULE_DOCS_URL

    monkeypatch.delenv(ENV_RULE_DOCS_URL, raising=False)
    monkeypatch.setattr("factcheck.docs.project_urls", lambda: {})
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".factcheck.toml").write_text(config)
    (tmp_path / "budget.md").write_text("Spending reached $41,00 million last year.\n")
    run_scan(ScanRequest(paths=["budget.md"], fmt="sarif", output="out.sarif"))
    log = json.loads((tmp_path / "out.sarif").read_text())
    sarif_validator().validate(log)
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["FC104"].get("helpUri") == help_uri
    (result,) = log["runs"][0]["results"]
    (fix,) = result["fixes"]
    (replacement,) = fix["artifactChanges"][0]["replacements"]
    assert replacement["insertedContent"] == {"text": "$41,000 million"}
