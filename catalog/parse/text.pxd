# C types for text.py when compiled with Cython (setup.py); text.py stays the source.
import cython


@cython.locals(c=cython.Py_UCS4, prev=cython.Py_UCS4)
cpdef bint _clean_ascii(str text)
