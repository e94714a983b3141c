"""Latency of the JSON API on a ledger of 100,000 claims, under 20 concurrent clients.

Builds a synthetic SQLite ledger cheaply (rows written straight through the
SQLAlchemy models, no NLP), serves it with the real app (``claimledger serve``
in a subprocess, on 127.0.0.1), then sends bounded bursts of requests from
concurrent keep-alive clients, one endpoint at a time, and prints p50/p95/p99,
requests per second and the CPU each side spent per request.

The ledger is shaped like a news corpus: ~2,000 documents, ~300 entities whose
frequency as speaker and subject follows a Zipf law (a head of officials quoted
everywhere, a long tail quoted once or twice), vague sources ("military
experts"), attributions with said-intervals of day or month granularity (some
undated), claims with about-intervals of every granularity (some open, some
inferred, some undated), claim groups across documents and links between them.

    python bench/api_latency.py                       # 100,000 claims, 20 clients
    python bench/api_latency.py --claims 20000 --requests 300   # a quick look
    python bench/api_latency.py --db /tmp/ledger.db --keep      # reuse the ledger next time
    python bench/api_latency.py --db /tmp/ledger.db --workers 2 # one server process per core

Targets (issue 6): p95 < 100 ms for /api/attributions?speaker= and
/api/timeline?entity= on SQLite.

The first row is the instrument's floor: the same clients asking for a static
file, which does no ledger work. The clients are one Python process (asyncio
streams on uvloop, ~0.2 ms of CPU a request; see ``_Connection``) on the same
cores as the server, so this floor is part of every row below it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson
import uvloop
from sqlalchemy import func, insert, select, update

from claimledger.identifiers import entity_id, name_key
from claimledger.store import Store, entity_claims, schema

EC = schema.EntityClaim

FIRST = [
    "Alexander",
    "Maria",
    "Viktor",
    "Olena",
    "Jean",
    "Aisha",
    "Tomas",
    "Ingrid",
    "Kenji",
    "Lucia",
    "Omar",
    "Petra",
    "Ravi",
    "Sofia",
]
LAST = [
    "Volkov",
    "Lindqvist",
    "Okafor",
    "Moreau",
    "Tanaka",
    "Haddad",
    "Novak",
    "Brennan",
    "Castillo",
    "Ivanova",
    "Schultz",
    "Mensah",
    "Kowalski",
    "Duarte",
    "Nakamura",
    "Fischer",
    "Rossi",
    "Petrov",
    "Adeyemi",
    "Larsen",
]
ORGS = [
    "Ministry",
    "Council",
    "Agency",
    "Command",
    "Committee",
    "Institute",
    "Office",
    "Service",
    "Bureau",
    "Union",
]
PLACES = [
    "Minsk",
    "Vilnius",
    "Warsaw",
    "Riga",
    "Kyiv",
    "Tallinn",
    "Gdansk",
    "Brest",
    "Grodno",
    "Vitebsk",
    "Mogilev",
]
VAGUE = ["military experts", "earlier reports", "a source close to the ministry", "analysts"]
CUES = ["said", "stated", "according to", "told reporters", "confirmed", "warned"]
VERBS = ["deploy", "deliver", "sign", "complete", "open", "test", "announce", "withdraw"]
KINDS = ["indirect"] * 6 + ["direct"] * 3 + ["mixed"]
MODALITIES = ["fact"] * 5 + ["plan"] * 2 + ["forecast"] * 2 + ["speculation"]
LINK_KINDS = ["conflict", "fulfilled", "late", "missed", "contradicted", "same"]
START = date(2023, 1, 1)


@dataclass(frozen=True, slots=True)
class Shape:
    """How big the synthetic ledger is."""

    claims: int
    documents: int
    entities: int
    seed: int


def _zipf_weights(n: int, s: float = 1.1) -> list[float]:
    return [1.0 / (rank**s) for rank in range(1, n + 1)]


def _names(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(name, label) for ``count`` distinct entities: people, organisations, places."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(out) < count:
        roll = rng.random()
        if roll < 0.6:
            name, label = f"{rng.choice(FIRST)} {rng.choice(LAST)}", "PERSON"
        elif roll < 0.85:
            name, label = f"{rng.choice(PLACES)} {rng.choice(ORGS)} {len(out)}", "ORG"
        else:
            name, label = f"{rng.choice(PLACES)}-{len(out)}", "GPE"
        if name not in seen:
            seen.add(name)
            out.append((name, label))
    return out


def _interval(rng: random.Random, around: date) -> dict[str, Any] | None:
    """An about-interval near ``around``: a day, month, quarter, year, or open-ended."""
    roll = rng.random()
    if roll < 0.25:
        return None
    ahead = around + timedelta(days=rng.randint(-200, 500))
    if roll < 0.45:
        return {"start": ahead, "end": ahead, "granularity": "day"}
    if roll < 0.65:
        first = ahead.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return {"start": first, "end": last, "granularity": "month"}
    if roll < 0.75:
        q = (ahead.month - 1) // 3 * 3 + 1
        first = date(ahead.year, q, 1)
        last = (date(ahead.year + (q == 10), (q + 3 - 1) % 12 + 1, 1)) - timedelta(days=1)
        return {"start": first, "end": last, "granularity": "quarter"}
    if roll < 0.9:
        return {
            "start": date(ahead.year, 1, 1),
            "end": date(ahead.year, 12, 31),
            "granularity": "year",
            "inferred": rng.random() < 0.5,
        }
    return {"start": None, "end": date(ahead.year, 12, 31), "granularity": "year"}


def _columns(prefix: str, interval: dict[str, Any] | None) -> dict[str, Any]:
    if interval is None:
        return {
            f"{prefix}_start": None,
            f"{prefix}_end": None,
            f"{prefix}_granularity": None,
            f"{prefix}_inferred": False,
        }
    return {
        f"{prefix}_start": interval["start"],
        f"{prefix}_end": interval["end"],
        f"{prefix}_granularity": interval["granularity"],
        f"{prefix}_inferred": interval.get("inferred", False),
    }


class _Writer:
    """Collects rows per table and inserts them in executemany batches."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.pending: dict[type[schema.Base], list[dict[str, Any]]] = {}
        self.order = [
            schema.Document,
            schema.Entity,
            schema.EntityAlias,
            schema.EntityMention,
            schema.Role,
            schema.TimeExpression,
            schema.Attribution,
            schema.ClaimGroup,
            schema.Claim,
            schema.Link,
        ]

    def add(self, model: type[schema.Base], row: dict[str, Any]) -> None:
        self.pending.setdefault(model, []).append(row)

    def flush(self) -> None:
        with self.store.session() as session:
            for model in self.order:
                rows = self.pending.pop(model, [])
                for i in range(0, len(rows), 5000):
                    session.execute(insert(model), rows[i : i + 5000])


def build_ledger(path: Path, shape: Shape) -> dict[str, int]:
    """Write a synthetic ledger of ``shape`` at ``path``; return the row counts."""
    rng = random.Random(shape.seed)
    store = Store.open(str(path))
    writer = _Writer(store)
    named = _names(shape.entities, rng)
    ents = [(entity_id(label, name), name, label) for name, label in named]
    for eid, name, label in ents:
        writer.add(schema.Entity, {"id": eid, "name": name, "label": label})
        aliases = {name, name.split()[-1]} if label == "PERSON" else {name}
        for alias in aliases:
            writer.add(
                schema.EntityAlias, {"entity_id": eid, "alias": alias, "key": name_key(alias)}
            )
    speakers = [e for e in ents if e[2] != "GPE"]
    speaker_w = _zipf_weights(len(speakers))
    subject_w = _zipf_weights(len(ents))
    per_doc = shape.claims // shape.documents
    now = datetime(2026, 1, 1, tzinfo=UTC).replace(tzinfo=None)
    claim_ids: list[str] = []
    counts = dict.fromkeys(("documents", "attributions", "claims", "mentions", "links"), 0)
    for d in range(shape.documents):
        doc_id = f"{d:016x}"
        published = START + timedelta(days=rng.randint(0, 1000))
        text_parts: list[str] = []
        pos = 0
        made = 0
        n_claims = per_doc + (1 if d < shape.claims - per_doc * shape.documents else 0)
        a_index = c_index = m_index = t_index = 0
        while made < n_claims:
            vague = rng.random() < 0.1
            narrator = not vague and rng.random() < 0.2
            sp_id, sp_name, _ = rng.choices(speakers, speaker_w)[0]
            speaker_text = rng.choice(VAGUE) if vague else sp_name
            cue = rng.choice(CUES)
            subj_id, subj_name, _ = rng.choices(ents, subject_w)[0]
            verb = rng.choice(VERBS)
            about = _interval(rng, published)
            when_text = about["end"].isoformat() if about and about["end"] else "soon"
            lead = "" if narrator else f"{speaker_text} {cue} that "
            content = f"{subj_name} will {verb} the project by {when_text}"
            sentence = lead + content + ". "
            start = pos
            content_start = start + len(lead)
            content_end = content_start + len(content)
            subj_start = content_start
            time_start = content_end - len(when_text)
            attribution_id = None
            if not narrator:
                attribution_id = f"{doc_id}-a{a_index}"
                a_index += 1
                roll = rng.random()
                said = (
                    None
                    if roll < 0.1
                    else {"start": published, "end": published, "granularity": "day"}
                    if roll < 0.8
                    else {
                        "start": published.replace(day=1),
                        "end": published.replace(day=28),
                        "granularity": "month",
                    }
                )
                writer.add(
                    schema.Attribution,
                    {
                        "id": attribution_id,
                        "document_id": doc_id,
                        "start": start,
                        "end": content_end + 1,
                        "kind": rng.choice(KINDS),
                        "certainty": "asserted" if rng.random() < 0.7 else "forecast",
                        "content_text": content,
                        "content_start": content_start,
                        "content_end": content_end,
                        "speaker_name": speaker_text,
                        "speaker_start": start,
                        "speaker_end": start + len(speaker_text),
                        "speaker_mention": speaker_text,
                        "speaker_role": None if vague else "spokesperson",
                        "speaker_vague": vague,
                        "speaker_entity_id": None if vague else sp_id,
                        "cue_text": cue,
                        "cue_start": start + len(speaker_text) + 1,
                        "cue_end": start + len(speaker_text) + 1 + len(cue),
                        **_columns("said", said),
                        "said_evidence_start": None,
                        "said_evidence_end": None,
                    },
                )
                counts["attributions"] += 1
                if not vague:
                    writer.add(
                        schema.EntityMention,
                        {
                            "id": f"{doc_id}-m{m_index}",
                            "document_id": doc_id,
                            "entity_id": sp_id,
                            "start": start,
                            "end": start + len(sp_name),
                            "text": sp_name,
                            "label": "PERSON",
                        },
                    )
                    m_index += 1
            # One attribution often carries two claims (a clause each); keep it simple: one
            # claim per sentence, and every fifth sentence a second claim on the same span.
            for _ in range(1 if rng.random() < 0.8 else 2):
                if made >= n_claims:
                    break
                claim_id = f"{doc_id}-c{c_index}"
                c_index += 1
                made += 1
                claim_ids.append(claim_id)
                writer.add(
                    schema.Claim,
                    {
                        "id": claim_id,
                        "document_id": doc_id,
                        "attribution_id": attribution_id,
                        "start": content_start,
                        "end": content_end,
                        "text": content,
                        "subject": subj_name,
                        "subject_entity_id": subj_id,
                        "predicate": verb,
                        "arguments": ["the project"],
                        "modality": rng.choice(MODALITIES),
                        "polarity": "positive" if rng.random() < 0.9 else "negative",
                        **_columns("about", about),
                        "about_evidence_start": time_start if about else None,
                        "about_evidence_end": content_end if about else None,
                        "group_id": None,
                    },
                )
            writer.add(
                schema.EntityMention,
                {
                    "id": f"{doc_id}-m{m_index}",
                    "document_id": doc_id,
                    "entity_id": subj_id,
                    "start": subj_start,
                    "end": subj_start + len(subj_name),
                    "text": subj_name,
                    "label": "ORG",
                },
            )
            m_index += 1
            if about:
                writer.add(
                    schema.TimeExpression,
                    {
                        "id": f"{doc_id}-t{t_index}",
                        "document_id": doc_id,
                        "start": time_start,
                        "end": content_end,
                        "text": when_text,
                        "type": "DATE",
                        "value": when_text,
                        "mod": None,
                        "anchor": None,
                        **_columns("interval", about),
                    },
                )
                t_index += 1
            text_parts.append(sentence)
            pos += len(sentence)
        counts["mentions"] += m_index
        writer.add(
            schema.Document,
            {
                "id": doc_id,
                "text": "".join(text_parts),
                "origin": f"bench/{doc_id}.txt",
                "title": f"Report {d}: {rng.choice(PLACES)} {rng.choice(VERBS)}s",
                "outlet": rng.choice(["Example News", "Agency Wire", "Daily Ledger", None]),
                "url": None,
                "author": None,
                "language": "en",
                **_columns(
                    "published", {"start": published, "end": published, "granularity": "day"}
                ),
                "published_evidence_start": None,
                "published_evidence_end": None,
                "metadata_sources": {"published": "sidecar"},
                "syndication_group": None,
                "ingested_at": now,
            },
        )
        counts["documents"] += 1
        if d % 200 == 199:
            writer.flush()
    writer.flush()
    counts["claims"] = len(claim_ids)
    # Groups of 2-4 claims across documents, and links between some of them.
    with store.session() as session:
        sample = rng.sample(claim_ids, len(claim_ids) // 10)
        groups: list[dict[str, Any]] = []
        members: list[tuple[str, str]] = []
        i = 0
        while i < len(sample):
            size = rng.randint(2, 4)
            gid = f"g{len(groups)}"
            groups.append({"id": gid, "label": f"group {len(groups)}"})
            members += [(cid, gid) for cid in sample[i : i + size]]
            i += size
        session.execute(insert(schema.ClaimGroup), groups)
        for cid, gid in members:
            session.execute(update(schema.Claim).where(schema.Claim.id == cid).values(group_id=gid))
        links = []
        for n in range(len(claim_ids) // 50):
            a, b = rng.sample(claim_ids, 2)
            links.append(
                {
                    "id": f"l{n}",
                    "kind": rng.choice(LINK_KINDS),
                    "from_claim_id": a,
                    "to_claim_id": b,
                    "on": "date",
                    "detail": {},
                }
            )
        session.execute(insert(schema.Link), links)
        counts["links"] = len(links)
        # The timeline index, as every link stage leaves it.
        entity_claims.rebuild(session)
        counts["entity claims"] = session.scalar(select(func.count()).select_from(EC)) or 0
    with store.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    store.close()
    return counts


# --- the load ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    """Start the real app on 127.0.0.1: ``claimledger serve``, with ``workers`` processes."""
    command = [sys.executable, "-m", "claimledger", "serve", "--db", str(db)]
    command += ["--port", str(port), "--workers", str(workers)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_up(base: str, server: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            err = server.stderr.read().decode() if server.stderr else ""
            raise SystemExit(f"the server exited: {err}")
        try:
            if httpx.get(base + "/api/documents?limit=1", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit(f"the server did not answer within {timeout:.0f} s")


def _cpu_seconds(pid: int) -> float:
    """CPU time used so far by process ``pid`` and its child processes (Linux /proc)."""
    total = 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return total
    return total + sum(_cpu_seconds(int(child)) for child in children)


@dataclass(frozen=True, slots=True)
class Result:
    """Latencies of one endpoint's burst."""

    endpoint: str
    latencies_ms: tuple[float, ...]
    errors: int
    seconds: float
    rows: int
    server_cpu: float
    client_cpu: float
    failures: tuple[str, ...] = ()


class _Connection:
    """One keep-alive HTTP/1.1 connection that sends GETs and reads whole responses.

    The load generator has to be cheap: it shares the machine's cores with the
    server. httpx costs 1-2 ms of CPU a request, and 20 of its clients pushed even
    a static file's p95 to 160-190 ms here; this costs ~0.2 ms and gives the same
    latencies as wrk (C) against the same server. The server answers with a
    Content-Length (no chunked bodies), which is all this reads.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        """Return the status and body of ``GET path``; reconnects once if the server closed."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        request = f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n"
        self.writer.write(request.encode("ascii"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = None
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        if length is None:
            raise ValueError(f"{path}: response without Content-Length")
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def _burst(
    base: str, endpoint: str, urls: list[str], clients: int, time_limit: float, pid: int
) -> Result:
    url = httpx.URL(base)
    host, port = url.host, url.port or 80
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    latencies: list[float] = []
    failures: list[str] = []
    errors = 0
    rows = 0
    deadline = time.monotonic() + time_limit

    async def client() -> None:
        nonlocal errors, rows
        connection = _Connection(host, port)
        try:
            while not queue.empty() and time.monotonic() < deadline:
                url = queue.get_nowait()
                t0 = time.perf_counter()
                try:
                    status, body = await asyncio.wait_for(connection.get(url), 30)
                except (OSError, ValueError, TimeoutError, asyncio.IncompleteReadError) as exc:
                    errors += 1  # a timeout or a dropped connection: counted, not fatal
                    failures.append(f"{url}: {type(exc).__name__} {exc}")
                    connection.close()
                    connection = _Connection(host, port)
                    continue
                latencies.append((time.perf_counter() - t0) * 1000)
                if status != 200:
                    errors += 1
                    failures.append(f"{url}: HTTP {status} {body[:200]!r}")
                elif body[:1] == b"{":
                    rows += len(orjson.loads(body)["rows"])
        finally:
            connection.close()

    cpu = _cpu_seconds(pid)
    client_cpu = time.process_time()
    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    seconds = time.perf_counter() - started
    client_cpu = time.process_time() - client_cpu
    cpu = _cpu_seconds(pid) - cpu
    return Result(
        endpoint, tuple(latencies), errors, seconds, rows, cpu, client_cpu, tuple(failures)
    )


def _quantile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1]


def _names_to_ask(db: Path, count: int, seed: int) -> Iterator[tuple[str, str]]:
    """(speaker name, entity name) pairs, heads and tails of the distribution alike."""
    store = Store.open(str(db), create=False)
    with store.sessions() as session:
        A = schema.Attribution
        speakers = [
            str(name)
            for name, _n in session.execute(
                select(A.speaker_name, func.count())
                .where(A.speaker_name.is_not(None))
                .group_by(A.speaker_name)
                .order_by(func.count().desc())
            )
        ]
        entities = list(session.scalars(select(schema.Entity.name).order_by(schema.Entity.id)))
    store.close()
    rng = random.Random(seed)
    for _ in range(count):
        yield rng.choice(speakers), rng.choice(entities)


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the ledger, serve it, measure, print the table; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=2_000)
    parser.add_argument("--entities", type=int, default=300)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=1, help="server processes (uvicorn)")
    parser.add_argument("--requests", type=int, default=2_000, help="per endpoint")
    parser.add_argument("--time-limit", type=float, default=120, help="seconds per endpoint")
    parser.add_argument("--db", type=Path, help="ledger to build, or reuse if it exists")
    parser.add_argument("--keep", action="store_true", help="keep the ledger after the run")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    folder = tempfile.mkdtemp(prefix="claimledger-bench-")
    db = args.db or Path(folder) / "ledger.db"
    if db.exists():
        print(f"reusing {db}", file=sys.stderr)
    else:
        t0 = time.perf_counter()
        shape = Shape(args.claims, args.documents, args.entities, args.seed)
        counts = build_ledger(db, shape)
        print(
            f"built {db} in {time.perf_counter() - t0:.1f} s: "
            + ", ".join(f"{v:,} {k}" for k, v in counts.items()),
            file=sys.stderr,
        )
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = _serve(db, port, args.workers)
    try:
        _wait_up(base, server)
        pairs = list(_names_to_ask(db, args.requests, args.seed))
        q = httpx.QueryParams
        endpoints = {
            # The instrument's own floor: the same clients on a route that does no ledger
            # work. The clients and the server share the machine's cores.
            "floor: /static/favicon.svg": ["/static/favicon.svg"] * len(pairs),
            "/api/attributions?speaker=": [
                f"/api/attributions?{q(speaker=s, limit=50)}" for s, _ in pairs
            ],
            "/api/timeline?entity=": [f"/api/timeline?{q(entity=e, limit=50)}" for _, e in pairs],
            "/api/timeline?entity=&by=about": [
                f"/api/timeline?{q(entity=e, by='about', limit=50)}" for _, e in pairs
            ],
        }
        # Warm the server (imports, connection pool, SQLite page cache) before measuring.
        for urls in endpoints.values():
            for url in urls[:20]:
                httpx.get(base + url, timeout=30)
        results = [
            uvloop.run(_burst(base, name, urls, args.clients, args.time_limit, server.pid))
            for name, urls in endpoints.items()
        ]
    finally:
        server.terminate()
        server.wait(timeout=10)
        if not args.keep and args.db is None:
            db.unlink(missing_ok=True)
            for suffix in ("-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
            os.rmdir(folder)

    print(
        f"\n{args.clients} concurrent clients, {args.workers} server process(es) on 127.0.0.1, "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; SQLite ledger of "
        f"{args.claims:,} claims / {args.documents:,} documents / {args.entities} entities, "
        f"limit=50 per page\n"
    )
    header = (
        f"{'endpoint':32} {'requests':>8} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'p99 ms':>7} {'max ms':>7} {'req/s':>6} {'rows/req':>8} {'server cpu':>10} "
        f"{'client cpu':>10}"
    )
    print(header)
    print("-" * len(header))
    failed = False
    for r in results:
        lat = sorted(r.latencies_ms)
        if len(lat) < 2:
            print(f"{r.endpoint:32} too few requests")
            failed = True
            continue
        p95 = _quantile(lat, 0.95)
        print(
            f"{r.endpoint:32} {len(lat):8d} {r.errors:6d} {statistics.median(lat):7.1f} "
            f"{p95:7.1f} {_quantile(lat, 0.99):7.1f} {lat[-1]:7.1f} "
            f"{len(lat) / r.seconds:6.1f} {r.rows / len(lat):8.1f} "
            f"{r.server_cpu * 1000 / len(lat):10.2f} {r.client_cpu * 1000 / len(lat):10.2f}"
        )
        failed |= r.errors > 0
    for r in results:
        for failure in r.failures[:3]:
            print(f"error: {failure}", file=sys.stderr)
    print(
        "\ntarget: p95 < 100 ms. server cpu, client cpu: CPU ms per request spent by the "
        "server's processes and by the load generator, whatever the load."
    )
    print("reproduce: python " + shlex.join(["bench/api_latency.py", *(argv or sys.argv[1:])]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
