/*
 * check_api.c — the public API's contract apart from what it finds: version,
 * status codes, option setters and their validation, NULL arguments, empty
 * and NUL-holding texts, and custom allocators (balanced, and failing at
 * every allocation in turn).
 */
#include "figparse.h"

#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ------------------------------------------------------------- */

/* The first figure of text with parser fp, or NULL (copied into *out). */
static bool first_figure(const figparse *fp, const char *text, size_t len, figparse_figure *out) {
    figparse_status st;
    figparse_scan *sc = figparse_scan_new(fp, &st);
    ck_assert_ptr_nonnull(sc);
    ck_assert_int_eq(figparse_scan_reset(sc, text, len), FIGPARSE_OK);
    const figparse_figure *f = NULL;
    st = figparse_scan_next(sc, &f);
    bool found = st == FIGPARSE_OK;
    if (found)
        *out = *f;
    else
        ck_assert_int_eq(st, FIGPARSE_DONE);
    figparse_scan_free(sc);
    return found;
}

static figparse *build(const figparse_options *o) {
    figparse_status st = FIGPARSE_EINVAL;
    figparse *fp = figparse_new(o, &st);
    ck_assert_ptr_nonnull(fp);
    ck_assert_int_eq(st, FIGPARSE_OK);
    return fp;
}

/* The currency a bare "$20" gets under options o. */
static void dollar_currency(const figparse_options *o, char cur[4], uint32_t *flags) {
    figparse *fp = build(o);
    figparse_figure f;
    const char *t = "It is $20 now.";
    ck_assert(first_figure(fp, t, strlen(t), &f));
    memcpy(cur, f.u.money.currency, 4);
    *flags = f.u.money.flags;
    figparse_free(fp);
}

/* ---- version and status --------------------------------------------------- */

START_TEST(version) {
    ck_assert_uint_eq(figparse_version(), FIGPARSE_VERSION_HEX);
    ck_assert_str_eq(figparse_version_string(), FIGPARSE_VERSION_STRING);
    char expect[32];
    snprintf(expect, sizeof expect, "%d.%d.%d", FIGPARSE_VERSION_MAJOR, FIGPARSE_VERSION_MINOR,
             FIGPARSE_VERSION_PATCH);
    ck_assert_str_eq(figparse_version_string(), expect);
    ck_assert_uint_eq(FIGPARSE_VERSION_HEX, (FIGPARSE_VERSION_MAJOR << 16) |
                                                (FIGPARSE_VERSION_MINOR << 8) |
                                                FIGPARSE_VERSION_PATCH);
    ck_assert_ptr_nonnull(figparse_data_version());
}
END_TEST

static const struct {
    figparse_status st;
    const char *name, *msg;
} statuses[] = {
#define X(name, value, msg) {FIGPARSE_##name, #name, msg},
    FIGPARSE_STATUS_MAP(X)
#undef X
};
#define NSTATUS (sizeof statuses / sizeof statuses[0])

START_TEST(status_names_and_messages) {
    ck_assert_uint_eq(NSTATUS, 12);
    for (size_t i = 0; i < NSTATUS; i++) {
        const char *name = figparse_status_name(statuses[i].st);
        const char *msg = figparse_strerror(statuses[i].st);
        ck_assert_ptr_nonnull(name);
        ck_assert_ptr_nonnull(msg);
        ck_assert_str_eq(name, statuses[i].name);
        ck_assert_str_eq(msg, statuses[i].msg);
        ck_assert_uint_gt(strlen(msg), 0);
        for (size_t k = 0; k < i; k++) {
            ck_assert_msg(statuses[k].st != statuses[i].st, "%s and %s share a value",
                          statuses[k].name, statuses[i].name);
            ck_assert_str_ne(figparse_status_name(statuses[k].st), name);
            ck_assert_str_ne(figparse_strerror(statuses[k].st), msg);
        }
    }
}
END_TEST

START_TEST(status_fixed_values) {
    ck_assert_int_eq(FIGPARSE_OK, 0);
    ck_assert_int_eq(FIGPARSE_DONE, 1);
    ck_assert_int_eq(FIGPARSE_NOMATCH, 2);
    ck_assert_int_eq(FIGPARSE_EINVAL, -1);
    ck_assert_int_eq(FIGPARSE_ENOMEM, -2);
    ck_assert_int_eq(FIGPARSE_ERANGE, -3);
    ck_assert_int_eq(FIGPARSE_EUNSUPPORTED, -9);
    ck_assert_str_eq(figparse_status_name(FIGPARSE_ENOMEM), "ENOMEM");
    ck_assert_str_eq(figparse_strerror(FIGPARSE_ENOMEM), "out of memory");
    ck_assert_str_eq(figparse_status_name(FIGPARSE_OK), "OK");
}
END_TEST

START_TEST(unknown_status) {
    ck_assert_str_eq(figparse_status_name((figparse_status)42), "UNKNOWN");
    ck_assert_str_eq(figparse_status_name((figparse_status)-100), "UNKNOWN");
    const char *m = figparse_strerror((figparse_status)42);
    ck_assert_ptr_nonnull(m);
    ck_assert_uint_gt(strlen(m), 0);
}
END_TEST

/* ---- options ------------------------------------------------------------ */

START_TEST(setters_reject_null_options) {
    ck_assert_int_eq(figparse_options_set_locale(NULL, "en"), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_kinds(NULL, FIGPARSE_KIND_MONEY), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_flags(NULL, 0), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_default_currency(NULL, "EUR"), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_reference_date(NULL, 2024, 1, 1), FIGPARSE_EINVAL);
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_ptr_nonnull(o);
    ck_assert_int_eq(figparse_options_set_locale(o, NULL), FIGPARSE_EINVAL);
    figparse_options_free(o);
}
END_TEST

START_TEST(locale_good_tags) {
    static const char *const good[] = {"en", "en-US", "en_GB", "ko-KR", "zh-Hant-TW", "de-CH",
                                       "es-419", "fil", "sr-Latn-RS"};
    figparse_options *o = figparse_options_new(NULL);
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        ck_assert_msg(figparse_options_set_locale(o, good[i]) == FIGPARSE_OK, "\"%s\" rejected",
                      good[i]);
    figparse_options_free(o);
}
END_TEST

START_TEST(locale_bad_tags_keep_old_value) {
    static const char *const bad[] = {
        "e", "english", "12", "en-", "-en", "en--US", "en US", "en-US ", "en-toolongsubtag",
        "e\xc3\xa9", "en-U$", "en/US",
        "en-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd-eeeeeeee-ffffffff-gggggggg-hh",
    };
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_int_eq(figparse_options_set_locale(o, "en-AU"), FIGPARSE_OK);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_msg(figparse_options_set_locale(o, bad[i]) == FIGPARSE_ELOCALE,
                      "\"%s\": expected ELOCALE", bad[i]);
    /* still en-AU: a bare "$" is the Australian dollar */
    char cur[4];
    uint32_t flags;
    dollar_currency(o, cur, &flags);
    ck_assert_str_eq(cur, "AUD");
    figparse_options_free(o);
}
END_TEST

START_TEST(locale_und_and_empty_clear_hint) {
    static const char *const clear[] = {"und", ""};
    for (size_t i = 0; i < 2; i++) {
        figparse_options *o = figparse_options_new(NULL);
        ck_assert_int_eq(figparse_options_set_locale(o, "de"), FIGPARSE_OK);
        ck_assert_int_eq(figparse_options_set_locale(o, clear[i]), FIGPARSE_OK);
        /* no hint: "3.350" is ambiguous again */
        figparse *fp = build(o);
        figparse_figure f;
        const char *t = "It was \xe2\x82\xac" "3.350 in all.";
        ck_assert(first_figure(fp, t, strlen(t), &f));
        ck_assert_msg(f.u.money.flags & FIGPARSE_MONEY_SEPARATOR_AMBIGUOUS,
                      "clear with \"%s\": flags 0x%x", clear[i], (unsigned)f.u.money.flags);
        figparse_free(fp);
        figparse_options_free(o);
    }
}
END_TEST

START_TEST(kinds_mask) {
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_int_eq(figparse_options_set_kinds(o, FIGPARSE_KIND_MONEY), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_kinds(o, FIGPARSE_KIND_MONEY | FIGPARSE_KIND_DATE),
                     FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_kinds(o, 0), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_kinds(o, 4), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_kinds(o, 0x80000000u), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_kinds(o, FIGPARSE_KIND_MONEY | 8), FIGPARSE_EINVAL);

    /* kinds 0 means all: money is found */
    figparse *fp = build(o);
    figparse_figure f;
    ck_assert(first_figure(fp, "$5", 2, &f));
    figparse_free(fp);

    /* dates only: no money figure */
    ck_assert_int_eq(figparse_options_set_kinds(o, FIGPARSE_KIND_DATE), FIGPARSE_OK);
    fp = build(o);
    ck_assert(!first_figure(fp, "$5", 2, &f));
    figparse_free(fp);
    figparse_options_free(o);
}
END_TEST

START_TEST(default_currency_validation) {
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_int_eq(figparse_options_set_default_currency(o, "XYZ"), FIGPARSE_ECURRENCY);
    ck_assert_int_eq(figparse_options_set_default_currency(o, "EURO"), FIGPARSE_ECURRENCY);
    ck_assert_int_eq(figparse_options_set_default_currency(o, "EU"), FIGPARSE_ECURRENCY);
    ck_assert_int_eq(figparse_options_set_default_currency(o, "$"), FIGPARSE_ECURRENCY);
    ck_assert_int_eq(figparse_options_set_default_currency(o, "EUR"), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_default_currency(o, "XYZ"), FIGPARSE_ECURRENCY);
    /* the failed call kept EUR */
    figparse *fp = build(o);
    figparse_money m;
    ck_assert_int_eq(figparse_parse_money(fp, "10", 2, &m, NULL), FIGPARSE_OK);
    ck_assert_str_eq(m.currency, "EUR");
    figparse_free(fp);
    /* NULL and "" clear it */
    ck_assert_int_eq(figparse_options_set_default_currency(o, NULL), FIGPARSE_OK);
    fp = build(o);
    ck_assert_int_eq(figparse_parse_money(fp, "10", 2, &m, NULL), FIGPARSE_NOMATCH);
    figparse_free(fp);
    ck_assert_int_eq(figparse_options_set_default_currency(o, "JPY"), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_default_currency(o, ""), FIGPARSE_OK);
    fp = build(o);
    ck_assert_int_eq(figparse_parse_money(fp, "10", 2, &m, NULL), FIGPARSE_NOMATCH);
    figparse_free(fp);
    figparse_options_free(o);
}
END_TEST

START_TEST(reference_date_validation) {
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 2024, 2, 29), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 2000, 2, 29), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 2023, 2, 29), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 1900, 2, 29), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 2023, 2, 28), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 2024, 4, 31), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 2024, 12, 31), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 2024, 13, 1), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 2024, 0, 1), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 2024, 1, 0), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 2024, 1, 32), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 1, 1, 1), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 9999, 12, 31), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 10000, 1, 1), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 0, 1, 1), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_reference_date(o, -5, 1, 1), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_options_set_reference_date(o, 0, 0, 0), FIGPARSE_OK);
    figparse_options_free(o);
}
END_TEST

START_TEST(flags_setter) {
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_int_eq(figparse_options_set_flags(o, FIGPARSE_OPT_STRICT_CURRENCY), FIGPARSE_OK);
    char cur[4];
    uint32_t flags;
    dollar_currency(o, cur, &flags);
    ck_assert_str_eq(cur, "");
    ck_assert(flags & FIGPARSE_MONEY_CURRENCY_AMBIGUOUS);
    /* set_flags replaces: strict is gone */
    ck_assert_int_eq(figparse_options_set_flags(o, 0), FIGPARSE_OK);
    dollar_currency(o, cur, &flags);
    ck_assert_str_eq(cur, "USD");
    figparse_options_free(o);
}
END_TEST

START_TEST(parser_copies_options) {
    /* "The options may be freed or changed afterwards." */
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_int_eq(figparse_options_set_locale(o, "en-AU"), FIGPARSE_OK);
    figparse *fp = build(o);
    ck_assert_int_eq(figparse_options_set_locale(o, "en-CA"), FIGPARSE_OK);
    figparse_options_free(o);
    figparse_figure f;
    ck_assert(first_figure(fp, "$5", 2, &f));
    ck_assert_str_eq(f.u.money.currency, "AUD");
    figparse_free(fp);
}
END_TEST

START_TEST(defaults_have_no_hint) {
    /* figparse_options_new() and figparse_new(NULL): no locale hint. A bare
     * "$" still reads as USD (inferred), and "3.350" is grouped but flagged
     * ambiguous, since nothing says which mark is the decimal one. */
    const char *t = "It was $3.350 in all.";
    figparse_options *o = figparse_options_new(NULL);
    figparse *fp = build(o);
    figparse_options_free(o);
    for (int round = 0; round < 2; round++) {
        figparse_figure f;
        ck_assert(first_figure(fp, t, strlen(t), &f));
        ck_assert_str_eq(f.u.money.currency, "USD");
        ck_assert(f.u.money.flags & FIGPARSE_MONEY_CURRENCY_INFERRED);
        ck_assert_msg(f.u.money.flags & FIGPARSE_MONEY_SEPARATOR_AMBIGUOUS, "round %d: flags 0x%x",
                      round, (unsigned)f.u.money.flags);
        ck_assert_int_eq(f.u.money.amount.coef, 335);
        ck_assert_int_eq(f.u.money.amount.exp, 1);
        figparse_free(fp);
        fp = round == 0 ? build(NULL) : NULL;
    }
}
END_TEST

START_TEST(new_with_null_options) {
    figparse_status st = FIGPARSE_EINVAL;
    figparse *fp = figparse_new(NULL, &st);
    ck_assert_ptr_nonnull(fp);
    ck_assert_int_eq(st, FIGPARSE_OK);
    figparse_figure f;
    const char *t = "It was \xe2\x82\xac" "5.";
    ck_assert(first_figure(fp, t, strlen(t), &f));
    ck_assert_str_eq(f.u.money.currency, "EUR");
    figparse_free(fp);
    fp = figparse_new(NULL, NULL); /* status may be NULL */
    ck_assert_ptr_nonnull(fp);
    figparse_free(fp);
}
END_TEST

/* ---- NULL arguments -------------------------------------------------------- */

START_TEST(null_arguments) {
    figparse *fp = build(NULL);
    figparse_status st = FIGPARSE_OK;
    ck_assert_ptr_null(figparse_scan_new(NULL, &st));
    ck_assert_int_eq(st, FIGPARSE_EINVAL);
    ck_assert_ptr_null(figparse_scan_new(NULL, NULL));

    figparse_scan *sc = figparse_scan_new(fp, &st);
    ck_assert_ptr_nonnull(sc);
    static const figparse_figure dummy_figure;
    const figparse_figure *f = &dummy_figure;
    ck_assert_int_eq(figparse_scan_reset(NULL, "x", 1), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_scan_reset(sc, NULL, 5), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_scan_reset(sc, NULL, 0), FIGPARSE_OK);
    ck_assert_int_eq(figparse_scan_next(sc, &f), FIGPARSE_DONE);
    ck_assert_int_eq(figparse_scan_next(NULL, &f), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_scan_next(sc, NULL), FIGPARSE_EINVAL);

    static char dummy;
    figparse_result *r = (figparse_result *)(void *)&dummy;
    ck_assert_int_eq(figparse_scan_all(NULL, "x", 1, &r), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_scan_all(fp, "x", 1, NULL), FIGPARSE_EINVAL);
    r = (figparse_result *)(void *)&dummy;
    ck_assert_int_eq(figparse_scan_all(fp, NULL, 3, &r), FIGPARSE_EINVAL);
    ck_assert_ptr_null(r);
    ck_assert_uint_eq(figparse_result_count(NULL), 0);
    ck_assert_ptr_null(figparse_result_get(NULL, 0));

    figparse_money m;
    size_t off = 99;
    ck_assert_int_eq(figparse_parse_money(NULL, "$5", 2, &m, &off), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_parse_money(fp, "$5", 2, NULL, &off), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_parse_money(fp, NULL, 2, &m, &off), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_parse_money(fp, "$5", 2, &m, NULL), FIGPARSE_OK);

    figparse_decimal d;
    ck_assert_int_eq(figparse_decimal_parse(NULL, 1, &d), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_decimal_parse("1", 1, NULL), FIGPARSE_EINVAL);

    /* frees of NULL are no-ops */
    figparse_options_free(NULL);
    figparse_free(NULL);
    figparse_scan_free(NULL);
    figparse_result_free(NULL);

    figparse_scan_free(sc);
    figparse_free(fp);
}
END_TEST

/* ---- texts ----------------------------------------------------------------- */

START_TEST(zero_length_text) {
    figparse *fp = build(NULL);
    figparse_figure f;
    ck_assert(!first_figure(fp, "", 0, &f));
    ck_assert(!first_figure(fp, "$5", 0, &f)); /* the length is what counts */
    figparse_money m;
    size_t off = 99;
    ck_assert_int_eq(figparse_parse_money(fp, "", 0, &m, &off), FIGPARSE_NOMATCH);
    ck_assert_int_eq(figparse_parse_money(fp, "   ", 3, &m, &off), FIGPARSE_NOMATCH);
    figparse_result *r = NULL;
    ck_assert_int_eq(figparse_scan_all(fp, "", 0, &r), FIGPARSE_OK);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(figparse_result_count(r), 0);
    ck_assert_ptr_null(figparse_result_get(r, 0));
    figparse_result_free(r);
    figparse_free(fp);
}
END_TEST

START_TEST(nul_bytes_inside_text) {
    static const char text[] = {'$', '5', '\0', '$', '6'};
    figparse *fp = build(NULL);
    figparse_result *r = NULL;
    ck_assert_int_eq(figparse_scan_all(fp, text, sizeof text, &r), FIGPARSE_OK);
    ck_assert_uint_eq(figparse_result_count(r), 2);
    const figparse_figure *a = figparse_result_get(r, 0), *b = figparse_result_get(r, 1);
    ck_assert_uint_eq(a->start, 0);
    ck_assert_uint_eq(a->end, 2);
    ck_assert_int_eq(a->u.money.amount.coef, 5);
    ck_assert_uint_eq(b->start, 3);
    ck_assert_uint_eq(b->end, 5);
    ck_assert_int_eq(b->u.money.amount.coef, 6);
    ck_assert_uint_eq(b->index, 1);
    figparse_result_free(r);
    figparse_free(fp);
}
END_TEST

START_TEST(text_need_not_be_terminated) {
    /* "$5" followed by digits outside the given length */
    static const char text[] = {'$', '5', '9', '9'};
    figparse *fp = build(NULL);
    figparse_figure f;
    ck_assert(first_figure(fp, text, 2, &f));
    ck_assert_uint_eq(f.end, 2);
    ck_assert_int_eq(f.u.money.amount.coef, 5);
    figparse_free(fp);
}
END_TEST

START_TEST(invalid_utf8_in_scan_is_a_separator) {
    const char *t = "\xff$7\x80 and \xc0\xc1 \xe2\x82\xac" "8";
    figparse *fp = build(NULL);
    figparse_result *r = NULL;
    ck_assert_int_eq(figparse_scan_all(fp, t, strlen(t), &r), FIGPARSE_OK);
    ck_assert_uint_eq(figparse_result_count(r), 2);
    ck_assert_uint_eq(figparse_result_get(r, 0)->start, 1);
    ck_assert_uint_eq(figparse_result_get(r, 0)->end, 3);
    ck_assert_str_eq(figparse_result_get(r, 1)->u.money.currency, "EUR");
    figparse_result_free(r);
    figparse_free(fp);
}
END_TEST

/* ---- allocators ------------------------------------------------------------- */

#define MAX_BLOCKS 256

typedef struct counting {
    size_t mallocs, reallocs, frees;
    size_t blocks;    /* new blocks: mallocs and reallocs of NULL */
    size_t calls;     /* malloc and realloc calls so far */
    size_t fail_at;   /* the call (1-based) that fails; 0: none */
    bool failed;      /* a failure was injected */
    void *ptr[MAX_BLOCKS];
    size_t size[MAX_BLOCKS];
    size_t live;
    bool bad_free, bad_old_size;
} counting;

static int find_block(counting *c, void *p) {
    for (int i = 0; i < MAX_BLOCKS; i++)
        if (c->ptr[i] == p && p)
            return i;
    return -1;
}

static void track(counting *c, void *p, size_t size) {
    int i;
    for (i = 0; i < MAX_BLOCKS && c->ptr[i]; i++)
        ;
    ck_assert_int_lt(i, MAX_BLOCKS);
    c->ptr[i] = p;
    c->size[i] = size;
    c->live++;
    c->blocks++;
}

static bool should_fail(counting *c) {
    c->calls++;
    if (c->fail_at && c->calls == c->fail_at) {
        c->failed = true;
        return true;
    }
    return false;
}

static void *t_malloc(void *ctx, size_t size) {
    counting *c = ctx;
    if (should_fail(c))
        return NULL;
    void *p = malloc(size ? size : 1);
    if (p) {
        c->mallocs++;
        track(c, p, size);
    }
    return p;
}

static void *t_realloc(void *ctx, void *ptr, size_t old_size, size_t new_size) {
    counting *c = ctx;
    if (should_fail(c))
        return NULL;
    int i = -1;
    if (ptr) {
        i = find_block(c, ptr);
        if (i < 0) {
            c->bad_free = true;
            return NULL;
        }
        if (c->size[i] != old_size)
            c->bad_old_size = true;
    }
    void *p = realloc(ptr, new_size ? new_size : 1);
    if (!p)
        return NULL;
    c->reallocs++;
    if (i >= 0) {
        c->ptr[i] = p;
        c->size[i] = new_size;
    } else {
        track(c, p, new_size);
    }
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
    c->frees++;
    free(ptr);
}

static figparse_allocator counting_allocator(counting *c) {
    memset(c, 0, sizeof *c);
    figparse_allocator a = {t_malloc, t_realloc, t_free, c};
    return a;
}

/* Enough figures that scan_all must grow its array more than once. */
static const char *lots_of_money(void) {
    return "$1 $2 $3 $4 $5 $6 $7 $8 $9 $10 $11 $12 $13 $14 $15 $16 $17 $18 $19 $20";
}

START_TEST(custom_allocator_balances) {
    counting c;
    figparse_allocator a = counting_allocator(&c);
    figparse_options *o = figparse_options_new(&a);
    ck_assert_ptr_nonnull(o);
    ck_assert_uint_ge(c.mallocs, 1); /* the options themselves */
    ck_assert_int_eq(figparse_options_set_locale(o, "en-GB"), FIGPARSE_OK);
    figparse_status st;
    figparse *fp = figparse_new(o, &st);
    ck_assert_ptr_nonnull(fp);
    figparse_options_free(o);
    size_t before = c.mallocs;
    figparse_scan *sc = figparse_scan_new(fp, &st);
    ck_assert_ptr_nonnull(sc);
    ck_assert_uint_gt(c.mallocs, before);
    const char *t = lots_of_money();
    ck_assert_int_eq(figparse_scan_reset(sc, t, strlen(t)), FIGPARSE_OK);
    const figparse_figure *f;
    size_t n = 0;
    size_t calls_before_next = c.calls;
    while (figparse_scan_next(sc, &f) == FIGPARSE_OK)
        n++;
    ck_assert_uint_eq(n, 20);
    ck_assert_uint_eq(c.calls, calls_before_next); /* scan_next allocates nothing */
    figparse_result *r = NULL;
    ck_assert_int_eq(figparse_scan_all(fp, t, strlen(t), &r), FIGPARSE_OK);
    ck_assert_uint_eq(figparse_result_count(r), 20);
    figparse_result_free(r);
    figparse_scan_free(sc);
    figparse_free(fp);
    ck_assert_msg(!c.bad_free, "freed a block the allocator never gave");
    ck_assert_msg(!c.bad_old_size, "realloc was told a wrong old size");
    ck_assert_msg(c.live == 0, "%zu blocks leaked (%zu mallocs, %zu frees)", c.live, c.mallocs,
                  c.frees);
    ck_assert_uint_eq(c.blocks, c.frees);
}
END_TEST

/* Runs the whole life cycle failing allocation number fail_at; returns
 * whether a failure was injected. Asserts clean ENOMEM handling. */
static bool run_failing_at(size_t fail_at) {
    counting c;
    figparse_allocator a = counting_allocator(&c);
    c.fail_at = fail_at;
    const char *t = lots_of_money();
    figparse_status st;

    figparse_options *o = figparse_options_new(&a);
    if (!o)
        goto done;
    figparse_options_set_locale(o, "en-US");
    st = FIGPARSE_OK;
    figparse *fp = figparse_new(o, &st);
    figparse_options_free(o);
    if (!fp) {
        ck_assert_msg(st == FIGPARSE_ENOMEM, "fail_at %zu: figparse_new status %s", fail_at,
                      figparse_status_name(st));
        goto done;
    }
    st = FIGPARSE_OK;
    figparse_scan *sc = figparse_scan_new(fp, &st);
    if (!sc) {
        ck_assert_msg(st == FIGPARSE_ENOMEM, "fail_at %zu: figparse_scan_new status %s", fail_at,
                      figparse_status_name(st));
    } else {
        ck_assert_int_eq(figparse_scan_reset(sc, t, strlen(t)), FIGPARSE_OK);
        const figparse_figure *f;
        while (figparse_scan_next(sc, &f) == FIGPARSE_OK)
            ;
        figparse_scan_free(sc);
    }
    static char dummy;
    figparse_result *r = (figparse_result *)(void *)&dummy;
    st = figparse_scan_all(fp, t, strlen(t), &r);
    if (st == FIGPARSE_OK) {
        ck_assert_uint_eq(figparse_result_count(r), 20);
        figparse_result_free(r);
    } else {
        ck_assert_msg(st == FIGPARSE_ENOMEM, "fail_at %zu: figparse_scan_all status %s", fail_at,
                      figparse_status_name(st));
        ck_assert_msg(r == NULL, "fail_at %zu: scan_all left *out set on failure", fail_at);
    }
    figparse_free(fp);
done:
    ck_assert_msg(!c.bad_free, "fail_at %zu: freed a foreign block", fail_at);
    ck_assert_msg(!c.bad_old_size, "fail_at %zu: wrong realloc old size", fail_at);
    ck_assert_msg(c.live == 0, "fail_at %zu: %zu blocks leaked", fail_at, c.live);
    return c.failed;
}

START_TEST(allocator_failing_every_nth) {
    size_t n = 1;
    while (run_failing_at(n)) {
        n++;
        ck_assert_uint_lt(n, 1000);
    }
    /* at least: options, parser, scan, its memory, result, array */
    ck_assert_uint_ge(n, 5);
}
END_TEST

START_TEST(options_new_failing_returns_null) {
    counting c;
    figparse_allocator a = counting_allocator(&c);
    c.fail_at = 1;
    ck_assert_ptr_null(figparse_options_new(&a));
    ck_assert_uint_eq(c.live, 0);
}
END_TEST

static Suite *api_suite(void) {
    Suite *s = suite_create("api");
    TCase *v = tcase_create("version and status");
    tcase_add_test(v, version);
    tcase_add_test(v, status_names_and_messages);
    tcase_add_test(v, status_fixed_values);
    tcase_add_test(v, unknown_status);
    suite_add_tcase(s, v);
    TCase *o = tcase_create("options");
    tcase_add_test(o, setters_reject_null_options);
    tcase_add_test(o, locale_good_tags);
    tcase_add_test(o, locale_bad_tags_keep_old_value);
    tcase_add_test(o, locale_und_and_empty_clear_hint);
    tcase_add_test(o, kinds_mask);
    tcase_add_test(o, default_currency_validation);
    tcase_add_test(o, reference_date_validation);
    tcase_add_test(o, flags_setter);
    tcase_add_test(o, parser_copies_options);
    tcase_add_test(o, defaults_have_no_hint);
    tcase_add_test(o, new_with_null_options);
    suite_add_tcase(s, o);
    TCase *n = tcase_create("arguments and texts");
    tcase_add_test(n, null_arguments);
    tcase_add_test(n, zero_length_text);
    tcase_add_test(n, nul_bytes_inside_text);
    tcase_add_test(n, text_need_not_be_terminated);
    tcase_add_test(n, invalid_utf8_in_scan_is_a_separator);
    suite_add_tcase(s, n);
    TCase *a = tcase_create("allocators");
    tcase_set_timeout(a, 60);
    tcase_add_test(a, custom_allocator_balances);
    tcase_add_test(a, allocator_failing_every_nth);
    tcase_add_test(a, options_new_failing_returns_null);
    suite_add_tcase(s, a);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(api_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
