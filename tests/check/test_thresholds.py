"""A number hedged as its source's own quote hedges it is a threshold, not a mis-hedged value
(check/verdict._hedged_as_quoted), on a water-rates registry of our own."""

from __future__ import annotations

import pytest

from factcheck.decide import Policy
from factcheck.registry.load import FigureRegistry
from factcheck.scan import scan_text

SOURCE = "The surcharge applies to residential use above 6,000 gallons a month.\n"

REGISTRY = """\
version: 1
figures:
  - id: surcharge_threshold
    title: Monthly use above which the drought surcharge applies
    value: 6000
    unit: gallon
    kind: measure
    per: month
    keywords: [surcharge, threshold, drought, residential, use]
    sources:
      - {document: sources/rates.txt, publisher: Water Utility, value: 6000,
         number: "6,000 gallons", quote: "residential use above 6,000 gallons a month"}
"""


@pytest.fixture(scope="module")
def rates(registry_at, tmp_path_factory: pytest.TempPathFactory) -> FigureRegistry:
    return registry_at(tmp_path_factory.mktemp("rates"), REGISTRY, {"rates.txt": SOURCE})


CASES = [
    pytest.param("The drought surcharge applies to use above 6,000 gallons a month.", "FC100",
                 id="the-source's-own-hedge-is-a-threshold"),
    pytest.param("The drought surcharge applies to use over 6,000 gallons a month.", "FC100",
                 id="another-word-for-the-same-hedge"),
    pytest.param("The drought surcharge applies to use below 6,000 gallons a month.", "FC102",
                 id="the-opposite-hedge-is-still-wrong"),
    pytest.param("The drought surcharge applies to use above 6,500 gallons a month.", "FC101",
                 id="another-number-is-still-wrong"),
]


@pytest.mark.parametrize(("text", "code"), CASES)
def test_threshold_hedges(rates: FigureRegistry, text: str, code: str) -> None:
    findings = scan_text(text + "\n", rates, "d.md", policy=Policy(show_verified=True))
    assert [f["code"] for f in findings if f["code"] in ("FC100", "FC101", "FC102")] == [code]
