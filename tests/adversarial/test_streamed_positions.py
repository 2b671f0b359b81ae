"""Family 10: a huge draft scanned in chunks reports the same findings, at exact positions.

STREAM_BYTES and CHUNK_BYTES are made small (as tests/test_streaming.py does) so that small
files are chunked; every finding's line, column and end must point at its text in the
file, and the findings must equal those of the whole-file scan.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import pipeline
from factcheck.cli import app

REGISTRY = str(Path(__file__).resolve().parent.parent / "golden" / "scan" / "figures.yaml")
SENTENCES = [
    "The metro carried nearly 48,000 riders a day in 2023.",
    "There were 21,2 traffic deaths in the city in 2022.",
    "The new ferry can carry 30,000 pounds (nearly 20 tonnes) of cargo.",
    "About 35 percent of commuters rode a bicycle to work in 2023.",
    "The city also planted 5,000 trees last spring.",
]

LAYOUTS = {
    "one-long-line": lambda n: " ".join(SENTENCES * n) + "\n",
    "one-long-line-no-newline": lambda n: " ".join(SENTENCES * n),
    "one-long-line-crlf-after": lambda n: (
        " ".join(SENTENCES * n) + "\r\n\r\nThe metro carried nearly 48,000 riders.\r\n"),
    "bom-and-one-long-line": lambda n: "\ufeff" + " ".join(SENTENCES * n) + "\n",
    "long-lines-no-blank-lines": lambda n: (
        "\n".join(" ".join(SENTENCES * 8) for _ in range(n // 8)) + "\n"),
    "no-spaces-at-all": lambda n: (
        ("x" * 9000) + " The metro carried nearly 48,000 riders a day in 2023.\n"),
    "unicode-wide-line": lambda n: (
        " ".join(s.replace("The", "Thé") for s in SENTENCES * n) + " — fin\n"),
}


def _scan(path: Path) -> tuple[int, list[dict[str, object]]]:
    result = CliRunner().invoke(app, ["scan", "--registry", REGISTRY, "--format", "json",
                                      "--fail-on", "never", str(path)])
    assert result.exit_code == 0, result.output
    return result.exit_code, json.loads(result.stdout)["findings"]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("make", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_chunked_positions_point_at_the_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make,
                                             suffix: str) -> None:  # type: ignore[no-untyped-def]
    text = make(60)
    draft = tmp_path / f"big{suffix}"
    draft.write_bytes(text.encode("utf-8"))
    _, whole = _scan(draft)
    monkeypatch.setattr(pipeline, "STREAM_BYTES", 1000)
    monkeypatch.setattr(pipeline, "CHUNK_BYTES", 300)
    from factcheck.documents import chunks as documents

    chunks = []
    real = documents.iter_paragraph_chunks

    def spy(*a, **k):  # type: ignore[no-untyped-def]
        for chunk in real(*a, **k):
            chunks.append(chunk)
            yield chunk

    monkeypatch.setattr(documents, "iter_paragraph_chunks", spy)
    _, streamed = _scan(draft)
    assert len(chunks) > 3
    assert "".join(c for c, _, _ in chunks) == text  # nothing lost or doubled
    body = text.removeprefix("\ufeff")
    lines = body.replace("\r\n", "\n").split("\n")
    assert streamed
    for f in streamed:
        line = lines[f["line"] - 1]
        assert line[f["column"] - 1:f["end_column"] - 1] == f["text"], f
    key = lambda f: (f["line"], f["column"], f["code"], f["text"])  # noqa: E731
    assert sorted(map(key, streamed)) == sorted(map(key, whole))
