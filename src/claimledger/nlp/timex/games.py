"""Whether a quarter or half is a game's: sports reports count time in quarters and halves.

"Luck's touchdown pass late in the fourth quarter" is not October to
December. One word only a game report uses, anywhere in the text, makes it one.
"""

from __future__ import annotations

import functools
import re

GAME_PART_RULES = frozenset({"part_of", "duration", "position", "position_of", "period"})
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
