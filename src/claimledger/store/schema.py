"""The ledger's tables, as SQLAlchemy 2 models.

Every row extracted from a text has ``document_id`` and character offsets
(``start``, ``end``) into ``documents.text``. Calendar intervals are kept as
four columns: ``*_start`` and ``*_end`` (inclusive days, either may be NULL
for an open side), ``*_granularity`` and ``*_inferred``.

Changing a model means adding an Alembic migration in ``migrations/versions``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base for every ledger table."""


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    published_start: Mapped[date | None] = mapped_column(Date)
    published_end: Mapped[date | None] = mapped_column(Date)
    published_granularity: Mapped[str | None] = mapped_column(String(16))
    published_inferred: Mapped[bool] = mapped_column(Boolean, default=False)
    published_evidence_start: Mapped[int | None] = mapped_column(Integer)
    published_evidence_end: Mapped[int | None] = mapped_column(Integer)
    metadata_sources: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    syndication_group: Mapped[str | None] = mapped_column(String(64), index=True)
    story: Mapped[str | None] = mapped_column(String(64), index=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        # Covering: joins that need only the publication date never read the text.
        Index(
            "ix_documents_published_by_id",
            "id",
            "published_start",
            "published_end",
            "published_granularity",
            "published_inferred",
        ),
    )


class Outlet(Base):
    """A publisher, or an agency a text names as the carrier of a statement."""

    __tablename__ = "outlets"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    is_relay: Mapped[bool] = mapped_column(Boolean, default=False)


class Entity(Base):
    __tablename__ = "entities"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    label: Mapped[str] = mapped_column(String(32))


class EntityAlias(Base):
    __tablename__ = "entity_aliases"

    entity_id: Mapped[str] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    )
    alias: Mapped[str] = mapped_column(String(300), primary_key=True)
    key: Mapped[str] = mapped_column(String(300), index=True)


class EntityMention(Base):
    __tablename__ = "entity_mentions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    entity_id: Mapped[str] = mapped_column(ForeignKey("entities.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(32))

    __table_args__ = (
        Index("ix_entity_mentions_document", "document_id", "start"),
        Index("ix_entity_mentions_entity_span", "entity_id", "document_id", "start", "end"),
    )


class Role(Base):
    __tablename__ = "roles"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    entity_id: Mapped[str | None] = mapped_column(ForeignKey("entities.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    name_start: Mapped[int] = mapped_column(Integer)
    name_end: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_roles_document", "document_id", "start"),)


class TimeExpression(Base):
    __tablename__ = "time_expressions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(64))
    mod: Mapped[str | None] = mapped_column(String(16))
    anchor: Mapped[str | None] = mapped_column(String(32))
    interval_start: Mapped[date | None] = mapped_column(Date)
    interval_end: Mapped[date | None] = mapped_column(Date)
    interval_granularity: Mapped[str | None] = mapped_column(String(16))
    interval_inferred: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_time_expressions_document", "document_id", "start"),)


class Attribution(Base):
    __tablename__ = "attributions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    certainty: Mapped[str] = mapped_column(String(16))
    content_text: Mapped[str] = mapped_column(Text)
    content_start: Mapped[int] = mapped_column(Integer)
    content_end: Mapped[int] = mapped_column(Integer)
    speaker_name: Mapped[str | None] = mapped_column(String(300), index=True)
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    speaker_mention: Mapped[str | None] = mapped_column(Text)
    speaker_role: Mapped[str | None] = mapped_column(Text)
    speaker_vague: Mapped[bool] = mapped_column(Boolean, default=False)
    speaker_entity_id: Mapped[str | None] = mapped_column(ForeignKey("entities.id"), index=True)
    cue_text: Mapped[str | None] = mapped_column(Text)
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    relay_name: Mapped[str | None] = mapped_column(String(200))
    relay_start: Mapped[int | None] = mapped_column(Integer)
    relay_end: Mapped[int | None] = mapped_column(Integer)
    relay_outlet_id: Mapped[str | None] = mapped_column(ForeignKey("outlets.id"))
    said_start: Mapped[date | None] = mapped_column(Date)
    said_end: Mapped[date | None] = mapped_column(Date)
    said_granularity: Mapped[str | None] = mapped_column(String(16))
    said_inferred: Mapped[bool] = mapped_column(Boolean, default=False)
    said_evidence_start: Mapped[int | None] = mapped_column(Integer)
    said_evidence_end: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_attributions_document", "document_id", "start"),
        Index("ix_attributions_said", "said_end"),
        # Covering indexes for listings (migration 0002): filter, order columns, id.
        Index(
            "ix_attributions_speaker_said",
            "speaker_entity_id",
            "said_start",
            "said_end",
            "document_id",
            "start",
            "id",
        ),
        Index(
            "ix_attributions_speaker_name_said",
            "speaker_name",
            "said_start",
            "said_end",
            "document_id",
            "start",
            "id",
        ),
        Index("ix_attributions_said_order", "said_start", "said_end", "document_id", "start", "id"),
        Index(
            "ix_attributions_said_by_id",
            "id",
            "said_granularity",
            "said_start",
            "said_end",
            "said_inferred",
        ),
    )


class ClaimGroup(Base):
    """Claims in different documents that say the same thing."""

    __tablename__ = "claim_groups"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(Text)


class Claim(Base):
    __tablename__ = "claims"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    attribution_id: Mapped[str | None] = mapped_column(
        ForeignKey("attributions.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(String(300))
    subject_entity_id: Mapped[str | None] = mapped_column(ForeignKey("entities.id"), index=True)
    predicate: Mapped[str] = mapped_column(String(100), index=True)
    arguments: Mapped[list[str]] = mapped_column(JSON, default=list)
    modality: Mapped[str] = mapped_column(String(16))
    polarity: Mapped[str] = mapped_column(String(16))
    about_start: Mapped[date | None] = mapped_column(Date)
    about_end: Mapped[date | None] = mapped_column(Date)
    about_granularity: Mapped[str | None] = mapped_column(String(16))
    about_inferred: Mapped[bool] = mapped_column(Boolean, default=False)
    about_evidence_start: Mapped[int | None] = mapped_column(Integer)
    about_evidence_end: Mapped[int | None] = mapped_column(Integer)
    group_id: Mapped[str | None] = mapped_column(
        ForeignKey("claim_groups.id", ondelete="SET NULL"), index=True
    )

    __table_args__ = (
        Index("ix_claims_document", "document_id", "start"),
        Index("ix_claims_about", "about_end"),
        # Covering indexes for listings and the timeline (migration 0002).
        Index(
            "ix_claims_subject_about",
            "subject_entity_id",
            "about_start",
            "about_end",
            "document_id",
            "start",
            "id",
        ),
        Index(
            "ix_claims_attribution_about",
            "attribution_id",
            "about_start",
            "about_end",
            "document_id",
            "start",
            "id",
        ),
        Index("ix_claims_about_order", "about_start", "about_end", "document_id", "start", "id"),
        Index("ix_claims_document_span", "document_id", "start", "end", "id"),
    )


class EntityClaim(Base):
    """Which claims each entity has a part in, with both clocks' sort keys: the timeline index.

    An entity has a part in a claim it says, is the subject of, or is named
    inside. Rebuilt from the other tables by every link
    (:mod:`claimledger.store.entity_claims`), so the timeline of one entity is
    an index range read in order, however many claims it has.
    """

    __tablename__ = "entity_claims"

    entity_id: Mapped[str] = mapped_column(ForeignKey("entities.id"), primary_key=True)
    claim_id: Mapped[str] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    said_undated: Mapped[bool] = mapped_column(Boolean)
    said_key: Mapped[date | None] = mapped_column(Date)
    said_end: Mapped[date | None] = mapped_column(Date)
    about_undated: Mapped[bool] = mapped_column(Boolean)
    about_key: Mapped[date | None] = mapped_column(Date)
    about_end: Mapped[date | None] = mapped_column(Date)
    document_id: Mapped[str] = mapped_column(String(64))
    start: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        Index(
            "ix_entity_claims_said",
            "entity_id",
            "said_undated",
            "said_key",
            "said_end",
            "document_id",
            "start",
            "claim_id",
        ),
        Index(
            "ix_entity_claims_about",
            "entity_id",
            "about_undated",
            "about_key",
            "about_end",
            "document_id",
            "start",
            "claim_id",
        ),
        Index("ix_entity_claims_claim", "claim_id"),
    )


class Link(Base):
    """A relation between two claims: same, conflict, fulfilled, late, missed, contradicted."""

    __tablename__ = "links"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    from_claim_id: Mapped[str] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), index=True
    )
    to_claim_id: Mapped[str | None] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), index=True
    )
    on: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
