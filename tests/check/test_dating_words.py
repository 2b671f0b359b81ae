"""Words that date a document or an edition ("Your February 12 story said", "The numbers
this week") are no period of the numbers beside them."""

from __future__ import annotations

import pytest

from factcheck.decide import Policy
from factcheck.registry.load import FigureRegistry
from factcheck.scan import scan_text

SOURCE = "On June 30, 2026, 18,940 households were on the voucher waiting list.\n"
REGISTRY = """\
version: 1
figures:
  - id: voucher_waitlist_2026_06_30
    title: Households on the voucher waiting list on June 30, 2026
    value: 18940
    unit: households
    period: "2026-06-30"
    keywords: [voucher, waiting list, waitlist]
    sources:
      - {document: sources/s.txt, publisher: Housing Authority, value: 18940, number: "18,940",
         quote: "18,940 households were on the voucher waiting list"}
"""


@pytest.fixture(scope="module")
def housing(registry_at, tmp_path_factory: pytest.TempPathFactory) -> FigureRegistry:
    return registry_at(tmp_path_factory.mktemp("housing"), REGISTRY, {"s.txt": SOURCE})


CASES = [
    pytest.param("Your July 12 story said 18,940 households are on the voucher waiting list.",
                 "FC100", id="a-day-before-story-dates-the-story"),
    pytest.param("On July 12, 18,940 households were on the voucher waiting list.",
                 "FC103", id="a-day-that-is-the-number's-own-still-counts"),
    pytest.param("## The numbers this week\n\n- Voucher waiting list: 18,940 households.",
                 "FC100", id="a-heading's-week-dates-the-edition"),
    pytest.param("## The numbers this week\n\n- Voucher waiting list: 18,490 households.",
                 "FC101", id="a-wrong-value-under-such-a-heading-is-still-wrong"),
]


@pytest.mark.parametrize(("text", "code"), CASES)
def test_dating_words(housing: FigureRegistry, text: str, code: str) -> None:
    draft = f"---\ndate: 2026-08-17\n---\n\n{text}\n"
    findings = scan_text(draft, housing, "d.md", policy=Policy(show_verified=True))
    assert [f["code"] for f in findings] == [code], findings
