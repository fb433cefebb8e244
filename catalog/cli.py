"""The command line: the only module that imports click. Thin commands over the library."""
from __future__ import annotations

import click

from . import __version__


@click.group()
@click.version_option(__version__, prog_name="catalog")
def cli():
    """Photo-caption metadata cataloguer."""


def main():
    cli()


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
