"""Number roles: a bare number that is an age, phone number, address, score, rank, headline
count, identifier, page, marker, version or code is never matched as a statistic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import extract_quantities
from factcheck.cli import app
from factcheck.extract.roles import assign_roles

ROLES = [
    ("age-apposition", "Tom Becker, 63, said the plant closed.", "63", "age"),
    ("age-title", "Sen. Maria Ortiz, 71, voted no.", "71", "age"),
    ("age-who-is", "Becker, who is 29, said he would stay.", "29", "age"),
    ("age-aged", "a woman aged 70 was among them", "70", "age"),
    ("age-parenthesis", "Dana Whitfield (44) runs the shelter.", "44", "age"),
    ("phone-call", "Call 211 for rent help.", "211", "phone"),
    ("phone-text-line", "or text the crisis line at 741741", "741741", "phone"),
    ("phone-dial", "dial 988 if you are in crisis", "988", "phone"),
    ("address", "The clinic is at 1450 Cerrillos Road in the south.", "1450", "address"),
    ("score-dash", "The Wolves won 2-0 on Friday.", "2", "score"),
    ("score-points", "Smith scored 31 points in the final.", "31", "score"),
    ("speaker-age-ends-the-sentence", "\"It works,\" said Commissioner of Education Renata "
     "Obi, 54.", "54", "age"),
    ("person-noun-apposition", "Police said the suspect, 19, fled on foot.", "19", "age"),
    ("retired-at", "He retired at 65 after a long career.", "65", "age"),
    ("vote-tally", "The bill passed 31-19 after a long debate.", "31", "score"),
    ("badge-number", "Officer Reyes, badge 4471, made the arrest.", "4471", "identifier"),
    ("grade-or-higher", "Over 58 percent scored a 3 or higher.", "3", "score"),
    ("grade-or-better", "Students who got a 4 or better passed.", "4", "score"),
    ("rank", "The state ranked 3rd, up from 7 last year, and is ranked 3 again.", "7", "count"),
    ("rank-no", "The state ranked No. 3 in the nation.", "3", "identifier"),
    ("rank-hash", "It is the #2 cause of death.", "2", "identifier"),
    ("headline", "The economy in 7 charts", "7", "list-number"),
    ("headline-things", "5 things to know about the jobs report", "5", "list-number"),
    ("marker-room", "The hearing is in room 204.", "204", "identifier"),
    ("marker-gate", "Flights leave from gate 12.", "12", "identifier"),
    ("marker-mile", "the crash near mile marker 45", "45", "marker"),
    ("page", "as the report says on page 12", "12", "reference"),
    ("version", "the agency's dashboard, version 3, shows", "3", "version"),
    ("zip", "in ZIP code 87501 alone", "87501", "code"),
    ("age-before-a-job", "said Lena Ortiz, 41, chief economist at the chamber", "41", "age"),
    ("age-before-a-verb", "Senior goalkeeper Maya Ortiz, 17, made 9 saves.", "17", "age"),
    ("age-before-another-name", "co-sponsored by Sen. Maria Alvarez, 56, and Rep. Tom Okafor", "56",
     "age"),
    ("span-of-years", "Carol Wilkins, 61, spent 27 of those years running a winder.", "27",
     "duration"),
    ("keypad-code", "call 911 or *FSP (*377) from a cellphone", "377", "phone"),
    ("chart-heading", "## Chart 1: Job growth picked up", "1", "reference"),
    ("season-record", "The team finished 19-2-1 on the season.", "19", "score"),
    ("a-year-and-a-half", "the biggest gain in more than a year and a half, as", "a half",
     "duration"),
    ("one-saturday", "Arrests hit 9,000 on one Saturday.", "one", "date"),
    ("age-of-kin", "Ms. Lee, 34, and her husband, 36, moved here in 2019.", "36", "age"),
    ("age-of-kin-after-and", "His son, 12, and daughter, 9, were home.", "9", "age"),
    ("age-of-kin-in-brackets", "Her grandmother (88) lives with them.", "88", "age"),
    ("code-after-a-link", "The area code is 505, and the ZIP code is 87501.", "505", "code"),
    ("phone-after-a-link", "The hotline number is 988.", "988", "phone"),
    ("phone-texted-to", "Text HOME to 741741 to reach a counselor.", "741741", "phone"),
    ("phone-local-number", "Call the desk at 555-0142 with questions.", "555", "phone"),
    ("grade-range", "The dropout rate in grades 9 through 12 was 2.1 percent.", "12", "identifier"),
    ("region-name-before-a-noun", "Region 4 hospitals were 91 percent full.", "4", "identifier"),
    ("category-name", "a Category 4 hurricane hit the coast", "4", "identifier"),
    ("phone-texted-to-quoted", "text “STOP” to 55155 any time", "55155", "phone"),
]

STATISTICS = [
    ("count-after-place", "In Harlan, 300 workers lost their jobs.", "300"),
    ("list-of-states", "Texas, 42, and New Mexico, 38, had the most.", "38"),
    ("population-apposition", "Harlan County, 3,400, was hit hardest.", "3,400"),
    ("plain-count", "Employers added 187,000 jobs.", "187,000"),
    ("number-of", "The number 40 was cited twice.", "40"),
    ("comments-count", "Comments (12)", "12"),
    ("cited-figure", "The figure 40,000 was cited twice.", "40,000"),
    ("kin-with-a-unit-is-no-age", "Her son, 300 miles away, called every day.", "300 miles"),
    ("a-count-after-kin-words", "The couple's son had 12 cows and 40 acres.", "12"),
    ("sent-to-a-count", "The agency sent letters to 55,155 households.", "55,155"),
    ("a-range-is-no-phone-number", "The plant will hire between 100-1500 people.", "100"),
    ("a-source-is-no-speaker", "The rate fell, according to Census Bureau data, 54.", "54"),
    ("a-count-of-suspects", "Police arrested 19 suspects, 4 of them juveniles.", "19"),
    ("votes-received-are-a-count", "He received 3 votes in the primary.", "3"),
    ("a-few-or-more-is-a-count", "Families with 3 or more children qualify.", "3"),
]


def _kind(sentence: str, text: str) -> str:
    qs = assign_roles(sentence, extract_quantities(sentence))
    return next(q.kind for q in qs if q.text == text)


@pytest.mark.parametrize(("sentence", "text", "role"), [c[1:] for c in ROLES],
                         ids=[c[0] for c in ROLES])
def test_role(sentence: str, text: str, role: str) -> None:
    assert _kind(sentence, text) == role


@pytest.mark.parametrize(("sentence", "text"), [c[1:] for c in STATISTICS],
                         ids=[c[0] for c in STATISTICS])
def test_statistic_keeps_its_kind(sentence: str, text: str) -> None:
    read = next(q.kind for q in extract_quantities(sentence) if q.text == text)
    assert _kind(sentence, text) == read


ROOT = Path(__file__).parent.parent


def test_ages_match_only_age_figures(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("Fentanyl is among the leading causes of death for Americans aged "
                     "18 to 49.\n\nTom Becker, 49, said 110,000 people died of drug "
                     "overdoses in 2022.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "-r", str(ROOT / "figures.yaml"), "--format", "json",
                                      "--show-verified", "--fail-on", "never", str(draft)])
    got = [(f["line"], f["text"], f["kind"]) for f in json.loads(result.stdout)["findings"]]
    assert got == [(1, "18", "verified"), (1, "49", "verified"), (3, "110,000", "verified")]
