"""Publication dates at the precision written, and metadata merged by source."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimledger.ingest import PublishedParseError, parse_published
from claimledger.ingest.metadata import build_metadata


@pytest.mark.parametrize(
    ("value", "start", "end", "granularity"),
    [
        ("2025-03-18", date(2025, 3, 18), date(2025, 3, 18), "day"),
        ("2025-03-18T10:00:00Z", date(2025, 3, 18), date(2025, 3, 18), "day"),
        ("2025-03-18 23:30:00+03:00", date(2025, 3, 18), date(2025, 3, 18), "day"),
        ("2025-03", date(2025, 3, 1), date(2025, 3, 31), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2025", date(2025, 1, 1), date(2025, 12, 31), "year"),
        ("March 18, 2025", date(2025, 3, 18), date(2025, 3, 18), "day"),
        ("18 March 2025", date(2025, 3, 18), date(2025, 3, 18), "day"),
        ("Tue, 18 Mar 2025 10:00:00 GMT", date(2025, 3, 18), date(2025, 3, 18), "day"),
        ("Sept. 3, 2024", date(2024, 9, 3), date(2024, 9, 3), "day"),
        ("December 2024", date(2024, 12, 1), date(2024, 12, 31), "month"),
    ],
)
def test_dates_parse_at_the_precision_written(
    value: str, start: date, end: date, granularity: str
) -> None:
    interval = parse_published(value, "flag")
    assert (interval.start, interval.end, interval.granularity) == (start, end, granularity)
    assert not interval.is_inferred


def test_inferred_source_marks_the_interval_inferred() -> None:
    assert parse_published("2025-03", "inferred").is_inferred


@pytest.mark.parametrize(
    "value", ["", "soon", "2025-02-29", "2025-13", "0000", "Smarch 3, 2025", "2025-03-18T25:00"]
)
def test_garbage_raises_a_clean_error_quoting_the_value(value: str) -> None:
    with pytest.raises(PublishedParseError) as caught:
        parse_published(value, "flag")
    assert isinstance(caught.value, ValueError)
    if value:
        assert repr(value) in str(caught.value)


@given(st.text())
def test_any_string_gives_an_interval_or_the_clean_error(value: str) -> None:
    try:
        interval = parse_published(value, "html")
    except PublishedParseError:
        return
    assert interval.start is not None and interval.end is not None
    assert interval.start <= interval.end


DATE_SHAPED = (
    r"\A(\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2})?Z?)?)?)?"
    r"|[A-Za-z]{3,9}\.? \d{1,2}, \d{4})\Z"
)


@given(st.from_regex(DATE_SHAPED))
def test_date_shaped_strings_never_escape_as_other_errors(value: str) -> None:
    try:
        interval = parse_published(value, "sidecar")
    except PublishedParseError:
        return
    assert interval.granularity in {"day", "month", "year"}


def test_later_layers_win_and_record_their_source() -> None:
    meta = build_metadata(
        [
            ("html", {"title": "Page title", "outlet": "Herald", "published": "2025-03-19"}),
            ("sidecar", {"title": "  ", "published": "2025-03-18"}),
            ("flag", {"outlet": "Reuters", "title": None}),
        ]
    )
    assert meta.title == "Page title"
    assert meta.outlet == "Reuters"
    assert meta.published is not None and meta.published.start == date(2025, 3, 18)
    assert meta.sources == {"title": "html", "outlet": "flag", "published": "sidecar"}


def test_bad_date_in_a_layer_names_the_layer() -> None:
    with pytest.raises(PublishedParseError, match=r"from sidecar"):
        build_metadata([("sidecar", {"published": "tomorrow"})])
