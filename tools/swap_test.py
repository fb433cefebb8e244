"""Swap test: does the parser still read a caption when its names and places are other real ones?

    python tools/swap_test.py [GOLD.jsonl ...] [--field people|photographers|city|venue|region|title|date|country|bare-city|credit|nonperson]
                              [--seeds 3] [--show 30] [--json OUT]

A development caption is re-written with one kind of fact replaced by another real value of the
same kind from tools/swap_pools/ (people's names of every origin and shape, towns with their
country, venues), and the parse is checked for the new value where the gold had the old one.
The caption's grammar stays exactly as published, so a miss shows a rule that leaned on the
particular words of the development set (a known given name, a town in the table) rather than
on the caption's shape: the held-out captions we are judged on name other people and places.

Only gold values printed exactly once in the text are swapped (a name written twice is left
alone; one printed in capitals is swapped in capitals), and a town only where a comma follows it
(a desk names a town nobody knows with its region or country), and no person in a caption
with a one-word regnal or papal name ("King Charles", "Pope Francis": a desk never prints a
full name there). A title is swapped only in the two
slots a desk writes one in, directly before the name (`Kenyan President William Ruto`; a pool
title marked `after` never goes there) or as an apposition after it (`William Ruto, the Kenyan
president,`; a title marked `before`, such as `Sen.`, never goes there); it is scored as the
scorer does (token F1, and exact). A lone word named by its title (`Pope Francis`, `Prince
William`, `Brazil's forward Debinha`) keeps it, as does a caption in another language: another
title there would make a caption no desk writes. Photographers come from their own
pool (bylines of wire, agency and newspaper staff). A date is not replaced by another day: the
gold day's phrase is re-written in another form desks print for the same day (`Sunday, June 18,
2023`, `June 18, 2023`, `18 June 2023`, `Sept. 5`, `June 18th`, `18/06/2023` when the day cannot
be read as a month), with a year only where the caption printed one and the weekday always true.
Without GOLD files, every development set and diagnosis mix is used
(never the blind ones). Prints the share of swapped values read back, per field, and the misses.

A region is swapped with its town: `Macon, Ga.` becomes another real town and its own region of the
same country (town_regions.tsv), the region written as the caption wrote its own (a US state in
full, as AP abbreviates it or as its postal code; other regions in full), so town and region stay
true to each other and the region is what is read back.
A country is swapped with its town (`--field country`): where a caption writes `TOWN, COUNTRY`
(in a sentence, a Getty/AFP dateline `TOWN, COUNTRY - MONTH DAY:` or an AP one `TOWN, Country
(AP) --`, every mention of the town and the country being in such a pair), the pair becomes a
real town of ANOTHER country (towns.tsv, small towns too) and that country printed as desks print
it (country_forms.tsv: `Britain`, `England` after an English town, `the Netherlands`, `Ivory
Coast`, `Democratic Republic of Congo`, `UAE`, `U.S.` ...), in capitals where the caption used
them. A desk names any town of the world this way, so the pair is as realistic as the original;
the parse must read back both the town (city) and the schema's short name of the country.
A bare city is swapped (`--field bare-city`): where the caption names a well-known city with no
country after it (`in Paris`, `PARIS (Reuters) -`) and nowhere names its country, another
well-known city of another country (cities.tsv: capitals and big cities) goes in its place, as a
desk writes any such city bare; the parse must read back the city and the country it implies.
Both are skipped where the gold has a region, a famous venue (it would contradict the new place),
or the city is part of a longer name or place (`Paris Saint-Germain`, `City of London`, `Manhattan,
New York`, `old Cairo`).

A credit is swapped whole (`--field credit`): the caption's trailing credit (`(AP Photo/Name)`,
`REUTERS/Name`, `Photo: Name/dpa`, with its parentheses or brackets) is replaced by another real
credit form from credits.tsv (wires, picture agencies, newspapers' staff, pool, handout, courtesy
and file forms, two photographers or none, names in capitals), its photographers drawn from
photographers.txt. Every desk ends a caption with its own credit, so any form can close any
caption; a form in parentheses or brackets takes the place of a credit so printed, a bare form
(`REUTERS/Name`) of a bare one, so the caption ends as its desk ends it. Only captions whose
credit ends the text and marks no pool, handout or file are swapped (a `FILE -` or `handout
picture` in the description would make those fields the caption's, not the credit's), and not
where the description keeps a credit or photographer of its own (`(Photo by X / AFP) REUTERS/Y`). Each credit field is scored (photographers, agency and source as the scorer
compares them, pool, handout, file); a swap is read back when all six are right.

The swaps of photographers, towns, venues, regions, titles and dates also check the people (the
`people-stable` line): the names read from the swapped caption must be those read from the
unswapped one (a swapped value inside a name mapped to its new value). A new venue, town,
region, title, photographer or date form is no reason to read another person or lose one
(`Ponte Vecchio` read as a person, a name lost after a new title).

The `nonperson` swap puts in names that look like people's but are not (nonpersons.tsv: teams,
companies, organisations, venues, ships, storms, horses, bands, films and books, laws, events),
each only where the caption already printed one of the same kind: a pool name printed once as a
name of its own (`Los Angeles Lakers' LeBron James`, `X of the Boston Celtics`, `outside Goldman
Sachs`, `Hurricane Helene`) becomes another of its kind, and the gold venue another name-like
venue (`Camp David`, `Old Bailey`). The caption keeps its grammar and says what a desk prints
every day (another club's forward, another storm's damage), so a miss is precision: the new name
read back as (part of) a person, or a gold person the unswapped caption gave lost.
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
from catalog.evaluate import norm, norm_agency, token_f1  # noqa: E402 - the scorer's own measures

POOLS = REPO / "tools" / "swap_pools"
FIELDS = ("people", "photographers", "city", "venue", "region", "title", "date", "country", "bare-city", "credit", "nonperson")


def read_pool(name: str) -> list[str]:
    lines = (POOLS / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def grouped_pool(name: str) -> dict[str, list[str]]:
    """Second column -> first column's values, from a two-column pool (value TAB group)."""
    groups: dict[str, list[str]] = {}
    for line in read_pool(name):
        value, group = line.split("\t")
        groups.setdefault(group, []).append(value)
    return groups


def towns_by_country() -> dict[str, list[str]]:
    """Country -> towns, from towns.tsv (town TAB country)."""
    return grouped_pool("towns.tsv")


def towns_with_regions() -> dict[str, list[tuple[str, str]]]:
    """Country -> (town, region) pairs, from town_regions.tsv (town TAB region TAB country)."""
    pairs: dict[str, list[tuple[str, str]]] = {}
    for line in read_pool("town_regions.tsv"):
        town, region, country = line.split("\t")
        pairs.setdefault(country, []).append((town, region))
    return pairs


def region_forms(region: str, country: str) -> tuple[str, ...]:
    """The ways a desk writes the region after a town: a US state in full, as AP abbreviates it
    (`Ga.`, `Calif.`) or as its postal code (`GA`); any other region in full."""
    if country != "United States":
        return (region,)
    import us

    state = us.states.lookup(region)
    if state is None:
        return (region,)
    return (state.name, state.ap_abbr or state.name, state.abbr)


def swap_region(text: str, city: str, region: str, country: str, pairs: list[tuple[str, str]],
                rng: random.Random):
    """`Macon, Ga.` -> another town and its region, the region in the form the caption used;
    None when the town and region are not written once as `town, region`."""
    folded = text.casefold()
    if folded.count(city.casefold()) != 1 or folded.count(region.casefold()) > 1:
        return None  # the town or region written again (a Getty dateline): one swap would contradict
    forms = region_forms(region, country)
    for style, form in enumerate(forms):
        old = f"{city}, {form}"
        i = text.find(old)
        end = i + len(old)
        if i == -1 or text.find(old, end) != -1 or end < len(text) and text[end].isalnum():
            continue
        choices = [(t, r) for t, r in pairs if r != region and t.casefold() not in folded]
        if not choices:
            return None
        town, new_region = rng.choice(choices)
        new_form = region_forms(new_region, country)[style]
        if form.endswith(".") and not new_form.endswith(".") and re.match(r"\s+[A-Z(]|\s*$", text[end:]):
            new_form += "."  # the abbreviation's period closed the sentence ("Louisville, Ky. Jon Cherry/Getty")
        return text[:i] + f"{town}, {new_form}" + text[end:], new_region
    return None


def titles_by_slot() -> dict[str, list[str]]:
    """Slot ("before" the name, "after" it as an apposition) -> titles, from titles.txt (a title,
    TAB and `before` or `after` when a desk writes it in that slot only)."""
    slots: dict[str, list[str]] = {"before": [], "after": []}
    for line in read_pool("titles.txt"):
        title, _, only = line.partition("\t")
        for slot in slots:
            if only.strip() in ("", slot):
                slots[slot].append(title.strip())
    return slots


def development_sets() -> list[Path]:
    return gold_sets(blind=False) + sorted((REPO / "fixtures" / "real-captions").glob("diag-*.jsonl"))


# What must not follow a swapped venue: a lower-case place noun the gold left out as a descriptor
# (`the Novo-Ogaryovo state residence`, `the Santiago Bernabeu stadium`): a pool venue with its own
# head there (`the Wembley Stadium stadium`) is no caption a desk would write.
VENUE_DESCRIBED = re.compile(
    r" (?:[a-z]+ )?(?:stadium|arena|circuit|cemetery|residence|palace|hall|camp|hospital|church|mosque|"
    r"temple|cathedral|shrine|square|park|museum|airport|compound|complex|building|headquarters|"
    r"mausoleum|monastery|theatre|theater|racecourse|estate|memorial|prison|station|hotel|gallery)\b")

# What must follow a swapped town: a comma and a place (a region or country), not a date.
TOWN_FOLLOWED_BY_PLACE = re.compile(
    r", (?!(?:Mon|Tues?|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z]")


def swap_values(text: str, olds: list[str], pool: list[str], rng: random.Random,
                follow: re.Pattern | None = None, not_follow: re.Pattern | None = None):
    """Replace each old value (printed once) by a pool value not in the text; None if any is not.

    A value printed in capitals (an AFP photographer) is replaced in capitals. With `follow`, the
    old value must be followed by what it matches (a town only where a region or country follows
    it, as a desk writes an unknown town); with `not_follow`, it must not be followed by what that
    matches (a venue's descriptor noun).
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
        if not_follow and not_follow.match(text, end):
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


# Where a sentence opens (a title swapped in there takes a capital): the text's start, a full
# stop, a dateline's dash or a colon before it.
SENTENCE_OPEN = re.compile(r"(?:^|[.!?:]\s+|\s[-\u2013\u2014]\s+)$")
ARTICLE_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[Tt]he|[Aa]n?)\s+$")
ARTICLE = re.compile(r"(?:the|an?)\s+", re.I)
# A style that makes a lone given or regnal name a person: its title stays (`Queen Mary`).
STYLES = frozenset("""king queen pope prince princess emperor empress sultan emir sheikh sheikha
duke duchess patriarch""".split())
# Function words of the other languages of the development captions (two of them: not English).
FOREIGN = frozenset("""der die das und mit bei den det og ved taler pelo pela em el los las del con
les une est och""".split())


def foreign(text: str) -> bool:
    return len(FOREIGN.intersection(re.findall(r"[a-z]+", text))) >= 2


def without_article(title: str) -> str:
    """The title as the schema keeps it: a leading `the` or `a` is dropped."""
    return ARTICLE.sub("", title, count=1) if ARTICLE.match(title) else title


def swap_titles(text: str, people: list[dict], slots: dict[str, list[str]], rng: random.Random):
    """Replace the title of each gold person printed in a title's slot by a pool title for that
    slot; None when none is. Before the name the slot takes the article before it too (`the
    Kenyan President X` -> `Nvidia CEO X`); after it, `X, the TITLE,` takes the article, each
    pool title bringing its own. A title opening a sentence takes a capital.
    Returns the new text and (name, title expected) pairs."""
    swaps: list[tuple[str, str]] = []
    if foreign(text):
        return None
    for person in people:
        name, old = person["name"], person.get("title")
        if not old or text.count(name) != 1 or text.casefold().count(old.casefold()) != 1:
            continue
        if " " not in name or old.split()[-1].casefold() in STYLES:
            continue
        at = text.find(old + " " + name)
        if at >= 0:
            slot, end = "before", at + len(old) + 1 + len(name)
            article = ARTICLE_BEFORE.search(text, 0, at)
            if article:
                at = article.start()
        else:
            m = re.search(re.escape(name) + r", ((?:(?:[Tt]he|[Aa]n?) )?)" + re.escape(old) + ",", text)
            if not m:
                continue
            slot, at, end = "after", m.start(), m.end()
        used = {value.casefold() for _, value in swaps}
        choices = [value for value in slots[slot]
                   if value.casefold() not in text.casefold() and value.casefold() not in used
                   and without_article(value).casefold() != old.casefold()]
        if not choices:
            continue
        new = rng.choice(choices)
        if slot == "before" and SENTENCE_OPEN.search(text, 0, at):
            new = new[:1].upper() + new[1:]
        phrase = f"{new} {name}" if slot == "before" else f"{name}, {new},"
        text = text[:at] + phrase + text[end:]
        swaps.append((name, without_article(new)))
    return (text, swaps) if swaps else None


# Titles a desk writes before a regnal or papal name alone ("King Charles", "Pope Francis"): a
# full name swapped in after one ("King Paris Jackson") is no caption a desk prints.
REGNAL_TITLE = re.compile(r"\b(?:King|Queen|Pope|Emperor|Empress|Prince|Princess|Grand Duke|Grand Duchess) $")


def regnal_name(text: str, old: str) -> bool:
    """A one-word name printed right after a regnal title (not swapped: see REGNAL_TITLE)."""
    at = text.find(old)
    return " " not in old and at > 0 and bool(REGNAL_TITLE.search(text, 0, at))


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
    regions = towns_with_regions()
    titles = titles_by_slot()
    places = place_pools() if {"country", "bare-city"} & set(fields) else None
    results = {field: {"swapped": 0, "read": 0, "misses": []} for field in fields}
    nonpersons = nonpersons_by_kind()
    stable = None
    if set(fields) & {"photographers", "city", "venue", "region", "title", "date"}:  # (the swaps that check)
        stable = results["people-stable"] = {"swapped": 0, "read": 0, "misses": []}
    if "title" in results:
        results["title"]["f1"] = 0.0
    credits = read_credits()
    if "credit" in results:
        results["credit"]["fields"] = dict.fromkeys(CREDIT_FIELDS, 0)
    for seed in range(1, seeds + 1):
        # one draw sequence a field, so swapping one field does not change another's draws
        rngs = {field: random.Random(f"{seed}:{field}") for field in fields}
        for path in paths:
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                case = json.loads(line)
                for field in fields:
                    if field == "region":
                        swap_one_region(case, regions, rngs[field], results["region"], path.name, seed, stable)
                        continue
                    if field == "title":
                        title_swap(case, path.name, seed, titles, rngs[field], results["title"], stable)
                        continue
                    if field == "nonperson":
                        nonperson_swap(case, path.name, seed, nonpersons, rngs[field], results["nonperson"])
                        continue
                    if field in ("country", "bare-city"):
                        place_swap(field, case, path.name, seed, places, rngs[field], results[field])
                        continue
                    if field == "credit":
                        credit_swap(case, path.name, seed, credits, pools["photographers"], rngs[field],
                                    results["credit"])
                        continue
                    olds = read_back(field, case["gold"])
                    if not olds or (field == "people" and any(regnal_name(case["text"], old) for old in olds)):
                        continue
                    pool = (towns.get((case["gold"].get("location") or {}).get("country") or "", [])
                            if field == "city" else pools.get(field, []))
                    if field == "date":
                        swapped = swap_date(case["text"], olds[0], rngs[field])
                    else:
                        swapped = swap_values(case["text"], olds, pool, rngs[field],
                                              TOWN_FOLLOWED_BY_PLACE if field == "city" else None,
                                              VENUE_DESCRIBED if field == "venue" else None)
                    if swapped is None:
                        continue
                    text, news, capitals = swapped
                    record = parse_caption(text, case.get("reference_date")).as_dict()
                    got = read_back(field, record) or []
                    if field != "people":
                        people_stable(case, field, text, record, olds, news, stable, seed, path.name)
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


def swap_one_region(case: dict, regions: dict, rng: random.Random, tally: dict, set_name: str, seed: int,
                    stable: dict | None = None) -> None:
    """Swap the gold's town and region together (when both are written as `town, region`) and
    check the parse for the new region."""
    location = case["gold"].get("location") or {}
    city, region, country = location.get("city"), location.get("region"), location.get("country")
    if not (city and region and country in regions):
        return
    swapped = swap_region(case["text"], city, region, country, regions[country], rng)
    if swapped is None:
        return
    text, new_region = swapped
    record = parse_caption(text, case.get("reference_date")).as_dict()
    got = read_back("region", record) or []
    if stable is not None:
        town = text[case["text"].find(city):].split(",")[0]  # the new town, where the old one was
        people_stable(case, "region", text, record, [city, region], [town, new_region], stable, seed, set_name)
    tally["swapped"] += 1
    if new_region in got:
        tally["read"] += 1
    else:
        tally["misses"].append({"set": set_name, "id": case.get("id"), "seed": seed, "value": new_region,
                                "text": text, "got": got})
def title_swap(case: dict, set_name: str, seed: int, slots: dict, rng: random.Random, tally: dict,
               stable: dict | None = None) -> None:
    """Swap one caption's titles and score each as the scorer does (token F1, and exact)."""
    swapped = swap_titles(case["text"], case["gold"].get("people") or [], slots, rng)
    if swapped is None:
        return
    text, swaps = swapped
    record = parse_caption(text, case.get("reference_date")).as_dict()
    got = {norm(person["name"]): person.get("title") for person in record["people"]}
    if stable is not None:
        people_stable(case, "title", text, record, [], [], stable, seed, set_name)
    for name, want in swaps:
        title = got.get(norm(name))
        f1 = token_f1(want, title) if norm(name) in got else 0.0
        tally["swapped"] += 1
        tally["f1"] += f1
        if f1 == 1.0 and norm(want) == norm(title):
            tally["read"] += 1
        else:
            tally["misses"].append({"set": set_name, "id": case.get("id"), "seed": seed, "value": want,
                                    "text": text, "got": title if norm(name) in got else "(no person)",
                                    "name": name})

# The nonperson swap: names that look like people's but are not (teams, companies, venues, ships,
# storms, horses, bands, works, laws, events: nonpersons.tsv), each swapped only for another of
# its own kind, in the slots the development captions already print such a name in.
NONPERSON_BEFORE = re.compile(r"(?:^|[^\w'’.-])(?:[A-Z][\w.'’-]*|\d+)\s+$")
NONPERSON_AFTER = re.compile(r"\s+[A-Z0-9]|[\w-]")


def nonpersons_by_kind() -> dict[str, list[str]]:
    """Kind -> names, from nonpersons.tsv (name TAB kind)."""
    return grouped_pool("nonpersons.tsv")


def nonperson_slots(text: str, gold: dict, kinds: dict[str, list[str]]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each pool name printed once in the text as a name of its own (no
    capitalised word right before or after it: `U.S. Supreme Court`, `Emirates Stadium` are other
    names), outside the gold's people; then the gold venue (printed once, no descriptor after it)
    as a `venue` slot."""
    taken = []
    for person in gold.get("people") or []:
        at = text.find(person["name"])
        if at >= 0:
            taken.append((at, at + len(person["name"])))
    slots: list[tuple[int, int, str]] = []
    names = sorted(((name, kind) for kind, values in kinds.items() for name in values), key=lambda nk: -len(nk[0]))
    for name, kind in names:
        at = text.find(name)
        if at < 0 or text.find(name, at + 1) >= 0 or text.casefold().count(name.casefold()) != 1:
            continue
        end = at + len(name)
        before = NONPERSON_BEFORE.search(text, 0, at)
        if before and not re.match(r"(?:^|\W)(?:The|A)\s", text[before.start():at]) or NONPERSON_AFTER.match(text, end):
            continue
        if any(at < e and s < end for s, e in taken + [(s, e) for s, e, _ in slots]):
            continue
        slots.append((at, end, kind))
    venue = (gold.get("location") or {}).get("venue")
    if venue and text.count(venue) == 1 and text.casefold().count(venue.casefold()) == 1:
        at = text.find(venue)
        end = at + len(venue)
        if not VENUE_DESCRIBED.match(text, end) and not any(at < e and s < end for s, e in taken + [(s, e) for s, e, _ in slots]):
            slots.append((at, end, "venue"))
    return sorted(slots)


def swap_nonpersons(text: str, gold: dict, kinds: dict[str, list[str]], rng: random.Random):
    """Each nonperson slot re-written with another name of its kind not in the text; None when
    the caption has none. Returns the new text and the new names."""
    news: list[str] = []
    pieces: list[str] = []
    last = 0
    for at, end, kind in nonperson_slots(text, gold, kinds):
        old = text[at:end]
        choices = [value for value in kinds[kind]
                   if value.casefold() not in text.casefold() and value not in news and value != old]
        if not choices:
            continue
        new = rng.choice(choices)
        pieces += [text[last:at], new]
        news.append(new)
        last = end
    if not news:
        return None
    return "".join(pieces) + text[last:], news


_PARSED: dict[tuple[str, str | None], list[str]] = {}


def people_read(text: str, reference: str | None) -> list[str]:
    """The names of a parse's people (the unswapped captions' parses are kept: each is asked for
    by every swap of the caption)."""
    key = (text, reference)
    if key not in _PARSED:
        _PARSED[key] = [person["name"] for person in parse_caption(text, reference).as_dict()["people"]]
    return _PARSED[key]


def nonperson_swap(case: dict, set_name: str, seed: int, kinds: dict, rng: random.Random, tally: dict) -> None:
    """Swap a caption's nonperson names; a miss is a new name read back as (part of) a person, or
    a gold person the unswapped caption's parse read that the swapped one loses."""
    swapped = swap_nonpersons(case["text"], case["gold"], kinds, rng)
    if swapped is None:
        return
    text, news = swapped
    golds = {person["name"] for person in case["gold"].get("people") or []}
    kept = [name for name in people_read(case["text"], case.get("reference_date")) if name in golds and name in text]
    got = parse_caption(text, case.get("reference_date")).as_dict()["people"]
    names = [person["name"] for person in got]
    lost = [name for name in kept if name not in names]
    for new in news:
        tally["swapped"] += 1
        words = set(new.split())
        wrong = [name for name in names if name not in golds and words.intersection(name.split())]
        if not wrong and not lost:
            tally["read"] += 1
        else:
            tally["misses"].append({"set": set_name, "id": case.get("id"), "seed": seed, "value": new,
                                    "text": text, "got": names, "as_person": wrong, "lost": lost})


def people_stable(case: dict, field: str, text: str, record: dict, olds: list[str], news: list[str],
                  tally: dict, seed: int, set_name: str) -> None:
    """After a swap of another field, the people read must be those read from the unswapped
    caption (a swapped value inside a name mapped to its new value)."""
    want = []
    for name in people_read(case["text"], case.get("reference_date")):
        for old, new in zip(olds, news):
            name = name.replace(old, new).replace(old.upper(), new.upper())
        want.append(name)
    got = [person["name"] for person in record["people"]]
    tally["swapped"] += 1
    if sorted(want) == sorted(got):
        tally["read"] += 1
    else:
        lost = [name for name in want if name not in got]
        added = [name for name in got if name not in want]
        tally["misses"].append({"set": set_name, "id": case.get("id"), "seed": seed, "field": field,
                                "value": f"{field} swap: lost {lost}, added {added}", "text": text, "got": got})


# ---- country and bare-city swaps: a town with another country, a well-known city bare ----

def place_pools() -> dict:
    """The pools the country and bare-city swaps draw from."""
    forms: dict[str, list[str]] = {}
    for line in read_pool("country_forms.tsv"):
        country, form = line.split("\t")
        forms.setdefault(country, []).append(form)
    nations: dict[str, list[str]] = {}
    for town, region, country in (line.split("\t") for line in read_pool("town_regions.tsv")):
        if country == "United Kingdom":
            nations.setdefault(region, []).append(town)
    cities = [tuple(line.split("\t")) for line in read_pool("cities.tsv")]
    famous = {line.split("\t")[0].casefold() for line in
              (REPO / "catalog" / "parse" / "data" / "famous_venues.tsv").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    return {"towns": towns_by_country(), "forms": forms, "nations": nations, "cities": cities, "famous": famous}


def country_written(country: str, forms: dict) -> list[str]:
    """Every form of a country a caption may print, longest first (`Democratic Republic of Congo`
    before `Congo`)."""
    return sorted(set(forms.get(country, [])) | {country}, key=len, reverse=True)


def word_count(text: str, value: str) -> int:
    return len(re.findall(rf"(?<![\w]){re.escape(value)}(?![\w])", text, re.I))


def swap_town_country(text: str, city: str, country: str, pools: dict, rng: random.Random):
    """Every `TOWN, COUNTRY` of the caption -> a town of another country and that country as a
    desk prints it; None unless every mention of the town and the country is in such a pair."""
    for form in country_written(country, pools["forms"]):
        pair = re.compile(rf"(?<![\w]){re.escape(city)},\s+{re.escape(form)}(?![\w])", re.I)
        found = list(pair.finditer(text))
        if found:
            break
    else:
        return None
    if word_count(text, city) != len(found) or word_count(text, form) != len(found):
        return None
    if any(re.search(r"(?:, | of |\bold )$", text[: m.start()], re.I) for m in found):
        return None  # `Manhattan, New York`, `City of London`, `old Cairo`: the town is part of a longer place
    targets = [c for c in pools["towns"] if c not in (country, "Palestinian Territories")]
    new_country = rng.choice(targets)
    new_form = rng.choice(pools["forms"].get(new_country, [new_country]))
    towns = pools["nations"].get(new_form) or pools["towns"][new_country]
    towns = [t for t in towns if t.casefold() not in text.casefold()]
    if not towns:
        return None
    town = rng.choice(towns)
    for m in reversed(found):
        printed = m.group(0)
        new_town = town.upper() if printed[: len(city)].isupper() else town
        # the country in capitals as printed (Getty's `KYIV, UKRAINE -`), else as desks write it (AP's `KYIV, Ukraine (AP)`)
        country_part = printed[len(printed) - len(form):]
        printed_form = re.sub(r"^the ", "", new_form).upper() if country_part.isupper() and len(country_part) > 3 else new_form
        text = text[: m.start()] + f"{new_town}, {printed_form}" + text[m.end():]
    return text, town, new_country


def swap_bare_city(text: str, city: str, country: str, pools: dict, rng: random.Random):
    """Every mention of a well-known city written bare -> another well-known city of another
    country; None where a country or region follows it, it is part of a longer name, or the
    caption names its country or calls it a capital (`the Ukrainian capital`)."""
    if not any(c == city and k == country for c, k in pools["cities"]):
        return None
    if " capital" in text or any(word_count(text, form) for form in country_written(country, pools["forms"])):
        return None
    found = list(re.finditer(rf"(?<![\w.]){re.escape(city)}(?![\w])", text, re.I))
    if not found or len(found) != text.casefold().count(city.casefold()):
        return None
    for m in found:
        if TOWN_FOLLOWED_BY_PLACE.match(text, m.end()) or re.match(r"[ \-][A-Z]", text[m.end(): m.end() + 2]):
            return None  # `Paris, France`, `Paris Saint-Germain`
        if re.search(r"[A-Z][\w.]*[ \-]$", text[max(0, m.start() - 30): m.start()]):
            before = text[max(0, m.start() - 30): m.start()].split()
            if before and before[-1][:1].isupper() and not m.group(0).isupper():
                return None  # `New York`, `Greater London`: part of a longer name
    choices = [(c, k) for c, k in pools["cities"] if k != country and c.casefold() not in text.casefold()]
    town, new_country = rng.choice(choices)
    for m in reversed(found):
        new = town.upper() if m.group(0).isupper() and not city.isupper() else town
        text = text[: m.start()] + new + text[m.end():]
    return text, town, new_country


def place_swap(field: str, case: dict, set_name: str, seed: int, pools: dict, rng: random.Random,
               tally: dict) -> None:
    """Swap a caption's town and country (or its bare city) and check the parse for both."""
    location = case["gold"].get("location") or {}
    city, country = location.get("city"), location.get("country")
    if not (city and country) or location.get("region") and not (
            field == "country" and location["region"] in pools["nations"]):
        return
    if (location.get("venue") or "").casefold() in pools["famous"]:
        return
    swap = swap_town_country if field == "country" else swap_bare_city
    swapped = swap(case["text"], city, country, pools, rng)
    if swapped is None:
        return
    text, town, new_country = swapped
    got = (parse_caption(text, case.get("reference_date")).as_dict().get("location") or {})
    city_ok = (got.get("city") or "").casefold() == town.casefold()
    country_ok = got.get("country") == new_country
    for key in ("swapped", "city_read", "country_read", "read"):
        tally.setdefault(key, 0)
    tally["swapped"] += 1
    tally["city_read"] += city_ok
    tally["country_read"] += country_ok
    tally["read"] += city_ok and country_ok
    if not (city_ok and country_ok):
        tally["misses"].append({"set": set_name, "id": case.get("id"), "seed": seed,
                                "value": f"{town}, {new_country}", "text": text,
                                "got": [got.get("city"), got.get("region"), got.get("country")]})


CREDIT_FIELDS = ("photographers", "agency", "source", "pool", "handout", "file")


def read_credits() -> list[tuple[str, dict]]:
    """(form, expected credit fields but photographers) from credits.tsv (form TAB agency TAB
    source TAB flags; `-` for none)."""
    forms = []
    for line in read_pool("credits.tsv"):
        form, agency, source, flags = line.split("\t")
        flags = set(flags.split(","))
        forms.append((form, {"agency": None if agency == "-" else agency,
                             "source": None if source == "-" else source,
                             "pool": "pool" in flags, "handout": "handout" in flags, "file": "file" in flags}))
    return forms


CREDIT_NAME = re.compile(r"\{(NU?)(2?)\}")


def swap_credit(text: str, gold: dict, forms: list[tuple[str, dict]], names: list[str], rng: random.Random):
    """The caption's trailing credit (with its parentheses or brackets) replaced by a pool form;
    None when the credit is not printed once at the end or marks a pool, handout or file.
    Returns the new text and the expected credit fields."""
    line = gold.get("line")
    if not line or gold.get("pool") or gold.get("handout") or gold.get("file") or text.count(line) != 1:
        return None
    start = text.index(line)
    if text[start + len(line):].strip(" .)]}"):
        return None  # a desk tag or note after the credit
    opened = text[:start].rstrip()
    bracketed = opened[-1:] in ("(", "[", "{")  # `(AP Photo/Name)`, `( AAP-AP-Name)`
    start = len(opened) - 1 if bracketed else start
    folded = text[:start].casefold()
    if any(name.casefold() in folded for name in gold.get("photographers") or []):
        return None
    if parse_caption(text[:start]).as_dict()["credit"]["line"]:
        return None
    form, want = rng.choice([(form, want) for form, want in forms if (form[0] in "([") == bracketed])
    folded = text.casefold()
    drawn: dict[str, str] = {}

    def name(m: re.Match) -> str:
        if m.group(2) not in drawn:
            used = set(drawn.values())
            drawn[m.group(2)] = rng.choice([n for n in names if n.casefold() not in folded and n not in used])
        return drawn[m.group(2)].upper() if m.group(1) == "NU" else drawn[m.group(2)]

    credit = CREDIT_NAME.sub(name, form)
    want = dict(want, photographers=[drawn[key] for key in sorted(drawn)], line=credit)
    return text[:start] + credit, want


def credit_swap(case: dict, set_name: str, seed: int, forms: list, names: list[str], rng: random.Random,
                tally: dict) -> None:
    """Swap one caption's credit and score each credit field as the scorer compares it."""
    swapped = swap_credit(case["text"], case["gold"].get("credit") or {}, forms, names, rng)
    if swapped is None:
        return
    text, want = swapped
    got = parse_caption(text, case.get("reference_date")).as_dict()["credit"]
    wrong = []
    for field in CREDIT_FIELDS:
        if field == "photographers":
            right = sorted(map(norm, want[field])) == sorted(map(norm, got.get(field) or []))
        elif field in ("agency", "source"):
            right = norm_agency(want[field]) == norm_agency(got.get(field))
        else:
            right = bool(got.get(field)) == want[field]
        tally["fields"][field] += right
        if not right:
            wrong.append(field)
    tally["swapped"] += 1
    if not wrong:
        tally["read"] += 1
    else:
        tally["misses"].append({"set": set_name, "id": case.get("id"), "seed": seed, "value": want["line"],
                                "text": text, "got": {field: got.get(field) for field in wrong},
                                "want": {field: want[field] for field in wrong}})


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
        f1 = f", token F1 {tally['f1'] / tally['swapped']:.3f}" if "f1" in tally and tally["swapped"] else ""
        both = (f", city {tally['city_read'] / tally['swapped']:.3f}, country {tally['country_read'] / tally['swapped']:.3f}"
                if "city_read" in tally and tally["swapped"] else "")
        print(f"{field}: {tally['read']}/{tally['swapped']} read back ({share:.3f}){f1}{both}")
        if "fields" in tally and tally["swapped"]:
            print("  " + ", ".join(f"{name} {right / tally['swapped']:.3f}" for name, right in tally["fields"].items()))
        for miss in tally["misses"][: args.show]:
            print(f"  {miss['value']!r} not in {miss['got']!r}  [{miss['set']} {miss['id']}]\n    {miss['text']}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
