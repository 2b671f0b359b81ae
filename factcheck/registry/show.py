"""Render registry figures for people (text) and machines (JSON)."""

from __future__ import annotations

import json
from typing import Any

from factcheck.intervals import describe, format_number
from factcheck.models import Figure
from factcheck.registry.load import figure_kind, source_disagreements
from factcheck.registry.quotes import find_stated_number, normalise_space
from factcheck.registry.revisions import disagreements_within, revision_history

BOLD, RESET = "\x1b[1;33m", "\x1b[0m"


def highlight_quote(quote: str, span: tuple[int, int] | None, color: bool) -> str:
    """Return the quote with its number marked: bold in colour, [brackets] in plain text."""
    if span is None:
        return normalise_space(quote)
    a, b = span
    left, right = (BOLD, RESET) if color else ("[", "]")
    return normalise_space(quote[:a] + left + quote[a:b] + right + quote[b:])


def figure_text(fig: Figure, color: bool = False) -> str:
    """Describe one figure with all its sources and their disagreements."""
    unit = fig.unit + (f" per {fig.per}" if fig.per else "")
    rows = [
        f"{fig.id}: {fig.title}",
        f"  value:     {describe(fig.value, fig.qualifier)} {unit}".rstrip(),
        f"  kind:      {figure_kind(fig)}",
        f"  qualifier: {fig.qualifier}",
    ]
    if fig.period:
        rows.append(f"  period:    {fig.period}")
    if fig.place:
        rows.append(f"  place:     {fig.place}")
    if fig.keywords:
        rows.append(f"  keywords:  {', '.join(fig.keywords)}")
    for rel in fig.related:
        rows.append(f"  related:   {rel.relation} {rel.figure}"
                    + (f" ({rel.note})" if rel.note else ""))
    if fig.formula and fig.derived_from:
        names = ", ".join(f"{name} = {fid}" for name, fid in fig.derived_from.items())
        rows.append(f"  formula:   {fig.formula} ({names})")
    if fig.note:
        rows.append(f"  note:      {fig.note}")
    rows.append(f"  sources ({len(fig.sources)}):")
    for i, src in enumerate(fig.sources, 1):
        stated = (describe(src.value, src.qualifier) if src.value is not None
                  else f"'{src.number}' (malformed)")
        head = (f"  {i}. {src.publisher}" + (f", {src.date}" if src.date else "")
                + f" — {src.document}")
        rows.append(head)
        rows.append(f"     states: {stated}")
        rows.append(f"     “{highlight_quote(src.quote, find_stated_number(src), color)}”")
        if src.attribution:
            rows.append(f"     attributed in drafts by: {', '.join(src.attribution)}")
        if src.note:
            rows.append(f"     note: {src.note}")
    rows.extend(timeline(fig))
    disagreements = disagreements_within(fig) if fig.revisions else source_disagreements(fig)
    if disagreements:
        rows.append("  disagreements:")
        rows.extend(f"  - {d}" for d in disagreements)
    else:
        rows.append("  each estimate's sources agree." if fig.revisions else "  sources agree.")
    return "\n".join(rows) + "\n"


def timeline(fig: Figure) -> list[str]:
    """Return a revised figure's estimates as timeline rows, oldest first, each with how it
    revised the one before and the sources (by number) that report it."""
    history = revision_history(fig)
    if not history:
        return []
    width = max(len(r.label) for r in history) + len(" estimate")
    shown = [describe(r.value, r.qualifier) for r in history]
    value_width = max(map(len, shown))
    rows = [f"  revisions ({len(history)} estimates, oldest first; the newest is the value):"]
    for i, rev in enumerate(history):
        change = ""
        if i:
            step = rev.value - history[i - 1].value
            change = (f"revised {'up' if step > 0 else 'down'} by {format_number(abs(step))}, "
                      if step else "unchanged, ")
        cited = ", ".join(str(p + 1) for p in rev.places)
        label = f"{rev.label} estimate".ljust(width)
        rows.append(f"    {rev.date:<10}  {label}  {shown[i]:>{value_width}}  "
                    f"{change}source{'s' * (len(rev.sources) > 1)} {cited}")
    return rows


def figure_json(fig: Figure) -> str:
    """Return the figure, its quote spans and disagreements as JSON."""
    data: dict[str, Any] = fig.model_dump(mode="json", by_alias=True)  # keys as figures.yaml
    data["kind"] = figure_kind(fig)
    for src_data, src in zip(data["sources"], fig.sources, strict=True):
        span = find_stated_number(src)
        src_data["number_span"] = list(span) if span else None
    history = revision_history(fig)
    if history:
        data["timeline"] = [{"estimate": r.label, "date": r.date, "value": r.value,
                             "qualifier": r.qualifier, "sources": list(r.places)} for r in history]
    data["disagreements"] = (disagreements_within(fig) if fig.revisions
                             else source_disagreements(fig))
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def figures_table(figs: list[Figure]) -> list[tuple[str, str, str, str, str]]:
    """Return rows of (id, value, period, sources, title) for the figures listing."""
    out = []
    for fig in figs:
        value = describe(fig.value, fig.qualifier, None if fig.unit in ("", None) else fig.unit)
        if fig.per:
            value += f" per {fig.per}"
        out.append((fig.id, value, fig.period or "", str(len(fig.sources)), fig.title))
    return out


def figures_json(figs: list[Figure]) -> str:
    """Return a JSON list of figures."""
    data = [f.model_dump(mode="json", by_alias=True) for f in figs]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
