"""The pages in real (headless) Chromium: click through to evidence, and run nothing untrusted."""

from __future__ import annotations

import importlib.util
from urllib.parse import quote

import pytest

from api.sample import XSS_ARTICLE, XSS_AUTHOR, XSS_SPEAKER, XSS_TITLE, XSS_URL

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


# Each payload of the sample's hostile article, and the value it sets window.__pwned to if it runs.
PAYLOADS = {
    "img": XSS_ARTICLE[XSS_ARTICLE.index("<img") : XSS_ARTICLE.index(">,") + 1],
    "script": XSS_ARTICLE[XSS_ARTICLE.index("<script>") : XSS_ARTICLE.index("</script>") + 9],
    "svg": XSS_ARTICLE[XSS_ARTICLE.index("<svg") :].removesuffix(" The end."),
    "title": XSS_TITLE[XSS_TITLE.index("<script>") :],
    "author": XSS_AUTHOR,
}


def hostile_pages(live_server, ids, speaker: str) -> list[str]:
    """Every page that shows the hostile article's text, title, speaker or metadata."""
    reflected = quote(XSS_AUTHOR, safe="")
    return [
        "/",
        f"/documents/{ids.xss}",
        f"/documents/{ids.xss}.json",
        f"/entities/{speaker}",
        f"/timeline?speaker={speaker}",
        f"/timeline?entity={speaker}&by=about",
        "/conflicts",
        "/forecasts",
        f"/documents/{reflected}",  # an error page that repeats the path it was given
        f"/entities/{reflected}.json",
    ]


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_each_payload_runs_when_served_as_markup_so_the_check_can_fail(browser, name):
    # The control: without escaping and without CSP, each payload sets window.__pwned.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.set_content(f"<!doctype html><body><p>{PAYLOADS[name]}</p></body>")
    page.wait_for_function(f"window.__pwned === {name!r}", timeout=5000)
    context.close()


def test_the_hover_payload_runs_when_served_as_markup(browser):
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.set_content(f"<!doctype html><body><p>{XSS_SPEAKER}</p></body>")
    page.locator("b").hover()
    page.wait_for_function("window.__pwned === 'speaker'", timeout=5000)
    context.close()


def _assert_nothing_ran(page, path: str) -> None:
    page.wait_for_load_state("networkidle")  # a broken <img> has fired onerror by now
    page.mouse.move(300, 300)
    for element in page.locator(".speaker, #article .seg, h1, a").all()[:40]:
        element.hover()
    assert page.evaluate("typeof window.__pwned") == "undefined", path
    assert not [line for line in page.console_log if "PWNED" in line], path
    # No element, attribute or link came from the article's markup.
    assert page.locator("img, svg[onload], b[onmouseover], [onerror]").count() == 0, path
    assert page.locator("a[href^='javascript:' i]").count() == 0, path


@pytest.mark.parametrize("csp", ["with CSP", "escaping alone"])
def test_script_payloads_in_an_article_execute_nothing(browser, live_server, web_ledger, csp):
    # "escaping alone" turns the Content-Security-Policy off in the browser, so the pages
    # must be safe by escaping, not only because the header blocks inline script.
    ids = web_ledger[1]
    context = browser.new_context(
        viewport={"width": 1400, "height": 900}, bypass_csp=csp == "escaping alone"
    )
    page = context.new_page()
    page.console_log = []
    page.on("console", lambda message: page.console_log.append(message.text))
    rows = page.request.get(f"{live_server}/api/attributions?document={ids.xss}").json()["rows"]
    speaker = rows[0]["speaker"]["entity_id"]
    for path in hostile_pages(live_server, ids, speaker):
        page.goto(live_server + path)
        _assert_nothing_ran(page, path)
        if not path.endswith(".json"):
            # app.js is the only script on a page
            assert page.evaluate("[...document.scripts].map(s => s.src)") == [
                f"{live_server}/static/app.js"
            ], path
    context.close()


def test_hostile_article_reads_as_text(page, live_server, web_ledger, artifacts):
    ids = web_ledger[1]
    page.goto(f"{live_server}/documents/{ids.xss}")
    assert page.locator("#article").inner_text().strip() == XSS_ARTICLE.strip()
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert page.title().startswith(XSS_TITLE)  # the <title> shows the payload as text
    assert XSS_URL in page.locator(".doc-head").inner_text()  # shown, not linked
    page.screenshot(path=artifacts / "xss-document.png", full_page=True)
    page.goto(live_server + "/")
    page.screenshot(path=artifacts / "xss-story.png", full_page=True)


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
