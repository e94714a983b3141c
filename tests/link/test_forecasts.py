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


def test_a_passed_deadline_is_missed_only_when_the_story_went_on_without_the_outcome() -> None:
    # d3 (2026-02-01) reports on the Oreshnik after the year-end deadline, and no arrival.
    paraded = _claim(
        "d3-c0", "the Oreshnik was shown at a parade in Moscow", "show", arguments=("a parade",)
    )
    assert _verdicts(BY_END_OF_YEAR, paraded) == {"d1-c13": ("missed", None)}
    # The ledger's newest article is about something else: nothing to say about the forecast.
    elections = _claim("d3-c0", "Belarus held elections", "hold", subject_entity_id="e-by")
    assert _verdicts(BY_END_OF_YEAR, elections) == {}


def test_would_about_a_time_before_it_was_said_is_no_forecast() -> None:
    past = _claim(
        "d3-c1",
        "in the early 1960s, it would provide manpower",
        "provide",
        modality="forecast",
        about=_day("1963-05-02"),
        said=_day("2016-01-19"),
    )
    # Its subject is reported on long after 1963, yet it is not "missed": it never looked ahead.
    assert _verdicts(past) == {}


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


def test_a_forecast_without_an_object_is_not_settled_by_any_fact_of_its_family() -> None:
    vague = _claim(
        "d1-c3",
        "Clinton would win decisively",
        "win",
        arguments=(),
        modality="forecast",
        said=_day("2016-03-01"),
    )
    conditional = _claim(
        "d2-c1",
        "should she win the White House",
        "win",
        arguments=("the White House",),
        said=_day("2016-03-08"),
    )
    assert _verdicts(vague, conditional, documents={"d1": DOCUMENTS["d1"]}) == {}


def test_a_fact_in_another_story_neither_settles_nor_misses_a_forecast() -> None:
    # d1: Cruz forecast to win the Iowa caucuses; d2: a Senate-vote story in which Cruz "won"
    # a procedural fight. One subject, one predicate, a shared word, but another event.
    iowa = _claim(
        "d1-c0",
        "Cruz would win the Iowa caucuses on February 1",
        "win",
        subject="Ted Cruz",
        subject_entity_id="e-cruz",
        arguments=("the Iowa caucuses",),
        modality="forecast",
        said=_day("2025-01-20"),
        about=_day("2025-02-01"),
    )
    senate = _claim(
        "d2-c0",
        "Cruz won a vote on the caucuses' funding in the Senate",
        "win",
        subject="Ted Cruz",
        subject_entity_id="e-cruz",
        arguments=("a vote on the caucuses' funding",),
        about=_day("2025-03-02"),
    )
    one_story = {"d1": "story-d1", "d2": "story-d1"}
    two_stories = {"d1": "story-d1", "d2": "story-d2"}

    def verdicts(story_of: dict[str, str]) -> dict[str, tuple[str, str | None]]:
        links = follow_forecasts([iowa, senate], DOCUMENTS, story_of)
        return {link.from_claim: (link.kind, link.to_claim) for link in links}

    assert verdicts(one_story) == {"d1-c0": ("late", "d2-c0")}
    # Another story: the Senate vote says nothing of Iowa, and its later date does not make
    # the forecast missed either (the ledger never reported on Iowa after February 1).
    assert verdicts(two_stories) == {}


def test_missed_needs_a_later_report_on_the_subject_in_the_forecasts_own_story() -> None:
    paraded = _claim(
        "d3-c0", "the Oreshnik was shown at a parade in Moscow", "show", arguments=("a parade",)
    )
    same = {"d1": "story-d1", "d3": "story-d1"}
    other = {"d1": "story-d1", "d3": "story-d3"}
    assert follow_forecasts([BY_END_OF_YEAR, paraded], DOCUMENTS, same)[0].kind == "missed"
    assert follow_forecasts([BY_END_OF_YEAR, paraded], DOCUMENTS, other) == []
