"""The passes that read a number's context once its token is understood: age words, hedges
before and after, the unit, "three times higher", years, durations, changes, the counted
noun, a period as thousands separator, and rates. :func:`factcheck.extract.classify.analyse`
runs :data:`PASSES` in order after its own; the last one emits the reading.
"""

from __future__ import annotations

import functools
import re

from factcheck import units
from factcheck.extract import words as context_words
from factcheck.extract.rates import read_rate
from factcheck.extract.reading import SP, Pass, Reading, Scan
from factcheck.extract.vocabulary import (
    AGE_BEFORE,
    AGE_OF_BEFORE,
    AMBIGUOUS_CURRENCY_WORDS,
    CHANGE_AFTER,
    CHANGE_BEFORE,
    CHANGE_LINKS,
    DURATION_AGE_BEFORE,
    HEDGE_ODD,
    HEDGE_PLUS,
    HEDGES_OR,
    MINUS_WORDS,
    MONEY_VERBS,
    PERIOD_NOT_HEDGE,
    PHRASAL_NO_CHANGE,
    SPACED_LETTER_UNITS,
    STOP,
    TIMES_BEFORE,
    UNIT_KINDS,
)
from factcheck.extract.vocabulary.exact_units import (
    EXACT_UNIT_RE,
    EXACT_UNIT_STARTS,
    EXACT_UNITS,
    MOUNT_NAME_RE,
)
from factcheck.extract.vocabulary.unit_modifiers import (
    DEVICE_UNITS,
    QUALIFIED_UNIT_RE,
    QUALIFIER_NOUNS,
    QUALIFIER_STARTS,
    UNIT_PARTS,
)

_CW = context_words
_SP = SP

_HEDGE_OR = {w: hedge for hedge, ws in HEDGES_OR.items() for w in ws}
_HEDGE_AFTER_RE = re.compile(
    r"(?P<plus>-?plus(?![A-Za-z])|\+)|" + _SP + r"+or" + _SP
    + r"+(?P<or>" + "|".join(_HEDGE_OR) + r")(?![A-Za-z])|-?(?P<odd>odd)(?![A-Za-z])"
)


@functools.cache
def _of_a_unit_re() -> re.Pattern[str]:
    """Return the unit after "of a" ("5/8 of an inch"); compiled at first use (~17 ms)."""
    return re.compile(
        r"\s+of\s+an?\s+(?P<u>"
        + units.trie_pattern([k for k in units.UNIT_TABLE if len(k) > 2]) + r")(?![A-Za-z])",
        re.IGNORECASE,
    )


_OF_A_SCALE_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+an?[ \u00a0]+"
                            r"(?P<w>[Mm]illion|[Bb]illion|[Tt]housand|[Tt]rillion)"
                            r"(?![A-Za-z])")
_TIMES_RE = re.compile(
    r"(?:[ \u00a0]+times|x)(?=[ \u00a0]+(?:" + "|".join(TIMES_BEFORE) + r")\b)"
    r"|[- \u00a0]?fold(?![A-Za-z])"
)


def _words_before(scan: Scan, r: Reading) -> bool:
    """ "aged 34" is an age; "minus 12"; hedge words before the span, or "-plus"/"odd" glued
    after."""
    text, toks, p1 = scan.text, r.toks, r.p1
    if r.kind is None and (p1 in AGE_BEFORE or (
            p1 == "of" and len(toks) > 1 and toks[-2].lower() in AGE_OF_BEFORE)):
        return scan.emit_plain(r.start, r.end, r.value, "age")
    if p1 in MINUS_WORDS and r.value is not None and r.start == r.token_start and toks:
        r.value, r.start = -r.value, r.start - len(toks[-1]) - 1
    if r.start != r.token_start:
        r.toks = _CW.prev_tokens(text, r.start)
        if (r.kind == "money" and r.value is not None and r.value > 0 and r.toks
                and r.toks[-1].lower() in MINUS_WORDS and text[r.start - 1] == " "):
            # "minus $40 million": the sign word stands before the currency symbol
            r.value, r.start = -r.value, r.start - len(r.toks[-1]) - 1
            r.toks = _CW.prev_tokens(text, r.start)
    r.hedge, r.hedge_words = _CW.hedge_before(r.toks)
    if r.hedge_words == 0 and r.start > 0 and text[r.start - 1] == "~":
        r.hedge = "about"
    r.after_pos = r.end
    hm = _HEDGE_AFTER_RE.match(text, r.end)
    if hm is None:
        r.after_hedge = None
    elif hm.lastgroup == "or":
        r.after_hedge = _HEDGE_OR[hm.group("or")]
    else:
        r.hedge = HEDGE_PLUS if hm.lastgroup == "plus" else HEDGE_ODD
        r.after_hedge = ""
        r.after_pos = hm.end()
    return False


def _unit(scan: Scan, r: Reading) -> bool:
    """The unit written after the number (or after "-plus"), then "or more"/"or so" after it."""
    text = scan.text
    if r.word_kind == "fraction" and not _fraction_of_scale(text, r):
        # Parsed in percent; reported as the share itself: "two-thirds" is 0.667.
        r.kind = "fraction"
        if r.value is not None:
            r.value /= 100
        _fraction_of_a_point(text, r)
    elif r.kind is None:
        found = _match_unit(text, r)
        if found is None and text.startswith(" point", r.after_pos) and scan.out:
            found = _points_after_percent(scan, r)
        if found is not None:
            end, cat, canon = found
            r.end = r.after_pos = end
            r.unit_written = True
            _apply_unit(r, cat, canon)
        elif r.digits is not None and r.after_pos == r.token_end and r.after_pos < len(text) \
                and text[r.after_pos].isalpha() and not (
                    text[r.after_pos] == "x" and _TIMES_RE.match(text, r.after_pos)):
            # digits glued to letters that are no unit or scale: "5G", "06F6", "737MAX"
            e = z = r.token_end
            while z < len(text) and z - e < 20 and text[z].isalnum():
                z += 1
            return scan.emit_plain(r.token_start, z, None, "identifier")
    if r.value is not None and text.startswith(_BELOW_ZERO, r.end):
        # "10 below zero", "30 degrees below zero"
        r.value, r.end = -r.value, r.end + len(_BELOW_ZERO)
        r.after_pos = max(r.after_pos, r.end)
    hedge = r.after_hedge
    if hedge is None:  # nothing right after the number: look after its unit
        hm = _HEDGE_AFTER_RE.match(text, r.end)
        hedge = _HEDGE_OR[hm.group("or")] if hm is not None and hm.lastgroup == "or" else None
    if hedge:
        r.hedge = hedge
    return False


def _fraction_of_scale(text: str, r: Reading) -> bool:
    """ "a quarter of a million": a count, its value the share of the scale."""
    sm = _OF_A_SCALE_RE.match(text, r.end) if r.value is not None else None
    if sm is None or r.value is None:
        return False
    r.value = float(f"{r.value / 100 * units.SCALES[sm.group('w').lower()]:.12g}")
    r.end = r.after_pos = sm.end()
    r.word_kind, r.precision = "count", None
    return True


_FRACTION_POINT_RE = re.compile(
    r"(?:[ \u00a0]+(?:of[ \u00a0]+)?(?:a|one)[ \u00a0]+|[ \u00a0]+|-)"
    r"(?:(?P<pp>(?:percentage[ \u00a0-])?points?)|(?P<pc>percent|per[ \u00a0]cent))(?![A-Za-z-])"
)


def _fraction_of_a_point(text: str, r: Reading) -> None:
    """ "a quarter point", "half a percentage point", "a third of a percent": the share in
    percentage points (or percent)."""
    pm = _FRACTION_POINT_RE.match(text, r.end)
    if pm is None:
        return
    r.end = r.after_pos = pm.end()
    r.unit_written = True
    r.kind, r.unit = ("percentage-points", units.PERCENTAGE_POINT) if pm.group("pp") else (
        "percent", units.PERCENT)


def _match_unit(text: str, r: Reading) -> tuple[int, str, str] | None:
    """Return (end, category, canonical name) of the unit word at r.after_pos, or None."""
    qm = _qualified_unit(text, r)
    if qm is not None:
        return qm
    um = units.UNIT_RE.match(text, r.after_pos)
    if um is None:
        if r.digits is not None and (exact := _exact_unit(text, r.after_pos)) is not None:
            return exact
        if r.word_kind == "vague":
            um = units.of_unit_re().match(text, r.after_pos)
        elif r.digits is not None and "/" in r.digits:
            um = _of_a_unit_re().match(text, r.after_pos)  # "5/8 of an inch"
        if um is None:
            return None
    u = um.group("u")
    ul = u.lower()
    entry = units.UNIT_TABLE.get(ul)
    if entry is None:  # the matcher's case folding ("İ" for "i") found a word the table lacks
        return None
    cat, canon = entry
    if ul in units.LOWER_CASE_ONLY and not u.islower():
        return None  # "50 BP stations" name a company
    sp = um.groupdict().get("sp") or ""
    # one-letter units only glued: "5m", "5g"; "C"/"F" only capitals ("40C", "30 C")
    if len(u) == 1 and u.isalpha():
        nxt = text[um.end():um.end() + 1]
        if u in "CF":
            if sp not in ("", " ") or (sp and nxt.isalpha()):
                return None
        elif u == "p":  # "99p": pence glued, under a pound ("1080p" is a resolution)
            if sp or r.value is None or r.value >= 100:
                return None
        elif not u.islower() or u in "cf":
            return None
        elif sp and (u not in SPACED_LETTER_UNITS or r.digits is None or sp != " "
                     or nxt.isalnum() or nxt in "'’.-"):
            return None  # "25 m long", "1.2 g of salt"; not "5 m." or "a 5 m-wide"
    elif ul in AMBIGUOUS_CURRENCY_WORDS and (
            (r.value or 0) * r.scale < AMBIGUOUS_CURRENCY_WORDS[ul]):
        return None
    elif canon == "pound" and _pounds_are_money(text, r, um.end()):
        cat, canon = "money", "GBP"  # "spent 20 million pounds": sterling, not weight
    if ul in units.UNIT_SCALES:  # "155 bcm": billions of cubic metres
        r.scale *= units.UNIT_SCALES[ul]
    return um.end(), cat, canon


def _qualified_unit(text: str, r: Reading) -> tuple[int, str, str] | None:
    """Return (end, "measure", canonical name) of a measure unit after the words that qualify
    it ("revenue miles", "US gallons", "ton-miles"), or None; a qualifying noun is the noun."""
    pos = r.after_pos
    if text[pos + 1:pos + 2] not in QUALIFIER_STARTS or text[pos:pos + 1] not in " \u00a0":
        return None
    qm = QUALIFIED_UNIT_RE.match(text, pos)
    if qm is None:
        return None
    words = qm.group("q").lower().replace("-", " ").split()
    canon = units.UNIT_TABLE[qm.group("u").lower()][1]
    if canon in DEVICE_UNITS and UNIT_PARTS.keys().isdisjoint(words):
        return None
    for w in words:
        parts = UNIT_PARTS.get(w, {})
        if parts is not None:
            if w in UNIT_PARTS and canon not in parts:
                return None  # "board" makes board feet, nothing else
            canon = parts.get(canon, canon)
    if canon == "pound" and _pounds_are_money(text, r, qm.end()):
        return qm.end(), "money", "GBP"  # "paid two more pounds": sterling
    nouns = [w for w in words if w in QUALIFIER_NOUNS]
    r.qualifier = nouns[-1] if nouns else None
    return qm.end(), "measure", canon


def _exact_unit(text: str, pos: int) -> tuple[int, str, str] | None:
    """Return (end, "measure", canonical name) of a unit read only as spelled ("4.2 Mt",
    "35 MtCO2e"), or None; "14 Mt Pleasant Road" is Mount."""
    first = text[pos + 1:pos + 2] if text[pos:pos + 1] in " \u00a0" else text[pos:pos + 1]
    if first not in EXACT_UNIT_STARTS:
        return None
    em = EXACT_UNIT_RE.match(text, pos)
    if em is None:
        return None
    nm = MOUNT_NAME_RE.match(text, em.end())
    if nm is not None and not (nm.group("dot") and nm.group("w").lower() in STOP):
        return None
    return em.end(), "measure", EXACT_UNITS[em.group("u")]


def _pounds_are_money(text: str, r: Reading, end: int) -> bool:
    """Say whether "pounds" after the number is sterling: "spent 20 million pounds", "grants
    of up to five thousand pounds", not "weighs 3 pounds" or "20 million pounds of fish"."""
    if text.startswith(" of", end):
        return False
    if text.startswith(_PER_HOUR, end):
        return True  # "11 pounds an hour" is a wage; no one weighs by the hour
    words = r.value is not None and r.word_kind is not None and r.value >= 1e6
    return r.scale >= 1e6 or words or not MONEY_VERBS.isdisjoint(t.lower() for t in r.toks)


_PER_HOUR = (" an hour", " per hour", " a hour")
_BELOW_ZERO = " below zero"
_POINTS_RE = re.compile(r" points?(?![A-Za-z])")


def _points_after_percent(scan: Scan, r: Reading) -> tuple[int, str, str] | None:
    """ "38%, down 4 points": points right after a percentage are percentage points."""
    prev, text = scan.out[-1], scan.text
    if prev.unit not in (units.PERCENT, units.PERCENTAGE_POINT) or r.start - prev.end > 40:
        return None
    if any(c in text[prev.end:r.start] for c in ".;!?"):
        return None
    pm = _POINTS_RE.match(text, r.after_pos)
    return (pm.end(), "percent", units.PERCENTAGE_POINT) if pm is not None else None


def _apply_unit(r: Reading, cat: str, canon: str) -> None:
    """Set the unit and the kind it makes; basis points and cents divide the value by 100."""
    r.unit = canon
    if cat == "percent":
        r.kind = "percentage-points" if canon != units.PERCENT else "percent"
        if canon == "basis_point":
            r.unit, r.kind = units.PERCENTAGE_POINT, "percentage-points"
            _hundredth(r)
    else:
        r.kind = UNIT_KINDS.get(cat, "measure")
        if cat == "cents":
            _hundredth(r)


def _hundredth(r: Reading) -> None:
    if r.value is not None:
        r.value /= 100
        r.precision = r.precision / 100 if r.precision else None


def _kind(scan: Scan, r: Reading) -> bool:
    """No unit: a count or vague amount, or a change ("three times higher"); a bare four-digit
    count may be a year; durations and ages are emitted here; a percentage may be a change."""
    text = scan.text
    if r.kind is None:
        if r.word_kind == "vague":
            r.kind = "vague"
        else:
            r.kind = "count"
            tm = _TIMES_RE.match(text, r.end)
            if tm is not None:
                return scan.emit(Reading(r.start, tm.end(), r.value, kind="change", unit="times",
                                         hedge=r.hedge))
    kind, digits, value = r.kind, r.digits, r.value
    if kind == "count":
        if digits is not None and r.scale == 1 and value is not None and len(digits) == 4 \
                and 1000 <= value < 2200 and not r.unit_written \
                and _CW.year_kind(text, r.start, r.end, r.toks, r.hedge):
            return scan.emit_plain(r.start, r.end, value, "year")
    elif kind == "percent":
        _percent_change(text, r)
    elif kind == "duration" or kind == "age":
        if kind == "duration" and (r.p1 in DURATION_AGE_BEFORE or text[r.end:r.end + 4] == " old"):
            r.kind = "age"
        return _emit_duration(scan, r)
    return False


def _emit_duration(scan: Scan, r: Reading) -> bool:
    """ "16 years", "five years old": a duration or age, emitted without noun or rate."""
    if r.hedge_words == 1 and r.toks and r.toks[-1].lower() in PERIOD_NOT_HEDGE:
        r.hedge = "none"  # "over five years" is a period, not an approximate figure
    scale = r.scale
    d = Reading(r.start, r.end, r.value * scale if r.value is not None else None, r.precision,
                kind=r.kind, unit=r.unit, hedge=r.hedge)
    if r.low is not None:
        d.low, d.high = r.low * scale, (r.high or 0) * scale
    return scan.emit(d)


def _percent_change(text: str, r: Reading) -> None:
    """ "rose 80 percent", "a 20% increase": a percentage that is a change."""
    toks = r.toks
    rest = [t.lower() for t in toks[: len(toks) - r.hedge_words]]
    if rest and rest[-1] in CHANGE_LINKS and len(rest) > 1:
        rest = rest[:-1]
    nm = _CW.NEXT_RE.match(text, r.end)
    nxt = nm.group(1).lower() if nm else ""
    if (rest and rest[-1] in CHANGE_BEFORE and tuple(rest[-2:]) not in PHRASAL_NO_CHANGE) or (
            nxt in CHANGE_AFTER):
        r.kind = "change"


def _noun(scan: Scan, r: Reading) -> bool:
    """The counted noun ("people"), or for percentages, measures and money "of the votes";
    "6.000 people" has a period as thousands separator (before a plural or after a hedge)."""
    kind = r.kind
    if kind == "count" or kind == "vague":
        r.noun = _CW.noun_after(scan.text, r.after_pos, False)
    elif kind == "percent" or kind == "measure" or kind == "money":
        r.noun = _CW.noun_after(scan.text, r.after_pos, True) or r.qualifier
    if r.dot3 and r.scale == 1 and not r.unit_written and kind == "count" and r.value is not None \
            and (r.hedge != "none" or (r.noun is not None and _CW.is_plural(r.noun))):
        r.malformed = f"period as thousands separator: {r.digits!r}"
        whole = float((r.digits or "").replace(".", ""))
        r.readings, r.value, r.precision = (whole, r.value), None, None
    return False


def _finish(scan: Scan, r: Reading) -> bool:
    """Apply the scale word to value, precision and bounds, and emit the reading."""
    scale = r.scale
    if r.value is not None and scale != 1:
        # Rounded to 12 significant digits: 8.3 * 1e6 is 8300000.000000001 in binary floats.
        r.value = float(f"{r.value * scale:.12g}")
    if r.precision is not None:
        r.precision *= scale
    if r.low is not None and scale != 1:
        r.low, r.high = r.low * scale, (r.high or 0) * scale
    return scan.emit(r, max(r.end, r.skip_to))


PASSES: tuple[Pass, ...] = (_words_before, _unit, _kind, _noun, read_rate, _finish)
