"""Audit speed and memory over a synthetic catalogue: `python bench/audit_bench.py [N] [DB]`.

Builds N captions (default 1,000,000) by bulk insert, the shapes a wire desk stores (AP,
pool, Reuters, Getty, AFP, handouts, file photos, a few broken credits, spelling variants),
then runs every rule and reports captions/s, findings per rule and peak RSS.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import time
from collections import Counter
from pathlib import Path

import psutil
from sqlalchemy import insert

from catalog import audit as audit_lib
from catalog.store import open_catalog
from catalog.store.keys import fold
from catalog.store.models import Agency, Caption, CaptionPhotographer, Photographer, Source

FIRST = ["Leah", "Andy", "Evan", "Mark", "Chip", "Jose Luis", "Ng", "Li", "Jacquelyn", "Susan", "Pedro", "Greg"]
LAST = ["Millis", "Wong", "Vucci", "Schiefelbein", "Somodevilla", "Magana", "Han Guan", "Xin", "Martin", "Walsh",
        "Pardo", "Baker", "Ernst", "Harnik", "Sanchez", "Rourke", "Kaster", "Balce Ceneta"]
CREDITS = [  # (template, agency, source, pool, handout, file)
    ("AP Photo/{n}", "AP", None, False, False, False),
    ("{n}/Pool Photo via AP", "AP", "Pool", True, False, False),
    ("AP Photo/{n}, File", "AP", None, False, False, True),
    ("REUTERS/{n}", "Reuters", None, False, False, False),
    ("Photo by {n}/Getty Images", "Getty Images", None, False, False, False),
    ("Photo by {N} / AFP", "AFP", None, False, False, False),
    ("Handout via REUTERS", "Reuters", None, False, True, False),
    ("Xinhua/{n}", "Xinhua", None, False, False, False),
    ("Associated Press/{n}", "AP", None, False, False, False),
    ("AP Photo/", "AP", None, False, False, False),
    (None, None, None, False, False, False),
]


def build(db: Path, n: int, seed: int = 5) -> None:
    rnd = random.Random(seed)
    names = [f"{f} {l}" for f in FIRST for l in LAST] + [f"{f} {l}{i}" for i in range(3000)
                                                        for f, l in [(rnd.choice(FIRST), rnd.choice(LAST))]]
    names += ["Leah Milis", "Evan Vuci", "A. Wong"]
    names = list(dict.fromkeys(names))
    with open_catalog(db) as catalog, catalog.engine.begin() as conn:
        agencies = sorted({c[1] for c in CREDITS if c[1]} | {"Pool"})
        conn.execute(insert(Agency), [{"id": i, "name": a, "key": fold(a)} for i, a in enumerate(agencies, 1)])
        agency_id = {a: i for i, a in enumerate(agencies, 1)}
        conn.execute(insert(Photographer), [{"id": i, "name": p, "key": fold(p)} for i, p in enumerate(names, 1)])
        per_source = 20
        now = dt.datetime(2024, 1, 1)
        conn.execute(insert(Source), [
            {"id": s, "path": f"/archive/{s}.txt", "kind": "article", "sha256": "0" * 64, "size": 0,
             "reference_date": dt.date(2023, 1, 1) + dt.timedelta(days=s % 500), "ingested_at": now}
            for s in range(1, n // per_source + 2)])
        batch, links = [], []
        for i in range(1, n + 1):
            sid = (i - 1) // per_source + 1
            ref = dt.date(2023, 1, 1) + dt.timedelta(days=sid % 500)
            template, agency, source, pool, handout, file = rnd.choices(
                CREDITS, weights=[40, 15, 5, 12, 8, 6, 2, 3, 1, 1, 1])[0]
            pid = rnd.randrange(len(names)) + 1
            line = template.format(n=names[pid - 1], N=names[pid - 1].upper()) if template else None
            date = ref - dt.timedelta(days=rnd.choice([0, 0, 0, 1, 2, 400]) if not file else 800)
            # One caption in a thousand re-stored from another source (conflicting-credit's groups).
            desc = f"Scene {i if i % 1000 else i - 1} in Beijing, {date:%A}, {date:%B} {date.day}, {date.year}."
            batch.append({"id": i, "source_id": sid, "ordinal": (i - 1) % per_source + 1,
                          "text": f"{desc} ({line})" if line else desc, "description": desc, "credit_line": line,
                          "date": date.isoformat(), "date_precision": "day",
                          "agency_id": agency_id.get(agency), "credit_source_id": agency_id.get(source),
                          "is_pool": pool, "is_handout": handout, "is_file": file, "warnings": [],
                          "parser_version": "bench", "content_hash": f"{i:064x}"})
            if template and "{n}" in template or template and "{N}" in template:
                links.append({"caption_id": i, "ordinal": 1, "photographer_id": pid})
            if len(batch) == 50_000:
                conn.execute(insert(Caption), batch)
                conn.execute(insert(CaptionPhotographer), links)
                batch, links = [], []
        if batch:
            conn.execute(insert(Caption), batch)
            conn.execute(insert(CaptionPhotographer), links)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    db = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"/tmp/audit-bench-{n}.db")
    if not db.exists():
        t = time.perf_counter()
        build(db, n)
        print(f"built {n:,} captions in {time.perf_counter() - t:.1f} s: {db}")
    proc = psutil.Process()
    with open_catalog(db) as catalog:
        t = time.perf_counter()
        run = audit_lib.audit(catalog)
        per_rule = Counter()
        peak = proc.memory_info().rss
        for k, f in enumerate(run):
            per_rule[f.rule] += 1
            if k % 50_000 == 0:
                peak = max(peak, proc.memory_info().rss)
        elapsed = time.perf_counter() - t
    peak = max(peak, proc.memory_info().rss)
    print(f"audited {run.captions:,} captions in {elapsed:.1f} s ({run.captions / elapsed:,.0f}/s), "
          f"{sum(per_rule.values()):,} findings, peak RSS {peak / 2**20:.0f} MiB")
    for rule, count in per_rule.most_common():
        print(f"  {rule:<26} {count:>9,}")


if __name__ == "__main__":
    main()
