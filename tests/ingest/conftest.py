"""Fixtures for the ingest tests: real sentences from the seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

# Used when the shared seeds are not beside the repository (a fresh clone).
FALLBACK = [
    "Belarus has taken significant steps to prepare for the deployment of the Russian "
    "Oreshnik missile system, as confirmed by State Secretary of the Security Council, "
    "Alexander Volfovich, on March 18, 2025.",
    "Volfovich has stated that the sites for the Oreshnik missile system in Belarus have "
    "already been prepared, and production of the necessary vehicles to support the missile "
    "system is nearing completion.",
    "Belarus’ Ministry of Defense has taken a significant step in its military preparedness, "
    "as confirmed by its spokesperson, Victor Khrenin.",
]


def _seed_paragraphs() -> list[str]:
    paragraphs: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [line.strip() for line in text.splitlines() if len(line.strip()) > 80]
    return paragraphs or FALLBACK


@pytest.fixture(scope="session")
def seed_paragraphs() -> list[str]:
    """Paragraphs of real news prose, at least three."""
    return _seed_paragraphs()


@pytest.fixture
def article_html(seed_paragraphs: list[str]) -> str:
    """A small news page with metadata in the head, boilerplate around the article."""
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in seed_paragraphs[:3])
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Belarus prepares Oreshnik sites | Minsk Herald</title>
<meta property="og:site_name" content="Minsk Herald">
<meta property="og:title" content="Belarus prepares Oreshnik sites">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-03-19T08:30:00Z">
<link rel="canonical" href="https://herald.example/world/oreshnik">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Belarus prepares Oreshnik sites</h1>
{body}
</article>
<footer>Copyright 2025 Minsk Herald. All rights reserved.</footer>
</body></html>"""
