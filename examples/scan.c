/*
 * scan — find every money figure in a text read from standard input.
 *
 *   scan en-GB < article.txt
 *   12..18  GBP  4500000  "£4.5m"
 *
 * Prints, per figure: its byte span, currency and amount (or min..max for a
 * range). The optional argument is the locale hint (default en-US), which
 * decides what a bare "$" means.
 *
 * Build: cc scan.c $(pkg-config --cflags --libs figparse)
 */
#include <figparse.h>

#include <stdio.h>
#include <stdlib.h>

/* Reads all of standard input; the text may contain any bytes. */
static char *read_all(FILE *in, size_t *len)
{
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap), *grown;
    while (buf != NULL && (got = fread(buf + n, 1, cap - n, in)) > 0) {
        n += got;
        if (n == cap) {
            grown = realloc(buf, cap *= 2);
            if (grown == NULL) {
                free(buf);
                return NULL;
            }
            buf = grown;
        }
    }
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    figparse_status st;
    size_t len;
    char *text = read_all(stdin, &len);
    if (text == NULL) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }

    /* The parser: immutable once built; one per program is enough. */
    figparse_options *opts = figparse_options_new(NULL);
    if (opts == NULL) {
        free(text);
        return 1;
    }
    if (argc > 1 && (st = figparse_options_set_locale(opts, argv[1])) != FIGPARSE_OK) {
        fprintf(stderr, "%s: %s\n", argv[1], figparse_strerror(st));
        figparse_options_free(opts);
        free(text);
        return 2;
    }
    figparse *fp = figparse_new(opts, &st);
    figparse_options_free(opts);

    /* A scan: one per thread, reusable for any number of texts. */
    figparse_scan *scan = fp != NULL ? figparse_scan_new(fp, &st) : NULL;
    if (scan == NULL) {
        fprintf(stderr, "figparse: %s\n", figparse_strerror(st));
        figparse_free(fp);
        free(text);
        return 1;
    }

    /* Point the scan at the text and step through the figures. Each record
     * stays valid until the next call on the scan. */
    figparse_scan_reset(scan, text, len);
    const figparse_figure *f;
    while (figparse_scan_next(scan, &f) == FIGPARSE_OK) {
        const figparse_money *m = &f->u.money;
        char a[48], b[48];
        if (f->kind != FIGPARSE_KIND_MONEY) {
            continue;
        }
        printf("%zu..%zu\t%s\t", f->start, f->end, m->currency[0] ? m->currency : "?");
        if (f->status != FIGPARSE_OK) {
            printf("(%s)", figparse_strerror(f->status)); /* more than 18 digits */
        } else if (m->flags & FIGPARSE_MONEY_HAS_AMOUNT) {
            figparse_decimal_format(m->amount, a, sizeof a);
            printf("%s", a);
        } else {
            a[0] = b[0] = '\0'; /* a range, or a bound ("under $5") */
            if (m->flags & FIGPARSE_MONEY_HAS_MIN) {
                figparse_decimal_format(m->min, a, sizeof a);
            }
            if (m->flags & FIGPARSE_MONEY_HAS_MAX) {
                figparse_decimal_format(m->max, b, sizeof b);
            }
            printf("%s..%s", a, b);
        }
        /* The figure's own text is the byte span of the input. */
        printf("\t\"%.*s\"\n", (int)(f->end - f->start), text + f->start);
    }

    figparse_scan_free(scan);
    figparse_free(fp);
    free(text);
    return 0;
}
