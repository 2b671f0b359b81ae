"""Parse English number words: cardinals, ordinals, fractions, vague plurals and multipliers."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from factcheck import units

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
    "millionth": 1000000,
}
# Denominators of fractions; "half" and "quarter" are never ordinals.
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7,
    "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10,
    "tenths": 10,
}
# Vague plurals: (low, high) of the bare word; "tens of X" multiplies by X.
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 99), "scores": (40, 99), "tens": (10, 99), "hundreds": (100, 999),
    "thousands": (1e3, 9999), "millions": (1e6, 1e7 - 1), "billions": (1e9, 1e10 - 1),
    "trillions": (1e12, 1e13 - 1),
}
# Words that state a change as a multiple.
MULTIPLIERS: dict[str, float] = {
    "doubled": 2, "doubling": 2, "tripled": 3, "trebled": 3, "tripling": 3,
    "quadrupled": 4, "halved": 0.5, "twice": 2,
}
OTHER = ("hundred", "dozen", "several")

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
    conn = (r"(?:\s+and\s+an?\s+(?=half|quarter|third|fourth|fifth)|\s+and\s+|\s+(?:of|upon|point)\s+"
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
_FRACTION_AFTER_AND = ("half", "quarter", "third", "fourth", "fifth")


def _cardinal(words: list[str], conns: list[str], i: int, bare: bool) -> tuple[Segment | None, int]:
    """Read one cardinal from words[i:]; return it and the index after it."""
    n = len(words)
    total = 0.0
    current = 1.0 if bare else 0.0  # "a hundred and two" reads as "one hundred and two"
    last = "unit" if bare else ""  # type of the last word: unit, teen, tens, hundred, scale
    last_scale = float("inf")
    decimals = ""  # digits read after "point"
    j = i
    while j < n:
        x = words[j]
        c = conns[j] if j > i else ""
        if c in ("of", "upon"):
            break
        if c == "point" or decimals:
            if c == "point" and (decimals or last not in ("unit", "teen", "tens", "hundred", "scale")):
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
            continue
        if c == "and" and last not in ("hundred", "scale"):
            break
        if c == "and a":
            if x in _FRACTION_AFTER_AND and last in ("unit", "teen", "tens"):
                current += 1.0 / DENOMINATORS[x]
                last = "half"
                j += 1
                continue
            break
        if x in UNITS:
            if last not in ("", "tens", "hundred", "scale") or (last == "tens" and UNITS[x] == 0):
                break
            current += UNITS[x]
            last = "unit"
        elif x in TEENS:
            if last not in ("", "hundred", "scale"):
                break
            current += TEENS[x]
            last = "teen"
        elif x in TENS:
            if last not in ("", "hundred", "scale"):
                break
            current += TENS[x]
            last = "tens"
        elif x == "hundred":
            if last not in ("unit", "teen", "tens") or current >= 100 or (c == "-" and j > i):
                break
            current *= 100
            last = "hundred"
        elif x in ("dozen", "dozens"):
            if last not in ("unit", "teen", "tens", "half") or (c == "-" and j > i):
                break
            current *= 12
            last = "hundred"
        elif x in SCALES:
            s = SCALES[x]
            if last in ("", "scale") or s >= last_scale or (c == "-" and last != "half" and j > i):
                break
            total += current * s
            current = 0.0
            last = "scale"
            last_scale = s
        elif x in ORDINALS and last == "tens" and c == "-" and ORDINALS[x] < 10:
            return Segment(i, j, "ordinal", float(current + ORDINALS[x]), 1.0), j + 1
        elif x in DENOMINATORS and last in ("unit", "tens", "teen") and total == 0 and not bare \
                and (x.endswith("s") or current == 1):
            # "two-thirds", "one quarter", "three fifths", "twenty fifths"
            return Segment(i, j, "fraction", 100.0 * current / DENOMINATORS[x]), j + 1
        else:
            break
        j += 1
    if j == i:
        return None, i + 1
    value = total + current
    prec: float | None
    if decimals:
        value += float(decimals)
        prec = 10.0 ** -(len(decimals) - 1)
        return Segment(i, j - 1, "scale" if bare else "count", value, prec), j
    prec = _int_precision(value) if value == int(value) else None
    return Segment(i, j - 1, "scale" if bare else "count", value, prec), j


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
            if i + 1 < n and words[i + 1] in ("hundred", "thousand", "million", "billion",
                                              "trillion", "dozen"):
                scale = 12.0 if words[i + 1] == "dozen" else (
                    100.0 if words[i + 1] == "hundred" else SCALES[words[i + 1]])
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


# --- vocabulary used around numbers --------------------------------------------------

# Hedge phrases before a number, as tuples of lower-case words.
HEDGES_BEFORE: dict[tuple[str, ...], str] = {
    ("nearly",): "nearly", ("almost",): "nearly", ("close", "to"): "nearly",
    ("just", "under"): "nearly", ("just", "shy", "of"): "nearly", ("nigh",): "nearly",
    ("about",): "about", ("around",): "about", ("roughly",): "about", ("some",): "about",
    ("approximately",): "about", ("approx.",): "about", ("an", "estimated"): "about",
    ("estimated",): "about", ("circa",): "about", ("c.",): "about", ("~",): "about",
    ("more", "than"): "more-than", ("over",): "more-than", ("upwards", "of"): "more-than",
    ("upward", "of"): "more-than", ("above",): "more-than", ("in", "excess", "of"): "more-than",
    ("just", "over"): "more-than", ("well", "over"): "more-than", ("exceeding",): "more-than",
    ("greater", "than"): "more-than", ("north", "of"): "more-than",
    ("at", "least"): "at-least", ("no", "fewer", "than"): "at-least",
    ("no", "less", "than"): "at-least", ("not", "less", "than"): "at-least",
    ("a", "minimum", "of"): "at-least",
    ("less", "than"): "less-than", ("under",): "less-than", ("fewer", "than"): "less-than",
    ("below",): "less-than", ("not", "even"): "less-than",
    ("up", "to"): "at-most", ("at", "most"): "at-most", ("no", "more", "than"): "at-most",
    ("not", "more", "than"): "at-most", ("a", "maximum", "of"): "at-most",
    ("as", "many", "as"): "at-most", ("as", "much", "as"): "at-most",
    ("as", "high", "as"): "at-most",
}
CHANGE_BEFORE: frozenset[str] = frozenset(
    "rose rise rises risen rising increased increase increases increasing grew grow grows "
    "growing grown jumped jump jumps surged surge soared soar climbed climb fell fall falls "
    "fallen falling dropped drop drops declined decline declines decreased decrease "
    "plunged plummeted tumbled slid sank gained gain lost up down spiked swelled shrank "
    "shrunk slumped cut boosted raised lowered reduced increasing decreasing".split()
)
CHANGE_AFTER: frozenset[str] = frozenset(
    "higher lower increase increases decrease decreases rise rises drop drops jump jumps gain "
    "gains growth decline declines fall more less bigger larger greater smaller cheaper "
    "surge spike hike cut cuts reduction boost climb uptick rise fewer faster slower "
    "increased decreased".split()
)
MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
WEEKDAYS: frozenset[str] = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays "
    "Thursdays Fridays Saturdays Sundays".split()
)
# Plural nouns that follow a year ("2019 levels", "the 2024 elections").
YEAR_NOUNS: frozenset[str] = frozenset(
    "levels elections figures data numbers budgets midterms games olympics results prices "
    "rates values estimates projections forecasts totals statistics standards models "
    "emissions championships playoffs polls primaries accounts reports guidelines rules "
    "regulations plans targets goals earnings sales returns taxes graduates class".split()
)
# Words after which a 4-digit number is a year.
YEAR_BEFORE: frozenset[str] = frozenset(
    "in since by from to until till through during of the and or between before after "
    "year years fiscal fy early late mid summer spring autumn fall winter than for at "
    "circa c. season class vintage calendar financial academic school election".split()
)
IDENT_BEFORE: frozenset[str] = frozenset(
    "section sec. route title article art. form boeing airbus flight room gate highway "
    "interstate amendment proposition prop. resolution bill model apollo channel bus "
    "platform building suite apartment apt. box precinct district ward lot order case "
    "docket no. number # item exhibit rule regulation directive cell block terminal pier "
    "unit engine tower studio station camp zone sector grade class category type size mark "
    "proposal measure law code level phase stage exit patent decree ordinance s. h.r. hr "
    "id flight air force one covid cve".split()
)
REF_BEFORE: frozenset[str] = frozenset(
    "page pages p. pp. pg. chapter chap. ch. § §§ paragraph para. paras. footnote fn. figure "
    "fig. table tab. appendix annex line lines verse clause slide column col. vol. vol "
    "volume issue episode season part step note endnote".split()
)
VERSION_BEFORE: frozenset[str] = frozenset(
    "version ver. v v. release python java ios android macos windows ubuntu firefox chrome "
    "safari php perl ruby node rust debian fedora kernel linux django react angular gpt "
    "excel office iphone ipad galaxy pixel".split()
)
STREET_WORDS = (
    "Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.?"
    "|Way|Place|Pl\\.?|Court|Ct\\.?|Terrace|Parkway|Pkwy\\.?|Highway|Square|Plaza|Circle"
)
# Words that end a noun phrase: function words and common verbs.
STOP: frozenset[str] = frozenset(
    "a an the of in on at to from for by with and or but nor than as into onto over under "
    "per each every this that these those who whom which what when where while was were is "
    "are be been being have has had will would could can may might must shall should do "
    "does did said says say told according more less about around nearly almost some all "
    "its their his her our your my it they them he she we you i there here then so also "
    "not no only just even still yet already ago later earlier before after since until "
    "during between among against across through throughout up down out off away back "
    "percent per-cent alone last next year years month months day days week weeks".split()
)
IRREGULAR_PLURALS: frozenset[str] = frozenset(
    "people children men women police personnel staff feet teeth mice geese cattle sheep "
    "fish deer data media troops youth crew livestock aircraft offspring".split()
)
ADJECTIVE_ENDINGS = ("an", "ese", "ish", "al", "ic", "ive", "ous", "ful", "less", "ary",
                     "ent", "ant", "ed", "ing", "ian", "ern", "ble")


# --- digits -------------------------------------------------------------------------

FRACTION_CHARS = "½¾¼⅓⅔⅛⅜⅝⅞"
_FRACTIONS = {"½": 0.5, "¾": 0.75, "¼": 0.25, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125,
              "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
GROUP_SPACES = "\u00a0\u2009\u202f"


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


# --- words around a number -------------------------------------------------------------


def prev_tokens(text: str, start: int, n: int = 4) -> list[str]:
    window = text[max(0, start - 48):start]
    toks = window.split()
    if start - 48 > 0 and toks and not window[0].isspace():
        toks = toks[1:]
    return toks[-n:]


def hedge_before(toks: list[str]) -> tuple[str, int]:
    low = [t.lower().lstrip("([“\"'") for t in toks]
    for k in (3, 2, 1):
        if len(low) >= k:
            h = HEDGES_BEFORE.get(tuple(low[-k:]))
            if h is not None:
                if k == 1 and low[-1] == "some" and len(low) >= 2 and low[-2] in ("for", "in"):
                    continue
                return h, k
    return "none", 0


def is_plural(w: str) -> bool:
    if w in IRREGULAR_PLURALS:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


def adjective_like(raw: str) -> bool:
    """Say whether a word before a noun is probably a modifier ("Latin", "illegal", "new")."""
    return raw[:1].isupper() or raw.lower().endswith(ADJECTIVE_ENDINGS) or raw.lower() in _ADJECTIVES


_ADJECTIVES = frozenset(
    "new more other young old small large big major minor few top good bad high low great key "
    "total full poor rich fresh raw pure extra main senior junior former current last next "
    "single double whole entire separate different similar same further".split()
)


# --- classifying a number by its neighbours -----------------------------------------------

NEXT_RE = re.compile(
    r"(?:" + units.SP + r"+|-)([A-Za-z][A-Za-z'’-]*)(?:" + units.SP + r"+([A-Za-z][A-Za-z'’-]*))?"
    r"(?:" + units.SP + r"+([A-Za-z][A-Za-z'’-]*))?(?:" + units.SP + r"+([A-Za-z][A-Za-z'’-]*))?"
)
MONTH_AFTER_RE = re.compile(units.SP + r"+(?:of" + units.SP + r"+)?(?:" + "|".join(MONTHS) + r")\b")
STREET_AFTER_RE = re.compile(
    units.SP + r"+(?:[A-Z][a-z]+" + units.SP + r"+){1,3}(?:" + STREET_WORDS + r")(?![a-z])"
)
STREET_BEFORE_RE = re.compile(
    r"(?:Rua|Avenida|Av\.|Calle|Rue|Via|Strasse|Straße|Carrera|" + STREET_WORDS
    + r")\b[^\n,\d]{0,40},\s*$"
)
IDENT_LOWER_OK = frozenset("section article title route form flight gate room item exit no. # "
                            "interstate highway proposition amendment".split())


def noun_after(text: str, pos: int, only_of: bool) -> str | None:
    m = NEXT_RE.match(text, pos)
    if m is None:
        return None
    raw = [w.rstrip("'’") for w in m.groups() if w]
    i = 0
    if raw and raw[0].lower() == "of":
        i = 1
        while i < len(raw) and raw[i].lower() in ("the", "a", "an", "all", "these", "those", "its", "their"):
            i += 1
    elif only_of:
        return None
    cands: list[str] = []
    for w in raw[i:i + 3]:
        lw = w.lower()
        if lw in STOP or lw in units.UNIT_TABLE or lw in _ALL_WORD_SET:
            break
        cands.append(w)
    if not cands:
        return None
    for w in cands:
        if is_plural(w.lower()):
            return w.lower().rstrip("'’")
    if len(cands) > 1 and adjective_like(cands[0]) and not cands[1].lower().endswith(("ed", "ing")):
        return cands[1].lower()
    first = cands[0].lower()
    # a past-tense verb right after the number ("49 died") is no counted noun
    return None if first.endswith("ed") and len(first) >= 4 else first


def year_kind(text: str, start: int, end: int, toks: list[str], hedge: str) -> bool:
    """Say whether a bare 4-digit number between 1000 and 2199 reads as a year."""
    prev = toks[-1].lower().rstrip(",") if toks else ""
    if prev.rstrip(".") in ("fy", "fiscal", "year", "'s", "since", "until", "till", "during") \
            or (toks and toks[-1].rstrip(".,") in MONTHS):
        return True
    m = NEXT_RE.match(text, end)
    nxt = m.group(1).lower() if m else ""
    if nxt and is_plural(nxt) and nxt not in STOP and nxt not in YEAR_NOUNS \
            and prev not in ("the", "of"):
        return False
    if prev in YEAR_BEFORE:
        return True
    return not (hedge != "none" and nxt in IRREGULAR_PLURALS)


def plain_kind(text: str, start: int, end: int, toks: list[str], value: float, digits: str) -> str | None:
    """Return the kind of a bare integer that is not a statistic, or None."""
    raw1 = toks[-1] if toks else ""
    p1 = raw1.lower().lstrip("([“\"'")
    if p1 in REF_BEFORE:
        return "reference"
    if p1 in VERSION_BEFORE:
        return "version"
    if (p1 in IDENT_BEFORE and (raw1[:1].isupper() or p1 in IDENT_LOWER_OK)
            and not units.UNIT_RE.match(text, end)):
        return "identifier"
    if p1 in ("fy", "fiscal") or (len(toks) > 1 and toks[-2].lower() == "fiscal" and p1 == "year"):
        return "year"
    month = raw1.rstrip(".,")
    if month in MONTHS:
        if 1 <= value <= 31 and len(digits) <= 2:
            return "date"
        if len(digits) == 4:
            return "year"
    if 1 <= value <= 31 and len(digits) <= 2 and MONTH_AFTER_RE.match(text, end):
        return "date"
    ls = text.rfind("\n", max(0, start - 20), start)
    if (ls >= 0 or start < 20) and not text[(ls + 1):start].strip() and text[end:end + 1] in ".)" \
            and text[end + 1:end + 2] in (" ", "\t") and len(digits) <= 3:
        return "list-number"
    if (text[end + 1:end + 2].isupper() and STREET_AFTER_RE.match(text, end)) or (
            text[max(0, start - 3):start].rstrip().endswith(",")
            and STREET_BEFORE_RE.search(text, max(0, start - 60), start)):
        return "address"
    return None


def glued_identifier(text: str, s: int, e: int,
                     value: float | None) -> tuple[int, int, float | None, str] | None:
    """Read "COVID-19", "G7", "FY2020", "v2.1.3", "H1N1" and numbers in URLs around text[s:e]."""
    b = s
    if b > 0 and text[b - 1] == "-":
        b -= 1
    a = b
    while a > 0 and b - a < 12 and (text[a - 1].isalpha()):
        a -= 1
    prefix = text[a:b]
    if a == b or (b < s and not any(c.isupper() for c in prefix) and prefix.lower() not in ("covid", "sars", "cve")):
        lo, hi = max(0, s - 80), e + 60
        if text.find("@", lo, hi) < 0 and text.find("/", lo, hi) < 0 and text.find("www.", lo, hi) < 0:
            return None
        lw = text[lo:s]
        left = lw.split()[-1] if lw.split() and not lw[-1:].isspace() else ""
        right = text[e:hi].split(None, 1)[0] if text[e:e + 1].strip() else ""
        if not any(k in left or k in right for k in ("@", "://", "www.")):
            return None
        return s, e, value, "identifier"
    z = e
    while z < len(text) and z - e < 20 and (text[z].isalnum() or (text[z] in "-." and z + 1 < len(text) and text[z + 1].isalnum())):
        z += 1
    pl = prefix.lower()
    if pl == "fy":
        kind = "year"
        if value is not None and value < 100:
            value += 2000
    elif pl in ("v", "ver", "version") and text[s:z].replace(".", "").isdigit():
        kind = "version"
    else:
        kind = "identifier"
    if text[s:z] != text[s:e]:
        value = None if kind != "year" else value
    return a, z, value, kind


RANGE_SEP_RE = re.compile(r"\s*-?\s*(?:-|–|—|to|through|and)\s*")


STAT_OR_RANGE = frozenset({"count", "percent", "percentage-points", "money", "measure", "rate",
                            "change", "year", "age", "duration", "vague"})


def link_ranges(text: str, out: list[dict[str, Any]]) -> None:
    """Join "18 to 49", "between 3 and 5 million", "18–49" into ranges (records in place)."""
    next_range = 0
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a["range_id"] is not None or a["kind"] not in STAT_OR_RANGE or b["kind"] not in STAT_OR_RANGE:
            continue
        gap = text[a["end"]:b["start"]]
        if len(gap) > 12 or gap.isspace() or not RANGE_SEP_RE.fullmatch(gap):
            continue
        sep = gap.strip()
        before = text[max(0, a["start"] - 30):a["start"]].lower().split()[-4:]
        if sep == "and" and "between" not in before:
            continue
        if (a["kind"] == "year") != (b["kind"] == "year"):
            full = (a["value"] // 100 * 100 + b["value"]) if b["value"] is not None and a["value"] else 0
            if a["kind"] == "year" and b["value"] is not None and b["value"] < 100 and sep in "-–" \
                    and full > a["value"]:
                b["kind"], b["value"], b["noun"], b["per"] = "year", float(full), None, None
            else:
                continue
        if a["unit"] is not None and b["unit"] is not None and a["unit"] != b["unit"]:
            continue
        if (a["value"] is not None and b["value"] is not None
                and a["value"] * (b.get("_scale", 1.0) if a.get("_scale", 1.0) == 1 else 1) >= b["value"]):
            continue
        if a["kind"] == "count" and b["kind"] not in ("count", "vague", "year"):
            a["kind"] = b["kind"]
            a["unit"] = b["unit"]
        elif b["kind"] == "count" and a["kind"] in ("age", "duration"):
            b["kind"] = a["kind"]
        scale = b.get("_scale", 1.0)
        if (a.get("_scale", 1.0) == 1 and scale != 1 and a["value"] is not None
                and b["value"] is not None and a["value"] * scale <= b["value"]
                and not a.get("_unit")):
            a["value"] *= scale
            if a["precision"] is not None:
                a["precision"] *= scale
        if a["noun"] is None and a["kind"] != "year":
            a["noun"] = b["noun"]
        if a["per"] is None and b["per"] is not None:
            a["per"] = b["per"]
            if a["kind"] == "count":
                a["kind"] = "rate"
        next_range += 1
        a["range_id"] = b["range_id"] = next_range
        a["range_role"], b["range_role"] = "low", "high"


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
