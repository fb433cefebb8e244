"""The store on every backend: migrations, types, name matching, concurrent writers.

Each test taking `db_url` or `catalog_db` runs on SQLite and, when CATALOG_TEST_POSTGRES_URL
is set, on PostgreSQL (see conftest.py).
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from catalog.errors import SchemaError
from catalog.parse.record import Caption as Parsed, Credit, Location, Person as ParsedPerson
from catalog.store import migrate, open_catalog
from catalog.store.models import (Agency, Caption, CaptionPerson, CaptionPhotographer, Person, Photographer,
                                  Source)
from catalog.store.writer import CaptionWriter

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def parsed(text, people=(), photographers=(), agency=None, source=None, pool=False, warnings=()):
    return Parsed(text=text, description=text.split(" (")[0], people=[ParsedPerson(n) for n in people],
                  location=Location(city="Beijing", country="China"), date="2023-06-19", date_precision="day",
                  credit=Credit(line="(credit)", photographers=list(photographers), agency=agency, source=source,
                                pool=pool),
                  warnings=list(warnings))


def new_source(writer, path="/news/a.txt"):
    return writer.source(path, kind="text", sha256="0" * 64, size=10, reference_date=dt.date(2023, 6, 19),
                         ingested_at=dt.datetime(2023, 6, 19, 12, 30, 5))


def test_new_catalogue_is_created_at_head(db_url):
    with open_catalog(db_url) as catalog:
        assert migrate.current_revision(catalog.engine) == migrate.head_revision()


def test_models_match_migrations(catalog_db):
    with catalog_db.engine.connect() as conn:
        assert migrate.schema_differences(conn) == []


def test_migrations_step_down_and_up_through_every_revision(db_url):
    open_catalog(db_url).close()
    revisions = [rev for rev, _down, _doc in migrate.history()]  # head first
    for target in revisions[1:] + ["base"]:
        migrate.downgrade(db_url, target)
        assert migrate.current(db_url) == (None if target == "base" else target)
    for target in reversed(revisions):
        migrate.upgrade(db_url, target)
        assert migrate.current(db_url) == target


def test_constraint_names_follow_the_convention(catalog_db):
    from sqlalchemy import inspect

    with catalog_db.engine.connect() as conn:
        inspector = inspect(conn)
        assert inspector.get_pk_constraint("captions")["name"] == "pk_captions"
        assert {u["name"] for u in inspector.get_unique_constraints("captions")} == {
            "uq_captions_source_id_content_hash", "uq_captions_source_id_ordinal"}
        assert {f["name"] for f in inspector.get_foreign_keys("caption_people")} == {
            "fk_caption_people_caption_id_captions", "fk_caption_people_person_id_people"}


def test_a_caption_reads_back_as_written(catalog_db):
    text = "Antony Blinken meets Wang Yi in Beijing (Leah Millis/Pool via AP)"
    with catalog_db.transaction() as session:
        writer = CaptionWriter(session)
        source = new_source(writer)
        row = writer.add(source, 1, parsed(text, people=["Antony Blinken", "Wang Yi"], photographers=["Leah Millis"],
                                           agency="AP", source="Pool", pool=True, warnings=["date_guessed"]),
                         extras={"external_id": "X-1"})
        assert row is not None and row.id is not None
    with catalog_db.session() as session:
        caption = session.scalar(select(Caption))
        assert caption.text == text
        assert caption.is_pool is True and caption.is_handout is False and caption.is_file is False
        assert caption.warnings == ["date_guessed"]
        assert caption.external_id == "X-1"
        assert (caption.date, caption.date_precision, caption.city) == ("2023-06-19", "day", "Beijing")
        assert [p.person.name for p in caption.people] == ["Antony Blinken", "Wang Yi"]
        assert [p.photographer.name for p in caption.photographers] == ["Leah Millis"]
        assert (caption.agency.name, caption.credit_source.name) == ("AP", "Pool")
        assert caption.source.reference_date == dt.date(2023, 6, 19)
        assert caption.source.ingested_at == dt.datetime(2023, 6, 19, 12, 30, 5)


def test_names_match_whatever_their_case_and_accents(catalog_db):
    with catalog_db.transaction() as session:
        writer = CaptionWriter(session)
        source = new_source(writer)
        writer.add(source, 1, parsed("one", people=["José Núñez"], photographers=["Zoë Ängström"]))
    with catalog_db.transaction() as session:  # a new writer: no cache, the database decides
        writer = CaptionWriter(session)
        source = new_source(writer)
        writer.add(source, 2, parsed("two", people=["JOSE NUNEZ", "jose  nunez"], photographers=["zoe angstrom"]))
    with catalog_db.session() as session:
        assert session.scalars(select(Person.name)).all() == ["José Núñez"]
        assert session.scalars(select(Photographer.name)).all() == ["Zoë Ängström"]
        assert session.scalar(select(func.count()).select_from(CaptionPerson)) == 2


def test_the_same_caption_is_stored_once(catalog_db):
    for _ in range(2):
        with catalog_db.transaction() as session:
            writer = CaptionWriter(session)
            stored = writer.add(new_source(writer), 1, parsed("Same text (AP)", agency="AP"))
    assert stored is None
    with catalog_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Caption)) == 1
        assert session.scalar(select(func.count()).select_from(Source)) == 1


def test_a_failed_transaction_leaves_no_caption(catalog_db):
    with pytest.raises(RuntimeError):
        with catalog_db.transaction() as session:
            writer = CaptionWriter(session)
            writer.add(new_source(writer), 1, parsed("Doomed (AP)", people=["Ann Lee"], agency="AP"))
            raise RuntimeError("input broke half-way")
    with catalog_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Caption)) == 0
        assert session.scalar(select(func.count()).select_from(Source)) == 0
        assert session.scalar(select(func.count()).select_from(CaptionPerson)) == 0


def test_an_unreachable_server_is_one_clear_error():
    with pytest.raises(SchemaError) as raised:
        open_catalog("postgresql+psycopg://nobody@127.0.0.1:1/nothing")
    message = str(raised.value)
    assert message.startswith("cannot open postgresql+psycopg://nobody@127.0.0.1:1/nothing: ")
    assert "\n" not in message


# --- two writers at once -------------------------------------------------------------------

FILES, PER_FILE = 6, 30
PEOPLE = ["José Núñez", "Zoë Ängström", "Antony Blinken", "Wang Yi", "Xi Jinping", "Olaf Scholz", "Ngozi Okonjo",
          "Søren Kierkegaard", "Ana María Pérez", "Li Wei", "Renée Fleming", "Björn Borg", "Amélie Dubois"]
PHOTOGRAPHERS = ["Leah Millis", "Gaël Pérès", "Kim Hong-Ji", "Tom Brenner", "Zoé Martin"]
AGENCIES = ["AP", "Reuters", "AFP", "Getty Images", "EPA-EFE"]

# Each worker writes every file, one transaction per file, in its own order, and spells the
# names its own way (worker 1 upper-cases them), so both race to create the same rows.
WORKER = textwrap.dedent("""
    import datetime as dt, sys, time
    from pathlib import Path
    from catalog.store import open_catalog
    from catalog.store.writer import CaptionWriter
    url, worker, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    sys.path.insert(0, sys.argv[4])
    from test_store_backends import caption_plan

    while not go.exists():
        time.sleep(0.005)
    with open_catalog(url) as catalog:
        for path, captions in caption_plan(worker):
            with catalog.transaction() as session:
                writer = CaptionWriter(session)
                source = writer.source(path, kind="text", sha256="0" * 64, size=1,
                                       ingested_at=dt.datetime(2024, 1, 1))
                for ordinal, caption in captions:
                    writer.add(source, ordinal, caption)
""")


def caption_plan(worker: int):
    """(path, [(ordinal, parsed caption)]) per file, in this worker's order and spelling."""
    spell = str.upper if worker else str
    files = range(FILES) if worker == 0 else reversed(range(FILES))
    for f in files:
        captions = []
        for i in range(PER_FILE):
            n = f * PER_FILE + i
            people = [spell(PEOPLE[(n * 7 + k) % len(PEOPLE)]) for k in range(1 + n % 3)]
            if worker:
                people.reverse()
            captions.append((i + 1, parsed(f"Caption {n} of file {f}", people=people,
                                           photographers=[spell(PHOTOGRAPHERS[n % len(PHOTOGRAPHERS)])],
                                           agency=spell(AGENCIES[n % len(AGENCIES)]))))
        yield f"/news/file-{f}.txt", captions


def test_two_processes_writing_at_once_store_everything_once(db_url, tmp_path):
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, db_url, str(w), str(go), str(HERE)], cwd=REPO, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for w in (0, 1)]
    go.touch()  # both start together, on a catalogue neither has created yet
    results = [w.communicate(timeout=300) for w in workers]
    for w, (_out, err) in zip(workers, results):
        assert w.returncode == 0, err

    expected_people = {p.casefold() for p in PEOPLE}
    with open_catalog(db_url) as catalog, catalog.session() as session:
        def count(model):
            return session.scalar(select(func.count()).select_from(model))

        assert count(Source) == FILES
        assert count(Caption) == FILES * PER_FILE
        texts = session.scalars(select(Caption.text)).all()
        assert sorted(texts) == sorted(f"Caption {n} of file {n // PER_FILE}" for n in range(FILES * PER_FILE))
        assert count(Person) == len(PEOPLE)
        assert count(Photographer) == len(PHOTOGRAPHERS)
        assert count(Agency) == len(AGENCIES)
        assert len({name.casefold() for name in session.scalars(select(Person.name))}) == len(expected_people)
        assert count(CaptionPerson) == sum(1 + n % 3 for n in range(FILES * PER_FILE))
        assert count(CaptionPhotographer) == FILES * PER_FILE


@pytest.mark.skipif(os.environ.get("CATALOG_TEST_POSTGRES_URL") is None,
                    reason="PostgreSQL only (SQLite has one writer at a time): set CATALOG_TEST_POSTGRES_URL")
def test_writers_meeting_new_names_in_opposite_orders_do_not_deadlock(fresh_postgres):
    """T1 creates name A then B, T2 creates B then A, both inside open transactions."""
    import threading

    url = fresh_postgres()
    open_catalog(url).close()
    t2_has_both = threading.Event()
    errors: list[BaseException] = []

    def first():
        with open_catalog(url) as catalog, catalog.transaction() as session:
            writer = CaptionWriter(session)
            writer.add(new_source(writer, "/news/one.txt"), 1, parsed("one", people=["Ada Lovelace"]))
            t2_start.set()
            t2_has_both.wait(timeout=10)  # with names held in the transaction, T2 would block here
            writer.add(new_source(writer, "/news/one.txt"), 2, parsed("two", people=["Grace Hopper"]))

    def second():
        t2_start.wait(timeout=10)
        with open_catalog(url) as catalog, catalog.transaction() as session:
            writer = CaptionWriter(session)
            writer.add(new_source(writer, "/news/two.txt"), 1, parsed("three", people=["Grace Hopper"]))
            writer.add(new_source(writer, "/news/two.txt"), 2, parsed("four", people=["Ada Lovelace"]))
            t2_has_both.set()

    def run(fn):
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    t2_start = threading.Event()
    threads = [threading.Thread(target=run, args=(fn,)) for fn in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert t2_has_both.is_set()
    with open_catalog(url) as catalog, catalog.session() as session:
        assert sorted(session.scalars(select(Person.name))) == ["Ada Lovelace", "Grace Hopper"]
        assert session.scalar(select(func.count()).select_from(CaptionPerson)) == 4
