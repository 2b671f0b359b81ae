"""A scan reads factcheck's package metadata only for the one format that prints its links."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

REGISTRY = str(Path(__file__).resolve().parent.parent / "figures.yaml")
FORMATS = [("json", 0), ("concise", 0), ("github", 0), ("sarif", 1)]


@pytest.mark.parametrize(("fmt", "reads"), FORMATS, ids=[f[0] for f in FORMATS])
def test_only_sarif_reads_the_project_urls(fmt: str, reads: int, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def urls() -> dict[str, str]:
        calls.append(1)
        return {"homepage": "https://example.org/fc"}

    monkeypatch.setattr("factcheck.docs.project_urls", urls)
    draft = tmp_path / "d.md"
    draft.write_text("The bakery sold 4,321 croissants on Tuesday.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "-r", REGISTRY, "--format", fmt, "--fail-on",
                                      "never", str(draft)])
    assert result.exit_code == 0, result.output
    assert bool(calls) == bool(reads)
    assert ("https://example.org/fc" in result.output) == bool(reads)
