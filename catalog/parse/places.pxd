# C types for places.py when compiled with Cython (setup.py). places.py stays the source:
# this file only declares types (an augmenting .pxd). Keep each declaration's arguments in
# step with its function in places.py; a function not declared here compiles as plain
# Python, which is always right, only slower.
import cython

# the scan's length gates (module constants computed from the tables), as C integers
cdef Py_ssize_t _DIR_SHORTEST, _DIR_LEAD_LONGEST, _DIR_PAIR_LEAD_SHORTEST, _DIR_PAIR_LEAD_LONGEST

cdef class _Chain:
    cdef public object venue, city, region, country, border, near, weight, county
    cdef public Py_ssize_t pos, known
    # (score stays a Python method: _find passes it to sorted() as its key)


cdef class _NameSpans:
    cdef public str padded
    cdef public Py_ssize_t name_start, name_end, rword_end, t1_end, t2_end


@cython.locals(chain=_Chain, segs=list, end=Py_ssize_t, cc=Py_UCS4, start=Py_ssize_t, name=str, spans=_NameSpans)
cpdef _read_chain(str text, Py_ssize_t pos, weight, bint venue_first, first=*)
@cython.locals(key=tuple, cache=dict, facts=tuple)
cpdef _Chain _resolve(_Chain chain, segs, bint venue_first)
cpdef Py_ssize_t _possessive(str text, Py_ssize_t end, list segs)
@cython.locals(after=Py_UCS4)
cpdef _after_segment(str text, Py_ssize_t i, rword, list segs)
cpdef _next_comma(str text, Py_ssize_t i)
@cython.locals(words=list, i=Py_ssize_t)
cpdef bint _continues(str text, Py_ssize_t pos)
@cython.locals(p1=str, lo=Py_ssize_t, last=Py_ssize_t, b=Py_ssize_t)
cpdef _lead(str text, str word, Py_ssize_t pos, bint bare)
@cython.locals(out=list, padded=str, n=Py_ssize_t, s=Py_ssize_t, j=Py_ssize_t, k=Py_ssize_t, pos=Py_ssize_t,
               w=str, det=str, dirw=str, e=Py_ssize_t)
cpdef list _phrases(str text)
@cython.locals(e=Py_ssize_t)
cdef Py_ssize_t _adjective_before_direction(str padded, Py_ssize_t pos, Py_ssize_t k, Py_ssize_t n)
cdef inline bint _may_follow(Py_UCS4 c, bint lower)
cdef inline bint _is_capital(Py_UCS4 c)
cdef inline bint _lower_letter(Py_UCS4 c)
cdef inline Py_ssize_t _next_space(str padded, Py_ssize_t i, Py_ssize_t n)
@cython.locals(c=Py_UCS4)
cdef inline Py_ssize_t _word_end(str padded, Py_ssize_t i, Py_ssize_t n)
@cython.locals(n=Py_ssize_t, k=Py_ssize_t, d=Py_UCS4)
cdef bint _opens_name(str padded, Py_ssize_t pos, Py_UCS4 c)


cdef tuple _name_match(str padded, Py_ssize_t pos)
@cython.locals(n=Py_ssize_t, p=Py_ssize_t, end=Py_ssize_t, e=Py_ssize_t, k=Py_ssize_t, i=Py_ssize_t, c=Py_UCS4,
               d=Py_UCS4, stop=Py_ssize_t, spans=_NameSpans, stops=dict, e1=Py_ssize_t, last=Py_ssize_t,
               seg=Py_ssize_t, pairs=bytes)
cdef tuple _read_name(str padded, Py_ssize_t pos)
cpdef bint _may_be_dateline(str text)
@cython.locals(i=Py_ssize_t, c=Py_UCS4)
cpdef bint _dash_in_head(str text)
@cython.locals(i=Py_ssize_t)
cpdef bint _has_dash_date(str head)
cpdef bint _dash_in(str text, Py_ssize_t n)
cpdef _town_date_dateline(str text, list out)
@cython.locals(ch=_Chain, dash=Py_ssize_t, month_first=bint, k=Py_ssize_t)
cpdef _header_chains(str text, list out)
@cython.locals(i=Py_ssize_t)
cpdef bint _dash_digit(str text)
@cython.locals(words=frozenset, n=Py_ssize_t, i=Py_ssize_t, j=Py_ssize_t)
cpdef bint _district_named(str text)
@cython.locals(out=list, starts=list, weak=list, trigger=Py_ssize_t, at=Py_ssize_t, ch=_Chain,
               venue_first=bint, party_tags=int, kind=str, w=str, det=str, name=str, seats=bint)
cdef _chains(str text, list phrases)
@cython.locals(ch=_Chain)
cpdef bint _has_city(list chains)
@cython.locals(i=Py_ssize_t)
cpdef bint _has_party_tag(str text)
cpdef bint _compatible(_Chain a, _Chain b)
cdef class _Loc:
    cdef public object venue, city, region, country


@cython.locals(phrases=list, ranked=list, best=_Chain, other=_Chain, loc=_Loc, comma=Py_ssize_t, stop=Py_ssize_t)
cpdef _find(str text, home=*, date_span=*)
@cython.locals(n=Py_ssize_t, i=Py_ssize_t)
cpdef bint _lead_then(str text, str lead, tuple tails)
@cython.locals(at=Py_ssize_t)
cpdef _part_of_famous(str text, loc)


# the venue step and the small helpers it (and _chains) calls per phrase: C calls, not Python ones
@cython.locals(spans=_NameSpans)
cpdef tuple _first_segment(name, dirw, rword, m)
@cython.locals(spans=_NameSpans)
cdef Py_ssize_t _name_end(m) except? -2
cpdef bint _not_named(str name)
@cython.locals(c=Py_ssize_t)
cpdef bint _adjacent(str text, Py_ssize_t end, list chain_starts)
@cython.locals(k=Py_ssize_t)
cpdef bint _may_gap(str text, Py_ssize_t end, Py_ssize_t c)
cpdef bint _before_person(str text, Py_ssize_t end)
cpdef bint _venue_follows(list phrases, Py_ssize_t n, Py_ssize_t end, bint view=*)
cpdef bint _team_of_player(str text, m, str t1, t2)
@cython.locals(sp=Py_ssize_t)
cpdef bint _team_named(str name)
@cython.locals(words=dict, n=Py_ssize_t, end=Py_ssize_t, trigger=Py_ssize_t, kind=str, w=str, det=str, name=str,
               t1=str, t2=str, kept=bint, described=bint, strong=bint, adjacent=bint, body=bint, view=bint)
cpdef _venue(str text, list phrases, list chain_starts)
@cython.locals(j=Py_ssize_t)
cpdef bint _town_follows(str text, Py_ssize_t end)
# what _find calls once a caption: C calls, not Python ones
@cython.locals(i=Py_ssize_t)
cpdef bint _may_place_by_neighbour(str text, _Loc loc, _Chain best)
@cython.locals(ph=tuple, det=str)
cpdef bint _pronoun_phrase(list phrases)
@cython.locals(ph=tuple)
cpdef bint _district_phrase(list phrases)
@cython.locals(i=Py_ssize_t)
cpdef bint _of_neighbour(str text)
@cython.locals(n=Py_ssize_t, i=Py_ssize_t)
cpdef Py_ssize_t _first_lower(str text)
@cython.locals(w=Py_ssize_t)
cpdef _opening_landmark(str text)
cpdef _subject_venue(str text, list chain_starts)
@cython.locals(i=Py_ssize_t)
cpdef str _at_name(str text, str venue, city=*)
cpdef _written_country(str text, _Chain best, list chains)
@cython.locals(pos=Py_ssize_t)
cpdef Py_ssize_t _first_naming(list chains, _Chain best)
@cython.locals(needle=str, i=Py_ssize_t)
cpdef _business_apposition(str text, _Loc loc)
@cython.locals(i=Py_ssize_t, j=Py_ssize_t)
cpdef bint _later_sentence(str text, str venue, Py_ssize_t start)
# the look-up memos (plain dicts; see _memoised): C calls, so a hit costs no Python call
cpdef _key(s)
cdef _memoised(dict memo, fn, arg)
cpdef _country(name)
cpdef _city_country(name)
cpdef _geo_country(name)
cpdef _region(name, after_city, city_country=*)
cpdef _is_venue_name(name)
cpdef _place_kind(name)
cpdef _not_venue(name)
cpdef _newspaper_home(credit)
cdef bint _plain(value)
@cython.locals(i=Py_ssize_t, j=Py_ssize_t, sp=Py_ssize_t)
cpdef _comma_venue(str text, _Loc loc)
@cython.locals(words=list, i=Py_ssize_t)
cpdef bint _office_then_person(str name)
@cython.locals(gate=str, i=Py_ssize_t)
cpdef _attributive_city(str text, loc)
