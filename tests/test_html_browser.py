"""Open the HTML report in a real headless browser, when one is installed.

The test renders a small report, lets Chromium (or Chrome) load it from a file and dump
the DOM it built, and checks that the highlights and cards are there.  Without a browser
on PATH the test is skipped.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from factcheck.models import Expected, Finding, ScanResult, SourceRef, Summary
from factcheck.reporters import render
from factcheck.reporters.base import ReportContext, RuleInfo

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

TEXT = (
    "Gaza’s health ministry says nearly 110,000 people have been killed.\n"
    "Officials said more than 110,000 people had died; a caption read “110,00”.\n"
    "Inflation hit 7.8% <b>in</b> 2023.\n"
)


def find_browser() -> str | None:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def make_finding(
    needle: str, occurrence: int, code: str, kind: str, severity: str, message: str, **extra: Any
) -> Finding:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(needle, start + 1)
    line_start = TEXT.rfind("\n", 0, start) + 1
    line = TEXT.count("\n", 0, start) + 1
    column = start - line_start + 1
    fields: dict[str, Any] = {
        "path": "drafts/gaza.md",
        "line": line,
        "column": column,
        "end_line": line,
        "end_column": column + len(needle),
        "text": needle,
        "code": code,
        "rule": kind,
        "kind": kind,
        "severity": severity,
        "message": message,
        "start": start,
        "end": start + len(needle),
        "context": TEXT[line_start : TEXT.find("\n", start)],
    }
    return Finding(**fields, **extra)


def sample() -> tuple[ScanResult, ReportContext]:
    expected = Expected(value=110000.0, unit="people", qualifier="nearly")
    source = SourceRef(
        document="seeds/000.txt",
        publisher="Gaza Health Ministry",
        quote="nearly 110,000 people",
        value=110000.0,
    )
    findings = (
        make_finding(
            "110,000",
            0,
            "FC100",
            "verified",
            "info",
            "Matches gaza_deaths",
            figure="gaza_deaths",
            expected=expected,
            sources=(source,),
        ),
        make_finding(
            "110,000",
            1,
            "FC102",
            "hedge-mismatch",
            "error",
            "Says “more than” but the figure is “nearly”",
            figure="gaza_deaths",
            expected=expected,
            sources=(source,),
        ),
        make_finding(
            "110,00",
            2,
            "FC104",
            "malformed-number",
            "error",
            "“110,00” is malformed",
            suggestion="110,000",
        ),
        make_finding("7.8%", 0, "FC107", "unsourced", "info", "7.8% is not in the registry"),
    )
    summary = Summary(
        files=1,
        quantities=5,
        statistics=4,
        findings=len(findings),
        by_severity={"info": 2, "error": 2},
        by_kind={"verified": 1, "hedge-mismatch": 1, "malformed-number": 1, "unsourced": 1},
    )
    rules = {
        "FC100": RuleInfo("FC100", "verified", "info", "The number matches a figure."),
        "FC102": RuleInfo("FC102", "hedge-mismatch", "error", "The hedge is wrong."),
        "FC104": RuleInfo("FC104", "malformed-number", "error", "The number is malformed."),
        "FC107": RuleInfo("FC107", "unsourced", "info", "The statistic has no source."),
    }
    ctx = ReportContext(rules=rules, texts={"drafts/gaza.md": TEXT}, show_verified=True)
    return ScanResult(findings=findings, summary=summary), ctx


def browser_args(browser: str, profile: Path) -> list[str]:
    return [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
    ]


@pytest.mark.slow  # starts a headless browser
def test_html_in_browser(tmp_path: Path) -> None:
    browser = find_browser()
    if browser is None:
        pytest.skip("no chromium or chrome on PATH")
    result, ctx = sample()
    page = tmp_path / "report.html"
    page.write_text(render("html", result, ctx), encoding="utf-8")
    args = [*browser_args(browser, tmp_path / "profile"), "--dump-dom", page.as_uri()]
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=90, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:  # a browser that cannot start here
        pytest.skip(f"{browser} did not run: {error}")
    if done.returncode != 0 or "<html" not in done.stdout:
        pytest.skip(f"{browser} failed ({done.returncode}): {done.stderr[-500:]}")
    dom = done.stdout
    assert "<title>factcheck report</title>" in dom
    assert '<mark id="m-1" class="v-verified k-verified"' in dom
    assert '<mark id="m-2" class="v-error k-hedge-mismatch"' in dom
    assert '<mark id="m-3" class="v-error k-malformed-number"' in dom
    assert '<mark id="m-4" class="v-info k-unsourced"' in dom
    for n in range(1, 5):
        assert f'id="f-{n}"' in dom
    assert "&lt;b&gt;in&lt;/b&gt;" in dom  # the draft's markup stays text
    assert '<fieldset class="filters">' in dom  # the inline script ran and showed the filters
