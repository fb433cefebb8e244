"""Every command has help and appears in the README (sqlite-utils' test_docs)."""
from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

from catalog.cli import cli

from conftest import ROOT

README = (ROOT / "README.md").read_text()


def commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from commands(command, (*prefix, name))


ALL = list(commands(cli))


@pytest.mark.parametrize("path", [" ".join(p) for p, _ in ALL])
def test_every_command_is_in_the_readme_and_has_help(path):
    assert re.search(rf"\bcatalog {re.escape(path)}\b", README), f"`catalog {path}` is not in README.md"
    result = CliRunner().invoke(cli, [*path.split(), "--help"])
    assert result.exit_code == 0
    command = dict((" ".join(p), c) for p, c in ALL)[path]
    assert command.help and command.help.strip(), f"`catalog {path}` has no help text"


def test_readme_has_the_two_commands_ci_runs():
    assert "<!-- ci: quickstart -->" in README and "<!-- ci: tests -->" in README
