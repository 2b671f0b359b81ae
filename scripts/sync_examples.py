"""Copy the seed registry (figures.yaml) and seeds/ into the package, for `factcheck init
--example seeds`.

Run after changing figures.yaml or seeds/: python scripts/sync_examples.py
(tests/test_init.py fails while the packaged copy differs from the repository's.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "factcheck" / "examples"


def main() -> None:
    TARGET.mkdir(exist_ok=True)
    shutil.copyfile(ROOT / "figures.yaml", TARGET / "figures.yaml")
    shutil.rmtree(TARGET / "seeds", ignore_errors=True)
    shutil.copytree(ROOT / "seeds", TARGET / "seeds")
    print(f"copied figures.yaml and seeds/ to {TARGET.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
