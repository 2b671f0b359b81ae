"""FC109 unused-suppression: a suppression comment that suppresses nothing.

What it flags: a `<!-- factcheck: ignore CODE -->` (or `off`/`ignore-file`) directive that
matches no finding, and a directive that cannot be parsed. Stale suppressions hide future
errors; a typo in one hides nothing at all.

Example: `<!-- factcheck: ignore FC101 -- checked with the CDC -->` above a line whose
numbers are all verified -> info.
"""

from __future__ import annotations

from factcheck.models import Scope

CODE, NAME, SEVERITY, SCOPE = "FC109", "unused-suppression", "info", Scope.SUPPRESSION
SUMMARY = "A suppression comment matches nothing, or cannot be parsed."
