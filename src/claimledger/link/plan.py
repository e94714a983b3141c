"""The link stage as one pure function: a :class:`Corpus` in, a :class:`LinkPlan` out.

Order matters and is fixed: entities first (every later step blocks on the
subject entity, so two names of one thing must already be one), then stories
(documents grouped by the event they report, over the resolved names;
forecasts and conflicts look only inside a story), then dates
(open years are placed against the story the entities define, and forecasts
need their deadlines), then the claim steps, which only read.
"""

from __future__ import annotations

from dataclasses import replace

from claimledger.identifiers import name_key
from claimledger.link.conflicts import find_conflicts
from claimledger.link.dating import resolve_dates
from claimledger.link.document_stories import document_stories
from claimledger.link.forecasts import follow_forecasts
from claimledger.link.groups import group_claims
from claimledger.link.identities import Resolution, core_key, resolve_entities
from claimledger.link.syndication import group_documents
from claimledger.store.linking import Corpus, LinkClaim, LinkPlan


def _subjects(corpus: Corpus, resolution: Resolution) -> tuple[dict[str, str], list[LinkClaim]]:
    """Point every claim at its surviving subject entity; name one where only the text did.

    A claim whose subject was left without an entity ("the Oreshnik" in a
    sentence where the model tagged nothing) takes the entity whose name it
    is, when exactly one entity has that name.
    """
    by_key: dict[str, set[str]] = {}
    for old, survivor in resolution.survivor_of.items():
        by_key.setdefault(core_key(corpus.entities[old].name), set()).add(survivor)
    changed: dict[str, str] = {}
    claims = []
    for claim in corpus.claims:
        entity = claim.subject_entity_id
        if entity is not None:
            entity = resolution.survivor_of.get(entity, entity)
        elif claim.subject and name_key(claim.subject):
            found = by_key.get(core_key(claim.subject), set())
            if len(found) == 1:
                entity = next(iter(found))
                changed[claim.id] = entity
        claims.append(
            claim if entity == claim.subject_entity_id else replace(claim, subject_entity_id=entity)
        )
    return changed, claims


def plan_links(corpus: Corpus) -> LinkPlan:
    """Return the whole linking result for ``corpus``: a pure function of what is stored."""
    syndication = group_documents({id_: d.text for id_, d in corpus.documents.items()})
    resolution = resolve_entities(corpus)
    claim_subjects, claims = _subjects(corpus, resolution)
    stories = document_stories(corpus, resolution.survivor_of)
    dating = resolve_dates(
        replace(corpus, claims=claims), resolution.survivor_of, resolution.labels, stories
    )
    claims = dating.claims
    names = {
        survivor: corpus.entities[survivor].name
        for survivor in set(resolution.survivor_of.values())
    }
    groups, same = group_claims(claims, names)
    links = [
        *same,
        *find_conflicts(claims, stories),
        *follow_forecasts(claims, corpus.documents, stories),
    ]
    return LinkPlan(
        syndication=syndication,
        stories=stories,
        merges=resolution.merges,
        claim_subjects=claim_subjects,
        claim_about=dating.claim_about,
        attribution_said=dating.attribution_said,
        groups=groups,
        links=tuple(sorted(links, key=lambda link: link.id)),
    )
