"""Records to table rows and back: the one place that maps one onto the other."""

from __future__ import annotations

from typing import Any, cast

from claimledger import records as rec
from claimledger.store import schema


def interval_columns(prefix: str, interval: rec.Interval | None) -> dict[str, Any]:
    """Return the four ``{prefix}_*`` columns that hold ``interval``."""
    if interval is None:
        return {
            f"{prefix}_start": None,
            f"{prefix}_end": None,
            f"{prefix}_granularity": None,
            f"{prefix}_inferred": False,
        }
    return {
        f"{prefix}_start": interval.start,
        f"{prefix}_end": interval.end,
        f"{prefix}_granularity": interval.granularity,
        f"{prefix}_inferred": interval.is_inferred,
    }


def interval_from(row: object, prefix: str) -> rec.Interval | None:
    """Rebuild the interval kept in ``row``'s ``{prefix}_*`` columns, if any."""
    granularity = getattr(row, f"{prefix}_granularity")
    if granularity is None:
        return None
    return rec.Interval(
        start=getattr(row, f"{prefix}_start"),
        end=getattr(row, f"{prefix}_end"),
        granularity=cast(rec.Granularity, granularity),
        is_inferred=bool(getattr(row, f"{prefix}_inferred")),
    )


def _span(text: str, start: int | None, end: int | None) -> rec.TextSpan | None:
    if start is None or end is None:
        return None
    return rec.TextSpan(start, end, text[start:end])


def time_row(id_: str, document_id: str, time: rec.TimeExpression) -> dict[str, Any]:
    """Return the ``time_expressions`` row for ``time``."""
    return {
        "id": id_,
        "document_id": document_id,
        "start": time.start,
        "end": time.end,
        "text": time.text,
        "type": time.type,
        "value": time.value,
        "mod": time.mod,
        "anchor": time.anchor,
        **interval_columns("interval", time.interval),
    }


def time_record(row: schema.TimeExpression) -> rec.TimeExpression:
    """Rebuild a :class:`TimeExpression` from its row."""
    return rec.TimeExpression(
        start=row.start,
        end=row.end,
        text=row.text,
        type=cast(rec.TimexType, row.type),
        value=row.value,
        interval=interval_from(row, "interval"),
        anchor=row.anchor,
        mod=row.mod,
    )


def attribution_row(
    id_: str,
    document_id: str,
    attribution: rec.Attribution,
    speaker_entity_id: str | None,
    relay_outlet_id: str | None,
) -> dict[str, Any]:
    """Return the ``attributions`` row for ``attribution``."""
    speaker, cue, relay = attribution.speaker, attribution.cue, attribution.relay
    evidence = attribution.said_evidence
    return {
        "id": id_,
        "document_id": document_id,
        "start": attribution.start,
        "end": attribution.end,
        "kind": attribution.kind,
        "certainty": attribution.certainty,
        "content_text": attribution.content.text,
        "content_start": attribution.content.start,
        "content_end": attribution.content.end,
        "speaker_name": speaker.name if speaker else None,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
        "speaker_mention": speaker.mention_text if speaker else None,
        "speaker_role": speaker.role if speaker else None,
        "speaker_vague": bool(speaker and speaker.is_vague),
        "speaker_entity_id": speaker_entity_id,
        "cue_text": cue.text if cue else None,
        "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None,
        "relay_name": relay.name if relay else None,
        "relay_start": relay.start if relay else None,
        "relay_end": relay.end if relay else None,
        "relay_outlet_id": relay_outlet_id,
        **interval_columns("said", attribution.said),
        "said_evidence_start": evidence.start if evidence else None,
        "said_evidence_end": evidence.end if evidence else None,
    }


def attribution_record(row: schema.Attribution, text: str) -> rec.Attribution:
    """Rebuild an :class:`Attribution` from its row and its document's text."""
    speaker = None
    if row.speaker_name is not None:
        speaker = rec.Speaker(
            name=row.speaker_name,
            start=cast(int, row.speaker_start),
            end=cast(int, row.speaker_end),
            role=row.speaker_role,
            is_vague=row.speaker_vague,
            mention_text=row.speaker_mention,
        )
    relay = None
    if row.relay_name is not None:
        relay = rec.Relay(row.relay_name, cast(int, row.relay_start), cast(int, row.relay_end))
    return rec.Attribution(
        start=row.start,
        end=row.end,
        kind=cast(rec.AttributionKind, row.kind),
        content=rec.TextSpan(row.content_start, row.content_end, row.content_text),
        speaker=speaker,
        cue=_span(text, row.cue_start, row.cue_end),
        relay=relay,
        certainty=cast(rec.Certainty, row.certainty),
        said=interval_from(row, "said"),
        said_evidence=_span(text, row.said_evidence_start, row.said_evidence_end),
    )


def claim_row(
    id_: str,
    document_id: str,
    claim: rec.Claim,
    attribution_id: str | None,
    subject_entity_id: str | None,
) -> dict[str, Any]:
    """Return the ``claims`` row for ``claim``."""
    evidence = claim.about_evidence
    return {
        "id": id_,
        "document_id": document_id,
        "attribution_id": attribution_id,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "subject": claim.subject,
        "subject_entity_id": subject_entity_id,
        "predicate": claim.predicate,
        "arguments": list(claim.arguments),
        "modality": claim.modality,
        "polarity": claim.polarity,
        **interval_columns("about", claim.about),
        "about_evidence_start": evidence.start if evidence else None,
        "about_evidence_end": evidence.end if evidence else None,
        "group_id": None,
    }


def claim_record(row: schema.Claim, text: str, attribution_index: int | None) -> rec.Claim:
    """Rebuild a :class:`Claim` from its row; ``attribution_index`` is its place in the doc."""
    return rec.Claim(
        start=row.start,
        end=row.end,
        text=row.text,
        subject=row.subject,
        predicate=row.predicate,
        arguments=tuple(row.arguments or ()),
        modality=cast(rec.Modality, row.modality),
        polarity=cast(Any, row.polarity),
        about=interval_from(row, "about"),
        about_evidence=_span(text, row.about_evidence_start, row.about_evidence_end),
        attribution=attribution_index,
    )


def role_record(row: schema.Role) -> rec.RoleMention:
    """Rebuild a :class:`RoleMention` from its row."""
    return rec.RoleMention(row.name, row.role, row.start, row.end, row.name_start, row.name_end)


def mention_record(row: schema.EntityMention) -> rec.EntityMention:
    """Rebuild an :class:`EntityMention` from its row."""
    return rec.EntityMention(row.start, row.end, row.text, row.label)


def metadata_record(row: schema.Document) -> rec.DocumentMetadata:
    """Rebuild a document's metadata from its row.

    A publication time the pipeline inferred from the text is not metadata the
    source gave: it comes back on the annotations, as it went in.
    """
    sources = cast(dict[str, rec.MetadataSource], dict(row.metadata_sources or {}))
    is_inferred = sources.get("published") == "inferred"
    if is_inferred:
        del sources["published"]
    return rec.DocumentMetadata(
        title=row.title,
        outlet=row.outlet,
        url=row.url,
        author=row.author,
        published=None if is_inferred else interval_from(row, "published"),
        language=row.language,
        sources=sources,
    )
