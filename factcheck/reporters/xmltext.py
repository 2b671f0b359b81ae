"""Text made safe for XML attributes and element content (shared by junit and checkstyle)."""

from __future__ import annotations

import re

# Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than tab, LF, CR,
# lone surrogates, U+FFFE and U+FFFF.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Drop the characters XML 1.0 cannot hold."""
    return _INVALID.sub("", text)


def attr(value: object) -> str:
    """Return a quoted, escaped attribute value (line breaks kept as character references)."""
    # Imported here: xml.sax.saxutils imports urllib.request (http, ssl), 14 ms of every
    # scan's start, while only the XML reports use it.
    from xml.sax.saxutils import quoteattr

    return quoteattr(clean(str(value)), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def body(text: str) -> str:
    """Return escaped element content."""
    from xml.sax.saxutils import escape

    return escape(clean(text))


XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
