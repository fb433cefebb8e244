"""Score the parser against a gold file.

    python -m catalog.evaluate GOLD.jsonl [--errors] [--field people] [--json]

GOLD.jsonl holds one case a line: {"id", "text", "reference_date", "gold": {record}}
(the format of ../shared/dev/*.jsonl). The measures follow the shared scorer
(../shared/dev/score.py): F1 for people and photographers, token-F1 for titles and
venues, accuracy for the rest; text is compared without case, accents, spacing or
trailing punctuation, and country and agency aliases count as the same. A gold record may
label only some parts (`{"people": [...]}` alone): the fields of a part it leaves out are not
scored, nor printed. Exit code: 0 when
every field meets its target, 1 when one is below, 2 when a file is not a gold file (one line
naming the file and line; the other files are still scored).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata

from .errors import InputError
from .parse import parse_caption

COUNTRY_ALIASES = {
    "us": "united states", "u.s": "united states", "usa": "united states", "u.s.a": "united states",
    "united states of america": "united states", "america": "united states",
    "uk": "united kingdom", "u.k": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "russian federation": "russia", "republic of korea": "south korea",
    "korea": "south korea", "dprk": "north korea", "viet nam": "vietnam", "turkiye": "turkey",
    "czechia": "czech republic", "holy see": "vatican", "vatican city": "vatican",
    "uae": "united arab emirates", "drc": "democratic republic of the congo",
}
AGENCY_ALIASES = {
    "associated press": "ap", "the associated press": "ap", "ap photo": "ap", "ap images": "ap",
    "thomson reuters": "reuters", "agence france-presse": "afp", "agence france presse": "afp",
    "afp photo": "afp", "getty": "getty images", "epa": "epa-efe", "efe": "epa-efe", "epa/efe": "epa-efe",
    "xinhua news agency": "xinhua", "united press international": "upi", "kyodo news": "kyodo",
    "yonhap news agency": "yonhap", "deutsche presse-agentur": "dpa", "anadolu agency": "anadolu",
    "pool photo": "pool",
}
ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth",
            "6th": "sixth", "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth"}
POSITION_WORDS = {"l": "left", "r": "right", "c": "center", "centre": "center"}
POSITION_DROP = {"from", "the", "of", "at", "in"}

FIELDS = ("people", "title", "position", "venue", "city", "region", "country", "date",
          "photographers", "agency", "source", "pool", "handout", "file")
# The fields each top-level key of a gold record labels. A case without the key (a set annotated
# only for people) is not scored on its fields: an unlabelled credit is not "no credit".
LABEL_FIELDS = {"people": ("people", "title", "position"), "location": ("venue", "city", "region", "country"),
                "date": ("date",), "credit": ("photographers", "agency", "source", "pool", "handout", "file")}


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"\s+", " ", s).strip().casefold().strip(" .,;:")
    return s or None


def norm_country(s):
    s = norm(s)
    return COUNTRY_ALIASES.get(s, s)


def norm_agency(s):
    s = norm(s)
    return AGENCY_ALIASES.get(s, s)


def norm_position(s):
    s = norm(s)
    if s is None:
        return None
    words = [ORDINALS.get(w, w) for w in re.findall(r"[a-z0-9]+", s)]
    return " ".join(POSITION_WORDS.get(w, w) for w in words if w not in POSITION_DROP) or None


def token_f1(a, b):
    ta = re.findall(r"[\w']+", norm(a) or "")
    tb = re.findall(r"[\w']+", norm(b) or "")
    if not ta and not tb:
        return 1.0
    rest, common = list(tb), 0
    for t in ta:
        if t in rest:
            rest.remove(t)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def _get(d, *path):
    for k in path:
        d = d.get(k) if isinstance(d, dict) else None
    return d


class _Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = self.hits = self.total = self.n = 0
        self.sum = 0.0

    def f1(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def acc(self):
        return self.hits / self.total if self.total else 1.0

    def mean(self):
        return self.sum / self.n if self.n else 1.0


def score(cases, records):
    """Scores for (gold case, predicted record dict) pairs, and every miss."""
    t = {k: _Tally() for k in FIELDS}
    errors = []
    labelled = set()  # the gold's top-level keys: a file may label only some (people-only sets)

    def miss(case, fld, want, got):
        errors.append({"id": case.get("id"), "field": fld, "want": want, "got": got, "text": case["text"]})

    for case, pred in zip(cases, records):
        g = case["gold"]
        labelled.update(k for k in g if k in LABEL_FIELDS)
        if "people" in g:
            _score_people(t, case, g, pred, miss)
        if "location" in g:
            f = token_f1(_get(g, "location", "venue"), _get(pred, "location", "venue"))
            t["venue"].sum += f
            t["venue"].n += 1
            if f < 1.0:
                miss(case, "location.venue", _get(g, "location", "venue"), _get(pred, "location", "venue"))
        for key, path, fn in [
            ("city", ("location", "city"), norm), ("region", ("location", "region"), norm),
            ("country", ("location", "country"), norm_country), ("date", ("date",), norm),
            ("agency", ("credit", "agency"), norm_agency), ("source", ("credit", "source"), norm_agency),
            ("pool", ("credit", "pool"), bool), ("handout", ("credit", "handout"), bool),
            ("file", ("credit", "file"), bool),
        ]:
            if path[0] not in g:
                continue
            want, got = _get(g, *path), _get(pred, *path)
            t[key].total += 1
            t[key].hits += fn(want) == fn(got)
            if fn(want) != fn(got):
                miss(case, ".".join(path), want, got)
        if "credit" in g:
            gph = {norm(x) for x in _get(g, "credit", "photographers") or []}
            pph = {norm(x) for x in _get(pred, "credit", "photographers") or []}
            t["photographers"].tp += len(gph & pph)
            t["photographers"].fp += len(pph - gph)
            t["photographers"].fn += len(gph - pph)
            if gph != pph:
                miss(case, "credit.photographers", _get(g, "credit", "photographers"),
                     _get(pred, "credit", "photographers"))

    scores = {}
    for k in FIELDS:
        if not any(k in LABEL_FIELDS[key] for key in labelled):
            continue  # no case of the file labels this field: not scored rather than scored 1.0 or 0
        if k in ("people", "photographers"):
            scores[k] = round(t[k].f1(), 4)
        elif k in ("title", "venue"):
            scores[k] = round(t[k].mean(), 4)
        else:
            scores[k] = round(t[k].acc(), 4)
    return scores, errors


def _score_people(t, case, g, pred, miss):
    """People, and the title and position of each person found in both gold and prediction."""
    gp = {norm(p["name"]): p for p in g.get("people") or []}
    pp = {}
    for p in pred.get("people") or []:
        pp.setdefault(norm(p["name"]), p)
    both = set(gp) & set(pp)
    t["people"].tp += len(both)
    t["people"].fp += len(set(pp) - set(gp))
    t["people"].fn += len(set(gp) - set(pp))
    for n in sorted(set(gp) - set(pp)):
        miss(case, "people.missing", gp[n]["name"], None)
    for n in sorted(set(pp) - set(gp)):
        miss(case, "people.extra", None, pp[n]["name"])
    for n in sorted(both):
        f = token_f1(gp[n].get("title"), pp[n].get("title"))
        t["title"].sum += f
        t["title"].n += 1
        if f < 1.0:
            miss(case, "people.title", gp[n].get("title"), pp[n].get("title"))
        want, got = norm_position(gp[n].get("position")), norm_position(pp[n].get("position"))
        t["position"].total += 1
        t["position"].hits += want == got
        if want != got:
            miss(case, "people.position", gp[n].get("position"), pp[n].get("position"))


def read_gold(path) -> list[dict]:
    """The cases of a gold file; InputError (one line, naming the file and line) when it is not
    one: unreadable, not JSON, or a line without its `text` and `gold` record."""
    cases = []
    try:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    case = json.loads(line)
                except ValueError as e:
                    raise InputError(f"{path}:{number}: not JSON ({e.msg})") from None
                if not (isinstance(case, dict) and isinstance(case.get("text"), str)
                        and isinstance(case.get("gold"), dict)):
                    raise InputError(f"{path}:{number}: not a gold case (needs \"text\" and a \"gold\" record)")
                cases.append(case)
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot be read ({e.__class__.__name__}: {getattr(e, 'strerror', None) or e})") from None
    return cases


def evaluate_file(path):
    """Parse every case of a gold file; return (scores, errors)."""
    cases = read_gold(path)
    records = [parse_caption(c["text"], reference_date=c.get("reference_date")).as_dict() for c in cases]
    return scores_and_errors(cases, records)


def scores_and_errors(cases, records):
    scores, errors = score(cases, records)
    return {"cases": len(cases), "scores": scores}, errors


# The accuracy targets of the parser issue, per field.
TARGETS = {"people": 0.97, "position": 0.97, "title": 0.93, "venue": 0.90, "city": 0.95, "region": 0.95,
           "country": 0.95, "date": 0.98, "photographers": 0.98, "agency": 0.98, "source": 0.97,
           "pool": 0.97, "handout": 0.97, "file": 0.97}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m catalog.evaluate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--errors", action="store_true", help="print every miss (JSON lines, to stderr)")
    ap.add_argument("--field", action="append", help="only misses of this field (prefix), with --errors")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    a = ap.parse_args(argv)
    below = failed = False
    for path in a.gold:
        try:
            summary, errors = evaluate_file(path)
        except InputError as e:  # one line; the other files go on
            print(f"Error: {e}", file=sys.stderr)
            failed = True
            continue
        if a.json:
            print(json.dumps({"gold": path, **summary}))
        else:
            print(f"{path}: {summary['cases']} cases")
            for k, v in summary["scores"].items():
                flag = "" if v >= TARGETS[k] else f"   below target {TARGETS[k]}"
                print(f"  {k:14} {v:.4f}{flag}")
        below |= any(v < TARGETS[k] for k, v in summary["scores"].items())
        if a.errors:
            for e in errors:
                if not a.field or any(e["field"].startswith(f) or e["field"].endswith(f) for f in a.field):
                    print(json.dumps(e, ensure_ascii=False), file=sys.stderr)
    # 2: a file was not a gold file; 1: a field below its target; 0: all at target
    return 2 if failed else (1 if below else 0)


if __name__ == "__main__":
    sys.exit(main())
