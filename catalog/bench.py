"""The scale benchmark: the one entry point for the figures in the README's Performance section.

    python -m catalog.bench [--n 100000] [--jobs 1,2] [--rounds 1] [--seed 1] [--json out.json] [--keep DIR]

Generates N captions with catalog.synth into a temporary folder, then measures, each with the
real code path:

    parse        captions/s on one core (CPU time of this process over up to 50,000 captions)
    ingest       `catalog ingest --per-line --jobs J` run as a subprocess into a fresh SQLite
                 file, once per J: wall time, captions/s, CPU seconds of the process tree,
                 peak RSS (largest single process, from wait4, and the whole tree, sampled)
    size         database bytes per caption (file + WAL after the jobs-1 run)
    search       p50 / p95 of ten typical queries through catalog.query and the output writer,
                 as `catalog search --limit 50` runs them: wall time, and CPU time of this thread
    export       `catalog export --format csv` of every row, as a subprocess: rows/s
    audit        `catalog audit --format jsonl` of every row, as a subprocess: seconds

With --rounds R the parse and every ingest run R times, the --jobs runs interleaved (the order
reversed every other round, A B / B A / A B ...): this host's speed swings by a third from
minute to minute, so one --jobs 1 run and one --jobs 2 run five minutes apart can land in
different phases. The speed-up is then the median over rounds of each round's ratio (the two
runs of one round are neighbours in time); ingest rates are medians over rounds, parse the best
round (as bench/parse_bench.py), peak RSS the largest of any round.

Prints a table and (with --json) writes the figures as JSON. No timing is asserted anywhere:
the machine's load (noted in the output) moves wall-clock figures; CPU seconds move less.
"""
from __future__ import annotations

import argparse
import gc
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PARSE_SAMPLE = 50_000
SEARCH_REPEAT = 20

# Ten typical questions, in the query language (values from catalog.synth's vocabulary).
QUERIES = {
    "person (surname)": "person:keller",
    "person (full name)": 'person:"Anna Novak"',
    "photographer": "by:hartmann",
    "agency + date range": "agency:reuters date:2019-01-01..2019-06-30",
    "place": "in:berlin",
    "free text (one word)": "firefighters",
    "free text (phrase)": '"flooded street"',
    "combination": "person:okafor in:paris date:2018..2022",
    "OR": "person:keller OR by:okoro",
    "file photos, newest first": "agency:ap is:file",
}


def machine() -> dict:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() \
        else platform.processor()
    import sqlite3

    return {"nproc": os.cpu_count(), "cpu": model, "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "platform": platform.platform(),
            "load_average_at_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None}


def generate(n: int, folder: Path, seed: int) -> list[Path]:
    from .synth import write_files

    return write_files(n, folder, seed=seed)


def parse_rate(files: list[Path]) -> dict:
    """Captions per CPU-second of one thread (time.process_time): one core, whatever else runs."""
    from .parse import parse_caption

    texts = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            texts.extend(line.rstrip("\n") for line in f)
        if len(texts) >= PARSE_SAMPLE:
            break
    texts = texts[:PARSE_SAMPLE]
    for text in texts[:200]:  # warm the lazily loaded vocabularies, as a long run would be
        parse_caption(text)
    start = time.process_time()
    for text in texts:
        parse_caption(text)
    cpu = time.process_time() - start
    # Again with every credit line read from scratch (see bench/parse_bench.py): synthetic
    # captions reuse few credit lines, so the credit-line cache flatters the first figure.
    from .parse.credit import _parse_credit_line_cached

    forget = _parse_credit_line_cached.cache_clear
    start = time.process_time()
    for text in texts:
        forget()
        parse_caption(text)
    cold = time.process_time() - start
    return {"captions": len(texts), "cpu_s": cpu, "captions_per_s": len(texts) / cpu if cpu else None,
            "captions_per_s_credit_cache_cold": len(texts) / cold if cold else None}


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "catalog", *args]


def _env() -> dict:
    # The checkout this module runs from, ahead of anything installed.
    return {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def run_measured(cmd: list[str], stdout=subprocess.DEVNULL) -> dict:
    """Run a command; wall seconds, CPU seconds and peak RSS of it and its children."""
    try:
        import psutil
    except ImportError:
        raise SystemExit("python -m catalog.bench needs psutil: pip install 'catalog[bench]'") from None

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, env=_env(), cwd=str(REPO))
    tree_peak = 0
    done = threading.Event()

    def sample():  # the sum over the process tree: the workers' memory counts too
        nonlocal tree_peak
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not done.wait(0.1):
            total = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    total += p.memory_info().rss
            except psutil.Error:
                continue
            tree_peak = max(tree_peak, total)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime,
            "peak_rss_mib": usage.ru_maxrss / 1024,  # Linux: KiB; the largest single process
            "tree_peak_rss_mib": tree_peak / 2**20, "exit": proc.returncode,
            "stderr": stderr.decode("utf-8", "replace")[-2000:]}


def ingest_run(folder: Path, db: Path, jobs: int, n: int) -> dict:
    r = run_measured(_cli("--db", str(db), "ingest", "--per-line", "--jobs", str(jobs), str(folder)))
    if r["exit"] != 0:
        raise RuntimeError(f"ingest --jobs {jobs} failed: {r['stderr']}")
    r.update(jobs=jobs, captions=n, captions_per_s=n / r["wall_s"], captions_per_cpu_s=n / r["cpu_s"])
    return r


def db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, Path(f"{db}-wal")) if p.exists())


def search_latency(db: Path) -> dict:
    from .export import SEARCH_COLUMNS, SEARCH_FIELDS, search_rows
    from .output import write_rows
    from .query import caption_select
    from .store import open_catalog

    results = {}
    # `catalog search` runs in a fresh process; this one holds the parse's memos. Frozen, they
    # are not walked by every full collection that lands inside a timed search (session 15).
    gc.collect()
    gc.freeze()
    with open_catalog(db) as catalog, catalog.engine.connect() as conn:
        for name, query in QUERIES.items():
            sort = "-date" if "newest first" in name else None
            times, cpu, rows = [], [], 0
            for _ in range(SEARCH_REPEAT):
                start, cpu_start = time.perf_counter(), time.thread_time()
                stmt = caption_select(query, dialect=catalog.dialect, sort=sort, limit=50, columns=SEARCH_FIELDS,
                                      conn=conn)
                rows = write_rows(search_rows(conn, stmt), SEARCH_COLUMNS, "jsonl", io.StringIO())
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.thread_time() - cpu_start) * 1000)
            times.sort()
            cpu.sort()
            p95 = max(0, round(len(times) * 0.95) - 1)
            # CPU time beside wall: on a shared host the wall p95 measures the hour as much as
            # the query (session 15: `in:berlin` 22.9 ms wall p95 for a 0.2 ms statement).
            results[name] = {"query": query, "rows": rows, "p50_ms": statistics.median(times), "p95_ms": times[p95],
                             "cpu_p50_ms": statistics.median(cpu), "cpu_p95_ms": cpu[p95]}
    gc.unfreeze()
    return results


def export_run(db: Path, n: int) -> dict:
    r = run_measured(_cli("--db", str(db), "export", "--format", "csv"))
    if r["exit"] != 0:
        raise RuntimeError(f"export failed: {r['stderr']}")
    r.update(rows=n, rows_per_s=n / r["wall_s"])
    return r


def audit_run(db: Path) -> dict:
    r = run_measured(_cli("--db", str(db), "audit", "--format", "jsonl", "--fail-on", "never"))
    if r["exit"] != 0:
        raise RuntimeError(f"audit failed: {r['stderr']}")
    return r


def summarise_rounds(result: dict, jobs: list[int]) -> None:
    """Medians over rounds: ingest rate per --jobs value, and each round's speed-up over jobs[0]."""
    runs = result["ingest"]
    summary = {}
    for j in jobs:
        mine = [r for r in runs if r["jobs"] == j]
        if not mine:  # a run still to come (the summary is kept up to date after every step)
            continue
        summary[str(j)] = {"rounds": len(mine),
                           "median_captions_per_s": statistics.median(r["captions_per_s"] for r in mine),
                           "captions_per_s_each_round": [r["captions_per_s"] for r in mine],
                           "max_tree_peak_rss_mib": max(r["tree_peak_rss_mib"] for r in mine),
                           "max_peak_rss_mib": max(r["peak_rss_mib"] for r in mine)}
    result["ingest_summary"] = summary
    base = {r["round"]: r["captions_per_s"] for r in runs if r["jobs"] == jobs[0]}
    speedup = {}
    for j in jobs[1:]:
        ratios = [r["captions_per_s"] / base[r["round"]] for r in runs if r["jobs"] == j and r["round"] in base]
        if ratios:
            speedup[str(j)] = {"over_jobs": jobs[0], "each_round": ratios, "median": statistics.median(ratios)}
    result["speedup"] = speedup
    parses = result.get("parse_rounds") or []
    if parses:
        result["parse"] = max(parses, key=lambda p: p["captions_per_s"] or 0)


def run(n: int, jobs: list[int], seed: int = 1, keep: Path | None = None, log=print,
        on_progress=lambda result: None, rounds: int = 1) -> dict:
    """Every measurement in turn; `on_progress(result)` after each (a long run's partial figures)."""
    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="catalog-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        result = {"n": n, "seed": seed, "machine": machine()}
        start = time.perf_counter()
        files = generate(n, work / "captions", seed)
        result["generate_s"] = time.perf_counter() - start
        log(f"generated {n:,} captions in {len(files)} files ({result['generate_s']:.1f} s)")
        result["parse_rounds"] = []
        result["ingest"] = []

        def parse_round() -> None:
            p = parse_rate(files)
            result["parse_rounds"].append(p)
            log(f"parse: {p['captions_per_s']:,.0f} captions/s on one core "
                f"({p['captions_per_s_credit_cache_cold']:,.0f} with every credit line read cold)")
            summarise_rounds(result, jobs)
            on_progress(result)

        def ingest_with(j: int, round_no: int) -> Path:
            target = work / f"catalog-jobs{j}.db"
            for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
                p.unlink(missing_ok=True)
            r = ingest_run(work / "captions", target, j, n)
            r["round"] = round_no
            result["ingest"].append(r)
            log(f"round {round_no}: ingest --jobs {j}: {r['captions_per_s']:,.0f} captions/s ({r['wall_s']:.1f} s, "
                f"peak RSS {r['peak_rss_mib']:.0f} MiB, tree {r['tree_peak_rss_mib']:.0f} MiB)")
            summarise_rounds(result, jobs)
            on_progress(result)
            return target

        parse_round()

        # The first run's catalogue serves the read side; the other --jobs runs come last, so an
        # interrupted long run has figures for every kind of work.
        db = ingest_with(jobs[0], 1)
        result["bytes_per_caption"] = db_bytes(db) / n
        result["search"] = search_latency(db)
        log("search: " + ", ".join(f"{k} p95 {v['p95_ms']:.0f} ms (CPU {v['cpu_p95_ms']:.0f})"
                                   for k, v in result["search"].items()))
        on_progress(result)
        result["export"] = export_run(db, n)
        log(f"export: {result['export']['rows_per_s']:,.0f} rows/s")
        on_progress(result)
        result["audit"] = audit_run(db)
        log(f"audit: {result['audit']['wall_s']:.1f} s")
        on_progress(result)
        for j in jobs[1:]:
            ingest_with(j, 1)
        for round_no in range(2, rounds + 1):
            # neighbours in time: round 2 runs jobs 2 then 1 right after round 1's jobs 2, ...
            for j in (reversed(jobs) if round_no % 2 == 0 else jobs):
                ingest_with(j, round_no)
            parse_round()
        result["machine"]["load_average_at_end"] = list(os.getloadavg()) if hasattr(os, "getloadavg") else None
        return result
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


def table(r: dict) -> str:
    m = r["machine"]
    parses = r.get("parse_rounds") or [r["parse"]]
    rows = [("captions", f"{r['n']:,}"),
            ("parse, one core", f"{r['parse']['captions_per_s']:,.0f} captions/s"
             + (" (best round of " + ", ".join(f"{p['captions_per_s']:,.0f}" for p in parses) + ")" if len(parses) > 1 else "")),
            ("  every credit line read cold", f"{r['parse'].get('captions_per_s_credit_cache_cold') or 0:,.0f} captions/s")]
    several = len({i.get("round", 1) for i in r["ingest"]}) > 1
    for i in r["ingest"]:
        rows.append((f"ingest --jobs {i['jobs']}" + (f", round {i['round']}" if several else ""),
                     f"{i['captions_per_s']:,.0f} captions/s ({i['wall_s']:.1f} s wall, {i['cpu_s']:.1f} s CPU, "
                     f"{i['captions_per_cpu_s']:,.0f} captions/CPU-s)"))
        rows.append((f"  peak RSS --jobs {i['jobs']}",
                     f"{i['peak_rss_mib']:.0f} MiB largest process, {i['tree_peak_rss_mib']:.0f} MiB whole tree"))
    if several:
        for j, s in r.get("ingest_summary", {}).items():
            rows.append((f"ingest --jobs {j}, median", f"{s['median_captions_per_s']:,.0f} captions/s over {s['rounds']} rounds"))
    for j, s in r.get("speedup", {}).items():
        rows.append((f"speed-up --jobs {j} / --jobs {s['over_jobs']}",
                     f"{s['median']:.2f} x" + (" median of " + ", ".join(f"{x:.2f}" for x in s["each_round"]) if several else "")))
    rows.append(("database size", f"{r['bytes_per_caption']:,.0f} bytes/caption"))
    for name, s in r["search"].items():
        cpu = f"; CPU p50 {s['cpu_p50_ms']:.1f}, p95 {s['cpu_p95_ms']:.1f} ms" if "cpu_p95_ms" in s else ""
        rows.append((f"search: {name}", f"p50 {s['p50_ms']:.1f} ms, p95 {s['p95_ms']:.1f} ms{cpu} ({s['rows']} rows)"))
    rows.append(("export CSV", f"{r['export']['rows_per_s']:,.0f} rows/s ({r['export']['wall_s']:.1f} s)"))
    rows.append(("audit", f"{r['audit']['wall_s']:.1f} s"))
    load = m.get("load_average_at_start")
    rows.append(("machine", f"{m['nproc']} CPUs, {m['cpu']}, Python {m['python']}, SQLite {m['sqlite']}"
                            + (f", load {load[0]:.1f} at start" if load else "")))
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m catalog.bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="captions to generate (default 100000)")
    ap.add_argument("--jobs", default="1,2", help="ingest runs, comma-separated --jobs values (default 1,2)")
    ap.add_argument("--rounds", type=int, default=1,
                    help="run the parse and every ingest this many times, interleaved; medians reported (default 1)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (inputs and databases)")
    a = ap.parse_args(argv)
    try:
        jobs = [int(j) for j in a.jobs.split(",") if j.strip()]
    except ValueError:
        ap.error(f"--jobs: not a list of numbers: {a.jobs}")
    if a.n < 1 or not jobs or min(jobs) < 1 or a.rounds < 1:
        ap.error("--n, --rounds and every --jobs value must be at least 1")
    def save(result: dict) -> None:  # after every step: a long run interrupted keeps what it measured
        if a.json:
            a.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")

    result = run(a.n, jobs, a.seed, a.keep, log=lambda line: print(line, file=sys.stderr, flush=True),
                 on_progress=save, rounds=a.rounds)
    save(result)
    print(table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
