"""Classify a number the scanner found by the words around it.

:func:`analyse` runs ordered passes over one :class:`~factcheck.extract.reading.Reading`.
The first passes here read what kind of number word or digit token it is (a number word's
article, fraction or pronoun use; a digit token's sign, currency, scale word and glued
suffix, and the neighbours that make it a year, date, version or identifier); the passes
in :mod:`factcheck.extract.context` then read its hedge, unit, rate and counted noun. A
pass returns True when it has finished the reading: emitted it (perhaps as a number that is
no statistic) or dropped it. Joining readings into ranges and ratios is
:mod:`factcheck.extract.join`. What is recognised is documented in
:mod:`factcheck.extract.quantities`.
"""

from __future__ import annotations

import math
import re

from factcheck import units
from factcheck.extract import context, pronouns
from factcheck.extract import words as context_words
from factcheck.extract.digits import digits_precision, european
from factcheck.extract.reading import SP, Pass, Reading, Scan
from factcheck.extract.vocabulary import (
    AGE_DECADE_BEFORE,
    AGE_UNITS,
    IDENT_BEFORE,
    MILLION_MODIFIERS,
    MILLION_NOUNS,
    MONTHS,
    OPENERS,
    ORDINAL_SUFFIXES,
    PARAMETER_NOUNS,
    PERIOD_DATE_LINKS,
    PERIOD_UNIT_LINKS,
    PERIOD_UNITS,
    REF_BEFORE,
    SCALE_WORDS,
    SPACED_MINUS_AFTER,
    STOP,
    TIME_SUFFIXES,
    VERSION_BEFORE,
    WEEKDAYS,
)
from factcheck.extract.vocabulary.scales import (
    EUROPEAN_SCALE_RE,
    EUROPEAN_SCALE_STARTS,
    EUROPEAN_SCALES,
)
from factcheck.extract.wordkinds import WORD_KINDS, word_age, word_clock

_CW = context_words
_SP = SP

_SUFFIX_RE = re.compile(
    r"(?P<ord>" + "|".join(ORDINAL_SUFFIXES) + r")(?![A-Za-z])|(?P<dec>['’]?s)(?![A-Za-z])"
    r"|(?P<time>" + _SP + r"?(?:" + "|".join(TIME_SUFFIXES) + r"))(?![A-Za-z])"
    r"|(?P<age>[-\s](?:" + "|".join(AGE_UNITS) + r")s?[-\s]old)(?![A-Za-z])"
)
_NOUN_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:(?:" + "|".join(MILLION_MODIFIERS) + r")[ \u00a0]+)?([a-z]+)"
)


def analyse(scan: Scan, r: Reading) -> None:
    """Classify one number from its surroundings and emit its reading (or drop it)."""
    text = scan.text
    r.token_start, r.token_end = r.start, r.end
    r.toks = toks = _CW.prev_tokens(text, r.start)
    r.p1 = toks[-1].lower() if toks else ""
    r.glued_before = r.start > 0 and not text[r.start - 1].isspace()
    if r.word_kind is not None:
        if pronouns.in_idiom(text, r):
            return
        word_pass = WORD_KINDS.get(r.word_kind)
        if (word_pass is not None and word_pass(scan, r)) or word_age(scan, r) \
                or word_clock(scan, r):
            return
        passes = _WORD_PASSES
    else:
        passes = _DIGIT_PASSES
    for p in passes:
        if p(scan, r):
            return


# --- digits ------------------------------------------------------------------------------


def _glued_identifier(scan: Scan, r: Reading) -> bool:
    """ "COVID-19", "G7", "FY2020", numbers in URLs and e-mail addresses."""
    gid = _CW.glued_identifier(scan.text, r.start, r.end, r.value)
    if gid is None:
        return False
    return scan.emit_plain(*gid)


def _sign_and_currency(scan: Scan, r: Reading) -> bool:
    """A minus sign ("-3", "−3") and a currency symbol or code before the number."""
    text, s = scan.text, r.start
    if r.p1[-1:] in _DASHES and r.value is not None:  # the word before ends in a dash
        if text[s - 1] != " ":
            if s == 1 or text[s - 2] in " \t\n(\u00a0":
                r.value, r.start = -r.value, s - 1  # "-3", "–5%"
        elif r.p1 in _DASHES and len(r.toks) > 1 and r.toks[-2].lower() in SPACED_MINUS_AFTER:
            r.value, r.start = -r.value, s - 2  # "readings of - 40"
    cm = units.CURRENCY_BEFORE_RE.search(text, max(0, r.start - 6), r.start) \
        if _may_follow_currency(text, r.start) else None
    if cm is not None:
        sym = cm.group().rstrip(" \u00a0")
        if not (sym[:1].isalpha() and cm.start() > 0 and text[cm.start() - 1].isalnum()):
            r.unit, r.kind, r.start = units.CURRENCY_PREFIXES[sym], "money", cm.start()
            if r.start > 0 and text[r.start - 1] in "-−" and r.value is not None:
                r.value, r.start = -r.value, r.start - 1
    return False


_DASHES = frozenset("-−–")
# The last characters of the currency prefixes: a cheap test before the look-behind search.
_CURRENCY_ENDS = frozenset(k[-1] for k in units.CURRENCY_PREFIXES)


def _may_follow_currency(text: str, start: int) -> bool:
    """Say whether text before start may end in a currency prefix (with a space or newline)."""
    j = start - 1
    if j >= 0 and text[j] == "\n":  # CURRENCY_BEFORE_RE's "$" also matches before a newline
        j -= 1
    if j >= 0 and text[j] in " \u00a0":
        j -= 1
    return j >= 0 and text[j] in _CURRENCY_ENDS


def _scale(scan: Scan, r: Reading) -> bool:
    """A scale word after the number: "1.2 million", "10bn", "$5m", "5k"; "v2.1.3" is a version."""
    if r.malformed == "version":
        return scan.emit_plain(r.token_start, r.token_end, None, "version")
    text = scan.text
    sm = units.SCALE_RE.match(text, r.end)
    if sm is None:
        _european_scale(text, r)
        return False
    sw = sm.group("w")
    glued = sm.group("sp") == ""
    money = r.kind == "money"
    if sw == "MM":
        ok = money  # "$5MM": finance's thousand thousands
    elif sw == "G":  # "1.2G records", never "5G phones" or "4G network"
        ok = glued and "." in (r.digits or "") and _counted_noun_follows(text, sm.end(), 2)
    elif sw.isupper() and 2 <= len(sw) <= 3:
        ok = glued or money  # "$4.5BN", "12MN"; a spaced "5 MN" may be a state
    elif sw == "grand":
        ok = _no_noun_follows(text, sm.end())
    elif len(sw) > 1:
        ok = True  # thousand, million, bn, dozen, hundred, lakh...
    elif sw in "kKM":  # "2.7 k likes"; a spaced "k" ends a figure ("reached 2.7 k.", "12 k in
        # May"), never "K", which is kelvin there ("300 K.")
        ok = glued or _counted_noun_follows(text, sm.end()) or (
            sw == "k" and (text[sm.end():sm.end() + 1] in _FIGURE_ENDS
                           or _PERIOD_AFTER_RE.match(text, sm.end()) is not None))
    elif sw in "bB":  # "3.2b", "12B dollars", "7B parameters", "a 7B model"; a bare "12B" is a
        # name (a seat, a form), and so is "Apartment 4B" before its residents
        ok = glued and (money or "." in (r.digits or "") or _unit_word_follows(text, sm.end())
                        or (r.p1 not in IDENT_BEFORE and (
                            _counted_noun_follows(text, sm.end())
                            or _CW.next_word(text, sm.end()) in PARAMETER_NOUNS)))
    elif sw == "m":  # metres, unless money or a counted noun follows: "1.2m people"
        ok = glued and (money or _counted_noun_follows(text, sm.end())
                        or _unit_word_follows(text, sm.end()))
    else:  # "T" is tera unless money is being counted
        ok = glued and money
    if ok:
        r.scale = units.SCALES[sw.lower()]
        r.end = sm.end()
        sm2 = units.SCALE_RE.match(text, r.end) if len(sw) > 3 else None
        if sm2 is not None and sm2.group("sp") and len(sm2.group("w")) > 3 \
                and units.SCALES[sm2.group("w").lower()] > r.scale:
            # "1.5 lakh crore", "3 hundred thousand": scales multiply
            r.scale *= units.SCALES[sm2.group("w").lower()]
            r.end, sw = sm2.end(), sm2.group("w")
        if sw.lower() in _MIXED_SCALES:
            _mixed_tail(text, r)
    return False


def _european_scale(text: str, r: Reading) -> None:
    """ "1,5 Mrd. Euro", "4,2 milliards d'euros": a continental scale, in European text or
    after a decimal comma English cannot read ("2,1 Millionen Menschen")."""
    if text[r.end + 1:r.end + 2] not in EUROPEAN_SCALE_STARTS:
        return  # the pattern needs one space, then a scale's first letter
    em = EUROPEAN_SCALE_RE.match(text, r.end)
    if em is None:
        return
    if not _CW.european_window(text, r.token_start, r.token_end):
        parsed = european(r.digits or "") if r.malformed is not None else None
        if parsed is None:
            return
        r.value, r.precision, r.malformed, r.readings, r.dot3 = parsed
    r.scale = EUROPEAN_SCALES[em.group("w").lower()]
    r.end = em.end() if em.group("of") and units.UNIT_RE.match(text, em.end()) else em.end("w")


_MIXED_SCALES = frozenset(("hundred", "thousand", "million", "billion", "trillion"))
_MIXED_RE = re.compile(r"(?P<c>[ \u00a0]+and[ \u00a0]+|[ \u00a0]+)"
                       r"(?P<n>[1-9]\d{0,2})(?![\d,.]\d|\d)"
                       r"(?:[ \u00a0]+(?P<s>hundred|thousand|million|billion)(?![A-Za-z]))?")


def _mixed_tail(text: str, r: Reading) -> None:
    """ "3 hundred and 12", "7 thousand 2 hundred", "3 million 400 thousand": one number."""
    if r.value is None:
        return
    total, scale = r.value * r.scale, r.scale
    precision: float | None = None
    while True:
        m = _MIXED_RE.match(text, r.end)
        if m is None:
            break
        part_scale = units.SCALES[m.group("s")] if m.group("s") else 1.0
        n = float(m.group("n"))
        if n * part_scale >= scale or (part_scale == 1 and "and" not in m.group("c")):
            break  # "3 thousand and 5 thousand"; a bare "5 hundred 12"
        total += n * part_scale
        precision = digits_precision(m.group("n")) * part_scale
        r.end, scale = m.end(), part_scale
        if part_scale == 1:
            break
    if precision is not None:
        r.value, r.precision = total / r.scale, precision / r.scale


_FIGURE_ENDS = frozenset(("", ".", ",", ";", "!", "?", ")"))
_PERIOD_AFTER_RE = re.compile(
    _SP + r"+(?:(?:" + "|".join(PERIOD_DATE_LINKS) + r")" + _SP + r"+(?:"
    + "|".join((*MONTHS, *WEEKDAYS)) + r"|\d{4})|(?:" + "|".join(PERIOD_UNIT_LINKS) + r")"
    + _SP + r"+(?:" + "|".join(PERIOD_UNITS) + r"))(?![A-Za-z\d])"
)


def _no_noun_follows(text: str, pos: int) -> bool:
    """Say whether a scale ends the noun phrase: "50 grand for the car", not "grand jury"."""
    nxt = _CW.next_word(text, pos)
    return not nxt or nxt in STOP


# Scales no number word spells, read after number words too: "five lakh", "twenty grand".
_WORD_READ_SCALES = frozenset(w for w in units.SCALES
                              if len(w) > 3 and w.rstrip("s") not in SCALE_WORDS)


def _word_scale(scan: Scan, r: Reading) -> bool:
    """A scale after a counted number word: "five lakh families", "two crore rupees"."""
    if r.word_kind != "count" or r.value is None or scan.text[r.end:r.end + 1] != " ":
        return False
    text = scan.text
    sm = units.SCALE_RE.match(text, r.end)
    if sm is None or (sw := sm.group("w").lower()) not in _WORD_READ_SCALES:
        return False
    if sw != "grand" or _no_noun_follows(text, sm.end()):
        r.scale, r.end = units.SCALES[sw], sm.end()
    return False


def _unit_word_follows(text: str, pos: int) -> bool:
    """Say whether a unit word follows a scale letter, which makes the letter a scale: "12B
    dollars", "5m euros", "2m tonnes" (no one writes "5 metres tonnes")."""
    um = units.UNIT_RE.match(text, pos)
    return (um is not None and um.group("sp") in (" ", "\u00a0") and len(um.group("u")) > 2
            and units.UNIT_TABLE.get(um.group("u").lower(), ("",))[0] != "time")


def _counted_noun_follows(text: str, pos: int, words: int = 1) -> bool:
    """Say whether a plural noun (not a unit) follows within ``words`` words: "1.2m people",
    "1.2G web pages", not "1.5m wide"."""
    for _ in range(words):
        m = _NOUN_AFTER_RE.match(text, pos)
        if m is None:
            return False
        word = m.group(1)
        if word in units.UNIT_TABLE:
            return False
        plural = len(word) > 3 and word.endswith("s") and not word.endswith("ss")
        if word in MILLION_NOUNS or plural:
            return True
        pos = m.end()
    return False


def _suffix(scan: Scan, r: Reading) -> bool:
    """Glued suffixes: ordinals ("21st"), decades ("1990s", "'90s"), times ("9 a.m."), ages."""
    if r.scale != 1 or r.kind is not None or r.value is None:
        return False
    text = scan.text
    xm = _SUFFIX_RE.match(text, r.end)
    if xm is None:
        return False
    g, value, x_end = xm.lastgroup, r.value, xm.end()
    if g == "ord":
        return scan.emit_plain(r.start, x_end, value, "ordinal", precision=1.0)
    if g == "dec":
        return _decade(scan, r, value, x_end)
    if g == "time" and 0 < value <= 12:
        return scan.emit_plain(r.start, x_end, value, "time")
    if g == "age":
        return scan.emit_plain(r.start, x_end, value, "age")
    return False


def _decade(scan: Scan, r: Reading, value: float, x_end: int) -> bool:
    """ "the 1990s", "'90s", "in her 20s", "1,000s of fans"."""
    text, start, digits = scan.text, r.start, r.digits or ""
    apostrophe = len(digits) == 2 and start > 0 and text[start - 1] in "'’"
    if value % 10 == 0 and (len(digits) == 4 or apostrophe):
        if len(digits) == 2:
            start -= 1
            value += 1900 if value >= 30 else 2000
        return scan.emit_plain(start, x_end, value, "year")
    if len(digits) == 2 and value % 10 == 0:
        p1s = r.p1.rstrip("-").rsplit("-", 1)[-1]
        if p1s in AGE_DECADE_BEFORE:
            return scan.emit_plain(start, x_end, value, "age")  # "in her 20s"
        if p1s == "the":  # "the 90s"
            return scan.emit_plain(start, x_end, value + (1900 if value >= 30 else 2000), "year")
    if digits and "," in digits and value % 1000 == 0:
        # "1,000s of fans": thousands, hence vague
        vague = Reading(start, x_end, None, kind="vague", low=value, high=value * 10 - 1,
                        noun=_CW.noun_after(text, x_end, False))
        return scan.emit(vague)
    return False


def _not_a_statistic(scan: Scan, r: Reading) -> bool:
    """A bare number that its neighbours make a version ("Python 3.11"), reference ("page 12"),
    identifier ("Boeing 747-400"), date, year, list number or address."""
    value = r.value
    if r.kind is not None or r.scale != 1 or value is None:
        return False
    text, start, end, digits = scan.text, r.start, r.end, r.digits or ""
    if "." in digits:
        p1r = r.p1.lstrip(OPENERS)
        if p1r in VERSION_BEFORE:
            return scan.emit_plain(start, end, value, "version")
        if p1r in REF_BEFORE:
            return scan.emit_plain(start, end, value, "reference")
        if _CW.pollutant_before(r.toks):
            return scan.emit_plain(start, end, value, "identifier")  # "PM 2.5"
    if not math.isfinite(value) or value != int(value):
        return False
    pk = _CW.plain_kind(text, start, end, r.toks, value, digits)
    if pk is None:
        return False
    if pk == "identifier":  # "Boeing 747-400", "Route 9A"
        e = r.token_end
        while end + 1 < len(text) and (text[end].isalnum() or (
                text[end] in "-/" and text[end + 1].isalnum())) and end - e < 20:
            end += 1
        if end < len(text) and text[end].isalnum():
            end += 1
    return scan.emit_plain(start, end, value, pk)


_WORD_PASSES: tuple[Pass, ...] = (_word_scale, *context.PASSES)
_DIGIT_PASSES: tuple[Pass, ...] = (
    _glued_identifier, _sign_and_currency, _scale, _suffix, _not_a_statistic, *context.PASSES,
)
