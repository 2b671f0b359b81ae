"""Words that qualify a measure unit after a number, as data: "18.7 million revenue miles" are
miles, "2 million board feet" board feet, "1.6 trillion ton-miles" ton-miles; read where the
unit lexicon finds no unit right after the number
(:func:`factcheck.extract.context._match_unit`).

Only measure units take a qualifier: "3 revenue bonds", "40 lane closures" and "1.4 million
revenue hours" (a time, which would make a duration) stay counts.
"""

import re

from factcheck.unit_lexicon import SP, UNIT_TABLE, trie_pattern

# Nouns that say what travels or what is measured: the number's noun ("revenue miles").
QUALIFIER_NOUNS: frozenset[str] = frozenset((
    "revenue", "vehicle", "passenger", "train", "car", "lane", "track", "route", "seat", "bus",
    "rail", "truck", "freight", "service", "centerline", "road", "highway", "trail", "pipeline",
    "shoreline", "coastline", "network", "system",
))
# Adjectives before a unit that leave it what it is: "five more miles", "120 new lane miles".
QUALIFIER_ADJECTIVES: frozenset[str] = frozenset((
    "more", "fewer", "additional", "extra", "new", "available",
))
# Words that make another unit of the one after them; None: the same unit ("12 US gallons").
UNIT_PARTS: dict[str, dict[str, str] | None] = {
    "us": None, "u.s.": None,
    "statute": {"mile": "mile"},
    "linear": {"foot": "foot", "meter": "meter", "yard": "yard", "mile": "mile",
               "kilometer": "kilometer", "inch": "inch"},
    "board": {"foot": "board_foot"},
    "imperial": {"gallon": "imperial_gallon", "pint": "imperial_pint",
                 "quart": "imperial_quart", "fluid_ounce": "imperial_fluid_ounce",
                 "short_ton": "long_ton"},
    # product units: "ton-miles" move a ton one mile
    "ton": {"mile": "ton_mile"},
    "tonne": {"kilometer": "tonne_kilometer"},
}
# Units that are also things counted after a qualifier ("500 new meters", "30 more cups",
# "300 new degrees"): read only after a word that makes the unit ("linear meters").
DEVICE_UNITS: frozenset[str] = frozenset((
    "cup", "degree", "knot", "bit", "ampere", "meter", "yard", "volt", "hertz",
))
# "US" and "U.S." only in capitals: "us" is a pronoun.
_CAPITALS_ONLY = frozenset(("us", "u.s."))

_MEASURES = [k for k, (cat, _) in UNIT_TABLE.items() if cat == "measure" and len(k) > 2
             and k.isascii() and not k[0].isdigit()]
_WORDS = sorted(QUALIFIER_NOUNS | QUALIFIER_ADJECTIVES | set(UNIT_PARTS) - _CAPITALS_ONLY,
                key=len, reverse=True)
_WORD = r"(?:(?i:" + "|".join(re.escape(w) for w in _WORDS) + r")|US|U\.S\.)"
# One or two qualifiers, then the unit, each joined by a space or a hyphen.
QUALIFIED_UNIT_RE = re.compile(
    SP + r"+(?P<q>" + _WORD + r"(?:[- ]" + _WORD + r")?)[- ](?P<u>(?i:"
    + trie_pattern(_MEASURES) + r"))(?![A-Za-z0-9²³])"
)
# The first letters of the qualifiers: a cheap test before the pattern runs.
QUALIFIER_STARTS: frozenset[str] = frozenset(
    c for w in [*_WORDS, "US"] for c in (w[0].lower(), w[0].upper()))
