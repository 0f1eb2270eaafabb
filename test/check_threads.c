/*
 * check_threads.c — one figparse shared by many threads.
 *
 * The header's promise: a figparse is read-only after figparse_new() and
 * may be used by any number of threads at once; scans belong to one thread.
 * Eight threads share one parser, each with its own figparse_scan, and scan
 * the same texts many times (the iterator, figparse_scan_all() and
 * figparse_parse_money() in turn); every figure (kind, status, span, index,
 * currency, flags and values) must equal what one thread found alone before
 * the others started. scripts/test runs this under ThreadSanitizer too
 * (build-tsan/), which reports any data race the results do not show.
 */
#include "figparse.h"

#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* C11 threads where the C library has them, but pthreads under
 * ThreadSanitizer: glibc's thrd_create() reaches pthread_create() inside
 * libc, where TSan's interceptor never sees it, and the new thread crashes. */
#if defined(__SANITIZE_THREAD__)
#define USE_PTHREADS 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define USE_PTHREADS 1
#endif
#endif
#if defined(__STDC_NO_THREADS__) && !defined(USE_PTHREADS)
#define USE_PTHREADS 1
#endif

#ifdef USE_PTHREADS
#include <pthread.h>
typedef pthread_t thread_t;
#define THREAD_RESULT void *
#define THREAD_OK NULL
static bool thread_start(thread_t *t, THREAD_RESULT (*fn)(void *), void *arg) {
    return pthread_create(t, NULL, fn, arg) == 0;
}
static void thread_join(thread_t t) { pthread_join(t, NULL); }
#else
#include <threads.h>
typedef thrd_t thread_t;
#define THREAD_RESULT int
#define THREAD_OK 0
static bool thread_start(thread_t *t, THREAD_RESULT (*fn)(void *), void *arg) {
    return thrd_create(t, fn, arg) == thrd_success;
}
static void thread_join(thread_t t) { thrd_join(t, NULL); }
#endif

#define NTHREADS 8
#define ROUNDS 25
#define MAX_FIGS 4096

static const char *const texts[] = {
    "The company raised $4.5 million in its Series A on March 3, 2025, and "
    "another \xe2\x82\xac" "12m in 2026 (approximately USD 13 million).",
    "The 2026 budget dedicates 10.1 trillion won (approximately USD 7.27 billion) to AI; "
    "\xec\x82\xbc\xec\x84\xb1\xec\x9d\x80 10\xec\xa1\xb0 \xec\x9b\x90\xec\x9d\x84 "
    "\xed\x88\xac\xec\x9e\x90\xed\x95\x9c\xeb\x8b\xa4.",
    "Tickets cost $10-$20 at the door, between \xe2\x82\xac" "5 and \xe2\x82\xac" "10 online; "
    "\xc2\xa5" "5,000 in Tokyo, 100\xe5\x85\x83 in Beijing, \xc2\xa3" "4.50 in London.",
    "Der Preis liegt bei 1.234,56 \xe2\x82\xac netto, EUR 3.350 brutto, 3,350 CHF.",
    "A budget of \xe2\x82\xb9" "12,34,567 or 1.5 lakh crore rupees; 99\xc2\xa2; ($1,234); "
    "twenty-five dollars; more than $3 billion; about \xc2\xa3" "5; 0.5 bitcoin.",
    "\xd0\xa6\xd0\xb5\xd0\xbd\xd0\xb0 500 \xd1\x80\xd1\x83\xd0\xb1\xd0\xbb\xd0\xb5\xd0\xb9 "
    "\xd0\xb8\xd0\xbb\xd0\xb8 3 \xd0\xbc\xd0\xbb\xd0\xbd \xe2\x82\xbd; "
    "\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xe5\x86\x86; \xff$7\x80; $999999999999999999999.",
};
#define NTEXTS (sizeof texts / sizeof texts[0])

static const char *const fields[] = {"$5", "1,299.00 USD", "\342\202\2544.5 billion" /* €4.5 billion */,
                                     "10.1 trillion won", "nothing", "\xff$5"};
#define NFIELDS (sizeof fields / sizeof fields[0])

typedef struct expected {
    size_t n[NTEXTS];
    figparse_figure *f[NTEXTS];
    figparse_status field_st[NFIELDS];
    figparse_money field[NFIELDS];
} expected;

static bool same_decimal(figparse_decimal a, figparse_decimal b) {
    return a.coef == b.coef && a.exp == b.exp;
}

/* Every field the flags make meaningful (padding aside). */
static bool same_money(const figparse_money *a, const figparse_money *b) {
    if (memcmp(a->currency, b->currency, 4) != 0 || a->flags != b->flags)
        return false;
    if ((a->flags & FIGPARSE_MONEY_HAS_AMOUNT) && !same_decimal(a->amount, b->amount))
        return false;
    if ((a->flags & FIGPARSE_MONEY_HAS_MIN) && !same_decimal(a->min, b->min))
        return false;
    if ((a->flags & FIGPARSE_MONEY_HAS_MAX) && !same_decimal(a->max, b->max))
        return false;
    if ((a->flags & FIGPARSE_MONEY_EQUIVALENT) && a->equivalent_of != b->equivalent_of)
        return false;
    return true;
}

static bool same_figure(const figparse_figure *a, const figparse_figure *b) {
    if (a->kind != b->kind || a->status != b->status || a->start != b->start ||
        a->end != b->end || a->index != b->index)
        return false;
    if (a->kind == FIGPARSE_KIND_MONEY)
        return same_money(&a->u.money, &b->u.money);
    return memcmp(&a->u.date, &b->u.date, sizeof a->u.date) == 0;
}

/* The figures of text i by the iterator (malloc'd). */
static figparse_figure *scan_text(figparse_scan *sc, size_t i, size_t *n) {
    figparse_figure *out = malloc(MAX_FIGS * sizeof *out);
    if (!out || figparse_scan_reset(sc, texts[i], strlen(texts[i])) != FIGPARSE_OK) {
        free(out);
        return NULL;
    }
    const figparse_figure *f;
    size_t k = 0;
    while (k < MAX_FIGS && figparse_scan_next(sc, &f) == FIGPARSE_OK)
        out[k++] = *f;
    *n = k;
    return out;
}

typedef struct worker {
    const figparse *fp;
    const expected *want;
    int id;
    size_t checked;    /* figures compared */
    char error[256];   /* first mismatch, or "" */
} worker;

static THREAD_RESULT work(void *arg) {
    worker *w = arg;
    figparse_status st;
    figparse_scan *sc = figparse_scan_new(w->fp, &st);
    if (!sc) {
        snprintf(w->error, sizeof w->error, "scan_new: %s", figparse_status_name(st));
        return THREAD_OK;
    }
    for (int r = 0; r < ROUNDS && !w->error[0]; r++) {
        /* each thread starts at a different text, so they overlap */
        for (size_t k = 0; k < NTEXTS && !w->error[0]; k++) {
            size_t i = (k + (size_t)w->id + (size_t)r) % NTEXTS;
            size_t n = 0;
            if ((r + (int)k) % 2 == 0) {
                figparse_figure *got = scan_text(sc, i, &n);
                if (!got) {
                    snprintf(w->error, sizeof w->error, "scan of text %zu failed", i);
                    break;
                }
                bool ok = n == w->want->n[i];
                for (size_t j = 0; ok && j < n; j++)
                    ok = same_figure(&got[j], &w->want->f[i][j]);
                free(got);
                if (!ok)
                    snprintf(w->error, sizeof w->error, "text %zu: iterator differs (round %d)",
                             i, r);
                w->checked += n;
            } else {
                figparse_result *res = NULL;
                st = figparse_scan_all(w->fp, texts[i], strlen(texts[i]), &res);
                n = figparse_result_count(res);
                bool ok = st == FIGPARSE_OK && n == w->want->n[i];
                for (size_t j = 0; ok && j < n; j++)
                    ok = same_figure(figparse_result_get(res, j), &w->want->f[i][j]);
                figparse_result_free(res);
                if (!ok)
                    snprintf(w->error, sizeof w->error, "text %zu: scan_all differs (round %d)",
                             i, r);
                w->checked += n;
            }
        }
        for (size_t k = 0; k < NFIELDS && !w->error[0]; k++) {
            figparse_money m;
            st = figparse_parse_money(w->fp, fields[k], strlen(fields[k]), &m, NULL);
            if (st != w->want->field_st[k] ||
                (st == FIGPARSE_OK && !same_money(&m, &w->want->field[k])))
                snprintf(w->error, sizeof w->error, "field %zu: parse_money differs", k);
        }
    }
    figparse_scan_free(sc);
    return THREAD_OK;
}

static void run_shared(const char *locale) {
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_ptr_nonnull(o);
    if (locale)
        ck_assert_int_eq(figparse_options_set_locale(o, locale), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_kinds(o, 0), FIGPARSE_OK);
    figparse_status st;
    figparse *fp = figparse_new(o, &st);
    figparse_options_free(o);
    ck_assert_ptr_nonnull(fp);

    /* One thread alone first: the expected results. */
    expected want;
    memset(&want, 0, sizeof want);
    figparse_scan *sc = figparse_scan_new(fp, &st);
    ck_assert_ptr_nonnull(sc);
    size_t total = 0;
    for (size_t i = 0; i < NTEXTS; i++) {
        want.f[i] = scan_text(sc, i, &want.n[i]);
        ck_assert_ptr_nonnull(want.f[i]);
        total += want.n[i];
    }
    figparse_scan_free(sc);
    ck_assert_uint_ge(total, 20); /* the texts do hold figures */
    for (size_t k = 0; k < NFIELDS; k++)
        want.field_st[k] = figparse_parse_money(fp, fields[k], strlen(fields[k]), &want.field[k],
                                                NULL);
    ck_assert_int_eq(want.field_st[0], FIGPARSE_OK);

    worker w[NTHREADS];
    thread_t t[NTHREADS];
    for (int k = 0; k < NTHREADS; k++) {
        memset(&w[k], 0, sizeof w[k]);
        w[k].fp = fp;
        w[k].want = &want;
        w[k].id = k;
        ck_assert(thread_start(&t[k], work, &w[k]));
    }
    for (int k = 0; k < NTHREADS; k++)
        thread_join(t[k]);
    for (int k = 0; k < NTHREADS; k++) {
        ck_assert_msg(w[k].error[0] == '\0', "thread %d: %s", k, w[k].error);
        ck_assert_uint_eq(w[k].checked, total * ROUNDS);
    }
    for (size_t i = 0; i < NTEXTS; i++)
        free(want.f[i]);
    figparse_free(fp);
}

START_TEST(shared_parser_no_hint) { run_shared(NULL); }
END_TEST

START_TEST(shared_parser_de_ch) { run_shared("de-CH"); }
END_TEST

/* Eight threads each build and free their own parsers while scanning:
 * figparse_new() is thread-safe too (it asks ICU about the locale). */
static THREAD_RESULT build_and_scan(void *arg) {
    worker *w = arg;
    static const char *const locales[] = {"en-US", "de-DE", "ko-KR", "en-IN", "fr-FR", "ja"};
    for (int r = 0; r < 20 && !w->error[0]; r++) {
        figparse_options *o = figparse_options_new(NULL);
        figparse_options_set_locale(o, locales[(w->id + r) % 6]);
        figparse_status st;
        figparse *fp = figparse_new(o, &st);
        figparse_options_free(o);
        if (!fp) {
            snprintf(w->error, sizeof w->error, "figparse_new: %s", figparse_status_name(st));
            break;
        }
        figparse_result *res = NULL;
        const char *t = texts[(size_t)(w->id + r) % NTEXTS];
        st = figparse_scan_all(fp, t, strlen(t), &res);
        if (st != FIGPARSE_OK || figparse_result_count(res) == 0)
            snprintf(w->error, sizeof w->error, "scan_all: %s", figparse_status_name(st));
        w->checked += figparse_result_count(res);
        figparse_result_free(res);
        figparse_free(fp);
    }
    return THREAD_OK;
}

START_TEST(parsers_built_concurrently) {
    worker w[NTHREADS];
    thread_t t[NTHREADS];
    for (int k = 0; k < NTHREADS; k++) {
        memset(&w[k], 0, sizeof w[k]);
        w[k].id = k;
        ck_assert(thread_start(&t[k], build_and_scan, &w[k]));
    }
    for (int k = 0; k < NTHREADS; k++)
        thread_join(t[k]);
    for (int k = 0; k < NTHREADS; k++) {
        ck_assert_msg(w[k].error[0] == '\0', "thread %d: %s", k, w[k].error);
        ck_assert_uint_gt(w[k].checked, 0);
    }
}
END_TEST

static Suite *threads_suite(void) {
    Suite *s = suite_create("threads");
    TCase *tc = tcase_create("shared parser");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, shared_parser_no_hint);
    tcase_add_test(tc, shared_parser_de_ch);
    tcase_add_test(tc, parsers_built_concurrently);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(threads_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
