"""Shared fixtures: the repository root, the shipped registry and a CLI runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.registry.load import FigureRegistry, load_registry

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def shipped_registry() -> Path:
    return ROOT / "figures.yaml"


@pytest.fixture(scope="session")
def registry_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The registry cache the tests' scans share (never the user's own cache directory)."""
    return tmp_path_factory.mktemp("registry-cache")


@pytest.fixture(autouse=True)
def _no_env_registry(monkeypatch: pytest.MonkeyPatch, registry_cache_dir: Path) -> None:
    # Tests choose their registry explicitly; a developer's environment must not leak in.
    monkeypatch.delenv("FACTCHECK_REGISTRY", raising=False)
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(registry_cache_dir))
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


def _write_registry(root: Path, registry: str, sources: dict[str, str]) -> FigureRegistry:
    """Write a registry and its source documents (name -> text) under root; load it."""
    (root / "sources").mkdir()
    for name, text in sources.items():
        (root / "sources" / name).write_text(text, encoding="utf-8")
    (root / "figures.yaml").write_text(registry, encoding="utf-8")
    return load_registry(root / "figures.yaml")


@pytest.fixture(scope="session")
def registry_at() -> Callable[[Path, str, dict[str, str]], FigureRegistry]:
    """Return the helper that writes a test's own registry and sources, and loads it."""
    return _write_registry
