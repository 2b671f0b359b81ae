"""The words extraction reads, as data: number words, hedges, the words that make a number
a year, date, identifier, reference, version, pronoun, age or change, and the counted-noun
stop list. Each table is written here once; the passes in :mod:`factcheck.extract.classify`
and :mod:`factcheck.extract.context` and the readers in :mod:`factcheck.extract.words` and
:mod:`factcheck.extract.numwords` look words up in them.

The unit lexicon (measure, time, percent and currency words, digit scales such as "bn" and
"k", rate words) stays in :mod:`factcheck.units`, which checking shares.
"""

from __future__ import annotations

from factcheck import units

# --- number words ------------------------------------------------------------------------

UNITS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
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
SCALES: dict[str, float] = {w: units.SCALES[w] for w in ("thousand", "million", "billion", "trillion")}
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
# Nouns that count after the article "a": "a pair of", "a couple of", "a single vote".
# Each needs "of" after it, except those in ARTICLE_COUNTS_BARE.
ARTICLE_COUNTS: dict[str, int] = {"single": 1, "couple": 2, "pair": 2, "trio": 3, "quartet": 4}
ARTICLE_COUNTS_BARE = ("single",)
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
# Words that make "12,34,567" Indian grouping rather than a slip.
INDIAN_MONEY = ("Rs", "₹", "INR", "rupee", "lakh", "crore")

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
    revised pushed pulled sped stepped ramped scaled marked ratcheted""".split())
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

# --- what kind of number -----------------------------------------------------------------

# The kind a unit category makes ("16 km" a measure, "16 years" a duration); percent units
# make "percent" or "percentage-points".
UNIT_KINDS: dict[str, str] = {"money": "money", "cents": "money", "time": "duration",
                              "measure": "measure"}
# Kinds that take a rate ("6,000 a day", "$3.45 a gallon", "5% a year").
RATE_KINDS = frozenset({"count", "vague", "money", "measure", "percent", "change"})
# Kinds either end of a range may have ("18 to 49", "2019-20").
RANGE_KINDS = frozenset({"count", "percent", "percentage-points", "money", "measure", "rate",
                         "change", "year", "age", "duration", "vague"})

CHANGE_BEFORE: frozenset[str] = frozenset(
    "rose rise rises risen rising increased increase increases increasing grew grow grows "
    "growing grown jumped jump jumps surged surge soared soar climbed climb fell fall falls "
    "fallen falling dropped drop drops declined decline declines decreased decrease "
    "plunged plummeted tumbled slid sank gained gain lost up down spiked swelled shrank "
    "shrunk slumped cut boosted raised lowered reduced increasing decreasing".split()
)
CHANGE_AFTER: frozenset[str] = frozenset(
    "higher lower increase increases decrease decreases rise rises drop drops jump jumps gain "
    "gains growth decline declines fall more less bigger larger greater smaller cheaper "
    "surge spike hike cut cuts reduction boost climb uptick rise fewer faster slower "
    "increased decreased".split()
)
# Words between a change verb and its percentage: "rose by 5%", "a 5% rise".
CHANGE_LINKS = ("by", "of", "a", "an", "to")
# "three times higher" is a change; "three times" alone may be a count of occasions.
TIMES_BEFORE = ("as", "more", "higher", "larger", "bigger", "greater", "faster", "lower", "less",
                "the", "over")
# "twice" is a multiple only before these: "twice as many", "twice the rate".
TWICE_BEFORE = ("as", "the")
# Money is being spent, not weighed: "spent 20 million pounds".
MONEY_VERBS = frozenset("spent spend spending cost costs paid pay pays worth fined raised earned "
                        "earn earns budget budgeted price priced salary owed owes donated".split())
# "one" is a pronoun before or after these: "one of the", "the one who", "no one".
PRONOUN_AFTER = frozenset("of another such who which that or can could would will should must "
                          "may might is was has had does did never cannot ought knows".split())
# "a loved one", "the bigger one": after an article and a modifier "one" is a pronoun.
ONE_AFTER_MODIFIER_BEFORE = ("a", "an", "the", "this", "that", "each", "every", "another")
# Idioms with a number word in them (regexes, each opening with a letter, matched in either
# case of that letter): no number is meant.
IDIOMS: tuple[str, ...] = (
    r"at one point", r"for one thing", r"one by one", r"one-on-one", r"one-off", r"one-trick",
    r"one another", r"with one stone", r"back to square one", r"in one go",
    r"one day(?=,| (?:the|we|he|she|they|it|i|you|soon|perhaps|maybe|this|that)\b)",
    r"as one(?=[.,;!?]| (?:when|and|after|before)\b)",
    r"two birds", r"takes two to", r"two to tango", r"two and two together", r"in two minds",
    r"cloud nine", r"the nines", r"at first(?![- ](?:place|base|round|half|quarter|light|stage|sight of))",
    r"first of all", r"first[- ]hand", r"on second thoughts?", r"second[- ]in[- ]command",
    r"i second(?= (?:that|the|this)\b)", r"we second(?= (?:that|the|this)\b)", r"eleventh hour",
    r"the third degree", r"zero[- ]sum", r"zero[- ]tolerance", r"six of one",
    r"at sixes and sevens", r"on all fours",
)
# The first words of IDIOMS: only these are looked up.
NUMBER_IDIOM_WORDS = frozenset("one two nine nines first second eleventh third zero six sixes fours".split())
# Vague plurals that are nouns unless "of" follows: "test scores", "tens of thousands".
VAGUE_NEEDS_OF = ("scores", "tens")
PRONOUN_BEFORE = frozenset("no the this that any every each which only".split())
# ...unless a number follows: "one or two", "one or more".
PRONOUN_NOT_BEFORE_OR = ("two", "more")
# "a second", "per second": time, not an ordinal.
SECOND_AS_TIME_AFTER = ("per", "each", "every", "a", "one")
# "a third straight month", "a fourth term": an ordinal before these, not a fraction.
ORDINAL_NOUNS = frozenset("""straight consecutive successive time term round attempt wave party
    place season match game child vote referendum election try bid night lockdown dose shot
    booster world year day week month quarter""".split())
# Articles that make "a third", "a half", "a million" one number.
ARTICLES = ("a", "an")
ONE_ARTICLES = ("a", "one")
# "the first half", "the back half": a part, not a fraction.
HALF_NOT_FRACTION_AFTER = ("first", "second", "other", "latter", "former", "back", "top",
                           "bottom", "the")
# "half a day", "half a mile": half of one unit.
HALF_A_UNITS = ("hour", "day", "week", "month", "year", "decade", "century", "mile", "minute")
MINUS_WORDS = ("minus", "negative")
# A dash and a space before a number are its sign after these words: "readings of - 40".
SPACED_MINUS_AFTER = frozenset("of to at from hit reached was were is fell dropped plunged "
                               "sank as low about around by".split())
AGE_BEFORE = ("aged", "age", "ages")
AGE_OF_BEFORE = ("ages", "age")  # "children of age 5"
DURATION_AGE_BEFORE = ("aged", "age")  # "aged five years"
# "in her 20s", "the mid-30s": ages; "the 90s": a decade.
AGE_DECADE_BEFORE = ("her", "his", "their", "mid", "early", "late", "your", "my", "our")
# Suffixes glued to a number.
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
TIME_SUFFIXES = (r"[ap]\.m\.", r"[AP]\.M\.", "[ap]m", "[AP]M")
AGE_UNITS = ("year", "yr", "month", "week", "day")
# Plural nouns that follow a year ("2019 levels", "the 2024 elections").
YEAR_NOUNS: frozenset[str] = frozenset(
    "levels elections figures data numbers budgets midterms games olympics results prices "
    "rates values estimates projections forecasts totals statistics standards models "
    "emissions championships playoffs polls primaries accounts reports guidelines rules "
    "regulations plans targets goals earnings sales returns taxes graduates class".split()
)
# Words after which a 4-digit number is a year.
YEAR_BEFORE: frozenset[str] = frozenset(
    "in since by from to until till through during of the and or between before after "
    "year years fiscal fy early late mid summer spring autumn fall winter than for at "
    "circa c. season class vintage calendar financial academic school election".split()
)
# Words after which a 4-digit number is a year even before a plural noun.
YEAR_SURELY_BEFORE = ("fy", "fiscal", "year", "'s", "since", "until", "till", "during")
FISCAL = ("fy", "fiscal")
IDENT_BEFORE: frozenset[str] = frozenset(
    "section sec. route title article art. form boeing airbus flight room gate highway "
    "interstate amendment proposition prop. resolution bill model apollo channel bus "
    "platform building suite apartment apt. box precinct district ward lot order case "
    "docket no. number # item exhibit rule regulation directive cell block terminal pier "
    "unit engine tower studio station camp zone sector grade class category type size mark "
    "proposal measure law code level phase stage exit patent decree ordinance s. h.r. hr "
    "id flight air force one covid cve".split()
)
# Identifier words that name one even in lower case: "route 9", "section 230".
IDENT_LOWER_OK = frozenset("section article title route form flight gate room item exit no. # "
                           "interstate highway proposition amendment".split())
# Lower-case prefixes glued by a hyphen that still make an identifier: "covid-19".
IDENT_PREFIXES = ("covid", "sars", "cve")
VERSION_PREFIXES = ("v", "ver", "version")
REF_BEFORE: frozenset[str] = frozenset(
    "page pages p. pp. pg. chapter chap. ch. § §§ paragraph para. paras. footnote fn. figure "
    "fig. table tab. appendix annex line lines verse clause slide column col. vol. vol "
    "volume issue episode season part step note endnote".split()
)
VERSION_BEFORE: frozenset[str] = frozenset(
    "version ver. v v. release python java ios android macos windows ubuntu firefox chrome "
    "safari php perl ruby node rust debian fedora kernel linux django react angular gpt "
    "excel office iphone ipad galaxy pixel".split()
)
MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
WEEKDAYS: frozenset[str] = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays "
    "Thursdays Fridays Saturdays Sundays".split()
)
STREET_WORDS = (
    "Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.?"
    "|Way|Place|Pl\\.?|Court|Ct\\.?|Terrace|Parkway|Pkwy\\.?|Highway|Square|Plaza|Circle"
)
# Street words that come before the name: "Rua Hygino Muzy Filho, 737".
STREET_BEFORE_WORDS = "Rua|Avenida|Av\\.|Calle|Rue|Via|Strasse|Straße|Carrera"
# Punctuation a word before a number may open with: "(page 12", "“version 3".
OPENERS = "([“\"'"

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
# Modifiers between a glued "m" and its noun: "1.2m more people".
MILLION_MODIFIERS = ("more", "new", "additional", "extra", "other", "fewer")
ADJECTIVE_ENDINGS = ("an", "ese", "ish", "al", "ic", "ive", "ous", "ful", "less", "ary",
                     "ent", "ant", "ed", "ing", "ian", "ern", "ble")
ADJECTIVES = frozenset(
    "new more other young old small large big major minor few top good bad high low great key "
    "total full poor rich fresh raw pure extra main senior junior former current last next "
    "single double whole entire separate different similar same further".split()
)

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


# --- roles: the words that make a bare number something other than a statistic -----------

# Words right before a number that make it a label, not a quantity: "Title 42", "room 204".
LABEL_BEFORE: dict[str, frozenset[str]] = {
    "identifier": frozenset("""title form article section rule proposition prop amendment order bill act
        region zone grade grades tier category type
        resolution measure docket case flight apollo interstate highway route sr state-route i us-
        flight patent model no.""".split()),
    "reference": frozenset("""page pages p. pp. chapter chap. paragraph para verse appendix fig. table chart
        graphic map part step phase stage round question item exhibit slide episode season volume vol.
        issue""".split()),
    "marker": frozenset("""room gate exit platform pier terminal lane seat ward district precinct unit
        suite apartment apt building floor level hall block lot booth stall track berth dock
        mile-marker marker channel""".split()),
    "version": frozenset("version v. ver. release ios android windows python".split()),
    "code": frozenset("code zip zipcode postcode area-code extension ext. ext pin".split()),
    "phone": frozenset("dial call text texting phone hotline helpline".split()),
}
# Multi-word lead-ins, matched on the lower-cased text just before the number.
LABEL_PHRASES: dict[str, tuple[str, ...]] = {
    "phone": ("call", "dial", "text", "texting", "calling", "the hotline at", "the line at", "text line at",
              "crisis line at", "helpline at", "hotline", "helpline", "lifeline at", "reach them at",
              "call them at", "phone number", "hotline number", "helpline number",
              "number to call"),
    "marker": ("mile marker", "exit number"),
    "code": ("zip code", "area code", "postal code"),
    "rank": ("no.", "ranked", "ranks", "ranking", "#"),
}
STREET_SUFFIXES = frozenset("""street st st. avenue ave ave. road rd rd. boulevard blvd blvd. lane ln drive dr dr.
    way place pl court ct parkway pkwy highway hwy circle cir terrace plaza square""".split())
# A headline's count of what follows: "in 7 charts", "5 things to know".
HEADLINE_NOUNS = frozenset("""charts chart graphs maps photos pictures images things takeaways questions
    answers ways reasons facts lessons tips moments stories quotes numbers graphics videos""".split())
SCORE_WORDS = frozenset("""won win wins beat beats defeated defeat lost loses lose victory loss draw drew tied
    tie score scored final lead led trailed trailing edged routed shutout record finished season""".split())
TIME_UNITS = "years|year|months|month|weeks|week|days|day|hours|hour|minutes|minute|decades|decade"
# People named by who they are to someone: "her husband, 36," gives an age like a name does.
KIN_NOUNS = frozenset("""husband wife son daughter mother father mom dad brother sister grandson
    granddaughter grandmother grandfather grandma grandpa child boy girl partner friend neighbor
    neighbour nephew niece cousin uncle aunt widow widower fiance fiancee fiancé baby toddler teen
    teenager stepson stepdaughter stepfather stepmother boyfriend girlfriend spouse roommate""".split())
# Words that may stand between a phone or code label and its number: "the area code is 915".
LABEL_LINKS = ("is", "was", "are", "were", ":", "of")
AGE_LEAD_INS = ("aged", "age", "ages", "who is", "who was", "who turns", "who turned", "now", "at age")
# What "one" names when it is an occasion, not a count: "on one Saturday", "one day".
OCCASIONS = ("day|night|morning|afternoon|evening|week|weekend|month|year|time|point|moment|monday|tuesday"
             "|wednesday|thursday|friday|saturday|sunday|occasion")
