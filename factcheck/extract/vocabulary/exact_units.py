"""Unit symbols read only as spelled, as data: "4.2 Mt" is megatonnes, "400 MT voters" are
Montanans and "3 mt" nothing; read where the case-folded unit lexicon finds no unit
(:func:`factcheck.extract.context._match_unit`)."""

import re

from factcheck.unit_lexicon import SP, trie_pattern

# The gas glued on ("MtCO2e") names what is weighed; the weight is the unit's.
EXACT_UNITS: dict[str, str] = {
    "Mt": "megatonne", "MtCO2": "megatonne", "MtCO2e": "megatonne", "MtCO₂": "megatonne",
    "MtCO₂e": "megatonne", "GtCO2": "gigatonne", "GtCO2e": "gigatonne", "GtCO₂": "gigatonne",
    "GtCO₂e": "gigatonne",
}
# The first letters of the symbols: a cheap test before the pattern runs.
EXACT_UNIT_STARTS: frozenset[str] = frozenset(k[0] for k in EXACT_UNITS)
EXACT_UNIT_RE = re.compile(
    "(?P<sp>" + SP + "?)(?P<u>" + trie_pattern(list(EXACT_UNITS), lower=False)
    + r")(?![A-Za-z0-9²³₂])"
)
# "Mt Pleasant", "Mt. Rainier": Mount before a name; "415 Mt. The agency..." ends a sentence.
MOUNT_NAME_RE = re.compile(r"(?P<dot>\.?)" + SP + r"+(?P<w>[A-Z][a-z]+)")
