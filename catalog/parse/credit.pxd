# C types for credit.py when compiled with Cython (setup.py). credit.py stays the source:
# this file only declares types (an augmenting .pxd). Keep each declaration's arguments in
# step with its function in credit.py; a function not declared here compiles as plain
# Python, which is always right, only slower. Declared here: the helpers every caption
# runs through (finding the tail), so that calls between them are C calls, not Python ones.
# (Not here: lru-cached functions, functions with keyword-only arguments or a generator
# expression, and _after_sentence_end, which a test replaces.)
import cython


cpdef bint _has_rights_tag(str line)
cpdef _cut_rights(str line)
cpdef _strip_desk_tags(str text)
cpdef bint _has_hint(str end, tuple hints)
cpdef _bracket_tail(str text)
cpdef _square_tail(str text)
cpdef bint _agency_after_separator(str content)
cpdef bint _is_credit_content(str content)
cpdef _agency_before(str text, Py_ssize_t slash)
cpdef list _after_last_slash(list words)
cpdef _longest_agency(list words)
cpdef Py_ssize_t _back(str text, Py_ssize_t slash, list words)
cpdef bint _is_boundary_token(str tok)
cpdef bint _score(str core)
cpdef Py_ssize_t _run_start(str text, Py_ssize_t end)
cpdef _plain_tail(str text)
cpdef _hyphen_glued_tail(str text, list words)
cpdef _bare_agency_after(str text, Py_ssize_t slash, Py_ssize_t end)
cpdef _past_place_abbreviation(str text, Py_ssize_t s, Py_ssize_t end)
cpdef Py_ssize_t _via_supplier_start(str text, Py_ssize_t via)
cpdef bint _names_only(str text, Py_ssize_t i)
cpdef Py_ssize_t _glued_start(str text, Py_ssize_t s)
cpdef bint _after_boundary(str text, Py_ssize_t s)
cpdef _name_before_separator(str text, Py_ssize_t s)
cpdef Py_ssize_t _with_label_before(str text, Py_ssize_t start)
cpdef Py_ssize_t _label_start(str text, Py_ssize_t i)
cpdef bint _clean_tail(str tail)
cpdef str _final_period(str line)
cpdef bint _file_phrase(str description, str low)
cpdef bint _handout_hint(str low)
cpdef str _cut_tag_after_bracket(str body)
