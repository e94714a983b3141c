"""The command line: parse, call the library, print. Data to stdout, logs to stderr.

Exit status: 0 on success, 1 if anything failed (a bad document in a batch
included), 2 on usage errors.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterable
from typing import Any

import click

from claimledger import report
from claimledger.config import DEFAULT_DB
from claimledger.errors import ClaimledgerError
from claimledger.ledger import Ledger, extract

DB_OPTION = click.option(
    "--db",
    envvar="CLAIMLEDGER_DB",
    default=DEFAULT_DB,
    show_default=True,
    help="Ledger: a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://...).",
)
MODEL_OPTION = click.option(
    "--model", envvar="CLAIMLEDGER_MODEL", default=None, help="spaCy model package to load."
)

# The attribution ledger as one flat table, for spreadsheets.
CSV_COLUMNS = (
    "id",
    "document_id",
    "speaker",
    "speaker_role",
    "speaker_vague",
    "relay",
    "cue",
    "kind",
    "certainty",
    "said_start",
    "said_end",
    "said_granularity",
    "said_inferred",
    "content",
    "content_start",
    "content_end",
)


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)


def _open(db: str, *, create: bool, model: str | None = None) -> Ledger:
    try:
        return Ledger.open(db, create=create, model=model)
    except ClaimledgerError as exc:
        _fail(str(exc))
        sys.exit(1)


def _write_jsonl(records: Iterable[dict[str, Any]]) -> None:
    out = sys.stdout
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _csv_row(record: dict[str, Any]) -> dict[str, Any]:
    speaker, said, relay, cue = record["speaker"], record["said"], record["relay"], record["cue"]
    return {
        "id": record["id"],
        "document_id": record["document_id"],
        "speaker": speaker["name"] if speaker else "",
        "speaker_role": (speaker or {}).get("role") or "",
        "speaker_vague": bool(speaker and speaker["vague"]),
        "relay": relay["name"] if relay else "",
        "cue": cue["text"] if cue else "",
        "kind": record["kind"],
        "certainty": record["certainty"],
        "said_start": (said or {}).get("start") or "",
        "said_end": (said or {}).get("end") or "",
        "said_granularity": (said or {}).get("granularity") or "",
        "said_inferred": bool(said and said["inferred"]),
        "content": record["content"]["text"],
        "content_start": record["content"]["start"],
        "content_end": record["content"]["end"],
    }


def _write_csv(records: Iterable[dict[str, Any]]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for record in records:
        if record["type"] == "attribution":
            writer.writerow(_csv_row(record))


def _write(records: Iterable[dict[str, Any]], fmt: str) -> None:
    if fmt == "csv":
        _write_csv(records)
    elif fmt == "text":
        for line in report.render(records):
            click.echo(line)
    else:
        _write_jsonl(records)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimledger")
def main() -> None:
    """claimledger: a sourced ledger of who claimed what, and when, from news articles.

    \b
    Examples:
      claimledger ingest examples/seeds --db story.db
      claimledger show --db story.db
      claimledger export --db story.db --format jsonl > ledger.jsonl
      claimledger extract article.txt --published 2025-03-18
      claimledger timeline --entity Oreshnik --db story.db
      claimledger serve --db story.db
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@MODEL_OPTION
@click.option("--published", help="Publication date for every file (ISO, e.g. 2025-03-18).")
@click.option("--outlet", help="Outlet for every file (e.g. 'Reuters').")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
def ingest(
    paths: tuple[str, ...],
    db: str,
    model: str | None,
    published: str | None,
    outlet: str | None,
    quiet: bool,
) -> None:
    """Read articles (txt, html, jsonl, warc, rss/atom; folders and globs) into the ledger.

    Ingesting the same article twice changes nothing. A bad file is reported
    as `error: PATH: REASON` and the rest of the batch goes on; the exit
    status is 1 if anything failed.

    \b
    Examples:
      claimledger ingest examples/seeds
      claimledger ingest 'news/**/*.html' --db story.db
      claimledger ingest article.txt --published 2025-03-18 --outlet Reuters
    """
    from tqdm import tqdm  # type: ignore[import-untyped]

    ledger = _open(db, create=True, model=model)
    bar = tqdm(unit="doc", disable=quiet or not sys.stderr.isatty(), file=sys.stderr)

    def progress(origin: str, outcome: str, _id: str | None) -> None:
        bar.update(1)
        if outcome == "unchanged" and not quiet:
            bar.write(f"unchanged: {origin} is already in the ledger", file=sys.stderr)

    with ledger:
        result = ledger.ingest(paths, published=published, outlet=outlet, progress=progress)
    bar.close()
    for error in result.failed:
        _fail(str(error))
    if not quiet:
        click.echo(
            f"{len(result.added)} added, {len(result.unchanged)} unchanged, "
            f"{len(result.failed)} failed -> {db}",
            err=True,
        )
    sys.exit(0 if result.is_ok else 1)


@main.command(name="extract")
@click.argument("paths", nargs=-1)
@MODEL_OPTION
@click.option("--published", help="Publication date for every file (ISO, e.g. 2025-03-18).")
@click.option("--outlet", help="Outlet for every file.")
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "text"]), default="jsonl", show_default=True
)
def extract_command(
    paths: tuple[str, ...], model: str | None, published: str | None, outlet: str | None, fmt: str
) -> None:
    """Annotate articles without storing them and print the records (stdin when no PATH).

    \b
    Examples:
      claimledger extract article.txt --published 2025-03-18
      cat article.txt | claimledger extract --format text
    """
    from claimledger.config import load_settings

    errors: list[ClaimledgerError] = []
    records = extract(
        paths or ("-",),
        published=published,
        outlet=outlet,
        settings=load_settings(model=model),
        errors=errors,
    )
    try:
        _write(records, fmt)
    except ClaimledgerError as exc:
        _fail(str(exc))
        sys.exit(1)
    for error in errors:
        _fail(str(error))
    sys.exit(1 if errors else 0)


@main.command()
@DB_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "text"]),
    default="jsonl",
    show_default=True,
    help="jsonl: every record; csv: the attribution table; text: readable.",
)
def export(db: str, fmt: str) -> None:
    """Print the stored ledger (documents, annotations, entities, links).

    \b
    Examples:
      claimledger export --db story.db > ledger.jsonl
      claimledger export --db story.db --format csv > attributions.csv
    """
    with _open(db, create=False) as ledger:
        _write(ledger.export(), fmt)


@main.command()
@DB_OPTION
def show(db: str) -> None:
    """Print the ledger for reading: per article, who said what, when, in what role."""
    with _open(db, create=False) as ledger:
        _write(ledger.export(), "text")


@main.command()
@DB_OPTION
def link(db: str) -> None:
    """Link the ledger across articles again: entities, repeats, conflicts, forecasts.

    Ingest already links when it adds anything; run this after changing the
    linking code or settings. Linking twice gives the same ledger.

    \b
    Examples:
      claimledger link --db story.db
    """
    with _open(db, create=False) as ledger:
        try:
            plan = ledger.link()
        except ClaimledgerError as exc:
            _fail(str(exc))
            sys.exit(1)
    kinds: dict[str, int] = {}
    for found in plan.links:
        kinds[found.kind] = kinds.get(found.kind, 0) + 1
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "no links"
    click.echo(
        f"{len(plan.merges)} entity merges, {len(plan.groups)} claim groups, {counts} -> {db}",
        err=True,
    )


# --- the story across articles: thin wrappers over claimledger.store.story -------------------

STORY_FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "jsonl"]),
    default="text",
    show_default=True,
    help="text: a line per entry; jsonl: the entries as the API returns them.",
)
STORY_PAGE = 500  # rows per query; the CLI prints every page


def _story(db: str, query: str, fmt: str, line: Any, **filters: Any) -> int:
    """Print every entry of the story query ``query``; return how many were printed."""
    from claimledger.api.shapes import jsonable
    from claimledger.store import story

    printed = 0
    with _open(db, create=False) as ledger, ledger.store.sessions() as session:
        while True:
            found = getattr(story, query)(session, offset=printed, limit=STORY_PAGE, **filters)
            for entry in found:
                record = jsonable(entry)
                if fmt == "jsonl":
                    _write_jsonl([record])
                else:
                    click.echo(line(record))
            printed += len(found)
            if len(found) < STORY_PAGE:
                return printed


def _when(interval: dict[str, Any] | None, missing: str = "undated") -> str:
    """A date as people write it ("18 Mar 2025", "Dec 2025", "by 31 Dec 2025")."""
    from claimledger.web.formatting import interval_label

    if not interval:
        return missing
    return interval_label(interval) + (" (inferred)" if interval["inferred"] else "")


def _claim_line(c: dict[str, Any]) -> str:
    speaker = c["speaker"]
    who = speaker["name"] if speaker else "narrator"
    if speaker and speaker["role"]:
        who += f" ({speaker['role']})"
    tags = [c["modality"]] + (["not"] if c["polarity"] == "negative" else [])
    if c["sources"] > 1:
        tags.append(f"{c['sources']} sources")
    title = c["document_title"] or c["document_source"]
    source = f"{title} ({c['outlet'] or 'unknown outlet'}, {c['document_id']})"
    return f"{who}: “{c['text']}” [{', '.join(tags)}] — {source}"


def _timeline_line(entry: dict[str, Any]) -> str:
    return f"{_when(entry['when']):<26} {_claim_line(entry)}"


def _conflict_line(entry: dict[str, Any]) -> str:
    sides = [entry["left"], entry["right"]]
    lines = [f"conflict: {entry['label']}"]
    lines += [
        f"  {mark} said {_when(side['said'], 'on a day not given')}: {_claim_line(side)}"
        for mark, side in zip("AB", sides, strict=True)
        if side
    ]
    return "\n".join(lines)


def _forecast_line(entry: dict[str, Any]) -> str:
    forecast, outcome = entry["forecast"], entry["outcome"]
    lines = [
        f"{entry['status']:<12} due {_when(entry['deadline'], 'no deadline given')}, "
        f"said {_when(forecast['said'], 'on a day not given')}: {_claim_line(forecast)}"
    ]
    if outcome:
        said = _when(outcome["said"], "on a day not given")
        lines.append(f"  -> said {said}: {_claim_line(outcome)}")
    return "\n".join(lines)


@main.command()
@DB_OPTION
@click.option("--entity", help="Only claims said by or about it: any name it goes by, or its id.")
@click.option("--speaker", help="Only claims by this speaker: a name, id, or vague source.")
@click.option(
    "--by",
    type=click.Choice(["said", "about"]),
    default="said",
    show_default=True,
    help="Order by when a claim was said, or by the time it is about.",
)
@STORY_FORMAT
def timeline(db: str, entity: str | None, speaker: str | None, by: str, fmt: str) -> None:
    """Print the story in time order: date interval, speaker, claim and source article.

    Uncertain dates print as intervals ("by 2025-12-31", "2025-12-01..2025-12-31
    (month)"), a year the text leaves out ends with "(inferred)"; undated
    claims come last.

    \b
    Examples:
      claimledger timeline --db story.db
      claimledger timeline --entity Oreshnik --by about --db story.db
      claimledger timeline --speaker "Alexander Lukashenko" --format jsonl --db story.db
    """
    printed = _story(db, "timeline", fmt, _timeline_line, entity=entity, speaker=speaker, by=by)
    if not printed and (entity or speaker):
        who = " and ".join(f"{k} {v!r}" for k, v in (("entity", entity), ("speaker", speaker)) if v)
        click.echo(
            f"no claims for {who}; see the names with `claimledger show --db {db}`", err=True
        )


@main.command()
@DB_OPTION
@STORY_FORMAT
def conflicts(db: str, fmt: str) -> None:
    """Print claims that disagree (on a date, a number, a label), both sides with sources.

    \b
    Examples:
      claimledger conflicts --db story.db
      claimledger conflicts --db story.db --format jsonl
    """
    _story(db, "conflicts", fmt, _conflict_line)


@main.command()
@DB_OPTION
@click.option(
    "--status",
    type=click.Choice(["open", "fulfilled", "late", "missed", "contradicted"]),
    help="Only forecasts that came to this.",
)
@STORY_FORMAT
def forecasts(db: str, status: str | None, fmt: str) -> None:
    """Print forecasts and promises with their deadline, outcome and the claim that settles it.

    \b
    Examples:
      claimledger forecasts --db story.db
      claimledger forecasts --status open --db story.db
      claimledger forecasts --status late --format jsonl --db story.db
    """
    _story(db, "forecasts", fmt, _forecast_line, status=status)


@main.command()
@DB_OPTION
def migrate(db: str) -> None:
    """Create the ledger or bring its schema up to date."""
    with _open(db, create=True):
        click.echo(f"{db} is at the current schema", err=True)


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--ingest-token",
    envvar="CLAIMLEDGER_INGEST_TOKEN",
    default=None,
    help="Enable POST /api/ingest for callers sending `Authorization: Bearer TOKEN`.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes, each with its own connections: one per core uses them all.",
)
def serve(db: str, host: str, port: int, ingest_token: str | None, workers: int) -> None:
    """Serve the ledger in a browser and as a JSON API (read-only without a token).

    \b
    Examples:
      claimledger serve --db story.db
      claimledger serve --db story.db --port 8080 --workers 2
      curl http://127.0.0.1:8000/api/attributions?speaker=Volfovich
    """
    import uvicorn

    from claimledger.api import create_app

    try:
        app = create_app(db, ingest_token=ingest_token)
    except ClaimledgerError as exc:
        _fail(str(exc))
        sys.exit(1)
    mode = "ingest enabled (token)" if ingest_token else "read-only"
    click.echo(
        f"serving {db} ({mode}) at http://{host}:{port}/  API: /api, /openapi.json"
        + (f"  ({workers} workers)" if workers > 1 else ""),
        err=True,
    )
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    app.state.store.close()  # it only checked, in this process, that the ledger opens
    from claimledger.api import workers as worker_processes

    if worker_processes.spreads_connections():
        try:
            code = worker_processes.serve(db, host, port, workers, ingest_token)
        except OSError as exc:
            _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
            sys.exit(1)
        sys.exit(code)
    # Elsewhere uvicorn's workers share one socket: they import the app by name and read
    # the ledger from the environment.
    os.environ["CLAIMLEDGER_DB"] = db
    if ingest_token:
        os.environ["CLAIMLEDGER_INGEST_TOKEN"] = ingest_token
    uvicorn.run(
        "claimledger.api.app:app_from_environment",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="warning",
    )


if __name__ == "__main__":
    main()
