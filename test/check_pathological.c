/*
 * check_pathological.c — hostile input, in the manner of cmark's
 * test/pathological_tests.py: inputs of a megabyte or so made to hurt a
 * scanner (a million digits, "$$$$...", "1,1,1,...", "((((...", "million
 * million ...", chained and nested ranges, "between between ...", runs of
 * currency words) must take time roughly proportional to their size. Each
 * is scanned at n and 4n bytes; the larger may take at most 8 times as long
 * (linear would be 4), plus an absolute cap that only a hang would reach.
 * No speed is asserted beyond that.
 *
 * Also: one line of 100 MB (offsets past 2^26, no line buffering), and the
 * entry points on what check_api.c leaves out: overlong digit runs, amounts
 * beyond the decimal's range, invalid UTF-8 and NUL bytes in the one-string
 * parser, decimal formatting into small buffers.
 *
 * Texts over 4 GiB are not built here (a test cannot afford 4 GiB); see
 * docs/performance.md for how size_t offsets were checked.
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */

#include "figparse.h"

#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Sanitized builds run 5-20 times slower: smaller inputs there. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) ||                       \
    __has_feature(memory_sanitizer)
#define SANITIZED 1
#endif
#endif
#ifndef SANITIZED
#define SANITIZED 0
#endif

#define BASE_SIZE (SANITIZED ? (64u << 10) : (256u << 10)) /* n; 4n is 1 MiB unsanitized */
#define MAX_RATIO 12.0 /* t(4n) / t(n): linear is 4, quadratic 16; 8 failed once on a loaded machine */
#define TOO_FAST_TO_TELL 0.05 /* seconds: below this at 4n, noise decides the ratio */
#define ABS_CAP_SECONDS (SANITIZED ? 300.0 : 60.0) /* for 4n: only a hang gets here */

/* CPU time of this process: a busy machine stretches wall time, not this. */
static double cpu_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* prefix, then unit repeated, then suffix: exactly n bytes in all (the
 * last unit may be cut). */
static char *build(const char *prefix, const char *unit, size_t lu, const char *suffix,
                   size_t n) {
    size_t lp = strlen(prefix), ls = strlen(suffix);
    ck_assert_uint_gt(n, lp + ls);
    char *t = malloc(n);
    ck_assert_ptr_nonnull(t);
    memcpy(t, prefix, lp);
    for (size_t i = lp; i < n - ls; i++)
        t[i] = unit[(i - lp) % lu];
    memcpy(t + n - ls, suffix, ls);
    return t;
}

static figparse *parser(void) {
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_ptr_nonnull(o);
    ck_assert_int_eq(figparse_options_set_kinds(o, 0), FIGPARSE_OK); /* every kind */
    figparse_status st;
    figparse *fp = figparse_new(o, &st);
    figparse_options_free(o);
    ck_assert_ptr_nonnull(fp);
    return fp;
}

/* Scans text to the end, checking order and bounds; returns the CPU time
 * and the number of figures. */
static double scan_time(figparse_scan *sc, const char *text, size_t len, size_t *figures) {
    double t0 = cpu_now();
    ck_assert_int_eq(figparse_scan_reset(sc, text, len), FIGPARSE_OK);
    const figparse_figure *f;
    figparse_status st;
    size_t n = 0, prev_end = 0;
    while ((st = figparse_scan_next(sc, &f)) == FIGPARSE_OK) {
        ck_assert_uint_ge(f->start, prev_end);
        ck_assert_uint_lt(f->start, f->end);
        ck_assert_uint_le(f->end, len);
        prev_end = f->end;
        n++;
    }
    double dt = cpu_now() - t0;
    ck_assert_int_eq(st, FIGPARSE_DONE);
    *figures = n;
    return dt;
}

/* Best of `runs` scans of prefix+unit*+suffix at n bytes. The one-string
 * parser gets the whole text too: it must give up in time as well. */
static double best_scan(const figparse *fp, figparse_scan *sc, const char *prefix,
                        const char *unit, size_t lu, const char *suffix, size_t n, int runs) {
    char *t = build(prefix, unit, lu, suffix, n);
    double best = 1e30;
    size_t figs;
    for (int r = 0; r < runs; r++) {
        double dt = scan_time(sc, t, n, &figs);
        if (dt < best)
            best = dt;
    }
    figparse_money m;
    size_t off = n + 1;
    double t0 = cpu_now();
    figparse_status st = figparse_parse_money(fp, t, n, &m, &off);
    double dp = cpu_now() - t0;
    ck_assert_msg(st == FIGPARSE_OK || st == FIGPARSE_NOMATCH || st == FIGPARSE_ERANGE ||
                      st == FIGPARSE_EENCODING,
                  "\"%s\": parse_money status %s", unit, figparse_status_name(st));
    ck_assert_uint_le(off, n);
    ck_assert_msg(dp < ABS_CAP_SECONDS, "\"%s\": parse_money took %.1f s", unit, dp);
    free(t);
    return best;
}

typedef struct hostile {
    const char *name, *prefix, *unit, *suffix;
    size_t unit_len; /* 0: strlen(unit) */
} hostile;

static const hostile cases[] = {
    {"a million digits", "$", "1234567890", "", 0},
    {"bare digits", "", "9", "", 0},
    {"dollar signs", "", "$", "", 0},
    {"dollar signs and parentheses", "", "$(", "", 0},
    {"comma ones", "", "1,", " dollars", 0},
    {"point ones", "", "1.", " USD", 0},
    {"open parentheses", "", "(", "$1", 0},
    {"close parentheses", "$1", ")", "", 0},
    {"million million", "$1 ", "million ", "", 0},
    {"scale suffixes", "$1", "k", "", 0},
    {"chained ranges", "", "$1-", "$1", 0},
    {"dash ones", "", "1-", " dollars", 0},
    {"nested ranges", "", "from $1 to ", "$2", 0},
    {"between between", "", "between ", "$1 and $2", 0},
    {"between and", "", "between $1 and ", "$2", 0},
    {"currency words", "", "dollars euros yen won pounds rupees ", "5", 0},
    {"currency codes", "", "USD EUR GBP ", "5", 0},
    {"number words", "", "one ", "dollars", 0},
    {"hedges", "", "about approximately nearly ", "$5", 0},
    {"signs and spaces", "", "$ 1 ", "", 0},
    {"many figures", "", "$1 ", "", 0},
    {"currency signs", "", "\xe2\x82\xac\xc2\xa3\xc2\xa5\xe2\x82\xa9\xe2\x82\xb9", "5", 0},
    {"hangul won", "", "1\xec\x9b\x90 ", "", 0},
    {"ideographic spaces", "$", "\xe3\x80\x80", "5", 0},
    {"invalid UTF-8", "", "\xff\xc0$\x80", "5", 0},
    {"NUL bytes", "", "$\0", "5", 2},
    {"one long word", "", "x", " $5", 0},
};

START_TEST(linear_time) {
    const hostile *h = &cases[_i];
    figparse *fp = parser();
    figparse_status st;
    figparse_scan *sc = figparse_scan_new(fp, &st);
    ck_assert_ptr_nonnull(sc);
    size_t n = BASE_SIZE, lu = h->unit_len ? h->unit_len : strlen(h->unit);
    double t1 = best_scan(fp, sc, h->prefix, h->unit, lu, h->suffix, n, 3);
    double t4 = best_scan(fp, sc, h->prefix, h->unit, lu, h->suffix, 4 * n, 1);
    if (t4 > MAX_RATIO * t1 && t4 >= TOO_FAST_TO_TELL) /* a busy machine? look again */
        t4 = best_scan(fp, sc, h->prefix, h->unit, lu, h->suffix, 4 * n, 2);
    printf("pathological: %-30s %7zu bytes %8.4f s, %7zu bytes %8.4f s, ratio %.2f\n", h->name,
           n, t1, 4 * n, t4, t1 > 0 ? t4 / t1 : 0.0);
    ck_assert_msg(t4 < ABS_CAP_SECONDS, "%s: %zu bytes took %.1f s", h->name, 4 * n, t4);
    ck_assert_msg(t4 < TOO_FAST_TO_TELL || t4 <= MAX_RATIO * t1,
                  "%s: superlinear: %zu bytes %.4f s, %zu bytes %.4f s (ratio %.1f > %.0f)",
                  h->name, n, t1, 4 * n, t4, t4 / t1, MAX_RATIO);
    figparse_scan_free(sc);
    figparse_free(fp);
}
END_TEST

/* One line of 100 MB: a figure every 1,000 bytes with long words between,
 * and one at the very end; every figure found, offsets exact. */
START_TEST(one_line_of_100_mb) {
    const size_t chunk = 1000, total = 100u * 1000 * 1000;
    static const char head[] = "Paid $12.50 for ";
    char *t = malloc(total);
    ck_assert_ptr_nonnull(t);
    for (size_t c = 0; c < total; c += chunk) {
        memcpy(t + c, head, sizeof head - 1);
        memset(t + c + sizeof head - 1, 'w', chunk - (sizeof head - 1) - 1);
        t[c + chunk - 1] = ' ';
    }
    memcpy(t + total - 3, " $7", 3);
    figparse *fp = parser();
    figparse_status st;
    figparse_scan *sc = figparse_scan_new(fp, &st);
    ck_assert_ptr_nonnull(sc);
    ck_assert_int_eq(figparse_scan_reset(sc, t, total), FIGPARSE_OK);
    const figparse_figure *f;
    size_t n = 0;
    double t0 = cpu_now();
    while ((st = figparse_scan_next(sc, &f)) == FIGPARSE_OK) {
        if (n < total / chunk) {
            ck_assert_uint_eq(f->start, n * chunk + 5);
            ck_assert_uint_eq(f->end, n * chunk + 11);
            ck_assert_int_eq(f->u.money.amount.coef, 125);
            ck_assert_int_eq(f->u.money.amount.exp, -1);
        } else {
            ck_assert_uint_eq(f->start, total - 2);
            ck_assert_uint_eq(f->end, total);
            ck_assert_int_eq(f->u.money.amount.coef, 7);
        }
        ck_assert_uint_eq(f->index, n);
        n++;
    }
    double dt = cpu_now() - t0;
    ck_assert_int_eq(st, FIGPARSE_DONE);
    ck_assert_uint_eq(n, total / chunk + 1);
    printf("pathological: one line of 100 MB: %.2f s (%.1f MB/s)\n", dt, 100.0 / dt);
    ck_assert_msg(dt < ABS_CAP_SECONDS * 5, "100 MB took %.1f s", dt);
    figparse_scan_free(sc);
    figparse_free(fp);
    free(t);
}
END_TEST

/* ---- entry points: what check_api.c does not cover ----------------------- */

static void expect_out_of_range_figure(const figparse *fp, const char *text, size_t len) {
    figparse_result *r = NULL;
    ck_assert_int_eq(figparse_scan_all(fp, text, len, &r), FIGPARSE_OK);
    ck_assert_uint_eq(figparse_result_count(r), 1);
    const figparse_figure *f = figparse_result_get(r, 0);
    ck_assert_int_eq(f->status, FIGPARSE_ERANGE);
    ck_assert(f->u.money.flags & FIGPARSE_MONEY_OUT_OF_RANGE);
    ck_assert(!(f->u.money.flags &
                (FIGPARSE_MONEY_HAS_AMOUNT | FIGPARSE_MONEY_HAS_MIN | FIGPARSE_MONEY_HAS_MAX)));
    ck_assert_uint_eq(f->start, 0);
    ck_assert_uint_eq(f->end, len); /* the span is still reported */
    figparse_result_free(r);

    figparse_money m;
    size_t off = 99;
    ck_assert_int_eq(figparse_parse_money(fp, text, len, &m, &off), FIGPARSE_ERANGE);
}

START_TEST(overlong_digit_runs) {
    figparse *fp = parser();
    /* 19 digits up to a million: never rounded, never a crash */
    static const size_t lens[] = {19, 40, 1000, 1000000};
    for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
        size_t n = lens[i] + 1;
        char *t = malloc(n);
        ck_assert_ptr_nonnull(t);
        t[0] = '$';
        for (size_t k = 1; k < n; k++)
            t[k] = (char)('1' + k % 9);
        expect_out_of_range_figure(fp, t, n);
        free(t);
    }
    const char *grouped = "$1,234,567,890,123,456,789,012";
    expect_out_of_range_figure(fp, grouped, strlen(grouped));
    const char *fraction = "$12345678901234567.89"; /* 19 significant digits */
    expect_out_of_range_figure(fp, fraction, strlen(fraction));
    /* 18 digits still fit exactly */
    figparse_money m;
    ck_assert_int_eq(figparse_parse_money(fp, "$123456789012345678", 19, &m, NULL), FIGPARSE_OK);
    ck_assert_int_eq(m.amount.coef, 123456789012345678);
    ck_assert_int_eq(m.amount.exp, 0);
    figparse_free(fp);
}
END_TEST

START_TEST(amounts_beyond_the_exponent_range) {
    figparse *fp = parser();
    /* 10^51 and 10^-46: exponents beyond +-40 */
    const char *huge = "$1000000000000000000000000000000000000000000000000000";
    expect_out_of_range_figure(fp, huge, strlen(huge));
    const char *tiny = "$0.0000000000000000000000000000000000000000000001";
    expect_out_of_range_figure(fp, tiny, strlen(tiny));
    /* 18 nines times 10^36 is the largest that fits: exact */
    figparse_money m;
    const char *edge = "$999999999999999999 trillion trillion trillion";
    ck_assert_int_eq(figparse_parse_money(fp, edge, strlen(edge), &m, NULL), FIGPARSE_OK);
    ck_assert_int_eq(m.amount.coef, 999999999999999999);
    ck_assert_int_eq(m.amount.exp, 36);
    figparse_free(fp);
}
END_TEST

START_TEST(parse_money_invalid_utf8_and_nul) {
    figparse *fp = parser();
    figparse_money m;
    size_t off = 99;
    /* the first bad byte, wherever it is */
    ck_assert_int_eq(figparse_parse_money(fp, "\xff$5", 3, &m, &off), FIGPARSE_EENCODING);
    ck_assert_uint_eq(off, 0);
    ck_assert_int_eq(figparse_parse_money(fp, "$5\xe2\x82", 5, &m, &off), FIGPARSE_EENCODING);
    ck_assert_uint_eq(off, 2); /* a truncated sequence at the end */
    ck_assert_int_eq(figparse_parse_money(fp, "$\xc0\xaf" "5", 4, &m, &off), FIGPARSE_EENCODING);
    ck_assert_uint_eq(off, 1); /* overlong "/" */
    ck_assert_int_eq(figparse_parse_money(fp, "$5 \xed\xa0\x80", 6, &m, &off),
                     FIGPARSE_EENCODING);
    ck_assert_uint_eq(off, 3); /* a surrogate */
    /* NUL is valid UTF-8 but not white space: not one money value */
    ck_assert_int_eq(figparse_parse_money(fp, "$5\0", 3, &m, &off), FIGPARSE_NOMATCH);
    ck_assert_int_eq(figparse_parse_money(fp, "\0$5", 3, &m, &off), FIGPARSE_NOMATCH);
    /* a NUL-only and an invalid-only text in the scan: no figure, no crash */
    figparse_result *r = NULL;
    ck_assert_int_eq(figparse_scan_all(fp, "\0\0\0", 3, &r), FIGPARSE_OK);
    ck_assert_uint_eq(figparse_result_count(r), 0);
    figparse_result_free(r);
    ck_assert_int_eq(figparse_scan_all(fp, "\x80\x80\xff\xfe", 4, &r), FIGPARSE_OK);
    ck_assert_uint_eq(figparse_result_count(r), 0);
    figparse_result_free(r);
    figparse_free(fp);
}
END_TEST

START_TEST(decimal_entry_points) {
    figparse_decimal d = {-727, -2};
    char buf[8];
    /* snprintf-style: the length needed, whatever the buffer */
    ck_assert_uint_eq(figparse_decimal_format(d, NULL, 0), 5);
    ck_assert_uint_eq(figparse_decimal_format(d, buf, 0), 5);
    memset(buf, 'x', sizeof buf);
    ck_assert_uint_eq(figparse_decimal_format(d, buf, 1), 5);
    ck_assert_int_eq(buf[0], '\0');
    ck_assert_uint_eq(figparse_decimal_format(d, buf, 4), 5);
    ck_assert_str_eq(buf, "-7.");
    ck_assert_uint_eq(figparse_decimal_format(d, buf, 6), 5);
    ck_assert_str_eq(buf, "-7.27");
    /* the extremes of int64 format without overflow */
    figparse_decimal lo = {INT64_MIN, 0};
    char big[32];
    ck_assert_uint_eq(figparse_decimal_format(lo, big, sizeof big), 20);
    ck_assert_str_eq(big, "-9223372036854775808");
    /* zero lengths and non-decimals */
    figparse_decimal out;
    ck_assert_int_eq(figparse_decimal_parse("", 0, &out), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_decimal_parse(NULL, 0, &out), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_decimal_parse("-", 1, &out), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_decimal_parse(".", 1, &out), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_decimal_parse("1\0", 2, &out), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_decimal_parse("1e6", 3, &out), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_decimal_parse("1234567890123456789", 19, &out), FIGPARSE_ERANGE);
    ck_assert_int_eq(figparse_decimal_parse("1", 1, &out), FIGPARSE_OK);
}
END_TEST

static Suite *pathological_suite(void) {
    Suite *s = suite_create("pathological");
    TCase *lin = tcase_create("linear time");
    tcase_set_timeout(lin, 600);
    tcase_add_loop_test(lin, linear_time, 0, (int)(sizeof cases / sizeof cases[0]));
    suite_add_tcase(s, lin);
    TCase *big = tcase_create("one line of 100 MB");
    tcase_set_timeout(big, 600);
    /* Under the sanitizers 100 MB of shadow-checked scanning is minutes of
     * CPU for nothing the smaller inputs above do not show. */
    if (!SANITIZED)
        tcase_add_test(big, one_line_of_100_mb);
    suite_add_tcase(s, big);
    TCase *ep = tcase_create("entry points");
    tcase_set_timeout(ep, 120);
    tcase_add_test(ep, overlong_digit_runs);
    tcase_add_test(ep, amounts_beyond_the_exponent_range);
    tcase_add_test(ep, parse_money_invalid_utf8_and_nul);
    tcase_add_test(ep, decimal_entry_points);
    suite_add_tcase(s, ep);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(pathological_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
