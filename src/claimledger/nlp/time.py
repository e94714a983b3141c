"""``claimledger_time``: placeholder until issue 4 lands; leaves an empty tuple."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.nlp.extensions import TIMES


def _record_nothing(doc: Doc) -> Doc:
    doc._.set(TIMES, ())
    return doc


@Language.factory("claimledger_time", assigns=[f"doc._.{TIMES}"])
def make_time(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Build the component."""
    return _record_nothing
