"""FC109 unused-suppression: suppressions that match nothing, and directives that do not parse."""

from __future__ import annotations

import pytest

RIGHT = "Nearly 110,000 people died of drug overdoses in 2022."
WRONG = "About 11,000 people died of drug overdoses in 2022."

CASES = [
    pytest.param({"a.md": f"<!-- factcheck: ignore FC101 -- checked with the CDC -->\n{RIGHT}\n"},
                 [("a.md", 1, 1, "FC109")], id="above-a-verified-line"),
    pytest.param({"a.md": f"<!-- factcheck: ignore FC101 -- checked with the CDC -->\n{WRONG}\n"},
                 [], id="silent-used-on-the-next-line"),
    pytest.param({"a.md": f"{WRONG} <!-- factcheck: ignore value-mismatch -->\n"}, [],
                 id="silent-used-at-end-of-line-by-name"),
    pytest.param({"a.md": f"{WRONG} <!-- factcheck: ignore FC102 -->\n"},
                 [("a.md", 1, 7, "FC101"), ("a.md", 1, 53, "FC109")],
                 id="other-rule-at-end-of-line"),
    pytest.param({"a.md": f"<!-- factcheck: off -->\n{WRONG}\n<!-- factcheck: on -->\n"}, [],
                 id="silent-used-block"),
    pytest.param({"a.md": "<!-- factcheck: off FC104 -->\n\nThe council met on Tuesday.\n\n<!-- "
                          "factcheck: on -->\n"},
                 [("a.md", 1, 1, "FC109")], id="unused-block"),
    pytest.param({"a.md": "<!-- factcheck: ignore-file FC107 -->\n\nThe council met on Tuesday.\n"},
                 [("a.md", 1, 1, "FC109")], id="unused-ignore-file"),
    pytest.param({"a.md": "Text.\n\n<!-- factcheck: ignore FC101 -->\n"}, [("a.md", 3, 1, "FC109")],
                 id="at-the-end-of-the-file"),
    pytest.param({"a.md": f"<!-- factcheck: ignroe FC101 -->\n{WRONG}\n"},
                 [("a.md", 1, 1, "FC109"), ("a.md", 2, 7, "FC101")], id="misspelt-directive"),
    pytest.param({"a.md": f"<!-- factcheck: ignore value-mismach -->\n{WRONG}\n"},
                 [("a.md", 1, 1, "FC109"), ("a.md", 2, 7, "FC101")], id="misspelt-rule-name"),
    pytest.param({"a.md": f"<!-- factcheck: ignore FC999 -->\n{RIGHT}\n"},
                 [("a.md", 1, 1, "FC109")], id="unknown-code"),
    pytest.param({"a.md": "<!-- factcheck: on -->\n"}, [("a.md", 1, 1, "FC109")],
                 id="on-without-off"),
    pytest.param({"a.txt": f"# factcheck: ignore FC101\n{WRONG}\n"}, [],
                 id="silent-used-in-plain-text"),
    pytest.param({"a.txt": f"// factcheck: ignore FC101\n{RIGHT}\n"}, [("a.txt", 1, 1, "FC109")],
                 id="unused-in-plain-text"),
]


@pytest.mark.parametrize(("drafts", "expected"), CASES)
def test_unused_suppression(scan_findings, drafts: dict[str, str],  # type: ignore[no-untyped-def]
                            expected: list[tuple[str, int, int, str]]) -> None:
    assert scan_findings(drafts) == expected


MESSAGES = [
    pytest.param(f"<!-- factcheck: ignore FC101 -- checked with the CDC -->\n{RIGHT}\n",
                 "suppression of FC101 matches no finding", id="unused"),
    pytest.param(f"<!-- factcheck: ignroe FC101 -->\n{WRONG}\n",
                 "unknown factcheck directive 'ignroe' (did you mean 'ignore'?)",
                 id="misspelt-directive"),
    pytest.param(f"<!-- factcheck: ignore value-mismach -->\n{WRONG}\n",
                 "unknown rule 'value-mismach' in directive (did you mean 'value-mismatch'?)",
                 id="misspelt-rule"),
    pytest.param("<!-- factcheck: on -->\n", "'factcheck: on' without a preceding 'factcheck: off'",
                 id="on-without-off"),
]


@pytest.mark.parametrize(("text", "message"), MESSAGES)
def test_message(scan_messages, text: str, message: str) -> None:  # type: ignore[no-untyped-def]
    assert [m for *_, m in scan_messages(text, {"FC109"})] == [message]


def test_ignored_by_policy(scan_findings) -> None:  # type: ignore[no-untyped-def]
    drafts = {"a.md": f"<!-- factcheck: ignore FC101 -->\n{RIGHT}\n"}
    assert scan_findings(drafts, ignore=frozenset({"FC109"})) == []
