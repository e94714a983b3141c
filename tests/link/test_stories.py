"""Grouping articles into stories, on hand-written news."""

from __future__ import annotations

import itertools
import random
from datetime import date

from claimledger.link.stories import (
    StoryDoc,
    average_link,
    candidate_pairs,
    cluster_documents,
    tfidf_vectors,
)

QUAKE_AP = (
    "A magnitude 7.6 earthquake struck off the coast of Sumatra on Wednesday, killing at least "
    "75 people in the city of Padang. Indonesian officials said hundreds of buildings collapsed. "
    "Rescue teams from Jakarta were flown to Padang overnight."
)
QUAKE_REWRITE = (
    "At least 75 people died when a 7.6-magnitude quake hit Sumatra on Wednesday. Buildings "
    "collapsed across Padang, Indonesian officials said, and rescue teams flew in from Jakarta."
)
QUAKE_FOLLOWUP = (
    "The death toll from the Sumatra earthquake rose to 529 on Friday as rescuers dug through "
    "collapsed hotels in Padang. The Indonesian government appealed for foreign aid."
)
CALIFORNIA_QUAKE = (
    "A magnitude 4.3 earthquake shook Southern California on Tuesday morning near Palm Springs. "
    "No injuries were reported, the U.S. Geological Survey said, and buildings were undamaged."
)
MERGER = (
    "Oracle agreed to buy Sun Microsystems for $7.4 billion, the companies announced on Monday. "
    "Larry Ellison said the Java platform made Sun the most important software asset Oracle "
    "has ever acquired."
)
MERGER_REWRITE = (
    "Sun Microsystems will be acquired by Oracle in a $7.4 billion deal announced Monday. Oracle "
    "chief executive Larry Ellison called Java the most important software Oracle ever acquired."
)
RECIPE = (
    "Slice two ripe tomatoes, salt them lightly and leave them for ten minutes. Toast the bread, "
    "rub it with garlic and olive oil, and pile the tomatoes on top."
)


def _story_of(stories: list, doc_id: str) -> int:
    return next(k for k, s in enumerate(stories) if doc_id in s.doc_ids)


def _docs() -> list[StoryDoc]:
    return [
        StoryDoc("quake-ap", QUAKE_AP),
        StoryDoc("merger", MERGER),
        StoryDoc("quake-rewrite", QUAKE_REWRITE),
        StoryDoc("recipe", RECIPE),
        StoryDoc("merger-rewrite", MERGER_REWRITE),
        StoryDoc("quake-followup", QUAKE_FOLLOWUP),
        StoryDoc("california", CALIFORNIA_QUAKE),
    ]


def test_rewrites_and_follow_ups_join_their_story_and_other_stories_stay_apart() -> None:
    stories = cluster_documents(_docs())
    sumatra = _story_of(stories, "quake-ap")
    assert _story_of(stories, "quake-rewrite") == sumatra
    assert _story_of(stories, "quake-followup") == sumatra
    assert _story_of(stories, "merger") == _story_of(stories, "merger-rewrite") != sumatra
    assert len(stories[_story_of(stories, "recipe")].doc_ids) == 1


def test_an_earthquake_elsewhere_is_a_different_seminal_event() -> None:
    stories = cluster_documents(_docs())
    assert _story_of(stories, "california") != _story_of(stories, "quake-ap")


def test_every_document_is_in_exactly_one_story_whatever_the_order() -> None:
    docs = _docs()
    random.Random(3).shuffle(docs)
    stories = cluster_documents(docs)
    placed = [doc_id for s in stories for doc_id in s.doc_ids]
    assert sorted(placed) == sorted(d.doc_id for d in docs)
    grouping = {frozenset(s.doc_ids) for s in stories}
    assert grouping == {frozenset(s.doc_ids) for s in cluster_documents(_docs())}


def test_a_story_is_labelled_by_its_telling_terms_and_dated_by_its_articles() -> None:
    docs = [
        StoryDoc("a", MERGER, ("Oracle", "Sun Microsystems"), date(2009, 4, 20)),
        StoryDoc("b", MERGER_REWRITE, ("Oracle", "Larry Ellison"), date(2009, 4, 21)),
        StoryDoc("c", RECIPE),
    ]
    merger = next(s for s in cluster_documents(docs) if "a" in s.doc_ids)
    assert set(merger.doc_ids) == {"a", "b"}
    assert "oracle" in merger.key_terms
    assert (merger.first_published, merger.last_published) == (date(2009, 4, 20), date(2009, 4, 21))


def test_a_long_gap_between_publication_dates_does_not_split_a_rewrite() -> None:
    docs = [
        StoryDoc("then", MERGER, published=date(2009, 4, 20)),
        StoryDoc("later", MERGER_REWRITE, published=date(2010, 1, 27)),
        StoryDoc("recipe", RECIPE, published=date(2009, 4, 20)),
    ]
    stories = cluster_documents(docs)
    assert _story_of(stories, "then") == _story_of(stories, "later")


def test_entity_names_from_the_pipeline_are_weighted_as_names() -> None:
    plain, named = tfidf_vectors(
        [
            StoryDoc("x", "the trial of padang ended"),
            StoryDoc("y", "the trial of padang ended", ("Padang",)),
        ]
    )
    assert named["padang"] / named["trial"] > plain["padang"] / plain["trial"]
    assert "@padang" in named


def test_candidate_pairs_stay_far_below_all_pairs_yet_find_the_rewrite() -> None:
    rng = random.Random(11)
    vocabulary = [f"w{i}" for i in range(3000)]
    texts = [rng.sample(vocabulary, 40) for _ in range(800)]
    texts[500] = texts[7][:30] + rng.sample(vocabulary, 10)  # a rewrite of document 7
    docs = [StoryDoc(str(i), " ".join(words)) for i, words in enumerate(texts)]
    pairs = candidate_pairs(tfidf_vectors(docs), top_terms=25, neighbours=20)
    assert len(pairs) <= 800 * 20 < 800 * 799 // 2 // 15
    assert (7, 500) in pairs


def test_average_link_joins_a_dense_group_and_leaves_a_loosely_tied_item_alone() -> None:
    dense = {(i, j): 0.8 for i, j in itertools.combinations(range(4), 2)}
    edges = {**dense, (3, 4): 0.3}
    assert average_link(5, edges, threshold=0.2) == [[0, 1, 2, 3], [4]]
    assert average_link(5, {}, threshold=0.2) == [[0], [1], [2], [3], [4]]


def test_cohesion_keeps_two_tight_groups_with_a_weak_bridge_apart() -> None:
    edges = {(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.4, (1, 3): 0.4, (0, 3): 0.4, (1, 2): 0.4}
    assert average_link(4, edges, threshold=0.1) == [[0, 1, 2, 3]]
    assert average_link(4, edges, threshold=0.1, cohesion_ratio=0.5) == [[0, 1], [2, 3]]


def test_a_story_larger_than_its_neighbour_lists_is_not_split_for_want_of_edges() -> None:
    # Thirty articles of one story, each compared only with six others it picked.
    rng = random.Random(2)
    edges = {}
    for i in range(30):
        for j in rng.sample([k for k in range(30) if k != i], 6):
            edges[(min(i, j), max(i, j))] = 0.5
    assert len(average_link(30, edges, threshold=0.2)) > 1
    assert average_link(30, edges, threshold=0.2, degree=6) == [list(range(30))]
