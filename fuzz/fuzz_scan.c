/*
 * fuzz_scan.c — the scanner on arbitrary text.
 *
 * Input: byte 0 picks the locale hint (low 5 bits) and the API path (high 3
 * bits), byte 1 the option flags (low 4 bits) and kinds (bits 4-5), byte 2
 * the default currency; the rest is the text. Paths:
 *   0-3  the scan iterator, twice over the text with a reset between: the
 *        same figures both times (a reset forgets the document);
 *   4-5  figparse_scan_all(), which must give what the iterator gives;
 *   6    figparse_parse_money() on the whole text;
 *   7    the iterator, then figparse_parse_money() on every figure's span.
 * Every figure must keep the header's promises: in text order, inside the
 * text, not overlapping, numbered from 0, and a well-formed money record.
 */
#include "fuzz_common.h"

static void check_figure(const figparse_figure *f, size_t len, size_t prev_end, uint32_t index,
                         unsigned kinds) {
    FUZZ_CHECK(f->start < f->end);
    FUZZ_CHECK(f->end <= len);
    FUZZ_CHECK(f->start >= prev_end);
    FUZZ_CHECK(f->index == index);
    unsigned want = kinds ? kinds : (FIGPARSE_KIND_MONEY | FIGPARSE_KIND_DATE);
    FUZZ_CHECK(f->kind == FIGPARSE_KIND_MONEY || f->kind == FIGPARSE_KIND_DATE);
    FUZZ_CHECK(want & f->kind);
    FUZZ_CHECK(f->status == FIGPARSE_OK || f->status == FIGPARSE_ERANGE);
    if (f->kind == FIGPARSE_KIND_MONEY) {
        fuzz_check_money(&f->u.money, f->status);
        if (f->u.money.flags & FIGPARSE_MONEY_EQUIVALENT)
            FUZZ_CHECK(f->u.money.equivalent_of < f->index);
    }
}

/* Scans text with the iterator; returns the figures (malloc'd) and count. */
static figparse_figure *scan_iter(figparse_scan *sc, const char *text, size_t len, unsigned kinds,
                                  size_t *count) {
    FUZZ_CHECK(figparse_scan_reset(sc, text, len) == FIGPARSE_OK);
    /* Figures do not overlap and are not empty: at most len of them. */
    figparse_figure *out = malloc((len + 1) * sizeof *out);
    FUZZ_CHECK(out != NULL);
    size_t n = 0, prev_end = 0;
    const figparse_figure *f;
    figparse_status st;
    while ((st = figparse_scan_next(sc, &f)) == FIGPARSE_OK) {
        FUZZ_CHECK(f != NULL);
        FUZZ_CHECK(n < len);
        check_figure(f, len, prev_end, (uint32_t)n, kinds);
        prev_end = f->end;
        out[n++] = *f;
    }
    FUZZ_CHECK(st == FIGPARSE_DONE);
    FUZZ_CHECK(f == NULL);
    /* DONE is sticky. */
    FUZZ_CHECK(figparse_scan_next(sc, &f) == FIGPARSE_DONE);
    *count = n;
    return out;
}

static void check_parse_money(const figparse *fp, const char *text, size_t len) {
    figparse_money m;
    size_t off = (size_t)-1;
    figparse_status st = figparse_parse_money(fp, text, len, &m, &off);
    FUZZ_CHECK(off <= len);
    size_t bad = fuzz_utf8_invalid_at((const uint8_t *)text, len);
    if (bad < len) {
        FUZZ_CHECK(st == FIGPARSE_EENCODING);
        FUZZ_CHECK(off == bad);
        return;
    }
    FUZZ_CHECK(st == FIGPARSE_OK || st == FIGPARSE_NOMATCH || st == FIGPARSE_ERANGE);
    if (st == FIGPARSE_OK) {
        FUZZ_CHECK(off == 0);
        fuzz_check_money(&m, st);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 3)
        return 0;
    unsigned loc = data[0] & 31, path = data[0] >> 5;
    unsigned flags = data[1] & 15, kinds = (data[1] >> 4) & 3, cur = data[2];
    const char *text = (const char *)data + 3;
    size_t len = size - 3;
    const figparse *fp = fuzz_parser(loc, flags, kinds, cur);

    if (path == 6) {
        check_parse_money(fp, text, len);
        return 0;
    }

    figparse_status st;
    figparse_scan *sc = figparse_scan_new(fp, &st);
    FUZZ_CHECK(sc != NULL && st == FIGPARSE_OK);
    size_t n1;
    figparse_figure *a = scan_iter(sc, text, len, kinds, &n1);
    if (path <= 3) {
        size_t n2;
        figparse_figure *b = scan_iter(sc, text, len, kinds, &n2);
        FUZZ_CHECK(n1 == n2);
        for (size_t i = 0; i < n1; i++)
            FUZZ_CHECK(fuzz_same_figure(&a[i], &b[i]));
        free(b);
    } else if (path <= 5) {
        figparse_result *r = NULL;
        FUZZ_CHECK(figparse_scan_all(fp, text, len, &r) == FIGPARSE_OK);
        FUZZ_CHECK(figparse_result_count(r) == n1);
        for (size_t i = 0; i < n1; i++)
            FUZZ_CHECK(fuzz_same_figure(figparse_result_get(r, i), &a[i]));
        FUZZ_CHECK(figparse_result_get(r, n1) == NULL);
        figparse_result_free(r);
    } else {
        for (size_t i = 0; i < n1; i++)
            check_parse_money(fp, text + a[i].start, a[i].end - a[i].start);
    }
    free(a);
    figparse_scan_free(sc);
    return 0;
}
