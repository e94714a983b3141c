"""The story queries on SQLite and PostgreSQL, over links written as the link stage writes them."""

from __future__ import annotations

from datetime import date

import pytest

from claimledger.store import Store, story
from claimledger.store.linking import LinkPlan, NewLink, replace_links
from story_sample import ARRIVAL, story_plan


def _key(when: story.When | None) -> tuple[bool, date]:
    if when is None:
        return (True, date.max)
    day = when.start or when.end
    assert day is not None
    return (False, day)


def test_timeline_by_said_is_in_order_with_open_starts_by_their_end(session, ids):
    entries = story.timeline(session, by="said")
    assert len(entries) == 10  # every claim of the four articles
    keys = [_key(e.when) for e in entries]
    assert keys == sorted(keys)
    experts = next(e for e in entries if e.speaker and e.speaker.name == "military experts")
    # Said without a date of its own: by the day the article came out, at the latest.
    assert (experts.when.start, experts.when.end) == (None, date(2025, 3, 18))
    assert experts.speaker.vague


def test_timeline_by_about_places_claims_at_the_time_they_are_about(session, ids):
    entries = story.timeline(session, by="about")
    arrived = [e for e in entries if e.id in (ids.arrived, ids.arrived_again)]
    assert [e.when.start for e in arrived] == [date(2025, 12, 17)] * 2
    assert all(e.when.inferred for e in arrived)
    assert arrived[0].about_evidence.text == "December 17"
    # Claims the text gives no time for come last, undated.
    assert entries[-1].when is None
    assert [e.when is None for e in entries] == sorted(e.when is None for e in entries)
    keys = [_key(e.when) for e in entries]
    assert keys == sorted(keys)


def test_timeline_entry_carries_speaker_document_and_evidence(session, ids):
    entry = next(e for e in story.timeline(session) if e.id == ids.arrived)
    assert entry.speaker.name == "Alexander Lukashenko"
    assert entry.speaker.role == "President"
    assert entry.document_id == ids.arrival and entry.outlet == "Minsk Daily"
    assert ARRIVAL[entry.start : entry.end] == entry.text
    assert entry.said_evidence.text == "December 18"
    assert ARRIVAL[entry.said_evidence.start : entry.said_evidence.end] == "December 18"
    assert entry.group_id == "g-arrival" and entry.sources == 2
    assert entry.clock == "said" and entry.when == entry.said


def test_entity_matches_claims_said_by_it_or_about_it_by_any_name(session, ids):
    about = {e.id for e in story.timeline(session, entity="Oreshnik")}
    assert about == {ids.arrived, ids.arrived_again, ids.medium, ids.long}
    assert about == {e.id for e in story.timeline(session, entity=ids.oreshnik)}
    said_by = story.timeline(session, entity="Alexander Lukashenko")
    assert {e.document_id for e in said_by} == {ids.sample.article, ids.arrival, ids.rewrite}
    assert ids.long not in {e.id for e in said_by}  # RIA Novosti said that one
    assert story.timeline(session, entity="Nobody at all") == []


def test_speaker_filter_keeps_one_speaker_and_vague_sources_by_name(session, ids):
    volfovich = story.timeline(session, speaker=ids.sample.volfovich)
    assert {e.speaker.name for e in volfovich} == {"Alexander Volfovich"}
    assert len(volfovich) == 2
    experts = story.timeline(session, speaker="military experts")
    assert [e.id for e in experts] == [ids.slip]


def test_entity_and_speaker_filters_combine(session, ids):
    found = story.timeline(session, entity="Oreshnik", speaker="RIA Novosti")
    assert [e.id for e in found] == [ids.long]
    by_lukashenko = story.timeline(session, entity=ids.oreshnik, speaker="Alexander Lukashenko")
    assert {e.id for e in by_lukashenko} == {ids.arrived, ids.arrived_again, ids.medium}


def test_timeline_pages_in_sql_without_gaps_or_repeats(session):
    every = [e.id for e in story.timeline(session, by="about")]
    paged = [
        e.id
        for o in range(0, 12, 3)
        for e in story.timeline(session, by="about", offset=o, limit=3)
    ]
    assert paged == every


def test_conflicts_show_both_sides_with_evidence(session, ids):
    (entry,) = story.conflicts(session)
    assert entry.on == "label"
    assert entry.values == ("medium-range", "long-range")
    assert entry.label == "Oreshnik be: medium-range vs long-range (label)"
    assert entry.detail["scale"] == "range"
    assert entry.left.id == ids.medium and "medium-range" in entry.left.text
    assert entry.right.id == ids.long and entry.right.speaker.name == "RIA Novosti"
    assert ARRIVAL[entry.right.start : entry.right.end] == entry.right.text


def test_forecasts_follow_to_the_claim_that_settles_them(session, ids):
    entries = story.forecasts(session)
    assert [(e.forecast.id, e.status) for e in entries] == [
        (ids.forecast, "fulfilled"),
        (ids.plan, "open"),
    ]
    fulfilled = entries[0]
    assert fulfilled.deadline.end == date(2025, 12, 31) and fulfilled.deadline.start is None
    assert fulfilled.forecast.about_evidence.text == "by the end of the year"
    assert fulfilled.outcome.id == ids.arrived
    assert fulfilled.outcome.said_evidence.text == "December 18"
    assert fulfilled.happened is None  # the link stage gave no [start, end] for it
    assert entries[1].outcome is None
    assert [e.forecast.id for e in story.forecasts(session, status="open")] == [ids.plan]
    assert story.forecasts(session, status="late") == []
    with pytest.raises(ValueError, match="status"):
        story.forecasts(session, status="someday")


def test_relinking_replaces_the_story(ledger, ids):
    db, _ = ledger
    store = Store.open(db, create=False)
    try:
        late = NewLink("late", ids.plan, ids.arrived, detail={"days": 3})
        with store.session() as session:
            replace_links(session, LinkPlan(links=(late,)))
        with store.sessions() as session:
            assert story.conflicts(session) == []
            statuses = {e.forecast.id: e.status for e in story.forecasts(session)}
            assert statuses == {ids.forecast: "open", ids.plan: "late"}
            entry = next(e for e in story.timeline(session) if e.id == ids.arrived)
            assert entry.group_id is None and entry.sources == 1
        with store.session() as session:
            replace_links(session, story_plan(ids))
        with store.sessions() as session:
            assert len(story.conflicts(session)) == 1
    finally:
        store.close()


def test_a_missed_forecast_has_no_outcome(ledger, ids):
    db, _ = ledger
    store = Store.open(db, create=False)
    try:
        with store.session() as session:
            replace_links(session, LinkPlan(links=(NewLink("missed", ids.forecast, None),)))
        with store.sessions() as session:
            (missed,) = story.forecasts(session, status="missed")
            assert missed.forecast.id == ids.forecast and missed.outcome is None
    finally:
        store.close()
