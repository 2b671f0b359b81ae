"""FC108 inconsistent: one figure stated differently across files, and its suppressions."""

from __future__ import annotations

import pytest

RIGHT = "Nearly 110,000 people died of drug overdoses in the United States in 2022.\n"
WRONG = "Nearly 110,00 people died of drug overdoses in the United States in 2022.\n"

CASES = [
    ("two-files-disagree", {"a.md": RIGHT, "b.md": WRONG}, [("a.md", 1, 8, "FC108")]),
    ("two-files-agree", {"a.md": RIGHT, "b.md": RIGHT}, []),
    ("ignore-file-fc108", {"a.md": "<!-- factcheck: ignore-file FC108 -->\n\n" + RIGHT, "b.md": WRONG}, []),
    ("ignore-file-all", {"a.md": "<!-- factcheck: ignore-file -->\n\n" + RIGHT, "b.md": WRONG}, []),
    ("ignore-line", {"a.md": RIGHT.rstrip() + " <!-- factcheck: ignore FC108 -->\n", "b.md": WRONG}, []),
    ("block", {"a.md": "<!-- factcheck: off FC108 -->\n\n" + RIGHT + "\n<!-- factcheck: on -->\n", "b.md": WRONG},
     []),
    ("suppression-elsewhere-is-unused", {"a.md": RIGHT, "b.md": "<!-- factcheck: ignore-file FC108 -->\n\n" + WRONG},
     [("a.md", 1, 8, "FC108"), ("b.md", 1, 1, "FC109")]),
]


@pytest.mark.parametrize(("drafts", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_inconsistent(scan_findings, drafts: dict[str, str],  # type: ignore[no-untyped-def]
                      expected: list[tuple[str, int, int, str]]) -> None:
    assert scan_findings(drafts, {"FC108", "FC109"}) == expected
