"""The counted noun after a number, and the words that end it."""

from __future__ import annotations

# --- counted nouns -----------------------------------------------------------------------

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
# Determiners skipped after "of": "40% of the votes".
OF_DETERMINERS = ("the", "a", "an", "all", "these", "those", "its", "their")
IRREGULAR_PLURALS: frozenset[str] = frozenset(
    "people children men women police personnel staff feet teeth mice geese cattle sheep "
    "fish deer data media troops youth crew livestock aircraft offspring".split()
)
# The plurals that make a glued "m" million rather than metres: "1.2m people". A subset of
# IRREGULAR_PLURALS, kept as it was when the two tables were separate.
MILLION_NOUNS: frozenset[str] = IRREGULAR_PLURALS & frozenset(
    "people children men women cattle sheep fish".split()
)
# Singular nouns a glued "B" counts the parameters of: "a 7B model", "the 8B version", "a
# 405B-parameter model" (never after an identifier word: "Apartment 4B model flat").
PARAMETER_NOUNS = frozenset("model version variant checkpoint parameter llm network".split())
# Modifiers between a glued "m" and its noun: "1.2m more people".
MILLION_MODIFIERS = ("more", "new", "additional", "extra", "other", "fewer")
ADJECTIVE_ENDINGS = ("an", "ese", "ish", "al", "ic", "ive", "ous", "ful", "less", "ary",
                     "ent", "ant", "ed", "ing", "ian", "ern", "ble")
ADJECTIVES = frozenset(
    "new more other young old small large big major minor few top good bad high low great key "
    "total full poor rich fresh raw pure extra main senior junior former current last next "
    "single double whole entire separate different similar same further".split()
)
