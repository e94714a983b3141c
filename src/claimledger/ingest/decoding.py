"""Bytes to text: UTF-8 only, nothing translated, with reasons when it fails.

Offsets downstream are ``str`` indices into the text exactly as decoded, so
decoding keeps ``\\r\\n`` and every other character; only a leading byte-order
mark goes, because it is an encoding artefact and not part of the article.
"""

from __future__ import annotations

__all__ = ["DecodeFailure", "decode_text"]

_BOM = "\ufeff"


class DecodeFailure(ValueError):
    """Bytes that are not usable text; the message says why and where.

    ``kind`` is one of ``"binary"``, ``"encoding"``, ``"empty"``, so that a
    caller with another way to decode (an HTML charset) can try it.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def decode_text(data: bytes, *, what: str = "file") -> str:
    """Decode ``data`` as UTF-8 and return it with a leading BOM removed.

    Raises ``DecodeFailure`` for binary data (a NUL byte), bytes that are not
    UTF-8 (naming the offset), and empty or whitespace-only input.
    """
    nul = data.find(b"\x00")
    if nul != -1:
        raise DecodeFailure(
            "binary", f"binary {what}: NUL byte at offset {nul}; expected UTF-8 text"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeFailure(
            "encoding",
            f"not UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} "
            f"cannot be decoded ({exc.reason}); convert the {what} to UTF-8",
        ) from exc
    if text.startswith(_BOM):
        text = text[1:]
    if not text:
        raise DecodeFailure("empty", f"empty {what}")
    if not text.strip():
        raise DecodeFailure("empty", f"whitespace-only {what} ({len(data)} bytes, no text)")
    return text
