"""Forecasts and plans followed to the later claims that settle them.

A forecast or plan ("several systems would be transferred to Belarus by the
end of the year", said 2025-03-14) has a deadline: the end of the interval
it is about (2025-12-31); "imminently" or "soon" got a short horizon from the
day it was said in :mod:`claimledger.link.dating`; without either, it has no
deadline (nor does a "would" whose deadline is before it was said: that is
the past told as future-in-past). It is followed, within its block (story,
subject entity, predicate family: "transfer" is settled by "arrive", see
:data:`~claimledger.link.knowledge.PREDICATE_FAMILIES`), to the facts that
happen after it was said and share an argument word with it. The story
matters: "Cruz will win Iowa" is not settled by "Cruz won" in an article
about a Senate vote, nor missed because the Senate vote was reported on
after the caucus.

* ``fulfilled``: the earliest such fact happened on or before the deadline
  (or the forecast has no deadline);
* ``late``: it happened after the deadline;
* ``contradicted``: no such fact, but a later negative claim ("has not arrived");
* ``missed``: nothing reported, though the subject was reported on in the
  forecast's story after the deadline (``to`` is ``None``);
* still open otherwise: no link is written.

A fact with no date of its own is taken to have happened between the
forecast and the day it was reported; when that span straddles the deadline
the fact cannot settle the forecast either way and the next one is tried.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from claimledger.link.evidence import (
    argument_words,
    blocks,
    day,
    evidence,
    family_key,
    story_key,
)
from claimledger.link.knowledge import GENERIC_PREDICATES
from claimledger.store.linking import LinkClaim, LinkDocument, NewLink

_LOOKING_AHEAD = frozenset({"forecast", "plan"})


def _said_day(claim: LinkClaim, documents: dict[str, LinkDocument]) -> date | None:
    """When a claim was said: its said date, else its document's publication."""
    said = day(claim.said) or day(documents[claim.document_id].published, latest=True)
    return said


def _happened(
    fact: LinkClaim, said_forecast: date, documents: dict[str, LinkDocument]
) -> tuple[date, date] | None:
    """The days a fact happened between, or ``None`` when it cannot be after the forecast."""
    if fact.about is not None and (fact.about.start or fact.about.end):
        start = fact.about.start or date.min
        end = fact.about.end or date.max
    else:
        reported = _said_day(fact, documents)
        if reported is None:
            return None
        start, end = said_forecast, reported
    if end <= said_forecast:
        return None
    return max(start, said_forecast), end


def _compatible(forecast: LinkClaim, fact: LinkClaim) -> bool:
    """Whether a fact is about what was forecast: they share an argument word ("Belarus").

    Without one, "Clinton would win decisively" would be settled by any "win".
    A predicate that says little alone ("be", "have") needs half its argument
    words shared: "will be fully combat-ready" / "is combat-ready".
    """
    forecast_words, fact_words = argument_words(forecast), argument_words(fact)
    shared = forecast_words & fact_words
    if forecast.predicate in GENERIC_PREDICATES or fact.predicate in GENERIC_PREDICATES:
        return len(shared) * 2 >= len(forecast_words | fact_words) > 0
    return bool(shared)


def _verdict(
    forecast: LinkClaim,
    facts: Sequence[LinkClaim],
    documents: dict[str, LinkDocument],
    latest: date | None,
) -> NewLink | None:
    """The verdict on one forecast; ``latest`` is the newest day its subject was reported on."""
    said = _said_day(forecast, documents)
    if said is None:
        return None
    deadline = forecast.about.end if forecast.about is not None else None
    if deadline is not None and deadline < said:
        return None  # "in the early 1960s it would provide ...": a past told as future-in-past
    base: dict[str, Any] = {
        "said": said.isoformat(),
        "deadline": deadline.isoformat() if deadline else None,
        "deadline_inferred": bool(forecast.about and forecast.about.is_inferred),
        "forecast": evidence(forecast),
    }
    outcomes = []
    for fact in facts:
        if fact.id == forecast.id or not _compatible(forecast, fact):
            continue
        happened = _happened(fact, said, documents)
        if happened is not None:
            outcomes.append((happened, fact))
    outcomes.sort(key=lambda item: (item[0], item[1].id))
    negative = None
    for (start, end), fact in outcomes:
        detail = {
            **base,
            "outcome": evidence(fact),
            "happened": [start.isoformat(), end.isoformat()],
        }
        if fact.polarity == "negative":
            negative = negative or (fact, detail)
            continue
        if deadline is None or end <= deadline:
            return NewLink("fulfilled", forecast.id, fact.id, detail=detail)
        if start > deadline:
            return NewLink("late", forecast.id, fact.id, detail=detail)
    if negative is not None:
        return NewLink("contradicted", forecast.id, negative[0].id, detail=negative[1])
    if deadline is not None and latest is not None and deadline < latest:
        return NewLink("missed", forecast.id, None, detail={**base, "latest": latest.isoformat()})
    return None


def latest_reports(
    claims: Sequence[LinkClaim],
    documents: dict[str, LinkDocument],
    story_of: Mapping[str, str] | None = None,
) -> dict[tuple[str, str], date]:
    """The newest day each subject entity was reported on in each story: (story, entity) → day.

    A forecast is ``missed`` only when its subject was reported on after the
    deadline in its story and the outcome was not: a story the ledger stopped
    following says nothing about whether the forecast came true, and neither
    does a later article about something else.
    """
    latest: dict[tuple[str, str], date] = {}
    for claim in claims:
        if claim.subject_entity_id is None:
            continue
        reported = day(claim.said, latest=True) or day(
            documents[claim.document_id].published, latest=True
        )
        key = (story_key(story_of, claim), claim.subject_entity_id)
        if reported is not None and reported > latest.get(key, date.min):
            latest[key] = reported
    return latest


def _story_family(
    story_of: Mapping[str, str] | None, claim: LinkClaim
) -> tuple[str, str, str] | None:
    """The (story, subject entity, predicate family) block of a claim."""
    key = family_key(claim)
    return None if key is None else (story_key(story_of, claim), *key)


def follow_forecasts(
    claims: Sequence[LinkClaim],
    documents: dict[str, LinkDocument],
    story_of: Mapping[str, str] | None = None,
) -> list[NewLink]:
    """Return a ``fulfilled``, ``late``, ``missed`` or ``contradicted`` link per settled forecast.

    ``claims`` must have their subjects and dates resolved; forecasts still
    open get no link. ``story_of`` maps document id to story id: a forecast is
    settled only within its story (all one story when omitted).
    """
    latest = latest_reports(claims, documents, story_of)
    facts = blocks(
        (c for c in claims if c.modality == "fact"), lambda c: _story_family(story_of, c)
    )
    links = []
    for forecast in claims:
        if forecast.modality not in _LOOKING_AHEAD or forecast.polarity != "positive":
            continue
        key = _story_family(story_of, forecast)
        if key is None:
            continue
        link = _verdict(forecast, facts.get(key, ()), documents, latest.get((key[0], key[1])))
        if link is not None:
            links.append(link)
    return links
