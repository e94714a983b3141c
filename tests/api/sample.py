"""A small hand-built ledger for API and browser tests: no model, same rows every time.

Two articles: one in the seeds' style (a dated statement, a forecast with an
inferred year, a vague source) and one whose text, title and speaker carry
script-injection payloads, to prove the pages never run them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from claimledger import records as rec
from claimledger.ingest import document_id
from claimledger.store import EntityPlan, EntityRef, Store

ARTICLE = (
    "Belarus has prepared the sites for the Oreshnik missile system, as confirmed by "
    "State Secretary of the Security Council, Alexander Volfovich, on March 18, 2025.\n"
    'Volfovich said: "The system will be deployed by the end of the year."\n'
    "According to military experts, the deployment could slip into 2026.\n"
    "President Alexander Lukashenko said in December that the first Oreshnik was on duty."
)

XSS_TITLE = "Breaking <script>window.__pwned = 'title'</script>"
XSS_ARTICLE = (
    "An official, <img src=x onerror=\"window.__pwned='img';console.log('PWNED')\">, said "
    "that <script>window.__pwned='script';console.log('PWNED')</script> nothing happened "
    "on April 2, 2025.\n"
    "<svg onload=\"window.__pwned='svg'\"></svg> The end."
)
XSS_SPEAKER = "<b onmouseover=\"window.__pwned='speaker'\">Mallory</b>"
XSS_URL = "javascript:window.__pwned='url'"
XSS_AUTHOR = "<img src=x onerror=\"window.__pwned='author'\">"


@dataclass(frozen=True, slots=True)
class SampleIds:
    """Ids of the sample rows tests refer to."""

    article: str
    xss: str
    volfovich: str
    lukashenko: str


def _span(text: str, needle: str, after: int = 0) -> rec.TextSpan:
    start = text.index(needle, after)
    return rec.TextSpan(start, start + len(needle), needle)


def _article() -> tuple[rec.Annotations, EntityPlan]:
    t = ARTICLE
    volf = _span(t, "Alexander Volfovich")
    volf2 = _span(t, "Volfovich", volf.end)
    luka = _span(t, "Alexander Lukashenko")
    march = _span(t, "March 18, 2025")
    eoy = _span(t, "by the end of the year")
    y2026 = _span(t, "2026")
    december = _span(t, "December")
    said_march = rec.Interval(date(2025, 3, 18), date(2025, 3, 18), "day")
    by_eoy = rec.Interval(None, date(2025, 12, 31), "year", is_inferred=True)
    dec = rec.Interval(date(2025, 12, 1), date(2025, 12, 31), "month", is_inferred=True)
    year26 = rec.Interval(date(2026, 1, 1), date(2026, 12, 31), "year")
    first = _span(t, "Belarus has prepared the sites for the Oreshnik missile system")
    quote = _span(t, "The system will be deployed by the end of the year.")
    slip = _span(t, "the deployment could slip into 2026")
    duty = _span(t, "the first Oreshnik was on duty")
    atts = (
        rec.Attribution(
            first.start,
            march.end,
            "indirect",
            first,
            rec.Speaker(
                "Alexander Volfovich",
                volf.start,
                volf.end,
                role="State Secretary of the Security Council",
            ),
            _span(t, "confirmed"),
            said=said_march,
            said_evidence=march,
        ),
        rec.Attribution(
            volf2.start,
            quote.end + 1,
            "direct",
            quote,
            rec.Speaker(
                "Alexander Volfovich",
                volf2.start,
                volf2.end,
                role="State Secretary of the Security Council",
            ),
            _span(t, "said", volf2.end),
            certainty="forecast",
            said=said_march,
        ),
        rec.Attribution(
            t.index("According"),
            slip.end,
            "indirect",
            slip,
            rec.Speaker(
                "military experts",
                t.index("military experts"),
                t.index("military experts") + 16,
                is_vague=True,
            ),
            _span(t, "According to"),
            certainty="hedged",
        ),
        rec.Attribution(
            t.index("President"),
            duty.end,
            "indirect",
            duty,
            rec.Speaker("Alexander Lukashenko", luka.start, luka.end, role="President"),
            _span(t, "said", luka.end),
            said=dec,
            said_evidence=december,
        ),
    )
    claims = (
        rec.Claim(
            first.start,
            first.end,
            first.text,
            "Belarus",
            "prepare",
            ("sites",),
            "fact",
            about=said_march,
            attribution=0,
        ),
        rec.Claim(
            quote.start,
            quote.end,
            quote.text,
            "Oreshnik",
            "deploy",
            (),
            "forecast",
            about=by_eoy,
            about_evidence=eoy,
            attribution=1,
        ),
        rec.Claim(
            slip.start,
            slip.end,
            slip.text,
            "deployment",
            "slip",
            ("2026",),
            "speculation",
            about=year26,
            about_evidence=y2026,
            attribution=2,
        ),
        rec.Claim(
            duty.start,
            duty.end,
            duty.text,
            "Oreshnik",
            "on duty",
            (),
            "fact",
            about=dec,
            attribution=3,
        ),
    )
    times = (
        rec.TimeExpression(march.start, march.end, march.text, "DATE", "2025-03-18", said_march),
        rec.TimeExpression(
            eoy.start, eoy.end, eoy.text, "DATE", "2025", by_eoy, "2025-03-18", "END"
        ),
        rec.TimeExpression(y2026.start, y2026.end, "2026", "DATE", "2026", year26),
        rec.TimeExpression(
            december.start, december.end, december.text, "DATE", "2025-12", dec, "2025-03-18"
        ),
    )
    mentions = (
        rec.EntityMention(0, 7, "Belarus", "GPE"),
        rec.EntityMention(volf.start, volf.end, volf.text, "PERSON"),
        rec.EntityMention(volf2.start, volf2.end, volf2.text, "PERSON"),
        rec.EntityMention(luka.start, luka.end, luka.text, "PERSON"),
    )
    role_start = t.index("State Secretary")
    roles = (
        rec.RoleMention(
            "Alexander Volfovich",
            "State Secretary of the Security Council",
            role_start,
            volf.end,
            volf.start,
            volf.end,
        ),
    )
    volf_ref = EntityRef("Alexander Volfovich", "PERSON")
    luka_ref = EntityRef("Alexander Lukashenko", "PERSON")
    plan = EntityPlan(
        mentions=(EntityRef("Belarus", "GPE"), volf_ref, volf_ref, luka_ref),
        speakers=(volf_ref, volf_ref, None, luka_ref),
        subjects=(EntityRef("Belarus", "GPE"), None, None, None),
        roles=(volf_ref,),
    )
    annotations = rec.Annotations(
        entities=mentions, roles=roles, times=times, attributions=atts, claims=claims
    )
    return annotations, plan


def _xss() -> tuple[rec.Annotations, EntityPlan]:
    t = XSS_ARTICLE
    who = _span(t, "An official")
    content = _span(t, "that <script>")
    content = rec.TextSpan(
        content.start, t.index(" on April"), t[content.start : t.index(" on April")]
    )
    april = _span(t, "April 2, 2025")
    said = rec.Interval(date(2025, 4, 2), date(2025, 4, 2), "day")
    att = rec.Attribution(
        who.start,
        april.end,
        "indirect",
        content,
        rec.Speaker(XSS_SPEAKER, who.start, who.end),
        _span(t, "said"),
        said=said,
        said_evidence=april,
    )
    claim = rec.Claim(
        content.start,
        content.end,
        content.text,
        XSS_SPEAKER,
        "<i>happen</i>",
        (),
        "fact",
        "negative",
        about=said,
        attribution=0,
    )
    annotations = rec.Annotations(
        attributions=(att,),
        claims=(claim,),
        times=(rec.TimeExpression(april.start, april.end, april.text, "DATE", "2025-04-02", said),),
    )
    return annotations, EntityPlan(speakers=(EntityRef(XSS_SPEAKER, "PERSON"),))


def build_sample_ledger(db: str) -> SampleIds:
    """Create a ledger at ``db`` holding the two sample articles; return their ids."""
    store = Store.open(db)
    try:
        annotations, plan = _article()
        meta = rec.DocumentMetadata(
            title="Belarus readies Oreshnik sites",
            outlet="Example News",
            published=rec.Interval(date(2025, 3, 18), date(2025, 3, 18), "day"),
            sources={"title": "sidecar", "outlet": "sidecar", "published": "sidecar"},
        )
        article = document_id(ARTICLE)
        store.add_document(
            article, rec.SourceDocument(ARTICLE, "sample/oreshnik.txt", meta), annotations, plan
        )
        annotations, plan = _xss()
        xss = document_id(XSS_ARTICLE)
        meta = rec.DocumentMetadata(
            title=XSS_TITLE, outlet="<i>Evil</i> Times", url=XSS_URL, author=XSS_AUTHOR
        )
        store.add_document(
            xss, rec.SourceDocument(XSS_ARTICLE, "sample/xss.txt", meta), annotations, plan
        )
    finally:
        store.close()
    from claimledger.identifiers import entity_id

    return SampleIds(
        article=article,
        xss=xss,
        volfovich=entity_id("PERSON", "Alexander Volfovich"),
        lukashenko=entity_id("PERSON", "Alexander Lukashenko"),
    )
