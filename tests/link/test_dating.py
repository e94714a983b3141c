"""Open years placed against the story, and vague futures given a horizon from the day said."""

from __future__ import annotations

from datetime import date

from claimledger import records as rec
from claimledger.link.dating import place_open_year, resolve_dates
from claimledger.link.knowledge import FUTURE_REF_HORIZON
from claimledger.store.linking import (
    Corpus,
    LinkAttribution,
    LinkClaim,
    LinkDocument,
    LinkEntity,
    LinkMention,
)

DATED = "On March 18, 2025, Lukashenko said the Oreshnik would arrive in Belarus imminently."
UNDATED = "On December 18, Lukashenko confirmed that the Oreshnik had arrived on December 17."


def _day(iso: str) -> rec.Interval:
    d = date.fromisoformat(iso)
    return rec.Interval(d, d, "day")


def _time(text: str, phrase: str, value: str, interval: rec.Interval | None) -> rec.TimeExpression:
    start = text.index(phrase)
    return rec.TimeExpression(start, start + len(phrase), phrase, "DATE", value, interval)


def _claim(id_: str, document: str, text: str, words: str, **kw: object) -> LinkClaim:
    start = text.index(words)
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
        "predicate": "arrive",
    }
    fields.update(kw)
    return LinkClaim(id_, document, start=start, end=start + len(words), text=words, **fields)  # type: ignore[arg-type]


def _corpus(shared: tuple[str, ...] = ("e-lu", "e-or")) -> Corpus:
    december = _time(UNDATED, "December 17", "XXXX-12-17", None)
    said_on = _time(UNDATED, "December 18", "XXXX-12-18", None)
    imminently = _time(
        DATED, "imminently", "FUTURE_REF", rec.Interval(date(2025, 3, 18), None, "day", True)
    )
    documents = {
        "dated": LinkDocument(
            "dated", DATED, _day("2025-03-18"), {(imminently.start, imminently.end): imminently}
        ),
        "undated": LinkDocument(
            "undated",
            UNDATED,
            None,
            {(december.start, december.end): december, (said_on.start, said_on.end): said_on},
        ),
    }
    entities = {
        "e-lu": LinkEntity("e-lu", "Alexander Lukashenko", "PERSON", ()),
        "e-or": LinkEntity("e-or", "Oreshnik", "PRODUCT", ()),
    }
    mentions = [
        LinkMention(e, doc, 0, 1, entities[e].label) for e in shared for doc in ("dated", "undated")
    ]
    content = UNDATED.index("that the")
    attributions = {
        "undated-a0": LinkAttribution(
            "undated-a0", "undated", 0, len(UNDATED), content, len(UNDATED), None, None
        )
    }
    claims = [
        _claim(
            "undated-c0",
            "undated",
            UNDATED,
            "the Oreshnik had arrived on December 17",
            attribution_id="undated-a0",
            about_evidence=(december.start, december.end),
        ),
        _claim(
            "dated-c0",
            "dated",
            DATED,
            "the Oreshnik would arrive in Belarus imminently",
            modality="forecast",
            about=imminently.interval,
            about_evidence=(imminently.start, imminently.end),
            said=rec.Interval(date(2025, 1, 26), date(2025, 1, 26), "day"),
        ),
    ]
    return Corpus(documents, claims, entities, mentions, frozenset(), frozenset(), attributions)


def test_open_year_day_is_the_first_on_or_after_the_floor() -> None:
    floor = date(2025, 3, 18)
    assert place_open_year("XXXX-12-17", None, floor) == rec.Interval(
        date(2025, 12, 17), date(2025, 12, 17), "day", True
    )
    assert place_open_year("XXXX-01-05", None, floor).start == date(2026, 1, 5)  # type: ignore[union-attr]
    assert place_open_year("XXXX-03-18", None, floor).start == date(2025, 3, 18)  # type: ignore[union-attr]
    month = place_open_year("XXXX-02", None, floor)
    assert month is not None and (month.start, month.end) == (date(2026, 2, 1), date(2026, 2, 28))
    assert place_open_year("XXXX", "ON_OR_BEFORE", floor) == rec.Interval(
        None, date(2025, 12, 31), "year", True
    )
    assert place_open_year("2025-12-17", None, floor) is None


def test_undated_article_takes_its_years_from_the_latest_dated_article_of_its_story() -> None:
    corpus = _corpus()
    dating = resolve_dates(corpus, {}, {"e-lu": "PERSON", "e-or": "PRODUCT"})
    assert dating.claim_about["undated-c0"] == rec.Interval(
        date(2025, 12, 17), date(2025, 12, 17), "day", True
    )
    assert dating.attribution_said["undated-a0"] == rec.Interval(
        date(2025, 12, 18), date(2025, 12, 18), "day", True
    )
    resolved = {c.id: c for c in dating.claims}
    assert resolved["undated-c0"].said == dating.attribution_said["undated-a0"]


def test_an_undated_article_sharing_one_entity_is_not_of_the_story() -> None:
    dating = resolve_dates(_corpus(shared=("e-or",)), {}, {"e-or": "PRODUCT"})
    assert "undated-c0" not in dating.claim_about
    assert dating.attribution_said == {}


def test_imminently_reaches_a_short_horizon_from_the_day_it_was_said() -> None:
    dating = resolve_dates(_corpus(), {}, {"e-lu": "PERSON", "e-or": "PRODUCT"})
    said = date(2025, 1, 26)
    assert dating.claim_about["dated-c0"] == rec.Interval(
        said, said + FUTURE_REF_HORIZON, "day", True
    )


def test_by_the_end_of_the_year_in_an_undated_article_is_a_deadline_once_placed() -> None:
    corpus = _corpus()
    text = "With the Oreshnik expected to be fully combat-ready by the end of the year, it waits."
    end_of_year = _time(text, "the end of the year", "XXXX", None)
    end_of_year = rec.TimeExpression(
        end_of_year.start, end_of_year.end, end_of_year.text, "DATE", "XXXX", None, mod="END"
    )
    corpus.documents["undated2"] = LinkDocument(
        "undated2", text, None, {(end_of_year.start, end_of_year.end): end_of_year}
    )
    corpus.mentions.extend(LinkMention(e, "undated2", 0, 1, "PERSON") for e in ("e-lu", "e-or"))
    corpus.claims.append(
        _claim(
            "undated2-c0",
            "undated2",
            text,
            "to be fully combat-ready by the end of the year",
            modality="forecast",
            predicate="be",
            about_evidence=(end_of_year.start, end_of_year.end),
        )
    )
    dating = resolve_dates(corpus, {}, {"e-lu": "PERSON", "e-or": "PRODUCT"})
    # The latest dated article of the story is of 2025-03-18: the year is 2025, and "by"
    # leaves the start open, as in a dated article; not the last third of the year.
    assert dating.claim_about["undated2-c0"] == rec.Interval(None, date(2025, 12, 31), "year", True)


def test_with_stories_the_story_not_the_shared_names_gives_an_undated_article_its_year() -> None:
    labels = {"e-lu": "PERSON", "e-or": "PRODUCT"}
    december_17 = rec.Interval(date(2025, 12, 17), date(2025, 12, 17), "day", True)
    # Two shared entities, but the link stage put the articles in different stories.
    apart = resolve_dates(_corpus(), {}, labels, {"dated": "story-a", "undated": "story-b"})
    assert "undated-c0" not in apart.claim_about and apart.attribution_said == {}
    # One shared entity, but one story: the year comes from the dated article.
    one = resolve_dates(
        _corpus(shared=("e-or",)), {}, labels, {"dated": "story-a", "undated": "story-a"}
    )
    assert one.claim_about["undated-c0"] == december_17
