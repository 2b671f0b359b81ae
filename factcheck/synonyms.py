"""Newsroom vocabulary: words that name the same thing in a statistic, one group a line.

Matching reads every word through this table, so a figure whose keywords say "homicides"
is found by a draft that says "killings", and "died" meets "deaths". A group holds words
a reporter uses interchangeably for what is counted or how it changed; words that count
different things stay apart (deaths are not killings: an overdose death is no homicide).
A registry adds its own groups under a top-level `synonyms:` map (docs/registry.md).
"""

from __future__ import annotations

# One group a line; the first word names the group. Inflections need not be listed: the
# stemmer joins "killing" and "killings", "seized" and "seizes".
GROUPS = """
death deaths died dies dead die fatalities fatality
killing killings homicides homicide murders murder slayings slaying
seized seizures seizure seize confiscated confiscation impounded
arrests arrest arrested apprehensions apprehended apprehend detained detentions
migrants migrant immigrants immigrant
overdoses overdose overdosed
firearms firearm guns gun weapons weapon
drugs drug narcotics
jobs job positions payrolls payroll hires hiring
unemployed jobless
unemployment joblessness
earnings wages wage pay paychecks salaries salary
workers worker employees employee staff
layoffs layoff lay-offs
claims claim filings
crashes crash collisions collision accidents accident wrecks
injuries injury injured hurt
pedestrians pedestrian walkers walker
cyclists cyclist bicyclists bicyclist
drivers driver motorists motorist
passengers passenger riders rider travelers traveler
trips trip journeys rides ride
students student pupils pupil
teachers teacher educators
homes home houses house dwellings
homeless unhoused homelessness
evictions eviction
rent rents rental
patients patient
doctors doctor physicians physician
hospitals hospital
spending spent spend expenditures expenditure outlays outlay
revenue revenues receipts
taxes tax
companies company firms firm businesses business
plants plant factories factory
lawsuit lawsuits suit suits
indictments indictment indicted
convictions conviction convicted
prisoners prisoner inmates inmate
police cops
increase increased increases rose rise rises risen grew grow growth gain gained gains climbed climb jumped jump
decrease decreased decreases fell fallen declined decline declines dropped drop drops dipped slid plunged shrank
median typical
annual yearly
governor gov
senator sen
representative rep
department dept
votes vote ballots ballot
sales sold
exports exported
imports imported
emissions emitted
apartments apartment flats
permits permit authorizations
landlords landlord lessors
tenants tenant renters renter
vacancy vacancies vacant
mortgages mortgage
foreclosures foreclosure
shelters shelter
electricity electric
generation generated generating
outages outage blackouts blackout
customers customer ratepayers ratepayer
solar photovoltaic
turbines turbine
greenhouse ghg
carbon co2
rainfall rain precipitation
snowfall snow
temperature temperatures temps
wildfires wildfire blazes blaze
floods flood flooding
robberies robbery holdups
burglaries burglary break-ins
assaults assault
thefts theft stolen larcenies larceny
shootings shooting
jail jails
prosecutors prosecutor
crimes crime offenses offences
victims victim
nurses nurse
bankruptcies bankruptcy
profits profit
loans loan lending
debt debts borrowing
cars car vehicles vehicle autos automobiles
trucks truck lorries lorry
buses bus
citations citation tickets ticket
voters voter electorate
lawmakers lawmaker legislators legislator
residents resident inhabitants
deportations deportation removals deported
refugees refugee
soldiers soldier troops
seniors senior elderly
veterans veteran
complaints complaint grievances
violations violation infractions
maximum max cap ceiling
minimum min
"""


def groups() -> list[tuple[str, ...]]:
    """Return the shipped groups, each a tuple of words."""
    return [tuple(line.split()) for line in GROUPS.strip().splitlines() if line.strip()]
