"""Deterministic news-like drafts and synthetic registries for the benchmarks.

Everything here is a pure function of a seed: the same seed gives byte-identical files.
The drafts mix sentences that state registry figures (right, wrong, re-hedged, for the
wrong year, malformed) with years, dates, times, money, percentages, rates, measures,
ordinals, addresses and plain prose, in Markdown and plain text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# --- vocabulary shared by drafts and synthetic registries ---------------------------------

# (id stem, unit, kind, per, keywords, sentence with {num} and {place} and {year})
TOPICS: tuple[tuple[str, str, str, str | None, tuple[str, ...], str], ...] = (
    ("overdose_deaths", "deaths", "count", None,
     ("overdose", "overdoses", "died", "deaths", "drug"),
     "{hedge}{num} people died of drug overdoses in {place} in {year}"),
    ("traffic_fatalities", "deaths", "count", None,
     ("traffic", "crashes", "road", "fatalities", "killed"),
     "{hedge}{num} people were killed in traffic crashes in {place} in {year}"),
    ("border_apprehensions", "migrants", "count", None,
     ("migrants", "apprehended", "border", "patrol", "apprehensions"),
     "agents apprehended {hedge}{num} migrants near {place} in {year}"),
    ("homicides", "homicides", "count", None, ("homicides", "murders", "killings", "police"),
     "police recorded {hedge}{num} homicides in {place} in {year}"),
    ("evictions", "evictions", "count", None,
     ("evictions", "eviction", "tenants", "filings", "housing"),
     "landlords filed {hedge}{num} evictions in {place} in {year}"),
    ("hospital_admissions", "admissions", "count", None,
     ("hospital", "admissions", "patients", "admitted", "flu"),
     "hospitals in {place} reported {hedge}{num} flu admissions in {year}"),
    ("teachers_hired", "teachers", "count", None,
     ("teachers", "hired", "schools", "district", "classrooms"),
     "the district hired {hedge}{num} teachers in {place} in {year}"),
    ("wildfire_acres", "acre", "measure", None,
     ("wildfire", "wildfires", "burned", "fire", "acres"),
     "wildfires burned {hedge}{num} acres across {place} in {year}"),
    ("cocaine_seized", "metric_ton", "measure", None,
     ("cocaine", "seized", "seizure", "navy", "tonnes"),
     "the navy seized {hedge}{num} tonnes of cocaine off {place} in {year}"),
    ("rail_built", "kilometer", "measure", None, ("rail", "railway", "track", "built", "line"),
     "crews built {hedge}{num} kilometers of rail track in {place} in {year}"),
    ("unemployment_rate", "percent", "percent", None,
     ("unemployment", "jobless", "rate", "labor", "workers"),
     "the unemployment rate in {place} was {hedge}{num} percent in {year}"),
    ("vaccination_rate", "percent", "percent", None,
     ("vaccinated", "vaccination", "vaccine", "children", "doses"),
     "{hedge}{num} percent of children in {place} were vaccinated in {year}"),
    ("turnout", "percent", "percent", None, ("turnout", "voters", "election", "ballots", "voted"),
     "turnout in {place} reached {hedge}{num} percent in the {year} election"),
    ("graduation_rate", "percent", "percent", None,
     ("graduation", "graduated", "students", "high", "school"),
     "{hedge}{num}% of high school students in {place} graduated on time in {year}"),
    ("school_budget", "USD", "money", None,
     ("budget", "schools", "spending", "education", "council"),
     "the council approved a school budget of {hedge}${num} million for {place} in {year}"),
    ("aid_package", "USD", "money", None, ("aid", "package", "relief", "congress", "approved"),
     "lawmakers approved {hedge}${num} billion in aid for {place} in {year}"),
    ("fines_paid", "USD", "money", None, ("fines", "fined", "penalty", "regulators", "settlement"),
     "regulators fined companies in {place} {hedge}${num} million in {year}"),
    ("crossings_per_day", "people", "rate", "day",
     ("crossing", "crossings", "daily", "every", "day"),
     "{hedge}{num} people a day were crossing into {place} in {year}"),
    ("homicide_rate", "homicides", "rate", "100000 people",
     ("homicide", "rate", "residents", "violence"),
     "the homicide rate in {place} was {hedge}{num} per 100,000 people in {year}"),
    ("rents_rise", "percent", "change", None, ("rents", "rent", "rose", "housing", "apartments"),
     "rents in {place} rose {hedge}{num} percent in {year}"),
)

PLACES: tuple[str, ...] = (
    "Ohio", "Texas", "California", "Florida", "Arizona", "New Mexico", "Nevada", "Oregon",
    "Maine", "Vermont", "Georgia", "Alabama", "Kentucky", "Tennessee", "Michigan", "Illinois",
    "Iowa", "Kansas", "Nebraska", "Montana", "Idaho", "Utah", "Colorado", "Wyoming", "Alaska",
    "Hawaii", "Virginia", "Maryland", "Delaware", "New Jersey", "Pennsylvania", "Wisconsin",
    "Minnesota", "Missouri", "Arkansas", "Louisiana", "Mississippi", "Oklahoma", "Indiana",
    "Mexico", "Guatemala", "Honduras", "Colombia", "Peru", "Chile", "Brazil", "Canada",
    "Ecuador", "Panama", "Sinaloa",
)
YEARS: tuple[int, ...] = tuple(range(2024, 2004, -1))
HEDGES: tuple[str, ...] = ("", "", "", "about ", "nearly ", "more than ", "roughly ", "almost ",
                           "at least ", "fewer than ", "some ")
PUBLISHERS: tuple[str, ...] = ("The Daily Ledger", "Metro Tribune", "State Statistics Office",
                               "Associated Wire", "Public Health Bureau")

FILLER: tuple[str, ...] = (
    "Officials said the figures were preliminary and could be revised.",
    "The mayor did not respond to a request for comment on Tuesday.",
    "Critics of the plan say it leaves too many questions unanswered.",
    "Residents packed the meeting hall, and several spoke for the maximum time allowed.",
    "The report, which was released late on Friday, drew sharp criticism from both parties.",
    "Advocates have long argued that the data undercount the problem.",
    "In interviews, families described months of uncertainty and delay.",
    "The agency said it would publish a fuller analysis later this year.",
    "Economists cautioned against reading too much into a single quarter.",
    "The governor's office called the findings encouraging but incomplete.",
    "Several of those interviewed asked that their names not be used.",
    "It was not immediately clear how the change would be enforced.",
)

# Numbers that are not statistics, and statistics that match no figure.
OTHER: tuple[str, ...] = (
    "The hearing is set for 9:30 a.m. on Oct. 4 at 1600 Pennsylvania Avenue.",
    "The committee met for the first time in 2019 and again on 27 August 2023.",
    "Section 230 of the act, passed in 1996, was cited on page 12 of the ruling.",
    "A 34-year-old driver was taken to the hospital after a two-day search.",
    "The company's revenue grew 14% to $3.2 billion, its 21st straight quarter of growth.",
    "Prices rose 0.4 percentage points in March, after a 2.1 percent rise in February.",
    "The truck was carrying 26,000 pounds (nearly 12 tonnes) of produce.",
    "Between 18 and 49 volunteers are expected each weekend through the 2020s.",
    "Thousands upon thousands of people lined the route, and dozens waited overnight.",
    "The storm dropped 8 to 16 inches of snow, with winds of 45 mph and temperatures of -3 °C.",
    "The bill, H.R. 4521, would cost $250 million over 10 years, or $25 million a year.",
    "One of the three sons said the family had lived there for 40 years.",
    "Call (555) 123-4567 or visit www.example.org/report-2023 for details.",
    "Half of respondents and two-thirds of managers said they expected layoffs.",
)

# Sentences that state the shipped registry's figures, right and wrong.
SHIPPED: tuple[str, ...] = (
    "Nearly 110,000 people died of drug overdoses in the United States in 2022.",
    "About 11,000 people died of drug overdoses in 2022.",
    "Nearly 110,00 people died last year of drug overdoses in the United States.",
    "Roughly 200,000 migrants were apprehended by the Border Patrol in September.",
    "Arrests along the southern border hit 9,000 on Saturday alone.",
    "The administration waived 26 federal laws to build the border wall in South Texas.",
    "About 6,000 people a day cross Mexico's southern border, officials said.",
)


@dataclass(frozen=True)
class SynthFigure:
    """The facts behind one synthetic figure, shared by the registry and the drafts."""

    id: str
    topic: int
    place: str
    year: int
    value: float


def _value_for(rng: random.Random, kind: str) -> float:
    if kind == "percent":
        return float(rng.randint(3, 97))
    if kind == "change":
        return float(rng.randint(2, 40))
    if kind == "money":
        return float(rng.randint(2, 900))
    if kind == "rate":
        return float(rng.randint(2, 60))
    if kind == "measure":
        return float(rng.randint(12, 9_000))
    return float(rng.randrange(100, 200_000, 10))


def synthetic_figures(count: int, seed: int = 1) -> list[SynthFigure]:
    """Return `count` distinct figures: topic x place x year, values from the seed.

    Past every combination (100,000 figures), places repeat as districts ("Ohio District 2").
    """
    rng = random.Random(f"figures-{seed}")
    out: list[SynthFigure] = []
    nt, np_ = len(TOPICS), len(PLACES)
    for i in range(count):
        t, p, y = i % nt, (i // nt) % np_, (i // (nt * np_)) % len(YEARS)
        district = i // (nt * np_ * len(YEARS))
        place = PLACES[p] if not district else f"{PLACES[p]} District {district + 1}"
        stem = TOPICS[t][0]
        fid = f"{stem}_{place.lower().replace(' ', '_')}_{YEARS[y]}"
        out.append(SynthFigure(fid, t, place, YEARS[y], _value_for(rng, TOPICS[t][2])))
    return out


def _fmt(value: float, kind: str) -> str:
    if kind in ("percent", "change", "rate", "money"):
        return f"{value:g}"
    return f"{value:,.0f}"


def _stated(fig: SynthFigure, hedge: str = "") -> str:
    _, _, kind, _, _, template = TOPICS[fig.topic]
    return template.format(hedge=hedge, num=_fmt(fig.value, kind), place=fig.place, year=fig.year)


def _yaml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _quote(fig: SynthFigure) -> str:
    s = _stated(fig)
    return s[0].upper() + s[1:] + "."


def registry_yaml(figures: list[SynthFigure], document: str = "source.txt") -> str:
    """Return a figures.yaml for these figures, each with one source in `document`."""
    lines = ["version: 1", "figures:"]
    for i, fig in enumerate(figures):
        stem, unit, kind, per, keywords, _ = TOPICS[fig.topic]
        value = fig.value * (1e6 if stem in ("school_budget", "fines_paid") else 1e9
                             if stem == "aid_package" else 1)
        quote = _quote(fig)
        title = f"{stem.replace('_', ' ').capitalize()} in {fig.place} in {fig.year}"
        lines += [
            f"  - id: {fig.id}",
            f"    title: {_yaml_str(title)}",
            f"    value: {value:g}",
            f"    unit: {unit}",
            f"    kind: {kind}",
        ]
        if per:
            lines.append(f"    per: {_yaml_str(per)}")
        lines += [
            f"    period: \"{fig.year}\"",
            f"    place: {_yaml_str(fig.place)}",
            f"    keywords: [{', '.join(keywords)}]",
            "    sources:",
            f"      - document: {document}",
            f"        publisher: {_yaml_str(PUBLISHERS[i % len(PUBLISHERS)])}",
            f"        quote: {_yaml_str(quote)}",
            f"        value: {value:g}",
        ]
    return "\n".join(lines) + "\n"


def write_registry(directory: Path, count: int, seed: int = 1) -> Path:
    """Write figures.yaml with `count` figures and its one source document; return its path."""
    directory.mkdir(parents=True, exist_ok=True)
    figures = synthetic_figures(count, seed)
    doc = directory / "source.txt"
    doc.write_text("\n".join(_quote(f) for f in figures) + "\n", encoding="utf-8")
    path = directory / "figures.yaml"
    path.write_text(registry_yaml(figures), encoding="utf-8")
    return path


# --- drafts -------------------------------------------------------------------------------

_WRONG = (10, 0.1, 1.5, 0.5)  # scale slips and plain errors


def _figure_sentence(rng: random.Random, figures: list[SynthFigure]) -> str:
    fig = figures[rng.randrange(len(figures))]
    kind = TOPICS[fig.topic][2]
    r = rng.random()
    if r < 0.55:
        s = _stated(fig, rng.choice(HEDGES))
    elif r < 0.75:
        wrong = SynthFigure(fig.id, fig.topic, fig.place, fig.year,
                            max(1.0, round(fig.value * rng.choice(_WRONG))))
        s = _stated(wrong, rng.choice(HEDGES))
    elif r < 0.85:
        s = _stated(SynthFigure(fig.id, fig.topic, fig.place, fig.year - 1, fig.value))
    elif r < 0.92 and kind in ("count", "measure") and fig.value >= 1000:
        num = _fmt(fig.value, kind)
        s = _stated(fig).replace(num, num[:-1], 1)  # "110,000" -> "110,00"
    else:
        s = _stated(fig, rng.choice(HEDGES))
        s = f"{s}, according to {rng.choice(PUBLISHERS)}"
    return s[0].upper() + s[1:] + "."


def _sentence(rng: random.Random, figures: list[SynthFigure]) -> str:
    r = rng.random()
    if r < 0.35:
        return _figure_sentence(rng, figures)
    if r < 0.55:
        return rng.choice(OTHER)
    if r < 0.60:
        return rng.choice(SHIPPED)
    return rng.choice(FILLER)


def _paragraph(rng: random.Random, figures: list[SynthFigure]) -> str:
    return " ".join(_sentence(rng, figures) for _ in range(rng.randint(2, 6)))


def draft(rng: random.Random, figures: list[SynthFigure], size: int, markdown: bool) -> str:
    """Return one draft of about `size` characters."""
    parts: list[str] = []
    n = 0
    if markdown:
        head = f"# {rng.choice(PLACES)} {rng.choice(('budget', 'report', 'update', 'review'))}"
        parts.append(head)
        n += len(head)
    while n < size:
        r = rng.random()
        if markdown and r < 0.08:
            p = f"## {rng.choice(FILLER).rstrip('.')}"
        elif markdown and r < 0.14:
            p = "\n".join(f"- {_sentence(rng, figures)}" for _ in range(rng.randint(2, 4)))
        elif markdown and r < 0.17:
            p = f"> {_paragraph(rng, figures)}"
        else:
            p = _paragraph(rng, figures)
            if markdown and rng.random() < 0.1:
                p += (f" See [the report](https://example.org/{rng.randint(1000, 9999)}) for "
                      f"**details**.")
        parts.append(p)
        n += len(p) + 2
    return "\n\n".join(parts) + "\n"


def write_corpus(directory: Path, megabytes: float, files: int, seed: int = 1,
                 figures: int = 1000) -> tuple[list[Path], Path]:
    """Write `files` drafts totalling about `megabytes` MB, and the same text as one file.

    Returns the list of draft paths (in a `files/` subdirectory) and the one-file path.
    """
    rng = random.Random(f"corpus-{seed}")
    figs = synthetic_figures(figures, seed)
    many = directory / "files"
    many.mkdir(parents=True, exist_ok=True)
    size = int(megabytes * 1_000_000 / files)
    paths: list[Path] = []
    texts: list[str] = []
    for i in range(files):
        markdown = i % 4 != 3
        text = draft(rng, figs, size, markdown)
        path = many / f"{i // 100:02d}" / f"draft_{i:05d}.{'md' if markdown else 'txt'}"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        texts.append(text)
    one = directory / "one" / "corpus.md"
    one.parent.mkdir(exist_ok=True)
    one.write_text("\n\n".join(texts), encoding="utf-8")
    return paths, one


def one_page(seed: int = 1) -> str:
    """Return a one-page draft (about 3,000 characters) in Markdown."""
    rng = random.Random(f"page-{seed}")
    return draft(rng, synthetic_figures(100, seed), 3000, True)


def describe(paths: list[Path]) -> dict[str, Any]:
    """Return the file count and total size of a corpus."""
    return {"files": len(paths), "bytes": sum(p.stat().st_size for p in paths)}
