"""FC115 arithmetic: shares, changes, multiples, differences, totals and rates a sentence states
between its own numbers, across beats; silent on correct, rounded, hedged and unstated relations."""

from __future__ import annotations

import pytest

from factcheck.decide import Policy
from factcheck.pipeline import Job
from factcheck.registry.load import FigureRegistry
from factcheck.scan import check_jobs

# (sentence, the number the finding is on)
WRONG = [
    # crime
    pytest.param("Of the 1,240 burglaries reported in the first quarter, 310, or 40 percent, were "
                 "in the city centre.", "40 percent", id="crime-share-whole-first"),
    pytest.param("Violent crime rose from 4,200 incidents in 2024 to 5,100 last year, a 12 "
                 "percent increase.", "12 percent", id="crime-percent-rise"),
    pytest.param("Car thefts fell to 2,900 from 3,400, a drop of 25 percent.", "25 percent",
                 id="crime-percent-drop"),
    pytest.param("Detectives solved 182 of the 260 homicides, or 58 percent.", "58 percent",
                 id="crime-share"),
    pytest.param("The county recorded 412 shootings, 95 more than the 337 of a year earlier.", "95",
                 id="crime-difference"),
    pytest.param("In a city of 2.3 million residents, police recorded 184 homicides, a rate of 12 "
                 "per 100,000.", "12", id="crime-rate-against-population"),
    # health
    pytest.param("The hospital treated 18,300 flu patients, three times as many as the 9,100 of "
                 "last winter.", "three times", id="health-three-times-as-many"),
    pytest.param("Measles cases doubled, from 58 in 2023 to 164 last year.", "doubled",
                 id="health-doubled"),
    pytest.param("About one in five of the 2,400 nurses surveyed, 720, said they planned to quit.",
                 "one in five", id="health-one-in-five"),
    pytest.param("Waiting lists fell by a quarter, from 7.6 million to 6.4 million.", "a quarter",
                 id="health-fell-by-a-quarter"),
    pytest.param("Overdose deaths reached 1,870, up 20 percent from 1,700.", "20 percent",
                 id="health-up-from"),
    # jobs
    pytest.param("Employers added 14,200 jobs in March, 3,800 more than the 9,400 added "
                 "in February.", "3,800", id="jobs-more-than"),
    pytest.param("Of the plant's 2,100 workers, 1,000, or a third, work nights.", "a third",
                 id="jobs-a-third"),
    pytest.param("Jobless claims rose from 3,150 to 4,020, a 38 percent jump.", "38 percent",
                 id="jobs-claims-jump"),
    pytest.param("Manufacturing shed 2,300 jobs, leaving 41,000, down from 44,300.", "2,300",
                 id="jobs-shed"),
    pytest.param("Average hourly pay rose to $31.40 from $29.90, an increase of 7 percent.",
                 "7 percent", id="jobs-pay-rise"),
    # budgets
    pytest.param("The city spent $3.2 million on parks, $1.1 million on roads and $900,000 on "
                 "libraries, a total of $6 million.", "$6 million", id="budget-total"),
    pytest.param("The school board's budget grew from $84 million to $91 million, a 12 "
                 "percent rise.", "12 percent", id="budget-growth"),
    pytest.param("Police overtime cost $14.6 million, $2.1 million more than last year's "
                 "$11.9 million.", "$2.1 million", id="budget-overtime-difference"),
    pytest.param("The state will spend $450 million on roads, $320 million on transit and "
                 "$130 million on bridges, for a total of $850 million.", "$850 million",
                 id="budget-for-a-total-of"),
    pytest.param("Property tax revenue halved, to $38 million from $61 million.", "halved",
                 id="budget-halved"),
    # weather
    pytest.param("Snowfall totalled 38 inches, 12 inches more than the 30 inches of last winter.",
                 "12 inches", id="weather-snow-difference"),
    pytest.param("The storm knocked out power to 84,000 of the utility's 310,000 customers, "
                 "or 40 percent.", "40 percent", id="weather-outage-share"),
    pytest.param("Rainfall in July was 48 millimetres, a third lower than the 90 millimetres of an "
                 "average July.", "a third", id="weather-a-third-lower"),
    # sport attendance
    pytest.param("Attendance at City's home games rose to 31,200 from 24,000, an increase "
                 "of 20 percent.", "20 percent", id="sport-attendance-rise"),
    pytest.param("The stadium drew 412,000 fans over the season, 38,000 more than the 390,000 of "
                 "the previous season.", "38,000", id="sport-season-difference"),
    pytest.param("Of the 48,000 seats, 41,500 were filled, or 95 percent.", "95 percent",
                 id="sport-seats-filled"),
    pytest.param("Season-ticket sales tripled, from 4,000 to 9,000.", "tripled",
                 id="sport-tripled"),
    # other
    pytest.param("Dengue cases fell from 12,400 to 9,300, a 33 percent decline.", "33 percent",
                 id="health-decline"),
    pytest.param("Burglaries fell from 52,000 to 40,000, a 23 percent increase.", "23 percent",
                 id="crime-wrong-direction"),
    pytest.param("Sales were 24,000, 2,000 more than last year's 26,000.", "2,000",
                 id="jobs-more-is-less"),
    pytest.param("Rear-end crashes ticked up to 51 from 48, a rise of 3 percent.", "3 percent",
                 id="roads-ticked-up-to-is-a-level"),
    pytest.param("The unemployment rate rose 0.5 percentage points, from 3.6 percent to "
                 "3.9 percent.", "0.5 percentage points", id="jobs-points-difference"),
]

CORRECT = [
    pytest.param("Of the 1,240 burglaries reported in the first quarter, 310, or 25 percent, were "
                 "in the city centre.", id="crime-share-whole-first"),
    pytest.param("Violent crime rose from 4,200 incidents in 2024 to 5,100 last year, a 21 "
                 "percent increase.", id="crime-percent-rise"),
    pytest.param("Car thefts fell to 2,900 from 3,400, a drop of 15 percent.",
                 id="crime-percent-drop"),
    pytest.param("Detectives solved 182 of the 260 homicides, or 70 percent.", id="crime-share"),
    pytest.param("The county recorded 412 shootings, 75 more than the 337 of a year earlier.",
                 id="crime-difference"),
    pytest.param("In a city of 2.3 million residents, police recorded 184 homicides, a rate of 8 "
                 "per 100,000.", id="crime-rate-against-population"),
    pytest.param("Mexico, a country of 129 million people, recorded 32,223 killings, a rate of 25 "
                 "per 100,000.", id="crime-rate-mexico"),
    pytest.param("The hospital treated 18,300 flu patients, twice as many as the 9,100 of "
                 "last winter.", id="health-twice-as-many"),
    pytest.param("Measles cases nearly tripled, from 58 in 2023 to 164 last year.",
                 id="health-nearly-tripled"),
    pytest.param("About one in five of the 2,400 nurses surveyed, 490, said they planned to quit.",
                 id="health-one-in-five"),
    pytest.param("Overdose deaths reached 1,870, up 10 percent from 1,700.", id="health-up-from"),
    pytest.param("Dengue cases fell from 12,400 to 9,300, a 25 percent decline.",
                 id="health-decline"),
    pytest.param("Employers added 14,200 jobs in March, 4,800 more than the 9,400 added "
                 "in February.", id="jobs-more-than"),
    pytest.param("Of the plant's 2,100 workers, 700, or a third, work nights.", id="jobs-a-third"),
    pytest.param("Jobless claims rose from 3,150 to 4,020, a 28 percent jump.",
                 id="jobs-claims-jump"),
    pytest.param("Manufacturing shed 3,300 jobs, leaving 41,000, down from 44,300.",
                 id="jobs-shed"),
    pytest.param("Average hourly pay rose to $31.40 from $29.90, an increase of 5 percent.",
                 id="jobs-pay-rise"),
    pytest.param("The unemployment rate rose 0.3 percentage points, from 3.6 percent to "
                 "3.9 percent.", id="jobs-points"),
    pytest.param("The city spent $3.2 million on parks, $1.1 million on roads and $900,000 on "
                 "libraries, a total of $5.2 million.", id="budget-total"),
    pytest.param("The school board's budget grew from $84 million to $91 million, an 8 "
                 "percent rise.", id="budget-rounded-growth"),
    pytest.param("Police overtime cost $14.6 million, $2.7 million more than last year's "
                 "$11.9 million.", id="budget-overtime-difference"),
    pytest.param("The state will spend $450 million on roads, $320 million on transit and "
                 "$130 million on bridges, for a total of $900 million.",
                 id="budget-for-a-total-of"),
    pytest.param("Snowfall totalled 38 inches, 8 inches more than the 30 inches of last winter.",
                 id="weather-snow-difference"),
    pytest.param("The storm knocked out power to 84,000 of the utility's 310,000 customers, "
                 "or 27 percent.", id="weather-outage-share"),
    pytest.param("Rainfall in July was 48 millimetres, 47 percent lower than the 90 millimetres of "
                 "an average July.", id="weather-percent-lower"),
    pytest.param("Attendance at City's home games rose to 31,200 from 24,000, an increase "
                 "of 30 percent.", id="sport-attendance-rise"),
    pytest.param("The stadium drew 412,000 fans over the season, 22,000 more than the 390,000 of "
                 "the previous season.", id="sport-season-difference"),
    pytest.param("Of the 48,000 seats, 41,500 were filled, or 86 percent.",
                 id="sport-seats-filled"),
    pytest.param("Season-ticket sales more than doubled, from 4,000 to 9,000.",
                 id="sport-more-than-doubled"),
    # rounding and hedges
    pytest.param("About a third of the 3,000 respondents, 960 people, said they had been burgled.",
                 id="about-a-third-for-32-percent"),
    pytest.param("Roughly 40 percent of the 2,000 workers, some 800, were laid off.",
                 id="hedged-share"),
    pytest.param("Burglaries rose from 40,000 to 52,000, a 30 percent increase.",
                 id="rounded-levels"),
    pytest.param("Revenue was €1.2 billion, up €300 million from €1 billion.",
                 id="rounded-billions"),
    # relations the words do not state
    pytest.param("Police made 1,200 arrests, and 40 percent of officers worked overtime.",
                 id="unrelated-share"),
    pytest.param("The jail held 4,500 inmates in May, up from 1,500 a decade ago, and 30 percent "
                 "were awaiting trial.", id="share-after-a-change"),
    pytest.param("Turnout was 62 percent, against 58 percent in 2020.",
                 id="levels-without-a-change"),
    pytest.param("Rear-end crashes ticked up to 51 from 48, a rise of 6 percent.",
                 id="roads-ticked-up-to"),
    pytest.param("The team scored 3 goals in 2 games, and 12,000 fans watched.",
                 id="unrelated-counts"),
    pytest.param("Crime fell 8 percent in the north, to 12,000, and rose 3 percent in the south.",
                 id="two-changes-one-level"),
    pytest.param("Visits rose to 52,000 from 40,000, a total of 92,000 over the two years.",
                 id="a-total-of-is-no-difference"),
    pytest.param("The fund paid out $2 million this year and $3 million last year, a total of $9 "
                 "million since 2015.", id="total-since-covers-more-years"),
    pytest.param("Estimates of the crowd range from 40,000 to 60,000, up 5 percent from last "
                 "year's estimate.", id="a-range-is-no-change"),
    pytest.param("The rate rose from 5 percent in 2020 to 7 percent in 2024, and inflation "
                 "rose 3 percent.", id="a-change-in-the-next-clause"),
    pytest.param("Revenue grew to $5 million from $4 million, while costs rose 10 percent.",
                 id="while-clause"),
    pytest.param("The team won 10 of its 12 games, or 83 percent.", id="sport-wins-share"),
    pytest.param("Police seized 4 tons of cocaine worth $100 million, or 10 percent of the "
                 "year's haul.", id="of-between-different-units"),
    pytest.param("The city has 40,000 residents, 20 percent more than the 33,000 of 2010.",
                 id="percent-more-than"),
]


def _column(text: str, number: str) -> int:
    return text.index(number) + 1


@pytest.mark.parametrize(("text", "number"), WRONG)
def test_wrong_arithmetic_is_flagged(scan_findings, text: str, number: str) -> None:  # type: ignore[no-untyped-def]
    found = scan_findings({"a.md": text + "\n"}, {"FC115"})
    assert found == [("a.md", 1, _column(text, number), "FC115")]


@pytest.mark.parametrize("text", CORRECT)
def test_correct_arithmetic_is_silent(scan_findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert scan_findings({"a.md": text + "\n"}, {"FC115"}) == []


def test_messages(scan_messages) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "Police say 70,000 of the 110,000 deaths, or 40 percent, involved fentanyl.\n":
            "70,000 of 110,000 is 64 percent, not 40 percent",
        "Burglaries rose from 40,000 to 60,000, a 30 percent increase.\n":
            "from 40,000 to 60,000 is an increase of 50 percent, not 30 percent",
        "The city spent $3.2 million on parks, $1.1 million on roads and $900,000 on "
        "libraries, a total of $6 million.\n": "$3.2 million + $1.1 million + $900,000 is $5.2 "
                                               "million, not $6 million",
        "Sales were 24,000, 2,000 more than last year's 26,000.\n":
            "24,000 is 2,000 less than 26,000, not 2,000 more",
        "Mexico, a country of 129 million people, recorded 32,223 killings, a rate of 40 "
        "per 100,000.\n":
            "32,223 in a population of 129 million is 25 per 100,000, not 40 per 100,000",
        "The rate rose 0.5 percent, from 3.6 percent to 3.9 percent.\n":
            "from 3.6 percent to 3.9 percent is an increase of 8.3 percent (0.3 percentage "
            "points), not 0.5 percent",
    }
    for text, message in cases.items():
        assert [m for _, _, _, m in scan_messages(text, {"FC115"})] == [message], text


def test_tolerance_is_the_conversion_tolerance(scan_findings) -> None:  # type: ignore[no-untyped-def]
    # 182 of 261 is 69.7 percent; "71.0 percent" is 1.3% off it: flagged at 1%, not at 5%.
    text = {"a.md": "Detectives solved 182 of the 261 homicides, or 71.0 percent.\n"}
    assert scan_findings(text, {"FC115"}) == [("a.md", 1, 48, "FC115")]
    assert scan_findings(text, {"FC115"}, conversion_tolerance=0.05) == []


def test_works_without_a_registry() -> None:
    registry = FigureRegistry(path="figures.yaml", figures=(), lines={}, synonyms=())
    text = "Turnout at the fair fell by half, from 80,000 visitors to 52,000.\n"
    found = [f for f in check_jobs([Job("a.txt", text, "text")], registry, Policy())
             if f.code == "FC115"]
    assert [(f.line, f.column, f.message) for f in found] == [
        (1, 29, "from 80,000 to 52,000 is a decrease of 35 percent, not half")]


def test_a_change_in_the_next_clause_is_another_quantitys(scan_findings) -> None:  # type: ignore[no-untyped-def]
    text = ("The department revised the gain down, to 6,100 jobs from 9,800, and the labor "
            "force shrank by 12,000 people.\n")
    assert scan_findings({"a.md": text}, {"FC115"}) == []


SPENDING = """# Spending

| Department | 2025 ($ millions) | 2026 ($ millions) | Change (%) |
|---|---|---|---|
| Parks | 3.2 | 3.5 | 9 |
| Roads | 1.1 | 1.4 | 27 |
| Libraries | 0.9 | 1.0 | 11 |
| Total | 5.2 | {total} | 13 |
"""

TURNOUT = """| Ward | Men | Women | Total |
|---|---|---|---|
| North | 1,204 | 1,311 | 2,515 |
| South | 2,087 | 2,210 | {total} |
"""

TABLES = [
    pytest.param(SPENDING.format(total="6.4"), [(8, 17)], id="total-row-wrong"),
    pytest.param(SPENDING.format(total="5.9"), [], id="total-row-right-change-column-skipped"),
    pytest.param(TURNOUT.format(total="4,197"), [(4, 27)], id="total-column-wrong"),
    pytest.param(TURNOUT.format(total="4,297"), [], id="total-column-right"),
    pytest.param("| Item | Count |\n|---|---|\n| A | 10 |\n| Subtotal | 10 |\n| B | 5 |\n| "
                 "Total | 99 |\n", [], id="subtotals-are-left-alone"),
    pytest.param("| Year | Deaths |\n|---|---|\n| 2024 | 668 |\n| 2025 | 612 |\n", [],
                 id="no-total-row"),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_table_totals(scan_findings, text: str, expected: list[tuple[int, int]]) -> None:  # type: ignore[no-untyped-def]
    found = scan_findings({"a.md": text}, {"FC115"})
    assert found == [("a.md", line, col, "FC115") for line, col in expected]


def test_table_total_message(scan_messages) -> None:  # type: ignore[no-untyped-def]
    assert [m for *_, m in scan_messages(TURNOUT.format(total="4,197"), {"FC115"})] == [
        "row 'South': 2,087 + 2,210 is 4,297, not 4,197"]
    assert [m for *_, m in scan_messages(SPENDING.format(total="6.4"), {"FC115"})] == [
        "column '2026 ($ millions)': 3.5 + 1.4 + 1.0 is $5.9 million, not $6.4 million"]


def test_html_table_total() -> None:
    html = ("<table><tr><th>Team</th><th>Home</th><th>Away</th><th>Total</th></tr>"
            "<tr><td>City</td><td>31,204</td><td>12,880</td><td>46,084</td></tr></table>\n")
    registry = FigureRegistry(path="figures.yaml", figures=(), lines={}, synonyms=())
    found = [f for f in check_jobs([Job("a.html", html, "html")], registry, Policy())
             if f.code == "FC115"]
    assert [f.message for f in found] == ["row 'City': 31,204 + 12,880 is 44,084, not 46,084"]


def test_cli_reports_arithmetic_without_a_registry_figure(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from factcheck.cli import app

    monkeypatch.chdir(tmp_path)
    (tmp_path / "figures.yaml").write_text("figures: []\n", encoding="utf-8")
    (tmp_path / "draft.txt").write_text("Detectives solved 182 of the 260 homicides, or "
                                        "58 percent.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "-r", "figures.yaml", "--select", "FC115,FC116",
                                      "draft.txt"])
    assert (result.exit_code, result.stdout) == (
        1, "draft.txt:1:48: FC115 182 of 260 is 70 percent, not 58 percent\n")


# --- relations the registry completes (tests/fixtures/derived: invented Calder and Westbay) ---

# (sentence, the number the finding is on, whether the registry links the derived figures)
REGISTRY_WRONG = [
    pytest.param(
        "Calder recorded 1,480 homicides in 2025, a rate of 25 per 100,000 residents.",
        "25 per",
        True,
        id="derived-rate-against-registry-population",
    ),
    pytest.param(
        "In 2025 Calder's police logged 1,480 homicides, or 14 killings per 100,000 people.",
        "14",
        True,
        id="derived-rate-too-low",
    ),
    pytest.param(
        "Westbay's schools spent $912 million on 76,000 students in 2025, or $14,500 per pupil.",
        "$14,500",
        True,
        id="derived-money-per-pupil-all-inputs-stated",
    ),
    pytest.param(
        "Calder recorded 1,480 homicides in 2025, a rate of 25 per 100,000 residents.",
        "25 per",
        False,
        id="unlinked-rate-against-population",
    ),
    pytest.param(
        "Police in Calder counted 2,400 burglaries in 2025, a rate of 40 per 100,000 people.",
        "40 per",
        False,
        id="unlinked-count-of-no-figure",
    ),
    pytest.param(
        "Calder saw about 3,000 car thefts in 2025, a rate of 50 per 100,000 residents.",
        "50 per",
        False,
        id="unlinked-hedged-count-still-too-far",
    ),
    pytest.param(
        "Calder recorded 1,480 homicides in 2025, a rate of 25 per 100,000.",
        "25 per",
        False,
        id="unlinked-per-without-noun-is-people",
    ),
    pytest.param(
        "Westbay suspended 1,900 students in 2025, a rate of 40 per 1,000 students.",
        "40 per",
        False,
        id="unlinked-rate-per-students-over-enrollment",
    ),
]

REGISTRY_CORRECT = [
    pytest.param(
        "Calder recorded 1,480 homicides in 2025, a rate of 18.5 per 100,000 residents.",
        True,
        id="derived-rate-right",
    ),
    pytest.param(
        "Calder recorded 1,480 homicides in 2025, a rate of about 19 per 100,000 residents.",
        True,
        id="derived-rate-hedged",
    ),
    pytest.param(
        "Calder recorded 1,900 homicides in 2025, a rate of 18.5 per 100,000 residents.",
        True,
        id="derived-rate-vouched-for-the-count-is-fc101s",
    ),
    pytest.param(
        "Westbay's schools spent $912 million on 76,000 students in 2025, or $12,000 per pupil.",
        True,
        id="derived-money-right",
    ),
    pytest.param(
        "Westbay's schools spent about $900 million on 76,000 students in 2025, or $12,000 "
        "per pupil.",
        True,
        id="derived-money-hedged-input",
    ),
    pytest.param(
        "Police in Calder counted 2,400 burglaries in 2025, a rate of 30 per 100,000 people.",
        False,
        id="unlinked-rate-right",
    ),
    pytest.param(
        "Calder saw about 3,000 car thefts in 2025, a rate of 40 per 100,000 residents.",
        False,
        id="unlinked-hedged-count-fits",
    ),
    pytest.param(
        "Police in Calder counted 2,400 burglaries in 2021, a rate of 40 per 100,000 people.",
        False,
        id="unlinked-no-population-for-that-year",
    ),
    pytest.param(
        "Police in Riverton counted 2,400 burglaries in 2025, a rate of 40 per 100,000 people.",
        False,
        id="unlinked-another-place",
    ),
    pytest.param(
        "Calder recorded 1,480 homicides last year, a rate of 25 per 100,000 people.",
        False,
        id="unlinked-last-year-is-2024",
    ),
    pytest.param(
        "Westbay suspended 1,900 students in 2025, a rate of 25 per 1,000 students.",
        False,
        id="unlinked-rate-per-students-right",
    ),
]


@pytest.mark.parametrize(("text", "number", "linked"), REGISTRY_WRONG)
def test_registry_completes_wrong_arithmetic(  # type: ignore[no-untyped-def]
    scan_derived, text: str, number: str, linked: bool
) -> None:
    found = [(f.column, f.code) for f in scan_derived(text, {"FC115"}, linked)]
    assert found == [(text.index(number) + 1, "FC115")]


@pytest.mark.parametrize(("text", "linked"), REGISTRY_CORRECT)
def test_registry_completes_correct_arithmetic_silently(  # type: ignore[no-untyped-def]
    scan_derived, text: str, linked: bool
) -> None:
    assert scan_derived(text, {"FC115"}, linked) == []


@pytest.mark.parametrize(
    ("text", "linked", "message"),
    [
        pytest.param(
            "Calder recorded 1,480 homicides in 2025, a rate of 25 per 100,000 residents.",
            True,
            "1,480 homicides and 25 per 100,000 residents imply 5.92 million people for "
            "calder_population_2025; the registry has 8 million people, which gives 18.5 per "
            "100,000 people (calder_homicide_rate_2025 = a / b * 100000), not 25",
            id="derived-both-readings",
        ),
        pytest.param(
            "Westbay's schools spent $912 million on 76,000 students in 2025, or $14,500 per "
            "pupil.",
            True,
            "$912 million and 76,000 students give $12,000 per pupil "
            "(westbay_spending_per_pupil_2025 = budget / pupils), not $14,500",
            id="derived-all-inputs-stated",
        ),
        pytest.param(
            "Calder recorded 1,480 homicides in 2025, a rate of 25 per 100,000 residents.",
            False,
            "1,480 homicides and 25 per 100,000 residents imply 5.92 million people; the registry "
            "has 8 million people (calder_population_2025), which gives 18.5 per 100,000, not 25",
            id="unlinked-both-readings",
        ),
    ],
)
def test_registry_messages_say_both_readings(  # type: ignore[no-untyped-def]
    scan_derived, text: str, linked: bool, message: str
) -> None:
    assert [f.message for f in scan_derived(text, {"FC115"}, linked)] == [message]


ROBBERIES = """\
version: 1
figures:
  - id: robberies_2025
    title: Robberies in 2025
    value: 1126
    unit: robberies
    period: "2025"
    keywords: [robberies, robbery]
    sources:
      - {document: sources/s.txt, publisher: Police, value: 1126, number: "1,126",
         quote: "to 1,126 from 1,229"}
  - id: robberies_2024
    title: Robberies in 2024
    value: 1229
    unit: robberies
    period: "2024"
    keywords: [robberies, robbery]
    sources:
      - {document: sources/s.txt, publisher: Police, value: 1229, number: "1,229",
         quote: "from 1,229"}
  - id: robberies_change_pct_2025
    title: Change in robberies from 2024 to 2025
    value: -8.4
    unit: percent
    kind: change
    period: "2025"
    keywords: [robberies, robbery, fell]
    sources:
      - {document: sources/s.txt, publisher: Police, value: -8.4, number: "8.4 percent",
         quote: "Robberies fell 8.4 percent"}
"""
BLAME = [
    pytest.param("Robberies fell 8.4 percent in 2025, to 1,162 from 1,229 in 2024.", "1,162",
                 "a decrease of 8.4 percent from 1,229 gives 1,126, not 1,162",
                 id="the-level-the-registry-does-not-vouch-for"),
    pytest.param("Robberies fell 6.4 percent in 2025, to 1,126 from 1,229 in 2024.", "6.4 percent",
                 "from 1,229 to 1,126 is a decrease of 8.4 percent, not 6.4 percent",
                 id="a-wrong-percent-is-blamed-itself"),
]


@pytest.mark.parametrize(("text", "number", "message"), BLAME)
def test_a_failed_change_blames_the_number_the_registry_does_not_vouch_for(
        registry_at, tmp_path, text: str, number: str, message: str) -> None:  # type: ignore[no-untyped-def]
    from factcheck.decide import Policy
    from factcheck.scan import scan_text

    registry = registry_at(tmp_path, ROBBERIES, {"s.txt": "Robberies fell 8.4 percent, to 1,126 "
                                                          "from 1,229.\n"})
    found = [(f["text"], f["message"]) for f in scan_text(text + "\n", registry, "d.md",
                                                          policy=Policy())
             if f["code"] == "FC115"]
    assert found == [(number, message)]
