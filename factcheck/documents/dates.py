"""A draft's own date: front matter `date:`, or an HTML page's publication meta tag.

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
_FRONT_DATE = re.compile(r"^(?:date|published|pubdate|publish_date|published_at)[ \t]*:[ \t]*[\"']?([^\"'\r\n]+)",
                         re.M | re.I)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_META_NAME = re.compile(
    r"""\b(?:property|name|itemprop)\s*=\s*["']?(article:published_time|og:published_time|date|pubdate"""
    r"""|publishdate|dc\.date|dc\.date\.issued|datepublished|sailthru\.date|parsely-pub-date)["'\s>]""", re.I)
_META_CONTENT = re.compile(r"""\bcontent\s*=\s*["']([^"']+)["']""", re.I)
_TIME = re.compile(r"""<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["'][^>]*\bpubdate\b""", re.I)
_SCAN_CHARS = 20_000  # dates live in the head of a page or the top of a file


def draft_date(text: str, fmt: str) -> tuple[date, str] | None:
    """Return the date a draft states for itself, and where it was read, or None."""
    head = text[:_SCAN_CHARS]
    if fmt == "markdown":
        m = _FRONT.match(head)
        if m:
            d = _FRONT_DATE.search(m.group(1))
            if d and (found := parse_date(d.group(1))):
                return found, "the front matter's date"
        return None
    if fmt == "html":
        for tag in _META.finditer(head):
            name = _META_NAME.search(tag.group())
            content = _META_CONTENT.search(tag.group())
            if name and content and (found := parse_date(content.group(1))):
                return found, f"the page's <meta {name.group(1)}>"
        t = _TIME.search(head)
        if t and (found := parse_date(t.group(1))):
            return found, "the page's <time pubdate>"
    return None
