"""The ledger over HTTP: a read-only JSON API and the web UI, in one FastAPI app.

>>> from claimledger.api import create_app
>>> app = create_app("story.db")            # doctest: +SKIP
"""

from claimledger.api.app import create_app

__all__ = ["create_app"]
