"""The attribution word lists, read once from ``data/attribution_lexicon.json``.

The pipeline runs without the model's lemmatizer (it costs throughput and no
other component needs it), so verb lists hold lemmas and we generate their
inflected forms here: matching a token's lower-cased text against a set of
forms is as cheap as a lemma lookup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

_VOWELS = frozenset("aeiou")


def inflect(lemma: str, irregular: tuple[str, ...] = ()) -> frozenset[str]:
    """Return the lemma with its regular -s, -ed and -ing forms (plus ``irregular``)."""
    forms = {lemma, *irregular}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        # Short CVC verbs double their last consonant: "admit" -> "admitted".
        if (
            len(lemma) >= 3
            and lemma[-1] not in _VOWELS | {"w", "x", "y"}
            and lemma[-2] in _VOWELS
            and lemma[-3] not in _VOWELS
            and lemma in _DOUBLING
        ):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return frozenset(forms)


# Doubling depends on stress, which spelling does not show; list the ones we use.
_DOUBLING = frozenset({"admit", "commit", "quip", "regret", "rebut", "refer", "omit", "plan"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word sets used by cue, speaker, role and certainty detection (all lower case)."""

    speech_forms: dict[str, str]  # inflected form -> lemma
    cognition_forms: dict[str, str]
    nominal_content: frozenset[str]
    infinitive_verbs: frozenset[str]
    # preposition -> cue lemmas whose content is its object ("called for", "spoke of")
    prepositional_content: dict[str, frozenset[str]]
    any_preposition: frozenset[str]  # prepositions that open content after every cue
    speech_nouns: frozenset[str]
    according_to: tuple[str, ...]
    vague_heads: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    title_words: frozenset[str]
    rank_words: frozenset[str]
    outlet_words: frozenset[str]
    outlet_suffixes: tuple[str, ...]
    hedge_cues: frozenset[str]
    hedge_words: frozenset[str]
    forecast_cues: frozenset[str]
    forecast_words: frozenset[str]
    forecast_phrases: tuple[str, ...]
    denial_cues: frozenset[str]
    line_labels: frozenset[str]  # "Exclusive:", "Update:": a line label, not a speaker
    finding_heads: frozenset[str]  # "In a poll, …": sources that report findings
    stance_adjectives: frozenset[str]  # "was sure that …", "is worried about …"

    def opens_content(self, lemma: str, preposition: str) -> bool:
        """Return whether ``preposition`` after the cue ``lemma`` introduces its content."""
        prep = preposition.lower()
        return prep in self.any_preposition or lemma in self.prepositional_content.get(prep, ())

    def cue_lemma(self, word: str) -> str | None:
        """Return the lemma of a reporting or cognition verb form, or ``None``."""
        lower = word.lower()
        return self.speech_forms.get(lower) or self.cognition_forms.get(lower)


def _forms(lemmas: list[str], irregular: dict[str, list[str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for lemma in lemmas:
        for form in inflect(lemma, tuple(irregular.get(lemma, ()))):
            table.setdefault(form, lemma)
    return table


@cache
def lexicon() -> Lexicon:
    """Return the lexicon, loaded once per process from the package data."""
    path = resources.files("claimledger.nlp.data").joinpath("attribution_lexicon.json")
    raw = json.loads(path.read_text(encoding="utf-8"))
    irregular = raw["irregular_forms"]

    def words(key: str) -> frozenset[str]:
        return frozenset(word.lower() for word in raw[key])

    return Lexicon(
        speech_forms=_forms(raw["speech_verbs"], irregular),
        cognition_forms=_forms(raw["cognition_verbs"], irregular),
        nominal_content=words("nominal_content_verbs"),
        infinitive_verbs=words("infinitive_verbs"),
        prepositional_content={
            prep: frozenset(lemmas)
            for prep, lemmas in raw["prepositional_content"].items()
            if not prep.startswith("_") and prep != "any"
        },
        any_preposition=frozenset(raw["prepositional_content"]["any"]),
        speech_nouns=words("speech_nouns"),
        according_to=tuple(raw["according_to"]),
        vague_heads=words("vague_heads"),
        person_pronouns=frozenset(raw["pronouns"]["person"]),
        group_pronouns=frozenset(raw["pronouns"]["group"]),
        title_words=words("title_words"),
        rank_words=words("rank_words"),
        outlet_words=words("outlet_words"),
        outlet_suffixes=tuple(raw["outlet_suffixes"]),
        hedge_cues=words("hedge_cues"),
        hedge_words=words("hedge_words"),
        forecast_cues=words("forecast_cues"),
        forecast_words=words("forecast_words"),
        forecast_phrases=tuple(raw["forecast_phrases"]),
        denial_cues=words("denial_cues"),
        line_labels=words("line_labels"),
        finding_heads=words("finding_heads"),
        stance_adjectives=words("stance_adjectives"),
    )
