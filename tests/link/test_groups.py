"""The same claim in several articles becomes one group with ``same`` links to its sources."""

from __future__ import annotations

from datetime import date

from claimledger import records as rec
from claimledger.link.groups import group_claims
from claimledger.store.linking import LinkClaim

NAMES = {"e-or": "Oreshnik"}


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
    return LinkClaim(
        id_,
        id_.split("-")[0],
        start=0,
        end=len(text),
        text=text,
        predicate=predicate,
        arguments=arguments,
        **fields,
    )  # type: ignore[arg-type]


def _day(iso: str) -> rec.Interval:
    return rec.Interval(date.fromisoformat(iso), date.fromisoformat(iso), "day")


def test_one_arrival_reported_by_three_outlets_is_one_group_with_its_sources() -> None:
    claims = [
        _claim(
            "d1-c5",
            "the complex had arrived in the country on December 17",
            "arrive",
            "Belarus",
            about=_day("2025-12-17"),
        ),
        _claim(
            "d2-c0",
            "the Oreshnik arrived in Belarus on December 17",
            "arrive",
            "Belarus",
            about=_day("2025-12-17"),
        ),
        _claim("d3-c4", "the Oreshnik has arrived in Belarus", "arrive", "Belarus"),
    ]
    groups, links = group_claims(claims, NAMES)
    (group,) = groups
    assert group.claim_ids == ("d1-c5", "d2-c0", "d3-c4")
    assert group.label == "Oreshnik arrive Belarus (3 documents)"
    assert [(link.kind, link.from_claim, link.to_claim) for link in links] == [
        ("same", "d1-c5", "d2-c0"),
        ("same", "d1-c5", "d3-c4"),
    ]


def test_different_times_polarities_arguments_or_one_article_make_no_group() -> None:
    claims = [
        _claim(
            "d1-c0", "arrived in Belarus in March", "arrive", "Belarus", about=_day("2025-03-01")
        ),
        _claim(
            "d2-c0", "arrived in Belarus in December", "arrive", "Belarus", about=_day("2025-12-17")
        ),
        _claim("d3-c0", "has not arrived in Belarus", "arrive", "Belarus", polarity="negative"),
        _claim("d4-c0", "arrived in Russia", "arrive", "Russia"),
        _claim("d5-c0", "will arrive in Belarus", "arrive", "Belarus", modality="forecast"),
        _claim("d6-c0", "is ready", "be", "ready"),
        _claim("d6-c1", "is ready", "be", "ready"),
    ]
    assert group_claims(claims, NAMES) == ((), ())


def test_group_ids_are_the_same_whatever_order_claims_come_in() -> None:
    claims = [
        _claim("d1-c0", "the Oreshnik is a product of the Union State", "be", "a product"),
        _claim("d2-c0", "This missile system is a product of the Union State", "be", "a product"),
    ]
    assert group_claims(claims, NAMES) == group_claims(claims[::-1], NAMES)
