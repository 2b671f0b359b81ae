"""Read ``factcheck:`` directives in drafts and drop the findings they suppress."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.documents.load import Document
    from factcheck.documents.segments import Directive
    from factcheck.models import Finding

__all__ = ["DIRECTIVE_WORDS", "Suppression", "apply_suppressions", "parse_suppressions"]

DIRECTIVE_WORDS: tuple[str, ...] = ("ignore", "ignore-file", "off", "on")

_CODE_RE = re.compile(r"FC\d{3}", re.I)
_HEAD_RE = re.compile(r"\s*factcheck\s*:\s*", re.I)
_SPLIT_RE = re.compile(r"[\s,]+")

DirectiveError = tuple[int, int, str]  # (line, column, message)


@dataclass(frozen=True, slots=True)
class Suppression:
    """A range of lines where findings of some rules (or all) are not reported."""

    kind: str  # "line", "block" or "file"
    codes: frozenset[str]  # empty means every rule
    start_line: int
    end_line: int
    directive_line: int
    directive_column: int
    reason: str | None = None

    def matches(self, finding: Finding) -> bool:
        """Say whether this suppression covers a finding."""
        in_range = self.kind == "file" or self.start_line <= finding.line <= self.end_line
        return in_range and (not self.codes or finding.code in self.codes)


@dataclass(frozen=True, slots=True)
class _Parsed:
    word: str
    codes: frozenset[str]
    reason: str | None


def _parse_directive(
    d: Directive, names: Mapping[str, str], known: frozenset[str], problems: list[DirectiveError]
) -> _Parsed | None:
    """Parse one directive's text, reporting malformed parts; None when it cannot apply."""
    head = _HEAD_RE.match(d.text)
    if head is None:
        problems.append((d.line, d.column, f"malformed factcheck directive {d.text!r}"))
        return None
    rest = d.text[head.end() :]
    reason: str | None = None
    if "--" in rest:
        rest, _, why = rest.partition("--")
        reason = why.strip() or None
    words = [w for w in _SPLIT_RE.split(rest.strip()) if w]
    word = _directive_word(d, words, problems)
    if word is None:
        return None
    codes, every, bad = _directive_codes(d, words[1:], names, known, problems)
    if bad and not codes and not every:
        # Every named rule was wrong: suppressing everything instead would hide real errors.
        return None
    return _Parsed(word, frozenset() if every else frozenset(codes), reason)


def _directive_word(d: Directive, words: list[str], problems: list[DirectiveError]) -> str | None:
    """Return a directive's verb (ignore, ignore-file, off, on), reporting a missing or unknown."""
    if not words:
        problems.append(
            (
                d.line,
                d.column,
                "empty factcheck directive (expected ignore, ignore-file, off or on)",
            )
        )
        return None
    word = words[0].lower()
    if word not in DIRECTIVE_WORDS:
        hint = difflib.get_close_matches(word, DIRECTIVE_WORDS, n=1)
        message = f"unknown factcheck directive {words[0]!r}"
        message += (
            f" (did you mean {hint[0]!r}?)"
            if hint
            else " (expected ignore, ignore-file, off or on)"
        )
        problems.append((d.line, d.column, message))
        return None
    return word


def _directive_codes(
    d: Directive,
    tokens: list[str],
    names: Mapping[str, str],
    known: frozenset[str],
    problems: list[DirectiveError],
) -> tuple[set[str], bool, int]:
    """Return the rule codes a directive names, whether it says "all", and how many were wrong."""
    codes: set[str] = set()
    every = False
    bad = 0
    for tok in tokens:
        low = tok.lower()
        if low == "all":
            every = True
        elif _CODE_RE.fullmatch(tok):
            code = tok.upper()
            if known and code not in known:
                problems.append((d.line, d.column, f"unknown rule code {code!r} in directive"))
                bad += 1
            else:
                codes.add(code)
        elif low in names or low.replace("_", "-") in names:
            codes.add(names.get(low) or names[low.replace("_", "-")])
        else:
            hint = difflib.get_close_matches(low, list(names), n=1)
            message = f"unknown rule {tok!r} in directive"
            message += f" (did you mean {hint[0]!r}?)" if hint else ""
            problems.append((d.line, d.column, message))
            bad += 1
    return codes, every, bad


def _directive_only_lines(doc: Document) -> tuple[set[int], dict[int, bool]]:
    """Return lines holding nothing but directives, and for each directive whether it is alone."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for d in doc.directives:
        for line in range(d.line, (d.end_line or d.line) + 1):
            spans.setdefault(line, []).append((d.offset, d.end))
    only: set[int] = set()
    for line, cut in spans.items():
        start, end = doc.line_span(line)
        rest = []
        pos = start
        for s, e in sorted(cut):
            if s > pos:
                rest.append(doc.text[pos : min(s, end)])
            pos = max(pos, e)
        if pos < end:
            rest.append(doc.text[pos:end])
        if not "".join(rest).strip():
            only.add(line)
    alone = {
        i: all(line in only for line in range(d.line, (d.end_line or d.line) + 1))
        for i, d in enumerate(doc.directives)
    }
    return only, alone


# An open "off" block: its codes, its first line, the directive that opened it, its reason.
_Block = tuple[frozenset[str], int, "Directive", str | None]


def parse_suppressions(
    doc: Document, *, names: Mapping[str, str]
) -> tuple[list[Suppression], list[DirectiveError]]:
    """Turn a document's directives into suppressions, with (line, column, message) problems."""
    problems: list[DirectiveError] = []
    sups: list[Suppression] = []
    if not doc.directives:
        return sups, problems
    names = {k.lower(): v.upper() for k, v in names.items()}
    known = frozenset(names.values())
    # The empty "line" after a final newline is not a line of the file.
    last_line = max(doc.line_count - (1 if doc.text.endswith(("\n", "\r")) else 0), 1)
    only, alone = _directive_only_lines(doc)
    open_blocks: list[_Block] = []
    for i, d in enumerate(doc.directives):
        parsed = _parse_directive(d, names, known, problems)
        if parsed is None:
            continue
        end_line = d.end_line or d.line
        if parsed.word == "ignore-file":
            sups.append(
                Suppression("file", parsed.codes, 1, last_line, d.line, d.column, parsed.reason)
            )
        elif parsed.word == "ignore":
            target = _ignore_target(doc, d, alone[i], only, last_line)
            sups.append(
                Suppression("line", parsed.codes, target, target, d.line, d.column, parsed.reason)
            )
        elif parsed.word == "off":
            open_blocks.append((parsed.codes, end_line + 1, d, parsed.reason))
        else:  # "on"
            open_blocks = _turn_on(parsed, d, open_blocks, sups, problems)
    for block in open_blocks:
        # An unclosed "off" runs to the end of the file.
        sups.append(_closed(block, last_line))
    return sups, problems


def _ignore_target(doc: Document, d: Directive, alone: bool, only: set[int], last_line: int) -> int:
    """Return the line an "ignore" directive covers."""
    end_line = d.end_line or d.line
    if alone:
        # On a line of its own: the next line with text on it.
        target = end_line + 1
        while target <= last_line and (target in only or not doc.line_text(target).strip()):
            target += 1
        return target
    # After text on the same line (or before it): that line.
    start, _ = doc.line_span(d.line)
    before = doc.text[start : d.offset].strip()
    return d.line if before else end_line


def _closed(block: _Block, end: int) -> Suppression:
    """Return an "off" block closed at a line as a suppression."""
    codes, start, d, reason = block
    return Suppression("block", codes, start, end, d.line, d.column, reason)


def _turn_on(
    parsed: _Parsed,
    d: Directive,
    open_blocks: list[_Block],
    sups: list[Suppression],
    problems: list[DirectiveError],
) -> list[_Block]:
    """Close the blocks an "on" directive ends, reporting one that ends none; return those open."""
    if not open_blocks:
        problems.append((d.line, d.column, "'factcheck: on' without a preceding 'factcheck: off'"))
        return open_blocks
    if not parsed.codes:
        sups.extend(_closed(block, d.line) for block in open_blocks)
        return []
    matched = False
    still_open: list[_Block] = []
    for block in open_blocks:
        codes = block[0]
        if codes and codes & parsed.codes:
            matched = True
            sups.append(_closed(block, d.line))
            left = codes - parsed.codes
            if left:
                still_open.append((left, d.line + 1, block[2], block[3]))
        else:
            still_open.append(block)
    if not matched:
        listed = ", ".join(sorted(parsed.codes))
        problems.append(
            (d.line, d.column,
             f"'factcheck: on {listed}' matches no 'factcheck: off' for those rules")
        )
    return still_open


def apply_suppressions(
    findings: Sequence[Finding], sups: list[Suppression]
) -> tuple[list[Finding], list[Suppression]]:
    """Drop suppressed findings; return the kept findings and the suppressions that matched none."""
    if not sups:
        return list(findings), []
    by_line: dict[int, list[int]] = {}
    ranged: list[int] = []
    for i, s in enumerate(sups):
        if s.kind == "line" and s.start_line == s.end_line:
            by_line.setdefault(s.start_line, []).append(i)
        else:
            ranged.append(i)
    used = [False] * len(sups)
    kept: list[Finding] = []
    for f in findings:
        hit = False
        for i in by_line.get(f.line, ()):
            if sups[i].matches(f):
                used[i] = hit = True
        for i in ranged:
            if sups[i].matches(f):
                used[i] = hit = True
        if not hit:
            kept.append(f)
    return kept, [s for s, u in zip(sups, used, strict=True) if not u]
