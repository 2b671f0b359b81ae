"""FC106 source-conflict: a disputed figure stated without saying whose number it is."""

from __future__ import annotations

import pytest

LABS = "Mexico seized {} synthetic drug laboratories from 2019 through 2021.\n"

CASES = [
    pytest.param(LABS.format("635"), [(1, 15, "FC106")], id="later-count-unattributed"),
    pytest.param(LABS.format("104"), [(1, 15, "FC106")], id="earlier-count-unattributed"),
    pytest.param(LABS.format("about 600"), [(1, 21, "FC106")], id="hedged-value-of-one-source"),
    pytest.param("Mexico's army seized 635 drug labs.\n", [(1, 22, "FC106")],
                 id="without-the-period"),
    pytest.param("The army now says it seized 635 synthetic drug laboratories from 2019 "
                 "through 2021.\n", [], id="silent-attributed-to-the-army"),
    pytest.param("The government had previously reported 104 drug laboratories seized from 2019 "
                 "through 2021.\n", [], id="silent-attributed-to-the-earlier-report"),
    pytest.param("According to Reuters, the army seized 635 synthetic drug labs between "
                 "2019 and 2021.\n", [], id="silent-attributed-to-reuters"),
    pytest.param("The Mexican army says it seized 635 drug labs between 2019 and 2021, while "
                 "officials had reported 104.\n", [], id="silent-both-attributed-in-one-sentence"),
    pytest.param("Mexican officials said 6,000 people were crossing its southern border "
                 "every day.\n", [], id="silent-sources-that-agree"),
    pytest.param(LABS.format("300"), [(1, 15, "FC101")], id="silent-value-of-neither-source"),
    pytest.param("The army now says it seized 104 synthetic drug laboratories from 2019 "
                 "through 2021.\n",
                 [(1, 29, "FC101")], id="silent-attributed-source-says-otherwise"),
    pytest.param("Mexico seized 635 synthetic drug laboratories in 2018.\n", [(1, 15, "FC103")],
                 id="silent-another-period"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_source_conflict(scan_findings, text: str, expected: list[tuple[int, int, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(line, col, code) for _, line, col, code in scan_findings({"a.md": text})] == expected


def test_messages(scan_messages) -> None:  # type: ignore[no-untyped-def]
    publisher = "Latino Observatory (citing Reuters) (seeds/004_90deb59fa38b0b85.txt)"
    assert scan_messages(LABS.format("635")) == [
        (1, 15, "FC106",
         f"sources disagree on mexico_drug_labs_seized_2019_2021: {publisher} [The army's later "
                         "figure, from its response to a freedom-of-information request in "
                         f"February, as reported by Reuters] says 635; {publisher} [Previously "
                         "reported by the government for the same period] says 104; say whose "
                         "number '635' is"),
    ]
    draft = "The army now says it seized 104 synthetic drug laboratories from 2019 through 2021.\n"
    assert scan_messages(draft) == [
        (1, 29, "FC101",
         "'104' does not match mexico_drug_labs_seized_2019_2021: the registry says 635 "
                         "laboratories in 2019-2021"),
    ]


def test_a_conflict_cites_every_source(scan_drafts) -> None:  # type: ignore[no-untyped-def]
    (f,) = scan_drafts({"a.md": LABS.format("635")})
    assert [s.value for s in f.sources] == [635, 104]
    assert f.severity == "warning"
