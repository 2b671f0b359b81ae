"""Small text helpers shared by matching and rules: words, stems and sentences."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z][a-z'’]*")
STOPWORDS = frozenset(
    """a an and are as at be been but by for from had has have he her his in into is it its
    of on or she that the their them they this those to was were which who will with would
    than then there these not no so such also more most over under about nearly some per""".split()
)
# Abbreviations whose period does not end a sentence.
_ABBREV = frozenset(
    """mr mrs ms dr gov sen rep st jr sr no vs etc inc co corp ltd jan feb mar apr jun jul aug
    sep sept oct nov dec gen col lt sgt prof approx est fig dept univ""".split()
)
_SENT_END = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Reduce a lower-case word to its group's stem, so 'deaths', 'died' and 'fatalities' meet
    (the groups are factcheck/synonyms.py's and the registry's)."""
    s = _stem(word)
    return _CANON.get(s, s)


def _stem(word: str) -> str:
    """Reduce a lower-case word to a crude stem: 'deaths' and 'death' meet."""
    w = word.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("ing"):
        return w[:-3]
    if len(w) > 4 and w.endswith("ed"):
        return w[:-2] if not w.endswith("ied") else w[:-3] + "y"
    if len(w) > 4 and (w.endswith(("ches", "shes", "sses", "xes")) or w[:-2] in _US_NOUNS):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# Nouns in -us whose plural adds -es: "viruses" is "virus", where "causes" is "cause".
_US_NOUNS = frozenset("""bus virus bonus campus census surplus status focus corpus syllabus
    prospectus consensus apparatus circus octopus fetus sinus thesaurus""".split())

_INITIALISM = re.compile(r"\b([a-z])\.([a-z])\.")


_ACCENTED = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")


def fold(text: str) -> str:
    """Return text without diacritics ("López" -> "Lopez"), as reporters often write names."""
    if text.isascii() or not _ACCENTED.search(text):
        return text  # curly quotes and dashes need no folding
    import unicodedata

    return _ACCENTED.sub(lambda m: "".join(c for c in unicodedata.normalize("NFKD", m.group())
                                           if not unicodedata.combining(c)), text)


def words(text: str) -> list[str]:
    """Return the lower-case words of a text, diacritics folded; "U.S." is the one word "us"."""
    lowered = fold(text).lower()
    if "." in lowered:
        lowered = _INITIALISM.sub(r"\1\2", lowered)
    return _WORD.findall(lowered)


def stems(text: str) -> list[str]:
    """Return the stems of the content words of a text, in order."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans, not splitting after abbreviations like 'U.S.' or 'Mr.'."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.start()
        # The word before the period decides whether this is an abbreviation.
        j = end
        while j > start and (text[j - 1].isalpha() or text[j - 1] == "."):
            j -= 1
        token = text[j:end].lower()
        abbreviated = (token.rstrip(".") in _ABBREV or (len(token) <= 3 and "." in token)
                       or len(token) == 1)
        if abbreviated and not _opens_sentence(text, m.end()):
            continue
        stop = m.end()
        spans.append((start, stop))
        start = stop
    if start < len(text):
        spans.append((start, len(text)))
    return spans


_NEXT_WORD = re.compile(r"[\"“‘(\[]?([A-Z][a-z]*)\b")


def _opens_sentence(text: str, at: int) -> bool:
    """Say whether the word at `at` opens a sentence even after an abbreviation: a capitalised
    function word ("10 a.m. The", "the U.S. It") does; a name ("a.m. Friday", "U.S. Customs")
    does not."""
    m = _NEXT_WORD.match(text, at)
    return m is not None and len(m.group(1)) > 1 and m.group(1).lower() in STOPWORDS


_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z'’]+")


def proper_stems(text: str) -> frozenset[str]:
    """Return the stems of the capitalised words inside a text (names of people and places)."""
    return frozenset(stem(w.lower()) for w in _PROPER.findall(fold(text)))


def _canonical(groups: list[tuple[str, ...]]) -> dict[str, str]:
    """Return the map from each word's stem to its group's first stem."""
    out: dict[str, str] = {}
    for group in groups:
        head = _stem(group[0].lower())
        for w in group:
            out.setdefault(_stem(w.lower()), head)
    return out


def _shipped() -> dict[str, str]:
    from factcheck.synonyms import groups

    return _canonical(groups())


_CANON: dict[str, str] = _shipped()



def canonical_map(groups: list[tuple[str, ...]]) -> dict[str, str]:
    """Return the map from each word's stem to its group's first stem, for one registry's groups."""
    out: dict[str, str] = {}
    for group in groups:
        head = stem(group[0].lower())
        for w in group:
            out.setdefault(stem(w.lower()), head)
    return {k: v for k, v in out.items() if k != v}


@lru_cache(maxsize=512)
def one_line(text: str) -> str:
    """Return text with each run of white space one space (cached: a sentence's numbers share)."""
    return " ".join(text.split())
