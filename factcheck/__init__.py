"""factcheck: a statistics fact-checker for newsroom drafts.

Public API: `extract_quantities`, `load_registry`, `scan_text`, and the models. Imports are
lazy so that `factcheck --version` and text without units stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["extract_quantities", "load_registry", "scan_text"]

if TYPE_CHECKING:
    from factcheck.extract.quantities import extract_quantities
    from factcheck.registry.load import load_registry
    from factcheck.scan import scan_text

_LAZY = {
    "extract_quantities": "factcheck.extract.quantities",
    "load_registry": "factcheck.registry.load",
    "scan_text": "factcheck.scan",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
