"""Every statement by the named speakers of the seed articles, and the vague-source claims.

What `make demo` shows: the right speaker, role, relay, kind and certainty for
each cue, and nothing attributed to a headline or to a passive "expected".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from claimledger.config import load_settings
from claimledger.records import Attribution

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"

# (cue, speaker, role, relay, kind, certainty, content starts with)
SEED_000 = [
    ("confirmed", "Alexander Volfovich", "State Secretary of the Security Council", None,
     "indirect", "asserted", "Belarus has taken significant steps"),
    ("stated", "Alexander Volfovich", "State Secretary of the Security Council", None,
     "indirect", "asserted", "that the sites for the Oreshnik"),
    ("emphasized", "Alexander Volfovich", "State Secretary of the Security Council", None,
     "indirect", "forecast", "that the missiles would be delivered"),
    ("explained", "Alexander Volfovich", "State Secretary of the Security Council", None,
     "direct", "forecast", '"This missile system is a product'),
    ("noted", "Alexander Volfovich", "State Secretary of the Security Council", None,
     "indirect", "asserted", "that some facilities"),
    ("remarked", "Alexander Volfovich", "State Secretary of the Security Council", None,
     "direct", "forecast", '"Although it is mobile'),
    ("indicated", "Alexander Lukashenko", "President", None,
     "indirect", "forecast", "that several missile systems"),
    ("claimed", "Alexander Lukashenko", "President", None,
     "indirect", "forecast", "that the Oreshnik would arrive"),
    ("suggested", "Military experts", None, None,
     "indirect", "hedged", "that the Oreshnik system may be"),
]  # fmt: skip
SEED_002 = [
    ("confirmed", "Victor Khrenin", "spokesperson", None,
     "indirect", "asserted", "Belarus’ Ministry of Defense has taken"),
    ("announced", "Victor Khrenin", "spokesperson", "Ria Novosti",
     "indirect", "asserted", "that the ‘Oreshnik’ missile complex"),
    ("stating", "Victor Khrenin", "spokesperson", None,
     "direct", "forecast", "‘As soon as it does, we’ll invite you"),
    ("confirmed", "Alexander Lukashenko", "Belarusian President", None,
     "indirect", "asserted", "that the Russian missile complex had arrived"),
    ("noted", "Alexander Lukashenko", "Belarusian President", None,
     "indirect", "asserted", "that the first positions"),
    ("According to", "Mikhail Khodarenko", "military commentator Colonel", "Gazeta.ru",
     "indirect", "asserted", "the S-500 represents"),
    ("noting", "Mikhail Khodarenko", "military commentator Colonel", None,
     "indirect", "asserted", "that their presence"),
    ("suggested", "Earlier reports", None, None,
     "indirect", "hedged", "that Belarusian officials had proposed"),
]  # fmt: skip


@pytest.fixture(scope="module")
def nlp() -> Language:
    from claimledger.nlp.pipeline import build_pipeline

    return build_pipeline(load_settings().model)


def _attributions(nlp: Language, name: str) -> list[Attribution]:
    text = next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")
    return list(nlp(text)._.claimledger_attributions)


def _row(a: Attribution, content_start: str) -> tuple[object, ...]:
    speaker = a.speaker
    return (
        a.cue.text if a.cue else None,
        speaker.name if speaker else None,
        speaker.role if speaker else None,
        a.relay.name if a.relay else None,
        a.kind,
        a.certainty,
        a.content.text[: len(content_start)],
    )


@pytest.mark.parametrize(("seed", "expected"), [("000", SEED_000), ("002", SEED_002)])
def test_seed_statements_have_speaker_role_relay_and_kind(
    nlp: Language, seed: str, expected: list[tuple[object, ...]]
) -> None:
    found = _attributions(nlp, seed)
    rows = {_row(a, str(row[-1])) for a in found for row in expected}
    missing = [row for row in expected if row not in rows]
    assert not missing, missing


def test_vague_sources_in_seeds_are_flagged(nlp: Language) -> None:
    found = _attributions(nlp, "000") + _attributions(nlp, "002")
    vague = {a.speaker.name for a in found if a.speaker is not None and a.speaker.is_vague}
    assert {"Military experts", "Earlier reports"} <= vague


def test_seed_headline_and_passive_forecast_have_no_speaker(nlp: Language) -> None:
    found = _attributions(nlp, "002")
    assert not [a for a in found if a.cue is not None and a.cue.text == "Confirms"]
    expected = [a for a in found if a.cue is not None and a.cue.text == "expected"]
    assert all(a.speaker is None for a in expected)


def test_no_seed_statement_is_given_to_a_country(nlp: Language) -> None:
    found = _attributions(nlp, "000") + _attributions(nlp, "002")
    assert not [a for a in found if a.speaker is not None and a.speaker.name == "Belarus"]
