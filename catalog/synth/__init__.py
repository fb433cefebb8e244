"""Deterministic synthetic captions for benchmarks and demos.

    python -m catalog.synth N OUTDIR [--seed 1] [--per-file 10000]

Writes N captions, one per line, in OUTDIR/captions-00000.txt, ... across the agency
styles, names, titles, positions, places and dates the parser reads. The same seed gives
the same files byte for byte; nothing is fetched. Captions are generated one at a time,
so N can be far larger than memory.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from pathlib import Path

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
POSITIONS = ["left", "right", "center", "second left", "second right", "third from left", "far right"]
# An archive names a few people often and very many once or twice. Half the people named are
# drawn from the small `first_names` x `surnames` set (900, the famous), half from the long tail
# (`tail_given_names` x the surnames made from `surname_parts`: 737,760 names), so a million
# captions name about 300,000 distinct people, and the name tables and their indexes grow with N
# as in a real back catalogue. Photographers: most credits from the 20 staff names, the rest
# from a tail of 3,000 stringers.
FAMOUS_SHARE = 0.5
STAFF_PHOTOGRAPHER_SHARE = 0.7
STRINGER_GIVEN, STRINGER_SURNAMES = 50, 60


@cache
def vocabulary() -> dict:
    return json.loads(files("catalog.synth").joinpath("vocabulary.json").read_text(encoding="utf-8"))


@cache
def tail_surnames() -> tuple[str, ...]:
    """Every head + middle + ending of `surname_parts`, in a fixed order (the seed picks among them)."""
    parts = vocabulary()["surname_parts"]
    return tuple(head + middle + ending for head in parts["heads"] for middle in parts["middles"]
                 for ending in parts["endings"])


class CaptionGenerator:
    """One seeded stream of captions."""

    def __init__(self, seed: int = 1):
        self.rng = random.Random(seed)
        self.v = vocabulary()
        self.tail_given = self.v["tail_given_names"]
        self.tail_surnames = tail_surnames()

    def pick(self, key):
        return self.rng.choice(self.v[key])

    def person(self) -> str:
        if self.rng.random() < FAMOUS_SHARE:
            return f"{self.pick('first_names')} {self.pick('surnames')}"
        return f"{self.rng.choice(self.tail_given)} {self.rng.choice(self.tail_surnames)}"

    def photographer(self) -> str:
        if self.rng.random() < STAFF_PHOTOGRAPHER_SHARE:
            return self.pick("photographers")
        return (f"{self.rng.choice(self.tail_given[:STRINGER_GIVEN])} "
                f"{self.rng.choice(self.tail_surnames[:STRINGER_SURNAMES])}")

    def day(self) -> dt.date:
        return dt.date(2015, 1, 1) + dt.timedelta(days=self.rng.randrange(0, 11 * 365))

    def ap(self) -> str:
        d = self.day()
        city, state = self.pick("us_places")
        when = f"{WEEKDAYS[d.weekday()]}, {AP_MONTHS[d.month - 1]} {d.day}, {d.year}"
        who = f"{self.pick('titles')} {self.person()}, {self.rng.choice(POSITIONS)},"
        style = self.rng.random()
        if style < 0.6:
            credit = f"(AP Photo/{self.photographer()})"
        elif style < 0.8:
            credit = f"(AP Photo/{self.photographer()}, File)"
        else:
            credit = f"({self.photographer()}/Pool Photo via AP)"
        return f"{who} {self.pick('actions')} at {self.pick('venues')} in {city}, {state}, {when}. {credit}"

    def reuters(self) -> str:
        d = self.day()
        city, country = self.pick("world_places")
        country_name, demonym = self.pick("countries_demonym")
        tail = self.rng.choice(["", "/Pool", "/File Photo"])
        return (f"{demonym} {self.pick('titles')} {self.person()} {self.pick('actions')} in {city}, {country} "
                f"{MONTHS[d.month - 1]} {d.day}, {d.year}. REUTERS/{self.photographer()}{tail}")

    def getty(self) -> str:
        d = self.day()
        city, country = self.pick("world_places")
        who = f"{self.person()} of {self.pick('teams')}"
        by = self.photographer()
        credit = (f"(Photo by {by}/Getty Images)" if self.rng.random() < 0.7
                  else f"(Photo by {by.upper()}/AFP via Getty Images)")
        return (f"{city.upper()}, {country.upper()} - {MONTHS[d.month - 1].upper()} {d.day}: {who} "
                f"{self.pick('actions')} on {MONTHS[d.month - 1]} {d.day:02d}, {d.year} in {city}, {country}. "
                f"{credit}")

    def afp(self) -> str:
        d = self.day()
        city, country = self.pick("world_places")
        by = self.photographer().split()
        return (f"{self.pick('scenes')} in {city} on {MONTHS[d.month - 1]} {d.day}, {d.year}. "
                f"(Photo by {by[0]} {by[-1].upper()} / AFP)")

    def epa(self) -> str:
        d = self.day()
        city, country = self.pick("world_places")
        return (f"{self.pick('titles')} {self.person()} {self.pick('actions')} in {city}, {country}, "
                f"{d.day} {MONTHS[d.month - 1]} {d.year}. EPA-EFE/{self.photographer().upper()}")

    def sports(self) -> str:
        d = self.day()
        city, state = self.pick("us_places")
        return (f"{self.pick('teams')} {self.pick('sports_roles')} {self.person()} "
                f"({self.rng.randint(1, 99)}) {self.pick('actions')} during the second half, "
                f"{WEEKDAYS[d.weekday()]}, {AP_MONTHS[d.month - 1]} {d.day}, {d.year}, in {city}, {state.rstrip('.')}. "
                f"(AP Photo/{self.photographer()})")

    STYLES = ("ap", "ap", "reuters", "getty", "afp", "epa", "sports")

    def caption(self) -> str:
        return getattr(self, self.rng.choice(self.STYLES))()

    def __iter__(self) -> Iterator[str]:
        while True:
            yield self.caption()


def generate(n: int, seed: int = 1) -> Iterator[str]:
    """The first n captions of the stream for `seed`."""
    gen = iter(CaptionGenerator(seed))
    for _ in range(n):
        yield next(gen)


def write_files(n: int, outdir: Path, seed: int = 1, per_file: int = 10_000) -> list[Path]:
    """Write n captions, `per_file` lines to a file; returns the files written."""
    outdir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    out = None
    try:
        for i, text in enumerate(generate(n, seed)):
            if i % per_file == 0:
                if out:
                    out.close()
                paths.append(outdir / f"captions-{len(paths):05d}.txt")
                out = open(paths[-1], "w", encoding="utf-8", newline="\n")
            out.write(text + "\n")
    finally:
        if out:
            out.close()
    return paths


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m catalog.synth", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-file", type=int, default=10_000)
    a = ap.parse_args(argv)
    paths = write_files(a.n, a.outdir, a.seed, a.per_file)
    print(f"{a.n} captions in {len(paths)} files under {a.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
