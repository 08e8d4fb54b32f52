/* _normalize: normalize_for_features for a whole batch of lines, driven by per-character tables.
 *
 * The compiled twin of classifier/normalize.py (NFKC, lower case, digit runs as their length
 * class, white space runs as one space, stripped). The Unicode knowledge is not here: Python builds
 * the tables from its own unicodedata (normalize.py, _fold_tables) and lists there only the
 * characters whose NFKC and lower case do not depend on their neighbours. A line holding any other
 * character is handed to the Python function given as fallback, so every result is exactly what
 * normalize_for_features returns (tests/test_normalize_compiled.py holds the two together).
 *
 * entries: uint32 per BMP code point, 0 for "not in the table", else (offset << 3) | count: the
 *          character becomes items[offset .. offset + count).
 * items:   uint32, (code point << 2) | kind, kind 0 a character, 1 a digit, 2 white space.
 * Optionally, for code points above U+FFFF (emoji, rare ideographs: a batch holds few), the same
 * as three short tables: the code points, ascending, their entries and the items these point to. */
#include "_cext.h"

#define N_ENTRIES 0x10000
enum { CHAR = 0, DIGIT = 1, SPACE = 2 };

typedef struct {
    const uint32_t *entries, *items;
    const uint32_t *astral, *astral_entries, *astral_items;
    size_t n_astral;
    Py_UCS4 *out;
    size_t cap;
} Tables;

/* c's entry and the items it points into; an entry of 0 when the tables do not cover c. */
static uint32_t entry_of(const Tables *t, Py_UCS4 c, const uint32_t **items)
{
    if (c < N_ENTRIES) {
        *items = t->items;
        return t->entries[c];
    }
    Py_ssize_t at = find_sorted(t->astral, (Py_ssize_t)t->n_astral, c);
    *items = t->astral_items;
    return at < 0 ? 0 : t->astral_entries[at];
}

/* The digit run as its length class, as normalize.py's _digit_shape: "0" per started 4 digits, at
 * most 4. */
static size_t put_digit_shape(Py_UCS4 *out, size_t n, size_t run)
{
    size_t zeros = (run + 3) / 4;
    if (zeros > 4) zeros = 4;
    for (size_t i = 0; i < zeros; i++) out[n++] = '0';
    return n;
}

/* Room for n + extra code points in the output buffer. */
static int reserve(Tables *t, size_t n, size_t extra)
{
    return grow((void **)&t->out, &t->cap, n + extra, sizeof *t->out);
}

/* The normalised line, or NULL with no error set when the tables do not cover it. */
static PyObject *fold_line(Tables *t, PyObject *line)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(line);
    int kind = PyUnicode_KIND(line);
    const void *data = PyUnicode_DATA(line);
    size_t n = 0, digits = 0;
    int space = 0;  /* white space seen since the last character written */
    /* The output grows as it is written: most lines fold to their own length, and sizing for the
     * worst case (7 code points per character) would take 28 bytes per character of a 10 MB line. */
    if (reserve(t, 0, (size_t)len + 16) < 0) return NULL;
    for (Py_ssize_t i = 0; i < len; i++) {
        const uint32_t *items;
        uint32_t e = entry_of(t, PyUnicode_READ(kind, data, i), &items);
        if (!e) return NULL;
        /* This character's items (at most 7), a space before them and a pending digit run (4). */
        if (reserve(t, n, 12) < 0) return NULL;
        for (const uint32_t *it = items + (e >> 3), *end = it + (e & 7); it < end; it++) {
            uint32_t item_kind = *it & 3;
            if (item_kind == SPACE) {
                if (digits) { n = put_digit_shape(t->out, n, digits); digits = 0; }
                space = 1;
                continue;
            }
            if (space && n) t->out[n++] = ' ';  /* runs become one space; none at either end */
            space = 0;
            if (item_kind == DIGIT) { digits++; continue; }
            if (digits) { n = put_digit_shape(t->out, n, digits); digits = 0; }
            t->out[n++] = *it >> 2;
        }
    }
    if (reserve(t, n, 4) < 0) return NULL;
    if (digits) n = put_digit_shape(t->out, n, digits);
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, t->out, (Py_ssize_t)n);
}

/* 0 when every entry of entries[0 .. n) points inside items (of n_items), else -1 with ValueError:
 * then no read can go out of bounds. */
static int check_entries(const uint32_t *entries, size_t n, size_t n_items)
{
    for (size_t c = 0; c < n; c++)
        if (entries[c] && (entries[c] >> 3) + (entries[c] & 7) > n_items) {
            PyErr_SetString(PyExc_ValueError, "an entry points past the end of items");
            return -1;
        }
    return 0;
}

static int read_tables(PyObject *entries, PyObject *items, PyObject *astral, PyObject *astral_entries,
                       PyObject *astral_items, Tables *t)
{
    if (!PyBytes_Check(entries) || PyBytes_GET_SIZE(entries) != N_ENTRIES * 4 || !PyBytes_Check(items)
        || PyBytes_GET_SIZE(items) % 4) {
        PyErr_SetString(PyExc_ValueError, "entries must be 65536 uint32 as bytes, items uint32 as bytes");
        return -1;
    }
    t->entries = (const uint32_t *)PyBytes_AS_STRING(entries);
    t->items = (const uint32_t *)PyBytes_AS_STRING(items);
    t->astral = t->astral_entries = t->astral_items = NULL;
    t->n_astral = 0;
    size_t n_astral_items = 0;
    if (astral) {  /* given together or not at all */
        if (!astral_entries || !astral_items || PyBytes_GET_SIZE(astral) % 4
            || PyBytes_GET_SIZE(astral_entries) != PyBytes_GET_SIZE(astral) || PyBytes_GET_SIZE(astral_items) % 4) {
            PyErr_SetString(PyExc_ValueError, "the astral tables must be uint32 as bytes, an entry per code point");
            return -1;
        }
        t->astral = (const uint32_t *)PyBytes_AS_STRING(astral);
        t->astral_entries = (const uint32_t *)PyBytes_AS_STRING(astral_entries);
        t->astral_items = (const uint32_t *)PyBytes_AS_STRING(astral_items);
        t->n_astral = (size_t)PyBytes_GET_SIZE(astral) / 4;
        n_astral_items = (size_t)PyBytes_GET_SIZE(astral_items) / 4;
    }
    if (check_ascending(t->astral, (Py_ssize_t)t->n_astral, "the astral code points") < 0) return -1;
    /* The BMP check takes a few microseconds. */
    if (check_entries(t->entries, N_ENTRIES, (size_t)PyBytes_GET_SIZE(items) / 4) < 0
        || check_entries(t->astral_entries, t->n_astral, n_astral_items) < 0)
        return -1;
    t->out = NULL;
    t->cap = 0;
    return 0;
}

static PyObject *fold_lines(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *lines_arg, *entries, *items, *fallback;
    PyObject *astral = NULL, *astral_entries = NULL, *astral_items = NULL;
    if (!PyArg_ParseTuple(args, "OSSO|SSS:fold_lines", &lines_arg, &entries, &items, &fallback, &astral,
                          &astral_entries, &astral_items))
        return NULL;
    if (!PyCallable_Check(fallback)) { PyErr_SetString(PyExc_TypeError, "fallback must be callable"); return NULL; }
    Tables t;
    if (read_tables(entries, items, astral, astral_entries, astral_items, &t) < 0) return NULL;
    PyObject *lines = PySequence_Fast(lines_arg, "lines must be a sequence of str");
    if (!lines) return NULL;
    Py_ssize_t n_lines = PySequence_Fast_GET_SIZE(lines);
    PyObject *result = PyList_New(n_lines);
    if (!result) goto fail;
    for (Py_ssize_t r = 0; r < n_lines; r++) {
        PyObject *line = PySequence_Fast_GET_ITEM(lines, r), *folded;
        if (!PyUnicode_Check(line) || STR_READY(line) < 0) {
            PyErr_SetString(PyExc_TypeError, "lines must be a sequence of str");
            goto fail;
        }
        folded = fold_line(&t, line);
        if (!folded && !PyErr_Occurred()) folded = PyObject_CallOneArg(fallback, line);
        if (!folded) goto fail;
        PyList_SET_ITEM(result, r, folded);
    }
    Py_DECREF(lines);
    free(t.out);
    return result;
fail:
    Py_DECREF(lines);
    Py_XDECREF(result);
    free(t.out);
    return NULL;
}

static PyMethodDef methods[] = {
    {"fold_lines", fold_lines, METH_VARARGS, "fold_lines(lines, entries, items, fallback[, astral_points, "
     "astral_entries, astral_items]) -> list of each line normalised through the tables, or by "
     "fallback(line) where they do not cover it"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_normalize", NULL, -1, methods};

PyMODINIT_FUNC PyInit__normalize(void) { return PyModule_Create(&module); }
