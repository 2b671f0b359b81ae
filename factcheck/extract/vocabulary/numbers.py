"""Number words, digit shapes and the separators between them."""

from __future__ import annotations

from factcheck import units

# --- number words ------------------------------------------------------------------------

UNITS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Scale words spelled out; their values are the digit scales' ("1.2 million", "a million").
SCALES: dict[str, float] = {
    w: units.SCALES[w] for w in ("thousand", "million", "billion", "trillion")
}
# Every word that multiplies what comes before it, with "hundred" and "dozen".
SCALE_WORDS: tuple[str, ...] = ("million", "billion", "thousand", "hundred", "dozen", "trillion")
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
    "tenths": 10, "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
    "millionth": 10**6, "millionths": 10**6, "billionth": 10**9, "trillionth": 10**12,
    "twelfth": 12, "twelfths": 12, "sixteenth": 16, "sixteenths": 16, "twentieth": 20,
    "twentieths": 20, "thirtieth": 30, "thirtieths": 30, "fortieth": 40, "fortieths": 40,
    "fiftieth": 50, "fiftieths": 50,
}
# Fractions that may follow "and a": "two and a half", "one and a quarter".
FRACTIONS_AFTER_AND: tuple[str, ...] = ("half", "quarter", "third", "fourth", "fifth")
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
# Zero words that are a number only before "point" ("naught point five"): "came to naught".
ZERO_BEFORE_POINT = ("naught", "nought")
# Nouns that count after the article "a": "a pair of", "a couple of", "a single vote", "cost
# him a grand". Each needs "of" after it, except those in ARTICLE_COUNTS_BARE (a noun after)
# and ARTICLE_COUNTS_ALONE (no noun after: "a grand jury" is no thousand).
ARTICLE_COUNTS: dict[str, int] = {"single": 1, "couple": 2, "pair": 2, "trio": 3, "quartet": 4,
                                  "grand": 1000}
ARTICLE_COUNTS_BARE = ("single",)
ARTICLE_COUNTS_ALONE = ("grand",)
# "a few thousand" is 2..9 thousand, "a couple hundred" 2..3 hundred.
FEW: dict[str, tuple[float, float]] = {"few": (2.0, 9.0), "couple": (2.0, 3.0)}
# Denominator words of "25 per 100,000", "one in every ten".
RATE_DENOMINATORS: dict[str, float] = {
    "one": float(UNITS["one"]), "ten": float(TEENS["ten"]),
    **{w: units.SCALES[w] for w in ("hundred", "thousand", "million")},
}
# Vulgar fraction characters and their values: "2½", "¾".
FRACTION_VALUES: dict[str, float] = {"½": 0.5, "¾": 0.75, "¼": 0.25, "⅓": 1 / 3, "⅔": 2 / 3,
                                     "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
# Spaces that group thousands: no-break, thin, narrow no-break.
GROUP_SPACES = "\u00a0\u2009\u202f"
# Digit fractions that are names: "9/11", "24/7".
SLASH_IDS = frozenset({"9/11", "24/7", "7/7", "4/20", "50/50", "20/20"})

# Function words of French, German, Spanish, Italian and Dutch that are no English words: a
# window with more of them than of ENGLISH_WORDS writes "3,5" for 3.5 and "10.000" for 10000.
EUROPEAN_WORDS = frozenset("""le la les des du est une dans pour sur au aux avec cette ce qui que et
    der die das und ist ein eine mit von für zu dem den nicht auf el los las del es por para con una
    il di della dei è al dal che het een van voor zijn niet volgens de""".split())
ENGLISH_WORDS = frozenset("the of and to is was were in for that with said on by from".split())
# Words that make "12,34,567" Indian grouping rather than a slip, when written next to it.
INDIAN_MONEY = ("Rs", "₹", "INR", "rupee", "lakh", "crore")
# Places whose writers group digits by lakhs, named within INDIAN_PLACE_REACH characters: a
# consistent "1,23,456" there is a number, where in other copy it is a slip to flag.
INDIAN_PLACES = ("India", "Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Hyderabad",
                 "Lok Sabha", "Pakistan", "Bangladesh", "Nepal", "paise", "taka")
INDIAN_PLACE_REACH = 300
