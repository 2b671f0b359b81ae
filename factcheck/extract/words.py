"""Read the words around a number: hedges, change verbs, months, counted nouns, and the
neighbours that make a number a year, date, identifier, reference, version or address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck import units
from factcheck.extract import numwords
from factcheck.extract.vocabulary import (
    ADJECTIVE_ENDINGS,
    ADJECTIVES,
    AIRCRAFT_FAMILIES,
    ENGLISH_WORDS,
    EUROPEAN_WORDS,
    FISCAL,
    HEDGES_BEFORE,
    IDENT_BEFORE,
    IDENT_LOWER_OK,
    IDENT_PREFIXES,
    INDIAN_MONEY,
    INDIAN_PLACE_REACH,
    INDIAN_PLACES,
    IRREGULAR_PLURALS,
    MODEL_SUFFIXES,
    MONTHS,
    OF_DETERMINERS,
    OPENERS,
    POLLUTANT_BEFORE,
    REF_BEFORE,
    SOME_NOT_HEDGE_AFTER,
    STOP,
    STREET_BEFORE_WORDS,
    STREET_WORDS,
    UP_TO_AFTER,
    VERSION_BEFORE,
    VERSION_PREFIXES,
    YEAR_BEFORE,
    YEAR_NOUNS,
    YEAR_SURELY_BEFORE,
)

# A number word ends the noun phrase read after a number.
_NUMBER_WORDS = frozenset(numwords.ALL_WORDS)


_WORD_RE = re.compile(r"[^\W\d_]+")
_ENGLISH_CUES = (" the ", " of ", " and ")
_ACCENTED = frozenset("àâçéèêëîïôûùüÿäößñ")
_INDIAN_RE = re.compile("|".join(re.escape(w) for w in INDIAN_MONEY))
_INDIAN_PLACE_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in INDIAN_PLACES) + r")")
# A whole token grouped by lakhs: "1,23,456", "12,34,567.50" (not inside "1,234,56,789").
_LAKH_TOKEN_RE = re.compile(r"(?<![\d.,])\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,]|\.\d)")


def european_window(text: str, start: int, end: int) -> bool:
    """Say whether the text around a number is continental European (French, German...)."""
    a, b = max(0, start - 200), end + 200
    if any(text.find(w, a, b) >= 0 for w in _ENGLISH_CUES):
        return False  # English prose: the common case, settled without reading the words
    eu = en = 0
    for w in _WORD_RE.findall(text, a, b):
        lw = w.lower()
        if lw in EUROPEAN_WORDS or not _ACCENTED.isdisjoint(lw):
            eu += 1
        elif lw in ENGLISH_WORDS:
            en += 1
    return eu > en


def indian_window(text: str, start: int, end: int) -> bool:
    """Say whether a lakh-grouped number is meant: rupees, lakhs or crores next to it, a
    South Asian place near it, or another number grouped by lakhs in the document."""
    if _INDIAN_RE.search(text, max(0, start - 40), end + 40) is not None:
        return True
    reach = INDIAN_PLACE_REACH
    if _INDIAN_PLACE_RE.search(text, max(0, start - reach), end + reach) is not None:
        return True
    # One lakh-grouped token may be a slip; a second one is the writer's convention.
    return (_LAKH_TOKEN_RE.search(text, 0, start) is not None
            or _LAKH_TOKEN_RE.search(text, end) is not None)


# --- words around a number -------------------------------------------------------------


def prev_tokens(text: str, start: int, n: int = 4) -> list[str]:
    """Return the last ``n`` whole words before ``start``, looking back 48 characters."""
    window = text[max(0, start - 48):start]
    toks = window.split()
    if start - 48 > 0 and toks and not window[0].isspace():
        toks = toks[1:]
    return toks[-n:]


_HEDGE_WORDS = max(len(k) for k in HEDGES_BEFORE)  # the longest hedge phrase
_HEDGE_ENDS = frozenset(k[-1] for k in HEDGES_BEFORE)  # the words a hedge phrase ends with


def hedge_before(toks: Sequence[str]) -> tuple[str, int]:
    """Return the hedge ending the words before a number and how many words it takes."""
    if not toks or toks[-1].lower().lstrip(OPENERS) not in _HEDGE_ENDS:
        return "none", 0
    low = [t.lower().lstrip(OPENERS) for t in toks[-_HEDGE_WORDS:]]
    for k in range(_HEDGE_WORDS, 0, -1):
        if len(low) >= k:
            h = HEDGES_BEFORE.get(tuple(low[-k:]))
            if h is not None:
                if k == 1 and low[-1] == "some" and len(low) >= 2 \
                        and low[-2] in SOME_NOT_HEDGE_AFTER:
                    continue
                if low[-k:] == ["up", "to"] and len(low) > k and low[-k - 1] in UP_TO_AFTER:
                    return "none", 0
                return h, k
    return "none", 0


def is_plural(w: str) -> bool:
    """Say whether a lower-case noun looks plural."""
    if w in IRREGULAR_PLURALS:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


def adjective_like(raw: str) -> bool:
    """Say whether a word before a noun is probably a modifier ("Latin", "illegal", "new")."""
    return raw[:1].isupper() or raw.lower().endswith(ADJECTIVE_ENDINGS) or raw.lower() in ADJECTIVES


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
    r"(?:" + STREET_BEFORE_WORDS + "|" + STREET_WORDS
    + r")\b[^\n,\d]{0,40},\s*$"
)


def next_word(text: str, pos: int) -> str:
    """Return the word right after pos, lower case ("" when none follows)."""
    m = NEXT_RE.match(text, pos)
    return m.group(1).lower() if m else ""


def noun_after(text: str, pos: int, only_of: bool) -> str | None:
    """Return the counted noun after ``pos`` ("people", "of the votes"), or None."""
    m = NEXT_RE.match(text, pos)
    if m is None:
        return None
    raw = [w.rstrip("'’") for w in m.groups() if w]
    i = 0
    if raw and raw[0].lower() == "of":
        i = 1
        while i < len(raw) and raw[i].lower() in OF_DETERMINERS:
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


def year_kind(text: str, start: int, end: int, toks: Sequence[str], hedge: str) -> bool:
    """Say whether a bare 4-digit number between 1000 and 2199 reads as a year."""
    prev = toks[-1].lower().rstrip(",") if toks else ""
    if prev.rstrip(".") in YEAR_SURELY_BEFORE \
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


_MODEL_SUFFIX_RE = re.compile(r"[ \u00a0](?:" + "|".join(MODEL_SUFFIXES) + r")(?![A-Za-z])")
_MODEL_SUFFIX_STARTS = frozenset(w[0] for w in MODEL_SUFFIXES)  # a cheap test first
_FAMILY_TAIL_RE = re.compile(r"(?:-\d{1,3}[A-Z]{0,2}|s)(?![A-Za-z\d])")


def pollutant_before(toks: Sequence[str]) -> bool:
    """Say whether the word before names a particle size ("PM 2.5"), not a time ("5 PM 10")."""
    return bool(toks) and toks[-1] in POLLUTANT_BEFORE and not (
        len(toks) > 1 and toks[-2][-1:].isdigit())


def model_name(text: str, end: int, digits: str) -> bool:
    """Say whether a number names a model: "the 737 Max", "747-8", "30 737s"."""
    if text[end + 1:end + 2] in _MODEL_SUFFIX_STARTS and _MODEL_SUFFIX_RE.match(text, end):
        return True
    return digits in AIRCRAFT_FAMILIES and _FAMILY_TAIL_RE.match(text, end) is not None


def plain_kind(text: str, start: int, end: int, toks: Sequence[str], value: float,
               digits: str) -> str | None:
    """Return the kind of a bare integer that is not a statistic, or None."""
    raw1 = toks[-1] if toks else ""
    p1 = raw1.lower().lstrip(OPENERS)
    if p1 in REF_BEFORE:
        return "reference"
    if p1 in VERSION_BEFORE:
        return "version"
    if (p1 in IDENT_BEFORE and (raw1[:1].isupper() or p1 in IDENT_LOWER_OK)
            and not units.UNIT_RE.match(text, end)):
        return "identifier"
    if pollutant_before(toks) or model_name(text, end, digits):
        return "identifier"
    if p1 in FISCAL or (len(toks) > 1 and toks[-2].lower() == "fiscal" and p1 == "year"):
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
    if a == b or (b < s and not any(c.isupper() for c in prefix)
                  and prefix.lower() not in IDENT_PREFIXES):
        lo, hi = max(0, s - 80), e + 60
        if text.find("@", lo, hi) < 0 and text.find("/", lo, hi) < 0 \
                and text.find("www.", lo, hi) < 0:
            return None
        lw = text[lo:s]
        left = lw.split()[-1] if lw.split() and not lw[-1:].isspace() else ""
        right = text[e:hi].split(None, 1)[0] if text[e:e + 1].strip() else ""
        if not any(k in left or k in right for k in ("@", "://", "www.")):
            return None
        return s, e, value, "identifier"
    z = e
    while z < len(text) and z - e < 20 and (text[z].isalnum() or (
            text[z] in "-." and z + 1 < len(text) and text[z + 1].isalnum())):
        z += 1
    pl = prefix.lower()
    if pl == "fy":
        kind = "year"
        if value is not None and value < 100:
            value += 2000
    elif pl in VERSION_PREFIXES and text[s:z].replace(".", "").isdigit():
        kind = "version"
    else:
        kind = "identifier"
    if text[s:z] != text[s:e]:
        value = None if kind != "year" else value
    return a, z, value, kind
