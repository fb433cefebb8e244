"""The search, show, listing, stats, export and credits commands, through CliRunner against a
catalogue in tmp_path (and on PostgreSQL when a test server is configured): exact output,
exit codes, error text."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from catalog.cli import cli

from searchlib import ARTICLE, CAPTIONS, ROOT, build_catalog


@pytest.fixture(scope="module")
def db(module_db_url):
    ids = build_catalog(module_db_url)
    assert ids["art-1"] == 1 and ids["reu-4"] == 12  # the ids the expected outputs below name
    return module_db_url


def run(db, *args, code=0):
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == code, (result.output, result.stderr)
    return result


# --- search ---

def test_search_csv(db):
    out = run(db, "search", "agency:xinhua", "--format", "csv").stdout_bytes.decode()
    assert out == (
        "id,date,photographers,agency,people,place,caption\r\n"
        "21,2023-06-19,Li Xueren,Xinhua,Xi Jinping; Antony Blinken,\"Great Hall of the People, Beijing, China\","
        "\"Chinese President Xi Jinping meets with visiting U.S. Secretary of State Antony Blinken at the Great Hall "
        "of the People in Beijing, capital of China, June 19, 2023.\"\r\n"
        "22,2023-04,Zhai Jianlan,Xinhua,Qin Gang,\"Beijing, China\",\"Chinese Foreign Minister Qin Gang holds talks "
        "with his counterpart in Beijing, capital of China, April 2023.\"\r\n")


def test_search_jsonl_is_the_default_off_a_terminal(db):
    lines = run(db, "search", "person:qin gang").stdout_bytes.decode().splitlines()  # the shell ate the quotes
    rows = [json.loads(line) for line in lines]
    assert [r["id"] for r in rows] == [1, 3, 6, 7, 22]
    assert rows[0] == {"id": 1, "date": "2023-06-18", "photographers": ["Leah Millis"], "agency": "AP",
                       "people": ["Antony Blinken", "Qin Gang"], "place": "Diaoyutai State Guesthouse, Beijing, China",
                       "caption": "U.S. Secretary of State Antony Blinken, second right, meets with Chinese Foreign "
                                  "Minister Qin Gang, fifth from left, at the Diaoyutai State Guesthouse in Beijing, "
                                  "China, Sunday, June 18, 2023."}


def test_search_json(db):
    rows = json.loads(run(db, "search", "by:millis", "--format", "json", "--sort", "-date", "--limit", "3").stdout_bytes.decode())
    assert [r["id"] for r in rows] == [14, 1, 3]


def test_search_table(db):
    out = run(db, "search", "in:zurich", "--format", "table").stdout_bytes.decode().splitlines()
    assert out[0].split() == ["id", "date", "photographers", "agency", "people", "place", "caption"]
    assert set(out[1]) == {"-", " "}
    assert out[2].startswith("12  2022-09-02  Anna Keller    Reuters")
    assert out[2].endswith("…") and len(out) == 3


def test_search_negation_is_not_an_option(db):
    out = run(db, "search", "person:blinken", "-is:pool", "-agency:xinhua", "--format", "csv").stdout_bytes.decode()
    assert [line.split(",")[0] for line in out.splitlines()[1:]] == ["2", "28", "33"]


def test_search_or_and_groups(db):
    out = run(db, "search", "(agency:afp OR source:afp) date:2023", "--format", "csv").stdout_bytes.decode()
    assert [line.split(",")[0] for line in out.splitlines()[1:]] == ["14", "16", "17"]


def test_search_sql(db):
    out = run(db, "search", "person:blinken", "'; DROP TABLE captions; --", "--sql").stdout_bytes.decode()
    sql, params = out.split("-- parameters:")
    assert "DROP" not in sql
    if db.startswith("sqlite"):
        assert "FROM people_fts" in sql and "JOIN captions_fts" in sql
        assert params == " captions_fts_1='{text} : \"drop table captions\"', people_fts_1='\"blinken\"'\n"
    else:  # PostgreSQL: regexes over the folded columns, the trigram indexes' expressions
        assert "catalog_fold(people.key) ~ catalog_fold(%(catalog_fold_1)s" in sql
        assert "catalog_fold(captions.text) ~ catalog_fold(%(catalog_fold_2)s" in sql
        assert params == (" catalog_fold_1='(^|[^[:alnum:]])blinken([^[:alnum:]]|$)', "
                          "catalog_fold_2='(^|[^[:alnum:]])drop[^[:alnum:]]+table[^[:alnum:]]+captions([^[:alnum:]]|$)'\n")


@pytest.mark.parametrize("fmt,expected", [("csv", "id,date,photographers,agency,people,place,caption\r\n"),
                                          ("jsonl", ""), ("table", ""), ("json", "[]\n")])
def test_search_no_match(db, fmt, expected):
    assert run(db, "search", "person:nobody", "--format", fmt).stdout_bytes.decode() == expected


SEARCH_ERRORS = [
    (["peson:blinken"], "Error: unknown field 'peson' at column 1 (fields: agency, by, city, country, date, has, "
                        "id, in, is, people, person, photographer, photographers, place, position, region, source, "
                        "text, title, venue)\n"),
    (["person:blinken", "date:2023-13"], "Error: malformed date '2023-13' at column 16: expected YYYY, YYYY-MM or "
                                         "YYYY-MM-DD, or a range FROM..TO\n"),
    (["date:2023-06-30..2023-06-01"], "Error: empty date range '2023-06-30..2023-06-01' at column 1: 2023-06-30 is "
                                      "after 2023-06-01\n"),
    (['person:"qin gang'], 'Error: unbalanced quote: the " at column 8 is never closed\n'),
    (["(person:blinken", "OR", "by:millis"], "Error: unbalanced parenthesis: '(' at column 1 is never closed\n"),
    (["person:blinken)"], "Error: unbalanced parenthesis: ')' at column 15 has no '('\n"),
]


@pytest.mark.parametrize("args,message", SEARCH_ERRORS)
@pytest.mark.parametrize("command", ["search", "export", "people", "credits"])
def test_query_errors_exit_2(db, command, args, message):
    result = run(db, command, *args, code=2)
    assert result.stderr == message and result.stdout_bytes == b""


def test_unknown_sort_is_a_usage_error(db):
    result = run(db, "search", "--sort", "size", code=2)
    assert "Invalid value for '--sort'" in result.stderr


# --- show ---

def test_show_json_is_the_schema_shape(db):
    rec = json.loads(run(db, "show", "1").stdout_bytes.decode())
    assert list(rec) == ["id", "text", "description", "people", "location", "date", "credit", "warnings",
                         "source_file", "source_position", "parser_version"]
    assert rec["people"][1] == {"name": "Qin Gang", "title": "Chinese Foreign Minister", "position": "fifth left"}
    assert rec["location"] == {"venue": "Diaoyutai State Guesthouse", "city": "Beijing", "region": None,
                               "country": "China"}
    assert rec["credit"] == {"line": "Leah Millis/Pool Photo via AP", "photographers": ["Leah Millis"],
                             "agency": "AP", "source": "Pool", "pool": True, "handout": False, "file": False}
    assert rec["source_file"] == str(ARTICLE) and rec["source_position"] == 1
    last = json.loads(run(db, "show", "40").stdout_bytes.decode())
    assert last["source_file"] == str(CAPTIONS) and last["source_position"] == 32


def test_show_several_jsonl_and_table(db):
    lines = run(db, "show", "22", "1", "--format", "jsonl").stdout_bytes.decode().splitlines()
    assert [json.loads(x)["id"] for x in lines] == [22, 1]
    table = run(db, "show", "37", "--format", "table").stdout_bytes.decode().splitlines()
    assert table[0].split() == ["field", "value"]
    assert table[2].split(None, 1) == ["id", "37"]
    assert table[3].split(None, 1) == ["text", "A man walks his dog along the beach at sunrise; the tide is out_and the "
                                               "sand is wet."]  # shown whole, not cut
    assert table[-4].split() == ["warnings", "no-credit"] and table[-2].split() == ["source_position", "29"]


def test_show_unknown_id(db):
    result = run(db, "show", "1", "999", code=1)
    assert result.stderr == "Error: no caption with id 999\n"


# --- listings, stats ---

def test_photographers_with_query(db):
    out = run(db, "photographers", "agency:ap", "date:2023", "--format", "csv").stdout_bytes.decode()
    assert out.splitlines() == [
        "name,captions,first,last", "Leah Millis,7,2023-06-18,2023-06-18", "Mark Millis-Grant,1,2023-06-01,2023-06-01",
        "Ng Han Guan,1,2023-06-18,2023-06-18", "Stephen B. Morton,1,2023-06-01,2023-06-01",
        "Sven Hoppe,1,2023-05-13,2023-05-13"]


def test_people_sorted_and_limited(db):
    out = run(db, "people", "--limit", "3", "--format", "csv").stdout_bytes.decode()
    assert out.splitlines() == ["name,captions,first,last", "Antony Blinken,12,2023-06-01,2023-09-06",
                                "Qin Gang,5,2023-04,2023-06-18", "Olaf Scholz,2,2023-01-22,2023-06-14"]
    by_name = run(db, "people", "in:beijing", "--sort", "name", "--format", "jsonl").stdout_bytes.decode().splitlines()
    assert [json.loads(x)["name"] for x in by_name] == ["Antony Blinken", "Qin Gang", "Xi Jinping", "Yang Tao"]


def test_agencies(db):
    rows = [json.loads(x) for x in run(db, "agencies", "--format", "jsonl").stdout_bytes.decode().splitlines()]
    assert rows[:2] == [{"name": "AP", "captions": 18, "first": "2018-10-03", "last": "2023-09-06"},
                        {"name": "Reuters", "captions": 5, "first": "2016-05", "last": "2022-09-02"}]
    assert {r["name"] for r in rows} == {"AP", "Reuters", "Getty Images", "AFP", "EPA-EFE", "Xinhua", "UPI",
                                         "Bloomberg", "Kyodo", "dpa"}  # sources (Pool, NASA) are not agencies


def test_listing_no_match(db):
    assert run(db, "people", "person:nobody", "--format", "csv").stdout_bytes.decode() == "name,captions,first,last\r\n"


def test_stats(db):
    rows = {r["item"]: r["value"] for r in map(json.loads, run(db, "stats").stdout_bytes.decode().splitlines())}
    assert rows == {"sources": 2, "captions": 40, "people": 24, "photographers": 30, "agencies": 10,
                    "first date": "2015", "last date": "2024-03-14", "captions with warnings": 1,
                    "captions without credit": 1, "captions without date": 3, "pool pictures": 10, "handouts": 2,
                    "file pictures": 3}


# --- export, credits ---

EXPORT_HEADER = "id,source_file,date,photographers,agency,source,pool,handout,file,credit,people,place"


def test_export_csv_stdout(db):
    out = run(db, "export", "person:zelenskyy").stdout_bytes.decode()
    rows = list(csv.reader(io.StringIO(out)))
    assert rows == [EXPORT_HEADER.split(","),
                    ["28", str(CAPTIONS), "2023-09-06", "", "AP", "Ukrainian Presidential Press Office", "no", "yes",
                     "no", "Ukrainian Presidential Press Office via AP", "Volodymyr Zelenskyy; Antony Blinken",
                     "Kyiv, Ukraine"]]


def test_export_file_opens_in_a_spreadsheet(db, tmp_path):
    target = tmp_path / "credits.csv"
    assert run(db, "export", "agency:reuters", "-o", str(target)).stdout_bytes.decode() == ""
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + EXPORT_HEADER.encode() + b"\r\n")  # BOM: Excel reads UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == ["9", "10", "11", "12", "29"]
    assert rows[1]["photographers"] == "Luisa González" and rows[1]["pool"] == "yes"
    assert rows[3]["credit"] == "REUTERS/Anna Keller"
    assert not list(tmp_path.glob("*.part-*"))


def test_export_json_from_suffix_and_no_bom(db, tmp_path):
    target = tmp_path / "credits.json"
    run(db, "export", "is:handout", "-o", str(target))
    rows = json.loads(target.read_text(encoding="utf-8"))
    assert [(r["id"], r["handout"], r["source"]) for r in rows] == [
        (28, True, "Ukrainian Presidential Press Office"), (29, True, "NASA")]
    plain = tmp_path / "plain.csv"
    run(db, "export", "id:1", "-o", str(plain), "--no-bom")
    assert plain.read_bytes().startswith(EXPORT_HEADER.encode())


def test_export_no_match_is_the_header(db, tmp_path):
    assert run(db, "export", "person:nobody").stdout_bytes.decode() == EXPORT_HEADER + "\r\n"
    assert run(db, "export", "person:nobody", "--format", "jsonl").stdout_bytes.decode() == ""


def test_export_jsonl_all(db):
    rows = [json.loads(x) for x in run(db, "export", "--format", "jsonl").stdout_bytes.decode().splitlines()]
    assert [r["id"] for r in rows] == list(range(1, 41))
    assert rows[0]["people"] == ["Antony Blinken", "Qin Gang"] and rows[0]["pool"] is True


def test_export_unwritable_file(db, tmp_path):
    result = run(db, "export", "-o", str(tmp_path / "missing" / "x.csv"), code=1)
    assert result.stderr.startswith("Error: cannot write ") and result.stderr.count("\n") == 1


def test_credits(db):
    out = run(db, "credits", "date:2023-06", "--format", "csv").stdout_bytes.decode()
    assert out.splitlines() == [
        "photographer,agency,pictures,first,last",
        "Clemens Bilan,EPA-EFE,1,2023-06-14,2023-06-14",
        "Leah Millis,AP,7,2023-06-18,2023-06-18",
        "Leah Millis,Getty Images,1,2023-06-20,2023-06-20",
        "Li Xueren,Xinhua,1,2023-06-19,2023-06-19",
        "Mark Millis-Grant,AP,1,2023-06-01,2023-06-01",
        "Ng Han Guan,AP,1,2023-06-18,2023-06-18",
        "Stephen B. Morton,AP,1,2023-06-01,2023-06-01"]


def test_credits_pictures_without_photographer(db):
    rows = [json.loads(x) for x in run(db, "credits", "-has:photographer").stdout_bytes.decode().splitlines()]
    assert rows == [{"photographer": None, "agency": "AP", "pictures": 1, "first": "2023-09-06", "last": "2023-09-06"},
                    {"photographer": None, "agency": "Kyodo", "pictures": 1, "first": "2024-01-14",
                     "last": "2024-01-14"},
                    {"photographer": None, "agency": "Reuters", "pictures": 1, "first": None, "last": None},
                    {"photographer": None, "agency": None, "pictures": 1, "first": None, "last": None}]


def test_every_command_has_help():
    for command in ("search", "show", "people", "photographers", "agencies", "stats", "export", "credits"):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


# --- a closed pipe ---

@pytest.mark.parametrize("command", [["search", "--format", "jsonl"], ["export"], ["people"]])
def test_closed_pipe_ends_quietly(db_url, command):
    from sqlalchemy import update

    from catalog import open_catalog
    from catalog.store.models import Caption
    db = db_url
    build_catalog(db)
    with open_catalog(db) as catalog, catalog.transaction() as session:  # long captions: output >> pipe buffer
        session.execute(update(Caption).values(description=Caption.description + " x" * 5000))
        session.execute(update(Caption).values(credit_line=Caption.credit_line + " y" * 5000))
    proc = subprocess.Popen([sys.executable, "-m", "catalog", "--db", str(db), *command], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert err == b""


def test_negated_terms_are_never_options(db, tmp_path):
    # click alone would read `-by:millis` as `-o y:millis` on a command with -o.
    target = tmp_path / "x.csv"
    run(db, "export", "agency:ap", "-by:millis", "-has:people", "-o", str(target), "--no-bom")
    assert [r["id"] for r in csv.DictReader(io.StringIO(target.read_text(encoding="utf-8")))] == \
        ["32", "34", "38", "40"]
    result = run(db, "search", "--limt", "5", code=2)
    assert "Error: No such option '--limt'." in result.stderr


def test_listing_query_means_captions_with(db):
    # people in the captions where Qin appears: Qin and those pictured with him
    out = run(db, "people", "person:qin", "--format", "csv").stdout_bytes.decode()
    assert out.splitlines() == ["name,captions,first,last", "Qin Gang,5,2023-04,2023-06-18",
                                "Antony Blinken,4,2023-06-18,2023-06-18"]
