"""Write schema/figures.schema.json from the registry models (factcheck.registry.schema).

Run after changing factcheck/models.py: python scripts/generate_schema.py
(tests/test_schema.py fails while the file is out of date.)
"""

from __future__ import annotations

from pathlib import Path

from factcheck.registry.schema import schema_text

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    out = ROOT / "schema" / "figures.schema.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
