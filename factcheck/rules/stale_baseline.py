"""FC113 stale-baseline: a baseline entry that accepts no finding any more.

What it flags: an entry of the `--baseline` file whose draft was scanned but which matches
none of that draft's findings: the number was corrected, its sentence rewritten, or the
rule no longer reports it. It is reported at the entry's line of the baseline file, so the
list of accepted findings only shrinks. Entries of drafts that this scan did not read, and
of rules it did not run, are not judged.

Why: a baseline that still lists fixed findings would silently accept them again if the
same mistake came back in the same sentence.

Example: `factcheck scan --baseline .factcheck-baseline.json drafts/` after "110,00" was
corrected to "110,000" -> `.factcheck-baseline.json:2:1: FC113 baseline entry FC104
'110,00' (drafts/a.md, was line 3) matches no finding; rewrite it with --write-baseline`.
"""

from __future__ import annotations

from factcheck.models import Scope

CODE, NAME, SEVERITY, SCOPE = "FC113", "stale-baseline", "info", Scope.SUPPRESSION
SUMMARY = "A baseline entry matches no finding of the draft it names."
