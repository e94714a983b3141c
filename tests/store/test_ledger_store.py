"""The store keeps every row with its evidence, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from claimledger import records as rec
from claimledger.errors import StoreError
from claimledger.store import EntityPlan, EntityRef, Store, schema
from claimledger.store import queries as q
from claimledger.store.engine import current_revision, head_revision

TEXT = (
    "Belarus has taken steps, as confirmed by State Secretary of the Security Council, "
    "Alexander Volfovich, on March 18, 2025. "
    'Volfovich said: "We will finish by the end of the year."'
)


def _span(text: str, needle: str) -> rec.TextSpan:
    start = text.index(needle)
    return rec.TextSpan(start, start + len(needle), needle)


def _annotations(text: str = TEXT) -> rec.Annotations:
    name = _span(text, "Alexander Volfovich")
    said_span = _span(text, "March 18, 2025")
    deadline = _span(text, "by the end of the year")
    quote = _span(text, "We will finish by the end of the year.")
    said = rec.Interval(date(2025, 3, 18), date(2025, 3, 18), "day")
    about = rec.Interval(None, date(2025, 12, 31), "year", is_inferred=True)
    attribution = rec.Attribution(
        start=quote.start - 1,
        end=quote.end + 1,
        kind="direct",
        content=quote,
        speaker=rec.Speaker("Alexander Volfovich", name.start, name.end, role="State Secretary"),
        cue=_span(text, "said"),
        certainty="forecast",
        said=said,
        said_evidence=said_span,
    )
    return rec.Annotations(
        entities=(
            rec.EntityMention(0, 7, "Belarus", "GPE"),
            rec.EntityMention(name.start, name.end, name.text, "PERSON"),
        ),
        roles=(
            rec.RoleMention(
                "Alexander Volfovich",
                "State Secretary of the Security Council",
                text.index("State"),
                text.index("Council") + 7,
                name.start,
                name.end,
            ),
        ),
        times=(
            rec.TimeExpression(
                said_span.start, said_span.end, said_span.text, "DATE", "2025-03-18", said
            ),
            rec.TimeExpression(
                deadline.start,
                deadline.end,
                deadline.text,
                "DATE",
                "2025",
                about,
                anchor="2025-03-18",
                mod="BEFORE",
            ),
        ),
        attributions=(attribution,),
        claims=(
            rec.Claim(
                quote.start,
                quote.end,
                quote.text,
                "Alexander Volfovich",
                "finish",
                ("deployment",),
                "forecast",
                "positive",
                about,
                deadline,
                attribution=0,
            ),
        ),
    )


def _plan() -> EntityPlan:
    volfovich = EntityRef("Alexander Volfovich", "PERSON")
    return EntityPlan(
        mentions=(EntityRef("Belarus", "GPE"), volfovich),
        speakers=(volfovich,),
        subjects=(volfovich,),
        roles=(volfovich,),
    )


def _source(text: str = TEXT, origin: str = "a.txt") -> rec.SourceDocument:
    meta = rec.DocumentMetadata(
        title="Belarus prepares",
        outlet="Example News",
        published=rec.Interval(date(2025, 3, 19), date(2025, 3, 19), "day"),
        sources={"published": "sidecar", "outlet": "flag"},
    )
    return rec.SourceDocument(text=text, origin=origin, metadata=meta)


def test_open_brings_an_empty_database_to_the_newest_schema(db_url: str) -> None:
    store = Store.open(db_url)
    assert current_revision(store.engine) == head_revision()
    store.close()


def test_opening_a_non_ledger_read_only_says_what_to_do(db_url: str) -> None:
    if "://" not in db_url:
        Path(db_url).touch()  # an empty file is an empty SQLite database
    with pytest.raises(StoreError, match="not a claimledger ledger"):
        Store.open(db_url, create=False)


def test_stored_document_reads_back_as_the_same_records(db_url: str) -> None:
    store = Store.open(db_url)
    annotations = _annotations()
    assert store.add_document("doc1", _source(), annotations, _plan()) is True
    with store.sessions() as session:
        stored = q.load_document(session, "doc1")
    assert stored is not None
    assert stored.source == _source()
    assert stored.annotations.attributions == annotations.attributions
    assert stored.annotations.times == annotations.times
    assert stored.annotations.claims == annotations.claims
    assert stored.annotations.roles == annotations.roles
    assert stored.annotations.entities == annotations.entities
    store.close()


def test_every_stored_row_points_at_the_characters_that_back_it(db_url: str) -> None:
    store = Store.open(db_url)
    store.add_document("doc1", _source(), _annotations(), _plan())
    with store.sessions() as session:
        for row in session.scalars(select(schema.Attribution)):
            assert TEXT[row.content_start : row.content_end] == row.content_text
            assert TEXT[row.said_evidence_start : row.said_evidence_end] == "March 18, 2025"
        for time in session.scalars(select(schema.TimeExpression)):
            assert TEXT[time.start : time.end] == time.text
    store.close()


def test_adding_the_same_document_twice_changes_nothing(db_url: str) -> None:
    store = Store.open(db_url)
    store.add_document("doc1", _source(), _annotations(), _plan())
    with store.sessions() as session:
        before = q.counts(session)
    assert store.add_document("doc1", _source(), _annotations(), _plan()) is False
    with store.sessions() as session:
        assert q.counts(session) == before
    store.close()


def test_a_failed_write_leaves_nothing_behind_and_keeps_what_was_stored(db_url: str) -> None:
    store = Store.open(db_url)
    store.add_document("doc1", _source(), _annotations(), _plan())
    other = TEXT.replace("Belarus", "Russia")
    broken = _annotations(other)
    # A claim pointing at an attribution that does not exist fails mid-write.
    bad_claim = rec.Claim(0, 6, "Russia", None, "take", attribution=5)
    broken = rec.Annotations(
        entities=broken.entities,
        times=broken.times,
        attributions=broken.attributions,
        claims=(bad_claim,),
    )
    with pytest.raises(IndexError):
        store.add_document("doc2", _source(other, "b.txt"), broken, _plan())
    with store.sessions() as session:
        assert q.document_ids(session) == ["doc1"]
        assert session.scalar(select(func.count()).select_from(schema.TimeExpression)) == 2
    store.close()


def test_the_same_name_in_two_documents_is_one_entity(db_url: str) -> None:
    store = Store.open(db_url)
    store.add_document("doc1", _source(), _annotations(), _plan())
    other = TEXT.replace("Belarus has", "Minsk has")
    store.add_document("doc2", _source(other, "b.txt"), _annotations(other), _plan())
    with store.sessions() as session:
        entities = {e.name: e for e in q.iter_entities(session)}
    assert entities["Alexander Volfovich"].documents == ("doc1", "doc2")
    store.close()


def test_open_sided_intervals_keep_their_open_side(db_url: str) -> None:
    store = Store.open(db_url)
    store.add_document("doc1", _source(), _annotations(), _plan())
    with store.sessions() as session:
        stored = q.load_document(session, "doc1")
    assert stored is not None
    deadline = stored.annotations.claims[0].about
    assert deadline == rec.Interval(None, date(2025, 12, 31), "year", is_inferred=True)
    store.close()
