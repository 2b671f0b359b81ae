"""FC108 inconsistent: one figure stated differently across files, and its suppressions."""

from __future__ import annotations

import pytest

RIGHT = "Nearly 110,000 people died of drug overdoses in the United States in 2022.\n"
WRONG = "Nearly 110,00 people died of drug overdoses in the United States in 2022.\n"

CASES = [
    # The finding stands at the place that disagrees with the registry, never at the verified one.
    ("two-files-disagree", {"a.md": RIGHT, "b.md": WRONG}, [("b.md", 1, 8, "FC108")]),
    ("order-does-not-matter", {"a.md": WRONG, "b.md": RIGHT}, [("a.md", 1, 8, "FC108")]),
    ("two-files-agree", {"a.md": RIGHT, "b.md": RIGHT}, []),
    ("ignore-file-fc108",
     {"a.md": RIGHT, "b.md": "<!-- factcheck: ignore-file FC108 -->\n\n" + WRONG}, []),
    ("ignore-file-all", {"a.md": RIGHT, "b.md": "<!-- factcheck: ignore-file -->\n\n" + WRONG}, []),
    ("ignore-line", {"a.md": RIGHT, "b.md": WRONG.rstrip() + " <!-- factcheck: ignore FC108 -->\n"},
     []),
    ("block", {"a.md": RIGHT,
               "b.md": "<!-- factcheck: off FC108 -->\n\n" + WRONG + "\n<!-- factcheck: on -->\n"},
     []),
    ("suppression-at-the-verified-place-is-unused",
     {"a.md": "<!-- factcheck: ignore-file FC108 -->\n\n" + RIGHT, "b.md": WRONG},
     [("a.md", 1, 1, "FC109"), ("b.md", 1, 8, "FC108")]),
    ("one-file-twice", {"a.md": RIGHT + "\nAbout 11,000 people died of drug overdoses in 2022.\n"},
     [("a.md", 3, 7, "FC108")]),
    ("hedges-that-overlap", {"a.md": RIGHT, "b.txt": RIGHT.replace("Nearly", "About")}, []),
    ("three-files-one-finding",
     {"a.md": RIGHT, "b.md": RIGHT.replace("Nearly", "More than"), "c.txt": WRONG},
     [("b.md", 1, 11, "FC108")]),
    ("attributed-sources-kept-apart",
     {"a.md": "The army now says it seized 635 synthetic drug laboratories from 2019 "
              "through 2021.\n",
      "b.md": "The government had previously reported 104 drug laboratories seized from 2019 "
              "through 2021.\n"}, []),
    ("unattributed-sources-disagree",
     {"a.md": "Mexico seized 635 synthetic drug laboratories from 2019 through 2021.\n",
      "b.md": "Mexico seized 104 synthetic drug laboratories from 2019 through 2021.\n"},
      [("a.md", 1, 15, "FC108")]),
    ("different-figures",
     {"a.md": RIGHT, "b.md": "There were 32,223 killings in Mexico in 2022.\n"}, []),
]


@pytest.mark.parametrize(("drafts", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_inconsistent(scan_findings, drafts: dict[str, str],  # type: ignore[no-untyped-def]
                      expected: list[tuple[str, int, int, str]]) -> None:
    assert scan_findings(drafts, {"FC108", "FC109"}) == expected


def test_message_lists_every_place(scan_messages) -> None:  # type: ignore[no-untyped-def]
    text = RIGHT + "\nAbout 11,000 people died of drug overdoses in 2022.\n"
    assert scan_messages(text, {"FC108"}) == [
        (3, 7, "FC108", "overdose_deaths_2022 is stated 2 different ways: '11,000' at a.md:3:7; "
         "'110,000' at a.md:1:8 agrees with the registry"),
    ]


def test_related_places(scan_drafts) -> None:  # type: ignore[no-untyped-def]
    (f,) = scan_drafts({"a.md": RIGHT, "b.md": RIGHT.replace("Nearly", "More than"),
                        "c.txt": WRONG}, {"FC108"})
    # The finding stands at the first outlier; the others, then the verified place, are related.
    assert (f.path, f.line, f.column) == ("b.md", 1, 11)
    assert [(r.path, r.line, r.column, r.text) for r in f.related] == [("c.txt", 1, 8, "110,00"),
                                                                        ("a.md", 1, 8, "110,000")]


def test_ignored_by_policy(scan_findings) -> None:  # type: ignore[no-untyped-def]
    assert scan_findings({"a.md": RIGHT, "b.md": WRONG}, {"FC108"},
                         ignore=frozenset({"FC108"})) == []
