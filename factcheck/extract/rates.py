"""The rate pass: a number's denominator ("per 100,000 people", "a day", "per person per day")."""

from __future__ import annotations

import re

from factcheck import units
from factcheck.extract.reading import Reading, Scan
from factcheck.extract.vocabulary import RATE_DENOMINATORS, RATE_KINDS, STOP
from factcheck.extract.vocabulary.unit_modifiers import QUALIFIED_UNIT_RE, QUALIFIER_NOUNS


def read_rate(scan: Scan, r: Reading) -> bool:
    """Read a rate's denominator: "25 per 100,000 people", "6,000 a day", "$15/hour"."""
    text, end, kind = scan.text, r.end, r.kind
    r.skip_to = end
    window = text[end:end + 60]
    pm = units.PER_NUM_RE.match(text, end) if "per" in window or "every" in window else None
    if pm is not None:
        r.per = _per_number(r, pm)
    elif kind in RATE_KINDS:
        qm = units.PER_RE.match(text, end)
        if qm is not None:
            r.per = _per_word(r, qm)
            if r.per is not None and qm.lastgroup == "p1":
                r.per = _per_time(text, qm.end(), r.per)
    if r.per is None and kind == "money":
        am = units.A_UNIT_RE.match(text, end)  # "$3.45 a gallon", "$60 a barrel"
        if am is not None and am.group("u").lower() in units.MEASURE_WORDS:
            r.per = units.MEASURE_WORDS[am.group("u").lower()]
    if r.per is not None and kind == "count":
        r.kind = "rate"
    return False


_PER_TIME_RE = re.compile(r"\s+(?:per|a|an|each)\s+(day|week|month|year|hour)(?![A-Za-z])")


def _per_time(text: str, at: int, per: str) -> str:
    """Extend "per person" with the time that follows: "118 gallons per person per day"."""
    if per in units.TIME_WORDS.values():
        return per  # "$15 per hour a day" is no rate per hour-day
    tm = _PER_TIME_RE.match(text, at)
    return f"{per} {tm.group(1)}" if tm is not None else per


def _per_number(r: Reading, pm: re.Match[str]) -> str:
    """The denominator of "per 100,000 people", "in every ten"; the scan skips past it."""
    d = pm.group("d").lower().replace(",", "")
    den = RATE_DENOMINATORS.get(d.split()[-1]) if not d[0].isdigit() else float(d)
    den = den or 1.0
    if pm.group("s"):
        den *= units.SCALES[pm.group("s")]
    pn = pm.group("n")
    r.skip_to = pm.end("s") if pm.group("s") else pm.end("d")
    if pn and pn.lower() not in STOP:
        r.skip_to = pm.end("n")
        qm = _qualified(pm, "n")
        if qm is not None:  # "per 100 million vehicle miles"
            pn, r.skip_to = qm.group().strip(), qm.end()
        return f"{den:.0f} {pn.lower()}" if den != 1 else pn.lower()
    return f"{den:.0f}"


def _per_word(r: Reading, qm: re.Match[str]) -> str | None:
    """The period of "a day", "annually", "per kg"; a month or weekday only near a count."""
    g = qm.lastgroup
    val = qm.group(g or "p1")
    if g == "p1":
        qm2 = _qualified(qm, g)
        if qm2 is not None:  # "$2 per revenue mile" is per mile
            return units.per_unit(qm2.group("u").lower())
        return None if val in ("cent", "centum") else units.per_unit(val)
    if g in ("p4", "p5"):
        # "200,000 migrants in September", "9,000 on Saturday": counts close by only
        near = qm.start(g) - r.end <= 28 and r.kind in ("count", "vague")
        return ("month" if g == "p4" else "day") if near else None
    if g == "p3":
        return units.PER_WORDS.get(val, "year")
    return units.PER_WORDS.get(val, val)


def _qualified(m: re.Match[str], group: str) -> re.Match[str] | None:
    """Return the qualified measure unit a denominator's word starts ("vehicle miles"), or None."""
    if m.group(group).lower() not in QUALIFIER_NOUNS:
        return None
    return QUALIFIED_UNIT_RE.match(m.string, m.start(group) - 1)
