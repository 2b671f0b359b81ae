"""A derived figure's formula ("a / b * 100000"): parsed by a small grammar, never by eval.

The grammar is arithmetic over numbers and names, with + - * / and parentheses:

    expr   := term (("+" | "-") term)*
    term   := factor (("*" | "/") factor)*
    factor := ("+" | "-") factor | number | name | "(" expr ")"

A formula is computed on plain values or on intervals (every input as the interval of true
values its rounding and hedge allow, as in docs/judging.md), and can be solved for a name
that occurs once: "32,223 killings at 25 per 100,000" gives the population `b` of
`a / b * 100000`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from factcheck.intervals import Interval

TOKEN = re.compile(r"\s*(?:(?P<number>\d+(?:_\d{3})*(?:\.\d+)?(?:[eE][+-]?\d+)?)"
                   r"|(?P<name>[a-z][a-z0-9_]*)|(?P<op>[-+*/()]))")
MAX_LENGTH = 200  # a formula is a line; anything longer is a mistake, not arithmetic


class FormulaError(ValueError):
    """A formula that cannot be read or computed, with what is wrong."""


@dataclass(frozen=True)
class Node:
    """One node of a formula: a number, a name, a negation or a binary operation."""

    op: str  # "num", "name", "neg", "+", "-", "*", "/"
    value: float = 0.0
    name: str = ""
    left: Node | None = None
    right: Node | None = None

    def names(self) -> list[str]:
        """Return the names the formula reads, in order, each as often as it occurs."""
        if self.op == "name":
            return [self.name]
        return [n for child in (self.left, self.right) if child is not None for n in child.names()]

    def __str__(self) -> str:
        if self.op == "num":
            return f"{self.value:g}"
        if self.op == "name":
            return self.name
        assert self.left is not None
        if self.op == "neg":
            return f"-{self.left}"
        return f"({self.left} {self.op} {self.right})"


def parse(text: str) -> Node:
    """Return the formula as a tree, or raise FormulaError saying where it goes wrong."""
    if len(text) > MAX_LENGTH:
        raise FormulaError(f"formula is longer than {MAX_LENGTH} characters")
    tokens = _tokens(text)
    if not tokens:
        raise FormulaError("formula is empty: write one such as a / b * 100000")
    node, at = _expr(tokens, 0, text)
    if at < len(tokens):
        tok, col = tokens[at][1], tokens[at][2] + 1
        raise FormulaError(f"unexpected '{tok}' at column {col}: an operator (+ - * /) is missing"
                           if tok != ")" else f"unexpected ')' at column {col}: nothing opens it")
    return node


def _tokens(text: str) -> list[tuple[str, str, int]]:
    """Return (kind, text, column) of every token; raise FormulaError at a stray character."""
    out, at = [], 0
    while at < len(text):
        m = TOKEN.match(text, at)
        if m is None or m.end() == at:
            if not text[at:].strip():
                break
            col = at + len(text[at:]) - len(text[at:].lstrip())
            raise FormulaError(f"unexpected '{text[col]}' at column {col + 1}: a formula holds "
                               "numbers, lower-case names, + - * / and parentheses")
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind), m.start(kind)))
        at = m.end()
    return out


def _expect_more(tokens: list[tuple[str, str, int]], at: int, text: str) -> None:
    if at >= len(tokens):
        raise FormulaError(f"formula '{text.strip()}' ends too early: a number, a name or '(' "
                           "is missing")


def _expr(tokens: list[tuple[str, str, int]], at: int, text: str) -> tuple[Node, int]:
    left, at = _term(tokens, at, text)
    while at < len(tokens) and tokens[at][1] in "+-" and tokens[at][0] == "op":
        op = tokens[at][1]
        right, at = _term(tokens, at + 1, text)
        left = Node(op, left=left, right=right)
    return left, at


def _term(tokens: list[tuple[str, str, int]], at: int, text: str) -> tuple[Node, int]:
    left, at = _factor(tokens, at, text)
    while at < len(tokens) and tokens[at][1] in "*/" and tokens[at][0] == "op":
        op = tokens[at][1]
        right, at = _factor(tokens, at + 1, text)
        left = Node(op, left=left, right=right)
    return left, at


def _factor(tokens: list[tuple[str, str, int]], at: int, text: str) -> tuple[Node, int]:
    _expect_more(tokens, at, text)
    kind, tok, col = tokens[at]
    if kind == "number":
        value = float(tok.replace("_", ""))
        if not math.isfinite(value):
            raise FormulaError(f"number {tok} at column {col + 1} is too large")
        return Node("num", value=value), at + 1
    if kind == "name":
        return Node("name", name=tok), at + 1
    if tok in "+-":
        inner, at = _factor(tokens, at + 1, text)
        return (Node("neg", left=inner) if tok == "-" else inner), at
    if tok == "(":
        inner, at = _expr(tokens, at + 1, text)
        if at >= len(tokens) or tokens[at][1] != ")":
            raise FormulaError(f"'(' at column {col + 1} is never closed")
        return inner, at + 1
    raise FormulaError(f"unexpected '{tok}' at column {col + 1}: expected a number, a name or '('")


# --- computing -------------------------------------------------------------------------


def evaluate(node: Node, values: Mapping[str, Interval]) -> Interval:
    """Return the interval of the formula's result over the intervals of its names.

    Raise FormulaError when a name has no value or a divisor may be zero.
    """
    if node.op == "num":
        return Interval(node.value, node.value)
    if node.op == "name":
        if node.name not in values:
            raise FormulaError(f"'{node.name}' has no value")
        iv = values[node.name]
        return Interval(iv.low, iv.high)
    assert node.left is not None
    left = evaluate(node.left, values)
    if node.op == "neg":
        return negated(left)
    assert node.right is not None
    return OPERATIONS[node.op](left, evaluate(node.right, values))


def value_of(node: Node, values: Mapping[str, float]) -> float:
    """Return the formula's plain value."""
    return evaluate(node, {k: Interval(v, v) for k, v in values.items()}).low


def negated(iv: Interval) -> Interval:
    """Return -iv."""
    return Interval(-iv.high, -iv.low)


def added(a: Interval, b: Interval) -> Interval:
    """Return a + b."""
    return Interval(a.low + b.low, a.high + b.high)


def subtracted(a: Interval, b: Interval) -> Interval:
    """Return a - b."""
    return Interval(a.low - b.high, a.high - b.low)


def multiplied(a: Interval, b: Interval) -> Interval:
    """Return a * b."""
    ends = (a.low * b.low, a.low * b.high, a.high * b.low, a.high * b.high)
    return Interval(min(ends), max(ends))


def divided(a: Interval, b: Interval) -> Interval:
    """Return a / b; raise FormulaError when b may be zero."""
    if b.low <= 0 <= b.high:
        raise FormulaError("a divisor may be zero")
    return multiplied(a, Interval(1 / b.high, 1 / b.low))


OPERATIONS: dict[str, Callable[[Interval, Interval], Interval]] = {
    "+": added, "-": subtracted, "*": multiplied, "/": divided,
}


def solve(node: Node, name: str, result: Interval, values: Mapping[str, Interval]) -> Interval:
    """Return the interval of `name` for which the formula can give `result`, the other names
    taking their intervals; `name` must occur exactly once. Raise FormulaError otherwise."""
    if node.names().count(name) != 1:
        raise FormulaError(f"'{name}' must occur once to be solved for")
    while node.op != "name":
        assert node.left is not None
        if node.op == "neg":
            node, result = node.left, negated(result)
            continue
        left, right = node.left, node.right
        assert left is not None and right is not None
        on_left = name in left.names()
        inside, other = (left, right) if on_left else (right, left)
        o = evaluate(other, values)
        if node.op == "+":
            result = subtracted(result, o)
        elif node.op == "*":
            result = divided(result, o)
        elif node.op == "-":
            result = added(result, o) if on_left else subtracted(o, result)
        else:  # "/": x / o = r gives x = r * o; o / x = r gives x = o / r
            result = multiplied(result, o) if on_left else divided(o, result)
        node = inside
    return result
