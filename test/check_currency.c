/*
 * check_currency.c — the generated currency tables (currency.h): ISO code
 * lookup, the sorted name table and the narrowing prefix search over it.
 */
#include "currency.h"

#include "figparse.h"

#include <check.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static int idx(const char *code) { return figparse__currency_index(code, strlen(code)); }

static const char *code_of(int i) { return figparse__currency_rows[i].code; }

/* Feeds a folded key; returns its exact rows, or an empty range. */
static figparse__name_range exact_rows(const char *key) {
    figparse__prefix p;
    figparse__prefix_init(&p);
    figparse__name_range r = {0, 0};
    for (size_t i = 0; key[i]; i++)
        if (!figparse__prefix_feed(&p, (unsigned char)key[i]))
            return r;
    if (!figparse__prefix_exact(&p, &r)) {
        r.lo = r.hi = 0;
    }
    return r;
}

static bool range_has(figparse__name_range r, const char *code) {
    int c = idx(code);
    for (uint32_t i = r.lo; i < r.hi; i++)
        if (figparse__name_rows[i].currency == c)
            return true;
    return false;
}

/* Number of distinct currencies in a range (rows are sorted by currency
 * within one key). */
static int range_currencies(figparse__name_range r) {
    int n = 0;
    for (uint32_t i = r.lo; i < r.hi; i++)
        if (i == r.lo || figparse__name_rows[i].currency != figparse__name_rows[i - 1].currency)
            n++;
    return n;
}

/* ---- ISO codes ---------------------------------------------------------- */

START_TEST(index_of_usd) {
    int i = idx("USD");
    ck_assert_int_ge(i, 0);
    ck_assert_str_eq(code_of(i), "USD");
    ck_assert_int_eq(figparse__currency_rows[i].digits, 2);
    ck_assert_int_eq(figparse__currency_rows[i].current, 1);
    ck_assert_int_eq(idx("usd"), i);
    ck_assert_int_eq(idx("uSd"), i);
    /* only the first three bytes named by len count */
    ck_assert_int_eq(figparse__currency_index("USDX", 3), i);
}
END_TEST

START_TEST(index_of_historic_code) {
    int i = idx("FIM"); /* Finnish markka, replaced by the euro */
    ck_assert_int_ge(i, 0);
    ck_assert_str_eq(code_of(i), "FIM");
    ck_assert_int_eq(figparse__currency_rows[i].current, 0);
    int e = idx("EUR");
    ck_assert_int_ge(e, 0);
    ck_assert_int_eq(figparse__currency_rows[e].current, 1);
}
END_TEST

START_TEST(minor_digits) {
    ck_assert_int_eq(figparse__currency_rows[idx("JPY")].digits, 0);
    ck_assert_int_eq(figparse__currency_rows[idx("KRW")].digits, 0);
    ck_assert_int_eq(figparse__currency_rows[idx("EUR")].digits, 2);
    ck_assert_int_eq(figparse__currency_rows[idx("KWD")].digits, 3);
    ck_assert_int_eq(figparse__currency_rows[idx("BHD")].digits, 3);
}
END_TEST

START_TEST(index_bad_input) {
    ck_assert_int_eq(idx("XYZ"), -1);
    ck_assert_int_eq(idx("US"), -1);
    ck_assert_int_eq(idx("USDX"), -1);
    ck_assert_int_eq(idx(""), -1);
    ck_assert_int_eq(idx("U1D"), -1);
    ck_assert_int_eq(idx("U D"), -1);
    ck_assert_int_eq(idx("$$$"), -1);
    ck_assert_int_eq(figparse__currency_index(NULL, 3), -1);
    ck_assert_int_eq(figparse__currency_index("US\0", 3), -1);
    ck_assert_int_eq(idx("\xc3\x9cSD"), -1);
}
END_TEST

START_TEST(code_table_sorted) {
    ck_assert_uint_gt(figparse__currency_count, 150);
    for (size_t i = 0; i < figparse__currency_count; i++) {
        const char *c = code_of((int)i);
        ck_assert_msg(strlen(c) == 3 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' &&
                          c[2] >= 'A' && c[2] <= 'Z',
                      "row %zu: bad code \"%s\"", i, c);
        if (i > 0)
            ck_assert_msg(strcmp(code_of((int)i - 1), c) < 0, "codes out of order at %zu: %s, %s",
                          i, code_of((int)i - 1), c);
        ck_assert_int_eq(idx(c), (int)i);
    }
}
END_TEST

START_TEST(name_table_sorted) {
    ck_assert_uint_gt(figparse__name_count, 0);
    for (size_t i = 0; i < figparse__name_count; i++) {
        const figparse__name_row *r = &figparse__name_rows[i];
        ck_assert_msg(r->key && r->key[0], "row %zu: empty key", i);
        ck_assert_msg(r->currency < figparse__currency_count, "row %zu: currency %u", i,
                      (unsigned)r->currency);
        if (i == 0)
            continue;
        const figparse__name_row *q = &figparse__name_rows[i - 1];
        int c = strcmp(q->key, r->key);
        ck_assert_msg(c < 0 || (c == 0 && q->currency < r->currency),
                      "name rows out of order at %zu: \"%s\"/%u then \"%s\"/%u", i, q->key,
                      (unsigned)q->currency, r->key, (unsigned)r->currency);
    }
}
END_TEST

/* ---- prefix search ------------------------------------------------------- */

START_TEST(dollar_sign_is_many_currencies) {
    figparse__name_range r = exact_rows("$");
    ck_assert_uint_lt(r.lo, r.hi);
    ck_assert(range_has(r, "USD"));
    ck_assert(range_has(r, "AUD"));
    ck_assert(range_has(r, "CAD"));
    ck_assert(range_has(r, "MXN"));
    ck_assert_int_ge(range_currencies(r), 5);
    for (uint32_t i = r.lo; i < r.hi; i++)
        ck_assert_str_eq(figparse__name_rows[i].key, "$");
    ck_assert(!range_has(r, "EUR"));
}
END_TEST

START_TEST(euro_sign_is_only_eur) {
    figparse__name_range r = exact_rows("\xe2\x82\xac");
    ck_assert_uint_lt(r.lo, r.hi);
    ck_assert_int_eq(range_currencies(r), 1);
    ck_assert(range_has(r, "EUR"));
}
END_TEST

START_TEST(us_dollar_prefix) {
    figparse__name_range r = exact_rows("us$");
    ck_assert_uint_lt(r.lo, r.hi);
    ck_assert_int_eq(range_currencies(r), 1);
    ck_assert(range_has(r, "USD"));
}
END_TEST

START_TEST(south_korean_won) {
    figparse__name_range r = exact_rows("south korean won");
    ck_assert_uint_lt(r.lo, r.hi);
    ck_assert_int_eq(range_currencies(r), 1);
    ck_assert(range_has(r, "KRW"));
}
END_TEST

START_TEST(iso_code_keys) {
    figparse__name_range r = exact_rows("usd");
    ck_assert(range_has(r, "USD"));
    bool code_source = false;
    for (uint32_t i = r.lo; i < r.hi; i++)
        if (figparse__name_rows[i].currency == idx("USD") &&
            figparse__name_rows[i].source == FIGPARSE__SRC_CODE)
            code_source = true;
    ck_assert(code_source);
    r = exact_rows("krw");
    ck_assert(range_has(r, "KRW"));
}
END_TEST

START_TEST(prefix_narrows) {
    figparse__prefix p;
    figparse__prefix_init(&p);
    ck_assert_int_eq(p.lo, 0);
    ck_assert_uint_eq(p.hi, figparse__name_count);
    ck_assert(figparse__prefix_feed(&p, 'u'));
    uint32_t width_u = p.hi - p.lo;
    for (uint32_t i = p.lo; i < p.hi; i++)
        ck_assert_int_eq(figparse__name_rows[i].key[0], 'u');
    ck_assert(figparse__prefix_feed(&p, 's'));
    ck_assert_uint_le(p.hi - p.lo, width_u);
    for (uint32_t i = p.lo; i < p.hi; i++)
        ck_assert(strncmp(figparse__name_rows[i].key, "us", 2) == 0);
    /* "us" itself is not a key, but "usd" is */
    figparse__name_range r;
    ck_assert(figparse__prefix_feed(&p, 'd'));
    ck_assert(figparse__prefix_exact(&p, &r));
    ck_assert(range_has(r, "USD"));
}
END_TEST

START_TEST(prefix_dead_end) {
    figparse__prefix p;
    figparse__prefix_init(&p);
    figparse__name_range r;
    ck_assert(!figparse__prefix_exact(&p, &r)); /* nothing fed */
    const char *junk = "qqqqzzzz";
    int alive = 1;
    for (size_t i = 0; junk[i] && alive; i++)
        alive = figparse__prefix_feed(&p, (unsigned char)junk[i]);
    ck_assert(!alive);
    ck_assert(!figparse__prefix_exact(&p, &r));
    /* once dead, it stays dead */
    ck_assert(!figparse__prefix_feed(&p, 'a'));
    /* a NUL byte is never part of a key */
    figparse__prefix_init(&p);
    ck_assert(figparse__prefix_feed(&p, '$'));
    ck_assert(!figparse__prefix_feed(&p, 0));
}
END_TEST

START_TEST(full_width_won_folds_to_won_sign) {
    /* CLDR zh writes ₩ as full-width ￦; folded keys hold ₩. */
    figparse__name_range r = exact_rows("\xe2\x82\xa9");
    ck_assert(range_has(r, "KRW"));
    r = exact_rows("\xef\xbf\xa6");
    ck_assert_uint_eq(r.lo, r.hi);
}
END_TEST

START_TEST(data_version) {
    const char *v = figparse_data_version();
    ck_assert_ptr_nonnull(v);
    ck_assert_uint_gt(strlen(v), 4);
    ck_assert(strncmp(v, "icu ", 4) == 0);
    ck_assert_str_eq(v, figparse__data_version_string);
    ck_assert_ptr_nonnull(strstr(v, "cldr "));
}
END_TEST

static Suite *currency_suite(void) {
    Suite *s = suite_create("currency");
    TCase *c = tcase_create("codes");
    tcase_add_test(c, index_of_usd);
    tcase_add_test(c, index_of_historic_code);
    tcase_add_test(c, minor_digits);
    tcase_add_test(c, index_bad_input);
    tcase_add_test(c, code_table_sorted);
    tcase_add_test(c, data_version);
    suite_add_tcase(s, c);
    TCase *n = tcase_create("names");
    tcase_add_test(n, name_table_sorted);
    tcase_add_test(n, dollar_sign_is_many_currencies);
    tcase_add_test(n, euro_sign_is_only_eur);
    tcase_add_test(n, us_dollar_prefix);
    tcase_add_test(n, south_korean_won);
    tcase_add_test(n, iso_code_keys);
    tcase_add_test(n, prefix_narrows);
    tcase_add_test(n, prefix_dead_end);
    tcase_add_test(n, full_width_won_folds_to_won_sign);
    suite_add_tcase(s, n);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(currency_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
