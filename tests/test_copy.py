"""`copy_catalog`: a catalogue moved to another database (SQLite <-> PostgreSQL) loses nothing."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, select

from catalog.errors import CatalogError
from catalog.parse.record import Caption as Parsed, Credit, Location, Person as ParsedPerson
from catalog.store import open_catalog
from catalog.store.copy import copy_catalog, table_counts
from catalog.store.models import Base, Caption
from catalog.store.writer import CaptionWriter


def fill(url, n=25):
    """A catalogue with every kind of value: accents, nulls, JSON, booleans, dates, id gaps."""
    with open_catalog(url) as catalog:
        for f in range(3):
            with catalog.transaction() as session:
                writer = CaptionWriter(session)
                source = writer.source(f"/news/día-{f}.txt", kind="article", sha256=f"{f:064x}", size=1000 + f,
                                       reference_date=dt.date(2023, 6, 19 + f) if f else None,
                                       dateline="BEIJING" if f == 1 else None, contributors=None,
                                       ingested_at=dt.datetime(2024, 2, 29, 23, 59, 58, 123456))
                for i in range(n):
                    k = f * n + i
                    people = [ParsedPerson("José Núñez", title="Minister", position="left"),
                              ParsedPerson(f"Person {k % 7}")][: 1 + k % 2]
                    credit = Credit(line=f"(Photo {k}/AP)" if k % 4 else None,
                                    photographers=[f"Zoë {k % 3}"] if k % 5 else [],
                                    agency=["AP", "Reuters", None][k % 3], source="Pool" if k % 6 == 0 else None,
                                    pool=k % 6 == 0, handout=k % 7 == 0, file=k % 8 == 0)
                    parsed = Parsed(text=f"Caption «{k}» — naïve café {k}", description=f"Caption {k}",
                                    people=people, location=Location(city="Zürich" if k % 2 else None,
                                                                     country="Switzerland"),
                                    date=["2023-06-19", "2023-06", "2023", None][k % 4],
                                    date_precision=["day", "month", "year", None][k % 4], credit=credit,
                                    warnings=["ambiguous_date", "no_credit"][: k % 3])
                    writer.add(source, i + 1, parsed, extras={"external_id": f"ID-{k}" if k % 3 else None})
        with catalog.transaction() as session:  # gaps in the ids must survive the copy
            session.execute(delete(Caption).where(Caption.id.in_([3, 7, 30])))


def dump(url) -> dict[str, list[dict]]:
    """Every row of every table, in primary-key order."""
    with open_catalog(url) as catalog, catalog.engine.connect() as conn:
        return {t.name: [dict(r._mapping) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
                for t in Base.metadata.sorted_tables}


def test_a_catalogue_round_trips_without_loss(tmp_path, db_url):
    original = f"sqlite:///{tmp_path / 'original.db'}"
    back = f"sqlite:///{tmp_path / 'back.db'}"
    fill(original)
    before = dump(original)
    assert len(before["captions"]) == 72 and before["people"] and before["agencies"]

    counts = copy_catalog(original, db_url, batch_size=10)  # small batches: several per table
    assert counts == {name: len(rows) for name, rows in before.items()}
    assert dump(db_url) == before
    copy_catalog(db_url, back)
    assert dump(back) == before
    assert table_counts(back) == counts


def test_new_rows_after_a_copy_get_fresh_ids(tmp_path, db_url):
    original = f"sqlite:///{tmp_path / 'original.db'}"
    fill(original, n=5)
    copy_catalog(original, db_url)
    top = max(row["id"] for row in dump(db_url)["captions"])
    with open_catalog(db_url) as catalog, catalog.transaction() as session:
        writer = CaptionWriter(session)
        source = writer.source("/news/new.txt", kind="text", sha256="f" * 64, size=1,
                               ingested_at=dt.datetime(2024, 3, 1))
        row = writer.add(source, 1, Parsed(text="A new one", description="A new one",
                                           people=[ParsedPerson("Brand New")]))
        assert row.id == top + 1
        assert source.id == 4


def test_copy_refuses_a_target_that_holds_data(tmp_path, db_url):
    original = f"sqlite:///{tmp_path / 'original.db'}"
    fill(original, n=2)
    fill(db_url, n=1)
    with pytest.raises(CatalogError, match=r"already holds data \(table agencies\); copy into a new or empty"):
        copy_catalog(original, db_url)
    assert len(dump(db_url)["captions"]) == 2  # three written, id 3 deleted: untouched by the refusal


def test_copy_refuses_to_copy_onto_itself(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    with pytest.raises(CatalogError, match="onto itself"):
        copy_catalog(url, str(tmp_path / "c.db"))


def test_a_value_the_target_cannot_hold_stops_the_copy_whole(tmp_path, db_url, backend):
    """SQLite keeps any length in a VARCHAR; PostgreSQL does not: that copy fails, and copies nothing."""
    original = f"sqlite:///{tmp_path / 'original.db'}"
    fill(original, n=2)
    with open_catalog(original) as catalog, catalog.transaction() as session:
        session.execute(Caption.__table__.update().where(Caption.id == 6).values(venue="V" * 301))
    if backend == "sqlite":
        copy_catalog(original, db_url)
        assert dump(db_url) == dump(original)
        return
    with pytest.raises(CatalogError) as raised:
        copy_catalog(original, db_url)
    assert "failed, nothing was copied: value too long for type character varying(300)" in str(raised.value)
    assert all(rows == [] for rows in dump(db_url).values())
