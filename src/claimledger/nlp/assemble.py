"""Turn cue frames and quotations into Attribution records for one document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from claimledger.nlp.certainty import classify_certainty
from claimledger.nlp.cues import Frame, doc_text, find_frames
from claimledger.nlp.extensions import PUBLISHED, TIMES
from claimledger.nlp.quotes import Quote, find_all_quotes
from claimledger.nlp.relays import find_relay, looks_like_outlet
from claimledger.nlp.roles import find_roles
from claimledger.nlp.said import said_time
from claimledger.nlp.speaker_lines import colon_frames, dash_frames
from claimledger.nlp.speakers import SpeakerResolver, name_variants
from claimledger.records import (
    Attribution,
    AttributionKind,
    EntityMention,
    RoleMention,
    Speaker,
    TextSpan,
)

Span = tuple[int, int]


def _words(text: str) -> int:
    return len(text.split())


def _inside(point: Span, outer: Span) -> bool:
    return outer[0] <= point[0] and point[1] <= outer[1]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _adjacent_quote(text: str, frame: Frame, quotes: Sequence[Quote], gap: int) -> Quote | None:
    """A quotation just after the cue ("explained, “…”") or just before it ("“…,” X said").

    Before the cue, the quotation must end the way a quote leading into its
    cue does (a comma, question or exclamation mark inside or after it): a
    quote ending in a full stop closes its sentence, and what follows is new.
    """
    cue_start, cue_end = frame.cue
    after_from = max(cue_end, frame.source[1] if frame.source else cue_end)
    for quote in quotes:
        if quote.start >= cue_end:
            between = text[after_from : quote.start] if quote.start >= after_from else ""
            if _words(between) <= gap and "." not in between and "\n" not in between:
                return quote
            # "Caddell continued:" with the quotation set as the next paragraph.
            if between.strip() == ":" and between.count("\n") <= 2:
                return quote
        elif quote.end <= cue_start:
            before_to = min(cue_start, frame.source[0] if frame.source else cue_start)
            between = text[quote.end : before_to] if before_to >= quote.end else ""
            lead_in = text[quote.inner_end - 1 : quote.inner_end] in (",", "?", "!", "—")
            lead_in = lead_in or between.lstrip().startswith(",")
            if lead_in and _words(between) <= gap and "." not in between and "\n" not in between:
                return quote
    return None


def _source_outside_quotes(doc: Doc, frame: Frame, quotes: Sequence[Quote]) -> Frame:
    """Repair a source the parser took from inside a quotation ("…Ohio,'' Mr. Trump said").

    A cue outside a quotation cannot have its speaker inside it. Take the
    proper name or pronoun written next to the cue instead: between the
    quotation and the cue ("…,” Mr. Trump said") or right after the cue
    ("said Mr. Trump"); with neither, the source is dropped.
    """
    if frame.source is None or frame.lemma in (":", "―"):
        return frame
    holder = next((q for q in quotes if _inside(frame.source, (q.start, q.end))), None)
    if holder is None or _inside(frame.cue, (holder.start, holder.end)):
        return frame
    cue = doc[frame.cue_head]
    sent = cue.sent
    before = [t for t in sent if holder.end <= t.idx and t.i < cue.i]
    after = []
    for token in doc[cue.i + 1 : sent.end]:
        if token.is_punct:
            break
        after.append(token)
    for tokens in (before, after):
        names = [t for t in tokens if t.pos_ in ("PROPN", "PRON")]
        if names:
            head = names[-1]
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            while start < end and doc_text(doc)[start] in " ,'\"”’":
                start += 1
            return replace(frame, source=(start, end), source_head=head.i)
    return replace(frame, source=None, source_head=None)


def _quoted_label(frame: Frame, quote: Quote) -> bool:
    """Whether a "NAME:" label sits inside a quotation that began before the label."""
    label_start = frame.source[0] if frame.source else frame.cue[0]
    return _inside(frame.cue, (quote.start, quote.end)) and quote.start < label_start - 1


def _kind(content: Span, quotes: Sequence[Quote]) -> AttributionKind:
    quoted = sum(
        max(0, min(q.end, content[1]) - max(q.start, content[0]))
        for q in quotes
        if _overlaps((q.start, q.end), content)
    )
    length = max(1, content[1] - content[0])
    if quoted >= 0.8 * length:
        return "direct"
    return "mixed" if quoted > 0 else "indirect"


def _content_with_quotes(content: Span, quotes: Sequence[Quote]) -> Span:
    """Widen content to whole quotations it overlaps: a quote cut by a sentence split is one."""
    start, end = content
    for quote in quotes:
        if _overlaps((quote.start, quote.end), (start, end)) and not _inside(
            (quote.start, quote.end), (start, end)
        ):
            start, end = min(start, quote.start), max(end, quote.end)
    return start, end


def _within_paragraph(text: str, content: Span, cue: Span) -> Span:
    """Clip content to the cue's paragraph: the parser sometimes runs a headline into the body."""
    start, end = content
    before = text.rfind("\n", 0, cue[0]) + 1
    after = text.find("\n", cue[1])
    after = len(text) if after == -1 else after
    return max(start, before), min(end, after)


def _outlet_speaker(doc: Doc, frame: Frame, people: Sequence[EntityMention]) -> bool:
    """ "According to Gazeta.ru": an outlet with no person named in the source phrase."""
    if frame.lemma != "according to" or frame.source is None:
        return False
    start, end = frame.source
    if any(start <= p.start and p.end <= end for p in people):
        return False
    return looks_like_outlet(doc_text(doc)[start:end])


def assemble(
    doc: Doc,
    entities: Sequence[EntityMention],
    *,
    min_quote_words: int,
    max_cue_gap: int,
    attach_orphan_quotes: bool,
) -> tuple[tuple[Attribution, ...], tuple[RoleMention, ...]]:
    """Return the document's attributions (sorted by start) and role mentions."""
    text = doc_text(doc)
    all_quotes = find_all_quotes(text)
    speech_quotes = [q for q in all_quotes if _words(text[q.start : q.end]) >= min_quote_words]
    fragment_quotes = [q for q in all_quotes if _words(text[q.start : q.end]) >= 2]
    people = [e for e in entities if e.label == "PERSON"]
    roles = find_roles(doc, people, name_variants(people))
    resolver = SpeakerResolver(doc, entities, roles)
    times = doc._.get(TIMES) or ()
    published = doc._.get(PUBLISHED)

    # A cue inside a quotation is the quoted speaker's own ("I think we will…"), not a new one.
    labelled = colon_frames(doc)
    found = find_frames(doc) + dash_frames(doc, speech_quotes)
    frames = [f for f in found if not any(_inside(f.cue, (q.start, q.end)) for q in speech_quotes)]
    # A transcript line quoted whole ('"PENCE: Well, …') keeps its speaker label.
    frames += [f for f in labelled if not any(_quoted_label(f, q) for q in speech_quotes)]
    slotted: list[tuple[Frame, Span]] = []
    for frame in frames:
        frame = _source_outside_quotes(doc, frame, speech_quotes)
        content = frame.content
        quote = None if content else _adjacent_quote(text, frame, speech_quotes, max_cue_gap)
        if quote is not None:
            content = (quote.start, quote.end)
        if content is None or content[1] - content[0] < 2:
            continue
        if quote is None:
            content = _within_paragraph(text, content, frame.cue)
        if content[1] - content[0] < 2:
            continue
        if frame.lemma != ":":  # a speaker label's content is its line, quoted or not
            content = _content_with_quotes(content, speech_quotes)
        slotted.append((frame, content))
    # Univocal reading: a cue inside another attribution's content belongs to that content.
    # When two cues hold each other ("In a statement, the ministry said the drills would
    # continue", misparsed with "continue" as a postposed cue), the forward one wins.
    kept = [
        (f, c)
        for f, c in slotted
        if not any(
            other is not f
            and _inside(f.cue, oc)
            and (not _inside(other.cue, c) or (c[1] <= f.cue[0] and oc[0] >= other.cue[1]))
            for other, oc in slotted
        )
    ]
    attributions = [_build(doc, f, c, fragment_quotes, resolver, times, published) for f, c in kept]
    if attach_orphan_quotes:
        attributions += _orphans(text, speech_quotes, attributions)
    attributions.sort(key=lambda a: (a.start, a.end))
    return tuple(attributions), tuple(roles)


def _build(doc, frame, content, quotes, resolver, times, published) -> Attribution:  # type: ignore[no-untyped-def]
    speaker: Speaker | None = None
    source_token = doc[frame.source_head] if frame.source_head is not None else None
    if frame.source is not None and source_token is not None:
        if _outlet_speaker(doc, frame, resolver.people):
            name = doc_text(doc)[frame.source[0] : frame.source[1]].strip("'‘’\"“” ")
            speaker = Speaker(name, frame.source[0], frame.source[1])
        else:
            speaker = resolver.resolve(source_token, *frame.source)
    cue_token = doc[frame.cue_head]
    content_text = doc_text(doc)[content[0] : content[1]]
    said, evidence = said_time(doc, cue_token, times, published)
    spans = [content, frame.cue] + ([frame.source] if frame.source else [])
    return Attribution(
        start=min(s[0] for s in spans),
        end=max(s[1] for s in spans),
        kind=_kind(content, quotes),
        content=TextSpan(content[0], content[1], content_text),
        speaker=speaker,
        cue=TextSpan(frame.cue[0], frame.cue[1], doc_text(doc)[frame.cue[0] : frame.cue[1]]),
        relay=find_relay(doc, cue_token, source_token),
        certainty=classify_certainty(frame.lemma, content_text, frame.is_negated),
        said=said,
        said_evidence=evidence,
    )


def _orphans(text: str, quotes: Sequence[Quote], found: Sequence[Attribution]) -> list[Attribution]:
    """Quotations with no cue of their own, given to the speaker of the attribution before them."""
    orphans = []
    for quote in quotes:
        span = (quote.start, quote.end)
        if any(_overlaps(span, (a.content.start, a.content.end)) for a in found):
            continue
        before = [a for a in found if a.end <= quote.start and a.speaker is not None]
        if not before or text.count("\n", before[-1].end, quote.start) > 2:
            continue
        previous = before[-1]
        orphans.append(
            Attribution(
                start=quote.start,
                end=quote.end,
                kind="direct",
                content=TextSpan(quote.start, quote.end, text[quote.start : quote.end]),
                speaker=previous.speaker,
                cue=None,
                relay=previous.relay,
                certainty=classify_certainty(None, text[quote.start : quote.end]),
                said=previous.said,
                said_evidence=previous.said_evidence,
            )
        )
    return orphans
