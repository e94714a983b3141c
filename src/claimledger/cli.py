"""The command line: parse, call the library, print. Data to stdout, logs to stderr.

Exit status: 0 on success, 1 if anything failed (a bad document in a batch
included), 2 on usage errors.
"""

from __future__ import annotations

import csv
import json
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
def serve(db: str, host: str, port: int, ingest_token: str | None) -> None:
    """Serve the ledger in a browser and as a JSON API (read-only without a token).

    \b
    Examples:
      claimledger serve --db story.db
      claimledger serve --db story.db --port 8080
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
        f"serving {db} ({mode}) at http://{host}:{port}/  API: /api, /openapi.json", err=True
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    main()
