/* _layout: the character counts behind the layout features, for a whole batch of lines in one pass.
 *
 * The compiled twin of the counting half of classifier/features/layout.py (_character_counts_numpy),
 * which stays as the fallback and as the reference the tests compare it with, value for value.
 * The Unicode knowledge is not here: Python builds a table of class bits for every code point below
 * U+10000 (layout._bmp_tables) and passes it in with the bit numbers, and, for the few code points
 * above U+FFFF a batch holds (emoji, rare ideographs), their bits in a short table sorted by code
 * point (layout._astral_tables). A line holding a code point above U+FFFF that is not in that
 * table is flagged in the last column, and Python counts it again with the code point added.
 *
 * The result is one bytes object of int64, n_lines rows of n_shares + 8 columns:
 *   0 length of the stripped line     1 its tokens (str.split)   2.. its count of each share class
 *   then: letters and numbers, whether its last character ends a sentence, whether its first is a
 *   numeral, the OR of the trigger bits and the number of digits of the raw line, and the flag. */
#include "../_cext.h"

#define N_TABLE 0x10000

typedef struct {
    const uint32_t *share, *trigger;
    /* The code points above U+FFFF passed in, ascending, and their share and trigger bits. */
    const uint32_t *astral, *astral_share, *astral_trigger;
    Py_ssize_t n_astral;
    int n_shares, ends_bit, letter_or_number_bit, space_bit, digit_bit;
    PyObject *numerals;
} Tables;

/* Where c is in the table of code points above U+FFFF, or -1. */
static inline Py_ssize_t astral_index(const Tables *t, Py_UCS4 c) { return find_sorted(t->astral, t->n_astral, c); }

/* The bits of c in table (share or trigger) or, above U+FFFF, in its astral twin; 0 for a code
 * point above U+FFFF not passed in (its line is flagged and counted again). */
static inline uint32_t bits_of(const Tables *t, const uint32_t *table, const uint32_t *astral_table, Py_UCS4 c)
{
    if (c < N_TABLE) return table[c];
    Py_ssize_t at = astral_index(t, c);
    return at < 0 ? 0 : astral_table[at];
}
#define SHARE_BITS(c) bits_of(t, t->share, t->astral_share, (c))
#define TRIGGER_BITS(c) bits_of(t, t->trigger, t->astral_trigger, (c))

static void count_line(const Tables *t, PyObject *line, int64_t *row)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(line);
    int kind = PyUnicode_KIND(line);
    const void *data = PyUnicode_DATA(line);
    int64_t unknown = 0, triggered = 0, digits = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        uint32_t trigger;
        if (c < N_TABLE) {
            trigger = t->trigger[c];
        } else {
            Py_ssize_t at = astral_index(t, c);
            unknown |= at < 0;
            trigger = at < 0 ? 0 : t->astral_trigger[at];
        }
        triggered |= trigger;
        digits += trigger >> t->digit_bit & 1;
    }
    /* str.strip() takes off what str.isspace() calls white space: the table's space bit (no code
     * point above U+FFFF is white space). */
    const uint32_t space = 1u << t->space_bit;
    Py_ssize_t start = 0, end = n;
    while (start < end && SHARE_BITS(PyUnicode_READ(kind, data, start)) & space) start++;
    while (end > start && SHARE_BITS(PyUnicode_READ(kind, data, end - 1)) & space) end--;
    int64_t tokens = 0, letters_or_numbers = 0;
    int64_t *shares = row + 2;
    for (int k = 0; k < t->n_shares; k++) shares[k] = 0;
    int after_space = 1;
    for (Py_ssize_t i = start; i < end; i++) {
        uint32_t bits = SHARE_BITS(PyUnicode_READ(kind, data, i));
        int is_space = bits >> t->space_bit & 1;
        tokens += !is_space && after_space;
        after_space = is_space;
        for (int k = 0; k < t->n_shares; k++) shares[k] += bits >> k & 1;
        letters_or_numbers += bits >> t->letter_or_number_bit & 1;
    }
    int64_t ends_sentence = 0, starts_numeral = 0;
    if (end > start) {
        ends_sentence = SHARE_BITS(PyUnicode_READ(kind, data, end - 1)) >> t->ends_bit & 1;
        Py_UCS4 first = PyUnicode_READ(kind, data, start);
        starts_numeral = (TRIGGER_BITS(first) >> t->digit_bit & 1) ||
                         PyUnicode_FindChar(t->numerals, first, 0, PyUnicode_GET_LENGTH(t->numerals), 1) >= 0;
    }
    int64_t *tail = shares + t->n_shares;
    row[0] = end - start;
    row[1] = tokens;
    tail[0] = letters_or_numbers;
    tail[1] = ends_sentence;
    tail[2] = starts_numeral;
    tail[3] = triggered;
    tail[4] = digits;
    tail[5] = unknown;
}

static int table_of(Py_buffer *view, const char *name)
{
    if (view->len != N_TABLE * (Py_ssize_t)sizeof(uint32_t)) {
        PyErr_Format(PyExc_ValueError, "%s must hold 65536 uint32", name);
        return -1;
    }
    return 0;
}

static PyObject *character_counts(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *lines_arg, *lines, *result = NULL;
    Py_buffer share, trigger, astral = {0}, astral_share = {0}, astral_trigger = {0};
    Tables t;
    if (!PyArg_ParseTuple(args, "Oy*y*iiiiiU|y*y*y*:character_counts", &lines_arg, &share, &trigger, &t.n_shares,
                          &t.ends_bit, &t.letter_or_number_bit, &t.space_bit, &t.digit_bit, &t.numerals, &astral,
                          &astral_share, &astral_trigger))
        return NULL;
    if (table_of(&share, "share table") < 0 || table_of(&trigger, "trigger table") < 0) goto done;
    if (t.n_shares < 0 || t.n_shares > 32) { PyErr_SetString(PyExc_ValueError, "bad n_shares"); goto done; }
    if (astral.len % sizeof(uint32_t) || astral_share.len != astral.len || astral_trigger.len != astral.len) {
        PyErr_SetString(PyExc_ValueError, "the astral tables must hold as many uint32 as there are code points");
        goto done;
    }
    t.share = share.buf;
    t.trigger = trigger.buf;
    t.astral = astral.buf;
    t.astral_share = astral_share.buf;
    t.astral_trigger = astral_trigger.buf;
    t.n_astral = astral.len / (Py_ssize_t)sizeof(uint32_t);
    if (check_ascending(t.astral, t.n_astral, "the astral code points") < 0) goto done;
    if (!(lines = PySequence_Fast(lines_arg, "lines must be a sequence of str"))) goto done;
    Py_ssize_t n_rows = PySequence_Fast_GET_SIZE(lines), width = t.n_shares + 8;
    PyObject **items = PySequence_Fast_ITEMS(lines);
    for (Py_ssize_t r = 0; r < n_rows; r++) {
        if (!PyUnicode_Check(items[r]) || STR_READY(items[r]) < 0) {
            PyErr_SetString(PyExc_TypeError, "lines must be a sequence of str");
            Py_DECREF(lines);
            goto done;
        }
    }
    result = PyBytes_FromStringAndSize(NULL, n_rows * width * (Py_ssize_t)sizeof(int64_t));
    if (result) {
        int64_t *rows = (int64_t *)PyBytes_AS_STRING(result);
        for (Py_ssize_t r = 0; r < n_rows; r++) count_line(&t, items[r], rows + r * width);
    }
    Py_DECREF(lines);
done:
    PyBuffer_Release(&share);
    PyBuffer_Release(&trigger);
    PyBuffer_Release(&astral);  /* a view never filled (argument not given) is released as a no-op */
    PyBuffer_Release(&astral_share);
    PyBuffer_Release(&astral_trigger);
    return result;
}

static PyMethodDef methods[] = {
    {"character_counts", character_counts, METH_VARARGS,
     "character_counts(lines, share_table, trigger_table, n_shares, ends_bit, letter_or_number_bit, "
     "space_bit, digit_bit, numerals[, astral_points, astral_share, astral_trigger]) -> bytes of int64 rows "
     "(see classifier/features/layout.py)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_layout", NULL, -1, methods};

PyMODINIT_FUNC PyInit__layout(void) { return PyModule_Create(&module); }
