"""A draft's bytes as text: UTF-8 only, with one clear error for a BOM, a NUL byte or bad UTF-8.

Drafts are UTF-8 (a UTF-8 byte-order mark is kept and takes no column). UTF-16 and UTF-32
files, recognised by their byte-order mark, are refused by name rather than decoded:
positions, suppression comments and reports all assume UTF-8 files, and re-encoding a draft
is a one-line fix for its author.
"""

from __future__ import annotations

import codecs

from factcheck.errors import LocatedError


class DocumentError(LocatedError):
    """A file that cannot be read as a UTF-8 text draft."""


# Byte-order marks of encodings other than UTF-8, longest first (UTF-32 LE starts like UTF-16 LE).
BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def decode_draft(path: str, data: bytes, first_line: int = 1) -> str:
    """Decode a draft's bytes (from `first_line` on) as UTF-8, or raise DocumentError."""
    if first_line == 1:
        for bom, name in BOMS:
            if data.startswith(bom):
                raise DocumentError(
                    path, 1, f"{name} text (byte-order mark at line 1); save it as UTF-8"
                )
    nul = data.find(b"\0")
    if nul >= 0:
        line = first_line + data.count(b"\n", 0, nul)
        raise DocumentError(path, line, f"binary file, not text (NUL byte at line {line})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = first_line + data.count(b"\n", 0, exc.start)
        bad = data[exc.start]
        raise DocumentError(
            path, line, f"not UTF-8 text (byte 0x{bad:02x} at line {line})"
        ) from None
