"""Parse numbers as written: English number words (cardinals, ordinals, fractions, vague
plurals, multipliers) and digit tokens (grouping, decimals, malformed separators).

The words around a number are read by :mod:`factcheck.extract.words`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck import units
from factcheck.extract.vocabulary import (
    DENOMINATORS,
    FRACTION_VALUES,
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
    """Return the regex of a run of number words (both lower- and Capitalised-case)."""
    words = list(ALL_WORDS) + [w.capitalize() for w in ALL_WORDS]
    one = units.trie_pattern(words, lower=False) + r"(?![A-Za-z0-9])"
    conn = (r"(?:\s+and\s+an?\s+(?=" + "|".join(FRACTIONS_AFTER_AND) + r")|\s+and\s+|\s+(?:of|upon|point)\s+"
            r"|\s*-\s*|\s+)")
    return one + "(?:" + conn + one + "){0,30}"


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
        self.last = "unit" if bare else ""  # type of the last word: unit, teen, tens, hundred, scale
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
        elif x in SCALES:
            s = SCALES[x]
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
            return Segment(i, j, "count", self.total + and_at + (current - and_at) / DENOMINATORS[x], None)
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


def parse_words(words: list[str], conns: list[str]) -> list[Segment]:
    """Split a run of lower-case number words into numbers; conns[i] joins words i-1 and i."""
    out: list[Segment] = []
    n = len(words)
    i = 0
    while i < n:
        w = words[i]
        if w in _CARDINAL:
            if (i + 1 == n or (words[i + 1] in _CARDINAL and conns[i + 1] != "point")) and w not in TENS:
                # a unit or teen followed by another such word cannot grow ("one two three")
                v, p = _SIMPLE[w]
                out.append(Segment(i, i, "count", v, p))
                i += 1
                continue
        elif w in MULTIPLIERS:
            out.append(Segment(i, i, "change", MULTIPLIERS[w]))
            i += 1
            continue
        elif w in VAGUE:
            low, high = VAGUE[w]
            j = i
            while j + 1 < n and conns[j + 1] in ("of", "upon") and words[j + 1] in VAGUE:
                nxt = words[j + 1]
                scale = VAGUE[nxt][0]
                if conns[j + 1] == "upon":
                    high = high * 10 + 9
                else:
                    low, high = low * scale, (high + 1) * scale - 1
                j += 1
            out.append(Segment(i, j, "vague", None, None, low, high))
            i = j + 1
            continue
        elif w == "several":
            if i + 1 < n and words[i + 1] in SCALE_WORDS:
                scale = units.SCALES[words[i + 1]]
                out.append(Segment(i, i + 1, "vague", None, None, 3 * scale, 9 * scale))
                i += 2
            else:
                i += 1
            continue
        elif w in DENOMINATORS and w not in ORDINALS:
            # "half", "quarter(s)", "thirds" standing alone
            out.append(Segment(i, i, "denominator", 100.0 / DENOMINATORS[w]))
            i += 1
            continue
        elif w in ORDINALS:
            out.append(Segment(i, i, "ordinal", float(ORDINALS[w]), 1.0))
            i += 1
            continue
        bare = w in SCALES or w in ("hundred", "dozen")
        if not bare and w not in _CARDINAL:
            i += 1  # a plural scale ("millions" is vague and handled above) or stray word
            continue
        seg, i = _cardinal(words, conns, i, bare)
        if seg is not None:
            out.append(seg)
    return out


# --- digits -------------------------------------------------------------------------

FRACTION_CHARS = "".join(FRACTION_VALUES)
_FRACTIONS = FRACTION_VALUES


def digits_precision(digits: str) -> float:
    """Return the place value of the last significant digit of an integer ("6000" -> 1000)."""
    stripped = digits.rstrip("0")
    if not stripped:
        return 1.0
    return float(10 ** (len(digits) - len(stripped)))


def parse_number(raw: str) -> tuple[float | None, float | None, str | None, tuple[float, ...], bool]:
    """Parse a digit token: (value, precision, malformed, readings, dot-thousands)."""
    frac = 0.0
    if raw[-1] in _FRACTIONS:
        frac = _FRACTIONS[raw[-1]]
        raw = raw[:-1]
        if not raw:
            return frac, None, None, (), False
    if "O" in raw or "l" in raw:
        fixed = raw.replace("O", "0").replace("l", "1")
        v, _, _bad, readings, _ = parse_number(fixed)
        first = (v,) if v is not None else readings
        return None, None, f"letter among digits: {raw!r}", tuple(first), False
    for sp in GROUP_SPACES + " ":
        if sp in raw:
            if re.fullmatch(r"\d{1,3}(?:[ " + GROUP_SPACES + r"]\d{3})+", raw):
                digits = re.sub(r"\D", "", raw)
                return float(digits) + frac, digits_precision(digits), None, (), False
            return None, None, f"bad digit grouping: {raw!r}", (float(re.sub(r"\D", "", raw)),), False
    if ",," in raw or ".." in raw or ",." in raw or ".," in raw:
        fixed = re.sub(r"([,.])[,.]+", r"\1", raw)
        v, _, _, readings, _ = parse_number(fixed)
        first = (v,) if v is not None else readings
        return None, None, f"doubled separator: {raw!r}", tuple(first), False
    if "," not in raw and "." not in raw:
        return float(raw) + frac, digits_precision(raw), None, (), False
    if "," not in raw:
        parts = raw.split(".")
        if len(parts) == 2:
            dec = parts[1]
            value = float(raw)
            dot3 = len(dec) == 3 and len(parts[0]) <= 3 and parts[0] != "0"
            return value + frac, 10.0 ** -len(dec), None, (), dot3
        if all(len(p) == 3 for p in parts[1:]) and len(parts[0]) <= 3:
            digits = "".join(parts)
            return None, None, f"period as thousands separator: {raw!r}", (float(digits),), False
        return None, None, "version", (), False
    intpart, _, dec = raw.partition(".")
    if "." in dec or "," in dec:
        return None, None, f"bad digit grouping: {raw!r}", (), False
    groups = intpart.split(",")
    if 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and groups[0]:
        digits = "".join(groups)
        if dec:
            return float(digits + "." + dec) + frac, 10.0 ** -len(dec), None, (), False
        return float(digits) + frac, digits_precision(digits), None, (), False
    return None, None, f"bad digit grouping: {raw!r}", _grouping_readings(groups, dec), False


def _grouping_readings(groups: list[str], dec: str) -> tuple[float, ...]:
    """Return the plausible intended values of a badly grouped number, best first."""
    joined = "".join(groups)
    if not joined or not all(g.isdigit() for g in groups):
        return ()
    readings: list[float] = []
    tail = groups[-1]
    # Indian grouping: 12,34,567
    if (len(groups) >= 3 and len(tail) == 3 and all(len(g) == 2 for g in groups[1:-1])
            and 1 <= len(groups[0]) <= 2):
        readings.append(float(joined))
    elif len(tail) < 3 and len(groups) >= 2:
        # a dropped digit ("110,00" for "110,000") is likelier than a stray comma
        readings.append(float(joined + "0" * (3 - len(tail))))
        readings.append(float(joined))
    elif len(tail) > 3:
        readings.append(float(joined))
        readings.append(float("".join(groups[:-1]) + tail[:3]))
    else:
        readings.append(float(joined))
    if dec:
        readings = [r + float("0." + dec) for r in readings]
    out: list[float] = []
    for r in readings:
        if r not in out:
            out.append(r)
    return tuple(out)


# --- splitting a run of number words ---------------------------------------------------

PAIR_RE = re.compile(r"(\s+and\s+an?\s+|\s+and\s+|\s+of\s+|\s+upon\s+|\s+point\s+|\s*-\s*|\s+|)([A-Za-z]+)")


CONN_NAMES = {"": "", " ": " ", "-": "-", " and ": "and", " of ": "of", " upon ": "upon", " point ": "point",
               " and a ": "and a", " and an ": "and a"}


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
            c = conn.strip().lower()
            c = " " if not c else ("and a" if c.startswith("and a") else c.split()[0])
        conns.append(c)
    return words, starts, ends, conns
