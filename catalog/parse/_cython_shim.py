"""Stand-in for the `cython` module when the parser runs as plain Python without Cython.

The step modules import `cython` only for `@cython.locals(...)` on generator functions,
which an augmenting .pxd cannot type; uncompiled, the decorator does nothing.
"""


def locals(**_types):  # noqa: A001 - the name Cython gives it
    return lambda fn: fn


def boundscheck(_on):  # a compiler directive: nothing to do in plain Python
    return lambda fn: fn


wraparound = boundscheck


Py_ssize_t = int
bint = bool
