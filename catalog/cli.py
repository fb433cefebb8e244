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
