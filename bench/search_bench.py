"""Search and export speed on a synthetic catalogue (records written through CaptionWriter,
not parsed: this measures the store and the queries, not the parser).

    PYTHONPATH=. python bench/search_bench.py N DB [--repeat 50]

Builds DB with N captions when it does not exist yet, then reports p50/p95 for person,
photographer and agency lookups (first 50 results, as `catalog search --limit 50` does),
free text, and rows/s for the full CSV export. The scale benchmark (issue: 1M captions)
states the targets: lookups p95 <= 20 ms, free text p95 <= 100 ms, export >= 50,000 rows/s.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import statistics
import time
from pathlib import Path

from catalog import open_catalog
from catalog.export import EXPORT_COLUMNS, EXPORT_FIELDS, SEARCH_COLUMNS, SEARCH_FIELDS, credit_rows, search_rows
from catalog.output import write_rows
from catalog.parse.record import Caption, Credit, Location, Person
from catalog.query import caption_select
from catalog.store.models import Source
from sqlalchemy import text

FIRST = ("Anna Mark Laura David Sofia James Elena Omar Yuki Carlos Ingrid Ravi Fatima Pierre Ming Olga Kwame "
         "Lucia Tomas Aisha Hiroshi Maria Jonas Priya Samuel Chloe Mateo Nadia Felix Leila José Zoë").split()
LAST = [f"{a}{b}" for a in ("Kel Nov Oka Tan Ros Fis Had Lin Mor Pet San Ngu Wal Kow Men Sat Bre Ose Var Dub "
                            "Jen Kap Ort Rey Hof Cas Nak Abb Mor Eri").split()
        for b in ("ler", "ak", "for", "aka", "si", "cher", "dad", "dqvist", "eau", "rov")]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Secretary of State", "Chancellor", "Mayor", None]
AGENCIES = ["AP", "Reuters", "Getty Images", "AFP", "EPA-EFE", "Xinhua", "UPI", "Bloomberg", "dpa", "Kyodo"]
CITIES = [("Beijing", "China"), ("Paris", "France"), ("Berlin", "Germany"), ("Bogotá", "Colombia"),
          ("Washington", "United States"), ("Kyiv", "Ukraine"), ("Tokyo", "Japan"), ("Nairobi", "Kenya")]
WORDS = ("meets talks speaks arrives leaves visits greets attends celebrates protest rally summit match "
         "election parliament crowd ceremony storm flood harvest market").split()


def synthetic(rng: random.Random) -> Caption:
    people = [Person(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(TITLES), rng.choice(["left", "right", None]))
              for _ in range(rng.randint(0, 3))]
    photographer = f"{rng.choice(FIRST)} {rng.choice(LAST)}x"
    city, country = rng.choice(CITIES)
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(11 * 365))
    agency = rng.choice(AGENCIES)
    words = " ".join(rng.choice(WORDS) for _ in range(8))
    names = ", ".join(p.name for p in people)
    text = f"{names} {words} in {city}, {country}, {day:%B %d, %Y}. ({agency} Photo/{photographer}) #{rng.random()}"
    return Caption(text=text, description=text, people=people, location=Location(city=city, country=country),
                   date=day.isoformat(), date_precision="day",
                   credit=Credit(line=f"{agency} Photo/{photographer}", photographers=[photographer], agency=agency,
                                 pool=rng.random() < 0.1))


def build(db: Path, n: int) -> None:
    """Core bulk inserts (CaptionWriter's per-row ORM path runs ~110 captions/s here, too slow
    to build a big catalogue); the FTS triggers index every row as ingest would."""
    from sqlalchemy import insert

    from catalog.store.keys import fold
    from catalog.store.models import Agency, CaptionPerson, CaptionPhotographer, Caption as CaptionRow, Person as P
    from catalog.store.models import Photographer

    rng = random.Random(1)
    t = time.perf_counter()
    ids: dict[tuple, int] = {}
    with open_catalog(db) as catalog:
        done = 0
        while done < n:
            with catalog.engine.begin() as conn:
                src = conn.execute(insert(Source).values(path=f"/bench/{done}.txt", kind="lines", sha256="0" * 64,
                                                         size=0, ingested_at=dt.datetime.now())).inserted_primary_key[0]

                def named(model, name):
                    key = (model.__tablename__, fold(name))
                    if key not in ids:
                        ids[key] = conn.execute(insert(model).values(name=name, key=key[1])).inserted_primary_key[0]
                    return ids[key]

                caps, cps, cphs = [], [], []
                first = conn.execute(text("SELECT coalesce(max(id), 0) FROM captions")).scalar() + 1
                for i in range(min(10_000, n - done)):
                    c = synthetic(rng)
                    cid = first + i
                    caps.append(dict(id=cid, source_id=src, ordinal=i + 1, text=c.text, description=c.description,
                                     credit_line=c.credit.line, date=c.date, date_precision="day",
                                     city=c.location.city, country=c.location.country,
                                     agency_id=named(Agency, c.credit.agency), is_pool=c.credit.pool,
                                     is_handout=False, is_file=False, warnings=[], parser_version="bench",
                                     content_hash=f"{src}-{i}"))
                    seen = set()
                    for j, p in enumerate(c.people, 1):
                        pid = named(P, p.name)
                        if pid not in seen:
                            seen.add(pid)
                            cps.append(dict(caption_id=cid, ordinal=j, person_id=pid, title=p.title,
                                            position=p.position))
                    for j, name in enumerate(c.credit.photographers, 1):
                        cphs.append(dict(caption_id=cid, ordinal=j, photographer_id=named(Photographer, name)))
                conn.execute(insert(CaptionRow), caps)
                if cps:
                    conn.execute(insert(CaptionPerson), cps)
                conn.execute(insert(CaptionPhotographer), cphs)
            done += min(10_000, n - done)
            print(f"  {done} captions, {time.perf_counter() - t:.0f} s", flush=True)


def timed(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("db", type=Path)
    ap.add_argument("--repeat", type=int, default=50)
    a = ap.parse_args()
    if not a.db.exists():
        build(a.db, a.n)
    rng = random.Random(2)
    with open_catalog(a.db) as catalog, catalog.engine.connect() as conn:
        def search(query, sort=None):
            stmt = caption_select(query, dialect=catalog.dialect, sort=sort, limit=50, columns=SEARCH_FIELDS)
            return lambda: write_rows(search_rows(conn, stmt), SEARCH_COLUMNS, "jsonl", io.StringIO())

        cases = {
            "person:<surname>": lambda: search(f"person:{rng.choice(LAST)}")(),
            'person:"<full name>"': lambda: search(f'person:"{rng.choice(FIRST)} {rng.choice(LAST)}"')(),
            "by:<surname>": lambda: search(f"by:{rng.choice(LAST)}x")(),
            "agency:<agency>": lambda: search(f'agency:"{rng.choice(AGENCIES)}"')(),
            "agency + date sorted -date": lambda: search(f'agency:"{rng.choice(AGENCIES)}" date:2019', "-date")(),
            "free text <word>": lambda: search(rng.choice(WORDS))(),
            "free text <two words>": lambda: search(f"{rng.choice(WORDS)} {rng.choice(WORDS)}")(),
            "in:<city>": lambda: search(f"in:{rng.choice(CITIES)[0]}")(),
        }
        for name, fn in cases.items():
            p50, p95 = timed(fn, a.repeat)
            print(f"{name:32s} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")
        out = io.StringIO()
        t = time.perf_counter()
        n = write_rows(credit_rows(conn, caption_select("", dialect=catalog.dialect, columns=EXPORT_FIELDS)), EXPORT_COLUMNS, "csv", out)
        secs = time.perf_counter() - t
        print(f"export CSV: {n} rows in {secs:.1f} s = {n / secs:,.0f} rows/s")


if __name__ == "__main__":
    main()
