"""Find the relations a draft's sentences state between their numbers, with what they imply.

Each finder reads one layout of words (the tables in check/arithmetic.py) and computes, with
intervals, what the other numbers imply for the stated one: a share from its part and whole,
a change or multiple from its two levels, a difference, a total from its items, a rate from
its count and population.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.check import arithmetic as a
from factcheck.check.arithmetic import Clause, Relation, value_interval
from factcheck.check.stated import stated_words
from factcheck.intervals import Interval, describe, format_number
from factcheck.types import Statement

# The last block's statements and their relations: the arithmetic and percentage-points
# rules read each block in turn, and both need all of them. Holding the statements keeps
# their ids from being reused while the entry lives (one block, then the next replaces it).
_last: tuple[tuple[Statement, ...], tuple[Relation, ...]] = ((), ())


def block_relations(statements: list[Statement]) -> tuple[Relation, ...]:
    """Return every relation of one block, computed once for the rules that read it in turn."""
    global _last
    held, found = _last
    if held and len(held) == len(statements) and all(
            mine is theirs for mine, theirs in zip(held, statements, strict=True)):
        return found
    found = tuple(relations(statements))
    _last = (tuple(statements), found)
    return found


def relations(statements: list[Statement]) -> Iterator[Relation]:
    """Yield every relation the sentences of one block, or the cells of one table, state."""
    yield from table_totals([s for s in statements if s.cell is not None])
    for c in a.clauses(statements):
        yield from shares(c)
        yield from changes(c)
        yield from totals(c)
        yield from rates(c)


# --- numbers in words -------------------------------------------------------------------


CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£"}


def percent(v: float) -> str:
    """Say a share or change in percent: '64 percent', '8.3 percent'."""
    v = abs(v)
    return f"{round(v):,} percent" if v >= 9.95 else f"{format_number(round(v, 1))} percent"


def amount(v: float, like: Statement) -> str:
    """Say a value in the unit of a stated number: '$5.2 million', '8,000', '3.1 percent'."""
    v = round(v, 2) if abs(v) < 100 else round(v)
    if like.q.unit == "percent":
        return percent(v)
    if like.q.unit in CURRENCY_SIGNS:
        return f"{CURRENCY_SIGNS[like.q.unit]}{format_number(v)}"
    return describe(v, "exact", like.q.unit)


def as_said(st: Statement) -> str:
    """Say a number as the draft does, mid-sentence: 'one in four', 'more than 120,000'."""
    words = stated_words(st)
    return words[0].lower() + words[1:] if re.match(r"[A-Z][a-z]", words) else words


def closed(low: float, high: float) -> Interval:
    """Return the closed interval between two values, in either order."""
    return Interval(min(low, high), max(low, high))


def magnitude(iv: Interval) -> Interval:
    """Return the interval of |x| for x in `iv`."""
    if iv.low >= 0:
        return iv
    if iv.high <= 0:
        return Interval(-iv.high, -iv.low)
    return Interval(0.0, max(-iv.low, iv.high))


def signed(iv: Interval, sign: int) -> Interval:
    """Return the interval, negated when `sign` is negative."""
    return iv if sign >= 0 else Interval(-iv.high, -iv.low, iv.high_open, iv.low_open)


def _positive(*sts: Statement) -> bool:
    """Say whether every number has a value above zero."""
    return all(s.q.value is not None and s.q.value > 0 for s in sts)


# --- shares -----------------------------------------------------------------------------


def _is_share(c: Clause, i: int) -> bool:
    """Say whether number `i` is a share ("40 percent", "one in four"), not a change of one."""
    st = c.sts[i]
    return ((st.q.kind == "fraction" or (st.q.kind == "percent" and st.q.unit == "percent"))
            and not a.SHARE_SPOILERS.match(c.after(i)))


def _is_amount(st: Statement) -> bool:
    """Say whether a number is an amount that parts and totals can be made of."""
    return st.q.kind in ("count", "money", "measure") and st.q.per is None


def shares(c: Clause) -> Iterator[Relation]:
    """Yield "70,000 of the 110,000 deaths, or 40 percent" and its other orders."""
    for i in range(len(c.sts) - 2):
        x, y, z = c.sts[i:i + 3]
        g1, g2 = c.after(i), c.after(i + 1)
        if _is_share(c, i + 2) and a.OF.match(g1) and a.ASIDE.match(g2):
            found = (x, y, z)  # part of whole, or share
        elif _is_share(c, i) and a.OF.match(g1) and a.ASIDE.match(g2):
            found = (z, y, x)  # share of whole, or part
        elif _is_share(c, i + 1) and a.ASIDE.match(g1) and a.OF.match(g2):
            found = (x, z, y)  # part, or share of whole
        elif _is_share(c, i) and a.ASIDE.match(g1) and a.OF.match(g2):
            found = (y, z, x)  # share, part of whole
        elif (_is_share(c, i + 2) and a.OF_LEAD.search(c.before(i)) and a.LEAD_GAP.match(g1)
                and a.ASIDE.match(g2)):
            found = (y, x, z)  # of the whole, part, or share
        else:
            continue
        part, whole, share = found
        if not (_is_amount(part) and a.same_scale(part, whole) and _positive(part, whole)):
            continue
        assert part.q.value is not None and whole.q.value is not None
        if part.q.value > whole.q.value:
            continue
        p, w = value_interval(part), value_interval(whole)
        implied = closed(p.low / w.high * 100, p.high / max(w.low, 1e-12) * 100)
        v = part.q.value / whole.q.value * 100
        yield Relation("share", share, value_interval(share), implied,
                       f"{part.q.text} of {whole.q.text} is {percent(v)}, not {as_said(share)}")


# --- changes, multiples and differences --------------------------------------------------


def changes(c: Clause) -> Iterator[Relation]:
    """Yield the change a sentence states between two levels it also states."""
    for old, new, sign, k in _compared(c):
        rel = _change(c, old, new, sign, k)
        if rel is not None:
            yield rel


def _compared(c: Clause) -> Iterator[tuple[Statement, Statement, int, int]]:
    """Yield (old level, new level, sign the words give, index of the change)."""
    for o, n, sign in a.pairs(c):
        lo, hi = min(o, n), max(o, n)
        near = [k for k in (lo - 1, hi + 1) if 0 <= k < len(c.sts) and _change_kind(c, k, c.sts[o])
                and not a.CLAUSE_BREAK.search(c.after(k) if k < lo else c.before(k))]
        if len(near) == 1:
            yield c.sts[o], c.sts[n], sign, near[0]
    for i in range(len(c.sts) - 2):
        t, b = c.sts[i], c.sts[i + 2]
        g1, g2 = c.after(i), c.after(i + 1)
        lead = a.LEAD.match(g1)
        if lead is None or not a.same_scale(t, b) or not _change_kind(c, i + 1, b, loose=True):
            continue
        if m := a.COMPARED.match(g2):
            yield b, t, -1 if m.group("dir").lower() in a.NEGATIVE else 1, i + 1
        elif lead.group("dir") and a.UP_FROM.match(g2):
            yield b, t, 1 if lead.group("dir").lower() == "up" else -1, i + 1
        elif a.is_multiple(c.sts[i + 1]) and a.MULTIPLE_AFTER.match(g2):
            yield b, t, 0, i + 1


def _change_kind(c: Clause, k: int, level: Statement, loose: bool = False) -> str | None:
    """Return how number `k` states a change of `level`'s quantity, or None."""
    st, before, after = c.sts[k], c.before(k), c.after(k)
    said_as_change = bool(a.DIFF_BEFORE.search(before) or a.DIFF_AFTER.match(after))
    if a.is_percent_change(st) or (st.q.kind == "percent" and st.q.unit == "percent" and (
            said_as_change or (loose and level.q.unit != "percent"))):
        return "percent"
    if a.is_multiple(st):
        return "multiple"
    if st.q.kind == "fraction" and (a.FRACTION_CHANGE_AFTER.match(after)
                                    or a.FRACTION_CHANGE_BEFORE.search(before)):
        return "percent"
    if st.q.kind == "percentage-points" and level.q.unit == "percent":
        return "points"
    if _counts_like(st, level) and level.q.unit != "percent" and (
            loose or st.direction or said_as_change):
        return "difference"
    return None


def _counts_like(change: Statement, level: Statement) -> bool:
    """Say whether a difference counts what a level does ("3,800 more" of "14,200 jobs")."""
    if change.q.per is None and level.q.kind == "rate":
        return a.level_unit(change) == a.level_unit(level) and change.q.kind == "count"
    return a.same_scale(change, level)


def _change(c: Clause, old: Statement, new: Statement, sign: int, k: int) -> Relation | None:
    """Return the relation between two levels and the change number `k` states of them."""
    if not _positive(old, new):
        return None
    o, n = value_interval(old), value_interval(new)
    if (old.q.hedge in ("more-than", "less-than")
            and re.search(r"than\s+$", c.before(c.sts.index(old)))):
        # "8,000 more than 26,000": the comparison took the hedge
        o = value_interval(old, plain=True)
    if new.q.hedge == "at-most" and re.search(r"\bup\s+to\s+$", c.before(c.sts.index(new))):
        n = value_interval(new, plain=True)  # "ticked up to 51 from 48" is a level, not a bound
    kind = _change_kind(c, k, old, loose=True)
    direction = c.sts[k].direction or sign
    if kind == "multiple":
        return _multiple(c, k, old, new, o, n)
    if kind in ("points", "difference"):
        return _difference(c.sts[k], old, new, o, n, direction, points=kind == "points")
    return _percent_change(c.sts[k], old, new, o, n, direction)


def _difference(st: Statement, old: Statement, new: Statement, o: Interval, n: Interval,
                direction: int, points: bool) -> Relation:
    """Return "34,000 is 8,000 more than 26,000" (in percentage points between two percentages)."""
    assert old.q.value is not None and new.q.value is not None
    v = new.q.value - old.q.value
    what = f"{format_number(round(abs(v), 2))} percentage points" if points else amount(abs(v), new)
    said = f"{as_said(st)} {'more' if direction > 0 else 'less'}" if direction else as_said(st)
    diff = closed(n.low - o.high, n.high - o.low)
    stated = value_interval(st)
    return Relation("difference", st, signed(stated, direction) if direction else stated,
                    diff if direction else magnitude(diff),
                    f"{new.q.text} is {what} {'more' if v >= 0 else 'less'} than "
                    f"{old.q.text}, not {said}")


def _percent_change(st: Statement, old: Statement, new: Statement, o: Interval, n: Interval,
                    direction: int) -> Relation:
    """Return "from 40,000 to 52,000 is an increase of 30 percent"; between two percentages, with
    the percentage-point reading beside it."""
    assert old.q.value is not None and new.q.value is not None
    span = f"from {old.q.text} to {new.q.text}"
    v = (new.q.value / old.q.value - 1) * 100
    way = "an increase" if v >= 0 else "a decrease"
    said = as_said(st)
    if direction and (direction > 0) != (v >= 0):
        said = f"{'an increase' if direction > 0 else 'a decrease'} of {said}"
    rel = closed((n.low / o.high - 1) * 100, (n.high / max(o.low, 1e-12) - 1) * 100)
    stated = value_interval(st)
    message, points, points_message = f"{span} is {way} of {percent(v)}", None, ""
    if old.q.unit == "percent" and new.q.unit == "percent":
        pts = closed(n.low - o.high, n.high - o.low)
        points = pts if direction else magnitude(pts)
        in_points = f"{format_number(round(abs(new.q.value - old.q.value), 2))} percentage points"
        points_message = f"{span} is {in_points} ({way} of {percent(v)})"
        message += f" ({in_points})"
    return Relation("change", st, signed(stated, direction) if direction else stated,
                    rel if direction else magnitude(rel), f"{message}, not {said}",
                    points=points, points_message=points_message,
                    levels=(old, new) if points is None and direction else ())


def _multiple(c: Clause, k: int, old: Statement, new: Statement, o: Interval, n: Interval,
              ) -> Relation | None:
    """Return "from 1,200 to 2,400 is 2 times" against "doubled", "three times as many"."""
    st = c.sts[k]
    span = f"from {old.q.text} to {new.q.text}"
    after = c.after(k)
    if re.match(r"^\s+(?:lower|less|fewer|smaller|cheaper)\b", after, re.I):
        return None  # "three times lower" says no one ratio
    stated = value_interval(st)
    if re.match(r"^\s+(?:more|higher|greater|larger|bigger)\b", after, re.I):
        stated = Interval(stated.low, stated.high + 1)  # "three times more" is read both ways
    assert old.q.value is not None and new.q.value is not None
    ratio = closed(n.low / o.high, n.high / max(o.low, 1e-12))
    v = new.q.value / old.q.value
    return Relation("multiple", st, stated, ratio,
                    f"{span} is {format_number(round(v, 2 if v < 1 else 1))} times, "
                    f"not {as_said(st)}")


# --- totals and rates --------------------------------------------------------------------


def totals(c: Clause) -> Iterator[Relation]:
    """Yield "A, B and C, a total of T" (any run of two or more of its last items may sum)."""
    for t in range(2, len(c.sts)):
        total = c.sts[t]
        if not (_is_amount(total) or total.q.unit == "percent"):
            continue
        if not (a.TOTAL_BEFORE.search(c.before(t)) or a.TOTAL_AFTER.match(c.after(t))):
            continue
        if len(c.before(t)) > 60 or a.TOTAL_SPAN.match(c.after(t)):
            continue
        first = t - 1
        while (first > 0 and a.same_scale(c.sts[first - 1], total)
               and a.LIST_GAP.match(c.before(first))):
            first -= 1
        items = c.sts[first:t]
        if (len(items) < 2 or not a.LIST_END.search(c.before(t - 1))
                or not all(a.same_scale(s, total) for s in items)):
            continue
        sums = [_sum(items[j:]) for j in range(len(items) - 1)]
        stated = value_interval(total)
        if any(s.overlaps(stated) for s in sums):
            continue
        v = sum(s.q.value or 0.0 for s in items)
        yield Relation("total", total, stated, sums[0],
                       f"{' + '.join(s.q.text for s in items)} is {amount(v, total)}, "
                       f"not {as_said(total)}")


def _sum(items: list[Statement]) -> Interval:
    """Return the interval of a sum of stated numbers."""
    ivs = [value_interval(s) for s in items]
    return closed(sum(i.low for i in ivs), sum(i.high for i in ivs))


def rates(c: Clause) -> Iterator[Relation]:
    """Yield "32,223 killings, a rate of 25 per 100,000" when the sentence gives the population."""
    populations: list[tuple[int, Statement]] | None = None  # read once a sentence: linear
    for i in range(len(c.sts) - 1):
        count, rate = c.sts[i], c.sts[i + 1]
        if rate.q.kind != "rate" or not _is_amount(count) or not a.RATE_GAP.match(c.after(i)):
            continue
        per = re.match(r"^(\d+)\b", rate.q.per or "")
        if populations is None:
            populations = [(j, p) for j, p in enumerate(c.sts) if _is_amount(p) and (
                a.POPULATION_BEFORE.search(c.before(j)) or a.POPULATION_AFTER.match(c.after(j)))]
        pops = [p for j, p in populations if j not in (i, i + 1)]
        if per is None or len(pops) != 1 or not _positive(count, pops[0]):
            continue
        pop, base = pops[0], float(per.group(1))
        assert count.q.value is not None and pop.q.value is not None
        ci, pi = value_interval(count), value_interval(pop)
        implied = closed(ci.low / pi.high * base, ci.high / max(pi.low, 1e-12) * base)
        v = count.q.value / pop.q.value * base
        yield Relation("rate", rate, value_interval(rate), implied,
                       f"{count.q.text} in a population of {pop.q.text} is "
                       f"{format_number(round(v, 1))} per {format_number(base)}, "
                       f"not {as_said(rate)} per {format_number(base)}")


def table_totals(cells: list[Statement]) -> Iterator[Relation]:
    """Yield a table's Total row and Total column against the cells they add up."""
    grid: dict[tuple[int, int], list[Statement]] = {}
    for st in cells:
        assert st.cell is not None
        grid.setdefault((st.cell.row, st.cell.column), []).append(st)
    one = {k: v[0] for k, v in grid.items()
           if len(v) == 1 and v[0].q.value is not None and not v[0].q.malformed}
    labels = {st.cell.row: st.cell.label for st in one.values() if st.cell is not None}
    headers = {st.cell.column: st.cell.header for st in one.values() if st.cell is not None}
    if any(a.SUBTOTAL_LABEL.search(t) for t in (*labels.values(), *headers.values())):
        return  # subtotals: which rows a total covers is not clear
    total_rows = [r for r, t in labels.items() if a.TOTAL_LABEL.search(t)]
    total_cols = [c for c, t in headers.items()
                  if a.TOTAL_LABEL.search(t) and not a.NOT_ADDITIVE.search(t)]
    if len(total_rows) == 1:
        for col in {c for (_, c) in one} - set(total_cols):
            if not a.NOT_ADDITIVE.search(headers.get(col, "")):
                yield from _cell_total(one, [(r, col) for (r, c) in one if c == col],
                                       (total_rows[0], col))
    if len(total_cols) == 1:
        for row in {r for (r, _) in one} - set(total_rows):
            yield from _cell_total(one, [(row, c) for (r, c) in one
                                         if r == row
                                         and not a.NOT_ADDITIVE.search(headers.get(c, ""))],
                                   (row, total_cols[0]))


def _cell_total(one: dict[tuple[int, int], Statement], places: list[tuple[int, int]],
                at: tuple[int, int]) -> Iterator[Relation]:
    """Yield the total cell at `at` when the cells at `places` do not add up to it."""
    total = one.get(at)
    items = [one[p] for p in sorted(places) if p != at]
    if (total is None or len(items) < 2
            or not (_is_amount(total) and all(a.same_scale(s, total) for s in items))):
        return
    stated, summed = value_interval(total), _sum(items)
    if summed.overlaps(stated):
        return
    v = sum(s.q.value or 0.0 for s in items)
    assert total.cell is not None and total.q.value is not None
    terms = " + ".join(s.q.text for s in items) if len(items) <= 6 else f"the {len(items)} cells"
    across = all(s.cell is not None and s.cell.row == at[0] for s in items)  # a Total column
    where = f"row '{total.cell.label}'" if across else f"column '{total.cell.header}'"
    yield Relation("total", total, stated, summed,
                   f"{where}: {terms} is {amount(v, total)}, not {amount(total.q.value, total)}")
