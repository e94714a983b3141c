"""The record a cue finder returns, and the span helpers every finder shares.

A :class:`Frame` is one cue with its source and content slots as char
spans. The helpers turn token ranges and subtrees into trimmed char spans
and read ``doc.text`` once per Doc (spaCy rebuilds it on every access).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

TEXT_KEY = "claimledger_text"  # removed again by the component when it is done
_TRIM = " \t\n,;:—–-"


@dataclass(frozen=True, slots=True)
class Frame:
    """A cue with the slots the parse gives it, as char spans (``None`` when missing)."""

    cue: tuple[int, int]
    lemma: str
    content: tuple[int, int] | None
    source: tuple[int, int] | None
    source_head: int | None  # token index of the source's head word
    cue_head: int  # token index of the cue's main word
    is_negated: bool = False


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, built once per Doc: spaCy rebuilds the string on every access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


def span_chars(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Return the char span of tokens ``first..last`` (inclusive), trimmed of edge punctuation."""
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return trim(doc_text(doc), start, end)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``start, end`` moved inwards past spaces, commas, colons and dashes."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def trim_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a closing quote mark stranded at the start ("…of ‘Gazeta.ru,’ the S-500 …")."""
    while start < end and text[start] in "’”'\"" and (start + 1 >= end or text[start + 1] == " "):
        start = trim(text, start + 1, end)[0]
    return start, end


def subtree_span(doc: Doc, token: Token, stop: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Char span of ``token``'s subtree, leaving out the subtrees rooted at ``stop``."""
    excluded: set[int] = set()
    for i in stop:
        excluded.update(t.i for t in doc[i].subtree)
    kept = [t.i for t in token.subtree if t.i not in excluded]
    # Keep the contiguous run around the token itself.
    first = last = token.i
    kept_set = set(kept)
    while first - 1 in kept_set:
        first -= 1
    while last + 1 in kept_set:
        last += 1
    return span_chars(doc, first, last)


def noun_phrase(doc: Doc, head: Token) -> tuple[int, int]:
    """Char span of a source noun phrase, without relative clauses or trailing apposition commas.

    The phrase stays on its head's line: a live blog's timestamp or headline
    ("12:15 p.m.\n\nDonald Trump says") is parsed into the subject.
    """
    stop = frozenset(c.i for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i)
    start, end = subtree_span(doc, head, stop)
    text = doc_text(doc)
    line_start = text.rfind("\n", start, head.idx) + 1
    line_end = text.find("\n", head.idx, end)
    return trim(text, max(start, line_start), end if line_end == -1 else line_end)


def same_paragraph(doc: Doc, a: Token, b: Token) -> bool:
    """Whether no line break separates two tokens (the parser runs a headline into the body)."""
    first, last = (a, b) if a.i < b.i else (b, a)
    return "\n" not in doc_text(doc)[first.idx : last.idx]


def has_mark(token: Token, word: str) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == word for c in token.children)
