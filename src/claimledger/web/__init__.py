"""The web UI: server-rendered pages over the store, each with a ``.json`` twin.

Article text is untrusted and is only ever rendered through autoescaped
templates, segment by segment (:mod:`claimledger.web.highlight`).
"""
