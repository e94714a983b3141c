"""Near-duplicate articles grouped by MinHash LSH; different articles on one story kept apart."""

from __future__ import annotations

from claimledger.link.syndication import group_documents

AGENCY = (
    "Belarusian President Alexander Lukashenko confirmed on Wednesday that the Russian Oreshnik "
    "missile complex had arrived in the country on December 17 and had already begun its combat "
    "readiness phase. Speaking to reporters in Minsk, he said that the first positions of the "
    "system had been equipped and that more launchers would follow next year, in line with the "
    "agreements reached with Moscow. The defence ministry declined to give the number of "
    "launchers deployed or the location of the positions, citing security concerns."
)
REWRITE = AGENCY.replace("on Wednesday", "on Wednesday, state media reported,") + (
    " Western officials did not comment."
)
OTHER = (
    "State Secretary of the Security Council Alexander Volfovich stated that the sites for the "
    "Oreshnik missile system in Belarus have already been prepared, and that production of the "
    "necessary vehicles to support the missile system is nearing completion. He added that the "
    "missiles would be delivered from Russia and that some facilities had been preserved from "
    "the Soviet era, which made the preparation faster than expected."
)


def test_a_syndicated_rewrite_joins_the_original_and_a_different_article_does_not() -> None:
    groups = group_documents({"b-agency": AGENCY, "a-rewrite": REWRITE, "c-other": OTHER})
    assert groups["b-agency"] == groups["a-rewrite"] == "syn-a-rewrite"
    assert groups["c-other"] is None


def test_group_ids_do_not_depend_on_the_order_documents_come_in() -> None:
    forward = group_documents({"x1": AGENCY, "x2": REWRITE, "x3": OTHER})
    backward = group_documents(
        dict(reversed(list({"x1": AGENCY, "x2": REWRITE, "x3": OTHER}.items())))
    )
    assert forward == backward


def test_empty_and_tiny_documents_are_never_grouped() -> None:
    groups = group_documents({"e1": "", "e2": "", "t1": "Minsk."})
    assert groups == {"e1": None, "e2": None, "t1": None}
