"""The words extraction reads, as data, one module per job: number words, hedges, the words
that make a number a year, date, identifier, reference, version, pronoun, age or change, and
the counted-noun stop list. Each table is written here once; the passes in
:mod:`factcheck.extract.classify` and :mod:`factcheck.extract.context` and the readers in
:mod:`factcheck.extract.words` and :mod:`factcheck.extract.numwords` look words up in them.

The unit lexicon (measure, time, percent and currency words, digit scales such as "bn" and
"k", rate words) stays in :mod:`factcheck.units`, which checking shares.
"""

from __future__ import annotations

from factcheck.extract.vocabulary.hedges import *  # noqa: F403  (the tables, re-exported)
from factcheck.extract.vocabulary.kinds import *  # noqa: F403  (the tables, re-exported)
from factcheck.extract.vocabulary.lookalikes import *  # noqa: F403  (the tables, re-exported)
from factcheck.extract.vocabulary.nouns import *  # noqa: F403  (the tables, re-exported)
from factcheck.extract.vocabulary.numbers import *  # noqa: F403  (the tables, re-exported)
from factcheck.extract.vocabulary.roles import *  # noqa: F403  (the tables, re-exported)
