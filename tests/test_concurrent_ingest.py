"""Two `catalog ingest` processes into one catalogue at the same time (issue 7).

Every caption is stored once and no person, photographer or agency twice, on SQLite and (with
CATALOG_TEST_POSTGRES_URL) on PostgreSQL, where the two really write side by side.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from catalog.parse import parse_caption
from catalog.store import open_catalog
from catalog.store.keys import fold
from catalog.store.models import Agency, Caption, Person, Photographer

REPO = Path(__file__).resolve().parent.parent
FILES, PER_FILE = 8, 25
TITLES = ["U.S. Secretary of State", "German Chancellor", "Chinese Foreign Minister", "French President"]
PEOPLE = ["Antony Blinken", "Olaf Scholz", "Wang Yi", "Emmanuel Macron", "José Núñez", "Zoë Ängström",
          "Renée Fleming", "Björn Borg", "Ana María Pérez", "Li Wei", "Søren Berg"]
PLACES = ["Beijing, China", "Berlin, Germany", "Paris, France", "Zürich, Switzerland", "Bogotá, Colombia"]
CREDITS = ["Leah Millis/Pool via AP", "AP Photo/Gaël Pérès", "REUTERS/Kim Hong-Ji", "Tom Brenner/Reuters",
           "AFP via Getty Images", "EPA-EFE/Zoé Martin"]


def write_inputs(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for f in range(FILES):
        captions = []
        for i in range(PER_FILE):
            n = f * PER_FILE + i
            person = PEOPLE[(n * 7) % len(PEOPLE)]
            captions.append(f"{TITLES[n % len(TITLES)]} {person} speaks in {PLACES[n % len(PLACES)]}, "
                            f"June {1 + n % 28}, 2023, on day {n}. ({CREDITS[n % len(CREDITS)]})")
        path = folder / f"captions-{f}.txt"
        path.write_text("\n\n".join(captions) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def expected_keys(paths):
    people, photographers, agencies, texts = set(), set(), set(), []
    for path in paths:
        for text in path.read_text(encoding="utf-8").split("\n\n"):
            parsed = parse_caption(text)
            texts.append(parsed.text)
            people |= {fold(p.name) for p in parsed.people}
            photographers |= {fold(n) for n in parsed.credit.photographers}
            agencies |= {fold(a) for a in (parsed.credit.agency, parsed.credit.source) if a}
    return people, photographers, agencies, texts


def test_two_ingests_at_once_store_each_caption_once_and_each_name_once(db_url, tmp_path):
    paths = write_inputs(tmp_path / "in")
    people, photographers, agencies, texts = expected_keys(paths)
    assert len(texts) == FILES * PER_FILE and len(people) > 5 and len(photographers) > 2 and len(agencies) > 2
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("CATALOG_DB", None)
    command = [sys.executable, "-m", "catalog", "--db", db_url, "-q", "ingest"]
    # Opposite orders: each meets the other's files (and new names) half-way through.
    runs = [subprocess.Popen(command + [str(p) for p in order], cwd=tmp_path, env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for order in (paths, paths[::-1])]
    outputs = [run.communicate(timeout=300) for run in runs]
    new_counts = []
    for run, (out, err) in zip(runs, outputs):
        assert run.returncode == 0, err
        assert "Error" not in err
        summary = re.fullmatch(rf"{FILES} files read: (\d+) captions new, (\d+) already present, \d+ with warnings; "
                               r"0 failed\n", out)
        assert summary, out
        new, present = map(int, summary.groups())
        assert new + present == FILES * PER_FILE
        new_counts.append(new)
    assert sum(new_counts) == FILES * PER_FILE

    with open_catalog(db_url) as catalog, catalog.session() as session:
        stored = session.scalars(select(Caption.text)).all()
        assert sorted(stored) == sorted(texts)
        assert session.scalar(select(func.count(func.distinct(Caption.content_hash)))) == len(texts)
        for model, keys in ((Person, people), (Photographer, photographers), (Agency, agencies)):
            stored_keys = session.scalars(select(model.key)).all()
            assert sorted(stored_keys) == sorted(keys), model.__tablename__
