"""Parse digit tokens as written: grouping, decimals, vulgar fractions and malformed
separators ("110,00", "1,0000", "6.000", "1O,000"), with the readings a writer may have meant.

Number words are :mod:`factcheck.extract.numwords`.
"""

from __future__ import annotations

import re

from factcheck.extract.vocabulary import FRACTION_VALUES, GROUP_SPACES

__all__ = ["FRACTION_CHARS", "Parsed", "digits_precision", "european", "indian", "parse_number"]

FRACTION_CHARS = "".join(FRACTION_VALUES)
_FRACTIONS = FRACTION_VALUES


_SPACE_GROUPED_RE = re.compile(r"(\d{1,3}(?:[ " + GROUP_SPACES + r"]\d{3})+)(?:\.(\d+))?")
# Continental European: "1.234.567,89", "1 234,5", "3,5", "10.000" (dots or spaces group).
_EUROPEAN_RE = re.compile(
    r"(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ " + GROUP_SPACES + r"]\d{3})+|\d+)(?:,(\d+))?"
)
# Indian: "12,34,567" (lakhs and crores group by two).
_INDIAN_RE = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.(\d+))?")

Parsed = tuple[float | None, float | None, str | None, tuple[float, ...], bool]


def european(raw: str) -> Parsed | None:
    """Parse a token written the continental way, or None: "1.234,5" is 1234.5, "10.000" 10000."""
    m = _EUROPEAN_RE.fullmatch(raw)
    if m is None or (m.group(2) is None and "." not in raw):
        return None
    digits, dec = re.sub(r"\D", "", m.group(1)), m.group(2)
    if dec:
        return float(digits + "." + dec), 10.0 ** -len(dec), None, (), False
    return float(digits), digits_precision(digits), None, (), False


def indian(raw: str) -> Parsed | None:
    """Parse a token grouped the Indian way ("12,34,567", "1,23,456.50"), or None."""
    m = _INDIAN_RE.fullmatch(raw)
    if m is None:
        return None
    digits = raw.replace(",", "")
    if m.group(1):
        return float(digits), 10.0 ** -len(m.group(1)), None, (), False
    return float(digits), digits_precision(digits), None, (), False


def digits_precision(digits: str) -> float:
    """Return the place value of the last significant digit of an integer ("6000" -> 1000)."""
    stripped = digits.rstrip("0")
    if not stripped:
        return 1.0
    return float(10 ** (len(digits) - len(stripped)))


def parse_number(raw: str) -> Parsed:
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
            sm = _SPACE_GROUPED_RE.fullmatch(raw)
            if sm is not None:  # "1 234 567", "1 234 567.89"
                digits, dec = re.sub(r"\D", "", sm.group(1)), sm.group(2)
                if dec:
                    return float(digits + "." + dec) + frac, 10.0 ** -len(dec), None, (), False
                return float(digits) + frac, digits_precision(digits), None, (), False
            whole = float(re.sub(r"\D", "", raw))
            return None, None, f"bad digit grouping: {raw!r}", (whole,), False
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
