"""The document id: a content hash that ignores whitespace and encoding trivia."""

from __future__ import annotations

import unicodedata

from claimledger.ingest import document_id


def test_same_text_gets_same_id(seed_paragraphs: list[str]) -> None:
    text = "\n".join(seed_paragraphs[:2])
    assert document_id(text) == document_id(str(text))


def test_id_is_sixteen_hex_digits(seed_paragraphs: list[str]) -> None:
    ident = document_id(seed_paragraphs[0])
    assert len(ident) == 16
    int(ident, 16)


def test_whitespace_variants_share_an_id(seed_paragraphs: list[str]) -> None:
    first, second = seed_paragraphs[:2]
    lf = f"{first}\n\n{second}\n"
    crlf = f"  {first}\r\n\r\n{second}\r\n"
    rewrapped = f"{first.replace(' ', chr(10), 3)}   {second}\t"
    assert document_id(lf) == document_id(crlf) == document_id(rewrapped)


def test_unicode_composition_does_not_change_the_id() -> None:
    composed = "Le ministre a déclaré que les sites étaient prêts."
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert document_id(composed) == document_id(decomposed)


def test_different_words_get_different_ids(seed_paragraphs: list[str]) -> None:
    assert document_id(seed_paragraphs[0]) != document_id(seed_paragraphs[1])
