"""A scan imports only what it uses: the formats it does not write are never imported."""

from __future__ import annotations

import subprocess
import sys

import pytest

# (what is imported, a module it must not import)
LAZY = [
    pytest.param("factcheck.reporters", "factcheck.reporters.html", id="reporters-no-html"),
    pytest.param("factcheck.reporters", "factcheck.reporters.sarif", id="reporters-no-sarif"),
    pytest.param("factcheck.reporters", "factcheck.reporters.junit", id="reporters-no-junit"),
    pytest.param("factcheck.reporters", "factcheck.reporters.console", id="reporters-no-console"),
]


def imported_after(module: str) -> set[str]:
    """Return the modules a fresh interpreter holds after importing `module`."""
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    return set(out.split())


@pytest.mark.parametrize(("module", "unused"), LAZY)
def test_module_is_not_imported_until_used(module: str, unused: str) -> None:
    assert unused not in imported_after(module)



# (a draft, the patterns its extraction compiles of those compiled on first use)
COMPILED = [
    pytest.param("Crime fell 8 percent to 1,162 in 2025.", [], id="plain-draft"),
    pytest.param("At first, one official said 12 were hurt.",
                 ["_idiom_re", "_source_speaks_re"], id="idiom-and-source"),
]
GETTERS = ("pronouns._idiom_re", "pronouns._source_speaks_re")


@pytest.mark.parametrize(("text", "compiled"), COMPILED)
def test_a_pattern_is_compiled_when_a_draft_needs_it(text: str, compiled: list[str]) -> None:
    code = ("import sys\nfrom factcheck.extract import pronouns\n"
            "from factcheck.extract.quantities import extract_quantities\n"
            f"extract_quantities({text!r})\n"
            f"for g in {GETTERS!r}:\n"
            "    if eval(g).cache_info().currsize: print(g.split('.')[1])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == compiled
