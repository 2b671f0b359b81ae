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
  "1.2 million", "10bn", "$5m", "5k", "€2.3bn", "$2.1T", "3 dozen", "322 hundred", "2.7 k
  likes", "7.5 bln", "$3.2 bil.", "$5MM", "$4.5BN", "1.2G records" (not "5G phones"), "1.5
  lakh crore"; mixed "3 hundred and 12", "7 thousand 2 hundred"; signs "- 40" (after "of",
  "to", "at"...), "–5%"; "1 234 567.89"; a spaced "k" before a period ("12 k in May");
  a glued "B" before a counted noun ("7B parameters", not "Apartment 4B residents");
  "a 7B model" (not "Seat 12B"); "50 grand for the car", "cost him a grand" (not "two
  grand pianos", "a grand jury"); "five lakh", "two crore rupees";
  Swiss "1'250'000"; in European text (more French, German, Spanish, Italian or Dutch
  function words near the number than English ones) "3,5 %" is 3.5 and "10.000" 10000,
  and its scale words are read ("1,5 Mrd. Euro", "3 Mio.", "4,2 milliards d'euros"; also
  after a decimal comma English cannot read: "2,1 Millionen");
  near rupees, lakhs or crores "12,34,567" is 1234567.
  "24/7" and "9/11" are identifiers; "1/0" is nothing.
* Number words, in any letter case: "six", "TWENTY-ONE", "one hundred and five", "a dozen",
  "a pair of", "a couple of", "a single", "nil", "naught point five", "five billions", "two
  point five million", "a million and a half", "a half-dozen", "a quarter of a million",
  "3 over 4", "a twentieth", "a million", "ONE HUNDRED AND TEN", "two-and-a-half million",
  "a couple of dozen" (24), spoken "one twenty-five" (125), "a quarter point" and "half a
  percentage point" (percentage points), "a hundred and two", "two and a half million", "one
  and a quarter", "two hundred point five"; fractions "half", "a third", "two-thirds",
  "three-quarters", "three fifths" and ratios "seven in 10", "three out of four", "one in
  every five" are kind ``fraction`` with the share as value (0.5, 0.333, 0.667, 0.75, 0.6,
  0.7); the scanner compares them with percentages. "half
  a million" is 500,000. Digit fractions ("3/4") keep their plain value (0.75).
* Vague amounts (value None, ``low``/``high`` set): "dozens" (24..99), "hundreds"
  (100..999), "thousands", "tens of thousands" (10,000..99,999), "hundreds of millions",
  "a few thousand" (2,000..9,000), "several hundred", "thousands upon thousands".
  A vague count has kind ``vague``; a vague measure or amount of money keeps its kind.
* Units: percent ("70%", "70 per cent"), percentage points, money (``$``, ``US$``, ``C$``,
  ``R$``, ``€``, ``£``, ``¥``, ``₹``, ISO codes, "dollars", "pesos" → MXN, "euros", "cents",
  "4 trillion won"), "-18°", "10 below zero" (-10),
  measures through the lexicon in :mod:`factcheck.units` ("14,000 pounds" → pound,
  "4 tons" → short_ton, "6 tonnes" → metric_ton, "30 mph", "-3 °C", "98.6 degrees
  Fahrenheit"); "4.2 Mt", "35 MtCO2e" are megatonnes, spelled so ("14 Mt Pleasant Road");
  a measure after words that qualify it ("18.7 million revenue miles" → mile, noun
  "revenue"; "12 US gallons", "2 million board feet", "1.6 trillion ton-miles" → ton_mile).
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
  "I-95", "G7", "Boeing 737", "PM 2.5", "the 737 Max", "747-8", numbers in URLs and e-mail
  addresses), phone, address
  ("1600 Pennsylvania Avenue", "Rua Hygino Muzy Filho, 737"), reference ("page 12",
  "§ 12"), version ("v2.1.3", "Python 3.11"), list-number ("1. item" at line start),
  pronoun ("one of the", "one such", "a loved one"), age ("34-year-old", "aged 34") and duration
  ("16 years", "two-day visit"). Digits glued to letters that are no unit ("5G", "737MAX")
  are identifiers. Number words in idioms ("at one point", "cloud nine", "at first", "the
  eleventh hour") and "scores" without "of" are no quantity at all
  (:mod:`factcheck.extract.pronouns`).

Precision is the place value of the last significant digit, scaled like the value:
"110,000" → 10000, "7.8" → 0.1, "1.2 million" → 100000, "$10 billion" → 1e10.

Unicode lookalikes are read as what they look like: "352 μm" (Greek mu), "１２" (fullwidth),
"30℃", "2 ㎞", "5 ſec", "−3" (U+2212), thin and figure spaces, zero-width spaces
(:mod:`factcheck.extract.normalise`); spans still slice the text as given.

The scan is linear: two compiled regexes find digit runs and number-word runs, and every
look around a number is bounded to a few dozen characters.
"""

from __future__ import annotations

import math
import re

from factcheck import units
from factcheck.extract import digits, normalise, numwords
from factcheck.extract import words as context_words
from factcheck.extract.classify import analyse
from factcheck.extract.join import article_units, link_ranges, link_ratios
from factcheck.extract.reading import Reading, Scan, to_quantity
from factcheck.extract.roles import assign_roles
from factcheck.extract.vocabulary import ARTICLE_COUNTS, SLASH_IDS
from factcheck.models import Quantity

__all__ = ["extract_quantities"]

_NW = numwords

_DIGIT_RE = re.compile(
    r"\d[\d,.Ol\u00a0\u2009\u202f]{0,39}[" + numwords.FRACTION_CHARS + "]?"
    r"|[" + numwords.FRACTION_CHARS + r"]|\.\d{1,20}"
)
# Nouns that count after "a" ("a pair of"): their own pattern, as a leading space is found
# far faster than a word among the number words' trie.
_ARTICLE_COUNT_RE = re.compile(r" (?:" + "|".join(ARTICLE_COUNTS) + r")(?![A-Za-z])")
_DIGIT_CHARS = frozenset("0123456789,.Ol\u00a0\u2009\u202f")
_WORD_RE = re.compile(numwords.word_pattern())
_SIMPLE_WORD = "|".join(sorted(numwords.SIMPLE_WORDS, key=len, reverse=True))
# A run of unit and teen words ("one two three") cannot form a larger number.
_SIMPLE_RUN_RE = re.compile(r"(?:" + _SIMPLE_WORD + r")(?: (?:" + _SIMPLE_WORD + r"))+")
_PHONE_RE = re.compile(
    r"\(\d{3}\)[ \u00a0]?\d{3}[-. ]\d{4}(?!\d)"
    r"|\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,3}(?!\d)"
)
# Digit-led forms that are never quantities: dates, times, dashed phone numbers.
_SPECIAL_RE = re.compile(
    r"(?P<date>\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-\d{4})(?![\d/])"
    r"|(?P<phone>\d{3}[-.]\d{3}[-.]\d{4})(?![\d.-]\d)"
    r"|(?P<time>\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \u00a0]?(?:[ap]\.m\.|[AP]\.M\.|[ap]m|[AP]M)(?![A-Za-z]))?)"
    r"(?![\d:])"
    r"|(?P<frac>(?:\d{1,3}[ \u00a0]+)?\d{1,3}/\d{1,3})(?![\d/]|,\d)"
)
_EXP_RE = re.compile(r"(?:[eE]|[ \u00a0]?[×x][ \u00a0]?10\^?)(?P<x>[-+−]?\d{1,3})(?![\w])")


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
    cands += [(m.start() + 1, m.end(), 3) for m in _ARTICLE_COUNT_RE.finditer(text)]
    if "(" in text or "+" in text:
        cands += [(m.start(), m.end(), 2) for m in _PHONE_RE.finditer(text)]
    cands.sort()
    return cands


def extract_quantities(text: str) -> list[Quantity]:
    """Return every number-quantity in text, in order, each bare number given its role."""
    return assign_roles(text, _quantities(text))


def _quantities(text: str) -> list[Quantity]:
    """Return every number-quantity in text, in order, before roles."""
    folded = normalise.fold(text)
    readings = _read(text if folded is None else folded.text)
    # Each reading is dropped as soon as its Quantity exists: dense texts make hundreds of
    # thousands, and the cyclic collector would walk every one of them again and again.
    readings.reverse()
    out: list[Quantity] = []
    if folded is None:
        while readings:
            r = readings.pop()
            out.append(to_quantity(r, text, r.start, r.end))
        return out
    last_end = 0
    while readings:
        r = readings.pop()
        start, end = folded.span(r.start, r.end)
        if start >= last_end:  # two numbers read from one folded character: keep the first
            if r.malformed is not None and r.digits:
                r.malformed = _as_written(r, r.malformed, text, folded)
            out.append(to_quantity(r, text, start, end))
            last_end = end
    return out


def _as_written(r: Reading, reason: str, text: str, folded: normalise.Folded) -> str:
    """Quote the digits of a malformed number's reason as written, not as folded."""
    digits = r.digits or ""
    a, b = folded.span(r.token_start, r.token_end)
    written = text[a:b]
    # parse_number quotes the token, or the token without a trailing "½" (never folded)
    for f, w in ((digits, written), (digits[:-1], written[:-1])):
        if f != w and f and repr(f) in reason:
            return reason.replace(repr(f), repr(w), 1)
    return reason


def _read(text: str) -> list[Reading]:
    """Return the readings of every number in text, in order."""
    scan = Scan(text)
    for s, e, src in _candidates(text):
        if s < scan.pos and (src != 1 or e <= scan.pos):
            continue  # a run of words may start inside the last span and go on past it
        if src == 0:
            _digit_token(scan, s, e)
        elif src == 1:
            _word_token(scan, s, e)
        elif src == 2:
            scan.emit_plain(s, e, None, "phone")
        else:  # "a pair of": the pass reads the article
            w = text[s:e]
            count = float(ARTICLE_COUNTS[w])
            analyse(scan, Reading(s, e, count, 1.0, word_kind="article-count", word=w))
    kept: list[Reading] = []
    last_end = 0
    for r in scan.out:
        # a look-behind (currency, sign, "a", glued letters) may reach into the previous span
        if r.start >= last_end and r.end > r.start:
            kept.append(r)
            last_end = r.end
    link_ranges(text, kept)
    if " in " in text or " of " in text or " and " in text or " over " in text:
        kept = link_ratios(text, kept)
    return article_units(text, kept)


def _digit_token(scan: Scan, s: int, e: int) -> None:
    text = scan.text
    if s > 0 and text[s - 1].isdigit():
        return  # the tail of a rejected token
    if s > 0 and text[s - 1] == "^":
        scan.pos = max(scan.pos, e)
        return  # the exponent of a unit: "4 km^2"
    if (e < len(text) and text[e] == "_") or (s > 0 and text[s - 1] == "_") or (
            e - s > 1 and text[s] == "0" and text[s + 1].isdigit()):
        # file names and codes: "000_e83ba781.txt", "snake_case_2", "007"
        z = e
        while z < len(text) and (text[z].isalnum() or text[z] in "_.-") and z - e < 60:
            z += 1
        scan.emit_plain(s, _trim(text, s, z), None, "identifier")
        return
    if s > 1 and text[s - 1] == "+" and text[s - 2].isalnum():
        scan.emit_plain(s, _trim(text, s, e), None, "identifier")  # "J1149.5+6663"
        return
    if text[s] == "." and s > 0 and (text[s - 1].isalnum() or text[s - 1] in ".,"):
        return  # "U.S.5", "a.5": not a leading-decimal number
    m = _SPECIAL_RE.match(text, s)
    if m is not None:
        kind = m.lastgroup or "date"
        if kind == "frac":
            _slash_fraction(scan, s, m.end())
        else:
            scan.emit_plain(s, m.end(), None, kind)
        return
    if e - s >= 40 and e < len(text) and text[e] in _DIGIT_CHARS:
        # an overlong run of digits and separators is not a quantity anyone wrote
        scan.emit_plain(s, e, None, "identifier")
        while scan.pos < len(text) and text[scan.pos] in _DIGIT_CHARS:
            scan.pos += 1
        return
    e = _trim(text, s, e)
    if e <= s:
        return
    e = _space_groups(text, s, e)
    raw = clean = text[s:e]
    if text.startswith(("'", "’"), e):
        am = _APOSTROPHE_GROUPED_RE.match(text, s)
        if am is not None:  # Swiss "1'250'000"
            e, raw = am.end(), am.group()
            clean = raw.replace("'", "").replace("’", "")
    value, precision, malformed, readings, dot3 = parsed = _NW.parse_number(clean)
    if malformed is not None or dot3:
        value, precision, malformed, readings, dot3 = _local_grouping(text, s, e, raw) or parsed
    xm = _EXP_RE.match(text, e) if value is not None else None
    if xm is not None and value is not None:
        value = float(f"{value!r}e{int(xm.group('x').replace('−', '-'))}")
        if not math.isfinite(value):
            value = None
        precision, raw, e = None, text[s:xm.end()], xm.end()
    analyse(scan, Reading(s, e, value, precision, malformed, readings, dot3=dot3, digits=raw))


_APOSTROPHE_GROUPED_RE = re.compile(r"\d{1,3}(?:['’]\d{3})+(?![\d'’]|[.,]\d)")


def _local_grouping(text: str, s: int, e: int, raw: str) -> digits.Parsed | None:
    """Read "3,5" and "10.000" in European text, "12,34,567" near rupees; None elsewhere."""
    parsed = digits.european(raw)
    if parsed is not None and context_words.european_window(text, s, e):
        return parsed
    parsed = digits.indian(raw)
    if parsed is not None and context_words.indian_window(text, s, e):
        return parsed
    return None


# not before a plural "s": "30 737s" are thirty aircraft
_SPACE_GROUP_RE = re.compile(r"(?: \d{3})+(?:\.\d{1,20})?(?![\d,.]\d|\d|s(?![A-Za-z]))")


def _space_groups(text: str, s: int, e: int) -> int:
    """Extend "10" over " 000" in "10 000 dollars": thousands grouped by plain spaces."""
    if e - s > 3 or not text[s:e].isdigit() or text[s] == "0" or (s and text[s - 1] in ",."):
        return e
    m = _SPACE_GROUP_RE.match(text, e)
    return m.end() if m else e


def _slash_fraction(scan: Scan, s: int, e: int) -> None:
    """Read "3/4" and "2 1/2"; "24/7" and "9/11" are names, "1/0" is nothing."""
    raw = scan.text[s:e]
    whole, _, frac = raw.rpartition(" ") if " " in raw else raw.rpartition("\u00a0")
    num, _, den = frac.partition("/")
    if raw in SLASH_IDS:
        scan.emit_plain(s, e, None, "identifier")
        return
    if int(den) == 0 or (whole and int(num) >= int(den)):
        scan.pos = e
        return
    value = (float(whole) if whole else 0.0) + int(num) / int(den)
    analyse(scan, Reading(s, e, value, digits=raw))


def _word_token(scan: Scan, s: int, e: int) -> None:
    text = scan.text
    if s > 0 and (text[s - 1].isalpha()
                  or (text[s - 1] == "-" and s > 1 and text[s - 2].isalpha())):
        # inside a longer word ("someone", "anti-one"): drop the first word
        m = re.compile(r"[A-Za-z]+").match(text, s)
        if m is None or m.end() >= e:
            return
        s2 = m.end()
        nm = _WORD_RE.search(text, s2, e)
        if nm is None:
            return
        s, e = nm.start(), nm.end()
    if _SIMPLE_RUN_RE.fullmatch(text, s, e) and s >= scan.pos:
        _simple_run(scan, s, e)
        return
    words, starts, ends, conns = _NW.split_words(text, s, e)
    if not words:
        return
    segs = numwords.parse_words(words, conns, len(words) == 3 and _may_be_spoken(text, e))
    last = len(segs) - 1
    for i, seg in enumerate(segs):
        st, en = starts[seg.first], ends[seg.last]
        if st < scan.pos:
            continue
        if 0 < i < last and seg.kind == "count" and segs[i + 1].first == seg.last + 1:
            # between two other numbers ("one two three"): no hedge, unit or noun can apply
            scan.emit_plain(st, en, seg.value, "count", precision=seg.precision)
            continue
        analyse(scan, Reading(st, en, seg.value, seg.precision, word_kind=seg.kind, low=seg.low,
                              high=seg.high, word=words[seg.first]))


_NOT_SPOKEN_AFTER_RE = re.compile(r"-|[ \u00a0]*(?:[ap]\.?m\b|o['’]clock)", re.IGNORECASE)


def _may_be_spoken(text: str, e: int) -> bool:
    """Say whether a run of three number words ending at e may be a number said digit group by
    digit group: not "three twenty-five-pound bags", "one twenty five kg" or a time."""
    return _NOT_SPOKEN_AFTER_RE.match(text, e) is None and units.UNIT_RE.match(text, e) is None


def _simple_run(scan: Scan, s: int, e: int) -> None:
    """Emit "one two three": words that cannot combine, each its own count."""
    text = scan.text
    words = text[s:e].split(" ")
    last = len(words) - 1
    pos = s
    for i, w in enumerate(words):
        we = pos + len(w)
        value, precision = numwords.SIMPLE[w.lower()]
        if 0 < i < last:
            # between two other numbers: no hedge, unit or noun can apply
            scan.emit_plain(pos, we, value, "count", precision=precision)
        elif pos >= scan.pos:
            analyse(scan, Reading(pos, we, value, precision, word_kind="count", word=w.lower()))
        pos = we + 1
