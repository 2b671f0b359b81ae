"""The command line's plain coercion: the values typer's adapters would pass, without them."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from factcheck.cli.coerce import _plain

PLAIN = [
    ("str", "auto", (True, "auto")),
    ("str", "", (True, "")),
    ("str", b"x", (False, None)),  # bytes: typer decodes them
    ("bool", True, (True, True)),
    ("bool", False, (True, False)),
    ("bool", "yes", (False, None)),  # typer's own truth words
    ("int", 3, (True, 3)),
    ("int", "12", (True, 12)),
    ("int", "007", (True, 7)),
    ("int", "-3", (False, None)),  # a sign: typer's parser
    ("int", "2.5", (False, None)),
    ("int", "\u0663", (False, None)),  # an Arabic-Indic digit: typer decides
    ("int", True, (False, None)),  # a bool is no int here
    ("list-str", ("a.md", "b.md"), (True, ["a.md", "b.md"])),
    ("list-str", "a.md", (True, ["a.md"])),
    ("list-str", (), (True, [])),
    ("list-str", ("a.md", 3), (False, None)),
]


@pytest.mark.parametrize(("kind", "value", "expected"), PLAIN,
                         ids=[f"{k}-{v!r}" for k, v, _ in PLAIN])
def test_plain_values_pass_and_others_go_to_typer(kind: str, value: Any,
                                                  expected: tuple[bool, Any]) -> None:
    assert _plain(kind, value) == expected


CASES = [
    ("every-kind", ["--jobs", "2", "--select", "FC101", "--show-verified", "-f", "json", "d.md"],
     False),
    ("defaults", [], False),
    ("bad-jobs", ["--jobs", "x"], True),  # the message is typer's own
]


@pytest.mark.parametrize(("name", "args", "pydantic"), CASES, ids=[c[0] for c in CASES])
def test_parsing_scan_flags_builds_no_typer_adapter(name: str, args: list[str],
                                                    pydantic: bool) -> None:
    """Parsing plain flags imports no pydantic; a value typer must judge still goes to it."""
    code = ("import sys, typer.main; from factcheck.cli import app\n"
            "scan = typer.main.get_command(app).commands['scan']\n"
            "try:\n    scan.make_context('scan', sys.argv[1:])\nexcept Exception:\n    pass\n"
            "print('pydantic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == str(pydantic)
