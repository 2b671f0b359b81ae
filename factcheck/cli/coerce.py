"""Plain coercion for the command line's str, int, bool and list[str] parameters.

typer 0.2x coerces every parameter through a pydantic TypeAdapter built on first use, so
any command imported pydantic (~140 ms) before it ran, although a scan of a cached registry
needs no pydantic otherwise. The values a parser hands over for these four annotations are
already of their type (or a plain decimal string for an int), so they pass through here as
typer's adapters would pass them; anything else (a bad --jobs, a bytes argument) goes to
typer's own coercion, whose messages stay the same. An older typer coerces through click
types, without pydantic, and is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

try:
    from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
except ImportError:  # pragma: no cover - a typer without its own coercion layer
    RuntimeParam = None  # type: ignore[assignment,misc]

PLAIN = {str: "str", int: "int", bool: "bool", list[str]: "list-str"}


def plain_kind(descriptor: Any) -> str | None:
    """Return the plain kind of a parameter typer would coerce with no option of its own."""
    info = descriptor.parameter_info
    if (info.parser is not None or getattr(info, "click_type", None) is not None
            or descriptor.is_choice or descriptor.is_path or descriptor.is_file
            or descriptor.is_ranged):
        return None
    try:
        return PLAIN.get(descriptor.annotation)
    except TypeError:  # an unhashable annotation is no plain one
        return None


def _plain(kind: str, value: Any) -> tuple[bool, Any]:
    """Return (True, the coerced value) when the value needs no real coercion, else (False, _)."""
    if kind == "str" and isinstance(value, str):
        return True, value
    if kind == "bool" and isinstance(value, bool):
        return True, value
    if kind == "int":
        if type(value) is int:
            return True, value
        if isinstance(value, str) and value.isascii() and value.isdigit():
            return True, int(value)
    if kind == "list-str":
        if isinstance(value, str):
            return True, [value]
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            return True, list(value)
    return False, None


if RuntimeParam is not None:

    @dataclass(frozen=True)
    class PlainRuntimeParam(RuntimeParam):
        """typer's coercion contract for a plain parameter, deferring other values to typer."""

        descriptor: TypeDescriptor
        kind: str

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            done, plain = _plain(self.kind, value)
            if done:
                return plain
            full = build_runtime_param(self.descriptor)
            return full._coerce_value(value, param=param, ctx=ctx)


def install(params: Iterable[Any]) -> None:
    """Give each plain parameter not yet coerced the plain coercion (typer 0.2x only)."""
    if RuntimeParam is None:  # pragma: no cover
        return
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is None or getattr(param, "_runtime_param", False) is not None:
            continue
        kind = plain_kind(descriptor)
        if kind is not None:
            param._runtime_param = PlainRuntimeParam(
                parameter_info=descriptor.parameter_info, annotation=descriptor.annotation,
                descriptor=descriptor, kind=kind)
