"""CSV lines built by catalog.output (csv_line, and the export's batch path), against the csv
module writing the same cells as the writer wrote them before session 13: byte for byte, for
arbitrary cells (commas, quotes, CR, LF, NUL, empty, lone cells, numbers, None)."""
from __future__ import annotations

import csv
import io

from hypothesis import given, settings, strategies as st

from catalog.output import _cell, csv_cell, csv_line, write_rows

# Text drawn mostly from the characters CSV cares about, so most examples hold some.
_special_text = st.text(alphabet=st.sampled_from(',"\r\n \x00ab;éx\u2028'), max_size=12)
_text = st.one_of(_special_text, st.text(max_size=20))
_cells = st.lists(st.one_of(_text, st.none(), st.integers(), st.floats()), max_size=8)


def _module_line(cells) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(cells)
    return out.getvalue()


@settings(max_examples=1000, deadline=None)
@given(_cells)
def test_csv_line_is_the_csv_modules_line(cells):
    assert csv_line(cells) == _module_line(cells)


@settings(max_examples=500, deadline=None)
@given(_text)
def test_csv_cell_is_the_csv_modules_cell(text):
    # Beside another cell, so that a lone empty cell's special case does not apply.
    assert csv_cell(text) + ",x\r\n" == _module_line([text, "x"])


class _CellRows:
    def __init__(self, batches):
        self.batches = batches

    def text_batches(self):
        return iter(self.batches)


def _before(batches, columns) -> str:
    """What output._csv_batches wrote before session 13: csv.writer over each batch, and the
    batch again through _cell when any cell held a line break."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(columns)
    for batch in batches:
        if any(isinstance(v, str) and ("\n" in v or "\r" in v) for row in batch for v in row):
            batch = [[_cell(v) for v in row] for row in batch]
        w.writerows(batch)
    return out.getvalue()


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=1, max_value=4).flatmap(
    lambda width: st.lists(st.lists(st.lists(st.one_of(_text, st.none(), st.integers()), min_size=width,
                                             max_size=width), max_size=4), max_size=3)
    .map(lambda batches: (width, batches))))
def test_text_batches_as_the_csv_module_wrote_them(width_and_batches):
    width, batches = width_and_batches
    columns = [f"c{i}" for i in range(width)]
    out = io.StringIO()
    assert write_rows(_CellRows(batches), columns, "csv", out) == sum(map(len, batches))
    assert out.getvalue() == _before(batches, columns)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.one_of(_text, st.none(), st.integers(), st.booleans(),
                                   st.lists(_special_text, max_size=2)), min_size=3, max_size=3), max_size=5))
def test_tuple_and_dict_rows_as_the_csv_module_wrote_them(rows):
    columns = ["a", "b", "c"]
    expected = io.StringIO()
    w = csv.writer(expected, lineterminator="\r\n")
    w.writerow(columns)
    w.writerows([_cell(v) for v in row] for row in rows)
    as_tuples, as_dicts = io.StringIO(), io.StringIO()
    write_rows(iter([tuple(r) for r in rows]), columns, "csv", as_tuples)
    write_rows(iter([dict(zip(columns, r)) for r in rows]), columns, "csv", as_dicts)
    assert as_tuples.getvalue() == expected.getvalue() == as_dicts.getvalue()


def test_csv_line_edges():
    assert csv_line([]) == "\r\n"
    assert csv_line([""]) == '""\r\n' and csv_line([None]) == '""\r\n'
    assert csv_line(["", ""]) == ",\r\n"
    assert csv_line(['say "hi"', "a,b", "x\ny", 7, None, 1.5]) == '"say ""hi""","a,b","x\ny",7,,1.5\r\n'
