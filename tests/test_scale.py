"""Scale (issue 6): the batched writer, `--jobs N`, and the benchmark entry point."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from catalog import bench
from catalog import ingest as ingest_module
from catalog.cli import cli
from catalog.ingest import ingest, ingest_all
from catalog.parse import parse_caption
from catalog.store import open_catalog
from catalog.store.writer import CaptionWriter
from catalog.synth import write_files

TABLES = {  # what a catalogue holds, in a stable order (sources without their ingest time)
    "sources": "SELECT id, path, kind, sha256, size, reference_date, dateline, contributors FROM sources ORDER BY id",
    "captions": "SELECT * FROM captions ORDER BY id",
    "caption_people": "SELECT * FROM caption_people ORDER BY caption_id, ordinal",
    "caption_photographers": "SELECT * FROM caption_photographers ORDER BY caption_id, ordinal",
    "people": "SELECT * FROM people ORDER BY id",
    "photographers": "SELECT * FROM photographers ORDER BY id",
    "agencies": "SELECT * FROM agencies ORDER BY id",
}
WORDS = ["minister", "berlin", "keller", "firefighters", "stadium", "reuters"]


def dump(catalog) -> dict:
    with catalog.engine.connect() as conn:
        found = {name: conn.exec_driver_sql(sql).all() for name, sql in TABLES.items()}
        found["text index"] = {w: conn.exec_driver_sql("SELECT rowid FROM captions_fts WHERE captions_fts MATCH ? "
                                                       "ORDER BY rowid", (w,)).scalars().all() for w in WORDS}
    return found


def triggers(catalog) -> set[str]:
    with catalog.engine.connect() as conn:
        return set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())


@pytest.fixture
def inputs(tmp_path):
    """Three files of synthetic captions, one with a caption twice (counted, stored once)."""
    files = write_files(600, tmp_path / "in", seed=3, per_file=200)
    first = files[0].read_text(encoding="utf-8").splitlines()[0]
    with open(files[0], "a", encoding="utf-8") as f:
        f.write(first + "\n")
    return tmp_path / "in"


def test_jobs_2_stores_exactly_what_jobs_1_stores(inputs, tmp_path, monkeypatch):
    # Small batches and chunks: several batches in flight, several tasks per batch.
    monkeypatch.setattr(ingest_module, "BATCH", 64)
    monkeypatch.setattr(ingest_module, "PARSE_CHUNK", 16)
    dumps, summaries = [], []
    for jobs in (1, 2):
        with open_catalog(tmp_path / f"jobs{jobs}.db") as catalog:
            summary, reports = ingest_all(catalog, [inputs], per_line=True, jobs=jobs)
            summaries.append(summary.line())
            dumps.append(dump(catalog))
    assert summaries[0] == summaries[1] == "3 files read: 600 captions new, 1 already present, 0 with warnings; 0 failed"
    assert len(dumps[0]["captions"]) == 600
    for table in dumps[0]:
        assert dumps[1][table] == dumps[0][table], table
    # Ids follow each file's order: within a source, ordinals rise with ids.
    by_source = {}
    for row in dumps[0]["captions"]:
        by_source.setdefault(row.source_id, []).append((row.id, row.ordinal))
    for rows in by_source.values():
        assert [o for _, o in rows] == list(range(1, len(rows) + 1))


def test_batched_ingest_keeps_the_text_index_whole_and_its_trigger(inputs, tmp_path):
    with open_catalog(tmp_path / "c.db") as catalog:
        before = triggers(catalog)
        ingest_all(catalog, [inputs], per_line=True)
        assert triggers(catalog) == before and "captions_fts_ai" in before
        indexed = dump(catalog)["text index"]
        assert all(indexed[w] for w in ("minister", "berlin"))
        with catalog.engine.begin() as conn:  # the index rebuilt from the table says the same
            conn.exec_driver_sql("INSERT INTO captions_fts(captions_fts) VALUES ('rebuild')")
        assert dump(catalog)["text index"] == indexed
        # A caption stored later, row by row, still reaches the index through the trigger.
        with catalog.transaction() as session:
            writer = CaptionWriter(session)
            source = writer.source("/late.txt", kind="text", sha256="0" * 64, size=1,
                                   ingested_at=dt.datetime(2024, 1, 1))
            row = writer.add(source, 1, parse_caption("Zanzibar harbour at dawn. (AP Photo/Lena Hartmann)"))
        with catalog.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT rowid FROM captions_fts WHERE captions_fts MATCH 'zanzibar'"
                                        ).scalars().all() == [row.id]


def name_index(catalog) -> dict:
    """Every name table's full-text index, as (rowid, term) pairs."""
    with catalog.engine.begin() as conn:
        found = {}
        for table in ("people_fts", "photographers_fts", "agencies_fts"):
            conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab_{table} "
                                 f"USING fts5vocab(main, {table}, instance)")
            found[table] = conn.exec_driver_sql(f"SELECT doc, term FROM temp.vocab_{table} ORDER BY 1, 2").all()
    return found


def test_batched_ingest_keeps_the_name_indexes_whole_and_their_triggers(inputs, tmp_path):
    # The names a file adds reach people_fts (and the others) at the file's end, not row by row.
    with open_catalog(tmp_path / "c.db") as catalog:
        before = triggers(catalog)
        ingest_all(catalog, [inputs], per_line=True, jobs=2)
        assert triggers(catalog) == before and {"people_fts_ai", "photographers_fts_ai"} <= before
        indexed = name_index(catalog)
        with catalog.engine.connect() as conn:
            people = conn.exec_driver_sql("SELECT count(*) FROM people").scalar()
        assert people > 100 and len({doc for doc, _ in indexed["people_fts"]}) == people
        with catalog.engine.begin() as conn:  # rebuilt from the tables, the indexes say the same
            for table in indexed:
                conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
        assert name_index(catalog) == indexed
        # A name stored later, row by row, still reaches its index through the trigger.
        with catalog.transaction() as session:
            writer = CaptionWriter(session)
            source = writer.source("/late.txt", kind="text", sha256="0" * 64, size=1,
                                   ingested_at=dt.datetime(2024, 1, 1))
            writer.add(source, 1, parse_caption("Mayor Zebulon Quixote speaks. (AP Photo/Lena Hartmann)"))
        with catalog.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT p.name FROM people_fts JOIN people p ON p.id = people_fts.rowid "
                                        "WHERE people_fts MATCH 'quixote'").scalars().all() == ["Zebulon Quixote"]


def test_an_interrupted_file_stores_nothing_and_leaves_the_trigger(inputs, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "BATCH", 50)
    seen = 0

    def interrupting_map(fn, items):
        nonlocal seen
        for item in items:
            seen += 1
            if seen == 120:  # in the first file's third batch: two batches already written
                raise KeyboardInterrupt
            yield fn(item)

    with open_catalog(tmp_path / "c.db") as catalog:
        before = triggers(catalog)
        with pytest.raises(KeyboardInterrupt):
            for _ in ingest(catalog, sorted(inputs.iterdir()), per_line=True, mapper=interrupting_map):
                pass
        assert triggers(catalog) == before
        assert dump(catalog)["captions"] == []
        summary, _ = ingest_all(catalog, [inputs], per_line=True)
        assert summary.captions_new == 600


def test_cli_ingest_with_jobs(inputs, tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(tmp_path / "c.db"), "ingest", "--per-line", "--jobs", "2", str(inputs)])
    assert result.exit_code == 0, result.output
    assert result.output == "3 files read: 600 captions new, 1 already present, 0 with warnings; 0 failed\n"
    bad = runner.invoke(cli, ["--db", str(tmp_path / "c.db"), "ingest", "--jobs", "0", str(inputs)])
    assert bad.exit_code == 2
    assert "Invalid value for '--jobs' / '-j': 0 is not in the range x>=1." in bad.output


def test_a_small_benchmark_runs_end_to_end(tmp_path):
    out = tmp_path / "bench.json"
    assert bench.main(["--n", "2000", "--jobs", "1,2", "--json", str(out), "--keep", str(tmp_path / "work")]) == 0
    r = json.loads(out.read_text())
    assert r["n"] == 2000 and r["parse"]["captions"] == 2000
    assert r["parse"]["captions_per_s"] > 0 and r["parse"]["captions_per_s_credit_cache_cold"] > 0
    assert [i["jobs"] for i in r["ingest"]] == [1, 2]
    assert all(i["exit"] == 0 and i["peak_rss_mib"] > 0 for i in r["ingest"])
    assert set(r["search"]) == set(bench.QUERIES)
    assert r["search"]["place"]["rows"] == 50  # `in:berlin` among 2,000 captions: a full page
    assert all(s["cpu_p95_ms"] >= s["cpu_p50_ms"] >= 0 for s in r["search"].values())  # CPU beside wall
    assert r["export"]["rows"] == 2000 and r["bytes_per_caption"] > 0
    # Both runs stored the same catalogue.
    counts = []
    for jobs in (1, 2):
        with open_catalog(tmp_path / "work" / f"catalog-jobs{jobs}.db") as catalog, catalog.engine.connect() as c:
            counts.append(c.execute(text("SELECT count(*), max(id) FROM captions")).one())
    assert counts[0] == counts[1] and counts[0][0] == 2000


def test_benchmark_rounds_interleave_the_jobs_and_report_medians(tmp_path):
    out = tmp_path / "bench.json"
    assert bench.main(["--n", "300", "--jobs", "1,2", "--rounds", "3", "--json", str(out)]) == 0
    r = json.loads(out.read_text())
    # A B, then B A, then A B: each round's two runs are neighbours in time.
    assert [(i["round"], i["jobs"]) for i in r["ingest"]] == [(1, 1), (1, 2), (2, 2), (2, 1), (3, 1), (3, 2)]
    assert len(r["parse_rounds"]) == 3
    assert r["parse"]["captions_per_s"] == max(p["captions_per_s"] for p in r["parse_rounds"])
    assert r["ingest_summary"]["1"]["rounds"] == r["ingest_summary"]["2"]["rounds"] == 3
    rate = {(i["round"], i["jobs"]): i["captions_per_s"] for i in r["ingest"]}
    ratios = [rate[(k, 2)] / rate[(k, 1)] for k in (1, 2, 3)]
    assert r["speedup"]["2"]["each_round"] == ratios
    assert r["speedup"]["2"]["median"] == sorted(ratios)[1]


def test_round_summary_takes_medians_and_the_worst_memory():
    runs = [{"round": k, "jobs": j, "captions_per_s": rate, "tree_peak_rss_mib": rss, "peak_rss_mib": rss / 2}
            for k, j, rate, rss in [(1, 1, 5000, 300), (1, 2, 9000, 360), (2, 2, 7000, 380), (2, 1, 5000, 310),
                                    (3, 1, 4000, 305), (3, 2, 8000, 350)]]
    result = {"ingest": runs, "parse_rounds": [{"captions_per_s": 9000}, {"captions_per_s": 11000}]}
    bench.summarise_rounds(result, [1, 2])
    assert result["ingest_summary"]["1"]["median_captions_per_s"] == 5000
    assert result["ingest_summary"]["2"]["median_captions_per_s"] == 8000
    assert result["ingest_summary"]["2"]["max_tree_peak_rss_mib"] == 380
    assert result["speedup"]["2"]["each_round"] == [1.8, 1.4, 2.0]
    assert result["speedup"]["2"]["median"] == 1.8
    assert result["parse"] == {"captions_per_s": 11000}
