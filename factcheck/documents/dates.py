"""A draft's own date: front matter `date:`, an HTML page's publication meta tag, or a
dateline in the first lines of a text ("April 23, 2026").

Relative periods in a draft ("last month", "in March") resolve against it; see
factcheck/periods.py. When a draft states no date, the scan falls back to --date, the
config's `date`, then the file's modification date, which only ever supports a period and
never contradicts one.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.periods import parse_date

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_DATE = re.compile(r"^(?:date|published|pubdate|publish_date|published_at)[ \t]*:[ "
                         r"\t]*[\"']?([^\"'\r\n]+)", re.M | re.I)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_META_NAME = re.compile(
    r"""\b(?:property|name|itemprop)\s*=\s*["']?"""
    r"""(article:published_time|og:published_time|date|pubdate"""
    r"""|publishdate|dc\.date|dc\.date\.issued|datepublished|sailthru\.date|parsely-pub-date)"""
    r"""["'\s>]""", re.I)
_META_CONTENT = re.compile(r"""\bcontent\s*=\s*["']([^"']+)["']""", re.I)
_TIME = re.compile(r"""<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["'][^>]*\bpubdate\b""", re.I)
_SCAN_CHARS = 20_000  # dates live in the head of a page or the top of a file
_DATELINE_CHARS = 400  # a plain-text draft's dateline stands in its first lines
_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_DATELINE = re.compile(
    r"^[^\n]{0,80}?\b(?:(?P<iso>(?:19|20)\d\d-\d\d-\d\d)|(?P<month>"
    + "|".join(m.capitalize() for m in _MONTHS)
    + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
    r"\s+(?P<day>[0-3]?\d),\s+(?P<year>(?:19|20)\d\d))\b", re.M)


def draft_date(text: str, fmt: str) -> tuple[date, str] | None:
    """Return the date a draft states for itself, and where it was read, or None."""
    head = text[:_SCAN_CHARS]
    if fmt == "markdown":
        m = _FRONT.match(head)
        if m:
            d = _FRONT_DATE.search(m.group(1))
            if d and (found := parse_date(d.group(1))):
                return found, "the front matter's date"
        return _dateline(head[:_DATELINE_CHARS])
    if fmt == "html":
        for tag in _META.finditer(head):
            name = _META_NAME.search(tag.group())
            content = _META_CONTENT.search(tag.group())
            if name and content and (found := parse_date(content.group(1))):
                return found, f"the page's <meta {name.group(1)}>"
        t = _TIME.search(head)
        if t and (found := parse_date(t.group(1))):
            return found, "the page's <time pubdate>"
    if fmt in ("text", "markdown"):
        return _dateline(head[:_DATELINE_CHARS])
    return None


def _dateline(top: str) -> tuple[date, str] | None:
    """Return the date of a dateline in a draft's first lines ("April 23, 2026", "2026-04-23")."""
    m = _DATELINE.search(top)
    if m is None:
        return None
    if m.group("iso"):
        found = parse_date(m.group("iso"))
        return (found, "the draft's dateline") if found else None
    month = next(i for i, name in enumerate(_MONTHS, 1)
                 if name.startswith(m.group("month").lower()[:3]))
    try:
        return date(int(m.group("year")), month, int(m.group("day"))), "the draft's dateline"
    except ValueError:
        return None
