/* _hashed_counts: hashed count rows (CSR buffers) of character n-grams and of words + word pairs.
 *
 * The compiled twin of the numpy code in classifier/features/line_features.py, which stays as the
 * fallback when this module is not built and as the reference the tests compare it with, bit for
 * bit. A feature's bucket is abs(signed MurmurHash3_x86_32(utf8, seed 0)) % n_buckets, exactly as
 * the numpy code (and scikit-learn's HashingVectorizer) computes it. Each row is built on its own: its
 * buckets sorted (a small per-row sort, never a global one) and run-length counted. Results are
 * three bytes objects: indptr (int64, n_rows + 1), indices (int32), counts (float64). */
#include "../_cext.h"

/* ---- MurmurHash3 x86 32-bit, seed 0 ---------------------------------------------------------- */

static inline uint32_t rotl32(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }
static inline uint32_t scramble(uint32_t k) { return rotl32(k * 0xcc9e2d51u, 15) * 0x1b873593u; }

static uint32_t murmur3_32(const uint8_t *p, size_t len)
{
    uint32_t h = 0, k = 0;
    for (size_t i = 0; i < len / 4; i++, p += 4) {
        /* Little-endian whatever the host (the numpy code reads "<u4"); one load on x86. */
        k = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
        h = rotl32(h ^ scramble(k), 13) * 5 + 0xe6546b64u;
    }
    k = 0;
    switch (len & 3) {
    case 3: k ^= (uint32_t)p[2] << 16; /* fall through */
    case 2: k ^= (uint32_t)p[1] << 8;  /* fall through */
    case 1: k ^= p[0]; h ^= scramble(k);
    }
    h ^= (uint32_t)len;
    h ^= h >> 16; h *= 0x85ebca6bu;
    h ^= h >> 13; h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

typedef struct { uint32_t n, mask; } Buckets;  /* mask != 0: n is a power of two, skip the division */

static inline uint32_t bucket_of(const Buckets *b, const uint8_t *p, size_t len)
{
    uint32_t h = murmur3_32(p, len);
    /* abs of h as a signed int32, taken in unsigned arithmetic: like numpy's abs in int64, the
     * hash INT32_MIN gives 2**31 (which an int32 abs would leave negative). */
    uint32_t a = h >> 31 ? 0u - h : h;
    return b->mask ? a & b->mask : a % b->n;
}

/* ---- growable scratch arrays and the output rows --------------------------------------------- */

typedef struct {
    uint8_t *bytes; size_t cap_bytes;    /* UTF-8 of the current row */
    size_t *off; size_t cap_off;         /* byte offset of each of its code points */
    uint32_t *keys, *tmp; size_t cap_keys, cap_tmp;  /* buckets of its features, sort scratch */
    int shift;                           /* of the top 8 bits of a bucket, for the radix sort */
    /* The results are written in place into bytes objects sized for every feature distinct, then
     * shrunk: no copy, and the pages past the end are never touched (a fresh 10 MB buffer costs
     * more in page faults than the hashing of a small batch). CPython 8-aligns bytes data. */
    PyObject *indptr_b, *indices_b, *counts_b;
    int64_t *indptr; int32_t *indices; double *counts;
    size_t nnz;
} Work;

static void work_free(Work *w)
{
    free(w->bytes); free(w->off); free(w->keys); free(w->tmp);
    Py_XDECREF(w->indptr_b); Py_XDECREF(w->indices_b); Py_XDECREF(w->counts_b);
}

static int work_init(Work *w, Py_ssize_t n_rows, size_t max_nnz, const Buckets *b)
{
    memset(w, 0, sizeof *w);
    while (w->shift + 8 < 32 && (b->n - 1) >> (w->shift + 8)) w->shift++;
    w->indptr_b = PyBytes_FromStringAndSize(NULL, (n_rows + 1) * sizeof *w->indptr);
    w->indices_b = PyBytes_FromStringAndSize(NULL, max_nnz * sizeof *w->indices);
    w->counts_b = PyBytes_FromStringAndSize(NULL, max_nnz * sizeof *w->counts);
    if (!w->indptr_b || !w->indices_b || !w->counts_b) { work_free(w); return -1; }
    w->indptr = (int64_t *)PyBytes_AS_STRING(w->indptr_b);
    w->indices = (int32_t *)PyBytes_AS_STRING(w->indices_b);
    w->counts = (double *)PyBytes_AS_STRING(w->counts_b);
    w->indptr[0] = 0;
    return 0;
}

/* Room for the n keys of a row and for their sort. */
static int reserve_keys(Work *w, size_t n)
{
    return grow((void **)&w->keys, &w->cap_keys, n, sizeof *w->keys) < 0 ||
           grow((void **)&w->tmp, &w->cap_tmp, n, sizeof *w->tmp) < 0 ? -1 : 0;
}

static void insertion_sort(uint32_t *a, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        uint32_t v = a[i];
        size_t j = i;
        for (; j > 0 && a[j - 1] > v; j--) a[j] = a[j - 1];
        a[j] = v;
    }
}

/* MSD radix sort of keys below 2**(shift + 8), tmp as scratch. Comparison sorts spend most of
 * their time on mispredicted branches over hashed (random) keys: an introsort took 55% of
 * char_ngrams, this one pass of 8 bits (most bins then hold 0 or 1 key) a fraction of it. Runs
 * of equal keys ("长" * 500) cost one pass per 8 bits, never O(n^2). */
static void sort_keys(uint32_t *a, uint32_t *tmp, size_t n, int shift)
{
    if (n <= 32) { insertion_sort(a, n); return; }
    size_t start[257] = {0}, pos[256];
    for (size_t i = 0; i < n; i++) start[(a[i] >> shift & 0xFF) + 1]++;
    for (int d = 0; d < 256; d++) start[d + 1] += start[d];
    memcpy(pos, start, sizeof pos);
    for (size_t i = 0; i < n; i++) tmp[pos[a[i] >> shift & 0xFF]++] = a[i];
    memcpy(a, tmp, n * sizeof *a);
    if (shift == 0) return;
    /* Within a bin every bit from shift up is equal: sort on the 8 bits below (or bits 0-7). */
    for (int d = 0; d < 256; d++)
        if (start[d + 1] - start[d] > 1)
            sort_keys(a + start[d], tmp + start[d], start[d + 1] - start[d], shift > 8 ? shift - 8 : 0);
}

/* Sort n keys below 2**bits (at most 4096: a line's worth) by counting them into about 2n bins by
 * their top bits and then one insertion pass, which moves each key only within its bin: O(n) for
 * hashed keys, where sort_keys's 256 bins a pass cost more than a line's hundred-odd keys. On the
 * distinct real lines, char_ngrams takes about 20% less time with it (docs/speed.md). Returns -1, having
 * sorted nothing, if a bin holds more than 64 keys (a character repeated, or keys made to collide),
 * so that the insertion pass never goes quadratic: sort_keys then does it. */
static int bin_sort(uint32_t *a, uint32_t *tmp, size_t n, int bits)
{
    int k = 4;
    while (k < 12 && ((size_t)1 << k) < 2 * n) k++;
    if (k > bits) k = bits;
    int shift = bits - k;
    size_t n_bins = (size_t)1 << k;
    uint32_t end[(1 << 12) + 1];
    memset(end, 0, (n_bins + 1) * sizeof *end);
    for (size_t i = 0; i < n; i++) end[(a[i] >> shift) + 1]++;
    for (size_t d = 0; d < n_bins; d++) {
        if (end[d + 1] > 64) return -1;
        end[d + 1] += end[d];
    }
    for (size_t i = 0; i < n; i++) tmp[end[a[i] >> shift]++] = a[i];
    memcpy(a, tmp, n * sizeof *a);
    insertion_sort(a, n);
    return 0;
}

/* Sort the row's n keys and append its distinct buckets and their counts. */
static void end_row(Work *w, Py_ssize_t row, size_t n)
{
    uint32_t *k = w->keys;
    if (n <= 8 || n > 4096 || bin_sort(k, w->tmp, n, w->shift + 8) < 0) sort_keys(k, w->tmp, n, w->shift);
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && k[j] == k[i]; j++) {}
        w->indices[w->nnz] = (int32_t)k[i];
        w->counts[w->nnz++] = (double)(j - i);
    }
    w->indptr[row + 1] = (int64_t)w->nnz;
}

static PyObject *work_result(Work *w)
{
    PyObject *r = NULL;
    if (_PyBytes_Resize(&w->indices_b, w->nnz * sizeof *w->indices) == 0 &&
        _PyBytes_Resize(&w->counts_b, w->nnz * sizeof *w->counts) == 0) {
        r = PyTuple_Pack(3, w->indptr_b, w->indices_b, w->counts_b);
    }
    work_free(w);  /* _PyBytes_Resize left NULL on failure, which Py_XDECREF skips */
    return r;
}

/* ---- UTF-8 straight from the str's code points ----------------------------------------------- */

/* Write the UTF-8 of s (room for 4 bytes a code point) to out; with off, the byte offset of each
 * code point in out. Returns the bytes written, or -1 with ValueError on a surrogate (which
 * str.encode("utf-8") refuses too, so the numpy code could not have hashed it). */
static Py_ssize_t encode_utf8(PyObject *s, uint8_t *out, size_t *off)
{
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    uint8_t *o = out;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (off) off[i] = (size_t)(o - out);
        if (c < 0x80) { *o++ = (uint8_t)c; }
        else if (c < 0x800) { *o++ = 0xC0 | c >> 6; *o++ = 0x80 | (c & 0x3F); }
        else if (c < 0x10000) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                PyErr_Format(PyExc_ValueError, "surrogate U+%04X at index %zd of a string", (unsigned)c, i);
                return -1;
            }
            *o++ = 0xE0 | c >> 12; *o++ = 0x80 | (c >> 6 & 0x3F); *o++ = 0x80 | (c & 0x3F);
        } else {
            *o++ = 0xF0 | c >> 18; *o++ = 0x80 | (c >> 12 & 0x3F);
            *o++ = 0x80 | (c >> 6 & 0x3F); *o++ = 0x80 | (c & 0x3F);
        }
    }
    return o - out;
}

static int get_buckets(long long n_buckets, Buckets *b)
{
    if (n_buckets < 1 || n_buckets > (1LL << 31)) {  /* indices are int32 */
        PyErr_SetString(PyExc_ValueError, "n_buckets must be in [1, 2**31]");
        return -1;
    }
    b->n = (uint32_t)n_buckets;
    b->mask = (b->n & (b->n - 1)) ? 0 : b->n - 1;  /* n == 1 gives 0: a % 1, right too */
    return 0;
}

/* ---- char_ngrams ------------------------------------------------------------------------------ */

static size_t n_ngrams(size_t len, size_t nmin, size_t nmax)
{
    size_t total = 0;
    for (size_t n = nmin; n <= nmax && n <= len; n++) total += len - n + 1;
    return total;
}

static PyObject *char_ngrams(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *lines_arg, *lines;
    Py_ssize_t nmin, nmax;
    long long n_buckets;
    Buckets b;
    if (!PyArg_ParseTuple(args, "OnnL:char_ngrams", &lines_arg, &nmin, &nmax, &n_buckets)) return NULL;
    if (nmin < 1 || nmax < nmin) { PyErr_SetString(PyExc_ValueError, "need 1 <= nmin <= nmax"); return NULL; }
    if (get_buckets(n_buckets, &b) < 0) return NULL;
    if (!(lines = PySequence_Fast(lines_arg, "lines must be a sequence of str"))) return NULL;
    Py_ssize_t n_rows = PySequence_Fast_GET_SIZE(lines);
    PyObject **items = PySequence_Fast_ITEMS(lines);
    size_t max_nnz = 0;  /* every n-gram a distinct bucket: room for all of them */
    for (Py_ssize_t r = 0; r < n_rows; r++) {
        if (!PyUnicode_Check(items[r]) || STR_READY(items[r]) < 0) {
            PyErr_SetString(PyExc_TypeError, "lines must be a sequence of str");
            Py_DECREF(lines); return NULL;
        }
        max_nnz += n_ngrams(PyUnicode_GET_LENGTH(items[r]), nmin, nmax);
    }
    Work w;
    if (work_init(&w, n_rows, max_nnz, &b) < 0) { Py_DECREF(lines); return NULL; }
    for (Py_ssize_t r = 0; r < n_rows; r++) {
        size_t len = (size_t)PyUnicode_GET_LENGTH(items[r]), n_keys = 0;
        if (grow((void **)&w.bytes, &w.cap_bytes, 4 * len + 1, 1) < 0 ||
            grow((void **)&w.off, &w.cap_off, len + 1, sizeof *w.off) < 0) goto fail;
        Py_ssize_t nbytes = encode_utf8(items[r], w.bytes, w.off);
        if (nbytes < 0) goto fail;
        w.off[len] = (size_t)nbytes;
        if (reserve_keys(&w, n_ngrams(len, nmin, nmax)) < 0) goto fail;
        for (size_t n = nmin; n <= (size_t)nmax && n <= len; n++)
            for (size_t i = 0; i + n <= len; i++)
                w.keys[n_keys++] = bucket_of(&b, w.bytes + w.off[i], w.off[i + n] - w.off[i]);
        end_row(&w, r, n_keys);
    }
    Py_DECREF(lines);
    return work_result(&w);
fail:
    Py_DECREF(lines);
    work_free(&w);
    return NULL;
}

/* ---- words ------------------------------------------------------------------------------------ */

/* Row r: the count words of items, each word and each pair a|b of consecutive ones. */
static int word_row(Work *w, const Buckets *b, Py_ssize_t r, PyObject *const *items, Py_ssize_t count)
{
    size_t need = 0, n_keys = 0;
    for (Py_ssize_t k = 0; k < count; k++) need += 4 * (size_t)PyUnicode_GET_LENGTH(items[k]) + 1;
    if (grow((void **)&w->bytes, &w->cap_bytes, need, 1) < 0 || reserve_keys(w, 2 * (size_t)count) < 0) return -1;
    /* The row's words joined by "|": the pair a|b is then the span from a's start to b's end,
     * hashed without building the pair string. */
    uint8_t *o = w->bytes, *prev = NULL;
    for (Py_ssize_t k = 0; k < count; k++) {
        Py_ssize_t len = encode_utf8(items[k], o, NULL);
        if (len < 0) return -1;
        w->keys[n_keys++] = bucket_of(b, o, len);
        if (prev) w->keys[n_keys++] = bucket_of(b, prev, (size_t)(o + len - prev));
        prev = o;
        o += len;
        *o++ = '|';
    }
    end_row(w, r, n_keys);
    return 0;
}

/* The row of each word, from an int64 buffer (a numpy array from tokenize_many: copied, as it
 * need not be aligned). */
static int64_t *read_rows(PyObject *obj, Py_ssize_t n_words)
{
    int64_t *rows = malloc((n_words ? n_words : 1) * sizeof *rows);
    Py_buffer view;
    if (!rows) return (int64_t *)PyErr_NoMemory();
    if (PyObject_GetBuffer(obj, &view, PyBUF_C_CONTIGUOUS) < 0) goto fail;
    int ok = view.len == n_words * (Py_ssize_t)sizeof *rows;
    if (ok) memcpy(rows, view.buf, view.len);
    PyBuffer_Release(&view);
    if (ok) return rows;
    PyErr_SetString(PyExc_ValueError, "rows must be an int64 buffer, one per word");
fail:
    free(rows);
    return NULL;
}

static PyObject *words(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *words_arg, *rows_arg, *seq;
    Py_ssize_t n_rows;
    long long n_buckets;
    Buckets b;
    if (!PyArg_ParseTuple(args, "OOnL:words", &words_arg, &rows_arg, &n_rows, &n_buckets)) return NULL;
    if (n_rows < 0) { PyErr_SetString(PyExc_ValueError, "n_rows must be >= 0"); return NULL; }
    if (get_buckets(n_buckets, &b) < 0) return NULL;
    if (!(seq = PySequence_Fast(words_arg, "words must be a sequence of str"))) return NULL;
    Py_ssize_t n_words = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    int64_t *rows = read_rows(rows_arg, n_words);
    if (!rows) { Py_DECREF(seq); return NULL; }
    for (Py_ssize_t i = 0; i < n_words; i++) {
        if (!PyUnicode_Check(items[i]) || STR_READY(items[i]) < 0) {
            PyErr_SetString(PyExc_TypeError, "words must be a sequence of str");
            goto fail_early;
        }
        /* Pairs join consecutive words of a row, so a row's words must be one run. */
        if (rows[i] < 0 || rows[i] >= n_rows || (i && rows[i] < rows[i - 1])) {
            PyErr_SetString(PyExc_ValueError, "rows must be non-decreasing and in [0, n_rows)");
            goto fail_early;
        }
    }
    Work w;
    if (work_init(&w, n_rows, 2 * (size_t)n_words, &b) < 0) goto fail_early;
    Py_ssize_t i = 0;
    for (Py_ssize_t r = 0; r < n_rows; r++) {
        Py_ssize_t first = i;
        while (i < n_words && rows[i] == r) i++;
        if (word_row(&w, &b, r, items + first, i - first) < 0) goto fail;
    }
    Py_DECREF(seq);
    free(rows);
    return work_result(&w);
fail:
    work_free(&w);
fail_early:
    Py_DECREF(seq);
    free(rows);
    return NULL;
}

/* ---- words straight from the segmenter's tokens ---------------------------------------------- */

/* As str.isspace: non-empty and every character white space. */
static int is_space_token(PyObject *s)
{
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    for (Py_ssize_t i = 0; i < n; i++)
        if (!Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i))) return 0;
    return n > 0;
}

static int is_newline_token(PyObject *s)
{
    return PyUnicode_GET_LENGTH(s) == 1 && PyUnicode_READ_CHAR(s, 0) == '\n';
}

/* The tokens of n_rows lines joined by "\n", as the segmenter returns them: each "\n" token ends a
 * row, other white-space tokens are dropped. None when the "\n" tokens are not n_rows - 1 (the
 * caller then segments line by line). Replaces a Python loop over every token. */
static PyObject *words_of_tokens(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *tokens_arg, *seq;
    Py_ssize_t n_rows;
    long long n_buckets;
    Buckets b;
    if (!PyArg_ParseTuple(args, "OnL:words_of_tokens", &tokens_arg, &n_rows, &n_buckets)) return NULL;
    if (n_rows < 0) { PyErr_SetString(PyExc_ValueError, "n_rows must be >= 0"); return NULL; }
    if (get_buckets(n_buckets, &b) < 0) return NULL;
    if (!(seq = PySequence_Fast(tokens_arg, "tokens must be a sequence of str"))) return NULL;
    Py_ssize_t n_tokens = PySequence_Fast_GET_SIZE(seq), newlines = 0;
    PyObject **items = PySequence_Fast_ITEMS(seq);
    for (Py_ssize_t i = 0; i < n_tokens; i++) {
        if (!PyUnicode_Check(items[i]) || STR_READY(items[i]) < 0) {
            PyErr_SetString(PyExc_TypeError, "tokens must be a sequence of str");
            Py_DECREF(seq); return NULL;
        }
        newlines += is_newline_token(items[i]);
    }
    if (newlines != (n_rows > 0 ? n_rows - 1 : 0)) { Py_DECREF(seq); Py_RETURN_NONE; }
    /* The words of the current row, borrowed from seq. */
    PyObject **row_words = malloc((n_tokens ? n_tokens : 1) * sizeof *row_words);
    if (!row_words) { Py_DECREF(seq); return PyErr_NoMemory(); }
    Work w;
    if (work_init(&w, n_rows, 2 * (size_t)n_tokens, &b) < 0) goto fail_early;
    Py_ssize_t r = 0, count = 0;
    for (Py_ssize_t i = 0; i <= n_tokens && r < n_rows; i++) {
        if (i == n_tokens || is_newline_token(items[i])) {
            if (word_row(&w, &b, r++, row_words, count) < 0) goto fail;
            count = 0;
        } else if (!is_space_token(items[i])) {
            row_words[count++] = items[i];
        }
    }
    free(row_words);
    Py_DECREF(seq);
    return work_result(&w);
fail:
    work_free(&w);
fail_early:
    free(row_words);
    Py_DECREF(seq);
    return NULL;
}

static PyMethodDef methods[] = {
    {"char_ngrams", char_ngrams, METH_VARARGS, "char_ngrams(lines, nmin, nmax, n_buckets) -> "
     "(indptr, indices, counts) bytes of the n-grams of nmin..nmax code points of each line"},
    {"words", words, METH_VARARGS, "words(words, rows, n_rows, n_buckets) -> (indptr, indices, "
     "counts) bytes of each word and each pair a|b of consecutive words of one row"},
    {"words_of_tokens", words_of_tokens, METH_VARARGS, "words_of_tokens(tokens, n_rows, n_buckets) -> as "
     "words(), the rows split at the \\n tokens and white-space tokens dropped; None if there are "
     "not n_rows - 1 \\n tokens"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_hashed_counts", NULL, -1, methods};

PyMODINIT_FUNC PyInit__hashed_counts(void) { return PyModule_Create(&module); }
