"""The same claim reported in several articles, grouped, so a reader sees one claim and its sources.

Two claims say the same thing when they have the same subject entity, the
same predicate lemma, the same polarity, both state a fact or both look
ahead (forecast, plan, speculation), their arguments carry the same content
words, and the times they are about can be the same. Claims are bucketed on
everything but time (a hash key, so grouping is linear in the ledger), and a
bucket is split where its about-intervals stop overlapping.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import date

from claimledger.link.evidence import argument_words, overlaps
from claimledger.store.linking import LinkClaim, NewGroup, NewLink

_LABEL_CHARS = 200


def _bucket(claim: LinkClaim) -> tuple[object, ...] | None:
    if claim.subject_entity_id is None:
        return None
    looking_ahead = claim.modality != "fact"
    return (
        claim.subject_entity_id,
        claim.predicate.lower(),
        claim.polarity,
        looking_ahead,
        tuple(sorted(argument_words(claim))),
    )


def _split_by_time(claims: Sequence[LinkClaim]) -> list[list[LinkClaim]]:
    """Runs of claims whose about-intervals overlap; undated claims join a lone run."""
    dated = sorted(
        (c for c in claims if c.about is not None),
        key=lambda c: (c.about.start or date.min, c.id),  # type: ignore[union-attr]
    )
    undated = [c for c in claims if c.about is None]
    runs: list[list[LinkClaim]] = []
    reach = date.min
    for claim in dated:
        assert claim.about is not None
        start = claim.about.start or date.min
        if runs and start <= reach:
            runs[-1].append(claim)
        else:
            runs.append([claim])
            reach = date.min
        reach = max(reach, claim.about.end or date.max)
    if len(runs) <= 1:
        # With one dated run (or none) an undated report can be about the same time.
        return [sorted([*(runs[0] if runs else []), *undated], key=lambda c: c.id)]
    return [*runs, undated] if undated else runs


def _label(claim: LinkClaim, names: Mapping[str, str], documents: int) -> str:
    subject = names.get(claim.subject_entity_id or "", claim.subject or "")
    words = " ".join([subject, claim.predicate, *claim.arguments[:1]])
    if claim.polarity == "negative":
        words = f"not: {words}"
    return f"{words[:_LABEL_CHARS]} ({documents} documents)"


def group_claims(
    claims: Sequence[LinkClaim], names: Mapping[str, str]
) -> tuple[tuple[NewGroup, ...], tuple[NewLink, ...]]:
    """Return one group per claim said in two or more documents, and its ``same`` links.

    ``names`` maps entity id to display name for the group labels. Each group's
    first claim (by id) is linked ``same`` to every other member.
    """
    buckets: dict[tuple[object, ...], list[LinkClaim]] = {}
    for claim in claims:
        key = _bucket(claim)
        if key is not None:
            buckets.setdefault(key, []).append(claim)
    groups: list[NewGroup] = []
    links: list[NewLink] = []
    for bucket in buckets.values():
        if len({c.document_id for c in bucket}) < 2:
            continue
        for run in _split_by_time(bucket):
            documents = {c.document_id for c in run}
            if len(documents) < 2:
                continue
            members = sorted(run, key=lambda c: c.id)
            ids = tuple(c.id for c in members)
            group_id = "g-" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:16]
            groups.append(NewGroup(group_id, _label(members[0], names, len(documents)), ids))
            first = members[0]
            for other in members[1:]:
                if overlaps(first.about, other.about):
                    links.append(
                        NewLink(
                            "same",
                            first.id,
                            other.id,
                            detail={"group": group_id},
                        )
                    )
    return tuple(groups), tuple(links)
