"""Whether a match looks like a time beside its neighbours.

The grammar matches shapes; the words around a match say whether it is
meant as a time. Bare month names, seasons and years need a date cue,
because "May", "fall" and "2000" are often not times; "$1.76 a year" is a
rate; "against the current" is a noun; ABC's "This Week" is a name.
"""

from __future__ import annotations

import re

from claimledger.nlp.timex import tables as t
from claimledger.nlp.timex.games import (
    BARE_CLOCK,
    GAME_PART_RULES,
    is_game_clock,
    is_part_of_a_game,
)
from claimledger.nlp.timex.grammar import FULL_MONTHS, NUMWORD, Rule
from claimledger.nlp.timex.lexicon import month_of
from claimledger.nlp.timex.names import (
    TITLE_WORD,
    is_headline,
    is_in_a_title,
    is_quoted_name,
    is_title_run,
)

_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[\s,]*$")
_MONTH_WORD = "(?-i:" + "|".join(m.title() for m in FULL_MONTHS) + ")"
_SPOKEN_YEAR = re.compile(t.SPOKEN_YEAR, re.I)
_AMBIGUOUS_BARE = {"may", "march", "fall", "spring"}
_NUMBER_UNITS = re.compile(
    r"\s*(?:%|percent|per\s+cent|[a-z]+illion|dollars|people|"
    r"shares|tons?|units|votes|troops|employees|acres|miles|feet)\b",
    re.I,
)


_TIME_PREPOSITIONS = frozenset({"in", "since", "until", "by", "before", "after", "during"})
# "inside 1800 Pitkin Ave.": a house number before a street's name.
_STREET_AFTER = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,2}(?:Ave|Avenue|St|Street|Rd|Road|Blvd"
    r"|Boulevard|Dr|Drive|Lane|Ln|Way|Pl|Place|Ct|Court|Pkwy|Parkway|Hwy|Highway)\b"
)


# A car maker's name after a year makes it the model year.
_CAR_MAKER_AFTER = re.compile(
    r"\s+(?:(?:gray|grey|black|white|silver|red|blue|green|tan|maroon|gold)\s+)?"
    r"(?-i:Chevrolet|Chevy|Toyota|Ford|Honda|Nissan|BMW|Mercedes(?:-Benz)?|Volkswagen|VW|Dodge"
    r"|Chrysler|Jeep|Buick|Cadillac|Pontiac|Oldsmobile|Mazda|Subaru|Hyundai|Kia|Audi|Volvo"
    r"|Porsche|Ferrari|Tesla|GMC|Plymouth|Lexus|Acura|Infiniti|Jaguar|Saab|Mitsubishi)\b",
    re.I,
)


def _previous_word(text: str, start: int) -> str:
    m = _PREVIOUS_WORD.search(text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


# "$1.76 a year", "358,000 a month", "four flights a week", "$12-an-hour": a rate,
# not a duration.
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|%|\b(?:million|billion|trillion|percent|cents?|dollars?|times|once|twice"
    r"|seats|flights|units|shares|people|hours|days|nights|weeks|months))(?:\s*|-)$",
    re.I,
)
# "two Sundays": counted weekdays, not a recurrence.
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|several|few|many))\s+$", re.I)
# "in '08 and '12": a short year right after another.
_SHORT_YEAR_BEFORE = re.compile(r"['’]\d\d\s*,?\s*(?:and|or|to)\s+$")
# "twice per week": a frequency, where "per" alone makes a rate.
_TIMES_BEFORE = re.compile(r"\b(?:once|twice|thrice|times)\s+$", re.I)
# "as soon as he arrives", "soon after", "the future of Europe": conjunctions and nouns.
_NOT_REFERENCE = re.compile(r"\s+(?:as\s+(?!possible)|after\b|afterwards?\b|of\b)", re.I)
# "the past nine elections", "the past few seasons": "past" is the adjective of a count.
_COUNT_AFTER = re.compile(rf"\s+(?:\d|(?:{NUMWORD}|few|several|many|couple)\b)", re.I)
# "current" is a time only as an adjective before its noun: not "against the current",
# not "current account" (a balance-of-payments term).
_BEFORE_NOUN = re.compile(
    r"\s+(?!(?:accounts?|and|or|but|while|of|in|on|at|to|from|by|with|that|which|is|was|are"
    r"|were|as|for)\b)[a-z]"
)
# What "a quarter of" or "the quarter of" is of when it is a time: "of the year", "of 1988".
_A_YEAR_AFTER_OF = r"(?:year|fiscal|\d{4})"
# "three-quarters of its food", "a quarter of the market": a fraction, not a time.
_FRACTION = re.compile(r"\b(?:a|one|two|three)[-\s]quarters?$", re.I)
_FRACTION_AFTER = re.compile(rf"\s+of\s+(?!(?:the\s+)?{_A_YEAR_AFTER_OF})", re.I)
# Hyphenated, it is a fraction wherever it stands ("down three-quarters from the
# start", "one-quarter to one-third of its workers"), unless a year follows.
_HYPHENATED_FRACTION = re.compile(r"\b(?:one|two|three)-quarters?$", re.I)
_OF_A_YEAR = re.compile(rf"\s+of\s+(?:the\s+)?{_A_YEAR_AFTER_OF}", re.I)
# "the quarter of Democratic caucus voters who ...": a fourth of them, not a time.
_THE_QUARTER = re.compile(r"the\s+quarter$", re.I)
_OF_OTHER_THAN_A_YEAR = re.compile(
    rf"\s+of\s+(?!(?:the\s+|this\s+|last\s+|next\s+|that\s+)?{_A_YEAR_AFTER_OF}\b)", re.I
)
# "criticism in some quarters": groups of people, not quarters of a year.
_IN_SOME_QUARTERS = re.compile(r"\b(?:some|many|certain|other|all|several|most)\s+quarters$", re.I)


def _is_a_fourth_of_people(m: re.Match[str], text: str) -> bool:
    return bool(_THE_QUARTER.fullmatch(m.group(0)) and _OF_OTHER_THAN_A_YEAR.match(text, m.end()))


def _is_rate_or_fraction(m: re.Match[str], text: str) -> bool:
    words = re.split(r"[\s-]+", m.group(0).lower())
    is_one_unit = words[0] in ("a", "an") and len(words) == 2
    if is_one_unit and _AMOUNT_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
        return True
    if _HYPHENATED_FRACTION.search(m.group(0)) and not _OF_A_YEAR.match(text, m.end()):
        return True
    if _IN_SOME_QUARTERS.search(m.group(0)) and text[max(0, m.start() - 4) : m.start()] == " in ":
        return True
    return bool(_FRACTION.search(m.group(0)) and _FRACTION_AFTER.match(text, m.end()))


# Words that make a bare plural of units a stretch named ("the days before", "trading
# hours"), or a count of them ("billion years"), not an unknown number left open.
_STRETCH_NAMED_BEFORE = re.compile(
    r"\b(?:the|these|those|final|last|first|his|her|its|their|our|my|your|of|early|closing"
    r"|opening|trading|business|working|office|hundred|thousand|million|billion|dozen)\s$",
    re.I,
)


# The rules whose words, capitalized inside quotation marks, are a name's.
_NAME_LIKE_RULES = frozenset({"period", "day_ref", "reference", "duration", "set_word"})
# The rules whose words are written in lower case unless they start a sentence.
_LOWER_CASE_RULES = frozenset({"period", "day_ref", "clock", "reference", "set_word"})
# "from March to May": a month named just before makes the next a month too.
_FROM_MONTH = re.compile(rf"\b(?i:from)\s+{_MONTH_WORD}\s+to\s+$")


def _is_month_after_preposition(word: str, m: re.Match[str], text: str) -> bool:
    """Whether a "March" or "May" after "from", "to" or "of" is the month.

    "from March", "the Ides of March": a capitalized March is the month (the
    verb and the parade are written lower case outside headlines). "to May"
    is a month only at the end of "from <month> to": otherwise it is mostly
    the name ("spoke to May").
    """
    if word == "march":
        return m.group(0)[:1] == "M" and not is_headline(text, m.start())
    if word == "may":
        return bool(_FROM_MONTH.search(text[max(0, m.start() - 30) : m.start()]))
    return False


# "the March accession", "her May interview": after a determiner, a capitalized March
# or May with a common noun after it is the month the noun is dated by; not "the March
# on Washington" or "the March of Dimes", names of events and bodies, nor a surname's
# "the May government".
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
_DATED_NOUN_AFTER = re.compile(
    r"\s+(?!(?:on|of|for|to|in|at|against|through|from|with|and|or|is|was|has|had"
    r"|government|administration|cabinet|ministry|premiership|family|camp|team)\b)[a-z]"
)


def _is_month_before_noun(m: re.Match[str], text: str, before: str) -> bool:
    """Whether a bare "March" or "May" after a determiner modifies the noun after it."""
    is_capitalized = m.group(0)[:1].isupper() and not is_headline(text, m.start())
    has_noun = _DATED_NOUN_AFTER.match(text, m.end()) is not None
    return before in _DETERMINERS and is_capitalized and has_noun


# Position words that are verbs or nouns unless "the" or a hyphen ties them to the period:
# "could start this week", "primaries end in June", "beginning in April" (from April on)
# against "the end of this week", "end-March".
_LOOSE_POSITIONS = frozenset({"beginning", "start", "end", "close", "middle"})
# A day of the month right after the match: "early Jan. 6".
_DAY_AFTER = re.compile(r"\.?\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![\d,.]\d)")


def _is_position_of_period(m: re.Match[str], text: str) -> bool:
    if month_of(m.group("rest").rstrip(".")) and _DAY_AFTER.match(text, m.end()):
        return False  # "arrested early Jan. 6": early on the 6th, not early January
    if m.group("pos").lower() not in _LOOSE_POSITIONS:
        return True  # "early", "mid", "late" are always the position
    return m.group(0)[:3].lower() == "the" or text[m.end("pos") : m.end("pos") + 1] == "-"


# Objects a holiday names rather than dates: "retaliated against Christmas trees".
# Events on the day ("Thanksgiving dinner") are left as the day they are on; an
# office "Christmas party" or the "Christmas sales" are of the season, mostly days
# before it ("shot at an office Christmas party Friday", told on December 20).
# A few names start with one too: "Easter Island", "Easter Seals", the "Easter Rising".
_HOLIDAY_OBJECT = re.compile(
    r"\s+(?:trees?|cards?|gifts?|presents?|lights|decorations?|ornaments?|carols?|songs?"
    r"|parties|party|shopping|shoppers|sales|bonus(?:es)?"
    r"|music|spirit|movies?|films?|stockings?|wreaths?|eggs?|bunny|bunnies|baskets?"
    r"|Islands?|Seals|Rising)\b"
)


# "in his 30s", "my early 20s", "the low-50s", "the high forties": a decade written
# with two digits or in words after a possessive or a level is an age or a figure,
# not the 1930s; so are the next ones in a list ("in their 30s, 40s and 50s").
_DECADE_WORD = rf"(?:\d0'?s|{'|'.join(t.DECADE_WORDS)})"
_SHORT_DECADE = re.compile(rf"(?<![\d'’])\d0'?s$|\b(?:{'|'.join(t.DECADE_WORDS)})$", re.I)
_AGE_OR_LEVEL_BEFORE = re.compile(
    r"\b(?:his|her|their|my|your|our|its|low|high|upper|lower)[\s-]+"
    rf"(?:(?:early|mid|late)[\s-]+)?(?:{_DECADE_WORD}(?:,\s*|,?\s+(?:and|or|to)\s+))*$",
    re.I,
)


def _is_age_or_level(m: re.Match[str], text: str) -> bool:
    if not _SHORT_DECADE.search(m.group(0)):
        return False
    return bool(_AGE_OR_LEVEL_BEFORE.search(text[max(0, m.start() - 60) : m.start()]))


_BEFORE_THE_ATTACKS = frozenset({"since", "after", "before", "on", "until", "following", "of"})
_ATTACKS = re.compile(
    r"9/11|\bSept(?:ember|\.)?\s+11(?:th)?,?\s+(?:2001,?\s+)?(?:terror(?:ist)?\s+)?attacks\b"
)


# A link or a file name ("https://...", "www.", "...-today.jpg") or a reference
# number ("FHC/ABJ/03/095/2018"): the words in it are not the text's.
_FILE_EXTENSION = r"\.(?:jpe?g|png|gif|html?|php|aspx?)\b"
_LINK = re.compile(rf"://|^www\.|{_FILE_EXTENSION}|^(?=.*[A-Za-z])(?:[^/]*/){{3}}", re.I)
_NOT_SPACE_BEFORE = re.compile(r"\S*$")
# What follows in the same word; a stop or comma ends the match's word
# ("Coming September 30th.https://t.co/..."), unless a file's extension follows.
_NOT_SPACE_AFTER = re.compile(rf"{_FILE_EXTENSION}\S*|[^\s.,;:!?]\S*", re.I)


def _is_in_a_link(m: re.Match[str], text: str) -> bool:
    if text[m.start() - 1 : m.start()].isspace() and text[m.end() : m.end() + 1].isspace():
        return False  # the common case: the match is its own word
    before = _NOT_SPACE_BEFORE.search(text, max(0, m.start() - 200), m.start())
    after = _NOT_SPACE_AFTER.match(text, m.end())
    word = (before.group(0) if before else "") + m.group(0) + (after.group(0) if after else "")
    return _LINK.search(word) is not None


# "the Communist Party daily Granma", "the Paris daily Libération", "a free daily.": a
# paper. Not "the daily White House briefing", "the weekly GOP Power Rankings".
_PAPER_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z])")
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){1,3}$")
_A_PAPER_BEFORE = re.compile(r"\b(?i:a|an)\s+(?:[\w'’-]+\s+)?$")
_PAPER_END_AFTER = re.compile(r"\s*[.,;:!?)]")


def _is_a_newspaper(m: re.Match[str], text: str) -> bool:
    if m.group("word").lower() not in ("daily", "weekly"):
        return False
    before = text[max(0, m.start() - 50) : m.start()]
    if _PAPER_NAME_AFTER.match(text, m.end()) and _DETERMINER_BEFORE.search(before):
        return True
    return bool(_PAPER_END_AFTER.match(text, m.end()) and _A_PAPER_BEFORE.search(before))


# A bare "18:21" after a book of the Bible is a verse; before "mark", a place in a
# recording.
_BOOK_BEFORE = re.compile(
    r"\b(?-i:Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings"
    r"|Chronicles|Ezra|Nehemiah|Esther|Job|Psalms?|Proverbs|Ecclesiastes|Isaiah|Jeremiah"
    r"|Lamentations|Ezekiel|Daniel|Hosea|Joel|Amos|Micah|Matthew|Mark|Luke|John|Acts|Romans"
    r"|Corinthians|Galatians|Ephesians|Philippians|Colossians|Thessalonians|Timothy|Titus"
    r"|Hebrews|James|Peter|Jude|Revelation)\s+$"
)
_MARK_AFTER = re.compile(r"\s+mark\b", re.I)
# "high noon comes today": the idiom's showdown (the film's title is kept out as a title).
_HIGH_BEFORE = re.compile(r"\bhigh\s+$", re.I)
# "this fall in prices", "Climber Killed In Fall", "Dies in Fall": the word's other
# sense, a drop. A season is "this fall in Iowa", "this fall in the Senate".
_DROP_IN_AFTER = re.compile(r"\s+in\s+(?!(?:the|a|an|this|that|his|her|its|our|their)\b)[a-z]")
_HURT_BY_BEFORE = re.compile(
    r"\b(?:die[sd]?|dying|killed|hurt|injured|dead|death|survives?|survived)\s+(?:in|after|from)\s+$",
    re.I,
)


def _is_verse_or_mark(m: re.Match[str], text: str) -> bool:
    if BARE_CLOCK.fullmatch(m.group(0)) is None:
        return False
    before = text[max(0, m.start() - 16) : m.start()]
    return bool(_BOOK_BEFORE.search(before) or _MARK_AFTER.match(text, m.end()))


def plausible(rule: Rule, m: re.Match[str], text: str) -> bool:
    """Whether a match of a bare name or number is likely meant as a time, from its neighbours."""
    if _is_in_a_link(m, text):
        return False
    if rule.name in _NAME_LIKE_RULES and is_quoted_name(m, text):
        return False  # NBC's ''Today'', CBS' ''60 Minutes'': a show's name
    if rule.name in GAME_PART_RULES and is_part_of_a_game(m, text):
        return False  # "the Colts scored in the fourth quarter": not October to December
    if rule.name == "named_day" and m.group("bare"):
        # A bare "Sept. 11" after a preposition ("shocked after Sept. 11") is 2001's
        # in a text that names the attacks; "the Sept. 11 memorial" is this year's.
        before = _previous_word(text, m.start())
        return before in _BEFORE_THE_ATTACKS and _ATTACKS.search(text) is not None
    if rule.name == "clock" and is_game_clock(m, text):
        return False  # "2:55 into overtime", "with 3:08 to play"
    if rule.name == "clock" and _is_verse_or_mark(m, text):
        return False  # "Exodus 18:21", "starts at the 15:20 mark"
    if rule.name == "clock" and _HIGH_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return False  # "high noon comes today": the hour of a showdown, not twelve o'clock
    if rule.name in ("period", "position") and _is_age_or_level(m, text):
        return False
    if rule.name == "period" and _is_a_fourth_of_people(m, text):
        return False
    if rule.name == "position" and not _is_position_of_period(m, text):
        return False
    if rule.name == "set_word" and m.group(0)[:1].isupper() and TITLE_WORD.match(text, m.end()):
        return False  # NBC's "Nightly News", the "Daily Mail": a title, even after a quote
    if rule.name == "set_word" and _is_a_newspaper(m, text):
        return False
    if (
        rule.name == "date_mdy"
        and text[m.end("mon") : m.end("mon") + 1] == "."
        and not m.group("year")
    ):
        # "Fri., May. 3, 2013" is a dateline's; "in May. 3 people stayed" is a sentence's end.
        return m.group("mon").lower() not in FULL_MONTHS
    if rule.name == "weekday" and is_title_run(m, text):
        return False  # "Saturday Night Live", "Sunday Morning Futures"
    if rule.name == "holiday" and _HOLIDAY_OBJECT.match(text, m.end()):
        return False  # "Christmas trees", "Easter Island": things and places, not the day
    if rule.name == "weekdays" and _COUNT_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
        return False  # "two Sundays", "every two Saturdays": counted days, not a SET
    if rule.name == "month_pair":
        return True  # "March-May 2024": the month and year after it say it is a month
    if text[m.end() : m.end() + 1] == "-" and text[m.end() + 1 : m.end() + 2].isalpha():
        return False  # "quarter-to-quarter", "year-to-date": part of a longer compound
    if rule.name in _LOWER_CASE_RULES and is_in_a_title(m, text):
        return False
    if rule.name == "duration":
        return not _is_rate_or_fraction(m, text)
    if rule.name == "bare_apart":
        return _STRETCH_NAMED_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None
    if rule.name == "set_every" and m.group(0)[:3].lower() == "per":
        # "instructions per second", "$5 per day": a rate's unit, unless a count of
        # times comes before ("twice per week").
        return bool(_TIMES_BEFORE.search(text[max(0, m.start() - 12) : m.start()]))
    if rule.name == "reference":
        word = m.group("word").lower()
        if word.endswith("current"):
            return bool(_BEFORE_NOUN.match(text, m.end()))
        if word.startswith("the ") and _COUNT_AFTER.match(text, m.end()):
            return False
        return not _NOT_REFERENCE.match(text, m.end())
    if rule.name != "period":
        return True
    words = m.group(0).lower().split()
    before = _previous_word(text, m.start())
    if words[-1] == "fall" and _is_a_drop(m, text):
        return False
    if words == ["the", "year"] and _AWARD_OF_BEFORE.search(
        text, max(0, m.start() - 20), m.start()
    ):
        return False
    if len(words) == 1 and words[0].rstrip(".") in t.MONTHS and words[0] not in FULL_MONTHS:
        return False  # "Jan" alone is a name or a typo more often than a month.
    if len(words) == 1 and words[0] in _AMBIGUOUS_BARE:
        if _is_month_before_noun(m, text, before):
            return True
        return before in t.DATE_CUES and (
            before not in ("to", "of", "from") or _is_month_after_preposition(words[0], m, text)
        )
    if len(words) == 1 and re.fullmatch(r"['’]\d0['’]?s", words[0]):
        return True  # "the 1980s and '90s": a decade, wherever it stands
    if len(words) == 1 and words[0][:1] in "'’":
        # "in '98", "in '08 and '12"; not a quotation's "'98 percent".
        after_year = _SHORT_YEAR_BEFORE.search(text[max(0, m.start() - 16) : m.start()])
        return before in t.DATE_CUES or after_year is not None
    if len(words) == 1 and words[0] in t.SEASONS:
        return before in t.DATE_CUES or before == "the"
    if _SPOKEN_YEAR.fullmatch(m.group(0)) and words[0] == "two":
        # "two thousand" is a year only where a date is expected ("in two thousand");
        # "nineteen ninety-six" is one anywhere.
        return before in t.DATE_CUES and not _NUMBER_UNITS.match(text, m.end())
    # "1,990 troops" / "2000 people": a number followed by a count noun is not a year.
    is_count = bool(_NUMBER_UNITS.match(text, m.end()))
    # "$1990" is an amount and "$20s" are banknotes, not a year or a decade.
    is_money = m.start() > 0 and text[m.start() - 1] in "$#"
    # "inside 1800 Pitkin Ave." is a house number; "In 1998 Smith Street opened" a year.
    is_address = before not in _TIME_PREPOSITIONS and bool(_STREET_AFTER.match(text, m.end()))
    is_label = len(words) == 1 and words[0].isdigit() and _is_number_label(m, text)
    # "Kopp's 1987 Chevrolet Cavalier", "a gray 2013 Toyota Camry": a car's model year.
    is_model = words[-1].isdigit() and bool(_CAR_MAKER_AFTER.match(text, m.end()))
    is_named = is_label or is_model
    return not (is_money or is_named or (words[-1].isdigit() and (is_count or is_address)))


# "Time's Person of the Year", "national player of the year": an award's title.
_AWARD_OF_BEFORE = re.compile(
    r"\b(?:person|man|woman|player|coach|rookie|team|athlete|album|song|record|book|car"
    r"|word|teacher|employee|executive|manager|newcomer|comeback|pitcher|driver)\s+of\s+$",
    re.I,
)


def _is_a_drop(m: re.Match[str], text: str) -> bool:
    """Whether a "fall" is a drop, not the season: "this fall in prices", "Killed In Fall"."""
    if _DROP_IN_AFTER.match(text, m.end()):
        return True
    return bool(_HURT_BY_BEFORE.search(text, max(0, m.start() - 20), m.start()))


# "No. 1997", "#1660": a number given as a number.
_NUMBER_SIGN_BEFORE = re.compile(r"(?:\b[Nn]o\.|#)\s*$")
# "GTX 1660": a model's letters; "WWDC 2005", "FY 1998" are a year's.
_MODEL_LETTERS_BEFORE = re.compile(r"\b(?!(?:AD|BC|BCE|CE|FY)\b)[A-Z]{2,5}\s+$")


# "CVE-2013-3893", "555-2019": a number run into other digits by hyphens; a year
# hyphened to a year alone ("2015-2019") is a range.
_DIGITS_HYPHENED_BEFORE = re.compile(r"(?<![\d-])([\d-]*\d)-$")
_DIGITS_HYPHENED_AFTER = re.compile(r"-(\d[\d-]*)")
_A_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")


def _is_in_a_code(m: re.Match[str], text: str) -> bool:
    """Whether a four-digit number is hyphened to digits that are not one year."""
    left = _DIGITS_HYPHENED_BEFORE.search(text[max(0, m.start() - 16) : m.start()])
    right = _DIGITS_HYPHENED_AFTER.match(text, m.end())
    if left is not None and not _A_YEAR.fullmatch(left.group(1)):
        return True
    if right is None or len(right.group(1).rstrip("-")) < 3:
        return False  # "the 2019-20 season": two years
    return not _A_YEAR.fullmatch(right.group(1).rstrip("-"))


def _is_number_label(m: re.Match[str], text: str) -> bool:
    """Whether a four-digit number is a label, not a year: "No. 1997", "GTX 1660".

    After a model's capital letters only a number outside 1900-2099 is taken
    for one: "WWDC 2005" is the 2005 conference. Hyphened to other digits
    ("CVE-2013-3893", a phone's "555-2019") it is part of a code; "the 2019-20
    season" is two years.
    """
    before = text[max(0, m.start() - 8) : m.start()]
    if _NUMBER_SIGN_BEFORE.search(before):
        return True
    if _is_in_a_code(m, text):
        return True
    return not 1900 <= int(m.group(0)) <= 2099 and bool(_MODEL_LETTERS_BEFORE.search(before))
