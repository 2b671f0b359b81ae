"""Number words that are no numbers: the pronoun "one" ("the one you mentioned", "a loved
one", "no one"), idioms ("at one point", "cloud nine", "at first", "the eleventh hour"),
"scores" without "of", and a lone "naught" ("came to naught").

:func:`factcheck.extract.classify.analyse` asks :func:`in_idiom` of every number word before
reading it, and runs :func:`one_word` as the pass of a counted word.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck import units
from factcheck.extract import words as context_words
from factcheck.extract.reading import SP, Reading, Scan
from factcheck.extract.vocabulary import (
    IDIOMS,
    MINUS_WORDS,
    NUMBER_IDIOM_WORDS,
    ONE_AFTER_ANY_MODIFIER,
    ONE_AFTER_MODIFIER_BEFORE,
    ONE_DAY_COUNT_AFTER,
    ONE_DAY_COUNT_BEFORE,
    ONE_SOURCE_NOUNS,
    ORDINALS,
    PRONOUN_AFTER,
    PRONOUN_BEFORE,
    PRONOUN_NOT_BEFORE_OR,
    REPORTING_VERBS,
    STOP,
    VAGUE_NEEDS_OF,
    ZERO_BEFORE_POINT,
)

__all__ = ["in_idiom", "one_word"]

_CW = context_words
_OR_NUM_RE = re.compile(SP + r"+or" + SP + r"+(?:" + "|".join(PRONOUN_NOT_BEFORE_OR) + r")\b")
# Case-sensitive but for each idiom's first letter ("At first", "at first"): several times
# faster than re.IGNORECASE, and every number word asks.


@cache  # compiled when a draft first writes the word: a page writes few of them
def _idiom_re(w: str) -> re.Pattern[str]:
    """Return one number word's pattern, of the idioms that hold it (few alternatives)."""
    return re.compile(r"(?<![A-Za-z-])(?:" + "|".join(
        f"[{i[0]}{i[0].upper()}]{i[1:]}" for i in IDIOMS
        if re.search(rf"(?<![a-z]){w}(?![a-z])", i)) + r")")


_NUMBER_WORDS = frozenset(w for w in _CW.numwords.ALL_WORDS)
_LOOKED_UP = frozenset(VAGUE_NEEDS_OF) | NUMBER_IDIOM_WORDS


@cache  # compiled when a draft first writes "one official" or the like
def _source_speaks_re() -> re.Pattern[str]:
    """Return the pattern of a source that speaks: "one official said"."""
    return re.compile(SP + r"+(?:" + "|".join(ONE_SOURCE_NOUNS) + r")" + SP
                      + r"+(?:" + "|".join(REPORTING_VERBS) + r")(?![A-Za-z])")


_POSSESSIVES = ("'s", "’s")  # "one's own choice"
_LINKS_AFTER_NUMBER = ("to", "in", "and", "or", "by")  # "four to one", "two or one"
_REACH = 24  # no idiom reaches further than this before its number word
_REACH_AFTER = 72  # nor further after it ("one thing to promise, ... another")
_ONE_DAY_RE = re.compile(SP + r"+day(?P<end>[.!?]|$)?(?:" + SP + r"+(?P<nxt>[A-Za-z]+))?")
_SENTENCE_END_RE = re.compile(r"(?:^|[.!?][\"'”’)]?\s+)[\"“‘(]?$")


def in_idiom(text: str, r: Reading) -> bool:
    """Say whether a number word is part of an idiom or a vague word used as a noun."""
    w = r.word or ""
    if w not in _LOOKED_UP:
        return False
    if w in VAGUE_NEEDS_OF:
        # "test scores", not "scores of people"
        return not text.startswith(" of ", r.start + len(w))
    if w not in NUMBER_IDIOM_WORDS:
        return False
    idioms = _idiom_re(w)
    end = min(len(text), r.end + _REACH_AFTER)
    for m in idioms.finditer(text, max(0, r.start - _REACH), end):
        if m.start() > r.start:
            break
        if r.end <= m.end():
            return True
    return w == "one" and _someday(text, r)


def _someday(text: str, r: Reading) -> bool:
    """Say whether "one day" means someday: at a sentence's start ("One day in March, ...") or
    end ("to return home one day."), with no word around that counts the day."""
    dm = _ONE_DAY_RE.match(text, r.end)
    if dm is None or r.p1 in ONE_DAY_COUNT_BEFORE:
        return False
    if dm.group("end") is not None:
        return True
    if (dm.group("nxt") or "").lower() in ONE_DAY_COUNT_AFTER:
        return False
    return _SENTENCE_END_RE.search(text, max(0, r.start - 4), r.start) is not None


def one_word(scan: Scan, r: Reading) -> bool:
    """ "one" as a pronoun: "one of the", "the one who", "no one", "a tough one"; a lone
    "naught" is no number."""
    if r.word in ZERO_BEFORE_POINT and r.token_end - r.token_start == len(r.word or ""):
        return True  # "came to naught"; "naught point five" is a number
    if r.word != "one" or r.token_end - r.token_start != 3:
        return False
    text, e, p1 = scan.text, r.token_end, r.p1
    m = _CW.NEXT_RE.match(text, e)
    nxt = m.group(1).lower() if m else ""
    if _counts(r, text, e, nxt):
        return False
    ends = text[e:e + 1] in (",", ".", ";", ")", "", "!", "?")
    pronoun = (nxt in PRONOUN_AFTER or p1 in PRONOUN_BEFORE or ends
               or "or the other" in text[e:e + 40] or text.startswith(_POSSESSIVES, e)
               or _after_modifier(r, nxt, ends) or _source_speaks(r, text, e, nxt))
    if pronoun and not (nxt == "or" and _OR_NUM_RE.match(text, e)) and p1 not in MINUS_WORDS:
        return scan.emit_plain(r.start, r.end, 1.0, "pronoun")
    return False


def _source_speaks(r: Reading, text: str, e: int, nxt: str) -> bool:
    """ "One official said", "one study found": the article of a source, not a count; "only
    one official said so" counts."""
    if nxt not in ONE_SOURCE_NOUNS or r.p1 in _COUNT_MARKERS:
        return False
    return _source_speaks_re().match(text, e) is not None


_COUNT_MARKERS = frozenset(("only", "just", "exactly", "merely", "but"))


def _counts(r: Reading, text: str, e: int, nxt: str) -> bool:
    """Say whether "one" counts whatever stands around it: "the one-year ban" (a unit glued
    after), "four to one" (a number and a link before)."""
    if text[e:e + 1] == "-" and nxt in units.UNIT_TABLE:
        return True
    toks = r.toks
    if r.p1 not in _LINKS_AFTER_NUMBER or len(toks) < 2:
        return False
    before = toks[-2].lower().rstrip(",")
    return before in _NUMBER_WORDS or before.replace(",", "").isdigit()


def _after_modifier(r: Reading, nxt: str, ends: bool) -> bool:
    """ "a loved one in", "a bigger one for": an article and a modifier, then no noun."""
    toks = r.toks
    if len(toks) < 2 or toks[-2].lower() not in ONE_AFTER_MODIFIER_BEFORE:
        return False
    if not r.p1.isalpha() or (r.p1 in _NUMBER_WORDS and r.p1 not in ORDINALS):
        return False
    if r.p1 in ORDINALS and nxt in _NUMBER_WORDS:
        return False  # "the first one hundred days"
    if r.p1 in ONE_AFTER_ANY_MODIFIER or r.p1 in ORDINALS or (
            r.p1.endswith("est") and len(r.p1) > 4):
        return nxt not in units.UNIT_TABLE  # "the last one left in March"
    return ends or (nxt in STOP and nxt not in units.UNIT_TABLE)
