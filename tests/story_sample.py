"""The sample ledger (``api/sample.py``) plus two later articles, linked by hand.

No model and no link stage: the two articles are annotated here, and the
groups and links are a hand-made :class:`LinkPlan` written through
``store.linking.replace_links``, exactly as the link stage writes them. What
they add to the sample story:

- December 18: Lukashenko confirms the Oreshnik arrived on December 17 and
  calls it "medium-range"; an agency calls it "long-range" (a conflict on a
  label);
- a rewrite of the same arrival in another outlet (one claim, two sources);
- Volfovich's end-of-year forecast from the sample is ``fulfilled`` by the
  arrival, while Lukashenko's plan for more systems in 2026 stays open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from api.sample import SampleIds, build_sample_ledger
from claimledger import records as rec
from claimledger.ingest import document_id
from claimledger.store import EntityPlan, EntityRef, Store, schema
from claimledger.store.linking import LinkPlan, NewGroup, NewLink, replace_links

ARRIVAL = (
    "Alexander Lukashenko confirmed on December 18 that the Oreshnik had arrived in "
    "Belarus on December 17.\n"
    "Lukashenko called it a medium-range missile system.\n"
    "According to RIA Novosti, the Oreshnik is a long-range system."
)
REWRITE = (
    "President Alexander Lukashenko said on December 18 that the Oreshnik had arrived in "
    "Belarus on December 17.\n"
    "He said more systems would follow in 2026."
)

DEC17 = rec.Interval(date(2025, 12, 17), date(2025, 12, 17), "day", is_inferred=True)
DEC18 = rec.Interval(date(2025, 12, 18), date(2025, 12, 18), "day", is_inferred=True)
LUKASHENKO = EntityRef("Alexander Lukashenko", "PERSON")
ORESHNIK = EntityRef("Oreshnik", "PRODUCT")


@dataclass(frozen=True, slots=True)
class StoryIds:
    """Ids of the rows the story tests refer to."""

    sample: SampleIds
    arrival: str
    rewrite: str
    oreshnik: str
    forecast: str  # Volfovich: "deployed by the end of the year"
    plan: str  # Lukashenko: "more systems would follow in 2026"
    slip: str  # military experts: "could slip into 2026"
    arrived: str
    arrived_again: str
    medium: str
    long: str


def _span(text: str, needle: str, after: int = 0) -> rec.TextSpan:
    start = text.index(needle, after)
    return rec.TextSpan(start, start + len(needle), needle)


def _arrival() -> tuple[rec.Annotations, EntityPlan]:
    t = ARRIVAL
    arrived = _span(t, "the Oreshnik had arrived in Belarus on December 17")
    medium = _span(t, "it a medium-range missile system")
    long = _span(t, "the Oreshnik is a long-range system")
    luka = _span(t, "Alexander Lukashenko")
    luka2 = _span(t, "Lukashenko", luka.end)
    agency = _span(t, "RIA Novosti")
    atts = (
        rec.Attribution(
            0,
            arrived.end,
            "indirect",
            arrived,
            rec.Speaker(LUKASHENKO.name, luka.start, luka.end, role="President"),
            _span(t, "confirmed"),
            said=DEC18,
            said_evidence=_span(t, "December 18"),
        ),
        rec.Attribution(
            luka2.start,
            medium.end,
            "indirect",
            medium,
            rec.Speaker(LUKASHENKO.name, luka2.start, luka2.end, mention_text="Lukashenko"),
            _span(t, "called"),
            said=DEC18,
        ),
        rec.Attribution(
            t.index("According"),
            long.end,
            "indirect",
            long,
            rec.Speaker("RIA Novosti", agency.start, agency.end),
            _span(t, "According to"),
        ),
    )
    claims = (
        rec.Claim(
            arrived.start,
            arrived.end,
            arrived.text,
            "Oreshnik",
            "arrive",
            ("Belarus",),
            about=DEC17,
            about_evidence=_span(t, "December 17"),
            attribution=0,
        ),
        rec.Claim(
            medium.start,
            medium.end,
            medium.text,
            "Oreshnik",
            "be",
            ("medium-range",),
            attribution=1,
        ),
        rec.Claim(
            long.start, long.end, long.text, "Oreshnik", "be", ("long-range",), attribution=2
        ),
    )
    oreshnik = _span(t, "Oreshnik")
    mentions = (
        rec.EntityMention(luka.start, luka.end, luka.text, "PERSON"),
        rec.EntityMention(oreshnik.start, oreshnik.end, "Oreshnik", "PRODUCT"),
    )
    plan = EntityPlan(
        mentions=(LUKASHENKO, ORESHNIK),
        speakers=(LUKASHENKO, LUKASHENKO, None),
        subjects=(ORESHNIK, ORESHNIK, ORESHNIK),
    )
    return rec.Annotations(entities=mentions, attributions=atts, claims=claims), plan


def _rewrite() -> tuple[rec.Annotations, EntityPlan]:
    t = REWRITE
    arrived = _span(t, "the Oreshnik had arrived in Belarus on December 17")
    luka = _span(t, "Alexander Lukashenko")
    att = rec.Attribution(
        0,
        arrived.end,
        "indirect",
        arrived,
        rec.Speaker(LUKASHENKO.name, luka.start, luka.end, role="President"),
        _span(t, "said"),
        said=DEC18,
        said_evidence=_span(t, "December 18"),
    )
    claim = rec.Claim(
        arrived.start,
        arrived.end,
        arrived.text,
        "Oreshnik",
        "arrive",
        ("Belarus",),
        about=DEC17,
        about_evidence=_span(t, "December 17"),
        attribution=0,
    )
    more = _span(t, "more systems would follow in 2026")
    he = _span(t, "He")
    year = rec.Interval(date(2026, 1, 1), date(2026, 12, 31), "year")
    plan_att = rec.Attribution(
        he.start,
        more.end,
        "indirect",
        more,
        rec.Speaker(LUKASHENKO.name, he.start, he.end, mention_text="He"),
        _span(t, "said", he.end),
        certainty="forecast",
        said=DEC18,
    )
    plan_claim = rec.Claim(
        more.start,
        more.end,
        more.text,
        "systems",
        "follow",
        (),
        "plan",
        about=year,
        about_evidence=_span(t, "2026"),
        attribution=1,
    )
    plan = EntityPlan(speakers=(LUKASHENKO, LUKASHENKO), subjects=(ORESHNIK, None))
    annotations = rec.Annotations(attributions=(att, plan_att), claims=(claim, plan_claim))
    return annotations, plan


def _claim_id(session, document: str, needle: str) -> str:
    found = session.scalars(
        select(schema.Claim.id).where(
            schema.Claim.document_id == document, schema.Claim.text.contains(needle)
        )
    ).all()
    assert len(found) == 1, (document, needle, found)
    return found[0]


def build_story_ledger(db: str, *, link: bool = True) -> StoryIds:
    """Create the sample ledger at ``db``, add the two articles and (with ``link``) the links."""
    sample = build_sample_ledger(db)
    store = Store.open(db)
    try:
        published = rec.Interval(date(2025, 12, 18), date(2025, 12, 18), "day")
        arrival, rewrite = document_id(ARRIVAL), document_id(REWRITE)
        for doc_id, text, origin, title, outlet, (annotations, plan) in (
            (
                arrival,
                ARRIVAL,
                "sample/arrival.txt",
                "The Oreshnik is here",
                "Minsk Daily",
                _arrival(),
            ),
            (rewrite, REWRITE, "sample/rewrite.txt", "Oreshnik arrives", "Wire Copy", _rewrite()),
        ):
            meta = rec.DocumentMetadata(title=title, outlet=outlet, published=published)
            store.add_document(doc_id, rec.SourceDocument(text, origin, meta), annotations, plan)
        with store.session() as session:
            ids = StoryIds(
                sample=sample,
                arrival=arrival,
                rewrite=rewrite,
                oreshnik=session.scalars(
                    select(schema.Entity.id).where(schema.Entity.name == "Oreshnik")
                ).one(),
                forecast=_claim_id(session, sample.article, "deployed by the end"),
                plan=_claim_id(session, rewrite, "more systems"),
                slip=_claim_id(session, sample.article, "slip into 2026"),
                arrived=_claim_id(session, arrival, "had arrived"),
                arrived_again=_claim_id(session, rewrite, "had arrived"),
                medium=_claim_id(session, arrival, "medium-range"),
                long=_claim_id(session, arrival, "long-range"),
            )
            if link:
                replace_links(session, story_plan(ids))
    finally:
        store.close()
    return ids


def story_plan(ids: StoryIds) -> LinkPlan:
    """What a link stage would find in the story: one repeat, one conflict, one outcome."""
    return LinkPlan(
        groups=(NewGroup("g-arrival", "Oreshnik arrive", (ids.arrived, ids.arrived_again)),),
        links=(
            NewLink("same", ids.arrived, ids.arrived_again),
            NewLink(
                "conflict",
                ids.medium,
                ids.long,
                on="label",
                detail={"values": ["medium-range", "long-range"], "scale": "range"},
            ),
            NewLink("fulfilled", ids.forecast, ids.arrived, detail={"deadline": "2025-12-31"}),
        ),
    )
