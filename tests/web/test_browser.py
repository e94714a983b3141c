"""The pages in real (headless) Chromium: click through to evidence, and run nothing untrusted."""

from __future__ import annotations

import importlib.util
from urllib.parse import quote

import pytest

from api.sample import XSS_ARTICLE

pytestmark = pytest.mark.browser

HAS_STORY = importlib.util.find_spec("claimledger.store.story") is not None


def focused_text(page) -> str:
    return "".join(page.locator("#article .seg.focus").all_inner_texts())


def test_story_page_lists_articles_and_speakers(page, live_server, artifacts):
    page.goto(live_server + "/")
    assert page.locator("ol.docs li").count() == 2
    assert page.locator("ol.speakers li").first.inner_text().startswith("Alexander Volfovich")
    page.screenshot(path=artifacts / "story.png", full_page=True)


def test_click_document_then_ledger_row_scrolls_to_its_evidence(page, live_server, artifacts):
    page.goto(live_server + "/")
    page.get_by_role("link", name="Belarus readies Oreshnik sites").click()
    page.wait_for_url("**/documents/*")
    row = page.locator("li.row", has_text="The system will be deployed").first
    row.click()
    page.wait_for_function("document.querySelectorAll('#article .seg.focus').length > 0")
    assert "The system will be deployed by the end of the year." in focused_text(page)
    assert "Volfovich" in focused_text(page)  # the speaker is part of the evidence
    first = page.locator("#article .seg.focus").first
    assert first.is_visible()
    assert "focus" in (row.get_attribute("class") or "")
    assert page.url.endswith("#ev-" + row.get_attribute("data-target"))
    page.screenshot(path=artifacts / "document-evidence.png", full_page=True)


def test_clicking_highlighted_text_finds_its_ledger_row(page, live_server, web_ledger):
    page.goto(f"{live_server}/documents/{web_ledger[1].article}")
    page.locator("#article .seg", has_text="December").first.click()
    focused = page.locator("li.row.focus")
    assert focused.count() == 1
    assert "December" in focused.inner_text()


def test_entity_statement_links_to_highlighted_evidence(page, live_server, web_ledger, artifacts):
    ids = web_ledger[1]
    page.goto(f"{live_server}/entities/{ids.volfovich}")
    assert "State Secretary of the Security Council" in page.locator("ul.roles").inner_text()
    page.screenshot(path=artifacts / "entity.png", full_page=True)
    page.locator("ol.statements a").first.click()
    page.wait_for_url("**/documents/**#ev-*")
    page.wait_for_function("document.querySelectorAll('#article .seg.focus').length > 0")
    assert "Belarus has prepared the sites" in focused_text(page)


@pytest.mark.skipif(
    not HAS_STORY, reason="claimledger.store.story (timeline queries) not built yet"
)
def test_timeline_switches_clock_and_links_to_the_document(page, live_server, artifacts):
    page.goto(live_server + "/timeline")
    assert page.locator(".tl-row.entry").count() >= 1
    page.screenshot(path=artifacts / "timeline-said.png", full_page=True)
    page.locator("label", has_text="when it happens").click()
    page.wait_for_url("**by=about**")
    assert page.locator(".tl-row.entry").count() >= 1
    assert page.locator(".badge.inferred").count() >= 1
    page.screenshot(path=artifacts / "timeline-about.png", full_page=True)
    page.locator(".tl-row.entry a.evidence").first.click()
    page.wait_for_url("**/documents/**#ev-*")
    page.wait_for_function("document.querySelectorAll('#article .seg.focus').length > 0")
    page.screenshot(path=artifacts / "timeline-to-document.png", full_page=True)


def test_script_payloads_in_an_article_execute_nothing(page, live_server, web_ledger, artifacts):
    ids = web_ledger[1]
    speaker = page.context.request.get(f"{live_server}/api/attributions?document={ids.xss}").json()[
        "rows"
    ][0]["speaker"]["entity_id"]
    for path in ["/", f"/documents/{ids.xss}", f"/entities/{speaker}", "/timeline"]:
        page.goto(live_server + path)
        page.mouse.move(300, 300)
        for element in page.locator(".speaker, #article .seg, h1").all()[:20]:
            element.hover()
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        # app.js is the only script; no element came from the article's markup
        assert page.evaluate("[...document.scripts].map(s => s.src)") == [
            f"{live_server}/static/app.js"
        ]
        assert page.locator("main img, main svg[onload], main b[onmouseover]").count() == 0
    page.goto(f"{live_server}/documents/{ids.xss}")
    assert page.locator("#article").inner_text().strip() == XSS_ARTICLE.strip()
    assert "<script>" in page.locator("h1").inner_text()
    assert not [line for line in page.console_log if "PWNED" in line]
    page.screenshot(path=artifacts / "xss-document.png", full_page=True)


def test_csp_blocks_an_inline_script_even_if_one_slipped_through(page, live_server):
    # Belt and braces: the header alone stops inline script, whatever the templates do.
    page.goto(live_server + "/")
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.__pwned = 1'; document.body.appendChild(s); }"
    )
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_json_twin_is_linked_from_every_page(page, live_server, web_ledger):
    ids = web_ledger[1]
    page.goto(f"{live_server}/documents/{quote(ids.article)}")
    href = page.locator("a.json-twin").get_attribute("href")
    body = page.context.request.get(live_server + href).json()
    assert body["ok"] is True and body["row"]["id"] == ids.article
