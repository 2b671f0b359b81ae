"""Tests of the output formats: golden files for every reporter, plus format-specific checks.

Regenerate the golden files with ``UPDATE_GOLDEN=1 pytest tests/test_reporters.py`` and
read the diff before committing it.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from factcheck.models import Expected, Finding, Location, ScanResult, SourceRef, Summary
from factcheck.reporters import REPORTERS, render
from factcheck.reporters.base import ReportContext, RuleInfo
from factcheck.reporters.github import escape_data, escape_property
from factcheck.reporters.json_ import plain_number
from factcheck.reporters.sarif import fingerprint

HERE = Path(__file__).parent
GOLDEN = HERE / "golden" / "reporters"
SARIF_SCHEMA = HERE / "schemas" / "sarif-schema-2.1.0.json"

RULES: dict[str, RuleInfo] = {
    code: RuleInfo(code, name, severity, summary, doc)
    for code, name, severity, summary, doc in [
        ("FC100", "verified", "info", "The number matches a registry figure.", ""),
        (
            "FC101",
            "value-mismatch",
            "error",
            "The number differs from the registry figure.",
            "Flags a stated number whose interval does not overlap the figure's.\n\n"
            "Example: “roughly 200,000 migrants” when the figure is 269,735.",
        ),
        ("FC102", "hedge-mismatch", "error", "The hedge contradicts the figure's qualifier.", ""),
        ("FC103", "period-mismatch", "error", "The number belongs to another period.", ""),
        ("FC104", "malformed-number", "error", "The number is written wrongly.", ""),
        ("FC105", "bad-conversion", "error", "A unit conversion is wrong.", ""),
        ("FC106", "source-conflict", "warning", "The sources of the figure disagree.", ""),
        ("FC107", "unsourced", "info", "The statistic is not in the registry.", ""),
        ("FC108", "inconsistent", "warning", "Drafts state the same figure differently.", ""),
        ("FC109", "unused-suppression", "info", "A suppression comment suppresses nothing.", ""),
    ]
}

GAZA = "drafts/gaza.md"
MEXICO = "drafts/méxico.md"
NOTES = "drafts/notes.txt"  # has findings but no text in ctx.texts

TEXTS = {
    GAZA: (
        "# Gaza — the toll\n"
        "\n"
        "Gaza’s health ministry says nearly 110,000 people have been killed.\n"
        "Officials said more than 110,000 people had died; a caption read “110,00”.\n"
        "In 2022, 6,000 people crossed the border every day.\n"
    ),
    MEXICO: (
        "Migración 🌎: roughly 200,000 migrants were apprehended in September.\n"
        "The shipment weighed 50,000 tons (4,500 tonnes).\n"
        "The army says 635 soldiers died; inflation hit 7.8% in 2023 <script>alert(1)</script>.\n"
        "<!-- factcheck: ignore FC101 --> Officials said 6,500 people crossed daily.\n"
    ),
}

GAZA_SOURCE = SourceRef(
    document="seeds/000_e83ba781ee059829.txt",
    publisher="Gaza Health Ministry",
    quote="nearly 110,000 people",
    value=110000.0,
)


def where(path: str, needle: str, occurrence: int = 0) -> dict[str, Any]:
    """Offsets, 1-based line/column and the line as context of ``needle`` in a sample text."""
    text = TEXTS[path]
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    end = start + len(needle)
    line = text.count("\n", 0, start) + 1
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return {
        "path": path,
        "line": line,
        "column": start - line_start + 1,
        "end_line": line,
        "end_column": end - line_start + 1,
        "text": needle,
        "start": start,
        "end": end,
        "context": text[line_start:line_end],
    }


def location(path: str, needle: str, occurrence: int = 0) -> Location:
    w = where(path, needle, occurrence)
    return Location(
        **{k: w[k] for k in ("path", "line", "column", "end_line", "end_column", "text")}
    )


def finding(
    path: str, needle: str, code: str, message: str, occurrence: int = 0, **extra: Any
) -> Finding:
    rule = RULES[code]
    fields = where(path, needle, occurrence)
    fields.update(code=code, rule=rule.name, kind=rule.name, severity=rule.severity)
    fields.update(message=message, **extra)
    return Finding(**fields)


def sample_findings() -> list[Finding]:
    return [
        finding(
            GAZA,
            "110,000",
            "FC100",
            "Matches gaza_deaths (nearly 110,000 people)",
            figure="gaza_deaths",
            expected=Expected(value=110000.0, unit="people", qualifier="nearly"),
            sources=(GAZA_SOURCE,),
            stated_value=110000.0,
            stated_unit="people",
            hedge="nearly",
            reasons=("keyword “killed”", "unit people"),
            score=0.93,
        ),
        finding(
            GAZA,
            "110,000",
            "FC102",
            "Says “more than 110,000” but the figure is “nearly 110,000”",
            occurrence=1,
            figure="gaza_deaths",
            expected=Expected(value=110000.0, unit="people", qualifier="nearly"),
            sources=(GAZA_SOURCE,),
            stated_value=110000.0,
            stated_unit="people",
            hedge="more-than",
            suggestion="nearly 110,000",
            reasons=("keyword “died”",),
            score=0.88,
        ),
        finding(
            GAZA,
            "110,00",
            "FC104",
            "“110,00” is malformed: did you mean 110,000 or 11,000?",
            occurrence=2,
            figure="gaza_deaths",
            suggestion="110,000",
            expected=Expected(value=110000.0, unit="people", qualifier="nearly"),
            sources=(GAZA_SOURCE,),
        ),
        finding(
            GAZA,
            "6,000",
            "FC103",
            "6,000 a day is the figure for 2023-09, not 2022",
            figure="southern_crossings_daily",
            stated_value=6000.0,
            stated_unit="people",
            expected=Expected(value=6000.0, unit="people", qualifier="exact"),
            sources=(
                SourceRef(
                    document="seeds/000_e83ba781ee059829.txt",
                    publisher="The New York Times",
                    quote="Mexican officials said 6,000 people were crossing its "
                    "southern border every day.",
                    value=6000.0,
                ),
            ),
        ),
        finding(
            MEXICO,
            "200,000",
            "FC101",
            "Stated 200,000, but the figure is 269,735: off by 26%\nCheck the CBP monthly table.",
            figure="border_apprehensions_2023_09",
            stated_value=200000.0,
            hedge="about",
            stated_unit="migrants",
            expected=Expected(value=269735.0, unit="migrants", qualifier="exact"),
            sources=(
                SourceRef(
                    document="https://www.cbp.gov/newsroom/stats",
                    publisher="U.S. Customs and Border Protection",
                    quote="269,735 encounters in September 2023",
                    value=269735.0,
                ),
            ),
        ),
        finding(
            MEXICO,
            "4,500 tonnes",
            "FC105",
            "50,000 short tons is 45,359.2 tonnes, not 4,500 tonnes (off by a factor of 10)",
            stated_value=4500.0,
            stated_unit="metric_ton",
            suggestion="45,000 tonnes",
            expected=Expected(value=45359.237, unit="metric_ton", qualifier="exact"),
        ),
        finding(
            MEXICO,
            "635",
            "FC106",
            "Sources disagree on soldiers killed: the IDF says 635, Haaretz says 705",
            figure="idf_soldiers_killed",
            stated_value=635.0,
            sources=(
                SourceRef(
                    document="seeds/003_c264aaa1d5a4fdb2.txt",
                    publisher="IDF",
                    quote="635 soldiers",
                    value=635.0,
                ),
                SourceRef(
                    document="seeds/004_90deb59fa38b0b85.txt",
                    publisher="Haaretz",
                    quote="705 soldiers & officers",
                    value=705.0,
                ),
            ),
        ),
        finding(
            MEXICO,
            "7.8%",
            "FC107",
            "7.8% is not in the registry: add a source",
            stated_value=7.8,
            stated_unit="percent",
        ),
        finding(MEXICO, "ignore FC101", "FC109", "Suppression of FC101 is unused"),
        finding(
            MEXICO,
            "6,500",
            "FC108",
            "This draft says 6,500 people a day; drafts/gaza.md says 6,000",
            stated_value=6500.0,
            related=(location(GAZA, "6,000"),),
        ),
        finding(MEXICO, "6,500", "FC107", "6,500 is not in the registry", stated_value=6500.0),
        Finding(
            path=NOTES,
            line=3,
            column=5,
            end_line=3,
            end_column=8,
            text="42%",
            code="FC107",
            rule="unsourced",
            kind="unsourced",
            severity="info",
            message="42% is not in the registry",
            context="Turnout was 42% & rising.",
        ),
    ]


def summarize(findings: list[Finding]) -> Summary:
    return Summary(
        files=3,
        quantities=17,
        statistics=13,
        findings=len(findings),
        by_severity=dict(Counter(f.severity for f in findings)),
        by_kind=dict(Counter(f.kind for f in findings)),
    )


@pytest.fixture
def result() -> ScanResult:
    findings = sample_findings()
    return ScanResult(findings=tuple(findings), summary=summarize(findings))


def context(**overrides: Any) -> ReportContext:
    base: dict[str, Any] = {"rules": RULES, "version": "0.1.0", "texts": TEXTS, "width": 100}
    base.update(overrides)
    return ReportContext(**base)


# --- golden files -------------------------------------------------------------------------

GOLDEN_CASES: dict[str, tuple[str, dict[str, Any]]] = {
    "console.txt": ("console", {}),
    "console-verbose.txt": ("console", {"show_verified": True, "explain": True}),
    "concise.txt": ("concise", {}),
    "json.json": ("json", {}),
    "json-explain.json": ("json", {"explain": True}),
    "jsonl.jsonl": ("jsonl", {}),
    "sarif.sarif": ("sarif", {}),
    "github.txt": ("github", {}),
    "html.html": ("html", {"show_verified": True, "explain": True}),
}


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
    assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1"
    assert actual == path.read_bytes().decode("utf-8"), f"{name} differs"


@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_golden(name: str, result: ScanResult, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    fmt, overrides = GOLDEN_CASES[name]
    check_golden(name, render(fmt, result, context(**overrides)))


def test_golden_step_summary(
    result: ScanResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    render("github", result, context())
    check_golden("github-summary.md", summary.read_text(encoding="utf-8"))


# --- the registry of formats ----------------------------------------------------------------


def test_reporters_keys() -> None:
    assert list(REPORTERS) == ["console", "concise", "json", "jsonl", "sarif", "github", "html",
                               "junit", "gitlab", "checkstyle", "claimreview"]


def test_unknown_format(result: ScanResult) -> None:
    with pytest.raises(KeyError, match="unknown format 'xml'"):
        render("xml", result, context())


@pytest.mark.parametrize("name", list(REPORTERS))
def test_empty_result(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    empty = ScanResult(findings=(), summary=summarize([]))
    out = render(name, empty, context(texts={}))
    assert isinstance(out, str)
    if name in ("concise", "jsonl", "github"):
        assert out == ""


def test_console_import_is_lazy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, factcheck.models; before = 'rich' in sys.modules; "
        "import factcheck.reporters; print(before or 'rich' not in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


# --- json and jsonl ---------------------------------------------------------------------------

FIRST_KEYS = [
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "text",
    "code",
    "kind",
    "severity",
    "message",
    "figure",
    "expected",
    "sources",
]
EXTRA_KEYS = ["rule", "stated_value", "stated_unit", "hedge", "context", "suggestion", "related"]


def test_json_shape(result: ScanResult) -> None:
    out = render("json", result, context())
    assert out.endswith("}\n")
    assert '\n  "findings": [' in out  # indented by 2
    data = json.loads(out)
    assert list(data) == ["version", "findings", "summary"]
    assert data["version"] == 1
    assert len(data["findings"]) == len(result.findings)  # json includes verified
    for item in data["findings"]:
        assert list(item) == FIRST_KEYS + EXTRA_KEYS
    assert list(data["summary"]) == [
        "files",
        "quantities",
        "statistics",
        "findings",
        "by_severity",
        "by_kind",
        "verified",
    ]
    first = data["findings"][0]
    assert first["expected"] == {"value": 110000, "unit": "people", "qualifier": "nearly"}
    assert first["sources"][0] == {
        "document": "seeds/000_e83ba781ee059829.txt",
        "publisher": "Gaza Health Ministry",
        "quote": "nearly 110,000 people",
        "value": 110000,
    }
    assert '"value": 110000,' in out and "110000.0" not in out
    assert data["findings"][7]["stated_value"] == 7.8
    assert data["findings"][9]["related"][0]["path"] == GAZA


def test_json_explain(result: ScanResult) -> None:
    data = json.loads(render("json", result, context(explain=True)))
    assert list(data["findings"][0]) == [*FIRST_KEYS, *EXTRA_KEYS, "reasons", "score"]
    assert data["findings"][0]["reasons"] == ["keyword “killed”", "unit people"]
    assert data["findings"][0]["score"] == 0.93


def test_plain_number() -> None:
    assert plain_number(110000.0) == 110000 and isinstance(plain_number(110000.0), int)
    assert plain_number(7.8) == 7.8
    assert plain_number(None) is None
    assert plain_number(float("nan")) is None
    assert plain_number(3) == 3


def test_jsonl_matches_json(result: ScanResult) -> None:
    for explain in (False, True):
        out = render("jsonl", result, context(explain=explain))
        lines = out.splitlines()
        assert out.endswith("\n") and len(lines) == len(result.findings)
        whole = json.loads(render("json", result, context(explain=explain)))["findings"]
        assert [json.loads(line) for line in lines] == whole
        assert all(": " not in line[:20] for line in lines)  # compact


# --- concise ------------------------------------------------------------------------------------


def test_concise_lines(result: ScanResult) -> None:
    lines = render("concise", result, context()).splitlines()
    shown = [f for f in result.findings if f.kind != "verified"]
    assert len(lines) == len(shown)
    assert lines[0] == (
        "drafts/gaza.md:4:26: FC102 Says “more than 110,000” but the figure is “nearly 110,000”"
    )
    assert lines[3] == (
        "drafts/méxico.md:1:22: FC101 Stated 200,000, but the figure is 269,735: off by 26% "
        "Check the CBP monthly table."
    )
    for line, f in zip(lines, shown, strict=True):
        assert re.match(rf"^{re.escape(f.path)}:\d+:\d+: FC1\d\d \S", line)
    verbose = render("concise", result, context(show_verified=True)).splitlines()
    assert verbose[0].startswith("drafts/gaza.md:3:36: FC100 ")


# --- sarif ----------------------------------------------------------------------------------------


def sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft7Validator)
    cls.check_schema(schema)
    return cls(schema)


def test_sarif_validates(result: ScanResult) -> None:
    log = json.loads(render("sarif", result, context()))
    errors = sorted(sarif_validator().iter_errors(log), key=str)
    assert not errors, "\n".join(e.message for e in errors[:5])


def test_sarif_schema_rejects_garbage() -> None:
    errors = list(sarif_validator().iter_errors({"version": "2.1.0", "runs": [{"tool": {}}]}))
    assert errors


def test_sarif_content(result: ScanResult) -> None:
    log = json.loads(render("sarif", result, context()))
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json")
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "factcheck" and driver["version"] == "0.1.0"
    assert "informationUri" not in driver  # no home page known: none invented
    home = json.loads(render("sarif", result, context(information_uri="https://example.org/fc")))
    assert home["runs"][0]["tool"]["driver"]["informationUri"] == "https://example.org/fc"
    rules = driver["rules"]
    assert [r["id"] for r in rules] == sorted(RULES)
    assert rules[1]["name"] == "value-mismatch"
    assert rules[1]["defaultConfiguration"] == {"level": "error"}
    assert rules[6]["defaultConfiguration"] == {"level": "warning"}
    assert rules[7]["defaultConfiguration"] == {"level": "note"}
    assert rules[1]["fullDescription"]["text"].startswith("Flags a stated number")
    results = run["results"]
    assert len(results) == len(result.findings)
    for res, f in zip(results, result.findings, strict=True):
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"] == f.code
        region = res["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (f.line, f.column)
        assert (region["endLine"], region["endColumn"]) == (f.end_line, f.end_column)
        assert region["snippet"]["text"] == f.text
        assert res["properties"]["kind"] == f.kind
    assert results[0]["kind"] == "pass" and results[0]["level"] == "none"
    assert [r["level"] for r in results[1:]] == [
        "error",
        "error",
        "error",
        "error",
        "error",
        "warning",
        "note",
        "note",
        "warning",
        "note",
        "note",
    ]
    artifact = results[4]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": "drafts/m%C3%A9xico.md", "uriBaseId": "SRCROOT"}
    assert results[4]["message"]["text"].endswith("off by 26%\nCheck the CBP monthly table.")
    assert results[0]["properties"]["expected"] == {
        "value": 110000,
        "unit": "people",
        "qualifier": "nearly",
    }
    related = results[9]["relatedLocations"]
    assert related[0]["physicalLocation"]["artifactLocation"]["uri"] == GAZA
    assert related[0]["physicalLocation"]["region"]["startLine"] == 5
    fingerprints = [r["partialFingerprints"]["factcheck/v1"] for r in results]
    assert len(set(fingerprints)) == len(fingerprints)


def test_sarif_fingerprint_is_stable(result: ScanResult) -> None:
    f = result.findings[4]
    moved = f.model_copy(
        update={
            "line": f.line + 10,
            "end_line": f.end_line + 10,
            "start": f.start + 300,
            "message": "reworded",
        }
    )
    assert fingerprint(moved) == fingerprint(f)
    assert fingerprint(f.model_copy(update={"figure": "other"})) != fingerprint(f)


def test_sarif_unknown_rule_gets_descriptor(result: ScanResult) -> None:
    log = json.loads(render("sarif", result, context(rules={})))
    assert not list(sarif_validator().iter_errors(log))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    for res in log["runs"][0]["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]


def test_sarif_absolute_paths() -> None:
    from factcheck.reporters.sarif import artifact_uri

    assert artifact_uri("/home/ed/a b.md") == ("file:///home/ed/a%20b.md", None)
    assert artifact_uri("C:\\drafts\\a.md") == ("file:///C:/drafts/a.md", None)
    assert artifact_uri(".\\drafts\\a.md") == ("drafts/a.md", "SRCROOT")


# --- github ---------------------------------------------------------------------------------------


def test_github_commands(result: ScanResult, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    lines = render("github", result, context()).splitlines()
    assert len(lines) == len(result.findings) - 1  # verified hidden
    assert lines[0] == (
        "::error file=drafts/gaza.md,line=4,col=26,endLine=4,endColumn=33,"
        "title=factcheck FC102::Says “more than 110,000” but the figure is “nearly 110,000”"
    )
    assert lines[3] == (
        "::error file=drafts/méxico.md,line=1,col=22,endLine=1,endColumn=29,"
        "title=factcheck FC101::Stated 200,000, but the figure is 269,735: off by 26%25%0A"
        "Check the CBP monthly table."
    )
    assert lines[5].startswith("::warning file=drafts/méxico.md,line=3,col=15,")
    assert lines[6].startswith("::notice file=drafts/méxico.md,line=3,col=")
    assert [line.split(" ", 1)[0] for line in lines] == [
        "::error",
        "::error",
        "::error",
        "::error",
        "::error",
        "::warning",
        "::notice",
        "::notice",
        "::warning",
        "::notice",
        "::notice",
    ]
    shown = render("github", result, context(show_verified=True)).splitlines()
    assert shown[0].startswith("::notice file=drafts/gaza.md,line=3,col=36,")


def test_github_escaping() -> None:
    assert escape_data("a%b\r\nc: d, e") == "a%25b%0D%0Ac: d, e"
    assert escape_property("a%b\r\nc: d, e") == "a%25b%0D%0Ac%3A d%2C e"
    odd = Finding(
        path="dir,x/a:b.md",
        line=1,
        column=1,
        end_line=1,
        end_column=2,
        text="5",
        code="FC107",
        rule="unsourced",
        kind="unsourced",
        severity="info",
        message="100% sure, really: yes",
    )
    out = render("github", ScanResult(findings=(odd,), summary=summarize([odd])), context())
    assert out == (
        "::notice file=dir%2Cx/a%3Ab.md,line=1,col=1,endLine=1,endColumn=2,"
        "title=factcheck FC107::100%25 sure, really: yes\n"
    )


def test_github_step_summary_appends(
    result: ScanResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "step_summary.md"
    summary.write_text("# Earlier step\n\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    out = render("github", result, context())
    assert out.startswith("::error ")
    render("github", result, context())
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# Earlier step\n\n## factcheck report\n")
    assert text.count("## factcheck report") == 2
    lines = text.splitlines()
    assert "| File | Line | Severity | Code | Message |" in lines
    assert (
        "**11 problems** (5 errors, 2 warnings, 4 info) · 3 files scanned, 13 statistics "
        "checked" in lines
    )
    assert (
        "| drafts/méxico.md | 1 | error | FC101 | Stated 200,000, but the figure is "
        "269,735: off by 26%<br>Check the CBP monthly table. |"
    ) in lines
    rows = [line for line in lines if line.startswith("| drafts/")]
    assert len(rows) == 2 * 11


def test_github_step_summary_escapes_pipes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "s.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    odd = Finding(
        path="a|b.md",
        line=2,
        column=1,
        end_line=2,
        end_column=2,
        text="5",
        code="FC107",
        rule="unsourced",
        kind="unsourced",
        severity="info",
        message="x | y <b>",
    )
    render("github", ScanResult(findings=(odd,), summary=summarize([odd])), context())
    assert "| a\\|b.md | 2 | info | FC107 | x \\| y &lt;b&gt; |" in summary.read_text("utf-8")


def test_github_without_step_summary(
    result: ScanResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.chdir(tmp_path)
    render("github", result, context())
    assert list(tmp_path.iterdir()) == []


# --- console --------------------------------------------------------------------------------------


def test_console_plain(result: ScanResult) -> None:
    out = render("console", result, context())
    assert "\x1b" not in out
    assert "drafts/gaza.md:4:26  error  FC102  Says “more than 110,000”" in out
    assert "FC100" not in out  # verified hidden by default
    assert "expected: 110,000 people (nearly) — figure gaza_deaths" in out
    assert "Gaza Health Ministry, seeds/000_e83ba781ee059829.txt: “nearly 110,000 people”" in out
    assert "reasons:" not in out
    assert out.endswith(
        "\nFound 11 problems (5 errors, 2 warnings, 4 info) in 3 files.\n"
        "3 files scanned, 13 statistics checked, 1 verified (hidden).\n"
    )
    lines = out.splitlines()
    sentence = lines.index(
        "      │ Officials said more than 110,000 people had died; a caption read “110,00”."
    )
    assert lines[sentence + 1] == "      │" + " " * 26 + "^^^^^^^"


def test_console_verbose(result: ScanResult) -> None:
    out = render("console", result, context(show_verified=True, explain=True))
    assert "drafts/gaza.md:3:36  ok  FC100  Matches gaza_deaths" in out
    assert "reasons: keyword “killed”; unit people" in out
    assert "score: 0.93" in out


def test_console_color(result: ScanResult) -> None:
    out = render("console", result, context(color=True))
    assert "\x1b[" in out
    assert "\x1b[1;31merror" in out or "\x1b[31;1merror" in out


def test_console_without_texts(result: ScanResult) -> None:
    out = render("console", result, context(texts={}))
    assert "      │ Officials said more than 110,000" in out


def test_console_nothing_found() -> None:
    empty = ScanResult(findings=(), summary=summarize([]))
    assert render("console", empty, context()).startswith("✓ No problems found")


# --- html -----------------------------------------------------------------------------------------


class _Checker(HTMLParser):
    """Collects marks, ids and links, and checks that every tag is closed in order."""

    VOID = frozenset({"meta", "br", "input", "link", "img", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.marks: list[dict[str, str | None]] = []
        self.srcs: list[str] = []
        self.mark_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(str(a["id"]))
        if a.get("href"):
            self.hrefs.append(str(a["href"]))
        if a.get("src"):
            self.srcs.append(str(a["src"]))
        if tag == "mark":
            assert self.mark_depth == 0, "nested marks"
            self.mark_depth += 1
            if a.get("id"):  # highlights in drafts; the legend's marks have no id
                self.marks.append(a)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        if tag == "mark":
            self.mark_depth -= 1


def parse_html(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.stack == []
    return checker


def test_html_structure(result: ScanResult) -> None:
    page = render("html", result, context(show_verified=True, explain=True))
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>factcheck report</title>" in page
    checker = parse_html(page)
    # Every finding of a file with text is highlighted, except the duplicate span (6,500).
    assert len(checker.marks) == len([f for f in result.findings if f.path != NOTES]) - 1
    classes = [m["class"] for m in checker.marks]
    assert classes[0] == "v-verified k-verified"
    assert "v-error k-value-mismatch" in classes
    assert "v-warning k-inconsistent" in classes  # the worst verdict of the duplicate span
    assert len(checker.ids) == len(set(checker.ids))
    for href in checker.hrefs:  # every link is an anchor on the page
        assert href.startswith("#") and href[1:] in checker.ids, href
    assert checker.srcs == []
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert 'id="f-12"' in page  # the file without text still has its card
    assert "The text of this file is not available." in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "705 soldiers &amp; officers" in page
    assert "“110,00”" in page and "match score 0.93" in page
    assert '<a href="#m-4">drafts/gaza.md:5:10</a> <q>6,000</q>' in page  # related, linked
    assert (
        'href="#f-10">6,500</a></mark><sup class="refs"><a href="#f-10">10</a>'
        '<a href="#f-11">11</a></sup>' in page
    )


def test_html_hides_verified(result: ScanResult) -> None:
    page = render("html", result, context())
    checker = parse_html(page)
    assert all("v-verified" not in str(m["class"]) for m in checker.marks)
    assert "1 verified (hidden)" in page
    assert "match score" not in page


def test_html_overlaps_do_not_break_markup() -> None:
    text = "one 12,345 two 345 three"
    base = {
        "path": "x.md",
        "line": 1,
        "end_line": 1,
        "code": "FC107",
        "rule": "unsourced",
        "kind": "unsourced",
        "severity": "info",
        "message": "m",
    }
    spans = [(4, 10), (4, 10), (7, 10), (6, 12), (15, 18), (0, 0), (20, 99), (18, 15)]
    findings = [
        Finding(
            **base,
            column=s + 1,
            end_column=e + 1,
            text=text[s:e] if e <= 24 else "?",
            start=s,
            end=e,
        )
        for s, e in spans
    ]
    page = render(
        "html",
        ScanResult(findings=tuple(findings), summary=summarize(findings)),
        context(texts={"x.md": text}),
    )
    checker = parse_html(page)
    assert len(checker.marks) == 2
    assert page.count('class="card ') == len(findings)


def test_html_places_numbers_by_line_and_column() -> None:
    text = "First line.\nThe toll is 1,234 — or 5,678.\n"
    base = {
        "path": "x.md",
        "line": 2,
        "end_line": 2,
        "code": "FC107",
        "rule": "unsourced",
        "kind": "unsourced",
        "severity": "info",
        "message": "m",
    }
    findings = [
        # no offsets at all: found by line 2, column 13
        Finding(**base, column=13, end_column=18, text="1,234"),
        # offsets of some other text: the line and column win
        Finding(**base, column=24, end_column=29, text="5,678", start=3, end=8),
    ]
    page = render(
        "html",
        ScanResult(findings=tuple(findings), summary=summarize(findings)),
        context(texts={"x.md": text}),
    )
    assert '<a href="#f-1">1,234</a></mark>' in page
    assert '<a href="#f-2">5,678</a></mark>' in page
    assert len(parse_html(page).marks) == 2


# --- html: file order and the true verified count ------------------------------------------


def test_html_report_puts_files_with_errors_first_and_counts_hidden_verified(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from factcheck.command import ScanRequest, run_scan
    from factcheck.starter import init_project

    init_project(tmp_path, "starter")
    monkeypatch.chdir(tmp_path)
    drafts = {
        "a-verified.md": "Riverton buses and trams carried 12.4 million trips in 2024.\n",
        "b-info.md": "The city hired 340 new drivers last spring.\n",
        "c-error.md": "Riverton buses and trams carried 12.4 million trips in 2024.\n\n"
                      "Weekday ridership on the busiest route averaged 41,00 passengers.\n",
    }
    for name, text in drafts.items():
        (tmp_path / name).write_text(text)
    run_scan(ScanRequest(paths=sorted(drafts), fmt="html", output="report.html", jobs=1))
    page = (tmp_path / "report.html").read_text()
    nav = re.search(r'<nav class="files">(.*?)</nav>', page).group(1)
    listed = re.findall(r"<li[^>]*>(?:<a [^>]*>)?([\w.-]+\.md)", nav)
    assert listed == ["c-error.md", "b-info.md", "a-verified.md"]
    sections = re.findall(r'<section class="file" id="file-\d+">\s*<h2><span>([\w.-]+)', page)
    assert sections == ["c-error.md", "b-info.md"]
    assert '<span class="chip v-verified">2 verified (hidden)</span>' in page  # both 12.4 millions


def test_github_step_summary_counts_hidden_verified_numbers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "s.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    hidden = Summary(files=1, quantities=3, statistics=3, findings=0, by_severity={}, by_kind={},
                     verified=3)
    render("github", ScanResult(findings=(), summary=hidden), context())
    said = summary.read_text("utf-8")
    assert "**No problems found** · 1 file scanned, 3 statistics checked · 3 verified" in said
