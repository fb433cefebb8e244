"""The credit list's fast path (catalog.export.credit_rows: one SELECT, tuples) and the output
writer's tuple rows, on every backend: names in credited order, empty lists, flags, places,
multi-line values, and the same bytes as the dict rows every other command writes."""
from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from catalog.export import EXPORT_COLUMNS, EXPORT_FIELDS, credit_rows
from catalog.output import write_rows
from catalog.parse.record import Caption, Credit, Location, Person
from catalog.query import caption_select
from catalog.store.models import Source
from catalog.store.writer import CaptionWriter


def _caption(text, people=(), photographers=(), agency=None, source=None, line=None, pool=False, **place):
    return Caption(text=text, description=text, people=[Person(n, t, None) for n, t in people],
                   location=Location(**place), date="2023-06-18" if people else None,
                   date_precision="day" if people else None,
                   credit=Credit(line=line, photographers=list(photographers), agency=agency, source=source,
                                 pool=pool))


@pytest.fixture
def stored(catalog_db):
    with catalog_db.transaction() as session:
        src = Source(path="/desk/tuesday.txt", kind="lines", sha256="0" * 64, size=1,
                     ingested_at=dt.datetime(2024, 1, 1))
        session.add(src)
        session.flush()
        writer = CaptionWriter(session)
        # Names stored in one order, credited in another: the export keeps the credited order.
        writer.add(src, 1, _caption("first", people=[("Zoë Abbott", None), ("Antony Blinken", "Secretary")],
                                    photographers=["Yuki Tanaka"], agency="AP", line="AP Photo/Yuki Tanaka",
                                    city="Bogotá", country="Colombia"))
        writer.add(src, 2, _caption("second", people=[("Antony Blinken", None), ("Zoë Abbott", None),
                                                      ("Qin Gang", "Foreign Minister")],
                                    photographers=["Yuki Tanaka", "Anna Keller", "Leah Millis"], agency="Reuters",
                                    source="Pool", line="Pool via REUTERS/Yuki Tanaka, Anna Keller\nand Leah Millis",
                                    pool=True, venue="Great Hall", region="Hebei"))
        writer.add(src, 3, _caption("third: nothing known"))
    return catalog_db


EXPECTED = [
    (1, "/desk/tuesday.txt", "2023-06-18", ["Yuki Tanaka"], "AP", None, False, False, False, "AP Photo/Yuki Tanaka",
     ["Zoë Abbott", "Antony Blinken"], "Bogotá, Colombia"),
    (2, "/desk/tuesday.txt", "2023-06-18", ["Yuki Tanaka", "Anna Keller", "Leah Millis"], "Reuters", "Pool", True,
     False, False, "Pool via REUTERS/Yuki Tanaka, Anna Keller\nand Leah Millis",
     ["Antony Blinken", "Zoë Abbott", "Qin Gang"], "Great Hall, Hebei"),
    (3, "/desk/tuesday.txt", None, [], None, None, False, False, False, None, [], None),
]


def _export(catalog, query="", sort=None, batch=1000):
    stmt = caption_select(query, dialect=catalog.dialect, sort=sort, columns=EXPORT_FIELDS)
    with catalog.engine.connect() as conn:
        return list(credit_rows(conn, stmt, batch=batch))


def test_credit_rows_in_credited_order(stored):
    assert _export(stored) == EXPECTED


def test_credit_rows_follow_query_and_sort_across_batches(stored):
    assert [r[0] for r in _export(stored, sort="-date", batch=1)] == [1, 2, 3]
    assert [r[0] for r in _export(stored, "by:keller OR -has:people", batch=2)] == [2, 3]
    assert _export(stored, "person:nobody") == []


def test_export_csv_exact(stored):
    out = io.StringIO()
    assert write_rows(iter(_export(stored)), EXPORT_COLUMNS, "csv", out) == 3
    assert out.getvalue() == (
        "id,source_file,date,photographers,agency,source,pool,handout,file,credit,people,place\r\n"
        "1,/desk/tuesday.txt,2023-06-18,Yuki Tanaka,AP,,no,no,no,AP Photo/Yuki Tanaka,Zoë Abbott; Antony Blinken,"
        "\"Bogotá, Colombia\"\r\n"
        "2,/desk/tuesday.txt,2023-06-18,Yuki Tanaka; Anna Keller; Leah Millis,Reuters,Pool,yes,no,no,"
        "\"Pool via REUTERS/Yuki Tanaka, Anna Keller and Leah Millis\",Antony Blinken; Zoë Abbott; Qin Gang,"
        "\"Great Hall, Hebei\"\r\n"
        "3,/desk/tuesday.txt,,,,,no,no,no,,,\r\n")


# --- the writer: tuple rows are written exactly as the same rows as dicts ---

AWKWARD = [
    ("two\nlines\r", ["a", "b\nc"], True, None, 7, 1.5, {"k": "v"}, (), "plain", dt.date(2023, 6, 18)),
    ("", [], False, "x", 0, -2.0, {}, ("t",), "é \"quoted\", comma", None),
]
AWKWARD_COLUMNS = [f"c{i}" for i in range(len(AWKWARD[0]))]


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "table"])
def test_tuple_rows_write_like_dict_rows(fmt):
    as_tuples, as_dicts = io.StringIO(), io.StringIO()
    assert write_rows(iter(AWKWARD), AWKWARD_COLUMNS, fmt, as_tuples) == 2
    assert write_rows((dict(zip(AWKWARD_COLUMNS, r)) for r in AWKWARD), AWKWARD_COLUMNS, fmt, as_dicts) == 2
    assert as_tuples.getvalue() == as_dicts.getvalue()
    if fmt == "csv":
        assert as_tuples.getvalue().splitlines()[1].startswith('two lines ,a; b c,yes,,7,1.5,"{""k"": ""v""}",,plain,')
    if fmt == "jsonl":
        assert json.loads(as_tuples.getvalue().splitlines()[0])["c1"] == ["a", "b\nc"]


def test_tuple_rows_need_columns():
    with pytest.raises(ValueError, match="columns"):
        write_rows(iter([(1, 2)]), None, "csv", io.StringIO())
    out = io.StringIO()
    assert write_rows(iter([]), ["a", "b"], "csv", out) == 0 and out.getvalue() == "a,b\r\n"


# --- CSV from the credit list's text batches (cells built in SQL, written per batch) ---

@pytest.mark.parametrize("batch", [1, 2, 1000])
def test_export_csv_text_batches_same_bytes_as_typed_rows(stored, batch):
    """The CSV path (credit_rows(...).text_batches(): every cell made by the database) writes
    exactly what the typed tuples write, including a batch whose credit line has a line break
    (written again cell by cell) next to batches without one."""
    stmt = caption_select("", dialect=stored.dialect, columns=EXPORT_FIELDS)
    with stored.engine.connect() as conn:
        rows = credit_rows(conn, stmt, batch=batch)
        assert hasattr(rows, "text_batches")
        via_text, via_tuples = io.StringIO(), io.StringIO()
        assert write_rows(rows, EXPORT_COLUMNS, "csv", via_text) == 3
        assert write_rows(iter(list(rows)), EXPORT_COLUMNS, "csv", via_tuples) == 3
    assert via_text.getvalue() == via_tuples.getvalue()
    assert "Anna Keller and Leah Millis" in via_text.getvalue()
    assert via_text.getvalue().count("\r\n") == 4 and via_text.getvalue().count("\n") == 4


def test_export_csv_text_batches_follow_query_and_sort(stored):
    with stored.engine.connect() as conn:
        def ids(query, sort=None):
            out = io.StringIO()
            stmt = caption_select(query, dialect=stored.dialect, sort=sort, columns=EXPORT_FIELDS)
            write_rows(credit_rows(conn, stmt, batch=1), EXPORT_COLUMNS, "csv", out)
            return [line.split(",")[0] for line in out.getvalue().splitlines()[1:]]

        assert ids("by:keller OR -has:people") == ["2", "3"]
        assert ids("", sort="-date") == ["1", "2", "3"]
        assert ids("person:nobody") == []


class _CellRows:
    """A row source offering ready cells, as CreditRows does."""

    def __init__(self, batches):
        self.batches = batches

    def __iter__(self):
        raise AssertionError("CSV should read text_batches()")

    def text_batches(self):
        return iter(self.batches)


def test_csv_text_batches_line_breaks_and_header():
    out = io.StringIO()
    n = write_rows(_CellRows([[(1, "a\r\nb", None)], [(2, "plain", "x, y")], [(3, "c\rd", "e\nf")]]),
                   ["id", "text", "more"], "csv", out)
    assert n == 3
    assert out.getvalue() == 'id,text,more\r\n1,a  b,\r\n2,plain,"x, y"\r\n3,c d,e f\r\n'
    empty = io.StringIO()
    assert write_rows(_CellRows([]), ["id", "text"], "csv", empty) == 0 and empty.getvalue() == "id,text\r\n"


def test_export_place_every_mix_of_absent_empty_and_given(catalog_db):
    """The place in SQL (catalog.export._place: a short form when city and country are given,
    the general one else) is the parts given, NULL and "" alike left out, joined by ", "."""
    import itertools

    from sqlalchemy import select, update

    from catalog.export import _place, captions

    mixes = list(itertools.product((None, "", "x"), repeat=4))
    with catalog_db.transaction() as session:
        src = Source(path="/p.txt", kind="lines", sha256="0" * 64, size=1, ingested_at=dt.datetime(2024, 1, 1))
        session.add(src)
        session.flush()
        writer = CaptionWriter(session)
        for n, mix in enumerate(mixes, 1):
            writer.add(src, n, _caption(f"c{n}"))
            values = {name: (None if v is None else v and f"{v}{name}")
                      for name, v in zip(("venue", "city", "region", "country"), mix)}
            session.execute(update(captions).where(captions.c.ordinal == n).values(**values))
    with catalog_db.engine.connect() as conn:
        got = conn.execute(select(captions.c.venue, captions.c.city, captions.c.region, captions.c.country, _place())
                           .order_by(captions.c.id)).all()
    assert len(got) == 81
    for *parts, place in got:
        assert place == (", ".join(p for p in parts if p) or None), parts


@pytest.mark.parametrize("inline", [0, 1, 32])
def test_export_csv_agencies_named_inline_or_looked_up_alike(stored, monkeypatch, inline):
    """Up to AGENCIES_INLINE agencies are named by a CASE in the SELECT (SQLite), more by a
    look-up per row: the same bytes either way."""
    import catalog.export as export_module

    monkeypatch.setattr(export_module, "AGENCIES_INLINE", inline)
    stmt = caption_select("", dialect=stored.dialect, columns=EXPORT_FIELDS)
    with stored.engine.connect() as conn:
        out = io.StringIO()
        write_rows(credit_rows(conn, stmt), EXPORT_COLUMNS, "csv", out)
    assert out.getvalue().splitlines()[1:3] == [
        '1,/desk/tuesday.txt,2023-06-18,Yuki Tanaka,AP,,no,no,no,AP Photo/Yuki Tanaka,Zoë Abbott; Antony Blinken,'
        '"Bogotá, Colombia"',
        '2,/desk/tuesday.txt,2023-06-18,Yuki Tanaka; Anna Keller; Leah Millis,Reuters,Pool,yes,no,no,'
        '"Pool via REUTERS/Yuki Tanaka, Anna Keller and Leah Millis",Antony Blinken; Zoë Abbott; Qin Gang,'
        '"Great Hall, Hebei"']


def test_export_csv_with_no_agencies(catalog_db):
    with catalog_db.transaction() as session:
        src = Source(path="/n.txt", kind="lines", sha256="0" * 64, size=1, ingested_at=dt.datetime(2024, 1, 1))
        session.add(src)
        session.flush()
        CaptionWriter(session).add(src, 1, _caption("alone", city="Lyon", country="France"))
    stmt = caption_select("", dialect=catalog_db.dialect, columns=EXPORT_FIELDS)
    with catalog_db.engine.connect() as conn:
        out = io.StringIO()
        write_rows(credit_rows(conn, stmt), EXPORT_COLUMNS, "csv", out)
    assert out.getvalue().splitlines()[1] == '1,/n.txt,,,,,no,no,no,,,"Lyon, France"'
