"""``claimledger_attribution``: placeholder until issue 3 lands; leaves an empty tuple."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.nlp.extensions import ATTRIBUTIONS


def _record_nothing(doc: Doc) -> Doc:
    doc._.set(ATTRIBUTIONS, ())
    return doc


@Language.factory("claimledger_attribution", assigns=[f"doc._.{ATTRIBUTIONS}"])
def make_attribution(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Build the component."""
    return _record_nothing
