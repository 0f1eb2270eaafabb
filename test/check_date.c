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

#include "date_parser.h"

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
    ck_span(parse(fp, "1931 – 1937", FIGPARSE_OK), 1931, 1, 1, 1937, 12, 31, FIGPARSE_GRAIN_YEAR);
    ck_span(parse(fp, "between 4 and 9 of June 2021", FIGPARSE_OK), 2021, 6, 4, 2021, 6, 9, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "from 2 until 5 of March 2024", FIGPARSE_OK), 2024, 3, 2, 2024, 3, 5, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "between 6-19 July, 1999", FIGPARSE_OK), 1999, 7, 6, 1999, 7, 19, FIGPARSE_GRAIN_DAY);
    figparse_free(fp);
    fp = parser(NULL, 2026, 11, 22);
    ck_span(parse(fp, "yesterday till tomorrow", FIGPARSE_OK), 2026, 11, 21, 2026, 11, 23, FIGPARSE_GRAIN_DAY);
    d = parse(fp, "until Friday", FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_BEFORE);
    ck_assert(!(d.flags & FIGPARSE_DATE_RANGE));
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

/* The date figures the scan finds in running text (at most `max`). */
static size_t scan_dates(figparse *fp, const char *text, figparse_date *out, size_t max) {
    figparse_scan *sc = figparse_scan_new(fp, NULL);
    ck_assert_ptr_nonnull(sc);
    const figparse_figure *f;
    size_t n = 0;
    figparse_scan_reset(sc, text, strlen(text));
    while (figparse_scan_next(sc, &f) == FIGPARSE_OK)
        if (f->kind == FIGPARSE_KIND_DATE && n < max)
            out[n++] = f->u.date;
    figparse_scan_free(sc);
    return n;
}

static void ck_day(figparse_date d, int y, int m, int dd) { ck_span(d, y, m, dd, y, m, dd, FIGPARSE_GRAIN_DAY); }

/* A count of units, then "ago", "later", "hence" or "from now": the count
 * is read only when such a word follows (relative_date()); every way of
 * writing the count must still be read. */
START_TEST(units_then_ago_word) {
    static const struct {
        const char *text;
        int y, m, d;
    } cases[] = {
        {"3 days ago", 2026, 11, 19},          {"4 DAYS AGO", 2026, 11, 18},
        {"a fortnight ago", 2026, 11, 8},      {"2 weeks from now", 2026, 12, 6},
        {"three years hence", 2029, 11, 22},   {"twenty one days later", 2026, 12, 13},
        {"1,000 years ago", 1026, 11, 22},     {"2 thousand years ago", 26, 11, 22},
        {"a few days ago", 2026, 11, 19},
    };
    figparse *fp = parser(NULL, 2026, 11, 22);
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
        ck_day(parse(fp, cases[k].text, FIGPARSE_OK), cases[k].y, cases[k].m, cases[k].d);
    figparse_free(fp);
}
END_TEST

START_TEST(weekdays_follow_one_convention) {
    /* 2026-11-18 is a Wednesday */
    figparse *fp = parser(NULL, 2026, 11, 18);
    ck_day(parse(fp, "Friday", FIGPARSE_OK), 2026, 11, 20);          /* the coming one */
    ck_day(parse(fp, "Wednesday", FIGPARSE_OK), 2026, 11, 18);       /* today counts */
    ck_day(parse(fp, "this Monday", FIGPARSE_OK), 2026, 11, 23);
    ck_day(parse(fp, "next Thursday", FIGPARSE_OK), 2026, 11, 26);   /* in next week, not tomorrow */
    ck_day(parse(fp, "last Tuesday", FIGPARSE_OK), 2026, 11, 17);    /* the latest one before */
    ck_day(parse(fp, "Tuesday of next week", FIGPARSE_OK), 2026, 11, 24);
    ck_day(parse(fp, "next week Friday", FIGPARSE_OK), 2026, 11, 27);
    ck_day(parse(fp, "Sunday of last week", FIGPARSE_OK), 2026, 11, 15);
    ck_day(parse(fp, "Saturday after next", FIGPARSE_OK), 2026, 11, 28);
    ck_span(parse(fp, "the week after next", FIGPARSE_OK), 2026, 11, 30, 2026, 12, 6, FIGPARSE_GRAIN_WEEK);
    ck_day(parse(fp, "Thursday the 3rd", FIGPARSE_OK), 2026, 12, 3); /* the next 3rd on a Thursday */
    ck_day(parse(fp, "Monday 8", FIGPARSE_OK), 2027, 2, 8);
    ck_day(parse(fp, "this Friday 7/2", FIGPARSE_OK), 2027, 7, 2);   /* the written date, in the year it is a Friday */
    ck_day(parse(fp, "Sat, Aug 8", FIGPARSE_OK), 2026, 8, 8);
    ck_day(parse(fp, "Aug 8, Sun", FIGPARSE_OK), 2027, 8, 8);
    ck_day(parse(fp, "second Tuesday of March 2027", FIGPARSE_OK), 2027, 3, 9);
    ck_day(parse(fp, "last Friday in January", FIGPARSE_OK), 2027, 1, 29);
    ck_day(parse(fp, "first Sunday of next month", FIGPARSE_OK), 2026, 12, 6);
    ck_day(parse(fp, "the last Monday of the month", FIGPARSE_OK), 2026, 11, 30);
    ck_day(parse(fp, "the last day of February 2028", FIGPARSE_OK), 2028, 2, 29);
    ck_day(parse(fp, "first day of next month", FIGPARSE_OK), 2026, 12, 1);
    figparse_date d = parse(fp, "Friday", FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_RELATIVE);
    ck_assert_int_eq(d.weekday, 5);
    figparse_free(fp);
    /* without a reference: unresolved, with the weekday */
    fp = parser(NULL, 0, 0, 0);
    d = parse(fp, "Thursday", FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_UNRESOLVED);
    ck_assert_int_eq(d.weekday, 4);
    figparse_free(fp);
}
END_TEST

START_TEST(missing_year_is_coming_or_recent) {
    /* the coming occurrence, unless it passed within about four months */
    figparse *fp = parser(NULL, 2026, 11, 22);
    ck_day(parse(fp, "January 9", FIGPARSE_OK), 2027, 1, 9);
    ck_day(parse(fp, "the 2nd of August", FIGPARSE_OK), 2026, 8, 2);   /* 112 days back */
    ck_day(parse(fp, "the 20th of July", FIGPARSE_OK), 2027, 7, 20);   /* 125 days back */
    ck_span(parse(fp, "in February", FIGPARSE_OK), 2027, 2, 1, 2027, 2, 28, FIGPARSE_GRAIN_MONTH);
    ck_span(parse(fp, "in September", FIGPARSE_OK), 2026, 9, 1, 2026, 9, 30, FIGPARSE_GRAIN_MONTH);
    ck_span(parse(fp, "in July", FIGPARSE_OK), 2027, 7, 1, 2027, 7, 31, FIGPARSE_GRAIN_MONTH);
    /* a range without years ends where its end alone would be */
    ck_span(parse(fp, "from May to September", FIGPARSE_OK), 2026, 5, 1, 2026, 9, 30, FIGPARSE_GRAIN_MONTH);
    ck_span(parse(fp, "from June to February", FIGPARSE_OK), 2026, 6, 1, 2027, 2, 28, FIGPARSE_GRAIN_MONTH);
    ck_day(parse(fp, "on 3/15", FIGPARSE_OK), 2027, 3, 15);
    figparse_date d = parse(fp, "January 9", FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_YEAR_FROM_REF);
    /* a day alone is the next such day */
    ck_day(parse(fp, "the 30th", FIGPARSE_OK), 2026, 11, 30);
    ck_day(parse(fp, "on the 4th", FIGPARSE_OK), 2026, 12, 4);
    ck_day(parse(fp, "the 10th of next month", FIGPARSE_OK), 2026, 12, 10);
    ck_day(parse(fp, "12 of this month", FIGPARSE_OK), 2026, 11, 12);
    figparse_free(fp);
}
END_TEST

START_TEST(counted_from_the_end) {
    figparse *fp = parser(NULL, 2026, 11, 22);
    /* ISO 2018 has 52 weeks; the 52nd starts on Monday 24 December */
    ck_span(parse(fp, "the third last week of 2018", FIGPARSE_OK), 2018, 12, 10, 2018, 12, 16,
            FIGPARSE_GRAIN_WEEK);
    ck_day(parse(fp, "the fifth last day of May 2026", FIGPARSE_OK), 2026, 5, 27);
    /* Fridays of May 2026: 1, 8, 15, 22, 29 */
    ck_day(parse(fp, "the 2nd last Friday of May 2026", FIGPARSE_OK), 2026, 5, 22);
    ck_day(parse(fp, "the third day of March 2027", FIGPARSE_OK), 2027, 3, 3);
    parse(fp, "the 40th last day of May 2026", FIGPARSE_NOMATCH);
    figparse_free(fp);
}
END_TEST

START_TEST(weeks_and_years_named_around_a_period) {
    /* 2026-11-22 is a Sunday; weeks run from Monday */
    figparse *fp = parser(NULL, 2026, 11, 22);
    ck_day(parse(fp, "Friday from next week", FIGPARSE_OK), 2026, 11, 27);
    ck_day(parse(fp, "next week's Monday", FIGPARSE_OK), 2026, 11, 23);
    ck_day(parse(fp, "last week\u2019s Sunday", FIGPARSE_OK), 2026, 11, 15);
    ck_span(parse(fp, "October in 2 years", FIGPARSE_OK), 2028, 10, 1, 2028, 10, 31, FIGPARSE_GRAIN_MONTH);
    ck_span(parse(fp, "June after next", FIGPARSE_OK), 2028, 6, 1, 2028, 6, 30, FIGPARSE_GRAIN_MONTH);
    ck_span(parse(fp, "December after next", FIGPARSE_OK), 2027, 12, 1, 2027, 12, 31, FIGPARSE_GRAIN_MONTH);
    /* two numbers with a space: a time as often as a month and day, unless
     * the day comes first */
    parse(fp, "3 30", FIGPARSE_NOMATCH);
    figparse_free(fp);
    fp = parser("fr", 2026, 11, 22);
    ck_day(parse(fp, "17 02", FIGPARSE_OK), 2027, 2, 17);
    figparse_free(fp);
}
END_TEST

START_TEST(days_in_words_and_glued_forms) {
    figparse *fp = parser(NULL, 2026, 11, 22);
    ck_day(parse(fp, "June twenty-third, 2024", FIGPARSE_OK), 2024, 6, 23);
    ck_day(parse(fp, "the eleventh of April 2025", FIGPARSE_OK), 2025, 4, 11);
    ck_day(parse(fp, "October thirty first 2023", FIGPARSE_OK), 2023, 10, 31);
    ck_day(parse(fp, "09-Mar-2021", FIGPARSE_OK), 2021, 3, 9);
    ck_day(parse(fp, "17/Jan/1988", FIGPARSE_OK), 1988, 1, 17);
    ck_day(parse(fp, "3-Feb-91", FIGPARSE_OK), 1991, 2, 3);
    ck_day(parse(fp, "2019/Nov/05", FIGPARSE_OK), 2019, 11, 5);
    ck_day(parse(fp, "2022 July 4", FIGPARSE_OK), 2022, 7, 4);
    ck_day(parse(fp, "Dec-24-2020", FIGPARSE_OK), 2020, 12, 24);
    ck_day(parse(fp, "21Oct 2015", FIGPARSE_OK), 2015, 10, 21);
    ck_span(parse(fp, "Apr-2011", FIGPARSE_OK), 2011, 4, 1, 2011, 4, 30, FIGPARSE_GRAIN_MONTH);
    ck_span(parse(fp, "September of 1971", FIGPARSE_OK), 1971, 9, 1, 1971, 9, 30, FIGPARSE_GRAIN_MONTH);
    ck_day(parse(fp, "5 May in 2029", FIGPARSE_OK), 2029, 5, 5);
    /* ISO basic form: eight digits that are a real day */
    ck_day(parse(fp, "19991231", FIGPARSE_OK), 1999, 12, 31);
    parse(fp, "19991331", FIGPARSE_NOMATCH);
    parse(fp, "55501234", FIGPARSE_NOMATCH);
    figparse_free(fp);
}
END_TEST

START_TEST(shifts_from_a_day) {
    /* 2026-11-22 is a Sunday */
    figparse *fp = parser(NULL, 2026, 11, 22);
    ck_day(parse(fp, "the day before yesterday", FIGPARSE_OK), 2026, 11, 20);
    ck_day(parse(fp, "the day after tomorrow", FIGPARSE_OK), 2026, 11, 24);
    ck_day(parse(fp, "two weeks after tomorrow", FIGPARSE_OK), 2026, 12, 7);
    ck_day(parse(fp, "3 days before March 2, 2024", FIGPARSE_OK), 2024, 2, 28);
    ck_day(parse(fp, "a month from next Monday", FIGPARSE_OK), 2026, 12, 23); /* next Monday: tomorrow */
    ck_day(parse(fp, "2 mondays from now", FIGPARSE_OK), 2026, 11, 30);
    ck_day(parse(fp, "3 saturdays ago", FIGPARSE_OK), 2026, 11, 7);
    ck_span(parse(fp, "next 2 weeks", FIGPARSE_OK), 2026, 11, 23, 2026, 12, 6, FIGPARSE_GRAIN_WEEK);
    ck_span(parse(fp, "past three months", FIGPARSE_OK), 2026, 8, 1, 2026, 10, 31, FIGPARSE_GRAIN_MONTH);
    figparse_free(fp);
}
END_TEST

START_TEST(ranges_share_their_year) {
    figparse *fp = parser(NULL, 2026, 11, 22);
    figparse_date d = parse(fp, "from November to February 2021", FIGPARSE_OK);
    ck_span(d, 2020, 11, 1, 2021, 2, 28, FIGPARSE_GRAIN_MONTH);
    ck_assert(d.flags & FIGPARSE_DATE_RANGE);
    ck_span(parse(fp, "3 March 2019 - 9 April", FIGPARSE_OK), 2019, 3, 3, 2019, 4, 9, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "Sep-Oct 2018", FIGPARSE_OK), 2018, 9, 1, 2018, 10, 31, FIGPARSE_GRAIN_MONTH);
    ck_span(parse(fp, "from the 2nd to the 6th of May 2030", FIGPARSE_OK), 2030, 5, 2, 2030, 5, 6,
            FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "between now and December 3rd", FIGPARSE_OK), 2026, 11, 22, 2026, 12, 3,
            FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "from May 2026 to now", FIGPARSE_OK), 2026, 5, 1, 2026, 11, 22, FIGPARSE_GRAIN_DAY);
    parse(fp, "now", FIGPARSE_NOMATCH);
    /* a day alone takes its month from the other end */
    ck_span(parse(fp, "from the fourth till the twelfth of June 2027", FIGPARSE_OK), 2027, 6, 4, 2027, 6, 12,
            FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "from January 28th 2027 to the 2nd", FIGPARSE_OK), 2027, 1, 28, 2027, 2, 2,
            FIGPARSE_GRAIN_DAY);
    figparse_date r = parse(fp, "between the 3rd and the 8th of May 2025", FIGPARSE_OK);
    ck_assert_int_eq(r.reserved[0], 0);
    ck_assert(!(r.flags & FIGPARSE_DATE_YEAR_FROM_REF));
    figparse_free(fp);
}
END_TEST

START_TEST(quarters_weeks_and_parts) {
    figparse *fp = parser(NULL, 2026, 11, 22);
    ck_span(parse(fp, "the second quarter", FIGPARSE_OK), 2026, 4, 1, 2026, 6, 30, FIGPARSE_GRAIN_QUARTER);
    ck_span(parse(fp, "2nd qtr 2019", FIGPARSE_OK), 2019, 4, 1, 2019, 6, 30, FIGPARSE_GRAIN_QUARTER);
    ck_span(parse(fp, "21q2", FIGPARSE_OK), 2021, 4, 1, 2021, 6, 30, FIGPARSE_GRAIN_QUARTER);
    ck_span(parse(fp, "2023Q1", FIGPARSE_OK), 2023, 1, 1, 2023, 3, 31, FIGPARSE_GRAIN_QUARTER);
    ck_span(parse(fp, "Q4-2020", FIGPARSE_OK), 2020, 10, 1, 2020, 12, 31, FIGPARSE_GRAIN_QUARTER);
    ck_span(parse(fp, "this qtr", FIGPARSE_OK), 2026, 10, 1, 2026, 12, 31, FIGPARSE_GRAIN_QUARTER);
    /* ISO weeks for a year, weeks from Monday for a month */
    ck_span(parse(fp, "the first week of 2021", FIGPARSE_OK), 2021, 1, 4, 2021, 1, 10, FIGPARSE_GRAIN_WEEK);
    ck_span(parse(fp, "last week of 2020", FIGPARSE_OK), 2020, 12, 28, 2021, 1, 3, FIGPARSE_GRAIN_WEEK); /* W53 */
    ck_span(parse(fp, "the second week of March 2027", FIGPARSE_OK), 2027, 3, 8, 2027, 3, 14,
            FIGPARSE_GRAIN_WEEK);
    ck_span(parse(fp, "in week 10", FIGPARSE_OK), 2026, 3, 2, 2026, 3, 8, FIGPARSE_GRAIN_WEEK);
    ck_span(parse(fp, "the week of June 17th, 2026", FIGPARSE_OK), 2026, 6, 15, 2026, 6, 21, FIGPARSE_GRAIN_WEEK);
    /* thirds of a month, the ends of a week and a year */
    figparse_date d = parse(fp, "late September 2025", FIGPARSE_OK);
    ck_span(d, 2025, 9, 21, 2025, 9, 30, FIGPARSE_GRAIN_DAY);
    ck_assert(d.flags & FIGPARSE_DATE_APPROX);
    ck_span(parse(fp, "mid-June 2024", FIGPARSE_OK), 2024, 6, 11, 2024, 6, 20, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "the end of next week", FIGPARSE_OK), 2026, 11, 27, 2026, 11, 29, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "beginning of 2031", FIGPARSE_OK), 2031, 1, 1, 2031, 3, 31, FIGPARSE_GRAIN_MONTH);
    ck_span(parse(fp, "the 19th century", FIGPARSE_OK), 1800, 1, 1, 1899, 12, 31, FIGPARSE_GRAIN_YEAR);
    figparse_free(fp);
}
END_TEST

START_TEST(short_fields_are_dates) {
    /* a text that is nothing but the form is a date; in running text the
     * same forms are not */
    figparse *fp = parser(NULL, 2026, 11, 22);
    ck_span(parse(fp, "1988", FIGPARSE_OK), 1988, 1, 1, 1988, 12, 31, FIGPARSE_GRAIN_YEAR);
    ck_day(parse(fp, "17-4", FIGPARSE_OK), 2027, 4, 17);
    ck_day(parse(fp, "4 / 17", FIGPARSE_OK), 2027, 4, 17);
    ck_day(parse(fp, "17 4 1999", FIGPARSE_OK), 1999, 4, 17);
    ck_day(parse(fp, "fri", FIGPARSE_OK), 2026, 11, 27);
    ck_span(parse(fp, "march", FIGPARSE_OK), 2027, 3, 1, 2027, 3, 31, FIGPARSE_GRAIN_MONTH);
    parse(fp, "4-1", FIGPARSE_NOMATCH); /* a score as often as a date */
    figparse_date out[4];
    ck_assert_int_eq(scan_dates(fp, "Tickets: 17-4 sold, 1988 seats, see you fri", out, 4), 0);
    figparse_free(fp);
}
END_TEST

START_TEST(no_dates_in_numbers_and_words) {
    figparse *fp = parser(NULL, 2026, 11, 22);
    static const char *const texts[] = {
        "He lives on the 3rd floor and came the first time in the 24 hours after.",
        "Version 1.1.30 shipped; call 138-2010-2015 or see form 123-12-1234.",
        "There is no 32 August 2014, nor 8/32/2014, nor August 32.",
        "The ratio was 3/4 of the total and 1/16 inch thick.",
        "Orders of 1000 - 2000 units a day.",
    };
    figparse_date out[4];
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        size_t n = scan_dates(fp, texts[i], out, 4);
        ck_assert_msg(n == 0, "\"%s\": %zu dates", texts[i], n);
    }
    /* a count after "Month, " is no two-digit year */
    ck_assert_int_eq(scan_dates(fp, "There was no 29 February 2027 and BUN/Cr was 30/4.85 today.", out, 4), 1);
    ck_assert_int_eq(scan_dates(fp, "In October, 12 people came.", out, 4), 1);
    ck_span(out[0], 2026, 10, 1, 2026, 10, 31, FIGPARSE_GRAIN_MONTH);
    /* a decimal before a day: only the month and year are a date */
    ck_assert_int_eq(scan_dates(fp, "It cost 6,107.31 August 2019 figures.", out, 4), 1);
    ck_span(out[0], 2019, 8, 1, 2019, 8, 31, FIGPARSE_GRAIN_MONTH);
    figparse_free(fp);
}
END_TEST

/* The scan finds exactly one date in each text (reference 2026-11-22). */
static void ck_one_date_each(const char *const *texts, size_t count) {
    figparse *fp = parser(NULL, 2026, 11, 22);
    figparse_date out[4];
    for (size_t i = 0; i < count; i++) {
        size_t n = scan_dates(fp, texts[i], out, 4);
        ck_assert_msg(n == 1, "\"%s\": %zu dates", texts[i], n);
    }
    figparse_free(fp);
}

/* The scan asks the grammar at a word that is no date by itself ("a",
 * "two", "first") only when what follows may go on with a date: these
 * go on with words the word filter does not hold ("wk", "fridays"). */
START_TEST(first_words_that_go_on) {
    static const char *const texts[] = {
        "We met two sundays from now.",     "It opens a wk after Christmas.",
        "It opens three wks after christmas.", "She left a week ago.",
        "In the first quarter of 2025 sales rose.", "That was twenty-fourth of May.",
    };
    ck_one_date_each(texts, sizeof texts / sizeof texts[0]);
}
END_TEST

/* read_point() tries a form only where the class of its first token allows
 * it (point_starts[] in date.c): a date that starts with each class, and
 * with each word the forms compare literally, is still found. */
START_TEST(forms_by_their_first_word) {
    static const char *const texts[] = {
        "It ends within a couple of weeks.", "It opens a week before Christmas.",
        "It was booked a week starting tomorrow.", "It was a few days ago.",
        "It opens few days from now.",       "Sales rose in cy 2011.",
        "Sales rose in FY2024.",             "Sales rose in H2 2019.",
        "Sales rose in Q3 2025.",            "Music of the nineties was loud.",
        "Music of the '90s was loud.",       "We stay for 3 days from today.",
        "I'm unavailable the fortnight",     "I'm away the rest of the week.",
        "I'm away the remainder of the year.", "It happens within 9 months.",
        "It happened on the 3rd of March.",  "It happened in the 1990s.",
        "It happened 3 days ago.",           "Sales rose in 2018Q4.",
        "It was 2026-03-11.",                "It ran from 10/1-11/2/2017.",
        "It happened in 2026.",              "It happened 2026\xe5\xb9\xb4" "3\xe6\x9c\x88" "11\xe6\x97\xa5.",
    };
    ck_one_date_each(texts, sizeof texts / sizeof texts[0]);
}
END_TEST

START_TEST(lists_and_bounds_of_years) {
    figparse *fp = parser(NULL, 2026, 11, 22);
    figparse_date out[4];
    ck_assert_int_eq(scan_dates(fp, "Exports rose in 2011 and 2013, 2015 or 2016.", out, 4), 4);
    ck_span(out[1], 2013, 1, 1, 2013, 12, 31, FIGPARSE_GRAIN_YEAR);
    ck_span(out[3], 2016, 1, 1, 2016, 12, 31, FIGPARSE_GRAIN_YEAR);
    ck_assert_int_eq(scan_dates(fp, "It began in 2011 and 1200 staff joined.", out, 4), 1);
    figparse_date d = parse(fp, "no later than 2031", FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_BEFORE);
    d = parse(fp, "later than 2031", FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_AFTER);
    d = parse(fp, "through 2029", FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_BEFORE);
    ck_span(parse(fp, "2021-7", FIGPARSE_OK), 2021, 7, 1, 2021, 7, 31, FIGPARSE_GRAIN_MONTH);
    ck_day(parse(fp, "this upcoming Tuesday", FIGPARSE_OK), 2026, 11, 24);
    ck_day(parse(fp, "March, 2nd", FIGPARSE_OK), 2027, 3, 2);
    ck_span(parse(fp, "EOY", FIGPARSE_OK), 2026, 9, 1, 2026, 12, 31, FIGPARSE_GRAIN_MONTH);
    ck_span(parse(fp, "BOM", FIGPARSE_OK), 2026, 11, 1, 2026, 11, 10, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "cy 2011", FIGPARSE_OK), 2011, 1, 1, 2011, 12, 31, FIGPARSE_GRAIN_YEAR);
    ck_span(parse(fp, "this calendar year", FIGPARSE_OK), 2026, 1, 1, 2026, 12, 31, FIGPARSE_GRAIN_YEAR);
    ck_span(parse(fp, "from Q2 of 2020 - Q1 of 2021", FIGPARSE_OK), 2020, 4, 1, 2021, 3, 31, FIGPARSE_GRAIN_QUARTER);
    ck_span(parse(fp, "the third quarter of the year", FIGPARSE_OK), 2026, 7, 1, 2026, 9, 30, FIGPARSE_GRAIN_QUARTER);
    ck_day(parse(fp, "the 20th day of October", FIGPARSE_OK), 2026, 10, 20);
    ck_day(parse(fp, "the twenty-fifth day of the month", FIGPARSE_OK), 2026, 11, 25);
    ck_day(parse(fp, "2031/feb/07", FIGPARSE_OK), 2031, 2, 7);
    ck_day(parse(fp, "Feb 29", FIGPARSE_OK), 2028, 2, 29); /* the next leap year */
    /* ranges to today; a weekday ending a range follows its start */
    ck_span(parse(fp, "from June to date", FIGPARSE_OK), 2026, 6, 1, 2026, 11, 22, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "from next Tuesday to Thursday", FIGPARSE_OK), 2026, 11, 24, 2026, 11, 26,
            FIGPARSE_GRAIN_DAY);
    /* a week starting on another day than Monday is the seven days from it */
    ck_span(parse(fp, "a week starting tomorrow", FIGPARSE_OK), 2026, 11, 23, 2026, 11, 29, FIGPARSE_GRAIN_WEEK);
    ck_span(parse(fp, "a week starting Tuesday", FIGPARSE_OK), 2026, 11, 24, 2026, 11, 30, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "the week starting Wednesday", FIGPARSE_OK), 2026, 11, 25, 2026, 12, 1, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "last weekend", FIGPARSE_OK), 2026, 11, 14, 2026, 11, 15, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "this weekend", FIGPARSE_OK), 2026, 11, 21, 2026, 11, 22, FIGPARSE_GRAIN_DAY);
    /* parts of a day are that day */
    ck_day(parse(fp, "last night", FIGPARSE_OK), 2026, 11, 21);
    ck_day(parse(fp, "this afternoon", FIGPARSE_OK), 2026, 11, 22);
    ck_day(parse(fp, "tonight", FIGPARSE_OK), 2026, 11, 22);
    ck_day(parse(fp, "2020.02.29", FIGPARSE_OK), 2020, 2, 29);
    /* stretches of days from the reference (Sunday 2026-11-22) */
    ck_span(parse(fp, "the 4 upcoming years", FIGPARSE_OK), 2026, 11, 23, 2030, 11, 22, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "within 2 working days", FIGPARSE_OK), 2026, 11, 22, 2026, 11, 24, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "the previous 3 business days", FIGPARSE_OK), 2026, 11, 18, 2026, 11, 20, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "the fortnight", FIGPARSE_OK), 2026, 11, 16, 2026, 11, 29, FIGPARSE_GRAIN_DAY);
    ck_span(parse(fp, "for a week from Monday", FIGPARSE_OK), 2026, 11, 23, 2026, 11, 29, FIGPARSE_GRAIN_WEEK);
    parse(fp, "upcoming 2 weeks", FIGPARSE_NOMATCH); /* one week two weeks on, or two weeks? */
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
    tcase_add_test(t, weekdays_follow_one_convention);
    tcase_add_test(t, missing_year_is_coming_or_recent);
    tcase_add_test(t, counted_from_the_end);
    tcase_add_test(t, weeks_and_years_named_around_a_period);
    tcase_add_test(t, days_in_words_and_glued_forms);
    tcase_add_test(t, shifts_from_a_day);
    tcase_add_test(t, ranges_share_their_year);
    tcase_add_test(t, quarters_weeks_and_parts);
    tcase_add_test(t, short_fields_are_dates);
    tcase_add_test(t, no_dates_in_numbers_and_words);
    tcase_add_test(t, first_words_that_go_on);
    tcase_add_test(t, forms_by_their_first_word);
    tcase_add_test(t, lists_and_bounds_of_years);
    tcase_add_test(t, units_then_ago_word);
    tcase_add_test(t, bad_input);
    suite_add_tcase(s, t);
    SRunner *r = srunner_create(s);
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
