# C types for people.py when compiled with Cython (setup.py). people.py stays the source:
# this file only declares types (an augmenting .pxd). Keep each declaration's arguments in
# step with its function in people.py; a function not declared here compiles as plain
# Python, which is always right, only slower.
import cython
from cpython.unicode cimport PyUnicode_KIND, PyUnicode_DATA
from libc.string cimport memcmp


cdef class Tok:
    cdef public str text_read, text, low, name, key
    cdef public Py_ssize_t n
    cdef public object org, sign
    cdef public bint cap, word, poss, stop, masked, namey, month, quote, role, role_cs, nameword
    cdef public bint surename, head, prefix, upper, acronym, roman, hyphen_adj, nobody, joiner
    cdef public bint title_word, digit, caps_name, lead, before_thing, plural_lead, role_name
    cdef public bint plain, lone_nobody, club, closes, bad_end, bad_start, rare_lead, thing_next
    cdef public bint team_nick, kin_or_comma, hon, jersey, kin, office_word, stage_open, place_noun, model


cdef class _Chunk:
    cdef public Py_ssize_t kind, step, notes
    cdef public Tok tok
    cdef public tuple parts
    cdef public str text


cdef class Doc:
    cdef public str text
    cdef public list toks, starts, cands, ends
    cdef public bint signs
    cdef public Py_ssize_t notes


cdef class Mention:
    # (title and position are None or a str)
    cdef public str name, title, position, key
    cdef public Py_ssize_t start, name_start, end, tokens
    cdef public list words


# ---------------------------------------------------------------- the caption

@cython.locals(v=dict, original=str, tail=str, back=Py_ssize_t, doc=Doc, avoid=set, mentions=list, starts=list, run=list,
               m=Mention, a=Py_ssize_t, b=Py_ssize_t, notes=Py_ssize_t, original_notes=Py_ssize_t, given=str, glued=Py_ssize_t)
cpdef list _people_in(str text, credit, location)

@cython.locals(m=Mention)
cpdef Py_ssize_t _glued_role_end(str text, list mentions, dict v)

cpdef str _squeeze(str s)
@cython.locals(ch=Py_UCS4, prev=Py_UCS4)
cpdef bint _single_spaced(str s)
@cython.locals(r=str, norms=dict)
cpdef str _norm(str s)
@cython.locals(starts=list, last=Tok, raw=str, words=list, w=str, all_caps=bint, long_word=bint,
               some_upper=bint, out=list, toks=list, caps=set, n=Py_ssize_t, t=Tok, parts=list, p=str,
               span=str, memo=dict)
cpdef str _name_text(Doc doc, list name_idx)
@cython.locals(start=Py_ssize_t, words=list, w=str, low=str)
cpdef bint _known_as(Doc doc, list run, dict v)
@cython.locals(last=str, t=Tok)
cpdef bint _stage_label(list name_toks, dict v)
@cython.locals(out=list, seen=dict, m=Mention, key=str, words=list, n=Py_ssize_t)
cpdef list _unique(list mentions)
@cython.locals(m=Mention, a=Py_ssize_t)
cpdef _namesakes(str text, list mentions)
@cython.locals(keep=list, k=Py_ssize_t, n=Py_ssize_t, x=Mention, name=str, words=list, first=str)
cpdef _drop_plural_heads(list mentions, dict v)
@cython.locals(t=Tok, plural=bint)
cpdef bint _plural_office(list toks, list title_idx)
@cython.locals(k=Py_ssize_t, t=Tok, b=Tok, i=Py_ssize_t)
cpdef Py_ssize_t _inner_plural_lead(list toks, list run, dict v)
@cython.locals(low=str, side=str, row=str, chain=list, gap=str, n=Py_ssize_t, between=str, lead=list,
               x=Mention, prev=Mention)
cpdef _apply_lists(str text, list mentions, dict v)
@cython.locals(labels=list, rows=list, n=Py_ssize_t, row=str, chain=list, stop=Py_ssize_t, x=Mention, prev=Mention)
cpdef _apply_rows(str text, list mentions, dict v)
@cython.locals(anchors=list, out=list, word=str, i=Py_ssize_t, end=Py_ssize_t)
cpdef list _list_marks(str text, str low, rx)
@cython.locals(n=Py_ssize_t, j=Py_ssize_t)
cpdef bint _may_mark(str low, Py_ssize_t i, str word)

# ---------------------------------------------------------------- tokens

cpdef bint _hyphen_adjective(str low, dict v)
cpdef bint _role_word(str low, dict v)
@cython.locals(stop=bint, poss=bint, cap=bint, low=str, core=str)
cdef Tok _read_token(str t, bint masked, dict v)
cpdef Tok _masked(Tok t)

ctypedef unsigned char* _ucs1_p
@cython.locals(cache=dict, out=list, slots=list, start=Py_ssize_t, i=Py_ssize_t, h=size_t, ch=Py_UCS4,
               data=_ucs1_p, n=Py_ssize_t)
cpdef list _chunks_of(str text)
@cython.locals(slot=size_t, e=_Chunk, n=Py_ssize_t, key=str, kind=int, x=str)
cdef _Chunk _slot_chunk(list slots, str text, Py_ssize_t start, Py_ssize_t end, size_t h)

@cython.locals(toks=list, starts=list, cands=list, ends=list, pos=Py_ssize_t, chunks=list,
               kind=Py_ssize_t, rel=Py_ssize_t, s=Py_ssize_t, t=Tok, cut=Py_ssize_t,
               cache=dict, e=_Chunk, notes=Py_ssize_t)
cpdef _tokenise(str text, dict v)

@cython.locals(toks=list, starts=list, cands=list, ends=list, pos=Py_ssize_t, chunks=list,
               kind=Py_ssize_t, rel=Py_ssize_t, s=Py_ssize_t, t=Tok,
               toggles=bint, inside=bint, x=str, cache=dict, e=_Chunk, notes=Py_ssize_t,
               masks=dict)
cpdef _tokenise_masked(str text, Py_ssize_t cut)

@cython.locals(toks=list, cands=list, n=Py_ssize_t, c=Py_ssize_t, i=Py_ssize_t, start=Py_ssize_t,
               k=Py_ssize_t, j=Py_ssize_t, w=Tok)
cdef _mask_slogans(Doc doc)

cpdef Tok _surname_tok(str text, dict v)
cpdef Py_ssize_t _header_end(str text)
@cython.locals(k=Py_ssize_t)
cpdef bint _two_dashes(str text)
@cython.locals(n=Py_ssize_t, i=Py_ssize_t, c=str)
cpdef bint _word_end_in(str text, str tail)
@cython.locals(q=str, i=Py_ssize_t, c=str)
cpdef bint _quote_before_capital(str text)
@cython.locals(venue=str)
cpdef set _avoid_names(credit, location)
@cython.locals(words=list, k=Py_ssize_t, p=Py_ssize_t)
cpdef _avoid_venue_parts(set out, str venue)

# ---------------------------------------------------------------- runs

@cython.locals(runs=list, toks=list, n=Py_ssize_t, roles=frozenset, domains=frozenset, i=Py_ssize_t,
               c=Py_ssize_t, t=Tok, tc=Tok, run=list, j=Py_ssize_t, office=bint, k=Py_ssize_t, k2=Py_ssize_t,
               ap_states=frozenset, p=Tok, q=Tok)
cpdef list _runs(Doc doc, dict v)
@cython.locals(t=Tok)
cpdef bint _state_ends_sentence(list toks, Py_ssize_t c)

@cython.locals(nxt=Tok, prv=Tok, t=Tok, d=Tok, y=Tok)
cpdef bint _is_date_word(list toks, Py_ssize_t i)
cpdef bint _domain_or_place(Tok t, dict v)
@cython.locals(j=Py_ssize_t, p=Tok)
cpdef bint _clause_start(list toks, Py_ssize_t i)
@cython.locals(t=Tok, p=Tok, m=Mention)
cpdef bint _lone_word_is_nobody(list toks, Py_ssize_t i, dict v, found)
@cython.locals(t=Tok)
cpdef bint _lone_person_cue(list toks, Py_ssize_t i, dict v, found)

# ---------------------------------------------------------------- one mention

@cython.locals(text=str, toks=list, starts=list, first=Py_ssize_t, t=Tok, name_toks=list,
               name_idx=list, title_idx=list, role=bint, j=Py_ssize_t, k=Py_ssize_t, e=Py_ssize_t,
               c=str, pos_end=Py_ssize_t, name_start=Py_ssize_t, after_end=Py_ssize_t, key=str,
               name=str, whole=str, end=Py_ssize_t, before=Tok, after=Tok, ft=Tok, nl=Tok, last_i=Py_ssize_t,
               office_end=Py_ssize_t, org_cut=bint, ot=Py_ssize_t)
cdef _mention(Doc doc, list run, dict v, set avoid, list found)
cdef bint _compound_end(Tok t, dict v)

@cython.locals(k=Py_ssize_t, j=Py_ssize_t, after=bint, appos=bint, i=Py_ssize_t, last=Tok, nxt=Tok, prv=Tok, t=Tok)
cpdef bint _place_named(list toks, list run)
@cython.locals(last=Tok, k=Py_ssize_t, j=Py_ssize_t, i=Py_ssize_t, t=Tok)
cpdef bint _eponym_or_show(list toks, list run, dict v)
@cython.locals(a=Py_ssize_t, b=Py_ssize_t, p=Tok)
cpdef bint _house_named(list toks, list run)
@cython.locals(a=Py_ssize_t, b=Py_ssize_t, abbr=str, caps=str, every=str, parts=str, i=Py_ssize_t, p=Tok, w=str, x=str)
cpdef bint _acronym_expansion(list toks, list run)
@cython.locals(n=Py_ssize_t, j=Py_ssize_t, k=Py_ssize_t, i=Py_ssize_t, t=Tok, before=str, caps=str, after=Py_ssize_t,
               abbr=str, left_out=Py_ssize_t, in_run=list)
cpdef bint _acronym_spelled_on(list toks, list run)
@cython.locals(t=Tok)
cpdef bint _town_couple_at(list toks, Py_ssize_t i, dict v)
@cython.locals(p=Tok, j=Py_ssize_t)
cpdef bint _subject_after_lead(list toks, Py_ssize_t i)
cpdef bint _age_word(str a)
cpdef str _layout_capital_opening(str text, dict v)
@cython.locals(p=Tok, k=Py_ssize_t, low=str)
cpdef Py_ssize_t _designer_season_cut(list toks, list run)
@cython.locals(n=Py_ssize_t, i=Py_ssize_t, j=Py_ssize_t)
cpdef bint _of_next(str text, Py_ssize_t at)
@cython.locals(last=Tok, n=Py_ssize_t, k=Py_ssize_t, nxt=Tok, j=Py_ssize_t, p=Tok, o=Tok, ordinal=bint,
               i=Py_ssize_t, t=Tok)
cpdef bint _thing_beside(list toks, list run, dict v)
@cython.locals(t=Tok)
cpdef bint _show_noun(list toks, Py_ssize_t k)
@cython.locals(t=Tok)
cpdef bint _event_modifier_noun(list toks, Py_ssize_t k, dict v)
@cython.locals(n=Py_ssize_t, t=Tok)
cpdef bint _owned_noun_after(list toks, Py_ssize_t k, dict v)
@cython.locals(low=str, t=str)
cpdef bint _season_end(Tok last, Tok nxt)
@cython.locals(toks=list, first=Py_ssize_t, k=Py_ssize_t, last=Tok)
cpdef bint _names_a_building(Doc doc, list run, dict v)
@cython.locals(t=Tok)
cpdef bint _all_peoples(list name_toks, dict v)
cpdef bint _place_word_name(Tok t, dict v)
@cython.locals(j=Py_ssize_t)
cpdef bint _family_before(list toks, Py_ssize_t i, dict v)
cdef Py_ssize_t _and_team(Doc doc, Py_ssize_t at, dict v)
@cython.locals(i=Py_ssize_t)
cdef bint _body_kind_after_name(list toks, Py_ssize_t j)
@cython.locals(toks=list, things=dict, j=Py_ssize_t, t=Tok, last=Py_ssize_t, end=Py_ssize_t, c=str, w=str)
cdef bint _named_thing(Doc doc, list run, dict v)
@cython.locals(last=Py_ssize_t, n=Py_ssize_t, k=Py_ssize_t, j=Py_ssize_t, t=Tok, o=Tok, first=Tok, lt=Tok)
cpdef bint _organisation_context(list toks, list run, dict v)
@cython.locals(toks=list, k=Py_ssize_t, owner=list, t=Tok)
cdef bint _owner_is_person(Doc doc, Py_ssize_t t_start, Py_ssize_t name_first, dict v, found)
@cython.locals(toks=list, first=Py_ssize_t, n=Py_ssize_t, rtoks=list, last_name=Py_ssize_t,
               split=Py_ssize_t, pos=Py_ssize_t, t=Tok, t0=Tok, after=Py_ssize_t, owner=Py_ssize_t,
               cs=bint, title_idx=list, name_idx=list, of_split=bint, i=Py_ssize_t, a=Tok, the_owner=bint)
cpdef _split_run(list toks, list run, dict v)
@cython.locals(t=Tok)
cpdef bint _family_word(list toks, Py_ssize_t j, dict v)
cpdef bint _title_name_word(Tok t, dict v)
@cython.locals(text=str, toks=list, starts=list, has_role=bint, left=Py_ssize_t, j=Py_ssize_t,
               k=Py_ssize_t, q=Py_ssize_t, unknown=Py_ssize_t, t=Tok, p=Tok, end_idx=Py_ssize_t,
               t_end=Py_ssize_t, raw=str, in_org=bint, and_offices=bint, and_domains=bint, party_k=Py_ssize_t,
               ap_states=frozenset, and_at=Py_ssize_t)
cpdef _title_before(Doc doc, Py_ssize_t name_first, list title_idx, dict v)
@cython.locals(a=Tok, w=Tok)
cpdef Py_ssize_t _party_abbr_open(list toks, Py_ssize_t j)
@cython.locals(q=Py_ssize_t)
cpdef bint _role_between(list toks, Py_ssize_t a, Py_ssize_t b)
@cython.locals(j=Py_ssize_t, stop=Py_ssize_t, t=Tok, p=Tok)
cpdef Py_ssize_t _org_title_start(list toks, Py_ssize_t first, dict v)
@cython.locals(first=Py_ssize_t, j=Py_ssize_t, o=Tok, n=Py_ssize_t, p=Py_ssize_t, q=Py_ssize_t, t=Tok, w=Tok)
cpdef Py_ssize_t _org_then_name(list toks, list run, dict v)
@cython.locals(first=Py_ssize_t, last=Py_ssize_t, after=Tok, i=Py_ssize_t, k=Py_ssize_t)
cpdef bint _place_between(list toks, list run, dict v)
@cython.locals(toks=list, n=Py_ssize_t, last=Tok, op=Py_ssize_t, p=Py_ssize_t, t=Tok, end=Py_ssize_t)
cpdef Py_ssize_t _name_then_role(Doc doc, list run, dict v)
@cython.locals(q=Py_ssize_t, t=Tok)
cpdef bint _cap_office_in(list toks, Py_ssize_t a, Py_ssize_t b)
@cython.locals(q=Py_ssize_t, t=Tok)
cpdef bint _role_behind(list toks, Py_ssize_t k)
cpdef bint _listed_trade(Tok t, dict v)
@cython.locals(q=Py_ssize_t, t=Tok, w=Tok)
cpdef Py_ssize_t _party_name_open(list toks, Py_ssize_t j)
cpdef bint _of_owner(Tok t)
@cython.locals(e=Py_ssize_t)
cpdef bint _role_closes(str text, Py_ssize_t at, dict v)
cpdef bint _for_owner(Tok t, dict v)
cpdef bint _after_article(list toks, Py_ssize_t k)
@cython.locals(low=str)
cpdef bint _noun_modifier(Tok t, Tok right, dict v)
@cython.locals(t=Tok, nxt=Tok)
cpdef bint _plural_subject(list toks, Py_ssize_t j, dict v)
@cython.locals(p=Tok)
cpdef bint _verb_particle(list toks, Py_ssize_t j)
@cython.locals(last=str, words=list, head=list, joined=bint, k=Py_ssize_t, w=str, low=str, nxt=str,
               has_role=bint, nouns=Py_ssize_t, hk=Py_ssize_t)
cpdef _apposition_title(str phrase, dict v, bint open_end=*)
@cython.locals(sp=Py_ssize_t, sp2=Py_ssize_t)
cpdef bint _participle_clause(str phrase)
@cython.locals(n=Py_ssize_t, i=Py_ssize_t, j=Py_ssize_t, c=str, stop=Py_ssize_t, cut=Py_ssize_t,
               end=Py_ssize_t, head=str, pos_word=bint, b=Py_ssize_t, k=Py_ssize_t, e=Py_ssize_t, low=str,
               word=str, art=bint)
cpdef _decorations(str text, Py_ssize_t pos, dict v, list ends)
@cython.locals(low=str)
cpdef bint _may_open_title(str w, dict v)
@cython.locals(n=Py_ssize_t)
cpdef str _after_spaces(str text, Py_ssize_t at)
@cython.locals(n=Py_ssize_t)
cpdef bint _bare_number(str text, Py_ssize_t at)

# ---------------------------------------------------------------- keep or drop

@cython.locals(n=Py_ssize_t, first=Py_ssize_t, after=Py_ssize_t, prev=Tok, nxt=Tok, n0=Tok, nl=Tok)
cpdef bint _plausible(list toks, list name_idx, list name_toks, key, dict v, titled, position, found,
                      bint of_split, bint role, family=*)
@cython.locals(low=str, j=Py_ssize_t, t=Tok)
cpdef bint _thing_named_before(list toks, Py_ssize_t i)
@cython.locals(j=Py_ssize_t)
cpdef bint _given_and_surname_head(list toks, list run, dict v)
cpdef bint _age_follows(list toks, Py_ssize_t i)
@cython.locals(n=Py_ssize_t)
cpdef bint _caps_stage_name(list toks, Py_ssize_t i)
@cython.locals(t=Tok, prev=Tok)
cpdef bint _known_alone(list toks, Py_ssize_t i, dict v)
@cython.locals(before=Tok, t=Tok, nxt=Tok)
cpdef bint _paired(list toks, Py_ssize_t i, dict v, list found)
@cython.locals(n=Py_ssize_t, i=Py_ssize_t, t=Tok, some_name=bint, acronym=bint, roman=bint,
               all_upper=bint, f0=Tok, fl=Tok)
cpdef bint _never_a_name(list name_toks)
@cython.locals(t=Tok)
cpdef bint _office_only(list name_toks, dict v)
@cython.locals(prev=Tok, nxt=Tok)
cpdef bint _caps_surname(list name_toks, Py_ssize_t i, bint strict=*)
@cython.locals(first=Py_ssize_t, last=Py_ssize_t, k=Py_ssize_t, p=Tok)
cpdef bint _inside_thing_name(list toks, list name_idx, dict v)
@cython.locals(m=Mention)
cpdef bint _repeats(key, list found)
@cython.locals(first=Py_ssize_t, last=Py_ssize_t, t=Tok, nxt=Tok)
cpdef bint _lone_subject(list toks, list name_idx, dict v)
@cython.locals(t=Tok)
cpdef bint _written_lower(list toks, str low)
cpdef bint _plural_role(str low, dict v)
cpdef bint _given_name(Tok t, dict v)
@cython.locals(w=Py_ssize_t)
cdef Py_ssize_t _place_words(list rtoks, Py_ssize_t at, Py_ssize_t n, dict v)

# helpers session 12 added on the per-mention path: C calls, not Python ones
@cython.locals(k=Py_ssize_t, t=Tok)
cpdef bint _state_after(list toks, Py_ssize_t last, dict v)
cpdef bint _two_given_surname_head(list name_toks, dict v)
cpdef bint _role_of_the(list toks, Py_ssize_t first)
cpdef bint _peoples_before_noun(list toks, Py_ssize_t i, dict v)
@cython.locals(n=Py_ssize_t)
cpdef bint _owner_of_kin(list toks, Py_ssize_t i, dict v)
@cython.locals(p=Tok, k=Py_ssize_t)
cpdef bint _named_person(list toks, Py_ssize_t first, dict v)

# session 17 (s17-n): names whose words are places', heads' or roles' too
@cython.locals(toks=list, starts=list, last=Py_ssize_t, f=Tok, a=Py_ssize_t, r=Tok)
cpdef bint _owner_in_appos(Doc doc, list run, Mention m, dict v)
@cython.locals(n=Py_ssize_t, pos=Py_ssize_t, t=Tok, i=Py_ssize_t)
cpdef Py_ssize_t _honorific_inside(list toks, list run)
@cython.locals(t=Tok, i=Py_ssize_t)
cpdef bint _given_after_domain(list rtoks, Py_ssize_t k, Py_ssize_t last_name, dict v)
@cython.locals(a=Tok, b=Tok, p=Tok, nxt=Tok, k=Py_ssize_t)
cpdef bint _place_worded_name(list toks, title_idx, list name_toks, dict v, Py_ssize_t first=*)
@cython.locals(a=Tok, b=Tok, nxt=Tok, first=Py_ssize_t)
cpdef bint _role_word_surname(list toks, title_idx, list name_toks, dict v, Py_ssize_t last)
@cython.locals(a=Tok, m=Tok, c=Tok)
cpdef bint _head_middle_name(list toks, title_idx, list name_toks, dict v)
@cython.locals(first=Py_ssize_t, last=Py_ssize_t, a=Tok, p=Tok, nxt=Tok, o=Tok)
cpdef bint _head_surname_acts(list toks, list name_idx, dict v)
@cython.locals(first=Py_ssize_t, t=Tok, i=Py_ssize_t)
cpdef bint _unknown_given_opens(list toks, list run, dict v)
@cython.locals(low=str)
cpdef bint _ist_occupation(Tok t, dict v)
@cython.locals(k=Py_ssize_t, p=Tok)
cpdef bint _group_possessive_after(list toks, Py_ssize_t last, dict v)
