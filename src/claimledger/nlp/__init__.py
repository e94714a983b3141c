"""The spaCy side of claimledger: our components and the pipeline that runs them.

Each component is an ordinary spaCy factory (``nlp.add_pipe("claimledger_time")``)
that leaves frozen records from :mod:`claimledger.records` on ``doc._``.
Nothing here knows about SQL.
"""
