"""Reading single words and numbers through the tables (month names, units, counts)."""

from __future__ import annotations

import re

from claimledger.nlp.timex import tables as t

# "Monday's", "this quarter’s", and "Monday 's" in tokenized text.
_POSSESSIVE = re.compile(r"\s?['’]s\b")


def possessive_end(text: str, at: int) -> int | None:
    """Return where a possessive 's right at ``at`` ends ("Monday's debate"), else ``None``."""
    m = _POSSESSIVE.match(text, at)
    return m.end() if m is not None else None


def _key(word: str) -> str:
    return re.sub(r"\s+", " ", word.strip().lower().rstrip("."))


def month_of(word: str) -> int | None:
    """Return the month number of a month name or abbreviation, else ``None``."""
    return t.MONTHS.get(_key(word))


def weekday_of(word: str) -> int | None:
    """Return the weekday (Monday = 0) of a weekday name, else ``None``."""
    return t.WEEKDAYS.get(_key(word).removesuffix("'s").removesuffix("’s"))


def unit_of(word: str) -> str | None:
    """Return the singular unit ("year") of a unit word or plural, else ``None``."""
    key = _key(word)
    key = t.UNIT_PLURALS.get(key, key)
    return key if key in t.UNITS else None


def number_of(text: str) -> float | None:
    """Return the number a count spells ("two", "5 1/2", "half a", "a"), else ``None``.

    Vague counts ("several", "a few") give ``None``: TimeML writes them as ``X``.
    """
    key = re.sub(r"-(?=and\b|a\b|half\b)", " ", _key(text))  # "five-and-a-half"
    if key in t.VAGUE_COUNTS:
        return None
    if key in ("half a", "half an", "a half", "an half"):
        return 0.5
    half = 0.0
    for suffix in (" 1/2", " and a half"):
        if key.endswith(suffix):
            key, half = key[: -len(suffix)].strip(), 0.5
    try:
        return float(key) + half
    except ValueError:
        pass
    if key in t.NUMBER_WORDS:
        return t.NUMBER_WORDS[key] + half
    for word, size in (("hundred", 100), ("thousand", 1000)):
        # "two hundred", "five thousand": a count of hundreds or thousands.
        if key.endswith(word) and (many := number_of(key[: -len(word)].strip(" -"))):
            return many * size + half
    parts = re.split(r"[-\s]+", key)
    if len(parts) == 2 and all(p in t.NUMBER_WORDS for p in parts):
        return t.NUMBER_WORDS[parts[0]] + t.NUMBER_WORDS[parts[1]] + half
    return None


def day_of(text: str) -> int:
    """Return the day number of "17", "17th" or "03"."""
    return int(re.sub(r"\D", "", text))


def _spoken_year(text: str) -> int:
    words = [w for w in re.split(r"[-\s]+", _key(text)) if w != "and"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(t.NUMBER_WORDS[w] for w in words[2:])
    century = t.NUMBER_WORDS[words[0]] * 100
    rest = [w for w in words[1:] if w != "oh"]
    if rest == ["hundred"]:
        return century
    return century + sum(t.NUMBER_WORDS[w] for w in rest)


def full_year(text: str) -> int:
    """Return a four-digit year; two digits ("'98") read as 19xx above 30, else 20xx.

    Years in words ("nineteen ninety-four", "two thousand") are read too.
    Raises ``ValueError`` or ``KeyError`` for anything else.
    """
    text = text.strip().lstrip("'’")  # "'98"
    if not text.isdigit():
        return _spoken_year(text)
    year = int(text)
    if len(text) == 2:
        return 1900 + year if year > 30 else 2000 + year
    return year
