"""The ledger store: writes one document's annotations in one transaction.

Reading lives in :mod:`claimledger.store.queries`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from claimledger import records as rec
from claimledger.errors import StoreError
from claimledger.identifiers import entity_id, name_key, outlet_id, row_id
from claimledger.store import entity_claims, rows, schema
from claimledger.store.engine import create_store_engine, current_revision, head_revision, migrate
from claimledger.store.linking import Corpus, LinkPlan, load_corpus, replace_links


@dataclass(frozen=True, slots=True)
class EntityRef:
    """The entity a mention stands for, by canonical name and label."""

    name: str
    label: str


@dataclass(frozen=True, slots=True)
class EntityPlan:
    """Which entity each mention, speaker and claim subject of one document stands for.

    Each tuple runs parallel to the matching tuple of :class:`Annotations`.
    """

    mentions: tuple[EntityRef, ...] = ()
    speakers: tuple[EntityRef | None, ...] = ()
    subjects: tuple[EntityRef | None, ...] = ()
    roles: tuple[EntityRef | None, ...] = ()


class Store:
    """A ledger database: SQLite file by default, PostgreSQL by URL."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, db: str, *, create: bool = True) -> Store:
        """Open ``db`` (path or URL), migrating it to the newest schema when ``create``.

        Raises :class:`StoreError` when the database cannot be reached, or, with
        ``create=False``, when it is not a ledger at the current schema.
        """
        engine = create_store_engine(db)
        database = engine.url.database
        is_file = engine.url.get_backend_name() == "sqlite" and database not in (
            None,
            "",
            ":memory:",
        )
        if not create and is_file and not Path(str(database)).exists():
            raise StoreError(
                f"{db}: no ledger there; create one with `claimledger ingest --db {db} PATH`"
            )
        if create:
            migrate(engine)
        else:
            try:
                revision = current_revision(engine)
            except SQLAlchemyError as exc:
                raise StoreError(f"{db}: cannot open the ledger ({exc})") from exc
            if revision != head_revision():
                raise StoreError(
                    f"{db}: not a claimledger ledger at the current schema "
                    f"(found {revision or 'no schema'}); run `claimledger ingest --db {db}` "
                    f"or `claimledger migrate --db {db}` first"
                )
        return cls(engine)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Yield a session whose work is committed on success and rolled back on error."""
        with self.sessions.begin() as session:
            yield session

    def has_document(self, document_id: str) -> bool:
        """Return whether a document with this content id is already stored."""
        with self.sessions() as session:
            return session.get(schema.Document, document_id) is not None

    def known_documents(self, document_ids: Sequence[str]) -> set[str]:
        """Return which of ``document_ids`` are already stored."""
        with self.sessions() as session:
            found = session.scalars(
                select(schema.Document.id).where(schema.Document.id.in_(list(document_ids)))
            )
            return set(found)

    def add_document(
        self,
        document_id: str,
        source: rec.SourceDocument,
        annotations: rec.Annotations,
        plan: EntityPlan,
    ) -> bool:
        """Store a document and everything found in it, all in one transaction.

        Returns ``False`` (and changes nothing) when the document is already stored.
        Raises :class:`StoreError` when the write fails; nothing is half-written.
        """
        try:
            with self.session() as session:
                if session.get(schema.Document, document_id) is not None:
                    return False
                _write_document(session, document_id, source, annotations, plan)
                session.flush()
                entity_claims.add_document(session, document_id)
            return True
        except SQLAlchemyError as exc:
            raise StoreError(f"{source.origin}: could not store the document ({exc})") from exc

    def relink(self, planner: Callable[[Corpus], LinkPlan]) -> LinkPlan:
        """Read the corpus, plan the links with ``planner`` and write them, in one transaction.

        Returns the plan written. Raises :class:`StoreError` when the write
        fails; the previous links are then left as they were.
        """
        try:
            with self.session() as session:
                plan = planner(load_corpus(session))
                replace_links(session, plan)
            return plan
        except SQLAlchemyError as exc:
            raise StoreError(f"could not write the links ({exc})") from exc


def _resolve_all(
    session: Session, refs: Sequence[EntityRef], aliases: dict[EntityRef, set[str]]
) -> dict[EntityRef, str]:
    """Return the stored entity id of every ref, creating entities and aliases that are new.

    A ref is the entity already known under its name (any alias) and label, else a
    new entity whose id comes from the name. Done for all of a document's refs in
    a few queries: one per mention was the slowest part of writing a document.
    """
    keys = {ref: name_key(ref.name) for ref in refs}
    if not keys:
        return {}
    known: dict[tuple[str, str], str] = {}
    for key, label, id_ in session.execute(
        select(schema.EntityAlias.key, schema.Entity.label, schema.Entity.id)
        .join(schema.Entity, schema.EntityAlias.entity_id == schema.Entity.id)
        .where(schema.EntityAlias.key.in_(set(keys.values())))
        .order_by(schema.Entity.id)
    ):
        known.setdefault((key, label), id_)
    ids = {
        ref: known.get((key, ref.label)) or entity_id(ref.label, ref.name)
        for ref, key in keys.items()
    }
    stored = set(
        session.scalars(select(schema.Entity.id).where(schema.Entity.id.in_(set(ids.values()))))
    )
    for ref, id_ in ids.items():
        if id_ not in stored:
            session.add(schema.Entity(id=id_, name=ref.name, label=ref.label))
            stored.add(id_)
    session.flush()
    have = {
        (entity, alias)
        for entity, alias in session.execute(
            select(schema.EntityAlias.entity_id, schema.EntityAlias.alias).where(
                schema.EntityAlias.entity_id.in_(set(ids.values()))
            )
        )
    }
    wanted = {(ids[ref], alias) for ref in ids for alias in {ref.name, *aliases.get(ref, ())}}
    for id_, alias in sorted(wanted - have):
        session.add(schema.EntityAlias(entity_id=id_, alias=alias, key=name_key(alias)))
    return ids


def _relay_outlet(session: Session, relay: rec.Relay | None) -> str | None:
    if relay is None:
        return None
    id_ = outlet_id(relay.name)
    if session.get(schema.Outlet, id_) is None:
        session.add(schema.Outlet(id=id_, name=relay.name, is_relay=True))
        session.flush()
    return id_


def _write_document(
    session: Session,
    document_id: str,
    source: rec.SourceDocument,
    annotations: rec.Annotations,
    plan: EntityPlan,
) -> None:
    meta = source.metadata
    published = meta.published or annotations.published
    sources = dict(meta.sources)
    if meta.published is None and annotations.published is not None:
        sources["published"] = "inferred"
    evidence = annotations.published_evidence if meta.published is None else None
    session.add(
        schema.Document(
            id=document_id,
            text=source.text,
            origin=source.origin,
            title=meta.title,
            outlet=meta.outlet,
            url=meta.url,
            author=meta.author,
            language=meta.language,
            **rows.interval_columns("published", published),
            published_evidence_start=evidence.start if evidence else None,
            published_evidence_end=evidence.end if evidence else None,
            metadata_sources=sources,
            ingested_at=datetime.now(UTC).replace(tzinfo=None),
        )
    )
    if meta.outlet and session.get(schema.Outlet, outlet_id(meta.outlet)) is None:
        session.add(schema.Outlet(id=outlet_id(meta.outlet), name=meta.outlet, is_relay=False))
    session.flush()

    aliases: dict[EntityRef, set[str]] = {}
    for mention, ref in zip(annotations.entities, plan.mentions, strict=True):
        aliases.setdefault(ref, set()).add(mention.text)
    every_ref = [*plan.mentions, *plan.roles, *plan.speakers, *plan.subjects]
    ids = _resolve_all(session, list(dict.fromkeys(r for r in every_ref if r)), aliases)

    def resolve(ref: EntityRef | None) -> str | None:
        return None if ref is None else ids[ref]

    mention_rows = [
        {
            "id": row_id(document_id, "entity_mention", i),
            "document_id": document_id,
            "entity_id": resolve(ref),
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "label": m.label,
        }
        for i, (m, ref) in enumerate(zip(annotations.entities, plan.mentions, strict=True))
    ]
    role_rows = [
        {
            "id": row_id(document_id, "role", i),
            "document_id": document_id,
            "entity_id": resolve(ref),
            "name": r.name,
            "role": r.role,
            "start": r.start,
            "end": r.end,
            "name_start": r.name_start,
            "name_end": r.name_end,
        }
        for i, (r, ref) in enumerate(_padded(annotations.roles, plan.roles))
    ]
    time_rows = [
        rows.time_row(row_id(document_id, "time", i), document_id, t)
        for i, t in enumerate(annotations.times)
    ]
    attribution_ids = [
        row_id(document_id, "attribution", i) for i in range(len(annotations.attributions))
    ]
    attribution_rows = [
        rows.attribution_row(
            attribution_ids[i], document_id, a, resolve(ref), _relay_outlet(session, a.relay)
        )
        for i, (a, ref) in enumerate(_padded(annotations.attributions, plan.speakers))
    ]
    claim_rows = [
        rows.claim_row(
            row_id(document_id, "claim", i),
            document_id,
            c,
            attribution_ids[c.attribution] if c.attribution is not None else None,
            resolve(ref),
        )
        for i, (c, ref) in enumerate(_padded(annotations.claims, plan.subjects))
    ]
    session.flush()
    for model, batch in (
        (schema.EntityMention, mention_rows),
        (schema.Role, role_rows),
        (schema.TimeExpression, time_rows),
        (schema.Attribution, attribution_rows),
        (schema.Claim, claim_rows),
    ):
        if batch:
            session.execute(insert(model), batch)


def _padded(
    items: Sequence[Any], refs: Sequence[EntityRef | None]
) -> list[tuple[Any, EntityRef | None]]:
    """Pair items with their entity refs; a plan may not cover every item."""
    return [(item, refs[i] if i < len(refs) else None) for i, item in enumerate(items)]
