"""The command line: the only module that imports click. Thin commands over the library."""
from __future__ import annotations

from contextlib import contextmanager

import click

from . import __version__, open_catalog
from .errors import CatalogError
from .output import FORMATS, write_rows


@click.group()
@click.version_option(__version__, prog_name="catalog")
def cli():
    """Photo-caption metadata cataloguer."""


# --- images ---

@cli.command("sidecars")
@click.argument("query", required=False)
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for the NAME.xmp files (created if need be).")
@click.option("--db", envvar="CATALOG_DB", help="Catalogue file or URL (default: $CATALOG_DB, else ./catalog.db).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="How to list what was written.")
def sidecars_command(query, out_dir, db, fmt):
    """Write an XMP sidecar for each catalogued photo file (those QUERY matches, or all).

    Each NAME.xmp holds the parsed caption as standard IPTC/XMP metadata (dc:description,
    dc:creator, photoshop:Credit/Source/DateCreated/City/State/Country, PersonInImage,
    LocationShown) plus titles and positions in the catalog: namespace.
    """
    from .images import image_caption_ids
    from .sidecars import iter_image_records, write_sidecars

    with _run():
        with open_catalog(db) as catalog, catalog.session() as session:
            ids = image_caption_ids(session, query) if query else None
            written = (
                {"caption_id": w.caption_id, "image": w.image, "sidecar": str(w.sidecar)}
                for w in write_sidecars(iter_image_records(session, ids), out_dir))
            n = write_rows(written, ["caption_id", "image", "sidecar"], fmt)
        click.echo(f"{n} sidecar{'' if n == 1 else 's'} written to {out_dir}", err=True)


@contextmanager
def _run():
    """Domain errors become `Error: ...` and their exit code (the ingest branch brings the shared one)."""
    try:
        yield
    except CatalogError as e:
        click.echo(f"Error: {e}", err=True)
        raise SystemExit(e.exit_code)


def main():
    cli()
