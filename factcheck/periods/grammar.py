"""A figure's period as an interval of days, at the resolution written.

`Period` is the value every stage passes. A figure's `period` follows one grammar
(docs/registry.md): a year "2022", a fiscal year "FY2023", a water year "WY2026", a quarter
"2026-Q1", a month "2023-09", a day "2023-09-30", an interval of any of them "2019-2021" or
"2023-03/2023-05", a partial period "FY2023 (first 11 months)", or a horizon "by 2029". Two
periods contradict each other when their intervals share no day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

FISCAL_START_MONTH = 10  # US federal fiscal years: FY2023 runs 2022-10-01 to 2023-09-30
WATER_START_MONTH = 10  # US water years: WY2026 runs 2025-10-01 to 2026-09-30


MOMENT_DAYS = 7  # a period shorter than this many days is a moment (Period.moment)


@dataclass(frozen=True, slots=True)
class Period:
    """An interval of days (inclusive) with the resolution it was written at."""

    start: date
    end: date
    resolution: str  # day, month, quarter, year, fiscal-year, water-year, interval, horizon
    text: str = ""  # as written
    how: str = ""  # how it was read or resolved, for --explain
    at: int = -1  # offset in the text it was found in
    # False when resolved against a guessed date: it supports, never contradicts
    certain: bool = True
    comparison: bool = False  # written as a comparison's base ("from February", "than in 2024")

    @property
    def open_ended(self) -> bool:
        """Say whether the period was written open-ended ("since 2019", "through March")."""
        return "open-ended" in self.how  # set by prose._open_ended, the one place that widens

    def overlaps(self, other: Period) -> bool:
        """Say whether two periods share a day."""
        return self.start <= other.end and other.start <= self.end

    def within(self, other: Period) -> bool:
        """Say whether every day of the period lies in the other."""
        return other.start <= self.start and self.end <= other.end

    @property
    def moment(self) -> bool:
        """Say whether the period is a day or a few: it dates a report, an edition or an event,
        not a month's or a year's count."""
        return (self.end - self.start).days < MOMENT_DAYS

    @property
    def label(self) -> str:
        """Return the period as a reader would write it ("March 2026", "2022", "Q1 2026")."""
        if self.text:
            return self.text
        return _iso(self)

    @property
    def years(self) -> frozenset[int]:
        """Return the calendar years the period touches."""
        return frozenset(range(self.start.year, self.end.year + 1))


def _iso(p: Period) -> str:
    if p.resolution == "day":
        return p.start.isoformat()
    if p.resolution == "month":
        return f"{p.start.year}-{p.start.month:02d}"
    if p.resolution == "year":
        return str(p.start.year)
    return f"{p.start.isoformat()}/{p.end.isoformat()}"


def year_period(year: int, text: str = "", how: str = "", at: int = -1) -> Period:
    """Return a calendar year."""
    return Period(date(year, 1, 1), date(year, 12, 31), "year", text, how, at)


def month_period(year: int, month: int, text: str = "", how: str = "", at: int = -1) -> Period:
    """Return a calendar month."""
    last = calendar.monthrange(year, month)[1]
    return Period(date(year, month, 1), date(year, month, last), "month", text, how, at)


def quarter_period(year: int, quarter: int, text: str = "", how: str = "", at: int = -1) -> Period:
    """Return a calendar quarter."""
    first = month_period(year, 3 * quarter - 2)
    last = month_period(year, 3 * quarter)
    return Period(first.start, last.end, "quarter", text, how, at)


def fiscal_period(year: int, text: str = "", how: str = "", at: int = -1) -> Period:
    """Return a (US federal) fiscal year."""
    return Period(date(year - 1, FISCAL_START_MONTH, 1), date(year, FISCAL_START_MONTH - 1, 30),
                  "fiscal-year", text, how, at)


def water_year_period(year: int, text: str = "", how: str = "", at: int = -1) -> Period:
    """Return a (US) water year, named by the year it ends in: WY2026 is Oct 2025 to Sep 2026."""
    return Period(date(year - 1, WATER_START_MONTH, 1), date(year, WATER_START_MONTH - 1, 30),
                  "water-year", text, how, at)


def span(a: Period, b: Period, text: str = "", at: int = -1) -> Period:
    """Return the interval from the start of one period to the end of another."""
    lo, hi = (a, b) if a.start <= b.start else (b, a)
    return Period(lo.start, hi.end, "interval", text, "an interval", at)


# --- a figure's period -------------------------------------------------------------------

_ONE = (r"(?:(?P<{p}fy>FY\s?)|(?P<{p}wy>WY\s?))?(?P<{p}y>(?:19|20)\d\d)"
        r"(?:-(?P<{p}q>Q[1-4])|-(?P<{p}m>0[1-9]|1[0-2])(?:-(?P<{p}d>0[1-9]|[12]\d|3[01]))?)?")
_FIGURE_PERIOD = re.compile(
    r"^\s*(?:(?P<horizon>by)\s+)?" + _ONE.format(p="s") + r"(?:\s*(?:/|-|–|to|through)\s*"
    + _ONE.format(p="e") + r")?\s*(?P<partial>\(.*\))?\s*$", re.I)


def grammar() -> str:
    """Return the accepted forms of a registry period, for error messages."""
    return ('"2022", "FY2023", "WY2026", "2026-Q1", "2023-09", "2023-09-30", "2019-2021", '
            '"2023-03/2023-05", "FY2023 (first 11 months)" or "by 2029"')


@lru_cache(maxsize=8192)
def parse_figure_period(text: str | None) -> Period | None:
    """Return a registry period as an interval, or None when it is absent or not in the grammar."""
    if not text:
        return None
    m = _FIGURE_PERIOD.match(text)
    if m is None:
        return None
    try:
        first = _one(m, "s")
        if m.group("horizon"):
            # A projection "by 2029" is a value of its horizon year: a sentence about 2022
            # does not state it.
            return replace(first, resolution="horizon", text=text.strip(), how="a horizon")
        last = _one(m, "e") if m.group("ey") else first
        if last.end < first.start:
            return None
        out = span(first, last)
    except ValueError:
        return None
    if out.end < out.start:
        return None
    return replace(out, text=text.strip())


def _one(m: re.Match[str], p: str) -> Period:
    year = int(m.group(p + "y"))
    if m.group(p + "fy"):
        return fiscal_period(year)
    if m.group(p + "wy"):
        return water_year_period(year)
    if m.group(p + "q"):
        return quarter_period(year, int(m.group(p + "q")[1]))
    if m.group(p + "m"):
        month = int(m.group(p + "m"))
        if m.group(p + "d"):
            day = date(year, month, int(m.group(p + "d")))
            return Period(day, day, "day")
        return month_period(year, month)
    return year_period(year)


_DATE_RE = re.compile(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")


def parse_date(text: str | None) -> date | None:
    """Return the date that starts an ISO date or timestamp ("2026-04-10T09:00:00Z"), or None."""
    if not text:
        return None
    m = _DATE_RE.match(text.strip())
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def registry_form(p: Period) -> str | None:
    """Return a period in the registry's grammar ("2026-08", "2025", "2019-2021"), or None.

    The shortest form whose interval is exactly the period's days wins; an open-ended
    period ("since 2019") has none.
    """
    if p.resolution == "horizon":
        return f"by {p.end.year}"
    s, e = p.start, p.end
    forms = (
        s.isoformat(), f"{s.year}-{s.month:02d}", f"{s.year}-Q{(s.month - 1) // 3 + 1}",
        str(s.year),
        f"FY{e.year}", f"{s.year}-{e.year}", f"{s.year}-{s.month:02d}/{e.year}-{e.month:02d}",
        f"{s.isoformat()}/{e.isoformat()}",
    )
    for form in forms:
        parsed = parse_figure_period(form)
        if parsed is not None and (parsed.start, parsed.end) == (s, e):
            return form
    return None
