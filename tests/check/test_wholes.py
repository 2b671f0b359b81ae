"""A sentence that names two parts at once ("buses and trains") states their whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.decide import Policy
from factcheck.registry.load import FigureRegistry
from factcheck.scan import scan_text

SOURCE = ("Riders took 47.9 million trips on buses and trains in 2025: 28.6 million on buses "
          "and 19.3 million on trains.\n")


def _figure(fid: str, title: str, value: int, number: str, words: str) -> str:
    return (f"  - id: {fid}\n    title: {title}\n    value: {value}\n    unit: trips\n"
            f"    period: \"2025\"\n    place: Tolvane\n    keywords: [{words}]\n"
            f"    sources:\n      - {{document: sources/s.txt, publisher: Tolvane Transit,"
            f" value: {value}, number: \"{number}\", quote: \"{number}\"}}\n")


REGISTRY = ("version: 1\nfigures:\n"
            + _figure("trips_total", "Trips on Tolvane buses and trains in 2025", 47900000,
                      "47.9 million", "trips, ridership")
            + _figure("bus_trips", "Trips on Tolvane buses in 2025", 28600000, "28.6 million",
                      "bus, buses, trips, carried")
            + _figure("rail_trips", "Trips on Tolvane trains in 2025", 19300000, "19.3 million",
                      "train, trains, rail, trips, carried"))

CASES = [
    pytest.param("Tolvane's buses and trains carried 47.9 million trips in 2025.",
                 [("FC100", "trips_total")], id="both-parts-named-state-the-whole"),
    pytest.param("Tolvane's buses and trains carried 49.7 million trips in 2025.",
                 [("FC101", "trips_total")], id="a-wrong-whole-is-caught-against-the-whole"),
    pytest.param("Tolvane's buses carried 28.6 million trips in 2025.",
                 [("FC100", "bus_trips")], id="one-part-named-states-the-part"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parts_named_together(registry_at: Callable[..., FigureRegistry], tmp_path: Path,
                              text: str, expected: list[tuple[str, str]]) -> None:
    registry = registry_at(tmp_path, REGISTRY, {"s.txt": SOURCE})
    findings = scan_text(text + "\n", registry, "d.md", policy=Policy(show_verified=True))
    assert [(f["code"], f["figure"]) for f in findings] == expected, findings
