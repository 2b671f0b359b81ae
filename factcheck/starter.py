"""`factcheck init`: a starter registry (a figure and a revised figure), its source documents,
settings and a draft to scan.

Nothing is asked and nothing is overwritten: a file that already exists is left alone and
named in the result. `--example seeds` copies the shipped seed registry and its documents
(package data under factcheck/examples/) instead of the starter.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from factcheck.errors import InputError

EXAMPLES = ("starter", "seeds")
SCHEMA_NAME = "figures.schema.json"
DRAFT_NAME = "example-draft.md"
CONFIG_NAME = ".factcheck.toml"

STARTER_REGISTRY = f"""\
# yaml-language-server: $schema={SCHEMA_NAME}
# The figure registry: every statistic your drafts may cite, and exactly where it was
# published. The fields and the curation rules are in docs/registry.md of the factcheck
# documentation; {SCHEMA_NAME} (written next to this file) gives editors completion.
#
#   factcheck registry check          validate this file after every edit
#   factcheck scan {DRAFT_NAME}  check a draft against it
#   factcheck figure ID               show one figure and its sources
version: 1
figures:
  # One figure is one real-world quantity. Replace this worked example with your own.
  - id: riverton_transit_trips_2024        # stable snake_case id: quantity, place, period
    title: Trips taken on Riverton buses and trams in 2024
    value: 12412000                        # the best-supported value, a plain number
    unit: trips                            # a counted noun in the plural (or percent, USD, ...)
    kind: count
    period: "2024"                         # "2024", "FY2024", "2024-Q1", "2024-03", ...
    place: Riverton
    keywords: [trips, rides, riders, ridership, buses, trams, transit]
    note: A fictional example written by 'factcheck init'.
    sources:
      # One source for each statement in a document. Quotes are verbatim, typos included.
      - document: sources/riverton-transit-report-2024.txt   # relative to this file, or a URL
        publisher: Riverton Transit Authority
        date: "2025-03-03"
        quote: "Riders took 12,412,000 trips on Riverton buses and trams in 2024"
        value: 12412000
        number: "12,412,000"                # the number exactly as printed in the quote
      - document: sources/riverton-courier-2025-03-04.txt
        publisher: The Riverton Courier
        date: "2025-03-04"
        quote: "about 12.4 million trips last year"
        value: 12400000                    # the value as this source states it
        number: "12.4 million"
        qualifier: about                   # this source's own hedge

  # A revised figure: official statistics are estimated, then revised. Each source is one
  # report of an estimate; the newest is the figure's value, and a draft that states an
  # older one is told it was revised (FC117 outdated).
  - id: riverton_jobs_added_2026_02
    title: Jobs added by Riverton employers in February 2026
    value: 1650                            # the newest estimate
    unit: jobs
    kind: count
    period: "2026-02"
    place: Riverton
    keywords: [jobs, added, employers, payrolls, hiring, jobs gain]
    revisions: true                        # the sources are successive estimates, not a conflict
    note: A fictional example written by 'factcheck init'.
    sources:
      - document: sources/riverton-jobs-report-2026-03.txt
        publisher: Riverton Statistics Office
        date: "2026-03-06"                 # every estimate is dated: the dates order them
        quote: "Employers in Riverton added 1,870 jobs in February"
        value: 1870
        number: "1,870"
        estimate: first                    # first, second, third or final
      - document: sources/riverton-jobs-report-2026-04.txt
        publisher: Riverton Statistics Office
        date: "2026-04-03"
        quote: "was revised to 1,570"
        value: 1570
        number: "1,570"
        estimate: second
      - document: sources/riverton-jobs-report-2026-05.txt
        publisher: Riverton Statistics Office
        date: "2026-05-01"
        quote: "February's jobs gain stands at 1,650"
        value: 1650
        number: "1,650"
        estimate: final
"""

STARTER_DOCUMENTS = {
    "sources/riverton-transit-report-2024.txt": """\
Riverton Transit Authority
Annual Ridership Report 2024
Published March 3, 2025

Riders took 12,412,000 trips on Riverton buses and trams in 2024, the most since the
network opened. Weekday trips made up most of the total.
""",
    "sources/riverton-courier-2025-03-04.txt": """\
The Riverton Courier, March 4, 2025

Buses and trams busier than ever

Riverton's buses and trams carried about 12.4 million trips last year, the transit
authority said on Monday.
""",
    "sources/riverton-jobs-report-2026-03.txt": """\
Riverton Statistics Office
Jobs Report, March 6, 2026

Employers in Riverton added 1,870 jobs in February, according to the first estimate from
the monthly payroll survey.
""",
    "sources/riverton-jobs-report-2026-04.txt": """\
Riverton Statistics Office
Jobs Report, April 3, 2026

With more payroll returns in, the number of jobs added in February was revised to 1,570.
""",
    "sources/riverton-jobs-report-2026-05.txt": """\
Riverton Statistics Office
Jobs Report, May 1, 2026

In the final estimate, February's jobs gain stands at 1,650.
""",
}

STARTER_DRAFT = """\
# Riverton's buses are busier than ever

Riverton's buses and trams carried 12.4 million trips in 2024, according to the city's
transit authority.

On the busiest route, weekday ridership averaged 41,00 passengers.

Riverton employers added 1,870 jobs in February, the city's statistics office said.
"""

STARTER_CONFIG = """\
# factcheck settings: see "Configuration and suppressions" in the factcheck README.
registry = "figures.yaml"
# The registry's source documents are not drafts.
exclude = ["sources/*"]
"""

SEEDS_CONFIG = """\
# factcheck settings: see "Configuration and suppressions" in the factcheck README.
registry = "figures.yaml"
"""


@dataclass
class InitResult:
    """What `factcheck init` wrote, and what it left alone because it was already there."""

    directory: Path
    written: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    config: Path | None = None  # the settings file in effect, written or kept


def _examples_dir() -> Path:
    return Path(str(resources.files("factcheck") / "examples"))


def seed_files() -> dict[str, bytes]:
    """Return the shipped seed registry and documents, keyed by their path in a project."""
    base = _examples_dir()
    files = {"figures.yaml": (base / "figures.yaml").read_bytes()}
    for path in sorted((base / "seeds").iterdir()):
        if path.is_file():
            files[f"seeds/{path.name}"] = path.read_bytes()
    return files


def starter_files() -> dict[str, bytes]:
    """Return the starter registry, its documents, the JSON Schema and the example draft."""
    from factcheck.registry.schema import schema_text

    files = {"figures.yaml": STARTER_REGISTRY, SCHEMA_NAME: schema_text(),
             DRAFT_NAME: STARTER_DRAFT}
    files.update(STARTER_DOCUMENTS)
    return {name: text.encode("utf-8") for name, text in files.items()}


def _pyproject_table(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    tool = data.get("tool")
    return isinstance(tool, dict) and "factcheck" in tool


def init_project(directory: Path, example: str = "starter") -> InitResult:
    """Write a project's starting files into `directory`, never replacing an existing file.

    Settings go to `.factcheck.toml`, unless the directory's pyproject.toml already has a
    [tool.factcheck] table (which is then left in effect); an existing pyproject.toml is
    never edited.
    """
    if example not in EXAMPLES:
        raise InputError(f"--example: unknown example '{example}'; choose from "
                         f"{', '.join(EXAMPLES)}")
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise InputError(f"{directory}: not a directory")
    files = seed_files() if example == "seeds" else starter_files()
    result = InitResult(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        _write_new(directory / name, data, result)
    pyproject = directory / "pyproject.toml"
    if _pyproject_table(pyproject) and not (directory / CONFIG_NAME).exists():
        result.kept.append(pyproject)
        result.config = pyproject
    else:
        config = (SEEDS_CONFIG if example == "seeds" else STARTER_CONFIG).encode("utf-8")
        _write_new(directory / CONFIG_NAME, config, result)
        result.config = directory / CONFIG_NAME
    return result


def _write_new(path: Path, data: bytes, result: InitResult) -> None:
    """Create a file that does not exist yet (atomically: no other writer can race it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        result.kept.append(path)
        return
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    result.written.append(path)
