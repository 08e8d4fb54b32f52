/* What the compiled modules (classifier/_normalize.c, classifier/features/_hashed_counts.c and
 * _layout.c, classifier/model/_scores.c) share:
 * the CPython includes, str readiness across versions, a growable buffer and the sorted tables of
 * code points above U+FFFF. */
#ifndef ZHCLEAN_CEXT_H
#define ZHCLEAN_CEXT_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Strings are always ready from Python 3.12 on, where the macro is deprecated. */
#if PY_VERSION_HEX >= 0x030C0000
#define STR_READY(s) 0
#else
#define STR_READY(s) PyUnicode_READY(s)
#endif

/* Make *p (holding *cap items of size bytes) hold at least need items, doubling from 256: 0, or
 * -1 with MemoryError set. */
static int grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return 0;
    size_t n = *cap ? *cap : 256;
    while (n < need) n *= 2;
    void *q = realloc(*p, n * size);
    if (!q) { PyErr_NoMemory(); return -1; }
    *p = q; *cap = n;
    return 0;
}

/* Where key is among the n ascending values of sorted (a binary search), or -1. */
static inline Py_ssize_t find_sorted(const uint32_t *sorted, Py_ssize_t n, uint32_t key)
{
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi) {
        Py_ssize_t mid = lo + (hi - lo) / 2;
        if (sorted[mid] < key) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && sorted[lo] == key ? lo : -1;
}

/* 0 when the n values rise strictly, else -1 with a ValueError saying "<what> must be ascending". */
static inline int check_ascending(const uint32_t *values, Py_ssize_t n, const char *what)
{
    for (Py_ssize_t i = 1; i < n; i++)
        if (values[i - 1] >= values[i]) {
            PyErr_Format(PyExc_ValueError, "%s must be ascending", what);
            return -1;
        }
    return 0;
}

#endif
