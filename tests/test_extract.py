"""Tables of sentences and what extract_quantities must find in them."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.extract.quantities import extract_quantities
from factcheck.models import Quantity


def _one(sentence: str, span: str) -> Quantity:
    found = [q for q in extract_quantities(sentence) if q.text == span]
    assert found, f"{span!r} not found in {[q.text for q in extract_quantities(sentence)]}"
    return found[0]


def _check(q: Quantity, expected: dict[str, Any]) -> None:
    for field, want in expected.items():
        got = getattr(q, field)
        if isinstance(want, float) and isinstance(got, float):
            assert got == pytest.approx(want, rel=1e-6), field
        else:
            assert got == want, f"{field}: {got!r} != {want!r}"


CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    # id, sentence, span, expected fields
    # --- plain counts and precision
    ("count-comma", "Officials logged 32,223 arrivals at the crossing.", "32,223",
     {"value": 32223.0, "kind": "count", "noun": "arrivals", "precision": 1.0, "unit": None}),
    ("count-round", "The shelter fed 110,000 families last winter.", "110,000",
     {"value": 110000.0, "precision": 10000.0, "noun": "families"}),
    ("count-thousand", "About 6,000 volunteers signed up.", "6,000",
     {"value": 6000.0, "precision": 1000.0, "hedge": "about"}),
    ("count-ten", "Inspectors visited 10 warehouses.", "10", {"value": 10.0, "precision": 10.0}),
    ("count-28", "Crews repaired 28 bridges.", "28", {"value": 28.0, "precision": 1.0}),
    ("decimal", "The index stood at 7.8 after the vote.", "7.8", {"value": 7.8, "precision": 0.1}),
    ("million", "Regulators approved 1.2 million permits.", "1.2 million",
     {"value": 1.2e6, "precision": 1e5, "noun": "permits"}),
    ("a-million", "A million tickets sold out in a day.", "A million",
     {"value": 1e6, "noun": "tickets"}),
    ("bn-glued", "Investors pledged 10bn in loans.", "10bn", {"value": 1e10}),
    ("k-glued", "The race drew 5k runners.", "5k", {"value": 5000.0, "noun": "runners"}),
    ("nbsp-grouping", "The fund paid 1\u00a0000\u00a0000 claims.", "1\u00a0000\u00a0000",
     {"value": 1e6, "kind": "count"}),
    ("thin-grouping", "It holds 2\u2009500 seats.", "2\u2009500", {"value": 2500.0}),
    ("unicode-minus", "The balance fell to −3 overnight.", "−3", {"value": -3.0}),
    ("half-glyph", "Stir in 2½ cups of flour.", "2½ cups", {"value": 2.5, "unit": "cup"}),
    ("adjective-noun", "Delegates from 10 Latin American countries met.", "10",
     {"noun": "countries"}),
    ("noun-before-verb", "Some 6,000 people were crossing the river.", "6,000",
     {"noun": "people", "hedge": "about"}),
    # --- number words
    ("word-six", "Six inspectors resigned.", "Six",
     {"value": 6.0, "kind": "count", "noun": "inspectors"}),
    ("word-compound", "The league fielded twenty-eight teams.", "twenty-eight", {"value": 28.0}),
    ("word-hundred-and", "They planted one hundred and five trees.", "one hundred and five",
     {"value": 105.0, "precision": 1.0, "noun": "trees"}),
    ("word-thousand", "Six thousand fans waited outside.", "Six thousand",
     {"value": 6000.0, "precision": 1000.0}),
    ("word-dozen", "She interviewed a dozen nurses.", "a dozen", {"value": 12.0, "noun": "nurses"}),
    ("word-and-a-half", "Two and a half million voters stayed home.", "Two and a half million",
     {"value": 2.5e6}),
    ("half-a-million", "Half a million homes lost power.", "Half a million", {"value": 5e5}),
    ("one-count", "One firefighter was injured.", "One", {"value": 1.0, "kind": "count"}),
    # --- fractions: the share itself, compared with percentages by the scanner
    ("two-thirds", "Two-thirds of the council agreed.", "Two-thirds",
     {"value": 2 / 3, "unit": None, "kind": "fraction", "precision": None}),
    ("a-third", "A third of the wells ran dry.", "A third", {"value": 1 / 3, "kind": "fraction"}),
    ("half", "Nearly half of the staff quit.", "half",
     {"value": 0.5, "kind": "fraction", "hedge": "nearly"}),
    ("three-quarters", "Three-quarters of the ballots were counted.", "Three-quarters",
     {"value": 0.75, "kind": "fraction"}),
    # --- vague amounts
    ("tens-of-thousands", "Tens of thousands of farmers marched.", "Tens of thousands",
     {"value": None, "kind": "vague", "low": 10000.0, "high": 99999.0, "noun": "farmers"}),
    ("hundreds", "Hundreds of flights were cancelled.", "Hundreds",
     {"kind": "vague", "low": 100.0, "high": 999.0, "noun": "flights"}),
    ("dozens", "Dozens of shops closed early.", "Dozens",
     {"kind": "vague", "low": 24.0, "high": 99.0}),
    ("a-few-thousand", "A few thousand protesters gathered.", "A few thousand",
     {"kind": "vague", "low": 2000.0, "high": 9000.0, "noun": "protesters"}),
    ("several-hundred", "Several hundred jobs vanished.", "Several hundred",
     {"kind": "vague", "low": 300.0, "high": 900.0}),
    ("upon", "Thousands upon thousands of letters arrived.", "Thousands upon thousands",
     {"kind": "vague", "value": None}),
    ("vague-money", "Tens of billions of dollars went unspent.", "Tens of billions of dollars",
     {"kind": "money", "unit": "USD", "value": None, "low": 1e10}),
    ("vague-measure", "The convoy covered a few thousand kilometers of road.",
     "a few thousand kilometers",
     {"kind": "measure", "unit": "kilometer", "value": None, "low": 2000.0}),
    # --- percent and points
    ("pct-sign", "Turnout reached 70% in the capital.", "70%",
     {"value": 70.0, "unit": "percent", "kind": "percent"}),
    ("pct-word", "Turnout reached 70 percent in the capital.", "70 percent",
     {"value": 70.0, "kind": "percent"}),
    ("pct-per-cent", "Turnout reached 70 per cent in the capital.", "70 per cent",
     {"unit": "percent"}),
    ("pct-words", "Seventy percent of the seats changed hands.", "Seventy percent",
     {"value": 70.0, "unit": "percent"}),
    ("points", "Support slipped 3 percentage points in a month.", "3 percentage points",
     {"value": 3.0, "unit": "percentage_point", "kind": "percentage-points"}),
    # --- changes
    ("change-higher", "Rents are 200% higher than in the suburbs.", "200%",
     {"kind": "change", "value": 200.0}),
    ("change-rose", "Seizures rose more than 500 percent.", "500 percent",
     {"kind": "change", "hedge": "more-than", "unit": "percent"}),
    ("change-increased", "Fares increased 80 percent.", "80 percent", {"kind": "change"}),
    ("change-by", "Exports dropped by 12 percent.", "12 percent", {"kind": "change"}),
    ("doubled", "The backlog doubled.", "doubled",
     {"kind": "change", "value": 2.0, "unit": "times"}),
    ("tripled", "Ticket prices tripled.", "tripled", {"value": 3.0, "unit": "times"}),
    ("halved", "The deficit was halved.", "halved", {"value": 0.5, "unit": "times"}),
    ("times-higher", "Rates are three times higher here.", "three times",
     {"kind": "change", "value": 3.0, "unit": "times"}),
    ("share-not-change", "About 70 percent of the water is lost.", "70 percent",
     {"kind": "percent"}),
    # --- money
    ("usd-billion", "Congress set aside $10 billion for ports.", "$10 billion",
     {"value": 1e10, "unit": "USD", "kind": "money"}),
    ("us-dollar-prefix", "A meal costs US$3 there.", "US$3", {"value": 3.0, "unit": "USD"}),
    ("euro-m", "The club paid €5m for him.", "€5m", {"value": 5e6, "unit": "EUR"}),
    ("pesos", "Each family got 10,000 pesos.", "10,000 pesos", {"value": 10000.0, "unit": "MXN"}),
    ("pound-bn", "The bailout cost £2.3bn in total.", "£2.3bn", {"value": 2.3e9, "unit": "GBP"}),
    ("cad", "Tickets were C$5 each.", "C$5", {"unit": "CAD"}),
    ("brl", "The fine was R$40.", "R$40", {"unit": "BRL"}),
    ("yen", "A bowl costs ¥800.", "¥800", {"unit": "JPY"}),
    ("dollars-word", "He owed 250 dollars.", "250 dollars", {"unit": "USD", "value": 250.0}),
    ("cents", "Stamps rose to 68 cents.", "68 cents", {"unit": "USD", "value": 0.68}),
    # --- measures
    ("pounds", "The truck hauled 14,000 pounds of scrap.", "14,000 pounds",
     {"value": 14000.0, "unit": "pound", "kind": "measure"}),
    ("tonnes-over", "Police seized over 6 tonnes of cocaine.", "6 tonnes",
     {"unit": "metric_ton", "hedge": "more-than", "noun": "cocaine"}),
    ("tons-short", "The barge moved 4 tons of grain.", "4 tons", {"unit": "short_ton"}),
    ("kilograms", "Agents found 12 kilograms of powder.", "12 kilograms", {"unit": "kilogram"}),
    ("feet", "The wall is 5 feet tall.", "5 feet", {"unit": "foot"}),
    ("mph", "Winds reached 30 mph.", "30 mph",
     {"unit": "mile_per_hour", "kind": "measure", "per": None}),
    ("celsius", "It was -3 °C at dawn.", "-3 °C", {"value": -3.0, "unit": "degree_Celsius"}),
    ("fahrenheit", "A fever above 98.6 degrees Fahrenheit is common.", "98.6 degrees Fahrenheit",
     {"unit": "degree_Fahrenheit", "hedge": "more-than"}),
    ("km-glued", "The pipeline runs 40km inland.", "40km", {"unit": "kilometer"}),
    ("miles", "The fence stretches 6 miles.", "6 miles", {"unit": "mile"}),
    ("acre-feet", "The lake held 412,600 acre-feet in August.", "412,600 acre-feet",
     {"unit": "acre_foot", "value": 412600.0, "kind": "measure"}),
    ("acre-foot-spaced", "It lost 82,200 acre feet.", "82,200 acre feet", {"unit": "acre_foot"}),
    # --- a rate per person per day
    ("per-person-per-day", "Residents use 118 gallons per person per day.", "118 gallons",
     {"unit": "gallon", "per": "person day"}),
    ("per-capita-a-day", "Residents use 118 gallons per capita a day.", "118 gallons",
     {"per": "person day"}),
    ("per-hour-stays-per-hour", "Aides earn $15 per hour a day.", "$15", {"per": "hour"}),
    # --- hedges
    ("nearly", "Nearly 400 homes flooded.", "400", {"hedge": "nearly"}),
    ("almost", "Almost 400 homes flooded.", "400", {"hedge": "nearly"}),
    ("close-to", "Close to 400 homes flooded.", "400", {"hedge": "nearly"}),
    ("just-under", "Just under 400 homes flooded.", "400", {"hedge": "nearly"}),
    ("around", "Around 400 homes flooded.", "400", {"hedge": "about"}),
    ("roughly", "Roughly 400 homes flooded.", "400", {"hedge": "about"}),
    ("approximately", "Approximately 400 homes flooded.", "400", {"hedge": "about"}),
    ("an-estimated", "An estimated 400 homes flooded.", "400", {"hedge": "about"}),
    ("more-than", "More than 400 homes flooded.", "400", {"hedge": "more-than"}),
    ("upwards-of", "Upwards of 400 homes flooded.", "400", {"hedge": "more-than"}),
    ("in-excess-of", "In excess of 400 homes flooded.", "400", {"hedge": "more-than"}),
    ("at-least", "At least 400 homes flooded.", "400", {"hedge": "at-least"}),
    ("no-fewer-than", "No fewer than 400 homes flooded.", "400", {"hedge": "at-least"}),
    ("less-than", "Less than 400 homes flooded.", "400", {"hedge": "less-than"}),
    ("fewer-than", "Fewer than 400 homes flooded.", "400", {"hedge": "less-than"}),
    ("under", "Under 400 homes flooded.", "400", {"hedge": "less-than"}),
    ("up-to", "Up to 400 homes flooded.", "400", {"hedge": "at-most"}),
    ("no-more-than", "No more than 400 homes flooded.", "400", {"hedge": "at-most"}),
    ("plus-suffix", "The camp held 12,000-plus refugees.", "12,000",
     {"hedge": "more-than", "noun": "refugees"}),
    ("or-more", "Buses carry 40 or more riders.", "40", {"hedge": "at-least"}),
    ("or-so", "It takes 300 or so volunteers.", "300", {"hedge": "about"}),
    ("no-hedge", "The 400 homes flooded.", "400", {"hedge": "none"}),
    # --- rates
    ("per-100k", "The county recorded 25 per 100,000 people.", "25",
     {"kind": "rate", "per": "100000 people", "unit": None}),
    ("every-day", "About 6,000 people were crossing every day.", "6,000",
     {"kind": "rate", "per": "day"}),
    ("in-month", "Agents stopped 200,000 migrants in September.", "200,000",
     {"kind": "rate", "per": "month"}),
    ("on-weekday", "Officers detained 9,000 on Saturday alone.", "9,000",
     {"kind": "rate", "per": "day"}),
    ("a-year", "The plant emits 300 tonnes a year.", "300 tonnes",
     {"per": "year", "kind": "measure"}),
    ("annually", "The port handles 500 ships annually.", "500", {"per": "year", "kind": "rate"}),
    ("per-day", "Clinics treat 40 patients per day.", "40", {"per": "day"}),
    ("monthly", "Landlords collect $900 monthly.", "$900", {"per": "month", "kind": "money"}),
    ("a-gallon", "Diesel costs $4.10 a gallon.", "$4.10", {"per": "gallon", "kind": "money"}),
    ("pct-in-month-not-rate", "Unemployment was 3.9% in May.", "3.9%", {"per": None}),
    ("over-period-not-hedge", "Sales doubled over five years.", "five years", {"hedge": "none"}),
    ("a-week", "Volunteers serve 350 meals a week.", "350", {"per": "week"}),
    ("year-ago-not-rate", "The firm hired 50 staff a year ago.", "50",
     {"per": None, "kind": "count"}),
    # --- units after the words that qualify them: the qualifying noun is the noun
    ("qualified-unit-noun", "Buses ran 18.7 million revenue miles.", "18.7 million revenue miles",
     {"unit": "mile", "kind": "measure", "noun": "revenue"}),
    ("qualified-unit-of-noun", "The state maintains 2,400 lane miles of highway.",
     "2,400 lane miles", {"unit": "mile", "noun": "highway"}),
    ("qualified-part-no-noun", "The tank holds 12 US gallons.", "12 US gallons",
     {"unit": "gallon", "noun": None}),
    ("qualified-pounds-money", "She paid two more pounds for the coffee.", "two more pounds",
     {"unit": "GBP", "kind": "money"}),
    ("qualified-revenue-hours-count", "Buses ran 1.4 million revenue hours.", "1.4 million",
     {"unit": None, "kind": "count", "noun": "revenue"}),
    ("per-qualified-unit", "It costs $2 per revenue mile.", "$2", {"per": "mile"}),
    ("per-number-qualified-unit", "The rate was 1.21 deaths per 100 million vehicle miles.",
     "1.21", {"per": "100000000 vehicle miles", "kind": "rate"}),
    # --- ranges
    ("between", "Adults between 18 and 49 were surveyed.", "18", {"range_role": "low"}),
    ("to-metres", "Waves of 8 to 16 metres hit the coast.", "8",
     {"unit": "meter", "kind": "measure", "range_role": "low"}),
    ("money-range", "Estimates run from $3 billion to $5 billion.", "$3 billion",
     {"value": 3e9, "range_role": "low"}),
    ("scale-shared", "The bill could cost 3 to 5 million jobs.", "3",
     {"value": 3e6, "range_role": "low"}),
    ("en-dash", "Adults aged 18–49 were surveyed.", "49", {"range_role": "high"}),
    ("pct-range", "Growth of 10-15% is forecast.", "10", {"unit": "percent", "range_role": "low"}),
    # --- malformed
    ("missing-digit", "Nearly 110,00 residents left.", "110,00",
     {"value": None, "readings": (110000.0, 11000.0), "kind": "count", "hedge": "nearly"}),
    ("extra-digit", "Officials reported 1,0000 cases.", "1,0000",
     {"value": None, "readings": (10000.0, 1000.0)}),
    ("indian", "The trust holds 12,34,567 shares.", "12,34,567",
     {"value": None, "readings": (1234567.0,)}),
    ("short-group", "It earned 1,23 votes.", "1,23", {"value": None}),
    ("dot-thousands", "Organisers counted 6.000 people.", "6.000",
     {"value": None, "readings": (6000.0, 6.0), "kind": "count"}),
    ("doubled-comma", "The charity raised 1,,000 coats.", "1,,000",
     {"value": None, "readings": (1000.0,)}),
    ("doubled-dot", "Scores rose 1..5 points.", "1..5", {"value": None, "readings": (1.5,)}),
    ("letter-o", "A total of 1O,000 tickets were sold.", "1O,000",
     {"value": None, "readings": (10000.0,)}),
    ("letter-l", "About 5l0 cars were recalled.", "5l0", {"value": None, "readings": (510.0,)}),
    ("fine-decimal", "The ratio was 1.25 last year.", "1.25", {"value": 1.25, "malformed": None}),
    # --- not statistics
    ("year-in", "The law changed in 2024.", "2024", {"kind": "year"}),
    ("fiscal-year", "Spending rose in fiscal year 2023.", "2023", {"kind": "year"}),
    ("fy", "The FY2020 budget passed.", "FY2020", {"kind": "year"}),
    ("decade", "Crime fell during the 1990s.", "1990s", {"kind": "year"}),
    ("decade-short", "It was a hit in the '90s.", "'90s", {"kind": "year"}),
    ("year-list", "Data for 2019, 2020 and 2021 are final.", "2020", {"kind": "year"}),
    ("year-like-count", "The shelter took in 1500 migrants.", "1500", {"kind": "count"}),
    ("comma-not-year", "The list named 2,022 people.", "2,022", {"kind": "count"}),
    ("date-abbr", "The summit ended Oct. 4 with a statement.", "4", {"kind": "date"}),
    ("date-month", "Voting closes March 10 nationwide.", "10", {"kind": "date"}),
    ("date-slash", "The memo dated 27/08/2023 leaked.", "27/08/2023", {"kind": "date"}),
    ("date-iso", "The memo dated 2023-06-12 leaked.", "2023-06-12", {"kind": "date"}),
    ("date-day-first", "Talks resumed on 4 October 2023 in Lima.", "4", {"kind": "date"}),
    ("month-year", "Talks resumed in September 2023.", "2023", {"kind": "year"}),
    ("time-colon", "The vote starts at 9:30 sharp.", "9:30", {"kind": "time"}),
    ("time-am", "The vote starts at 9 a.m. sharp.", "9 a.m.", {"kind": "time"}),
    ("ordinal-word", "She finished first in the race.", "first", {"kind": "ordinal"}),
    ("ordinal-digits", "He celebrated his 21st title.", "21st", {"kind": "ordinal"}),
    ("ordinal-rd", "The 3rd round was delayed.", "3rd", {"kind": "ordinal"}),
    ("covid", "COVID-19 closed schools.", "COVID-19", {"kind": "identifier"}),
    ("section", "Section 230 shields platforms.", "230", {"kind": "identifier"}),
    ("interstate", "Traffic stalled on I-95 again.", "I-95", {"kind": "identifier"}),
    ("g7", "The G7 met in Japan.", "G7", {"kind": "identifier"}),
    ("h1n1", "H1N1 spread quickly.", "H1N1", {"kind": "identifier"}),
    ("route", "Route 66 reopened.", "66", {"kind": "identifier"}),
    ("boeing", "A Boeing 737 landed.", "737", {"kind": "identifier"}),
    ("title", "Title 42 expired.", "42", {"kind": "identifier"}),
    ("form", "File Form 1040 by April.", "1040", {"kind": "identifier"}),
    ("url", "Photo: https://example.org/photos/@N03/46226801824 here.", "46226801824",
     {"kind": "identifier"}),
    ("phone-parens", "Call (555) 123-4567 now.", "(555) 123-4567", {"kind": "phone"}),
    ("phone-plus", "Call +1 202 555 0100 now.", "+1 202 555 0100", {"kind": "phone"}),
    ("address-comma", "The office is at Rua das Flores, 737 in town.", "737", {"kind": "address"}),
    ("address-avenue", "Protesters gathered at 1600 Pennsylvania Avenue today.", "1600",
     {"kind": "address"}),
    ("address-street", "He lived at 10 Downing Street then.", "10", {"kind": "address"}),
    ("page", "The chart is on page 12.", "12", {"kind": "reference"}),
    ("p-dot", "See p. 4 for sources.", "4", {"kind": "reference"}),
    ("chapter", "Read chapter 3 first.", "3", {"kind": "reference"}),
    ("section-sign", "Under § 12 the fee is waived.", "12", {"kind": "reference"}),
    ("version-v", "Install v2.1.3 today.", "v2.1.3", {"kind": "version"}),
    ("version-python", "It needs Python 3.11 or later.", "3.11", {"kind": "version"}),
    ("list-number", "Steps:\n1. Open the box", "1", {"kind": "list-number"}),
    ("age-hyphen", "A 34-year-old driver was charged.", "34-year-old", {"kind": "age"}),
    ("age-aged", "The driver, aged 34, was charged.", "34", {"kind": "age"}),
    ("duration", "He served 16 years in the Senate.", "16 years", {"kind": "duration"}),
    ("duration-words", "The inquiry lasted five years.", "five years", {"kind": "duration"}),
    ("duration-hyphen", "It was a two-day visit.", "two-day", {"kind": "duration"}),
    ("duration-decade", "It ended a two-decade feud.", "two-decade", {"kind": "duration"}),
    ("pronoun-of", "One of the four brothers stayed.", "One", {"kind": "pronoun"}),
    ("pronoun-such", "Not one such case was found.", "one", {"kind": "pronoun"}),
    ("pronoun-or-other", "Voters backed one party or the other.", "one", {"kind": "pronoun"}),
    # --- more number shapes
    ("leading-decimal", "The tax rose by .25 points.", ".25", {"value": 0.25}),
    ("slash-fraction", "Roughly 3/4 of the land is farmed.", "3/4",
     {"value": 0.75, "hedge": "about"}),
    ("mixed-fraction", "The pipe is 2 1/2 inches wide.", "2 1/2 inches",
     {"value": 2.5, "unit": "inch"}),
    ("slash-identifier", "The clinic is open 24/7 now.", "24/7", {"kind": "identifier"}),
    ("e-notation", "The sample held 3e6 cells.", "3e6", {"value": 3e6}),
    ("times-ten", "The error was 2.5×10−3 at most.", "2.5×10−3", {"value": 0.0025}),
    ("point-words", "The index reached two hundred point five.", "two hundred point five",
     {"value": 200.5, "precision": 0.1}),
    ("and-a-quarter", "The loan ran one and a quarter years.", "one and a quarter years",
     {"value": 1.25, "kind": "duration"}),
    ("digit-dozens", "They ordered 3 dozen roses.", "3 dozen", {"value": 36.0, "noun": "roses"}),
    ("words-dozens", "They ordered three dozen roses.", "three dozen", {"value": 36.0}),
    ("half-a-dozen", "Half a dozen boats sank.", "Half a dozen", {"value": 6.0}),
    ("a-hundred-and", "A hundred and two guests came.", "A hundred and two", {"value": 102.0}),
    ("minus-word", "Readings fell to minus 12 overnight.", "minus 12", {"value": -12.0}),
    ("glued-celsius", "It hit 40C in Seville.", "40C", {"unit": "degree_Celsius", "value": 40.0}),
    ("glued-identifier", "New 5G masts went up.", "5G", {"kind": "identifier"}),
    ("model-suffix", "A Boeing 747-400 landed.", "747-400", {"kind": "identifier"}),
    ("currency-T", "The economy is worth $2.1T.", "$2.1T", {"value": 2.1e12}),
    ("per-slash", "Drivers earn $15.40/hour.", "$15.40", {"per": "hour"}),
    ("per-kg", "Gold sold at $60,000 per kg.", "$60,000", {"per": "kilogram", "kind": "money"}),
    ("ages-range", "People between the ages of 18 and 49 were asked.", "49",
     {"kind": "age", "range_role": "high"}),
    ("twenty-first", "It is the twenty-first edition.", "twenty-first",
     {"kind": "ordinal", "value": 21.0}),
    ("a-fifth", "A fifth of homes lack heat.", "A fifth", {"value": 0.2, "kind": "fraction"}),
    ("three-fifths", "Three fifths of voters agreed.", "Three fifths", {"value": 0.6}),
    ("percentage-word", "Turnout hit 55 percentage in one poll.", "55 percentage",
     {"unit": "percent"}),
    ("pounds-money", "The club spent 20 million pounds on him.", "20 million pounds",
     {"unit": "GBP", "kind": "money", "value": 2e7}),
    ("pounds-weight-of", "Agents seized 300 pounds of meth.", "300 pounds",
     {"unit": "pound", "noun": "meth"}),
    ("spaced-celsius", "It is 30 C outside.", "30 C", {"unit": "degree_Celsius"}),
    ("btu", "The boiler gives 15,000 British thermal units.", "15,000 British thermal units",
     {"unit": "british_thermal_unit", "kind": "measure"}),
    ("hyphen-unit-words", "He carried a twenty-pound bag.", "twenty-pound",
     {"unit": "pound", "value": 20.0}),
    ("fold", "Prices saw a ten-fold rise.", "ten-fold",
     {"kind": "change", "value": 10.0, "unit": "times"}),
    ("thousands-digits", "The 1,000s of fans waited.", "1,000s",
     {"kind": "vague", "low": 1000.0, "high": 9999.0, "noun": "fans"}),
    ("age-decade", "She is in her 20s now.", "20s", {"kind": "age"}),
    ("decade-the", "Music of the 80s returned.", "80s", {"kind": "year", "value": 1980.0}),
    ("word-age", "A three-year-old boy was found.", "three-year-old",
     {"kind": "age", "value": 3.0}),
    ("pronoun-modal", "Anyone who wants one can have it.", "one", {"kind": "pronoun"}),
]


@pytest.mark.parametrize(("sentence", "span", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_extract_case(sentence: str, span: str, expected: dict[str, Any]) -> None:
    _check(_one(sentence, span), expected)


ABSENT: list[tuple[str, str, str]] = [
    ("article-a", "A man walked a dog.", "A"),
    ("some-of", "Some of them left.", "Some"),
    ("per-second-unit", "It spins at ten turns per second.", "second"),
    ("rate-denominator", "The rate is 25 per 100,000 people.", "100,000"),
    ("hedge-not-in-span", "Nearly 110,000 people died.", "Nearly 110,000"),
    ("zero-denominator", "The value 1/0 is undefined.", "1/0"),
    ("bare-million-word", "The million-dollar question remains.", "million"),
]


@pytest.mark.parametrize(("sentence", "span"), [c[1:] for c in ABSENT], ids=[c[0] for c in ABSENT])
def test_not_a_quantity(sentence: str, span: str) -> None:
    assert span not in [q.text for q in extract_quantities(sentence)]


def test_range_ends_share_id() -> None:
    qs = extract_quantities("Costs run from $3 billion to $5 billion.")
    assert [q.range_role for q in qs] == ["low", "high"]
    assert qs[0].range_id == qs[1].range_id is not None


def test_order_and_spans() -> None:
    text = "In 2022, nearly 110,000 people died; 70% were men, up 3 percentage points."
    qs = extract_quantities(text)
    assert [q.text for q in qs] == ["2022", "110,000", "70%", "3 percentage points"]
    assert all(text[q.start:q.end] == q.text for q in qs)
    assert [q.is_statistic for q in qs] == [False, True, True, True]


def test_empty_and_no_numbers() -> None:
    assert extract_quantities("") == []
    assert extract_quantities("No numbers here at all.") == []


def test_range_needs_same_units() -> None:
    qs = extract_quantities("Shares fell 2.5% to $14.30.")
    assert [q.range_id for q in qs] == [None, None]


def test_rate_denominator_is_not_emitted() -> None:
    qs = extract_quantities("Deaths reached 25 per 100,000 residents in 2022.")
    assert [q.text for q in qs] == ["25", "2022"]
    assert qs[0].per == "100000 residents"


def test_fast_construction_matches_validation() -> None:
    for q in extract_quantities("Nearly 110,00 people, $10 billion a year, 18–49, tens "
                                "of thousands."):
        assert Quantity.model_validate(q.model_dump()) == q


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [("The score was 3-1 and the vote 218-212.", [None, None, None, None]),
     ("He is 6-foot-5.", [None, None]),
     ("The 2019-20 season ended.", [1, 1])],
    ids=["scores", "height", "season"],
)
def test_falling_pairs_are_not_ranges(sentence: str, texts: list[int | None]) -> None:
    assert [q.range_id for q in extract_quantities(sentence)] == texts


def test_quantities_are_models() -> None:
    q = extract_quantities("It cost $5.")[0]
    assert isinstance(q, Quantity)
    assert q.model_dump()["unit"] == "USD"


SEPARATED = [
    ("space-grouped-thousands", "The town paid 25 000 dollars for the bridge.",
     [("25 000 dollars", 25000.0, "money")]),
    ("space-groups-need-three-digits", "Teams of 12 10 and 8 played.",
     [("12", 12.0, "count"), ("10", 10.0, "count"), ("8", 8.0, "count")]),
    ("unit-exponent-is-not-a-number", "The lake covers 40 km^2 of the valley.",
     [("40 km", 40.0, "measure")]),
    ("glued-unit-letter-then-digit", "Sample 07F3 was lost, but 30 °F was the low.",
     [("30 °F", 30.0, "measure")]),
    ("plus-joined-catalogue-number", "Quasar PKS 1127+145 was seen by 40 observers.",
     [("40", 40.0, "count")]),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in SEPARATED],
                         ids=[c[0] for c in SEPARATED])
def test_separators_exponents_and_catalogue_numbers(sentence: str,
                                                    expected: list[tuple[str, float,
                                                                         str | None]]) -> None:
    got = [(q.text, q.value, q.kind) for q in extract_quantities(sentence) if q.is_statistic]
    want = [(t, v, k) for t, v, k in expected]
    assert [(t, v) for t, v, _ in got] == [(t, v) for t, v, _ in want]
    assert all(k is None or gk == k for (_, _, gk), (_, _, k) in zip(got, want, strict=True))


RATIOS_AND_MILLIONS = [
    ("n-in-m", "Seven in 10 voters agreed.", [("Seven in 10", 0.7, "fraction")]),
    ("n-out-of-m", "Three out of four guns were rifles.",
     [("three out of four", 0.75, "fraction")]),
    ("one-in-five", "One in five adults smoke.", [("One in five", 0.2, "fraction")]),
    ("in-a-year-is-no-ratio", "They won 2 in 2022.", [("2", 2.0, "count")]),
    ("larger-first-is-no-ratio", "We saw 5 in 3 cases.",
     [("5", 5.0, "count"), ("3", 3.0, "count")]),
    ("m-before-people-is-million", "Some 1.2m more people could die.", [("1.2m", 1.2e6, "count")]),
    ("m-before-adjective-is-metres", "The wall is 1.5m wide.", [("1.5m", 1.5, "measure")]),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in RATIOS_AND_MILLIONS],
                         ids=[c[0] for c in RATIOS_AND_MILLIONS])
def test_ratios_and_glued_millions(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    got = [(q.text, q.value, q.kind) for q in extract_quantities(sentence) if q.is_statistic]
    assert [(t.lower(), v, k) for t, v, k in got] == [(t.lower(), pytest.approx(v), k)
                                                      for t, v, k in expected]


@pytest.mark.parametrize("sentence", [
    "Open 000_e83ba781ee059829.txt now.", "Set run_2023 to true.", "Agent 007 returned.",
], ids=["file-name", "snake-case-name", "leading-zero-code"])
def test_codes_and_file_names_are_identifiers(sentence: str) -> None:
    assert [q.kind for q in extract_quantities(sentence)] == ["identifier"]


MIXED = [
    ("hundred-and-three-quarters", "It weighed one hundred and three quarters tonnes.", 100.75),
    ("twenty-and-three-fifths", "The index stood at twenty and three fifths.", 20.6),
    ("a-hundredth", "It lasted a hundredth of a second.", 0.01),
    ("three-hundredths", "Three hundredths of the vote went elsewhere.", 0.03),
]


@pytest.mark.parametrize(("sentence", "value"), [c[1:] for c in MIXED], ids=[c[0] for c in MIXED])
def test_mixed_numbers_and_small_fractions(sentence: str, value: float) -> None:
    got = [q.value for q in extract_quantities(sentence) if q.is_statistic]
    assert got == [pytest.approx(value)]


def test_the_hundredth_is_an_ordinal() -> None:
    assert [q.kind for q in extract_quantities("The hundredth anniversary came.")] == ["ordinal"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bring a gallon of milk.", [("a gallon", 1.0, "gallon")]),
    ("An ounce of prevention helps.", [("An ounce", 1.0, "ounce")]),
    ("It ran a quarter mile.", [("a quarter", 0.25, None)]),
    ("They took a ton of criticism.", []),
], ids=["a-gallon", "an-ounce", "a-quarter-mile-is-a-fraction", "a-ton-of-is-an-idiom"])
def test_article_before_a_unit_is_one(sentence: str,
                                      expected: list[tuple[str, float, str | None]]) -> None:
    assert [(q.text, q.value, q.unit) for q in extract_quantities(sentence)] == expected
