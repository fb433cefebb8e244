"""The ingest writer alone: CPU time of CaptionWriter.add_batch for pre-parsed captions.

    PYTHONPATH=. python bench/write_bench.py [--n 20000] [--repeat 3] [--parses FILE.pickle]

Generates N captions with catalog.synth (seed 1), parses them once (kept in a pickle so
repeated runs skip it), then, `repeat` times, writes them into a fresh SQLite catalogue in
batches of catalog.ingest.BATCH, inside one transaction with the full-text index deferred as
ingest does. Prints µs of CPU per caption (best of the repeats), commit included: the write only, no parsing.
"""
from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from catalog.ingest import BATCH  # noqa: E402
from catalog.store.db import open_catalog  # noqa: E402
from catalog.store.keys import caption_hash  # noqa: E402
from catalog.store.writer import CaptionWriter, NewCaption, caption_facts  # noqa: E402


def parses(n: int, cache: Path | None):
    if cache and cache.exists():
        with open(cache, "rb") as f:
            return pickle.load(f)
    from catalog.parse import parse_caption
    from catalog.synth import CaptionGenerator

    gen = CaptionGenerator(1)
    texts = [gen.caption() for _ in range(n)]
    result = [parse_caption(t) for t in texts]
    if cache:
        with open(cache, "wb") as f:
            pickle.dump(result, f)
    return result


def write_once(parsed, folder: Path, profile: bool = False, skip: bool = False, base: Path | None = None) -> float:
    if base:  # a catalogue that already holds captions: the steady state of a long ingest
        import shutil
        shutil.copy(base, folder / "bench.db")
    catalog = open_catalog(folder / "bench.db")
    key = str(folder / "captions.txt")
    news = [NewCaption(i, caption_hash(key, p.text), caption_facts(p), None) for i, p in enumerate(parsed, 1)]
    try:
        with catalog.transaction() as session:
            writer = CaptionWriter(session)
            source = writer.source(key, kind="lines", sha256="0" * 64, size=0,
                                   ingested_at=__import__("datetime").datetime(2024, 1, 1))
            session.flush()
            start = time.process_time()
            if profile:
                import cProfile
                prof = cProfile.Profile()
                prof.enable()
            with writer.defer_text_index():
                for i in range(0, len(news) if not skip else 0, BATCH):
                    writer.add_batch(source.id, news[i:i + BATCH])
            # The commit writes the dirty pages out: part of the write's cost.
        elapsed = time.process_time() - start
        if profile:
            prof.disable()
            import pstats
            pstats.Stats(prof).sort_stats("tottime").print_stats(30)
    finally:
        catalog.close()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--parses", type=Path)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--base", type=Path, help="write into a copy of this catalogue (default: a new one)")
    ap.add_argument("--skip-write", action="store_true",
                    help="everything but the writes: subtract from a run with them (valgrind --tool=callgrind)")
    args = ap.parse_args()
    parsed = parses(args.n, args.parses)[:args.n]
    times = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            times.append(write_once(parsed, Path(tmp), args.profile, args.skip_write, args.base))
    best = min(times)
    print(f"write {len(parsed)} captions: best {best:.3f} s CPU = {best / len(parsed) * 1e6:.1f} µs a caption "
          f"({len(parsed) / best:,.0f}/s); all {', '.join(f'{t:.3f}' for t in times)}")


if __name__ == "__main__":
    main()
