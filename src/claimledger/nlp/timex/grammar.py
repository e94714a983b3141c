"""The detection grammar: regular expressions for temporal expressions, built from the tables.

Each :class:`Rule` names one shape of expression ("a month and day", "N
units ago") and carries the kind of reading its handler gives. The extents
follow TimeML: determiners and position words belong to the expression
("the second half of 2025", "late 2024"), prepositions do not ("on", "by").
Month and weekday names must be capitalized, because "march", "may" and
"sun" are also ordinary words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from claimledger.nlp.timex import tables as t


def _alt(words: Iterable[str]) -> str:
    """An alternation that tries longer words first, with any run of spaces between words."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _capitalized(words: Iterable[str], full: Iterable[str]) -> str:
    """Title-case and upper-case forms, case-sensitive; abbreviations may end in a dot."""
    full_set = set(full)
    forms = []
    for word in sorted(set(words), key=len, reverse=True):
        dot = "" if word in full_set else r"\.?"
        forms.append(f"{word.title()}{dot}|{word.upper()}{dot}")
    return "(?-i:" + "|".join(forms) + ")"


FULL_MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
]  # fmt: skip
_FULL_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Weekday abbreviations that are words ("sun", "sat", "wed") only count with their dot.
_DAY_ABBREV = [w for w in t.WEEKDAYS if w not in _FULL_DAYS]

MONTH = _capitalized(t.MONTHS, FULL_MONTHS)
_FULL_WEEKDAY = _capitalized(_FULL_DAYS, _FULL_DAYS)
WEEKDAY = (
    "(?:" + _FULL_WEEKDAY + "|(?-i:"
    + "|".join(f"{w.title()}\\." for w in _DAY_ABBREV) + "))"
)  # fmt: skip
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = (
    rf"(?:(?:1[6-9]\d\d|20\d\d)(?![\d%])(?!,\d{{3}})(?!\.\d)|{t.SPOKEN_YEAR}(?![-\w])"
    r"|['’]\d\d(?![\w'’%]))"  # "in '98", "May '98"
)
ANY_YEAR = rf"(?:\d{{4}}(?!\d)|{t.SPOKEN_YEAR}(?![-\w]))"
_UNIT_WORDS = list(t.UNITS) + list(t.UNIT_PLURALS)
UNIT = f"(?:{_alt(_UNIT_WORDS)})"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
NUMWORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:" + _ONES + "))?"
    "|" + _alt(w for w in t.NUMBER_WORDS if w not in ("a", "an")) + ")"
    # "two hundred years", "two thousand years"
    r"(?:[-\s]+(?:hundred|thousand)\b)?"
)  # fmt: skip
# "five and a half", "five-and-a-half"; "half a century", "a half-hour": a half.
NUMBER = (
    rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{NUMWORD}(?:[\s-]+and[\s-]+a[\s-]+half)?"
    r"|half\s+an?|an?\s+half|an?)"
)
VAGUE = f"(?:{_alt(t.VAGUE_COUNTS)})"
SEASON = f"(?:{_alt(t.SEASONS)})"
ORDINAL = f"(?:{_alt(t.ORDINALS)}|latter|final)"
POSITION = f"(?:{_alt(t.POSITIONS)}|earlier|later)"
REL = f"(?:{_alt(t.RELATIVE_STEPS)})"
DECADE = rf"(?:(?:the\s+)?(?:(?:1[6-9]|20)\d0|'\d0|\d0)'?s|(?:the\s+)?(?:{_alt(t.DECADE_WORDS)}))"
_CENTURY_ORDINAL = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{_alt(t.CENTURY_WORDS)})"
CENTURY = rf"(?:the\s+)?{_CENTURY_ORDINAL}(?:[-\s]+)century"
PERIOD_UNIT = "(?:year|month|week|quarter|decade|century|weekend|season)"
# "October of that year", "the spring of the following year": told from the narrative's year.
_THAT_YEAR = r"(?:that|the\s+(?:same|following|next|previous|preceding))\s+year"
# Ends a phrase: "before" and "after" are adverbs there, not prepositions of an event.
_SAID_LAST = r"(?=\s*(?:[,.;:)'\"”’—–]|--?\s|$)|\s+(?:and|but|when|while)\b)"
PERIOD = (
    # "down from $450 million the year before.": the one before the narrative's, said last.
    f"(?:the\\s+(?:year|month|week|quarter)\\s+(?:before|after|earlier|later){_SAID_LAST}"
    f"|(?-i:FY)\\s?'?(?:(?:19|20)\\d\\d|\\d\\d)(?!\\d)|{DECADE}|{CENTURY}|{MONTH}(?:\\s+(?:of\\s+)?(?:{YEAR}|(?:last|this|next)\\s+year)|\\s+of\\s+{_THAT_YEAR}|,\\s*(?:1[6-9]|20)\\d\\d(?![\\d%,]))?"
    f"|(?:the\\s+(?={SEASON}\\s+of\\s+(?:{YEAR}|{_THAT_YEAR}|(?:last|this|next)\\s+year)))?{SEASON}(?:\\s+(?:of\\s+)?(?:{YEAR}|(?:last|this|next)\\s+year)|\\s+of\\s+{_THAT_YEAR})?|(?:fiscal\\s+)?{YEAR}|(?:the\\s+)?(?:fiscal\\s+)?year\\s+{YEAR}"
    f"|{REL}\\s+(?:fiscal\\s+)?{PERIOD_UNIT}|(?:the\\s+)(?:(?:full|entire|whole)\\s+)?(?:fiscal\\s+)?{PERIOD_UNIT}"
    # "last Oct. 23" is a day ("Oct. 23", its year from the tense), not last October.
    f"|(?:{REL})\\s+(?:{MONTH}(?!\\.?\\s*{DAY}\\b)|{SEASON})|today|yesterday|tomorrow)"
)
PART_OF_DAY = f"(?:{_alt(t.PARTS_OF_DAY)})"
CLOCK = (
    # "10:35 a.m.", and the British "2.30am"
    r"(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)"
    # "4 in the morning", "8 o'clock in the evening"
    r"|(?:1[0-2]|0?[1-9])(?::[0-5]\d)?(?:\s+o'clock)?\s+in\s+the\s+(?:morning|afternoon|evening)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d|noon|midday|midnight"
    # "0900 GMT", "1430 local time": the wires' 24-hour clock, only with its zone
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?-i:GMT|UTC|Z\b|EST|EDT|CET|MSK)|\s+local\s+time\b|\s*hrs\b))"
)
DAY_REF = f"(?:{WEEKDAY}|today|yesterday|tomorrow)"
# What joins two days of one month ("Dec. 17-18, 2024"): the year after the second is both's.
_JOINER = r"\s*,?\s*(?:and|or|to|through|-|–|/)\s*"
_PAIRED = rf"{_JOINER}{DAY}\s*,?\s*"
# "the year-ago quarter" takes its article; "the year-ago loss" does not (TimeML extents).
_YEAR_AGO = f"(?:year-(?:ago|earlier)|{YEAR})"
_PART_NOUN = f"(?:(?:{ORDINAL})(?:\\s+|-)(?:fiscal\\s+)?(?:quarter|half)|quarter|period)"
# "last" that is not the verb: "will last two days", "expected to last a year".
# (The word is matched first and the look-behinds checked after it: far cheaper.)
_LAST = "last" + "".join(
    rf"(?<!\b{w}\slast)" for w in ("will", "would", "could", "can", "may", "might", "should",
                                  "must", "to", "not")
) + r"(?<!n't\slast)(?<!n’t\slast)"  # fmt: skip
# The count of a day within an event: "the eighth day of the strike", "its 12th day".
_COUNTED_DAY = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,3}(?:st|nd|rd|th)"
)
# Quantifiers TimeML extents leave out: "over" and "about" are read as prepositions.
QUANT_IN = f"(?:{_alt(q for q in t.QUANTIFIER_MODS if q not in t.QUANTIFIERS_OUTSIDE)})"


@dataclass(frozen=True, slots=True)
class Rule:
    """One shape of temporal expression: its name (the handler's key) and its pattern.

    ``gate`` lists lower-case strings one of which every match contains
    ("ago", a weekday, "quarter"): a text without any of them is not scanned
    with the full pattern. Substring tests cost next to nothing, and they
    keep the grammar's cost per article low.

    ``part`` names the group that is the expression when the rest of the
    match is only its context: the "25" of "April 24 and 25" needs the month
    before it, but "April 24" is an expression of its own.

    ``key`` matches a word every match holds near its end ("ago", a unit):
    the full pattern is then tried only in the few characters around each
    key, not at every position of the text. The matches are the same.
    """

    name: str
    pattern: re.Pattern[str]
    gate: tuple[str, ...] | None = None
    part: str | None = None
    key: re.Pattern[str] | None = None

    def may_match(self, lowered: str) -> bool:
        """Whether ``lowered`` (the text in lower case) can hold a match at all."""
        return self.gate is None or any(word in lowered for word in self.gate)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the pattern's matches in ``text``, as ``pattern.finditer`` would."""
        if self.key is None:
            yield from self.pattern.finditer(text)
            return
        done = 0  # where the last match ended: matches do not overlap
        for key in self.key.finditer(text):
            if key.start() < done:
                continue  # inside the last match
            start, end = max(done, key.start() - KEY_REACH), key.end() + KEY_TAIL
            while (m := self.pattern.search(text, start, end)) is not None:
                if m.start() > key.start():
                    break  # a later key's match: found from that key
                yield m
                done = start = m.end()
                if m.end() >= key.end():
                    break


# The words an "ago" match ends in ("from now" holds "now"): its gate and its key.
_AGO_WORDS = ("ago", "earlier", "now", "hence", "back")

# How far before its key a keyed rule's match may start, and after it end: "at
# least a few more years or so ago", "two to three weeks and a half".
KEY_REACH = 160
KEY_TAIL = 80


def _rule(
    name: str,
    body: str,
    gate: Iterable[str] | None = None,
    part: str | None = None,
    key: str | None = None,
) -> Rule:
    # Not glued to a word on the left (but a quotation may open with two apostrophes:
    # "''Thirty years ago, it was booming"); not running into a word on the right.
    pattern = re.compile(rf"(?<![\w’])(?<![^']')(?:{body})(?![\w])", re.IGNORECASE)
    gate_words = tuple(w.lower() for w in gate) if gate is not None else None
    keyed = re.compile(rf"(?<![\w’])(?:{key})(?![\w])", re.IGNORECASE) if key else None
    return Rule(name, pattern, gate_words, part, keyed)


def _first_words(names: Iterable[str]) -> set[str]:
    """Gate words for multi-word names: their first words (the spaces between may vary)."""
    return {name.split()[0] for name in names}


# Every holiday the holiday rule names: fixed, moving, and the Easter cycle.
_HOLIDAY_NAMES = [*t.HOLIDAYS, *t.MOVING_HOLIDAYS, *t.EASTER_OFFSETS]
# The last word of a reference phrase is in every match ("the near future" holds "future").
_REFERENCE_GATE = {phrase.split()[-1] for phrase in t.REFERENCE_WORDS}

RULES: tuple[Rule, ...] = (
    # "since 9/11", "the Sept. 11 attacks": the day known by its name, not this year's.
    _rule(
        "named_day",
        r"(?P<name>9/11)(?![/\d])"
        r"|(?-i:Sept(?:ember|\.)?)(?:\s+|(?<=\.))11(?:th)?(?=\s+(?:terror(?:ist)?\s+)?attacks\b)"
        # "shocked after Sept. 11", when the text speaks of the attacks (plausible.py).
        r"|(?P<bare>(?-i:Sept(?:ember|\.)?)(?:\s+|(?<=\.))11(?:th)?)(?!\s*,?\s*\d|\s*-)",
        ["9/11", "11"],
    ),
    _rule(
        "date_mdy",
        # "Fri., May. 3, 2013": some sites put a dot after every month.
        # "Dec.14": a month's dot may stand for the space after it.
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})(?:\.?\s+|(?<=\.))(?P<day>{DAY})(?!\d|:\d)"
        rf"(?:\s*,?\s*(?P<year>{ANY_YEAR})|(?={_PAIRED}(?P<pair_year>{ANY_YEAR}))"
        # "June 16th of last year", "March 3 next year"
        rf"|,?\s+(?:of\s+)?(?P<rel_year>last|this|next)\s+year(?!-|'|’))?",
    ),
    _rule(
        "date_dmy",
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH})"
        rf"(?:\s*,?\s*(?P<year>{ANY_YEAR}))?",
    ),
    # "closed on the 25th": a day of the month the story is in; the preposition and
    # what follows (a clause's end, not "floor" or "anniversary") say it is a date.
    _rule(
        "month_day",
        r"(?:on|by|until|since|before|after)\s+(?P<the_day>the\s+"
        r"(?P<day>3[01](?:st|th)|[12]\d(?:st|nd|rd|th)|0?[1-9](?:st|nd|rd|th)))"
        r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|at|when|while|but|they|he|she|it|we|i|you|the|a"
        r"|an|in|to|from|with|for|as|after|before|this|that|his|her|their|its)\b)",
        ["st", "nd", "rd", "th"],
        part="the_day",
    ),
    # "April 24 and 25": the second day is a date of its own, in the first one's month.
    _rule(
        "day_pair",
        rf"(?P<mon>{MONTH})\s+{DAY}{_JOINER}"
        rf"(?P<second>(?P<day>{DAY})(?![\d%])(?!\s+(?:percent|per\s+cent|[a-z]+illion))"
        rf"(?:\s*,?\s*(?P<year>{ANY_YEAR}))?)",
        part="second",
    ),
    # "3-5 March", "between 17 and 18 December": the first day is in the second one's month.
    _rule(
        "day_pair_dmy",
        rf"(?P<first>(?P<day>{DAY}))(?<!\d\d\d){_JOINER}(?:the\s+)?{DAY}(?:\s+of)?\s+(?P<mon>{MONTH})"
        rf"(?:\s*,?\s*(?P<year>{ANY_YEAR}))?",
        part="first",
    ),
    # "the week of March 10", "the week beginning 17 October 2011", "the weekend of March 5".
    _rule(
        "week_of",
        rf"(?:the\s+)?week(?P<weekend>end)?\s+(?:of|(?P<begins>beginning|starting|commencing))\s+"
        rf"(?:{WEEKDAY},?\s+)?"
        rf"(?:(?P<mon>{MONTH})\s+(?P<day>{DAY})(?!\d)|(?P<dmy_day>{DAY})\s+(?P<dmy_mon>{MONTH}))"
        rf"(?:\s*,?\s*(?P<year>{ANY_YEAR}))?",
        gate=("week",),
    ),
    # A machine's stamp: "2019-11-19T08:57:40+01:00", "2019-11-19 07:23".
    _rule(
        "datetime_iso",
        r"(?P<year>\d{4})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)[T ](?P<hour>[01]\d|2[0-3])"
        r":(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?",
        ["-"],
    ),
    _rule("date_iso", r"(?P<year>\d{4})(?P<sep>[-/])(?P<mnum>[01]\d)(?P=sep)(?P<day>[0-3]\d)"),
    # "17.03.2025": day first, as where dots are written (Europe, Russia, Belarus).
    _rule(
        "date_dotted",
        r"(?P<day>3[01]|[12]\d|0?[1-9])\.(?P<mnum>1[0-2]|0?[1-9])\.(?P<year>\d{4})(?!\.\d)",
    ),
    _rule(
        "date_slash",
        r"(?P<mnum>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>\d{4}|\d{2})(?!/)",
    ),
    _rule(
        "year_ago",
        rf"(?:the\s+(?:(?:comparable|corresponding|same)\s+)?(?={_YEAR_AGO}\s+{_PART_NOUN}))?"
        rf"(?:(?P<ago>year-(?:ago|earlier))|(?P<year>{YEAR}))"
        rf"(?:\s+(?:(?P<ord>{ORDINAL})(?:\s+|-)(?:fiscal\s+)?(?P<unit>quarter|half)"
        rf"|(?P<noun>quarter|period)))?",
        gate=("year-", "quarter", "period", "half"),
    ),
    _rule(
        "year_ago_phrase",
        rf"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?P<noun>quarter|period)\s+"
        rf"(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))"
        rf"|last\s+year(?:'s|’s)\s+(?:(?P<ord>{ORDINAL})(?:\s+|-)(?:fiscal\s+)?"
        rf"(?P<unit>quarter|half)|quarter|period)",
        gate=("year",),
    ),
    _rule("latest_period", r"the\s+(?:latest|current|most\s+recent)\s+period", ["period"]),
    # "late 2024", "earlier this month", "early in the year", "later in the week"
    _rule("position", rf"(?:the\s+)?(?P<pos>{POSITION})(?:-|\s+)(?:in\s+)?(?P<rest>{PERIOD})"),
    # "net zero by mid-century", "all the way to midcentury": the middle of this century,
    # as a time something comes by. Before a noun ("midcentury British thrillers",
    # "mid-century modern") it is the last century's, a style: fuzzy.mid_century.
    _rule(
        "mid_century",
        r"(?:the\s+)?mid-?\s*century(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|or|when|as|if|for|but)\b)",
        ["century"],
    ),
    _rule(
        "position_of",
        rf"(?:the\s+)?(?:very\s+)?(?P<pos>{POSITION})\s+of\s+(?P<rest>{PERIOD}|{DAY_REF})",
    ),
    # "the final weeks of 2018", "the first days of January": the edge of the period.
    _rule(
        "edge_of",
        r"(?:the\s+)?(?P<edge>first|opening|early|last|final|closing|dying|waning|late)\s+"
        rf"(?:few\s+)?(?P<unit>days|weeks|months)\s+of\s+(?P<rest>{PERIOD})",
        gate=("days of", "weeks of", "months of"),
    ),
    _rule(
        "week_of_month",
        rf"(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<rest>{PERIOD})",
        gate=("week",),
    ),
    _rule(
        "part_of",
        rf"(?:(?:the\s+)?(?P<owner>{REL}\s+year|{YEAR})(?:'s|’s)?\s+)?"
        rf"(?:the\s+(?!(?:{ORDINAL})-))?(?P<ord>{ORDINAL})"
        rf"(?:\s+|-)(?:fiscal\s+)?(?:calendar\s+)?(?P<unit>half|quarter)"
        rf"(?:\s+(?:of\s+)?(?P<rest>{PERIOD}))?",
        gate=("half", "quarter"),
    ),
    # "the first and second quarters (of 1988)": each ordinal is a quarter of its own,
    # sharing the year after the pair. Two rules, one for each part.
    *(
        _rule(
            name,
            rf"(?:the\s+)?(?P<first>(?P<ord>{ORDINAL}))\s+(?:and|or|to|through)\s+(?:the\s+)?"
            rf"(?P<second>(?P<ord2>{ORDINAL})(?:\s+|-)(?:fiscal\s+)?(?P<unit>quarter|hal(?:f|ve))s?"
            rf"(?:\s+(?:of\s+)?(?P<rest>{PERIOD}))?)",
            gate=("quarters", "halves"),
            part=part,
        )
        for name, part in (("part_pair_first", "first"), ("part_pair_second", "second"))
    ),
    # "the 18th and 19th centuries", "the fifteenth to the seventeenth century": each
    # ordinal is a century of its own.
    *(
        _rule(
            name,
            rf"(?:the\s+)?(?P<first>{_CENTURY_ORDINAL})\s+(?:and|or|to|through)\s+(?:the\s+)?"
            rf"(?P<second>(?P<ord2>{_CENTURY_ORDINAL})[-\s]+centur(?:y|ies))",
            gate=("century", "centuries"),
            part=part,
        )
        for name, part in (("century_pair_first", "first"), ("century_pair_second", "second"))
    ),
    # "the first two quarters of 1990", "the last six months of the year": a half.
    _rule(
        "half_spelled",
        # A leading "at least" is taken in, or the duration rule's longer match would win.
        rf"(?:{QUANT_IN}\s+)?(?:the\s+)?(?P<ord>first|last|final)\s+"
        rf"(?:two\s+quarters|six\s+months)\s+of\s+(?P<rest>{PERIOD})",
        gate=("quarters", "months"),
    ),
    # "the September quarter", "its December half": the quarter or half a month ends.
    _rule(
        "month_part",
        rf"(?:the\s+)?(?P<mon>{MONTH})(?:\s+|-)(?P<unit>quarter|half)(?:\s+(?:of\s+)?(?P<year>{YEAR}))?",
        gate=("quarter", "half"),
    ),
    _rule(
        "part_code",
        rf"(?P<code>[QH][1-4]|[1-4]Q)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<rest>{YEAR}))?",
        gate=(*(f"{c}{n}" for c in "qh" for n in "1234"), *(f"{n}q" for n in "1234")),
    ),
    # "from March to May 2024", "March-May 2024": the year after the second month is both's.
    _rule(
        "month_pair",
        rf"(?-i:(?=[A-Z]))(?P<mon>{MONTH})"
        rf"(?={_JOINER}(?P<mon2>{MONTH})\s+(?:of\s+)?(?P<pair_year>{YEAR}))",
        {name.rstrip(".") for name in t.MONTHS},
    ),
    # "the week before the convention", "the day after the Nov. 8 election": told from
    # an event, not from the anchor; which week only the event's date says (timex.deeds).
    _rule(
        "event_relative",
        r"the\s+(?P<unit>week|month|year|weekend|day)(?=\s+(?:before|after|following|preceding)\s+"
        rf"(?:the|a|an|his|her|their|its)\s+(?!(?:{PERIOD_UNIT}s?)\b))",
        ["before", "after", "following", "preceding"],
    ),
    # "in the weeks before the shooting", "the days after his death": a stretch told
    # from an event; which weeks only the event's date says (timex.deeds).
    _rule(
        "event_stretch",
        r"(?P<span>the\s+(?:(?:few|last|final|first)\s+)?(?P<unit>days|weeks))"
        r"(?=\s+(?:before|after|following|preceding|leading\s+up\s+to)\s+\w)",
        ["before", "after", "following", "preceding", "leading up"],
        part="span",
    ),
    # "the last week of the campaign", "the final weekend of the festival": a part of
    # an event, not the week before the telling.
    _rule(
        "event_part",
        r"the\s+(?:last|final|first|opening|closing)\s+(?P<unit>week|month|weekend|day)"
        rf"(?=\s+of\s+(?:the|a|an|his|her|their|its)\s+(?!(?:{MONTH}|{WEEKDAY}|{PERIOD_UNIT}s?)\b))",
        ["of"],
    ),
    # "the last Friday in August", "the first Tuesday of November 2016": a weekday
    # counted in its month.
    _rule(
        "nth_weekday",
        rf"the\s+(?P<nth>first|second|third|fourth|fifth|last|final)\s+(?P<wd>{_FULL_WEEKDAY})"
        rf"\s+(?:in|of)\s+(?P<mon>{MONTH})(?:\s*,?\s*(?P<year>{YEAR}))?",
        ["in", "of"],
    ),
    _rule("period", PERIOD),
    # "two Sundays ago": the Sunday before last.
    _rule(
        "weekdays_ago",
        rf"(?P<n>{NUMBER})\s+(?-i:(?=[A-Z]))(?P<wd>{_FULL_WEEKDAY})s\s+ago",
        gate=("ago",),
    ),
    # "on Mondays", "Tuesday nights": every one of them, a SET.
    _rule(
        "weekdays",
        rf"(?-i:(?=[A-Z]))(?P<wd>{_FULL_WEEKDAY})(?:s|\s+(?P<pods>{PART_OF_DAY})s"
        # "Monday and Tuesday nights": the first is nights too.
        rf"|(?=,?\s+(?:and|or)\s+{_FULL_WEEKDAY}\s+(?P<pods2>{PART_OF_DAY})s))"
        r"(?!\s+(?:ago|earlier|later|before|after)\b)",  # "two Sundays ago" is a count
        gate=_FULL_DAYS,
    ),
    _rule(
        "weekday",
        # "told MSNBC that Friday's announcement ...": before a possessive, "that" is
        # the conjunction, not "that Friday" of the narrative.
        rf"(?:(?!(?-i:that)\s+{WEEKDAY}['’]s\b)(?P<rel>{REL})\s+)?"
        rf"(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{PART_OF_DAY}))?",
        gate=(*_FULL_DAYS, *(f"{w}." for w in _DAY_ABBREV)),
    ),
    _rule(
        "day_ref",
        # "last night" is the night before; "the last night of the talks" is not.
        rf"(?P<ref>today|yesterday|tomorrow|tonight|(?<![Tt]he\s)last\s+night"
        rf"|(?:the\s+)?day\s+before\s+yesterday"
        rf"|(?:the\s+)?day\s+after\s+tomorrow)(?:\s+(?P<pod>{PART_OF_DAY}))?"
        rf"|(?P<this>this|that)\s+(?P<pod2>{PART_OF_DAY})"
        # "(at) mid-afternoon", "mid-morning yesterday": the part of the day is the point.
        rf"|mid-?\s*(?P<pod3>morning|afternoon|evening)(?:\s+(?P<ref3>today|yesterday|tomorrow))?"
        # "that day", "the next morning": a day told from the one the narrative is on.
        rf"|(?:(?:earlier|later)\s+)?(?P<ana>(?:that|the)\s+(?:very\s+)?same|that"
        rf"|the\s+(?:next|following|previous|preceding))\s+(?P<ana_unit>day|{PART_OF_DAY})"
        rf"|(?P<ana2>the\s+day\s+(?:before|after)){_SAID_LAST}"
        # "later in the day", "earlier in the evening": the day the story is on.
        rf"|(?:earlier|later)\s+in\s+(?P<inday>the\s+(?:day|(?P<pod4>{PART_OF_DAY})))",
    ),
    # "today is the eighth day of Desert Shield", "it's the second day of an offensive":
    # the day of the telling, counted within an event.
    _rule(
        "day_count",
        r"(?:(?<=\btoday\sis\s)|(?<=\bit\sis\s)|(?<=\bit's\s)|(?<=\bit’s\s))"
        rf"(?:now\s+)?(?P<span>(?:the\s+)?(?:{_COUNTED_DAY})\s+(?:straight\s+|consecutive\s+)?day)"
        r"(?=\s+(?:of|in|since)\b)",
        ["day of", "day in", "day since"],
        part="span",
    ),
    _rule(
        "ago",
        rf"(?:(?P<quant>{QUANT_IN})\s+)?(?P<n>{NUMBER}|{VAGUE})(?:\s+more)?[\s-]+(?P<unit>{UNIT})"
        rf"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|from\s+now|hence|back)",
        gate=_AGO_WORDS,
        key="|".join(_AGO_WORDS),
    ),
    # "Islam will one day be", "researchers hope one day to harness it", "the hope he
    # one day follows": after a modal or a hope, "one day" is some day ahead, not a day long.
    _rule(
        "one_day",
        r"(?:(?:will|would|could|might|shall|can|may)"
        r"|hop(?:e|es|ed|ing)(?:\s+(?:that\s+)?(?:I|we|you|he|she|it|they))?)"
        r"\s+(?P<word>one\s+day)(?!\s*(?:-|of|or)\b)(?!\s+to\s+(?:go|spare)\b)",
        ["one"],
        part="word",
    ),
    _rule(
        "duration",
        rf"(?:(?P<quant>{QUANT_IN})\s+)?(?:(?:(?:the|a|an)\s+)?(?P<rel>past|{_LAST}|next|coming|"
        rf"previous|following|first|final|latest|recent|full|entire|whole|same|"
        # "the year-earlier nine months" is the span a year back: still nine months long.
        rf"year-(?:earlier|ago))\s+"
        # "the nine months": TimeML keeps the article of a counted duration.
        rf"|the\s+(?=\d|(?:{NUMWORD})\b))?"
        # "an additional year", "eight trading days": the unit is still the length.
        rf"(?P<n>{NUMBER}|{VAGUE})"
        # "two to three weeks", "60-90 minutes", "(between) 2 and 3 hours": a range of
        # counts. A dash joins figures only: "forty-five", "$15-an-hour" are one number.
        rf"(?:(?P<joiner>\s(?:to|or|and)\s+)(?P<n2>{NUMBER})|\s*[-–—]\s*(?P<n2d>\d+))?"
        r"(?:\s+more)?(?:\s+(?:additional|extra|further))?"
        rf"(?:\s+(?:trading|business|working))?(?:\s+|-)(?P<unit>{UNIT})"
        # "a year and a half", "an hour and a half"
        rf"(?:(?P<half>\s+and\s+a\s+half)|-long|-old)?",
        key=UNIT,
    ),
    _rule(
        "bare_units",
        r"(?:(?<=for\s)|(?<=over\s)|(?<=within\s))(?:(?P<rel>many)\s+)?"
        r"(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)"
        r"|(?:the\s+)?(?P<rel2>recent|coming|past|future)\s+"
        r"(?P<unit2>years|quarters|months|weeks|days|decades)"
        r"|(?P<unit3>(?:year|month|week|day|hour|decade)s?)-long"
        # "in the weeks ahead", "the years to come", "in the years that followed"
        r"|the\s+(?P<unit4>years|months|weeks|days|decades)\s+(?:ahead|to\s+come|that\s+followed)",
    ),
    # "after months of criticism", "spent months lobbing insults", "took years", "the
    # first time in decades.": the word before makes a bare plural a span, but is not
    # part of it. "after" only with an "of" after ("after hours" is not one), "in"
    # only at the end of a clause.
    _rule(
        "bare_span",
        r"(?:(?P<of>after|amid|despite|follows|following)|(?P<end>in)|spent|spends?|spending"
        r"|took|takes?|taking|lasted)\s+(?P<span>(?P<unit5>years|months|weeks|days|decades|hours))"
        r"(?(of)(?=\s+of\b)|(?(end)(?=\s*(?:[.,;:!?)]|$))))",
        part="span",
    ),
    # "hours after his arrest", "just days before the vote", "returned minutes later",
    # "just months ago": an unknown number of units between two times. Not after a word
    # that makes it a stretch named ("the days before the shooting": plausible.py).
    _rule(
        "bare_apart",
        r"(?P<unit7>seconds|minutes|hours|days|weeks|months|years|decades)"
        r"(?=\s+(?:after|before|later|earlier|ago)\b)",
        ["after", "before", "later", "earlier", "ago"],
    ),
    # "over the years", "through the decades"
    _rule(
        "the_span",
        r"(?:over|through|across)\s+(?P<span>the\s+(?P<unit6>years|decades|centuries))",
        part="span",
    ),
    _rule(
        "clock",
        # "Tuesday at 9 a.m.", and a blog's "February 6, 2016 9:33PM"
        # "Friday, December 6th, at 10 a.m.", "10 a.m. Friday, Dec. 6": the weekday
        # before a written date goes with it.
        rf"(?:(?P<day0>{DAY_REF})\s+(?:at\s+)?|(?:{WEEKDAY},?\s+)?(?P<mon0>{MONTH})\s+"
        rf"(?P<mday0>{DAY}),?\s+(?:(?P<year0>{YEAR}),?\s+)?(?:at\s+)?)?"
        rf"(?P<clock>{CLOCK})(?:\s+(?P<tz>(?-i:[A-Z]{{2,4}})))?"
        rf"(?:,?\s+(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH})\s+(?P<mday>{DAY})(?!\d)"
        rf"(?:,?\s+(?P<year>{YEAR}))?|\s+(?P<day>{DAY_REF}))?",
    ),
    _rule("set_word", f"(?P<word>{_alt(t.SET_WORDS)})", t.SET_WORDS),
    _rule(
        "set_every",
        rf"(?:every|each|per)\s+(?:other\s+)?(?:(?P<n>{NUMBER})\s+)?"
        rf"(?P<unit>{UNIT}|{WEEKDAY}|{MONTH}|{SEASON}|{_alt(t.HOLIDAYS)})"
        # "every Week 12 game": a season's numbered week (or "Day 3") is a name.
        r"(?!(?<=(?-i:Week))\s+\d|(?<=(?-i:Day))\s+\d)",
        gate=("every", "each", "per"),
    ),
    _rule("reference", f"(?P<word>{_alt(t.REFERENCE_WORDS)})", _REFERENCE_GATE),
    _rule(
        "era",
        rf"(?:the\s+)?(?P<era>{_alt(t.ERAS)})(?:[\s-]+(?P<noun>{_alt(t.ERA_NOUNS)}))?",
        gate=_first_words(t.ERAS),
    ),
    _rule(
        "holiday",
        rf"(?:(?P<rel>{REL})\s+)?(?P<name>{_alt(_HOLIDAY_NAMES)})"
        rf"(?:\s+(?P<year>{YEAR})|,?\s+(?:of\s+)?(?P<rel_year>last|this|next)\s+year(?!-|'|’))?",
        gate=_HOLIDAY_NAMES,  # whole names: their first words ("new", "good") are everywhere
    ),
    # "over the past fortnight": two weeks up to now (no calendar fortnight to name).
    _rule(
        "fortnight",
        r"(?:the\s+)?(?P<rel>past|last|next|coming|previous|following)\s+fortnight",
        gate=("fortnight",),
    ),
    # "the week before last", "the year after next": two steps from the anchor's.
    _rule(
        "two_away",
        r"(?:the\s+)?(?P<unit>year|month|week|weekend|quarter|decade)\s+"
        r"(?P<dir>before\s+last|after\s+next)",
        gate=("before last", "after next"),
    ),
    # "twice as high a dividend this year as last", "more this month than last": the
    # unit is left out after "as" or "than"; the bare "last" is the last one.
    _rule(
        "elided_last",
        r"this\s+(?P<unit>year|month|week|quarter)\s+(?:as|than)\s+(?P<span>last)"
        r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|but|when|while)\b)",
        gate=("as last", "than last"),
        part="span",
    ),
    _rule("year_end", r"(?:the\s+)?(?:year-end|year's\s+end|year\s+end)", ["end"]),
    _rule("around_year", rf"(?P<side>pre|post|mid)-(?P<year>{YEAR})", ["pre-", "post-", "mid-"]),
    # "the 2019-20 season", "fiscal 1998/99", "2015-19": the year written first is
    # found on its own; the two digits after it are the year the span ends in.
    _rule(
        "year_pair_second",
        r"(?<!\d[-–/])(?P<first>(?:1[6-9]|20)\d\d)[-–/](?P<second>\d\d)(?![-–/]?\d|%)",
        part="second",
    ),
    _rule(
        "century_turn",
        r"the\s+turn\s+of\s+(?:the\s+)?(?:(?P<which>\d{1,2}(?:st|nd|rd|th)|"
        rf"{_alt(t.CENTURY_WORDS)})[-\s]+)?(?P<unit>century|millenn?ium)",
        ["turn"],
    ),
)

RULES_BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}
