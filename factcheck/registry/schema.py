"""The registry's JSON Schema, generated from the pydantic models (schema/figures.schema.json)."""

from __future__ import annotations

import json
from typing import Any

SCHEMA_ID = "figures.schema.json"


def registry_schema() -> dict[str, Any]:
    """Return the JSON Schema of figures.yaml, for editors (completion and validation)."""
    from factcheck.registry.validation import Registry

    schema = Registry.model_json_schema(mode="validation")
    schema.update(title="factcheck figure registry (figures.yaml)",
                  description="Every statistic the fact-checker knows, and exactly where it "
                              "was published. Field by field: docs/registry.md.")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_text() -> str:
    """Return the schema as the text of schema/figures.schema.json."""
    return json.dumps(registry_schema(), indent=2, ensure_ascii=False) + "\n"
