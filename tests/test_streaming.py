"""A huge file is scanned in paragraph chunks with the same findings as a whole-file scan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import pipeline as runner_mod
from factcheck.cli import app

REGISTRY = str(Path(__file__).parent / "golden" / "scan" / "figures.yaml")
PARAGRAPHS = [
    "The metro carried nearly 48,000 riders a day in 2023.",
    "There were 21,2 traffic deaths in the city in 2022.",
    "The new ferry can carry 30,000 pounds (nearly 20 tonnes) of cargo.",
    "There were 212 traffic deaths in 2021.",
    "The city also planted 5,000 trees last spring.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_streamed_scan_equals_whole_scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         suffix: str) -> None:
    draft = tmp_path / f"big{suffix}"
    draft.write_text("\n\n".join(PARAGRAPHS * 40) + "\n", encoding="utf-8")
    args = ["scan", "--registry", REGISTRY, "--format", "json", "--fail-on", "never", str(draft)]
    whole = CliRunner().invoke(app, args)
    monkeypatch.setattr(runner_mod, "STREAM_BYTES", 1000)
    monkeypatch.setattr(runner_mod, "CHUNK_BYTES", 700)
    from factcheck.documents import chunks as documents

    chunks = []
    real = documents.iter_paragraph_chunks

    def spy(*a: object, **k: object):  # type: ignore[no-untyped-def]
        for chunk in real(*a, **k):  # type: ignore[arg-type]
            chunks.append(chunk)
            yield chunk

    monkeypatch.setattr(documents, "iter_paragraph_chunks", spy)
    streamed = CliRunner().invoke(app, args)
    assert len(chunks) > 10
    assert whole.exit_code == streamed.exit_code == 0
    a, b = json.loads(whole.stdout), json.loads(streamed.stdout)
    assert len(a["findings"]) > 40
    assert a == b


@pytest.mark.parametrize("empty", [False, True], ids=["findings", "no-findings"])
def test_streamed_json_is_standard_indented_json(empty: bool) -> None:
    from factcheck.decide import Policy
    from factcheck.pipeline import Job
    from factcheck.registry.load import load_registry
    from factcheck.reporters import render
    from factcheck.reporters.base import ReportContext
    from factcheck.rules import rule_infos
    from factcheck.scan import check_jobs, result_of

    text = "" if empty else "\n\n".join(PARAGRAPHS)
    policy = Policy(show_verified=True)
    reg = load_registry(REGISTRY)
    from factcheck.executors import scan_jobs

    result = result_of(scan_jobs([Job("d.md", text, "markdown")], reg, policy, 1), policy)
    assert [f.model_dump() for f in check_jobs([Job("d.md", text, "markdown")], reg, policy)] == [
        f.model_dump() for f in result.findings]
    ctx = ReportContext(rules=rule_infos(), show_verified=True, explain=True)
    out = render("json", result, ctx)
    assert out == json.dumps(json.loads(out), indent=2, ensure_ascii=False) + "\n"
    assert bool(json.loads(out)["findings"]) is not empty


@pytest.mark.parametrize("data", [
    {}, [], {"a": []}, {"a": {}}, {"x": [1, 2.5, None, True, False, "é\n\"", {"k": [{"z": -0.0}]}]},
    [{"path": "a.md", "value": 1e21, "small": 1e-7, "n": 110000}],
], ids=["empty-dict", "empty-list", "empty-list-value", "empty-dict-value", "nested", "numbers"])
def test_fast_indented_json_is_exactly_json_dumps(data: object) -> None:
    from factcheck.reporters.json_ import dumps_indented

    assert dumps_indented(data) == json.dumps(data, indent=2, ensure_ascii=False)
