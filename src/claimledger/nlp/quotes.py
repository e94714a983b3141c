"""Pair quotation marks into quoted spans, telling quote marks from apostrophes.

Works on plain text, no model needed. News text mixes straight and curly
marks, uses the same character (’) for a closing single quote and an
apostrophe ("we’ll", "Belarus’ "), continues a quotation over paragraphs by
opening each paragraph again without closing the previous one, and sometimes
simply forgets a mark. We pair what we can and recover the rest to the
paragraph edge (flagged ``is_recovered``), so one stray mark never costs the
whole document.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

QuoteStyle = Literal["double", "single"]

_DOUBLE_OPEN = frozenset("“«„")
_DOUBLE_CLOSE = frozenset("”»")
_SINGLE_OPEN = frozenset("‘‹")
_SINGLE_CLOSE = frozenset("’›")
_OPEN_CONTEXT = frozenset(" \t\n([{—–-/:")
_CLOSE_CONTEXT = frozenset(" \t\n)]}.,;:!?—–-/…")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted stretch: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    style: QuoteStyle
    is_recovered: bool = False

    @property
    def inner_start(self) -> int:
        """Offset of the first quoted character."""
        return self.start + 1

    @property
    def inner_end(self) -> int:
        """Offset just past the last quoted character (the closing mark when there is one)."""
        return self.end - (0 if self.is_recovered else 1)


def _before(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else "\n"


def _after(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else "\n"


def _direction(text: str, i: int) -> str:
    """Return 'open', 'close', 'either' or 'apostrophe' for the mark at ``i``."""
    char, before, after = text[i], _before(text, i), _after(text, i)
    if char in _DOUBLE_OPEN or char in _SINGLE_OPEN:
        return "open"
    if char in _DOUBLE_CLOSE:
        return "close"
    if char in _SINGLE_CLOSE or char == "'":
        # Between letters or digits it is always an apostrophe: we'll, Russia's, rock'n'roll.
        if before.isalnum() and after.isalnum():
            return "apostrophe"
        # '90s, 'em: an elision before a digit or lower-case word after a space.
        if char == "'" and before in _OPEN_CONTEXT and after.isdigit():
            return "apostrophe"
    opens = before in _OPEN_CONTEXT or before in _DOUBLE_OPEN or before in _SINGLE_OPEN
    closes = after in _CLOSE_CONTEXT or after in _DOUBLE_CLOSE or after in _SINGLE_CLOSE
    closes = closes or after in "\"'"
    if opens and not closes:
        return "open" if char not in _SINGLE_CLOSE else "either"
    if closes and not opens:
        return "close"
    return "either"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for i, char in enumerate(text):
        if char == "\n":
            if i > start:
                spans.append((start, i))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _pair_in(text: str, start: int, end: int, style: QuoteStyle) -> tuple[list[Quote], int | None]:
    """Pair one style of mark inside a paragraph; return quotes and a dangling opener."""
    marks = '"“”«»„' if style == "double" else "'‘’‹›"
    quotes: list[Quote] = []
    opener: int | None = None
    for i in range(start, end):
        if text[i] not in marks:
            continue
        direction = _direction(text, i)
        if direction == "apostrophe":
            continue
        if opener is None:
            if direction in ("open", "either") and not (style == "single" and text[i] in "’›"):
                opener = i
            elif direction == "close" and style == "double":
                # A closer with no opener: the opening mark was dropped; recover from the edge.
                quotes.append(Quote(start, i + 1, style, is_recovered=True))
            # A lone single closer is a possessive apostrophe ("Belarus’ "): skip it.
        elif direction in ("close", "either"):
            quotes.append(Quote(opener, i + 1, style))
            opener = None
        elif style == "double":
            # Two openers in a row: the first was never closed; close it before the second.
            quotes.append(Quote(opener, i, style, is_recovered=True))
            opener = i
    return quotes, opener


def _doubled_apostrophes(text: str) -> str:
    """Read two apostrophes as a double quote mark (''like this'', as some archives print).

    The pair becomes a space and a straight double mark, on the side that
    gives the mark its direction: ' "' when it opens, '" ' when it closes.
    Two backticks always open (``like this'', the Penn Treebank's and the
    newswire archives' way). Offsets do not move.
    """
    text = text.replace("``", ' "')
    if "''" not in text:
        return text
    chars = list(text)
    i = 0
    while i < len(chars) - 1:
        if chars[i] == "'" and chars[i + 1] == "'":
            opens = _before(text, i) in _OPEN_CONTEXT and not _after(text, i + 1).isspace()
            chars[i], chars[i + 1] = (" ", '"') if opens else ('"', " ")
            i += 2
        else:
            i += 1
    return "".join(chars)


def find_quotes(text: str, style: QuoteStyle = "double") -> list[Quote]:
    """Return the quotations of one mark style in ``text``, sorted by start.

    A quotation left open at the end of a paragraph continues into the next
    paragraph when that one opens with a quote mark (the newspaper convention
    for long quotes); otherwise it is closed at the paragraph end and marked
    ``is_recovered``. The time and attribution components both ask for a
    document's quotations: the last few texts' are kept, not paired again.
    """
    return list(_quotes_of(text, style))


@functools.lru_cache(maxsize=8)
def _quotes_of(text: str, style: QuoteStyle) -> tuple[Quote, ...]:
    text = _doubled_apostrophes(text)
    result: list[Quote] = []
    carry: int | None = None  # opener of a quotation running on from the previous paragraph
    for p_start, p_end in _paragraphs(text):
        quotes, dangling = _pair_in(text, p_start, p_end, style)
        if carry is not None:
            first_is_opener = quotes and quotes[0].start == p_start and not quotes[0].is_recovered
            if dangling == p_start or (first_is_opener and quotes[0].start == p_start):
                # The quotation runs on; merge the carried opener with this paragraph's quote.
                carry_end = None if dangling == p_start else quotes.pop(0).end
                if carry_end is not None:
                    result.append(Quote(carry, carry_end, style))
                    carry = None
            else:
                result.append(_recovered(text, carry, style))
                carry = None
        if dangling is not None and carry is None:
            if style == "double" and _next_paragraph_opens(text, p_end):
                carry = dangling
            else:
                result.append(_recovered(text, dangling, style, p_end))
        result.extend(q for q in quotes if style == "double" or not q.is_recovered)
    if carry is not None:
        result.append(_recovered(text, carry, style))
    return tuple(sorted(result, key=lambda q: q.start))


def _recovered(text: str, opener: int, style: QuoteStyle, p_end: int | None = None) -> Quote:
    if p_end is None:
        newline = text.find("\n", opener)
        p_end = len(text) if newline == -1 else newline
    return Quote(opener, p_end, style, is_recovered=True)


def _next_paragraph_opens(text: str, p_end: int) -> bool:
    rest = text[p_end:].lstrip("\n \t")
    return bool(rest) and rest[0] in '"“«„'


def find_all_quotes(text: str) -> list[Quote]:
    """Return double-quoted spans plus single-quoted spans not inside them, sorted by start.

    Single quotes are used as outer marks by some outlets ("stating, ‘As soon
    as it does, we’ll invite you’") and as inner marks by others; a single
    quotation inside a double one is nested speech and is left to the outer.
    """
    doubles = find_quotes(text, "double")
    singles = [
        q
        for q in find_quotes(text, "single")
        if not any(d.start <= q.start and q.end <= d.end for d in doubles)
    ]
    return sorted(doubles + singles, key=lambda q: q.start)
