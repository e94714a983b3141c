"""Each stored document's story: the ledger's documents grouped by the event they report.

The grouping is :func:`claimledger.link.stories.cluster_documents` over what
the ledger holds for a document: its text, the names of the entities it
mentions (as resolved, so "Lukashenko" and "Alexander Lukashenko" are one
name) and its publication day. A story is named by its smallest document id,
so the id stays put while later articles join it.
"""

from __future__ import annotations

from collections.abc import Mapping

from claimledger.link.evidence import day
from claimledger.link.stories import StoryDoc, StoryParams, cluster_documents
from claimledger.store.linking import Corpus

STORY_PREFIX = "story-"


def story_id(doc_ids: tuple[str, ...]) -> str:
    """The stable id of a story: its smallest document id, prefixed."""
    return STORY_PREFIX + min(doc_ids)


def document_stories(
    corpus: Corpus,
    survivor_of: Mapping[str, str] | None = None,
    params: StoryParams | None = None,
) -> dict[str, str]:
    """Return document id → story id for every document in ``corpus``.

    ``survivor_of`` maps an entity id to the entity it was merged into, so that
    a document's names are the resolved names.
    """
    survivor_of = survivor_of or {}
    names: dict[str, list[str]] = {id_: [] for id_ in corpus.documents}
    for mention in corpus.mentions:
        entity = corpus.entities.get(survivor_of.get(mention.entity_id, mention.entity_id))
        if entity is not None and mention.document_id in names:
            names[mention.document_id].append(entity.name)
    docs = [
        StoryDoc(
            id_,
            document.text,
            tuple(names[id_]),
            day(document.published, latest=True),
        )
        for id_, document in sorted(corpus.documents.items())
    ]
    return {
        doc_id: story_id(story.doc_ids)
        for story in cluster_documents(docs, params)
        for doc_id in story.doc_ids
    }
