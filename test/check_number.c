/*
 * check_number.c — figparse__read_number() (number.h): digits with grouping
 * and decimal marks, the locale hint deciding "3.350", scale words and
 * suffixes, and numbers written in words.
 */
#include "number.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* A parser for a locale hint: NULL keeps the defaults (no hint), "und" clears
 * the hint. */
static figparse *make_fp(const char *locale, uint32_t flags) {
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_ptr_nonnull(o);
    if (locale)
        ck_assert_int_eq(figparse_options_set_locale(o, locale), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_flags(o, flags), FIGPARSE_OK);
    figparse_status st;
    figparse *fp = figparse_new(o, &st);
    figparse_options_free(o);
    ck_assert_ptr_nonnull(fp);
    return fp;
}

typedef struct reading {
    bool ok;
    figparse__number n;
    size_t end_byte; /* byte offset where the number ends */
} reading;

/* Reads the number at the start of text. */
static reading read_with(const char *locale, uint32_t flags, const char *text) {
    figparse *fp = make_fp(locale, flags);
    figparse__window w;
    figparse__window_init(&w, text, strlen(text), 0);
    reading r;
    memset(&r, 0, sizeof r);
    r.ok = figparse__read_number(&w, 0, fp, &figparse__lexicon_en, &r.n);
    if (r.ok && r.n.end > 0)
        r.end_byte = figparse__tok(&w, r.n.end - 1)->end;
    figparse_free(fp);
    return r;
}

static reading read_num(const char *text) { return read_with(NULL, 0, text); }

/* Asserts that text reads as coef * 10^exp (canonical) and ends at end_byte. */
#define ck_number(r, text, c, e, end_)                                         \
    do {                                                                       \
        ck_assert_msg((r).ok, "\"%s\": no number", (text));                    \
        ck_assert_msg(!(r).n.overflow, "\"%s\": overflow", (text));            \
        ck_assert_msg((r).n.value.coef == (c) && (r).n.value.exp == (e),       \
                      "\"%s\": expected %lld e%d, got %lld e%d", (text), (long long)(c), \
                      (int)(e), (long long)(r).n.value.coef, (int)(r).n.value.exp); \
        ck_assert_msg((r).end_byte == (size_t)(end_),                          \
                      "\"%s\": expected to end at byte %zu, ends at %zu", (text), \
                      (size_t)(end_), (r).end_byte);                           \
    } while (0)

/* ---- digits, grouping and decimal marks --------------------------------- */

START_TEST(comma_grouping_point_decimal) {
    const char *t = "1,250,000.00 in cash";
    reading r = read_num(t);
    ck_number(r, t, 125, 4, 12);
    ck_assert(r.n.digits);
    ck_assert(r.n.grouped);
    ck_assert(r.n.has_fraction);
    ck_assert(!r.n.spelled);
    ck_assert(!r.n.sep_ambiguous);
    ck_assert_uint_eq(r.n.group_mark, ',');
}
END_TEST

START_TEST(space_grouping) {
    const char *plain = "1 250 000 paid";
    reading r = read_num(plain);
    ck_number(r, plain, 125, 4, 9);
    ck_assert(r.n.grouped);

    const char *nnbsp = "1\xe2\x80\xaf" "250\xe2\x80\xaf" "000 paid"; /* U+202F */
    r = read_num(nnbsp);
    ck_number(r, nnbsp, 125, 4, 13);
    ck_assert(r.n.grouped);

    const char *nbsp = "1\xc2\xa0" "250\xc2\xa0" "000"; /* U+00A0 */
    r = read_num(nbsp);
    ck_number(r, nbsp, 125, 4, 11);

    /* a space before a group that is not three digits ends the number */
    const char *two = "2024 12 units";
    r = read_num(two);
    ck_number(r, two, 2024, 0, 4);
}
END_TEST

START_TEST(apostrophe_grouping) {
    const char *t = "1'250.50";
    reading r = read_num(t);
    ck_number(r, t, 12505, -1, 8);
    ck_assert(r.n.grouped);
    ck_assert(r.n.has_fraction);
    ck_assert_uint_eq(r.n.group_mark, '\'');
}
END_TEST

START_TEST(indian_grouping) {
    const char *t = "12,34,567 rupees";
    reading r = read_with("en-IN", 0, t);
    ck_number(r, t, 1234567, 0, 9);
    ck_assert(r.n.grouped);
    const char *crore = "1,00,00,000";
    r = read_with("hi", 0, crore);
    ck_number(r, crore, 1, 7, 11);
}
END_TEST

START_TEST(point_grouping_comma_decimal) {
    const char *t = "1.234,56";
    reading r = read_num(t);
    ck_number(r, t, 123456, -2, 8);
    ck_assert(r.n.grouped);
    ck_assert(r.n.has_fraction);
    ck_assert_uint_eq(r.n.group_mark, '.');
    const char *big = "12.345.678,9";
    r = read_num(big);
    ck_number(r, big, 123456789, -1, 12);
}
END_TEST

START_TEST(ambiguous_separator_without_hint) {
    const char *t = "3.350";
    reading r = read_with("und", 0, t);
    ck_number(r, t, 335, 1, 5); /* grouping reading: 3350 */
    ck_assert(r.n.sep_ambiguous);
    ck_assert_msg(r.n.alt.coef == 335 && r.n.alt.exp == -2, "alt: %lld e%d",
                  (long long)r.n.alt.coef, (int)r.n.alt.exp);
    /* the same with a comma */
    const char *c = "3,350";
    r = read_with("und", 0, c);
    ck_number(r, c, 335, 1, 5);
    ck_assert(r.n.sep_ambiguous);
}
END_TEST

START_TEST(ambiguous_separator_decimal_comma_option) {
    /* FIGPARSE_OPT_DECIMAL_COMMA: the decimal reading, still ambiguous. */
    const char *t = "3.350";
    reading r = read_with("und", FIGPARSE_OPT_DECIMAL_COMMA, t);
    ck_number(r, t, 335, -2, 5);
    ck_assert(r.n.sep_ambiguous);
    ck_assert_msg(r.n.alt.coef == 335 && r.n.alt.exp == 1, "alt: %lld e%d",
                  (long long)r.n.alt.coef, (int)r.n.alt.exp);
}
END_TEST

START_TEST(separator_decided_by_locale_de) {
    const char *t = "3.350";
    reading r = read_with("de", 0, t);
    ck_number(r, t, 335, 1, 5);
    ck_assert(!r.n.sep_ambiguous);
    /* and in German "3,350" is three and a third-ish: 3.35 */
    const char *c = "3,350";
    r = read_with("de", 0, c);
    ck_number(r, c, 335, -2, 5);
    ck_assert(!r.n.sep_ambiguous);
}
END_TEST

START_TEST(separator_decided_by_locale_en) {
    const char *t = "3.350";
    reading r = read_with("en", 0, t);
    ck_number(r, t, 335, -2, 5);
    ck_assert(!r.n.sep_ambiguous);
    const char *c = "3,350";
    r = read_with("en", 0, c);
    ck_number(r, c, 335, 1, 5);
    ck_assert(!r.n.sep_ambiguous);
}
END_TEST

START_TEST(default_options_have_no_hint) {
    /* figparse_options_new(): no locale hint (figparse.h), so "3.350" is
     * read as grouped and flagged, with the decimal reading kept as alt. */
    const char *t = "3.350";
    reading r = read_num(t);
    ck_number(r, t, 335, 1, 5);
    ck_assert(r.n.sep_ambiguous);
    ck_assert_int_eq(r.n.alt.coef, 335);
    ck_assert_int_eq(r.n.alt.exp, -2);
}
END_TEST

START_TEST(repeated_marks_are_not_numbers) {
    ck_assert(!read_num("1.2.3").ok);
    ck_assert(!read_num("1,1,1,1").ok);
    ck_assert(!read_num("1,234,56").ok);
    ck_assert(!read_num("12.34.567").ok);
}
END_TEST

START_TEST(plain_digits_and_fractions) {
    reading r = read_num("42 apples");
    ck_number(r, "42", 42, 0, 2);
    ck_assert(r.n.small_int);
    r = read_num("1500");
    ck_number(r, "1500", 15, 2, 4);
    ck_assert(!r.n.small_int);
    r = read_num("0.5");
    ck_number(r, "0.5", 5, -1, 3);
    ck_assert(r.n.has_fraction);
    r = read_num("12.5");
    ck_number(r, "12.5", 125, -1, 4);
}
END_TEST

START_TEST(thirty_digits_overflow) {
    const char *t = "123456789012345678901234567890";
    reading r = read_num(t);
    ck_assert_msg(r.ok, "a 30-digit number is still a number");
    ck_assert(r.n.overflow);
}
END_TEST

START_TEST(whole_amount_comma_dash) {
    /* "1.198,-": the ",-" says whole units, so "." groups. */
    const char *t = "1.198,- kr";
    reading r = read_with("und", 0, t);
    ck_number(r, t, 1198, 0, 7);
    r = read_with("da", 0, t);
    ck_number(r, t, 1198, 0, 7);
}
END_TEST

/* ---- scales ------------------------------------------------------------ */

START_TEST(suffixes) {
    reading r = read_num("60K");
    ck_number(r, "60K", 6, 4, 3);
    ck_assert(r.n.has_scale);
    r = read_num("60k");
    ck_number(r, "60k", 6, 4, 3);
    r = read_num("1.2bn");
    ck_number(r, "1.2bn", 12, 8, 5);
    r = read_num("350m");
    ck_number(r, "350m", 35, 7, 4);
    r = read_num("1.5tn");
    ck_number(r, "1.5tn", 15, 11, 5);
    /* a suffix must touch the digits */
    r = read_num("60 K");
    ck_number(r, "60 K", 6, 1, 2);
}
END_TEST

START_TEST(scale_words) {
    const char *t = "12.5 million people";
    reading r = read_num(t);
    ck_number(r, t, 125, 5, 12);
    ck_assert(r.n.has_scale);
    ck_assert_int_eq(r.n.scale_exp, 6);
    const char *l = "1.5 lakh crore";
    r = read_num(l);
    ck_number(r, l, 15, 11, 14);
    ck_assert_int_eq(r.n.scale_exp, 12);
    const char *q = "2 quadrillion";
    r = read_num(q);
    ck_number(r, q, 2, 15, 13);
}
END_TEST

/* ---- numbers in words ------------------------------------------------------ */

START_TEST(spelled_twenty_five) {
    const char *t = "twenty-five dollars";
    reading r = read_num(t);
    ck_number(r, t, 25, 0, 11);
    ck_assert(r.n.spelled);
    ck_assert(!r.n.digits);
    ck_assert(r.n.small_int);
}
END_TEST

START_TEST(spelled_five_million) {
    const char *t = "five million";
    reading r = read_num(t);
    ck_number(r, t, 5, 6, 12);
    ck_assert(r.n.spelled);
    ck_assert(r.n.has_scale);
}
END_TEST

START_TEST(spelled_half_a_billion) {
    const char *t = "half a billion";
    reading r = read_num(t);
    ck_number(r, t, 5, 8, 14);
}
END_TEST

START_TEST(spelled_a_quarter_million) {
    const char *t = "a quarter million";
    reading r = read_num(t);
    ck_number(r, t, 25, 4, 17);
}
END_TEST

START_TEST(spelled_three_quarters_billion) {
    const char *t = "three quarters billion";
    reading r = read_num(t);
    ck_number(r, t, 75, 7, 22);
}
END_TEST

START_TEST(spelled_one_point_three) {
    const char *t = "one point three";
    reading r = read_num(t);
    ck_number(r, t, 13, -1, 15);
    ck_assert(r.n.has_fraction);
}
END_TEST

START_TEST(spelled_one_hundred_and_five) {
    const char *t = "one hundred and five";
    reading r = read_num(t);
    ck_number(r, t, 105, 0, 20);
}
END_TEST

START_TEST(spelled_larger_numbers) {
    const char *t = "two hundred thousand";
    reading r = read_num(t);
    ck_number(r, t, 2, 5, 20);
    const char *u = "three million five hundred thousand";
    r = read_num(u);
    ck_number(r, u, 35, 5, 35);
    const char *a = "a billion";
    r = read_num(a);
    ck_number(r, a, 1, 9, 9);
    ck_assert(!r.n.article_only);
    const char *lone = "a dollar";
    r = read_num(lone);
    ck_assert(r.ok);
    ck_assert(r.n.article_only);
    ck_assert_int_eq(r.n.value.coef, 1);
}
END_TEST

START_TEST(words_that_are_not_numbers) {
    ck_assert(!read_num("dollars").ok);
    ck_assert(!read_num("million").ok); /* a scale alone has nothing to scale */
    ck_assert(!read_num("$5").ok);
}
END_TEST

static Suite *number_suite(void) {
    Suite *s = suite_create("number");
    TCase *d = tcase_create("digits");
    tcase_add_test(d, comma_grouping_point_decimal);
    tcase_add_test(d, space_grouping);
    tcase_add_test(d, apostrophe_grouping);
    tcase_add_test(d, indian_grouping);
    tcase_add_test(d, point_grouping_comma_decimal);
    tcase_add_test(d, ambiguous_separator_without_hint);
    tcase_add_test(d, ambiguous_separator_decimal_comma_option);
    tcase_add_test(d, separator_decided_by_locale_de);
    tcase_add_test(d, separator_decided_by_locale_en);
    tcase_add_test(d, default_options_have_no_hint);
    tcase_add_test(d, repeated_marks_are_not_numbers);
    tcase_add_test(d, plain_digits_and_fractions);
    tcase_add_test(d, thirty_digits_overflow);
    tcase_add_test(d, whole_amount_comma_dash);
    suite_add_tcase(s, d);
    TCase *sc = tcase_create("scales");
    tcase_add_test(sc, suffixes);
    tcase_add_test(sc, scale_words);
    suite_add_tcase(s, sc);
    TCase *w = tcase_create("words");
    tcase_add_test(w, spelled_twenty_five);
    tcase_add_test(w, spelled_five_million);
    tcase_add_test(w, spelled_half_a_billion);
    tcase_add_test(w, spelled_a_quarter_million);
    tcase_add_test(w, spelled_three_quarters_billion);
    tcase_add_test(w, spelled_one_point_three);
    tcase_add_test(w, spelled_one_hundred_and_five);
    tcase_add_test(w, spelled_larger_numbers);
    tcase_add_test(w, words_that_are_not_numbers);
    suite_add_tcase(s, w);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(number_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
