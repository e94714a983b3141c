"""The timeline index: each entity's claims with sort keys, kept by every link, on both stores."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select
from sqlalchemy.orm import Session

from claimledger.store import Store, schema, story
from claimledger.store.engine import _alembic_config
from story_sample import build_story_ledger

EC = schema.EntityClaim


def _index(session: Session) -> set[tuple[object, ...]]:
    return {tuple(row) for row in session.execute(select(*EC.__table__.c))}


def _parts(session: Session) -> set[tuple[str, str]]:
    """(entity, claim) pairs worked out in Python: speaker, subject, or named inside."""
    pairs = set()
    mentions = session.execute(
        select(
            schema.EntityMention.entity_id,
            schema.EntityMention.document_id,
            schema.EntityMention.start,
            schema.EntityMention.end,
        )
    ).all()
    speakers = dict(
        session.execute(select(schema.Attribution.id, schema.Attribution.speaker_entity_id)).all()
    )
    for claim in session.scalars(select(schema.Claim)):
        if claim.subject_entity_id:
            pairs.add((claim.subject_entity_id, claim.id))
        if claim.attribution_id and speakers.get(claim.attribution_id):
            pairs.add((speakers[claim.attribution_id], claim.id))
        for entity, document, start, end in mentions:
            if document == claim.document_id and claim.start <= start and end <= claim.end:
                pairs.add((entity, claim.id))
    return pairs


def test_the_index_holds_each_claim_an_entity_says_is_the_subject_of_or_is_named_in(session):
    indexed = {(row.entity_id, row.claim_id) for row in session.scalars(select(EC))}
    assert indexed == _parts(session)
    assert indexed, "the sample story has entities with claims"


def test_an_entity_timeline_from_the_index_matches_the_query_over_the_claims(session, ledger):
    for entity in ("Oreshnik", "Alexander Lukashenko", ledger[1].oreshnik):
        for by in ("said", "about"):
            indexed = story.timeline(session, entity=entity, by=by)
            ids = [e.id for e in indexed]
            # The generic statement filters and orders over the claim tables themselves.
            generic = story._page_statement(by, True, False)
            values = {"entity_ids": story.resolve_entities(session, entity)}
            expected = list(session.scalars(generic, {**values, "offset": 0, "limit": 1000}))
            assert ids == expected, (entity, by)
            paged = [
                e.id
                for o in range(0, len(ids), 2)
                for e in story.timeline(session, entity=entity, by=by, offset=o, limit=2)
            ]
            assert paged == ids


def test_migrating_an_older_ledger_fills_the_index_as_a_link_would(ledger):
    db, _ids = ledger
    store = Store.open(db, create=False)
    with store.sessions() as session:
        linked = _index(session)
    config = _alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
        command.upgrade(config, "head")
    with store.sessions() as session:
        assert _index(session) == linked
    store.close()


def test_a_stored_document_is_in_the_index_before_any_link(db_url):
    build_story_ledger(db_url, link=False)
    store = Store.open(db_url, create=False)
    with store.sessions() as session:
        indexed = {(row.entity_id, row.claim_id) for row in session.scalars(select(EC))}
        assert indexed == _parts(session)
        assert story.timeline(session, entity="Oreshnik")
    store.close()
