"""One entity per real thing across documents, labelled by the evidence of the whole corpus."""

from __future__ import annotations

from claimledger.link.identities import core_key, resolve_entities
from claimledger.store.linking import Corpus, LinkDocument, LinkEntity, LinkMention


def _corpus(texts: dict[str, str], entities: list[tuple[str, str, str, str]], roles=()) -> Corpus:
    """Build a corpus from texts and (entity id, document id, name, label); one mention per name."""
    documents = {id_: LinkDocument(id_, text, None) for id_, text in texts.items()}
    found: dict[str, LinkEntity] = {}
    mentions = []
    for entity_id, document_id, name, label in entities:
        found.setdefault(entity_id, LinkEntity(entity_id, name, label, (name,)))
        text = texts[document_id]
        start = text.index(name)
        while start != -1:
            mentions.append(LinkMention(entity_id, document_id, start, start + len(name), label))
            start = text.find(name, start + 1)
    return Corpus(documents, [], found, mentions, frozenset(roles), frozenset(roles))


def test_core_key_drops_titles_in_front_and_class_nouns_behind() -> None:
    assert core_key("President Lukashenko") == "lukashenko"
    assert core_key("the ‘Oreshnik’ missile system") == "oreshnik"
    assert core_key("Missile") == "missile"


def test_surname_and_titled_name_join_the_one_full_name_in_another_article() -> None:
    corpus = _corpus(
        {
            "d1": "Belarusian President Alexander Lukashenko confirmed the arrival.",
            "d2": "Lukashenko said the complex was ready.",
            "d3": "President Lukashenko met the minister on Friday.",
        },
        [
            ("e-full", "d1", "Alexander Lukashenko", "PERSON"),
            ("e-short", "d2", "Lukashenko", "PERSON"),
            ("e-titled", "d3", "President Lukashenko", "PERSON"),
        ],
    )
    resolution = resolve_entities(corpus)
    assert {resolution.survivor_of[e] for e in ("e-full", "e-short", "e-titled")} == {"e-full"}
    (merge,) = resolution.merges
    assert merge.survivor == "e-full" and set(merge.merged) == {"e-short", "e-titled"}
    assert merge.label == "PERSON"


def test_a_surname_two_full_names_end_with_stays_apart() -> None:
    corpus = _corpus(
        {
            "d1": "Hillary Clinton spoke in Iowa.",
            "d2": "Bill Clinton spoke in Ohio.",
            "d3": "Clinton said the race was close.",
        },
        [
            ("e-h", "d1", "Hillary Clinton", "PERSON"),
            ("e-b", "d2", "Bill Clinton", "PERSON"),
            ("e-c", "d3", "Clinton", "PERSON"),
        ],
    )
    resolution = resolve_entities(corpus)
    assert len(set(resolution.survivor_of.values())) == 3


def test_a_weapon_the_model_tags_person_is_a_product_by_the_words_around_it() -> None:
    corpus = _corpus(
        {
            "d1": "The Oreshnik missile system arrived. Oreshnik was moved at night.",
            "d2": "Officials said the Oreshnik complex is ready.",
        },
        [("e-o-person", "d1", "Oreshnik", "PERSON"), ("e-o-person2", "d2", "Oreshnik", "PERSON")],
    )
    resolution = resolve_entities(corpus)
    survivor = resolution.survivor_of["e-o-person"]
    assert resolution.survivor_of["e-o-person2"] == survivor
    assert resolution.labels[survivor] == "PRODUCT"


def test_a_known_country_is_a_gpe_and_a_title_holder_a_person() -> None:
    corpus = _corpus(
        {"d1": "Belarus has taken steps, said Alexander Volfovich, State Secretary."},
        [("e-by", "d1", "Belarus", "PERSON"), ("e-av", "d1", "Alexander Volfovich", "GPE")],
        roles=("e-av",),
    )
    resolution = resolve_entities(corpus)
    assert resolution.labels["e-by"] == "GPE"
    assert resolution.labels["e-av"] == "PERSON"


def test_a_nationality_before_a_class_noun_stays_a_nationality() -> None:
    corpus = _corpus(
        {"d1": "The Russian missile complex arrived; Russian troops guard it."},
        [("e-ru", "d1", "Russian", "NORP")],
    )
    assert resolve_entities(corpus).labels["e-ru"] == "NORP"
    assert resolve_entities(corpus).merges == ()
