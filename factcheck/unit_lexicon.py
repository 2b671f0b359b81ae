"""The unit lexicon as data: the words written with numbers and the patterns built from them.

Plain dicts and regular expressions, so that extraction never imports pint (a ~0.3 s import).
Canonical names are pint unit names ("pound", "metric_ton", "short_ton", "kilometer",
"mile_per_hour", "degree_Celsius"), "percent", "percentage_point", "times" (ratios such
as "doubled"), or ISO 4217 codes for money ("USD", "EUR", "GBP", "MXN").

In US prose "tons" means short tons (2,000 lb); "tonnes" and "metric tons" are 1,000 kg.
"""

from __future__ import annotations

import functools
import re
from typing import Any

PERCENT = "percent"
PERCENTAGE_POINT = "percentage_point"


def _plural(pairs: dict[str, str], phrases: bool = False) -> dict[str, str]:
    """Add the regular plural of each multi-letter key (with ``phrases``, of its last word too:
    "kenyan shillings")."""
    out = dict(pairs)
    for key, value in pairs.items():
        word = key.replace(" ", "") if phrases else key
        if len(key) > 2 and word.isalpha() and key.islower() and not key.endswith("s"):
            out.setdefault(key + "s", value)
    return out


# Measure words written after a number; keys are lower-case unless case matters.
MEASURE_WORDS: dict[str, str] = _plural(
    {
        "pound": "pound", "lb": "pound", "lbs": "pound",
        "ounce": "ounce", "oz": "ounce", "troy ounce": "troy_ounce", "troy ounces": "troy_ounce",
        "ton": "short_ton", "short ton": "short_ton", "short tons": "short_ton",
        "us ton": "short_ton", "us tons": "short_ton",
        "long ton": "long_ton", "long tons": "long_ton",
        "tonne": "metric_ton", "metric ton": "metric_ton", "metric tons": "metric_ton",
        "metric tonne": "metric_ton", "metric tonnes": "metric_ton",
        "kilogram": "kilogram", "kilogramme": "kilogram", "kg": "kilogram", "kgs": "kilogram",
        "kilo": "kilogram",
        "gram": "gram", "gramme": "gram", "g": "gram",
        "milligram": "milligram", "mg": "milligram",
        "microgram": "microgram", "µg": "microgram", "mcg": "microgram",
        "kilometer": "kilometer", "kilometre": "kilometer", "km": "kilometer", "kms": "kilometer",
        "meter": "meter", "metre": "meter", "m": "meter",
        "centimeter": "centimeter", "centimetre": "centimeter", "cm": "centimeter",
        "millimeter": "millimeter", "millimetre": "millimeter", "mm": "millimeter",
        "mile": "mile", "mi": "mile", "nautical mile": "nautical_mile",
        "nautical miles": "nautical_mile",
        "foot": "foot", "feet": "foot", "ft": "foot",
        "inch": "inch", "inches": "inch",
        "yard": "yard", "yd": "yard", "yds": "yard",
        "square mile": "square_mile", "square miles": "square_mile", "sq mi": "square_mile",
        "square kilometer": "square_kilometer", "square kilometers": "square_kilometer",
        "square kilometre": "square_kilometer", "square kilometres": "square_kilometer",
        "sq km": "square_kilometer", "km²": "square_kilometer", "km2": "square_kilometer",
        "square meter": "square_meter", "square meters": "square_meter",
        "square metre": "square_meter", "square metres": "square_meter",
        "m²": "square_meter", "sq m": "square_meter",
        "square foot": "square_foot", "square feet": "square_foot", "sq ft": "square_foot",
        "ft²": "square_foot", "ft2": "square_foot", "cm²": "square_centimeter",
        "m2": "square_meter", "cm2": "square_centimeter", "mm2": "square_millimeter",
        "mi2": "square_mile", "cm3": "cubic_centimeter", "ft³": "cubic_foot", "ft3": "cubic_foot",
        "sq. m": "square_meter", "sq. ft": "square_foot", "sq. km": "square_kilometer",
        "sq. mi": "square_mile", "sq meters": "square_meter", "sq metres": "square_meter",
        "sq feet": "square_foot", "sq miles": "square_mile", "sq kilometres": "square_kilometer",
        "sq kilometers": "square_kilometer", "square yard": "square_yard",
        "square yards": "square_yard", "square inch": "square_inch", "square inches": "square_inch",
        "cubic yard": "cubic_yard", "cubic yards": "cubic_yard", "cubic inch": "cubic_inch",
        "cubic inches": "cubic_inch",
        "square centimeter": "square_centimeter", "square centimetre": "square_centimeter",
        "cm³": "cubic_centimeter", "cc": "cubic_centimeter", "cubic centimeter": "cubic_centimeter",
        "cubic centimetre": "cubic_centimeter", "cubic centimeters": "cubic_centimeter",
        "cubic centimetres": "cubic_centimeter", "mm²": "square_millimeter", "mi²": "square_mile",
        "acre": "acre", "hectare": "hectare", "ha": "hectare",
        "acre-foot": "acre_foot", "acre-feet": "acre_foot", "acre foot": "acre_foot",
        "acre feet": "acre_foot",
        "liter": "liter", "litre": "liter", "milliliter": "milliliter",
        "millilitre": "milliliter", "ml": "milliliter", "microliter": "microliter",
        "microlitre": "microliter", "µl": "microliter",
        "gallon": "gallon", "gal": "gallon",
        "tablespoon": "tablespoon", "tbsp": "tablespoon", "teaspoon": "teaspoon", "tsp": "teaspoon",
        "cup": "cup", "pint": "pint", "quart": "quart", "fluid ounce": "fluid_ounce",
        "fluid ounces": "fluid_ounce", "fl oz": "fluid_ounce",
        "barrel": "oil_barrel", "bbl": "oil_barrel", "bpd": "oil_barrel", "b/d": "oil_barrel",
        "bbl/d": "oil_barrel", "mb/d": "oil_barrel", "bcm": "cubic_meter", "tcf": "cubic_foot",
        "megatonne": "megatonne", "gigatonne": "gigatonne", "gigaton": "gigatonne",
        "gt": "gigatonne", "ppm": "ppm", "parts per million": "ppm", "ppb": "ppb",
        "parts per billion": "ppb", "parts-per-million": "ppm", "parts-per-billion": "ppb",
        "mph": "mile_per_hour", "miles per hour": "mile_per_hour",
        "miles an hour": "mile_per_hour", "mile per hour": "mile_per_hour",
        "km/h": "kilometer_per_hour", "kph": "kilometer_per_hour", "kmh": "kilometer_per_hour",
        "km/hr": "kilometer_per_hour", "kmph": "kilometer_per_hour",
        "km per hour": "kilometer_per_hour",
        "km an hour": "kilometer_per_hour", "kilometers/hour": "kilometer_per_hour",
        "miles/hour": "mile_per_hour", "mi/h": "mile_per_hour",
        "kilometers per hour": "kilometer_per_hour", "kilometres per hour": "kilometer_per_hour",
        "kilometers an hour": "kilometer_per_hour", "kilometres an hour": "kilometer_per_hour",
        "knot": "knot", "m/s": "meter_per_second", "metres per second": "meter_per_second",
        "meters per second": "meter_per_second", "feet per second": "foot_per_second",
        "km/s": "kilometer_per_second", "kilometres per second": "kilometer_per_second",
        "kilometers per second": "kilometer_per_second",
        "°f": "degree_Fahrenheit", "ºf": "degree_Fahrenheit", "° f": "degree_Fahrenheit",
        "degrees fahrenheit": "degree_Fahrenheit", "degree fahrenheit": "degree_Fahrenheit",
        "degrees f": "degree_Fahrenheit", "fahrenheit": "degree_Fahrenheit",
        "°c": "degree_Celsius", "ºc": "degree_Celsius", "° c": "degree_Celsius",
        "degrees celsius": "degree_Celsius", "degree celsius": "degree_Celsius",
        "degrees centigrade": "degree_Celsius", "degrees c": "degree_Celsius",
        "celsius": "degree_Celsius", "c": "degree_Celsius", "f": "degree_Fahrenheit",
        "degree": "degree", "°": "degree", "kelvin": "kelvin",
        "kilowatt-hour": "kilowatt_hour", "kilowatt hour": "kilowatt_hour",
        "kilowatt-hours": "kilowatt_hour", "kilowatt hours": "kilowatt_hour",
        "kwh": "kilowatt_hour", "mwh": "megawatt_hour", "gwh": "gigawatt_hour",
        "twh": "terawatt_hour",
        "watt": "watt", "kilowatt": "kilowatt", "kw": "kilowatt", "megawatt": "megawatt",
        "mw": "megawatt", "gigawatt": "gigawatt", "gw": "gigawatt",
        "british thermal unit": "british_thermal_unit",
        "british thermal units": "british_thermal_unit",
        "btu": "british_thermal_unit", "btus": "british_thermal_unit",
        "calorie": "calorie", "kcal": "kilocalorie", "joule": "joule",
        "nanometer": "nanometer", "nanometre": "nanometer", "nm": "nanometer",
        "micrometer": "micrometer", "micrometre": "micrometer", "micron": "micrometer",
        "µm": "micrometer",
        "cubic meter": "cubic_meter", "cubic meters": "cubic_meter", "cubic metre": "cubic_meter",
        "cubic metres": "cubic_meter", "m³": "cubic_meter", "m3": "cubic_meter",
        "cubic kilometer": "cubic_kilometer", "cubic kilometers": "cubic_kilometer",
        "cubic kilometre": "cubic_kilometer", "cubic kilometres": "cubic_kilometer",
        "km³": "cubic_kilometer", "km3": "cubic_kilometer",
        "cubic foot": "cubic_foot", "cubic feet": "cubic_foot", "cu ft": "cubic_foot",
        "cu. ft": "cubic_foot", "cu m": "cubic_meter", "cu. m": "cubic_meter",
        "ev": "electron_volt", "electronvolt": "electron_volt", "kev": "kiloelectron_volt",
        "mev": "megaelectron_volt", "gev": "gigaelectron_volt", "tev": "teraelectron_volt",
        "hz": "hertz", "hertz": "hertz", "khz": "kilohertz", "mhz": "megahertz",
        "ghz": "gigahertz", "wh": "watt_hour", "watt-hour": "watt_hour",
        "watt-hours": "watt_hour", "mah": "milliampere_hour",
        "volt": "volt", "amp": "ampere", "ampere": "ampere", "ohm": "ohm",
        "psi": "psi", "pascal": "pascal", "kpa": "kilopascal", "atm": "atmosphere",
        "petabyte": "petabyte", "exabyte": "exabyte", "pb": "petabyte", "eb": "exabyte",
        "bit": "bit", "kilobit": "kilobit", "megabit": "megabit", "gigabit": "gigabit",
        "mbps": "megabit_per_second", "gbps": "gigabit_per_second",
        "horsepower": "horsepower", "hp": "horsepower",
        "byte": "byte", "kilobyte": "kilobyte", "megabyte": "megabyte",
        "gigabyte": "gigabyte", "terabyte": "terabyte",
        "kb": "kilobyte", "mb": "megabyte", "gb": "gigabyte", "tb": "terabyte",
    }
)
# Energy in watt-hours at every prefix, hyphened or not: "412,000 megawatt-hours".
MEASURE_WORDS.update({
    f"{prefix}watt{sep}{end}": f"{prefix}watt_hour"
    for prefix in ("", "kilo", "mega", "giga", "tera") for sep in ("-", " ")
    for end in ("hour", "hours")
})
MEASURE_WORDS.update({"terawatt": "terawatt", "terawatts": "terawatt"})

# Units that carry a scale: "155 bcm" is 155 billion cubic metres, "1.2 mb/d" 1.2 million
# barrels a day, "30 tcf" 30 trillion cubic feet.
UNIT_SCALES: dict[str, float] = {"bcm": 1e9, "tcf": 1e12, "mb/d": 1e6}

# Time words make a duration ("16 years"), never a statistic on their own.
TIME_WORDS: dict[str, str] = _plural(
    {
        "second": "second", "sec": "second", "secs": "second",
        "minute": "minute", "min": "minute", "mins": "minute",
        "hour": "hour", "hr": "hour", "hrs": "hour",
        "day": "day", "night": "day", "week": "week", "fortnight": "fortnight",
        "month": "month", "year": "year", "yr": "year", "yrs": "year",
        "decade": "decade", "century": "century", "centuries": "century",
        "millennium": "millennium", "millennia": "millennium",
    }
)

PERCENT_WORDS: dict[str, str] = {
    "%": PERCENT, "percent": PERCENT, "per cent": PERCENT, "pct": PERCENT,
    "percents": PERCENT, "percentage": PERCENT, "per-cent": PERCENT, "pc": PERCENT,
    "percentage point": PERCENTAGE_POINT, "percentage points": PERCENTAGE_POINT,
    "percentage-point": PERCENTAGE_POINT, "percent point": PERCENTAGE_POINT,
    "percent points": PERCENTAGE_POINT, "pp": PERCENTAGE_POINT, "p.p.": PERCENTAGE_POINT,
    # the percent word of continental text read in English copy: "2,2 Prozent", "3 por ciento"
    "prozent": PERCENT, "por ciento": PERCENT, "pour cent": PERCENT, "per cento": PERCENT,
    "basis points": "basis_point", "basis point": "basis_point", "bps": "basis_point",
    "bp": "basis_point",
}
# Unit words read only in lower case: "50bp" is basis points, "50 BP stations" a company.
LOWER_CASE_ONLY = frozenset({"bp"})

# Currency written before the number; longest first when matching.
CURRENCY_PREFIXES: dict[str, str] = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD": "USD", "USD$": "USD",
    "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "A$": "AUD", "AU$": "AUD", "AUD": "AUD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "MX$": "MXN", "Mex$": "MXN", "MXN": "MXN",
    "R$": "BRL", "BRL": "BRL", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
    "¥": "JPY", "JPY": "JPY", "CN¥": "CNY", "RMB": "CNY", "CNY": "CNY",
    "₹": "INR", "Rs": "INR", "Rs.": "INR", "INR": "INR", "₩": "KRW", "₽": "RUB",
    "₺": "TRY", "₦": "NGN", "₱": "PHP", "CHF": "CHF", "Fr.": "CHF",
    "₪": "ILS", "₴": "UAH", "NT$": "TWD", "Ksh": "KES", "KSh": "KES", "RM": "MYR", "Rp": "IDR",
    "KRW": "KRW", "SGD": "SGD", "HKD": "HKD", "NZD": "NZD", "ZAR": "ZAR", "SEK": "SEK",
    "NOK": "NOK", "DKK": "DKK", "PLN": "PLN", "AED": "AED", "SAR": "SAR", "KES": "KES",
    "NGN": "NGN", "EGP": "EGP", "PKR": "PKR", "IDR": "IDR", "MYR": "MYR", "THB": "THB",
    "RUB": "RUB", "ILS": "ILS", "UAH": "UAH", "TWD": "TWD", "VND": "VND", "BDT": "BDT",
}

# Currency written after the number ("10,000 pesos"); lower-case keys.
CURRENCY_WORDS: dict[str, str] = _plural(
    {
        "dollar": "USD", "us dollar": "USD", "us dollars": "USD", "u.s. dollar": "USD",
        "u.s. dollars": "USD", "american dollars": "USD",
        "canadian dollar": "CAD", "canadian dollars": "CAD",
        "australian dollar": "AUD", "australian dollars": "AUD",
        "euro": "EUR", "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP",
        "british pounds": "GBP", "peso": "MXN", "mexican pesos": "MXN", "mexican peso": "MXN",
        "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "reais": "BRL",
        "real": "BRL", "ruble": "RUB", "rouble": "RUB", "franc": "CHF", "swiss francs": "CHF",
        "lira": "TRY", "naira": "NGN", "rand": "ZAR", "shekel": "ILS",
        # "won" only after an amount a count of wins never is (extraction checks): "4 trillion won"
        "won": "KRW", "korean won": "KRW", "kenyan shilling": "KES", "ugandan shilling": "UGX",
        "tanzanian shilling": "TZS", "egyptian pound": "EGP", "egyptian pounds": "EGP",
        "lebanese pound": "LBP", "lebanese pounds": "LBP", "pakistani rupee": "PKR",
        "sri lankan rupee": "LKR", "nepalese rupee": "NPR", "new zealand dollar": "NZD",
        "hong kong dollar": "HKD", "singapore dollar": "SGD", "taiwan dollar": "TWD",
        "new taiwan dollar": "TWD", "argentine peso": "ARS", "chilean peso": "CLP",
        "colombian peso": "COP", "philippine peso": "PHP", "danish kroner": "DKK",
        "norwegian kroner": "NOK", "danish krone": "DKK", "norwegian krone": "NOK",
        "iraqi dinar": "IQD", "jordanian dinar": "JOD", "kuwaiti dinar": "KWD",
        "serbian dinar": "RSD", "qatari riyal": "QAR", "omani rial": "OMR", "iranian rial": "IRR",
        "lei": "RON", "leu": "RON", "tenge": "KZT", "lari": "GEL", "soles": "PEN", "kyat": "MMK",
        "cfa franc": "XOF", "cfa francs": "XOF", "zł": "PLN",
        "dirham": "AED", "zloty": "PLN", "zlotys": "PLN", "złoty": "PLN", "złotys": "PLN",
        "krona": "SEK", "kronor": "SEK", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR",
        "forint": "HUF", "koruna": "CZK", "riyal": "SAR", "hryvnia": "UAH", "hryvnias": "UAH",
        "bolivar": "VES", "bolívar": "VES", "bolívares": "VES", "bolivares": "VES",
        "taka": "BDT", "cedi": "GHS", "birr": "ETB", "swedish kronor": "SEK", "dong": "VND",
    },
    phrases=True,
)
# ISO codes written after the amount take no plural: "gbps" is gigabits a second, not "GBP"s.
CURRENCY_WORDS.update({code.lower(): code for code in (
    "USD", "EUR", "GBP", "MXN", "CAD", "JPY", "CNY", "INR", "BRL", "CHF")})

# Hundredth parts of a currency: the value is divided by 100.
CURRENCY_CENTS: dict[str, str] = {"cent": "USD", "cents": "USD", "pence": "GBP", "penny": "GBP",
                                  "euro cent": "EUR", "euro cents": "EUR", "kopeck": "RUB",
                                  "kopecks": "RUB", "kopek": "RUB", "kopeks": "RUB",
                                  "paisa": "INR", "paise": "INR",
                                  "p": "GBP"}  # "99p", glued and under 100 only

# Human-readable names, singular and plural.
_NAMES: dict[str, tuple[str, str]] = {
    "metric_ton": ("tonne", "tonnes"),
    "short_ton": ("short ton", "short tons"),
    "long_ton": ("long ton", "long tons"),
    "foot": ("foot", "feet"),
    "inch": ("inch", "inches"),
    "century": ("century", "centuries"),
    "mile_per_hour": ("mph", "mph"),
    "kilometer_per_hour": ("km/h", "km/h"),
    "degree_Fahrenheit": ("°F", "°F"),
    "degree_Celsius": ("°C", "°C"),
    "percent": ("percent", "percent"),
    "percentage_point": ("percentage point", "percentage points"),
    "oil_barrel": ("barrel", "barrels"),
    "times": ("time", "times"),
}

CURRENCY_CODES: frozenset[str] = frozenset(
    list(CURRENCY_PREFIXES.values()) + list(CURRENCY_WORDS.values())
)


def format_unit(unit: str | None, value: float | None = None) -> str:
    """Return a human-readable name of a canonical unit, plural unless value is 1."""
    if unit is None:
        return ""
    if unit in CURRENCY_CODES:
        return unit
    singular = value is not None and abs(value) == 1
    if unit in _NAMES:
        return _NAMES[unit][0 if singular else 1]
    words = unit.replace("_", " ")
    return words if singular else words + "s"


def trie_pattern(keys: list[str], lower: bool = True) -> str:
    """Return a trie-shaped alternation of keys, so a match tries one branch per character."""
    trie: dict[str, Any] = {}
    for k in keys:
        node = trie
        for ch in k.lower() if lower else k:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return emit(trie)


# Every unit word written after a number: surface -> (category, canonical name).
UNIT_TABLE: dict[str, tuple[str, str]] = {}
for _k, _v in TIME_WORDS.items():
    UNIT_TABLE[_k] = ("time", _v)
for _k, _v in MEASURE_WORDS.items():
    UNIT_TABLE[_k] = ("measure", _v)
for _k, _v in CURRENCY_WORDS.items():
    UNIT_TABLE[_k] = ("money", _v)
for _k, _v in CURRENCY_CENTS.items():
    UNIT_TABLE[_k] = ("cents", _v)
UNIT_TABLE["€"] = ("money", "EUR")  # written after the amount in Europe: "3,50 €"
for _k, _v in PERCENT_WORDS.items():
    UNIT_TABLE[_k] = ("percent", _v)


SP = r"[ \u00a0]"  # a space inside a written quantity
UNIT_RE = re.compile(
    r"(?P<sp>" + SP + r"?-?" + SP + r"?)(?P<u>" + trie_pattern(list(UNIT_TABLE))
    + r")(?![A-Za-z0-9²³])",
    re.IGNORECASE,
)


@functools.cache
def of_unit_re() -> re.Pattern[str]:
    """Return the unit after "of" ("hundreds of miles"); compiled at first use (~8 ms)."""
    return re.compile(
        r"\s+of\s+(?:the\s+)?(?P<u>" + trie_pattern([k for k in UNIT_TABLE if len(k) > 3])
        + r")(?![A-Za-z])",
        re.IGNORECASE,
    )


SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6,
           "mln": 1e6, "bn": 1e9, "bln": 1e9, "bil": 1e9, "bil.": 1e9, "mm": 1e6, "tn": 1e12,
           "trn": 1e12, "lakh": 1e5, "crore": 1e7,
           "k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12, "thousands": 1e3, "millions": 1e6,
           "billions": 1e9, "dozen": 12.0, "dozens": 12.0, "hundred": 100.0, "hundreds": 100.0,
           "lakhs": 1e5, "crores": 1e7, "g": 1e9, "grand": 1e3}
# Digit scales after a number; upper-case abbreviations ("$4.5BN") as in headlines, "G"
# (giga) where a count is meant ("1.2G records") and "grand" where no noun follows ("50 grand
# for the car", not "two grand pianos"): extraction decides.
SCALE_RE = re.compile(
    r"(?P<sp>" + SP + r"?-?)(?P<w>[Tt]housands?|[Mm]illions?|[Bb]illions?|[Tt]rillions?"
    r"|mn|mln|bn|Bn|bln|bil\.?|MM"
    r"|tn|trn|BN|MN|MLN|BLN|TN|TRN|[Ll]akhs?|LAKHS?|[Cc]rores?|CRORES?|[Dd]ozens?|[Hh]undreds?"
    r"|grand"
    r"|k|K|m|M|b|B|T|G)(?![A-Za-z])"
)
CURRENCY_BEFORE_RE = re.compile(
    r"(?:" + trie_pattern(list(CURRENCY_PREFIXES), lower=False) + r")" + SP + r"?$"
)


# --- rate denominators ("per 100,000 people", "every day", "in September") -------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DENOM = (r"\d{1,3}(?:,\d{3})+|\d+|one|ten|a" + SP + r"+hundred|a" + SP + r"+thousand|a" + SP
          + r"+million|hundred|thousand|million")
PER_NUM_RE = re.compile(
    r"(?:" + SP + r"+[A-Za-z]+){0,3}?" + SP + r"+(?:per|for" + SP + r"+every|out" + SP
    + r"+of" + SP + r"+every|in" + SP + r"+every|of" + SP + r"+every|every)" + SP
    + r"+(?P<d>" + _DENOM + r")(?:" + SP + r"*(?P<s>thousand|million))?(?!\d)(?:" + SP
    + r"+(?P<n>[A-Za-z]+))?"
)
_MONTH_ALT = "|".join(k for k in _MONTHS if len(k) > 3)
# a slash right after the unit is "per" ("mg/L", "$15/hour"); later, not after a word
PER_RE = re.compile(
    r"(?:(?=/)|[^\d.,;!?\n]{0,60}?(?<![A-Za-z]))(?:(?:per" + SP + r"+|/)(?P<p1>[a-z]+|L)"
    r"|(?:a|an|each|every)" + SP + r"+(?P<p2>day|week|month|year|hour|minute|second|night|decade)"
    r"(?!" + SP + r"+(?:ago|earlier|later|before|after|prior|old|and|or|from)\b)"
    r"|(?P<p3>daily|weekly|monthly|annually|yearly|hourly|nightly|per" + SP + r"annum)"
    r"|in" + SP + r"+(?P<p4>" + _MONTH_ALT + r")"
    r"|on" + SP + r"+(?P<p5>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?))(?![A-Za-z-])"
)
A_UNIT_RE = re.compile(SP + r"+(?:a|an|per|each)" + SP + r"+(?P<u>[A-Za-z]+)")
PER_WORDS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
              "yearly": "year", "hourly": "hour", "nightly": "day", "night": "day"}


@functools.lru_cache(maxsize=4096)
def canonical_unit(unit: str) -> str:
    """Return a registry unit written as a word ("hours", "tonnes") under its canonical name."""
    found = UNIT_TABLE.get(unit.lower())
    return found[1] if found is not None and found[0] in ("measure", "time") else unit


def per_unit(word: str) -> str:
    """Return the canonical name of a rate's denominator word ("kg" -> "kilogram")."""
    if word in ("capita", "head"):
        return "person"
    if word in ("l", "L"):  # "mg/L", "µg/l": litres
        return "liter"
    return TIME_WORDS.get(word) or MEASURE_WORDS.get(word) or word

