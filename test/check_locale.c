/*
 * check_locale.c — the process locale changes nothing. The same texts are
 * scanned under the "C" locale and under de_DE.UTF-8, whose decimal mark is
 * a comma (scripts/test generates it), and every figure must be identical:
 * figparse parses by its own locale hint only, never by setlocale(),
 * LC_NUMERIC, strtod or printf("%f").
 */
#include <check.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figparse.h"

static const char *const texts[] = {
    "The grant is $1,250,000.50, about EUR 1.1 million, up from 3.350 € last year.",
    "Die Rechnung: 1.234,56 € netto, 2,5 Mio. EUR brutto, bis 2028.",
    "Kurs 1.0092 CHF; Q3 2025; 30.06.2026; 49.8亿元; 1억 2천만 원.",
};

/* Every figure of every text, as canonical text, into buf. */
static void render(figparse *fp, char *buf, size_t cap) {
    size_t n = 0;
    buf[0] = '\0';
    figparse_scan *sc = figparse_scan_new(fp, NULL);
    ck_assert_ptr_nonnull(sc);
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        figparse_scan_reset(sc, texts[i], strlen(texts[i]));
        const figparse_figure *f;
        while (figparse_scan_next(sc, &f) == FIGPARSE_OK && n + 200 < cap) {
            char a[64] = "", lo[64] = "", hi[64] = "";
            if (f->kind == FIGPARSE_KIND_MONEY) {
                figparse_decimal_format(f->u.money.amount, a, sizeof a);
                figparse_decimal_format(f->u.money.min, lo, sizeof lo);
                figparse_decimal_format(f->u.money.max, hi, sizeof hi);
                n += (size_t)snprintf(buf + n, cap - n, "%zu-%zu %s %s %s %s %x|", f->start, f->end,
                                      f->u.money.currency, a, lo, hi, (unsigned)f->u.money.flags);
            } else {
                const figparse_date *d = &f->u.date;
                n += (size_t)snprintf(buf + n, cap - n, "%zu-%zu %d-%d-%d %d-%d-%d %d|", f->start,
                                      f->end, (int)d->first.year, d->first.month, d->first.day,
                                      (int)d->last.year, d->last.month, d->last.day, (int)d->grain);
            }
        }
    }
    figparse_scan_free(sc);
}

START_TEST(comma_locale_changes_nothing) {
    static char under_c[8192], under_de[8192];
    figparse *fp = figparse_new(NULL, NULL);
    ck_assert_ptr_nonnull(fp);
    ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
    render(fp, under_c, sizeof under_c);
    const char *de = setlocale(LC_ALL, "de_DE.UTF-8");
    if (!de)
        de = setlocale(LC_ALL, "de_DE.utf8");
    ck_assert_msg(de != NULL, "no de_DE.UTF-8 locale: scripts/test generates it (locale-gen)");
    ck_assert_str_eq(localeconv()->decimal_point, ",");
    render(fp, under_de, sizeof under_de);
    /* and a parser built while the comma locale is in force */
    figparse *fp2 = figparse_new(NULL, NULL);
    static char built_de[8192];
    render(fp2, built_de, sizeof built_de);
    setlocale(LC_ALL, "C");
    ck_assert(strlen(under_c) > 100); /* the texts do hold figures */
    ck_assert_str_eq(under_c, under_de);
    ck_assert_str_eq(under_c, built_de);
    figparse_free(fp2);
    figparse_free(fp);
}
END_TEST

int main(void) {
    Suite *s = suite_create("locale");
    TCase *t = tcase_create("locale");
    tcase_add_test(t, comma_locale_changes_nothing);
    suite_add_tcase(s, t);
    SRunner *r = srunner_create(s);
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
