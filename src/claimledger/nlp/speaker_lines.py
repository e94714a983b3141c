"""Attributions that the layout marks instead of a verb.

Transcripts and headlines name the speaker before a colon ("PENCE: Well,
look, …", "Pat Caddell: Democrat Voters Worried …", "Poll: Clinton and Trump
in dead heat"); collections of reader voices sign a quotation with a dash
after it ("“Maybe we can build a wall around him.” ― Steve Quinlan"). Both
become :class:`~claimledger.nlp.cues.Frame` objects whose cue is the colon or
the dash, so the rest of the component treats them like any other cue.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.nlp.cues import Frame, doc_text, trim
from claimledger.nlp.lexicon import lexicon
from claimledger.nlp.quotes import Quote

_MAX_NAME_TOKENS = 5
_LABEL_CHARS = 60  # a speaker label is a few words: look for its colon this far in
_DASHES = frozenset("―—–")
_MAX_SIGNATURE_WORDS = 12


def _is_name_like(tokens: list[Token]) -> bool:
    """A speaker label: proper names, an upper-case transcript name, or a vague source noun."""
    lex = lexicon()
    words = [t for t in tokens if not t.is_punct]
    if not words or words[0].lower_ in lex.line_labels:
        return False
    if any(t.pos_ in ("VERB", "AUX") and not t.text.isupper() for t in words):
        return False
    if all(t.text.isupper() and t.is_alpha and len(t.text) > 1 for t in words):
        return True  # transcript speaker: "WALLACE:", "PENCE:"
    if len(words) == 1 and words[0].lower_ in lex.vague_heads:
        return True  # "Poll: …", "Sources: …"
    is_named = all(t.pos_ == "PROPN" or t.is_title for t in words)
    has_person = any(t.ent_type_ in ("PERSON", "ORG") for t in words)
    return is_named and has_person


def _labelled_lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [first, last) of the lines with a colon near their start."""
    text = doc_text(doc)
    spans = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if ":" in text[start : min(end, start + _LABEL_CHARS)]:
            line = doc.char_span(start, end, alignment_mode="expand")
            if line is not None and len(line) > 0:
                spans.append((line.start, line.end))
        start = end + 1
    return spans


def colon_frames(doc: Doc) -> list[Frame]:
    """ "NAME: content" lines: the label before the colon speaks the rest of the line."""
    text = doc_text(doc)
    frames = []
    for first, last in _labelled_lines(doc):
        colon = next(
            (t for t in doc[first : min(last, first + _MAX_NAME_TOKENS + 1)] if t.text == ":"),
            None,
        )
        if colon is None or colon.i + 1 >= last:
            continue
        label = list(doc[first : colon.i])
        while label and (label[0].is_quote or label[0].is_punct):
            label = label[1:]  # '"PENCE: …' -> PENCE
        if not label or not _is_name_like(label):
            continue
        content = trim(text, colon.idx + 1, doc[last - 1].idx + len(doc[last - 1].text))
        if len(text[content[0] : content[1]].split()) < 3:
            continue
        head = max(label, key=lambda t: (t.pos_ == "PROPN" or t.is_upper, t.i))
        frames.append(
            Frame(
                cue=(colon.idx, colon.idx + 1),
                lemma=":",
                content=content,
                source=trim(text, label[0].idx, label[-1].idx + len(label[-1].text)),
                source_head=head.i,
                cue_head=colon.i,
            )
        )
    return frames


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """``trim`` that also drops no-break spaces ("―\xa0Jorge Falcon")."""
    start, end = trim(text, start, end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    return start, end


def dash_frames(doc: Doc, quotes: list[Quote]) -> list[Frame]:
    """ "“…” ― Name": a quotation signed with a dash and a name closing its line."""
    text = doc_text(doc)
    frames = []
    for quote in quotes:
        line_end = text.find("\n", quote.end)
        line_end = len(text) if line_end == -1 else line_end
        tail = text[quote.end : line_end]
        stripped = tail.lstrip(" ,.")
        if not stripped or stripped[0] not in _DASHES:
            continue
        dash_at = quote.end + (len(tail) - len(stripped))
        source = _strip(text, dash_at + 1, line_end)
        if not 0 < len(text[source[0] : source[1]].split()) <= _MAX_SIGNATURE_WORDS:
            continue
        name = doc.char_span(source[0], source[1], alignment_mode="expand")
        dash = doc.char_span(dash_at, dash_at + 1, alignment_mode="expand")
        if name is None or dash is None or name[0].pos_ != "PROPN":
            continue
        # The name ends at the first comma: "― Carla Sanchez, 34, Phoenix" -> "Carla Sanchez".
        comma = next((t for t in name if t.text == ","), None)
        name_tokens = name[: comma.i - name.start] if comma is not None else name
        while len(name_tokens) and (name_tokens[-1].is_punct or name_tokens[-1].is_space):
            name_tokens = name_tokens[:-1]
        if len(name_tokens) == 0:
            continue
        frames.append(
            Frame(
                cue=(dash_at, dash_at + 1),
                lemma="―",
                content=(quote.start, quote.end),
                source=(name_tokens.start_char, name_tokens.end_char),
                source_head=name_tokens.root.i,
                cue_head=dash.root.i,
            )
        )
    return frames
