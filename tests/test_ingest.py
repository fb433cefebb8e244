"""Ingest: every input kind, idempotence, bad inputs, interruption, reparse."""
from __future__ import annotations

import datetime as dt
import io
import os

import pytest
from sqlalchemy import func, select, text

from catalog import open_catalog
from catalog.ingest import ingest, ingest_all, reparse
from catalog.parse import PARSER_VERSION
from catalog.store.models import Caption, CaptionPerson, Person, Source

from conftest import BAD, GOOD, SAMPLE


@pytest.fixture
def catalog(db_url):
    """A new catalogue on each backend."""
    with open_catalog(db_url) as c:
        yield c


def captions(catalog, path=None):
    with catalog.session() as s:
        q = select(Caption).join(Source).order_by(Caption.id)
        if path is not None:
            q = q.where(Source.path == str(path.resolve()))
        return s.scalars(q).all()


def source(catalog, path):
    with catalog.session() as s:
        return s.scalar(select(Source).where(Source.path == str(path.resolve())))


# -- the sample article -------------------------------------------------------------------------

def test_sample_article_gives_its_eight_captions_and_its_context(catalog):
    summary, reports = ingest_all(catalog, [SAMPLE])
    assert (summary.files_read, summary.captions_new, summary.captions_present, summary.files_failed) == (1, 8, 0, 0)
    assert reports[0].kind == "article"
    rows = captions(catalog)
    assert [r.ordinal for r in rows] == list(range(1, 9))
    assert rows[0].text.startswith("U.S. Secretary of State Antony Blinken, second right, meets with Chinese")
    assert rows[0].text.endswith("(Leah Millis/Pool Photo via AP)")
    assert rows[1].text.endswith("(AP Photo/Ng Han Guan)")
    assert all(r.parser_version == PARSER_VERSION for r in rows)
    # No body paragraph, no contributor line, became a caption.
    assert not any("Information for this article" in r.text or "BEIJING --" in r.text for r in rows)
    src = source(catalog, SAMPLE)
    assert src.kind == "article"
    assert src.reference_date == dt.date(2023, 6, 19)
    assert src.dateline == "BEIJING"
    assert src.contributors.startswith("Information for this article was contributed by Matthew Lee")
    assert src.size == SAMPLE.stat().st_size and len(src.sha256) == 64


def test_second_ingest_adds_nothing(catalog):
    ingest_all(catalog, [SAMPLE])
    summary, _ = ingest_all(catalog, [SAMPLE])
    assert (summary.captions_new, summary.captions_present) == (0, 8)
    assert len(captions(catalog)) == 8


def test_new_captions_in_a_changed_file_are_appended(catalog, tmp_path):
    f = tmp_path / "c.txt"
    f.write_text("First caption. (AP Photo/A B)\n\nSecond caption. (AP Photo/C D)\n")
    ingest_all(catalog, [f])
    f.write_text("New caption. (AP Photo/E F)\n\nFirst caption. (AP Photo/A B)\n\nSecond caption. (AP Photo/C D)\n")
    summary, _ = ingest_all(catalog, [f])
    assert (summary.captions_new, summary.captions_present) == (1, 2)
    assert [(r.ordinal, r.text) for r in captions(catalog)][-1] == (3, "New caption. (AP Photo/E F)")


# -- each kind ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, kind, count", [
    ("captions.txt", "text", 3),
    ("captions.csv", "csv", 3),
    ("captions.json", "json", 3),
    ("captions.jsonl", "jsonl", 3),
    ("article-no-date.txt", "article", 1),
])
def test_each_kind_is_detected_and_read(catalog, name, kind, count):
    summary, reports = ingest_all(catalog, [GOOD / name])
    assert reports[0].error is None
    assert reports[0].kind == kind
    assert summary.captions_new == count
    assert source(catalog, GOOD / name).kind == kind


def test_paragraph_lines_are_joined(catalog):
    ingest_all(catalog, [GOOD / "captions.txt"])
    assert captions(catalog)[0].text == ("President Joe Biden speaks during a news conference in the East Room of the "
                                         "White House in Washington, Thursday, June 22, 2023. (AP Photo/Evan Vucci)")


def test_per_line(catalog):
    summary, reports = ingest_all(catalog, [GOOD / "captions-per-line.txt"], per_line=True)
    assert (reports[0].kind, summary.captions_new) == ("lines", 3)
    assert captions(catalog)[1].text.startswith("Chinese President Xi Jinping meets Antony Blinken")


def test_format_overrides_detection(catalog):
    summary, reports = ingest_all(catalog, [SAMPLE], fmt="text")
    assert reports[0].kind == "text"
    assert summary.captions_new == 40  # every paragraph, body included


def test_csv_keeps_id_date_url_filename_and_skips_empty_captions(catalog):
    summary, reports = ingest_all(catalog, [GOOD / "captions.csv"])
    assert reports[0].warnings == [f"{GOOD / 'captions.csv'}: 1 rows with an empty caption skipped (line 5)"]
    rows = captions(catalog)
    assert [(r.external_id, r.supplied_date, r.url, r.filename) for r in rows] == [
        ("AP-1", "2023-06-22", "https://example.org/1", "biden.jpg"),
        ("AP-2", "2023-06-19", None, "xi.jpg"),
        ("R-4", "2023-06-16", None, None),
    ]
    assert rows[1].text.startswith("Chinese President Xi Jinping, right, shakes hands with U.S. Secretary of State "
                                   "Antony Blinken in Beijing")  # a quoted multi-line cell, spacing normalised


def test_json_keeps_its_keys(catalog):
    ingest_all(catalog, [GOOD / "captions.json", GOOD / "captions.jsonl"])
    rows = captions(catalog)
    assert [(r.external_id, r.url, r.filename) for r in rows] == [
        ("101", None, None), ("102", "https://example.org/102", None), ("103", None, "vendor.jpg"),
        ("x1", None, None), ("x2", None, None), ("x3", None, "vendor.jpg")]


def test_cp1252_is_read_with_a_warning(catalog):
    _, reports = ingest_all(catalog, [GOOD / "cp1252.txt"])
    assert reports[0].warnings == [f"{GOOD / 'cp1252.txt'}:1: not valid UTF-8; read as cp1252 (Windows-1252)"]
    assert captions(catalog)[0].text.startswith("José María Aznar speaks at a \u201csummit\u201d in Madrid")


def test_stdin(catalog):
    data = io.BytesIO(b"One caption. (AP Photo/A B)\n\nAnother. (AP Photo/C D)\n")
    summary, reports = ingest_all(catalog, ["-"], stdin=data)
    assert (reports[0].name, summary.captions_new) == ("<stdin>", 2)
    with catalog.session() as s:
        assert s.scalar(select(Source.path)) == "<stdin>"


def test_directory_is_read_recursively(catalog):
    summary, reports = ingest_all(catalog, [GOOD])
    names = sorted(os.path.basename(r.name) for r in reports)
    assert names == sorted(p.name for p in GOOD.iterdir())
    assert summary.files_failed == 0
    assert summary.captions_new == 3 + 2 + 3 + 3 + 3 + 1 + 1  # the per-line file read as paragraphs: 2


# -- bad input ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, message", [
    ("empty.txt", "{p}: empty file"),
    ("blank.txt", "{p}: empty file"),
    ("binary.txt", "{p}: binary file, not text"),
    ("no-caption-column.csv", '{p}: no "caption" column (columns: id, text, date)'),
    ("malformed.jsonl", "{p}:2: not valid JSON: Expecting ',' delimiter (column 32)"),
    ("truncated.json", "{p}:3: not valid JSON: the file ends inside this element"),
    ("no-caption-key.jsonl", '{p}:2: no "caption" key (keys: text)'),
])
def test_bad_input_fails_its_file_only_and_stores_nothing_of_it(catalog, name, message):
    bad = BAD / name
    summary, reports = ingest_all(catalog, [GOOD / "captions.txt", bad, GOOD / "captions.jsonl"])
    assert [r.error for r in reports] == [None, message.format(p=bad), None]
    assert (summary.files_read, summary.files_failed, summary.captions_new) == (2, 1, 6)
    assert captions(catalog, bad) == []
    assert source(catalog, bad) is None


def test_missing_path(catalog, tmp_path):
    _, reports = ingest_all(catalog, [tmp_path / "nope.txt"])
    assert reports[0].error == f"{tmp_path / 'nope.txt'}: no such file"


def test_unreadable_file(catalog, tmp_path):
    if os.geteuid() == 0:  # root reads anything chmod forbids; this file fails on read() instead
        path, expected = "/proc/self/mem", "/proc/self/mem: cannot read: Input/output error"
    else:
        path = tmp_path / "locked.txt"
        path.write_text("A caption. (AP Photo/A B)")
        path.chmod(0)
        expected = f"{path}: cannot read: Permission denied"
    _, reports = ingest_all(catalog, [path])
    assert reports[0].error == expected


def test_interrupt_keeps_finished_files_and_drops_the_one_in_progress(catalog):
    parsed = 0

    def interrupting_map(fn, items):
        nonlocal parsed
        for item in items:
            parsed += 1
            if parsed == 4:  # the second caption of the second file
                raise KeyboardInterrupt
            yield fn(item)

    done = []
    with pytest.raises(KeyboardInterrupt):
        for report in ingest(catalog, [GOOD / "captions.txt", GOOD / "captions.jsonl"], mapper=interrupting_map):
            done.append(report)
    assert [os.path.basename(r.name) for r in done] == ["captions.txt"]
    assert len(captions(catalog, GOOD / "captions.txt")) == 3
    assert source(catalog, GOOD / "captions.jsonl") is None
    summary, _ = ingest_all(catalog, [GOOD / "captions.txt", GOOD / "captions.jsonl"])
    assert (summary.captions_new, summary.captions_present) == (3, 3)


# -- reparse ------------------------------------------------------------------------------------

def test_reparse_restores_what_the_parser_says_and_records_its_version(catalog):
    ingest_all(catalog, [SAMPLE])
    first = captions(catalog)[0]

    def people_of(caption_id):
        with catalog.session() as s:
            return s.execute(select(Person.name, CaptionPerson.title, CaptionPerson.position)
                             .join(CaptionPerson.person).where(CaptionPerson.caption_id == caption_id)
                             .order_by(CaptionPerson.ordinal)).all()

    def person_count():
        with catalog.session() as s:
            return s.scalar(select(func.count()).select_from(Person))

    parsed_people, names_before = people_of(first.id), person_count()
    assert parsed_people, "the sample's first caption names people"
    with catalog.transaction() as s:
        s.execute(text("UPDATE captions SET description = 'stale', parser_version = '0.0.1' WHERE id = :id"),
                  {"id": first.id})
        s.execute(text("UPDATE captions SET parser_version = '0.0.1' WHERE id = :id"), {"id": first.id + 1})
        ghost = Person(name="Nobody Here", key="nobody here")
        s.add(ghost)
        s.flush()
        # A wrong person in the first slot and an extra one at the end.
        s.execute(text("UPDATE caption_people SET person_id = :g WHERE caption_id = :c AND ordinal = 1"),
                  {"g": ghost.id, "c": first.id})
        s.add(CaptionPerson(caption_id=first.id, ordinal=99, person_id=ghost.id))
    summary = reparse(catalog, batch_size=3)
    assert (summary.captions, summary.changed) == (8, 1)
    rows = captions(catalog)
    assert rows[0].description == first.description
    assert {r.parser_version for r in rows} == {PARSER_VERSION}
    assert people_of(first.id) == parsed_people
    assert person_count() == names_before  # the ghost, now unused, is removed
    assert reparse(catalog).changed == 0


def test_reparse_outdated_only(catalog):
    ingest_all(catalog, [SAMPLE])
    with catalog.transaction() as s:
        s.execute(text("UPDATE captions SET parser_version = '0.0.1' WHERE ordinal <= 2"))
    assert reparse(catalog, outdated_only=True).captions == 2
