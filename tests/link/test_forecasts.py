"""Forecasts and plans followed to the later facts that settle them, within a predicate family."""

from __future__ import annotations

from datetime import date

from claimledger import records as rec
from claimledger.link.forecasts import follow_forecasts
from claimledger.store.linking import LinkClaim, LinkDocument

PUBLISHED = {"d1": "2025-03-18", "d2": "2025-12-19", "d3": "2026-02-01"}
DOCUMENTS = {
    id_: LinkDocument(id_, "", rec.Interval(date.fromisoformat(d), date.fromisoformat(d), "day"))
    for id_, d in PUBLISHED.items()
}


def _day(iso: str) -> rec.Interval:
    return rec.Interval(date.fromisoformat(iso), date.fromisoformat(iso), "day")


def _claim(id_: str, text: str, predicate: str, **kw: object) -> LinkClaim:
    fields: dict[str, object] = {
        "attribution_id": None,
        "subject": "Oreshnik",
        "subject_entity_id": "e-or",
        "arguments": ("Belarus",),
        "modality": "fact",
        "polarity": "positive",
        "about": None,
        "about_evidence": None,
        "speaker": "Alexander Lukashenko",
        "said": None,
        "said_evidence": None,
    }
    fields.update(kw)
    return LinkClaim(
        id_, id_.split("-")[0], start=0, end=len(text), text=text, predicate=predicate, **fields
    )  # type: ignore[arg-type]


BY_END_OF_YEAR = _claim(
    "d1-c13",
    "several missile systems would be transferred to Belarus by the end of the year",
    "transfer",
    modality="forecast",
    said=_day("2025-03-14"),
    about=rec.Interval(None, date(2025, 12, 31), "year", True),
)
IMMINENTLY = _claim(
    "d1-c14",
    "the Oreshnik would arrive in Belarus imminently",
    "arrive",
    modality="forecast",
    said=_day("2025-01-26"),
    about=rec.Interval(date(2025, 1, 26), date(2025, 3, 12), "day", True),
)
ARRIVED = _claim(
    "d2-c5",
    "the complex had arrived in the country on December 17",
    "arrive",
    about=rec.Interval(date(2025, 12, 17), date(2025, 12, 17), "day", True),
)


def _verdicts(
    *claims: LinkClaim, documents: dict[str, LinkDocument] = DOCUMENTS
) -> dict[str, tuple[str, str | None]]:
    return {
        link.from_claim: (link.kind, link.to_claim)
        for link in follow_forecasts(list(claims), documents)
    }


def test_transfer_by_year_end_is_fulfilled_and_imminent_arrival_late_by_a_december_arrival() -> (
    None
):
    verdicts = _verdicts(BY_END_OF_YEAR, IMMINENTLY, ARRIVED)
    assert verdicts == {"d1-c13": ("fulfilled", "d2-c5"), "d1-c14": ("late", "d2-c5")}


def test_verdict_names_both_sides_evidence_and_the_deadline() -> None:
    (link,) = follow_forecasts([BY_END_OF_YEAR, ARRIVED], DOCUMENTS)
    assert link.detail["deadline"] == "2025-12-31" and link.detail["deadline_inferred"]
    assert link.detail["said"] == "2025-03-14"
    assert link.detail["forecast"]["claim"] == "d1-c13"
    assert link.detail["outcome"]["document"] == "d2"
    assert link.detail["outcome"]["about"]["start"] == "2025-12-17"


def test_a_passed_deadline_with_nothing_reported_is_missed() -> None:
    # d3 was published 2026-02-01: the year-end deadline has passed, no arrival reported.
    verdicts = _verdicts(
        BY_END_OF_YEAR, _claim("d3-c0", "Belarus held elections", "hold", subject_entity_id="e-by")
    )
    assert verdicts == {"d1-c13": ("missed", None)}


def test_a_later_denial_contradicts_and_an_open_deadline_stays_open() -> None:
    denied = _claim(
        "d2-c0",
        "the systems have not been delivered",
        "deliver",
        polarity="negative",
        said=_day("2025-06-01"),
    )
    assert _verdicts(BY_END_OF_YEAR, denied) == {"d1-c13": ("contradicted", "d2-c0")}
    documents = {"d1": DOCUMENTS["d1"]}
    assert follow_forecasts([BY_END_OF_YEAR], documents) == []


def test_an_arrival_before_the_forecast_was_said_settles_nothing() -> None:
    earlier = _claim(
        "d1-c1", "the first launchers arrived in February", "arrive", about=_day("2025-02-10")
    )
    documents = {"d1": DOCUMENTS["d1"]}
    assert follow_forecasts([BY_END_OF_YEAR, earlier], documents) == []


def test_a_description_does_not_settle_a_readiness_forecast() -> None:
    ready = _claim(
        "d1-c2",
        "to be fully combat-ready by the end of the year",
        "be",
        arguments=("fully combat-ready",),
        modality="forecast",
        said=_day("2025-03-18"),
        about=rec.Interval(None, date(2025, 12, 31), "year", True),
    )
    description = _claim(
        "d2-c9",
        "Oreshnik’—a medium-range ballistic missile",
        "be",
        arguments=("medium-range ballistic missile",),
        said=_day("2025-12-18"),
    )
    combat_ready = _claim(
        "d2-c3",
        "the Oreshnik is now combat-ready",
        "be",
        arguments=("combat-ready",),
        about=_day("2025-12-18"),
    )
    until_december = {"d1": DOCUMENTS["d1"], "d2": DOCUMENTS["d2"]}
    assert _verdicts(ready, description, documents=until_december) == {}
    assert _verdicts(ready, description, combat_ready, documents=until_december) == {
        "d1-c2": ("fulfilled", "d2-c3")
    }
