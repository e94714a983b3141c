"""``claimledger_claims``: placeholder until issue 5 lands; leaves an empty tuple."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.nlp.extensions import CLAIMS


def _record_nothing(doc: Doc) -> Doc:
    doc._.set(CLAIMS, ())
    return doc


@Language.factory("claimledger_claims", assigns=[f"doc._.{CLAIMS}"])
def make_claims(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Build the component."""
    return _record_nothing
