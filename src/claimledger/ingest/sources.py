"""From the paths a user gives to documents: expansion, dispatch, error capture.

This is the one place that promises ``read_sources`` never raises for bad
input: every reader's failure, and any surprise inside a reader, becomes an
``IngestError`` for that file (or line) and the batch goes on.
"""

from __future__ import annotations

import glob
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence

from claimledger.errors import IngestError
from claimledger.ingest.feeds import read_feed
from claimledger.ingest.html import read_html
from claimledger.ingest.jsonl import read_jsonl
from claimledger.ingest.metadata import Layer, MetadataValue, PublishedParseError, parse_published
from claimledger.ingest.text import SIDECAR_SUFFIX, read_text, text_document
from claimledger.ingest.warc import read_warc
from claimledger.records import SourceDocument

__all__ = ["READERS", "STDIN", "expand_paths", "read_sources", "supported_extension"]

Item = SourceDocument | IngestError
Reader = Callable[[str, Sequence[Layer]], Iterator[Item]]

STDIN = "-"
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".warc": read_warc,
    ".warc.gz": read_warc,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}
# Extensions of more than one part, checked before the last suffix.
_COMPOUND = (".warc.gz",)
_GLOB_MAGIC = re.compile(r"[*?[]")


def register_reader(extension: str, reader: Reader) -> None:
    """Make ``read_sources`` read files ending in ``extension`` with ``reader``."""
    READERS[extension.lower()] = reader


def supported_extension(path: str) -> str | None:
    """Return the reader extension of ``path`` (``.warc.gz`` counts whole), or ``None``."""
    name = os.path.basename(path).lower()
    for compound in _COMPOUND:
        if name.endswith(compound) and compound in READERS:
            return compound
    extension = os.path.splitext(name)[1]
    return extension if extension in READERS else None


def _supported_list() -> str:
    return ", ".join(sorted(READERS))


def _is_skipped(path: str) -> bool:
    """Hidden files and metadata sidecars are never articles themselves."""
    name = os.path.basename(path)
    return name.startswith(".") or name.lower().endswith(SIDECAR_SUFFIX)


def _walk(top: str) -> Iterator[str | IngestError]:
    """Yield the supported files under ``top``, recursively, in sorted order."""
    found: list[str] = []
    for directory, subdirs, files in os.walk(top):
        subdirs[:] = [name for name in subdirs if not name.startswith(".")]
        for name in files:
            path = os.path.join(directory, name)
            # Inside a directory, other files (READMEs, images) are not a mistake.
            if not _is_skipped(path) and supported_extension(path):
                found.append(path)
    if not found:
        yield IngestError(top, f"no supported files in directory (supported: {_supported_list()})")
    yield from sorted(found)


def expand_paths(paths: Iterable[str]) -> Iterator[str | IngestError]:
    """Yield the files named by ``paths`` (files, directories, globs, ``-``) in order.

    A path that does not exist, or a glob that matches nothing, yields an
    ``IngestError`` in its place.
    """
    for path in paths:
        if path == STDIN:
            yield STDIN
        elif os.path.isdir(path):
            yield from _walk(path)
        elif os.path.lexists(path):
            yield path
        elif _GLOB_MAGIC.search(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield IngestError(path, "no files match this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from _walk(match)
                elif not _is_skipped(match):
                    yield match
        else:
            yield IngestError(path, "no such file or directory")


def _read_one(path: str, overrides: Sequence[Layer]) -> Iterator[Item]:
    """Yield what one file holds, turning every failure into an ``IngestError``."""
    try:
        if path == STDIN:
            yield text_document(STDIN, sys.stdin.buffer.read(), overrides, what="input")
            return
        extension = supported_extension(path)
        if extension is None:
            found = os.path.splitext(path)[1] or "no extension"
            yield IngestError(
                path, f"unsupported file type ({found}); supported: {_supported_list()}"
            )
            return
        yield from READERS[extension](path, overrides)
    except IngestError as exc:
        yield exc
    except OSError as exc:
        yield IngestError(path, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # one file's surprise must not end the batch
        yield IngestError(path, f"unexpected {type(exc).__name__}: {exc} (please report this)")


def read_sources(
    paths: Iterable[str],
    *,
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
) -> Iterator[Item]:
    """Yield a ``SourceDocument`` or an ``IngestError`` for everything in ``paths``.

    ``paths`` are files, directories (read recursively, sorted, skipping hidden
    files and ``*.meta.json`` sidecars), globs, or ``-`` for stdin (text).
    The flags ``published``, ``outlet`` and ``title`` apply to every document
    and override other metadata (recorded as source ``"flag"``). Never raises
    for bad input: an unreadable ``published`` flag yields one error for
    ``--published`` and nothing else, as every document would be wrong.
    """
    if isinstance(paths, str):
        # A lone path is a common slip; iterating it would read each character.
        paths = [paths]
    flags: dict[str, MetadataValue] = {"outlet": outlet, "title": title}
    if published is not None:
        try:
            flags["published"] = parse_published(published, "flag")
        except PublishedParseError as exc:
            yield IngestError("--published", str(exc))
            return
    overrides: list[Layer] = [("flag", flags)] if any(flags.values()) else []
    for item in expand_paths(paths):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from _read_one(item, overrides)
