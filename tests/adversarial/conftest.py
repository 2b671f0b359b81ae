"""Fixtures of the adversarial suite."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adversarial._helpers import DRAFT, REGISTRY


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A directory with a draft, a registry (with its source document) and nothing else."""
    shutil.copy(REGISTRY, tmp_path / "figures.yaml")
    shutil.copytree(REGISTRY.parent / "sources", tmp_path / "sources")
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path
