"""The timeline and the boards in headless Chromium, over a ledger linked as the link stage does."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import select

from claimledger.api import create_app
from claimledger.store import Store, schema
from claimledger.store.linking import LinkPlan, NewLink, replace_links
from story_sample import StoryIds, build_story_ledger, story_plan

XSS_VALUE = "<img src=x onerror=\"window.__pwned='detail'\">"


def _link_with_a_hostile_conflict(db: str, ids: StoryIds) -> None:
    """The sample's script-laden claim in a conflict whose values carry markup too."""
    store = Store.open(db, create=False)
    try:
        with store.session() as session:
            xss = session.scalars(
                select(schema.Claim.id).where(schema.Claim.document_id == ids.sample.xss)
            ).one()
            plan = story_plan(ids)
            hostile = NewLink(
                "conflict", xss, ids.arrived, on="time", detail={"values": [XSS_VALUE, "17 Dec"]}
            )
            replace_links(session, LinkPlan(groups=plan.groups, links=(*plan.links, hostile)))
    finally:
        store.close()


pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, StoryIds]]:
    """Serve the linked story ledger on loopback; yield its base URL and ids."""
    db = str(tmp_path_factory.mktemp("story-web") / "story.db")
    ids = build_story_ledger(db, link=False)
    _link_with_a_hostile_conflict(db, ids)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(
        uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("uvicorn did not start within 10 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ids
    server.should_exit = True
    thread.join(timeout=5)


def focused_text(page) -> str:
    return "".join(page.locator("#article .seg.focus").all_inner_texts())


def no_policy_violations(page) -> None:
    # Chromium logs what the Content-Security-Policy refused (inline style or script).
    assert not [m for m in page.console_log if "Content Security Policy" in m]


def test_timeline_entry_leads_to_its_highlighted_evidence(page, story, artifacts: Path):
    base, ids = story
    page.goto(base + "/timeline?entity=Oreshnik")
    rows = page.locator(".tl-row.entry")
    assert rows.count() == 4
    stamps = page.locator(".tl-row.entry .stamp").all_inner_texts()
    assert [s.split()[0:3] for s in stamps[:2]] == [["18", "Dec", "2025"]] * 2
    assert "by 18 Dec 2025" in stamps[2]  # RIA Novosti gave no date: by publication
    assert page.locator(".tl-row.entry rect.bar.open-start").count() == 1
    assert page.locator(".tl-row.entry .stamp .badge.inferred").count() == 3
    assert page.locator(".tl-row.entry .tag.sources").first.inner_text() == "2 sources"
    page.screenshot(path=artifacts / "story-timeline-said.png", full_page=True)

    page.locator("label", has_text="when it happens").click()
    page.wait_for_url("**by=about**")
    assert "entity=Oreshnik" in page.url  # the filter survives the switch
    assert page.locator(".tl-row.entry .stamp").first.inner_text().startswith("17 Dec 2025")
    assert page.locator(".tl-row.entry .stamp .when.none").count() == 2  # undated, last
    page.screenshot(path=artifacts / "story-timeline-about.png", full_page=True)

    page.locator(".tl-row.entry a.evidence", has_text="had arrived").first.click()
    page.wait_for_url(f"**/documents/{ids.arrival}#ev-{ids.arrived}")
    page.wait_for_function("document.querySelectorAll('#article .seg.focus').length > 0")
    assert "the Oreshnik had arrived in Belarus on December 17" in focused_text(page)
    assert page.locator("#article .seg.focus").first.is_visible()
    assert page.locator(f'li.row.focus[data-target="{ids.arrived}"]').count() == 1
    page.screenshot(path=artifacts / "story-timeline-to-document.png", full_page=True)
    no_policy_violations(page)


def test_said_clock_links_to_the_whole_statement(page, story):
    base, ids = story
    page.goto(base + "/timeline?speaker=military%20experts")
    assert page.locator(".tl-row.entry").count() == 1
    page.locator(".tl-row.entry a.evidence").click()
    page.wait_for_url(f"**/documents/{ids.sample.article}#ev-*")
    page.wait_for_function("document.querySelectorAll('#article .seg.focus').length > 0")
    # The statement, not just the claim: who said it is highlighted too.
    assert "military experts" in focused_text(page)
    assert "the deployment could slip into 2026" in focused_text(page)


def test_conflicts_board_shows_both_sides_and_links_each(page, story, artifacts: Path):
    base, ids = story
    page.goto(base + "/conflicts")
    item = page.locator(".board-item", has_text="medium-range")
    assert item.count() == 1
    assert "Oreshnik be: medium-range vs long-range" in item.locator("h3").inner_text()
    sides = item.locator(".side")
    assert "medium-range missile system" in sides.nth(0).inner_text()
    assert "RIA Novosti" in sides.nth(1).inner_text()
    page.screenshot(path=artifacts / "story-conflicts.png", full_page=True)
    sides.nth(1).locator("a.evidence").click()
    page.wait_for_url(f"**/documents/{ids.arrival}#ev-{ids.long}")
    page.wait_for_function("document.querySelectorAll('#article .seg.focus').length > 0")
    assert "the Oreshnik is a long-range system" in focused_text(page)
    no_policy_violations(page)


def test_forecasts_board_pairs_forecast_and_outcome(page, story, artifacts: Path):
    base, _ = story
    page.goto(base + "/forecasts")
    items = page.locator(".board-item")
    assert items.count() == 2
    fulfilled = items.nth(0)
    assert fulfilled.locator(".status").first.inner_text().lower() == "fulfilled"
    assert "by 31 Dec 2025" in fulfilled.locator("h3").inner_text()
    assert "by the end of the year" in fulfilled.locator(".side").nth(0).inner_text()
    assert "had arrived in Belarus" in fulfilled.locator(".side").nth(1).inner_text()
    assert "Nothing in the ledger settles it yet" in items.nth(1).inner_text()
    page.screenshot(path=artifacts / "story-forecasts.png", full_page=True)
    page.locator(".board-filter a", has_text="open").click()
    page.wait_for_url("**status=open")
    assert page.locator(".board-item").count() == 1
    no_policy_violations(page)


def test_boards_run_nothing_from_hostile_claims(page, story, artifacts: Path):
    base, _ = story
    for path in ["/conflicts", "/forecasts", "/", "/timeline"]:
        page.goto(base + path)
        for element in page.locator(".board-item h3, .side, .speaker, .tl-row .text").all()[:30]:
            element.hover()
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.locator("main img, main script, main b[onmouseover]").count() == 0, path
    page.goto(base + "/conflicts")
    hostile = page.locator(".board-item", has_text="Mallory")
    assert XSS_VALUE in hostile.locator("h3").inner_text()  # shown as text, not markup
    page.screenshot(path=artifacts / "story-conflicts-hostile.png", full_page=True)
    no_policy_violations(page)
