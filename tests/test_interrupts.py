"""factcheck.interrupts: a Ctrl-C swallowed by C code is noted, never printed as a traceback."""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import os, signal, time
from factcheck import interrupts
interrupts.install()
class Swallowed:
    def __del__(self):
        raise KeyboardInterrupt  # what Python reports as "Exception ignored"
Swallowed()
print(interrupts.interrupted())
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(5)
except KeyboardInterrupt:
    print(interrupts.interrupted())
"""


def test_a_swallowed_interrupt_is_silent_and_a_real_one_is_noted() -> None:
    proc = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True,
                          timeout=30, check=False)
    assert proc.stdout.split() == ["False", "True"], proc
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
