"""The claims component on sentences from the seed articles.

The model parses; the attributions and time expressions the component reads
are written by hand, so these tests pin the claims component alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimledger.config import load_settings
from claimledger.nlp import extensions as ext
from claimledger.nlp.claims import _lemmatizer, extract_claims
from claimledger.records import (
    Attribution,
    Certainty,
    Claim,
    EntityMention,
    Interval,
    Speaker,
    TextSpan,
    TimeExpression,
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    from claimledger.nlp.pipeline import build_pipeline

    return build_pipeline(load_settings().model)


def _parse(nlp: Language, text: str) -> Doc:
    """Run the model's own components only; ours are replaced by what the test writes."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("claimledger") or name == "claimledger_entities":
            doc = proc(doc)
    doc._.set(ext.TIMES, ())
    doc._.set(ext.ATTRIBUTIONS, ())
    return doc


def _attribute(
    doc: Doc, speaker: str, cue: str, content: str, certainty: Certainty = "asserted"
) -> None:
    text = doc.text
    c_start = text.index(content)
    s_start = text.index(speaker)
    k_start = text.index(cue)
    doc._.set(
        ext.ATTRIBUTIONS,
        (
            Attribution(
                start=min(s_start, k_start),
                end=c_start + len(content),
                kind="indirect",
                content=TextSpan(c_start, c_start + len(content), content),
                speaker=Speaker(speaker, s_start, s_start + len(speaker)),
                cue=TextSpan(k_start, k_start + len(cue), cue),
                certainty=certainty,
            ),
        ),
    )


def _time(doc: Doc, words: str, interval: Interval | None, value: str) -> None:
    start = doc.text.index(words)
    time = TimeExpression(start, start + len(words), words, "DATE", value, interval)
    doc._.set(ext.TIMES, (*doc._.get(ext.TIMES), time))


def _claims(nlp: Language, doc: Doc) -> tuple[Claim, ...]:
    return extract_claims(doc, _lemmatizer(nlp))


ARRIVAL = (
    "The deployment follows statements from Belarusian President Alexander Lukashenko, who on "
    "December 18 confirmed that the Russian Oreshnik missile complex had arrived in Belarus on "
    "December 17. Lukashenko said that the complex had arrived in the country on December 17 "
    "and had already begun its combat readiness phase."
)


def test_confirmed_arrival_is_a_fact_about_its_day(nlp: Language) -> None:
    doc = _parse(nlp, ARRIVAL)
    content = "that the complex had arrived in the country on December 17"
    _attribute(doc, "Lukashenko said", "said", content + " and had already begun")
    day = Interval(date(2025, 12, 17), date(2025, 12, 17), "day", is_inferred=True)
    doc._.set(ext.TIMES, ())
    start = doc.text.index("December 17 and")
    doc._.set(
        ext.TIMES,
        (TimeExpression(start, start + 11, "December 17", "DATE", "2025-12-17", day),),
    )
    arrive = next(c for c in _claims(nlp, doc) if c.predicate == "arrive")
    assert arrive.modality == "fact"
    assert arrive.polarity == "positive"
    assert arrive.about == day
    assert arrive.about_evidence is not None and arrive.about_evidence.text == "December 17"
    assert arrive.attribution == 0


def test_class_noun_subject_resolves_to_the_named_weapon(nlp: Language) -> None:
    doc = _parse(nlp, ARRIVAL)
    _attribute(doc, "Lukashenko said", "said", "that the complex had arrived in the country")
    arrive = next(c for c in _claims(nlp, doc) if c.predicate == "arrive")
    assert arrive.subject == "Oreshnik"
    assert "Belarus" in arrive.arguments


def test_coordinated_clause_is_its_own_claim_with_the_shared_subject(nlp: Language) -> None:
    doc = _parse(nlp, ARRIVAL)
    _attribute(
        doc,
        "Lukashenko said",
        "said",
        "that the complex had arrived in the country on December 17 and had already begun its "
        "combat readiness phase",
    )
    begin = next(c for c in _claims(nlp, doc) if c.predicate == "begin")
    assert begin.subject == "Oreshnik"
    assert begin.text.startswith("had already begun")


def test_would_with_deadline_is_a_forecast(nlp: Language) -> None:
    text = (
        "On March 14, 2025, Lukashenko indicated that several Oreshnik missile systems would be "
        "transferred to Belarus by the end of the year."
    )
    doc = _parse(nlp, text)
    _attribute(
        doc,
        "Lukashenko",
        "indicated",
        "that several Oreshnik missile systems would be transferred to Belarus by the end of "
        "the year",
        "forecast",
    )
    end = Interval(None, date(2025, 12, 31), "year")
    _time(doc, "the end of the year", end, "2025")
    transfer = next(c for c in _claims(nlp, doc) if c.predicate == "transfer")
    assert transfer.modality == "forecast"
    assert transfer.subject == "Oreshnik"
    assert transfer.about == end


def test_may_makes_speculation(nlp: Language) -> None:
    text = (
        "Military experts have suggested that the Oreshnik system may be a modification of the "
        "RS-26 Rubezh complex."
    )
    doc = _parse(nlp, text)
    _attribute(
        doc,
        "Military experts",
        "suggested",
        "that the Oreshnik system may be a modification of the RS-26 Rubezh complex",
        "hedged",
    )
    claim = next(c for c in _claims(nlp, doc) if c.predicate == "be")
    assert claim.modality == "speculation"
    assert claim.subject == "Oreshnik"


def test_done_preparation_is_a_fact_not_a_plan(nlp: Language) -> None:
    text = (
        "Volfovich has stated that the sites for the Oreshnik missile system in Belarus have "
        "already been prepared."
    )
    doc = _parse(nlp, text)
    _attribute(
        doc,
        "Volfovich",
        "stated",
        "that the sites for the Oreshnik missile system in Belarus have already been prepared",
    )
    claim = next(c for c in _claims(nlp, doc) if c.predicate == "prepare")
    assert claim.modality == "fact"


def test_negation_makes_a_negative_claim(nlp: Language) -> None:
    text = "Khrenin said that the Oreshnik system had not arrived in Belarus."
    doc = _parse(nlp, text)
    _attribute(doc, "Khrenin", "said", "that the Oreshnik system had not arrived in Belarus")
    claim = next(c for c in _claims(nlp, doc) if c.predicate == "arrive")
    assert claim.polarity == "negative"


def test_dash_description_of_a_weapon_is_a_be_claim(nlp: Language) -> None:
    text = (
        "The Oreshnik missile—a medium-range ballistic missile capable of carrying nuclear "
        "warheads—is a potent symbol of Russia’s influence in the region."
    )
    doc = _parse(nlp, text)
    doc._.set(
        ext.ENTITIES,
        (EntityMention(text.index("Oreshnik"), text.index("Oreshnik") + 8, "Oreshnik", "PRODUCT"),),
    )
    described = [c for c in _claims(nlp, doc) if c.predicate == "be" and c.subject == "Oreshnik"]
    assert any("medium-range" in " ".join(c.arguments) for c in described)


def test_description_of_a_quoted_name_keeps_both_quotation_marks(nlp: Language) -> None:
    text = (
        "Khrenin said the ‘Oreshnik’ missile complex, a long-range, nuclear-capable weapon "
        "system, is now being prepared for combat duty."
    )
    doc = _parse(nlp, text)
    start = text.index("Oreshnik")
    doc._.set(ext.ENTITIES, (EntityMention(start, start + 8, "Oreshnik", "PRODUCT"),))
    described = next(c for c in _claims(nlp, doc) if c.predicate == "be")
    assert described.text.startswith("‘Oreshnik’ missile complex")
    assert text[described.start : described.end] == described.text


def test_narrator_sentence_about_a_named_thing_is_a_claim(nlp: Language) -> None:
    text = "Belarus hosted the Oreshnik launchers at a base near Minsk in December."
    doc = _parse(nlp, text)
    claims = _claims(nlp, doc)
    assert [(c.subject, c.predicate, c.attribution) for c in claims][:1] == [
        ("Belarus", "host", None)
    ]


def test_reporting_sentence_outside_attributions_gives_no_narrator_claim(nlp: Language) -> None:
    text = "Lukashenko said the talks went well."
    doc = _parse(nlp, text)
    assert all(c.predicate != "say" for c in _claims(nlp, doc))


def test_no_attributions_and_no_entities_give_no_claims(nlp: Language) -> None:
    doc = _parse(nlp, "This alignment is not without risks.")
    doc._.set(ext.ENTITIES, ())
    assert _claims(nlp, doc) == ()


def test_time_inside_a_relative_clause_does_not_date_the_main_verb(nlp: Language) -> None:
    text = (
        'In a statement, Volfovich explained, "We are completing the production of the '
        'vehicles, which will soon be handed over to Russia."'
    )
    doc = _parse(nlp, text)
    _attribute(
        doc,
        "Volfovich",
        "explained",
        "We are completing the production of the vehicles, which will soon be handed over to "
        "Russia.",
    )
    _time(doc, "soon", Interval(date(2025, 3, 18), None, "day", is_inferred=True), "FUTURE_REF")
    complete = next(c for c in _claims(nlp, doc) if c.predicate == "complete")
    assert complete.about is None
    assert complete.about_evidence is None
