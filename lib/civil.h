/*
 * civil.h — internal: proleptic Gregorian day arithmetic shared by the date
 * stages and the table generators. A day is a count of days since 1970-01-01
 * (negative before). Static inline, so the short names stay in each file.
 */
#ifndef FIGPARSE_CIVIL_H
#define FIGPARSE_CIVIL_H

#include <stdbool.h>

static inline bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static inline int month_days(int y, int m) {
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[m - 1];
}

/* Year and month (1-12) of a count of months since year 0's January,
 * floored, so that months before year 0 ("2014 BC" less 991 months) get a
 * month in 1-12 too. */
static inline void civil_from_months(long months, int *y, int *m) {
    long q = months / 12, r = months % 12;
    if (r < 0) {
        r += 12;
        q--;
    }
    *y = (int)q;
    *m = (int)r + 1;
}

/* Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
static inline long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static inline void civil_from_days(long z, int *y, int *m, int *d) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

/* ISO weekday 1 (Monday)..7 (Sunday). */
static inline int weekday_of(long days) { return (int)((days % 7 + 7 + 3) % 7) + 1; }

#endif
