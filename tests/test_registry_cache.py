"""The registry cache: what it revives equals what is built, and findings never change with it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import cache
from factcheck.cache import CachedRegistry, load_indexed
from factcheck.cli import app
from factcheck.pipeline import index_for
from factcheck.registry.load import load_registry

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "scan"
runner = CliRunner()


def cache_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.registry")) if directory.exists() else []


@pytest.mark.parametrize("registry", [
    pytest.param(ROOT / "figures.yaml", id="shipped"),
    pytest.param(GOLDEN / "figures.yaml", id="golden"),
])
def test_revived_registry_and_index_equal_the_built_ones(registry: Path, tmp_path: Path) -> None:
    built = load_registry(registry)
    index = index_for(built)
    load_indexed(str(registry), str(tmp_path))  # stores it
    cached = load_indexed(str(registry), str(tmp_path))
    assert isinstance(cached, CachedRegistry)
    revived = index_for(cached)
    assert tuple(cached.figures) == tuple(built.figures)
    for a, b in zip(cached.figures, built.figures, strict=True):
        assert a.model_dump(mode="json") == b.model_dump(mode="json")
        assert [type(s) for s in a.sources] == [type(s) for s in b.sources]
    assert list(revived.entries) == list(index.entries)
    assert all(e.figure is f for e, f in zip(revived.entries, cached.figures, strict=True))
    assert revived.postings == index.postings
    assert (revived.df, revived.canon) == (dict(index.df), index.canon)
    assert (cached.path, cached.lines, cached.synonyms) == (built.path, built.lines, built.synonyms)
    assert cached.local_documents() == built.local_documents()


GOLDEN_RUNS = [
    pytest.param(["cases/correct.md", "cases/second.txt"], ["--show-verified"],
                 id="correct-and-second"),
    pytest.param(["cases/errors.md"], [], id="planted-errors"),
    pytest.param(["cases/page.html"], ["--show-verified"], id="html"),
    pytest.param(["cases/bounds.md", "cases/units.md"], ["--show-verified"], id="bounds-and-units"),
    pytest.param(["cases/arithmetic.md"], [], id="arithmetic"),
    pytest.param(["cases/revisions.md"], ["--show-verified", "--explain"],
                 id="revisions-explained"),
]


@pytest.mark.parametrize(("paths", "options"), GOLDEN_RUNS)
def test_findings_are_byte_identical_with_and_without_the_cache(
        paths: list[str], options: list[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(GOLDEN)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    args = ["scan", "--registry", "figures.yaml", "--format", "json", *options, *paths]
    plain = runner.invoke(app, [*args, "--no-cache"])
    assert cache_files(tmp_path) == []
    storing = runner.invoke(app, args)
    assert len(cache_files(tmp_path)) == 1
    reading = runner.invoke(app, args)
    assert plain.stdout == storing.stdout == reading.stdout
    assert plain.exit_code == storing.exit_code == reading.exit_code


def copy_golden(tmp_path: Path) -> Path:
    work = tmp_path / "work"
    shutil.copytree(GOLDEN, work)
    return work


def scan_json(work: Path, *extra: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["scan", "--registry", str(work / "figures.yaml"), "--format",
                                 "json", "--show-verified", *extra,
                                 str(work / "cases" / "correct.md")])
    return result.exit_code, result.stdout, result.stderr


def test_an_edited_registry_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work, store = copy_golden(tmp_path), tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(store))
    before = scan_json(work)
    registry = work / "figures.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "id: metro_riders_per_day_2023", "id: metro_riders_a_day_2023"), encoding="utf-8")
    after = scan_json(work)
    assert "metro_riders_per_day_2023" in before[1]
    assert "metro_riders_per_day_2023" not in after[1] and "metro_riders_a_day_2023" in after[1]
    assert after == scan_json(work, "--no-cache")
    assert len(cache_files(store)) == 1  # one file per registry, replaced


@pytest.mark.parametrize("damage", [
    pytest.param(lambda b: b[: len(b) // 2], id="truncated"),
    pytest.param(lambda b: b[:-40] + bytes(x ^ 0xFF for x in b[-40:]), id="flipped-bytes"),
    pytest.param(lambda b: b"", id="empty"),
    pytest.param(lambda b: b"not a cache at all\n" * 10, id="foreign-file"),
    pytest.param(lambda b: b[:27] + bytes(32) + b[59:], id="other-key"),
])
def test_a_corrupt_cache_is_rebuilt_in_silence(damage: object, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    work, store = copy_golden(tmp_path), tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(store))
    good = scan_json(work)
    [file] = cache_files(store)
    intact = file.read_bytes()
    file.write_bytes(damage(intact))  # type: ignore[operator]
    assert scan_json(work) == good
    assert file.read_bytes() == intact  # written again, whole


@pytest.mark.parametrize("kind", ["read-only", "under-a-file"])
def test_an_unwritable_cache_directory_means_no_cache(kind: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    work, blocked = copy_golden(tmp_path), tmp_path / "blocked"
    if kind == "read-only":
        if os.geteuid() == 0:
            pytest.skip("root writes into read-only directories")
        blocked.mkdir(mode=0o555)
    else:
        blocked.write_text("a file where the cache directory would go\n", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocked / "cache"))
    try:
        code, out, err = scan_json(work)
        assert (code, out, err) == scan_json(work, "--no-cache")
        assert err == ""
        assert not (blocked / "cache").exists()
    finally:
        if blocked.is_dir():
            blocked.chmod(0o755)


def test_new_code_rebuilds_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    registry = str(GOLDEN / "figures.yaml")
    load_indexed(registry, str(tmp_path))
    assert isinstance(load_indexed(registry, str(tmp_path)), CachedRegistry)
    monkeypatch.setattr(cache, "_code_stamp", lambda: iter(["index.py:1:2"]))
    assert not isinstance(load_indexed(registry, str(tmp_path)), CachedRegistry)


@pytest.mark.parametrize(("setting", "stored"), [
    pytest.param({"FACTCHECK_NO_CACHE": "1"}, False, id="env-off"),
    pytest.param({"FACTCHECK_NO_CACHE": "0"}, True, id="env-zero-is-on"),
    pytest.param({"config": "cache = false\n"}, False, id="config-off"),
    pytest.param({"config": 'cache-dir = "here-cache"\n'}, True, id="config-dir"),
])
def test_settings_turn_the_cache_off_or_move_it(setting: dict[str, str], stored: bool,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    work, store = copy_golden(tmp_path), tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(store))
    monkeypatch.chdir(work)
    for key, value in setting.items():
        if key == "config":
            (work / ".factcheck.toml").write_text(value, encoding="utf-8")
            if "cache-dir" in value:
                monkeypatch.delenv("FACTCHECK_CACHE_DIR")  # the environment would win
        else:
            monkeypatch.setenv(key, value)
    result = runner.invoke(app, ["scan", "--registry", "figures.yaml", "cases/correct.md"])
    assert result.exit_code == 0, result.output
    where = work / "here-cache" if "cache-dir" in setting.get("config", "") else store
    assert bool(cache_files(where)) == stored


def test_cache_files_unread_for_a_month_are_removed(tmp_path: Path) -> None:
    old, recent = tmp_path / ("0" * 32), tmp_path / ("1" * 32)
    for file, days in ((old, 31), (recent, 29)):
        file = file.with_suffix(".registry")
        file.write_bytes(b"a deleted registry's cache\n")
        when = os.path.getmtime(file) - days * 86400
        os.utime(file, (when, when))
    registry = str(GOLDEN / "figures.yaml")
    load_indexed(registry, str(tmp_path))  # a miss writes, then sweeps
    assert not old.with_suffix(".registry").exists()
    assert recent.with_suffix(".registry").exists()
    [mine] = [f for f in cache_files(tmp_path) if f.name != recent.with_suffix(".registry").name]
    when = os.path.getmtime(mine) - 40 * 86400
    os.utime(mine, (when, when))
    assert isinstance(load_indexed(registry, str(tmp_path)), CachedRegistry)
    assert os.path.getmtime(mine) > when + 86400  # a hit marks it used


@pytest.mark.parametrize(("use_cache", "cached"), [
    pytest.param(True, True, id="through-the-cache"),
    pytest.param(False, False, id="no-cache"),
])
def test_a_dask_worker_reads_the_registry_cache(use_cache: bool, cached: bool, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import executors

    monkeypatch.setattr(executors, "_REGISTRIES", {})
    registry = str(ROOT / "figures.yaml")
    cache_dir = str(tmp_path) if use_cache else None
    load_indexed(registry, cache_dir)  # the client's scan stored it
    got = executors._registry(registry, cache_dir)
    assert isinstance(got, CachedRegistry) == cached
    assert executors._registry(registry, cache_dir) is got  # once per worker
    assert [f.id for f in got.figures] == [f.id for f in load_registry(registry).figures]
