"""Ctrl-C is never lost, nor mistaken for bad input, when it lands inside a library's C code.

A SIGINT raises KeyboardInterrupt in whatever Python code runs; inside a C extension's
callback (pydantic-core compiling a pattern, say) the exception is swallowed, Python prints
"Exception ignored" with a traceback, and the C code carries on with a failure of its own:
a registry that is fine was reported invalid. So every SIGINT is noted, a swallowed one is
not printed, and the command line ends any run that saw one as an interrupt (exit 130).
"""

from __future__ import annotations

import signal
import sys
from types import FrameType

_seen = False


def install() -> None:
    """Note every SIGINT, and keep Python from printing one that C code swallowed."""
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        return  # a caller (a test runner, an embedding app) handles it its own way
    signal.signal(signal.SIGINT, _interrupt)
    default = sys.unraisablehook

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        if not isinstance(unraisable.exc_value, KeyboardInterrupt):
            default(unraisable)

    sys.unraisablehook = hook


def _interrupt(signum: int, frame: FrameType | None) -> None:
    global _seen
    _seen = True
    raise KeyboardInterrupt


def interrupted() -> bool:
    """Say whether a SIGINT arrived since the process started."""
    return _seen
