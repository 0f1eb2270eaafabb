/*
 * check_holiday.c — the holiday calendar: rules checked against dates known
 * from published calendars (not computed the way holiday.c computes them),
 * regions from the locale hint, resolution against the reference date, no
 * reference, and words that only look like holidays.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "civil.h"
#include "figparse.h"
#include "holiday.h"

#include "date_parser.h"

/* The whole text is one date: first..last. */
static void ck_text(figparse *fp, const char *text, int y1, int m1, int d1, int y2, int m2, int d2) {
    figparse_date d;
    size_t off;
    figparse_status st = figparse_parse_date(fp, text, strlen(text), &d, &off);
    ck_assert_msg(st == FIGPARSE_OK, "\"%s\": %s", text, figparse_status_name(st));
    ck_assert_msg(d.first.year == y1 && d.first.month == m1 && d.first.day == d1 &&
                      d.last.year == y2 && d.last.month == m2 && d.last.day == d2,
                  "\"%s\": %d-%02d-%02d..%d-%02d-%02d, expected %d-%02d-%02d..%d-%02d-%02d", text,
                  d.first.year, d.first.month, d.first.day, d.last.year, d.last.month, d.last.day,
                  y1, m1, d1, y2, m2, d2);
    ck_assert_int_eq(d.grain, FIGPARSE_GRAIN_DAY);
}

static void ck_day(figparse *fp, const char *text, int y, int m, int d) {
    ck_text(fp, text, y, m, d, y, m, d);
}

/* A rule in one year straight from the table: first day and length. */
static void ck_rule(const char *name, const char *region, int year, int y, int m, int d, int ndays) {
    long first;
    int len;
    ck_assert_msg(figparse__holiday_in_year(name, region, year, &first, &len), "%s %d", name, year);
    ck_assert_msg(first == days_from_civil(y, m, d) && len == ndays,
                  "%s %d (%s): got day %ld for %d days", name, year, region, first, len);
}

/* No occurrence of the rule in that year (out of the table, or not kept). */
static void ck_none(const char *name, int year) {
    long first;
    int len;
    ck_assert_msg(!figparse__holiday_in_year(name, "", year, &first, &len), "%s %d", name, year);
}

START_TEST(table_is_sorted_and_complete) { ck_assert(figparse__holiday_table_ok()); }
END_TEST

START_TEST(gregorian_rules) {
    ck_rule("thanksgiving", "", 2026, 2026, 11, 26, 1);
    ck_rule("thanksgiving", "CA", 2026, 2026, 10, 12, 1);
    ck_rule("memorial day", "US", 2026, 2026, 5, 25, 1);
    ck_rule("mlk day", "", 2026, 2026, 1, 19, 1);
    ck_rule("earth day", "", 2027, 2027, 4, 22, 1); /* April 22 since 1970 */
    ck_rule("labour day", "NZ", 2026, 2026, 10, 26, 1);
    ck_rule("labour day", "US", 2026, 2026, 9, 7, 1);
    ck_rule("victoria day", "CA", 2026, 2026, 5, 18, 1);   /* May 25 is a Monday: the one before */
    ck_rule("kings day", "", 2025, 2025, 4, 26, 1);        /* April 27 was a Sunday */
    ck_rule("tax day", "US", 2017, 2017, 4, 18, 1);        /* weekend, then Emancipation Day */
    ck_rule("tax day", "US", 2026, 2026, 4, 15, 1);
    ck_rule("boss day", "", 2021, 2021, 10, 15, 1);        /* October 16 was a Saturday */
    ck_rule("super tuesday", "", 2024, 2024, 3, 5, 1);
    ck_rule("naidoc week", "", 2023, 2023, 7, 2, 8);
    ck_rule("naidoc week", "", 2024, 2024, 7, 7, 8);
    ck_rule("parsi new year", "", 2024, 2024, 8, 15, 1);  /* 365-day years: 2018-08-17 less the leap days of 2020 and 2024 */
    long first;
    int len;
    ck_assert(!figparse__holiday_in_year("super tuesday", "", 2026, &first, &len)); /* not a primary year */
    ck_assert(!figparse__holiday_in_year("no such day", "", 2026, &first, &len));
}
END_TEST

START_TEST(easter_rules) {
    ck_rule("easter", "", 2024, 2024, 3, 31, 1);
    ck_rule("easter", "", 2025, 2025, 4, 20, 1);
    ck_rule("easter", "", 2038, 2038, 4, 25, 1); /* the latest possible */
    ck_rule("good friday", "", 2026, 2026, 4, 3, 1);
    ck_rule("pentecost", "", 2024, 2024, 5, 19, 1);
    ck_rule("lent", "", 2026, 2026, 2, 18, 46);           /* Ash Wednesday to Holy Saturday */
    ck_rule("orthodox easter", "", 2024, 2024, 5, 5, 1);
    ck_rule("orthodox easter", "", 2025, 2025, 4, 20, 1); /* the same Sunday as the Western one */
    ck_rule("mothers day", "GB", 2026, 2026, 3, 15, 1);   /* Mothering Sunday */
    ck_rule("mothers day", "", 2026, 2026, 5, 10, 1);
}
END_TEST

START_TEST(other_calendars) {
    /* Jewish holidays from the evening they begin */
    ck_rule("rosh hashanah", "", 2025, 2025, 9, 22, 3);   /* 1 Tishri 5786 = 23 September */
    ck_rule("yom kippur", "", 2025, 2025, 10, 1, 1);      /* 10 Tishri = 2 October */
    ck_rule("hanukkah", "", 2025, 2025, 12, 14, 8);       /* 25 Kislev = 15 December */
    ck_rule("passover", "", 2026, 2026, 4, 1, 9);         /* 15 Nisan 5786 = 2 April */
    ck_rule("purim", "", 2024, 2024, 3, 23, 1);           /* 14 Adar II 5784 = 24 March */
    /* Umm al-Qura */
    ck_rule("eid al fitr", "", 2024, 2024, 4, 10, 1);
    ck_rule("ramadan", "", 2024, 2024, 3, 11, 30);
    ck_rule("eid al adha", "", 2024, 2024, 6, 16, 1);
    /* Chinese */
    ck_rule("chinese new year", "", 2026, 2026, 2, 17, 1);
    ck_rule("chinese new year", "", 2024, 2024, 2, 10, 1);
    /* outside the table's 1900..2100 */
    ck_none("ramadan", 1850);
    ck_none("chinese new year", 2150);
}
END_TEST

/* Hindu, Sikh and Jain days, from gen_hindu.c's ephemeris, against the
 * Government of India's holiday lists and the almanacs' published dates
 * (in running text: test/cases/date-en.jsonl). */
START_TEST(hindu_days) {
    static const struct {
        const char *name;
        int y, m, d;
    } known[] = {
        {"diwali", 2018, 11, 7},           {"diwali", 2019, 10, 27},
        {"diwali", 2020, 11, 14},          {"diwali", 2021, 11, 4},
        {"diwali", 2022, 10, 24},          {"diwali", 2023, 11, 12},
        {"diwali", 2024, 10, 31},          /* new moon from 15:52, at dusk that day */
        {"diwali", 2025, 10, 20},          {"dhanteras", 2024, 10, 29},
        {"govardhan puja", 2024, 11, 2},   {"bhai dooj", 2024, 11, 3},
        {"holi", 2018, 3, 2},              {"holi", 2019, 3, 21},
        {"holi", 2020, 3, 10},             {"holi", 2021, 3, 29},
        {"holi", 2022, 3, 18},             {"holi", 2024, 3, 25},
        {"holi", 2025, 3, 14},             {"holika dahan", 2024, 3, 24},
        /* the evening after bhadra, the full moon's first half: the day after */
        {"holi", 2016, 3, 24},             {"holi", 2017, 3, 13},
        {"holi", 2023, 3, 8},
        {"dussehra", 2018, 10, 19},        {"dussehra", 2019, 10, 8},
        {"dussehra", 2020, 10, 25},        {"dussehra", 2021, 10, 15},
        {"dussehra", 2022, 10, 5},         {"dussehra", 2023, 10, 24},
        {"dussehra", 2024, 10, 12},        {"dussehra", 2025, 10, 2},
        {"janmashtami", 2021, 8, 30},      /* ashtami at both midnights: the second */
        {"janmashtami", 2024, 8, 26},      {"ganesh chaturthi", 2019, 9, 2},
        {"ganesh chaturthi", 2022, 8, 31}, {"ganesh chaturthi", 2023, 9, 19},
        {"ganesh chaturthi", 2024, 9, 7},  {"mahavir jayanti", 2018, 3, 29},
        {"mahavir jayanti", 2022, 4, 14},  {"mahavir jayanti", 2024, 4, 21},
        {"rama navami", 2022, 4, 10},      {"rama navami", 2023, 3, 30},
        {"rama navami", 2024, 4, 17},      {"raksha bandhan", 2019, 8, 15},
        {"raksha bandhan", 2024, 8, 19},   {"raksha bandhan", 2025, 8, 9},
        {"raksha bandhan", 2022, 8, 11},   /* bhadra ended 20:51: that evening */
        {"raksha bandhan", 2023, 8, 30},   {"guru nanak jayanti", 2018, 11, 23},
        {"guru nanak jayanti", 2019, 11, 12}, {"guru nanak jayanti", 2020, 11, 30},
        {"guru nanak jayanti", 2022, 11, 8},  {"guru nanak jayanti", 2023, 11, 27},
        {"guru nanak jayanti", 2024, 11, 15}, {"guru gobind singh jayanti", 2019, 1, 13},
        {"guru gobind singh jayanti", 2020, 1, 2}, {"guru gobind singh jayanti", 2022, 1, 9},
        {"guru gobind singh jayanti", 2024, 1, 17}, {"guru gobind singh jayanti", 2025, 1, 6},
        {"maha shivaratri", 2019, 3, 4},   {"maha shivaratri", 2021, 3, 11},
        {"maha shivaratri", 2023, 2, 18},  {"maha shivaratri", 2024, 3, 8},
        {"maha shivaratri", 2025, 2, 26},  {"vasant panchami", 2021, 2, 16},
        {"vasant panchami", 2024, 2, 14},  {"vasant panchami", 2025, 2, 2},
        {"ugadi", 2019, 4, 6},             {"ugadi", 2024, 4, 9},
        {"ugadi", 2025, 3, 30},            {"karva chauth", 2023, 11, 1},
        {"karva chauth", 2024, 10, 20},    {"karva chauth", 2025, 10, 10},
        {"chhath", 2023, 11, 19},          {"chhath", 2024, 11, 7},
        {"ratha yatra", 2023, 6, 20},      {"ratha yatra", 2024, 7, 7},
        /* the sidereal sun (Lahiri): Capricorn after sunset counts the next day */
        {"makar sankranti", 2019, 1, 15},  {"makar sankranti", 2021, 1, 14},
        {"makar sankranti", 2023, 1, 15},  {"pongal", 2024, 1, 15},
        {"lohri", 2024, 1, 14},            {"vaisakhi", 2018, 4, 14},
        {"vaisakhi", 2024, 4, 13},
        /* Onam: Thiruvonam in Chingam; twice in 2013, the second */
        {"onam", 2013, 9, 16},             {"onam", 2019, 9, 11},
        {"onam", 2020, 8, 31},             {"onam", 2022, 9, 8},
        {"onam", 2023, 8, 29},             {"onam", 2024, 9, 15},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        ck_rule(known[i].name, "", known[i].y, known[i].y, known[i].m, known[i].d, 1);
    /* the nine nights from Ashvina shukla 1, Vijayadashami the day after */
    ck_rule("navaratri", "", 2024, 2024, 10, 3, 9);
    ck_rule("navaratri", "", 2018, 2018, 10, 10, 9);
    ck_none("diwali", 1890);
    ck_none("diwali", 2101);
}
END_TEST

START_TEST(resolved_against_the_reference) {
    figparse *fp = parser(NULL, 2026, 3, 10);
    ck_day(fp, "Thanksgiving", 2026, 11, 26);
    ck_day(fp, "next Thanksgiving", 2026, 11, 26);
    ck_day(fp, "last thanksgiving", 2025, 11, 27);
    ck_day(fp, "Thanksgiving 2030", 2030, 11, 28);
    ck_day(fp, "thanksgiving of last year", 2025, 11, 27);
    ck_day(fp, "Thanksgiving in two years", 2028, 11, 23);
    ck_day(fp, "thanksgiving 14 months ago", 2025, 11, 27);
    ck_day(fp, "Christmas", 2026, 12, 25);
    ck_day(fp, "New Year's Day", 2027, 1, 1);             /* this year's is past */
    ck_day(fp, "Valentine's Day", 2027, 2, 14);
    ck_day(fp, "Easter Monday", 2026, 4, 6);
    ck_day(fp, "Easter two thousand thirty", 2030, 4, 21);
    ck_day(fp, "St. Patrick's Day", 2026, 3, 17);
    ck_day(fp, "Presidents' Day", 2027, 2, 15);
    ck_day(fp, "Eid al-Adha", 2026, 5, 27);
    ck_day(fp, "Independence Day, 1976", 1976, 7, 4);
    ck_day(fp, "ten days after Christmas", 2027, 1, 4);
    ck_day(fp, "2 weeks before Easter 2027", 2027, 3, 14);
    ck_day(fp, "one month after Thanksgiving 2024", 2024, 12, 28);
    ck_day(fp, "Orangemen's Day", 2026, 7, 12);
    ck_day(fp, "the second Friday before Thanksgiving", 2026, 11, 13); /* Thursday Nov 26 */
    ck_day(fp, "the first Monday after Easter 2027", 2027, 3, 29);     /* Easter: March 28 */
    ck_day(fp, "3rd Sunday after Christmas", 2027, 1, 10);            /* a Friday in 2026 */
    ck_day(fp, "fourth of July 1995", 1995, 7, 4);                    /* an ordinal, no weekday */
    /* the nth occurrence nearest a date */
    ck_day(fp, "the closest Christmas to today", 2025, 12, 25);  /* 75 days back, 290 ahead */
    ck_day(fp, "the 2nd closest Christmas to today", 2026, 12, 25);
    ck_day(fp, "the second nearest Easter to 2030", 2029, 4, 1); /* 2030-04-21 is the nearest */
    ck_day(fp, "the second Easter before 2030", 2028, 4, 16);   /* 2029-04-01 is the first */
    ck_day(fp, "the first Thanksgiving after 2030", 2031, 11, 27);
    /* 25 Kislev 5787 is 2026-12-05: 154 days after, the one of 5786 202 before */
    ck_text(fp, "the closest Hanukkah to July 4, 2026", 2026, 12, 4, 2026, 12, 11);
    /* the long weekend a holiday makes */
    ck_text(fp, "Labor Day weekend 2026", 2026, 9, 5, 2026, 9, 7);
    ck_text(fp, "the weekend of Thanksgiving", 2026, 11, 26, 2026, 11, 29);
    ck_text(fp, "Ramadan", 2026, 2, 18, 2026, 3, 19);     /* under way on the reference day */
    figparse_free(fp);
}
END_TEST

START_TEST(ongoing_holiday_is_the_current_one) {
    /* inside Lent 2026 (18 February .. 4 April), "Lent" is this one */
    figparse *fp = parser(NULL, 2026, 3, 10);
    ck_text(fp, "Lent", 2026, 2, 18, 2026, 4, 4);
    ck_text(fp, "next Lent", 2027, 2, 10, 2027, 3, 27);
    figparse_free(fp);
}
END_TEST

START_TEST(region_from_the_hint) {
    figparse *ca = parser("en-CA", 2026, 1, 1), *au = parser("en-AU", 2026, 1, 1),
             *us = parser("en-US", 2026, 1, 1);
    ck_day(ca, "Thanksgiving", 2026, 10, 12);
    ck_day(us, "Thanksgiving", 2026, 11, 26);
    ck_day(au, "Labour Day", 2026, 10, 5);
    ck_day(us, "Labor Day", 2026, 9, 7);
    ck_day(au, "Father's Day", 2026, 9, 6);
    ck_day(us, "Father's Day", 2026, 6, 21);
    ck_day(ca, "Memorial Day", 2026, 7, 1);
    figparse_date d;
    size_t off;
    /* Family Day is a Canadian holiday only */
    ck_assert_int_eq(figparse_parse_date(us, "Family Day", 10, &d, &off), FIGPARSE_NOMATCH);
    ck_day(ca, "Family Day", 2026, 2, 16);
    figparse_free(ca);
    figparse_free(au);
    figparse_free(us);
}
END_TEST

START_TEST(without_reference) {
    figparse *fp = parser(NULL, 0, 0, 0);
    ck_day(fp, "Thanksgiving 2026", 2026, 11, 26);
    figparse_date d;
    size_t off;
    ck_assert_int_eq(figparse_parse_date(fp, "last Christmas", 14, &d, &off), FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_UNRESOLVED);
    ck_assert(d.flags & FIGPARSE_DATE_RELATIVE);
    ck_assert_int_eq(d.offset, -1);
    ck_assert_int_eq(d.unit, FIGPARSE_GRAIN_YEAR);
    ck_assert_int_eq(d.first.year, 0);
    ck_assert_int_eq(figparse_parse_date(fp, "Easter in 3 years", 17, &d, &off), FIGPARSE_OK);
    ck_assert(d.flags & FIGPARSE_DATE_UNRESOLVED);
    ck_assert_int_eq(d.offset, 3);
    ck_assert_int_eq(d.unit, FIGPARSE_GRAIN_YEAR);
    figparse_free(fp);
}
END_TEST

START_TEST(in_running_text) {
    figparse *fp = parser(NULL, 2026, 3, 10);
    const char *text = "Sales peak around Black Friday and fall after Boxing Day; she lent us a "
                       "van until Eid al-Fitr 2025.";
    figparse_scan *sc = figparse_scan_new(fp, NULL);
    ck_assert_ptr_nonnull(sc);
    ck_assert_int_eq(figparse_scan_reset(sc, text, strlen(text)), FIGPARSE_OK);
    const figparse_figure *f;
    int want[3][3] = {{2026, 11, 27}, {2026, 12, 26}, {2025, 3, 30}};
    const char *spans[3] = {"around Black Friday", "after Boxing Day", "until Eid al-Fitr 2025"};
    for (int i = 0; i < 3; i++) {
        ck_assert_int_eq(figparse_scan_next(sc, &f), FIGPARSE_OK);
        ck_assert_int_eq(f->kind, FIGPARSE_KIND_DATE);
        ck_assert_int_eq(f->u.date.first.year, want[i][0]);
        ck_assert_int_eq(f->u.date.first.month, want[i][1]);
        ck_assert_int_eq(f->u.date.first.day, want[i][2]);
        ck_assert_int_eq(f->end - f->start, strlen(spans[i]));
        ck_assert(memcmp(text + f->start, spans[i], strlen(spans[i])) == 0);
    }
    ck_assert_int_eq(figparse_scan_next(sc, &f), FIGPARSE_DONE);
    figparse_scan_free(sc);
    figparse_free(fp);
}
END_TEST

START_TEST(look_alikes_are_not_holidays) {
    figparse *fp = parser(NULL, 2026, 3, 10);
    static const char *const texts[] = {
        "she lent me money",  /* "Lent" needs a capital or a year */
        "Martin Luther King' day", /* a stray apostrophe breaks the name */
        "thanks giving",
        "easterly winds",
        "Boxing",
        "she tied a rakhi", /* the thread; Rakhi the day needs a capital or a year */
        "the closest Christmas to the closest Easter to today", /* no nesting */
        "the second closest store", /* a rank, not the 2nd of the month */
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        figparse_date d;
        size_t off;
        ck_assert_msg(figparse_parse_date(fp, texts[i], strlen(texts[i]), &d, &off) == FIGPARSE_NOMATCH,
                      "\"%s\" read as a date", texts[i]);
    }
    figparse_free(fp);
}
END_TEST

START_TEST(extremes_are_safe) {
    /* huge counts, the last years of the calendar: no overflow (UBSan) and
     * never a date outside 1..9999 */
    figparse *fp = parser(NULL, 9990, 12, 31);
    static const char *const texts[] = {
        "999999999999999999 days after Easter", "Easter in 999 years", "Christmas 9999",
        "Thanksgiving 999 years ago", "next Ramadan", "Passover 2101", "Easter 1000",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        figparse_date d;
        size_t off;
        if (figparse_parse_date(fp, texts[i], strlen(texts[i]), &d, &off) == FIGPARSE_OK &&
            !(d.flags & FIGPARSE_DATE_UNRESOLVED))
            ck_assert_msg(d.first.year >= 1 && d.last.year <= 9999, "\"%s\": year %d", texts[i],
                          d.first.year);
    }
    figparse_date d;
    size_t off;
    ck_assert_int_eq(figparse_parse_date(fp, "next Ramadan", 12, &d, &off), FIGPARSE_NOMATCH);
    figparse_free(fp);
}
END_TEST

int main(void) {
    Suite *s = suite_create("holiday");
    TCase *t = tcase_create("holiday");
    tcase_add_test(t, table_is_sorted_and_complete);
    tcase_add_test(t, gregorian_rules);
    tcase_add_test(t, easter_rules);
    tcase_add_test(t, other_calendars);
    tcase_add_test(t, hindu_days);
    tcase_add_test(t, resolved_against_the_reference);
    tcase_add_test(t, ongoing_holiday_is_the_current_one);
    tcase_add_test(t, region_from_the_hint);
    tcase_add_test(t, without_reference);
    tcase_add_test(t, in_running_text);
    tcase_add_test(t, look_alikes_are_not_holidays);
    tcase_add_test(t, extremes_are_safe);
    suite_add_tcase(s, t);
    SRunner *r = srunner_create(s);
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
