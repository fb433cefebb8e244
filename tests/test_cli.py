"""The command line against a real SQLite file (and PostgreSQL, where `run_url` is used): output and
exit codes, error text included. Tests naming the file in their messages stay on SQLite."""
from __future__ import annotations

import json

from catalog.store import migrate

from conftest import BAD, GOOD, SAMPLE, summary_line


def test_ingest_the_sample_then_list_its_eight_captions(run_url):
    result = run_url("ingest", SAMPLE)
    assert result.exit_code == 0
    assert result.stdout == summary_line("1 file read: 8 captions new, 0 already present", "0 failed")
    result = run_url("list", "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == list(range(1, 9))
    assert list(rows[0]) == ["id", "date", "photographers", "agency", "description"]
    assert rows[1]["description"].startswith("A hand is seen between screens")


def test_second_ingest_reports_zero_new(run_url):
    run_url("ingest", SAMPLE)
    result = run_url("ingest", SAMPLE)
    assert (result.exit_code, result.stdout) == (
        0, summary_line("1 file read: 0 captions new, 8 already present", "0 failed"))


def test_list_table_and_limit(run_url):
    run_url("ingest", SAMPLE)
    lines = run_url("list", "--limit", "2", "--format", "table").stdout.splitlines()
    assert lines[0].split() == ["id", "date", "photographers", "agency", "description"]
    assert len(lines) == 4


def test_db_current_prints_the_head(run_url):
    run_url("ingest", SAMPLE)
    assert run_url("db", "current").stdout == f"{migrate.head_revision()} (head)\n"


def test_db_current_without_a_database(run, db):
    result = run("db", "current")
    assert result.exit_code == 1
    assert result.stderr == f"Error: no catalogue at {db} (ingest something, or run: catalog db upgrade)\n"
    assert not db.exists()


def test_db_history_and_downgrade_upgrade(run, db):
    history = [json.loads(line) for line in run("db", "history").stdout.splitlines()]
    assert history[0]["head"] is True and history[-1]["revises"] is None
    run("ingest", SAMPLE)
    result = run("db", "downgrade", "base")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == f"{db} is now at revision base (empty)"
    assert len(list(db.parent.glob("catalog.db.bak-*"))) == 1
    result = run("db", "upgrade")
    assert result.stdout == f"Upgraded {db} from empty to {migrate.head_revision()}\n"


def test_db_option_from_the_environment(run, tmp_path):
    other = tmp_path / "other.db"
    from click.testing import CliRunner
    from catalog.cli import cli

    result = CliRunner().invoke(cli, ["ingest", str(GOOD / "captions.txt")], env={"CATALOG_DB": str(other)})
    assert result.exit_code == 0 and other.exists()


def test_each_format_from_the_command_line(run_url):
    result = run_url("ingest", GOOD / "captions.csv", GOOD / "captions.json", GOOD / "captions.jsonl")
    assert result.exit_code == 0
    assert result.stdout == summary_line("3 files read: 9 captions new, 0 already present", "0 failed")
    assert result.stderr == f"Warning: {GOOD / 'captions.csv'}: 1 rows with an empty caption skipped (line 5)\n"
    result = run_url("ingest", "--per-line", GOOD / "captions-per-line.txt")
    assert result.stdout.startswith("1 file read: 3 captions new")
    result = run_url("ingest", "--format", "text", GOOD / "article-no-date.txt")
    assert result.stdout.startswith("1 file read: 3 captions new")


def test_stdin_from_the_command_line(run_url):
    result = run_url("ingest", "-", input="One. (AP Photo/A B)\n\nTwo. (AP Photo/C D)\n")
    assert result.stdout == summary_line("1 file read: 2 captions new, 0 already present", "0 failed")


def test_bad_inputs_each_get_one_line_and_exit_1(run_url, tmp_path):
    missing = tmp_path / "missing.txt"
    result = run_url("ingest", GOOD / "captions.txt", missing, BAD / "empty.txt", BAD / "binary.txt",
                 BAD / "no-caption-column.csv", BAD / "malformed.jsonl")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {missing}: no such file",
        f"Error: {BAD / 'empty.txt'}: empty file",
        f"Error: {BAD / 'binary.txt'}: binary file, not text",
        f"Error: {BAD / 'no-caption-column.csv'}: no \"caption\" column (columns: id, text, date)",
        f"Error: {BAD / 'malformed.jsonl'}:2: not valid JSON: Expecting ',' delimiter (column 32)",
    ]
    assert result.stdout == summary_line("1 file read: 3 captions new, 0 already present", "5 failed")
    assert "Traceback" not in result.output


def test_invalid_utf8_warns_and_succeeds(run_url):
    result = run_url("ingest", GOOD / "cp1252.txt")
    assert result.exit_code == 0
    assert result.stderr == f"Warning: {GOOD / 'cp1252.txt'}:1: not valid UTF-8; read as cp1252 (Windows-1252)\n"


def test_reparse_command(run_url):
    run_url("ingest", SAMPLE)
    result = run_url("reparse")
    assert (result.exit_code, result.stdout) == (0, "8 captions reparsed with parser 0.1.0: 0 changed\n")


def test_missing_folder_for_the_database(tmp_path):
    from click.testing import CliRunner
    from catalog.cli import cli

    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "no" / "x.db"), "list"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot create {tmp_path / 'no' / 'x.db'}: folder {tmp_path / 'no'} does not exist\n"


# -- catalog parse (issue 3's command) -----------------------------------------------------------

def test_parse_one_caption_per_line_as_json_lines(run, db):
    result = run("parse", input="Biden speaks. (AP Photo/Evan Vucci)\n\nXi meets Blinken. REUTERS/Tingshu Wang\n")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in records] == ["Biden speaks. (AP Photo/Evan Vucci)",
                                            "Xi meets Blinken. REUTERS/Tingshu Wang"]
    assert list(records[0]) == ["text", "description", "people", "location", "date", "credit", "warnings"]
    assert not db.exists()  # parse never opens the catalogue


def test_parse_paragraphs_and_files(run):
    result = run("parse", "--paragraphs", GOOD / "captions.txt")
    assert len(result.stdout.splitlines()) == 3
    result = run("parse", GOOD / "captions.txt")
    assert len(result.stdout.splitlines()) == 5


def test_parse_table_and_reference_date(run):
    result = run("parse", "--format", "table", "--reference-date", "2023-06-19", input="Biden speaks on Friday.\n")
    assert result.stdout.splitlines()[0].split() == ["description", "people", "date", "place", "credit",
                                                     "photographers", "agency", "source", "flags", "warnings"]
    result = run("parse", "--reference-date", "19/06/2023", input="x\n")
    assert result.exit_code == 2
    assert "Invalid value for '--reference-date'" in result.stderr


def test_parse_missing_file_goes_on_and_exits_1(run, tmp_path):
    result = run("parse", tmp_path / "nope.txt", GOOD / "captions-per-line.txt")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.txt'}: no such file\n"
    assert len(result.stdout.splitlines()) == 3
