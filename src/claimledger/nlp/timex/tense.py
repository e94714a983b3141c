"""The tense of the verb a time expression hangs from, read off spaCy's parse.

"on Friday" in "Lukashenko said on Friday" points back; in "will arrive on
Friday" it points ahead. Only the direction matters, so three values suffice.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from claimledger.nlp.timex.reading import Tense

# Modals that look ahead: "will arrive Friday", "should ease by Thursday", and in
# reported speech "he would travel Thursday" (ahead of the telling, which is about
# the publication time). "may" and "might" hedge as often as they look ahead
# ("Monday's debate might not move the polls"): not listed.
_FUTURE_AUX = frozenset({
    "will", "shall", "'ll", "’ll", "wo", "would", "should",
})  # fmt: skip
# "can win in November", "must file by Friday": what can or must be done is ahead,
# when the time is that verb's own ("can't trash us in February" is a rule, not a date
# ahead; "can win Tuesday's primary" leaves the day to the noun).
_ABLE_AUX = frozenset({"can", "ca", "must"})
_PAST_TAGS = frozenset({"VBD"})
# "expected to arrive by", "plans to deliver in": an infinitive looks ahead.
# The pipeline runs without a lemmatizer, so the inflected forms are listed.
_FORWARD_HEADS = frozenset({
    "expect", "expects", "expected", "expecting", "plan", "plans", "planned", "planning",
    "schedule", "schedules", "scheduled", "intend", "intends", "intended", "intending",
    "aim", "aims", "aimed", "aiming", "due", "set", "hope", "hopes", "hoped", "hoping",
    "is", "are", "was", "were",  # "is to resume trading Tuesday"
})  # fmt: skip
# What is wanted, needed, vowed or likely is not yet done: "want to run against
# her in November", "likely to vote for Republicans in November". Only for the
# infinitive's own time: "want to understand Thursday's debate" leaves the day
# to the noun.
_WANTING_HEADS = frozenset({
    "want", "wants", "wanted", "need", "needs", "seek", "seeks", "seeking", "vow", "vows",
    "vowed", "promise", "promises", "promised", "pledge", "pledges", "pledged",
    "likely", "unlikely", "eligible", "poised", "ready",
})  # fmt: skip
# What someone is asked or urged to do comes after the asking: "asked Kasich to
# lay out his path to becoming the nominee in July" (told in March), "urged them
# to vote Tuesday". Only with the person asked ("asked for $1.9 billion to fight
# Zika in February" is the asking's February) and for a verb's time, not a
# noun's ("asked him to release the tapes of the conversation from Jan. 5").
_DIRECTIVE_HEADS = frozenset({
    "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging",
    "invite", "invites", "invited", "encourage", "encourages", "encouraged",
})  # fmt: skip
# Verbs that put what they govern ahead even as the main verb ("planned a rally on Saturday").
_FORWARD_VERBS = frozenset({
    "plan", "plans", "planned", "planning", "schedule", "schedules", "scheduled", "scheduling",
})  # fmt: skip


# Conjunctions whose clause, in the present tense, is about what is to come:
# "if a Republican is elected in November", "once the deal closes in March".
_CONDITIONS = frozenset({"if", "unless", "once", "until", "till"})

# Prepositions that carry a time on from the verb's own: "extended to Nov. 16",
# "set for April", "ran through January".
_ONWARD_PREPS = frozenset({"to", "through", "until", "till", "into", "for"})
_HAD = frozenset({"had", "'d", "’d"})
# A present perfect is about the present ("has been cut since August"): not listed.
_PAST_AUX = frozenset({"was", "were"}) | _HAD
# The perfect's auxiliaries, spelled out or contracted: "they've met on Friday".
# A contracted "'s" is "has" only as an auxiliary; as a passive's ("it's
# scheduled for Friday") it is "is".
_PERFECT_AUX = frozenset({"has", "have", "'ve", "’ve"}) | _HAD
# Verbs that fix a date rather than happen on it: "set Nov. 10 as the deadline".
_SETTING_VERBS = frozenset({
    "set", "fixed", "named", "picked", "chose", "chosen", "slated", "targeted", "moved",
    "postponed", "delayed", "deferred", "extended", "pushed", "advanced", "rescheduled",
})  # fmt: skip


# Verbs that put off or grant time: "postponed until Tuesday", "gave them until
# Friday". What they put off to lies ahead of the telling, whatever their tense.
_DEFERRING_VERBS = frozenset({
    "postpone", "postpones", "postponed", "delay", "delays", "delayed", "defer", "defers",
    "deferred", "extend", "extends", "extended", "adjourn", "adjourns", "adjourned",
    "give", "gives", "gave", "given", "grant", "grants", "granted",
})  # fmt: skip


# Verbs that fix a date for something to come: "a trial date was set for October 28".
_SETTING_FOR = frozenset({"set", "slated", "fixed", "pencilled", "penciled", "earmarked"})


def _is_deferred_to(span: Span) -> bool:
    """Whether ``span`` is what a deferring verb puts off until: "postponed until Tuesday".

    Also a date something is set for ("was set for October 28"): what is set lies ahead.
    """
    root = span.root
    prep = root.head
    if root.dep_ != "pobj":
        return False
    if prep.lower_ == "for":
        return prep.head.lower_ in _SETTING_FOR
    return prep.lower_ in ("until", "till", "to") and prep.head.lower_ in _DEFERRING_VERBS


def _is_perfect_aux(aux: Token) -> bool:
    """Whether ``aux`` makes a perfect: "has", "'ve", "had", or an auxiliary "'s"."""
    return aux.lower_ in _PERFECT_AUX or (aux.lower_ in ("'s", "’s") and aux.dep_ == "aux")


def _governing_verb(token: Token) -> Token | None:
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            return token
        if token.head == token:
            return None
        token = token.head
    return None


def _is_past_perfect(verb: Token) -> bool:
    """Whether ``verb`` is in the past perfect: "had been scheduled" is a plan overtaken.

    An adjective is in the tense of its verb: "had been due to expire".
    """
    if verb.dep_ == "acomp" and verb.head != verb:
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in _HAD for c in verb.children)


def _is_bare_participle(verb: Token) -> bool:
    """Whether ``verb`` is an "-ing" form with no auxiliary, hanging from another word.

    Or a past participle completing a verb: "make their voice known on
    Tuesday", "get it done by Friday" are in the tense of "make" and "get".
    "planning" keeps its own forward sense ("planning for the summit in April").
    """
    is_complement = verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp", "oprd")
    return (
        (verb.tag_ == "VBG" or is_complement)
        and verb.head != verb
        and verb.lower_ not in _FORWARD_VERBS
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _auxiliaries(verb: Token) -> list[Token]:
    """Return the auxiliaries of ``verb``, leaving out one that ends a clause.

    "He really should." ends its sentence; a parser that runs the quote on
    into "Dean ... poked at it during the debate" must not make it "poked"'s.
    """
    doc = verb.doc
    return [
        c
        for c in verb.children
        if c.dep_ in ("aux", "auxpass") and not (c.i + 1 < len(doc) and doc[c.i + 1].is_punct)
    ]


def _is_done_despite(verb: Token) -> bool:
    """Whether ``verb`` is the "-ing" of "despite": what is conceded has happened.

    "lags behind Clinton - despite winning the primary there in February":
    the win is a fact, behind the telling, whatever the tense of the clause.
    """
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ in ("despite", "notwithstanding")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _shared_modals(verb: Token) -> list[Token]:
    """The modal auxiliaries a coordinated verb shares with the verb it is joined to.

    "will fly to Paris and meet the president on Friday": "meet" has no
    auxiliary or subject of its own, and the "will" is both verbs'. Not after
    a passive ("must be returned ... and set Friday as the deadline"), whose
    second verb would be a participle too: the parser has joined two clauses.
    """
    head = verb.head
    if verb.dep_ != "conj" or head == verb or not head.tag_.startswith("VB"):
        return []
    # A bare form: after a modal a past tag is right only where past and base agree.
    is_bare = verb.tag_ in ("VB", "VBP") or verb.lower_ in _SAME_IN_THE_PAST
    is_joined = any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)
    if not (is_bare and is_joined):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    shared = _auxiliaries(head)
    if any(a.dep_ == "auxpass" for a in shared):
        return []
    return shared if any(a.tag_ == "MD" for a in shared) else []


def _through_participles(verb: Token) -> Token:
    """Return the verb whose tense ``verb`` takes, climbing over bare "-ing" forms.

    A bare participle has no tense of its own: "with the third departing each
    Thursday from August 6" is in the tense of the "would leave" it hangs from.
    """
    for _ in range(3):
        parent = _governing_verb(verb.head) if _is_bare_participle(verb) else None
        if parent is None:
            break
        verb = parent
    return verb


def _adverbial_of(span: Span) -> tuple[Token, Token | None] | None:
    """Return the word ``span`` modifies as an adverbial, and the preposition between.

    As the word's noun-phrase adverbial ("ended Jan. 31": no preposition) or
    through one preposition ("left in January"); ``None`` when the expression
    hangs from a noun as its possessor or modifier ("Tuesday's primary").
    """
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.head != head:
        return head.head, head
    return (head, None) if root.dep_ == "npadvmod" else None


def _is_directed_at(span: Span, head: Token) -> bool:
    """Whether ``head`` asks someone to do what ``span`` is the time of: a verb's time."""
    is_asking_someone = any(c.dep_ in ("dobj", "auxpass") for c in head.children)
    adverbial = _adverbial_of(span)
    return is_asking_someone and adverbial is not None and adverbial[0].tag_.startswith("VB")


def _is_able_to_do_at(span: Span, verb: Token) -> bool:
    """Whether ``span`` is the time of ``verb`` itself, not negated: "can win in November"."""
    adverbial = _adverbial_of(span)
    is_own = adverbial is not None and adverbial[0] == verb
    return is_own and not any(c.dep_ == "neg" for c in verb.children)


def tense_of(span: Span) -> Tense | None:
    """Return the tense of the verb governing ``span``, or ``None`` if there is no verb."""
    verb = _governing_verb(span.root)
    if verb is None:
        return None
    if _is_deferred_to(span):
        return "future"
    if _is_done_despite(verb):
        return "past"
    verb = _through_participles(verb)
    auxes = _auxiliaries(verb)
    form = verb.tag_
    if not auxes and (shared := _shared_modals(verb)):
        # "may backfire and cost her ... on March 13": the second verb is the modal's
        # too, in its base form whatever the tagger made of "cost".
        auxes, form = shared, "VB"
    words = {a.lower_ for a in auxes}
    if verb.lower_ in _FORWARD_VERBS and not _is_past_perfect(verb):
        return "future"
    # "would travel Thursday" looks ahead from the telling; "would have gone",
    # "should have known" look back.
    is_counterfactual = bool(words & _FUTURE_AUX) and "have" in words
    if (words & _FUTURE_AUX and not is_counterfactual) or "going" in words:
        return "future"
    if words & _ABLE_AUX and "have" not in words and _is_able_to_do_at(span, verb):
        return "future"
    own = verb
    if any(a.tag_ == "TO" or a.lower_ == "to" for a in auxes):
        head = verb.head
        if head != verb and verb.dep_ == "xcomp" and not _is_past_perfect(head):
            if head.lemma_.lower() in _FORWARD_HEADS or head.lower_ in _FORWARD_HEADS:
                return "future"
            if head.lower_ in _WANTING_HEADS and _is_able_to_do_at(span, verb):
                return "future"
            if head.lower_ in _DIRECTIVE_HEADS and _is_directed_at(span, head):
                return "future"
        parent = _governing_verb(head) if head != verb else None
        # "pleaded guilty to threatening to kill her in March": the infinitive's
        # "-ing" head has no tense either; the "pleaded" above it has.
        verb = _through_participles(parent) if parent is not None else verb
        auxes, form = _auxiliaries(verb), verb.tag_
        # "will have a chance to make their voice known on Tuesday": the infinitive's
        # own time is in the future of the verb it hangs from ("would look for ways to
        # get around Wednesday's ruling" names a ruling already made).
        above = {a.lower_ for a in auxes}
        if above & _FUTURE_AUX and "have" not in above and _adverbial_of(span) is not None:
            return "future"
    if _is_unreal_condition(own):
        return "future"
    if form in _PAST_TAGS or any(a.tag_ in _PAST_TAGS for a in auxes):
        return "past"
    if not auxes and _is_invariant_past(verb):
        return "past"
    if form == "VBN" and (not auxes or any(_is_perfect_aux(a) for a in auxes)):
        return "past"
    if verb.tag_ == "MD" and verb.lower_ in _FUTURE_AUX:
        return "future"
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in own.children):
        # "if he is the nominee in November": a condition in the present looks ahead.
        # Only the expression's own clause: in "if you want to understand Tuesday's
        # debate" the condition is on the wanting, not on Tuesday.
        return "future"
    return "present"


# The modals of a clause an unreal condition hangs from: "how ties would fare if he
# won the election on Nov. 8".
_UNREAL_MODALS = frozenset({"would", "could", "might", "'d", "’d"})


def _is_unreal_condition(verb: Token) -> bool:
    """Whether ``verb`` is the past of an "if" clause that imagines what may yet come.

    "would fare if he won the election on Nov. 8" (told in May): the past
    tense is the mood, not the time, so the date is ahead. With "would have"
    ("if he had won in November, he would have ...") the condition is past.
    """
    if verb.tag_ != "VBD" or verb.dep_ != "advcl" or verb.head == verb:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children):
        return False
    modals = {a.lower_ for a in _auxiliaries(verb.head)}
    return bool(modals & _UNREAL_MODALS) and "have" not in modals


# Verbs whose past is their base form: "the release put the agency back in line"
# is tagged as a present, but a present would be "puts".
_SAME_IN_THE_PAST = frozenset({
    "put", "set", "cut", "hit", "let", "cost", "quit", "shut", "spread", "hurt", "bet",
    "burst", "cast", "split", "upset", "bid", "broadcast", "thrust", "forecast", "read",
})  # fmt: skip
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "this", "that"})


def _is_invariant_past(verb: Token) -> bool:
    """Whether ``verb``, tagged a present, is a past: a verb like "put" with a singular subject."""
    if verb.tag_ not in ("VBP", "VB") or verb.lower_ not in _SAME_IN_THE_PAST:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.tag_ in ("NN", "NNP") or s.lower_ in _SINGULAR_PRONOUNS for s in subjects)


# Adverbs that make a present tense a habit: "is usually conducted in the fourth quarter".
_HABITUAL = frozenset(
    {"usually", "typically", "normally", "generally", "traditionally", "customarily", "always"}
)
_DEICTIC = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|now|this|next|last|coming|past|previous)\b", re.I
)


def is_habitual(span: Span) -> bool:
    """Whether ``span`` hangs from a verb told as a habit: "usually closes on Monday".

    Told in the present, the time is then any year's, or any week's: no one
    occurrence is meant. A time told from the present ("Today, children
    adopted abroad are always ...", "this week") is still the one it names.
    """
    if _DEICTIC.search(span.text):
        return False
    verb = _governing_verb(span.root)
    if verb is None:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in verb.children)


def is_in_a_participle_phrase(span: Span) -> bool:
    """Whether ``span`` hangs from an "-ing" phrase that modifies a noun.

    "the young people dancing early Sunday", "the huzzahs coming out of her
    headquarters Monday night": the phrase has no tense of its own, and the
    present of the clause around it ("has a uniquely American ...") says
    nothing about when it happened.
    """
    verb = _governing_verb(span.root)
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "acl":
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def is_future_in_past(span: Span) -> bool:
    """Whether the future ``span``'s verb looks to is told from a past moment.

    "vowed Britain would leave on Oct. 31", "was due to be released in
    September", "an increase planned for Oct. 15": the plan was made before
    the telling, so its date may have passed by then. What is put off until a
    date ("postponed until Tuesday") still lies ahead.
    """
    verb = _governing_verb(span.root)
    if verb is None or _is_deferred_to(span):
        return False
    verb = _through_participles(verb)
    words = {a.lower_ for a in _auxiliaries(verb) or _shared_modals(verb)}
    if "would" in words and "have" not in words:
        return True
    if verb.lower_ in _FORWARD_VERBS:
        return _is_past_form(verb)
    if "to" in words and verb.dep_ == "xcomp" and verb.head != verb:
        head = verb.head
        is_forward = head.lower_ in _FORWARD_HEADS or head.lower_ in _WANTING_HEADS
        is_forward = is_forward or head.lower_ in _DIRECTIVE_HEADS
        return is_forward and _is_past_form(head)
    return False


def _is_past_form(verb: Token) -> bool:
    """Whether ``verb`` (or the verb of an adjective: "was due") is in a past form."""
    if verb.dep_ == "acomp" and verb.head != verb:
        verb = verb.head
    auxes = {a.lower_ for a in _auxiliaries(verb)}
    if verb.tag_ == "VBD" or auxes & _PAST_AUX:
        return True
    return verb.tag_ == "VBN" and not auxes


def is_past_adverbial(span: Span) -> bool:
    """Whether ``span`` modifies a verb in a past form directly: "In January, she left".

    Then the past is the expression's own, not borrowed from a verb further up
    (the "declared" of "declared a dividend payable Dec. 7"). Directly means as
    the verb's noun-phrase adverbial ("ended Jan. 31") or through one
    preposition that does not carry the time onward ("to", "until", "for"),
    and the verb is not one that sets a date ("set Nov. 10 as the deadline").
    """
    adverbial = _adverbial_of(span)
    if adverbial is None:
        return False
    head, prep = adverbial
    if prep is not None and prep.lower_ in _ONWARD_PREPS:
        return False
    if head.lower_ in _SETTING_VERBS:
        return False
    if head.tag_ == "VBD":
        return True
    auxes = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    return head.tag_ == "VBN" and bool(auxes & _PAST_AUX)


# What exists only once it has been made or said: "a June agreement", "a February
# survey", "Tuesday's ruling", "the November jobs report". A date naming one is
# behind the telling whatever the clause's tense ("is continuing under a June
# agreement", told in October). Events still to be held ("the November election",
# "a June hearing") are not listed; nor is a magazine's "April issue", dated ahead.
_MADE_THINGS = frozenset({
    "agreement", "agreements", "accord", "pact", "deal", "settlement", "contract",
    "report", "reports", "survey", "surveys", "poll", "polls", "study", "letter",
    "letters", "memo", "email", "e-mail", "interview", "speech", "statement",
    "remarks", "comment", "comments", "announcement", "ruling", "decision",
    "verdict", "filing", "indictment", "complaint", "lawsuit", "testimony",
    "editorial", "op-ed", "article", "tweet", "tweets", "order", "estimate",
    "estimates", "figures", "data", "proposal", "request", "analysis", "audit",
})  # fmt: skip
# Violence that, named and dated, has happened: "the slaying in Chicago on Friday",
# "the horrific slaughter early Sunday", "the Charleston church massacre in June".
# A planned attack is read as planned first (signals.is_planned).
_DONE_EVENTS = frozenset({
    "attack", "attacks", "shooting", "shootings", "killing", "killings", "slaying",
    "slayings", "bombing", "bombings", "massacre", "massacres", "slaughter", "murder",
    "murders", "assassination",
})  # fmt: skip
_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod"})
_NOUN_TAGS = frozenset({"NN", "NNS"})


def names_a_made_thing(span: Span) -> bool:
    """Whether ``span`` dates a thing made or done: "a June deal", "the slaying on Friday"."""
    root = span.root
    head = root.head
    if head == root:
        return False
    if root.dep_ in _MODIFIER_DEPS or (root.dep_ == "npadvmod" and head.lower_ in _DONE_EVENTS):
        return head.tag_ in _NOUN_TAGS and (
            head.lower_ in _MADE_THINGS or head.lower_ in _DONE_EVENTS
        )
    # A deed dated through its own preposition ("a report on Friday" may be one due).
    event = head.head
    return (
        root.dep_ == "pobj"
        and head.dep_ == "prep"
        and event.tag_ in _NOUN_TAGS
        and event.lower_ in _DONE_EVENTS
    )


# How far up from a time a "since" heading its phrase is looked for.
_MAX_SINCE_HOPS = 5


def is_in_since_phrase(span: Span) -> bool:
    """Whether ``span`` sits inside a "since" phrase: "since announcing in October that ...".

    What a count runs since is behind the telling, however deep in the phrase
    the time is ("since Clinton's op-ed supporting biofuels in May").
    """
    token = span.root
    for _ in range(_MAX_SINCE_HOPS):
        if token.head == token:
            return False
        token = token.head
        if token.lower_ == "since" and token.dep_ == "prep":
            return True
        is_finite = _is_finite(token)
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in token.children):
            # "since taking office in January", "since he announced in March"; a
            # "since" before a present or future gives a reason ("since he will
            # speak on Tuesday").
            return not is_finite or token.tag_ == "VBD"
        if token.dep_ in ("ROOT", "ccomp", "relcl") or is_finite:
            return False
    return False


def _is_finite(token: Token) -> bool:
    """Whether ``token`` is a verb with a tense of its own (or an auxiliary giving one)."""
    return token.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") for c in token.children
    )
