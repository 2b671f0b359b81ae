"""Tests of draft parsing: which text is prose, and that every position maps back exactly."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.documents.chunks import iter_paragraph_chunks
from factcheck.documents.decode import DocumentError
from factcheck.documents.formats import detect_format
from factcheck.documents.load import Document, load_document, parse_document
from factcheck.documents.segments import Segment

# --- helpers -------------------------------------------------------------------------------


def texts(doc: Document) -> list[str]:
    return [s.text for s in doc.segments]


def prose(doc: Document) -> str:
    return "\n\n".join(texts(doc))


def assert_maps_back(doc: Document) -> None:
    """Every segment character maps to the same character, or to a span that decodes to it."""
    for seg in doc.segments:
        assert seg.text == seg.text.strip()
        previous = -1
        for i, ch in enumerate(seg.text):
            start, end = seg.to_original(i), seg.to_original_end(i + 1)
            assert 0 <= start <= end <= len(doc.text)
            assert start >= previous, "offsets must not go backwards"
            previous = start
            raw = doc.text[start:end]
            if raw == ch:
                continue
            # A replacement: an entity or escape, a line break, an aligned stand-in, or the
            # space that stands for inline code.
            decoded = html.unescape(raw)
            assert (
                ch in decoded
                or raw.lstrip("\\") == ch
                or (ch == "\n" and raw in ("\n", "\r\n", "\r", "\\\n", ""))
                or raw == ""
                or (ch == " " and raw.startswith("`") and raw.endswith("`"))
                # CommonMark decodes NUL and invalid character references to U+FFFD.
                or (ch == "\ufffd" and (raw == "\0" or (raw.startswith("&#") and decoded == "")))
            ), (ch, raw)


def locate(doc: Document, needle: str) -> tuple[int, int]:
    """Return the (line, column) of the first segment occurrence of ``needle``."""
    for seg in doc.segments:
        i = seg.text.find(needle)
        if i >= 0:
            start = seg.to_original(i)
            assert doc.text[start : seg.to_original_end(i + len(needle))] == needle
            return doc.position(start)
    raise AssertionError(f"{needle!r} not in {texts(doc)}")


# --- formats ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("a.md", "markdown"),
        ("A.MARKDOWN", "markdown"),
        ("x/y.html", "html"),
        ("page.htm", "html"),
        ("notes.txt", "text"),
        ("README", "text"),
        ("archive.md.txt", "text"),
    ],
    ids=lambda v: str(v),
)
def test_detect_format(path: str, expected: str) -> None:
    assert detect_format(path) == expected


def test_unknown_format_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown format 'docx'"):
        parse_document("x", format="docx")


# --- plain text ------------------------------------------------------------------------------

TEXT_CASES = [
    pytest.param("One 5.\n\nTwo 6.\n", ["One 5.", "Two 6."], id="paragraphs"),
    pytest.param(
        "One 5\nstill one.\n\n\n  \nTwo.", ["One 5\nstill one.", "Two."], id="newline-kept"
    ),
    pytest.param("A 1.\r\n\r\nB 2.\r\n", ["A 1.", "B 2."], id="crlf"),
    pytest.param("\ufeffA 1.\n\nB", ["A 1.", "B"], id="bom"),
    pytest.param(
        "# factcheck: ignore FC101 -- ok\nThe 5%.\n", ["The 5%."], id="hash-directive-line"
    ),
    pytest.param(
        "Before 1.\n// factcheck: off\nAfter 2.\n", ["Before 1.", "After 2."], id="slash-directive"
    ),
    pytest.param(
        "Rate 5% <!-- factcheck: ignore --> here.", ["Rate 5%  here."], id="inline-comment"
    ),
    pytest.param(
        "See https://ex.com/2023/05/x.html for 40 cases.", ["See  for 40 cases."], id="bare-url"
    ),
    pytest.param("Visit www.ex.org/7, then 8.", ["Visit , then 8."], id="www-url"),
    pytest.param("# Heading 3\n\nBody.", ["# Heading 3", "Body."], id="hash-heading-is-prose"),
    pytest.param("   \n\n  \n", [], id="only-blank"),
    pytest.param("", [], id="empty"),
]


@pytest.mark.parametrize(("source", "expected"), TEXT_CASES)
def test_text_segments(source: str, expected: list[str]) -> None:
    doc = parse_document(source, "d.txt", "text")
    assert texts(doc) == expected
    assert_maps_back(doc)


def test_text_directives_are_recorded_with_lines() -> None:
    doc = parse_document(
        "Intro.\n  # factcheck: ignore FC101 -- ok\nx\n<!-- factcheck: off -->\n", format="text"
    )
    assert [(d.line, d.column, d.text) for d in doc.directives] == [
        (2, 3, "factcheck: ignore FC101 -- ok"),
        (4, 1, "factcheck: off"),
    ]


def test_text_ordinary_comments_are_not_directives() -> None:
    doc = parse_document("A <!-- note 5 --> b.\n# not a directive\n", format="text")
    assert doc.directives == ()
    assert texts(doc) == ["A  b.\n# not a directive"]


# --- Markdown ----------------------------------------------------------------------------------

MD_CASES = [
    pytest.param("**110,000** deaths", ["110,000 deaths"], id="strong"),
    pytest.param("*Nearly* _5%_ rose", ["Nearly 5% rose"], id="emphasis"),
    pytest.param(
        "A [report of 2023](https://ex.com/r/2021) said 7.",
        ["A report of 2023 said 7."],
        id="link-text-not-url",
    ),
    pytest.param('[a 1](<u 2> "title 3") b', ["a 1 b"], id="link-title-skipped"),
    pytest.param("[ref 4][r] and 5\n\n[r]: http://ex.com/9", ["ref 4 and 5"], id="reference-link"),
    pytest.param("Mail <https://ex.com/12> now 3", ["Mail  now 3"], id="autolink"),
    pytest.param("Bare https://ex.com/a/77 text 8", ["Bare  text 8"], id="bare-url"),
    pytest.param("Run `pip install x==2.0` for 3", ["Run   for 3"], id="inline-code"),
    pytest.param("Use ``a ` 9`` then 4", ["Use   then 4"], id="double-backtick-code"),
    pytest.param("Cut 1`0`0 jobs", ["Cut 1 0 jobs"], id="code-parts-the-digits-beside-it"),
    pytest.param("Text 1\n\n```python\nx = 55\n```\n\nAfter 2", ["Text 1", "After 2"], id="fence"),
    pytest.param("Text 1\n\n    indented 66\n\nAfter 2", ["Text 1", "After 2"], id="indented-code"),
    pytest.param(
        "---\ntitle: Draft 12\ndate: 2023\n---\n# Head 1\n", ["Head 1"], id="front-matter"
    ),
    pytest.param("# Title 1 #\n\nSub 2\n-----\n", ["Title 1", "Sub 2"], id="headings"),
    pytest.param(
        "- first 1\n- second 2\n\n1. one 3\n2) two 4\n",
        ["first 1", "second 2", "one 3", "two 4"],
        id="lists",
    ),
    pytest.param("> quoted 110,000\n> more 2\n", ["quoted 110,000\nmore 2"], id="blockquote"),
    pytest.param(
        "| a 1 | b 2 |\n|---|---|\n| c 3 | d 4 |\n", ["a 1", "b 2", "c 3", "d 4"], id="table"
    ),
    pytest.param("| x \\| y | z |\n|---|---|\n", ["x | y", "z"], id="table-escaped-pipe"),
    pytest.param(
        "![chart of 5% rise](img/2023.png) shows", ["chart of 5% rise shows"], id="image-alt"
    ),
    pytest.param("Fish &amp; chips &#36;5 &copy;", ["Fish & chips $5 ©"], id="entities"),
    pytest.param("Not \\*emphasis\\* 5", ["Not *emphasis* 5"], id="escapes"),
    pytest.param("Line 1  \nline 2\\\nline 3", ["Line 1\nline 2\nline 3"], id="hard-breaks"),
    pytest.param("<!-- factcheck: off -->\nProse 5\n", ["Prose 5"], id="comment-block"),
    pytest.param("<script>\nvar n = 5;\n</script>\n\nAfter 6", ["After 6"], id="script-block"),
    pytest.param("<style>\np { width: 50% }\n</style>\n\nAfter 6", ["After 6"], id="style-block"),
    pytest.param("<pre>\n12 34\n\n56\n</pre>\n\nAfter 6", ["After 6"], id="pre-block"),
    pytest.param("<div>\nIn div 5 &amp; 6\n</div>\n", ["In div 5 & 6"], id="html-block-prose"),
    pytest.param(
        "Text <code>77</code> and <kbd>8</kbd> 9", ["Text  and  9"], id="inline-html-code"
    ),
    pytest.param("Rate <b>5%</b> up", ["Rate 5% up"], id="inline-html-kept"),
    pytest.param("```\nnever closed 5\n\nstill code 6", [], id="unbalanced-fence"),
    pytest.param("A 1\r\n\r\n**B** 2\r\nc 3\r\n", ["A 1", "B 2\nc 3"], id="crlf"),
    pytest.param("\ufeff# T 1\n\nBody 2", ["T 1", "Body 2"], id="bom"),
    pytest.param("A\0B 5", ["A\ufffdB 5"], id="nul"),
]


@pytest.mark.parametrize(("source", "expected"), MD_CASES)
def test_markdown_segments(source: str, expected: list[str]) -> None:
    doc = parse_document(source, "d.md", "markdown")
    assert texts(doc) == expected
    assert_maps_back(doc)


@pytest.mark.parametrize(
    ("source", "kinds"),
    [
        (
            "# H\n\nP\n\n- L\n\n> Q\n\n| C |\n|---|\n",
            ["heading", "paragraph", "list-item", "blockquote", "table-cell"],
        ),
        (
            "<h2>H</h2><p>P</p><ul><li>L</li></ul><table><tr><td>C</td></tr></table>",
            ["heading", "paragraph", "list-item", "table-cell"],
        ),
    ],
    ids=["markdown", "html"],
)
def test_segment_kinds(source: str, kinds: list[str]) -> None:
    fmt = "html" if source.startswith("<") else "markdown"
    assert [s.kind for s in parse_document(source, format=fmt).segments] == kinds


def test_markdown_list_numbering_is_not_prose() -> None:
    doc = parse_document("1. In 2022, 5 cases.\n10. Then 7.\n", format="markdown")
    assert texts(doc) == ["In 2022, 5 cases.", "Then 7."]
    assert locate(doc, "7") == (2, 10)


def test_markdown_directives_block_and_inline() -> None:
    source = (
        "Intro 1\n\n"
        "<!-- factcheck: ignore FC101 -- checked -->\n"
        "The 5% figure. <!-- factcheck: ignore hedge-mismatch -->\n\n"
        "<!-- plain comment -->\n"
        "```\n<!-- factcheck: off -->\n```\n"
    )
    doc = parse_document(source, format="markdown")
    assert [(d.line, d.column, d.text) for d in doc.directives] == [
        (3, 1, "factcheck: ignore FC101 -- checked"),
        (4, 16, "factcheck: ignore hedge-mismatch"),
    ]
    d = doc.directives[0]
    assert doc.text[d.offset : d.end] == "<!-- factcheck: ignore FC101 -- checked -->"


def test_markdown_multiline_directive_end_line() -> None:
    doc = parse_document("<!--\nfactcheck: off\n-->\nText\n", format="markdown")
    (d,) = doc.directives
    assert (d.line, d.end_line, d.text) == (1, 3, "factcheck: off")


@pytest.mark.parametrize(
    ("fmt", "source", "needle", "position"),
    [
        ("text", "Intro.\n\nNearly 110,000 people died.", "110,000", (3, 8)),
        ("text", "Intro.\r\n\r\nNearly 110,000 people died.", "110,000", (3, 8)),
        ("text", "\ufeffNearly 110,000", "110,000", (1, 8)),
        ("markdown", "# T\n\n> - Nearly **110,000** died", "110,000", (3, 14)),
        ("markdown", "# T\r\n\r\nx\r\ny **110,000** died", "110,000", (4, 5)),
        ("markdown", "\ufeff| a | 110,000 |\n|---|---|", "110,000", (1, 7)),
        ("markdown", "Tab\tthen [link](u) 42", "42", (1, 20)),
        ("html", "<p>\n  Nearly <b>110,000</b></p>", "110,000", (2, 13)),
        ("html", "<p>A &amp; B 42</p>", "42", (1, 14)),
        ("html", "\ufeff<p>\r\nx 42</p>", "42", (2, 3)),
    ],
    ids=[
        "text",
        "text-crlf",
        "text-bom",
        "md-nested",
        "md-crlf",
        "md-bom-table",
        "md-tab",
        "html",
        "html-entity",
        "html-bom-crlf",
    ],
)
def test_positions_map_back(fmt: str, source: str, needle: str, position: tuple[int, int]) -> None:
    doc = parse_document(source, format=fmt)
    assert locate(doc, needle) == position
    assert_maps_back(doc)


def test_position_of_every_offset() -> None:
    doc = parse_document("ab\r\ncd\ne", format="text")
    assert [doc.position(i) for i in range(len(doc.text) + 1)] == [
        (1, 1),
        (1, 2),
        (1, 3),
        (1, 4),
        (2, 1),
        (2, 2),
        (2, 3),
        (3, 1),
        (3, 2),
    ]
    assert doc.line_count == 3
    assert doc.line_text(1) == "ab" and doc.line_text(3) == "e"


# --- HTML -----------------------------------------------------------------------------------------

HTML_CASES = [
    pytest.param("<p>One 1</p><p>Two 2</p>", ["One 1", "Two 2"], id="paragraphs"),
    pytest.param(
        "<p>A <b>5</b><i>%</i> <a href='/x/2023'>rise 3</a></p>",
        ["A 5% rise 3"],
        id="inline-elements-join",
    ),
    pytest.param("<div>A 1<br>B 2<br/>C 3</div>", ["A 1", "B 2", "C 3"], id="br-splits"),
    pytest.param("<ul><li>x 1</li><li>y 2</ul>", ["x 1", "y 2"], id="list"),
    pytest.param("<table><tr><th>h 1</th><td>d 2</td></tr></table>", ["h 1", "d 2"], id="table"),
    pytest.param(
        "<head><title>T 1</title><style>p{w:5%}</style><script>n=6</script></head><body>B 2</body>",
        ["T 1", "B 2"],
        id="head",
    ),
    pytest.param(
        "<p>a 1<pre>77</pre><code>88</code><noscript>99</noscript><template>66</template>b 2</p>",
        ["a 1", "b 2"],
        id="skipped-elements",
    ),
    pytest.param("<p>x <code>1 <b>2</b> 3</code> y</p>", ["x  y"], id="nested-in-code"),
    pytest.param('<p title="5 cases" data-n="7">Text 8</p>', ["Text 8"], id="attributes"),
    pytest.param(
        "<p>A &amp; B&nbsp;5 &#37; &#x24;6 &lt;7</p>", ["A & B\xa05 % $6 <7"], id="entities"
    ),
    pytest.param("<p>AT&T 5 &bogus; &amp 6</p>", ["AT&T 5 &bogus; & 6"], id="odd-entities"),
    pytest.param("<p>x 1<!-- hidden 5 -->y 2</p>", ["x 1y 2"], id="comment"),
    pytest.param("<div><p>unclosed 1<li>item 2", ["unclosed 1", "item 2"], id="unclosed"),
    pytest.param("<p>half <b", ["half"], id="truncated-tag"),
    pytest.param("<script>never closed 5", [], id="unclosed-script"),
    pytest.param("</p></div>loose 3<p>", ["loose 3"], id="stray-end-tags"),
    pytest.param(
        "<![CDATA[x]]><!DOCTYPE html><?pi?><p>ok 1</p>", ["x]]>", "ok 1"][1:], id="declarations"
    ),
    pytest.param("<p>see https://ex.com/2023 now</p>", ["see  now"], id="bare-url"),
]


@pytest.mark.parametrize(("source", "expected"), HTML_CASES)
def test_html_segments(source: str, expected: list[str]) -> None:
    doc = parse_document(source, "d.html", "html")
    assert texts(doc) == expected
    assert_maps_back(doc)


def test_html_entity_maps_to_its_span() -> None:
    doc = parse_document("<p>5&#37; or 6&percnt;</p>", format="html")
    (seg,) = doc.segments
    i = seg.text.index("%")
    assert doc.text[seg.to_original(i) : seg.to_original_end(i + 1)] == "&#37;"
    j = seg.text.rindex("%")
    assert seg.span(j - 1, j + 1) == (doc.text.index("6&"), doc.text.index("</p>"))


def test_html_directives() -> None:
    doc = parse_document(
        "<p>x</p>\n  <!-- factcheck: ignore-file FC105 -->\n<!-- other -->", format="html"
    )
    assert [(d.line, d.column, d.text) for d in doc.directives] == [
        (2, 3, "factcheck: ignore-file FC105")
    ]


# --- segment mapping -------------------------------------------------------------------------


def test_segment_runs_are_compact() -> None:
    doc = parse_document("word " * 10_000, format="text")
    (seg,) = doc.segments
    assert len(seg.runs) == 1
    assert seg.to_original(49_000) == 49_000


def test_segment_end_positions() -> None:
    doc = parse_document("A &amp; B", format="html")
    (seg,) = doc.segments
    assert isinstance(seg, Segment)
    assert (seg.start, seg.end) == (0, len(doc.text))
    assert seg.to_original_end(0) == seg.to_original(0)
    assert seg.to_original(len(seg.text)) == len(doc.text)


# --- loading -----------------------------------------------------------------------------------


def test_load_document_reads_and_detects(tmp_path: Path) -> None:
    p = tmp_path / "draft.md"
    p.write_bytes("\ufeff# Title 5\r\n".encode())
    doc = load_document(str(p))
    assert (doc.format, texts(doc), doc.text[0]) == ("markdown", ["Title 5"], "\ufeff")


def test_load_document_with_given_text_and_format() -> None:
    doc = load_document("stdin.txt", "<p>5</p>", "html")
    assert texts(doc) == ["5"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"ok\nbad \xff here\n", "d.txt:2: not UTF-8 text (byte 0xff at line 2)"),
        (b"\xc3(", "d.txt:1: not UTF-8 text (byte 0xc3 at line 1)"),
        (b"a\nb\nc\x00d", "d.txt:3: binary file, not text (NUL byte at line 3)"),
    ],
    ids=["invalid-byte", "bad-sequence", "binary"],
)
def test_load_document_errors(tmp_path: Path, data: bytes, message: str) -> None:
    p = tmp_path / "d.txt"
    p.write_bytes(data)
    with pytest.raises(DocumentError) as info:
        load_document(str(p))
    assert str(info.value).replace(str(tmp_path) + "/", "") == message
    assert info.value.line == int(message.split(":")[1])


def test_load_document_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="cannot read file"):
        load_document(str(tmp_path / "nope.md"))


# --- chunking -----------------------------------------------------------------------------------


def _write_paragraphs(path: Path, count: int, newline: str = "\n") -> str:
    text = "\ufeff" + "".join(
        f"Paragraph {i} has 1{i % 10},000 people.{newline}Second line.{newline}{newline}"
        for i in range(count)
    )
    path.write_bytes(text.encode())
    return text


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_chunks_rebuild_the_file_and_keep_positions(tmp_path: Path, newline: str) -> None:
    p = tmp_path / "big.txt"
    text = _write_paragraphs(p, 2000, newline)
    chunks = list(iter_paragraph_chunks(str(p), 4096))
    assert len(chunks) > 10
    assert "".join(c for c, _, _ in chunks) == text
    whole = parse_document(text, format="text")
    for chunk, base_line, base_offset in chunks:
        assert text[base_offset : base_offset + len(chunk)] == chunk
        assert whole.position(base_offset) == (base_line, 1)
        assert chunk.endswith(newline * 2), "chunks end at a blank line"
        assert len(chunk.encode()) < 4096 + 200
        part = parse_document(chunk, format="text")
        seg = part.segments[-1]
        line, col = part.position(seg.start)
        assert whole.position(base_offset + seg.start) == (base_line + line - 1, col)


def test_chunks_do_not_split_markdown_fences(tmp_path: Path) -> None:
    p = tmp_path / "f.md"
    fence = "```\n" + "code 1\n\n" * 200 + "```\n\n"
    p.write_text("Intro.\n\n" + fence + "After 5.\n\n" * 50)
    chunks = [c for c, _, _ in iter_paragraph_chunks(str(p), 600)]
    assert len(chunks) > 1
    for c in chunks:
        assert c.count("```") % 2 == 0


def test_chunks_bound_lines_without_blank_lines(tmp_path: Path) -> None:
    p = tmp_path / "long.txt"
    p.write_text("x 5 " * 100_000)  # one 400 kB line
    chunks = list(iter_paragraph_chunks(str(p), 10_000))
    assert max(len(c) for c, _, _ in chunks) <= 80_000
    assert "".join(c for c, _, _ in chunks) == "x 5 " * 100_000


def test_chunks_report_bad_bytes_with_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(b"ok\n\nfine\n\xfe\n")
    with pytest.raises(DocumentError, match=r"bad.txt:4: not UTF-8 text \(byte 0xfe at line 4\)"):
        list(iter_paragraph_chunks(str(p), 2))


# --- robustness and speed ------------------------------------------------------------------------

_PIECES = [
    *"ab5 ,.*_`#>-|[]()<>!&;/:\\\n\r\t\ufeff",
    "<!--",
    "-->",
    "```",
    "&amp;",
    "&#3",
    "http://x.y/1",
    "<p>",
    "</p>",
    "<code>",
    "factcheck: off",
    "    ",
    "- ",
    "1. ",
]
_ODD = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_ODD, st.sampled_from(["text", "markdown", "html"]))
def test_never_raises_and_maps_back(source: str, fmt: str) -> None:
    doc = parse_document(source, format=fmt)
    assert_maps_back(doc)
    for seg in doc.segments:
        doc.position(seg.start)


@pytest.mark.slow
def test_large_markdown_parses_every_block() -> None:
    # Newsroom drafts are mostly long paragraphs; markdown-it-py's own speed sets the pace.
    paragraph = (
        "Nearly **110,000** people died of overdoses in [2022](https://ex.com/9), up 5.2% from "
        "the year before, officials said on Tuesday, adding that about 3,000 more deaths were "
        "still being counted in several states and that the `final 1` figure would come later. "
    ) * 3
    block = f"## Section 12\n\n{paragraph}\n\n{paragraph}\n\n- item 4\n- item 5\n\n"
    n = 6_000_000 // len(block)
    doc = parse_document(block * n, format="markdown")
    assert len(doc.segments) == 5 * n
