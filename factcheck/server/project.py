"""What a draft is checked against in the editor: its settings and its registry, loaded once.

A draft's settings are read as ``factcheck scan`` reads them from the draft's directory
(``.factcheck.toml`` or ``[tool.factcheck]`` upward, then ``$FACTCHECK_REGISTRY``), and its
registry is found the same way (``scan.registry_for``). Both are cached; a cached registry
is reloaded when its file's modification time changes, and ``forget`` drops everything when
the editor reports a change to a registry or a configuration file. A broken registry or
configuration is kept as a `Trouble` (to show on that file) while the draft is checked with
the last good registry, or with none.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.config import Settings, load_settings
from factcheck.decide import Policy
from factcheck.errors import InputError, LocatedError
from factcheck.registry.load import DEFAULT_NAME, FigureRegistry, RegistryError, empty_registry
from factcheck.scan import policy_for, registry_for

WATCHED_NAMES = (DEFAULT_NAME, ".factcheck.toml", "pyproject.toml")  # a change re-checks drafts


@dataclass(frozen=True)
class Trouble:
    """A registry or configuration that cannot be used: the file, a 1-based line and column."""

    path: str
    line: int
    column: int
    message: str


@dataclass(frozen=True)
class Context:
    """Everything one draft is checked with."""

    settings: Settings
    policy: Policy  # the scan's policy, showing verified numbers too (hover needs them)
    registry: FigureRegistry
    has_registry: bool  # False when no registry was named or found upward


@dataclass
class _Loaded:
    registry: FigureRegistry
    stamp: int | None


def _stamp(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def _trouble(exc: InputError, fallback: str) -> Trouble:
    if isinstance(exc, RegistryError):
        return Trouble(exc.path, exc.line, exc.column, exc.message)
    if isinstance(exc, LocatedError):
        return Trouble(exc.path, max(exc.line, 1), 1, exc.message)
    return Trouble(fallback, 1, 1, str(exc))


class Projects:
    """The settings and registries of the open drafts, each loaded once."""

    def __init__(self) -> None:
        self._settings: dict[str, Settings] = {}
        self._registries: dict[str, _Loaded] = {}
        self.troubles: dict[str, Trouble] = {}  # file -> what is wrong with it, to show there

    def forget(self) -> None:
        """Drop every cached setting and mark every registry stale: the next check reads them again.

        A stale registry stays at hand for drafts to use should its file no longer load.
        """
        self._settings.clear()
        for loaded in self._registries.values():
            loaded.stamp = None

    def context_for(self, draft: str) -> Context:
        """Return the settings, policy and registry that `factcheck scan DRAFT` would use."""
        settings = self._settings_for(Path(draft).parent)
        registry, found = self._registry_for(settings, Path(draft).parent)
        policy = replace(policy_for(settings), show_verified=True, min_severity="info")
        return Context(settings, policy, registry, found)

    def registry_paths(self) -> list[str]:
        """Return the files of the registries loaded so far."""
        return list(self._registries)

    def _settings_for(self, directory: Path) -> Settings:
        key = str(directory)
        if key not in self._settings:
            from factcheck.reporters import REPORTERS
            from factcheck.rules import rule_names

            try:
                settings = load_settings(directory, known_rules=rule_names(),
                                         known_formats=("auto", *REPORTERS))
            except InputError as exc:
                trouble = _trouble(exc, str(directory))
                self.troubles[trouble.path] = trouble
                settings = Settings()
            else:
                if settings.config_path:
                    self.troubles.pop(settings.config_path, None)
            self._settings[key] = settings
        return self._settings[key]

    def _registry_for(self, settings: Settings, directory: Path) -> tuple[FigureRegistry, bool]:
        path = settings.registry or _upward(directory)  # the setting holds $FACTCHECK_REGISTRY too
        if path is None:
            return empty_registry(), False
        key = os.path.abspath(path)
        loaded = self._registries.get(key)
        if loaded is not None and loaded.stamp is not None and loaded.stamp == _stamp(key):
            return loaded.registry, True
        try:
            registry, _ = registry_for(replace(settings, registry=key), directory)
        except InputError as exc:
            trouble = _trouble(exc, key)
            self.troubles[trouble.path] = trouble
            registry = loaded.registry if loaded is not None else empty_registry(key)
        else:
            self.troubles.pop(registry.path, None)
            self.troubles.pop(key, None)
        self._registries[key] = _Loaded(registry, _stamp(key))
        return registry, True


def _upward(directory: Path) -> str | None:
    from factcheck.registry.load import find_registry_or_none

    found = find_registry_or_none(None, directory)
    return str(found) if found is not None else None
