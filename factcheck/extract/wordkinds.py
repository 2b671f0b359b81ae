"""The passes of a number word's own kind, run before its context is read: "doubled" and
"twice as" (a change), "a third" (a fraction) or "third" (an ordinal), "half a million",
"a few thousand", "a million", "a pair of", "a couple of dozen", "five-year-old".

:func:`factcheck.extract.classify.analyse` runs the pass of a word's kind (:data:`WORD_KINDS`)
and then :func:`word_age`; a pass returns True when it has emitted or dropped the reading.
"""

from __future__ import annotations

import re

from factcheck import units
from factcheck.extract import pronouns
from factcheck.extract import words as context_words
from factcheck.extract.reading import SP, Pass, Reading, Scan
from factcheck.extract.vocabulary import (
    AGE_UNITS,
    ARTICLE_COUNTS_ALONE,
    ARTICLE_COUNTS_BARE,
    ARTICLES,
    DENOMINATORS,
    FEW,
    HALF_A_UNITS,
    HALF_NOT_FRACTION_AFTER,
    OCCASIONS,
    ONE_ARTICLES,
    ORDINAL_NOUNS,
    SCALE_WORDS,
    SECOND_AS_TIME_AFTER,
    STOP,
    TWICE_BEFORE,
)

__all__ = ["WORD_KINDS", "word_age", "word_clock"]

_CW = context_words
_SP = SP

_HALF_A_RE = re.compile(_SP + r"+an?" + _SP + r"+(?P<w>" + "|".join(SCALE_WORDS + HALF_A_UNITS)
                        + r")(?![A-Za-z])")
_TWICE_RE = re.compile(_SP + r"+(?:" + "|".join(TWICE_BEFORE) + r")\b")
_WORD_AFTER_RE = re.compile(r"[ \u00a0]+[A-Za-z]")
_OCCASION_AFTER_RE = re.compile(r"[ \u00a0]+(?:" + OCCASIONS + r")s?\b", re.IGNORECASE)
_OF_SCALE_RE = re.compile(r" of (?P<w>(?i:dozen|hundred|thousand|million|billion))(?![A-Za-z])")
_HYPHEN_WORD_RE = re.compile(r"-[A-Za-z]")  # "a fifth-grade class", "a third-quarter loss"
_AGE_RE = re.compile(r"[-\s](?:" + "|".join(AGE_UNITS) + r")s?[-\s]old(?![A-Za-z])")


def _change_word(scan: Scan, r: Reading) -> bool:
    """ "doubled", "twice as": a change as a multiple; a bare "twice" is dropped."""
    if r.word == "twice" and not _TWICE_RE.match(scan.text[r.end:r.end + 8]):
        return True
    return scan.emit_plain(r.start, r.end, r.value, "change", unit="times")


def _take_article(r: Reading) -> None:
    """Widen the span over the article before the word: "a third", "a million"."""
    r.start = r.token_start - len(r.toks[-1]) - 1


def _ordinal_word(scan: Scan, r: Reading) -> bool:
    """ "a third" is a fraction, "a second" a time; else an ordinal ("third")."""
    w = r.word or ""
    if w in DENOMINATORS and r.p1 in (*ARTICLES, "one") and not r.glued_before \
            and not _HYPHEN_WORD_RE.match(scan.text, r.end) \
            and _CW.next_word(scan.text, r.end) not in ORDINAL_NOUNS:
        _take_article(r)
        r.value, r.precision, r.word_kind = 100.0 / DENOMINATORS[w], None, "fraction"
        return False
    if w == "second" and r.p1 in SECOND_AS_TIME_AFTER:
        return True
    return scan.emit_plain(r.start, r.end, r.value, "ordinal", precision=1.0)


def _denominator_word(scan: Scan, r: Reading) -> bool:
    """ "half a million", "half a day", "a half", "a quarter of"; else dropped."""
    text, w, p1, e = scan.text, r.word or "", r.p1, r.token_end
    m = _HALF_A_RE.match(text, e) if w == "half" else None
    if m is not None:
        sw = m.group("w")
        if sw not in SCALE_WORDS:
            unit = units.TIME_WORDS.get(sw, sw)
            return scan.emit_plain(r.start, m.end(), 0.5, "duration", unit=unit)
        r.value, r.precision, r.end, r.word_kind = 0.5 * units.SCALES[sw], None, m.end(), "count"
        return False
    if w == "half" and text[e:e + 1] != "-" and p1 not in HALF_NOT_FRACTION_AFTER:
        share = 50.0
    elif w == "quarter" and (p1 in ONE_ARTICLES or text[e:e + 4] == " of ") \
            and text[e:e + 1] != "-":
        share = 25.0
    else:
        return True
    if p1 in ONE_ARTICLES and not r.glued_before:
        _take_article(r)
    r.value, r.precision, r.word_kind = share, None, "fraction"
    return False


def _scale_word(scan: Scan, r: Reading) -> bool:
    """ "a few thousand" is vague, "a million" a count; a bare "million" is dropped."""
    toks, p1 = r.toks, r.p1
    if len(toks) >= 2 and toks[-2].lower() == "a" and p1 in FEW:
        r.start = r.token_start - len(toks[-1]) - len(toks[-2]) - 2
        lo_mult, hi_mult = FEW[p1]
        scale = units.SCALES[r.word or ""]
        r.value, r.precision, r.word_kind = None, None, "vague"
        r.low, r.high = lo_mult * scale, hi_mult * scale
        return False
    if p1 in ARTICLES and not r.glued_before:
        _take_article(r)
        r.word_kind = "count"
        return False
    if r.word == "half":  # "half-dozen cars"
        r.word_kind = "count"
        return False
    return True


_ALONE_BEFORE = STOP | {""}


def _article_count(scan: Scan, r: Reading) -> bool:
    """ "a pair of", "a couple of", "a single vote": a count with its article; else dropped."""
    text, e = scan.text, r.token_end
    if r.p1 not in ARTICLES or r.glued_before:
        return True
    if r.word in ARTICLE_COUNTS_BARE:
        if not _WORD_AFTER_RE.match(text, e) or _OCCASION_AFTER_RE.match(text, e):
            return True  # "on a single Saturday" names an occasion, it counts nothing
    elif r.word in ARTICLE_COUNTS_ALONE:
        if _CW.next_word(text, e) not in _ALONE_BEFORE:
            return True  # "a grand jury", "a grand total of"
        _take_article(r)
        r.word_kind = "count"
        return False
    elif not text.startswith(" of ", e):
        return True
    _take_article(r)
    r.word_kind = "count"
    sm = _OF_SCALE_RE.match(text, e) if r.word not in ARTICLE_COUNTS_BARE else None
    if sm is not None and r.value is not None:
        scale = units.SCALES[sm.group("w").lower()]
        if sm.group("w").lower() == "dozen":
            r.value, r.end = r.value * scale, sm.end()  # "a couple of dozen" is 24
        elif r.word in FEW:  # "a couple of hundred" is vague, like "a couple hundred"
            lo_mult, hi_mult = FEW[r.word]
            r.value, r.precision, r.word_kind, r.end = None, None, "vague", sm.end()
            r.low, r.high = lo_mult * scale, hi_mult * scale
    return False


def word_age(scan: Scan, r: Reading) -> bool:
    """ "five-year-old", "two-week-old": a number word glued to an age."""
    xm = _AGE_RE.match(scan.text, r.end)
    if xm is not None:
        return scan.emit_plain(r.start, xm.end(), r.value, "age")
    return False


_OCLOCK_RE = re.compile(_SP + r"o['’]clock(?![A-Za-z])")


def word_clock(scan: Scan, r: Reading) -> bool:
    """ "one o'clock", "seven o'clock": an hour of the clock, no count."""
    if r.value is None or not 0 < r.value <= 12 or not r.value.is_integer():
        return False
    xm = _OCLOCK_RE.match(scan.text, r.end)
    if xm is not None:
        return scan.emit_plain(r.start, xm.end(), r.value, "time")
    return False


WORD_KINDS: dict[str, Pass] = {
    "change": _change_word, "ordinal": _ordinal_word, "denominator": _denominator_word,
    "scale": _scale_word, "count": pronouns.one_word, "article-count": _article_count,
}
