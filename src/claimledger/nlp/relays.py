"""The outlet that carried a statement: "quoted by RIA Novosti", "told RIA Novosti",
"according to Gazeta.ru", "Khodarenko of ‘Gazeta.ru’".

A relay must look like a news outlet (a word such as "News" or "Novosti", a
domain suffix such as ".ru", or a known agency name): "told journalists" or
"Volfovich of the Security Council" are not relays.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.nlp.cues import doc_text, span_chars
from claimledger.nlp.lexicon import lexicon
from claimledger.records import Relay

_QUOTE_CHARS = "'‘’\"“”,. "


def looks_like_outlet(text: str) -> bool:
    """Return whether ``text`` names a news outlet or agency."""
    lex = lexicon()
    clean = text.strip(_QUOTE_CHARS).lower()
    if not clean:
        return False
    if clean.endswith(lex.outlet_suffixes):
        return True
    return any(word.strip(_QUOTE_CHARS) in lex.outlet_words for word in clean.split())


def _relay_at(doc: Doc, token: Token) -> Relay | None:
    """The outlet phrase headed by ``token``, without quote marks or trailing commas."""
    start, end = span_chars(doc, token.left_edge.i, token.right_edge.i)
    while start < end and doc_text(doc)[start] in _QUOTE_CHARS:
        start += 1
    while end > start and doc_text(doc)[end - 1] in _QUOTE_CHARS:
        end -= 1
    text = doc_text(doc)[start:end]
    if not looks_like_outlet(text) or not any(t.pos_ == "PROPN" for t in token.subtree):
        return None
    for article in ("the ", "The "):
        if text.startswith(article):
            text, start = text[len(article) :], start + len(article)
    return Relay(name=text, start=start, end=end)


def find_relay(doc: Doc, cue: Token, source: Token | None) -> Relay | None:
    """Return the outlet that relayed the statement made through ``cue``, or ``None``."""
    # "told RIA Novosti", "said in an interview with Gazeta.ru"
    for child in cue.children:
        if child.dep_ in ("dative", "dobj") and (relay := _relay_at(doc, child)):
            return relay
    # "Speaking to journalists and quoted by Ria Novosti, Khrenin announced …"
    for child in cue.subtree:
        if child.lower_ == "quoted" or child.lower_ == "cited":
            for agent in child.children:
                if agent.dep_ in ("agent", "prep") and agent.lower_ == "by":
                    for obj in agent.children:
                        if obj.dep_ == "pobj" and (relay := _relay_at(doc, obj)):
                            return relay
    if source is not None:
        # "Colonel Mikhail Khodarenko of ‘Gazeta.ru’"
        for child in source.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "at", "with"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and (relay := _relay_at(doc, obj)):
                        return relay
        # "according to Gazeta.ru": the outlet is both the source and the relay.
        if cue.lower_ == "according" and source.ent_type_ != "PERSON":
            return _relay_at(doc, source)
    return None
