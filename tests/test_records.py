"""The plain records keep the model API the stages use: copies, dumps and pydantic's coercions."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.models import Expected, Figure, Finding, Quantity, Source
from factcheck.registry.validation import figure_record

FINDING: dict[str, Any] = dict(path="d.md", line=1, column=2, end_line=1, end_column=9,
                               text="110,000", code="FC101", rule="value-mismatch",
                               kind="value-mismatch", severity="error", message="m")
FIGURE = {"id": "deaths", "title": "Deaths", "value": 110000, "unit": "deaths",
          "derived-from": {"a": "other"}, "formula": "a * 2",
          "sources": [{"document": "d.txt", "publisher": "p", "quote": "110,000", "value": 110000}]}

COERCED = [
    ("finding-int-stated-value", lambda: Finding(**FINDING, stated_value=5).stated_value, 5.0),
    ("finding-list-reasons", lambda: Finding(**FINDING, reasons=["a"]).reasons, ("a",)),
    ("expected-int-value", lambda: Expected(value=3, unit=None, qualifier="exact").value, 3.0),
    ("figure-int-value", lambda: figure_record(FIGURE).value, 110000.0),
    ("figure-sources-tuple", lambda: type(figure_record(FIGURE).sources), tuple),
    ("figure-source-record", lambda: type(figure_record(FIGURE).sources[0]), Source),
]


@pytest.mark.parametrize(("name", "got", "expected"), COERCED, ids=[c[0] for c in COERCED])
def test_records_convert_as_pydantic_did(name: str, got: Any, expected: Any) -> None:
    value = got()
    assert value == expected and type(value) is type(expected)


def test_model_copy_changes_only_the_update_and_keeps_the_original() -> None:
    q = Quantity(value=1.0, start=0, end=3, text="1.0")
    moved = q.model_copy(update={"kind": "year", "start": 4})
    assert (moved.kind, moved.start, moved.end, q.kind, q.start) == ("year", 4, 3, "count", 0)
    assert q.model_copy() == q and q.model_copy() is not q


DUMPS = [
    ("python-keeps-tuples", {}, ("sources", tuple)),
    ("json-lists", {"mode": "json"}, ("sources", list)),
    ("alias-as-figures-yaml", {"by_alias": True}, ("derived-from", dict)),
]


@pytest.mark.parametrize(("name", "kwargs", "key_type"), DUMPS, ids=[d[0] for d in DUMPS])
def test_model_dump_as_pydantic(name: str, kwargs: dict[str, Any], key_type: Any) -> None:
    key, kind = key_type
    data = figure_record(FIGURE).model_dump(**kwargs)
    assert isinstance(data[key], kind)
    assert isinstance(data["sources"][0], dict)


@pytest.mark.parametrize("record", [Figure, Source], ids=["figure", "source"])
def test_registry_records_are_never_built_unvalidated(record: type) -> None:
    with pytest.raises(TypeError, match=r"factcheck\.registry\.validation"):
        record.model_validate({"id": "x"})
