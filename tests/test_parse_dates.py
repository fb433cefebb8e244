"""Dates of every caption family, from fixtures/parse/dates.jsonl (own captions)."""
from __future__ import annotations

import datetime as dt

import pytest

from catalog import parse_caption
from catalog.parse.dates import find_date

from _cases import check, ident, load

CASES = load("dates.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[ident(c) + f"@{c['reference_date']}" for c in CASES])
def test_date_case(case):
    record = parse_caption(case["text"], reference_date=case.get("reference_date")).as_dict()
    check(case, record)


def test_span_points_at_the_written_date():
    text = "Crowds gather in Lima, Peru, Monday, Jan. 16, 2023."
    found = find_date(text, None)
    assert found.value == "2023-01-16" and found.precision == "day"
    assert text[found.span[0]:found.span[1]] == "Monday, Jan. 16, 2023"


def test_precision_month_and_year():
    assert find_date("Rally in Lagos in March 2023.", None).precision == "month"
    assert find_date("A rally in Lagos in 1993.", None).precision == "year"


def test_weekday_resolves_on_or_before_reference():
    found = find_date("Rescuers work in Derna on Sunday.", dt.date(2023, 9, 13))  # a Wednesday
    assert found.value == "2023-09-10"


def test_no_date():
    found = find_date("A heron stands in the shallows.", dt.date(2023, 9, 13))
    assert found.value is None and found.span is None and found.warnings == []


@pytest.mark.parametrize("case", CASES, ids=[ident(c) for c in CASES])
def test_ascii_and_general_scans_agree(case):
    # ASCII text takes the faster scan; one non-ASCII letter after the text takes the general one.
    ref = dt.date.fromisoformat(case["reference_date"]) if case.get("reference_date") else None
    fast, general = find_date(case["text"], ref), find_date(case["text"] + " é", ref)
    assert case["text"].isascii()
    assert (fast.value, fast.precision, fast.span, fast.warnings) == \
        (general.value, general.precision, general.span, general.warnings), case["text"]


@pytest.mark.parametrize("text, value", [
    ("Seen on 2023-06-18 and 1 June in 2024.", "2023-06-18"),        # a date across a year window's start
    ("Fans gather on Auguſt 4, 2023.", "2023-08-04"),                # IGNORECASE letters str.lower keeps
    ("Fans on Frıday, June 2, 2023.", "2023-06-02"),                 # `Frı` is no weekday: no mismatch
])
def test_odd_texts(text, value):
    found = find_date(text, dt.date(2023, 9, 13))
    assert found.value == value and not any(w.startswith("internal-error") for w in found.warnings), found
