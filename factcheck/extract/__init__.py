"""The extraction stage: find every number in prose and say what kind of number it is.

quantities (the scan and the entry point `extract_quantities`), numwords (number words and
digit tokens), reading (one number being read, and its conversion to a Quantity), classify
and context (the passes that read a number's surroundings), words (readers of the words
around a number), vocabulary (the word tables, as data), join (ranges, ratios, mixed
numbers), report (`factcheck extract` output).
"""

from typing import Any

__all__ = ["extract_quantities"]


def __getattr__(name: str) -> Any:
    # Lazy, so that importing one extraction module does not import them all.
    if name == "extract_quantities":
        from factcheck.extract.quantities import extract_quantities

        return extract_quantities
    raise AttributeError(f"module 'factcheck.extract' has no attribute {name!r}")
