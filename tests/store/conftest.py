"""The sample story ledger, on SQLite and PostgreSQL, for the story and timeline-index tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from claimledger.store import Store
from story_sample import StoryIds, build_story_ledger


@pytest.fixture
def ledger(db_url: str) -> tuple[str, StoryIds]:
    return db_url, build_story_ledger(db_url)


@pytest.fixture
def session(ledger: tuple[str, StoryIds]) -> Iterator[Session]:
    store = Store.open(ledger[0], create=False)
    with store.sessions() as session:
        yield session
    store.close()


@pytest.fixture
def ids(ledger: tuple[str, StoryIds]) -> StoryIds:
    return ledger[1]
