"""Finding temporal expressions in running text: exact extents, the TimeML way.

``find`` needs no model: the caller supplies the context of each expression
(here always the seed's publication day, no tense).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import pairwise

import pytest

from claimledger.nlp.timex.detect import find, narrative_context
from claimledger.nlp.timex.reading import Context, Found, Tense
from claimledger.records import Interval

SEED_DAY = date(2025, 3, 18)


def _found(
    text: str, anchor: date | None = SEED_DAY, tense: Tense | None = None
) -> list[tuple[str, str]]:
    """The expressions and values found, every verb taken to be in ``tense``."""

    def context_for(start: int, end: int, previous: Sequence[Found]) -> Context:
        return narrative_context(Context(anchor, tense), text, start, previous)

    return [(f.text, f.reading.value) for f in find(text, context_for)]


def test_the_seed_lede_and_its_deadline_have_exact_extents() -> None:
    text = (
        "On March 14, 2025, he indicated that several missile systems would be "
        "transferred to Belarus by the end of the year, reinforcing the perception."
    )
    # "On" and "by" are signals outside the extent; "the end of the year" is one expression.
    assert _found(text) == [("March 14, 2025", "2025-03-14"), ("the end of the year", "2025")]


def test_the_seed_dates_without_a_year_stay_open_without_an_anchor() -> None:
    text = (
        "Alexander Lukashenko, who on December 18 confirmed that the Russian missile "
        "complex had arrived in the country on December 17."
    )
    assert _found(text, anchor=None) == [
        ("December 18", "XXXX-12-18"),
        ("December 17", "XXXX-12-17"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares rose after Friday's announcement.", [("Friday", "2025-03-14")]),
        ("They signed a two-year contract.", [("two-year", "P2Y")]),
        ("It fell over the past 20 years.", [("the past 20 years", "P20Y")]),
        ("Results for the third-quarter period were weak.", [("third-quarter", "2024-Q3")]),
        ("It happened in the late 1970s.", [("the late 1970s", "197X")]),
        ("Net for the year-ago six months fell.", [("the year-ago six months", "P6M")]),
        ("The note may run for an additional year.", [("an additional year", "P1Y")]),
        ("It settles in five business days.", [("five business days", "P5D")]),
        ("It bodes ill for future quarters.", [("future quarters", "PXQ")]),
        ("Its first ad could start this week.", [("this week", "2025-W12")]),
        ("Bonuses go, beginning in January 2026.", [("January 2026", "2026-01")]),
        ("It was due by end-March.", [("end-March", "2025-03")]),
        ("He was arrested early Jan. 6 on a charge.", [("Jan. 6", "2025-01-06")]),
        ("It was due by the end of this week.", [("the end of this week", "2025-W12")]),
        # A capitalized March after "from" is the month; May only ends a range of months.
        ("Prices rose from March.", [("March", "2025-03")]),
        ("From March to May it rained.", [("March", "2025-03"), ("May", "2025-05")]),
        ("He spoke to May on Friday.", [("Friday", "2025-03-14")]),
        # After a determiner, with a common noun after it, March and May date the noun;
        # an event's name ("the March on Washington") and a surname's government do not.
        ("The March accession will follow.", [("March", "2025-03")]),
        ("In a May interview he said so.", [("May", "2025-05")]),
        ("They joined the March on Washington.", []),
        ("The May government has fallen.", []),
        # "on the 25th": a day of the story's month, the tense choosing which month.
        ("It closes on the 25th.", [("the 25th", "2025-03-25")]),
        (
            "On May 3 they met, and on the 5th they signed.",
            [("May 3", "2025-05-03"), ("the 5th", "2025-05-05")],
        ),
        ("He works on the 11th floor.", []),
        # The wires' 24-hour clock, with its zone.
        ("The blast came at 0735 GMT.", [("0735 GMT", "2025-03-18T07:35")]),
        ("He counted 1430 votes.", []),
        ("They met this past weekend.", [("this past weekend", "2025-W11-WE")]),
        ("A fortnight ago he left.", [("A fortnight ago", "2025-W10")]),
        ("Prices may rise in the weeks ahead.", [("the weeks ahead", "PXW")]),
        ("In the years that followed, it grew.", [("the years that followed", "PXY")]),
        # Two quarters or six months of a year, counted from one end, are a half of it.
        (
            "It lasts the first two quarters of 2026.",
            [("the first two quarters of 2026", "2026-H1")],
        ),
        ("For the first six months, net rose.", [("the first six months", "P6M")]),
        # "per second" after an amount is a rate's unit, not a recurring time.
        ("It runs 15 million instructions per second.", []),
        ("They meet every week.", [("every week", "P1W")]),
        # Weekdays in the plural recur: a SET, with the part of day when named.
        ("The shop closes on Mondays.", [("Mondays", "XXXX-WXX-1")]),
        (
            "Flights leave on Monday and Tuesday nights.",
            [("Monday", "XXXX-WXX-1TNI"), ("Tuesday nights", "XXXX-WXX-2TNI")],
        ),
        ("He left on Monday and Tuesday.", [("Monday", "2025-03-17"), ("Tuesday", "2025-03-18")]),
        # Counted weekdays are not a recurrence: two Sundays ago is the one before last.
        ("He was hurt two Sundays ago.", [("two Sundays ago", "2025-03-09")]),
        ("He was hurt two Sundays in a row.", []),
        # A position may take "in": "earlier in the week" is "earlier this week".
        ("Earlier in the week he spoke.", [("Earlier in the week", "2025-W12")]),
        ("Early in the year it rose.", [("Early in the year", "2025")]),
        # The year after the second month of a range is the first one's too.
        ("From March to May 2024 prices rose.", [("March", "2024-03"), ("May 2024", "2024-05")]),
        ("In March-May 2024 it rose.", [("March", "2024-03"), ("May 2024", "2024-05")]),
        ("From Dec. to January 2025 it fell.", [("Dec.", "2024-12"), ("January 2025", "2025-01")]),
        # A year in two digits after its apostrophe, where a date is expected.
        ("It happened in '98.", [("'98", "1998")]),
        ("In May '98 he left.", [("May '98", "1998-05")]),
        ("He said '98 percent' was fine.", []),
        ("He ran in '08 and '12.", [("'08", "2008"), ("'12", "2012")]),
        # "last" as the verb is not the adjective of "the last two weeks".
        ("The talks will last two weeks.", [("two weeks", "P2W")]),
        ("The truce didn't last six months.", [("six months", "P6M")]),
        ("Prices rose in the last two weeks.", [("the last two weeks", "P2W")]),
        # After a modal "one day" is some day ahead; elsewhere a day long.
        ("Islam will one day be the largest religion.", [("one day", "FUTURE_REF")]),
        ("The strike will take one day.", [("one day", "P1D")]),
        # So after a hope, with or without its subject; a day to go is still a day.
        ("Researchers hope one day to harness it.", [("one day", "FUTURE_REF")]),
        ("She voiced the hope he one day follows her.", [("one day", "FUTURE_REF")]),
        ("They hope for one day of rest.", [("one day", "P1D")]),
        # "fiscal" is part of the year it names, with or without "year".
        (
            "Seizures in the fiscal year 2019 and fiscal 2020 rose.",
            [
                ("the fiscal year 2019", "2019"),
                ("fiscal 2020", "2020"),
            ],
        ),
        # A count given only as "hundreds of" is an unknown count.
        ("They ruled it for hundreds of years.", [("hundreds of years", "PXY")]),
        ("It will last hundreds more years.", [("hundreds more years", "PXY")]),
        # Before a possessive weekday, a lower-case "that" is the conjunction.
        ("He told MSNBC that Friday's talks failed.", [("Friday", "2025-03-14")]),
        (
            "That Friday's talks failed; he left that Friday.",
            [("That Friday", "2025-03-14"), ("that Friday", "2025-03-14")],
        ),
    ],
)
def test_extents_leave_out_possessives_articles_of_adjectives_and_prepositions(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The stock pays a dividend of $1.76 a year.",
        "Iraq imports about three-quarters of its food.",
        "Qantas plans four flights a week to Bombay.",
        "We will invite you as soon as it does.",
        "The quarter-to-quarter comparison was weak.",
        "She married when he was in his 30s.",
        "The future of our peoples matters.",
        "About 2000 people marched.",
        "She blamed thousands of $12-an-hour workers.",
        "He built a $400-million-a-year business.",
        "A cashier who steals a handful of $20s is punished.",
        "He refused what every nominee did in the past nine elections.",
        "Once in my early 20s, I left.",
        "Incomes for those in their 30s, 40s and 50s grew; men in their forties or fifties.",
        "Black youth unemployment is in the low-50s.",
        "Mexico retaliated against Christmas trees from Oregon.",
        "Visitors to Easter Island came, and Easter Seals wrote.",
        "All three live in a fifth-floor apartment inside 1800 Pitkin Ave.",
        "The deficit is down three-quarters from the start of his term.",
        "One-quarter to one-third of the workers left.",
        "The backlash has been fierce in some quarters.",
        "He won the quarter of Democratic caucus voters who call themselves liberal.",
        "His polls got into the high forties; she is in her early thirties.",
        "The GTX 1660 Ti beats the GTX 1060; see hadith no. 1997 and #1660.",
        "Kopp's 1987 Chevrolet Cavalier and a gray 2013 Toyota Camry were found.",
        "For the people of Poland, high noon comes.",
        "After this fall in prices, a British Climber Killed In Fall; another dies in fall.",
        "Time named her its Person of the Year; he was the national player of the year.",
        "It was one of hundreds of seconds-long talks.",
        "He opened fire at an office Christmas party; shoppers hit the Christmas sales.",
        "Apply the CVE-2013-3893 fix, or call 1-800-555-2019.",
    ],
)
def test_rates_fractions_conjunctions_and_counts_are_not_times(text: str) -> None:
    assert _found(text) == []


def test_a_year_after_an_events_letters_is_still_a_year() -> None:
    assert _found("Jobs gave the keynote at WWDC 2005 and at the RTX 2060 launch.") == [
        ("2005", "2005"),
        ("2060", "2060"),
    ]
    assert _found("Jazz boomed in the twenties.") == [("the twenties", "192X")]


def test_soon_as_an_adverb_is_a_future_reference() -> None:
    assert _found("These vehicles will soon be transferred to Russia.") == [("soon", "FUTURE_REF")]


def test_a_last_whose_unit_is_left_out_is_the_last_one() -> None:
    text = "The dividend is twice as high this year as last. Sales rose more this month than last."
    assert _found(text) == [
        ("this year", "2025"),
        ("last", "2024"),
        ("this month", "2025-03"),
        ("last", "2025-02"),
    ]
    # Not a "last" that goes on: "this year as last season's champion".
    assert _found("He played this year as last season's champion.") == [("this year", "2025")]


def test_a_day_counted_within_an_event_is_the_day_of_the_telling() -> None:
    text = "Today is the eighth day of the strike. It's the 12th straight day of protests."
    assert _found(text) == [
        ("Today", "2025-03-18"),
        ("the eighth day", "2025-03-18"),
        ("the 12th straight day", "2025-03-18"),
    ]
    # Told of another day, the count says nothing of which day it was.
    assert _found("He left on the second day of the talks.") == []


def test_a_year_ago_period_in_a_results_story_is_the_named_quarter_a_year_back() -> None:
    text = (
        "Net income in the third quarter of 2024 rose to $5 million from $3 million "
        "in the year-ago quarter, while the year-ago loss was larger."
    )
    assert _found(text) == [
        ("the third quarter of 2024", "2024-Q3"),
        ("the year-ago quarter", "2023-Q3"),
        ("year-ago", "2023-Q3"),
    ]


def test_the_period_in_focus_is_one_reported_not_one_compared_with_or_ahead() -> None:
    # A quarter named as a bound ("into"), as what came before ("after"), or
    # still ahead of the anchor is not the one the story reports on.
    text = (
        "Net income rose in the fourth quarter of 2024. Analysts expect the slump to "
        "continue into the second quarter and through the third quarter of 2026. "
        "After a flat third quarter, the gain came from prices. "
        "In the year-ago period, the company lost $1 million."
    )
    assert _found(text)[-1] == ("the year-ago period", "2023-Q4")


def test_only_a_year_ago_compares_with_the_period_in_focus() -> None:
    text = (
        "Sales rose in the first half of the year from a year ago. "
        "She must show the staying power Obama did eight years ago."
    )
    assert _found(text)[1:] == [("a year ago", "2024-H1"), ("eight years ago", "2017")]


def test_an_accounting_period_fixed_by_its_end_date_is_a_length_of_time() -> None:
    text = (
        "Revenue was $76 million for the fiscal year ended March 31, 2024, and $20 million "
        "in the quarter ending Aug. 31, 2024. For the year, volume was flat."
    )
    assert _found(text) == [
        ("the fiscal year", "P1Y"),
        ("March 31, 2024", "2024-03-31"),
        ("the quarter", "P1Q"),
        ("Aug. 31, 2024", "2024-08-31"),
        ("the year", "2025"),
    ]


def test_a_period_ending_with_a_calendar_quarter_or_year_is_that_quarter_or_year() -> None:
    text = (
        "Net rose in the quarter ended Sept. 30 and fell in the quarter ended Dec. 31, 2023; "
        "for the year ended Dec. 31 it was flat, and the quarter ending June 30 looks weak."
    )
    # Told on 2025-03-18: Sept. 30 and Dec. 31 "ended" are the last ones gone by;
    # "ending June 30" is the June 30 nearest to it.
    assert _found(text) == [
        ("the quarter", "2024-Q3"),
        ("Sept. 30", "2024-09-30"),
        ("the quarter", "2023-Q4"),
        ("Dec. 31, 2023", "2023-12-31"),
        ("the year", "2024"),
        ("Dec. 31", "2024-12-31"),
        ("the quarter", "2025-Q2"),
        ("June 30", "2025-06-30"),
    ]


def test_the_latest_quarter_named_is_the_period_in_focus() -> None:
    # A charge the current quarter will bear is ahead; "the latest quarter" is
    # the one reported on, and what "a year ago" compares with.
    text = (
        "The quake will result in a fourth-quarter charge. Earnings fell 59% in the "
        "latest quarter, compared with $6.1 million a year ago."
    )
    assert _found(text, anchor=date(2025, 11, 2)) == [
        ("fourth-quarter", "2025-Q4"),
        ("the latest quarter", "2025-Q3"),
        ("a year ago", "2024-Q3"),
    ]


def test_this_quarters_results_are_the_quarters_reported() -> None:
    # Told in November, after the third quarter's results: its loss, not the fourth's.
    day = date(2025, 11, 2)
    reported = "It lost $8 million in the quarter ended Sept. 30. "
    found = _found(reported + "This quarter's loss includes charges.", anchor=day)
    assert found[-1] == ("This quarter", "2025-Q3")
    # Told ahead, or with no quarter reported, it is the quarter under way.
    found = _found(reported + "This quarter's earnings will suffer.", day, tense="future")
    assert found[-1] == ("This quarter", "2025-Q4")
    assert _found("This quarter's loss includes charges.", anchor=day) == [
        ("This quarter", "2025-Q4")
    ]


def test_a_quarter_fixed_by_its_end_date_is_the_period_in_focus() -> None:
    # A fiscal quarter's number is not its calendar quarter; the day it ended is.
    text = (
        "Net rose in the fiscal first quarter. For the quarter ended Sept. 30, net was "
        "$5 million, up from $4 million a year earlier. During the quarter, it issued shares."
    )
    assert _found(text) == [
        ("first quarter", "2025-Q1"),
        ("the quarter", "2024-Q3"),
        ("Sept. 30", "2024-09-30"),
        ("a year earlier", "2023-Q3"),
        ("the quarter", "2024-Q3"),
    ]


def test_a_clock_time_is_on_the_day_the_narrative_has_reached() -> None:
    text = "On Friday, March 14, 2025, the blast occurred at 10:35 a.m. near the embassy."
    assert _found(text) == [
        ("Friday, March 14, 2025", "2025-03-14"),
        ("10:35 a.m.", "2025-03-14T10:35"),
    ]


def test_found_expressions_are_sorted_and_do_not_overlap() -> None:
    text = "Late last week, and again on Monday morning, officials met; they meet every week."

    def context_for(start: int, end: int, previous: Sequence[Found]) -> Context:
        return Context(SEED_DAY)

    found = find(text, context_for)
    assert [f.text for f in found] == ["Late last week", "Monday morning", "every week"]
    for a, b in pairwise(found):
        assert a.end <= b.start
    assert all(text[f.start : f.end] == f.text for f in found)


def test_a_year_earlier_compares_with_the_quarter_the_story_reports() -> None:
    text = "Third-quarter sales of the brewer rose to $2 million from $1.8 million a year earlier."
    found = dict(_found(text, anchor=date(2025, 10, 28)))
    assert found["a year earlier"] == "2024-Q3"


def test_after_the_nine_months_a_year_earlier_is_last_year_not_its_quarter() -> None:
    text = (
        "Third-quarter sales of the brewer rose 5%. For the nine months, net income "
        "climbed to $9 million from $7 million a year earlier. In the latest period, "
        "costs fell."
    )
    found = dict(_found(text, anchor=date(2025, 10, 28)))
    assert found["a year earlier"] == "2024"
    # A span of months is not the period reported on: the latest period is still the quarter.
    assert found["the latest period"] == "2025-Q3"


def test_last_night_is_the_night_before_but_not_the_last_night_of_something() -> None:
    assert _found("The network reported last night that talks had stalled.") == [
        ("last night", "2025-03-17TNI")
    ]
    assert _found("It was the last night of the festival.") == []


def test_mid_afternoon_is_a_part_of_the_day_it_names() -> None:
    assert _found("By mid-afternoon, the talks had collapsed.") == [
        ("mid-afternoon", "2025-03-18TAF")
    ]
    assert _found("Shares rose at mid morning yesterday in London.") == [
        ("mid morning yesterday", "2025-03-17TMO")
    ]
    assert _found("Troops advanced amid afternoon rains.") == []


def test_the_near_term_is_the_future_but_short_term_debt_is_not_a_time() -> None:
    assert _found("Margins will stay thin in the near term, the chief said.") == [
        ("the near term", "FUTURE_REF")
    ]
    assert _found("The sale will be completed at a later date.") == [("a later date", "FUTURE_REF")]
    assert _found("Proceeds will reduce short-term debt.") == []


def test_current_before_its_noun_is_the_present_but_not_a_current_account() -> None:
    text = (
        "Its current chairman, at the then-current price, swam against the current "
        "while the current account deficit grew."
    )
    assert _found(text) == [("current", "PRESENT_REF"), ("then-current", "PAST_REF")]


def test_with_no_tense_a_partial_date_leans_to_the_past() -> None:
    # Told on May 6: next Oct. 23 is 170 days ahead, the last one 195 days back;
    # news with no tense to go by tells of what happened.
    text = "Police have searched for him since the Oct. 23 slaying."
    assert _found(text, anchor=date(1999, 5, 6)) == [("Oct. 23", "1998-10-23")]
    # A date much nearer ahead is still ahead.
    assert _found(text, anchor=date(1999, 10, 1)) == [("Oct. 23", "1999-10-23")]


def test_centuries_named_in_words_or_relative_to_the_anchor() -> None:
    text = "In the twentieth century, and this century too, as over the past century."
    assert _found(text, anchor=date(1999, 3, 12)) == [
        ("the twentieth century", "19"),
        ("this century", "19"),
        ("the past century", "P100Y"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Baker said on ABC\'s "This Week" that it was over.', []),
        ("This is VOA Today.", []),
        ("He told Breitbart News Daily host Alex Marlow.", []),
        ("A USA TODAY analysis of the filings shows it.", []),
        ("As The Daily Beast called them.", []),
        ('He anchors NBC\'s "Nightly News."', []),
        ("He hosted “Saturday Night Live” again.", []),
        ('Geremek quoted the film "High Noon."', []),
        # All a quotation holds, capitalized: a show's name, not the day.
        ("Trump told NBC’s “Today” on Monday.", [("Monday", "2025-03-17")]),
        ('He said so on CBS\' "60 Minutes."', []),
        ("“Today’s speech shows it,” she said.", [("Today", "2025-03-18")]),
        # Two apostrophes open a quotation in some papers' style; one is a word's.
        ("''Thirty years ago, it was booming,'' she said.", [("Thirty years ago", "1995")]),
        ("He is joining the ''Today'' show.", []),
        ("This week he left.", [("This week", "2025-W12")]),
        ("WASHINGTON (AP) -- Today the Senate votes.", [("Today", "2025-03-18")]),
        ('"Tomorrow we vote," he said.', [("Tomorrow", "2025-03-19")]),
        ("Troops Will Leave Belarus Next Week\nMinsk", [("Next Week", "2025-W13")]),
    ],
)
def test_capitals_mid_sentence_make_a_time_word_part_of_a_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Communist Party daily Granma compared him to Marti.", []),
        ("He told the Paris daily Libération so.", []),
        ("Adelson also owns a free daily. It sells well.", []),
        ("He leads the weekly GOP Power Rankings.", [("weekly", "P1W")]),
        ("At the daily White House briefing, prices are set daily.", [("daily", "P1D")] * 2),
        ("The model simulated every Week 12 NFL game; every Day 3 of camp too.", []),
        ("Every week 10,000 people sign up.", [("Every week", "P1W")]),
    ],
)
def test_a_daily_newspaper_or_a_seasons_numbered_week_is_not_a_set(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


def test_by_mid_century_is_this_centurys_middle_but_midcentury_design_is_not_a_time() -> None:
    text = (
        "The EU wants net zero by mid-century, prices rising all the way to midcentury."
        " She sold a mid-century modern home and a riff on midcentury British thrillers."
    )
    assert _found(text) == [("mid-century", "20"), ("midcentury", "20")]


def test_a_decade_after_and_is_still_a_decade() -> None:
    text = "He grew up in the 1970s and '80s; she said '98 percent' of them."
    assert _found(text) == [("the 1970s", "197X"), ("'80s", "198X")]


def test_fall_before_a_place_or_a_year_is_still_the_season() -> None:
    text = "We campaign this fall in Iowa and in the Senate; she died in fall 2014."
    assert _found(text) == [("this fall", "2025-FA"), ("fall 2014", "2014-FA")]


def test_todays_youth_is_the_present_but_todays_vote_is_the_day() -> None:
    text = "In today's world, today's young people and tomorrow's leaders saw today's vote."
    assert _found(text) == [
        ("today", "PRESENT_REF"),
        ("today", "PRESENT_REF"),
        ("tomorrow", "FUTURE_REF"),
        ("today", "2025-03-18"),
    ]


def test_that_day_and_the_next_morning_are_told_from_the_narratives_day() -> None:
    text = (
        "He was shot on Oct. 23, 1998. Earlier that day, his family sent a fax; "
        "the police came the next morning and again the following day."
    )
    assert _found(text) == [
        ("Oct. 23, 1998", "1998-10-23"),
        ("Earlier that day", "1998-10-23"),
        ("the next morning", "1998-10-24"),
        # The narrative has moved on to the 24th: the day after that.
        ("the following day", "1998-10-25"),
    ]


def test_that_same_day_after_a_month_is_a_day_of_that_month() -> None:
    text = "He was killed in October 1998. His name was crossed out that same day."
    found = _found(text)
    assert found == [("October 1998", "1998-10"), ("that same day", "1998-10-XX")]
    # The day itself is not known: the interval is the whole month.
    day = find(text, lambda s, e, p: narrative_context(Context(SEED_DAY), text, s, p))[1]
    assert day.reading.interval == Interval(date(1998, 10, 1), date(1998, 10, 31), "month")
    # After the next day the narrative's day is unknown: left open, not guessed.
    assert _found("He left in October 1998 and came back the next day.")[1][1] == "XXXX-XX-XX"


def test_later_in_the_day_is_the_narratives_day_even_after_a_part_of_day() -> None:
    text = "She lands in Dar es Salaam on Tuesday morning and in Nairobi later in the day."
    # Told on Thursday: the Tuesday's morning, and later that Tuesday.
    assert _found(text, anchor=date(2025, 3, 20)) == [
        ("Tuesday morning", "2025-03-18TMO"),
        ("later in the day", "2025-03-18"),
    ]
    # With no day named, the day of the telling.
    assert _found("He arrived later in the day.", anchor=date(2025, 3, 20)) == [
        ("later in the day", "2025-03-20")
    ]


def test_earlier_in_the_evening_is_a_part_of_the_story_day() -> None:
    text = "On Tuesday the talks stalled; earlier in the evening they had resumed."
    assert _found(text, anchor=date(2025, 3, 20)) == [
        ("Tuesday", "2025-03-18"),
        ("earlier in the evening", "2025-03-18TEV"),
    ]


def test_a_day_still_ahead_is_not_where_a_past_event_happened() -> None:
    # Told on March 20, of a vote on the 25th: the debate was on the day of the telling.
    text = "Voters go to the polls March 25. The rivals debated later in the day."
    assert _found(text, anchor=date(2025, 3, 20), tense="past")[1] == (
        "later in the day",
        "2025-03-20",
    )


def test_with_no_day_named_before_that_day_stays_open() -> None:
    # Not the publication day: "that day" points at a day the text has not given.
    assert _found("Funds saw heavy redemptions that day.") == [("that day", "XXXX-XX-XX")]


def test_that_night_is_a_night_of_the_narratives_day_not_of_the_publication() -> None:
    assert _found("He spoke on March 7. That night he left.") == [
        ("March 7", "2025-03-07"),
        ("That night", "2025-03-07TNI"),
    ]
    assert _found("In 2008 he won Iowa, and spoke that night.") == [
        ("2008", "2008"),
        ("that night", "2008-XX-XXTNI"),
    ]
    assert _found("He said in his speech that night.") == [("that night", "XXXX-XX-XXTNI")]
    assert _found("He left this morning.") == [("this morning", "2025-03-18TMO")]


def test_this_weekend_told_in_the_past_early_in_the_week_is_the_one_gone() -> None:
    # Told on a Tuesday: the weekend just gone, unless it is still to come.
    assert _found("He spoke this weekend.", tense="past") == [("this weekend", "2025-W11-WE")]
    assert _found("He speaks this weekend.", tense="future") == [("this weekend", "2025-W12-WE")]
    # Told on a Friday, "set the stage for a rout this weekend" is the coming one.
    friday = date(2025, 3, 21)
    assert _found("It set the stage for a rout this weekend.", friday, "past") == [
        ("this weekend", "2025-W12-WE")
    ]


def test_a_counted_duration_keeps_its_article() -> None:
    assert _found("For the nine months, net rose.") == [("the nine months", "P9M")]


def test_a_range_of_counts_is_one_duration_of_some_units() -> None:
    text = "Shipments resume in two to three weeks; rest 60–90 minutes, or between 2 and 3 hours."
    assert _found(text) == [
        ("two to three weeks", "PXW"),
        ("60–90 minutes", "PTXM"),
        ("2 and 3 hours", "PTXH"),
    ]
    # A hyphen inside a number or a rate does not make a range.
    assert _found("Forty-five years of work at $15-an-hour.") == [("Forty-five years", "P45Y")]
    # Told from the past, the later count still gives the date, as before.
    assert _found("It happened 40 or 50 years ago.") == [("50 years ago", "1975")]
    # Before or after an event it is still a length: no date rule takes a range.
    assert _found("Eat 60–90 minutes before your workout.") == [("60–90 minutes", "PTXM")]
    assert _found("Then one or two days later they change their minds.") == [
        ("one or two days", "PXD")
    ]


def test_words_inside_a_link_or_a_reference_number_are_not_times() -> None:
    text = (
        "See https://x.de/img/what-to-know-today.jpg and www.a.com/2013/02/x.html; "
        "suit FHC/ABJ/03/095/2018 was filed 9/17/16. Coming May 30th.https://t.co/hb"
    )
    assert _found(text) == [("9/17/16", "2016-09-17"), ("May 30th", "2025-05-30")]


def test_each_of_a_pair_of_quarters_is_a_quarter_of_the_year_after_them() -> None:
    text = (
        "Sales fell in the third and fourth quarters of 1988, the first and second halves of 2024."
    )
    assert _found(text) == [
        ("third", "1988-Q3"),
        ("fourth quarters of 1988", "1988-Q4"),
        ("first", "2024-H1"),
        ("second halves of 2024", "2024-H2"),
    ]
    assert _found("Profit rose in the third and final quarters of 1988.") == [
        ("third", "1988-Q3"),
        ("final quarters of 1988", "1988-Q4"),
    ]
    # A game's quarters are not the year's.
    assert _found("He threw a touchdown pass in the first and second quarters.") == []


def test_each_of_a_pair_of_centuries_is_a_century() -> None:
    text = "Houses of the 18th and 19th centuries stood from the fifteenth to the 17th century."
    assert _found(text) == [
        ("18th", "17"),
        ("19th centuries", "18"),
        ("fifteenth", "14"),
        ("the 17th century", "16"),
    ]


def test_a_span_of_years_written_short_names_its_last_year_too() -> None:
    text = "Since the 2007-09 crisis, through the 2022/23 season and fiscal 1999-00."
    assert _found(text) == [
        ("2007", "2007"),
        ("09", "2009"),
        ("2022", "2022"),
        ("23", "2023"),
        ("fiscal 1999", "1999"),
        ("00", "2000"),
    ]
    # Digits run on from a phone number, or too far apart, are not a span of years.
    assert ("20", "2020") not in _found("Call 555-2019-20 now.")
    assert _found("It grew in 2015-2019.") == [("2015", "2015"), ("2019", "2019")]
    assert _found("It spans 1990-95 and 1920-99.") == [
        ("1990", "1990"),
        ("95", "1995"),
        ("1920", "1920"),
    ]


def test_a_bare_plural_unit_is_a_span_where_its_words_make_it_one() -> None:
    text = (
        "After months of criticism, she quit. They spent weeks lobbing insults; it took "
        "years. It was the worst riot in decades. Shares traded after hours, after years in office."
    )
    assert _found(text) == [
        ("months", "PXM"),
        ("weeks", "PXW"),
        ("years", "PXY"),
        ("decades", "PXY"),
    ]
    assert _found("Over the years, it grew, as it has through the centuries.") == [
        ("the years", "PXY"),
        ("the centuries", "PXC"),
    ]


def test_half_a_unit_is_half_its_length() -> None:
    text = (
        "For half a century, a half-hour show ran; half an hour, half a year, half a decade,"
        " five-and-a-half years, every half an hour; it began nearly half a century ago, and"
        " she left half a year ago."
    )
    assert _found(text) == [
        ("half a century", "P50Y"),
        ("a half-hour", "PT30M"),
        ("half an hour", "PT30M"),
        ("half a year", "P6M"),
        ("half a decade", "P5Y"),
        ("five-and-a-half years", "P5Y6M"),
        ("every half an hour", "PT30M"),
        ("nearly half a century ago", "1975"),
        ("half a year ago", "2024-09"),
    ]


def test_a_couple_is_two_with_or_without_its_of() -> None:
    text = "It will take a couple of years; I was asked this a couple months ago."
    assert _found(text) == [("a couple of years", "P2Y"), ("a couple months ago", "2025-01")]


def test_a_unit_after_a_count_of_hours_or_nights_is_a_rate() -> None:
    text = "She works 60 hours a week, and calls two nights a week, guarded 24 hours a day."
    assert _found(text) == [("60 hours", "PT60H"), ("24 hours", "PT24H")]


def test_a_bare_plural_unit_between_two_times_is_some_of_them() -> None:
    text = (
        "He hanged himself hours after his arrest. Just days before the vote, he quit; "
        "minutes later he was gone. Control Data, which just months ago was failing, grew."
    )
    assert _found(text) == [
        ("hours", "PTXH"),
        ("days", "PXD"),
        ("minutes", "PTXM"),
        ("months", "PXM"),
    ]
    # A stretch named, or a count of units, is not an unknown number of them.
    text = "In the days before the shooting, trading hours after the close, 13.8 billion years ago."
    assert [found for found in _found(text) if found[0] in ("days", "hours", "years")] == []


def test_weeks_long_after_an_article_is_some_weeks_not_one() -> None:
    text = "It was a week-long trip, then a weeks-long fight and a months-long grind."
    assert _found(text) == [("a week-long", "P1W"), ("weeks-long", "PXW"), ("months-long", "PXM")]


def test_the_second_of_two_days_is_a_date_in_the_first_ones_month_and_year() -> None:
    text = "The summit meets on April 24 and 25; talks on Dec. 17-18, 2024 ended at 25 percent."
    assert _found(text) == [
        ("April 24", "2025-04-24"),
        ("25", "2025-04-25"),
        ("Dec. 17", "2024-12-17"),
        ("18, 2024", "2024-12-18"),
    ]


def test_a_dot_may_join_hours_and_minutes_or_stand_for_the_space_after_a_month() -> None:
    text = "He was shot at 2.30am on Dec.14 and died at 8.49pm, as after Sept.11 attacks."
    # The clock times are on the day named next to them.
    assert _found(text) == [
        ("2.30am", "2024-12-14T02:30"),
        ("Dec.14", "2024-12-14"),
        ("8.49pm", "2024-12-14T20:49"),
        ("Sept.11", "2001-09-11"),
    ]


def test_an_hour_in_the_morning_or_evening_is_a_clock_time() -> None:
    text = "He leaves at 4 in the morning and lands at 8 o'clock in the evening."
    assert _found(text) == [
        ("4 in the morning", "2025-03-18T04:00"),
        ("8 o'clock in the evening", "2025-03-18T20:00"),
    ]


def test_the_year_before_said_last_is_the_one_before_the_narratives() -> None:
    text = (
        "Tourism brought $300 million last year, down from $450 million the year before. "
        "He was seen on Nov. 3, 1998, and again the day after. "
        "He left the day before the hearing."
    )
    # "the day before the hearing" is told from an event the grammar cannot date: open.
    assert _found(text) == [
        ("last year", "2024"),
        ("the year before", "2023"),
        ("Nov. 3, 1998", "1998-11-03"),
        ("the day after", "1998-11-04"),
        ("the day", "XXXX-XX-XX"),
    ]


def test_a_weekday_after_a_is_some_such_day_unless_it_names_one_event() -> None:
    assert _found("Why hold the ceremony on a Monday?") == [("Monday", "XXXX-WXX-1")]
    assert _found("It always happens on a Friday night.") == [("Friday night", "XXXX-WXX-5TNI")]
    # "a Sunday night memorial service" is one service, on the Sunday just gone.
    assert _found("They held a Sunday night memorial service.") == [
        ("Sunday night", "2025-03-16TNI")
    ]
    # "one Sunday" is some Sunday too, and a place or time after it is not a noun's.
    assert _found("One Sunday in late 2001, she went out.", tense="past")[0] == (
        "Sunday",
        "XXXX-WXX-7",
    )
    assert _found("It happened on a Sunday in May.", tense="past")[0] == ("Sunday", "XXXX-WXX-7")


def test_a_month_in_the_present_is_the_coming_one_unless_much_nearer_behind() -> None:
    # Told in March: the November eight months ahead, not the one four months gone.
    assert _found("Can Trump win in November?", date(2016, 3, 7), "present") == [
        ("November", "2016-11")
    ]
    # Told in late November, the one just gone is much nearer.
    assert _found("Turnout is low in November.", date(2016, 11, 28), "present") == [
        ("November", "2016-11")
    ]
    assert _found("Sales are up from February.", date(2016, 3, 7), "present") == [
        ("February", "2016-02")
    ]


def test_a_month_or_season_of_that_year_is_one_expression_in_the_narratives_year() -> None:
    text = "Obama took office in January 2009 and the rate peaked in October of that year."
    assert _found(text, tense="past") == [
        ("January 2009", "2009-01"),
        ("October of that year", "2009-10"),
    ]
    text = "The case began in 2010 and ended in the summer of the following year."
    assert _found(text, tense="past")[1] == ("the summer of the following year", "2011-SU")
    assert _found("He came in the fall of last year.", tense="past") == [
        ("the fall of last year", "2024-FA")
    ]


def test_the_ends_of_a_range_of_partial_dates_are_read_in_order() -> None:
    # Alone, a past "January 1" told in late September is out of the past tense's
    # reach and would be the coming one; as the start of a range it is this year's.
    text = "Incidents rose between January 1 and September 18."
    assert _found(text, date(2016, 9, 29), "past") == [
        ("January 1", "2016-01-01"),
        ("September 18", "2016-09-18"),
    ]
    # A range over the new year ends in the year after it starts.
    text = "The talks run from Dec. 28 to Jan. 3."
    assert _found(text, date(2025, 12, 30), "present") == [
        ("Dec. 28", "2025-12-28"),
        ("Jan. 3", "2026-01-03"),
    ]


def test_the_ends_of_a_range_of_weekdays_are_in_one_week() -> None:
    # Alone, "Friday" with no tense is the one just gone; after "from Monday" it
    # is the Friday of the same week, a week on, never a year away.
    assert _found("The office is open from Monday to Friday.") == [
        ("Monday", "2025-03-17"),
        ("Friday", "2025-03-21"),
    ]
    # Told in the past, "through" alone makes the range, and it is over: last week's.
    assert _found("It was open Monday through Friday.", tense="past") == [
        ("Monday", "2025-03-10"),
        ("Friday", "2025-03-14"),
    ]


def test_the_previous_or_following_weekday_is_told_from_the_narratives_day() -> None:
    text = "Shares closed lower on Friday, March 7, down 4% from the previous Friday."
    assert _found(text, tense="past")[1] == ("the previous Friday", "2025-02-28")
    text = "The hearing on March 4 was put off until the following Monday."
    assert _found(text, tense="past")[1] == ("the following Monday", "2025-03-10")
    # With no day in the narrative, the one before the telling.
    assert _found("Shares fell from the previous Friday.", tense="past") == [
        ("the previous Friday", "2025-03-14")
    ]


def test_the_previous_weekday_is_told_from_the_last_day_named_however_far_back() -> None:
    # A long paragraph of market color between the day and "the previous Friday".
    color = "Dealers said the selling was broad and orderly. " * 12
    text = f"Shares closed lower on Friday, March 7. {color}They fell 4% from the previous Friday."
    assert _found(text, tense="past")[-1] == ("the previous Friday", "2025-02-28")


def test_the_next_year_told_in_the_past_is_the_one_after_the_narratives() -> None:
    text = "They were seized in August 2016. The next year, two videos were released."
    assert _found(text, tense="past")[1] == ("The next year", "2017")
    # Looking ahead it is the coming one.
    assert _found("Prices will rise over the next year.", tense="future") == [
        ("the next year", "2026")
    ]
    # Which month of a year the narrative does not say: left open, not January's next.
    text = "He was elected in 2008. The next month he resigned."
    assert _found(text, tense="past")[1] == ("The next month", "XXXX-XX")


def test_fy_years_are_fiscal_years_valued_as_their_year() -> None:
    text = "Sales fell in FY2024 and will rise in FY 26 and FY'27."
    assert _found(text) == [("FY2024", "2024"), ("FY 26", "2026"), ("FY'27", "2027")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It arrived on December 17/18.", [("December 17", "2024-12-17"), ("18", "2024-12-18")]),
        ("They met on 3-5 March.", [("3", "2025-03-03"), ("5 March", "2025-03-05")]),
        (
            "In the night from 17 to 18 December 2024.",
            [("17", "2024-12-17"), ("18 December 2024", "2024-12-18")],
        ),
        ("Signed 17.03.2025 in Minsk.", [("17.03.2025", "2025-03-17")]),
        ("Filed 2025/03/17.", [("2025/03/17", "2025-03-17")]),
        ("Output rose 3.5 percent.", []),
    ],
)
def test_day_ranges_and_numeric_dates_as_other_countries_write_them(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


def test_a_holiday_without_a_year_is_in_the_year_the_story_has_just_named() -> None:
    text = "In 2012 he barely spoke of it. But soon after Election Day, he did."
    assert _found(text) == [("2012", "2012"), ("Election Day", "2012-11-06")]
    # With no year named, the anchor's nearest (no tense given here: the one behind).
    assert _found("It was settled by Christmas.") == [("Christmas", "2024-12-25")]


def test_results_to_come_are_of_the_nearest_quarter() -> None:
    # Told in February, the fourth quarter to report on is the one just ended; told
    # in September, the one about to begin.
    text = "It was to report fourth-quarter earnings on Wednesday."
    assert _found(text, date(2016, 2, 8), "future")[0] == ("fourth-quarter", "2015-Q4")
    assert _found(text, date(2016, 9, 15), "future")[0] == ("fourth-quarter", "2016-Q4")
    # Written as a code, the same.
    text = "It was to report Q4 earnings on Wednesday."
    assert _found(text, date(2016, 2, 8), "future")[0] == ("Q4", "2015-Q4")
    # Without results the future is still the coming quarter.
    text = "It will grow in the fourth quarter."
    assert _found(text, date(2016, 2, 8), "future") == [("the fourth quarter", "2016-Q4")]


def test_the_fourth_of_july_is_a_holiday_and_every_christmas_a_set() -> None:
    text = "Parades were held on the Fourth of July."
    assert _found(text, date(2025, 8, 1), "past") == [("the Fourth of July", "2025-07-04")]
    text = "We visit every Christmas and light fireworks each Fourth of July."
    assert _found(text) == [
        ("every Christmas", "XXXX-12-25"),
        ("each Fourth of July", "XXXX-07-04"),
    ]


def test_a_holiday_leaves_the_storys_year_when_the_verb_or_the_calendar_says_so() -> None:
    text = "In 2012 he barely spoke of it. Working back from Election Day, time is short."
    # A present verb has left the past year; a past one stays in it.
    assert _found(text, tense="present")[1] == ("Election Day", "2025-11-04")
    assert _found(text, tense="past")[1] == ("Election Day", "2012-11-06")
    # The holiday just gone is the one meant, whatever year was named before; months on,
    # the story's year holds again.
    text = "In a 2013 interview he said so. He turned 74 on Valentine's Day."
    assert _found(text, date(2016, 2, 18), "past")[1] == ("Valentine's Day", "2016-02-14")
    assert _found(text, date(2016, 6, 18), "past")[1] == ("Valentine's Day", "2013-02-14")
    # A later year the story names is kept, near holiday or not.
    text = "By a year from now, on Election Day, it will have changed."
    assert _found(text, date(2015, 11, 18), "past")[1] == ("Election Day", "2016-11-08")


def test_a_month_and_day_of_last_year_is_one_date_in_that_year() -> None:
    text = "We started this journey on June 16th of last year. The vote is March 3 next year."
    assert _found(text) == [
        ("June 16th of last year", "2024-06-16"),
        ("March 3 next year", "2026-03-03"),
    ]
    # "last year's" belongs to the noun after it, not to the date before.
    found = _found("It was June 16, last year's hottest day.")
    assert [text for text, _ in found] == ["June 16", "last year"]


def test_a_day_known_by_its_name_is_that_day_not_this_years() -> None:
    assert _found("Since 9/11, and after the Sept. 11 attacks, it changed.") == [
        ("9/11", "2001-09-11"),
        ("Sept. 11", "2001-09-11"),
    ]
    # An anniversary is the anchor's September 11 (the last one, told in March).
    assert _found("They held the Sept. 11 memorial service.") == [("Sept. 11", "2024-09-11")]
    # Once the text names the attacks, "after Sept. 11" is the day of the attacks too.
    text = "After the 9/11 attacks, many went home. They felt called after Sept. 11 to serve."
    assert _found(text)[1] == ("Sept. 11", "2001-09-11")
    assert _found("The 9/11 attacks shaped him. The Sept. 11 memorial opened.")[1] == (
        "Sept. 11",
        "2024-09-11",
    )
    assert _found("The office closes after Sept. 11.") == [("Sept. 11", "2024-09-11")]


def test_a_written_date_before_a_clock_time_is_one_time_on_that_day() -> None:
    # A live blog's stamp: the day is the written one, not the publication day.
    text = "Featured February 6, 2016 9:33PM The National Review crowd does it."
    assert _found(text) == [("February 6, 2016 9:33PM", "2016-02-06T21:33")]


def test_a_clock_time_is_on_the_day_written_with_it() -> None:
    assert _found("Tickets go on sale at 10 a.m. Friday, March 21.") == [
        ("10 a.m. Friday, March 21", "2025-03-21T10:00")
    ]
    assert _found("Sales start Friday, March 21st, at 10 a.m. local time.") == [
        ("Friday, March 21st, at 10 a.m.", "2025-03-21T10:00")
    ]
    # With "on" between, TimeML keeps two expressions; the clock still takes the day.
    assert _found("They were seen at 6:38 p.m. on Saturday, March 15.") == [
        ("6:38 p.m.", "2025-03-15T18:38"),
        ("Saturday, March 15", "2025-03-15"),
    ]
    text = "No one checked from 10:30 p.m. March 9 to 6:30 a.m. the following morning."
    assert _found(text)[1:] == [
        ("6:30 a.m.", "2025-03-10T06:30"),
        ("the following morning", "2025-03-10"),
    ]


def test_a_live_blogs_entry_time_is_on_the_day_of_the_telling() -> None:
    text = (
        "The Latest (all times EDT): 9:34 p.m. Trump spoke. A service is planned "
        "Friday, March 14.\n___\n2:25 p.m. His brother took the stage."
    )
    assert _found(text, tense="past") == [
        ("9:34 p.m.", "2025-03-18T21:34"),
        ("Friday, March 14", "2025-03-14"),
        ("2:25 p.m.", "2025-03-18T14:25"),
    ]
    # Inside a sentence, a clock time is on the day the story has reached.
    assert _found("On Friday, March 14, he left at 2:25 p.m.", tense="past")[1] == (
        "2:25 p.m.",
        "2025-03-14T14:25",
    )


def test_the_day_beside_a_date_after_a_comma_is_that_date() -> None:
    text = "Shares fell on Oct. 12, 2024, the day before the plunge."
    assert _found(text) == [("Oct. 12, 2024", "2024-10-12"), ("the day", "2024-10-12")]
    # Said last, "the day before" is still the date beside it, not the day before that.
    assert _found("He arrived on Friday, March 14, the day before.") == [
        ("Friday, March 14", "2025-03-14"),
        ("the day before", "2025-03-14"),
    ]
    # Not beside a day: the day before an event stays open.
    assert _found("In March, the day before the vote, he left.")[1] == ("the day", "XXXX-XX-XX")


def test_the_day_before_or_after_a_named_day_is_one_day() -> None:
    text = "The day before last Tuesday's hearing, he flew in; he left the day after Christmas."
    assert _found(text, tense="past") == [
        ("The day before last Tuesday", "2025-03-10"),
        ("the day after Christmas", "2024-12-26"),
    ]
    # "the eve of" a day is the day before it.
    assert _found("They debated on the eve of Martin Luther King Day.", date(2016, 1, 18)) == [
        ("the eve of Martin Luther King Day", "2016-01-17")
    ]


def test_a_weekday_named_with_its_week_is_that_weeks_day() -> None:
    # Told on Tuesday, March 18, 2025: read alone, "Monday" in the future is March 24
    # either way, but "Monday next week" in the past tense and "Friday last week"
    # told as a plan need the week beside them.
    assert _found("The talks were moved to Thursday next week.", tense="past") == [
        ("Thursday", "2025-03-27"),
        ("next week", "2025-W13"),
    ]
    assert _found("The plan was unveiled last week Wednesday.", tense="past") == [
        ("last week", "2025-W11"),
        ("Wednesday", "2025-03-12"),
    ]
    assert _found("They meet on Monday morning of next week.", tense="future")[0] == (
        "Monday morning",
        "2025-03-24TMO",
    )
    # The week's possessive names an event, not the weekday's week.
    text = "Police released video on Monday of last week's shooting."
    assert _found(text, tense="past")[0] == ("Monday", "2025-03-17")


def test_an_iso_stamp_is_one_time_on_its_day() -> None:
    text = "Updated 2019-11-19T08:57:40+01:00 and 2019-11-20 07:23 UTC."
    assert _found(text) == [
        ("2019-11-19T08:57:40+01:00", "2019-11-19T08:57:40"),
        ("2019-11-20 07:23", "2019-11-20T07:23"),
    ]


def test_a_period_told_from_an_event_is_open_not_the_current_one() -> None:
    assert _found("In the week before the convention, they met.") == [("the week", "XXXX-WXX")]
    assert _found("The month after the election was calm.") == [("The month", "XXXX-XX")]
    # Before a date or with nothing after, "the week" is still the current one.
    assert _found("The index fell for the week.") == [("the week", "2025-W12")]
    # A part of an event: "the last week of the campaign" is not the week gone.
    text = "He surged in the last week of the campaign and the final weekend of the festival."
    assert _found(text) == [("the last week", "XXXX-WXX"), ("the final weekend", "XXXX-WXX-WE")]
    assert _found("She left in the last week of the year.") == [
        ("the last week of the year", "2025")
    ]


def test_a_dotted_full_month_is_a_date_only_with_its_year() -> None:
    # E! Online's dateline writes "May." before the day; a sentence may end in "May."
    text = "Lohan Checks Into Rehab Fri., May. 3, 2013 11:45 AM PDT"
    assert _found(text) == [
        ("Fri., May. 3, 2013", "2013-05-03"),
        ("11:45 AM PDT", "2013-05-03T11:45"),
    ]
    assert [text for text, _ in _found("He left in May. 3 people stayed.")] == ["May"]


def test_a_month_and_year_with_a_comma_between_is_that_month() -> None:
    assert _found("He killed the deputy in June, 2005.") == [("June, 2005", "2005-06")]
    # A comma before a count is not a year: "in May, 1,500 units".
    assert [text for text, _ in _found("Sales in May, 1,500 units, rose.")] == ["May"]


def test_a_games_quarters_and_halves_are_not_the_calendars() -> None:
    game = (
        "Luck's 7-yard touchdown pass late in the fourth quarter gave the Colts the win. "
        "Charles scored on the first play of the second half."
    )
    assert _found(game) == []
    results = "Profit rose in the fourth quarter, and sales in the second half."
    assert _found(results) == [("the fourth quarter", "2024-Q4"), ("the second half", "2024-H2")]


def test_a_game_clock_is_not_a_time_of_day() -> None:
    game = (
        "Nelson scored 2:55 into overtime after goals in the final 4:29 of regulation. "
        "A 3-pointer put them up with 3:08 to play; Green's free throws came with 1:24 left."
    )
    assert _found(game) == []
    assert [text for text, _ in _found("The train left at 6:45 and arrived at 9:10.")] == [
        "6:45",
        "9:10",
    ]
    assert _found("Parise scored at 7:14 and on the power play at 19:56.") == []


def test_a_bible_verse_or_a_place_in_a_recording_is_not_a_time_of_day() -> None:
    text = "Citing Exodus 18:21 and Romans 8:31, he spoke; it starts at the 15:20 mark."
    assert _found(text) == []
    assert _found("The show starts at 12:45 and ends at 1 p.m.")[0] == ("12:45", "2025-03-18T12:45")


def test_the_year_before_said_last_may_end_on_a_dash() -> None:
    text = "It drew 40 million, 2% more than the year before – he said so."
    assert _found(text) == [("the year before", "2024")]


def test_a_house_number_is_not_a_year_but_a_year_after_in_is() -> None:
    assert _found("In 1998 Smith Street opened.") == [("1998", "1998")]


def test_a_holiday_is_found_across_a_line_break_or_a_double_space() -> None:
    text = "They rested on Labor\nDay and on New  Year's Eve."
    assert _found(text) == [("Labor\nDay", "2024-09-02"), ("New  Year's Eve", "2024-12-31")]
