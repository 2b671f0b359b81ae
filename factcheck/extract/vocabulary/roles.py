"""The words that make a bare number something other than a statistic (see
factcheck.extract.roles)."""

from __future__ import annotations

# --- roles: the words that make a bare number something other than a statistic -----------

# Words right before a number that make it a label, not a quantity: "Title 42", "room 204".
LABEL_BEFORE: dict[str, frozenset[str]] = {
    "identifier": frozenset("""title form article section rule proposition prop amendment order
        bill act region zone grade grades tier category type
        resolution measure docket case flight apollo interstate highway route sr state-route i
        us- flight patent model no. badge ticket permit license account invoice serial lot-no
        ordinance statute""".split()),
    "reference": frozenset("""page pages p. pp. chapter chap. paragraph para verse appendix fig.
        table chart graphic map part step phase stage round question item exhibit slide episode
        season volume vol. issue""".split()),
    "marker": frozenset("""room gate exit platform pier terminal lane seat ward district precinct
        unit suite apartment apt building floor level hall block lot booth stall track berth dock
        mile-marker marker channel""".split()),
    "version": frozenset("version v. ver. release ios android windows python".split()),
    "code": frozenset("code zip zipcode postcode area-code extension ext. ext pin".split()),
    "phone": frozenset("dial call text texting phone hotline helpline".split()),
}
# Multi-word lead-ins, matched on the lower-cased text just before the number.
LABEL_PHRASES: dict[str, tuple[str, ...]] = {
    "phone": ("call", "dial", "text", "texting", "calling", "the hotline at", "the line at",
              "text line at", "crisis line at", "helpline at", "hotline", "helpline", "lifeline at",
              "reach them at", "call them at", "phone number", "hotline number", "helpline number",
              "number to call"),
    "marker": ("mile marker", "exit number"),
    "code": ("zip code", "area code", "postal code"),
    "rank": ("no.", "ranked", "ranks", "ranking", "#"),
}
STREET_SUFFIXES = frozenset("""street st st. avenue ave ave. road rd rd. boulevard blvd blvd. lane
    ln drive dr dr. way place pl court ct parkway pkwy highway hwy circle cir terrace plaza
    square""".split())
# A headline's count of what follows: "in 7 charts", "5 things to know".
HEADLINE_NOUNS = frozenset("""charts chart graphs maps photos pictures images things takeaways
    questions answers ways reasons facts lessons tips moments stories quotes numbers graphics
    videos""".split())
# A tally ("31-19") after these is a game's score or a vote's count, not a statistic.
SCORE_WORDS = frozenset("""won win wins beat beats defeated defeat lost loses lose victory loss draw
    drew tied tie score scored final lead led trailed trailing edged routed shutout record
    finished season vote votes voted passed approved rejected""".split())
TIME_UNITS = "years|year|months|month|weeks|week|days|day|hours|hour|minutes|minute|decades|decade"
# People named by who they are to someone: "her husband, 36," gives an age like a name does.
KIN_NOUNS = frozenset("""husband wife son daughter mother father mom dad brother sister grandson
    granddaughter grandmother grandfather grandma grandpa child boy girl partner friend neighbor
    neighbour nephew niece cousin uncle aunt widow widower fiance fiancee fiancé baby toddler teen
    teenager stepson stepdaughter stepfather stepmother boyfriend girlfriend spouse
    roommate suspect victim driver passenger shooter gunman man woman student patient resident
    worker officer deputy trooper defendant""".split())
# Words that may stand between a phone or code label and its number: "the area code is 915".
LABEL_LINKS = ("is", "was", "are", "were", ":", "of")
AGE_LEAD_INS = ("aged", "age", "ages", "who is", "who was", "who turns", "who turned", "now",
                "at age", "retired at", "died at", "retire at")
# What "one" names when it is an occasion, not a count: "on one Saturday", "one day".
OCCASIONS = ("day|night|morning|afternoon|evening|week|weekend|month|year|time|point|moment"
             "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|occasion")
