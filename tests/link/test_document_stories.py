"""Each document's story in a ledger: hand-built corpora, as the link stage reads them."""

from __future__ import annotations

from datetime import date

from claimledger import records as rec
from claimledger.link.document_stories import document_stories
from claimledger.link.plan import plan_links
from claimledger.store.linking import Corpus, LinkDocument, LinkEntity, LinkMention

DEPLOYED = (
    "Belarusian President Alexander Lukashenko said on Thursday that Russia's Oreshnik missile "
    "system had been deployed in Belarus and placed on combat duty near Minsk. Military "
    "analysts in Warsaw and Vilnius said the move was meant to deter NATO."
)
# Shares little but the names with DEPLOYED: another reporter, another angle, one event.
CONFIRMED = (
    "Lukashenko confirmed in an interview that the Oreshnik was now in Belarus. Critics in the "
    "opposition called the announcement theatre staged for a domestic audience before the "
    "January election."
)
# Same capital, same day of the week, another event.
BUDGET = (
    "Minsk city council approved a new budget for public transport on Thursday, with more "
    "buses planned for the suburbs and fares frozen until the summer."
)


def _corpus(texts: dict[str, str], names: dict[str, str] | None = None) -> Corpus:
    """A corpus of ``texts``; each name in ``names`` (name → entity id) is mentioned where found."""
    day = rec.Interval(date(2025, 12, 18), date(2025, 12, 18), "day")
    documents = {id_: LinkDocument(id_, text, day) for id_, text in texts.items()}
    names = names or {}
    entities = {e: LinkEntity(e, name, "PERSON", ()) for name, e in names.items()}
    mentions = [
        LinkMention(entity, id_, text.index(name), text.index(name) + len(name), "PERSON")
        for id_, text in texts.items()
        for name, entity in names.items()
        if name in text
    ]
    return Corpus(documents, [], entities, mentions, frozenset())


def test_two_articles_alone_in_a_ledger_sharing_their_names_are_one_story() -> None:
    names = {"Lukashenko": "e-luk", "Oreshnik": "e-or", "Belarus": "e-by"}
    stories = document_stories(_corpus({"d2": CONFIRMED, "d1": DEPLOYED}, names))
    assert stories == {"d1": "story-d1", "d2": "story-d1"}


def test_an_article_from_the_same_city_about_something_else_is_a_story_of_its_own() -> None:
    stories = document_stories(_corpus({"d1": DEPLOYED, "d2": CONFIRMED, "d3": BUDGET}))
    assert stories["d1"] == stories["d2"] == "story-d1"
    assert stories["d3"] == "story-d3"


def test_the_story_id_stays_put_when_a_later_article_joins() -> None:
    before = document_stories(_corpus({"a1": DEPLOYED, "b1": BUDGET}))
    after = document_stories(_corpus({"a1": DEPLOYED, "b1": BUDGET, "z9": CONFIRMED}))
    assert before["a1"] == after["a1"] == after["z9"] == "story-a1"
    assert after["b1"] == before["b1"] == "story-b1"


def test_merged_entities_count_under_their_surviving_name() -> None:
    # Two texts that share no words at all; only the resolved entity behind "the president"
    # and "Lukashenko" ties them. Unresolved, they are two stories; resolved, their names meet.
    texts = {"d1": "Lukashenko spoke.", "d2": "The president spoke."}
    corpus = _corpus(texts, {"Lukashenko": "e-luk", "The president": "e-pres"})
    corpus.entities["e-luk"] = LinkEntity("e-luk", "Alexander Lukashenko", "PERSON", ())
    assert len(set(document_stories(corpus).values())) == 2
    merged = document_stories(corpus, {"e-pres": "e-luk", "e-luk": "e-luk"})
    assert merged == {"d1": "story-d1", "d2": "story-d1"}


def test_plan_links_gives_every_document_a_story() -> None:
    plan = plan_links(_corpus({"d1": DEPLOYED, "d2": CONFIRMED, "d3": BUDGET}))
    assert plan.stories == {"d1": "story-d1", "d2": "story-d1", "d3": "story-d3"}
