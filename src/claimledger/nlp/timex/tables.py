"""Every table of temporal knowledge the time component uses, in one place.

Month and weekday names, number words, units, seasons, fuzzy modifiers,
reference words and the named eras. The grammar builds its patterns from
these tables and the normalizer reads their meanings from them, so adding a
word here teaches both at once.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2,
    "wed": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4,
    "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

# Abbreviations that are also common words are only read as dates next to a number.
AMBIGUOUS_NAMES = frozenset({"mar", "may", "march", "jun", "sat", "sun", "wed", "dec", "sept"})

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "thousand": 1000, "a thousand": 1000,
    "a dozen": 12, "dozen": 12,
    # "a couple of years" is two, as TimeBank values it (P2Y); so is the spoken
    # "a couple months ago".
    "a couple of": 2, "couple of": 2, "a couple": 2,
}  # fmt: skip

# Years said in words, as broadcast transcripts write them ("nineteen ninety-four",
# "two thousand and one"); a lower-case regular expression, read by lexicon.full_year.
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNDER_100 = rf"(?:(?:{_TENS})(?:[-\s](?:{_ONES}))?|{_TEENS})"
SPOKEN_YEAR = (
    rf"(?:(?:seventeen|eighteen|nineteen)\s+(?:hundred|{_UNDER_100}|oh[-\s](?:{_ONES}))"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_UNDER_100}|{_ONES}))?)"
)

# Vague counts: "a few days" is a duration with an unknown number (TimeML ``X``).
VAGUE_COUNTS = frozenset({
    "few", "a few", "several", "many", "some",
    # "for hundreds of years", "hundreds more years": a count not given.
    "dozens of", "scores of", "hundreds of", "thousands of", "dozens", "hundreds", "thousands",
})  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "last": -1, "final": -1,
}  # fmt: skip

# Units of time: TimeML duration letter, whether it sits after a "T", and its size in days.
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "fortnight": ("W", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False),
}  # fmt: skip
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day",
    "weeks": "week", "months": "month", "quarters": "quarter", "years": "year",
    "decades": "decade", "centuries": "century", "weekends": "weekend",
    "fortnights": "fortnight",
}  # fmt: skip

# Seasons: TimeML code and the (month, day) they start on, meteorological reckoning.
SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 5),
    "SU": (6, 8),
    "FA": (9, 11),
    "WI": (12, 14),  # winter runs into next year
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "tonight": "NI", "midday": "MI", "noon": "MI",
}  # fmt: skip

# Fuzzy position inside a period: TimeML mod and the fraction of the period it covers.
POSITIONS: dict[str, tuple[str, float, float]] = {
    "early": ("START", 0.0, 1 / 3),
    "mid": ("MID", 1 / 3, 2 / 3),
    "middle": ("MID", 1 / 3, 2 / 3),
    "late": ("END", 2 / 3, 1.0),
    "beginning": ("START", 0.0, 1 / 6),
    "start": ("START", 0.0, 1 / 6),
    "end": ("END", 5 / 6, 1.0),
    "close": ("END", 5 / 6, 1.0),
}

# Quantifiers on durations and dates ("at least 72 hours"): TimeML mod.
QUANTIFIER_MODS: dict[str, str] = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
    "nearly": "EQUAL_OR_LESS", "almost": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "just over": "MORE_THAN", "just under": "LESS_THAN",
}  # fmt: skip

# Quantifiers left out of a duration's extent: "over" and "about" are mostly
# prepositions in news ("over the past 20 years"), and TimeBank leaves them out.
QUANTIFIERS_OUTSIDE = frozenset({"over", "about", "just over"})

# Words that stand for the present, past or future as a whole.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF", "these days": "PRESENT_REF",
    "right now": "PRESENT_REF", "the present": "PRESENT_REF", "presently": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF",
    "lately": "PAST_REF",
    # The adjectives: "its current chairman", "the then-current price".
    "current": "PRESENT_REF", "then current": "PAST_REF", "then-current": "PAST_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF",
    "imminently": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "the coming days": "FUTURE_REF",
    "the near future": "FUTURE_REF", "someday": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "a later date": "FUTURE_REF", "a future date": "FUTURE_REF",
}  # fmt: skip

# Days named relative to the anchor.
DAY_OFFSETS: dict[str, int] = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "last night": -1,
}  # fmt: skip
# Day words that also name the part of the day: "tonight", "last night".
NIGHT_WORDS = frozenset({"tonight", "last night"})
# "today's youth", "tomorrow's leaders", "yesterday's men": the day word stands for
# the present, the future or the past, not one day. Read before these nouns.
GENERIC_DAY_REFS: dict[str, str] = {
    "today": "PRESENT_REF", "tomorrow": "FUTURE_REF", "yesterday": "PAST_REF",
}  # fmt: skip
GENERIC_DAY_NOUNS = frozenset({
    "world", "youth", "society", "generation", "generations", "young", "youngsters",
    "children", "kids", "teens", "teenagers", "students", "parents", "families", "leaders",
    "workforce", "workers", "consumers", "culture", "politics", "men", "women", "man",
    "woman", "technology", "technologies", "america", "americans",
})  # fmt: skip

# Frequency words and the TimeML SET value they carry.
SET_WORDS: dict[str, str] = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    "biweekly": "P2W", "biannually": "P6M",
}  # fmt: skip

# Named eras: (first year, last year) of whole calendar years; ``None`` leaves it open.
ERAS: dict[str, tuple[int, int | None]] = {
    "soviet": (1922, 1991), "ussr": (1922, 1991), "cold war": (1947, 1991),
    "post-soviet": (1992, None), "tsarist": (1547, 1917), "imperial russian": (1721, 1917),
    "interwar": (1918, 1939), "post-war": (1945, None), "postwar": (1945, None),
    "victorian": (1837, 1901), "world war ii": (1939, 1945), "second world war": (1939, 1945),
    "world war i": (1914, 1918), "first world war": (1914, 1918), "napoleonic": (1799, 1815),
    "communist": (1945, 1991), "yugoslav": (1918, 1992),
}  # fmt: skip
ERA_NOUNS = ("era", "times", "period", "years", "days", "age")

# Days known by their name: "9/11" (and "the Sept. 11 attacks") is 2001-09-11.
NAMED_DAYS: dict[str, tuple[int, int, int]] = {"9/11": (2001, 9, 11)}

# Holidays with a fixed day: (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
    "fourth of july": (7, 4), "the fourth of july": (7, 4),
}  # fmt: skip

# Holidays that fall on a weekday of a month: (month, weekday with Monday = 0,
# which one of the month, -1 for the last, days after it).
MOVING_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    "thanksgiving": (11, 3, 4, 0), "thanksgiving day": (11, 3, 4, 0),
    # The shopping days after Thanksgiving: Friday, and the Monday after.
    "black friday": (11, 3, 4, 1), "cyber monday": (11, 3, 4, 4),
    "election day": (11, 0, 1, 1),  # the Tuesday after the first Monday
    "labor day": (9, 0, 1, 0), "memorial day": (5, 0, -1, 0),
    "martin luther king day": (1, 0, 3, 0), "presidents' day": (2, 0, 3, 0),
    "mother's day": (5, 6, 2, 0), "father's day": (6, 6, 3, 0),
    "super tuesday": (3, 1, 1, 0),  # since 2000, but see SUPER_TUESDAYS
}  # fmt: skip

# "Super Tuesday", when most states hold their presidential primaries, comes
# only in a presidential election year, from 1984; these years it was not
# the first Tuesday of March: (month, day).
SUPER_TUESDAYS: dict[int, tuple[int, int]] = {
    1984: (3, 13), 1988: (3, 8), 1992: (3, 10), 1996: (3, 12), 2008: (2, 5),
}  # fmt: skip

# The Easter cycle: days from Easter Sunday.
EASTER_OFFSETS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1,
    "good friday": -2, "holy saturday": -1, "palm sunday": -7, "ash wednesday": -46,
    "easter week": 0, "holy week": 0,
}  # fmt: skip
# Names of a holiday's week: "Easter week" is the ISO week ending on Easter Sunday.
HOLIDAY_WEEKS = frozenset({"easter week", "holy week"})

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip

CENTURY_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21,
}  # fmt: skip

# Words before a period that say which one relative to the anchor: step in units.
# "following" counts only after "the": bare, it is the preposition ("Following
# Monday's debate" is after the past Monday, not on the next one).
RELATIVE_STEPS: dict[str, int] = {
    "this": 0, "the current": 0, "current": 0, "the present": 0, "that": 0,
    "last": -1, "the last": -1, "past": -1, "the past": -1, "this past": -1, "previous": -1,
    "the previous": -1, "the preceding": -1, "next": 1, "the next": 1, "coming": 1,
    "the coming": 1, "the following": 1, "the same": 0,
    "the latest": -1, "latest": -1, "the most recent": -1,
}  # fmt: skip

# Words that make a bare month, weekday or quarter likely to be a date reference.
DATE_CUES = frozenset({
    "in", "on", "since", "until", "till", "by", "before", "after", "during", "from",
    "through", "to", "of", "early", "mid", "late", "last", "next", "this", "each", "every",
})  # fmt: skip
