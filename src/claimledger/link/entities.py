"""Decide which entity each mention in one document stands for.

Within a document a short form ("Lukashenko") is the same entity as the
longest full form it ends ("President Alexander Lukashenko" → "Alexander
Lukashenko"), and every mention of one entity takes the label most of its
mentions carry, so a stray PERSON tag on "Oreshnik" is outvoted by the
PRODUCT tags of the same name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from claimledger import records as rec
from claimledger.identifiers import name_key
from claimledger.store import EntityPlan, EntityRef

# When votes tie, prefer the label that is least often a mistake of the small model.
_LABEL_PRIORITY = ("GPE", "PRODUCT", "ORG", "NORP", "LOC", "FAC", "EVENT", "LAW", "PERSON")


def _canonical_names(mentions: tuple[rec.EntityMention, ...]) -> dict[str, str]:
    """Map each mention key to the key of the fullest name it abbreviates."""
    keys = {name_key(m.text) for m in mentions}
    canonical: dict[str, str] = {}
    for key in keys:
        longer = [
            other
            for other in keys
            if other != key and (other.endswith(" " + key) or other.startswith(key + " "))
        ]
        canonical[key] = max(longer, key=len) if longer else key
    return canonical


def _label_of(votes: Counter[str]) -> str:
    best = max(votes.values())
    tied = [label for label, n in votes.items() if n == best]
    rank = {label: i for i, label in enumerate(_LABEL_PRIORITY)}
    return min(tied, key=lambda label: rank.get(label, len(rank)))


def plan_entities(annotations: rec.Annotations) -> EntityPlan:
    """Return which entity each mention, role holder, speaker and claim subject stands for."""
    mentions = annotations.entities
    canonical = _canonical_names(mentions)
    votes: dict[str, Counter[str]] = {}
    display: dict[str, str] = {}
    for m in mentions:
        key = canonical[name_key(m.text)]
        votes.setdefault(key, Counter())[m.label] += 1
        if name_key(m.text) == key and len(m.text) >= len(display.get(key, "")):
            display[key] = m.text
    refs = {key: EntityRef(display.get(key, key), _label_of(v)) for key, v in votes.items()}

    def ref_for(name: str | None) -> EntityRef | None:
        if not name:
            return None
        key = name_key(name)
        key = canonical.get(key, key)
        if key in refs:
            return refs[key]
        for full, ref in refs.items():
            if full.endswith(" " + key):
                return ref
        return None

    def speaker_ref(attribution: rec.Attribution) -> EntityRef | None:
        speaker = attribution.speaker
        if speaker is None or speaker.is_vague:
            return None
        return ref_for(speaker.name) or EntityRef(speaker.name, "PERSON")

    return EntityPlan(
        mentions=tuple(refs[canonical[name_key(m.text)]] for m in mentions),
        speakers=tuple(speaker_ref(a) for a in annotations.attributions),
        subjects=tuple(ref_for(c.subject) for c in annotations.claims),
        roles=tuple(ref_for(r.name) for r in annotations.roles),
    )


def settle_labels(annotations: rec.Annotations, plan: EntityPlan) -> rec.Annotations:
    """Return ``annotations`` with each mention labelled as the entity it stands for."""
    mentions = tuple(
        m if m.label == ref.label else replace(m, label=ref.label)
        for m, ref in zip(annotations.entities, plan.mentions, strict=True)
    )
    return replace(annotations, entities=mentions)
