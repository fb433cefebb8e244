"""The US states and territories, from the `us` package, in the shapes the parse steps read them.

One place for every table derived from `us.states.STATES_AND_TERRITORIES`: places.py and
people.py import these functions (under their old local names) instead of each walking the
package in its own way. Plain Python (no .pxd): each table is built once (functools.cache) and
the compiled steps only look things up in it.
"""
from __future__ import annotations

import functools


def _states_and_territories():
    import us

    return us.states.STATES_AND_TERRITORIES


def _plain_key(s: str) -> str:
    """places' `_key` for the ASCII names here: no case, single spaces, no final period."""
    return " ".join(s.casefold().split()).strip(" .")


@functools.cache
def name_by_any_key() -> dict[str, str]:
    """places (resolve, `Fort Stewart, Georgia`): any written form keyed as places' `_key` does
    (full name, AP abbreviation with or without its periods, postal code, D.C.) -> full name."""
    out = {}
    for s in _states_and_territories():
        out[_plain_key(s.name)] = s.name
        if s.ap_abbr:
            out[_plain_key(s.ap_abbr)] = s.name
            out[_plain_key(s.ap_abbr.replace(".", ""))] = s.name
        out[_plain_key(s.abbr)] = s.name
    dc = "District of Columbia"
    for k in ("d.c", "dc", "district of columbia", "washington dc", "washington d.c"):
        out[k] = dc
    out["penn"] = "Pennsylvania"  # forms AP does not use (its `Calif.` is in the package)
    out["w. va"] = "West Virginia"
    # the older (GPO) abbreviations some desks still write: `Kansas City, Kans.`, `Omaha, Nebr.`
    out.update({"kans": "Kansas", "nebr": "Nebraska", "oreg": "Oregon", "tex": "Texas", "wisc": "Wisconsin"})
    return out


@functools.cache
def name_by_dotted_ap_abbreviation() -> dict[str, str]:
    """places (`Bowling Green, Ky.,`, `in Elizabethtown Ky.`): AP's abbreviations that carry a
    period, exactly as written (`Ky.`, `N.M.`) -> full name; keyed as written, so `KY` or `ky`
    does not pass where only AP's dotted form marks a state."""
    return {s.ap_abbr: s.name for s in _states_and_territories() if s.ap_abbr and s.ap_abbr.endswith(".")}


@functools.cache
def ap_abbreviation_tokens() -> frozenset[str]:
    """people's tokeniser: AP abbreviations casefolded, final period gone (`ky`, `n.c`, `w.va`,
    `texas`), the way it reads a word."""
    return frozenset(f.casefold() for f in ap_forms_without_period())


@functools.cache
def names_and_ap_abbreviations() -> frozenset[str]:
    """people (`of Ky.,` in a list, `of Tucson, Ariz.,`): full names and AP abbreviations as
    written, matched against the caption's text as it stands."""
    return frozenset(f for s in _states_and_territories() for f in (s.name, s.ap_abbr) if f)


@functools.cache
def names() -> frozenset[str]:
    """people (`Elizabeth Warren of Massachusetts`, the place-name filter): full names only,
    where an abbreviation would be too loose a reading."""
    return frozenset(s.name for s in _states_and_territories())


@functools.cache
def ap_forms_without_period() -> frozenset[str]:
    """places (`Lebanon, Tenn.`, `Peru, Ind.`): the state as AP writes it after a town (`Tenn`,
    `N.M`, `Ohio`; a final period gone), never a full name AP abbreviates (`Washington`, `Georgia`),
    which after a country's name would rather be a list of places."""
    return frozenset(s.ap_abbr.rstrip(".") for s in _states_and_territories() if s.ap_abbr)


@functools.cache
def postal_codes() -> frozenset[str]:
    """people (`of Glenelg, MD shields`): the two-capital postal codes (`MD`, `PA`), as written."""
    return frozenset(s.abbr for s in _states_and_territories() if s.abbr)
