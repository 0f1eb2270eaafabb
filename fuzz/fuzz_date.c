/*
 * fuzz_date.c — round trips of dates through ISO 8601 text.
 *
 * The input picks a valid date and a grain; the harness writes it as
 * ISO 8601 text, parses that with figparse_parse_date(), and checks that the
 * same interval and grain come back:
 *
 *   year    "2026"                    (1000..2999: a bare year is one only there)
 *   month   "2026-03"                 first..last day of the month
 *   day     "2026-03-11"
 *   minute  "2026-03-11T14:30"        with an optional offset "Z", "+05:30"
 *   second  "2026-03-11T14:30:05"     likewise
 *
 * Years 0001..9999 are written with four digits, days run to the month's
 * last (29 February in leap years only). The text may be padded with
 * spaces, which the parser trims, and parsed under any locale hint of
 * fuzz_common.h: ISO 8601 reads the same everywhere. No flags, no weekday,
 * no relative fields; an offset comes back exactly, and none when none was
 * written.
 *
 * Input bytes (missing ones read as 0):
 *   0  grain (mod 5), 1-2 year, 3 month, 4 day, 5 hour, 6 minute, 7 second,
 *   8  offset: 0 none, 1 "Z", else sign, hours 0..14 and minutes 0..59 from
 *      bytes 8-9, 10 spaces before and after (low and high nibble, mod 3),
 *   11 locale hint.
 * ISO weeks ("2026-W11"), ordinal dates ("2026-070"), hour-only times and
 * fractions of seconds are not read by figparse_parse_date(), so they are
 * not generated.
 */
#include "fuzz_common.h"

#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in(int y, int m) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap_year(y) ? 29 : days[m - 1];
}

static bool same_time(const figparse_datetime *t, int y, int mo, int d, int h, int mi, int s) {
    return t->year == y && t->month == mo && t->day == d && t->hour == h && t->minute == mi &&
           t->second == s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t b[12] = {0};
    memcpy(b, data, size < sizeof b ? size : sizeof b);
    static const figparse_grain grains[5] = {FIGPARSE_GRAIN_YEAR, FIGPARSE_GRAIN_MONTH,
                                             FIGPARSE_GRAIN_DAY, FIGPARSE_GRAIN_MINUTE,
                                             FIGPARSE_GRAIN_SECOND};
    figparse_grain grain = grains[b[0] % 5];
    unsigned raw_year = (unsigned)b[1] << 8 | b[2];
    int year = grain == FIGPARSE_GRAIN_YEAR ? 1000 + (int)(raw_year % 2000) : 1 + (int)(raw_year % 9999);
    int month = 1 + b[3] % 12;
    int day = 1 + b[4] % days_in(year, month);
    int hour = b[5] % 24, minute = b[6] % 60, second = b[7] % 60;
    bool timed = grain == FIGPARSE_GRAIN_MINUTE || grain == FIGPARSE_GRAIN_SECOND;
    int offset_kind = timed ? b[8] % 4 : 0; /* 0 none, 1 "Z", 2 "+", 3 "-" */
    int offset_min = 0;
    if (offset_kind >= 2) {
        offset_min = (b[8] / 4) % 15 * 60 + b[9] % 60;
        if (offset_kind == 3)
            offset_min = -offset_min;
    }
    int pad_before = (b[10] & 15) % 3, pad_after = (b[10] >> 4) % 3;

    char text[64];
    int n = snprintf(text, sizeof text, "%*s%04d", pad_before, "", year);
    if (grain != FIGPARSE_GRAIN_YEAR)
        n += snprintf(text + n, sizeof text - (size_t)n, "-%02d", month);
    if (grain >= FIGPARSE_GRAIN_DAY)
        n += snprintf(text + n, sizeof text - (size_t)n, "-%02d", day);
    if (timed)
        n += snprintf(text + n, sizeof text - (size_t)n, "T%02d:%02d", hour, minute);
    if (grain == FIGPARSE_GRAIN_SECOND)
        n += snprintf(text + n, sizeof text - (size_t)n, ":%02d", second);
    if (offset_kind == 1)
        n += snprintf(text + n, sizeof text - (size_t)n, "Z");
    else if (offset_kind >= 2)
        n += snprintf(text + n, sizeof text - (size_t)n, "%c%02d:%02d", offset_kind == 2 ? '+' : '-',
                      (offset_kind == 2 ? offset_min : -offset_min) / 60,
                      (offset_kind == 2 ? offset_min : -offset_min) % 60);
    n += snprintf(text + n, sizeof text - (size_t)n, "%*s", pad_after, "");
    FUZZ_CHECK(n > 0 && (size_t)n < sizeof text);

    const figparse *fp = fuzz_parser(b[11], 0, 0, 0);
    figparse_date d;
    size_t off = (size_t)-1;
    figparse_status st = figparse_parse_date(fp, text, (size_t)n, &d, &off);
    if (st != FIGPARSE_OK)
        fprintf(stderr, "fuzz_date: \"%s\" did not parse (status %d)\n", text, (int)st);
    FUZZ_CHECK(st == FIGPARSE_OK);
    FUZZ_CHECK(off == 0);
    FUZZ_CHECK(d.grain == grain);
    FUZZ_CHECK(d.flags == 0 && d.offset == 0 && d.weekday == 0);

    int h = timed ? hour : 0, mi = timed ? minute : 0;
    int s = grain == FIGPARSE_GRAIN_SECOND ? second : 0;
    switch (grain) {
    case FIGPARSE_GRAIN_YEAR:
        FUZZ_CHECK(same_time(&d.first, year, 1, 1, 0, 0, 0));
        FUZZ_CHECK(same_time(&d.last, year, 12, 31, 0, 0, 0));
        break;
    case FIGPARSE_GRAIN_MONTH:
        FUZZ_CHECK(same_time(&d.first, year, month, 1, 0, 0, 0));
        FUZZ_CHECK(same_time(&d.last, year, month, days_in(year, month), 0, 0, 0));
        break;
    default:
        FUZZ_CHECK(same_time(&d.first, year, month, day, h, mi, s));
        FUZZ_CHECK(same_time(&d.last, year, month, day, h, mi, s));
        break;
    }
    FUZZ_CHECK(d.first.has_offset == (offset_kind != 0));
    if (offset_kind)
        FUZZ_CHECK(d.first.utc_offset_min == offset_min);
    return 0;
}
