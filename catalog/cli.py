"""The command line: the only module that imports click. Thin commands over the library.

Domain errors (CatalogError) are caught once, in CatalogGroup.invoke, and shown as
`Error: ...` with the error's exit code; click itself exits quietly on a broken pipe.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import CatalogError, SchemaError
from .output import FORMATS, write_rows


class CatalogClickError(click.ClickException):
    def __init__(self, error: CatalogError):
        super().__init__(str(error))
        self.exit_code = error.exit_code


class CatalogGroup(click.Group):
    """A group that turns CatalogError into `Error: ...` and its exit code, once, for every command."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CatalogError as e:
            raise CatalogClickError(e) from None


class State:
    """The group's options, and the catalogue opened on first use."""

    def __init__(self, db: str, quiet: bool):
        self.db, self.quiet = db, quiet
        self._catalog = None

    def catalog(self):
        if self._catalog is None:
            from . import open_catalog

            self._catalog = open_catalog(self.db)
            click.get_current_context().call_on_close(self._catalog.close)
        return self._catalog


pass_state = click.make_pass_decorator(State)


def format_option(default: str | None = None, choices=FORMATS):
    return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                        help="Output format " + ("(default: a table on a terminal, else jsonl)."
                                                 if default is None else f"(default: {default})."))


def warn(message: str) -> None:
    click.echo(f"Warning: {message}", err=True)


@click.group(cls=CatalogGroup)
@click.version_option(__version__, prog_name="catalog")
@click.option("--db", envvar="CATALOG_DB", default="catalog.db", show_default=True, metavar="PATH|URL",
              help="The catalogue: an SQLite file path or an SQLAlchemy URL (env CATALOG_DB).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def cli(ctx, db, quiet):
    """Photo-caption metadata cataloguer: people, places, dates and credits from news
    picture captions, stored in a searchable catalogue."""
    ctx.obj = State(db, quiet)


# --- images ---

@cli.command("sidecars")
@click.argument("query", required=False)
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for the NAME.xmp files (created if need be).")
@format_option()
@pass_state
def sidecars_command(state, query, out_dir, fmt):
    """Write an XMP sidecar for each catalogued photo file (those QUERY matches, or all).

    Each NAME.xmp holds the parsed caption as standard IPTC/XMP metadata (dc:description,
    dc:creator, photoshop:Credit/Source/DateCreated/City/State/Country, PersonInImage,
    LocationShown) plus titles and positions in the catalog: namespace. Lists what it wrote.
    """
    from .images import image_query_condition
    from .sidecars import iter_image_records, write_sidecars

    with state.catalog().session() as session:
        where = image_query_condition(session, query) if query else None
        written = ({"caption_id": w.caption_id, "image": w.image, "sidecar": str(w.sidecar)}
                   for w in write_sidecars(iter_image_records(session, where), out_dir))
        n = write_rows(written, ["caption_id", "image", "sidecar"], fmt)
    click.echo(f"{n} sidecar{'' if n == 1 else 's'} written to {out_dir}", err=True)


# --- end images ---


def main():
    cli(prog_name="catalog")


# --- ingest (issue 2): db, ingest, reparse, list, parse ---

@cli.group()
def db():
    """Schema migrations of the catalogue database."""


@db.command("upgrade")
@click.argument("revision", default="head")
@pass_state
def db_upgrade(state, revision):
    """Upgrade the database to REVISION (default: head). An SQLite file is backed up first."""
    from .store import migrate
    from .store.db import display_name, resolve_url

    url = resolve_url(state.db)
    before = migrate.current(url) if _exists(url) else None
    backup = migrate.upgrade(url, revision)
    if backup:
        click.echo(f"Backed up {display_name(url)} to {backup}")
    after = migrate.current(url)
    if before == after:
        click.echo(f"{display_name(url)} is already at revision {after}")
    else:
        click.echo(f"Upgraded {display_name(url)} from {before or 'empty'} to {after}")


@db.command("downgrade")
@click.argument("revision")
@pass_state
def db_downgrade(state, revision):
    """Downgrade the database to REVISION ("base" removes every table). An SQLite file is backed up first."""
    from .store import migrate
    from .store.db import display_name, resolve_url

    url = resolve_url(state.db)
    if not _exists(url):
        raise SchemaError(f"no catalogue at {display_name(url)}")
    backup = migrate.downgrade(url, revision)
    if backup:
        click.echo(f"Backed up {display_name(url)} to {backup}")
    click.echo(f"{display_name(url)} is now at revision {migrate.current(url) or 'base (empty)'}")


@db.command("current")
@pass_state
def db_current(state):
    """Print the database's revision."""
    from .store import migrate
    from .store.db import display_name, resolve_url

    url = resolve_url(state.db)
    if not _exists(url):
        raise SchemaError(f"no catalogue at {display_name(url)} (ingest something, or run: catalog db upgrade)")
    rev = migrate.current(url)
    head = migrate.head_revision()
    click.echo(f"{rev} (head)" if rev == head else f"{rev or 'base (empty)'} (head is {head})")


@db.command("history")
@format_option()
def db_history(fmt):
    """List the migrations, newest first."""
    from .store import migrate

    head = migrate.head_revision()
    rows = ({"revision": rev, "revises": down, "head": rev == head, "message": (doc or "").strip()}
            for rev, down, doc in migrate.history())
    write_rows(rows, ("revision", "revises", "head", "message"), fmt)


def _exists(url: str) -> bool:
    from .store.db import sqlite_path

    path = sqlite_path(url)
    return path is None or path.exists()


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH... | -")
@click.option("--format", "fmt", type=click.Choice(["auto", "article", "text", "csv", "json", "jsonl"]),
              default="auto", show_default=True, help="The kind of input, instead of detecting it.")
@click.option("--per-line", is_flag=True, help="Plain text: one caption per line, not per paragraph.")
@pass_state
def ingest(state, paths, fmt, per_line):
    """Read captions from files, directories (recursively) or stdin (-) into the catalogue.

    Kinds: article text (a `date YYYY-MM-DD`, a `CITY --` dateline, body paragraphs, and
    captions recognised by their credit), plain captions (one per paragraph, or per line
    with --per-line), CSV with a `caption` column, JSON arrays and JSON Lines of objects
    with a `caption` key (`id`, `date`, `url` and `filename` are kept). Ingesting the same
    file again adds nothing. A file that fails stores nothing; the others go on; the exit
    code is 1 when any file failed.
    """
    from .ingest import Summary, ingest as run, total_bytes

    catalog = state.catalog()
    summary = Summary()
    show_bar = not state.quiet and sys.stderr.isatty()
    total = total_bytes(paths) if show_bar else None
    bar = click.progressbar(length=total, label="Ingesting", file=sys.stderr) if show_bar and total else None
    stdin = sys.stdin.buffer if "-" in paths else None
    try:
        if bar is not None:
            bar.__enter__()
        for report in run(catalog, paths, fmt=None if fmt == "auto" else fmt, per_line=per_line, stdin=stdin,
                          on_bytes=bar.update if bar is not None else None):
            summary.add(report)
            for message in report.warnings:
                warn(message)
            if report.error:
                click.echo(f"Error: {report.error}", err=True)
    except KeyboardInterrupt:
        if bar is not None:
            bar.__exit__(None, None, None)
            bar = None
        click.echo(summary.line())
        click.echo("Interrupted: the files finished before are stored; the file in progress is not.", err=True)
        sys.exit(130)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    click.echo(summary.line())
    if summary.files_failed:
        sys.exit(1)


@cli.command()
@click.option("--outdated", is_flag=True, help="Only captions stored by another parser version.")
@pass_state
def reparse(state, outdated):
    """Re-run the current parser over every stored caption (not the files) and store what changed."""
    from .ingest import reparse as run

    click.echo(run(state.catalog(), outdated_only=outdated).line())


@cli.command("list")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many captions.")
@format_option()
@pass_state
def list_captions(state, limit, fmt):
    """List stored captions: id, date, photographers, agency, description."""
    from .listing import LIST_COLUMNS, caption_rows

    write_rows(caption_rows(state.catalog(), limit=limit), LIST_COLUMNS, fmt)


@cli.command()
@click.argument("files", nargs=-1, metavar="[FILE... | -]")
@click.option("--paragraphs", is_flag=True, help="One caption per blank-line separated paragraph, not per line.")
@click.option("--reference-date", type=click.DateTime(["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Resolve weekdays and yearless dates against this date.")
@format_option("jsonl")
def parse(files, paragraphs, reference_date, fmt):
    """Parse captions (files, or stdin) and print their records, without storing them.

    JSON Lines of the caption record by default (see caption-schema.md); --format table
    for a readable view.
    """
    from .listing import PARSE_TABLE_COLUMNS, flat_parse_row
    from .parse import parse_caption
    from .sources.text import read_texts

    failed = []

    def on_error(problem):
        if isinstance(problem, CatalogError):
            failed.append(problem)
            click.echo(f"Error: {problem}", err=True)
        else:
            warn(problem)

    ref = reference_date.date() if reference_date else None
    items = read_texts(list(files), paragraphs_mode=paragraphs, stdin=sys.stdin.buffer,
                       on_error=on_error)
    parsed = (parse_caption(item.text, ref) for item in items)
    if fmt in ("table", "csv"):
        write_rows((flat_parse_row(p) for p in parsed), PARSE_TABLE_COLUMNS, fmt)
    else:
        write_rows((p.as_dict() for p in parsed), ("text", "description", "people", "location", "date", "credit",
                                                   "warnings"), fmt)
    if failed:
        sys.exit(1)


# --- end ingest ---


# --- audit ---

def _catalog_db(ctx: click.Context):
    """The group's --db when it has one; else CATALOG_DB / ./catalog.db (open_catalog decides)."""
    return ctx.find_root().params.get("db")


def _audit_query_where(words, dialect: str):
    """The search language's WHERE clause for `catalog audit QUERY` (catalog/query.py)."""
    from .errors import QueryError

    try:
        from .query import condition, parse
    except ImportError:
        raise QueryError("catalog audit QUERY needs the search language (catalog/query.py), "
                         "which this build does not have yet; run catalog audit without a query") from None
    return condition(parse(list(words)), dialect)


@cli.command("audit", context_settings={"ignore_unknown_options": True})  # `-is:file` is a query term
@click.argument("query", nargs=-1, type=click.UNPROCESSED)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "jsonl"]),
              help="Output format (default: table on a terminal, jsonl otherwise).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error", show_default=True,
              help="Exit 1 when a finding reaches this severity.")
@click.option("--rules", "rule_codes", metavar="CODE,...", help="Run only these rules (see --list-rules).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Config file (default: catalog.toml in the working directory, when there is one).")
@click.option("--list-rules", is_flag=True, help="List every rule with its severity and what it finds.")
@click.pass_context
def audit_command(ctx, query, fmt, fail_on, rule_codes, config_path, list_rules):
    """Check credits: missing, malformed, off-style, unlicensed, misdated ...

    QUERY restricts the audit to the captions a search would return. Findings go to
    stdout; a summary per rule and severity goes to stderr.
    """
    from . import audit as audit_lib
    from .errors import CatalogError
    from .output import write_rows
    from .store import open_catalog

    try:
        config = audit_lib.load_config(config_path)
        if list_rules:
            write_rows(audit_lib.list_rules(config), ["rule", "severity", "enabled", "scope", "doc"], fmt)
            return
        with open_catalog(_catalog_db(ctx)) as catalog:
            where = _audit_query_where(query, catalog.dialect) if query else None
            run = audit_lib.audit(catalog, config, rule_codes.split(",") if rule_codes else None, where=where)
            write_rows((f.as_row() for f in run), audit_lib.COLUMNS, fmt)
    except CatalogError as e:
        error = click.ClickException(str(e))
        error.exit_code = e.exit_code
        raise error from None
    click.echo(run.summary(), err=True)
    ctx.exit(1 if run.reaches(fail_on) else 0)
