"""The attribution component on sentences from the seed articles and short news excerpts.

One module-scoped pipeline (``build_pipeline`` is cached per process) parses
every excerpt; each test pins one behaviour.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from claimledger.config import load_settings
from claimledger.nlp.pipeline import make_doc
from claimledger.records import Attribution, Interval, RoleMention


@pytest.fixture(scope="module")
def nlp() -> Language:
    from claimledger.nlp.pipeline import build_pipeline

    return build_pipeline(load_settings().model)


def _run(nlp: Language, text: str, published: Interval | None = None):  # type: ignore[no-untyped-def]
    return nlp(make_doc(nlp, text, published))


def attributions(nlp: Language, text: str, published: Interval | None = None) -> list[Attribution]:
    return list(_run(nlp, text, published)._.claimledger_attributions)


def roles(nlp: Language, text: str) -> list[RoleMention]:
    return list(_run(nlp, text)._.claimledger_roles)


def by_cue(found: list[Attribution], cue: str) -> Attribution:
    matches = [a for a in found if a.cue is not None and a.cue.text == cue]
    assert len(matches) == 1, [(a.cue, a.content.text) for a in found]
    return matches[0]


# Direct quotations


def test_quote_before_postposed_cue(nlp: Language) -> None:
    a = by_cue(
        attributions(nlp, "“The sites have been prepared,” Volfovich said on Tuesday."), "said"
    )
    assert a.kind == "direct"
    assert a.content.text == "“The sites have been prepared,”"
    assert a.speaker is not None and a.speaker.name == "Volfovich"


def test_quote_after_cue_in_single_curly_marks_keeps_apostrophes(nlp: Language) -> None:
    text = "Khrenin emphasized the point, stating, ‘As soon as it does, we’ll invite you.’"
    a = by_cue(attributions(nlp, text), "stating")
    assert a.kind == "direct"
    assert a.content.text == "‘As soon as it does, we’ll invite you.’"
    assert a.certainty == "forecast"


def test_quote_spanning_sentences_is_one_content(nlp: Language) -> None:
    text = (
        'He remarked, "Although it is mobile, it still has prepared sites. '
        'We have retained these from Soviet times."'
    )
    a = by_cue(attributions(nlp, text), "remarked")
    assert a.content.text.startswith('"Although') and a.content.text.endswith('times."')


def test_quote_continued_in_next_paragraph_after_colon(nlp: Language) -> None:
    text = "Caddell continued:\n\n“The health issue overall is very much a partisan issue.”"
    a = by_cue(attributions(nlp, text), "continued")
    assert a.content.text == "“The health issue overall is very much a partisan issue.”"
    assert a.speaker is not None and a.speaker.name == "Caddell"


def test_unbalanced_quote_mark_does_not_cost_the_document(nlp: Language) -> None:
    text = (
        "Volfovich said “the sites are ready and the work goes on\n"
        "Lukashenko later noted that the first positions had been equipped."
    )
    found = attributions(nlp, text)
    assert by_cue(found, "noted").content.text == "that the first positions had been equipped"
    assert by_cue(found, "said").content.text.startswith("“the sites are ready")


def test_run_on_quote_without_cue_goes_to_previous_speaker(nlp: Language) -> None:
    text = (
        "“This is in their heads,” said Caddell, a pollster. "
        "“It is one of the things worrying them.”"
    )
    found = attributions(nlp, text)
    orphan = next(a for a in found if a.cue is None)
    assert orphan.content.text == "“It is one of the things worrying them.”"
    assert orphan.speaker is not None and orphan.speaker.name == "Caddell"


def test_quoted_fragment_inside_paraphrase_is_mixed(nlp: Language) -> None:
    text = 'Volfovich said the system was "a product of the Union State" built in Belarus.'
    a = by_cue(attributions(nlp, text), "said")
    assert a.kind == "mixed"


# Indirect speech


def test_that_clause_is_the_content(nlp: Language) -> None:
    text = "Volfovich has stated that the sites for the Oreshnik have already been prepared."
    a = by_cue(attributions(nlp, text), "stated")
    assert a.kind == "indirect"
    assert a.content.text == "that the sites for the Oreshnik have already been prepared"


def test_bare_clause_is_the_content(nlp: Language) -> None:
    text = "Volfovich emphasized the missiles would be delivered from Russia."
    a = by_cue(attributions(nlp, text), "emphasized")
    assert a.content.text == "the missiles would be delivered from Russia"


def test_according_to_names_the_source(nlp: Language) -> None:
    text = "According to the Defense Ministry, the drills involved 3,000 troops."
    a = by_cue(attributions(nlp, text), "According to")
    assert a.speaker is not None and "Defense Ministry" in a.speaker.name
    assert a.content.text.startswith("the drills involved 3,000 troops")


def test_poll_opening_the_sentence_is_the_source(nlp: Language) -> None:
    text = "In a Des Moines Register poll, Mr. Cruz had a 10 percentage-point lead."
    a = by_cue(attributions(nlp, text), "In")
    assert a.speaker is not None and "Des Moines Register" in a.speaker.name
    assert a.content.text == "Mr. Cruz had a 10 percentage-point lead"


def test_postposed_cue_with_vague_source(nlp: Language) -> None:
    text = "The sites have already been prepared, a source in the ministry said."
    a = by_cue(attributions(nlp, text), "said")
    assert a.content.text == "The sites have already been prepared"
    assert a.speaker is not None and a.speaker.is_vague


def test_fronted_as_clause_vouches_for_the_main_clause(nlp: Language) -> None:
    a = by_cue(
        attributions(nlp, "As Lukashenko said, Belarus is ready to host the systems."), "said"
    )
    assert a.content.text.startswith("Belarus is ready to host the systems")
    assert a.speaker is not None and a.speaker.name == "Lukashenko"


def test_remarks_of_a_named_speaker_are_that_speaker_s(nlp: Language) -> None:
    text = (
        "As Khrenin’s remarks indicate, Belarus is not merely reacting to external pressures "
        "but is actively shaping the narrative of its national security."
    )
    a = by_cue(attributions(nlp, text), "indicate")
    assert a.content.text.startswith("Belarus is not merely reacting")
    assert a.speaker is not None and a.speaker.name == "Khrenin"


def test_told_an_agency_makes_it_the_relay(nlp: Language) -> None:
    a = by_cue(
        attributions(nlp, "Volfovich told RIA Novosti that the vehicles were ready."), "told"
    )
    assert a.relay is not None and a.relay.name == "RIA Novosti"
    assert a.content.text == "that the vehicles were ready"


def test_in_a_statement_is_not_a_second_speaker(nlp: Language) -> None:
    found = attributions(nlp, "In a statement, the ministry said the drills would continue.")
    assert [a.cue.text for a in found if a.cue] == ["said"]
    assert found[0].content.text == "the drills would continue"


def test_nominal_cue_with_possessor(nlp: Language) -> None:
    text = "Lukashenko's announcement that the missiles had arrived came on Friday."
    a = by_cue(attributions(nlp, text), "announcement")
    assert a.speaker is not None and a.speaker.name == "Lukashenko"
    assert a.content.text == "that the missiles had arrived"


def test_speech_noun_with_possessor_and_topic(nlp: Language) -> None:
    text = "Trump's attacks on Machado drew criticism from Republicans."
    a = by_cue(attributions(nlp, text), "attacks on")
    assert a.speaker is not None and a.speaker.name == "Trump"
    assert a.content.text == "Machado"


def test_stance_adjective_with_clause(nlp: Language) -> None:
    a = by_cue(attributions(nlp, "Trump was sure that he would win the nomination."), "was sure")
    assert a.speaker is not None and a.speaker.name == "Trump"
    assert a.content.text == "that he would win the nomination"


def test_impersonal_adjective_is_the_narrator(nlp: Language) -> None:
    assert attributions(nlp, "It is clear that the bill will pass.") == []


def test_prepositional_cue_takes_its_object(nlp: Language) -> None:
    text = "Senator Warren called for an investigation of the bank's sales practices."
    a = by_cue(attributions(nlp, text), "called for")
    assert a.content.text == "an investigation of the bank's sales practices"


def test_naming_verb_takes_object_and_predicate(nlp: Language) -> None:
    a = by_cue(
        attributions(nlp, 'Senator Warren called it "gutless leadership" on Tuesday.'), "called"
    )
    assert a.content.text == 'it "gutless leadership"'


def test_parenthetical_cue_takes_the_clause_it_interrupts(nlp: Language) -> None:
    text = "The museum, Mr. Obama said, would make visitors face uncomfortable truths."
    a = by_cue(attributions(nlp, text), "said")
    assert "would make visitors face uncomfortable truths" in a.content.text


def test_transcript_speaker_label(nlp: Language) -> None:
    text = "WALLACE: Do you really see those two as equivalent?\nPENCE: Well, look, I do not."
    found = attributions(nlp, text)
    labels = [(a.speaker.name if a.speaker else None, a.content.text) for a in found]
    assert ("WALLACE", "Do you really see those two as equivalent?") in labels
    assert ("PENCE", "Well, look, I do not.") in labels


def test_headline_label_is_not_a_speaker(nlp: Language) -> None:
    text = "Exclusive: Ministry Confirms Missile Readiness Amid Heightened Tensions\n\nText."
    assert attributions(nlp, text) == []


def test_dash_signature_names_the_speaker(nlp: Language) -> None:
    text = "“Maybe we can build a wall around Donald Trump.” ― Steve Quinlan\nNext line."
    a = by_cue(attributions(nlp, text), "―")
    assert a.speaker is not None and a.speaker.name == "Steve Quinlan"


# Speakers


def test_source_parsed_inside_a_quotation_is_taken_next_to_the_cue(nlp: Language) -> None:
    from claimledger.nlp.assemble import _source_outside_quotes
    from claimledger.nlp.cues import Frame
    from claimledger.nlp.quotes import find_all_quotes

    text = "“We will carry Ohio,” Mr. Trump said."
    doc = _run(nlp, text)
    said = next(t for t in doc if t.text == "said")
    ohio = next(t for t in doc if t.text == "Ohio")
    # What the parser sometimes gives: the subject taken from inside the quotation.
    misparsed = Frame(
        cue=(said.idx, said.idx + 4),
        lemma="say",
        content=None,
        source=(ohio.idx, ohio.idx + 4),
        source_head=ohio.i,
        cue_head=said.i,
    )
    repaired = _source_outside_quotes(doc, misparsed, find_all_quotes(text))
    assert repaired.source is not None
    assert text[repaired.source[0] : repaired.source[1]] == "Mr. Trump"


def test_pronoun_resolves_to_named_speaker(nlp: Language) -> None:
    text = (
        "Alexander Volfovich visited the site on Monday. "
        'He remarked, "We have retained these from Soviet times."'
    )
    a = by_cue(attributions(nlp, text), "remarked")
    assert a.speaker is not None
    assert a.speaker.name == "Alexander Volfovich"
    assert a.speaker.mention_text == "He"


def test_title_nominal_resolves_to_its_holder(nlp: Language) -> None:
    text = (
        "Sergei Shoigu, the defence minister, visited Minsk on Monday. "
        "The minister said the drills had ended."
    )
    a = by_cue(attributions(nlp, text), "said")
    assert a.speaker is not None and a.speaker.name == "Sergei Shoigu"


def test_surname_is_unified_with_the_full_name(nlp: Language) -> None:
    text = (
        "Alexander Volfovich arrived in Minsk. "
        "Volfovich noted that some facilities were preserved from the Soviet era."
    )
    a = by_cue(attributions(nlp, text), "noted")
    assert a.speaker is not None and a.speaker.name == "Alexander Volfovich"


def test_vague_sources_are_kept(nlp: Language) -> None:
    text = (
        "Military experts have suggested that the system may be a modification. "
        "Earlier reports suggested that officials had proposed a new project."
    )
    found = attributions(nlp, text)
    assert [a.speaker.name for a in found if a.speaker] == ["Military experts", "Earlier reports"]
    assert all(a.speaker is not None and a.speaker.is_vague for a in found)


def test_bare_passive_expected_has_no_speaker(nlp: Language) -> None:
    text = (
        "With the ‘Oreshnik’ expected to be fully combat-ready by the end of the year, "
        "Belarus appears to be accelerating its military integration with Russia."
    )
    a = by_cue(attributions(nlp, text), "expected")
    assert a.speaker is None
    assert a.certainty == "forecast"


def test_headline_verb_with_object_is_not_speech(nlp: Language) -> None:
    text = (
        "Belarus’ Ministry of Defense Confirms ‘Oreshnik’ Missile Readiness Amid Tensions\n\n"
        "Belarus’ Ministry of Defense has taken a significant step."
    )
    assert attributions(nlp, text) == []


def test_passive_as_confirmed_by_vouches_for_the_main_clause(nlp: Language) -> None:
    text = (
        "Belarus’ Ministry of Defense has taken a significant step in its military "
        "preparedness, as confirmed by its spokesperson, Victor Khrenin."
    )
    a = by_cue(attributions(nlp, text), "confirmed")
    assert a.speaker is not None and a.speaker.name == "Victor Khrenin"
    assert a.content.text.startswith("Belarus’ Ministry of Defense has taken a significant step")


# Roles


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Belarus is ready, as confirmed by State Secretary of the Security Council, "
            "Alexander Volfovich, on March 18, 2025.",
            "Alexander Volfovich",
            "State Secretary of the Security Council",
        ),
        (
            "The strategy of President Alexander Lukashenko is clear.",
            "Alexander Lukashenko",
            "President",
        ),
        (
            "The ministry has taken a step, as confirmed by its spokesperson, Victor Khrenin.",
            "Victor Khrenin",
            "spokesperson",
        ),
        (
            "According to military commentator Colonel Mikhail Khodarenko of ‘Gazeta.ru,’ "
            "the S-500 represents a technological leap.",
            "Mikhail Khodarenko",
            "military commentator Colonel",
        ),
    ],
)
def test_role_before_the_name(nlp: Language, text: str, name: str, role: str) -> None:
    assert (name, role) in [(r.name, r.role) for r in roles(nlp, text)]


def test_role_after_the_name(nlp: Language) -> None:
    text = "Alexander Volfovich, State Secretary of the Security Council, visited the site."
    assert ("Alexander Volfovich", "State Secretary of the Security Council") in [
        (r.name, r.role) for r in roles(nlp, text)
    ]


def test_speaker_carries_the_role(nlp: Language) -> None:
    text = "President Alexander Lukashenko said the missiles had arrived."
    a = by_cue(attributions(nlp, text), "said")
    assert a.speaker is not None and a.speaker.role == "President"


# Relays


def test_quoted_by_names_the_relay(nlp: Language) -> None:
    text = (
        "Speaking to journalists and quoted by Ria Novosti, Khrenin announced that the "
        "complex is being prepared for combat duty."
    )
    a = by_cue(attributions(nlp, text), "announced")
    assert a.relay is not None and a.relay.name == "Ria Novosti"


def test_according_to_an_outlet_is_source_and_relay(nlp: Language) -> None:
    text = "According to Gazeta.ru, the S-500 represents a technological leap."
    a = by_cue(attributions(nlp, text), "According to")
    assert a.relay is not None and a.relay.name == "Gazeta.ru"


def test_person_of_an_outlet_names_the_relay(nlp: Language) -> None:
    text = (
        "According to military commentator Colonel Mikhail Khodarenko of ‘Gazeta.ru,’ "
        "the S-500 represents a technological leap in air defense."
    )
    a = by_cue(attributions(nlp, text), "According to")
    assert a.speaker is not None and a.speaker.name == "Mikhail Khodarenko"
    assert a.relay is not None and a.relay.name == "Gazeta.ru"


def test_told_journalists_is_not_a_relay(nlp: Language) -> None:
    text = "Volfovich told journalists that the vehicles were ready."
    assert by_cue(attributions(nlp, text), "told").relay is None


# Certainty from the whole pipeline


def test_denial_is_denied(nlp: Language) -> None:
    a = by_cue(attributions(nlp, "Volfovich denied that the missiles had arrived."), "denied")
    assert a.certainty == "denied"


# When it was said

PUBLISHED = Interval(date(2025, 3, 20), date(2025, 3, 20), "day")


def test_explicit_date_governing_the_cue_is_when_it_was_said(nlp: Language) -> None:
    text = (
        "Belarus has taken significant steps to prepare for the deployment, as confirmed by "
        "Alexander Volfovich on March 18, 2025."
    )
    a = by_cue(attributions(nlp, text, PUBLISHED), "confirmed")
    assert a.said is not None and not a.said.is_inferred
    assert (a.said.start, a.said.end) == (date(2025, 3, 18), date(2025, 3, 18))
    assert a.said_evidence is not None and a.said_evidence.text == "March 18, 2025"


def test_without_a_date_publication_time_is_an_inferred_upper_bound(nlp: Language) -> None:
    text = "Volfovich emphasized that the missiles would be delivered from Russia."
    a = by_cue(attributions(nlp, text, PUBLISHED), "emphasized")
    assert a.said is not None and a.said.is_inferred
    assert a.said.start is None and a.said.end == date(2025, 3, 20)
    assert a.said_evidence is None


def test_date_of_another_clause_is_not_when_it_was_said(nlp: Language) -> None:
    text = "Lukashenko said the complex had arrived in the country on December 17."
    a = by_cue(attributions(nlp, text, PUBLISHED), "said")
    assert a.said is not None and a.said.is_inferred
