# C types for dates.py when compiled with Cython (setup.py). dates.py stays the source:
# this file only declares types (an augmenting .pxd). Keep each declaration's arguments in
# step with its function in dates.py; a function not declared here compiles as plain
# Python, which is always right, only slower.
import cython
from cpython.unicode cimport PyUnicode_KIND, PyUnicode_DATA


@cython.locals(out=list, lo=Py_ssize_t, s=Py_ssize_t, e=Py_ssize_t, pos=Py_ssize_t, start=Py_ssize_t)
cpdef list _near_years(str text, bint ascii, list years)
cpdef _kind(str text, Py_ssize_t start, Py_ssize_t end, form, weekday)
@cython.locals(cut=Py_ssize_t, i=Py_ssize_t)
cpdef Py_ssize_t _clause_start(str before)
@cython.locals(lo=Py_ssize_t, maybe=bint, words=list, tail=str)
cpdef bint _is_release(str text, str low, Py_ssize_t start, Py_ssize_t prev_end)
@cython.locals(start=Py_ssize_t, end=Py_ssize_t, i=Py_ssize_t, parts=list)
cpdef _resolve(str text, best, ref)
cpdef bint _past_event(str before)
cpdef bint _dated_dateline(str text, Py_ssize_t start, Py_ssize_t end)
@cython.locals(start=Py_ssize_t, end=Py_ssize_t, prev_end=Py_ssize_t, released_end=Py_ssize_t, best_end=Py_ssize_t)
cpdef _choose(str text, bint ascii, list candidates)
cpdef list _candidates(str text, dates)
@cython.locals(spans=list, n=Py_ssize_t, i=Py_ssize_t, c=str)
cpdef list _years(str text, bint ascii)
ctypedef unsigned char* _ucs1_p
@cython.locals(n=Py_ssize_t, c=Py_UCS4, data=_ucs1_p)
cpdef Py_ssize_t _scan_start(str text, Py_ssize_t pos)
