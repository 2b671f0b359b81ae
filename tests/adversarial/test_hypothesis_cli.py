"""Property: any mix of digits, separators, units, currency, Unicode lookalikes and markup,
scanned through the command line (`scan -`, as x.md, JSON), exits 0 or 1 without a
traceback, and every finding's line, column and end point at its text in the input."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app

REGISTRY = str(Path(__file__).resolve().parent.parent / "golden" / "scan" / "figures.yaml")

PIECES = [
    "0", "1", "7", "48", "000", "2023", ",", ".", " ", "-", "–", "/", ":", "%", "$", "€", "£", "¥",
    "percent", " million", " billion", " riders", " metro", " km", " mg", " m", "μm", "µg", " ſtop",
    "１２", "３", "\u2212", "\u00a0", "\u2009", "\u200b", "about ", "nearly ", "one ", "dozen ",
    "*", "_", "`", "[", "](x)", "<b>", "</b>", "<!--", "-->", "&amp;", "&#37;", "\\", "#", "> ",
    "\n", "\n\n", "\r\n", "\t", "(", ")", "x", "The ", " a day in ",
]

text_strategy = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join)


def _lines(text: str) -> list[str]:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=text_strategy)
def test_any_mix_scans_cleanly_with_exact_positions(text: str) -> None:
    result = CliRunner().invoke(app, ["scan", "-", "--stdin-filename", "x.md", "--format", "json",
                                      "--registry", REGISTRY, "--show-verified"],
                                      input=text.encode("utf-8"))
    assert result.exception is None or isinstance(result.exception,
                                                  SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1), result.output
    lines = _lines(text)
    for f in json.loads(result.stdout)["findings"]:
        if f["line"] == f["end_line"]:
            got = lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1]
        else:
            head = lines[f["line"] - 1][f["column"] - 1:]
            tail = lines[f["end_line"] - 1][:f["end_column"] - 1]
            got = "\n".join([head, *lines[f["line"]:f["end_line"] - 1], tail])
        # The span is the source's; the text is the prose (entities and escapes decoded).
        # Inline markup inside a number's span ("1[0](x)" reads "10") is not prose either.
        got = re.sub(r"\]\(x\)|</?b>|[*_`\[]", "", got)
        prose = html.unescape(re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", got))
        assert " ".join(prose.split()) == " ".join(f["text"].split()), (f, text)
