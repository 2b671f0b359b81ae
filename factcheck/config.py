"""Load settings from ``.factcheck.toml`` or ``[tool.factcheck]`` in pyproject.toml."""

from __future__ import annotations

import difflib
import json
import os
import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any

from factcheck.config_values import (
    Checker,
    ConfigError,
    choices,
    norm,
    quote,
)
from factcheck.safeio import CONFIG_MAX_BYTES, UnreadableFile, read_capped

__all__ = [
    "DEFAULT_INCLUDE",
    "ConfigError",
    "Settings",
    "describe",
    "find_config",
    "load_settings",
]

DEFAULT_INCLUDE: tuple[str, ...] = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")
TOLERANCE_KEYS: tuple[str, ...] = ("relative", "conversion")
ENV_REGISTRY = "FACTCHECK_REGISTRY"
ENV_FORMAT = "FACTCHECK_FORMAT"
ENV_CACHE_DIR = "FACTCHECK_CACHE_DIR"
ENV_NO_CACHE = "FACTCHECK_NO_CACHE"

_TOML_LINE_RE = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)\s*$")
_HEADER_RE = re.compile(r"^\s*\[\[?\s*([^\]]*?)\s*\]\]?\s*(?:#.*)?$")
_KEY_RE = re.compile(
    r"""^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_\-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_\-]+))*)\s*="""
)
# A line that tries to open [tool.factcheck] (or a table under it), however badly written.
_HAS_TABLE_RE = re.compile(r"""^\s*\[+\s*["']?tool["']?\s*\.\s*["']?factcheck\b""", re.M)


@dataclass(frozen=True)
class Settings:
    """Every setting of a scan, with where each value came from."""

    registry: str | None = None
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    fail_on: str = "error"
    min_severity: str = "info"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    format: str = "auto"  # "auto" picks github, console or concise at run time
    show_verified: bool = False
    jobs: int | None = None
    respect_gitignore: bool = True  # a directory walk skips what .gitignore files ignore
    date: str | None = None  # ISO date relative periods resolve against when a draft states none
    # Extra relative slack beyond rounding and hedges: when judging a stated value against a
    # figure (a figure's own `tolerance` wins), and when checking a conversion in a draft.
    tolerance_relative: float = 0.0
    tolerance_conversion: float = 0.01
    # SARIF helpUri of each rule, with {code} (and {name}): where a fork or mirror keeps the
    # rule pages. None: derived from factcheck's own project URLs (docs.rule_docs_url).
    rule_docs_url: str | None = None
    # Who publishes the checks (ClaimReview's author) and the page they are published on.
    author: str | None = None
    author_url: str | None = None
    review_url: str | None = None
    # The registry cache (factcheck.cache): on unless turned off; None: the user's cache dir.
    cache: bool = True
    cache_dir: str | None = None
    sources: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    config_path: str | None = None  # the file the settings were read from, if any


_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(Settings) if f.name not in ("sources", "config_path")
)

# File keys (dashed) -> Settings fields; tolerance is a table of two fields.
_KEYS: dict[str, str] = {
    "registry": "registry",
    "include": "include",
    "exclude": "exclude",
    "fail-on": "fail_on",
    "min-severity": "min_severity",
    "select": "select",
    "ignore": "ignore",
    "severity": "severity",
    "format": "format",
    "show-verified": "show_verified",
    "jobs": "jobs",
    "respect-gitignore": "respect_gitignore",
    "date": "date",
    "tolerance": "tolerance",
    "rule-docs-url": "rule_docs_url",
    "author": "author",
    "author-url": "author_url",
    "review-url": "review_url",
    "cache": "cache",
    "cache-dir": "cache_dir",
}


# --- locating keys in the raw text ------------------------------------------------------


def _split_key(key: str, exact: bool = False) -> tuple[str, ...]:
    parts = re.findall(r'"[^"]*"|\'[^\']*\'|[^.\s]+', key)
    return tuple(p.strip("\"'") if exact else norm(p.strip("\"'")) for p in parts)


def _key_line(raw: str, table: tuple[str, ...], key: tuple[str, ...], exact: bool = False) -> int:
    """Return the first line defining ``table.key`` (or a table under it); 0 if not found."""
    # Keys compare with dashes and underscores alike, unless exact (to tell two spellings apart).
    want = tuple(p if exact else norm(p) for p in (*table, *key))
    current: tuple[str, ...] = ()
    best = 0
    for n, line in enumerate(raw.splitlines(), 1):
        header = _HEADER_RE.match(line)
        if header:
            current = _split_key(header.group(1), exact)
            if len(current) >= len(want) and current[: len(want)] == want:
                return n
            continue
        m = _KEY_RE.match(line)
        if m:
            full = current + _split_key(m.group(1), exact)
            if full[: len(want)] == want:
                return n
            if not best and len(full) < len(want) and want[: len(full)] == full:
                best = n  # an inline table holding the key
    return best


# --- finding the file --------------------------------------------------------------------


def _pyproject_has_table(path: Path) -> bool:
    """Say whether a pyproject.toml is factcheck's: it has [tool.factcheck], or it is
    broken (not UTF-8, too large, invalid TOML) where it tries to give one, so that
    load_settings reports the error instead of the file being skipped in silence."""
    try:
        data_bytes = read_capped(path, CONFIG_MAX_BYTES)
    except UnreadableFile:
        return True  # too large (or not a regular file): _read says so
    except OSError:
        return False
    try:
        raw = data_bytes.decode("utf-8")
    except UnicodeDecodeError:
        return bool(_HAS_TABLE_RE.search(data_bytes.decode("utf-8", "replace")))
    try:
        data = tomllib.loads(raw)
    except (tomllib.TOMLDecodeError, RecursionError):
        # Let load_settings report the syntax error if the table is there at all.
        return bool(_HAS_TABLE_RE.search(raw))
    tool = data.get("tool")
    return isinstance(tool, dict) and "factcheck" in tool


def find_config(start: Path) -> Path | None:
    """Return the nearest ``.factcheck.toml`` or pyproject.toml with ``[tool.factcheck]``."""
    start = Path(start).absolute()
    if start.is_file():
        start = start.parent
    for directory in (start, *start.parents):
        own = directory / ".factcheck.toml"
        if own.is_file():
            return own
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and _pyproject_has_table(pyproject):
            return pyproject
    return None


# --- loading -----------------------------------------------------------------------------


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    where = str(path)
    try:
        raw = read_capped(path, CONFIG_MAX_BYTES).decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(where, 0, "no such file") from None
    except OSError as exc:
        raise ConfigError(where, 0, f"cannot read file: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(where, exc.object.count(b"\n", 0, exc.start) + 1,
                          f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x})") from None
    try:
        return raw, tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        text = str(exc)
        m = _TOML_LINE_RE.search(text)
        line = (int(m.group(1)) if m.group(1) else max(raw.count("\n"), 1)) if m else 0
        message = text[: m.start()] if m else text
        raise ConfigError(where, line, f"invalid TOML: {message}") from None
    except RecursionError:
        raise ConfigError(where, 0, "invalid TOML: arrays or tables nested too deeply") from None


def _table(path: Path, raw: str, data: dict[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """Return the factcheck table of a config file and the table path its keys live in."""
    where = str(path)
    tool = data.get("tool")
    if path.name == "pyproject.toml":
        if not isinstance(tool, dict) or "factcheck" not in tool:
            return {}, ("tool", "factcheck")
        table = tool["factcheck"]
        if not isinstance(table, dict):
            raise ConfigError(
                where, _key_line(raw, ("tool",), ("factcheck",)), "tool.factcheck must be a table"
            )
        return table, ("tool", "factcheck")
    # .factcheck.toml: keys at top level, or under [tool.factcheck]; both are accepted.
    top = {k: v for k, v in data.items() if k != "tool"}
    if tool is None:
        return top, ()
    if not isinstance(tool, dict):
        raise ConfigError(where, _key_line(raw, (), ("tool",)), "tool must be a table")
    for other in tool:
        if other != "factcheck":
            raise ConfigError(
                where,
                _key_line(raw, ("tool",), (other,)),
                f"unknown table [tool.{other}] (expected [tool.factcheck])",
            )
    nested = tool.get("factcheck", {})
    if not isinstance(nested, dict):
        raise ConfigError(
            where, _key_line(raw, ("tool",), ("factcheck",)), "tool.factcheck must be a table"
        )
    if top and nested:
        both = sorted({norm(k) for k in top} & {norm(k) for k in nested})
        if both:
            raise ConfigError(
                where,
                _key_line(raw, ("tool", "factcheck"), (both[0],)),
                f"{both[0]} is given both at top level and in [tool.factcheck]",
            )
        return {**top, **nested}, ()
    return (nested, ("tool", "factcheck")) if nested else (top, ())


def _from_file(path: Path, checker_args: tuple[Any, Any]) -> dict[str, tuple[object, str]]:
    """Return validated field values of a config file, each with its source."""
    raw, data = _read(path)
    table, prefix = _table(path, raw, data)
    where = str(path)

    def locate(key: tuple[str, ...]) -> int:
        line = _key_line(raw, prefix, key)
        if not line and prefix == ():
            line = _key_line(raw, ("tool", "factcheck"), key)
        return line

    check = Checker(where, locate, *checker_args)
    seen: dict[str, str] = {}
    out: dict[str, tuple[object, str]] = {}
    for key, value in table.items():
        dashed = key.replace("_", "-")
        if dashed in seen:
            raise ConfigError(
                where,
                _key_line(raw, prefix, (key,), exact=True),
                f"{seen[dashed]} and {key} are the same setting; give one",
            )
        seen[dashed] = key
        name = _KEYS.get(dashed)
        if name is None:
            hint = difflib.get_close_matches(dashed, list(_KEYS), n=1)
            tail = f" (did you mean {json.dumps(hint[0])}?)" if hint else ""
            raise check.fail((key,), f"unknown key {json.dumps(key)}{tail}")
        if name == "tolerance":
            if not isinstance(value, dict):
                raise check.fail((key,), f"tolerance must be a table, not {quote(value)}")
            for sub, amount in value.items():
                if sub.replace("_", "-") not in TOLERANCE_KEYS:
                    raise check.fail(
                        (key, sub),
                        f'unknown key "tolerance.{sub}" (expected {choices(TOLERANCE_KEYS)})',
                    )
                fname = f"tolerance_{sub}"
                out[fname] = (check.check(fname, amount, (key, sub)), where)
            continue
        checked = check.check(name, value, (key,))
        if name in ("registry", "cache_dir"):
            assert isinstance(checked, str)
            checked = os.path.normpath(path.parent / os.path.expanduser(checked))
        out[name] = (checked, where)
    return out


def load_settings(
    start: Path | None = None,
    *,
    config_path: Path | None = None,
    overrides: Mapping[str, object] | None = None,
    known_rules: Mapping[str, str] | None = None,
    known_formats: Collection[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Merge defaults, the config file, the environment and CLI overrides, in that order.

    The environment: ``FACTCHECK_REGISTRY`` (the registry), ``FACTCHECK_FORMAT`` (the
    report format), ``FACTCHECK_CACHE_DIR`` and ``FACTCHECK_NO_CACHE`` (the registry cache).
    """
    defaults = Settings()
    values: dict[str, object] = {name: getattr(defaults, name) for name in _FIELDS}
    sources: dict[str, str] = dict.fromkeys(_FIELDS, "default")
    path = Path(config_path) if config_path is not None else find_config(start or Path.cwd())
    checker_args = (known_rules, known_formats)
    if path is not None:
        for name, (value, where) in _from_file(path, checker_args).items():
            values[name] = value
            sources[name] = where
    env = os.environ if environ is None else environ
    if env.get(ENV_REGISTRY):
        values["registry"] = env[ENV_REGISTRY]
        sources["registry"] = ENV_REGISTRY
    if env.get(ENV_CACHE_DIR):
        values["cache_dir"] = env[ENV_CACHE_DIR]
        sources["cache_dir"] = ENV_CACHE_DIR
    if env.get(ENV_NO_CACHE, "") not in ("", "0"):
        values["cache"] = False
        sources["cache"] = ENV_NO_CACHE
    if env.get(ENV_FORMAT):
        check = Checker(ENV_FORMAT, lambda key: 0, *checker_args)
        values["format"] = check.check("format", env[ENV_FORMAT], (ENV_FORMAT,))
        sources["format"] = ENV_FORMAT
    for name, value in (overrides or {}).items():
        if value is None:
            continue
        if name not in _FIELDS:
            raise ValueError(f"unknown setting {name!r}")
        flag = "--" + name.replace("_", "-")
        check = Checker(flag, lambda key: 0, *checker_args)
        checked = check.check(name, value, (flag,))
        if name == "severity" and isinstance(checked, Mapping):
            # A CLI severity adjusts single rules; the file's other rules keep theirs.
            merged = dict(values["severity"])  # type: ignore[call-overload]
            merged.update(checked)
            checked = MappingProxyType(merged)
        values[name] = checked
        sources[name] = flag
    return Settings(
        **values,  # type: ignore[arg-type]
        sources=MappingProxyType(sources),
        config_path=str(path) if path is not None else None,
    )


def _render(value: object) -> str:
    if value is None:
        return "(not set)"
    if isinstance(value, Mapping):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{k} = {_render(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_render(v) for v in value) + "]"
    return quote(value)


def describe(settings: Settings) -> list[tuple[str, str, str]]:
    """Return (key, value, source) rows for ``factcheck config``."""
    rows = []
    for name in _FIELDS:
        key = name.replace("_", "-")
        if name.startswith("tolerance_"):
            key = "tolerance." + name.removeprefix("tolerance_")
        rows.append((key, _render(getattr(settings, name)), settings.sources.get(name, "default")))
    return rows
