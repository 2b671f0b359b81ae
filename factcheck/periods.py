"""Periods as intervals of days, at the resolution written.

A figure's `period` follows one grammar (docs/registry.md): a year "2022", a fiscal year
"FY2023", a quarter "2026-Q1", a month "2023-09", a day "2023-09-30", an interval of any of
them "2019-2021" or "2023-03/2023-05", a partial period "FY2023 (first 11 months)", or a
horizon "by 2029". In prose, `find_periods` reads years (found by extraction), months and
days ("in March", "September 2023", "March 3, 2026"), quarters ("the first quarter of
2026", "Q1"), fiscal years, intervals ("between 2014 and 2018", "from 2019 through 2021")
and relative periods ("last year", "this month", "on Saturday"), resolving those without a
year against the document's date. Two periods contradict each other when their intervals
share no day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

FISCAL_START_MONTH = 10  # US federal fiscal years: FY2023 runs 2022-10-01 to 2023-09-30


@dataclass(frozen=True, slots=True)
class Period:
    """An interval of days (inclusive) with the resolution it was written at."""

    start: date
    end: date
    resolution: str  # day, month, quarter, year, fiscal-year, interval, horizon
    text: str = ""  # as written
    how: str = ""  # how it was read or resolved, for --explain
    at: int = -1  # offset in the text it was found in
    certain: bool = True  # False when resolved against a guessed date: it supports, never contradicts
    comparison: bool = False  # written as a comparison's base ("from February", "than in 2024")

    def overlaps(self, other: Period) -> bool:
        """Say whether two periods share a day."""
        return self.start <= other.end and other.start <= self.end

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


def span(a: Period, b: Period, text: str = "", at: int = -1) -> Period:
    """Return the interval from the start of one period to the end of another."""
    lo, hi = (a, b) if a.start <= b.start else (b, a)
    return Period(lo.start, hi.end, "interval", text, "an interval", at)


# --- a figure's period -------------------------------------------------------------------

_ONE = (r"(?P<{p}fy>FY\s?)?(?P<{p}y>(?:19|20)\d\d)(?:-(?P<{p}q>Q[1-4])|-(?P<{p}m>0[1-9]|1[0-2])"
        r"(?:-(?P<{p}d>0[1-9]|[12]\d|3[01]))?)?")
_FIGURE_PERIOD = re.compile(
    r"^\s*(?:(?P<horizon>by)\s+)?" + _ONE.format(p="s") + r"(?:\s*(?:/|-|–|to|through)\s*"
    + _ONE.format(p="e") + r")?\s*(?P<partial>\(.*\))?\s*$", re.I)


def grammar() -> str:
    """Return the accepted forms of a registry period, for error messages."""
    return ('"2022", "FY2023", "2026-Q1", "2023-09", "2023-09-30", "2019-2021", "2023-03/2023-05", '
            '"FY2023 (first 11 months)" or "by 2029"')


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
    if m.group(p + "q"):
        return quarter_period(year, int(m.group(p + "q")[1]))
    if m.group(p + "m"):
        month = int(m.group(p + "m"))
        if m.group(p + "d"):
            day = date(year, month, int(m.group(p + "d")))
            return Period(day, day, "day")
        return month_period(year, month)
    return year_period(year)


# --- periods in prose --------------------------------------------------------------------

MONTHS = {name: i for i, names in enumerate((
    (), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)) for name in names}
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_ORD_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR = r"(?:19|20)\d\d"
# "May" is a month only where a month is expected: before a day or year, or after "in" and its like.
_MONTH_RE = re.compile(
    r"\b" + _MONTH + r"(?:\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<year>" + _YEAR + r")\b)?"
    r"|\b(?P<dday>[0-3]?\d)\s+" + _MONTH.replace("month", "dmonth") + r"(?:,?\s+(?P<dyear>" + _YEAR + r")\b)?")
_QUARTER_RE = re.compile(
    r"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?P<year>" + _YEAR + r"))?\b"
    r"|\bQ(?P<q>[1-4])(?:\s*(?P<qyear>" + _YEAR + r"))?\b|\b(?P<yq>" + _YEAR + r")[\s-]?Q(?P<qq>[1-4])\b", re.I)
_FISCAL_RE = re.compile(r"\b(?:fiscal(?:\s+year)?\s+(?P<y>" + _YEAR + r")|FY\s?(?P<fy>" + _YEAR + r"|\d\d))\b", re.I)
_INTERVAL_RE = re.compile(
    r"\b(?:between\s+(?P<a>" + _YEAR + r")\s+and\s+(?P<b>" + _YEAR + r")"
    r"|from\s+(?P<c>" + _YEAR + r")\s+(?:to|through|until|till|thru)\s+(?P<d>" + _YEAR + r")"
    r"|(?P<e>" + _YEAR + r")\s*(?:-|–|—|to|through)\s*(?P<f>" + _YEAR + r"|\d\d)(?![\d,.]))\b", re.I)
_MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_MONTHS_RE = re.compile(
    r"\b(?:from\s+|between\s+)?(?P<m1>" + _MONTH_WORD + r")(?:\s+(?P<y1>" + _YEAR + r"))?"
    r"\s*(?:-|–|—|to|through|thru|until|and)\s*(?P<m2>" + _MONTH_WORD + r")(?:,?\s+(?P<y2>" + _YEAR + r"))?\b")
_RELATIVE_RE = re.compile(
    r"\b(?P<which>last|this|past|previous|so\s+far\s+this)\s+(?P<unit>year|month|quarter|week)\b"
    r"|\b(?P<ago>a\s+year\s+(?:earlier|ago|before))\b|\b(?P<day>yesterday|today)\b"
    r"|\b(?:on|last)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:in|of|since|during|through|until|by|for|last|this|early|mid|late)[\s-]+" + _MONTH.replace("month", "rmonth") + r"\b",
    re.I)


# A cheap test before the full patterns: does a text name any period but a bare year?
_ANY_PERIOD_WORD = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|quarter|\bQ[1-4]|fiscal|\bFY|\blast\b|\bthis\b|\bpast\b"
    r"|\bprevious\b|ago\b|earlier|\bbefore\b|yesterday|today|day\b|(?:19|20)\d\d", re.I)


def _month_of(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def _resolve_month(month: int, today: date | None) -> tuple[int | None, str]:
    """Return the year of a month named without one: the latest such month not after the draft's date."""
    if today is None:
        return None, "no year, and no draft date to resolve it"
    year = today.year if month <= today.month else today.year - 1
    return year, f"the year from the draft's date {today.isoformat()}"


def find_periods(text: str, today: date | None = None, years: tuple[tuple[int, int], ...] | None = None,
                 today_certain: bool = True) -> list[Period]:
    """Return the periods written in a text, in order, each with its offset and how it was read.

    `years` gives the (start, value) of the years extraction found; without it bare years
    are read here. Months without a year resolve against `today`, the draft's date.
    """
    if years is not None and not years and not _ANY_PERIOD_WORD.search(text):
        return []  # no year, month, quarter or relative period: most sentences
    found: list[Period] = []
    taken: list[tuple[int, int]] = []

    def add(p: Period | None, s: int, e: int) -> None:
        if p is not None and not any(s < te and ts < e for ts, te in taken):
            if not today_certain and p.how.startswith(("the year from", "from the draft")):
                p = replace(p, certain=False)
            found.append(_open_ended(replace(p, at=s), text, today))
            taken.append((s, e))

    for m in _INTERVAL_RE.finditer(text):
        add(_interval(m), m.start(), m.end())
    for m in _MONTHS_RE.finditer(text):
        add(_months(m, today), m.start(), m.end())
    for m in _FISCAL_RE.finditer(text):
        y = m.group("y") or m.group("fy")
        add(fiscal_period(int(y) if len(y) == 4 else 2000 + int(y), m.group(), "a fiscal year"), m.start(), m.end())
    for m in _QUARTER_RE.finditer(text):
        add(_quarter(m, today), m.start(), m.end())
    for m in _MONTH_RE.finditer(text):
        add(_month(m, today), m.start(), m.end())
    for m in _RELATIVE_RE.finditer(text):
        add(_relative(m, today), m.start(), m.end())
    year_marks = years if years is not None else tuple(
        (m.start(), int(m.group())) for m in re.finditer(r"(?<![\d$.,])" + _YEAR + r"(?![\d%])", text))
    for s, y in year_marks:
        add(year_period(y, str(y), "a year"), s, s + 4)
    found.sort(key=lambda p: p.at)
    return _shift_earlier(found)


_SINCE = re.compile(r"\b(?:since|after)\s+(?:the\s+)?$", re.I)
_UNTIL = re.compile(r"\b(?:through|until|till|thru|before|up\s+to)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
_BY = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I)
_FAR = date(9999, 12, 31)


_COMPARED = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|over)\s+(?:the\s+|in\s+|a\s+)?$", re.I)


def _open_ended(p: Period, text: str, today: date | None) -> Period:
    """Widen "since 2019" to run to the draft's date, "through March" to run from the start;
    mark "from February", "than in 2024" as a comparison's base."""
    before = text[max(0, p.at - 24):p.at]
    if _COMPARED.search(before) and p.resolution != "interval":
        p = replace(p, comparison=True)
    if _SINCE.search(before):
        return replace(p, end=today or _FAR, resolution="interval", how=p.how + ", open-ended (since)")
    if _UNTIL.search(before):
        return replace(p, start=date(1, 1, 1), resolution="interval", how=p.how + ", open-ended (until)")
    if _BY.search(before):
        # "by 2035" is a target's horizon, as a registry's "by 2030" is: the year itself.
        return replace(p, resolution="horizon", how=p.how + ", a horizon")
    return p


def _shift_earlier(found: list[Period]) -> list[Period]:
    """Read "a year earlier" as the period before it in the text, a year back."""
    out: list[Period] = []
    for p in found:
        if p.resolution != "year-earlier":
            out.append(p)
            continue
        if out:
            prev = out[-1]
            try:
                out.append(replace(prev, start=prev.start.replace(year=prev.start.year - 1),
                                   end=prev.end.replace(year=prev.end.year - 1), text=p.text,
                                   how=f"a year before {prev.label}", at=p.at))
            except ValueError:  # 29 February
                continue
    return out


def _interval(m: re.Match[str]) -> Period | None:
    a = m.group("a") or m.group("c") or m.group("e")
    b = m.group("b") or m.group("d") or m.group("f")
    lo = int(a)
    hi = int(b) if len(b) == 4 else lo // 100 * 100 + int(b)
    if not lo < hi <= lo + 50:
        return None
    return span(year_period(lo), year_period(hi), m.group())


def _months(m: re.Match[str], today: date | None) -> Period | None:
    """Read "January through March 2026", "from October to March": an interval of months."""
    a, b = _month_of(m.group("m1")), _month_of(m.group("m2"))
    y2 = int(m.group("y2")) if m.group("y2") else None
    y1 = int(m.group("y1")) if m.group("y1") else None
    how = "written"
    if y2 is None:
        y2, how = _resolve_month(b, today)
        if y2 is None:
            return None
    if y1 is None:
        y1 = y2 if a <= b else y2 - 1
    first, last = month_period(y1, a), month_period(y2, b)
    if last.end < first.start:
        return None
    return Period(first.start, last.end, "interval", m.group(), how)


def _quarter(m: re.Match[str], today: date | None) -> Period | None:
    if m.group("ord"):
        q, y = _ORD_Q[m.group("ord").lower()], m.group("year")
    elif m.group("q"):
        q, y = int(m.group("q")), m.group("qyear")
    else:
        q, y = int(m.group("qq")), m.group("yq")
    if y is not None:
        return quarter_period(int(y), q, m.group(), "a quarter")
    if today is None:
        return None
    year = today.year if 3 * q - 2 <= today.month else today.year - 1
    return quarter_period(year, q, m.group(), f"the year from the draft's date {today.isoformat()}")


def _month(m: re.Match[str], today: date | None) -> Period | None:
    word = m.group("month") or m.group("dmonth")
    day = m.group("day") or m.group("dday")
    year_text = m.group("year") or m.group("dyear")
    if word == "May" and not (day or year_text):
        return None  # "May" alone is the verb as often as the month; the relative pattern reads "in May"
    if len(word.rstrip(".")) <= 3 and word != "May" and not word.endswith(".") and not (day or year_text):
        return None  # "Mar", "Dec" alone are too often something else
    month = _month_of(word)
    if year_text is not None:
        year: int | None = int(year_text)
        how = "written"
    else:
        year, how = _resolve_month(month, today)
    if year is None:
        return None
    if day is not None and 1 <= int(day) <= calendar.monthrange(year, month)[1]:
        d = date(year, month, int(day))
        return Period(d, d, "day", m.group(), how)
    return month_period(year, month, m.group(), how)


def _relative(m: re.Match[str], today: date | None) -> Period | None:
    if m.group("rmonth"):
        month = _month_of(m.group("rmonth"))
        year, how = _resolve_month(month, today)
        return month_period(year, month, m.group(), how) if year is not None else None
    if m.group("ago"):
        return Period(date(1, 1, 1), date(1, 1, 1), "year-earlier", m.group(), "a year earlier")
    if today is None:
        return None
    how = f"from the draft's date {today.isoformat()}"
    text = m.group()
    if m.group("day"):
        d = today if m.group("day").lower() == "today" else today - timedelta(days=1)
        return Period(d, d, "day", text, how)
    if m.group("weekday"):
        back = (today.weekday() - _WEEKDAYS.index(m.group("weekday").lower())) % 7 or 7
        d = today - timedelta(days=back)
        return Period(d, d, "day", text, how)
    which, unit = m.group("which").lower(), m.group("unit").lower()
    return _relative_unit(which, unit, today, text, how)


def _relative_unit(which: str, unit: str, today: date, text: str, how: str) -> Period | None:
    back = 0 if which == "this" or which.startswith("so") else 1
    if unit == "year":
        p = year_period(today.year - back, text, how)
        return replace(p, end=today) if which.startswith("so") else p
    if unit == "month":
        y, mth = (today.year, today.month - back) if today.month > back else (today.year - 1, 12)
        return month_period(y, mth, text, how)
    if unit == "quarter":
        q = (today.month - 1) // 3 + 1 - back
        y = today.year
        if q == 0:
            q, y = 4, y - 1
        return quarter_period(y, q, text, how)
    start = today - timedelta(days=today.weekday() + 7 * back)
    return Period(start, start + timedelta(days=6), "week", text, how)


_DATE_RE = re.compile(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")


def parse_date(text: str | None) -> date | None:
    """Return the date at the start of an ISO date or timestamp ("2026-04-10T09:00:00Z"), or None."""
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
        s.isoformat(), f"{s.year}-{s.month:02d}", f"{s.year}-Q{(s.month - 1) // 3 + 1}", str(s.year),
        f"FY{e.year}", f"{s.year}-{e.year}", f"{s.year}-{s.month:02d}/{e.year}-{e.month:02d}",
        f"{s.isoformat()}/{e.isoformat()}",
    )
    for form in forms:
        parsed = parse_figure_period(form)
        if parsed is not None and (parsed.start, parsed.end) == (s, e):
            return form
    return None
