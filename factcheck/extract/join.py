"""Join neighbouring quantities: ranges ("18 to 49"), ratios ("seven in 10") and mixed numbers.

These passes run over the readings :func:`factcheck.extract.classify.analyse` emitted, after
every number of a text has been read.
"""

from __future__ import annotations

import re

from factcheck import units
from factcheck.extract.reading import Reading
from factcheck.extract.vocabulary import RANGE_KINDS

# --- ranges ---------------------------------------------------------------------------

RANGE_SEP_RE = re.compile(r"\s*-?\s*(?:-|–|—|to|through|and)\s*")




def link_ranges(text: str, out: list[Reading]) -> None:
    """Join "18 to 49", "between 3 and 5 million", "18–49" into ranges (readings in place)."""
    next_range = 0
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.range_id is not None or a.kind not in RANGE_KINDS or b.kind not in RANGE_KINDS:
            continue
        gap = text[a.end:b.start]
        if len(gap) > 12 or gap.isspace() or not RANGE_SEP_RE.fullmatch(gap):
            continue
        sep = gap.strip()
        before = text[max(0, a.start - 30):a.start].lower().split()[-4:]
        if sep == "and" and "between" not in before:
            continue
        if not _same_kind(a, b, sep) or (
                a.unit is not None and b.unit is not None and a.unit != b.unit):
            continue
        if a.value is not None and b.value is not None \
                and a.value * (b.scale if a.scale == 1 else 1) >= b.value:
            continue
        _share(a, b)
        next_range += 1
        a.range_id = b.range_id = next_range
        a.range_role, b.range_role = "low", "high"


def _same_kind(a: Reading, b: Reading, sep: str) -> bool:
    """Say whether both ends are years or neither; "2019-20" makes the high end a year."""
    if (a.kind == "year") == (b.kind == "year"):
        return True
    full = (a.value // 100 * 100 + b.value) if b.value is not None and a.value else 0
    if a.kind == "year" and a.value is not None and b.value is not None and b.value < 100 \
            and sep in "-–" and full > a.value:
        b.kind, b.value, b.noun, b.per = "year", float(full), None, None
        return True
    return False


def _share(a: Reading, b: Reading) -> None:
    """Give the low end of a range the kind, unit, scale, noun and rate of the high end."""
    if a.kind == "count" and b.kind not in ("count", "vague", "year"):
        a.kind = b.kind
        a.unit = b.unit
    elif b.kind == "count" and a.kind in ("age", "duration"):
        b.kind = a.kind
    scale = b.scale
    if (a.scale == 1 and scale != 1 and a.value is not None and b.value is not None
            and a.value * scale <= b.value and not a.unit_written):
        a.value *= scale
        if a.precision is not None:
            a.precision *= scale
    if a.noun is None and a.kind != "year":
        a.noun = b.noun
    if a.per is None and b.per is not None:
        a.per = b.per
        if a.kind == "count":
            a.kind = "rate"


# --- ratios ---------------------------------------------------------------------------

_RATIO_GAP_RE = re.compile(r"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?:every[ \u00a0]+)?")
_OVER_RE = re.compile(r"[ \u00a0]+over[ \u00a0]+")
_AND_RE = re.compile(r"[ \u00a0]+and[ \u00a0]+")


def link_ratios(text: str, out: list[Reading]) -> list[Reading]:
    """Merge "seven in 10" and "three out of four" into one fraction (a new list)."""
    merged: list[Reading] = []
    i = 0
    while i < len(out):
        a = out[i]
        b = out[i + 1] if i + 1 < len(out) else None
        if b is not None and a.value is not None and b.value is not None:
            if (a.kind == "count" == b.kind and a.unit is None is b.unit
                    and a.range_id is None and b.range_id is None
                    and 0 < a.value < b.value <= 1000 and float(b.value).is_integer() and not b.per
                    and (_RATIO_GAP_RE.fullmatch(text, a.end, b.start) or (
                        # "3 over 4": bare numbers only ("3 over 40 years" is no ratio)
                        a.noun is None is b.noun and _OVER_RE.fullmatch(text, a.end, b.start)))):
                merged.append(Reading(a.start, b.end, a.value / b.value, kind="fraction",
                                      hedge=a.hedge, noun=b.noun))
                i += 2
                continue
            if (a.kind == "count" and b.kind == "fraction" and a.unit is None and 0 < b.value < 1
                    and float(a.value).is_integer() and _AND_RE.fullmatch(text, a.end, b.start)):
                # "twenty and three fifths" is one mixed number
                merged.append(Reading(a.start, b.end, a.value + b.value, kind="count",
                                      hedge=a.hedge, noun=b.noun))
                i += 2
                continue
        merged.append(a)
        i += 1
    return merged


# --- "a gallon", "an ounce" ---------------------------------------------------------------

# Singular measure words long enough not to be abbreviations ("a m" is not "a metre").
_ARTICLE_UNITS = sorted(k for k, (cat, _) in units.UNIT_TABLE.items()
                        if cat == "measure" and " " not in k and len(k) > 3 and not k.endswith("s"))
# No leading \b: a pattern that opens with a literal is scanned several times faster; the
# word boundary before the article is checked by hand.
_ARTICLE_UNIT_RE = re.compile(r"[Aa]n?[ \u00a0]+(" + units.trie_pattern(_ARTICLE_UNITS) + r")\b")


def article_units(text: str, out: list[Reading]) -> list[Reading]:
    """Add "a gallon", "an ounce" as one of the unit, where no other quantity stands (a new
    list)."""
    found = []
    for m in _ARTICLE_UNIT_RE.finditer(text):
        p = m.start()
        if p > 0 and (text[p - 1].isalnum() or text[p - 1] == "_"):
            continue  # "banana acre": not the article "a"
        entry = units.UNIT_TABLE.get(m.group(1).lower())
        if entry is None:
            continue
        found.append(Reading(m.start(), m.end(), 1.0, 1.0, kind="measure", unit=entry[1]))
    if not found:
        return out
    merged: list[Reading] = []
    i = 0
    for d in found:
        while i < len(out) and out[i].end <= d.start:
            merged.append(out[i])
            i += 1
        if i < len(out) and out[i].start < d.end:
            continue  # a number already covers it ("a quarter mile")
        if merged and merged[-1].per is not None and text[merged[-1].end:d.start].isspace():
            continue  # the denominator of a rate: "$3.45 a gallon"
        merged.append(d)
    merged.extend(out[i:])
    return merged
