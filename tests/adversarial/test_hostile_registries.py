"""Family 4: a hostile registry is one error line at its place, never a traceback.

Every YAML construct the loader cannot take (merge keys, tags, python objects, huge
integers) is an error at its line, and every registry number must be finite and of the
right type and range.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from adversarial._helpers import assert_clean, assert_one_error, run

FIGURE = """\
version: 1
figures:
  - id: metro_riders_per_day_2023
    title: Metro riders per day in 2023
    value: {value}
    unit: riders
    per: day
    qualifier: nearly
    keywords: [metro, riders]
    {extra}
    sources:
      - document: https://example.org/report
        publisher: City Transit
        quote: "The metro carried nearly 480,000 riders a day in 2023"
        value: {source_value}
"""


def registry(value: str = "480000", extra: str = "period: '2023'",
             source_value: str = "480000") -> str:
    return FIGURE.format(value=value, extra=extra, source_value=source_value)


HOSTILE = {
    "value-nan": (registry(value=".nan"), 5),
    "value-NaN": (registry(value=".NaN"), 5),
    "value-inf": (registry(value=".inf"), 5),
    "value-minus-inf": (registry(value="-.inf"), 5),
    "value-1e400": (registry(value="1.0e+400"), 5),
    "value-string-1e400": (registry(value="'1e400'"), 5),
    "value-true": (registry(value="true"), 5),
    "value-yes-is-a-string": (registry(value="yes"), 5),
    "value-huge-integer": (registry(value="9" * 5000), 5),
    "value-a-list": (registry(value="[1, 2]"), 5),
    "source-value-nan": (registry(source_value=".nan"), 15),
    "source-value-false": (registry(source_value="false"), 15),
    "tolerance-nan": (registry(extra="tolerance: .nan"), 10),
    "tolerance-negative": (registry(extra="tolerance: -1"), 10),
    "tolerance-above-one": (registry(extra="tolerance: 5"), 10),
    "tolerance-true": (registry(extra="tolerance: true"), 10),
    "merge-key": (registry(extra="<<: {place: x}"), 10),
    "merge-key-with-anchor": ("base: &b {unit: riders}\n" + registry(extra="<<: *b"), 11),
    "python-object-tag": (registry(extra="note: !!python/object:os.system {}"), 10),
    "python-name-tag": (registry(extra="note: !!python/name:os.system"), 10),
    "python-apply-tag": (registry(extra="note: !!python/object/apply:os.system ['true']"), 10),
    "binary-tag": (registry(extra="note: !!binary aGVsbG8="), 10),
    "set-tag": (registry(extra="note: !!set {a, b}"), 10),
    "custom-tag": (registry(extra="note: !mine x"), 10),
    "version-true": ("version: true\n" + registry().split("\n", 1)[1], 1),
    "version-float": ("version: 1.0\n" + registry().split("\n", 1)[1], 1),
}


@pytest.mark.parametrize(("text", "line"), HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("command", ["scan", "registry-check"])
def test_hostile_registry_is_one_error_at_its_line(work: Path, text: str, line: int,
                                                   command: str) -> None:
    (work / "figures.yaml").write_text(text, encoding="utf-8")
    if command == "scan":
        assert_one_error(run(["scan", "d.md"], work), f"figures.yaml:{line}:")
    else:
        proc = run(["registry", "check"], work)
        err = proc.stderr.decode()
        assert "Traceback" not in err, err
        assert proc.returncode in (1, 2), err
        if proc.returncode == 2:
            assert_one_error(proc, f"figures.yaml:{line}:")
        else:
            assert (f"figures.yaml:{line}:" in proc.stdout.decode()
                    and ": error: " in proc.stdout.decode())


def test_the_plain_registry_is_fine(work: Path) -> None:
    (work / "figures.yaml").write_text(registry(), encoding="utf-8")
    assert_clean(run(["scan", "d.md"], work))
