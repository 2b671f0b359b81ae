"""The relation layouts' patterns are compiled when first matched, and match as compiled."""

from __future__ import annotations

import re

import pytest

from factcheck.check.arithmetic import LazyPattern

# (pattern, flags, text, how it is matched)
CASES = [
    pytest.param(r"\bfrom\s+$", re.I, "rose FROM ", "search", id="search-ignorecase"),
    pytest.param(r"^\s+of\b", 0, " of the 110,000", "match", id="match-at-start"),
    pytest.param(r"^\s+of\b", 0, "a share of", "match", id="no-match"),
    pytest.param(r"(?P<dir>up|down)", 0, "prices went down", "search", id="named-group"),
]


@pytest.mark.parametrize(("source", "flags", "text", "how"), CASES)
def test_a_lazy_pattern_matches_as_the_compiled_one(source: str, flags: int, text: str,
                                                    how: str) -> None:
    lazy, compiled = LazyPattern(source, flags), re.compile(source, flags)
    assert "search" not in vars(lazy)  # nothing compiled before the first match
    got, want = getattr(lazy, how)(text), getattr(compiled, how)(text)
    assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
    assert getattr(lazy, how) == getattr(compiled, how)  # bound to the pattern from then on
