"""factcheck: a statistics fact-checker for newsroom drafts.

Public API: `extract_quantities`, `load_registry`, `scan_text`, and the models. Imports are
lazy so that `factcheck --version` and text without units stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["extract_quantities", "load_registry", "scan_text"]

if TYPE_CHECKING:
    from factcheck.engine import scan_text
    from factcheck.extract import extract_quantities
    from factcheck.registry import load_registry

_LAZY = {
    "extract_quantities": "factcheck.extract",
    "load_registry": "factcheck.registry",
    "scan_text": "factcheck.engine",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
