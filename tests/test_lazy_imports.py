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

