"""Scale words of continental text ("1,5 Mrd. Euro", "3 Mio. Einwohner"), as data; read
only where the text around is European (:func:`factcheck.extract.classify._european_scale`)."""

import re

from factcheck.unit_lexicon import SP, trie_pattern

# "1,5 Mrd. Euro", "3 Mio. Einwohner", "4,2 milliards d'euros", "300 millones de
# euros". "de" or "d'" between the scale and a unit is skipped.
EUROPEAN_SCALES: dict[str, float] = {
    "mrd": 1e9, "mrd.": 1e9, "mia.": 1e9, "mio": 1e6, "mio.": 1e6, "tsd.": 1e3, "tausend": 1e3,
    "milliarde": 1e9, "milliarden": 1e9, "millionen": 1e6, "milliard": 1e9, "milliards": 1e9,
    "millón": 1e6, "millones": 1e6, "mil millones": 1e9, "milione": 1e6, "milioni": 1e6,
    "miliardo": 1e9, "miliardi": 1e9, "miljoen": 1e6, "miljard": 1e9, "miljarden": 1e9,
}
EUROPEAN_SCALE_RE = re.compile(
    SP + r"(?P<w>" + trie_pattern(list(EUROPEAN_SCALES)) + r")(?![A-Za-z])"
    r"(?P<of>" + SP + r"+de" + SP + r"+|" + SP + r"+d['’])?",
    re.IGNORECASE,
)
# Either case of each scale's first letter, the pattern being case-blind: the letter after
# the one space is tested before the pattern runs, which then runs after few numbers.
EUROPEAN_SCALE_STARTS: frozenset[str] = frozenset(
    c for w in EUROPEAN_SCALES for c in (w[0].lower(), w[0].upper())
)
