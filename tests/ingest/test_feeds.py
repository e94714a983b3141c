"""RSS and Atom feeds: each entry with text is a document with feed metadata."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from claimledger.errors import IngestError
from claimledger.ingest import read_sources
from claimledger.ingest.feeds import strip_tags
from claimledger.records import SourceDocument


def _rss(items: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Minsk Herald</title><link>https://herald.example/</link>
<language>en</language>
{items}
</channel></rss>"""


def test_rss_entries_become_documents_with_feed_metadata(
    tmp_path: Path, seed_paragraphs: list[str]
) -> None:
    first, second = seed_paragraphs[:2]
    full = escape(f"<p>{first}</p><p>{second}</p>")
    items = f"""
<item><title>Sites ready</title><link>https://herald.example/a</link>
<pubDate>Tue, 18 Mar 2025 22:30:00 -0500</pubDate>
<description>Short teaser.</description>
<content:encoded>{full}</content:encoded></item>
<item><title>Title only</title><link>https://herald.example/b</link></item>
<item><title>Teaser</title><link>https://herald.example/c</link>
<description>{escape(second)}</description></item>"""
    path = tmp_path / "world.rss"
    path.write_text(_rss(items), encoding="utf-8")
    docs = list(read_sources([str(path)]))
    assert [doc.origin for doc in docs if isinstance(doc, SourceDocument)] == [
        f"{path}:1",
        f"{path}:3",
    ]
    article, teaser = docs
    assert isinstance(article, SourceDocument) and isinstance(teaser, SourceDocument)
    # Full content is preferred over the description, paragraphs on their own lines.
    assert article.text.split("\n") == [first, second]
    assert article.metadata.title == "Sites ready"
    assert article.metadata.outlet == "Minsk Herald"
    assert article.metadata.url == "https://herald.example/a"
    # The day as the publisher wrote it, not shifted to UTC.
    assert article.metadata.published is not None
    assert article.metadata.published.start == date(2025, 3, 18)
    assert article.metadata.sources["published"] == "feed"
    assert article.metadata.sources["outlet"] == "feed"
    assert teaser.text == second


def test_atom_entries_and_flags(tmp_path: Path, seed_paragraphs: list[str]) -> None:
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Defence Wire</title>
<entry><title>Khrenin on Oreshnik</title><link href="https://wire.example/k"/>
<updated>2024-12-10T09:00:00Z</updated><author><name>A. Reporter</name></author>
<content type="html">{escape("<p>" + seed_paragraphs[2] + "</p>")}</content></entry>
</feed>"""
    path = tmp_path / "wire.atom"
    path.write_text(atom, encoding="utf-8")
    (doc,) = read_sources([str(path)], outlet="Defence Wire Global")
    assert isinstance(doc, SourceDocument)
    assert doc.text == seed_paragraphs[2]
    assert doc.metadata.author == "A. Reporter"
    assert doc.metadata.published is not None
    assert doc.metadata.published.start == date(2024, 12, 10)
    assert doc.metadata.outlet == "Defence Wire Global"
    assert doc.metadata.sources["outlet"] == "flag"
    assert doc.metadata.sources["author"] == "feed"


def test_xml_that_is_not_a_feed_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>')
    (error,) = read_sources([str(path)])
    assert isinstance(error, IngestError)
    assert "not an RSS or Atom feed" in error.reason


def test_feed_without_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "titles.rss"
    path.write_text(_rss("<item><title>Only a title</title></item>"), encoding="utf-8")
    (error,) = read_sources([str(path)])
    assert isinstance(error, IngestError)
    assert "no entry with content or summary" in error.reason


def test_strip_tags_keeps_one_paragraph_per_line() -> None:
    markup = "<p>Volfovich   said the sites <b>are ready</b>.</p><p>Khrenin agreed.<br>Later.</p>"
    assert strip_tags(markup) == "Volfovich said the sites are ready.\nKhrenin agreed.\nLater."
