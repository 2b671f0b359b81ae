"""factcheck: a statistics fact-checker for newsroom drafts."""

__version__ = "0.1.0"
