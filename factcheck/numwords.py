"""Parse English number words: cardinals, ordinals, fractions, vague plurals and multipliers."""

from __future__ import annotations

import re
from typing import NamedTuple

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


def _trie(words: list[str]) -> str:
    """Return a regex alternation of words, factored by first letter for a fast scan."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rests in sorted(groups.items()):
        rests.sort(key=len, reverse=True)
        alts = "|".join(re.escape(r) for r in rests)
        parts.append(re.escape(first) + "(?:" + alts + ")")
    return "(?:" + "|".join(parts) + ")"


def word_pattern() -> str:
    """Return the regex of a run of number words (both lower- and Capitalised-case)."""
    words = list(ALL_WORDS) + [w.capitalize() for w in ALL_WORDS]
    one = _trie(words) + r"(?![A-Za-z0-9])"
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
    n = round(v)
    if n == 0:
        return 1.0
    p = 1
    while n % (p * 10) == 0:
        p *= 10
    return float(p)


_CARDINAL = {**UNITS, **TEENS, **TENS}
_SIMPLE = {w: (float(v), _int_precision(v)) for w, v in _CARDINAL.items()}
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
