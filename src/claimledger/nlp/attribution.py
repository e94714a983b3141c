"""``claimledger_attribution``: who said what, in what role, relayed by whom, how sure, when.

The component glues the single-purpose modules together: quotation marks
(:mod:`.quotes`), cues and their slots from the parse (:mod:`.cues`), titles
(:mod:`.roles`), speaker resolution (:mod:`.speakers`), relays
(:mod:`.relays`), certainty (:mod:`.certainty`) and the time a statement was
made (:mod:`.said`). It writes ``doc._.claimledger_attributions`` (sorted by
start) and ``doc._.claimledger_roles``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.nlp.assemble import assemble
from claimledger.nlp.cues import TEXT_KEY
from claimledger.nlp.extensions import ATTRIBUTIONS, ENTITIES, ROLES
from claimledger.records import EntityMention


def _entities(doc: Doc) -> Sequence[EntityMention]:
    """The entity component's mentions, or the model's own when used without it."""
    recorded: Sequence[EntityMention] = doc._.get(ENTITIES)
    if recorded:
        return recorded
    return tuple(EntityMention(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents)


class AttributionRecorder:
    """Record attributions and roles on each Doc (see the module docstring)."""

    def __init__(self, min_quote_words: int, max_cue_gap: int, attach_orphan_quotes: bool) -> None:
        self.min_quote_words = min_quote_words
        self.max_cue_gap = max_cue_gap
        self.attach_orphan_quotes = attach_orphan_quotes

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        attributions, roles = assemble(
            doc,
            _entities(doc),
            min_quote_words=self.min_quote_words,
            max_cue_gap=self.max_cue_gap,
            attach_orphan_quotes=self.attach_orphan_quotes,
        )
        doc.user_data.pop(TEXT_KEY, None)  # keep serialized Docs free of our scratch copy
        doc._.set(ATTRIBUTIONS, attributions)
        doc._.set(ROLES, roles)
        return doc


@Language.factory(
    "claimledger_attribution",
    assigns=[f"doc._.{ATTRIBUTIONS}", f"doc._.{ROLES}"],
    requires=["token.dep", "token.pos", "doc.ents"],
    default_config={"min_quote_words": 4, "max_cue_gap": 4, "attach_orphan_quotes": True},
)
def make_attribution(
    nlp: Language, name: str, min_quote_words: int, max_cue_gap: int, attach_orphan_quotes: bool
) -> AttributionRecorder:
    """Build the attribution component.

    ``min_quote_words`` is the shortest quotation taken as speech on its own
    (shorter ones are scare quotes or fragments); ``max_cue_gap`` is how many
    tokens may stand between a quotation and its cue ("…,” Volfovich said");
    ``attach_orphan_quotes`` gives a quotation with no cue of its own to the
    previous speaker, as news writing does for run-on quotes.
    """
    return AttributionRecorder(min_quote_words, max_cue_gap, attach_orphan_quotes)
