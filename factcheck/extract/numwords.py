"""Parse English number words as written: cardinals, ordinals, fractions, vague plurals,
multipliers; digit tokens are :mod:`factcheck.extract.digits`.

The words around a number are read by :mod:`factcheck.extract.words`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck import units
from factcheck.extract.digits import FRACTION_CHARS, parse_number
from factcheck.extract.vocabulary import (
    DENOMINATORS,
    FRACTIONS_AFTER_AND,
    GROUP_SPACES,
    MULTIPLIERS,
    ORDINALS,
    OTHER,
    SCALE_WORDS,
    SCALES,
    TEENS,
    TENS,
    UNITS,
    VAGUE,
)

__all__ = [
    "ALL_WORDS", "DENOMINATORS", "FRACTION_CHARS", "GROUP_SPACES", "MULTIPLIERS", "ORDINALS",
    "SCALES", "SIMPLE", "SIMPLE_WORDS", "TEENS", "TENS", "UNITS", "VAGUE", "Segment",
    "parse_number", "parse_words", "split_words", "word_pattern",
]


ALL_WORDS: tuple[str, ...] = tuple(
    sorted(
        set(UNITS) | set(TEENS) | set(TENS) | set(SCALES) | set(ORDINALS) | set(DENOMINATORS)
        | set(VAGUE) | set(MULTIPLIERS) | set(OTHER) | {s + "s" for s in SCALES} | {"hundreds"}
    )
)


def word_pattern() -> str:
    """Return the regex of a run of number words (lower case, Capitalised or UPPER CASE)."""
    words = list(ALL_WORDS) + [w.capitalize() for w in ALL_WORDS] + [w.upper() for w in ALL_WORDS]
    one = units.trie_pattern(words, lower=False) + r"(?![A-Za-z0-9])"
    fractions = "|".join(FRACTIONS_AFTER_AND)
    # Connectors in any of the three cases the words are ("AND", "Of"): a headline's
    # "ONE HUNDRED AND TEN"; "two-and-a-half" hyphenated.
    conn = (r"(?:\s+" + _any_case("and") + r"\s+(?:a|an|A|An|AN)\s+(?=(?i:" + fractions + r"))"
            r"|-and-an?-(?=" + fractions + r")"
            r"|\s+" + _any_case("and") + r"\s+"
            r"|\s+(?:" + "|".join(map(_any_case, ("of", "upon", "point"))) + r")\s+|\s*-\s*|\s+)")
    return one + "(?:" + conn + one + "){0,30}"


def _any_case(w: str) -> str:
    """Return a pattern of w in lower case, Capitalised or UPPER CASE."""
    return "(?:" + "|".join(dict.fromkeys((w, w.capitalize(), w.upper()))) + ")"


class Segment(NamedTuple):
    """One number read from a run of words; ``kind`` says how to interpret value."""

    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    kind: str  # count, ordinal, fraction, denominator, vague, change, several
    value: float | None
    precision: float | None = None
    low: float | None = None
    high: float | None = None


def _int_precision(v: float) -> float:
    digits = str(round(v))
    stripped = digits.rstrip("0")
    return float(10 ** (len(digits) - len(stripped))) if stripped else 1.0


_CARDINAL = {**UNITS, **TEENS, **TENS}
_PLURAL_SCALES = {w + "s": v for w, v in SCALES.items()}
_ALL_WORD_SET = frozenset(ALL_WORDS)
_SIMPLE = {w: (float(v), _int_precision(v)) for w, v in _CARDINAL.items()}
# Unit and teen words, any case: a run of them splits into one number per word.
SIMPLE: dict[str, tuple[float, float]] = {w: _SIMPLE[w] for w in (*UNITS, *TEENS)}
SIMPLE_WORDS: tuple[str, ...] = tuple(w2 for w in SIMPLE for w2 in (w, w.capitalize()))


class _Number:
    """A cardinal being read word by word: "two hundred and five thousand"."""

    __slots__ = ("and_at", "current", "last", "last_scale", "total")

    def __init__(self, bare: bool) -> None:
        self.total = 0.0
        self.current = 1.0 if bare else 0.0  # "a hundred and two" reads as "one hundred and two"
        # type of the last word: unit, teen, tens, hundred, scale
        self.last = "unit" if bare else ""
        self.last_scale = float("inf")
        self.and_at: float | None = None  # "current" at "and": "one hundred and three quarters"

    def add(self, x: str, c: str) -> bool | None:
        """Add word x (joined by c); False if it cannot follow, None if it is no cardinal word."""
        last = self.last
        if x in UNITS:
            if last not in ("", "tens", "hundred", "scale") or (last == "tens" and UNITS[x] == 0):
                return False
            self.current += UNITS[x]
            self.last = "unit"
        elif x in TEENS or x in TENS:
            if last not in ("", "hundred", "scale"):
                return False
            self.current += TEENS[x] if x in TEENS else TENS[x]
            self.last = "teen" if x in TEENS else "tens"
        elif x == "hundred":
            if last not in ("unit", "teen", "tens") or self.current >= 100 or c == "-":
                return False
            self.current *= 100
            self.last = "hundred"
        elif x in ("dozen", "dozens"):
            if last not in ("unit", "teen", "tens", "half") or c == "-":
                return False
            self.current *= 12
            self.last = "hundred"
        elif x in SCALES or (x in _PLURAL_SCALES and c == " " and last != ""):
            s = SCALES.get(x) or _PLURAL_SCALES[x]  # "five billions" is five billion
            if last in ("", "scale") or s >= self.last_scale or (c == "-" and last != "half"):
                return False
            self.total += self.current * s
            self.current = 0.0
            self.last = "scale"
            self.last_scale = s
        else:
            return None
        return True

    def fraction_end(self, x: str, c: str, i: int, j: int, bare: bool) -> Segment | None:
        """The ordinal or fraction word that ends the number, if x is one: "twenty-first",
        "one hundred and three quarters", "two-thirds"."""
        current, and_at = self.current, self.and_at
        if self.last == "tens" and c == "-" and ORDINALS.get(x, 10) < 10:
            return Segment(i, j, "ordinal", float(current + ORDINALS[x]), 1.0)
        if x not in DENOMINATORS or self.last not in ("unit", "tens", "teen"):
            return None
        if and_at is not None and (x.endswith("s") or current - and_at == 1):
            # "one hundred and three quarters": the fraction is what follows "and"
            value = self.total + and_at + (current - and_at) / DENOMINATORS[x]
            return Segment(i, j, "count", value, None)
        if self.total == 0 and not bare and (x.endswith("s") or current == 1):
            # "two-thirds", "one quarter", "three fifths", "twenty fifths"
            return Segment(i, j, "fraction", 100.0 * current / DENOMINATORS[x])
        return None


def _cardinal(words: list[str], conns: list[str], i: int, bare: bool) -> tuple[Segment | None, int]:
    """Read one cardinal from words[i:]; return it and the index after it."""
    n = len(words)
    acc = _Number(bare)
    decimals = ""  # digits read after "point"
    j = i
    while j < n:
        x = words[j]
        c = conns[j] if j > i else ""
        if c in ("of", "upon"):
            break
        if c == "point":
            if acc.last in ("unit", "teen", "tens", "hundred", "scale"):
                decimals, j = _decimals(words, conns, j)
            break
        if c == "and" and acc.last not in ("hundred", "scale"):
            break
        if c == "and":
            acc.and_at = acc.current
        if c == "and a":
            if x in FRACTIONS_AFTER_AND and acc.last in ("unit", "teen", "tens"):
                acc.current += 1.0 / DENOMINATORS[x]
                acc.last = "half"
                j += 1
                continue
            if x in FRACTIONS_AFTER_AND and acc.last == "scale":
                # "a million and a half": a half of the scale, not of one
                acc.total += acc.last_scale / DENOMINATORS[x]
                acc.last = "half"
                j += 1
                continue
            break
        added = acc.add(x, c)
        if added is None:
            seg = acc.fraction_end(x, c, i, j, bare)
            if seg is not None:
                return seg, j + 1
        if not added:
            break
        j += 1
    if j == i:
        return None, i + 1
    value = acc.total + acc.current
    prec: float | None
    if decimals:
        value += float(decimals)
        prec = 10.0 ** -(len(decimals) - 1)
        if acc.total == 0 and j < n and conns[j] == " " and words[j] in SCALES:
            # "two point five million": the decimal is scaled
            scale = SCALES[words[j]]
            value, prec = float(f"{value * scale:.12g}"), prec * scale
            j += 1
        return Segment(i, j - 1, "scale" if bare else "count", value, prec), j
    prec = _int_precision(value) if value == int(value) else None
    return Segment(i, j - 1, "scale" if bare else "count", value, prec), j


def _decimals(words: list[str], conns: list[str], j: int) -> tuple[str, int]:
    """Read the digit words after "point" at words[j] ("five", "twenty-five"): ".5", and the
    index after them; ("", j) when no digit word follows."""
    n = len(words)
    decimals = ""
    while j < n:
        x = words[j]
        c = conns[j]
        if c in ("of", "upon") or (c == "point" and decimals):
            break
        if x in UNITS:
            decimals = (decimals or ".") + str(UNITS[x])
        elif x in TEENS or x in TENS:
            if c == "-" and decimals:
                break
            decimals = (decimals or ".") + str(TEENS.get(x) or TENS[x])
        else:
            break
        if x in TENS and j + 1 < n and conns[j + 1] == "-" and words[j + 1] in UNITS:
            decimals = decimals[:-1] + str(UNITS[words[j + 1]])
            j += 1
        j += 1
    return decimals, j


def parse_words(words: list[str], conns: list[str], spoken: bool = False) -> list[Segment]:
    """Split a run of lower-case number words into numbers; conns[i] joins words i-1 and i.

    With ``spoken``, a run that is a digit and a two-digit number ("one twenty-five", "two
    fifty five") is the number said digit group by digit group (125, 255)."""
    if spoken and len(words) == 3:
        seg = _spoken_number(words, conns)
        if seg is not None:
            return [seg]
    out: list[Segment] = []
    n = len(words)
    i = 0
    while i < n:
        step = _word_segment(words, conns, i)
        if step is not None:
            seg, i = step
        else:
            w = words[i]
            bare = w in SCALES or w in ("hundred", "dozen")
            if not bare and w not in _CARDINAL:
                i += 1  # a plural scale ("millions" is vague and handled above) or stray word
                continue
            seg, i = _cardinal(words, conns, i, bare)
        if seg is not None:
            out.append(seg)
    return out


def _spoken_number(words: list[str], conns: list[str]) -> Segment | None:
    """Read "one twenty-five" as 125: a digit word, then a tens word and a digit word."""
    hundreds, tens, ones = (UNITS.get(words[0]), TENS.get(words[1]), UNITS.get(words[2]))
    if not hundreds or tens is None or not ones or conns[1] != " " or conns[2] not in (" ", "-"):
        return None
    return Segment(0, 2, "count", float(hundreds * 100 + tens + ones), 1.0)


def _word_segment(words: list[str], conns: list[str], i: int) -> tuple[Segment | None, int] | None:
    """Read a word that is a number by itself ("twice", "dozens", "third"), or None to build a
    cardinal.

    Returns the segment (None for a word that makes none) and the index after it.
    """
    n = len(words)
    w = words[i]
    if w in _CARDINAL:
        grows = i + 1 < n and not (words[i + 1] in _CARDINAL and conns[i + 1] != "point")
        if not grows and w not in TENS:
            # a unit or teen followed by another such word cannot grow ("one two three")
            v, p = _SIMPLE[w]
            return Segment(i, i, "count", v, p), i + 1
        return None
    if w in MULTIPLIERS:
        return Segment(i, i, "change", MULTIPLIERS[w]), i + 1
    if w in VAGUE:
        return _vague(words, conns, i)
    if w == "several":
        if i + 1 < n and words[i + 1] in SCALE_WORDS:
            scale = units.SCALES[words[i + 1]]
            return Segment(i, i + 1, "vague", None, None, 3 * scale, 9 * scale), i + 2
        return None, i + 1
    if w == "half" and i + 1 < n and words[i + 1] == "dozen" and conns[i + 1] in ("-", " "):
        return Segment(i, i + 1, "scale", 6.0, 1.0), i + 2  # "a half-dozen"
    if w in DENOMINATORS and w not in ORDINALS:
        # "half", "quarter(s)", "thirds" standing alone
        return Segment(i, i, "denominator", 100.0 / DENOMINATORS[w]), i + 1
    if w in ORDINALS:
        return Segment(i, i, "ordinal", float(ORDINALS[w]), 1.0), i + 1
    return None


def _vague(words: list[str], conns: list[str], i: int) -> tuple[Segment, int]:
    """Read "dozens", "hundreds of thousands", "millions upon millions" as a vague range."""
    low, high = VAGUE[words[i]]
    j = i
    while j + 1 < len(words) and conns[j + 1] in ("of", "upon") and words[j + 1] in VAGUE:
        scale = VAGUE[words[j + 1]][0]
        if conns[j + 1] == "upon":
            high = high * 10 + 9
        else:
            low, high = low * scale, (high + 1) * scale - 1
        j += 1
    return Segment(i, j, "vague", None, None, low, high), j + 1


# --- splitting a run of number words ---------------------------------------------------

PAIR_RE = re.compile(r"(?i:(\s+and\s+an?\s+|-and-an?-|\s+and\s+|\s+of\s+|\s+upon\s+"
                     r"|\s+point\s+|\s*-\s*|\s+|))([A-Za-z]+)")


CONN_NAMES = {"": "", " ": " ", "-": "-", " and ": "and", " of ": "of", " upon ": "upon",
              " point ": "point", " and a ": "and a", " and an ": "and a", "-and-a-": "and a",
              "-and-an-": "and a"}


def split_words(text: str, s: int, e: int) -> tuple[list[str], list[int], list[int], list[str]]:
    """Split a run of number words into words, their offsets and normalised connectors."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    conns: list[str] = []
    pos = s
    for conn, w in PAIR_RE.findall(text, s, e):
        pos += len(conn)
        words.append(w.lower())
        starts.append(pos)
        pos += len(w)
        ends.append(pos)
        c = CONN_NAMES.get(conn)
        if c is None:
            c = conn.strip(" \t\n\u00a0-").lower()
            c = " " if not c else ("and a" if c.startswith(("and a", "and-a")) else c.split()[0])
        conns.append(c)
    return words, starts, ends, conns
