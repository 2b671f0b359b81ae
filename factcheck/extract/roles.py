"""Give a bare number its role before any matching: age, phone or service number, address,
score, rank, headline count, identifier, page, marker, version or code.

Only a statistic is matched against the registry; an age only against figures measured in
years of age. Each role is decided by the words next to the number, from the tables below
(data, written once), and comes with the reason `--explain` prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.vocabulary import (
    AGE_LEAD_INS,
    HEADLINE_NOUNS,
    KIN_NOUNS,
    LABEL_BEFORE,
    LABEL_LINKS,
    LABEL_PHRASES,
    OCCASIONS,
    SCORE_WORDS,
    STREET_SUFFIXES,
    TIME_UNITS,
)
from factcheck.models import Quantity

_WORD_BEFORE = re.compile(r"([A-Za-z#][\w.#'-]*)\s*$")
# A person's name: two capitalised words or more ("Tom Becker", "Maria de la Cruz"), or a title.
_NAME_COMMA = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+[A-Z][\w'’-]+"
                         r"|[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|de|la|van|von|del|da))*"
                         r"\s+[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?),\s*$")
_KIN_COMMA = re.compile(
    r"\b(?:her|his|their|my|our|your|the|a|and)\s+(?:[a-z]+\s+)?([a-z]+),\s*$", re.I)
_TEXT_TO = re.compile(r"\btext(?:ing)?\s+[\"“]?[A-Za-z]+[\"”]?\s+to\s*$", re.I)
_PHONE_AFTER = re.compile(r"[-.‑]\d{4}\b")  # "555-0142", "555.0142"
_AREA_CODE = re.compile(r"\(\d{3}\)\s?$")
_LISTED = re.compile(r",\s*\d+,\s+(?:and\s+)?[A-Z][\w\s]*,\s*$")
# After "Name, 63," comes what a person is or did: a verb, a job ("chief economist"), "and"
# another name, "of Phoenix".
_AFTER_AGE = re.compile(r",\s+(?:[a-z]+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s)")


@dataclass(frozen=True, slots=True)
class Role:
    """A number's role and why it was given."""

    kind: str  # a non-statistic kind ("age", "phone", ...) of factcheck.models
    reason: str


def assign_roles(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Return the quantities with each bare number that is not a statistic given its role's kind."""
    out = list(qs)
    for i, q in enumerate(qs):
        role = role_of(text, q)
        if role is not None:
            out[i] = q.model_copy(update={"kind": role.kind})
            if q.range_id is not None:  # both ends of "ages 25 to 54" share the role
                for j, other in enumerate(qs):
                    if j != i and other.range_id == q.range_id and _bare(other):
                        out[j] = other.model_copy(update={"kind": role.kind})
    return out


def role_of(text: str, q: Quantity, following: Quantity | None = None) -> Role | None:
    """Return the role of a bare number that is not a statistic, or None for a statistic."""
    if q.kind == "fraction" and q.text.lower() == "quarter" and re.search(
            r"\b(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th|this|next|previous|same)[\s-]+$",
            text[max(0, q.start - 12):q.start], re.I):
        return Role("date", "a quarter of the year ('the first quarter')")
    if q.kind == "fraction" and q.text.lower().endswith("half"):
        low = text[max(0, q.start - 40):q.start].lower()
        before, after = text[max(0, q.start - 40):q.start], text[q.end:q.end + 40]
        return _span_of_time(q, before, low, after, following)
    if not _bare(q):
        return None
    before = text[max(0, q.start - 64):q.start]  # room for "said Commissioner ... Obi, "
    after = text[q.end:q.end + 40]
    low_before = before.lower()
    for check in _CHECKS:
        role = check(q, before, low_before, after, following)
        if role is not None:
            return role
    return None


def _bare(q: Quantity) -> bool:
    """Say whether a number is written bare: no currency, percent or unit (the only kind a label
    is)."""
    return q.kind in ("count", "vague", "rate") and q.unit is None and q.value is not None \
        and not q.malformed


# Every lead-in phrase, and the phone and code ones with a link word ("the area code is"),
# each matched at the end of the words before a number in one search.
_PHRASE_KIND = {p: kind for kind, phrases in LABEL_PHRASES.items() for p in phrases}
_ALTERNATIVES = "|".join(re.escape(p) for p in sorted(_PHRASE_KIND, key=len, reverse=True))
_PHRASE_END = re.compile(rf"(?:^|\s)({_ALTERNATIVES})$")
_LINKABLE = "|".join(re.escape(p) for p in sorted(
    (p for p, k in _PHRASE_KIND.items() if k in ("phone", "code")), key=len, reverse=True))
_LINKED_END = re.compile(rf"(?:^|\s)({_LINKABLE})\s?(?:{'|'.join(map(re.escape, LABEL_LINKS))})$")


def _label(q: Quantity, before: str, low: str, after: str,
           following: Quantity | None) -> Role | None:
    low = low.rstrip()
    if _TEXT_TO.search(before):
        return Role("phone", "a number a message is texted to ('text HOME to 741741')")
    m = _PHRASE_END.search(low) or _LINKED_END.search(low)
    if m is not None:
        phrase = m.group(1)
        kind = _PHRASE_KIND[phrase]
        if not (kind == "rank" and q.value is not None and q.value > 500):
            return Role(kind, f"after '{phrase}'")
    m = _WORD_BEFORE.search(before)
    if m is None:
        return None
    word = m.group(1).lower()
    named = m.group(1)[:1].isupper() and word in LABEL_BEFORE["identifier"]
    if q.noun and q.noun.lower() not in ("percent",) and not named:
        return None  # "grade 3 students" counts; a name's number ("Region 4 hospitals") does not
    for kind, words in LABEL_BEFORE.items():
        if word in words or word.rstrip(".") in words:
            return Role(kind, f"after '{m.group(1)}'")
    return None


_SPEAKER_COMMA = re.compile(
    r"\b(?:said|says|told|wrote|asked|according\s+to)\s+(?:(?:[A-Z][\w.'’-]*|of|the|for)\s+){0,6}"
    r"[A-Z][\w'’-]+,\s*$")


def _age(q: Quantity, before: str, low: str, after: str,
         following: Quantity | None) -> Role | None:
    if q.value is None or not (0 < q.value < 120) or q.value != int(q.value) or q.noun:
        return None
    low = low.rstrip()
    for p in AGE_LEAD_INS:
        if low.endswith(" " + p) or low == p:
            return Role("age", f"after '{p}'")
    # "Tom Becker, 63, said" / "Becker (63)": a name, then the number set off by commas.
    if _NAME_COMMA.search(before) and _AFTER_AGE.match(after) and not _LISTED.search(before):
        return Role("age", "a name's apposition ('Tom Becker, 63,')")
    # "... said Commissioner of Education Renata Obi, 54.": a speaker's age ends the sentence.
    if _SPEAKER_COMMA.search(before) and re.match(r"[.;!?]?(?:\s|$)|[.;]", after):
        return Role("age", "a speaker's apposition ('said Renata Obi, 54.')")
    bracketed = before.endswith("(") and re.match(r"\)", after)
    kin = _KIN_COMMA.search(before[:-1].rstrip() + "," if bracketed else before)
    if kin and kin.group(1).lower() in KIN_NOUNS and re.match(r"\s*[,)]", after):
        return Role("age", f"a person's apposition ('her {kin.group(1)}, {q.text},')")
    if before.endswith("(") and re.match(r"\)", after) \
            and _NAME_COMMA.search(before[:-1].rstrip() + ","):
        return Role("age", "a name's parenthesis ('Becker (63)')")
    return None


def _span_of_time(q: Quantity, before: str, low: str, after: str,
                  following: Quantity | None) -> Role | None:
    """ "27 of those years", "a year and a half": time in passing, not a count of anything."""
    of_those = rf"\s+of\s+(?:those|these|the|his|her|their|its|my|our)\s+(?:{TIME_UNITS})\b"
    if re.match(of_those, after, re.I):
        return Role("duration", "a span of time ('27 of those years')")
    if re.search(rf"\b(?:{TIME_UNITS})\s+and\s+$", low) \
            or re.match(rf"an?\s+(?:{TIME_UNITS})\s+and\s+a\s+half$", q.text, re.I):
        return Role("duration", "a span of time ('a year and a half')")
    return None


def _one_occasion(q: Quantity, before: str, low: str, after: str,
                  following: Quantity | None) -> Role | None:
    """ "on one Saturday", "one day", "one night": an occasion, not a count."""
    if q.text.lower() == "one" and re.match(rf"\s+(?:{OCCASIONS})\b", after, re.I):
        return Role("date", "an occasion ('one Saturday', 'one day')")
    return None


def _keypad(q: Quantity, before: str, low: str, after: str,
            following: Quantity | None) -> Role | None:
    """ "*377", "#77": a short code dialled on a phone; "555-0142", "(505) 555-0147": a phone
    number."""
    if before.endswith(("*", "#")):
        return Role("phone", "a short code dialled on a phone")
    if _PHONE_AFTER.match(after) and len(q.text) == 3 and q.text.isdigit() and q.range_id is None:
        return Role("phone", "a phone number's exchange ('555-0142')")
    if _AREA_CODE.search(before) and len(q.text) == 3:
        return Role("phone", "a phone number after its area code ('(505) 555-0147')")
    return None


def _address(q: Quantity, before: str, low: str, after: str,
             following: Quantity | None) -> Role | None:
    m = re.match(r"\s+((?:[A-Z][\w'’.-]*\s+){1,3})([A-Za-z.]+)", after)
    if m and m.group(2).lower() in STREET_SUFFIXES:
        return Role("address", f"a street number ('{q.text} {m.group(1)}{m.group(2)}')")
    return None


def _headline(q: Quantity, before: str, low: str, after: str,
              following: Quantity | None) -> Role | None:
    words = re.findall(r"[a-z]+", after[:30].lower())[:2]
    noun = next((w for w in words if w in HEADLINE_NOUNS), None)
    if noun is not None and (q.value or 0) <= 50 and re.match(r"\s+[a-z]", after):
        return Role("list-number", f"a headline's count of {noun}")
    return None


def _score(q: Quantity, before: str, low: str, after: str,
           following: Quantity | None) -> Role | None:
    words = set(re.findall(r"[a-z]+", low[-30:])) | set(re.findall(r"[a-z]+", after[:25].lower()))
    if not words & SCORE_WORDS:
        return None
    joined = re.match(r"\s*[-–]\s*\d{1,3}\b", after) or re.search(r"\b\d{1,3}\s*[-–]\s*$", before)
    if joined:
        return Role("score", "a game's score")
    if re.match(r"\s+(?:points|goals|runs|touchdowns|rebounds|assists)\b", after):
        return Role("score", "points scored in a game")
    return None


_GRADE_BEFORE = re.compile(r"\b(?:scored|scoring|scores|earned|earning|got|received|rated|graded)"
                           r"\s+(?:an?\s+)?$", re.I)
_GRADE_AFTER = re.compile(r"\s+or\s+(?:higher|better|above|more|lower|below|worse)\b", re.I)


def _grade(q: Quantity, before: str, low: str, after: str,
           following: Quantity | None) -> Role | None:
    """ "scored a 3 or higher", "a 4 or better": a mark on a scale, not a count."""
    small = q.value is not None and 0 <= q.value <= 10 and q.unit is None and not q.noun
    if small and (_GRADE_BEFORE.search(before) or (before.endswith((" a ", " an "))
                                                  and _GRADE_AFTER.match(after))):
        return Role("score", "a mark on a scale ('scored a 3 or higher')")
    return None


# In order: the first that recognises the number gives its role.
_CHECKS = (_score, _grade, _age, _span_of_time, _one_occasion, _address, _headline, _label, _keypad)
