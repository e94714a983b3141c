"""Whether a quarter, half or clock time is a game's: sports reports keep their own time.

"Luck's touchdown pass late in the fourth quarter" is not October to
December. One word only a game report uses, anywhere in the text, makes it one.
"Nelson's goal 2:55 into overtime" and "a 3-pointer with 3:08 to play" are on
the game clock, not times of day, in any text.
"""

from __future__ import annotations

import functools
import re

GAME_PART_RULES = frozenset(
    {
        "part_of",
        "part_pair_first",
        "part_pair_second",
        "duration",
        "position",
        "position_of",
        "period",
    }
)
# A game's quarters and halves: "late in the fourth quarter", "points in the second half".
_GAME_PART = re.compile(r"\b(?:quarters?|half|halves)\b", re.I)
# Words only a game report uses; one anywhere in the text makes it one.
_GAME_WORDS = re.compile(
    r"\b(?:touchdowns?|field\s+goals?|halftime|interceptions?|quarterbacks?|fumbled?|kickoff"
    r"|penalty\s+kicks?|free\s+throws?|three-pointers?|innings|playoffs?|\d+\s+rebounds"
    r"|\d+-yard|yards\s+(?:passing|rushing)|NFL|NBA|NHL|NCAA"
    r"|(?:minutes|seconds)\s+(?:left|remaining)\s+in)\b",
)


@functools.lru_cache(maxsize=8)
def _is_game_report(text: str) -> bool:
    return _GAME_WORDS.search(text) is not None


def is_part_of_a_game(m: re.Match[str], text: str) -> bool:
    """Whether a quarter or half with no year is a game's: the text reports on games."""
    if not _GAME_PART.search(m.group(0)) or re.search(r"\d{4}|fiscal", m.group(0), re.I):
        return False
    return _is_game_report(text)


# A bare clock reading, no a.m./p.m.: a game clock's minutes and seconds, or a
# verse ("Exodus 18:21") or a place in a recording ("the 15:20 mark").
BARE_CLOCK = re.compile(r"\d{1,2}:\d\d")
# What follows a game clock: "2:55 into overtime", "1:24 left", "with 3:08 to play",
# "at 7:14 of the first period".
_GAME_CLOCK_AFTER = re.compile(
    r"\s+(?:into|left|remaining|to\s+(?:play|go)"
    r"|of\s+(?:the\s+)?(?:first|second|third|fourth|fifth|final|overtime|regulation|extra)\b)",
    re.I,
)
# What comes before one: "in the final 4:29 of regulation", "the opening 2:30",
# "he scored at 7:14 and on the power play at 19:56".
_GAME_CLOCK_BEFORE = re.compile(
    r"\b(?:final|opening|last|first)\s+$|\b(?:scored|goal|play)\s+at\s+$", re.I
)


def is_game_clock(m: re.Match[str], text: str) -> bool:
    """Whether a clock time is a game's clock, from the words around it."""
    if BARE_CLOCK.fullmatch(m.group(0)) is None:
        return False
    before = text[max(0, m.start() - 14) : m.start()]
    return bool(_GAME_CLOCK_AFTER.match(text, m.end()) or _GAME_CLOCK_BEFORE.search(before))
