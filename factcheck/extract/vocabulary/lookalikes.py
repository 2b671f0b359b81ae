"""Unicode lookalikes folded before reading (see factcheck.extract.normalise)."""

from __future__ import annotations

# --- Unicode lookalikes (see factcheck.extract.normalise) ---------------------------------

# Characters folded to another before extraction; "" deletes the character.
LOOKALIKES: dict[str, str] = {
    "\u03bc": "µ", "\u039c": "µ",  # Greek small and capital mu: the micro sign of "µg", "µm"
    "\u2212": "-",  # minus sign
    "\u2010": "-", "\u2011": "-",  # hyphen, non-breaking hyphen
    "\u2012": "–",  # figure dash: an en dash, as in "18‒49"
    # spaces inside a written quantity ("1 000", "5 km"): a no-break space
    "\u2007": "\u00a0", "\u2008": "\u00a0", "\u2009": "\u00a0", "\u200a": "\u00a0",
    "\u202f": "\u00a0", "\u205f": "\u00a0",
}
# Characters extraction reads as they are, though NFKC would change them: the micro sign,
# ellipses (NFKC's "..." would swallow a digit after it); superscripts (²,³, "5¹" as a
# footnote), subscripts and vulgar fractions are kept by their decomposition tag.
LOOKALIKES_KEPT = frozenset("µ\u00a0…‥")
# Compatibility decompositions that are lookalikes: fullwidth and halfwidth forms, ligatures
# and letterlike symbols ("ſ", "ﬁ", "℃"), mathematical letters, CJK squared units ("㎞", "㎡").
LOOKALIKE_TAGS = frozenset({"<wide>", "<narrow>", "<compat>", "<font>", "<square>", "<small>"})
