"""Event mentions linked across the documents of one story, on hand-written sentences."""

from __future__ import annotations

from claimledger.link.event_mentions import (
    EventMention,
    canonical_trigger,
    cluster_event_mentions,
)


def _mention(mid: str, doc: str, sentence: str, trigger_word: str, lemma: str) -> EventMention:
    start = sentence.index(trigger_word)
    return EventMention(mid, doc, sentence, lemma, start, start + len(trigger_word))


def test_synonym_triggers_with_shared_participants_corefer_across_documents() -> None:
    mentions = [
        _mention(
            "m1", "d1", "Police arrested Ahmed Khan in Oakland on Sunday.", "arrested", "arrest"
        ),
        _mention(
            "m2", "d2", "Ahmed Khan was detained in Oakland, police said.", "detained", "detain"
        ),
    ]
    assert cluster_event_mentions(mentions, {"d1": "s", "d2": "s"}) == [("m1", "m2")]


def test_the_same_trigger_in_different_stories_never_corefers() -> None:
    mentions = [
        _mention("m1", "d1", "Police arrested Ahmed Khan in Oakland.", "arrested", "arrest"),
        _mention("m2", "d2", "Police arrested Ahmed Khan in Oakland.", "arrested", "arrest"),
    ]
    clusters = cluster_event_mentions(mentions, {"d1": "oakland", "d2": "other"})
    assert sorted(clusters) == [("m1",), ("m2",)]


def test_the_same_trigger_with_nothing_in_common_stays_apart() -> None:
    mentions = [
        _mention("m1", "d1", "Police arrested Ahmed Khan in Oakland.", "arrested", "arrest"),
        _mention("m2", "d2", "Rangers arrested two poachers near Nairobi.", "arrested", "arrest"),
        _mention("m3", "d3", "Khan was arrested in Oakland on Sunday.", "arrested", "arrest"),
    ]
    clusters = cluster_event_mentions(mentions)
    assert ("m1", "m3") in clusters
    assert ("m2",) in clusters


def test_different_kinds_of_event_do_not_corefer_even_in_one_sentence() -> None:
    sentence = "The gunman killed three people before police arrested him."
    mentions = [
        _mention("k", "d1", sentence, "killed", "kill"),
        _mention("a", "d1", sentence, "arrested", "arrest"),
    ]
    assert sorted(cluster_event_mentions(mentions)) == [("a",), ("k",)]


def test_synonyms_and_nominal_forms_share_a_canonical_trigger() -> None:
    assert canonical_trigger("Slay") == canonical_trigger("murder") == "kill"
    assert canonical_trigger("acquisition") == canonical_trigger("buy") == "acquire"
    assert canonical_trigger("testify") == "testify"
