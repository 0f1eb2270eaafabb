/*
 * check_alloc.c — heap use, beyond what check_api.c's allocator tests do.
 *
 * 1. Zero allocations per figure: after a scan is made and a first text
 *    has warmed ICU's lazily built singletons, figparse_scan_reset() and
 *    figparse_scan_next() over texts with thousands of figures (money in
 *    many scripts, dates, ranges, equivalents) make no allocation at all,
 *    neither through the figparse allocator nor through ICU's (counted with
 *    u_setMemoryFunctions). lib/ calls no other allocator: every allocation
 *    goes through figparse__malloc/realloc (lib/figparse.c) or ICU.
 *    figparse_scan_all() allocates a number of times that grows with the
 *    log of the figures, not with the figures.
 * 2. Failing allocations: the Nth allocation fails, for every N, with
 *    several option sets and a text big enough that figparse_scan_all()
 *    grows its array many times: NULL or FIGPARSE_ENOMEM, nothing leaked,
 *    and when it succeeds the same figures as without failures. And the Nth
 *    allocation inside ICU fails while texts are scanned (in a child
 *    process per N, since ICU remembers a failed lazy initialization): the
 *    scan and the one-string parser still return cleanly.
 */
#define _POSIX_C_SOURCE 200809L /* fork */

#include "figparse.h"

#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <unicode/uclean.h>

/* ---- ICU's allocator, counted and failable ------------------------------- */

static size_t icu_calls;     /* alloc and realloc calls since the last reset */
static size_t icu_fail_at;   /* 1-based call that fails; 0: none */
static bool icu_failed;

static void *U_CALLCONV icu_alloc(const void *ctx, size_t size) {
    (void)ctx;
    if (++icu_calls == icu_fail_at) {
        icu_failed = true;
        return NULL;
    }
    return malloc(size ? size : 1);
}

static void *U_CALLCONV icu_realloc(const void *ctx, void *p, size_t size) {
    (void)ctx;
    if (++icu_calls == icu_fail_at) {
        icu_failed = true;
        return NULL;
    }
    return realloc(p, size ? size : 1);
}

static void U_CALLCONV icu_free(const void *ctx, void *p) {
    (void)ctx;
    free(p);
}

/* ---- the figparse allocator, counted and failable ------------------------- */

#define MAX_BLOCKS 4096

typedef struct counting {
    size_t calls;   /* malloc and realloc calls */
    size_t fail_at; /* 1-based call that fails; 0: none */
    bool failed;
    size_t live;
    bool bad_free, bad_old_size;
    void *ptr[MAX_BLOCKS];
    size_t size[MAX_BLOCKS];
} counting;

static int find_block(const counting *c, const void *p) {
    for (int i = 0; i < MAX_BLOCKS; i++)
        if (p && c->ptr[i] == p)
            return i;
    return -1;
}

static void *t_malloc(void *ctx, size_t size) {
    counting *c = ctx;
    if (++c->calls == c->fail_at) {
        c->failed = true;
        return NULL;
    }
    int i;
    for (i = 0; i < MAX_BLOCKS && c->ptr[i]; i++)
        ;
    ck_assert_int_lt(i, MAX_BLOCKS);
    void *p = malloc(size ? size : 1);
    ck_assert_ptr_nonnull(p);
    c->ptr[i] = p;
    c->size[i] = size;
    c->live++;
    return p;
}

static void *t_realloc(void *ctx, void *ptr, size_t old_size, size_t new_size) {
    counting *c = ctx;
    if (!ptr)
        return t_malloc(ctx, new_size);
    if (++c->calls == c->fail_at) {
        c->failed = true;
        return NULL;
    }
    int i = find_block(c, ptr);
    if (i < 0) {
        c->bad_free = true;
        return NULL;
    }
    if (c->size[i] != old_size)
        c->bad_old_size = true;
    void *p = realloc(ptr, new_size ? new_size : 1);
    ck_assert_ptr_nonnull(p);
    c->ptr[i] = p;
    c->size[i] = new_size;
    return p;
}

static void t_free(void *ctx, void *ptr) {
    counting *c = ctx;
    if (!ptr)
        return;
    int i = find_block(c, ptr);
    if (i < 0) {
        c->bad_free = true;
        return;
    }
    c->ptr[i] = NULL;
    c->live--;
    free(ptr);
}

static counting *counting_new(size_t fail_at, figparse_allocator *a) {
    counting *c = calloc(1, sizeof *c);
    ck_assert_ptr_nonnull(c);
    c->fail_at = fail_at;
    a->malloc = t_malloc;
    a->realloc = t_realloc;
    a->free = t_free;
    a->ctx = c;
    return c;
}

static void expect_balanced(const counting *c, const char *what, size_t n) {
    ck_assert_msg(!c->bad_free, "%s (fail_at %zu): freed a block it was not given", what, n);
    ck_assert_msg(!c->bad_old_size, "%s (fail_at %zu): realloc told a wrong old size", what, n);
    ck_assert_msg(c->live == 0, "%s (fail_at %zu): %zu blocks leaked", what, n, c->live);
}

/* ---- texts ------------------------------------------------------------------ */

/* Sentences with figures of every sort the library reads. */
static const char *const sentences[] = {
    "The company raised $4.5 million in its Series A on March 3, 2025.",
    "The 2026 budget dedicates 10.1 trillion won (approximately USD 7.27 billion) to AI.",
    "Tickets cost $10-$20 at the door, or between \xe2\x82\xac" "5 and \xe2\x82\xac" "10 online.",
    "Der Preis liegt bei 1.234,56 \xe2\x82\xac netto.",
    "He sold it for \xc2\xa3" "4.5m last year; it cost \xc2\xa5" "5,000 in Tokyo.",
    "A budget of \xe2\x82\xb9" "12,34,567 or 1.5 lakh crore rupees.",
    "She paid twenty-five dollars and fifty cents, then 99\xc2\xa2 more.",
    "Net loss: ($1,234) for the quarter; more than $3 billion in total.",
    "Invoice total 1,299.00 USD due on 2026-03-11; EUR 3.350 was the fee.",
    "\xec\x82\xbc\xec\x84\xb1\xec\x9d\x80 10\xec\xa1\xb0 \xec\x9b\x90\xec\x9d\x84 "
    "\xed\x88\xac\xec\x9e\x90\xed\x95\x9c\xeb\x8b\xa4.",
    "\xd0\xa6\xd0\xb5\xd0\xbd\xd0\xb0 500 \xd1\x80\xd1\x83\xd0\xb1\xd0\xbb\xd0\xb5\xd0\xb9 "
    "\xd0\xb8\xd0\xbb\xd0\xb8 3 \xd0\xbc\xd0\xbb\xd0\xbd \xe2\x82\xbd.",
    "\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xe5\x86\x86 and 100\xe5\x85\x83 and 1\xc2\xa0" "250 CHF.",
    "He bought 0.5 bitcoin, two nickels and ten dimes in Q3 2026.",
    "Revenue of $999999999999999999999 is out of range; $60K is not.",
};

/* The sentences, repeated `copies` times, space-separated (malloc'd). */
static char *many_figures(int copies, size_t *len) {
    size_t one = 0;
    for (size_t i = 0; i < sizeof sentences / sizeof sentences[0]; i++)
        one += strlen(sentences[i]) + 1;
    char *t = malloc(one * (size_t)copies + 1);
    ck_assert_ptr_nonnull(t);
    size_t n = 0;
    for (int c = 0; c < copies; c++)
        for (size_t i = 0; i < sizeof sentences / sizeof sentences[0]; i++) {
            size_t l = strlen(sentences[i]);
            memcpy(t + n, sentences[i], l);
            n += l;
            t[n++] = c % 7 == 6 ? '\n' : ' ';
        }
    t[n] = '\0';
    *len = n;
    return t;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *t = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(t);
    size_t got = fread(t, 1, (size_t)n, f);
    fclose(f);
    ck_assert_uint_eq(got, (size_t)n);
    *len = got;
    return t;
}

/* Option sets: locale (NULL: none), flags, default currency. */
static const struct {
    const char *locale;
    uint32_t flags;
    const char *currency;
} option_sets[] = {
    {NULL, 0, NULL},
    {"en-US", 0, NULL},
    {"de-DE", FIGPARSE_OPT_DECIMAL_COMMA, "EUR"},
    {"ko-KR", FIGPARSE_OPT_STRICT_CURRENCY, NULL},
    {"en-IN", 0, "INR"},
};
#define NOPTIONS (sizeof option_sets / sizeof option_sets[0])

static figparse_options *options_for(size_t k, const figparse_allocator *a) {
    figparse_options *o = figparse_options_new(a);
    if (!o)
        return NULL;
    if (option_sets[k].locale)
        ck_assert_int_eq(figparse_options_set_locale(o, option_sets[k].locale), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_flags(o, option_sets[k].flags), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_kinds(o, 0), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_default_currency(o, option_sets[k].currency),
                     FIGPARSE_OK);
    return o;
}

/* ---- 1. zero allocations per figure ------------------------------------- */

static size_t count_figures(figparse_scan *sc, const char *text, size_t len) {
    ck_assert_int_eq(figparse_scan_reset(sc, text, len), FIGPARSE_OK);
    const figparse_figure *f;
    figparse_status st;
    size_t n = 0;
    while ((st = figparse_scan_next(sc, &f)) == FIGPARSE_OK)
        n++;
    ck_assert_int_eq(st, FIGPARSE_DONE);
    return n;
}

START_TEST(scan_loop_allocates_nothing) {
    size_t k = (size_t)_i;
    figparse_allocator a;
    counting *c = counting_new(0, &a);
    figparse_options *o = options_for(k, &a);
    ck_assert_ptr_nonnull(o);
    figparse_status st;
    figparse *fp = figparse_new(o, &st);
    ck_assert_ptr_nonnull(fp);
    figparse_options_free(o);
    figparse_scan *sc = figparse_scan_new(fp, &st);
    ck_assert_ptr_nonnull(sc);

    size_t len;
    char *text = many_figures(200, &len);
    size_t blen = 0, slen = 0;
    char *bundled = read_file("bench/sample.txt", &blen);
    char *seeds = read_file("../shared/corpora/bench/seeds.txt", &slen);

    /* Warm-up: ICU builds its normalizer on first use. */
    size_t warm = count_figures(sc, text, len);
    ck_assert_uint_ge(warm, 2000);

    size_t fp_calls = c->calls, icu_before = icu_calls;
    size_t figures = count_figures(sc, text, len);
    if (bundled)
        figures += count_figures(sc, bundled, blen);
    if (seeds)
        figures += count_figures(sc, seeds, slen);
    figures += count_figures(sc, text, len); /* and again after other texts */
    ck_assert_uint_ge(figures, 2 * warm);
    ck_assert_msg(c->calls == fp_calls, "options %zu: %zu figparse allocations in %zu figures", k,
                  c->calls - fp_calls, figures);
    ck_assert_msg(icu_calls == icu_before, "options %zu: %zu ICU allocations in %zu figures", k,
                  icu_calls - icu_before, figures);

    /* The array form: a handful of allocations, not one per figure. */
    size_t before = c->calls;
    figparse_result *r = NULL;
    ck_assert_int_eq(figparse_scan_all(fp, text, len, &r), FIGPARSE_OK);
    ck_assert_uint_eq(figparse_result_count(r), warm);
    size_t used = c->calls - before;
    ck_assert_msg(used <= 40 && used * 50 < warm, "scan_all: %zu allocations for %zu figures",
                  used, warm);
    figparse_result_free(r);

    free(seeds);
    free(bundled);
    free(text);
    figparse_scan_free(sc);
    figparse_free(fp);
    expect_balanced(c, "balanced", 0);
    free(c);
}
END_TEST

/* ---- 2. failing allocations ------------------------------------------------ */

/* The whole life cycle with options set k, failing figparse allocation
 * fail_at; the figures, when they come, must be `want` of them. Returns
 * whether a failure was injected. */
static bool life_failing_at(size_t k, size_t fail_at, const char *text, size_t len, size_t want) {
    figparse_allocator a;
    counting *c = counting_new(fail_at, &a);
    figparse_status st;
    figparse_options *o = options_for(k, &a);
    figparse *fp = NULL;
    figparse_scan *sc = NULL;
    if (!o)
        goto done;
    st = FIGPARSE_OK;
    fp = figparse_new(o, &st);
    figparse_options_free(o);
    if (!fp) {
        ck_assert_msg(st == FIGPARSE_ENOMEM, "figparse_new: %s", figparse_status_name(st));
        goto done;
    }
    st = FIGPARSE_OK;
    sc = figparse_scan_new(fp, &st);
    if (!sc) {
        ck_assert_msg(st == FIGPARSE_ENOMEM, "figparse_scan_new: %s", figparse_status_name(st));
    } else {
        ck_assert_uint_eq(count_figures(sc, text, len), want);
        figparse_scan_free(sc);
    }
    figparse_result *r = NULL;
    st = figparse_scan_all(fp, text, len, &r);
    if (st == FIGPARSE_OK) {
        ck_assert_uint_eq(figparse_result_count(r), want);
        figparse_result_free(r);
    } else {
        ck_assert_msg(st == FIGPARSE_ENOMEM, "scan_all: %s", figparse_status_name(st));
        ck_assert_ptr_null(r);
    }
    figparse_free(fp);
done:
    expect_balanced(c, option_sets[k].locale ? option_sets[k].locale : "no locale", fail_at);
    bool failed = c->failed;
    free(c);
    return failed;
}

START_TEST(failing_every_nth_allocation) {
    size_t k = (size_t)_i;
    size_t len;
    char *text = many_figures(40, &len); /* scan_all grows its array ~7 times */
    /* the figures without failures, for comparison */
    size_t want;
    {
        figparse_options *o = options_for(k, NULL);
        figparse *fp = figparse_new(o, NULL);
        figparse_options_free(o);
        figparse_scan *sc = figparse_scan_new(fp, NULL);
        want = count_figures(sc, text, len);
        figparse_scan_free(sc);
        figparse_free(fp);
    }
    ck_assert_uint_ge(want, 400);
    size_t n = 1;
    while (life_failing_at(k, n, text, len, want)) {
        n++;
        ck_assert_uint_lt(n, 1000);
    }
    /* options, parser, scan and its memory, result, a growing array */
    ck_assert_uint_ge(n, 10);
    free(text);
}
END_TEST

/* In a child process: a parser is built, then ICU's allocation number n
 * after that fails while texts that need ICU's normalizer (built on first
 * use) are scanned and parsed. Exit 0 when all went cleanly and a failure
 * was injected, 3 when none was (past the last allocation), else a crash
 * or an assertion. (Failures inside figparse_new() are not tried: ICU 72
 * itself crashes in UnifiedCache::getInstance() when an allocation there
 * fails, whoever calls it.) */
static int icu_failing_child(size_t n, const char *locale) {
    figparse_options *o = figparse_options_new(NULL);
    if (!o || figparse_options_set_locale(o, locale) != FIGPARSE_OK)
        return 10;
    figparse_status st = FIGPARSE_OK;
    figparse *fp = figparse_new(o, &st);
    figparse_options_free(o);
    if (!fp)
        return 11;
    icu_fail_at = icu_calls + n;
    icu_failed = false;
    for (size_t i = 9; i < 12; i++) { /* Korean, Russian, full-width digits */
        figparse_result *r = NULL;
        st = figparse_scan_all(fp, sentences[i], strlen(sentences[i]), &r);
        if (st != FIGPARSE_OK && st != FIGPARSE_ENOMEM)
            return 12;
        figparse_result_free(r);
    }
    figparse_money m;
    const char *field = "\xef\xbc\x95 \xd0\xa0\xd0\xa3\xd0\x91"; /* full-width 5, RUB */
    st = figparse_parse_money(fp, field, strlen(field), &m, NULL);
    if (st != FIGPARSE_OK && st != FIGPARSE_NOMATCH && st != FIGPARSE_ENOMEM)
        return 13;
    figparse_free(fp);
    return icu_failed ? 0 : 3;
}

START_TEST(icu_allocation_failures) {
    static const char *const locales[] = {"de-CH", "ko-KR"};
    const char *locale = locales[_i];
    size_t n;
    for (n = 1; n < 20000; n++) {
        fflush(NULL);
        pid_t pid = fork();
        ck_assert_int_ge(pid, 0);
        if (pid == 0)
            _exit(icu_failing_child(n, locale));
        int status = 0;
        ck_assert_int_eq(waitpid(pid, &status, 0), pid);
        ck_assert_msg(WIFEXITED(status), "%s: ICU allocation %zu failing: killed by signal %d",
                      locale, n, WIFSIGNALED(status) ? WTERMSIG(status) : 0);
        int code = WEXITSTATUS(status);
        if (code == 3)
            break;
        ck_assert_msg(code == 0, "%s: ICU allocation %zu failing: child exit %d", locale, n, code);
    }
    ck_assert_uint_lt(n, 20000);
    ck_assert_uint_gt(n, 1); /* ICU allocated something: the test tested */
}
END_TEST

static Suite *alloc_suite(void) {
    Suite *s = suite_create("alloc");
    TCase *z = tcase_create("zero per figure");
    tcase_set_timeout(z, 120);
    tcase_add_loop_test(z, scan_loop_allocates_nothing, 0, (int)NOPTIONS);
    suite_add_tcase(s, z);
    TCase *f = tcase_create("failing allocations");
    tcase_set_timeout(f, 600);
    tcase_add_loop_test(f, failing_every_nth_allocation, 0, (int)NOPTIONS);
    tcase_add_loop_test(f, icu_allocation_failures, 0, 2);
    suite_add_tcase(s, f);
    return s;
}

int main(void) {
    /* Before anything touches ICU, so that all its allocations are counted. */
    UErrorCode err = U_ZERO_ERROR;
    u_setMemoryFunctions(NULL, icu_alloc, icu_realloc, icu_free, &err);
    if (U_FAILURE(err)) {
        fprintf(stderr, "u_setMemoryFunctions: %s\n", u_errorName(err));
        return EXIT_FAILURE;
    }
    SRunner *sr = srunner_create(alloc_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
