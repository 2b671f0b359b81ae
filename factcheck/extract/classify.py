"""Classify a number the scanner found by the words around it.

:func:`analyse` reads the look-behind and look-ahead of one number (currency, sign, scale
word, suffix, hedge, unit, counted noun, rate) and appends its record; joining records
into ranges and ratios is :mod:`factcheck.extract.join`. What is recognised is documented
in :mod:`factcheck.extract`.
"""

from __future__ import annotations

import math
import re
from typing import Any

from factcheck import units
from factcheck.extract import numwords
from factcheck.extract import words as context_words

_NW = numwords
_CW = context_words
_SP = r"[ \u00a0]"


_SUFFIX_RE = re.compile(
    r"(?P<ord>st|nd|rd|th)(?![A-Za-z])|(?P<dec>['’]?s)(?![A-Za-z])"
    r"|(?P<time>" + _SP + r"?(?:[ap]\.m\.|[AP]\.M\.|[ap]m|[AP]M))(?![A-Za-z])"
    r"|(?P<age>[-\s](?:year|yr|month|week|day)s?[-\s]old)(?![A-Za-z])"
)
_HEDGE_AFTER_RE = re.compile(
    r"(?P<plus>-?plus(?![A-Za-z])|\+)|" + _SP + r"+or" + _SP
    + r"+(?:(?P<more>more|greater|higher|above|over)|(?P<so>so|thereabouts)"
    r"|(?P<less>less|fewer|under|below))(?![A-Za-z])|-?(?P<odd>odd)(?![A-Za-z])"
)
_HALF_A_RE = re.compile(_SP + r"+an?" + _SP + r"+(?P<w>million|billion|thousand|hundred|dozen|trillion"
                        r"|hour|day|week|month|year|decade|century|mile|minute)(?![A-Za-z])")
_TIMES_RE = re.compile(
    r"[ \u00a0]+times(?=[ \u00a0]+(?:as|more|higher|larger|bigger|greater|faster|lower|less|the|over)\b)"
    r"|[- \u00a0]?fold(?![A-Za-z])"
)
_OR_NUM_RE = re.compile(_SP + r"+or" + _SP + r"+(?:two|more)\b")
_MONEY_VERBS = frozenset("spent spend spending cost costs paid pay pays worth fined raised earned "
                         "earn earns budget budgeted price priced salary owed owes donated".split())
_PRONOUN_AFTER = frozenset("of another such who which that or can could would will should must "
                           "may might is was has had does did".split())
_PRONOUN_BEFORE = frozenset("no the this that any every each which only".split())


class Context:
    """Scanner state: the text and how far quantities have consumed it."""

    __slots__ = ("pos", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def emit_plain(self, out: list[dict[str, Any]], s: int, e: int, value: float | None,
                   kind: str, unit: str | None = None, precision: float | None = None) -> None:
        """Record a number that is not a statistic (or needs no further context)."""
        out.append({
            "value": value, "unit": unit, "start": s, "end": e, "text": self.text[s:e],
            "hedge": "none", "kind": kind, "noun": None, "precision": precision, "low": None,
            "high": None, "per": None, "malformed": None, "readings": (), "range_id": None,
            "range_role": None,
        })
        self.pos = e


def _record(text: str, s: int, e: int, value: float | None, kind: str, **kw: Any) -> dict[str, Any]:
    """Return a quantity record for text[s:e] with the given fields set."""
    d: dict[str, Any] = {
        "value": value, "unit": None, "start": s, "end": e, "text": text[s:e], "hedge": "none",
        "kind": kind, "noun": None, "precision": None, "low": None, "high": None, "per": None,
        "malformed": None, "readings": (), "range_id": None, "range_role": None,
    }
    if kw:
        d.update(kw)
    return d


def analyse(ctx: Context, out: list[dict[str, Any]], s: int, e: int, value: float | None,
            precision: float | None, malformed: str | None, readings: tuple[float, ...], *,
            dot3: bool = False, digits: str | None = None, word_kind: str | None = None,
            low: float | None = None, high: float | None = None, word: str | None = None) -> None:
    """Classify one number at text[s:e] from its surroundings and append its record."""
    text = ctx.text
    start, end = s, e
    kind: str | None = None
    unit: str | None = None
    scale = 1.0
    unit_written = False
    toks = _CW.prev_tokens(text, start)
    p1 = toks[-1].lower() if toks else ""
    glued_before = start > 0 and not text[start - 1].isspace()

    if word_kind is not None:
        w = word or ""
        if word_kind == "change":
            if w == "twice" and not re.match(_SP + r"+(?:as|the)\b", text[e:e + 8]):
                return
            ctx.emit_plain(out, s, e, value, "change", unit="times")
            return
        if word_kind == "ordinal":
            if w in _NW.DENOMINATORS and p1 in ("a", "an", "one") and not glued_before:
                start = s - len(toks[-1]) - 1
                value, precision, word_kind = 100.0 / _NW.DENOMINATORS[w], None, "fraction"
            elif w == "second" and p1 in ("per", "each", "every", "a", "one"):
                return
            else:
                ctx.emit_plain(out, s, e, value, "ordinal", precision=1.0)
                return
        elif word_kind == "denominator":
            m = _HALF_A_RE.match(text, e) if w == "half" else None
            if m is not None:
                sw = m.group("w")
                if sw in ("million", "billion", "thousand", "hundred", "dozen", "trillion"):
                    sv = {"dozen": 12.0, "hundred": 100.0}.get(sw) or _NW.SCALES[sw]
                    value, precision, end, word_kind = 0.5 * sv, None, m.end(), "count"
                    unit_written = False
                else:
                    ctx.emit_plain(out, s, m.end(), 0.5, "duration", unit=units.TIME_WORDS.get(sw, sw))
                    return
            elif w == "half" and text[e:e + 1] != "-" and p1 not in (
                    "first", "second", "other", "latter", "former", "back", "top", "bottom", "the"):
                if p1 in ("a", "one") and not glued_before:
                    start = s - len(toks[-1]) - 1
                value, precision, word_kind = 50.0, None, "fraction"
            elif w == "quarter" and (p1 in ("a", "one") or text[e:e + 4] == " of ") and text[e:e + 1] != "-":
                if p1 in ("a", "one") and not glued_before:
                    start = s - len(toks[-1]) - 1
                value, precision, word_kind = 25.0, None, "fraction"
            else:
                return
        elif word_kind == "scale":
            if len(toks) >= 2 and toks[-2].lower() == "a" and p1 in ("few", "couple"):
                start = s - len(toks[-1]) - len(toks[-2]) - 2
                lo_mult, hi_mult = (2.0, 9.0) if p1 == "few" else (2.0, 3.0)
                value, precision, word_kind = None, None, "vague"
                low, high = lo_mult * _scale_of(w), hi_mult * _scale_of(w)
            elif p1 in ("a", "an") and not glued_before:
                start = s - len(toks[-1]) - 1
                word_kind = "count"
            else:
                return
        elif word_kind == "count" and w == "one" and e - s == 3:
            m = _CW.NEXT_RE.match(text, e)
            nxt = m.group(1).lower() if m else ""
            after = text[e:e + 1]
            pronoun = (nxt in _PRONOUN_AFTER or p1 in _PRONOUN_BEFORE
                       or after in (",", ".", ";", ")", "") or "or the other" in text[e:e + 40])
            if pronoun and not (nxt == "or" and _OR_NUM_RE.match(text, e)):
                ctx.emit_plain(out, s, e, 1.0, "pronoun")
                return
    else:
        gid = _CW.glued_identifier(text, s, e, value)
        if gid is not None:
            ctx.emit_plain(out, gid[0], gid[1], gid[2], gid[3])
            return
        if value is not None and s > 0 and text[s - 1] in "-−" and (s == 1 or text[s - 2] in " \t\n(\u00a0"):
            value, start = -value, s - 1
        cm = units.CURRENCY_BEFORE_RE.search(text, max(0, start - 6), start)
        if cm is not None:
            sym = cm.group().rstrip(" \u00a0")
            if not (sym[:1].isalpha() and cm.start() > 0 and text[cm.start() - 1].isalnum()):
                unit, kind, start = units.CURRENCY_PREFIXES[sym], "money", cm.start()
                if start > 0 and text[start - 1] in "-−" and value is not None:
                    value, start = -value, start - 1
        sm = units.SCALE_RE.match(text, end)
        if sm is not None and malformed != "version":
            sw = sm.group("w")
            glued = sm.group("sp") == ""
            if len(sw) > 1:
                ok = True  # thousand, million, bn, dozen, hundred, lakh...
            elif sw in "kKM":
                ok = glued
            elif sw in "bB":
                ok = glued and (kind == "money" or "." in (digits or ""))
            elif sw == "m":  # metres, unless money or a counted noun follows: "1.2m people"
                ok = glued and (kind == "money" or _counted_noun_follows(text, sm.end()))
            else:  # "T" is tera unless money is being counted
                ok = glued and kind == "money"
            if ok:
                scale = units.SCALES[sw.lower()]
                end = sm.end()
        if malformed == "version":
            ctx.emit_plain(out, s, e, None, "version")
            return
        xm = _SUFFIX_RE.match(text, end) if scale == 1 and kind is None else None
        if xm is not None and value is not None:
            g = xm.lastgroup
            if g == "ord":
                ctx.emit_plain(out, start, xm.end(), value, "ordinal", precision=1.0)
                return
            if g == "dec" and value % 10 == 0 and (len(digits or "") == 4 or (
                    len(digits or "") == 2 and start > 0 and text[start - 1] in "'’")):
                if len(digits or "") == 2:
                    start -= 1
                    value += 1900 if value >= 30 else 2000
                ctx.emit_plain(out, start, xm.end(), value, "year")
                return
            if g == "dec" and len(digits or "") == 2 and value % 10 == 0:
                p1s = p1.rstrip("-").rsplit("-", 1)[-1]
                if p1s in ("her", "his", "their", "mid", "early", "late", "your", "my", "our"):
                    ctx.emit_plain(out, start, xm.end(), value, "age")  # "in her 20s"
                    return
                if p1s == "the":  # "the 90s"
                    ctx.emit_plain(out, start, xm.end(), value + (1900 if value >= 30 else 2000), "year")
                    return
            if g == "dec" and digits and "," in digits and value % 1000 == 0:
                # "1,000s of fans": thousands, hence vague
                out.append(_record(text, start, xm.end(), None, "vague", low=value, high=value * 10 - 1,
                                   noun=_CW.noun_after(text, xm.end(), False)))
                ctx.pos = xm.end()
                return
            if g == "time" and 0 < value <= 12:
                ctx.emit_plain(out, start, xm.end(), value, "time")
                return
            if g == "age":
                ctx.emit_plain(out, start, xm.end(), value, "age")
                return
        if kind is None and scale == 1 and value is not None and digits and "." in digits:
            p1r = p1.lstrip("([“\"'")
            if p1r in _CW.VERSION_BEFORE or p1r in _CW.REF_BEFORE:
                ctx.emit_plain(out, start, end, value,
                               "version" if p1r in _CW.VERSION_BEFORE else "reference")
                return
        if kind is None and scale == 1 and value is not None and math.isfinite(value) and value == int(value):
            pk = _CW.plain_kind(text, start, end, toks, value, digits or "")
            if pk is not None:
                if pk == "identifier":  # "Boeing 747-400", "Route 9A"
                    while end + 1 < len(text) and (text[end].isalnum() or (
                            text[end] in "-/" and text[end + 1].isalnum())) and end - e < 20:
                        end += 1
                    if end < len(text) and text[end].isalnum():
                        end += 1
                ctx.emit_plain(out, start, end, value, pk)
                return
    if word_kind is not None and kind is None:
        xm = _SUFFIX_RE.match(text, end)
        if xm is not None and xm.lastgroup == "age":
            ctx.emit_plain(out, start, xm.end(), value, "age")
            return
    if kind is None and (p1 in ("aged", "age", "ages") or (
            p1 == "of" and len(toks) > 1 and toks[-2].lower() in ("ages", "age"))):
        ctx.emit_plain(out, start, end, value, "age")
        return

    if p1 in ("minus", "negative") and value is not None and start == s and toks:
        value, start = -value, start - len(toks[-1]) - 1
    # hedges: words before the span, or "-plus"/"odd" glued after the bare number
    if start != s:
        toks = _CW.prev_tokens(text, start)
    hedge, used = _CW.hedge_before(toks)
    if used == 0 and start > 0 and text[start - 1] == "~":
        hedge = "about"
    hm = _HEDGE_AFTER_RE.match(text, end)
    if hm is not None and hm.lastgroup in ("plus", "odd"):
        hedge = "more-than" if hm.lastgroup == "plus" else "about"
        after_pos = hm.end()
    else:
        after_pos = end

    # units
    if word_kind == "fraction":
        # Parsed in percent; reported as the share itself: "two-thirds" is 0.667.
        kind = "fraction"
        if value is not None:
            value /= 100
    elif kind is None:
        um = units.UNIT_RE.match(text, after_pos)
        if um is None and word_kind == "vague":
            um = units.OF_UNIT_RE.match(text, after_pos)
        if um is not None:
            u = um.group("u")
            cat, canon = units.UNIT_TABLE[u.lower()]
            sp = um.groupdict().get("sp") or ""
            # one-letter units only glued: "5m", "5g"; "C"/"F" only capitals ("40C", "30 C")
            if len(u) == 1 and u.isalpha():
                if u in "CF":
                    nxt = text[um.end():um.end() + 1]
                    if sp not in ("", " ") or (sp and nxt.isalpha()):
                        um = None
                elif sp or not u.islower() or u in "cf":
                    um = None
            elif canon == "pound" and (scale >= 1e6 or _MONEY_VERBS.intersection(
                    t.lower() for t in toks[-3:])) and not text.startswith(" of", um.end()):
                cat, canon = "money", "GBP"  # "spent 20 million pounds": sterling, not weight
        if um is not None:
            end = after_pos = um.end()
            unit_written = True
            unit = canon
            if cat == "percent":
                kind = "percentage-points" if canon != units.PERCENT else "percent"
                if canon == "basis_point":
                    unit, kind = units.PERCENTAGE_POINT, "percentage-points"
                    if value is not None:
                        value /= 100
                        precision = precision / 100 if precision else None
            elif cat == "money":
                kind = "money"
            elif cat == "cents":
                kind = "money"
                if value is not None:
                    value /= 100
                    precision = precision / 100 if precision else None
            elif cat == "time":
                kind = "duration"
            else:
                kind = "measure"
        elif digits is not None and after_pos == e and after_pos < len(text) and text[after_pos].isalpha():
            # digits glued to letters that are no unit or scale: "5G", "06F6", "737MAX"
            z = after_pos
            while z < len(text) and z - e < 20 and text[z].isalnum():
                z += 1
            ctx.emit_plain(out, s, z, None, "identifier")
            return
    if hm is None:
        hm = _HEDGE_AFTER_RE.match(text, end)
        if hm is not None and hm.lastgroup in ("more", "so", "less"):
            hedge = {"more": "at-least", "so": "about", "less": "at-most"}[hm.lastgroup]
    elif hm.lastgroup in ("more", "so", "less"):
        hedge = {"more": "at-least", "so": "about", "less": "at-most"}[hm.lastgroup]

    if kind is None:
        if word_kind == "vague":
            kind = "vague"
        else:
            kind = "count"
            tm = _TIMES_RE.match(text, end)
            if tm is not None:
                ctx.emit_plain(out, start, tm.end(), value, "change", unit="times")
                out[-1]["hedge"] = hedge
                return
    if kind == "count" and digits is not None and scale == 1 and value is not None and len(digits) == 4 \
            and 1000 <= value < 2200 and not unit_written and _CW.year_kind(text, start, end, toks, hedge):
        ctx.emit_plain(out, start, end, value, "year")
        return
    if kind == "duration" and (p1 in ("aged", "age") or text[end:end + 4] == " old"):
        kind = "age"
    if kind in ("duration", "age"):
        if used == 1 and toks and toks[-1].lower() in ("over", "under", "some", "around"):
            hedge = "none"  # "over five years" is a period, not an approximate figure
        vague_bounds = {} if low is None else {"low": low * scale, "high": (high or 0) * scale}
        out.append(_record(text, start, end, value * scale if value is not None else None, kind,
                           unit=unit, hedge=hedge, precision=precision, **vague_bounds))
        ctx.pos = end
        return
    if kind in ("percent", "percentage-points"):
        rest = [t.lower() for t in toks[: len(toks) - used]]
        if rest and rest[-1] in ("by", "of", "a", "an", "to") and len(rest) > 1:
            rest = rest[:-1]
        nm = _CW.NEXT_RE.match(text, end)
        nxt = nm.group(1).lower() if nm else ""
        if kind == "percent" and ((rest and rest[-1] in _CW.CHANGE_BEFORE) or nxt in _CW.CHANGE_AFTER):
            kind = "change"

    noun = None
    if kind in ("count", "vague"):
        noun = _CW.noun_after(text, after_pos, False)
    elif kind in ("percent", "measure", "money"):
        noun = _CW.noun_after(text, after_pos, True)
    if dot3 and scale == 1 and not unit_written and kind == "count" and value is not None and (
            (noun is not None and _CW.is_plural(noun)) or hedge != "none"):
        malformed = f"period as thousands separator: {digits!r}"
        whole = float((digits or "").replace(".", ""))
        readings, value, precision = (whole, value), None, None

    per = None
    skip_to = end
    window = text[end:end + 60]
    pm = units.PER_NUM_RE.match(text, end) if "per" in window or "every" in window else None
    if pm is not None:
        d = pm.group("d").lower().replace(",", "")
        den = {"one": 1.0, "ten": 10.0, "hundred": 100.0, "thousand": 1e3, "million": 1e6}.get(
            d.split()[-1]) if not d[0].isdigit() else float(d)
        den = den or 1.0
        if pm.group("s"):
            den *= units.SCALES[pm.group("s")]
        pn = pm.group("n")
        skip_to = pm.end("s") if pm.group("s") else pm.end("d")
        if pn and pn.lower() not in _CW.STOP:
            per = f"{den:.0f} {pn.lower()}" if den != 1 else pn.lower()
            skip_to = pm.end("n")
        else:
            per = f"{den:.0f}"
    elif kind in ("count", "vague", "money", "measure", "percent", "change"):
        qm = units.PER_RE.match(text, end)
        if qm is not None:
            g = qm.lastgroup
            val = qm.group(g or "p1")
            if g == "p1":
                per = None if val in ("cent", "centum") else units.per_unit(val)
            elif g in ("p4", "p5"):
                # "200,000 migrants in September", "9,000 on Saturday": counts close by only
                near = qm.start(g) - end <= 28 and kind in ("count", "vague")
                per = ("month" if g == "p4" else "day") if near else None
            elif g == "p3":
                per = units.PER_WORDS.get(val, "year")
            else:
                per = units.PER_WORDS.get(val, val)
    if per is None and kind == "money":
        am = units.A_UNIT_RE.match(text, end)  # "$3.45 a gallon", "$60 a barrel"
        if am is not None and am.group("u").lower() in units.MEASURE_WORDS:
            per = units.MEASURE_WORDS[am.group("u").lower()]
    if per is not None and kind == "count":
        kind = "rate"

    if value is not None:
        # Rounded to 12 significant digits: 8.3 * 1e6 is 8300000.000000001 in binary floats.
        value = float(f"{value * scale:.12g}") if scale != 1 else value
    if precision is not None:
        precision *= scale
    if low is not None and scale != 1:
        low, high = low * scale, (high or 0) * scale
    out.append(_record(text, start, end, value, kind, unit=unit, hedge=hedge, noun=noun,
                       precision=precision, low=low, high=high, per=per, malformed=malformed,
                       readings=readings, _scale=scale, _unit=unit_written))
    ctx.pos = max(end, skip_to)


_NOUN_AFTER_RE = re.compile(r"[ \u00a0]+(?:(?:more|new|additional|extra|other|fewer)[ \u00a0]+)?([a-z]+)")
_IRREGULAR_PLURALS = frozenset({"people", "children", "men", "women", "cattle", "sheep", "fish"})


def _counted_noun_follows(text: str, pos: int) -> bool:
    """Say whether a plural noun (not a unit) follows: "1.2m people", not "1.5m wide"."""
    m = _NOUN_AFTER_RE.match(text, pos)
    if m is None:
        return False
    word = m.group(1)
    if word in units.UNIT_TABLE:
        return False
    return word in _IRREGULAR_PLURALS or (len(word) > 3 and word.endswith("s") and not word.endswith("ss"))


def _scale_of(w: str) -> float:
    """Return the multiplier of a scale word ("dozen", "million", "thousands")."""
    return {"dozen": 12.0, "hundred": 100.0}.get(w) or _NW.SCALES.get(w.rstrip("s"), 1.0)
