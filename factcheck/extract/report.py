"""Render `factcheck extract`: quantities as a table, JSON, or stub registry entries."""

from __future__ import annotations

import json
import re
import sys

from factcheck.errors import InputError
from factcheck.intervals import format_number
from factcheck.models import Quantity


def _read(path: str) -> tuple[str, str]:
    from factcheck.documents.load import load_document

    if path == "-":
        return "-", sys.stdin.read()
    try:
        doc = load_document(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read file: {exc.strerror or exc}") from None
    return path, doc.text


def iter_quantities(path: str, text: str,
                    all_numbers: bool) -> list[tuple[int, int, Quantity, str]]:
    """Return (line, column, quantity, sentence) for the numbers in a document's prose."""
    from factcheck.documents.load import detect_format, parse_document
    from factcheck.extract.quantities import extract_quantities
    from factcheck.text import sentence_spans

    doc = parse_document(text, path=path, format=detect_format(path))
    out = []
    for seg in doc.segments:
        spans = sentence_spans(seg.text)
        for q in extract_quantities(seg.text):
            if not all_numbers and not (q.is_statistic or q.malformed):
                continue
            line, col = doc.position(seg.to_original(q.start))
            sentence = next((seg.text[a:b] for a, b in spans if a <= q.start < b), seg.text)
            out.append((line, col, q, " ".join(sentence.split())))
    return out


def render_extraction(files: list[str], fmt: str, yaml_stubs: bool, all_numbers: bool) -> str:
    """Return the extraction report for the given files."""
    rows: list[tuple[str, int, int, Quantity, str]] = []
    for f in files:
        path, text = _read(f)
        rows.extend((path, *r) for r in iter_quantities(path, text, all_numbers))
    if yaml_stubs:
        return _stubs(rows)
    if fmt == "json":
        data = [dict(path=p, line=ln, column=c, sentence=s, **q.model_dump())
                for p, ln, c, q, s in rows]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    lines = []
    for path, line, col, q, _ in rows:
        if q.value is not None:
            value = format_number(q.value)
        elif q.low is not None:
            value = "~" + "..".join(format_number(b) for b in (q.low, q.high) if b is not None)
        elif q.malformed:
            value = "malformed: " + (" or ".join(format_number(r) for r in q.readings) or "?")
        else:
            value = "-"
        unit = (q.unit or q.noun or "") + (f" per {q.per}" if q.per else "")
        lines.append(f"{path}:{line}:{col}\t{q.text}\t{value}\t{unit}\t{q.hedge}\t{q.kind}")
    header = "LOCATION\tTEXT\tVALUE\tUNIT\tHEDGE\tKIND"
    return "\n".join([header, *lines]) + "\n"


def _stubs(rows: list[tuple[str, int, int, Quantity, str]]) -> str:
    out = ["# Stub figures: fill in id, title, keywords, period and place, then review.",
           "figures:"]
    for path, line, _, q, sentence in rows:
        if not q.is_statistic or q.value is None:
            continue
        words = [w for w in re.findall(r"[a-z]+", sentence.lower()) if len(w) > 3][:6]
        fid = "_".join(words[:3]) or "figure"
        qualifier = "exact" if q.hedge == "none" else q.hedge
        unit = q.unit or q.noun or "count"
        out += [
            f"  - id: {fid}_{line}",
            f"    title: {json.dumps(sentence[:80])}",
            f"    value: {q.value:g}",
            f"    unit: {unit}",
            *([f"    per: {json.dumps(q.per)}"] if q.per else []),
            f"    qualifier: {qualifier}",
            f"    keywords: [{', '.join(words)}]",
            "    sources:",
            f"      - document: {path}",
            "        publisher: (fill in)",
            f"        quote: {json.dumps(sentence)}",
            f"        value: {q.value:g}",
            f"        number: {json.dumps(q.text)}",
            f"        qualifier: {qualifier}",
        ]
    return "\n".join(out) + "\n"
