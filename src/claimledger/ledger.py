"""The ledger as a Python object: open it, ingest into it, export it.

This is the flow of DESIGN.md in one place: sources → ingest → annotate →
link → store. The CLI is a thin wrapper over these methods, one to one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from claimledger import ledger_format
from claimledger.config import Settings, load_settings
from claimledger.errors import ClaimledgerError, IngestError
from claimledger.identifiers import entity_id
from claimledger.ingest import document_id, read_sources
from claimledger.link.entities import plan_entities, settle_labels
from claimledger.link.plan import plan_links
from claimledger.records import SourceDocument
from claimledger.store import EntityRef, Store
from claimledger.store import queries as q
from claimledger.store.linking import LinkPlan


@dataclass(slots=True)
class IngestReport:
    """What one ingest did: ids added, ids already there, and what failed and why."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[ClaimledgerError] = field(default_factory=list)

    @property
    def is_ok(self) -> bool:
        """Whether every source went in (or was already there)."""
        return not self.failed


Progress = Callable[[str, str, str | None], None]
"""Called once per source with (origin, outcome, document id): outcome is added/unchanged/failed."""


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def annotate_sources(
    sources: Iterable[SourceDocument], settings: Settings
) -> Iterator[tuple[str, SourceDocument, Any]]:
    """Yield ``(document id, source, annotations)`` for each source, batched through spaCy."""
    from claimledger.nlp.pipeline import annotate, build_pipeline

    nlp = build_pipeline(settings.model)
    for batch in _batches(sources, settings.batch_size):
        items = [(s.text, s.metadata.published) for s in batch]
        for source, found in zip(batch, annotate(nlp, items, settings.batch_size), strict=True):
            yield document_id(source.text), source, found


class Ledger:
    """A ledger store together with the settings used to fill it."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    @classmethod
    def open(
        cls,
        db: str | None = None,
        *,
        create: bool = True,
        model: str | None = None,
        batch_size: int | None = None,
    ) -> Ledger:
        """Open (and with ``create``, make or migrate) the ledger at ``db``.

        Settings not given come from the environment, then the defaults.
        Raises :class:`~claimledger.errors.StoreError` when it cannot be opened.
        """
        resolved = load_settings(db=db, model=model, batch_size=batch_size)
        return cls(Store.open(resolved.db, create=create), resolved)

    def close(self) -> None:
        """Release the database."""
        self.store.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(
        self,
        paths: Iterable[str],
        *,
        published: str | None = None,
        outlet: str | None = None,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Read, annotate and store every article under ``paths``; bad ones are reported.

        Returns an :class:`IngestReport`; never raises for bad input.
        """
        report = IngestReport()
        notify = progress or (lambda *_: None)
        for batch in _batches(read_sources(paths, published=published, outlet=outlet), 256):
            fresh = self._new_sources(batch, report, notify)
            for id_, source, found in annotate_sources(fresh, self.settings):
                plan = plan_entities(found)
                try:
                    self.store.add_document(id_, source, settle_labels(found, plan), plan)
                except ClaimledgerError as exc:
                    report.failed.append(exc)
                    notify(source.origin, "failed", id_)
                    continue
                report.added.append(id_)
                notify(source.origin, "added", id_)
        if report.added:
            self.link()
        return report

    def link(self) -> LinkPlan:
        """Link the whole ledger across documents, replacing the previous links.

        Near-duplicate documents, one entity per real thing, claim groups,
        conflicts, forecasts and their outcomes: all planned from what is
        stored and written in one transaction, so running it twice changes
        nothing. Returns the plan written; raises
        :class:`~claimledger.errors.StoreError` when the write fails.
        """
        return self.store.relink(plan_links)

    def _new_sources(
        self,
        batch: list[SourceDocument | IngestError],
        report: IngestReport,
        notify: Progress,
    ) -> list[SourceDocument]:
        """Return the sources of ``batch`` not yet stored; record errors and repeats."""
        sources = [item for item in batch if not isinstance(item, IngestError)]
        known = self.store.known_documents([document_id(s.text) for s in sources])
        fresh: list[SourceDocument] = []
        for item in batch:
            if isinstance(item, IngestError):
                report.failed.append(item)
                notify(item.path, "failed", None)
                continue
            id_ = document_id(item.text)
            if id_ in known:
                report.unchanged.append(id_)
                notify(item.origin, "unchanged", id_)
            else:
                known.add(id_)  # the same text twice in one batch goes in once
                fresh.append(item)
        return fresh

    def export(self) -> Iterator[dict[str, Any]]:
        """Yield every stored record in the ``docs/ledger-format.md`` shapes."""
        with self.store.sessions() as session:
            for stored in q.iter_documents(session):
                yield from ledger_format.document_records(
                    stored.id,
                    stored.source,
                    stored.annotations,
                    mention_entity_ids=stored.mention_entity_ids,
                    role_entity_ids=stored.role_entity_ids,
                    speaker_entity_ids=stored.speaker_entity_ids,
                    subject_entity_ids=stored.subject_entity_ids,
                    claim_group_ids=stored.claim_group_ids,
                    syndication_group=stored.syndication_group,
                    story=stored.story,
                )
            for entity in q.iter_entities(session):
                yield ledger_format.entity_record(
                    entity.id, entity.name, entity.label, entity.aliases, entity.documents
                )
            for link in q.iter_links(session):
                yield ledger_format.link_record(
                    link.id, link.kind, link.from_claim, link.to_claim, link.on, link.detail
                )


def extract(
    paths: Iterable[str],
    *,
    published: str | None = None,
    outlet: str | None = None,
    settings: Settings | None = None,
    errors: list[ClaimledgerError] | None = None,
) -> Iterator[dict[str, Any]]:
    """Annotate the articles under ``paths`` without storing them; yield ledger records.

    Bad sources are appended to ``errors`` (when given) and skipped.
    """
    resolved = settings or load_settings()
    good: list[SourceDocument] = []
    for item in read_sources(paths, published=published, outlet=outlet):
        if isinstance(item, IngestError):
            if errors is not None:
                errors.append(item)
        else:
            good.append(item)
    for id_, source, found in annotate_sources(good, resolved):
        plan = plan_entities(found)
        # The ids a fresh ledger would give these entities; a ledger that already
        # knows an entity under another name keeps its own id.
        yield from ledger_format.document_records(
            id_,
            source,
            settle_labels(found, plan),
            mention_entity_ids=_entity_ids(plan.mentions),
            role_entity_ids=_entity_ids(plan.roles),
            speaker_entity_ids=_entity_ids(plan.speakers),
            subject_entity_ids=_entity_ids(plan.subjects),
        )


def _entity_ids(refs: Iterable[EntityRef | None]) -> list[str | None]:
    return [entity_id(ref.label, ref.name) if ref else None for ref in refs]
