"""The command line: the only module that imports click. Thin commands over the library.

Domain errors (CatalogError) are caught once, in CatalogGroup.invoke, and shown as
`Error: ...` with the error's exit code; click itself exits quietly on a broken pipe.
"""
from __future__ import annotations

import io
import os
import sys

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
        except BrokenPipeError:
            _silence_stdout()
            raise click.exceptions.Exit(0) from None


def _silence_stdout():
    # What is still buffered for the closed pipe would fail again at exit: point it at devnull.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


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


def _parser_build() -> str:
    """Which parser runs: the compiled step modules (setup.py) or pure Python."""
    from .parse import COMPILED_STEPS

    return "parser compiled: " + ", ".join(COMPILED_STEPS) if COMPILED_STEPS else "parser: pure Python"


def warn(message: str) -> None:
    click.echo(f"Warning: {message}", err=True)


def _show_version(ctx, param, value):
    # click.version_option wants its message when the command is defined, and which parser
    # is built is known only by importing it: asked here, only --version pays for that.
    if value and not ctx.resilient_parsing:
        click.echo(f"catalog, version {__version__} ({_parser_build()})")
        ctx.exit()


@click.group(cls=CatalogGroup)
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Show the version and exit.")
@click.option("--db", envvar="CATALOG_DB", default="catalog.db", show_default=True, metavar="PATH|URL",
              help="The catalogue: an SQLite file path or an SQLAlchemy URL (env CATALOG_DB).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def cli(ctx, db, quiet):
    """Photo-caption metadata cataloguer: people, places, dates and credits from news
    picture captions, stored in a searchable catalogue."""
    ctx.obj = State(db, quiet)


def main():
    try:
        code = cli.main(prog_name="catalog", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted!", err=True)
        code = 1
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    except BrokenPipeError:
        _silence_stdout()
        code = 0
    sys.exit(code or 0)


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
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Parse in this many worker processes (one process still writes; the result is the same).")
@pass_state
def ingest(state, paths, fmt, per_line, jobs):
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
                          on_bytes=bar.update if bar is not None else None, jobs=jobs):
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


# --- search ---

class QueryCommand(click.Command):
    """A command whose free words are a query: `-is:file` and `-by:millis` are negated terms,
    not options (click would read `-by:millis` under `-o` as `-o y:millis`). The command's
    own options are picked out first; every other word goes to QUERY."""

    def parse_args(self, ctx, args):
        names, valued = set(ctx.help_option_names), set()
        for p in self.params:
            if isinstance(p, click.Option):
                names.update(p.opts + p.secondary_opts)
                if not p.is_flag and not p.count:
                    valued.update(p.opts)
        options, words = [], []
        rest = iter(args)
        for arg in rest:
            name = arg.split("=", 1)[0]
            if arg == "--":
                words.extend(rest)
            elif name in names:
                options.append(arg)
                if name in valued and "=" not in arg:
                    value = next(rest, None)  # click reports a missing value itself
                    if value is not None:
                        options.append(value)
            elif arg.startswith("--"):
                raise click.NoSuchOption(name, ctx=ctx)
            else:
                words.append(arg)
        return super().parse_args(ctx, options + ["--"] + words)

_QUERY_HELP = """
QUERY: terms ANDed; field:value with fields person, title, position, photographer (by),
agency, source, place (in), venue, city, region, country, date, text, id; is:pool|handout|file;
has:credit|photographer|date|people|place|agency|warnings; -term negates; OR and ( ) group;
agency:ap,reuters is OR within a field; date:2023, date:2023-06, date:2023-06-01..2023-06-30,
date:..2019-12-31; bare words and "phrases" search the caption text.
"""


def _open(ctx):
    from . import open_catalog

    return open_catalog(ctx.obj.db)


def _format_option(formats=("table", "csv", "json", "jsonl"), default_help="table on a terminal, else jsonl"):
    return click.option("--format", "fmt", type=click.Choice(formats), help=f"Output format [default: {default_help}].")


def _query_tree(query):
    from .query import parse

    return parse(list(query))


@cli.command(cls=QueryCommand, epilog=_QUERY_HELP)
@click.argument("query", nargs=-1, type=click.UNPROCESSED)
@click.option("--sort", type=click.Choice(["id", "date", "-date", "photographer", "agency"]),
              help="Order of results [default: id, the order captions were stored].")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many results.")
@click.option("--sql", is_flag=True, help="Print the SQL (and its parameters) instead of running it.")
@_format_option()
@click.pass_context
def search(ctx, query, sort, limit, sql, fmt):
    """Find captions: catalog search person:blinken by:millis date:2023-06"""
    from .export import SEARCH_COLUMNS, SEARCH_FIELDS, search_rows
    from .output import write_rows
    from .query import caption_select, render_sql

    tree = _query_tree(query)
    with _open(ctx) as catalog:
        if sql:  # the statement as written, without reading the agency names it holds
            stmt = caption_select(tree, dialect=catalog.dialect, sort=sort, limit=limit, columns=SEARCH_FIELDS)
            click.echo(render_sql(stmt, catalog.engine.dialect))
            return
        with catalog.engine.connect() as conn:
            stmt = caption_select(tree, dialect=catalog.dialect, sort=sort, limit=limit, columns=SEARCH_FIELDS,
                                  conn=conn)
            write_rows(search_rows(conn, stmt), SEARCH_COLUMNS, fmt)


@cli.command()
@click.argument("ids", nargs=-1, type=int, required=True)
@_format_option(("json", "jsonl", "table"), "json")
@click.pass_context
def show(ctx, ids, fmt):
    """The whole record of caption ID: the parse (caption-schema shape), its source file and
    its position there."""
    import json

    from .export import records
    from .output import write_rows

    with _open(ctx) as catalog, catalog.engine.connect() as conn:
        found = records(conn, list(ids))
    if fmt in (None, "json"):
        click.echo(json.dumps(found[0] if len(found) == 1 else found, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for rec in found:
            click.echo(json.dumps(rec, ensure_ascii=False))
    else:
        write_rows((row for rec in found for row in _record_lines(rec)), ["field", "value"], "table",
                   max_width=None)


def _record_lines(rec: dict):
    """A record as field / value lines for reading on a terminal."""
    for key, value in rec.items():
        if key == "people":
            for i, p in enumerate(value, 1):
                extra = ", ".join(x for x in (p["title"], p["position"]) if x)
                yield {"field": f"person {i}", "value": p["name"] + (f" ({extra})" if extra else "")}
        elif isinstance(value, dict):
            for k, v in value.items():
                yield {"field": f"{key}.{k}", "value": v}
        else:
            yield {"field": key, "value": value}


def _listing_command(kind: str, example: str):
    @click.argument("query", nargs=-1, type=click.UNPROCESSED)
    @click.option("--sort", type=click.Choice(["count", "name", "first", "last"]), default="count",
                  show_default=True, help="count: most captions first; first/last: by date.")
    @click.option("--limit", type=click.IntRange(min=0), help="At most this many rows.")
    @_format_option()
    @click.pass_context
    def command(ctx, query, sort, limit, fmt):
        from .output import write_rows
        from .query import condition
        from .reports import LISTING_COLUMNS, listing

        tree = _query_tree(query)
        with _open(ctx) as catalog, catalog.engine.connect() as conn:
            where = condition(tree, catalog.dialect)
            write_rows(listing(conn, kind, where, sort=sort, limit=limit), LISTING_COLUMNS, fmt)

    command.__doc__ = (f"Distinct {kind} with caption counts and first and last dates, in the captions "
                       f"QUERY selects (all when none): catalog {kind} {example}")
    return cli.command(kind, cls=QueryCommand, epilog=_QUERY_HELP)(command)


people = _listing_command("people", "agency:reuters date:2023")
photographers = _listing_command("photographers", "agency:ap date:2023")
agencies = _listing_command("agencies", "person:blinken")


@cli.command()
@_format_option()
@click.pass_context
def stats(ctx, fmt):
    """An overview of the catalogue: sources, captions, names, date range, gaps."""
    from .output import write_rows
    from .reports import STATS_COLUMNS, stats as overview

    with _open(ctx) as catalog, catalog.engine.connect() as conn:
        write_rows(overview(conn), STATS_COLUMNS, fmt)


def _write_to(output, fmt, bom, write):
    """Run `write(stream)` into stdout, or into FILE atomically (a temporary file renamed
    into place when complete: never a half-written export)."""
    if output is None or output == "-":
        return write(sys.stdout)
    path = os.path.abspath(output)
    tmp = f"{path}.part-{os.getpid()}"
    encoding = "utf-8-sig" if (fmt == "csv" and bom) else "utf-8"
    try:
        with open(tmp, "w", encoding=encoding, newline="") as stream:
            n = write(stream)
        os.replace(tmp, path)
    except OSError as exc:
        raise CatalogError(f"cannot write {output}: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return n


def _file_format(fmt, output):
    """--format, else from the file's suffix (.json, .jsonl), else CSV."""
    if fmt:
        return fmt
    suffix = os.path.splitext(output or "")[1].lower().lstrip(".")
    return suffix if suffix in ("json", "jsonl") else "csv"


_OUTPUT = click.option("-o", "--output", metavar="FILE", help="Write to FILE (atomically) instead of stdout.")
_BOM = click.option("--bom/--no-bom", default=None,
                    help="Start a CSV file with a UTF-8 byte-order mark so Excel reads accents right "
                         "[default: on for -o FILE, off for stdout].")


@cli.command(cls=QueryCommand, epilog=_QUERY_HELP)
@click.argument("query", nargs=-1, type=click.UNPROCESSED)
@_format_option(("csv", "json", "jsonl", "table"), "csv, or from -o FILE's suffix")
@_OUTPUT
@_BOM
@click.option("--sort", type=click.Choice(["id", "date", "-date", "photographer", "agency"]),
              help="Order of rows [default: id].")
@click.pass_context
def export(ctx, query, fmt, output, bom, sort):
    """The credit list: one row per caption in QUERY (all when none) with id, source file,
    date, photographers, agency, source, pool, handout, file, credit as printed, people, place."""
    from .export import EXPORT_COLUMNS, EXPORT_FIELDS, credit_rows
    from .output import write_rows
    from .query import caption_select

    fmt = _file_format(fmt, output)
    tree = _query_tree(query)
    with _open(ctx) as catalog, catalog.engine.connect() as conn:
        stmt = caption_select(tree, dialect=catalog.dialect, sort=sort, columns=EXPORT_FIELDS)
        _write_to(output, fmt, bom if bom is not None else output not in (None, "-"),
                  lambda stream: write_rows(credit_rows(conn, stmt), EXPORT_COLUMNS, fmt, stream))


@cli.command(cls=QueryCommand, epilog=_QUERY_HELP)
@click.argument("query", nargs=-1, type=click.UNPROCESSED)
@_format_option()
@_OUTPUT
@_BOM
@click.pass_context
def credits(ctx, query, fmt, output, bom):
    """Photographer x agency with the number of pictures and the date range, for the captions
    in QUERY (all when none): the list a picture desk sends for a usage or payment report."""
    from .output import write_rows
    from .query import condition
    from .reports import CREDIT_COLUMNS, credits as credit_table

    if output and not fmt:
        fmt = _file_format(fmt, output)
    tree = _query_tree(query)
    with _open(ctx) as catalog, catalog.engine.connect() as conn:
        where = condition(tree, catalog.dialect)
        _write_to(output, fmt, bom if bom is not None else output not in (None, "-"),
                  lambda stream: write_rows(credit_table(conn, where), CREDIT_COLUMNS, fmt, stream))


# --- audit ---

def _catalog_db(ctx: click.Context):
    """The group's --db when it has one; else CATALOG_DB / ./catalog.db (open_catalog decides)."""
    return ctx.find_root().params.get("db")


def _audit_query_where(words, dialect: str):
    """The search language's WHERE clause for `catalog audit QUERY` (catalog/query.py)."""
    from .query import condition, parse

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
    from .store import open_catalog

    config = audit_lib.load_config(config_path)
    if list_rules:
        write_rows(audit_lib.list_rules(config), ["rule", "severity", "enabled", "scope", "doc"], fmt)
        return
    with open_catalog(_catalog_db(ctx)) as catalog:
        where = _audit_query_where(query, catalog.dialect) if query else None
        run = audit_lib.audit(catalog, config, rule_codes.split(",") if rule_codes else None, where=where)
        write_rows((f.as_row() for f in run), audit_lib.COLUMNS, fmt)
    click.echo(run.summary(), err=True)
    ctx.exit(1 if run.reaches(fail_on) else 0)


# --- postgres (issue 7): db copy ---

@db.command("copy")
@click.option("--to", "target", required=True, metavar="PATH|URL",
              help="The database to copy into: new or empty (an SQLite file or an SQLAlchemy URL).")
@pass_state
def db_copy(state, target):
    """Copy the whole catalogue into another database, e.g. an SQLite file into PostgreSQL.

    The target is created at the current schema revision; every row is copied with its id.
    All or nothing: a copy that fails leaves nothing in the target.
    """
    from .store.copy import copy_catalog
    from .store.db import display_name, resolve_url

    source = resolve_url(state.db)
    if not _exists(source):
        raise SchemaError(f"no catalogue at {display_name(source)}")
    target = resolve_url(target)

    def progress(table, rows):
        if not state.quiet and sys.stderr.isatty():
            click.echo(f"\r{table}: {rows} rows", err=True, nl=False)

    counts = copy_catalog(source, target, progress=progress)
    if not state.quiet and sys.stderr.isatty():
        click.echo("\r\033[K", err=True, nl=False)
    shown = ", ".join(f"{counts[t]} {t}" for t in ("captions", "sources", "people", "photographers", "agencies"))
    click.echo(f"Copied {display_name(source)} to {display_name(target)}: {shown}")

# --- end postgres ---


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
