"""Across documents: one entity per real thing, claim groups, conflicts, forecasts.

Link works on records and on the store, never on raw text.
"""
