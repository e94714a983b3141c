"""The whole stage as one pure function, and on a ledger with nothing in it yet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimledger import records as rec
from claimledger.ledger import Ledger
from claimledger.link.plan import plan_links
from claimledger.store.linking import Corpus, LinkClaim, LinkDocument, LinkEntity, LinkMention

DATED = "Lukashenko said on March 14 that Oreshnik systems would be transferred to Belarus."
UNDATED = "Lukashenko confirmed that the Oreshnik missile complex had arrived in Belarus."


def _claim(
    id_: str, text: str, words: str, predicate: str, subject: str, **kw: object
) -> LinkClaim:
    start = text.index(words)
    fields: dict[str, object] = {
        "attribution_id": None,
        "subject": "Oreshnik",
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
        id_,
        id_.split("-")[0],
        start=start,
        end=start + len(words),
        text=words,
        predicate=predicate,
        subject_entity_id=subject,
        **fields,
    )  # type: ignore[arg-type]


def test_an_empty_ledger_links_to_nothing_and_stays_empty(tmp_path: Path) -> None:
    with Ledger.open(str(tmp_path / "empty.db")) as ledger:
        first, second = ledger.link(), ledger.link()
        assert first == second
        assert first.links == () and first.groups == () and first.merges == ()
        assert list(ledger.export()) == []


def test_a_forecast_is_followed_through_a_name_the_model_labelled_differently() -> None:
    # The model called Oreshnik a PERSON in one article, a PRODUCT in the other: two entities
    # at ingest. Planning merges them first, so the forecast finds its outcome.
    day = rec.Interval(date(2025, 3, 14), date(2025, 3, 14), "day")
    documents = {
        "d1": LinkDocument("d1", DATED, day),
        "d2": LinkDocument(
            "d2", UNDATED, rec.Interval(date(2025, 12, 18), date(2025, 12, 18), "day")
        ),
    }
    entities = {
        "e-person": LinkEntity("e-person", "Oreshnik", "PERSON", ("Oreshnik",)),
        "e-product": LinkEntity("e-product", "Oreshnik", "PRODUCT", ("Oreshnik",)),
    }
    mentions = [
        LinkMention(
            "e-person", "d1", DATED.index("Oreshnik"), DATED.index("Oreshnik") + 8, "PERSON"
        ),
        LinkMention(
            "e-product", "d2", UNDATED.index("Oreshnik"), UNDATED.index("Oreshnik") + 8, "PRODUCT"
        ),
    ]
    claims = [
        _claim(
            "d1-c0",
            DATED,
            "Oreshnik systems would be transferred to Belarus",
            "transfer",
            "e-person",
            modality="forecast",
            said=day,
            about=rec.Interval(None, date(2025, 12, 31), "year", True),
        ),
        _claim(
            "d2-c0",
            UNDATED,
            "the Oreshnik missile complex had arrived in Belarus",
            "arrive",
            "e-product",
            about=rec.Interval(date(2025, 12, 17), date(2025, 12, 17), "day"),
        ),
    ]
    plan = plan_links(Corpus(documents, claims, entities, mentions, frozenset()))
    (merge,) = plan.merges
    assert (merge.label, {merge.survivor, *merge.merged}) == ("PRODUCT", {"e-person", "e-product"})
    (verdict,) = [link for link in plan.links if link.kind != "same"]
    assert (verdict.kind, verdict.from_claim, verdict.to_claim) == ("fulfilled", "d1-c0", "d2-c0")
