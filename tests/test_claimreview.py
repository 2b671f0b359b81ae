"""`--format claimreview`: schema.org ClaimReview JSON-LD, checked against Google's guidelines."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.reporters.claimreview import CLAIM_CHARS, claim_text
from factcheck.starter import init_project

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((Path(__file__).parent / "schemas" / "claimreview.schema.json")
                    .read_text(encoding="utf-8"))
CONFIG = ('registry = "figures.yaml"\nexclude = ["sources/*"]\nauthor = "The Riverton Courier"\n'
          'author-url = "https://courier.example"\nreview-url = "https://courier.example/checks"\n')
DRAFT = ("Riverton employers added 1,870 jobs in February.\n\n"
         "The city's buses carried 12.4 million trips in 2024.\n")


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    init_project(tmp_path)
    (tmp_path / ".factcheck.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def validate(text: str) -> list[dict[str, object]]:
    data = json.loads(text)
    jsonschema.Draft202012Validator(SCHEMA,
                                    format_checker=jsonschema.FormatChecker()).validate(data)
    return data  # type: ignore[no-any-return]


def test_claimreview_output(desk: Path) -> None:
    result = CliRunner().invoke(app, ["scan", "draft.md", "--format", "claimreview"])
    assert result.exit_code == 0, result.output
    author = {"@type": "Organization", "name": "The Riverton Courier",
              "url": "https://courier.example"}
    assert validate(result.stdout) == [
        {"@context": "https://schema.org", "@type": "ClaimReview",
         "url": "https://courier.example/checks#factcheck-draft.md-1-26",
         "claimReviewed": "Riverton employers added 1,870 jobs in February.",
         "author": author,
         "reviewRating": {
             "@type": "Rating", "alternateName": "outdated", "name": "Outdated", "ratingValue": 3,
             "bestRating": 5, "worstRating": 1,
             "ratingExplanation": "'1,870': 1,870 was the first estimate of "
                                  "riverton_jobs_added_2026_02 (report of 2026-03-06); revised to "
                                  "1,650 (report of 2026-05-01). Stated: 1,870. Expected: 1,650 "
                                  "jobs (riverton_jobs_added_2026_02). Source: Riverton Statistics "
                                  "Office, sources/riverton-jobs-report-2026-05.txt: “February's "
                                  "jobs gain stands at 1,650”."},
         "itemReviewed": {"@type": "Claim", "appearance": {
             "@type": "CreativeWork", "url": "draft.md",
             "text": "Riverton employers added 1,870 jobs in February."}}},
        {"@context": "https://schema.org", "@type": "ClaimReview",
         "url": "https://courier.example/checks#factcheck-draft.md-3-26",
         "claimReviewed": "The city's buses carried 12.4 million trips in 2024.",
         "author": author,
         "reviewRating": {
             "@type": "Rating", "alternateName": "verified", "name": "True", "ratingValue": 5,
             "bestRating": 5, "worstRating": 1,
             "ratingExplanation": "'12.4 million' agrees with riverton_transit_trips_2024: "
                                  "12,412,000 trips in 2024. Stated: 12.4 million. Expected: "
                                  "12,412,000 trips (riverton_transit_trips_2024). Source: "
                                  "Riverton Transit Authority, "
                                  "sources/riverton-transit-report-2024.txt: “Riders took "
                                  "12,412,000 trips on Riverton buses and trams in 2024”."},
         "itemReviewed": {"@type": "Claim", "appearance": {
             "@type": "CreativeWork", "url": "draft.md",
             "text": "The city's buses carried 12.4 million trips in 2024."}}},
    ]


def test_hide_verified_leaves_verified_numbers_out(desk: Path) -> None:
    result = CliRunner().invoke(app,
                                ["scan", "draft.md", "--format", "claimreview", "--hide-verified"])
    assert [r["reviewRating"]["alternateName"] for r in validate(result.stdout)] == ["outdated"]  # type: ignore[index]


def test_without_author_or_review_url(desk: Path) -> None:
    (desk / ".factcheck.toml").write_text('registry = "figures.yaml"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "draft.md", "--format", "claimreview"])
    reviews = validate(result.stdout)
    assert [(r["url"], "author" in r) for r in reviews] == [("draft.md#L1", False),
                                                            ("draft.md#L3", False)]


def test_nothing_to_review_is_an_empty_array(desk: Path) -> None:
    (desk / "plain.md").write_text("The bakery sold 4,321 loaves.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "plain.md", "--format", "claimreview"])
    assert (result.exit_code, result.stdout) == (0, "[]\n")


def test_every_kind_of_the_seeds_validates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["scan", "seeds/", "tests/golden/scan/cases/errors.md",
                                      "--format", "claimreview"])
    reviews = validate(result.stdout)
    kinds = {r["reviewRating"]["alternateName"] for r in reviews}  # type: ignore[index]
    assert {"verified", "malformed-number", "value-mismatch", "bad-conversion"} <= kinds
    assert "unsourced" not in kinds and "inconsistent" not in kinds
    assert all(len(r["claimReviewed"]) <= CLAIM_CHARS for r in reviews)  # type: ignore[arg-type]


@pytest.mark.parametrize(("key", "value", "message"), [
    pytest.param("author", '""', 'author must be a non-empty string, not ""', id="empty-author"),
    pytest.param("review-url", '"courier.example/checks"',
                 'review-url must be an http or https URL, not "courier.example/checks"',
                 id="url-without-scheme"),
    pytest.param("author-url", "3", "author-url must be a non-empty string, not 3",
                 id="url-not-a-string"),
])
def test_bad_author_settings(desk: Path, key: str, value: str, message: str) -> None:
    (desk / ".factcheck.toml").write_text(f'registry = "figures.yaml"\n{key} = {value}\n',
                                          encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "draft.md", "--format", "claimreview"])
    expected = f"factcheck: error: {desk / '.factcheck.toml'}:2: {message}\n"
    assert (result.exit_code, result.stderr) == (2, expected)


LONG = ("In a year when the city council argued for months about bus lanes, Riverton's "
        "buses and trams carried 12.4 million trips, the most since the network opened.")


@pytest.mark.parametrize(("sentence", "number", "expected"), [
    pytest.param("Short and sweet: 12 trips.", "12", "Short and sweet: 12 trips.",
                 id="short-kept-whole"),
    pytest.param(LONG, "12.4 million",
                 "…buses and trams carried 12.4 million trips, the most since the…",
                 id="cut-around-the-number"),
    pytest.param(LONG, "In", "In a year when the city council argued for months about bus lanes,…",
                 id="number-at-the-start"),
])
def test_claim_text(sentence: str, number: str, expected: str) -> None:
    at = sentence.find(number)
    assert claim_text(sentence, at, at + len(number)) == expected
    assert len(expected) <= CLAIM_CHARS
