"""Hedge phrases before and after a number, and when a word is no hedge."""

from __future__ import annotations

# --- hedges ------------------------------------------------------------------------------

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
# "up to" is a change's new level, not a bound, after a verb of motion: "ticked up to 34.3".
UP_TO_AFTER = frozenset("""ticked inched edged crept moved went rose climbed jumped shot bumped
    goes go going gone revised pushed pulled sped stepped ramped scaled marked ratcheted""".split())
# "some" is no hedge after these words: "for some 20" is rare, "in some 20 cities" likelier.
SOME_NOT_HEDGE_AFTER = ("for", "in")
# Hedges written after the number: "12,000-plus", "40-odd", "or more", "or so".
HEDGE_PLUS = "more-than"
HEDGE_ODD = "about"
HEDGES_OR: dict[str, tuple[str, ...]] = {
    "at-least": ("more", "greater", "higher", "above", "over"),
    "about": ("so", "thereabouts"),
    "at-most": ("less", "fewer", "under", "below"),
}
# A hedge before a duration that states a period, not an estimate: "over five years".
PERIOD_NOT_HEDGE = ("over", "under", "some", "around")

# One-letter units that may stand a space after digits: "25 m long", "1.2 g of salt".
SPACED_LETTER_UNITS = ("m", "g")
