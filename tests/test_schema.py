"""The registry's JSON Schema is current, and every YAML example in docs/registry.md checks."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml

from factcheck.registry.check import check_registry
from factcheck.registry.load import load_registry
from factcheck.registry.schema import registry_schema, schema_text
from factcheck.starter import STARTER_REGISTRY

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "registry.md"
# the documents the examples cite
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "registry-docs"


def test_the_shipped_schema_is_current() -> None:
    shipped = ROOT / "schema" / "figures.schema.json"
    assert shipped.read_text(encoding="utf-8") == schema_text(), (
        "run: python scripts/generate_schema.py")


def test_registries_validate_against_the_schema() -> None:
    schema = registry_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(yaml.safe_load((ROOT / "figures.yaml").read_text(encoding="utf-8")), schema)
    jsonschema.validate(yaml.safe_load(STARTER_REGISTRY), schema)
    wrong = yaml.safe_load(
        "figures: [{id: x, title: t, value: 1, unit: u, colour: red, sources: "
        "[{document: d, publisher: p, quote: q, value: 1, attribution: first}]}]")
    messages = sorted(e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(wrong))
    assert messages == ["'first' is not of type 'array'",
                        "Additional properties are not allowed ('colour' was unexpected)"]


def test_the_schema_describes_every_field() -> None:
    schema = registry_schema()
    for name, model in schema["$defs"].items():
        for field, spec in model["properties"].items():
            assert spec.get("description"), f"{name}.{field} has no description"


def yaml_examples() -> list[str]:
    return re.findall(r"^```yaml\n(.*?)^```", DOCS.read_text(encoding="utf-8"), re.M | re.S)


def test_the_docs_have_yaml_examples() -> None:
    assert len(yaml_examples()) >= 4


@pytest.mark.parametrize("index", range(len(yaml_examples())))
def test_every_yaml_example_in_the_docs_loads_and_checks(tmp_path: Path, index: int) -> None:
    text = yaml_examples()[index]
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(FIXTURES / "sources", tmp_path / "sources")
    path = tmp_path / "figures.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_registry(path).figures
    problems = check_registry(str(path))
    assert [str(p) for p in problems if p.severity != "note"] == []


def test_the_docs_show_what_check_prints(tmp_path: Path) -> None:
    docs = DOCS.read_text(encoding="utf-8")
    shown = re.findall(r"^(figures\.yaml:\d+:\d+: note: .*)$", docs, re.M)
    assert shown
    printed = set()
    for i, text in enumerate(yaml_examples()):
        folder = tmp_path / str(i)
        shutil.copytree(FIXTURES / "sources", folder / "sources")
        shutil.copytree(ROOT / "seeds", folder / "seeds")
        (folder / "figures.yaml").write_text(text, encoding="utf-8")
        printed |= {str(p).replace(f"{folder}/", "")
                    for p in check_registry(str(folder / "figures.yaml"))}
    assert set(shown) <= printed, printed


def test_the_docs_name_no_implementation_module() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    assert "models.py" not in docs
    assert "# yaml-language-server: $schema=" in docs


def test_json_is_valid() -> None:
    json.loads((ROOT / "schema" / "figures.schema.json").read_text(encoding="utf-8"))
