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
    ("ignore-file-fc108", {"a.md": RIGHT, "b.md": "<!-- factcheck: ignore-file FC108 -->\n\n" + WRONG}, []),
    ("ignore-file-all", {"a.md": RIGHT, "b.md": "<!-- factcheck: ignore-file -->\n\n" + WRONG}, []),
    ("ignore-line", {"a.md": RIGHT, "b.md": WRONG.rstrip() + " <!-- factcheck: ignore FC108 -->\n"}, []),
    ("block", {"a.md": RIGHT, "b.md": "<!-- factcheck: off FC108 -->\n\n" + WRONG + "\n<!-- factcheck: on -->\n"},
     []),
    ("suppression-at-the-verified-place-is-unused",
     {"a.md": "<!-- factcheck: ignore-file FC108 -->\n\n" + RIGHT, "b.md": WRONG},
     [("a.md", 1, 1, "FC109"), ("b.md", 1, 8, "FC108")]),
]


@pytest.mark.parametrize(("drafts", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_inconsistent(scan_findings, drafts: dict[str, str],  # type: ignore[no-untyped-def]
                      expected: list[tuple[str, int, int, str]]) -> None:
    assert scan_findings(drafts, {"FC108", "FC109"}) == expected
