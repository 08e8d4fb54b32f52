/* _scores: stage 1's linear scores straight from the TF-IDF blocks, without building the matrix.
 *
 * The plain path (classifier/model/line_model.py) scales each TF-IDF block's rows to unit length,
 * stacks the blocks and the dense layout block into one CSR matrix and multiplies it by the
 * weights with scipy: three new copies of every entry and a copy of the weights per batch, for
 * one pass of arithmetic. This does the same arithmetic in one pass, in the same order, so the
 * scores are the plain path's bit for bit (tests/test_model.py compares them):
 *   - a row's norm is the sum of its squared entries, one after the other from 0.0 (as scipy's
 *     csr_matvec sums them), its square root, 1.0 where it is 0;
 *   - each entry is divided by its row's norm;
 *   - each class's score is the sum over the stacked row, block after block and entry after entry
 *     in column order, of entry * weight, from 0.0 (as scipy's csr_matvecs sums them); the layout
 *     block's zeros are skipped, as a CSR matrix does not store them.
 * A block comes either as its entries (1 + log(count)) * idf, computed beforehand, or as its raw
 * counts with a table of 1 + log(k) for k = 1, 2, ... and the block's IDF array: the entry is then
 * table[count - 1] * idf[column], one product rounded as numpy rounds it, so the same bits without
 * numpy's temporary arrays (three passes over every entry and a gather of the IDF). The table
 * comes from numpy's log: numpy's log and the C library's may differ in the last bit. Builds must
 * not contract a * b + c into one rounding (pyproject.toml passes -ffp-contract=off). */
#include "../_cext.h"
#include <math.h>

typedef struct {
    Py_buffer data, indices, indptr;  /* float64 entries (or counts), int32 columns, int64 row starts */
    Py_ssize_t offset;                /* first column of the block in the stacked matrix */
    Py_buffer log_table, idf;         /* float64 1 + log(k) and IDF, when data holds counts */
    int held;                         /* how many of the five buffers are held */
} Block;

static void release_block(Block *b)
{
    if (b->held > 0) PyBuffer_Release(&b->data);
    if (b->held > 1) PyBuffer_Release(&b->indices);
    if (b->held > 2) PyBuffer_Release(&b->indptr);
    if (b->held > 3) PyBuffer_Release(&b->log_table);
    if (b->held > 4) PyBuffer_Release(&b->idf);
    b->held = 0;
}

static int counted(const Block *b) { return b->held > 3; }

/* A C-contiguous buffer of items of the given size (and format letter, when not 0). */
static int get_array(PyObject *obj, Py_buffer *view, Py_ssize_t itemsize, char format, const char *what)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return -1;
    const char *f = view->format ? view->format : "B";
    if (*f == '<' || *f == '=' || *f == '@') f++;
    if (view->itemsize != itemsize || (format && (f[0] != format || f[1]))) {
        PyErr_Format(PyExc_TypeError, "%s: expected items of %zd bytes%s", what, itemsize,
                     format == 'd' ? " (float64)" : "");
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

static int get_block(PyObject *item, Block *b, Py_ssize_t n_rows, Py_ssize_t n_features)
{
    PyObject *data, *indices, *indptr, *log_table = NULL, *idf = NULL;
    memset(b, 0, sizeof *b);
    if (!PyArg_ParseTuple(item, "OOOn|OO", &data, &indices, &indptr, &b->offset, &log_table, &idf)) return -1;
    if ((log_table == NULL) != (idf == NULL)) {
        PyErr_SetString(PyExc_TypeError, "block: a log table needs an idf array");
        return -1;
    }
    if (get_array(data, &b->data, 8, 'd', "block data") < 0) return -1;
    b->held = 1;
    if (get_array(indices, &b->indices, 4, 0, "block indices") < 0) return -1;
    b->held = 2;
    if (get_array(indptr, &b->indptr, 8, 0, "block indptr") < 0) return -1;
    b->held = 3;
    const int64_t *ptr = b->indptr.buf;
    Py_ssize_t nnz = b->data.len / 8;
    if (b->indptr.len / 8 != n_rows + 1 || b->indices.len / 4 != nnz || ptr[0] != 0 || ptr[n_rows] != nnz) {
        PyErr_SetString(PyExc_ValueError, "block: indptr, indices and data do not fit together");
        return -1;
    }
    for (Py_ssize_t r = 0; r < n_rows; r++)
        if (ptr[r + 1] < ptr[r]) { PyErr_SetString(PyExc_ValueError, "block: indptr decreases"); return -1; }
    const int32_t *col = b->indices.buf;
    for (Py_ssize_t j = 0; j < nnz; j++)
        if (col[j] < 0 || b->offset + col[j] >= n_features) {
            PyErr_SetString(PyExc_ValueError, "block: a column lies outside the weights");
            return -1;
        }
    if (log_table == NULL) return 0;
    if (get_array(log_table, &b->log_table, 8, 'd', "log table") < 0) return -1;
    b->held = 4;
    if (get_array(idf, &b->idf, 8, 'd', "idf") < 0) return -1;
    b->held = 5;
    const double *counts = b->data.buf;
    Py_ssize_t n_table = b->log_table.len / 8, n_idf = b->idf.len / 8;
    for (Py_ssize_t j = 0; j < nnz; j++) {
        /* A count is a whole number from 1 to the table's length (NaN fails both tests). */
        if (!(counts[j] >= 1.0 && counts[j] <= (double)n_table) || counts[j] != (double)(int64_t)counts[j]) {
            PyErr_SetString(PyExc_ValueError, "block: a count is not a whole number within the log table");
            return -1;
        }
        if (col[j] >= n_idf) {
            PyErr_SetString(PyExc_ValueError, "block: a column lies outside the idf array");
            return -1;
        }
    }
    return 0;
}

/* Entry j of a block: as given, or 1 + log(count) times the column's IDF. */
static inline double entry(const Block *b, int64_t j)
{
    const double *v = b->data.buf;
    if (!counted(b)) return v[j];
    const double *table = b->log_table.buf, *idf = b->idf.buf;
    const int32_t *col = b->indices.buf;
    return table[(int64_t)v[j] - 1] * idf[col[j]];
}

/* tfidf_scores(blocks, dense, dense_offset, weights, n_rows) -> bytes of float64 scores. */
static PyObject *tfidf_scores(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *blocks_obj, *dense_obj, *weights_obj, *seq = NULL, *out = NULL;
    Py_ssize_t dense_offset, n_rows, n_blocks = 0;
    Py_buffer dense = {0}, weights = {0};
    int have_dense = 0, have_weights = 0;
    Block *blocks = NULL;
    double *row = NULL;  /* one row of a counted block's entries */
    if (!PyArg_ParseTuple(args, "OOnOn", &blocks_obj, &dense_obj, &dense_offset, &weights_obj, &n_rows))
        return NULL;
    if (n_rows < 0) { PyErr_SetString(PyExc_ValueError, "n_rows < 0"); return NULL; }
    if (get_array(weights_obj, &weights, 8, 'd', "weights") < 0) return NULL;
    have_weights = 1;
    if (weights.ndim != 2) { PyErr_SetString(PyExc_ValueError, "weights: expected 2 dimensions"); goto done; }
    Py_ssize_t n_features = weights.shape[0], n_classes = weights.shape[1];
    const double *w = weights.buf;

    if (get_array(dense_obj, &dense, 8, 'd', "dense") < 0) goto done;
    have_dense = 1;
    Py_ssize_t n_dense = dense.ndim == 2 ? dense.shape[1] : -1;
    if (n_dense < 0 || dense.shape[0] != n_rows || dense_offset < 0 || dense_offset + n_dense > n_features) {
        PyErr_SetString(PyExc_ValueError, "dense: expected n_rows rows within the weights");
        goto done;
    }
    const double *d = dense.buf;

    seq = PySequence_Fast(blocks_obj, "blocks: expected a sequence");
    if (!seq) goto done;
    n_blocks = PySequence_Fast_GET_SIZE(seq);
    blocks = calloc(n_blocks ? n_blocks : 1, sizeof *blocks);
    if (!blocks) { PyErr_NoMemory(); goto done; }
    for (Py_ssize_t k = 0; k < n_blocks; k++)
        if (get_block(PySequence_Fast_GET_ITEM(seq, k), &blocks[k], n_rows, n_features) < 0) goto done;
    int64_t longest = 1;
    for (Py_ssize_t k = 0; k < n_blocks; k++) {
        const int64_t *ptr = blocks[k].indptr.buf;
        for (Py_ssize_t r = 0; counted(&blocks[k]) && r < n_rows; r++)
            if (ptr[r + 1] - ptr[r] > longest) longest = ptr[r + 1] - ptr[r];
    }
    row = malloc(longest * sizeof *row);
    if (!row) { PyErr_NoMemory(); goto done; }

    out = PyBytes_FromStringAndSize(NULL, n_rows * n_classes * (Py_ssize_t)sizeof(double));
    if (!out) goto done;
    double *scores = (double *)PyBytes_AS_STRING(out);
    for (Py_ssize_t r = 0; r < n_rows; r++) {
        double *y = scores + r * n_classes;
        for (Py_ssize_t c = 0; c < n_classes; c++) y[c] = 0.0;
        for (Py_ssize_t k = 0; k < n_blocks; k++) {
            const int32_t *col = blocks[k].indices.buf;
            const int64_t *ptr = blocks[k].indptr.buf;
            const double *v = blocks[k].data.buf;
            if (counted(&blocks[k])) {  /* the row's entries, worked out once into the scratch row */
                for (int64_t j = ptr[r]; j < ptr[r + 1]; j++) row[j - ptr[r]] = entry(&blocks[k], j);
                v = row - ptr[r];
            }
            double norm = 0.0;
            for (int64_t j = ptr[r]; j < ptr[r + 1]; j++) norm += v[j] * v[j];
            norm = sqrt(norm);
            if (norm == 0.0) norm = 1.0;
            for (int64_t j = ptr[r]; j < ptr[r + 1]; j++) {
                double x = v[j] / norm;
                const double *wj = w + (blocks[k].offset + col[j]) * n_classes;
                for (Py_ssize_t c = 0; c < n_classes; c++) y[c] += x * wj[c];
            }
        }
        for (Py_ssize_t j = 0; j < n_dense; j++) {
            double x = d[r * n_dense + j];
            if (x == 0.0) continue;
            const double *wj = w + (dense_offset + j) * n_classes;
            for (Py_ssize_t c = 0; c < n_classes; c++) y[c] += x * wj[c];
        }
    }

done:
    for (Py_ssize_t k = 0; k < n_blocks && blocks; k++) release_block(&blocks[k]);
    free(blocks);
    free(row);
    Py_XDECREF(seq);
    if (have_dense) PyBuffer_Release(&dense);
    if (have_weights) PyBuffer_Release(&weights);
    if (PyErr_Occurred()) Py_CLEAR(out);
    return out;
}

static PyMethodDef methods[] = {
    {"tfidf_scores", tfidf_scores, METH_VARARGS,
     "tfidf_scores(blocks, dense, dense_offset, weights, n_rows) -> bytes of n_rows x n_classes float64 "
     "scores: each block (data, indices, indptr, column_offset) a CSR block of unnormalised TF-IDF "
     "entries whose rows are scaled to unit length, or (counts, indices, indptr, column_offset, "
     "log_table, idf) with entries log_table[count - 1] * idf[column], dense an (n_rows, m) float64 "
     "block, weights an "
     "(n_features, n_classes) float64 array"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_scores", NULL, -1, methods};

PyMODINIT_FUNC PyInit__scores(void) { return PyModule_Create(&module); }
