"""FC115 and FC116 read one block's relations, found once for both; another block's anew."""

from __future__ import annotations

import pytest

from factcheck.check import relations

DRAFTS = [
    pytest.param("The unemployment rate rose 0.3 percent, from 3.6 percent to 3.9 percent.\n",
                 1, id="one-block"),
    pytest.param("Burglaries rose 3 percent, from 40,000 to 41,200.\n\n"
                 "The jobless rate fell 0.4 percent to 4.7 percent from 5.1 percent.\n",
                 2, id="two-blocks"),
]


@pytest.mark.parametrize(("text", "blocks"), DRAFTS)
def test_relations_are_found_once_per_block(scan_drafts, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                            text: str, blocks: int) -> None:
    found: list[int] = []
    real = relations.relations

    def counting(statements):  # type: ignore[no-untyped-def]
        found.append(len(statements))
        return real(statements)

    monkeypatch.setattr(relations, "relations", counting)
    monkeypatch.setattr(relations, "_last", ((), ()))
    codes = {f.code for f in scan_drafts({"a.md": text})}
    assert "FC116" in codes
    assert len(found) == blocks


A, B, C = object(), object(), object()
# (the first block read, the next, whether the next is read anew)
NEXT = [
    pytest.param([A, B], [A, B], False, id="same-statements"),
    pytest.param([A, B], [A, C], True, id="another-statement"),
    pytest.param([A, B], [A, B, C], True, id="one-more-statement"),
    pytest.param([A], [A][:0], True, id="empty-next"),
]


@pytest.mark.parametrize(("first", "then", "anew"), NEXT)
def test_the_next_block_is_read_anew_unless_it_is_the_same(
        monkeypatch: pytest.MonkeyPatch, first: list[object], then: list[object],
        anew: bool) -> None:
    reads: list[list[object]] = []
    monkeypatch.setattr(relations, "relations", lambda sts: reads.append(sts) or iter(()))
    monkeypatch.setattr(relations, "_last", ((), ()))
    relations.block_relations(first)  # type: ignore[arg-type]
    relations.block_relations(then)  # type: ignore[arg-type]
    assert len(reads) == 1 + anew
