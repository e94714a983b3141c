"""How sure a statement is, from its cue lemma and content words (no model needed)."""

from __future__ import annotations

from claimledger.nlp.certainty import classify_certainty


def test_plain_report_is_asserted() -> None:
    assert classify_certainty("confirm", "the complex had arrived in the country") == "asserted"


def test_hedging_cue_is_hedged() -> None:
    assert classify_certainty("suggest", "officials had proposed a new project") == "hedged"


def test_modal_in_content_is_hedged() -> None:
    content = "the Oreshnik system may be a modification of the RS-26 Rubezh complex"
    assert classify_certainty("say", content) == "hedged"


def test_reportedly_is_hedged() -> None:
    assert classify_certainty("say", "the convoy reportedly crossed the border") == "hedged"


def test_future_content_is_a_forecast() -> None:
    content = "several missile systems would be transferred to Belarus by the end of the year"
    assert classify_certainty("indicate", content) == "forecast"


def test_contracted_will_is_a_forecast() -> None:
    assert classify_certainty("state", "As soon as it does, we’ll invite you") == "forecast"


def test_expected_to_is_a_forecast() -> None:
    assert classify_certainty("expect", "to be fully combat-ready") == "forecast"


def test_denial_cue_is_denied_even_about_the_future() -> None:
    assert classify_certainty("deny", "that the missiles will arrive") == "denied"


def test_likely_before_a_noun_is_not_a_hedge() -> None:
    assert classify_certainty("say", "Clinton leads among likely voters") == "asserted"


def test_likely_to_is_a_hedge() -> None:
    assert classify_certainty("say", "the bill is likely to pass the Senate") == "hedged"
