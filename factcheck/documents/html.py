"""Find the prose in HTML drafts: text outside code-like elements, split at block tags."""

from __future__ import annotations

import html
from html.parser import HTMLParser

from factcheck.documents.segments import Collector, nl_line_starts

__all__ = ["html_segments"]

_SKIP_TAGS = frozenset(
    "script style pre code noscript template textarea svg math kbd samp var object iframe"
    " select".split()
)
_VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
_BLOCK_KINDS = {
    **dict.fromkeys(
        "p div section article main header footer aside nav figure address details summary"
        " form fieldset legend body html head br hr ul ol dl tr table thead tbody tfoot"
        " option pre".split(),
        "paragraph",
    ),
    **dict.fromkeys("h1 h2 h3 h4 h5 h6 title".split(), "heading"),
    **dict.fromkeys("li dt dd".split(), "list-item"),
    **dict.fromkeys("td th".split(), "table-cell"),
    **dict.fromkeys("figcaption caption".split(), "caption"),
    "blockquote": "blockquote",
}


class _HTMLSegmenter(HTMLParser):
    """Feed HTML events into a collector with exact offsets."""

    def __init__(self, src: str, base: int, col: Collector) -> None:
        super().__init__(convert_charrefs=False)
        self.src = src
        self.base = base  # normalised offset of src[0]
        self.col = col
        self.starts = nl_line_starts(src)
        self.skip: list[str] = []
        self.kind = "paragraph"

    def _here(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def _block(self, tag: str) -> None:
        self.col.flush()
        self.kind = _BLOCK_KINDS.get(tag, "paragraph")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
            self.skip.append(tag)
        if tag in _BLOCK_KINDS:
            self._block(tag)
        if tag == "table":
            self.col.table()
        elif tag == "tr":
            self.col.row()
        elif tag in ("td", "th"):
            self.col.open_cell(tag == "th")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_KINDS:
            self._block(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skip:
            # Close the innermost matching element and anything left open inside it.
            while self.skip and self.skip.pop() != tag:
                pass
        if tag in _BLOCK_KINDS:
            self.col.flush()
            self.kind = "paragraph"
        if tag in ("td", "th", "tr", "table"):
            self.col.close_cell()

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        self.col.builder(self.kind).add(data, self.base + self._here())

    def _reference(self, raw_start: int, body_len: int) -> None:
        if self.skip:
            return
        end = raw_start + body_len
        if self.src.startswith(";", end):
            end += 1
        raw = self.src[raw_start:end]
        decoded = html.unescape(raw)
        b = self.col.builder(self.kind)
        if decoded == raw:
            b.add(raw, self.base + raw_start)
        else:
            b.replace(decoded, self.base + raw_start, self.base + end)

    def handle_entityref(self, name: str) -> None:
        self._reference(self._here(), len(name) + 1)

    def handle_charref(self, name: str) -> None:
        self._reference(self._here(), len(name) + 2)

    def handle_comment(self, data: str) -> None:
        start = self._here()
        end = self.src.find("-->", start)
        end = len(self.src) if end < 0 else end + 3
        self.col.comment(data, self.base + start, self.base + end)


def html_segments(src: str, base: int, col: Collector) -> None:
    """Collect the prose of HTML ``src``, which starts at normalised offset ``base``."""
    parser = _HTMLSegmenter(src, base, col)
    try:
        parser.feed(src)
        # A tag cut off at the end of the input is a tag to browsers too, not text.
        if not parser.rawdata.startswith("<"):
            parser.close()
    except Exception:  # a broken draft must still yield what was parsed
        pass
    col.flush()
