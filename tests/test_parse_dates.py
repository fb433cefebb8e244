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
