"""Family 5: a broken or hostile configuration is an error naming it, never ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from adversarial._helpers import assert_clean, assert_one_error, run

HOSTILE = {
    "pyproject-bad-table-header": ("pyproject.toml", b"[tool.factcheck\nfail-on = 'never'\n",
                                   "pyproject.toml:1"),
    "pyproject-bad-quoted-header": ("pyproject.toml", b"[tool.'factcheck'\nfail-on = 'never'\n",
                                    "pyproject.toml:1"),
    "pyproject-syntax-error": ("pyproject.toml", b"[tool.factcheck]\nfail-on = \n",
                               "pyproject.toml:2"),
    "pyproject-invalid-utf8": ("pyproject.toml",
                               b"[tool.factcheck]\n# caf\xe9\nfail-on = 'never'\n",
                               "pyproject.toml:2"),
    "pyproject-format-xml": ("pyproject.toml", b"[tool.factcheck]\nformat = 'xml'\n",
                             "pyproject.toml:2"),
    "pyproject-deep-nesting": ("pyproject.toml", b"[tool.factcheck]\nx = " + b"[" * 100_000 + b"\n",
                               "pyproject.toml"),
    "dotfile-invalid-utf8": (".factcheck.toml", b"fail-on = 'never'\n# \xff\n",
                             ".factcheck.toml:2"),
    "dotfile-format-xml": (".factcheck.toml", b"format = 'xml'\n", ".factcheck.toml:1"),
    "dotfile-nul-byte": (".factcheck.toml", b"fail-on = 'ne\x00ver'\n", ".factcheck.toml:1"),
    "dotfile-deep-nesting": (".factcheck.toml", b"x = " + b"{a=" * 50_000 + b"\n",
                             ".factcheck.toml"),
    "dotfile-deep-arrays": (".factcheck.toml", b"x = " + b"[" * 100_000 + b"\n", ".factcheck.toml"),
    "dotfile-jobs-huge": (".factcheck.toml", b"jobs = 99999999999999999999\n", ".factcheck.toml:1"),
    "dotfile-registry-number": (".factcheck.toml", b"registry = 5\n", ".factcheck.toml:1"),
    "dotfile-tolerance-nan": (".factcheck.toml", b"[tolerance]\nrelative = nan\n",
                              ".factcheck.toml:2"),
    "dotfile-tolerance-inf": (".factcheck.toml", b"[tolerance]\nrelative = inf\n",
                              ".factcheck.toml:2"),
}


@pytest.mark.parametrize(("name", "data", "where"), HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("command", ["scan", "config"])
def test_hostile_config_is_one_error_naming_it(work: Path, name: str, data: bytes, where: str,
                                               command: str) -> None:
    (work / name).write_bytes(data)
    args = ["scan", "d.md"] if command == "scan" else ["config"]
    assert_one_error(run(args, work), where)


EXPLICIT = {
    "missing": ("nope.toml", "nope.toml"),
    "a-directory": ("sources", "sources"),
}


@pytest.mark.parametrize(("path", "name"), EXPLICIT.values(), ids=EXPLICIT.keys())
def test_explicit_config_that_cannot_be_read(work: Path, path: str, name: str) -> None:
    assert_one_error(run(["scan", "--config", path, "d.md"], work), name)
    assert_one_error(run(["config", "--config", path], work), name)


def test_someone_elses_broken_pyproject_is_not_ours(work: Path) -> None:
    (work / "pyproject.toml").write_bytes(b"[project\nname = 'x'\n")
    assert_clean(run(["scan", "d.md"], work))
