"""Family 9: scanning time is linear in the input.

Each case times a whole scan of one hostile text at two sizes (10x apart, the minimum of
3 runs each) and requires the larger to take less than 12x the time. The cases whose cost
lies in extract/ or check/ are expected to fail until that rewrite lands.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from adversarial._helpers import REGISTRY, assert_linear
from factcheck.documents.formats import detect_format
from factcheck.documents.load import parse_document
from factcheck.registry.load import load_registry
from factcheck.scan import scan_text

_REG = load_registry(REGISTRY)


def _work(path: str) -> Callable[[str], object]:
    return lambda text: scan_text(text, _REG, path=path)


def _parse(path: str) -> Callable[[str], object]:
    fmt = detect_format(path)
    return lambda text: parse_document(text, path, fmt)


LINEAR: dict[str, tuple[Callable[[int], str], str, int]] = {
    "text-unclosed-comments": (lambda n: "a <!-- b " * n, "x.txt", 2000),
    "text-closed-and-unclosed-comments": (lambda n: "a <!-- b --> c <!-- d " * n, "x.txt", 1000),
    "markdown-unclosed-comments": (lambda n: "a <!-- b " * n, "x.md", 2000),
    "html-unclosed-comments": (lambda n: "<p>a <!-- b " * n, "x.html", 2000),
    "html-comment-openers": (lambda n: "<!--" * n, "x.html", 5000),
    "html-entity-runs": (lambda n: "<p>" + "&amp;" * n + "</p>", "x.html", 5000),
    "html-ampersand-runs": (lambda n: "<p>" + "&" * n + "</p>", "x.html", 5000),
    "html-charref-runs": (lambda n: "<p>" + "&#" * n + "</p>", "x.html", 5000),
    "html-lt-runs": (lambda n: "<p>" + "<" * n + "</p>", "x.html", 5000),
    "text-one-long-line": (lambda n: "word " * n, "x.txt", 2000),
    "markdown-one-long-line": (lambda n: "word *em* " * n, "x.md", 1000),
    "html-one-long-line": (lambda n: "<p>" + "word " * n, "x.html", 2000),
    "markdown-backtick-runs": (lambda n: "`a " * n, "x.md", 2000),
    "markdown-bracket-runs": (lambda n: "[a " * n, "x.md", 2000),
}


@pytest.mark.slow
@pytest.mark.parametrize(("make", "path", "n"), LINEAR.values(), ids=LINEAR.keys())
def test_reading_time_is_linear(make: Callable[[int], str], path: str, n: int) -> None:
    """The document stage (comments, entities, markup, segments) on its own."""
    assert_linear(make, _parse(path), 4 * n)


@pytest.mark.slow
@pytest.mark.parametrize(("make", "path", "n"), LINEAR.values(), ids=LINEAR.keys())
def test_scan_time_is_linear(make: Callable[[int], str], path: str, n: int) -> None:
    """The same inputs through the whole scan."""
    assert_linear(make, _work(path), 4 * n)


OWNED_ELSEWHERE: dict[str, tuple[Callable[[int], str], str, int]] = {
    "number-word-runs": (lambda n: "one " * n, "x.txt", 300),
    "hyphenated-number-runs": (lambda n: "-".join(["1"] * n), "x.txt", 300),
    "money-range-chains": (lambda n: " to ".join(f"${i} billion" for i in range(1, n + 1)), "x.txt",
                           100),
    "percent-runs": (lambda n: "5 % " * n, "x.txt", 300),
    "numbers-in-one-sentence": (lambda n: "The metro carried " + ", ".join(str(i) for i in range(n))
                                + " riders.", "x.txt", 300),
}


@pytest.mark.slow
@pytest.mark.parametrize(("make", "path", "n"), OWNED_ELSEWHERE.values(),
                         ids=OWNED_ELSEWHERE.keys())
def test_scan_time_is_linear_in_extract_and_check(make: Callable[[int], str], path: str,
                                                  n: int) -> None:
    assert_linear(make, _work(path), n)
