"""FC117 outdated: an earlier estimate of a revised figure, against the starter registry's
revised figure (`factcheck init`): Riverton's February 2026 jobs, first estimated at 1,870
(2026-03-06), revised to 1,570 (2026-04-03), then 1,650 in the final estimate (2026-05-01)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from factcheck.decide import Policy
from factcheck.models import Finding
from factcheck.pipeline import Job
from factcheck.registry.load import FigureRegistry, load_registry
from factcheck.rules import RULES
from factcheck.scan import check_jobs
from factcheck.starter import STARTER_REGISTRY

FIGURE = "riverton_jobs_added_2026_02"


@pytest.fixture(scope="module")
def starter(tmp_path_factory: pytest.TempPathFactory) -> FigureRegistry:
    path = tmp_path_factory.mktemp("starter") / "figures.yaml"
    path.write_text(STARTER_REGISTRY, encoding="utf-8")
    return load_registry(path)


def scan(registry: FigureRegistry, text: str, **policy: object) -> list[Finding]:
    found = list(check_jobs([Job("a.md", text, "markdown")], registry,
                            Policy(show_verified=True, **policy)))  # type: ignore[arg-type]
    for f in found:
        assert (f.rule, f.kind) == (RULES[f.code].name, RULES[f.code].name), f
    return found


def dated(day: str, body: str) -> str:
    return f"---\ndate: {day}\n---\n{body}"


JOBS = "Riverton employers added {} jobs in February.\n"
LATE = "2026-06-15"  # after every estimate

CASES = [
    pytest.param(dated(LATE, JOBS.format("1,870")), [(4, 26, "FC117")],
                 id="first-estimate-months-later"),
    pytest.param(dated(LATE, JOBS.format("1,570")), [(4, 26, "FC117")],
                 id="second-estimate-after-the-final"),
    pytest.param(dated(LATE, JOBS.format("about 1,900")), [(4, 32, "FC117")],
                 id="hedged-first-estimate"),
    pytest.param(JOBS.format("1,870"), [(1, 26, "FC117")], id="undated-draft-held-to-the-newest"),
    pytest.param(dated(LATE, JOBS.format("1,650")), [(4, 26, "FC100")],
                 id="silent-newest-estimate"),
    pytest.param(dated(LATE, JOBS.format("about 1,600")), [(4, 32, "FC100")],
                 id="silent-hedged-newest"),
    pytest.param(dated("2026-03-20", JOBS.format("1,870")), [(4, 26, "FC100")],
                 id="silent-first-estimate-before-the-revision"),
    pytest.param(dated("2026-04-20", JOBS.format("1,570")), [(4, 26, "FC100")],
                 id="silent-second-estimate-before-the-final"),
    pytest.param(dated("2026-04-20", JOBS.format("1,870")), [(4, 26, "FC117")],
                 id="first-estimate-after-the-second"),
    pytest.param(dated("2026-03-20", JOBS.format("1,650")), [(4, 26, "FC100")],
                 id="silent-newest-is-never-wrong"),
    pytest.param(dated(LATE, "The first estimate put February's jobs gain in Riverton at 1,870.\n"),
                 [(4, 60, "FC100")], id="silent-names-the-first-estimate"),
    pytest.param(dated(LATE,
                       "Riverton employers initially reported adding 1,870 jobs in February.\n"),
                 [(4, 46, "FC100")], id="silent-initially-reported"),
    pytest.param(dated(LATE,
                       "Before revisions, Riverton employers added 1,870 jobs in February.\n"),
                 [(4, 44, "FC100")], id="silent-before-revisions"),
    pytest.param(dated(LATE, "A preliminary count showed Riverton employers added 1,870 jobs "
                             "in February.\n"),
                 [(4, 53, "FC100")], id="silent-preliminary"),
    pytest.param(dated(LATE, "The second estimate had Riverton employers adding 1,570 jobs "
                             "in February.\n"),
                 [(4, 51, "FC100")], id="silent-names-the-second-estimate"),
    pytest.param(dated(LATE,
                       "Riverton employers initially reported adding 1,650 jobs in February.\n"),
                 [(4, 46, "FC101")], id="named-first-estimate-misquoted"),
    pytest.param(dated(LATE, "Riverton's February jobs gain was revised to 1,650 from 1,570.\n"),
                 [(4, 46, "FC100"), (4, 57, "FC100")], id="silent-revised-to-from"),
    pytest.param(dated(LATE, "Riverton's payrolls grew by 2,010 jobs in March, up from 1,650 "
                             "in February.\n"),
                 [(4, 29, "FC107"), (4, 58, "FC100")],
                 id="silent-the-base-of-another-comparison-names-no-estimate"),
    pytest.param(dated(LATE,
                       "Riverton employers added 1,650 jobs in February, revised from 1,870.\n"),
                 [(4, 26, "FC100"), (4, 63, "FC100")], id="silent-revised-from"),
    pytest.param(dated(LATE, "Riverton employers added 1,650 jobs in February, down from a first "
                             "estimate of 1,870.\n"),
                 [(4, 26, "FC100"), (4, 80, "FC100")], id="silent-down-from-a-first-estimate"),
    pytest.param(dated(LATE, "In February, Riverton employers added 1,870 jobs before revisions "
                             "cut the gain to 1,650.\n"),
                 [(4, 39, "FC100"), (4, 83, "FC100")], id="silent-trailing-before-revisions"),
    pytest.param(dated(LATE, "Riverton employers added 1,650 jobs in February, up from 1,870 "
                             "in January.\n"),
                 [(4, 26, "FC100"), (4, 58, "FC107")],
                 id="silent-a-comparison-that-is-no-revision"),
    pytest.param(dated(LATE, "The third estimate had Riverton employers adding 1,870 jobs "
                             "in February.\n"),
                 [(4, 50, "FC101")], id="the-third-estimate-is-the-third-in-date-order"),
    pytest.param(dated(LATE, JOBS.format("1,200")), [(4, 26, "FC101")], id="value-of-no-estimate"),
    pytest.param(dated("2026-03-20", JOBS.format("1,200")), [(4, 26, "FC101")],
                 id="value-of-no-estimate-before-the-revision"),
    pytest.param(dated(LATE, "Riverton's buses and trams carried 12.4 million trips in 2024.\n"),
                 [(4, 36, "FC100")], id="silent-a-figure-without-revisions"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_outdated(starter: FigureRegistry, text: str, expected: list[tuple[int, int, str]]) -> None:
    assert [(f.line, f.column, f.code) for f in scan(starter, text)] == expected


def test_messages(starter: FigureRegistry) -> None:
    (f,) = scan(starter, dated(LATE, JOBS.format("1,870")))
    assert f.message == (f"'1,870': 1,870 was the first estimate of {FIGURE} (report of "
                         "2026-03-06); revised to 1,650 (report of 2026-05-01)")
    (f,) = scan(starter, dated("2026-04-20", JOBS.format("1,870")))
    assert f.message == (f"'1,870': 1,870 was the first estimate of {FIGURE} (report of "
                         "2026-03-06); revised to 1,570 (report of 2026-04-03)")
    (f,) = scan(starter, dated(LATE, "Riverton employers initially reported adding 1,650 jobs "
                                     "in February.\n"))
    first = "1,870 jobs in 2026-02 (the first estimate, report of 2026-03-06)"
    assert f.message == f"'1,650' does not match {FIGURE}: the registry says {first}"
    (f,) = scan(starter, dated("2026-03-20", JOBS.format("1,200")))
    assert f.message == f"'1,200' does not match {FIGURE}: the registry says {first}"
    (f,) = scan(starter, dated(LATE, "The second estimate had Riverton employers adding 1,570 jobs "
                                     "in February.\n"))
    assert f.message == (f"'1,570' agrees with {FIGURE}: 1,570 jobs in 2026-02 (the "
                         "second estimate, report of 2026-04-03)")
    (f,) = scan(starter, dated(LATE, JOBS.format("1,650")))
    assert f.message == f"'1,650' agrees with {FIGURE}: 1,650 jobs in 2026-02"


def test_an_outdated_finding_expects_the_revision(starter: FigureRegistry) -> None:
    (f,) = scan(starter, dated(LATE, JOBS.format("1,870")))
    assert (f.severity, f.figure, f.suggestion) == ("warning", FIGURE, "1,650")
    assert f.expected is not None and (f.expected.value, f.expected.unit) == (1650, "jobs")
    assert [(s.document, s.value) for s in f.sources] == [
        ("sources/riverton-jobs-report-2026-05.txt", 1650),
        ("sources/riverton-jobs-report-2026-03.txt", 1870)]


def test_a_guessed_date_does_not_excuse_an_old_estimate(starter: FigureRegistry,
                                                        tmp_path: Path) -> None:
    # A file's modification date is a guess: the draft is held to the newest estimate.
    draft = tmp_path / "old.md"
    draft.write_text(JOBS.format("1,870"), encoding="utf-8")
    os.utime(draft, (1773900000, 1773900000))  # 2026-03-19, before the first revision
    found = list(check_jobs([Job(str(draft))], starter, Policy()))
    assert [f.code for f in found] == ["FC117"]
    # --date is the draft's date when it states none: then it is held to what was known then.
    assert list(check_jobs([Job(str(draft))], starter, Policy(date=date(2026, 3, 19)))) == []


# A figure the words of a revision also fit: the size of the revision itself.
REVISION_SIZE = """\
  - id: riverton_jobs_revision_2026_02
    title: How far the estimate of Riverton's February 2026 jobs was revised down
    value: 300
    unit: jobs
    kind: count
    period: "2026-02"
    place: Riverton
    keywords: [revised, revision, reported, first, jobs, down]
    sources:
      - document: sources/riverton-jobs-report-2026-04.txt
        publisher: Riverton Statistics Office
        date: "2026-04-03"
        quote: "was revised to 1,570"
        value: 300
"""


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> FigureRegistry:
    path = tmp_path_factory.mktemp("crowded") / "figures.yaml"
    path.write_text(STARTER_REGISTRY + REVISION_SIZE, encoding="utf-8")
    return load_registry(path)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("That is well below the 1,870 jobs Riverton first reported for February.\n",
                 (1, 24, "FC100"),
                 id="named-estimate-of-another-candidate"),
    pytest.param("Riverton's February jobs gain was revised down to 1,570 from the 1,870 "
                 "first reported.\n", (1, 66, "FC100"), id="base-named-by-the-revision"),
    pytest.param("Riverton's February jobs estimate was revised down by 1,870.\n", (1, 55, "FC107"),
                 id="no-estimate-named-is-not-verified"),
])
def test_the_estimate_named_chooses_the_revised_figure(crowded: FigureRegistry, text: str,
                                                         expected: tuple[int, int, str]) -> None:
    found = [(f.line, f.column, f.code) for f in scan(crowded, dated(LATE, text))]
    assert (expected[0] + 3, *expected[1:]) in found, found
