/*
 * gen_hindu.c — writes lib/tables/hindu_data.inc to standard output: the
 * days of the Hindu, Sikh and Jain holidays (Diwali, Holi, Navaratri, Onam,
 * Makar Sankranti, Vaisakhi, ...) for the years 1899..2100, computed from the
 * positions of the sun and the moon. ICU has no Hindu lunisolar calendar, so
 * this generator is its own small ephemeris:
 *
 *   - the apparent longitude of the sun (Meeus, "Astronomical Algorithms",
 *     2nd ed., ch. 25, the 0.01-degree series) and of the moon (ch. 47,
 *     table 47.A, the 60 longitude terms), in Terrestrial Time with the
 *     Espenak-Meeus polynomials for Delta T;
 *   - sunrise and sunset at New Delhi (the place Indian almanacs and the
 *     Government of India's holiday lists reckon by), India Standard Time;
 *   - the lunisolar calendar as Reingold & Dershowitz ("Calendrical
 *     Calculations", ch. 20) describe the modern (drik) reckoning: an
 *     amanta month runs from new moon to new moon and is named after the
 *     sidereal sign (Lahiri ayanamsa) the sun is in at the new moon that
 *     begins it; a month whose next new moon falls in the same sign is
 *     adhika (leap) and its holidays are kept in the nija month after it;
 *     a tithi (lunar day) is a 12-degree step of the moon's elongation
 *     from the sun, and a holiday falls on the civil day at whose
 *     appointed moment (sunrise, midday, afternoon, sunset, the evening
 *     twilight or midnight: each holiday's own) its tithi is current; a
 *     tithi that spans no such moment (a skipped tithi) belongs to the day
 *     within which it begins and ends;
 *   - solar days from the sun's sidereal ingresses (sankranti) into
 *     Capricorn (Makar Sankranti, Pongal) and Aries (Vaisakhi), and Onam,
 *     the day of the moon's Shravana (Thiruvonam) asterism in the solar
 *     month of Leo (Chingam).
 *
 * Only C and libm; the output is a table of day numbers, so a last-bit
 * difference of sin() between C libraries changes nothing unless an event
 * falls within a fraction of a second of its day's moment. lib/holiday.c
 * reads the table; nothing is computed at run time.
 *
 * Build: cc -std=c11 gen_hindu.c -lm
 *
 * Copyright (c) 2026 the figparse developers. MIT licence (see LICENSE).
 */
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "../../civil.h"

#define FIRST_YEAR 1899 /* the Hindu year whose Magha and Phalguna open 1900 */
#define LAST_YEAR 2100
#define PI 3.14159265358979323846
#define RAD (PI / 180.0)
#define UNIX_JD 2440587.5 /* 1970-01-01 00:00 UT */
#define IST (5.5 / 24.0)
#define DELHI_LAT 28.6139
#define DELHI_LON 77.2090
#define KERALA_LAT 8.5241 /* Thiruvananthapuram: Onam's almanacs */
#define KERALA_LON 76.9366
#define SYNODIC 29.530588861

static double norm360(double x) {
    x = fmod(x, 360.0);
    return x < 0 ? x + 360.0 : x;
}

static double wrap180(double x) {
    x = norm360(x);
    return x >= 180.0 ? x - 360.0 : x;
}

/* ---- time ------------------------------------------------------------------ */

/* TT - UT in seconds (Espenak & Meeus, NASA's eclipse canon polynomials). */
static double delta_t(double jd) {
    double y = 2000.0 + (jd - 2451544.5) / 365.2425, t;
    if (y < 1920) {
        t = y - 1900;
        return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
    }
    if (y < 1941) {
        t = y - 1920;
        return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (y < 1961) {
        t = y - 1950;
        return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (y < 1986) {
        t = y - 1975;
        return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (y < 2005) {
        t = y - 2000;
        return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t +
               0.00002373599 * t * t * t * t * t;
    }
    if (y < 2050) {
        t = y - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    t = (y - 1820) / 100;
    return -20 + 32 * t * t - 0.5628 * (2150 - y);
}

/* Julian centuries of TT from J2000 at the UT Julian day jd. */
static double centuries(double jd) { return (jd + delta_t(jd) / 86400.0 - 2451545.0) / 36525.0; }

/* ---- the sun and the moon --------------------------------------------------- */

/* The nutation in longitude, the main term (degrees). */
static double nutation(double t) { return -0.00478 * sin((125.04 - 1934.136 * t) * RAD); }

/* The sun's apparent longitude (Meeus 25.2-25.8), degrees. */
static double sun_longitude(double t) {
    double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    double m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * RAD;
    double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m) +
               0.000289 * sin(3 * m);
    return norm360(l0 + c - 0.00569 + nutation(t));
}

/* Meeus table 47.A: multiples of D, M, M', F and the sine coefficient of
 * the moon's longitude in 1e-6 degrees. */
static const struct {
    signed char d, m, mp, f;
    long l;
} moon_terms[] = {
    {0, 0, 1, 0, 6288774}, {2, 0, -1, 0, 1274027}, {2, 0, 0, 0, 658314}, {0, 0, 2, 0, 213618},
    {0, 1, 0, 0, -185116}, {0, 0, 0, 2, -114332}, {2, 0, -2, 0, 58793}, {2, -1, -1, 0, 57066},
    {2, 0, 1, 0, 53322},   {2, -1, 0, 0, 45758},  {0, 1, -1, 0, -40923}, {1, 0, 0, 0, -34720},
    {0, 1, 1, 0, -30383},  {2, 0, 0, -2, 15327},  {0, 0, 1, 2, -12528},  {0, 0, 1, -2, 10980},
    {4, 0, -1, 0, 10675},  {0, 0, 3, 0, 10034},   {4, 0, -2, 0, 8548},   {2, 1, -1, 0, -7888},
    {2, 1, 0, 0, -6766},   {1, 0, -1, 0, -5163},  {1, 1, 0, 0, 4987},    {2, -1, 1, 0, 4036},
    {2, 0, 2, 0, 3994},    {4, 0, 0, 0, 3861},    {2, 0, -3, 0, 3665},   {0, 1, -2, 0, -2689},
    {2, 0, -1, 2, -2602},  {2, -1, -2, 0, 2390},  {1, 0, 1, 0, -2348},   {2, -2, 0, 0, 2236},
    {0, 1, 2, 0, -2120},   {0, 2, 0, 0, -2069},   {2, -2, -1, 0, 2048},  {2, 0, 1, -2, -1773},
    {2, 0, 0, 2, -1595},   {4, -1, -1, 0, 1215},  {0, 0, 2, 2, -1110},   {3, 0, -1, 0, -892},
    {2, 1, 1, 0, -810},    {4, -1, -2, 0, 759},   {0, 2, -1, 0, -713},   {2, 2, -1, 0, -700},
    {2, 1, -2, 0, 691},    {2, -1, 0, -2, 596},   {4, 0, 1, 0, 549},     {0, 0, 4, 0, 537},
    {4, -1, 0, 0, 520},    {1, 0, -2, 0, -487},   {2, 1, 0, -2, -399},   {0, 0, 2, -2, -381},
    {1, 1, 1, 0, 351},     {3, 0, -2, 0, -340},   {4, 0, -3, 0, 330},    {2, -1, 2, 0, 327},
    {0, 2, 1, 0, -323},    {1, 1, -1, 0, 299},    {2, 0, 3, 0, 294},
};

/* The moon's apparent longitude (Meeus 47.1-47.6 and table 47.A), degrees. */
static double moon_longitude(double t) {
    double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
    double lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t2 + t3 / 538841 - t4 / 65194000;
    double d = 297.8501921 + 445267.1114034 * t - 0.0018819 * t2 + t3 / 545868 - t4 / 113065000;
    double m = 357.5291092 + 35999.0502909 * t - 0.0001536 * t2 + t3 / 24490000;
    double mp = 134.9633964 + 477198.8675055 * t + 0.0087414 * t2 + t3 / 69699 - t4 / 14712000;
    double f = 93.2720950 + 483202.0175233 * t - 0.0036539 * t2 - t3 / 3526000 + t4 / 863310000;
    double a1 = 119.75 + 131.849 * t, a2 = 53.09 + 479264.290 * t;
    double e = 1 - 0.002516 * t - 0.0000074 * t2, sum = 0;
    for (size_t i = 0; i < sizeof moon_terms / sizeof moon_terms[0]; i++) {
        double arg = (moon_terms[i].d * d + moon_terms[i].m * m + moon_terms[i].mp * mp + moon_terms[i].f * f) * RAD;
        double scale = moon_terms[i].m == 0 ? 1 : abs(moon_terms[i].m) == 1 ? e : e * e;
        sum += (double)moon_terms[i].l * scale * sin(arg);
    }
    sum += 3958 * sin(a1 * RAD) + 1962 * sin((lp - f) * RAD) + 318 * sin(a2 * RAD);
    return norm360(lp + sum / 1e6 + nutation(t));
}

/* The Lahiri (Chitrapaksha) ayanamsa: 23.85709 degrees at J2000, moving
 * with the general precession in longitude (IAU 1976). */
static double ayanamsa(double t) { return 23.85709 + (5028.796195 * t + 1.1054348 * t * t) / 3600.0; }

static double sidereal_sun(double jd) {
    double t = centuries(jd);
    return norm360(sun_longitude(t) - ayanamsa(t));
}

static double sidereal_moon(double jd) {
    double t = centuries(jd);
    return norm360(moon_longitude(t) - ayanamsa(t));
}

/* The moon's elongation from the sun, 0..360 degrees. */
static double elongation(double jd) {
    double t = centuries(jd);
    return norm360(moon_longitude(t) - sun_longitude(t));
}

/* The moment near jd when f(jd) reaches the angle a, moving at about
 * `rate` degrees a day (Newton's method on the wrapped difference). */
static double solve(double (*f)(double), double a, double jd, double rate) {
    for (int i = 0; i < 40; i++) {
        double step = wrap180(f(jd) - a) / rate;
        jd -= step;
        if (fabs(step) < 1e-7)
            break;
    }
    return jd;
}

/* ---- the day at New Delhi ---------------------------------------------------- */

/* Days since 1970-01-01 of the IST civil day holding the UT moment jd. */
static long ist_day(double jd) { return (long)floor(jd - UNIX_JD + IST); }

/* Sunrise (rise) or sunset of the IST civil day `day` at lat/lon, as a UT
 * Julian day: the sun's upper limb on a refracted horizon (-0.833 degrees),
 * from its declination and the equation of time, iterated at the event. */
static double sun_event(long day, bool rise, double lat, double lon) {
    double jd0 = (double)day + UNIX_JD, jd = jd0 + 0.5 - lon / 360.0;
    for (int i = 0; i < 4; i++) {
        double t = centuries(jd);
        double lambda = sun_longitude(t) * RAD;
        double eps = (23.439291 - 0.0130042 * t) * RAD;
        double dec = asin(sin(eps) * sin(lambda));
        double ra = atan2(cos(eps) * sin(lambda), cos(lambda)) / RAD;
        double l0 = 280.46646 + 36000.76983 * t;
        double eqt = wrap180(l0 - 0.0057183 - ra); /* degrees */
        double cos_h = (sin(-0.833 * RAD) - sin(lat * RAD) * sin(dec)) / (cos(lat * RAD) * cos(dec));
        double h = acos(cos_h) / RAD;
        double transit = 0.5 - (lon + eqt) / 360.0; /* fraction of the UT day */
        /* east of Greenwich by less than 5.5 h of longitude (all of
         * India), the event falls on the same UT date as the IST day */
        jd = jd0 + transit + (rise ? -h : h) / 360.0;
    }
    return jd;
}

#define NONE LONG_MIN /* no day */

/* The moments a holiday's tithi is looked for at, in each day. */
enum moment {
    SUNRISE,
    MIDDAY,    /* madhyahna: the middle of the daylight */
    MORNING,   /* the end of the morning (sangava): two fifths into the daylight */
    AFTERNOON, /* aparahna: the fourth fifth of the daylight, at its middle */
    SUNSET,
    PRADOSH,   /* the evening twilight: the 144 minutes after sunset */
    MOONRISE4, /* the fourth night after full moon: moonrise, about 3 h 15 min after sunset */
    MIDNIGHT   /* nishita: halfway from sunset to the next sunrise */
};

static double moment_of(long day, enum moment m) {
    double rise = sun_event(day, true, DELHI_LAT, DELHI_LON), set = sun_event(day, false, DELHI_LAT, DELHI_LON);
    switch (m) {
    case SUNRISE:
        return rise;
    case MIDDAY:
        return (rise + set) / 2;
    case MORNING:
        return rise + 0.4 * (set - rise);
    case AFTERNOON:
        return rise + 0.7 * (set - rise);
    case SUNSET:
        return set;
    case PRADOSH:
        return set;
    case MOONRISE4:
        return set + 195.0 / 1440.0;
    case MIDNIGHT:
        return (set + sun_event(day + 1, true, DELHI_LAT, DELHI_LON)) / 2;
    }
    return rise;
}

/* Whether the day's moment (for the evening twilight, its 144 minutes from
 * sunset) meets the span [from, to). */
static bool meets(long day, enum moment m, double from, double to) {
    double a = moment_of(day, m);
    return m == PRADOSH ? a < to && a + 0.1 > from : a >= from && a < to;
}

/* The day a span [from, to) of time is kept: the first day whose moment
 * meets it (the last, with `last`). A span that meets no such moment (a
 * skipped tithi) is kept on the day it falls within: the day from one
 * daytime moment to the next, or for an evening or night moment the civil
 * day holding its middle. */
static long day_of_span(double from, double to, enum moment m, bool last) {
    long found = NONE;
    for (long d = ist_day(from) - 2; d <= ist_day(to) + 1; d++)
        if (meets(d, m, from, to)) {
            found = d;
            if (!last)
                break;
        }
    if (found != NONE)
        return found;
    if (m >= SUNSET) /* SUNSET and the moments after it in the enum */
        return ist_day((from + to) / 2);
    long d = ist_day(from) - 2;
    while (moment_of(d + 1, m) <= from)
        d++;
    return d;
}

/* ---- months ------------------------------------------------------------------ */

enum { MAX_MONTHS = (LAST_YEAR - FIRST_YEAR + 3) * 13 };

static struct month {
    double start;     /* the new moon, UT Julian day */
    int name;         /* 0 Chaitra, 1 Vaishakha, ... 11 Phalguna */
    bool adhika;      /* a leap month: its holidays are kept in the next */
    int year;         /* the Hindu year: the Gregorian year its Chaitra begins in */
} months[MAX_MONTHS];
static int nmonths;

static void make_months(void) {
    /* the mean new moon of 2000-01-06 (Meeus 49.1, k = 0), stepped back */
    double first = days_from_civil(FIRST_YEAR - 1, 11, 1) + UNIX_JD;
    double last = days_from_civil(LAST_YEAR + 2, 6, 1) + UNIX_JD;
    double k = floor((first - 2451550.09766) / SYNODIC);
    double nm[MAX_MONTHS + 1];
    int n = 0;
    for (;; k++) {
        double jd = solve(elongation, 0.0, 2451550.09766 + SYNODIC * k, 12.19);
        if (jd > last || n > MAX_MONTHS)
            break;
        nm[n++] = jd;
    }
    int year = 0;
    for (int i = 0; i + 1 < n; i++) {
        int sign = (int)(sidereal_sun(nm[i]) / 30.0), next = (int)(sidereal_sun(nm[i + 1]) / 30.0);
        struct month *mo = &months[nmonths++];
        mo->start = nm[i];
        mo->name = (sign + 1) % 12;
        mo->adhika = sign == next;
        if (mo->name == 0 && (nmonths == 1 || months[nmonths - 2].name != 0)) {
            int y, m, d;
            civil_from_days(ist_day(nm[i]), &y, &m, &d);
            year = y;
        }
        mo->year = year;
    }
}

/* The nija month `name` of Hindu year `year`. A month the sun skips (kshaya,
 * in the winters of 1963-64 and 1982-83 here) has no new moon of its own;
 * its holidays are kept in the month that holds it, the one before. NULL
 * outside the table. */
static const struct month *find_month(int year, int name) {
    const struct month *before = NULL;
    for (int i = 0; i + 1 < nmonths; i++) {
        if (months[i].year != year || months[i].adhika)
            continue;
        if (months[i].name == name)
            return &months[i];
        if (months[i].name < name)
            before = &months[i];
    }
    return before;
}

/* The span of tithi (1..30) of the nija month; false when none. */
static bool tithi_span(int year, int name, int tithi, double *from, double *to) {
    const struct month *mo = find_month(year, name);
    if (!mo || mo->year == 0)
        return false;
    *from = tithi == 1 ? mo->start : solve(elongation, 12.0 * (tithi - 1), mo->start + (tithi - 1) * 0.984, 12.19);
    *to = tithi == 30 ? mo[1].start : solve(elongation, 12.0 * tithi, mo->start + tithi * 0.984, 12.19);
    return true;
}

/* The day of tithi (1..30) of the month kept at moment m; NONE when none. */
static long tithi_day(int year, int name, int tithi, enum moment m, bool last) {
    double from, to;
    return tithi_span(year, name, tithi, &from, &to) ? day_of_span(from, to, m, last) : NONE;
}

/* Holika Dahan: the bonfire is lit in the evening twilight of the full
 * moon, but not in its first half (bhadra, the Vishti karana): the first
 * evening that meets the second half; when none does, the evening of the
 * day the full moon ends if it lasts three quarters of that day's
 * daylight (the pratipada's evening: 2016, 2023, 2026), else the evening
 * of the full moon in bhadra (2012, 2022). */
static long holika_day(int year) {
    double from, to;
    if (!tithi_span(year, 11, 15, &from, &to))
        return NONE;
    double half = (from + to) / 2;
    for (long d = ist_day(half) - 1; d <= ist_day(to); d++)
        if (meets(d, PRADOSH, half, to))
            return d;
    long end = ist_day(to);
    double rise = sun_event(end, true, DELHI_LAT, DELHI_LON), set = sun_event(end, false, DELHI_LAT, DELHI_LON);
    return to > rise + 0.75 * (set - rise) ? end : day_of_span(from, to, PRADOSH, false);
}

/* ---- solar days ---------------------------------------------------------------- */

/* The sun's sidereal ingress into `lon` degrees in Gregorian year y. */
static double ingress(int y, double lon) {
    /* the sidereal year starts near April 14 in this era */
    double guess = days_from_civil(y, 4, 14) + UNIX_JD + norm360(lon) / 360.0 * 365.25636;
    if (guess > days_from_civil(y + 1, 1, 1) + UNIX_JD)
        guess -= 365.25636;
    return solve(sidereal_sun, lon, guess, 0.9856);
}

/* The day an ingress is kept: its civil day, or the next one when it comes
 * after sunset (the rule of the Tamil and pan-Indian almanacs for Makar
 * Sankranti and Pongal). */
static long sankranti_by_sunset(double jd) {
    long d = ist_day(jd);
    return jd > sun_event(d, false, DELHI_LAT, DELHI_LON) ? d + 1 : d;
}

/* The day from sunrise to sunrise that holds the ingress (the Punjabi
 * reckoning of Vaisakhi: before sunrise it is the day before). */
static long sankranti_by_sunrise(double jd) {
    long d = ist_day(jd);
    return jd < sun_event(d, true, DELHI_LAT, DELHI_LON) ? d - 1 : d;
}

/* The first day of the solar month that begins with the sun's sidereal
 * ingress into `lon` by the Kerala rule: the ingress's day when it comes
 * before three fifths of the daylight are over, else the next day. */
static long kerala_month(int y, double lon) {
    double at = ingress(y, lon);
    long d = ist_day(at);
    double rise = sun_event(d, true, KERALA_LAT, KERALA_LON), set = sun_event(d, false, KERALA_LAT, KERALA_LON);
    return at > rise + 0.6 * (set - rise) ? d + 1 : d;
}

/* Onam: the day in the solar month of Leo (Chingam) on whose Kerala
 * morning the moon is in Shravana (Thiruvonam, 280..293.33 degrees
 * sidereal) for at least six nazhika (2 h 24 min) after sunrise (0.1 day;
 * when it holds no such morning, the one it holds at sunrise); when the
 * asterism comes twice in the month, the second time (2013: September 16,
 * not August 20). */
static long onam_day(int y, double after_sunrise) {
    long found = NONE;
    bool before = false;
    for (long d = kerala_month(y, 120.0), end = kerala_month(y, 150.0); d < end; d++) {
        double moon = sidereal_moon(sun_event(d, true, KERALA_LAT, KERALA_LON) + after_sunrise);
        bool in = moon >= 280.0 && moon < 280.0 + 40.0 / 3.0;
        if (in && !before)
            found = d;
        before = in;
    }
    return found;
}

/* ---- the holidays --------------------------------------------------------------- */

enum kind { LUNAR, AFTER_BHADRA, HOLIKA, MAKARA, MESHA, BENGALI_25_BAISHAKH, ONAM };

static const struct holiday {
    const char *name; /* the column's macro */
    enum kind kind;
    int month; /* amanta month 0 Chaitra .. 11 Phalguna */
    int tithi; /* 1..15 bright fortnight (15 full moon), 16..30 dark (30 new moon) */
    enum moment at;
    bool last; /* the tithi at the moment of two days: the second (else the first) */
    const char *what;
} holidays[] = {
    {"UGADI", LUNAR, 0, 1, SUNRISE, false, "Ugadi, Gudi Padwa: Chaitra shukla 1"},
    {"RAMA_NAVAMI", LUNAR, 0, 9, MIDDAY, false, "Rama Navami: Chaitra shukla 9 at midday"},
    {"MAHAVIR_JAYANTI", LUNAR, 0, 13, SUNRISE, false, "Mahavir Jayanti: Chaitra shukla 13"},
    {"HANUMAN_JAYANTI", LUNAR, 0, 15, SUNRISE, false, "Hanuman Jayanti: Chaitra purnima"},
    {"RATHA_YATRA", LUNAR, 3, 2, SUNRISE, false, "Ratha Yatra: Ashadha shukla 2"},
    {"GURU_PURNIMA", LUNAR, 3, 15, SUNRISE, false, "Guru Purnima: Ashadha purnima"},
    {"RAKSHA_BANDHAN", AFTER_BHADRA, 4, 15, SUNRISE, false,
     "Raksha Bandhan: Shravana purnima, the day its first half (bhadra) ends"},
    {"JANMASHTAMI", LUNAR, 4, 23, MIDNIGHT, true,
     "Krishna Janmashtami: krishna 8 of amanta Shravana (purnimanta Bhadrapada) at midnight"},
    {"GANESH_CHATURTHI", LUNAR, 5, 4, MIDDAY, false, "Ganesh Chaturthi: Bhadrapada shukla 4 at midday"},
    {"NAVARATRI", LUNAR, 6, 1, SUNRISE, false, "Sharad Navaratri begins: Ashvina shukla 1"},
    {"MAHA_SAPTAMI", LUNAR, 6, 7, SUNRISE, false, "Durga Puja's Maha Saptami: Ashvina shukla 7"},
    {"MAHA_ASHTAMI", LUNAR, 6, 8, SUNRISE, false, "Durga Ashtami: Ashvina shukla 8"},
    {"MAHA_NAVAMI", LUNAR, 6, 9, SUNRISE, false, "Maha Navami: Ashvina shukla 9"},
    {"DUSSEHRA", LUNAR, 6, 10, MORNING, false,
     "Dussehra, Vijayadashami: Ashvina shukla 10 lasting into the late morning"},
    {"VALMIKI_JAYANTI", LUNAR, 6, 15, SUNRISE, false, "Valmiki Jayanti, Pargat Diwas: Ashvina purnima"},
    {"KARVA_CHAUTH", LUNAR, 6, 19, MOONRISE4, false,
     "Karva Chauth: krishna 4 of amanta Ashvina (purnimanta Kartika) at moonrise"},
    {"DHANTERAS", LUNAR, 6, 28, PRADOSH, false, "Dhanteras: krishna 13 of amanta Ashvina in the evening"},
    {"NARAKA_CHATURDASHI", LUNAR, 6, 29, MIDNIGHT, false,
     "Naraka Chaturdashi, Kali Chaudas, Choti Diwali: krishna 14 of amanta Ashvina at midnight"},
    {"DIWALI", LUNAR, 6, 30, PRADOSH, false, "Diwali, Lakshmi Puja: the new moon ending amanta Ashvina, in the evening"},
    {"GOVARDHAN_PUJA", LUNAR, 7, 1, MORNING, false, "Govardhan Puja: Kartika shukla 1 lasting into the late morning"},
    {"BHAI_DOOJ", LUNAR, 7, 2, AFTERNOON, false, "Bhai Dooj: Kartika shukla 2 in the afternoon"},
    {"CHHATH", LUNAR, 7, 6, SUNRISE, false, "Chhath, the day of the evening offering: Kartika shukla 6"},
    {"GURU_NANAK_JAYANTI", LUNAR, 7, 15, SUNRISE, false, "Guru Nanak Jayanti: Kartika purnima"},
    {"GURU_GOBIND_SINGH_JAYANTI", LUNAR, 9, 7, SUNRISE, false, "Guru Gobind Singh Jayanti: Pausha shukla 7"},
    {"VASANT_PANCHAMI", LUNAR, 10, 5, SUNRISE, false, "Vasant Panchami: Magha shukla 5"},
    {"GURU_RAVIDAS_JAYANTI", LUNAR, 10, 15, SUNRISE, false, "Guru Ravidas Jayanti: Magha purnima"},
    {"DAYANANDA_JAYANTI", LUNAR, 10, 25, SUNRISE, false,
     "Dayananda Saraswati Jayanti: krishna 10 of amanta Magha (purnimanta Phalguna)"},
    {"MAHA_SHIVARATRI", LUNAR, 10, 29, MIDNIGHT, false,
     "Maha Shivaratri: krishna 14 of amanta Magha (purnimanta Phalguna) at midnight"},
    {"HOLIKA_DAHAN", HOLIKA, 11, 15, PRADOSH, false,
     "Holika Dahan: Phalguna purnima in the evening, out of bhadra (Holi is the day after)"},
    {"MAKAR_SANKRANTI", MAKARA, 0, 0, SUNSET, false,
     "Makar Sankranti, Thai Pongal: the sun enters sidereal Capricorn (the next day after sunset)"},
    {"VAISAKHI", MESHA, 0, 0, SUNRISE, false, "Vaisakhi: the sunrise-to-sunrise day the sun enters sidereal Aries"},
    {"RABINDRA_JAYANTI", BENGALI_25_BAISHAKH, 0, 0, SUNRISE, false,
     "Rabindra Jayanti: 25 Baishakh, Baishakh beginning the day after the civil day of that ingress"},
    {"ONAM", ONAM, 0, 0, SUNRISE, false, "Onam: the Thiruvonam day of the solar month Chingam"},
};

#define NHOLIDAYS (sizeof holidays / sizeof holidays[0])

/* The day of holiday h for Hindu year y (the Gregorian year, for the solar
 * ones); NONE when it does not occur. */
static long holiday_day(const struct holiday *h, int y) {
    switch (h->kind) {
    case LUNAR:
        return tithi_day(y, h->month, h->tithi, h->at, h->last);
    case AFTER_BHADRA: {
        /* the rakhi is tied once bhadra, the first half of the full moon,
         * is over: the civil day that half ends on */
        double from, to;
        return tithi_span(y, h->month, h->tithi, &from, &to) ? ist_day((from + to) / 2) : NONE;
    }
    case HOLIKA:
        return holika_day(y);
    case MAKARA:
        return sankranti_by_sunset(ingress(y, 270.0));
    case MESHA:
        return sankranti_by_sunrise(ingress(y, 0.0));
    case BENGALI_25_BAISHAKH:
        return ist_day(ingress(y, 0.0)) + 1 + 24;
    case ONAM: {
        long d = onam_day(y, 0.1);
        return d != NONE ? d : onam_day(y, 0.0);
    }
    }
    return NONE;
}

int main(void) {
    make_months();
    printf("/* Generated by lib/tables/gen/gen_hindu.c (sun and moon after Meeus, the\n"
           " * lunisolar rules after Reingold & Dershowitz, Lahiri ayanamsa, New Delhi).\n"
           " * Do not edit; regenerate with `cmake --build build --target figparse_tables`.\n"
           " * One row a year: the lunar holidays of the Hindu year that begins in\n"
           " * that Gregorian year's Chaitra, and the solar ones of the Gregorian\n"
           " * year, each as days after January 1 of the row's year (0xffff: none). */\n\n");
    for (size_t i = 0; i < NHOLIDAYS; i++)
        printf("#define FIGPARSE__HINDU_%s %zu /* %s */\n", holidays[i].name, i, holidays[i].what);
    printf("\n#define FIGPARSE__HINDU_FIRST %d\n", FIRST_YEAR);
    printf("#define FIGPARSE__HINDU_YEARS %d\n", LAST_YEAR - FIRST_YEAR + 1);
    printf("#define FIGPARSE__HINDU_COLUMNS %zu\n", NHOLIDAYS);
    printf("static const uint16_t figparse__hindu_days[][%zu] = {\n", NHOLIDAYS);
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        long jan1 = days_from_civil(y, 1, 1);
        printf("    {");
        for (size_t i = 0; i < NHOLIDAYS; i++) {
            long d = holiday_day(&holidays[i], y);
            if (d != NONE && (d < jan1 || d - jan1 >= 0xffff)) {
                fprintf(stderr, "gen_hindu: %s %d out of range\n", holidays[i].name, y);
                return 1;
            }
            if (d == NONE)
                printf("%s0xffff", i ? ", " : "");
            else
                printf("%s%ld", i ? ", " : "", d - jan1);
        }
        printf("}, /* %d */\n", y);
    }
    printf("};\n");
    return 0;
}
