/*
 * check_decimal.c — exact decimals: the public figparse_decimal_format() and
 * figparse_decimal_parse(), and the internal arithmetic of internal.h.
 *
 * Every expected value here is worked out by hand from the header's contract
 * (value = coef * 10^exp, canonical coef without trailing zeros, at most 18
 * significant digits), never copied from the library's output.
 */
#include "internal.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static figparse_decimal D(int64_t coef, int32_t exp) {
    figparse_decimal d = {coef, exp};
    return d;
}

/* Asserts d == coef * 10^exp with exactly that representation. */
#define ck_dec_eq(d, c, e)                                                     \
    do {                                                                       \
        figparse_decimal d_ = (d);                                             \
        ck_assert_msg(d_.coef == (c) && d_.exp == (e),                         \
                      "expected %lld e%d, got %lld e%d", (long long)(c), (int)(e), \
                      (long long)d_.coef, (int)d_.exp);                        \
    } while (0)

/* figparse_decimal_format() into a big buffer; checks the returned length. */
static void expect_format(figparse_decimal d, const char *want) {
    char buf[128];
    memset(buf, 'x', sizeof buf);
    size_t n = figparse_decimal_format(d, buf, sizeof buf);
    ck_assert_msg(strcmp(buf, want) == 0, "format(%lld e%d): expected \"%s\", got \"%s\"",
                  (long long)d.coef, (int)d.exp, want, buf);
    ck_assert_msg(n == strlen(want), "format(%lld e%d): returned %zu, expected %zu",
                  (long long)d.coef, (int)d.exp, n, strlen(want));
}

/* ---- figparse_decimal_format ------------------------------------------- */

START_TEST(format_canonical) {
    expect_format(D(101, 11), "10100000000000");
    expect_format(D(727, -2), "7.27");
    expect_format(D(-3, 0), "-3");
    expect_format(D(0, 0), "0");
    expect_format(D(5, -2), "0.05");
    expect_format(D(-5, -1), "-0.5");
    expect_format(D(15, -1), "1.5");
    expect_format(D(1299, 0), "1299");
    expect_format(D(-452, 5), "-45200000");
    expect_format(D(999999999999999999, 0), "999999999999999999");
    expect_format(D(-999999999999999999, -9), "-999999999.999999999");
    expect_format(D(123456789012345678, -18), "0.123456789012345678");
}
END_TEST

START_TEST(format_large_and_small_exponents) {
    expect_format(D(1, 24), "1000000000000000000000000");
    expect_format(D(1, -24), "0.000000000000000000000001");
    expect_format(D(-12, 20), "-1200000000000000000000");
    expect_format(D(34, -22), "0.0000000000000000000034");
    /* 48 bytes suffice for any exponent within -24..24. */
    char buf[48];
    size_t n = figparse_decimal_format(D(-999999999999999999, 24), buf, sizeof buf);
    ck_assert_uint_eq(n, 1 + 18 + 24);
    ck_assert_uint_lt(n, sizeof buf);
    ck_assert_uint_eq(strlen(buf), n);
    n = figparse_decimal_format(D(-999999999999999999, -24), buf, sizeof buf);
    ck_assert_str_eq(buf, "-0.000000999999999999999999");
    ck_assert_uint_eq(n, 27);
}
END_TEST

START_TEST(format_non_canonical_input) {
    /* The header promises canonical strings; trailing zeros in coef must not
     * leak into the fraction, and zero is "0" whatever its exponent. */
    expect_format(D(1500, -2), "15");
    expect_format(D(1250, -3), "1.25");
    expect_format(D(-100, -1), "-10");
    expect_format(D(0, 7), "0");
    expect_format(D(0, -7), "0");
    expect_format(D(10, 2), "1000");
}
END_TEST

START_TEST(format_buffer_too_small) {
    char buf[8];
    memset(buf, 'x', sizeof buf);
    size_t n = figparse_decimal_format(D(727, -2), buf, 3);
    ck_assert_uint_eq(n, 4);      /* "7.27" needs 4 */
    ck_assert_str_eq(buf, "7.");  /* cut, NUL-terminated within cap */
    ck_assert_int_eq(buf[3], 'x'); /* nothing written past cap */

    memset(buf, 'x', sizeof buf);
    n = figparse_decimal_format(D(-3, 0), buf, 1);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(buf[0], '\0');
    ck_assert_int_eq(buf[1], 'x');

    /* Exactly the length without room for the NUL: still terminated. */
    memset(buf, 'x', sizeof buf);
    n = figparse_decimal_format(D(1299, 0), buf, 4);
    ck_assert_uint_eq(n, 4);
    ck_assert_str_eq(buf, "129");

    /* Room for the NUL: whole. */
    memset(buf, 'x', sizeof buf);
    n = figparse_decimal_format(D(1299, 0), buf, 5);
    ck_assert_uint_eq(n, 4);
    ck_assert_str_eq(buf, "1299");

    /* cap 0: nothing written at all. */
    memset(buf, 'x', sizeof buf);
    n = figparse_decimal_format(D(5, -2), buf, 0);
    ck_assert_uint_eq(n, 4);
    ck_assert_int_eq(buf[0], 'x');
}
END_TEST

START_TEST(format_null_buffer) {
    ck_assert_uint_eq(figparse_decimal_format(D(101, 11), NULL, 0), 14);
    ck_assert_uint_eq(figparse_decimal_format(D(101, 11), NULL, 100), 14);
    ck_assert_uint_eq(figparse_decimal_format(D(-5, -1), NULL, 0), 4);
    ck_assert_uint_eq(figparse_decimal_format(D(0, 0), NULL, 0), 1);
}
END_TEST

/* ---- figparse_decimal_parse -------------------------------------------- */

static figparse_status parse(const char *s, figparse_decimal *d) {
    d->coef = 12345;
    d->exp = 99;
    return figparse_decimal_parse(s, strlen(s), d);
}

#define ck_parse(s, c, e)                                                      \
    do {                                                                       \
        figparse_decimal p_;                                                   \
        figparse_status st_ = parse((s), &p_);                                 \
        ck_assert_msg(st_ == FIGPARSE_OK, "parse(\"%s\"): status %s", (s),     \
                      figparse_status_name(st_));                              \
        ck_assert_msg(p_.coef == (c) && p_.exp == (e),                         \
                      "parse(\"%s\"): expected %lld e%d, got %lld e%d", (s),   \
                      (long long)(c), (int)(e), (long long)p_.coef, (int)p_.exp); \
    } while (0)

#define ck_parse_fails(s, want)                                                \
    do {                                                                       \
        figparse_decimal p_;                                                   \
        figparse_status st_ = parse((s), &p_);                                 \
        ck_assert_msg(st_ == (want), "parse(\"%s\"): expected %s, got %s", (s), \
                      figparse_status_name(want), figparse_status_name(st_));  \
    } while (0)

START_TEST(parse_canonical_forms) {
    ck_parse("7.27", 727, -2);
    ck_parse("10100000000000", 101, 11);
    ck_parse("-3", -3, 0);
    ck_parse("0", 0, 0);
    ck_parse("0.05", 5, -2);
    ck_parse("-0.50", -5, -1);
    ck_parse("000123.4500", 12345, -2);
    ck_parse("1299.00", 1299, 0);
    ck_parse("0.000", 0, 0);
    ck_parse("-0", 0, 0);
    ck_parse("-0.00", 0, 0);
    ck_parse("100", 1, 2);
}
END_TEST

START_TEST(parse_round_trips) {
    static const char *const canon[] = {
        "0", "1", "-1", "7.27", "0.05", "-0.5", "10100000000000", "4500000000",
        "999999999999999999", "-999999999999999999", "0.123456789012345678",
        "123456789.123456789", "0.000000000000000000000001", "1000000000000000000000000",
    };
    for (size_t i = 0; i < sizeof canon / sizeof canon[0]; i++) {
        figparse_decimal d;
        figparse_status st = figparse_decimal_parse(canon[i], strlen(canon[i]), &d);
        ck_assert_msg(st == FIGPARSE_OK, "parse(\"%s\"): %s", canon[i], figparse_status_name(st));
        ck_assert_msg(d.coef == 0 ? d.exp == 0 : d.coef % 10 != 0,
                      "parse(\"%s\") not canonical: %lld e%d", canon[i], (long long)d.coef, (int)d.exp);
        char buf[64];
        figparse_decimal_format(d, buf, sizeof buf);
        ck_assert_msg(strcmp(buf, canon[i]) == 0, "round trip \"%s\" -> \"%s\"", canon[i], buf);
    }
}
END_TEST

START_TEST(parse_explicit_length) {
    figparse_decimal d;
    ck_assert_int_eq(figparse_decimal_parse("12345", 3, &d), FIGPARSE_OK);
    ck_dec_eq(d, 123, 0);
    ck_assert_int_eq(figparse_decimal_parse("4.99 USD", 4, &d), FIGPARSE_OK);
    ck_dec_eq(d, 499, -2);
    ck_assert_int_eq(figparse_decimal_parse("1.5\0" "9", 3, &d), FIGPARSE_OK);
    ck_dec_eq(d, 15, -1);
    /* The NUL inside the length is not a digit. */
    ck_assert_int_eq(figparse_decimal_parse("1.5\0" "9", 5, &d), FIGPARSE_EINVAL);
}
END_TEST

START_TEST(parse_significant_digit_limit) {
    ck_parse("123456789012345678", 123456789012345678, 0);                 /* 18 */
    ck_parse_fails("1234567890123456789", FIGPARSE_ERANGE);                 /* 19 */
    ck_parse("-123456789012345678", -123456789012345678, 0);
    ck_parse_fails("-1234567890123456789", FIGPARSE_ERANGE);
    ck_parse("1.23456789012345678", 123456789012345678, -17);               /* 18 */
    ck_parse_fails("1.234567890123456789", FIGPARSE_ERANGE);                /* 19 */
    ck_parse("0.123456789012345678", 123456789012345678, -18);
    ck_parse_fails("0.1234567890123456789", FIGPARSE_ERANGE);
    /* Leading zeros are not significant. */
    ck_parse("000000000000123456789012345678", 123456789012345678, 0);
    ck_parse("0.00000000000000000000123", 123, -23);
}
END_TEST

START_TEST(parse_integer_trailing_zeros_beyond_18_digits) {
    /* 18 significant digits then zeros: the value still has 18 digits. */
    ck_parse("123456789012345678000000", 123456789012345678, 6);
    ck_parse("100000000000000000000", 1, 20);
    ck_parse("-25000000000000000000000", -25, 21);
    /* Trailing zeros of the fraction are not significant either. */
    ck_parse("1.50000000000000000000000", 15, -1);
    /* A non-zero digit in the 19th place is. */
    ck_parse_fails("123456789012345678000001", FIGPARSE_ERANGE);
}
END_TEST

START_TEST(parse_exponent_limit) {
    /* internal.h: |exp| beyond FIGPARSE__MAX_EXP (40) is out of range. */
    char big[64] = "1", small[64] = "0.";
    for (int i = 0; i < 40; i++)
        strcat(big, "0");
    ck_parse(big, 1, 40);
    strcat(big, "0");
    ck_parse_fails(big, FIGPARSE_ERANGE);
    for (int i = 0; i < 39; i++)
        strcat(small, "0");
    strcat(small, "1");
    ck_parse(small, 1, -40);
    memmove(small + 3, small + 2, strlen(small + 2) + 1);
    small[2] = '0';
    ck_parse_fails(small, FIGPARSE_ERANGE);
}
END_TEST

START_TEST(parse_garbage) {
    static const char *const bad[] = {
        "", "-", "+", ".", "-.", "abc", "1e6", "1E6", "1,000", "1 000", "1.2.3", " 1", "1 ",
        "--1", "1-", "12a", "$5", "0x10", "1..2", "٣", "１",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_parse_fails(bad[i], FIGPARSE_EINVAL);
}
END_TEST

START_TEST(parse_null_arguments) {
    figparse_decimal d;
    ck_assert_int_eq(figparse_decimal_parse(NULL, 3, &d), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_decimal_parse("1", 1, NULL), FIGPARSE_EINVAL);
}
END_TEST

START_TEST(to_double_is_close) {
    ck_assert_double_eq_tol(figparse_decimal_to_double(D(727, -2)), 7.27, 1e-12);
    ck_assert_double_eq_tol(figparse_decimal_to_double(D(101, 11)), 1.01e13, 1.0);
    ck_assert_double_eq_tol(figparse_decimal_to_double(D(-5, -1)), -0.5, 1e-15);
}
END_TEST

/* ---- internal arithmetic ----------------------------------------------- */

START_TEST(dec_norm_and_int) {
    ck_dec_eq(figparse__dec_norm(D(1500, 0)), 15, 2);
    ck_dec_eq(figparse__dec_norm(D(-1200, -2)), -12, 0);
    ck_dec_eq(figparse__dec_norm(D(0, 7)), 0, 0);
    ck_dec_eq(figparse__dec_norm(D(0, -3)), 0, 0);
    ck_dec_eq(figparse__dec_norm(D(727, -2)), 727, -2);
    ck_dec_eq(figparse__dec_int(1000), 1, 3);
    ck_dec_eq(figparse__dec_int(-42), -42, 0);
    ck_dec_eq(figparse__dec_int(0), 0, 0);
}
END_TEST

START_TEST(dec_add_exact) {
    figparse_decimal r;
    ck_assert(figparse__dec_add(D(1, -1), D(2, -1), &r)); /* 0.1 + 0.2 */
    ck_dec_eq(r, 3, -1);
    ck_assert(figparse__dec_add(D(1, 0), D(2, -2), &r)); /* 1 + 0.02 */
    ck_dec_eq(r, 102, -2);
    ck_assert(figparse__dec_add(D(5, 0), D(-5, 0), &r));
    ck_dec_eq(r, 0, 0);
    ck_assert(figparse__dec_add(D(15, -1), D(5, -1), &r)); /* 1.5 + 0.5 = 2 */
    ck_dec_eq(r, 2, 0);
    ck_assert(figparse__dec_add(D(1, 12), D(4, 11), &r)); /* 1.4 trillion */
    ck_dec_eq(r, 14, 11);
    ck_assert(figparse__dec_add(D(0, 0), D(1, 30), &r));
    ck_dec_eq(r, 1, 30);
    ck_assert(figparse__dec_add(D(-3, 0), D(1, 0), &r));
    ck_dec_eq(r, -2, 0);
    /* 17 nines + 1 reaches 10^17, still within 18 digits. */
    ck_assert(figparse__dec_add(D(99999999999999999, 0), D(1, 0), &r));
    ck_dec_eq(r, 1, 17);
}
END_TEST

START_TEST(dec_add_overflow) {
    figparse_decimal r;
    ck_assert(!figparse__dec_add(D(999999999999999999, 0), D(1, 0), &r));   /* 10^18: 19 digits */
    ck_assert(!figparse__dec_add(D(-999999999999999999, 0), D(-1, 0), &r));
    ck_assert(!figparse__dec_add(D(1, 18), D(1, 0), &r));                   /* 19 digits */
    ck_assert(!figparse__dec_add(D(1, 30), D(1, -5), &r));                  /* 36 digits */
    /* but 10^17 + 1 has 18 digits */
    ck_assert(figparse__dec_add(D(1, 17), D(1, 0), &r));
    ck_dec_eq(r, 100000000000000001, 0);
}
END_TEST

START_TEST(dec_mul_exact) {
    figparse_decimal r;
    ck_assert(figparse__dec_mul(D(15, -1), D(2, 0), &r));
    ck_dec_eq(r, 3, 0);
    ck_assert(figparse__dec_mul(D(-25, -1), D(4, 0), &r));
    ck_dec_eq(r, -1, 1);
    ck_assert(figparse__dec_mul(D(-3, 0), D(-7, -1), &r));
    ck_dec_eq(r, 21, -1);
    ck_assert(figparse__dec_mul(D(0, 5), D(123, 0), &r));
    ck_dec_eq(r, 0, 0);
    /* (10^9 - 1)(10^9 + 1) = 10^18 - 1: exactly 18 nines */
    ck_assert(figparse__dec_mul(D(999999999, 0), D(1000000001, 0), &r));
    ck_dec_eq(r, 999999999999999999, 0);
    /* 10^9 * 10^9: one significant digit */
    ck_assert(figparse__dec_mul(D(1000000000, 0), D(1000000000, 0), &r));
    ck_dec_eq(r, 1, 18);
    ck_assert(figparse__dec_mul(D(123456789, 0), D(987654321, 0), &r));
    ck_dec_eq(r, 121932631112635269, 0);
    /* quarter of a million */
    ck_assert(figparse__dec_mul(D(25, -2), D(1, 6), &r));
    ck_dec_eq(r, 25, 4);
}
END_TEST

START_TEST(dec_mul_overflow) {
    figparse_decimal r;
    ck_assert(!figparse__dec_mul(D(1234567891, 0), D(987654321, 0), &r)); /* 19 digits */
    ck_assert(!figparse__dec_mul(D(-999999999999999999, 0), D(2, 0), &r));
    ck_assert(!figparse__dec_mul(D(1, 30), D(1, 30), &r)); /* exponent 60 */
    ck_assert(!figparse__dec_mul(D(1, -30), D(1, -30), &r));
}
END_TEST

START_TEST(dec_scale) {
    figparse_decimal d = D(5, 0);
    ck_assert(figparse__dec_scale(&d, 3));
    ck_dec_eq(d, 5, 3);
    ck_assert(figparse__dec_scale(&d, -5));
    ck_dec_eq(d, 5, -2);
    d = D(0, 0);
    ck_assert(figparse__dec_scale(&d, 100));
    ck_assert_int_eq(d.coef, 0);
    d = D(5, 39);
    ck_assert(!figparse__dec_scale(&d, 2));
    d = D(5, -39);
    ck_assert(!figparse__dec_scale(&d, -2));
    d = D(5, 38);
    ck_assert(figparse__dec_scale(&d, 2));
    ck_dec_eq(d, 5, 40);
}
END_TEST

START_TEST(dec_cmp) {
    ck_assert_int_eq(figparse__dec_cmp(D(15, -1), D(150, -2)), 0);
    ck_assert_int_eq(figparse__dec_cmp(D(2, 0), D(1, 1)), -1);
    ck_assert_int_eq(figparse__dec_cmp(D(1, 1), D(2, 0)), 1);
    ck_assert_int_eq(figparse__dec_cmp(D(-1, 0), D(1, 0)), -1);
    ck_assert_int_eq(figparse__dec_cmp(D(0, 0), D(0, 9)), 0);
    ck_assert_int_eq(figparse__dec_cmp(D(-5, 0), D(-4, 0)), -1);
    /* The difference needs more than 18 digits: still ordered right. */
    ck_assert_int_eq(figparse__dec_cmp(D(1, 30), D(999999999999999999, 0)), 1);
    ck_assert_int_eq(figparse__dec_cmp(D(999999999999999999, 0), D(1, 30)), -1);
    ck_assert_int_eq(figparse__dec_cmp(D(-1, 30), D(1, -30)), -1);
    ck_assert_int_eq(figparse__dec_cmp(D(1, -30), D(1, 30)), -1);
    ck_assert_int_eq(figparse__dec_cmp(D(-1, 30), D(-1, -30)), -1);
    ck_assert_int_eq(figparse__dec_cmp(D(-1, -30), D(-1, 30)), 1);
    ck_assert_int_eq(figparse__dec_cmp(D(999, -40), D(1, 40)), -1);
    ck_assert_int_eq(figparse__dec_cmp(D(5, 30), D(6, 30)), -1);
    /* Same exponent, 18-digit coefficients of opposite signs. */
    ck_assert_int_eq(figparse__dec_cmp(D(999999999999999999, 0), D(-999999999999999999, 0)), 1);
    /* Wildly different exponents, the smaller-exponent value larger. */
    ck_assert_int_eq(figparse__dec_cmp(D(999999999999999999, 5), D(1, 22)), 1);
}
END_TEST

static Suite *decimal_suite(void) {
    Suite *s = suite_create("decimal");
    TCase *f = tcase_create("format");
    tcase_add_test(f, format_canonical);
    tcase_add_test(f, format_large_and_small_exponents);
    tcase_add_test(f, format_non_canonical_input);
    tcase_add_test(f, format_buffer_too_small);
    tcase_add_test(f, format_null_buffer);
    suite_add_tcase(s, f);
    TCase *p = tcase_create("parse");
    tcase_add_test(p, parse_canonical_forms);
    tcase_add_test(p, parse_round_trips);
    tcase_add_test(p, parse_explicit_length);
    tcase_add_test(p, parse_significant_digit_limit);
    tcase_add_test(p, parse_integer_trailing_zeros_beyond_18_digits);
    tcase_add_test(p, parse_exponent_limit);
    tcase_add_test(p, parse_garbage);
    tcase_add_test(p, parse_null_arguments);
    tcase_add_test(p, to_double_is_close);
    suite_add_tcase(s, p);
    TCase *a = tcase_create("arithmetic");
    tcase_add_test(a, dec_norm_and_int);
    tcase_add_test(a, dec_add_exact);
    tcase_add_test(a, dec_add_overflow);
    tcase_add_test(a, dec_mul_exact);
    tcase_add_test(a, dec_mul_overflow);
    tcase_add_test(a, dec_scale);
    tcase_add_test(a, dec_cmp);
    suite_add_tcase(s, a);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(decimal_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
