"""Tests of suppression directives inside drafts: each form, each error, unused reporting."""

from __future__ import annotations

import pytest

from factcheck.documents.load import parse_document
from factcheck.models import Finding
from factcheck.suppress import Suppression, apply_suppressions, parse_suppressions

NAMES = {
    "value-mismatch": "FC101",
    "hedge-mismatch": "FC102",
    "unsourced": "FC105",
    "unused-suppression": "FC109",
}


def finding(line: int, code: str = "FC101") -> Finding:
    rule = {v: k for k, v in NAMES.items()}.get(code, "value-mismatch")
    return Finding(
        path="d.md", line=line, column=1, end_line=line, end_column=2, text="5", code=code,
        rule=rule, kind="value-mismatch", severity="error", message="m",
    )  # fmt: skip


def parse(
    source: str, fmt: str = "markdown"
) -> tuple[list[Suppression], list[tuple[int, int, str]]]:
    return parse_suppressions(parse_document(source, "d", fmt), names=NAMES)


def spans(sups: list[Suppression]) -> list[tuple[str, tuple[str, ...], int, int]]:
    return [(s.kind, tuple(sorted(s.codes)), s.start_line, s.end_line) for s in sups]


# --- forms ------------------------------------------------------------------------------------

FORMS = [
    pytest.param(
        "<!-- factcheck: ignore FC101 -->\nThe 5%.\n",
        "markdown",
        [("line", ("FC101",), 2, 2)],
        id="own-line-next-line",
    ),
    pytest.param(
        "<!-- factcheck: ignore FC101 -->\n\n\nThe 5%.\n",
        "markdown",
        [("line", ("FC101",), 4, 4)],
        id="skips-blank-lines",
    ),
    pytest.param(
        "<!-- factcheck: ignore FC101 -->\n<!-- factcheck: ignore FC102 -->\nThe 5%.\n",
        "markdown",
        [("line", ("FC101",), 3, 3), ("line", ("FC102",), 3, 3)],
        id="stacked-directives",
    ),
    pytest.param(
        "Intro.\nThe 5%. <!-- factcheck: ignore value-mismatch -->\nNext 6.\n",
        "markdown",
        [("line", ("FC101",), 2, 2)],
        id="end-of-line-by-name",
    ),
    pytest.param(
        "<!-- factcheck: ignore FC101 --> The 5%.\n",
        "markdown",
        [("line", ("FC101",), 1, 1)],
        id="start-of-line-text-after",
    ),
    pytest.param(
        "<!-- factcheck: ignore -->\nThe 5%.\n",
        "markdown",
        [("line", (), 2, 2)],
        id="no-codes-means-all",
    ),
    pytest.param(
        "<!-- factcheck: ignore all -- agreed with desk -->\nThe 5%.\n",
        "markdown",
        [("line", (), 2, 2)],
        id="all",
    ),
    pytest.param(
        "<!-- factcheck: ignore FC101, hedge_mismatch FC105 -->\nThe 5%.\n",
        "markdown",
        [("line", ("FC101", "FC102", "FC105"), 2, 2)],
        id="code-list",
    ),
    pytest.param(
        "A.\n<!-- factcheck: off -->\nB.\nC.\n<!-- factcheck: on -->\nD.\n",
        "markdown",
        [("block", (), 3, 5)],
        id="off-on",
    ),
    pytest.param(
        "A.\n<!-- factcheck: off FC105 -->\nB.\n",
        "markdown",
        [("block", ("FC105",), 3, 3)],
        id="off-to-end-of-file",
    ),
    pytest.param(
        "<!-- factcheck: off FC101 FC105 -->\nB.\n<!-- factcheck: on FC105 -->\nC.\n<!-- "
        "factcheck: on -->\n", "markdown",
        [("block", ("FC101", "FC105"), 2, 3), ("block", ("FC101",), 4, 5)],
        id="partial-on",
    ),
    pytest.param(
        "A.\n\nB.\n<!-- factcheck: ignore-file unsourced -->\n",
        "markdown",
        [("file", ("FC105",), 1, 4)],
        id="ignore-file",
    ),
    pytest.param(
        "<p>A 5 <!-- factcheck: ignore FC101 --></p>\n<!-- factcheck: ignore-file -->",
        "html",
        [("line", ("FC101",), 1, 1), ("file", (), 1, 2)],
        id="html",
    ),
    pytest.param(
        "# factcheck: ignore FC101 -- known typo\nNearly 110,00 died.\n// factcheck: off\nx\n",
        "text",
        [("line", ("FC101",), 2, 2), ("block", (), 4, 4)],
        id="plain-text-lines",
    ),
    pytest.param(
        "<!--\n  factcheck: ignore FC101\n-->\nThe 5%.\n",
        "markdown",
        [("line", ("FC101",), 4, 4)],
        id="multi-line-comment",
    ),
    pytest.param(
        "<!-- FACTCHECK: Ignore fc101 -->\nThe 5%.\n",
        "markdown",
        [("line", ("FC101",), 2, 2)],
        id="case-insensitive",
    ),
]


@pytest.mark.parametrize(("source", "fmt", "expected"), FORMS)
def test_suppression_forms(source: str, fmt: str, expected: list[tuple[object, ...]]) -> None:
    sups, problems = parse(source, fmt)
    assert problems == []
    assert spans(sups) == expected


def test_reason_and_directive_position() -> None:
    (sup,), _ = parse(
        "Intro.\n\n  <!-- factcheck: ignore FC101 -- checked with the desk -->\nx 5\n"
    )
    assert (sup.reason, sup.directive_line, sup.directive_column) == ("checked with the desk", 3, 3)
    (sup,), _ = parse("<!-- factcheck: ignore FC101 -->\nx\n")
    assert sup.reason is None


def test_directive_in_code_is_not_a_suppression() -> None:
    assert parse("```\n<!-- factcheck: ignore-file -->\n```\n") == ([], [])


# --- errors ---------------------------------------------------------------------------------------

ERRORS = [
    pytest.param("<!-- factcheck: ignroe FC101 -->",
                 (1, 1, "unknown factcheck directive 'ignroe' (did you mean 'ignore'?)"),
                 id="typo"),
    pytest.param("<!-- factcheck: skip -->",
                 (1, 1, "unknown factcheck directive 'skip' (expected ignore, "
                        "ignore-file, off or on)"), id="unknown-word"),
    pytest.param("<!-- factcheck: -->", (1, 1, "empty factcheck directive (expected ignore, "
                                               "ignore-file, off or on)"), id="empty"),
    pytest.param("<!-- factcheck: -- why -->",
                 (1, 1, "empty factcheck directive (expected ignore, ignore-file, off or on)"),
                 id="only-reason"),
    pytest.param("x\n <!-- factcheck: ignore FC999 -->",
                 (2, 2, "unknown rule code 'FC999' in directive"), id="unknown-code"),
    pytest.param("<!-- factcheck: ignore value-mismtach -->",
                 (1, 1, "unknown rule 'value-mismtach' in directive (did you mean "
                        "'value-mismatch'?)"), id="unknown-name"),
    pytest.param("<!-- factcheck: on -->",
                 (1, 1, "'factcheck: on' without a preceding 'factcheck: off'"),
                 id="on-without-off"),
    pytest.param(
        "<!-- factcheck: off -->\n<!-- factcheck: on FC101 -->",
        (2, 1, "'factcheck: on FC101' matches no 'factcheck: off' for those rules"),
        id="on-code-without-off",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("source", "problem"), ERRORS)
def test_directive_errors(source: str, problem: tuple[int, int, str]) -> None:
    _, problems = parse(source)
    assert problems == [problem]


def test_all_bad_codes_suppress_nothing() -> None:
    sups, problems = parse("<!-- factcheck: ignore FC999 -->\nThe 5%.\n")
    assert sups == [] and len(problems) == 1


def test_some_bad_codes_keep_the_good_ones() -> None:
    sups, problems = parse("<!-- factcheck: ignore FC101 nonsense -->\nThe 5%.\n")
    assert spans(sups) == [("line", ("FC101",), 2, 2)]
    assert problems == [(1, 1, "unknown rule 'nonsense' in directive")]


def test_codes_unchecked_without_names() -> None:
    doc = parse_document("<!-- factcheck: ignore FC777 -->\nx\n", format="markdown")
    sups, problems = parse_suppressions(doc, names={})
    assert spans(sups) == [("line", ("FC777",), 2, 2)] and problems == []


# --- applying ------------------------------------------------------------------------------------

APPLY = [
    pytest.param(
        "<!-- factcheck: ignore FC101 -->\nA 5.\nB 6.\n",
        [finding(2), finding(3), finding(2, "FC102")],
        [(3, "FC101"), (2, "FC102")],
        0,
        id="line-only-that-code",
    ),
    pytest.param(
        "A.\n<!-- factcheck: off -->\nB.\n<!-- factcheck: on -->\nC.\n",
        [finding(1), finding(3, "FC105"), finding(5)],
        [(1, "FC101"), (5, "FC101")],
        0,
        id="block",
    ),
    pytest.param(
        "<!-- factcheck: ignore-file FC105 -->\nA.\n",
        [finding(2), finding(2, "FC105"), finding(9, "FC105")],
        [(2, "FC101")],
        0,
        id="file",
    ),
    pytest.param(
        "<!-- factcheck: ignore FC102 -->\nA.\n<!-- factcheck: ignore -->\nB.\n",
        [finding(2), finding(4)],
        [(2, "FC101")],
        1,
        id="unused-reported",
    ),
    pytest.param("A.\n", [finding(1)], [(1, "FC101")], 0, id="no-suppressions"),
]


@pytest.mark.parametrize(("source", "findings", "kept", "unused"), APPLY)
def test_apply_suppressions(
    source: str, findings: list[Finding], kept: list[tuple[int, str]], unused: int
) -> None:
    sups, _ = parse(source)
    out, not_used = apply_suppressions(findings, sups)
    assert [(f.line, f.code) for f in out] == kept
    assert len(not_used) == unused


def test_unused_suppression_names_its_directive() -> None:
    sups, _ = parse("Text.\n\n<!-- factcheck: ignore FC102 -- old -->\nA 5.\n")
    _, unused = apply_suppressions([finding(4)], sups)
    assert [(s.directive_line, s.directive_column, s.codes) for s in unused] == [
        (3, 1, frozenset({"FC102"}))
    ]


def test_one_finding_uses_every_matching_suppression() -> None:
    sups, _ = parse("<!-- factcheck: ignore-file -->\n<!-- factcheck: ignore FC101 -->\nA 5.\n")
    kept, unused = apply_suppressions([finding(3)], sups)
    assert kept == [] and unused == []


def test_ignore_at_end_of_file_is_unused() -> None:
    sups, problems = parse("A 5.\n<!-- factcheck: ignore -->\n")
    assert problems == []
    _, unused = apply_suppressions([finding(1)], sups)
    assert unused == sups
