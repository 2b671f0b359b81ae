"""A tiny registry for the check stage, and a helper that turns a draft into statements."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.check.index import FigureIndex
from factcheck.check.statements import iter_statements
from factcheck.documents.load import parse_document
from factcheck.registry.load import FigureRegistry, load_registry
from factcheck.types import Statement

DOCUMENTS = {
    "utility.txt": "The utility recorded 412 water main breaks in 2023, up from 380 in 2022.\n",
    "library.txt": "Nearly 1.2 million visitors came to the city's libraries in 2023.\n",
    "transit.txt": "City buses carried about 48,000 riders a day.\n",
    "council.txt": "The council says crews repaired 9,100 potholes last year.\n",
    "audit.txt": "An independent audit counted only 6,000 pothole repairs last year.\n",
}

REGISTRY = """\
version: 1
figures:
  - id: water_main_breaks_2023
    title: Water main breaks recorded by the utility in 2023
    value: 412
    unit: breaks
    period: "2023"
    place: Springfield
    keywords: [water, main, breaks, pipes, burst, utility]
    sources:
      - {document: sources/utility.txt, publisher: Springfield Utility, value: 412, number: "412",
         quote: "The utility recorded 412 water main breaks in 2023"}
  - id: water_main_breaks_2022
    title: Water main breaks recorded by the utility in 2022
    value: 380
    unit: breaks
    period: "2022"
    place: Springfield
    keywords: [water, main, breaks, pipes, burst, utility]
    sources:
      - {document: sources/utility.txt, publisher: Springfield Utility, value: 380, number: "380",
         quote: "up from 380 in 2022"}
  - id: library_visitors_2023
    title: Visitors to the city's libraries in 2023
    value: 1200000
    unit: visitors
    qualifier: nearly
    period: "2023"
    keywords: [library, libraries, visitors, visits, branches]
    aliases: ["came to the city's libraries"]
    sources:
      - {document: sources/library.txt, publisher: City Library, value: 1200000,
         number: "1.2 million", qualifier: nearly,
         quote: "Nearly 1.2 million visitors came to the city's libraries in 2023"}
  - id: bus_riders_per_day
    title: Riders carried by city buses every day
    value: 48000
    unit: riders
    per: day
    qualifier: about
    keywords: [bus, buses, riders, ridership, carried]
    sources:
      - {document: sources/transit.txt, publisher: City Transit, value: 48000, number: "48,000",
         qualifier: about, quote: "City buses carried about 48,000 riders a day"}
  - id: potholes_repaired_2023
    title: Potholes repaired by city crews in 2023
    value: 9100
    unit: potholes
    period: "2023"
    keywords: [potholes, pothole, repaired, repairs, crews]
    disputed: true
    sources:
      - {document: sources/council.txt, publisher: City Council, value: 9100, number: "9,100",
         attribution: [council says, the council], quote: "crews repaired 9,100 potholes last year"}
      - {document: sources/audit.txt, publisher: Independent Audit, value: 6000, number: "6,000",
         attribution: [audit, auditors],
         quote: "An independent audit counted only 6,000 pothole repairs"}
"""


@pytest.fixture(scope="session")
def tiny_registry(tmp_path_factory: pytest.TempPathFactory) -> FigureRegistry:
    """Return a five-figure registry whose source documents exist and hold every quote."""
    root = tmp_path_factory.mktemp("registry")
    (root / "sources").mkdir()
    for name, text in DOCUMENTS.items():
        (root / "sources" / name).write_text(text, encoding="utf-8")
    path = root / "figures.yaml"
    path.write_text(REGISTRY, encoding="utf-8")
    return load_registry(path)


@pytest.fixture(scope="session")
def tiny_index(tiny_registry: FigureRegistry) -> FigureIndex:
    return FigureIndex.build(tiny_registry)


Statements = Callable[[str], list[Statement]]


@pytest.fixture
def statements(tiny_index: FigureIndex) -> Statements:
    """Return a helper: the statements of a one-paragraph Markdown draft, with their candidates."""

    def make(text: str) -> list[Statement]:
        doc = parse_document(text, "d.md", "markdown")
        return [st for sts, _ in iter_statements(doc, tiny_index) for st in sts]

    return make


@pytest.fixture
def registry_path(tiny_registry: FigureRegistry) -> Path:
    return Path(tiny_registry.path)
