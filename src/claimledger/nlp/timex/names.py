"""Whether a time word is part of a name: ABC's "This Week", "USA TODAY", "Saturday Night Live".

Capitals say so in running text, but not in a title-case headline, where
every word has them ("Troops Will Leave Belarus Next Week").
"""

from __future__ import annotations

import re

from claimledger.nlp.timex.lexicon import month_of, weekday_of

# What may come before a sentence's first word: its end, a quote, a dateline's dash.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"'`(\n_\-–—“‘])\s*$")
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")
# The next word of a name in title case: "Nightly News", "Saturday Night Live".
TITLE_WORD = re.compile(r"\s+[A-Z][a-z]")


def is_headline(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a headline in title case ("Troops Leave Next Week")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    words = _LONG_WORD.findall(line) if len(line) <= 200 else []
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def is_in_a_title(m: re.Match[str], text: str) -> bool:
    """Whether capitals make the match part of a name: ABC's "This Week", "VOA Today"."""
    words = m.group(0).split()
    if any(w[:1].isupper() and w[1:].islower() for w in words[1:]):
        is_name = not any(month_of(w) or weekday_of(w) for w in words)
    else:
        first = words[0].rstrip(",")  # "June, 2005"
        # "Breitbart News Daily", and in capitals "USA TODAY" (not "FY 26").
        tail = first[1:]
        is_caps = len(tail) > 1 and tail.isalpha() and tail.isupper()
        is_capital = first[:1].isupper() and (tail.islower() or is_caps)
        before = text[max(0, m.start() - 4) : m.start()]
        is_name = is_capital and month_of(first) is None and not _SENTENCE_START.search(before)
    # The line is read only for the few matches the capitals would turn away.
    return is_name and not is_headline(text, m.start())


# Quotation marks right around a name: ''Today'', "60 Minutes," “Tomorrow.” (not the
# apostrophe of “Today’s speech”).
_OPENING_QUOTE = re.compile(r"(?:''|``|[\"“])$")
_CLOSING_QUOTE = re.compile(r"[.,!?]?(?:''|[\"”])")


def is_quoted_name(m: re.Match[str], text: str) -> bool:
    """Whether the match, capitalized, is all a quotation holds: NBC's ''Today'' show."""
    if not any(w[:1].isupper() for w in m.group(0).split()):
        return False
    is_opened = _OPENING_QUOTE.search(text, max(0, m.start() - 2), m.start()) is not None
    return is_opened and _CLOSING_QUOTE.match(text, m.end()) is not None


def is_title_run(m: re.Match[str], text: str) -> bool:
    """Whether a capitalized "Saturday Night" runs on into a name's next capitalized word."""
    words = m.group(0).split()
    is_capitalized = len(words) > 1 and all(w[:1].isupper() for w in words)
    return is_capitalized and bool(TITLE_WORD.match(text, m.end()))
