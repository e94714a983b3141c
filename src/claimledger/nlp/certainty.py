"""How sure a statement is: asserted, hedged, forecast or denied.

Read from the cue ("denied", "suggested", "predicted") and from the words of
the content ("may be", "reportedly", "will", "by the end of the year").
Denial outranks everything (the speaker rejects the content); a statement
about the future is a forecast even when hedged ("I think we will…"),
because tracking its outcome is what the ledger needs it for.
"""

from __future__ import annotations

import re

from claimledger.nlp.lexicon import lexicon
from claimledger.records import Certainty

# "likely" hedges as "is likely to", "will likely", "most likely"; before a noun it classifies.
_HEDGING_LIKELY = re.compile(
    r"\b(?:is|are|was|were|be|been|will|would|most|very|quite|more|highly|seems)\s+likely\b"
    r"|\blikely\s+to\b|\blikely\s*[,.;]"
)
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|['’]ll")


def classify_certainty(cue_lemma: str | None, content: str, is_negated: bool = False) -> Certainty:
    """Return the certainty of a statement from its cue lemma and content text."""
    lex = lexicon()
    lemma = (cue_lemma or "").lower()
    if lemma in lex.denial_cues:
        return "denied"
    words = {w.lower() for w in _WORD.findall(content)}
    lowered = content.lower()
    if any(w in lex.forecast_words or w.endswith(("'ll", "’ll")) for w in words) or any(
        phrase in lowered for phrase in lex.forecast_phrases
    ):
        return "forecast"
    if lemma in lex.forecast_cues:
        return "forecast"
    hedges = words & lex.hedge_words
    if hedges == {"likely"} and not _HEDGING_LIKELY.search(lowered):
        hedges = set()  # "likely voters", "the likely nominee": a category, not a hedge
    if lemma in lex.hedge_cues or hedges:
        return "hedged"
    if is_negated and lemma in ("confirm", "say", "state"):
        return "hedged"
    return "asserted"
