"""Claims about one subject and predicate that disagree on a time, a number or a label."""

from __future__ import annotations

from datetime import date

from claimledger import records as rec
from claimledger.link.conflicts import label_conflicts, number_conflicts, time_conflicts
from claimledger.store.linking import LinkClaim


def _claim(id_: str, text: str, predicate: str, *arguments: str, **kw: object) -> LinkClaim:
    fields: dict[str, object] = {
        "attribution_id": None,
        "subject": "Oreshnik",
        "subject_entity_id": "e-or",
        "modality": "fact",
        "polarity": "positive",
        "about": None,
        "about_evidence": None,
        "speaker": None,
        "said": None,
        "said_evidence": None,
    }
    fields.update(kw)
    document = id_.split("-")[0]
    return LinkClaim(
        id_,
        document,
        start=100,
        end=100 + len(text),
        text=text,
        predicate=predicate,
        arguments=arguments,
        **fields,
    )  # type: ignore[arg-type]


def _month(year: int, month: int) -> rec.Interval:
    return rec.Interval(date(year, month, 1), date(year, month, 28), "month")


def test_arrived_in_march_and_arrived_in_december_conflict_on_time() -> None:
    march = _claim(
        "d1-c0",
        "the complex arrived in Belarus in March",
        "arrive",
        "Belarus",
        about=_month(2025, 3),
    )
    december = _claim(
        "d2-c0",
        "the complex arrived in Belarus in December",
        "arrive",
        "Belarus",
        about=_month(2025, 12),
    )
    (link,) = time_conflicts([march, december])
    assert (link.kind, link.on, link.from_claim, link.to_claim) == (
        "conflict",
        "time",
        "d1-c0",
        "d2-c0",
    )
    assert link.detail["values"] == ["2025-03-01/2025-03-28", "2025-12-01/2025-12-28"]


def test_overlapping_times_forecasts_and_other_arguments_do_not_conflict() -> None:
    march = _claim(
        "d1-c0", "arrived in Belarus in March", "arrive", "Belarus", about=_month(2025, 3)
    )
    early_march = _claim(
        "d2-c0",
        "arrived in Belarus on March 3",
        "arrive",
        "Belarus",
        about=rec.Interval(date(2025, 3, 3), date(2025, 3, 3), "day"),
    )
    forecast = _claim(
        "d3-c0",
        "would arrive in Belarus in June",
        "arrive",
        "Belarus",
        modality="forecast",
        about=_month(2025, 6),
    )
    elsewhere = _claim(
        "d4-c0", "arrived in Russia in June", "arrive", "Russia", about=_month(2025, 6)
    )
    assert time_conflicts([march, early_march, forecast, elsewhere]) == []


def test_three_systems_and_five_systems_conflict_on_number() -> None:
    three = _claim("d1-c0", "Russia deployed three systems in Belarus", "deploy", "three systems")
    five = _claim("d2-c0", "Russia deployed 5 systems in Belarus", "deploy", "5 systems")
    again = _claim("d3-c0", "Russia deployed three systems in Belarus", "deploy", "three systems")
    (link,) = number_conflicts([three, five, again])
    assert link.on == "number"
    assert link.detail["unit"] == "system"
    assert sorted(link.detail["values"]) == [3.0, 5.0]
    spans = [side["value_span"] for side in link.detail["evidence"]]
    assert all(start >= 100 for start, _ in spans)


def test_years_are_not_counts() -> None:
    a = _claim("d1-c0", "deployed in 2024 systems tests", "deploy", "2024 systems")
    b = _claim("d2-c0", "deployed in 2025 systems tests", "deploy", "2025 systems")
    assert number_conflicts([a, b]) == []


def test_medium_range_and_long_range_said_of_one_missile_conflict_even_in_one_article() -> None:
    text_a = "Oreshnik’—a medium-range ballistic missile capable of carrying nuclear warheads"
    text_b = "Oreshnik’ missile complex, a long-range, nuclear-capable weapon system"
    a = _claim(
        "d1-c9", text_a, "be", "medium-range ballistic missile capable of carrying nuclear warheads"
    )
    b = _claim("d1-c2", text_b, "be", "long-range, nuclear-capable weapon system")
    same = _claim("d2-c1", "Oreshnik, a long range missile", "be", "long range missile")
    (link,) = label_conflicts([a, b, same])
    assert (link.on, link.detail["scale"]) == ("label", "range")
    assert sorted(link.detail["values"]) == ["long-range", "medium-range"]
    for side in link.detail["evidence"]:
        text = {"d1-c9": text_a, "d1-c2": text_b}[side["claim"]]
        start, end = side["value_span"]
        assert text[start - 100 : end - 100].replace(" ", "-") in link.detail["values"]


def test_a_label_in_the_text_but_not_said_of_the_subject_does_not_count() -> None:
    a = _claim("d1-c0", "Oreshnik is a symbol, unlike long-range bombers", "be", "a symbol")
    b = _claim("d2-c0", "Oreshnik is a medium-range missile", "be", "a medium-range missile")
    assert label_conflicts([a, b]) == []


def test_clock_times_and_counts_of_different_things_do_not_conflict() -> None:
    live = _claim(
        "d1-c0",
        "10:10 p.m.\n\nDonald Trump won at least 44 of the 50 delegates at stake",
        "win",
        "at least 44 of the 50 delegates at stake",
        said=rec.Interval(date(2016, 2, 20), date(2016, 2, 20), "day"),
    )
    total = _claim(
        "d2-c0",
        "Trump has won 100 delegates so far",
        "win",
        "100 delegates so far",
        said=rec.Interval(date(2016, 2, 20), date(2016, 2, 20), "day"),
    )
    assert number_conflicts([live, total]) == []


def test_counts_said_on_different_days_do_not_conflict() -> None:
    def said(iso: str) -> rec.Interval:
        return rec.Interval(date.fromisoformat(iso), date.fromisoformat(iso), "day")

    february = _claim(
        "d1-c0", "Clinton has 503 delegates", "have", "503 delegates", said=said("2016-02-20")
    )
    march = _claim(
        "d2-c0", "Clinton has 723 delegates", "have", "723 delegates", said=said("2016-03-01")
    )
    assert number_conflicts([february, march]) == []
    same_day = _claim(
        "d3-c0", "Clinton has 540 delegates", "have", "540 delegates", said=said("2016-02-20")
    )
    assert [link.on for link in number_conflicts([february, march, same_day])] == ["number"]


def test_claims_in_documents_of_different_stories_do_not_conflict_but_one_document_always_may() -> (
    None
):
    march = _claim(
        "d1-c0",
        "the complex arrived in Belarus in March",
        "arrive",
        "Belarus",
        about=_month(2025, 3),
    )
    december = _claim(
        "d2-c0", "it arrived in Belarus in December", "arrive", "Belarus", about=_month(2025, 12)
    )
    assert len(time_conflicts([march, december], {"d1": "s1", "d2": "s1"})) == 1
    assert time_conflicts([march, december], {"d1": "s1", "d2": "s2"}) == []
    three = _claim("d1-c1", "the army has three systems", "have", "three systems")
    five = _claim("d2-c1", "the army has five systems", "have", "five systems")
    assert number_conflicts([three, five], {"d1": "s1", "d2": "s2"}) == []
    assert len(number_conflicts([three, five], {"d1": "s1", "d2": "s1"})) == 1
    medium = _claim("d1-c2", "Oreshnik is a medium-range missile", "be", "a medium-range missile")
    long_ = _claim("d1-c3", "Oreshnik is a long-range missile", "be", "a long-range missile")
    elsewhere = _claim("d2-c2", "Oreshnik is a short-range missile", "be", "a short-range missile")
    assert len(label_conflicts([medium, long_, elsewhere])) == 3
    (link,) = label_conflicts([medium, long_, elsewhere], {"d1": "s1", "d2": "s2"})
    assert {link.from_claim, link.to_claim} == {"d1-c2", "d1-c3"}
