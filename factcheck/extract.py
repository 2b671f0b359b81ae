"""Find every number in English prose and say what kind of number it is.

``extract_quantities(text)`` returns one :class:`~factcheck.models.Quantity` per number,
in text order, with ``text[q.start:q.end] == q.text``. The span covers the number as
written with its currency symbol, scale word, percent sign or unit when written next to
it ("$10 billion", "70 percent", "14,000 pounds", "1.2 million"); hedge words are not in
the span but are reported in ``hedge``.

What is recognised
------------------
* Digits: "6,000", "7.8", ".25", "−3" (Unicode minus), "minus 12", "1 000 000" grouped with
  non-breaking or thin spaces, "2½", "½", "3/4", "2 1/2", "3e6", "2.5×10−3"; scales
  "1.2 million", "10bn", "$5m", "5k", "€2.3bn", "$2.1T", "3 dozen", "322 hundred".
  "24/7" and "9/11" are identifiers; "1/0" is nothing.
* Number words: "six", "twenty-eight", "one hundred and five", "a dozen", "a million",
  "a hundred and two", "two and a half million", "one and a quarter", "two hundred point
  five"; fractions "half", "a third", "two-thirds", "three-quarters", "three fifths" are
  kind ``percent`` (50, 33.33, 66.67, 75, 60) so they compare with percentages; "half a
  million" is 500,000. Digit fractions ("3/4") keep their plain value (0.75).
* Vague amounts (value None, ``low``/``high`` set): "dozens" (24..99), "hundreds"
  (100..999), "thousands", "tens of thousands" (10,000..99,999), "hundreds of millions",
  "a few thousand" (2,000..9,000), "several hundred", "thousands upon thousands".
  A vague count has kind ``vague``; a vague measure or amount of money keeps its kind.
* Units: percent ("70%", "70 per cent"), percentage points, money (``$``, ``US$``, ``C$``,
  ``R$``, ``€``, ``£``, ``¥``, ``₹``, ISO codes, "dollars", "pesos" → MXN, "euros", "cents"),
  measures through the lexicon in :mod:`factcheck.units` ("14,000 pounds" → pound,
  "4 tons" → short_ton, "6 tonnes" → metric_ton, "30 mph", "-3 °C", "98.6 degrees
  Fahrenheit").
* Hedges before or after the number, normalised to about, nearly, more-than, at-least,
  less-than, at-most ("some 200", "close to" → nearly, "12,000-plus" → more-than,
  "or more" → at-least, "or so" → about).
* Rates: "25 per 100,000 people" (per "100000 people"; the denominator is not a quantity
  of its own), "6,000 people every day" (per "day"), "a year", "annually", "monthly",
  "weekly", "$15/hour", "$60 per kg" (per "kilogram"), "$3.45 a gallon". A count with a
  rate has kind ``rate``; money, measures and percentages keep their kind and set ``per``.
  For counts only, a month or weekday right after the number is a period: "200,000
  migrants in September" (per "month"), "9,000 on Saturday" (per "day").
* Changes (kind ``change``): "rose 80 percent", "200% higher", "a 20% increase";
  "doubled"/"tripled"/"quadrupled"/"halved"/"twice as" → value 2/3/4/0.5, unit "times";
  "three times higher" → value 3, unit "times".
* Ranges: "between 18 and 49", "8 to 16 metres", "8- to 16-meter", "$3 billion to $5
  billion", "3 to 5 million", "18–49", "2019-20": both ends share ``range_id``; the unit and
  scale of the high end apply to the low end. A falling pair ("3-1", "6-foot-5") or ends in
  different units are no range.
* Malformed numbers get value None, a ``malformed`` reason and ``readings`` (best first):
  bad grouping "110,00" → (110000, 11000), "1,0000" → (10000, 1000), Indian grouping
  "12,34,567" → (1234567,), a period as thousands separator before a noun "6.000 people"
  → (6000, 6), doubled separators "1,,000", letters O or l among digits "1O,000".
* Numbers that are not statistics get their own kind: year ("in 2024", "FY2020", "the
  1990s", "'90s"), date ("Oct. 4", "4 October", "27/08/2023", "2023-06-12"), time
  ("9:30", "9 a.m."), ordinal ("first", "21st"), identifier ("COVID-19", "Section 230",
  "I-95", "G7", "Boeing 737", numbers in URLs and e-mail addresses), phone, address
  ("1600 Pennsylvania Avenue", "Rua Hygino Muzy Filho, 737"), reference ("page 12",
  "§ 12"), version ("v2.1.3", "Python 3.11"), list-number ("1. item" at line start),
  pronoun ("one of the", "one such"), age ("34-year-old", "aged 34") and duration
  ("16 years", "two-day visit"). Digits glued to letters that are no unit ("5G", "737MAX")
  are identifiers.

Precision is the place value of the last significant digit, scaled like the value:
"110,000" → 10000, "7.8" → 0.1, "1.2 million" → 100000, "$10 billion" → 1e10.

The scan is linear: two compiled regexes find digit runs and number-word runs, and every
look around a number is bounded to a few dozen characters.
"""

from __future__ import annotations

import math
import re
from typing import Any

from factcheck import numwords, units
from factcheck.models import Quantity

__all__ = ["extract_quantities"]

_DIGIT_RE = re.compile(
    r"\d[\d,.Ol\u00a0\u2009\u202f]{0,39}[" + numwords.FRACTION_CHARS + "]?|[" + numwords.FRACTION_CHARS + r"]|\.\d{1,20}"
)
_DIGIT_CHARS = frozenset("0123456789,.Ol\u00a0\u2009\u202f")
_WORD_RE = re.compile(numwords.word_pattern())
_SIMPLE_WORD = "|".join(sorted(numwords.SIMPLE_WORDS, key=len, reverse=True))
# A run of unit and teen words ("one two three") cannot form a larger number.
_SIMPLE_RUN_RE = re.compile(r"(?:" + _SIMPLE_WORD + r")(?: (?:" + _SIMPLE_WORD + r"))+")
_PHONE_RE = re.compile(
    r"\(\d{3}\)[ \u00a0]?\d{3}[-. ]\d{4}(?!\d)|\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,3}(?!\d)"
)
# Digit-led forms that are never quantities: dates, times, dashed phone numbers.
_SPECIAL_RE = re.compile(
    r"(?P<date>\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-\d{4})(?![\d/])"
    r"|(?P<phone>\d{3}[-.]\d{3}[-.]\d{4})(?![\d.-]\d)"
    r"|(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[ \u00a0]?(?:[ap]\.m\.|[AP]\.M\.|[ap]m|[AP]M)(?![A-Za-z]))?)"
    r"(?![\d:])"
    r"|(?P<frac>(?:\d{1,3}[ \u00a0]+)?\d{1,3}/\d{1,3})(?![\d/]|,\d)"
)
_EXP_RE = re.compile(r"(?:[eE]|[ \u00a0]?[×x][ \u00a0]?10\^?)(?P<x>[-+−]?\d{1,3})(?![\w])")
_SLASH_IDS = frozenset({"9/11", "24/7", "7/7", "4/20", "50/50", "20/20"})
def _trim(text: str, s: int, e: int) -> int:
    """Drop trailing separators and an O or l that starts a word ("5lbs", "2O")."""
    while e > s and text[e - 1] in ",.Ol" + _NW.GROUP_SPACES:
        e -= 1
    for i in range(s + 1, e):
        ch = text[i]
        if ch in "Ol":
            nxt = text[i + 1] if i + 1 < len(text) else ""
            prv = text[i - 1]
            if not (prv.isdigit() or prv in ",.") or not (nxt.isdigit() or nxt in ",.Ol"):
                return i if i > s else e
    if e < len(text) and text[e].isalpha() and text[e - 1] in "Ol":
        return e - 1
    return e


def _candidates(text: str) -> list[tuple[int, int, int]]:
    cands = [(m.start(), m.end(), 0) for m in _DIGIT_RE.finditer(text)]
    cands += [(m.start(), m.end(), 1) for m in _WORD_RE.finditer(text)]
    if "(" in text or "+" in text:
        cands += [(m.start(), m.end(), 2) for m in _PHONE_RE.finditer(text)]
    cands.sort()
    return cands


def extract_quantities(text: str) -> list[Quantity]:
    """Return every number-quantity in text, in order."""
    ctx = Context(text)
    out: list[dict[str, Any]] = []
    for s, e, src in _candidates(text):
        if s < ctx.pos and (src != 1 or e <= ctx.pos):
            continue  # a run of words may start inside the last span and go on past it
        if src == 2:
            ctx.emit_plain(out, s, e, None, "phone")
            continue
        if src == 0:
            _digit_token(ctx, out, s, e)
        else:
            _word_token(ctx, out, s, e)
    kept: list[dict[str, Any]] = []
    last_end = 0
    for d in out:
        # a look-behind (currency, sign, "a", glued letters) may reach into the previous span
        if d["start"] >= last_end and d["end"] > d["start"]:
            kept.append(d)
            last_end = d["end"]
    _NW.link_ranges(text, kept)
    return [_construct(d) for d in kept]


_FIELD_NAMES = tuple(Quantity.model_fields)
# One shared set: pydantic copies it before changing it (model_copy), never mutates it.
_FIELDS_SET = set(_FIELD_NAMES)
_new = object.__new__
_set = object.__setattr__
# The shortcut is only valid while records carry exactly the model's fields and the model has
# no post-init hook; otherwise fall back to model_construct (which fills defaults).
_RECORD_FIELDS = ("value", "unit", "start", "end", "text", "hedge", "kind", "noun", "precision",
                  "low", "high", "per", "malformed", "readings", "range_id", "range_role")
_FAST_CONSTRUCT = set(_RECORD_FIELDS) == _FIELDS_SET and not Quantity.__pydantic_post_init__


def _construct(d: dict[str, Any]) -> Quantity:
    """Build a Quantity from trusted values, as model_construct does, without its alias loop."""
    # model_construct walks every field's aliases (~3 us a call); dense inputs make
    # hundreds of thousands of quantities, so set exactly what it would set.
    if not _FAST_CONSTRUCT:
        return Quantity.model_construct(**{k: v for k, v in d.items() if k in _FIELDS_SET})
    values = {k: d[k] for k in _FIELD_NAMES} if "_scale" in d else d
    q = _new(Quantity)
    _set(q, "__dict__", values)
    _set(q, "__pydantic_fields_set__", _FIELDS_SET)
    _set(q, "__pydantic_extra__", None)
    _set(q, "__pydantic_private__", None)
    return q


def _digit_token(ctx: Context, out: list[dict[str, Any]], s: int, e: int) -> None:
    text = ctx.text
    if s > 0 and text[s - 1].isdigit():
        return  # the tail of a rejected token
    if s > 0 and text[s - 1] == "^":
        ctx.pos = max(ctx.pos, e)
        return  # the exponent of a unit: "4 km^2"
    if s > 1 and text[s - 1] == "+" and text[s - 2].isalnum():
        ctx.emit_plain(out, s, _trim(text, s, e), None, "identifier")  # "J1149.5+6663"
        return
    if text[s] == "." and s > 0 and (text[s - 1].isalnum() or text[s - 1] in ".,"):
        return  # "U.S.5", "a.5": not a leading-decimal number
    m = _SPECIAL_RE.match(text, s)
    if m is not None:
        kind = m.lastgroup or "date"
        if kind == "frac":
            _slash_fraction(ctx, out, s, m.end())
        else:
            ctx.emit_plain(out, s, m.end(), None, kind)
        return
    if e - s >= 40 and e < len(text) and text[e] in _DIGIT_CHARS:
        # an overlong run of digits and separators is not a quantity anyone wrote
        ctx.emit_plain(out, s, e, None, "identifier")
        while ctx.pos < len(text) and text[ctx.pos] in _DIGIT_CHARS:
            ctx.pos += 1
        return
    e = _trim(text, s, e)
    if e <= s:
        return
    e = _space_groups(text, s, e)
    raw = text[s:e]
    value, precision, malformed, readings, dot3 = _NW.parse_number(raw)
    xm = _EXP_RE.match(text, e) if value is not None else None
    if xm is not None and value is not None:
        value = float(f"{value!r}e{int(xm.group('x').replace('−', '-'))}")
        if not math.isfinite(value):
            value = None
        precision, raw, e = None, text[s:xm.end()], xm.end()
    analyse(ctx, out, s, e, value, precision, malformed, readings, dot3=dot3, digits=raw)


_SPACE_GROUP_RE = re.compile(r"(?: \d{3})+(?![\d,.]\d|\d)")


def _space_groups(text: str, s: int, e: int) -> int:
    """Extend "10" over " 000" in "10 000 dollars": thousands grouped by plain spaces."""
    if e - s > 3 or not text[s:e].isdigit() or text[s] == "0" or (s and text[s - 1] in ",."):
        return e
    m = _SPACE_GROUP_RE.match(text, e)
    return m.end() if m else e


def _slash_fraction(ctx: Context, out: list[dict[str, Any]], s: int, e: int) -> None:
    """Read "3/4" and "2 1/2"; "24/7" and "9/11" are names, "1/0" is nothing."""
    raw = ctx.text[s:e]
    whole, _, frac = raw.rpartition(" ") if " " in raw else raw.rpartition("\u00a0")
    num, _, den = frac.partition("/")
    if raw in _SLASH_IDS:
        ctx.emit_plain(out, s, e, None, "identifier")
        return
    if int(den) == 0 or (whole and int(num) >= int(den)):
        ctx.pos = e
        return
    value = (float(whole) if whole else 0.0) + int(num) / int(den)
    analyse(ctx, out, s, e, value, None, None, (), digits=raw)


def _word_token(ctx: Context, out: list[dict[str, Any]], s: int, e: int) -> None:
    text = ctx.text
    if s > 0 and (text[s - 1].isalpha() or (text[s - 1] == "-" and s > 1 and text[s - 2].isalpha())):
        # inside a longer word ("someone", "anti-one"): drop the first word
        m = re.compile(r"[A-Za-z]+").match(text, s)
        if m is None or m.end() >= e:
            return
        s2 = m.end()
        nm = _WORD_RE.search(text, s2, e)
        if nm is None:
            return
        s, e = nm.start(), nm.end()
    if _SIMPLE_RUN_RE.fullmatch(text, s, e) and s >= ctx.pos:
        _simple_run(ctx, out, s, e)
        return
    words, starts, ends, conns = _NW.split_words(text, s, e)
    if not words:
        return
    segs = numwords.parse_words(words, conns)
    last = len(segs) - 1
    for i, seg in enumerate(segs):
        st, en = starts[seg.first], ends[seg.last]
        if st < ctx.pos:
            continue
        if 0 < i < last and seg.kind == "count" and segs[i + 1].first == seg.last + 1:
            # between two other numbers ("one two three"): no hedge, unit or noun can apply
            ctx.emit_plain(out, st, en, seg.value, "count", precision=seg.precision)
            continue
        analyse(ctx, out, st, en, seg.value, seg.precision, None, (), word_kind=seg.kind,
                low=seg.low, high=seg.high, word=words[seg.first])


def _simple_run(ctx: Context, out: list[dict[str, Any]], s: int, e: int) -> None:
    """Emit "one two three": words that cannot combine, each its own count."""
    text = ctx.text
    words = text[s:e].split(" ")
    last = len(words) - 1
    pos = s
    for i, w in enumerate(words):
        we = pos + len(w)
        value, precision = numwords.SIMPLE[w.lower()]
        if 0 < i < last:
            # between two other numbers: no hedge, unit or noun can apply
            out.append({
                "value": value, "unit": None, "start": pos, "end": we, "text": w,
                "hedge": "none", "kind": "count", "noun": None, "precision": precision,
                "low": None, "high": None, "per": None, "malformed": None, "readings": (),
                "range_id": None, "range_role": None,
            })
            ctx.pos = we
        elif pos >= ctx.pos:
            analyse(ctx, out, pos, we, value, precision, None, (), word_kind="count", word=w.lower())
        pos = we + 1


# --- context around a number ------------------------------------------------------------

_NW = numwords
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
    toks = _NW.prev_tokens(text, start)
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
            m = _NW.NEXT_RE.match(text, e)
            nxt = m.group(1).lower() if m else ""
            after = text[e:e + 1]
            pronoun = (nxt in _PRONOUN_AFTER or p1 in _PRONOUN_BEFORE
                       or after in (",", ".", ";", ")", "") or "or the other" in text[e:e + 40])
            if pronoun and not (nxt == "or" and _OR_NUM_RE.match(text, e)):
                ctx.emit_plain(out, s, e, 1.0, "pronoun")
                return
    else:
        gid = _NW.glued_identifier(text, s, e, value)
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
            else:  # "m" is metres and "T" tera unless money is being counted
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
                                   noun=_NW.noun_after(text, xm.end(), False)))
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
            if p1r in _NW.VERSION_BEFORE or p1r in _NW.REF_BEFORE:
                ctx.emit_plain(out, start, end, value,
                               "version" if p1r in _NW.VERSION_BEFORE else "reference")
                return
        if kind is None and scale == 1 and value is not None and math.isfinite(value) and value == int(value):
            pk = _NW.plain_kind(text, start, end, toks, value, digits or "")
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
        toks = _NW.prev_tokens(text, start)
    hedge, used = _NW.hedge_before(toks)
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
        unit, kind = units.PERCENT, "percent"
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
            and 1000 <= value < 2200 and not unit_written and _NW.year_kind(text, start, end, toks, hedge):
        ctx.emit_plain(out, start, end, value, "year")
        return
    if kind == "duration" and (p1 in ("aged", "age") or text[end:end + 4] == " old"):
        kind = "age"
    if kind in ("duration", "age"):
        if used == 1 and toks and toks[-1].lower() in ("over", "under", "some", "around"):
            hedge = "none"  # "over five years" is a period, not an approximate figure
        out.append(_record(text, start, end, value * scale if value is not None else None, kind,
                           unit=unit, hedge=hedge, precision=precision))
        ctx.pos = end
        return
    if kind in ("percent", "percentage-points"):
        rest = [t.lower() for t in toks[: len(toks) - used]]
        if rest and rest[-1] in ("by", "of", "a", "an", "to") and len(rest) > 1:
            rest = rest[:-1]
        nm = _NW.NEXT_RE.match(text, end)
        nxt = nm.group(1).lower() if nm else ""
        if kind == "percent" and ((rest and rest[-1] in _NW.CHANGE_BEFORE) or nxt in _NW.CHANGE_AFTER):
            kind = "change"

    noun = None
    if kind in ("count", "vague"):
        noun = _NW.noun_after(text, after_pos, False)
    elif kind in ("percent", "measure", "money"):
        noun = _NW.noun_after(text, after_pos, True)
    if dot3 and scale == 1 and not unit_written and kind == "count" and value is not None and (
            (noun is not None and _NW.is_plural(noun)) or hedge != "none"):
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
        if pn and pn.lower() not in _NW.STOP:
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
        value *= scale
    if precision is not None:
        precision *= scale
    if low is not None and scale != 1:
        low, high = low * scale, (high or 0) * scale
    out.append(_record(text, start, end, value, kind, unit=unit, hedge=hedge, noun=noun,
                       precision=precision, low=low, high=high, per=per, malformed=malformed,
                       readings=readings, _scale=scale, _unit=unit_written))
    ctx.pos = max(end, skip_to)


def _scale_of(w: str) -> float:
    return {"dozen": 12.0, "hundred": 100.0}.get(w) or _NW.SCALES.get(w.rstrip("s"), 1.0)
