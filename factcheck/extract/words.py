"""Read the words around a number: hedges, change verbs, months, counted nouns, and the
neighbours that make a number a year, date, identifier, reference, version or address.
"""

from __future__ import annotations

import re

from factcheck import units
from factcheck.extract import numwords

# A number word ends the noun phrase read after a number.
_NUMBER_WORDS = frozenset(numwords.ALL_WORDS)


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


# --- words around a number -------------------------------------------------------------


def prev_tokens(text: str, start: int, n: int = 4) -> list[str]:
    """Return the last ``n`` whole words before ``start``, looking back 48 characters."""
    window = text[max(0, start - 48):start]
    toks = window.split()
    if start - 48 > 0 and toks and not window[0].isspace():
        toks = toks[1:]
    return toks[-n:]


def hedge_before(toks: list[str]) -> tuple[str, int]:
    """Return the hedge ending the words before a number and how many words it takes."""
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
    """Say whether a lower-case noun looks plural."""
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

# Words after a number may wrap onto the next line of a paragraph ("28\npeople").
_WS = r"[ \u00a0\n]"
NEXT_RE = re.compile(
    r"(?:" + _WS + r"+|-)([A-Za-z][A-Za-z'’-]*)(?:" + _WS + r"+([A-Za-z][A-Za-z'’-]*))?"
    r"(?:" + _WS + r"+([A-Za-z][A-Za-z'’-]*))?(?:" + _WS + r"+([A-Za-z][A-Za-z'’-]*))?"
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
    """Return the counted noun after ``pos`` ("people", "of the votes"), or None."""
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
        if lw in STOP or lw in units.UNIT_TABLE or lw in _NUMBER_WORDS:
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
