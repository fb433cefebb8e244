"""The command line: the only module that imports click. Thin commands over the library."""
from __future__ import annotations

import io
import os
import sys

import click

from . import __version__
from .errors import CatalogError


class CatalogGroup(click.Group):
    """Domain errors become `Error: <message>` with their exit code, at this one boundary;
    a closed pipe (`catalog export | head`) ends quietly with 0 (beets ui.main)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CatalogError as exc:
            error = click.ClickException(str(exc))
            error.exit_code = exc.exit_code
            raise error from None
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


@click.group(cls=CatalogGroup)
@click.version_option(__version__, prog_name="catalog")
@click.option("--db", envvar="CATALOG_DB", metavar="PATH|URL",
              help="The catalogue: an SQLite file or an SQLAlchemy URL [default: ./catalog.db, or $CATALOG_DB].")
@click.pass_context
def cli(ctx, db):
    """Photo-caption metadata cataloguer."""
    ctx.obj = {"db": db}


def main():
    try:
        code = cli.main(standalone_mode=False)
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

    return open_catalog(ctx.obj["db"])


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
        stmt = caption_select(tree, dialect=catalog.dialect, sort=sort, limit=limit, columns=SEARCH_FIELDS)
        if sql:
            click.echo(render_sql(stmt, catalog.engine.dialect))
            return
        with catalog.engine.connect() as conn:
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
