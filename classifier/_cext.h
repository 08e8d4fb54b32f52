/* What the compiled modules (classifier/_normalize.c, classifier/features/_hashed_counts.c and
 * _layout.c, classifier/model/_scores.c) share:
 * the CPython includes, str readiness across versions, and a growable buffer. */
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

#endif
