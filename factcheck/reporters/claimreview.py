"""The ``claimreview`` reporter: schema.org ClaimReview JSON-LD, one review per checked number.

A desk that publishes its checks embeds the array in a page (``<script
type="application/ld+json">``). Each review has what Google's fact-check structured data
requires (``claimReviewed``, ``reviewRating`` with ``alternateName``, ``url``) and what it
recommends (``author``, ``itemReviewed``, the rating's ``name``, ``ratingValue``,
``bestRating`` and ``worstRating``)::

    {"@context": "https://schema.org", "@type": "ClaimReview",
     "url": "<review-url>#factcheck-<path>-<line>-<column>",
     "claimReviewed": "<the sentence, cut to 75 characters around the number>",
     "author": {"@type": "Organization", "name": "<author>", "url": "<author-url>"},
     "reviewRating": {"@type": "Rating", "alternateName": "<the verdict: value-mismatch>",
                      "name": "False", "ratingValue": 1, "bestRating": 5, "worstRating": 1,
                      "ratingExplanation": "<the message; stated value and unit; expected
                                            value; figure; source>"},
     "itemReviewed": {"@type": "Claim", "appearance": {"@type": "CreativeWork",
                      "url": "<the draft's path>", "text": "<the sentence>"}}}

``author``, ``author-url`` and ``review-url`` come from the configuration; without a
``review-url`` a review's ``url`` is the draft's path with the number's line
(``drafts/a.md#L4``), and without an ``author`` there is none. The rating scale, 1 to 5:
5 True (verified), 4 Imprecise, 3 Misleading (outdated, source conflict, weak bound), 2
Inaccurate (hedge, period, malformed number), 1 False (value, unit, rate, conversion).
Numbers that match no figure, and findings about the scan itself, are not reviews. The
scan reports verified numbers for this format unless ``--hide-verified`` is given.
"""

from __future__ import annotations

import re
from typing import Any

from factcheck.intervals import describe, format_number
from factcheck.models import Finding, Summary
from factcheck.reporters.base import ReportContext, report_path
from factcheck.reporters.json_ import dumps_indented

CLAIM_CHARS = 75  # Google: keep claimReviewed under 75 characters so it does not wrap on phones
BEST, WORST = 5, 1

# kind -> (ratingValue, name); a kind not listed is rated by its severity (SEVERITY_RATINGS).
RATINGS: dict[str, tuple[int, str]] = {
    "verified": (5, "True"),
    "weak-bound": (3, "Misleading"),
    "outdated": (3, "Outdated"),
    "source-conflict": (3, "Disputed"),
    "hedge-mismatch": (2, "Inaccurate"),
    "period-mismatch": (2, "Wrong period"),
    "malformed-number": (2, "Garbled number"),
    "value-mismatch": (1, "False"),
    "unit-mismatch": (1, "Wrong unit"),
    "rate-mismatch": (1, "Wrong rate"),
    "bad-conversion": (1, "Wrong conversion"),
}
SEVERITY_RATINGS: dict[str, tuple[int, str]] = {"error": (1, "False"), "warning": (3, "Misleading"),
                                                "info": (4, "Imprecise")}
# Findings that review no claim: a number no figure states, one stated differently in two
# files (each statement has its own review), and the scan's own bookkeeping.
NOT_REVIEWS = frozenset({"unsourced", "inconsistent", "unused-suppression", "stale-baseline"})


def rating(f: Finding) -> tuple[int, str]:
    """Return a finding's (ratingValue, name) on the 1-5 scale."""
    return RATINGS.get(f.kind) or SEVERITY_RATINGS[f.severity]


def claim_text(sentence: str, start: int, end: int, limit: int = CLAIM_CHARS) -> str:
    """Return the sentence cut to `limit` characters around [start, end), with ellipses."""
    text = " ".join(sentence.split())
    if len(text) <= limit:
        return text
    middle = (start + end) // 2 if 0 <= start < end <= len(text) else len(text) // 2
    lo = max(0, min(middle - limit // 2, len(text) - limit + 2))
    hi = min(len(text), lo + limit - 2)  # two characters for the ellipses
    if lo > 0 and " " in text[lo:middle]:
        lo = text.index(" ", lo) + 1  # whole words only
    if hi < len(text) and " " in text[middle:hi]:
        hi = text.rindex(" ", middle, hi)
    return ("…" if lo > 0 else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")


def explanation(f: Finding) -> str:
    """Return the rating's explanation: the message, the stated and expected values, the source."""
    parts = [f.message.rstrip(".") + "."]
    stated = (f"{format_number(f.stated_value)} {f.stated_unit or ''}".strip()
              if f.stated_value is not None else f.text)
    parts.append(f"Stated: {stated}.")
    if f.expected is not None:
        unit = f" {f.expected.unit}" if f.expected.unit else ""
        parts.append(f"Expected: {describe(f.expected.value, f.expected.qualifier)}{unit}"
                     + (f" ({f.figure})." if f.figure else "."))
    for src in f.sources[:1]:
        parts.append(f"Source: {src.publisher}, {src.document}: “{' '.join(src.quote.split())}”.")
    return " ".join(parts)


def review(f: Finding, ctx: ReportContext) -> dict[str, Any]:
    """Return one finding as a schema.org ClaimReview."""
    path = report_path(f.path, ctx.srcroot)
    anchor = ("factcheck-" + re.sub(r"[^A-Za-z0-9._-]+", "-", path).strip("-")
              + f"-{f.line}-{f.column}")
    value, name = rating(f)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{ctx.review_url}#{anchor}" if ctx.review_url else f"{path}#L{f.line}",
        "claimReviewed": claim_text(f.context or f.text, *_span(f)),
    }
    if ctx.author:
        data["author"] = {"@type": "Organization", "name": ctx.author,
                          **({"url": ctx.author_url} if ctx.author_url else {})}
    data["reviewRating"] = {
        "@type": "Rating", "alternateName": f.kind, "name": name, "ratingValue": value,
        "bestRating": BEST, "worstRating": WORST, "ratingExplanation": explanation(f),
    }
    data["itemReviewed"] = {"@type": "Claim",
                            "appearance": {"@type": "CreativeWork", "url": path,
                                           "text": f.context or f.text}}
    return data


def _span(f: Finding) -> tuple[int, int]:
    """Return where the number stands in the finding's one-line sentence (or -1, -1)."""
    text = " ".join((f.context or f.text).split())
    at = text.find(f.text)
    return (at, at + len(f.text)) if at >= 0 else (-1, -1)


class ClaimReviewReport:
    """Write a JSON array of ClaimReviews, one review at a time."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        self.count = 0

    def start(self) -> str:
        return "["

    def finding(self, finding: Finding) -> str:
        if (finding.kind in NOT_REVIEWS
                or (finding.kind == "verified" and not self.ctx.show_verified)):
            return ""
        sep = "," if self.count else ""
        self.count += 1
        return sep + "\n  " + dumps_indented(review(finding, self.ctx), "  ")

    def end(self, summary: Summary) -> str:
        return ("\n]\n" if self.count else "]\n")
