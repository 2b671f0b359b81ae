"""The formula grammar of derived figures: values, intervals, solving for one name, and the
errors a curator reads (never eval)."""

from __future__ import annotations

import pytest

from factcheck.formula import FormulaError, evaluate, parse, solve, value_of
from factcheck.intervals import Interval

VALUES = [
    pytest.param("a / b * 100000", {"a": 1480, "b": 8e6}, 18.5, id="rate-per-100000"),
    pytest.param("a / b * 100", {"a": 70000, "b": 110000}, 63.636363, id="share-in-percent"),
    pytest.param("(new - old) / old * 100", {"new": 52000, "old": 40000}, 30.0,
                 id="change-in-percent"),
    pytest.param("a + b + c", {"a": 1, "b": 2.5, "c": -1}, 2.5, id="sum"),
    pytest.param("a - b - c", {"a": 10, "b": 3, "c": 2}, 5.0, id="subtraction-is-left-to-right"),
    pytest.param("a / b / c", {"a": 100, "b": 5, "c": 2}, 10.0, id="division-is-left-to-right"),
    pytest.param("a + b * c", {"a": 1, "b": 2, "c": 3}, 7.0, id="products-first"),
    pytest.param("-(a - b) * 2", {"a": 3, "b": 5}, 4.0, id="unary-minus-of-parentheses"),
    pytest.param("budget / pupils", {"budget": 912e6, "pupils": 76000}, 12000.0, id="long-names"),
    pytest.param("a * 1_000 + 0.5e1", {"a": 2}, 2005.0, id="number-forms"),
]

ERRORS = [
    pytest.param("", "formula is empty: write one such as a / b * 100000", id="empty"),
    pytest.param("a +", "formula 'a +' ends too early: a number, a name or '(' is missing",
                 id="ends-early"),
    pytest.param("a ** b", "unexpected '*' at column 4: expected a number, a name or '('",
                 id="power"),
    pytest.param("(a / b", "'(' at column 1 is never closed", id="unclosed"),
    pytest.param("a / b)", "unexpected ')' at column 6: nothing opens it", id="stray-close"),
    pytest.param("a b", "unexpected 'b' at column 3: an operator (+ - * /) is missing",
                 id="no-operator"),
    pytest.param("a % b", "unexpected '%' at column 3: a formula holds numbers, lower-case names, "
                 "+ - * / and parentheses", id="percent-sign"),
    pytest.param("__import__('os')",
                 "unexpected '_' at column 1: a formula holds numbers, lower-case "
                 "names, + - * / and parentheses", id="no-python"),
    pytest.param("A / b", "unexpected 'A' at column 1: a formula holds numbers, lower-case names, "
                 "+ - * / and parentheses", id="upper-case-name"),
    pytest.param("a" + " + a" * 100, "formula is longer than 200 characters", id="too-long"),
    pytest.param("a * 1e400", "number 1e400 at column 5 is too large", id="not-finite"),
]


@pytest.mark.parametrize(("text", "values", "expected"), VALUES)
def test_formulas_compute(text: str, values: dict[str, float], expected: float) -> None:
    assert value_of(parse(text), values) == pytest.approx(expected)


@pytest.mark.parametrize(("text", "message"), ERRORS)
def test_bad_formulas_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(FormulaError) as err:
        parse(text)
    assert str(err.value) == message


def test_names_in_order() -> None:
    assert parse("(a - b) / b * k").names() == ["a", "b", "b", "k"]


def test_intervals_take_every_end() -> None:
    rate = evaluate(parse("a / b * 100000"), {"a": Interval(1475, 1485), "b": Interval(7.5e6,
                                                                                       8.5e6)})
    assert (rate.low, rate.high) == pytest.approx((1475 / 8.5e6 * 1e5, 1485 / 7.5e6 * 1e5))


def test_a_divisor_that_may_be_zero_is_an_error() -> None:
    with pytest.raises(FormulaError, match="a divisor may be zero"):
        evaluate(parse("a / (b - c)"), {"a": Interval(1, 1), "b": Interval(1, 2), "c": Interval(1,
                                                                                                1)})


def test_a_name_without_a_value_is_an_error() -> None:
    with pytest.raises(FormulaError, match="'b' has no value"):
        evaluate(parse("a / b"), {"a": Interval(1, 1)})


@pytest.mark.parametrize(("text", "name", "result", "others", "expected"), [
    pytest.param("a / b * 100000", "b", 25.0, {"a": 32223}, 128_892_000, id="population-of-a-rate"),
    pytest.param("a / b * 100000", "a", 18.5, {"b": 8e6}, 1480, id="count-of-a-rate"),
    pytest.param("(new - old) / old * 100", "new", 30.0, {"old": 40000}, 52000,
                 id="level-of-a-change"),
    pytest.param("k - a", "a", 3.0, {"k": 10}, 7.0, id="right-of-a-subtraction"),
    pytest.param("k / a", "a", 4.0, {"k": 10}, 2.5, id="right-of-a-division"),
    pytest.param("-a + k", "a", 1.0, {"k": 10}, 9.0, id="negated"),
])
def test_solving_for_one_name(text: str, name: str, result: float, others: dict[str, float],
                              expected: float) -> None:
    point = {k: Interval(v, v) for k, v in others.items()}
    found = solve(parse(text), name, Interval(result, result), point)
    assert (found.low, found.high) == pytest.approx((expected, expected))


def test_a_name_that_occurs_twice_is_not_solved() -> None:
    with pytest.raises(FormulaError, match="must occur once"):
        solve(parse("(a - b) / b"), "b", Interval(1, 1), {"a": Interval(2, 2)})
