"""Periods written in prose, resolved against the draft's date.

`find_periods` reads years (found by extraction), months and days ("in March", "September
2023", "March 3, 2026"), quarters ("the first quarter of 2026", "Q1"), fiscal years,
intervals ("between 2014 and 2018", "from 2019 through 2021") and relative periods ("last
year", "this month", "on Saturday"), resolving those without a year against the document's
date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from factcheck.periods.grammar import (
    Period,
    fiscal_period,
    month_period,
    quarter_period,
    span,
    water_year_period,
    year_period,
)

MONTHS = {name: i for i, names in enumerate((
    (), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)) for name in names}
_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October"
          r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_ORD_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR = r"(?:19|20)\d\d"
# "May" is a month only where a month is expected: before a day or year, or after "in" and its like.
_MONTH_RE = re.compile(
    r"\b" + _MONTH + r"(?:\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b)?"
    r"(?:,?\s+(?P<year>" + _YEAR + r")\b)?"
    r"|\b(?P<dday>[0-3]?\d)\s+" + _MONTH.replace("month", "dmonth")
    + r"(?:,?\s+(?P<dyear>" + _YEAR + r")\b)?")
_QUARTER_RE = re.compile(
    r"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter"
    r"(?:\s+of\s+(?P<year>" + _YEAR + r")\b|\s+\(?(?P<oyear>" + _YEAR + r")\b\)?)?"
    r"|\bQ(?P<q>[1-4])(?:\s*(?P<qyear>" + _YEAR + r"))?\b"
    r"|\b(?P<yq>" + _YEAR + r")[\s-]?Q(?P<qq>[1-4])\b", re.I)
_FISCAL_RE = re.compile(
    r"\b(?:fiscal(?:\s+year)?\s+(?P<y>" + _YEAR + r")|FY\s?(?P<fy>" + _YEAR + r"|\d\d))\b", re.I)
# Water years (October to September) are named by the year they end in: "water year 2026",
# "the 2026 water year", "WY2026", "the 2025-26 water year".
_WATER_RE = re.compile(
    r"\b(?:water[\s-]+year\s+(?P<y>" + _YEAR + r")|WY\s?(?P<wy>" + _YEAR + r")"
    r"|(?P<a>" + _YEAR + r")(?:\s*[-–/]\s*(?P<b>\d\d|" + _YEAR + r"))?\s+water[\s-]+year)\b",
    re.I)


def _water_year(m: re.Match[str]) -> Period | None:
    year = int(m.group("y") or m.group("wy") or m.group("b") or m.group("a"))
    if m.group("b") and len(m.group("b")) == 2:
        year += int(m.group("a")) // 100 * 100
    if m.group("b") and year != int(m.group("a")) + 1:
        return None  # "the 2025-27 water year" names no one water year
    return water_year_period(year, m.group(), "a water year")


_INTERVAL_RE = re.compile(
    r"\b(?:between\s+(?P<a>" + _YEAR + r")\s+and\s+(?P<b>" + _YEAR + r")"
    r"|from\s+(?P<c>" + _YEAR + r")\s+(?:to|through|until|till|thru)\s+(?P<d>" + _YEAR + r")"
    r"|(?P<e>" + _YEAR + r")\s*(?:-|–|—|to|through)\s*(?P<f>" + _YEAR + r"|\d\d)(?![\d,.]))\b",
    re.I)
_MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October"
               r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_MONTHS_RE = re.compile(
    r"\b(?:from\s+|between\s+)?(?P<m1>" + _MONTH_WORD + r")(?:\s+(?P<y1>" + _YEAR + r"))?"
    r"\s*(?:-|–|—|to|through|thru|until|and)\s*(?P<m2>" + _MONTH_WORD + r")"
    r"(?:,?\s+(?P<y2>" + _YEAR + r"))?\b")
_RELATIVE_RE = re.compile(
    r"\b(?P<which>last|this|past|previous|so\s+far\s+this)\s+(?P<unit>year|month|quarter|week)\b"
    r"|\b(?P<ago>a\s+year\s+(?:earlier|ago|before|prior)|the\s+year\s+(?:before|prior|earlier)"
    r"|the\s+(?:previous|prior|preceding)\s+year)\b|\b(?P<day>yesterday|today)\b"
    r"|\b(?:on|last)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:in|of|since|during|through|until|by|for|last|this|early|mid|late)[\s-]+"
    + _MONTH.replace("month", "rmonth") + r"\b", re.I)

# Seasons are meteorological (summer is June to August; winter runs December to February).
# "fall" and "spring" are also a verb and a noun: alone they are seasons only after "in
# (the)", "this", "last" or before a year.
_SEASON_RE = re.compile(
    r"\b(?:(?P<which>this|last|past|previous)\s+|(?P<in>in|during|through|over)\s+(?:the\s+)?|(?P<the>the\s+))?"
    r"(?P<season>spring|summer|fall|autumn|winter)(?:['’]s)?"
    r"(?:\s+(?:of\s+)?(?P<year>" + _YEAR + r")(?:\s*[-–/]\s*(?P<y2>\d\d)(?!\d))?)?\b", re.I)
SEASON_MONTHS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}  # first month

# Cheap tests before the full patterns: each pattern matches only a text holding one of its
# words (in lower case), so a text without them skips it; the intervals need years, found by
# extraction or _YEARISH. The four letters that IGNORECASE matches to ASCII ones ("ſpring",
# the Kelvin sign) are first read as those, one for one, so offsets stay, the word tests see
# them, and the month and season tables find them.
_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
_ASCII_FOLD = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SEASON_WORDS = ("spring", "summer", "fall", "autumn", "winter")
_RELATIVE_WORDS = ("year", "month", "quarter", "week", "day")  # besides the months
_YEARISH = re.compile(_YEAR)


def _month_of(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def _resolve_month(month: int, today: date | None) -> tuple[int | None, str]:
    """Return the year of a month named without one: its latest year not after the draft's date."""
    if today is None:
        return None, "no year, and no draft date to resolve it"
    year = today.year if month <= today.month else today.year - 1
    return year, f"the year from the draft's date {today.isoformat()}"


def find_periods(text: str, today: date | None = None,
                 years: tuple[tuple[int, int], ...] | None = None,
                 today_certain: bool = True) -> list[Period]:
    """Return the periods written in a text, in order, each with its offset and how it was read.

    `years` gives the (start, value) of the years extraction found; without it bare years
    are read here. Months without a year resolve against `today`, the draft's date.
    """
    if not text.isascii() and _FOLDS.search(text):
        text = text.translate(_ASCII_FOLD)
    low = text.lower()
    months = any(w in low for w in _MONTH_STEMS)
    seasons = any(w in low for w in _SEASON_WORDS)
    relative = months or any(w in low for w in _RELATIVE_WORDS)
    quarters = "q" in low
    fiscal = "fiscal" in low or "fy" in low
    if years is not None and not years and not (seasons or relative or quarters or fiscal) and (
            not _YEARISH.search(text)):
        return []  # no year, month, quarter or relative period: most sentences
    found: list[Period] = []
    taken: list[tuple[int, int]] = []

    def add(p: Period | None, s: int, e: int) -> None:
        if p is not None and not any(s < te and ts < e for ts, te in taken):
            if not today_certain and p.how.startswith(("the year from", "from the draft")):
                p = replace(p, certain=False)
            found.append(_open_ended(replace(p, at=s), text, today))
            taken.append((s, e))

    for m in _SEASON_RE.finditer(text) if seasons else ():  # before intervals: "winter 2025-26"
        add(_season(m, today), m.start(), m.end())
    for m in _WATER_RE.finditer(text) if "water" in low or "wy" in low else ():
        add(_water_year(m), m.start(), m.end())
    for m in _INTERVAL_RE.finditer(text):
        add(_interval(m), m.start(), m.end())
    for m in _MONTHS_RE.finditer(text) if months else ():
        add(_months(m, today), m.start(), m.end())
    for m in _FISCAL_RE.finditer(text) if fiscal else ():
        y = m.group("y") or m.group("fy")
        add(fiscal_period(int(y) if len(y) == 4 else 2000 + int(y), m.group(), "a fiscal year"),
            m.start(), m.end())
    for m in _QUARTER_RE.finditer(text) if quarters else ():
        add(_quarter(m, today), m.start(), m.end())
    for p, m in _elliptic_quarters(text, found) if quarters else ():
        add(p, m.start(), m.end())
    for m in _MONTH_RE.finditer(text) if months else ():
        add(_month(m, today), m.start(), m.end())
    for m in _RELATIVE_RE.finditer(text) if relative else ():
        add(_relative(m, today), m.start(), m.end())
    year_marks = years if years is not None else tuple(
        (m.start(), int(m.group()))
        for m in re.finditer(r"(?<![\d$.,])" + _YEAR + r"(?![\d%])", text))
    for s, y in year_marks:
        add(year_period(y, str(y), "a year"), s, s + 4)
    found.sort(key=lambda p: p.at)
    return _shift_earlier(found, today)


_SINCE = re.compile(r"\b(?:since|after)\s+(?:the\s+)?$", re.I)
_UNTIL = re.compile(r"\b(?:through|until|till|thru|before|up\s+to)\s+(?:the\s+)?(?:end\s+of\s+)?$",
                    re.I)
_BY = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I)
_FAR = date(9999, 12, 31)


_COMPARED = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|over)\s+(?:the\s+|in\s+|a\s+)?$", re.I)


def _open_ended(p: Period, text: str, today: date | None) -> Period:
    """Widen "since 2019" to run to the draft's date, "through March" to run from the start;
    mark "from February", "than in 2024" as a comparison's base."""
    before = text[max(0, p.at - 24):p.at]
    if _COMPARED.search(before) and p.resolution != "interval":
        p = replace(p, comparison=True)
    if _SINCE.search(before):
        return replace(p, end=today or _FAR, resolution="interval",
                       how=p.how + ", open-ended (since)")
    if _UNTIL.search(before):
        return replace(p, start=date(1, 1, 1), resolution="interval",
                       how=p.how + ", open-ended (until)")
    if _BY.search(before):
        # "by 2035" is a target's horizon, as a registry's "by 2030" is: the year itself.
        return replace(p, resolution="horizon", how=p.how + ", a horizon")
    return p


def _shift_earlier(found: list[Period], today: date | None) -> list[Period]:
    """Read "a year earlier" as the period before it in the text, a year back; "a year ago"
    alone as about a year before the draft's date."""
    out: list[Period] = []
    for p in found:
        if p.resolution != "year-earlier":
            out.append(p)
            continue
        if not out and today is not None and p.text.lower().endswith("ago"):
            out.append(_year_ago(p, today))
        elif out:
            prev = out[-1]
            try:
                out.append(replace(prev, start=prev.start.replace(year=prev.start.year - 1),
                                   end=prev.end.replace(year=prev.end.year - 1), text=p.text,
                                   how=f"a year before {prev.label}", at=p.at))
            except ValueError:  # 29 February
                continue
    return out


def _year_ago(p: Period, today: date) -> Period:
    """Return the weeks about a year before the draft's date: a guess, which supports a
    figure but never contradicts one."""
    back = today - timedelta(days=365)
    return Period(back - timedelta(days=45), back, "interval", p.text,
                  f"about a year before the draft's date {today.isoformat()}", p.at, certain=False)


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


# "peaked in the third quarter, at 1,801, before easing to 1,673 in the fourth": an ordinal
# with no noun after a quarter is another quarter of the same year.
_ELLIPTIC_Q_RE = re.compile(
    r"\bin\s+the\s+(?P<ord>first|second|third|fourth)\b(?!\s+[A-Za-z])", re.I)


def _elliptic_quarters(text: str, found: list[Period]) -> list[tuple[Period, re.Match[str]]]:
    """Return the quarters written as a bare ordinal after a quarter ("in the fourth")."""
    quarters = [p for p in found if p.resolution == "quarter"]
    out: list[tuple[Period, re.Match[str]]] = []
    for m in _ELLIPTIC_Q_RE.finditer(text):
        before = [p for p in quarters if p.at < m.start()]
        if before:
            year = max(before, key=lambda p: p.at).start.year
            q = _ORD_Q[m.group("ord").lower()]
            out.append((quarter_period(year, q, m.group(), "the year of the quarter before it"), m))
    return out


def _quarter(m: re.Match[str], today: date | None) -> Period | None:
    if m.group("ord"):
        q, y = _ORD_Q[m.group("ord").lower()], m.group("year") or m.group("oyear")
    elif m.group("q"):
        q, y = int(m.group("q")), m.group("qyear")
    else:
        q, y = int(m.group("qq")), m.group("yq")
    if y is not None:
        return quarter_period(int(y), q, m.group(), "a quarter")
    if today is None:
        return None
    # A quarter's count is published after it ends: "the third quarter" in an August story
    # is last year's, not the one under way.
    year = today.year if 3 * q < today.month else today.year - 1
    return quarter_period(year, q, m.group(), f"the year from the draft's date {today.isoformat()}")


def _month(m: re.Match[str], today: date | None) -> Period | None:
    word = m.group("month") or m.group("dmonth")
    day = m.group("day") or m.group("dday")
    year_text = m.group("year") or m.group("dyear")
    if word == "May" and not (day or year_text):
        # "May" alone is the verb as often as the month; the relative pattern reads "in May"
        return None
    if (len(word.rstrip(".")) <= 3 and word != "May" and not word.endswith(".")
            and not (day or year_text)):
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


def season_period(year: int, season: str, text: str = "", how: str = "") -> Period:
    """Return a season; a winter is named by the year it ends in (winter 2026: Dec 2025-Feb)."""
    first = SEASON_MONTHS[season.lower()]
    start_year = year - 1 if first == 12 else year
    end_year, end_month = (start_year + 1, 2) if first == 12 else (start_year, first + 2)
    start = date(start_year, first, 1)
    end = date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return Period(start, end, "season", text, how)


def _season(m: re.Match[str], today: date | None) -> Period | None:
    season, text = m.group("season").lower(), m.group()
    if m.group("year"):
        year = int(m.group("year"))
        if season == "winter" and m.group("y2"):
            year += 1  # "winter 2025-26" ends in 2026
        return season_period(year, season, text, "a season")
    named = m.group("which") or m.group("in")
    if not (named or (m.group("the") and season not in ("fall", "spring"))):
        return None  # "emissions fall", "a spring": a verb or a noun, not a season
    if today is None:
        return None
    how = f"from the draft's date {today.isoformat()}"
    which = (m.group("which") or "").lower()
    # A winter is named by the year it ends in: from September on, "this winter" is the next.
    turn = 9 if which == "this" else 12
    year = today.year + (1 if season == "winter" and today.month >= turn else 0)
    p = season_period(year, season, text, how)
    if which == "this":
        return p
    while p.start > today or (which and p.end >= today):
        year -= 1  # the latest such season begun by the draft's date ("last": ended by it)
        p = season_period(year, season, text, how)
    return p
