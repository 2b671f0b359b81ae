"""Validate one setting's value, wherever it came from (a config file, the environment, a flag).

Each kind of value has one short check; `FIELD_KINDS` (data) says which check a setting takes.
A bad value raises ConfigError naming the file, the line and what is wrong.
"""

from __future__ import annotations

import datetime
import difflib
import json
import re
from collections.abc import Callable, Collection, Mapping
from types import MappingProxyType

from factcheck.errors import LocatedError

SEVERITY_NAMES: tuple[str, ...] = ("error", "warning", "info")
FAIL_ON: tuple[str, ...] = ("error", "warning", "info", "never")
MAX_JOBS = 64  # more worker processes than this only cost memory
_CODE_RE = re.compile(r"FC\d{3}", re.I)
_URL_RE = re.compile(r"https?://[^\s/]+")

# Settings field -> the kind of value it holds.
FIELD_KINDS: dict[str, str] = {
    "registry": "text", "format": "format", "author": "name", "author_url": "url",
    "review_url": "url",
    "rule_docs_url": "docs_url", "include": "globs", "exclude": "globs", "select": "rules",
    "ignore": "rules", "fail_on": "fail_on", "min_severity": "severity_name",
    "severity": "severities",
    "show_verified": "flag", "respect_gitignore": "flag", "jobs": "jobs", "date": "date",
    "tolerance_relative": "fraction", "tolerance_conversion": "fraction",
    "cache": "flag", "cache_dir": "text",
}


class ConfigError(LocatedError):
    """A configuration problem, located at a file and line."""


def norm(key: str) -> str:
    """Return a key as compared: dashes and underscores alike, lower case."""
    return key.replace("_", "-").lower()


def quote(value: object) -> str:
    """Return a value as a message shows it, in TOML's words."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list | tuple):
        return "an array"
    return str(value)


def choices(options: Collection[str]) -> str:
    """Return options as a message lists them: '"a", "b" or "c"'."""
    quoted = [json.dumps(o) for o in options]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1] if len(quoted) > 1 else quoted[0]


class Checker:
    """Validate raw values, raising ConfigError at the right line."""

    def __init__(self, where: str, locate: Callable[[tuple[str, ...]], int],
                 known_rules: Mapping[str, str] | None,
                 known_formats: Collection[str] | None) -> None:
        self.where = where
        self.locate = locate  # (key path) -> line
        self.rules = {norm(k): v.upper() for k, v in known_rules.items()} if known_rules else None
        self.formats = known_formats

    def fail(self, key: tuple[str, ...], message: str) -> ConfigError:
        """Return the error for a bad value at `key`."""
        return ConfigError(self.where, self.locate(key), message)

    def check(self, name: str, value: object, key: tuple[str, ...]) -> object:
        """Return the validated value of Settings field `name`."""
        kind = FIELD_KINDS.get(name)
        if kind is None:
            raise ValueError(f"unknown setting {name!r}")
        method: Callable[[object, tuple[str, ...], str], object] = getattr(self, f"_{kind}")
        return method(value, key, ".".join(key))

    def rule(self, key: tuple[str, ...], name: str, what: str) -> str:
        """Return the code of a rule given by code or name."""
        if _CODE_RE.fullmatch(name):
            code = name.upper()
            if self.rules is not None and code not in self.rules.values():
                raise self.fail(key, f"unknown rule code {json.dumps(code)} in {what}")
            return code
        if self.rules is None:
            return name
        named = self.rules.get(norm(name))
        if named is None:
            hint = difflib.get_close_matches(norm(name), list(self.rules), n=1)
            tail = f" (did you mean {json.dumps(hint[0])}?)" if hint else ""
            raise self.fail(key, f"unknown rule {json.dumps(name)} in {what}{tail}")
        return named

    def _text(self, value: object, key: tuple[str, ...], label: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"{label} must be a non-empty string, not {quote(value)}")
        return value

    def _name(self, value: object, key: tuple[str, ...], label: str) -> str:
        return self._text(value, key, label).strip()

    def _url(self, value: object, key: tuple[str, ...], label: str) -> str:
        text = self._name(value, key, label)
        if not _URL_RE.match(text):
            raise self.fail(key, f"{label} must be an http or https URL, not {quote(value)}")
        return text

    def _format(self, value: object, key: tuple[str, ...], label: str) -> str:
        text = self._text(value, key, label)
        if self.formats is not None and text not in self.formats:
            raise self.fail(key, f"{label} must be one of {choices(list(self.formats))}, not "
                                 f"{quote(value)}")
        return text

    def _docs_url(self, value: object, key: tuple[str, ...], label: str) -> str:
        if not isinstance(value, str) or not ("{code}" in value or "{name}" in value):
            raise self.fail(key, f"{label} must be a URL with {{code}} or {{name}} in it, not "
                                 f"{quote(value)}")
        return value

    def _globs(self, value: object, key: tuple[str, ...], label: str) -> tuple[str, ...]:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, f"{label} must be an array of strings, not {quote(value)}")
        return tuple(value)

    def _rules(self, value: object, key: tuple[str, ...], label: str) -> tuple[str, ...]:
        return tuple(self.rule(key, v, label) for v in self._globs(value, key, label))

    def _one_of(self, value: object, key: tuple[str, ...], label: str,
                options: tuple[str, ...]) -> str:
        if not isinstance(value, str) or value.lower() not in options:
            raise self.fail(key, f"{label} must be {choices(options)}, not {quote(value)}")
        return value.lower()

    def _fail_on(self, value: object, key: tuple[str, ...], label: str) -> str:
        return self._one_of(value, key, label, FAIL_ON)

    def _severity_name(self, value: object, key: tuple[str, ...], label: str) -> str:
        return self._one_of(value, key, label, SEVERITY_NAMES)

    def _severities(self, value: object, key: tuple[str, ...], label: str) -> Mapping[str, str]:
        if not isinstance(value, Mapping):
            raise self.fail(key, f"{label} must be a table of rule = severity, not {quote(value)}")
        out: dict[str, str] = {}
        for rule, sev in value.items():
            sub = (*key, str(rule))
            out[self.rule(sub, str(rule), label)] = self._one_of(sev, sub, f"{label}.{rule}",
                                                                 SEVERITY_NAMES)
        return MappingProxyType(out)

    def _flag(self, value: object, key: tuple[str, ...], label: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(key, f"{label} must be true or false, not {quote(value)}")
        return value

    def _jobs(self, value: object, key: tuple[str, ...], label: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_JOBS:
            raise self.fail(key,
                            f"{label} must be an integer from 1 to {MAX_JOBS}, not {quote(value)}")
        return value

    def _date(self, value: object, key: tuple[str, ...], label: str) -> str | None:
        from factcheck.periods import parse_date

        if value is None:
            return None
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return value.isoformat()  # TOML's own date: date = 2026-04-10
        if not isinstance(value, str) or parse_date(value) is None or len(value.strip()) != 10:
            raise self.fail(key, f"{label} must be a date written YYYY-MM-DD, not {quote(value)}")
        return value.strip()

    def _fraction(self, value: object, key: tuple[str, ...], label: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise self.fail(key, f"{label} must be a number from 0 to 1, not {quote(value)}")
        return float(value)
