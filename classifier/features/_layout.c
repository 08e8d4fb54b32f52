/* _layout: the character counts behind the layout features, for a whole batch of lines in one pass.
 *
 * The compiled twin of the counting half of classifier/features/layout.py (_character_counts_numpy),
 * which stays as the fallback and as the reference the tests compare it with, value for value.
 * The Unicode knowledge is not here: Python builds a table of class bits for every code point below
 * U+10000 (layout._bmp_tables) and passes it in with the bit numbers. A line holding a code point
 * above U+FFFF is flagged in the last column, and Python counts that line again itself.
 *
 * The result is one bytes object of int64, n_lines rows of n_shares + 8 columns:
 *   0 length of the stripped line     1 its tokens (str.split)   2.. its count of each share class
 *   then: letters and numbers, whether its last character ends a sentence, whether its first is a
 *   numeral, the OR of the trigger bits and the number of digits of the raw line, and the flag. */
#include "../_cext.h"

#define N_TABLE 0x10000

typedef struct {
    const uint32_t *share, *trigger;
    int n_shares, ends_bit, letter_or_number_bit, space_bit, digit_bit;
    PyObject *numerals;
} Tables;

static inline uint32_t bits_of(const uint32_t *table, Py_UCS4 c) { return c < N_TABLE ? table[c] : 0; }

static void count_line(const Tables *t, PyObject *line, int64_t *row)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(line);
    int kind = PyUnicode_KIND(line);
    const void *data = PyUnicode_DATA(line);
    int64_t astral = 0, triggered = 0, digits = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        uint32_t trigger = bits_of(t->trigger, c);
        astral |= c >= N_TABLE;
        triggered |= trigger;
        digits += trigger >> t->digit_bit & 1;
    }
    /* str.strip() takes off what str.isspace() calls white space: the table's space bit (no code
     * point above U+FFFF is white space). */
    const uint32_t space = 1u << t->space_bit;
    Py_ssize_t start = 0, end = n;
    while (start < end && bits_of(t->share, PyUnicode_READ(kind, data, start)) & space) start++;
    while (end > start && bits_of(t->share, PyUnicode_READ(kind, data, end - 1)) & space) end--;
    int64_t tokens = 0, letters_or_numbers = 0;
    int64_t *shares = row + 2;
    for (int k = 0; k < t->n_shares; k++) shares[k] = 0;
    int after_space = 1;
    for (Py_ssize_t i = start; i < end; i++) {
        uint32_t bits = bits_of(t->share, PyUnicode_READ(kind, data, i));
        int is_space = bits >> t->space_bit & 1;
        tokens += !is_space && after_space;
        after_space = is_space;
        for (int k = 0; k < t->n_shares; k++) shares[k] += bits >> k & 1;
        letters_or_numbers += bits >> t->letter_or_number_bit & 1;
    }
    int64_t ends_sentence = 0, starts_numeral = 0;
    if (end > start) {
        ends_sentence = bits_of(t->share, PyUnicode_READ(kind, data, end - 1)) >> t->ends_bit & 1;
        Py_UCS4 first = PyUnicode_READ(kind, data, start);
        starts_numeral = (bits_of(t->trigger, first) >> t->digit_bit & 1) ||
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
    tail[5] = astral;
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
    Py_buffer share, trigger;
    Tables t;
    if (!PyArg_ParseTuple(args, "Oy*y*iiiiiU:character_counts", &lines_arg, &share, &trigger, &t.n_shares,
                          &t.ends_bit, &t.letter_or_number_bit, &t.space_bit, &t.digit_bit, &t.numerals))
        return NULL;
    if (table_of(&share, "share table") < 0 || table_of(&trigger, "trigger table") < 0) goto done;
    if (t.n_shares < 0 || t.n_shares > 32) { PyErr_SetString(PyExc_ValueError, "bad n_shares"); goto done; }
    t.share = share.buf;
    t.trigger = trigger.buf;
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
    return result;
}

static PyMethodDef methods[] = {
    {"character_counts", character_counts, METH_VARARGS,
     "character_counts(lines, share_table, trigger_table, n_shares, ends_bit, letter_or_number_bit, "
     "space_bit, digit_bit, numerals) -> bytes of int64 rows (see classifier/features/layout.py)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_layout", NULL, -1, methods};

PyMODINIT_FUNC PyInit__layout(void) { return PyModule_Create(&module); }
