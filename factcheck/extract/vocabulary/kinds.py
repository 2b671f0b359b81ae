"""The words that make a number a year, a date, an identifier, a reference, a version or a
change."""

from __future__ import annotations

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
# Phrasal verbs whose "up" or "down" says no direction: "made up 27.9 percent of emissions"
# is a share, "shut down 3 plants" no decline of 3.
PHRASAL_NO_CHANGE: frozenset[tuple[str, str]] = frozenset(
    (verb, particle) for verbs, particle in (
        ("make makes made making take takes took taken taking end ends ended ending set sets "
         "setting sign signs signed signing show shows showed shown showing add adds added "
         "adding sum sums summed summing back backs backed backing hold holds held holding "
         "open opens opened opening free frees freed freeing", "up"),
        ("shut shuts shutting break breaks broke broken breaking turn turns turned turning "
         "step steps stepped stepping narrow narrows narrowed narrowing track tracks tracked "
         "tracking write writes wrote written writing put puts putting hand hands handed "
         "handing", "down"),
    ) for verb in verbs.split()
)
# Words between a change verb and its percentage: "rose by 5%", "a 5% rise".
CHANGE_LINKS = ("by", "of", "a", "an", "to")
# "three times higher" is a change; "three times" alone may be a count of occasions.
TIMES_BEFORE = ("as", "more", "higher", "larger", "bigger", "greater", "faster", "lower", "less",
                "the", "over", "taller", "longer", "heavier", "wider", "deeper", "smaller",
                "cheaper", "slower", "stronger", "likelier", "costlier", "richer", "hotter",
                "worse", "better", "fewer", "louder", "brighter", "denser", "safer", "deadlier")
# "twice" is a multiple only before these: "twice as many", "twice the rate".
TWICE_BEFORE = ("as", "the")
# Money is being spent, not weighed: "spent 20 million pounds".
MONEY_VERBS = frozenset("spent spend spending cost costs paid pay pays worth fined raised earned "
                        "earn earns budget budgeted price priced salary owed owes donated grant "
                        "grants loan loans award awards fee fees fine fines bonus prize wage "
                        "wages rent rents charge charges charged charging fare fares tax taxes "
                        "ticket tickets costing paying earning salaries pension pensions tuition "
                        "".split())
# Currency words that are also English words, and the least amount they are money after:
# "4 trillion won", "50,000 won", never "the 3 won".
AMBIGUOUS_CURRENCY_WORDS: dict[str, float] = {"won": 1000.0}
# "one" is a pronoun before or after these: "one of the", "the one who", "no one".
PRONOUN_AFTER = frozenset("of another such who which that or can could would will should must "
                          "may might is was has had does did never cannot ought knows like "
                          # verbs whose subject is the generic "one": "if one looks closely"
                          "looks considers thinks wants gets feels sees finds believes assumes "
                          "compares needs hopes wonders imagines suspects expects supposes "
                          "".split())
# "a loved one", "the bigger one": after an article and a modifier "one" is a pronoun.
ONE_AFTER_MODIFIER_BEFORE = ("a", "an", "the", "this", "that", "each", "every", "another")
# "by one estimate", "in one poll": the source of a figure, not a count of one.
_ONE_SOURCE = (r"(?:estimate|account|measure|reckoning|count|calculation|analysis|study|survey"
               r"|poll|model|scenario|version|report)s?\b")
# Idioms with a number word in them (regexes, each opening with a letter, matched in either
# case of that letter): no number is meant.
IDIOMS: tuple[str, ...] = (
    r"at one point", r"for one thing", r"one by one", r"one-on-one", r"one-off", r"one-trick",
    r"one another", r"with one stone", r"back to square one", r"in one go",
    r"one day(?=,| (?:the|we|he|she|they|it|i|you|soon|perhaps|maybe|this|that)\b)",
    r"as one(?=[.,;!?]| (?:when|and|after|before|on)\b)", r"one-stop", r"one and only",
    r"one way (?:to|of)\b",
    r"two birds", r"takes two to", r"two to tango", r"two and two together", r"in two minds",
    r"cloud nine", r"the nines",
    r"at first(?![- ](?:place|base|round|half|quarter|light|stage|sight of))",
    r"first of all", r"first[- ]hand", r"on second thoughts?", r"second[- ]in[- ]command",
    r"i second(?= (?:that|the|this)\b)", r"we second(?= (?:that|the|this)\b)", r"eleventh hour",
    r"the third degree", r"zero[- ]sum", r"zero[- ]tolerance", r"six of one",
    r"at sixes and sevens", r"on all fours",
    r"one after (?:another|the other)", r"one way or (?:another|the other)", r"one-sided",
    r"one-way", r"absolute zero", r"ground zero", r"six feet under", r"the whole nine yards",
    r"seventh heaven", r"second nature", r"second to none", r"first[- ]rate", r"second[- ]rate",
    r"third[- ]rate", r"in the first place", r"first and foremost", r"five-figure", r"six-figure",
    r"seven-figure", r"eight-figure",
    r"second-guess", r"zero[- ]hours?(?=[ -]contracts?)",
    # a source or a turn of speech, no count: "by one estimate", "one thing after another"
    *(f"{w} one {_ONE_SOURCE}" for w in ("by", "on", "in", "under")),
    r"one (?:thing|person|day|year|crisis) after (?:another|the other)",
    r"at one time(?=,| (?:or another|the|it|he|she|they|there|this)\b)", r"for one(?=[,;.])",
    r"on the one hand", r"one and the same", r"one of a kind",
    r"one at a time", r"all in one", r"one too many", r"one hell of", r"one heck of",
    r"at one stage(?=[,;])", r"one and all", r"from one (?:day|week|month|year) to the next",
    # "it is one thing to promise, another to deliver"; "I for one am tired"
    r"one thing(?=[^.!?]{0,60}\banother\b)", r"i,? for one(?![A-Za-z])",
    r"we,? for one(?![A-Za-z])",
    r"one of these days",
)
# "one day" is a count of one day after these ("in one day.", "lasted one day") or before
# these ("one day a week", "one day later"); elsewhere at a sentence's start or end it is
# someday ("One day in March, ...", "She hopes to return one day.").
ONE_DAY_COUNT_BEFORE = frozenset("""for in within over after per just only than least about
    nearly almost exactly barely once every each of by to from first extra another additional
    single lasted lasts last lasting took takes take taking spent spend spends spending lost
    lose gained gives gave needed needs and or stay stays stayed waited delayed postponed
    extended""".split())
ONE_DAY_COUNT_AFTER = frozenset("""a an per each every of later earlier before after ago early
    late only left long old off more less too is was remains remained""".split())
# "one official said": "one" is the article of a source that speaks, no count of one ("only
# one official attended" still counts).
ONE_SOURCE_NOUNS = ("official", "expert", "analyst", "study", "survey", "report", "source",
                    "resident", "witness", "diplomat", "economist", "lawmaker", "senator",
                    "executive", "aide", "researcher", "scientist", "doctor", "estimate",
                    "spokesman", "spokeswoman", "spokesperson", "minister", "trader", "banker",
                    "investor", "critic", "observer", "insider", "adviser", "advisor", "poll",
                    "veteran", "activist", "officer", "lawyer", "voter", "parent", "teacher")
REPORTING_VERBS = ("said", "says", "told", "tells", "found", "finds", "put", "puts", "added",
                   "warned", "warns", "estimated", "estimates", "noted", "argued", "argues",
                   "suggested", "suggests", "claimed", "claims", "described", "called", "wrote",
                   "writes", "predicted", "predicts", "reckoned", "reckons", "believes",
                   "recalled", "showed", "shows", "concluded", "explained", "complained")
# The first words of IDIOMS: only these are looked up.
NUMBER_IDIOM_WORDS = frozenset("""one two nine nines first second eleventh third zero six sixes
    fours seventh five seven eight""".split())
# Vague plurals that are nouns unless "of" follows: "test scores", "tens of thousands".
VAGUE_NEEDS_OF = ("scores", "tens")
PRONOUN_BEFORE = frozenset("no the this that any every each which not".split())
# "the last one left", "the only one": after an article and one of these, "one" is a pronoun
# whatever follows but a unit ("the latest one percent"); superlatives ("-est") alike.
ONE_AFTER_ANY_MODIFIER = frozenset("""last first next only same other latest new old big little
    young right wrong real best worst final previous""".split())
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
TIME_SUFFIXES = (r"[ap]\.m\.", r"[AP]\.M\.", "[ap]m", "[AP]M", "o['’]clock")
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
    "id flight air force one covid cve seat row berth cabin flat".split()
)
# Names with a number in them, not statistics: a particle size after "PM" ("PM 2.5", "PM
# 10"; "5 PM 10" is a time), a model after its number ("the 737 Max", "787 Dreamliner") and
# an aircraft family with its variant or plural ("747-8", "777-300ER", "30 737s").
POLLUTANT_BEFORE = ("PM",)
MODEL_SUFFIXES = ("Max", "MAX", "Dreamliner", "Neo", "NEO", "XWB", "ER", "LR")
AIRCRAFT_FAMILIES = frozenset("707 717 727 737 747 757 767 777 787".split())
# Identifier words that name one even in lower case: "route 9", "section 230".
IDENT_LOWER_OK = frozenset("section article title route form flight gate room item exit no. # "
                           "interstate highway proposition amendment seat".split())
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
# A period after a figure ("12 k in May", "8.5 k last year"): a date word after the first
# words, a period unit after the second. A spaced "k" before one is a thousand.
PERIOD_DATE_LINKS = ("in", "by", "on", "since", "until", "through", "from", "during")
PERIOD_UNIT_LINKS = ("last", "this", "next", "a", "per", "each", "every")
PERIOD_UNITS = ("year", "month", "week", "day", "quarter")
STREET_WORDS = (
    "Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.?"
    "|Way|Place|Pl\\.?|Court|Ct\\.?|Terrace|Parkway|Pkwy\\.?|Highway|Square|Plaza|Circle"
)
# Street words that come before the name: "Rua Hygino Muzy Filho, 737".
STREET_BEFORE_WORDS = "Rua|Avenida|Av\\.|Calle|Rue|Via|Strasse|Straße|Carrera"
# Punctuation a word before a number may open with: "(page 12", "“version 3".
OPENERS = "([“\"'"
