"""Fold Unicode lookalikes before extraction, keeping the way back to the original offsets.

:func:`fold` returns the text extraction reads, or None when nothing needs folding (the
text is read as it is): Greek mu to the micro sign, the long s to "s", fullwidth digits and
letters to ASCII, "℃" to "°C", "㎞" to "km", the minus sign and hyphens to "-", space
separators to a space or no-break space, and zero-width and other format characters
removed. Which characters fold how is data in :mod:`factcheck.extract.vocabulary`. Every
character is folded on its own (a compatibility decomposition, one level at a time, as in
NFKC, but without composition), so each folded character comes from one original
character and spans map back exactly: :meth:`Folded.span` turns a span of the folded text
into the span of the original text it was read from.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from factcheck.extract.vocabulary import LOOKALIKE_TAGS, LOOKALIKES, LOOKALIKES_KEPT

_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_FOLDED: dict[str, str] = {}  # memo: character -> what it folds to (itself if nothing)


def fold_char(c: str) -> str:
    """Return what one character folds to: itself, another string, or "" (removed)."""
    f = _FOLDED.get(c)
    if f is None:
        f = _FOLDED[c] = _fold(c)
    return f


def _fold(c: str) -> str:
    if c in LOOKALIKES:
        return LOOKALIKES[c]
    if c in LOOKALIKES_KEPT or c.isascii():
        return c
    cat = unicodedata.category(c)
    if cat == "Cf":  # zero-width space and joiners, word joiner, byte-order mark, soft hyphen
        return ""
    if cat == "Zs":
        return " "
    if "\u2460" <= c <= "\u24ff":  # enclosed alphanumerics ("①", "⑴", "⒈") are no numbers
        return c
    d = unicodedata.decomposition(c)
    tag = ""
    if d.startswith("<"):
        tag, _, d = d.partition(" ")
    points = d.split()
    if tag:
        if tag not in LOOKALIKE_TAGS:
            return c
    elif len(points) != 1:  # no decomposition, or a canonical one ("é") is kept; singletons fold
        return c
    return "".join(fold_char(chr(int(p, 16))) for p in points)


class Folded:
    """A folded text and the edits that made it from the original."""

    __slots__ = ("_lens", "_norm", "_orig", "text")

    def __init__(self, text: str, norm: list[int], orig: list[int], lens: list[int]) -> None:
        self.text = text
        self._norm = norm  # where each edit's replacement starts in the folded text
        self._orig = orig  # the original offset of each edited character
        self._lens = lens  # the length of each replacement (0 for a removed character)

    def _char(self, p: int) -> int:
        """Return the original offset of the character the folded character p comes from."""
        i = bisect_right(self._norm, p) - 1
        if i < 0:
            return p
        start, length = self._norm[i], self._lens[i]
        if p < start + length:
            return self._orig[i]
        return self._orig[i] + 1 + (p - start - length)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original span a non-empty span of the folded text was read from."""
        return self._char(start), self._char(end - 1) + 1


def fold(text: str) -> Folded | None:
    """Return the folded text and its edits, or None when no character folds."""
    if text.isascii():
        return None
    pieces: list[str] = []
    norm: list[int] = []
    orig: list[int] = []
    lens: list[int] = []
    last = 0  # end of the original text copied so far
    shift = 0  # len(folded) - len(original) so far
    for m in _NON_ASCII_RE.finditer(text):
        c = m.group()
        f = fold_char(c)
        if f == c:
            continue
        k = m.start()
        pieces.append(text[last:k])
        pieces.append(f)
        norm.append(k + shift)
        orig.append(k)
        lens.append(len(f))
        shift += len(f) - 1
        last = k + 1
    if not orig:
        return None
    pieces.append(text[last:])
    return Folded("".join(pieces), norm, orig, lens)
