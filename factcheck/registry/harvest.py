"""Read the statistics of a source document as they would be registered.

Each statistic is read with the library's extraction (the document's prose segments, then
`extract_quantities`) and comes back with its whole sentence quoted verbatim, the number as
printed, a signed value in the registry's units, its hedge as a qualifier, its period (read
in the sentence, months and relative periods resolved against the document's date), the
words that name what is counted, and keywords without stopwords. What only a person can
say (the publisher, the title's wording) is left to `registry add`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from factcheck.documents.load import Document
from factcheck.documents.segments import Segment
from factcheck.models import Quantity
from factcheck.periods import MONTHS, Period, find_periods, registry_form
from factcheck.text import STOPWORDS, fold, sentence_spans

# Words that are never keywords or id words: reporting verbs, number words, calendar words.
NOT_KEYWORDS = frozenset(
    """said says say according reported report percent percentage points point thousand million
    billion trillion year years month months week weeks day days last same this next earlier
    later monday tuesday wednesday thursday friday saturday sunday today yesterday about
    nearly almost roughly around least just only ago while after before during since""".split()
) | frozenset(MONTHS)
# Verbs between a subject and its number ("the rate rose 0.4 points"): never the counted thing.
VERBS = frozenset(
    """was were is are be been stood stands stand reached reach hit hits rose rise rises risen
    rising fell fall falls fallen falling grew grow grows increased increase increases
    decreased decrease declined decline declines dropped drop drops climbed climb jumped jump
    edged edge edges lost lose loses added add adds gained gain gains totaled totalled total
    spent spend spends cut cuts shed sheds slipped slip up down expects expected""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_HEDGE_COMPARATIVE = re.compile(r"\b(?:less|fewer|lower|more|higher)\s+than\s*$", re.I)
_LEVEL = re.compile(r"\bto\s+(?:about\s+|nearly\s+|roughly\s+|around\s+)?$", re.I)
_QUALIFIERS = {"none": "exact"}
# Statistic kinds a loss word makes negative: a change, not a level ("fell to 4 percent").
_SIGNED_KINDS = frozenset({"count", "change", "percentage-points", "money", "measure"})


@dataclass(frozen=True, slots=True)
class Stated:
    """One statistic of a source document, read as a registry source states it."""

    line: int
    column: int
    quote: str  # the whole sentence, verbatim up to runs of white space
    number: str  # as printed in the quote
    value: float
    unit: str
    kind: str
    per: str | None
    qualifier: str
    period: str | None
    what: tuple[str, ...]  # the words that name what is counted ("manufacturing", "jobs")
    keywords: tuple[str, ...]
    clause: str  # the clause of the number, a title's first draft
    loss: str  # the loss word that made the value negative, or ""
    note: str | None = None  # for the source: why its value is what it is


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A statistic of a source document that a person must record: why it was not read."""

    line: int
    column: int
    number: str
    reason: str


def content_words(text: str, drop: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """Return (offset, word) of the words of a text that can name a quantity: no stopwords."""
    out = []
    for m in _WORD.finditer(text):
        w = fold(m.group()).lower().removesuffix("'s").removesuffix("’s").strip("'’-")
        if len(w) > 2 and w not in STOPWORDS and w not in NOT_KEYWORDS and w not in drop:
            out.append((m.start(), w))
    return out


def read_statistics(doc: Document, today: date | None, place: str | None) -> list[Stated | LeftOut]:
    """Return the statistics of a parsed source document, in order, each read once (or left
    out, with the reason)."""
    from factcheck.extract.quantities import extract_quantities

    flat = " ".join(doc.text.split())
    drop = frozenset(w for _, w in content_words(place or ""))
    out: list[Stated | LeftOut] = []
    for seg in doc.segments:
        if seg.cell is not None:
            continue  # table cells have no sentence to quote
        quantities = [q for q in extract_quantities(seg.text) if q.is_statistic]
        for a, b in sentence_spans(seg.text):
            inside = [q for q in quantities if a <= q.start < b]
            if inside:
                out.extend(_sentence(doc, seg, (a, b), inside, flat, today, drop))
    return out


def _verbatim(seg: Segment, a: int, b: int, flat: str) -> str | None:
    """Return the sentence as the file prints it, when no markup interrupts it."""
    sentence = " ".join(seg.text[a:b].split())
    return sentence if sentence and sentence in flat else None


def _sentence(doc: Document, seg: Segment, span: tuple[int, int], inside: list[Quantity], flat: str,
              today: date | None, drop: frozenset[str]) -> list[Stated | LeftOut]:
    a, b = span
    text = seg.text[a:b]
    quote = _verbatim(seg, a, b, flat)
    if quote is None:
        return [LeftOut(*doc.position(seg.to_original(q.start)), q.text,
                        "markup inside its sentence: "
                        "no verbatim quote") for q in inside]
    periods = [p
               for p in find_periods(text, today) if not p.comparison and "open-ended" not in p.how]
    out: list[Stated | LeftOut] = []
    subject: tuple[str, ...] = ()
    for i, q in enumerate(inside):
        if q.value is None and q.low is None:  # malformed: a person decides what the source meant
            out.append(LeftOut(*doc.position(seg.to_original(q.start)), q.text,
                               "a malformed number"))
            continue
        s, e = q.start - a, q.end - a
        prev_end = inside[i - 1].end - a if i else 0
        next_start = inside[i + 1].start - a if i + 1 < len(inside) else len(text)
        subject = _subject(text[prev_end:s], drop) or subject  # a series shares its subject
        what = _what(q, text, e, next_start, subject, drop)
        line, col = doc.position(seg.to_original(q.start))
        out.append(_stated(q, text, (prev_end, s, e, next_start), periods, what, drop, (line, col),
                           quote))
    return out


def _subject(before: str, drop: frozenset[str]) -> tuple[str, ...]:
    """Return the last two words before the verb that leads to a number ("the jobless rate
    in June was"): what a share, a rate or a change is of."""
    words = [w for _, w in content_words(before, drop)]
    verb = next((i for i, w in enumerate(words) if w in VERBS), len(words))
    return tuple(words[:verb][-2:] or [w for w in words if w not in VERBS][-2:])


def _what(q: Quantity, text: str, e: int, next_start: int, subject: tuple[str, ...],
          drop: frozenset[str]) -> tuple[str, ...]:
    """Return the words that name what a number counts: its noun with the words before it,
    else (for a share, a rate or an amount of money) the subject or the words after it."""
    after = [w for _, w in content_words(text[e:next_start], drop)]
    if q.noun:
        noun = fold(q.noun).lower().split()[-1]
        if noun in after[:4]:
            return tuple(after[: after.index(noun) + 1])
        return (noun,)
    if q.kind == "money":
        return tuple(w for w in after if w not in VERBS)[:2] or subject
    return subject or tuple(w for w in after if w not in VERBS)[:2]


def _stated(q: Quantity, text: str, cuts: tuple[int, int, int, int], periods: list[Period],
            what: tuple[str, ...], drop: frozenset[str], at: tuple[int, int], quote: str) -> Stated:
    prev_end, s, e, next_start = cuts
    value = q.value if q.value is not None else q.low
    assert value is not None
    per = q.per if q.per and _states_rate(text[e:next_start], q.per) else None
    unit, kind = _unit_kind(q, per)
    if q.kind == "fraction":
        value = round(value * 100, 2)  # registries record shares in percent: two-thirds is 66.67
    loss = _loss(q, text[prev_end:e], kind)
    if loss:
        value = -abs(value)
    qualifier = "at-least" if q.value is None else _QUALIFIERS.get(q.hedge, q.hedge)
    period = _period_of(periods, s, e, next_start, prev_end)
    return Stated(
        line=at[0], column=at[1], quote=quote, number=" ".join(q.text.split()), value=value,
        unit=unit, kind=kind, per=per, qualifier=qualifier, period=period, what=what,
        keywords=_keywords(text, s, what, drop), clause=_clause(text, s, e), loss=loss,
        note=None if q.value is not None else f"vague: '{q.text}' recorded as its lower bound",
    )


_RATE_WORDS = {"day": "daily", "week": "weekly", "month": "monthly",
               "year": "annually|yearly|annual"}


def _states_rate(after: str, per: str) -> bool:
    """Say whether the words after a number write its rate ("a day", "per month", "daily").

    Extraction also reads a total "in January" as per month; that is a count for the month.
    """
    word = per.split()[-1]
    written = rf"\b(?:per|a|an|each|every)\s+(?:[\d,]+\s+)?{re.escape(word)}"
    adverb = _RATE_WORDS.get(word)
    return bool(re.search(written, after, re.I)
                or (adverb and re.search(rf"\b(?:{adverb})\b", after, re.I)))


def _unit_kind(q: Quantity, per: str | None) -> tuple[str, str]:
    if q.kind in ("percent", "fraction"):
        return "percent", "percent"
    if q.kind == "percentage-points":
        return "percentage_points", "percentage-points"
    if q.kind == "change":
        return "percent", "change"
    if per:
        return q.unit or q.noun or "things", "rate"
    if q.kind == "money":
        return q.unit or "USD", "money"
    if q.kind == "measure" and q.unit:
        return q.unit, "measure"
    return fold(q.noun or q.unit or "things").lower(), "count"


def _loss(q: Quantity, before: str, kind: str) -> str:
    """Return the word that states the number as a loss ("lost", "fell by"), or ""."""
    from factcheck.registry.quotes import loss_words

    if kind not in _SIGNED_KINDS or q.text not in before:
        return ""
    at = before.rfind(q.text)
    if _HEDGE_COMPARATIVE.search(before[:at]) or _LEVEL.search(before[:at]):
        return ""  # "fewer than 300" is a hedge, "fell to 300" a level
    return loss_words(before, q.text)


def _period_of(periods: list[Period], s: int, e: int, next_start: int, prev_end: int) -> str | None:
    """Return the period that belongs to a number: the first after it before the next number,
    else the last before it after the previous number, else the sentence's only period."""
    after = [p for p in periods if e <= p.at < next_start]
    before = [p for p in periods if prev_end <= p.at < s]
    chosen = (after[0] if after else before[-1] if before else periods[0] if len(periods) == 1
              else None)
    return registry_form(chosen) if chosen is not None else None


def _keywords(text: str, s: int, what: tuple[str, ...], drop: frozenset[str]) -> tuple[str, ...]:
    """Return up to 8 words of the sentence nearest the number, in their order, `what` first."""
    words = [(at, w) for at, w in content_words(text, drop) if not w.isdigit()]
    nearest = sorted(words, key=lambda aw: abs(aw[0] - s))
    chosen: list[str] = list(dict.fromkeys(what))
    for _, w in nearest:
        if len(chosen) >= 8:
            break
        if w not in chosen:
            chosen.append(w)
    order = {w: at for at, w in reversed(words)}
    return tuple(sorted(chosen, key=lambda w: order.get(w, -1)))


def _clause(text: str, s: int, e: int) -> str:
    """Return the clause around a number, cut at the nearest comma, semicolon or dash."""
    start = max(text.rfind(c, 0, s) for c in ",;—") + 1
    ends = [i for i in (text.find(c, e) for c in ",;—") if i >= 0]
    end = min(ends) if ends else len(text)
    return " ".join(text[start:end].split()).rstrip(".")
