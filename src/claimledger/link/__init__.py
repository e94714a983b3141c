"""Across documents: one entity per real thing, claim groups, conflicts, forecasts.

Link works on records and on the store, never on raw text. Within one
document, :mod:`~claimledger.link.entities` decides which entity each mention
stands for at ingest. Across the ledger, :func:`claimledger.link.plan.plan_links`
turns the stored corpus into one :class:`~claimledger.store.linking.LinkPlan`,
step by step:

* :mod:`~claimledger.link.syndication`: near-duplicate articles (MinHash LSH);
* :mod:`~claimledger.link.identities`: name variants merged, labels voted;
* :mod:`~claimledger.link.dating`: open years placed against the story,
  "soon" given a horizon;
* :mod:`~claimledger.link.groups`: the same claim in several articles;
* :mod:`~claimledger.link.conflicts`: disagreements on a time, number or label;
* :mod:`~claimledger.link.forecasts`: forecasts followed to their outcomes.

Their tables of knowledge live in :mod:`~claimledger.link.knowledge`.
``Ledger.link()`` runs it all in one transaction.
"""
