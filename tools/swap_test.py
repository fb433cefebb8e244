"""Swap test: does the parser still read a caption when its names and places are other real ones?

    python tools/swap_test.py [GOLD.jsonl ...] [--field people|photographers|city|venue|date]
                              [--seeds 3] [--show 30] [--json OUT]

A development caption is re-written with one kind of fact replaced by another real value of the
same kind from tools/swap_pools/ (people's names of every origin and shape, towns with their
country, venues), and the parse is checked for the new value where the gold had the old one.
The caption's grammar stays exactly as published, so a miss shows a rule that leaned on the
particular words of the development set (a known given name, a town in the table) rather than
on the caption's shape: the held-out captions we are judged on name other people and places.

Only gold values printed exactly once in the text are swapped (a name written twice is left
alone; one printed in capitals is swapped in capitals), and a town only where a comma follows it
(a desk names a town nobody knows with its region or country). Photographers come from their own
pool (bylines of wire, agency and newspaper staff). A date is not replaced by another day: the
gold day's phrase is re-written in another form desks print for the same day (`Sunday, June 18,
2023`, `June 18, 2023`, `18 June 2023`, `Sept. 5`, `June 18th`, `18/06/2023` when the day cannot
be read as a month), with a year only where the caption printed one and the weekday always true.
Without GOLD files, every development set and diagnosis mix is used
(never the blind ones). Prints the share of swapped values read back, per field, and the misses.
"""
from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from score_all import gold_sets  # noqa: E402 - the one list of the development sets

from catalog import parse_caption  # noqa: E402

POOLS = REPO / "tools" / "swap_pools"
FIELDS = ("people", "photographers", "city", "venue", "date")


def read_pool(name: str) -> list[str]:
    lines = (POOLS / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def towns_by_country() -> dict[str, list[str]]:
    """Country -> towns, from towns.tsv (town TAB country)."""
    towns: dict[str, list[str]] = {}
    for line in read_pool("towns.tsv"):
        town, country = line.split("\t")
        towns.setdefault(country, []).append(town)
    return towns


def development_sets() -> list[Path]:
    return gold_sets(blind=False) + sorted((REPO / "fixtures" / "real-captions").glob("diag-*.jsonl"))


# What must follow a swapped town: a comma and a place (a region or country), not a date.
TOWN_FOLLOWED_BY_PLACE = re.compile(
    r", (?!(?:Mon|Tues?|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z]")


def swap_values(text: str, olds: list[str], pool: list[str], rng: random.Random,
                follow: re.Pattern | None = None):
    """Replace each old value (printed once) by a pool value not in the text; None if any is not.

    A value printed in capitals (an AFP photographer) is replaced in capitals. With `follow`, the
    old value must be followed by what it matches (a town only where a region or country follows
    it, as a desk writes an unknown town).
    Returns the new text, the new values and whether each went in as capitals.
    """
    news: list[str] = []
    capitals: list[bool] = []
    for old in olds:
        if text.casefold().count(old.casefold()) != 1:
            return None  # written twice (a dateline and the body): one swap would contradict
        upper = text.count(old) != 1 and text.count(old.upper()) == 1
        printed = old.upper() if upper else old
        if text.count(printed) != 1:
            return None
        end = text.index(printed) + len(printed)
        if follow and not follow.match(text, end):
            return None
        choices = [value for value in pool
                   if value.casefold() not in text.casefold() and value not in news and value != old]
        if not choices:
            return None
        new = rng.choice(choices)
        news.append(new)
        capitals.append(upper)
        text = text.replace(printed, new.upper() if upper else new)
    return text, news, capitals


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def day_phrase(day: datetime.date) -> re.Pattern:
    """The day written in any of the forms below, with or without weekday and year."""
    month = MONTHS[day.month - 1]
    names = "|".join(dict.fromkeys([month, month[:3] + r"\.?", AP_MONTHS[day.month - 1].replace(".", r"\.?")]))
    weekday = rf"(?:{WEEKDAYS[day.weekday()]},? )?"
    number = rf"0?{day.day}(?:st|nd|rd|th)?"
    year = rf"(?:,? ?{day.year})?"
    return re.compile(rf"(?<![\w/.]){weekday}(?:(?:{names}) {number}(?![\d-]){year}|{number} (?:of )?(?:{names}){year}"
                      rf"|{day.day:02d}/{day.month:02d}/{day.year})(?![\w/-])")


def date_forms(day: datetime.date, with_year: bool) -> list[str]:
    """Forms desks print for one day: AP, Reuters/Getty, EPA/dpa/British, PA, a local paper's ordinal."""
    weekday, month, ap = WEEKDAYS[day.weekday()], MONTHS[day.month - 1], AP_MONTHS[day.month - 1]
    if with_year:
        forms = [f"{weekday}, {ap} {day.day}, {day.year}", f"{ap} {day.day}, {day.year}",
                 f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}",
                 f"{weekday} {day.day} {month} {day.year}", f"{weekday} {month} {day.day}, {day.year}"]
        if day.day > 12:  # day/month/year only where the day cannot be read as a month
            forms.append(f"{day.day:02d}/{day.month:02d}/{day.year}")
        return list(dict.fromkeys(forms))
    return list(dict.fromkeys([f"{weekday}, {ap} {day.day}", f"{ap} {day.day}", f"{month} {day.day}",
                               f"{day.day} {month}", f"{month} {ordinal(day.day)}",
                               f"{weekday} {ordinal(day.day)} {month}"]))


def swap_date(text: str, gold: str, rng: random.Random):
    """The gold day's one phrase in the text re-written in another form; None if not exactly one."""
    try:
        day = datetime.date.fromisoformat(gold)
    except (TypeError, ValueError):
        return None  # a month or a year alone: nothing to re-write
    found = list(day_phrase(day).finditer(text))
    if len(found) != 1:
        return None
    old = found[0].group(0)
    choices = [form for form in date_forms(day, str(day.year) in old) if form != old]
    new = rng.choice(choices)
    return text[:found[0].start()] + new + text[found[0].end():], [new], [False]


def read_back(field: str, record: dict) -> list[str] | None:
    """The field's values in a record (a parse or a gold), as a list; None when not labelled."""
    if field == "people":
        people = record.get("people")
        return None if people is None else [person["name"] for person in people]
    if field == "date":
        return [record["date"]] if record.get("date") else None
    if field == "photographers":
        credit = record.get("credit")
        return None if credit is None else list(credit.get("photographers") or [])
    value = (record.get("location") or {}).get(field)
    return [value] if value else None


def run(paths: list[Path], fields: list[str], seeds: int) -> dict:
    pools = {"people": read_pool("people.txt"), "photographers": read_pool("photographers.txt"),
             "venue": read_pool("venues.txt")}
    towns = towns_by_country()
    results = {field: {"swapped": 0, "read": 0, "misses": []} for field in fields}
    for seed in range(1, seeds + 1):
        rng = random.Random(seed)
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                case = json.loads(line)
                for field in fields:
                    olds = read_back(field, case["gold"])
                    if not olds:
                        continue
                    pool = (towns.get((case["gold"].get("location") or {}).get("country") or "", [])
                            if field == "city" else pools.get(field, []))
                    if field == "date":
                        swapped = swap_date(case["text"], olds[0], rng)
                    else:
                        swapped = swap_values(case["text"], olds, pool, rng,
                                              TOWN_FOLLOWED_BY_PLACE if field == "city" else None)
                    if swapped is None:
                        continue
                    text, news, capitals = swapped
                    got = read_back(field, parse_caption(text, case.get("reference_date")).as_dict()) or []
                    tally = results[field]
                    folded = {value.casefold() for value in got}
                    if field == "date":  # the new phrase must give the gold day
                        news = olds
                    for new, upper in zip(news, capitals):
                        tally["swapped"] += 1
                        # Capitals hide the case (`AL-SUDANI`): any normal case of the name counts.
                        if new in got or (upper and new.casefold() in folded):
                            tally["read"] += 1
                        else:
                            tally["misses"].append({"set": path.name, "id": case.get("id"), "seed": seed,
                                                    "value": new, "text": text, "got": got})
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: every development set)")
    parser.add_argument("--field", action="append", choices=FIELDS, help="fields to swap (default: all)")
    parser.add_argument("--seeds", type=int, default=3, help="swap rounds, each with its own random draw")
    parser.add_argument("--show", type=int, default=30, help="misses printed per field")
    parser.add_argument("--json", type=Path, help="write the tallies and every miss here")
    args = parser.parse_args(argv)
    results = run(args.gold or development_sets(), args.field or list(FIELDS), args.seeds)
    for field, tally in results.items():
        share = tally["read"] / tally["swapped"] if tally["swapped"] else 1.0
        print(f"{field}: {tally['read']}/{tally['swapped']} read back ({share:.3f})")
        for miss in tally["misses"][: args.show]:
            print(f"  {miss['value']!r} not in {miss['got']!r}  [{miss['set']} {miss['id']}]\n    {miss['text']}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
