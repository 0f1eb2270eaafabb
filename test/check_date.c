/*
 * check_date.c — the date stage through figparse_parse_date() and the scan:
 * intervals and grains, flags, the reference date, eras, and what is not a
 * date. The corpus-style cases live in test/cases/date-en.jsonl; these check
 * the record fields the CLI does not print.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "figparse.h"

static figparse *parser(const char *locale, int ry, int rm, int rd) {
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_ptr_nonnull(o);
    if (locale)
        ck_assert_int_eq(figparse_options_set_locale(o, locale), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_reference_date(o, ry, rm, rd), FIGPARSE_OK);
    figparse_status st;
    figparse *fp = figparse_new(o, &st);
    figparse_options_free(o);
    ck_assert_ptr_nonnull(fp);
    return fp;
}

static figparse_date parse(figparse *fp, const char *text, figparse_status want) {
    figparse_date d;
    size_t off = 99;
    figparse_status st = figparse_parse_date(fp, text, strlen(text), &d, &off);
    ck_assert_msg(st == want, "\"%s\": status %s, expected %s", text, figparse_status_name(st),
                  figparse_status_name(want));
    return d;
}

static void ck_span(figparse_date d, int y1, int m1, int d1, int y2, int m2, int d2, figparse_grain g) {
    ck_assert_int_eq(d.first.year, y1);
    ck_assert_int_eq(d.first.month, m1);
    ck_assert_int_eq(d.first.day, d1);
    ck_assert_int_eq(d.last.year, y2);
    ck_assert_int_eq(d.last.month, m2);
    ck_assert_int_eq(d.last.day, d2);
    ck_assert_int_eq(d.grain, g);
}

START_TEST(year_is_a_whole_year) {
    figparse *fp = parser(NULL, 0, 0, 0);
    ck_span(parse(fp, "2026", FIGPARSE_OK), 2026, 1, 1, 2026, 12, 31, FIGPARSE_GRAIN_YEAR);
    ck_span(parse(fp, "  in 2024 ", FIGPARSE_OK), 2024, 1, 1, 2024, 12, 31, FIGPARSE_GRAIN_YEAR);
    figparse_free(fp);
}
END_TEST

START_TEST(quarters_halves_and_leap_february) {
    figparse *fp = parser(NULL, 0, 0, 0);
    ck_span(parse(fp, "Q1 2024", FIGPARSE_OK), 2024, 1, 1, 2024, 3, 31, FIGPARSE_GRAIN_QUARTER);
    ck_span(parse(fp, "2Q24", FIGPARSE_OK), 2024, 4, 1, 2024, 6, 30, FIGPARSE_GRAIN_QUARTER);
    ck_span(parse(fp, "H1 2028", FIGPARSE_OK), 2028, 1, 1, 2028, 6, 30, FIGPARSE_GRAIN_MONTH);
    ck_span(parse(fp, "February 2028", FIGPARSE_OK), 2028, 2, 1, 2028, 2, 29, FIGPARSE_GRAIN_MONTH);
    ck_span(parse(fp, "February 2027", FIGPARSE_OK), 2027, 2, 1, 2027, 2, 28, FIGPARSE_GRAIN_MONTH);
    figparse_date fy = parse(fp, "FY2031", FIGPARSE_OK);
    ck_assert(fy.flags & FIGPARSE_DATE_FISCAL);
    figparse_free(fp);
}
END_TEST

START_TEST(impossible_dates_are_not_dates) {
    figparse *fp = parser(NULL, 0, 0, 0);
    parse(fp, "2027-02-29", FIGPARSE_NOMATCH);
    parse(fp, "31.04.2026", FIGPARSE_NOMATCH);
    parse(fp, "2026-13", FIGPARSE_NOMATCH);
    parse(fp, "Q5 2026", FIGPARSE_NOMATCH);
    ck_span(parse(fp, "2028-02-29", FIGPARSE_OK), 2028, 2, 29, 2028, 2, 29, FIGPARSE_GRAIN_DAY);
    figparse_free(fp);
}
END_TEST

START_TEST(offsets_are_kept) {
    figparse *fp = parser(NULL, 0, 0, 0);
    figparse_date d = parse(fp, "2026-03-11T21:30+05:30", FIGPARSE_OK);
    ck_assert_int_eq(d.grain, FIGPARSE_GRAIN_MINUTE);
    ck_assert_int_eq(d.first.hour, 21);
    ck_assert_int_eq(d.first.minute, 30);
    ck_assert_int_eq(d.first.has_offset, 1);
    ck_assert_int_eq(d.first.utc_offset_min, 330);
    d = parse(fp, "2026-03-11T09:00:05Z", FIGPARSE_OK);
    ck_assert_int_eq(d.grain, FIGPARSE_GRAIN_SECOND);
    ck_assert_int_eq(d.first.second, 5);
    ck_assert_int_eq(d.first.utc_offset_min, 0);
    ck_assert_int_eq(d.first.has_offset, 1);
    figparse_free(fp);
}
END_TEST

START_TEST(relative_without_reference_is_unresolved) {
    figparse *fp = parser(NULL, 0, 0, 0);
    figparse_date d = parse(fp, "next Friday", FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_RELATIVE);
    ck_assert(d.flags & FIGPARSE_DATE_UNRESOLVED);
    ck_assert_int_eq(d.first.year, 0);
    ck_assert_int_eq(d.offset, 1);
    ck_assert_int_eq(d.weekday, 5);
    d = parse(fp, "four weeks ago", FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_UNRESOLVED);
    ck_assert_int_eq(d.offset, -4);
    ck_assert_int_eq(d.unit, FIGPARSE_GRAIN_WEEK);
    /* a month name without a year is not padded from the clock either */
    parse(fp, "on April 2nd", FIGPARSE_NOMATCH);
    figparse_free(fp);
}
END_TEST

START_TEST(relative_with_reference) {
    /* 2026-11-22 is a Sunday */
    figparse *fp = parser(NULL, 2026, 11, 22);
    ck_span(parse(fp, "next Friday", FIGPARSE_OK), 2026, 11, 27, 2026, 11, 27, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "last Sunday", FIGPARSE_OK), 2026, 11, 15, 2026, 11, 15, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "last week", FIGPARSE_OK), 2026, 11, 9, 2026, 11, 15, FIGPARSE_GRAIN_WEEK);
    ck_span(parse(fp, "next quarter", FIGPARSE_OK), 2027, 1, 1, 2027, 3, 31, FIGPARSE_GRAIN_QUARTER);
    ck_span(parse(fp, "40 days ago", FIGPARSE_OK), 2026, 10, 13, 2026, 10, 13, FIGPARSE_GRAIN_DAY);
    /* no year written: the occurrence nearest the reference */
    figparse_date d = parse(fp, "on April 2nd", FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_YEAR_FROM_REF);
    ck_span(d, 2027, 4, 2, 2027, 4, 2, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "on September 2nd", FIGPARSE_OK), 2026, 9, 2, 2026, 9, 2, FIGPARSE_GRAIN_DAY);
    figparse_free(fp);
}
END_TEST

START_TEST(bounds_and_ranges) {
    figparse *fp = parser(NULL, 0, 0, 0);
    figparse_date d = parse(fp, "until 2031", FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_BEFORE);
    d = parse(fp, "since 2017", FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_AFTER);
    d = parse(fp, "2011–2014", FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_RANGE);
    ck_span(d, 2011, 1, 1, 2014, 12, 31, FIGPARSE_GRAIN_YEAR);
    parse(fp, "2014-2011", FIGPARSE_NOMATCH); /* backwards: two years, not one field */
    figparse_free(fp);
}
END_TEST

START_TEST(eras_through_icu) {
    figparse *fp = parser("ja", 0, 0, 0);
    figparse_date d = parse(fp, "平成元年", FIGPARSE_OK);
    ck_span(d, 1989, 1, 1, 1989, 12, 31, FIGPARSE_GRAIN_YEAR);
    ck_assert(d.flags & FIGPARSE_DATE_ERA);
    ck_span(parse(fp, "昭和64年1月7日", FIGPARSE_OK), 1989, 1, 7, 1989, 1, 7, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "令和7年12月", FIGPARSE_OK), 2025, 12, 1, 2025, 12, 31, FIGPARSE_GRAIN_MONTH);
    figparse_free(fp);
}
END_TEST

START_TEST(counts_are_not_years) {
    figparse *fp = parser(NULL, 2026, 11, 22);
    static const char *const texts[] = {
        "The plant employs 2026 people and ships 1999 crates.",
        "Score: 3-1. Version 2.0.1. Page 2026.",
        "May I ask? Sun damage, mar the finish.",
    };
    figparse_scan *sc = figparse_scan_new(fp, NULL);
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        const figparse_figure *f;
        figparse_scan_reset(sc, texts[i], strlen(texts[i]));
        while (figparse_scan_next(sc, &f) == FIGPARSE_OK)
            ck_assert_msg(f->kind != FIGPARSE_KIND_DATE, "\"%s\": a date at [%zu,%zu)", texts[i],
                          f->start, f->end);
    }
    figparse_scan_free(sc);
    figparse_free(fp);
}
END_TEST

START_TEST(bad_input) {
    figparse *fp = parser(NULL, 0, 0, 0);
    figparse_date d;
    size_t off = 0;
    ck_assert_int_eq(figparse_parse_date(NULL, "2026", 4, &d, &off), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_parse_date(fp, NULL, 4, &d, &off), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_parse_date(fp, "2026", 4, NULL, &off), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_parse_date(fp, "", 0, &d, &off), FIGPARSE_NOMATCH);
    ck_assert_int_eq(figparse_parse_date(fp, "20\xff" "26", 5, &d, &off), FIGPARSE_EENCODING);
    ck_assert_int_eq(off, 2);
    figparse_free(fp);
}
END_TEST

int main(void) {
    Suite *s = suite_create("date");
    TCase *t = tcase_create("date");
    tcase_add_test(t, year_is_a_whole_year);
    tcase_add_test(t, quarters_halves_and_leap_february);
    tcase_add_test(t, impossible_dates_are_not_dates);
    tcase_add_test(t, offsets_are_kept);
    tcase_add_test(t, relative_without_reference_is_unresolved);
    tcase_add_test(t, relative_with_reference);
    tcase_add_test(t, bounds_and_ranges);
    tcase_add_test(t, eras_through_icu);
    tcase_add_test(t, counts_are_not_years);
    tcase_add_test(t, bad_input);
    suite_add_tcase(s, t);
    SRunner *r = srunner_create(s);
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
