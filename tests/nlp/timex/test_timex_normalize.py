"""The normalizer on its own: one expression + its context -> TIMEX3 value and calendar interval.

No model and no spaCy: ``normalize(text, anchor, tense=...)`` is pure. The
anchor is the seed article's publication day (Tuesday 18 March 2025) unless
a test says otherwise.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from claimledger.nlp.timex.normalize import normalize
from claimledger.nlp.timex.reading import TimexError
from claimledger.records import Interval

SEED_DAY = date(2025, 3, 18)  # a Tuesday


def _days(start: str | None, end: str | None) -> tuple[date | None, date | None]:
    return (
        date.fromisoformat(start) if start else None,
        date.fromisoformat(end) if end else None,
    )


def _span(interval: Interval | None) -> tuple[date | None, date | None]:
    assert interval is not None
    return interval.start, interval.end


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("March 18, 2025", "2025-03-18"),
        ("March 14, 2025", "2025-03-14"),
        ("January 26, 2025", "2025-01-26"),
        ("Friday, Oct. 23, 1998", "1998-10-23"),
        ("18 March 2025", "2025-03-18"),
        ("2025-03-18", "2025-03-18"),
    ],
)
def test_a_written_date_is_that_day_and_not_inferred(text: str, value: str) -> None:
    reading = normalize(text, SEED_DAY)
    assert (reading.type, reading.value) == ("DATE", value)
    assert reading.interval == Interval(date.fromisoformat(value), date.fromisoformat(value), "day")
    assert not reading.uses_anchor


def test_late_2024_is_the_last_third_of_the_year_in_whole_months() -> None:
    reading = normalize("late 2024", SEED_DAY)
    assert (reading.value, reading.mod) == ("2024", "END")
    assert reading.interval == Interval(date(2024, 9, 1), date(2024, 12, 31), "year")


@pytest.mark.parametrize(
    ("text", "value", "mod", "start", "end"),
    [
        ("early 2025", "2025", "START", "2025-01-01", "2025-04-30"),
        ("mid-2025", "2025", "MID", "2025-05-01", "2025-08-31"),
        ("late March 2025", "2025-03", "END", "2025-03-22", "2025-03-31"),
        ("the beginning of 2025", "2025", "START", "2025-01-01", "2025-02-28"),
        ("the end of 2025", "2025", "END", "2025-11-01", "2025-12-31"),
        # The few days, weeks or months at a period's edge.
        ("the final weeks of 2018", "2018", "END", "2018-12-01", "2018-12-31"),
        ("the closing months of 2018", "2018", "END", "2018-10-01", "2018-12-31"),
        ("the first days of January 2019", "2019-01", "START", "2019-01-01", "2019-01-03"),
        ("the last few days of March 2019", "2019-03", "END", "2019-03-29", "2019-03-31"),
    ],
)
def test_early_mid_late_beginning_end_narrow_the_period(
    text: str, value: str, mod: str, start: str, end: str
) -> None:
    reading = normalize(text, SEED_DAY)
    assert (reading.value, reading.mod) == (value, mod)
    assert _span(reading.interval) == _days(start, end)


def test_the_second_half_of_2025_is_h2() -> None:
    reading = normalize("the second half of 2025", SEED_DAY)
    assert reading.value == "2025-H2"
    assert reading.interval == Interval(date(2025, 7, 1), date(2025, 12, 31), "half")


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("the third quarter of 2025", "2025-Q3", "2025-07-01", "2025-09-30"),
        ("Q4 2025", "2025-Q4", "2025-10-01", "2025-12-31"),
        ("the 2024 fourth quarter", "2024-Q4", "2024-10-01", "2024-12-31"),
    ],
)
def test_quarters_with_a_year(text: str, value: str, start: str, end: str) -> None:
    reading = normalize(text, SEED_DAY)
    assert reading.value == value
    assert reading.interval is not None and reading.interval.granularity == "quarter"
    assert _span(reading.interval) == _days(start, end)


def test_a_bare_quarter_is_the_latest_begun_and_its_year_is_inferred() -> None:
    # In March 2025 the third quarter meant is last year's; in November, this year's.
    march = normalize("the third quarter", SEED_DAY, tense="past")
    november = normalize("the third quarter", date(2025, 11, 2), tense="future")
    assert (march.value, november.value) == ("2024-Q3", "2025-Q3")
    assert march.interval is not None and march.interval.is_inferred


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("summer 2025", "2025-SU", "2025-06-01", "2025-08-31"),
        ("the winter of 2024", "2024-WI", "2024-12-01", "2025-02-28"),
        ("last spring", "2024-SP", "2024-03-01", "2024-05-31"),
    ],
)
def test_seasons_are_meteorological_and_winter_crosses_the_year(
    text: str, value: str, start: str, end: str
) -> None:
    reading = normalize(text, SEED_DAY)
    assert reading.value == value
    assert reading.interval is not None and reading.interval.granularity == "season"
    assert _span(reading.interval) == _days(start, end)


@pytest.mark.parametrize("text", ["last week", "the week of March 10"])
def test_weeks_are_iso_weeks(text: str) -> None:
    reading = normalize(text, SEED_DAY)
    assert reading.value == "2025-W11"
    assert reading.interval is not None
    assert (reading.interval.start, reading.interval.end) == (date(2025, 3, 10), date(2025, 3, 16))
    assert reading.interval.granularity == "week"


@pytest.mark.parametrize("text", ["the weekend of March 15", "the weekend of Friday, 14 March"])
def test_the_weekend_of_a_day_is_the_saturday_and_sunday_of_its_week(text: str) -> None:
    reading = normalize(text, SEED_DAY)
    assert reading.value == "2025-W11-WE"
    assert reading.interval is not None
    assert (reading.interval.start, reading.interval.end) == (date(2025, 3, 15), date(2025, 3, 16))


@pytest.mark.parametrize(
    ("text", "value", "start"),
    [
        ("the week beginning 10 March", "2025-W11", date(2025, 3, 10)),
        ("the week starting Sunday, March 16", "2025-W12", date(2025, 3, 16)),
        ("the week commencing March 12, 2025", "2025-W11", date(2025, 3, 12)),
    ],
)
def test_a_week_beginning_a_day_is_the_seven_days_from_it(
    text: str, value: str, start: date
) -> None:
    # The value names the ISO week that holds most of the seven days.
    reading = normalize(text, SEED_DAY)
    assert reading.value == value
    assert reading.interval is not None
    assert (reading.interval.start, reading.interval.end) == (start, start + timedelta(days=6))


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("the September quarter of 2024", "2024-Q3", date(2024, 7, 1), date(2024, 9, 30)),
        ("the December half of 2024", "2024-H2", date(2024, 7, 1), date(2024, 12, 31)),
        # A company's own quarter, August to October: mostly the third.
        ("the October quarter of 2024", "2024-Q3", date(2024, 8, 1), date(2024, 10, 31)),
    ],
)
def test_a_quarter_named_by_its_last_month_ends_with_it(
    text: str, value: str, start: date, end: date
) -> None:
    reading = normalize(text, SEED_DAY)
    assert reading.value == value
    assert reading.interval is not None
    assert (reading.interval.start, reading.interval.end) == (start, end)


@pytest.mark.parametrize("text", ["the 1990s", "the nineties", "the '90s"])
def test_decades(text: str) -> None:
    reading = normalize(text, SEED_DAY)
    assert reading.value == "199X"
    assert reading.interval == Interval(date(1990, 1, 1), date(1999, 12, 31), "decade")


def test_the_1800s_is_a_century_but_the_2000s_a_decade() -> None:
    reading = normalize("the 1800s", SEED_DAY)
    assert reading.value == "18"
    assert reading.interval == Interval(date(1800, 1, 1), date(1899, 12, 31), "century")
    early = normalize("the early 1900s", SEED_DAY)
    assert (early.value, early.mod) == ("19", "START")
    assert early.interval is not None and early.interval.end is not None
    assert early.interval.end.year == 1933
    assert normalize("the 2000s", SEED_DAY).value == "200X"


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        # The ten years up to the anchor, or from it ("raise $1 trillion over the next decade").
        ("the past decade", "P10Y", (date(2015, 3, 19), SEED_DAY)),
        ("the next decade", "P10Y", (SEED_DAY, date(2035, 3, 17))),
        # Its end is the calendar decade's: told in 2025, 2039.
        ("the end of the next decade", "203X", (date(2038, 5, 1), date(2039, 12, 31))),
        ("late in the next decade", "203X", (date(2036, 9, 1), date(2039, 12, 31))),
    ],
)
def test_the_past_or_next_decade_is_ten_years_back_or_ahead(
    text: str, value: str, span: tuple[date, date]
) -> None:
    reading = normalize(text, SEED_DAY)
    assert reading.value == value
    assert reading.interval is not None
    assert (reading.interval.start, reading.interval.end) == span


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("three years", "P3Y", None),
        ("at least 72 hours", "PT72H", "EQUAL_OR_MORE"),
        ("five and a half hours", "PT5H30M", None),
        ("a year and a half", "P1Y6M", None),
        ("a minute and a half", "PT1M30S", None),
        # A fraction that is no whole number of the next unit down keeps its decimal.
        ("3.2 years", "P3.2Y", None),
        ("2.25 years", "P2Y3M", None),
        ("two hundred years", "P200Y", None),
        ("more than two thousand years", "P2000Y", "MORE_THAN"),
        ("several centuries", "PXC", None),
        ("a few days", "PXD", None),
        ("two-year", "P2Y", None),
    ],
)
def test_durations_are_iso_periods(text: str, value: str, mod: str | None) -> None:
    reading = normalize(text, SEED_DAY)
    assert (reading.type, reading.value, reading.mod) == ("DURATION", value, mod)


def test_the_past_two_months_is_a_duration_tied_to_the_anchor() -> None:
    reading = normalize("the past two months", SEED_DAY)
    assert reading.value == "P2M"
    assert _span(reading.interval) == (date(2025, 1, 19), SEED_DAY)


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("now", "PRESENT_REF", SEED_DAY, SEED_DAY),
        ("currently", "PRESENT_REF", SEED_DAY, SEED_DAY),
        ("imminently", "FUTURE_REF", SEED_DAY, None),
        ("soon", "FUTURE_REF", SEED_DAY, None),
        ("recently", "PAST_REF", None, SEED_DAY),
    ],
)
def test_reference_words_are_open_on_the_side_they_point_to(
    text: str, value: str, start: date | None, end: date | None
) -> None:
    reading = normalize(text, SEED_DAY)
    assert (reading.type, reading.value) == ("DATE", value)
    assert _span(reading.interval) == (start, end)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # TimeML writes a regular "every week" as the period P1W (TIMEX2 wrote XXXX-WXX);
        # TimeBank's gold agrees ("every day" P1D, "each month" P1M, "weekly" P1W).
        ("every week", "P1W"),
        ("weekly", "P1W"),
        ("each year", "P1Y"),
        ("every other week", "P2W"),
        ("every Friday", "XXXX-WXX-5"),
        ("each July", "XXXX-07"),
        ("every winter", "XXXX-WI"),
    ],
)
def test_sets(text: str, value: str) -> None:
    reading = normalize(text, SEED_DAY)
    assert (reading.type, reading.value) == ("SET", value)


@pytest.mark.parametrize("text", ["Soviet times", "the Soviet era", "Soviet-era"])
def test_the_soviet_era_is_1922_to_1991(text: str) -> None:
    reading = normalize(text, SEED_DAY)
    assert reading.interval == Interval(date(1922, 1, 1), date(1991, 12, 31), "era")


def test_soviet_alone_is_an_adjective_not_an_era() -> None:
    with pytest.raises(TimexError):
        normalize("Soviet", SEED_DAY)


def test_a_partial_date_takes_its_year_from_the_anchor_and_says_so() -> None:
    past = normalize("December 17", SEED_DAY, tense="past")
    future = normalize("December 17", SEED_DAY, tense="future")
    assert (past.value, future.value) == ("2024-12-17", "2025-12-17")
    assert past.interval == Interval(date(2024, 12, 17), date(2024, 12, 17), "day", True)
    assert past.uses_anchor


def test_without_an_anchor_a_partial_date_keeps_its_year_open() -> None:
    reading = normalize("December 17")
    assert reading.value == "XXXX-12-17"
    assert reading.interval is None


def test_on_friday_points_back_in_a_past_sentence_and_ahead_in_a_future_one() -> None:
    assert normalize("Friday", SEED_DAY, tense="past").value == "2025-03-14"
    assert normalize("Friday", SEED_DAY, tense="future").value == "2025-03-21"
    # A weekday with no telling verb is the latest one up to the anchor, as news tells it.
    assert normalize("Monday", SEED_DAY).value == "2025-03-17"


def test_a_weekdays_part_of_day_is_in_its_value_and_the_interval_is_the_day() -> None:
    night = normalize("Friday night", SEED_DAY, tense="past")
    assert (night.type, night.value) == ("TIME", "2025-03-14TNI")
    assert night.interval == Interval(date(2025, 3, 14), date(2025, 3, 14), "day", True)
    assert normalize("Thursday evening", SEED_DAY, tense="past").value == "2025-03-13TEV"


def test_years_said_in_words() -> None:
    assert normalize("nineteen ninety-four", SEED_DAY).value == "1994"
    assert normalize("the year two thousand", SEED_DAY).value == "2000"
    assert normalize("January nineteen ninety-seven", SEED_DAY).value == "1997-01"


def test_relative_days_and_years_follow_the_anchor() -> None:
    assert normalize("yesterday", SEED_DAY).value == "2025-03-17"
    assert normalize("last year", SEED_DAY).value == "2024"
    assert normalize("three years ago", SEED_DAY).value == "2022"
    assert normalize("next month", SEED_DAY).value == "2025-04"


@pytest.mark.parametrize("text", ["", "   ", "banana", "the quarterback", "x" * 300])
def test_what_is_not_a_time_is_a_clean_error_that_names_the_text(text: str) -> None:
    with pytest.raises(TimexError) as caught:
        normalize(text, SEED_DAY)
    assert caught.value.reason


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Thanksgiving", date(1999, 12, 10), "1999-11-25"),  # fourth Thursday of November
        ("last Thanksgiving", date(2000, 4, 2), "1999-11-25"),
        # "last" says which however near the next one is.
        ("last Christmas", date(2000, 12, 20), "1999-12-25"),
        ("Election Day", date(1998, 10, 26), "1998-11-03"),  # Tuesday after the first Monday
        ("Christmas Day 2024", SEED_DAY, "2024-12-25"),
        # The Easter cycle counts from Easter Sunday (2000-04-23; 2016-03-27).
        ("Easter Sunday", date(2000, 4, 17), "2000-04-23"),
        ("Good Friday 2016", SEED_DAY, "2016-03-25"),
        ("Easter week", date(2000, 4, 17), "2000-W16"),
        # The shopping days after Thanksgiving, not the Friday or Monday of the week.
        ("Black Friday", date(2019, 11, 18), "2019-11-29"),
        ("Cyber Monday", date(2019, 11, 18), "2019-12-02"),
        ("Black Friday last year", date(2019, 11, 18), "2018-11-23"),
        ("Christmas of last year", date(2019, 11, 18), "2018-12-25"),
        # Super Tuesday comes in election years only: the coming one, told before it
        # (weeks or a year), the one gone, told after; 2008's was in February.
        ("Super Tuesday", date(2016, 2, 20), "2016-03-01"),
        ("last Super Tuesday", date(2015, 6, 1), "2012-03-06"),
        ("Super Tuesday", date(2017, 5, 2), "2016-03-01"),
        ("Super Tuesday 2008", SEED_DAY, "2008-02-05"),
        # A weekday counted in its month, as a moving holiday is.
        ("the last Friday in August", date(2016, 1, 20), "2015-08-28"),
        ("the first Tuesday of November 2016", date(2016, 1, 20), "2016-11-01"),
    ],
)
def test_holidays_fixed_and_moving(text: str, anchor: date, value: str) -> None:
    assert normalize(text, anchor).value == value


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("last May", date(1998, 2, 27), "1997-05"),  # the latest May gone
        ("last January", date(1998, 3, 1), "1998-01"),
        # The month just ended would be "last month": "last February" on March 1 is a year back.
        ("last February", date(1998, 3, 1), "1997-02"),
        # Across the new year it is the one just gone.
        ("last December", date(2000, 1, 13), "1999-12"),
    ],
)
def test_last_and_a_month_name(text: str, anchor: date, value: str) -> None:
    assert normalize(text, anchor).value == value


def test_a_month_last_year_takes_the_anchors_previous_year_and_says_it_is_inferred() -> None:
    reading = normalize("July last year", SEED_DAY)
    assert reading.value == "2024-07"
    assert reading.interval == Interval(date(2024, 7, 1), date(2024, 7, 31), "month", True)


def test_year_end_is_the_end_of_the_anchors_year() -> None:
    reading = normalize("year-end", SEED_DAY)
    assert (reading.value, reading.mod) == ("2025", "END")
    assert _span(reading.interval) == (date(2025, 11, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("the week before last", "2025-W10", "2025-03-03", "2025-03-09"),
        ("the weekend before last", "2025-W10-WE", "2025-03-08", "2025-03-09"),
        ("the month before last", "2025-01", "2025-01-01", "2025-01-31"),
        ("the year after next", "2027", "2027-01-01", "2027-12-31"),
    ],
)
def test_before_last_and_after_next_are_two_steps_from_the_anchor(
    text: str, value: str, start: str, end: str
) -> None:
    reading = normalize(text, SEED_DAY)
    assert reading.value == value
    assert _span(reading.interval) == _days(start, end)


def test_the_past_fortnight_is_the_two_weeks_up_to_the_anchor() -> None:
    reading = normalize("the past fortnight", SEED_DAY)
    assert (reading.type, reading.value) == ("DURATION", "P2W")
    assert _span(reading.interval) == _days("2025-03-05", "2025-03-18")
    # Told from the narrative, its place is not known.
    assert normalize("the following fortnight", SEED_DAY).interval is None


def test_midday_is_noon_on_the_anchors_day() -> None:
    assert normalize("midday", SEED_DAY).value == "2025-03-18T12:00"
    assert normalize("noon", SEED_DAY).value == "2025-03-18T12:00"


def test_midnight_closes_the_day_it_names() -> None:
    # "midnight Friday" is the end of Friday (24:00), not the start of it.
    reading = normalize("midnight Friday", SEED_DAY, tense="past")
    assert reading.value == "2025-03-14T24:00"
    assert reading.interval == Interval(date(2025, 3, 14), date(2025, 3, 14), "time", True)


def test_half_of_a_decade_keeps_the_decade_value_and_narrows_the_interval() -> None:
    reading = normalize("the last half of the '80s", SEED_DAY)
    assert reading.value == "198X"
    assert reading.interval == Interval(date(1985, 1, 1), date(1989, 12, 31), "decade")


def test_half_of_a_month_keeps_the_months_value_not_the_years_half() -> None:
    # Not 2025-H2: the conventions are in July, not anywhere from July to December.
    reading = normalize("the second half of July 2025", SEED_DAY)
    assert reading.value == "2025-07"
    assert reading.interval == Interval(date(2025, 7, 17), date(2025, 7, 31), "month")
    assert normalize("the first half of 2025", SEED_DAY).value == "2025-H1"


def test_or_so_makes_a_time_ago_approximate() -> None:
    reading = normalize("a week or so ago", SEED_DAY)
    assert (reading.value, reading.mod) == (normalize("a week ago", SEED_DAY).value, "APPROX")


@pytest.mark.parametrize(
    ("text", "value", "mod", "start", "end"),
    [
        ("the first week of April", "2025-04", "START", "2025-04-01", "2025-04-07"),
        ("the last week of March 2024", "2024-03", "END", "2024-03-25", "2024-03-31"),
        ("the second week of May", "2025-05", None, "2025-05-08", "2025-05-14"),
    ],
)
def test_a_week_of_a_month_keeps_the_months_value_and_narrows_to_its_seven_days(
    text: str, value: str, mod: str | None, start: str, end: str
) -> None:
    reading = normalize(text, SEED_DAY)
    assert (reading.value, reading.mod) == (value, mod)
    assert _span(reading.interval) == _days(start, end)
    assert reading.interval is not None and reading.interval.granularity == "week"


def test_the_turn_of_a_century_is_the_years_around_it() -> None:
    named = normalize("the turn of the 20th century", SEED_DAY)
    assert (named.value, named.mod) == ("1900", "APPROX")
    assert named.interval == Interval(date(1895, 1, 1), date(1905, 12, 31), "decade")
    # Unnamed, the tense picks the turn: the latest one in the past, the next one ahead.
    told = date(1998, 3, 18)
    assert normalize("the turn of the century", told, tense="past").value == "1900"
    assert normalize("the turn of the century", told, tense="future").value == "2000"
    assert normalize("the turn of the century", None).value == "XXXX"


def test_a_clock_time_on_a_date_with_its_year_is_not_inferred() -> None:
    written = normalize("February 6, 2016 9:33PM", SEED_DAY)
    assert written.interval == Interval(date(2016, 2, 6), date(2016, 2, 6), "time", False)
    told = normalize("5 p.m. EST Nov. 9", SEED_DAY)
    assert told.interval is not None and told.interval.is_inferred


def test_a_weekday_night_with_no_anchor_keeps_its_part_of_the_day() -> None:
    reading = normalize("Thursday night", None)
    assert (reading.type, reading.value) == ("TIME", "XXXX-WXX-4TNI")
