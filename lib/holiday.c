/*
 * holiday.c — holidays and named days. See holiday.h.
 *
 * Holidays are data: a table of rules (when a holiday falls, per region) and
 * a table of English names that point at them. A rule is one of
 *   - a Gregorian anchor day, optionally moved to the nth weekday on or
 *     after it (or, counting back, on or before it): "fourth Thursday of
 *     November" is Nov 1 + 4th Thursday, "last Monday of May" May 31 − 1st
 *     Monday, Victoria Day "the Monday on or before May 24";
 *   - a number of days from Western (Gregorian computus) or Orthodox
 *     (Julian computus) Easter;
 *   - a day of a month of the Hebrew, Islamic (Umm al-Qura) or Chinese
 *     calendar, read from lib/tables/holiday_data.inc, which
 *     lib/tables/gen/gen_holidays.c makes with ICU's calendars for the
 *     Gregorian years 1900..2100; nothing here calls ICU at run time;
 *   - a day of the Parsi (Shahenshahi) year, 365 days long;
 *   - a Hindu, Sikh or Jain holiday (Diwali, Holi, Vaisakhi, Onam) read
 *     from lib/tables/hindu_data.inc, which lib/tables/gen/gen_hindu.c
 *     computes from the positions of the sun and the moon for 1899..2100;
 * then shifted by a number of days, moved off a weekend where the holiday
 * is observed that way, and stretched over `days` days (Lent, Hanukkah).
 *
 * Jewish holidays begin at sundown: a row counts from the evening it begins
 * (Yom Kippur 2018 is 2018-09-18, the day whose evening starts it), as the
 * Hebrew calendar's days do.
 *
 * Resolution against the reference date: a bare holiday is its next
 * occurrence that has not ended; "next" the next one after the reference,
 * "last" the latest before it, "this" the bare one; a year picks the
 * occurrence that begins in that year; "in 3 years", "2 months ago" and "of
 * next year" pick the occurrence in the year of the shifted reference.
 */
#include "holiday.h"

#include "civil.h"
#include "currency.h"
#include "date_names.h"
#include "number.h"

#include <string.h>
#ifdef FIGPARSE_DATE_CHECK_STARTS /* the check build's abort() */
#include <stdlib.h>
#endif

#include "tables/hindu_data.inc"
#include "tables/holiday_data.inc"

/* ---- rules ---------------------------------------------------------------- */

enum hcal {
    CAL_GREGORIAN, CAL_EASTER, CAL_ORTHODOX, CAL_HEBREW, CAL_ISLAMIC, CAL_CHINESE,
    CAL_SHAHENSHAHI, /* the Parsi year: 365 days, no leap day */
    CAL_HINDU        /* a column of tables/hindu_data.inc: the day itself */
};

/* Regions a rule is for, from the locale hint's region subtag. A row for
 * R_ALL applies wherever no row names the region. */
enum {
    R_US = 1 << 0, R_CA = 1 << 1, R_GB = 1 << 2, R_IE = 1 << 3, R_AU = 1 << 4, R_NZ = 1 << 5,
    R_IN = 1 << 6, R_ZA = 1 << 7, R_JM = 1 << 8, R_TT = 1 << 9, R_PH = 1 << 10, R_BZ = 1 << 11,
    R_ALL = 1 << 15
};

static const struct {
    char code[3];
    uint16_t bit;
} regions[] = {{"AU", R_AU}, {"BZ", R_BZ}, {"CA", R_CA}, {"GB", R_GB}, {"IE", R_IE}, {"IN", R_IN},
               {"JM", R_JM}, {"NZ", R_NZ}, {"PH", R_PH}, {"TT", R_TT}, {"US", R_US}, {"ZA", R_ZA}};

/* How an observed date moves off the computed one. */
enum {
    ADJ_NEAREST_WEEKDAY = 1 << 0, /* Saturday → Friday, Sunday → Monday */
    ADJ_SUNDAY_BACK = 1 << 1,     /* Sunday → Saturday (King's Day) */
    ADJ_SATURDAY_ON = 1 << 2,     /* Saturday → Sunday (a fast that is not kept on Shabbat) */
    ADJ_EVERY_4 = 1 << 3,         /* only in years divisible by four (US primaries) */
    ADJ_US_FILING = 1 << 4,       /* the first weekday not DC's Emancipation Day */
    ADJ_ISRAEL_NO_SHABBAT = 1 << 5 /* Friday, Saturday → Thursday; Monday → Tuesday */
};

/* What a name means: one of these, whose rows say when. */
enum holiday_id {
    H_NONE,
    /* Gregorian, fixed */
    H_NEW_YEARS_DAY, H_NEW_YEARS_EVE, H_CHRISTMAS, H_CHRISTMAS_EVE, H_BOXING_DAY, H_VALENTINES,
    H_HALLOWEEN, H_ST_PATRICKS, H_WORLD_VEGAN_DAY, H_IDES_OF_MARCH, H_GROUNDHOG, H_LINCOLN,
    H_SIBLINGS, H_MAY_DAY_US, H_VETERANS, H_INDEPENDENCE, H_ANZAC, H_CANADA_DAY, H_VIMY,
    H_ORANGEMEN, H_GUY_FAWKES, H_GARIFUNA, H_INDIAN_ARRIVAL, H_RIZAL, H_SHIVAJI, H_DAY_OF_THE_VOW,
    H_ARBOR_WEEK, H_KRUGER, H_KINGS_DAY, H_EMANCIPATION, H_TAX_DAY, H_BOSS, H_EARTH_DAY,
    /* Gregorian, by weekday */
    H_THANKSGIVING, H_BLACK_FRIDAY, H_CYBER_MONDAY, H_MLK, H_PRESIDENTS, H_MEMORIAL, H_LABOUR,
    H_MOTHERS, H_FATHERS, H_GRANDPARENTS, H_MILITARY_SPOUSE, H_ADMIN, H_YOUTH_SERVICE, H_EMS_WEEK,
    H_EMSC_DAY, H_DST_START, H_DST_END, H_SUPER_TUESDAY, H_TSUNAMI_TUESDAY, H_MINI_TUESDAY,
    H_DISCOVERY, H_VICTORIA, H_CIVIC, H_FAMILY_DAY, H_PROVINCIAL_FEB, H_AUGUST_BANK, H_HOBART_REGATTA,
    H_RECONCILIATION_AU, H_EKKA, H_EKKA_DAY, H_HEROES, H_NAIDOC_WEEK,
    /* Easter */
    H_EASTER, H_EASTER_MONDAY, H_MAUNDY_THURSDAY, H_GOOD_FRIDAY, H_HOLY_SATURDAY, H_PALM_SUNDAY,
    H_ASH_WEDNESDAY, H_SHROVE_TUESDAY, H_PENTECOST, H_WHIT_MONDAY, H_TRINITY, H_ASCENSION,
    H_CORPUS_CHRISTI, H_LENT, H_MOTHERING_SUNDAY,
    H_ORTHODOX_EASTER, H_ORTHODOX_EASTER_MONDAY, H_ORTHODOX_GOOD_FRIDAY, H_ORTHODOX_HOLY_SATURDAY,
    H_CLEAN_MONDAY, H_LAZARUS_SATURDAY, H_GREAT_LENT, H_ORTHODOX_PALM_SUNDAY, H_ORTHODOX_PENTECOST,
    /* Hebrew */
    H_ROSH_HASHANAH, H_YOM_KIPPUR, H_SUKKOT, H_SHEMINI_ATZERET, H_SIMCHAT_TORAH, H_HANUKKAH,
    H_TU_BISHVAT, H_PURIM, H_SHUSHAN_PURIM, H_PASSOVER, H_YOM_HASHOAH, H_YOM_HAATZMAUT, H_LAG_BAOMER,
    H_SHAVUOT, H_TISHA_BAV,
    /* Islamic */
    H_RAMADAN, H_EID_AL_FITR, H_EID_AL_ADHA, H_ISLAMIC_NEW_YEAR, H_ASHURA, H_MAWLID, H_ISRA_MIRAJ,
    H_LAYLAT_AL_QADR, H_JUMUATUL_WIDA, H_ALI_BIRTHDAY,
    /* Chinese */
    H_CHINESE_NEW_YEAR, H_VESAK,
    /* Parsi */
    H_PARSI_NEW_YEAR,
    /* Hindu, Sikh and Jain (hindu_data.inc) */
    H_UGADI, H_RAMA_NAVAMI, H_MAHAVIR_JAYANTI, H_HANUMAN_JAYANTI, H_RATHA_YATRA, H_GURU_PURNIMA,
    H_RAKSHA_BANDHAN, H_JANMASHTAMI, H_GANESH_CHATURTHI, H_NAVARATRI, H_MAHA_SAPTAMI, H_MAHA_ASHTAMI,
    H_MAHA_NAVAMI, H_DUSSEHRA, H_VALMIKI_JAYANTI, H_KARVA_CHAUTH, H_DHANTERAS, H_NARAKA_CHATURDASHI,
    H_DIWALI, H_GOVARDHAN_PUJA, H_BHAI_DOOJ, H_CHHATH, H_GURU_NANAK_JAYANTI, H_GURU_GOBIND_SINGH_JAYANTI,
    H_VASANT_PANCHAMI, H_GURU_RAVIDAS_JAYANTI, H_DAYANANDA_JAYANTI, H_MAHA_SHIVARATRI, H_HOLIKA_DAHAN,
    H_HOLI, H_MAKAR_SANKRANTI, H_LOHRI, H_BOGHI, H_MATTU_PONGAL, H_KAANUM_PONGAL, H_VAISAKHI,
    H_RABINDRA_JAYANTI, H_ONAM,
    H_COUNT
};

typedef struct hrule {
    uint8_t id;       /* enum holiday_id */
    uint8_t cal;      /* enum hcal */
    uint16_t regions; /* R_* bits */
    int16_t year;     /* a holiday of one year only (or that year's exception); 0: every year */
    int8_t month;     /* Gregorian 1..12; another calendar's month as ICU numbers it */
    int8_t day;       /* the anchor day of the month (0: the day before day 1) */
    int8_t weekday;   /* ISO 1..7: the nth such day from the anchor; 0: the anchor itself */
    int8_t nth;       /* 1.. on or after the anchor, -1.. on or before it */
    int16_t shift;    /* days added: Easter + 1, the eve − 1 */
    uint8_t days;     /* length in days; 0: to the end of the month (Ramadan) */
    uint8_t adjust;   /* ADJ_* */
} hrule;

#define G(id, reg, m, d) {id, CAL_GREGORIAN, reg, 0, m, d, 0, 0, 0, 1, 0}
#define NTH(id, reg, m, d, wd, n, sh, len) {id, CAL_GREGORIAN, reg, 0, m, d, wd, n, sh, len, 0}
#define EASTER(id, sh, len) {id, CAL_EASTER, R_ALL, 0, 0, 0, 0, 0, sh, len, 0}
#define ORTHODOX(id, sh, len) {id, CAL_ORTHODOX, R_ALL, 0, 0, 0, 0, 0, sh, len, 0}
/* From the evening before the first day through the last day. */
#define HEBREW(id, m, d, len) {id, CAL_HEBREW, R_ALL, 0, m, d, 0, 0, -1, len, 0}
#define ISLAMIC(id, m, d, len) {id, CAL_ISLAMIC, R_ALL, 0, m, d, 0, 0, 0, len, 0}
#define CHINESE(id, m, d) {id, CAL_CHINESE, R_ALL, 0, m, d, 0, 0, 0, 1, 0}
/* A day of tables/hindu_data.inc, shifted; or from it to the day before
 * the column `until` (Navaratri: up to Vijayadashami). */
#define HINDU(id, col, sh) {id, CAL_HINDU, R_ALL, 0, FIGPARSE__HINDU_##col, -1, 0, 0, sh, 1, 0}
#define HINDU_UNTIL(id, col, until) \
    {id, CAL_HINDU, R_ALL, 0, FIGPARSE__HINDU_##col, FIGPARSE__HINDU_##until, 0, 0, 0, 0, 0}

enum { MON = 1, TUE, WED, THU, FRI, SAT, SUN };

/* Rows of one holiday are together; a region's own row comes before R_ALL. */
static const hrule rules[] = {
    G(H_NEW_YEARS_DAY, R_ALL, 1, 1),
    G(H_NEW_YEARS_EVE, R_ALL, 12, 31),
    G(H_CHRISTMAS, R_ALL, 12, 25),
    G(H_CHRISTMAS_EVE, R_ALL, 12, 24),
    G(H_BOXING_DAY, R_ALL, 12, 26),
    G(H_VALENTINES, R_ALL, 2, 14),
    G(H_HALLOWEEN, R_ALL, 10, 31),
    G(H_ST_PATRICKS, R_ALL, 3, 17),
    G(H_EARTH_DAY, R_ALL, 4, 22),
    G(H_WORLD_VEGAN_DAY, R_ALL, 11, 1),
    G(H_IDES_OF_MARCH, R_ALL, 3, 15),
    G(H_GROUNDHOG, R_ALL, 2, 2),
    G(H_LINCOLN, R_ALL, 2, 12),
    G(H_SIBLINGS, R_ALL, 4, 10),
    G(H_MAY_DAY_US, R_ALL, 5, 1),
    G(H_VETERANS, R_ALL, 11, 11),
    G(H_INDEPENDENCE, R_IN, 8, 15),
    G(H_INDEPENDENCE, R_PH, 6, 12),
    G(H_INDEPENDENCE, R_ALL, 7, 4),
    G(H_ANZAC, R_ALL, 4, 25),
    G(H_CANADA_DAY, R_ALL, 7, 1),
    G(H_VIMY, R_ALL, 4, 9),
    G(H_ORANGEMEN, R_ALL, 7, 12),
    G(H_GUY_FAWKES, R_ALL, 11, 5),
    G(H_GARIFUNA, R_ALL, 11, 19),
    G(H_INDIAN_ARRIVAL, R_ALL, 5, 30),
    G(H_RIZAL, R_ALL, 12, 30),
    G(H_SHIVAJI, R_ALL, 2, 19),
    G(H_DAY_OF_THE_VOW, R_ALL, 12, 16),
    NTH(H_ARBOR_WEEK, R_ALL, 9, 1, 0, 0, 0, 7),
    G(H_KRUGER, R_ALL, 10, 10),
    {H_KINGS_DAY, CAL_GREGORIAN, R_ALL, 0, 4, 27, 0, 0, 0, 1, ADJ_SUNDAY_BACK},
    {H_EMANCIPATION, CAL_GREGORIAN, R_ALL, 0, 4, 16, 0, 0, 0, 1, ADJ_NEAREST_WEEKDAY},
    {H_TAX_DAY, CAL_GREGORIAN, R_ALL, 0, 4, 15, 0, 0, 0, 1, ADJ_US_FILING},
    {H_BOSS, CAL_GREGORIAN, R_ALL, 0, 10, 16, 0, 0, 0, 1, ADJ_NEAREST_WEEKDAY},

    NTH(H_THANKSGIVING, R_CA, 10, 1, MON, 2, 0, 1),
    NTH(H_THANKSGIVING, R_ALL, 11, 1, THU, 4, 0, 1),
    NTH(H_BLACK_FRIDAY, R_ALL, 11, 1, THU, 4, 1, 1),
    NTH(H_CYBER_MONDAY, R_ALL, 11, 1, THU, 4, 4, 1),
    NTH(H_MLK, R_ALL, 1, 1, MON, 3, 0, 1),
    NTH(H_PRESIDENTS, R_ALL, 2, 1, MON, 3, 0, 1),
    G(H_MEMORIAL, R_CA, 7, 1), /* Newfoundland's Memorial Day */
    NTH(H_MEMORIAL, R_ALL, 5, 31, MON, -1, 0, 1),
    NTH(H_LABOUR, R_AU, 10, 1, MON, 1, 0, 1),
    NTH(H_LABOUR, R_NZ, 10, 1, MON, 4, 0, 1),
    NTH(H_LABOUR, R_IE, 5, 1, MON, 1, 0, 1),
    G(H_LABOUR, R_JM, 5, 23),
    G(H_LABOUR, R_TT, 6, 19),
    G(H_LABOUR, R_BZ | R_IN | R_PH | R_ZA, 5, 1),
    NTH(H_LABOUR, R_ALL, 9, 1, MON, 1, 0, 1),
    {H_MOTHERS, CAL_EASTER, R_GB, 0, 0, 0, 0, 0, -21, 1, 0}, /* Mothering Sunday */
    NTH(H_MOTHERS, R_ALL, 5, 1, SUN, 2, 0, 1),
    NTH(H_FATHERS, R_AU | R_NZ, 9, 1, SUN, 1, 0, 1),
    NTH(H_FATHERS, R_ALL, 6, 1, SUN, 3, 0, 1),
    NTH(H_GRANDPARENTS, R_ALL, 9, 7, SUN, 1, 0, 1), /* the Sunday after Labor Day */
    NTH(H_MILITARY_SPOUSE, R_ALL, 5, 1, SUN, 2, -2, 1), /* the Friday before Mother's Day */
    NTH(H_ADMIN, R_AU, 5, 1, FRI, 1, 0, 1),
    NTH(H_ADMIN, R_NZ, 4, 1, WED, 3, 0, 1),
    NTH(H_ADMIN, R_ZA, 9, 1, WED, 1, 0, 1),
    /* Wednesday of the last full Sunday-to-Saturday week of April */
    NTH(H_ADMIN, R_ALL, 4, 30, SAT, -1, -3, 1),
    NTH(H_YOUTH_SERVICE, R_ALL, 4, 30, FRI, -1, 0, 3),
    NTH(H_EMS_WEEK, R_ALL, 5, 1, SUN, 3, 0, 7),
    NTH(H_EMSC_DAY, R_ALL, 5, 1, SUN, 3, 3, 1),
    NTH(H_DST_START, R_ALL, 3, 1, SUN, 2, 0, 1),
    NTH(H_DST_END, R_ALL, 11, 1, SUN, 1, 0, 1),
    {H_SUPER_TUESDAY, CAL_GREGORIAN, R_ALL, 2008, 2, 5, 0, 0, 0, 1, 0},
    {H_SUPER_TUESDAY, CAL_GREGORIAN, R_ALL, 0, 3, 1, TUE, 1, 0, 1, ADJ_EVERY_4},
    {H_TSUNAMI_TUESDAY, CAL_GREGORIAN, R_ALL, 2008, 2, 5, 0, 0, 0, 1, 0},
    {H_MINI_TUESDAY, CAL_GREGORIAN, R_ALL, 2004, 2, 3, 0, 0, 0, 1, 0},
    NTH(H_DISCOVERY, R_CA, 6, 1, MON, 4, 0, 1),
    NTH(H_VICTORIA, R_ALL, 5, 24, MON, -1, 0, 1),
    NTH(H_CIVIC, R_CA, 8, 1, MON, 1, 0, 1),
    NTH(H_FAMILY_DAY, R_CA, 2, 1, MON, 3, 0, 1),
    NTH(H_PROVINCIAL_FEB, R_ALL, 2, 1, MON, 3, 0, 1),
    NTH(H_AUGUST_BANK, R_IE, 8, 1, MON, 1, 0, 1),
    NTH(H_AUGUST_BANK, R_ALL, 8, 31, MON, -1, 0, 1),
    NTH(H_HOBART_REGATTA, R_ALL, 2, 1, MON, 2, -2, 3),
    NTH(H_RECONCILIATION_AU, R_ALL, 5, 27, MON, 1, 0, 1),
    NTH(H_EKKA, R_ALL, 8, 5, FRI, 1, 0, 10),
    NTH(H_EKKA_DAY, R_ALL, 8, 5, FRI, 1, 5, 1), /* the show's Wednesday */
    NTH(H_HEROES, R_JM, 10, 1, MON, 3, 0, 1),
    G(H_HEROES, R_ZA, 10, 10),
    NTH(H_HEROES, R_PH, 8, 31, MON, -1, 0, 1),
    /* Sunday to Sunday from the first Sunday after July 1 (2018: 8-15 July) */
    NTH(H_NAIDOC_WEEK, R_ALL, 7, 2, SUN, 1, 0, 8),

    EASTER(H_EASTER, 0, 1),
    EASTER(H_EASTER_MONDAY, 1, 1),
    EASTER(H_MAUNDY_THURSDAY, -3, 1),
    EASTER(H_GOOD_FRIDAY, -2, 1),
    EASTER(H_HOLY_SATURDAY, -1, 1),
    EASTER(H_PALM_SUNDAY, -7, 1),
    EASTER(H_ASH_WEDNESDAY, -46, 1),
    EASTER(H_SHROVE_TUESDAY, -47, 1),
    EASTER(H_PENTECOST, 49, 1),
    EASTER(H_WHIT_MONDAY, 50, 1),
    EASTER(H_TRINITY, 56, 1),
    EASTER(H_ASCENSION, 39, 1),
    EASTER(H_CORPUS_CHRISTI, 60, 1),
    EASTER(H_LENT, -46, 46), /* Ash Wednesday through Holy Saturday */
    EASTER(H_MOTHERING_SUNDAY, -21, 1),
    ORTHODOX(H_ORTHODOX_EASTER, 0, 1),
    ORTHODOX(H_ORTHODOX_EASTER_MONDAY, 1, 1),
    ORTHODOX(H_ORTHODOX_GOOD_FRIDAY, -2, 1),
    ORTHODOX(H_ORTHODOX_HOLY_SATURDAY, -1, 1),
    ORTHODOX(H_CLEAN_MONDAY, -48, 1),
    ORTHODOX(H_LAZARUS_SATURDAY, -8, 1),
    ORTHODOX(H_GREAT_LENT, -48, 40), /* Clean Monday through the Friday before Lazarus Saturday */
    ORTHODOX(H_ORTHODOX_PALM_SUNDAY, -7, 1),
    ORTHODOX(H_ORTHODOX_PENTECOST, 49, 1),

    /* Hebrew months: 0 Tishri, 2 Kislev, 4 Shevat, 6 Adar (II), 7 Nisan,
     * 8 Iyar, 9 Sivan, 11 Av */
    HEBREW(H_ROSH_HASHANAH, 0, 1, 3),
    HEBREW(H_YOM_KIPPUR, 0, 10, 1),
    HEBREW(H_SUKKOT, 0, 15, 9), /* through Shemini Atzeret */
    HEBREW(H_SHEMINI_ATZERET, 0, 22, 1),
    HEBREW(H_SIMCHAT_TORAH, 0, 23, 1),
    HEBREW(H_HANUKKAH, 2, 25, 8), /* its eight evenings */
    HEBREW(H_TU_BISHVAT, 4, 15, 1),
    HEBREW(H_PURIM, 6, 14, 1),
    HEBREW(H_SHUSHAN_PURIM, 6, 15, 1),
    HEBREW(H_PASSOVER, 7, 15, 9), /* eight days outside Israel */
    HEBREW(H_YOM_HASHOAH, 7, 27, 1),
    {H_YOM_HAATZMAUT, CAL_HEBREW, R_ALL, 0, 8, 5, 0, 0, -1, 1, ADJ_ISRAEL_NO_SHABBAT},
    HEBREW(H_LAG_BAOMER, 8, 18, 1),
    HEBREW(H_SHAVUOT, 9, 6, 3),
    {H_TISHA_BAV, CAL_HEBREW, R_ALL, 0, 11, 9, 0, 0, -1, 1, ADJ_SATURDAY_ON},

    /* Islamic months: 0 Muharram, 2 Rabi' al-Awwal, 6 Rajab, 8 Ramadan,
     * 9 Shawwal, 11 Dhu al-Hijjah */
    ISLAMIC(H_RAMADAN, 8, 1, 0),
    ISLAMIC(H_EID_AL_FITR, 9, 1, 1),
    ISLAMIC(H_EID_AL_ADHA, 11, 10, 1),
    ISLAMIC(H_ISLAMIC_NEW_YEAR, 0, 1, 1),
    ISLAMIC(H_ASHURA, 0, 10, 1),
    ISLAMIC(H_MAWLID, 2, 12, 1),
    ISLAMIC(H_ISRA_MIRAJ, 6, 27, 1),
    ISLAMIC(H_LAYLAT_AL_QADR, 8, 27, 1),
    /* the last Friday of Ramadan: the Friday on or before its last day */
    {H_JUMUATUL_WIDA, CAL_ISLAMIC, R_ALL, 0, 9, 0, FRI, -1, 0, 1, 0},
    ISLAMIC(H_ALI_BIRTHDAY, 6, 13, 1),

    CHINESE(H_CHINESE_NEW_YEAR, 0, 1),
    CHINESE(H_VESAK, 3, 15), /* the full moon of the fourth lunar month */

    {H_PARSI_NEW_YEAR, CAL_SHAHENSHAHI, R_ALL, 0, 1, 1, 0, 0, 0, 1, 0},

    /* Computed by gen_hindu.c from the sun and the moon: the lunar ones
     * by Hindu year (the one whose Chaitra begins in that Gregorian year),
     * the solar ones by Gregorian year. */
    HINDU(H_UGADI, UGADI, 0),
    HINDU(H_RAMA_NAVAMI, RAMA_NAVAMI, 0),
    HINDU(H_MAHAVIR_JAYANTI, MAHAVIR_JAYANTI, 0),
    HINDU(H_HANUMAN_JAYANTI, HANUMAN_JAYANTI, 0),
    HINDU(H_RATHA_YATRA, RATHA_YATRA, 0),
    HINDU(H_GURU_PURNIMA, GURU_PURNIMA, 0),
    HINDU(H_RAKSHA_BANDHAN, RAKSHA_BANDHAN, 0),
    HINDU(H_JANMASHTAMI, JANMASHTAMI, 0),
    HINDU(H_GANESH_CHATURTHI, GANESH_CHATURTHI, 0),
    HINDU_UNTIL(H_NAVARATRI, NAVARATRI, DUSSEHRA), /* its nine nights, Vijayadashami after */
    HINDU(H_MAHA_SAPTAMI, MAHA_SAPTAMI, 0),
    HINDU(H_MAHA_ASHTAMI, MAHA_ASHTAMI, 0),
    HINDU(H_MAHA_NAVAMI, MAHA_NAVAMI, 0),
    HINDU(H_DUSSEHRA, DUSSEHRA, 0),
    HINDU(H_VALMIKI_JAYANTI, VALMIKI_JAYANTI, 0),
    HINDU(H_KARVA_CHAUTH, KARVA_CHAUTH, 0),
    HINDU(H_DHANTERAS, DHANTERAS, 0),
    HINDU(H_NARAKA_CHATURDASHI, NARAKA_CHATURDASHI, 0),
    HINDU(H_DIWALI, DIWALI, 0),
    HINDU(H_GOVARDHAN_PUJA, GOVARDHAN_PUJA, 0),
    HINDU(H_BHAI_DOOJ, BHAI_DOOJ, 0),
    HINDU(H_CHHATH, CHHATH, 0),
    HINDU(H_GURU_NANAK_JAYANTI, GURU_NANAK_JAYANTI, 0),
    HINDU(H_GURU_GOBIND_SINGH_JAYANTI, GURU_GOBIND_SINGH_JAYANTI, 0),
    HINDU(H_VASANT_PANCHAMI, VASANT_PANCHAMI, 0),
    HINDU(H_GURU_RAVIDAS_JAYANTI, GURU_RAVIDAS_JAYANTI, 0),
    HINDU(H_DAYANANDA_JAYANTI, DAYANANDA_JAYANTI, 0),
    HINDU(H_MAHA_SHIVARATRI, MAHA_SHIVARATRI, 0),
    HINDU(H_HOLIKA_DAHAN, HOLIKA_DAHAN, 0),
    HINDU(H_HOLI, HOLIKA_DAHAN, 1), /* the colours: the morning after the bonfire */
    HINDU(H_MAKAR_SANKRANTI, MAKAR_SANKRANTI, 0),
    HINDU(H_LOHRI, MAKAR_SANKRANTI, -1),
    HINDU(H_BOGHI, MAKAR_SANKRANTI, -1),
    HINDU(H_MATTU_PONGAL, MAKAR_SANKRANTI, 1),
    HINDU(H_KAANUM_PONGAL, MAKAR_SANKRANTI, 2),
    HINDU(H_VAISAKHI, VAISAKHI, 0),
    HINDU(H_RABINDRA_JAYANTI, RABINDRA_JAYANTI, 0),
    HINDU(H_ONAM, ONAM, 0),
};

/* ---- names ----------------------------------------------------------------- */

enum {
    NAME_CAPITAL = 1 /* a common word too ("lent"): needs a capital or a year */
};

typedef struct hname {
    const char *key; /* folded: lower case, apostrophes dropped, words one space apart */
    uint8_t id;
    uint8_t flags;
} hname;

/* English. Sorted by key in byte order (figparse__holiday_table_ok() checks). */
static const hname en_names[] = {
    {"abraham lincoln birthday", H_LINCOLN, 0},
    {"abraham lincolns birthday", H_LINCOLN, 0},
    {"admin day", H_ADMIN, 0},
    {"administrative assistants day", H_ADMIN, 0},
    {"administrative professional day", H_ADMIN, 0},
    {"administrative professionals day", H_ADMIN, 0},
    {"admins day", H_ADMIN, 0},
    {"al hijra", H_ISLAMIC_NEW_YEAR, 0},
    {"amun jadid", H_ISLAMIC_NEW_YEAR, 0},
    {"annakut", H_GOVARDHAN_PUJA, 0},
    {"anzac day", H_ANZAC, 0},
    {"arbor week", H_ARBOR_WEEK, 0},
    {"ascension day", H_ASCENSION, 0},
    {"ascension thursday", H_ASCENSION, 0},
    {"ascension to heaven", H_ISRA_MIRAJ, 0},
    {"ash wednesday", H_ASH_WEDNESDAY, 0},
    {"ashura", H_ASHURA, 0},
    {"august bank holiday", H_AUGUST_BANK, 0},
    {"baisakhi", H_VAISAKHI, 0},
    {"bakr id", H_EID_AL_ADHA, 0},
    {"bakra eid", H_EID_AL_ADHA, 0},
    {"bakrid", H_EID_AL_ADHA, 0},
    {"basant panchami", H_VASANT_PANCHAMI, 0},
    {"bhai dooj", H_BHAI_DOOJ, 0},
    {"bhai duj", H_BHAI_DOOJ, 0},
    {"bhai phonta", H_BHAI_DOOJ, 0},
    {"bhai phota", H_BHAI_DOOJ, 0},
    {"bhai tika", H_BHAI_DOOJ, 0},
    {"bhaiya dooj", H_BHAI_DOOJ, 0},
    {"bhau beej", H_BHAI_DOOJ, 0},
    {"bhogi", H_BOGHI, 0},
    {"bhogi pandigai", H_BOGHI, 0},
    {"bhogi pongal", H_BOGHI, 0},
    {"black friday", H_BLACK_FRIDAY, 0},
    {"boghi", H_BOGHI, 0},
    {"boghi pandigai", H_BOGHI, 0},
    {"bogi", H_BOGHI, NAME_CAPITAL},
    {"bogi pandigai", H_BOGHI, 0},
    {"bonfire night", H_GUY_FAWKES, 0},
    {"boss day", H_BOSS, 0},
    {"bosses day", H_BOSS, 0},
    {"bosss day", H_BOSS, 0},
    {"boxing day", H_BOXING_DAY, 0},
    {"branch sunday", H_PALM_SUNDAY, 0},
    {"british columbia day", H_CIVIC, 0},
    {"buddha day", H_VESAK, 0},
    {"buddha purnima", H_VESAK, 0},
    {"canada day", H_CANADA_DAY, 0},
    {"chaitra shukladi", H_UGADI, 0},
    {"chaitra sukhladi", H_UGADI, 0},
    {"chaitra sukladi", H_UGADI, 0},
    {"chanukah", H_HANUKKAH, 0},
    {"chanukkah", H_HANUKKAH, 0},
    {"chhat puja", H_CHHATH, 0},
    {"chhath", H_CHHATH, 0},
    {"chhath puja", H_CHHATH, 0},
    {"chhoti diwali", H_NARAKA_CHATURDASHI, 0},
    {"chhoti holi", H_HOLIKA_DAHAN, 0},
    {"chinese lunar new year", H_CHINESE_NEW_YEAR, 0},
    {"chinese lunar new years", H_CHINESE_NEW_YEAR, 0},
    {"chinese lunar new years day", H_CHINESE_NEW_YEAR, 0},
    {"chinese new year", H_CHINESE_NEW_YEAR, 0},
    {"chinese new years", H_CHINESE_NEW_YEAR, 0},
    {"chinese new years day", H_CHINESE_NEW_YEAR, 0},
    {"choti diwali", H_NARAKA_CHATURDASHI, 0},
    {"choti holi", H_HOLIKA_DAHAN, 0},
    {"christmas", H_CHRISTMAS, 0},
    {"christmas day", H_CHRISTMAS, 0},
    {"christmas eve", H_CHRISTMAS_EVE, 0},
    {"civic holiday", H_CIVIC, 0},
    {"civil rights day", H_MLK, 0},
    {"clean monday", H_CLEAN_MONDAY, 0},
    {"corpus christi", H_CORPUS_CHRISTI, 0},
    {"covenant thu", H_MAUNDY_THURSDAY, 0},
    {"covenant thursday", H_MAUNDY_THURSDAY, 0},
    {"cyber monday", H_CYBER_MONDAY, 0},
    {"daisy gatson bates day", H_PRESIDENTS, 0},
    {"dala chhath", H_CHHATH, 0},
    {"dala puja", H_CHHATH, 0},
    {"dasara", H_DUSSEHRA, 0},
    {"dasera", H_DUSSEHRA, 0},
    {"day of ashura", H_ASHURA, 0},
    {"day of reconciliation", H_DAY_OF_THE_VOW, 0},
    {"day of the covenant", H_DAY_OF_THE_VOW, 0},
    {"day of the vow", H_DAY_OF_THE_VOW, 0},
    {"dayanand saraswati jayanti", H_DAYANANDA_JAYANTI, 0},
    {"dayananda saraswati jayanti", H_DAYANANDA_JAYANTI, 0},
    {"daylight saving end", H_DST_END, 0},
    {"daylight saving end day", H_DST_END, 0},
    {"daylight saving start", H_DST_START, 0},
    {"daylight saving start day", H_DST_START, 0},
    {"daylight savings end", H_DST_END, 0},
    {"daylight savings end day", H_DST_END, 0},
    {"daylight savings start", H_DST_START, 0},
    {"daylight savings start day", H_DST_START, 0},
    {"decoration day", H_MEMORIAL, 0},
    {"deepavali", H_DIWALI, 0},
    {"deepawali", H_DIWALI, 0},
    {"dhan teras", H_DHANTERAS, 0},
    {"dhanatrayodashi", H_DHANTERAS, 0},
    {"dhanteras", H_DHANTERAS, 0},
    {"dhantrayodashi", H_DHANTERAS, 0},
    {"dhulandi", H_HOLI, 0},
    {"dhuleti", H_HOLI, 0},
    {"dhulheti", H_HOLI, 0},
    {"dipavali", H_DIWALI, 0},
    {"dipawali", H_DIWALI, 0},
    {"discovery day", H_DISCOVERY, 0},
    {"divali", H_DIWALI, 0},
    {"diwali", H_DIWALI, 0},
    {"dominion day", H_CANADA_DAY, 0},
    {"durga ashtami", H_MAHA_ASHTAMI, 0},
    {"durga navami", H_MAHA_NAVAMI, 0},
    {"durga puja", H_NAVARATRI, 0},
    {"durga saptami", H_MAHA_SAPTAMI, 0},
    {"dussehra", H_DUSSEHRA, 0},
    {"dussera", H_DUSSEHRA, 0},
    {"dusshera", H_DUSSEHRA, 0},
    {"earth day", H_EARTH_DAY, 0},
    {"easter", H_EASTER, 0},
    {"easter day", H_EASTER, 0},
    {"easter mon", H_EASTER_MONDAY, 0},
    {"easter monday", H_EASTER_MONDAY, 0},
    {"easter saturday", H_HOLY_SATURDAY, 0},
    {"easter sunday", H_EASTER, 0},
    {"eid al adha", H_EID_AL_ADHA, 0},
    {"eid al fitr", H_EID_AL_FITR, 0},
    {"eid ul adha", H_EID_AL_ADHA, 0},
    {"eid ul fitr", H_EID_AL_FITR, 0},
    {"ekka", H_EKKA, 0},
    {"ekka day", H_EKKA_DAY, 0},
    {"emancipation day", H_EMANCIPATION, 0},
    {"ems week", H_EMS_WEEK, 0},
    {"emsc day", H_EMSC_DAY, 0},
    {"family day", H_FAMILY_DAY, 0},
    {"fat tuesday", H_SHROVE_TUESDAY, 0},
    {"father day", H_FATHERS, 0},
    {"fathers day", H_FATHERS, 0},
    {"feast of booths", H_SUKKOT, 0},
    {"feast of tabernacles", H_SUKKOT, 0},
    {"feast of the ascension", H_ASCENSION, 0},
    {"feast of the ingathering", H_SUKKOT, 0},
    {"feast of the sacrifice", H_EID_AL_ADHA, 0},
    {"feast of weeks", H_SHAVUOT, 0},
    {"fourth of july", H_INDEPENDENCE, 0},
    {"ganesh chaturthi", H_GANESH_CHATURTHI, 0},
    {"ganesha chaturthi", H_GANESH_CHATURTHI, 0},
    {"garifuna settlement day", H_GARIFUNA, 0},
    {"george washington day", H_PRESIDENTS, 0},
    {"giga tuesday", H_TSUNAMI_TUESDAY, 0},
    {"global youth service day", H_YOUTH_SERVICE, 0},
    {"glorious twelfth", H_ORANGEMEN, 0},
    {"gokulashtami", H_JANMASHTAMI, 0},
    {"good friday", H_GOOD_FRIDAY, 0},
    {"govardhan puja", H_GOVARDHAN_PUJA, 0},
    {"grandparents day", H_GRANDPARENTS, 0},
    {"great fast", H_GREAT_LENT, 0},
    {"great lent", H_GREAT_LENT, 0},
    {"groundhog day", H_GROUNDHOG, 0},
    {"groundhogs day", H_GROUNDHOG, 0},
    {"gudi padwa", H_UGADI, 0},
    {"gurpurab", H_GURU_NANAK_JAYANTI, NAME_CAPITAL},
    {"gurpurb", H_GURU_NANAK_JAYANTI, NAME_CAPITAL},
    {"guru gobind singh birthday", H_GURU_GOBIND_SINGH_JAYANTI, 0},
    {"guru gobind singh gurpurab", H_GURU_GOBIND_SINGH_JAYANTI, 0},
    {"guru gobind singh jayanti", H_GURU_GOBIND_SINGH_JAYANTI, 0},
    {"guru gobind singh ji jayanti", H_GURU_GOBIND_SINGH_JAYANTI, 0},
    {"guru gobind singh prakash purab", H_GURU_GOBIND_SINGH_JAYANTI, 0},
    {"guru gobind singhs birthday", H_GURU_GOBIND_SINGH_JAYANTI, 0},
    {"guru govind singh birthday", H_GURU_GOBIND_SINGH_JAYANTI, 0},
    {"guru govind singh jayanti", H_GURU_GOBIND_SINGH_JAYANTI, 0},
    {"guru govind singhs birthday", H_GURU_GOBIND_SINGH_JAYANTI, 0},
    {"guru nanak birthday", H_GURU_NANAK_JAYANTI, 0},
    {"guru nanak dev jayanti", H_GURU_NANAK_JAYANTI, 0},
    {"guru nanak dev ji jayanti", H_GURU_NANAK_JAYANTI, 0},
    {"guru nanak devs birthday", H_GURU_NANAK_JAYANTI, 0},
    {"guru nanak gurpurab", H_GURU_NANAK_JAYANTI, 0},
    {"guru nanak jayanti", H_GURU_NANAK_JAYANTI, 0},
    {"guru nanak prakash purab", H_GURU_NANAK_JAYANTI, 0},
    {"guru nanaks birthday", H_GURU_NANAK_JAYANTI, 0},
    {"guru parab", H_GURU_NANAK_JAYANTI, 0},
    {"guru purnima", H_GURU_PURNIMA, 0},
    {"guru ravidas birthday", H_GURU_RAVIDAS_JAYANTI, 0},
    {"guru ravidas jayanti", H_GURU_RAVIDAS_JAYANTI, 0},
    {"guru ravidas ji jayanti", H_GURU_RAVIDAS_JAYANTI, 0},
    {"guru ravidass birthday", H_GURU_RAVIDAS_JAYANTI, 0},
    {"guru ravidass jayanti", H_GURU_RAVIDAS_JAYANTI, 0},
    {"guy fawkes day", H_GUY_FAWKES, 0},
    {"guy fawkes night", H_GUY_FAWKES, 0},
    {"gysd", H_YOUTH_SERVICE, 0},
    {"halloween", H_HALLOWEEN, 0},
    {"hannukah", H_HANUKKAH, 0},
    {"hannukkah", H_HANUKKAH, 0},
    {"hanukah", H_HANUKKAH, 0},
    {"hanukkah", H_HANUKKAH, 0},
    {"hanuman janmotsav", H_HANUMAN_JAYANTI, 0},
    {"hanuman jayanti", H_HANUMAN_JAYANTI, 0},
    {"hazarat alis birthday", H_ALI_BIRTHDAY, 0},
    {"hazrat alis birthday", H_ALI_BIRTHDAY, 0},
    {"heroes day", H_HEROES, 0},
    {"hijri new year", H_ISLAMIC_NEW_YEAR, 0},
    {"holi", H_HOLI, 0},
    {"holika dahan", H_HOLIKA_DAHAN, 0},
    {"holika dahana", H_HOLIKA_DAHAN, 0},
    {"holocaust day", H_YOM_HASHOAH, 0},
    {"holocaust remembrance day", H_YOM_HASHOAH, 0},
    {"holy saturday", H_HOLY_SATURDAY, 0},
    {"holy thursday", H_MAUNDY_THURSDAY, 0},
    {"hosay", H_ASHURA, 0},
    {"id al adha", H_EID_AL_ADHA, 0},
    {"id al fitr", H_EID_AL_FITR, 0},
    {"id ul adha", H_EID_AL_ADHA, 0},
    {"id ul fitr", H_EID_AL_FITR, 0},
    {"ides of march", H_IDES_OF_MARCH, 0},
    {"independence day", H_INDEPENDENCE, 0},
    {"indian arrival day", H_INDIAN_ARRIVAL, 0},
    {"islamic new year", H_ISLAMIC_NEW_YEAR, 0},
    {"islander day", H_PROVINCIAL_FEB, 0},
    {"isra and miraj", H_ISRA_MIRAJ, 0},
    {"isra miraj", H_ISRA_MIRAJ, 0},
    {"jamat ul vida", H_JUMUATUL_WIDA, 0},
    {"jamshedi navroz", H_PARSI_NEW_YEAR, 0},
    {"jamshedi nowruz", H_PARSI_NEW_YEAR, 0},
    {"janmashtami", H_JANMASHTAMI, 0},
    {"jumuatul wida", H_JUMUATUL_WIDA, 0},
    {"kaanum pongal", H_KAANUM_PONGAL, 0},
    {"kali chaudas", H_NARAKA_CHATURDASHI, 0},
    {"kama dahanam", H_HOLIKA_DAHAN, 0},
    {"kamudu pyre", H_HOLIKA_DAHAN, 0},
    {"kanni pongal", H_KAANUM_PONGAL, 0},
    {"kanum pongal", H_KAANUM_PONGAL, 0},
    {"karva chauth", H_KARVA_CHAUTH, 0},
    {"karva chouth", H_KARVA_CHAUTH, 0},
    {"karwa chauth", H_KARVA_CHAUTH, 0},
    {"karwa chouth", H_KARVA_CHAUTH, 0},
    {"king day", H_KINGS_DAY, 0},
    {"kings day", H_KINGS_DAY, 0},
    {"koningsdag", H_KINGS_DAY, 0},
    {"krishna janmashtami", H_JANMASHTAMI, 0},
    {"krishna jayanti", H_JANMASHTAMI, 0},
    {"krishnashtami", H_JANMASHTAMI, 0},
    {"kruger day", H_KRUGER, 0},
    {"labor day", H_LABOUR, 0},
    {"labour day", H_LABOUR, 0},
    {"lag baomer", H_LAG_BAOMER, 0},
    {"lag bomer", H_LAG_BAOMER, 0},
    {"lakshmi puja", H_DIWALI, 0},
    {"late summer bank holiday", H_AUGUST_BANK, 0},
    {"law day", H_MAY_DAY_US, 0},
    {"laxmi puja", H_DIWALI, 0},
    {"laylat al kadr", H_LAYLAT_AL_QADR, 0},
    {"laylat al qadr", H_LAYLAT_AL_QADR, 0},
    {"lazarus saturday", H_LAZARUS_SATURDAY, 0},
    {"lei day", H_MAY_DAY_US, 0},
    {"lent", H_LENT, NAME_CAPITAL},
    {"lincoln birthday", H_LINCOLN, 0},
    {"lincolns birthday", H_LINCOLN, 0},
    {"lohdi", H_LOHRI, 0},
    {"lohri", H_LOHRI, 0},
    {"louis riel day", H_PROVINCIAL_FEB, 0},
    {"loyalty day", H_MAY_DAY_US, 0},
    {"lunar new year", H_CHINESE_NEW_YEAR, 0},
    {"maattu pongal", H_MATTU_PONGAL, 0},
    {"magh bihu", H_MAKAR_SANKRANTI, 0},
    {"maghi", H_MAKAR_SANKRANTI, NAME_CAPITAL},
    {"maha ashtami", H_MAHA_ASHTAMI, 0},
    {"maha astami", H_MAHA_ASHTAMI, 0},
    {"maha navami", H_MAHA_NAVAMI, 0},
    {"maha saptami", H_MAHA_SAPTAMI, 0},
    {"maha shivaratri", H_MAHA_SHIVARATRI, 0},
    {"maha shivratri", H_MAHA_SHIVARATRI, 0},
    {"maharishi dayanand saraswati jayanti", H_DAYANANDA_JAYANTI, 0},
    {"maharishi valmiki jayanti", H_VALMIKI_JAYANTI, 0},
    {"mahashivaratri", H_MAHA_SHIVARATRI, 0},
    {"mahashivratri", H_MAHA_SHIVARATRI, 0},
    {"mahaveer janma kalyanak", H_MAHAVIR_JAYANTI, 0},
    {"mahaveer jayanti", H_MAHAVIR_JAYANTI, 0},
    {"mahavir janma kalyanak", H_MAHAVIR_JAYANTI, 0},
    {"mahavir jayanti", H_MAHAVIR_JAYANTI, 0},
    {"mahavira janma kalyanak", H_MAHAVIR_JAYANTI, 0},
    {"mahavira jayanti", H_MAHAVIR_JAYANTI, 0},
    {"makar sakranti", H_MAKAR_SANKRANTI, 0},
    {"makar sankranthi", H_MAKAR_SANKRANTI, 0},
    {"makar sankranti", H_MAKAR_SANKRANTI, 0},
    {"makara sankranthi", H_MAKAR_SANKRANTI, 0},
    {"makara sankranti", H_MAKAR_SANKRANTI, 0},
    {"mardi gras", H_SHROVE_TUESDAY, 0},
    {"martin luther king day", H_MLK, 0},
    {"martin luther king jr day", H_MLK, 0},
    {"martin luther kings day", H_MLK, 0},
    {"mattu pongal", H_MATTU_PONGAL, 0},
    {"mattupongal", H_MATTU_PONGAL, 0},
    {"maundy thursday", H_MAUNDY_THURSDAY, 0},
    {"mawlid", H_MAWLID, 0},
    {"mawlid al nabawi", H_MAWLID, 0},
    {"mawlid an nabi", H_MAWLID, 0},
    {"mega giga tuesday", H_TSUNAMI_TUESDAY, 0},
    {"memorial day", H_MEMORIAL, 0},
    {"milad un nabi", H_MAWLID, 0},
    {"military spouse day", H_MILITARY_SPOUSE, 0},
    {"mini tuesday", H_MINI_TUESDAY, 0},
    {"mlk day", H_MLK, 0},
    {"mlk jr day", H_MLK, 0},
    {"monday of the holy spirit", H_WHIT_MONDAY, 0},
    {"mother day", H_MOTHERS, 0},
    {"mothering sunday", H_MOTHERING_SUNDAY, 0},
    {"mothers day", H_MOTHERS, 0},
    {"naidoc week", H_NAIDOC_WEEK, 0},
    {"narak chaturdashi", H_NARAKA_CHATURDASHI, 0},
    {"narak chaturdasi", H_NARAKA_CHATURDASHI, 0},
    {"naraka chaturdashi", H_NARAKA_CHATURDASHI, 0},
    {"naraka chaturdasi", H_NARAKA_CHATURDASHI, 0},
    {"natal day", H_CIVIC, 0},
    {"national arbor week", H_ARBOR_WEEK, 0},
    {"national grandparents day", H_GRANDPARENTS, 0},
    {"national heroes day", H_HEROES, 0},
    {"national patriots day", H_VICTORIA, 0},
    {"national sibling day", H_SIBLINGS, 0},
    {"national siblings day", H_SIBLINGS, 0},
    {"national youth service day", H_YOUTH_SERVICE, 0},
    {"navarathri", H_NAVARATRI, 0},
    {"navaratri", H_NAVARATRI, 0},
    {"navratri", H_NAVARATRI, 0},
    {"new brunswick day", H_CIVIC, 0},
    {"new year day", H_NEW_YEARS_DAY, 0},
    {"new years day", H_NEW_YEARS_DAY, 0},
    {"new years eve", H_NEW_YEARS_EVE, 0},
    {"night journey", H_ISRA_MIRAJ, 0},
    {"night of measures", H_LAYLAT_AL_QADR, 0},
    {"night of power", H_LAYLAT_AL_QADR, 0},
    {"nova scotia heritage day", H_PROVINCIAL_FEB, 0},
    {"onam", H_ONAM, 0},
    {"orangemens day", H_ORANGEMEN, 0},
    {"orthodox easter", H_ORTHODOX_EASTER, 0},
    {"orthodox easter monday", H_ORTHODOX_EASTER_MONDAY, 0},
    {"orthodox easter sunday", H_ORTHODOX_EASTER, 0},
    {"orthodox good friday", H_ORTHODOX_GOOD_FRIDAY, 0},
    {"orthodox great friday", H_ORTHODOX_GOOD_FRIDAY, 0},
    {"orthodox holy saturday", H_ORTHODOX_HOLY_SATURDAY, 0},
    {"orthodox palm sunday", H_ORTHODOX_PALM_SUNDAY, 0},
    {"orthodox pentecost", H_ORTHODOX_PENTECOST, 0},
    {"orthodox shrove monday", H_CLEAN_MONDAY, 0},
    {"palm sunday", H_PALM_SUNDAY, 0},
    {"pancake day", H_SHROVE_TUESDAY, 0},
    {"pancake tuesday", H_SHROVE_TUESDAY, 0},
    {"pargat divas", H_VALMIKI_JAYANTI, 0},
    {"pargat diwas", H_VALMIKI_JAYANTI, 0},
    {"parsi new year", H_PARSI_NEW_YEAR, 0},
    {"pascha", H_ORTHODOX_EASTER, 0},
    {"passover", H_PASSOVER, 0},
    {"pentecost", H_PENTECOST, 0},
    {"pentecost monday", H_WHIT_MONDAY, 0},
    {"pesach", H_PASSOVER, 0},
    {"phagwa", H_HOLI, 0},
    {"phagwah", H_HOLI, 0},
    {"pongal", H_MAKAR_SANKRANTI, 0},
    {"president day", H_PRESIDENTS, 0},
    {"presidents day", H_PRESIDENTS, 0},
    {"prophets ascension", H_ISRA_MIRAJ, 0},
    {"prophets birthday", H_MAWLID, 0},
    {"purim", H_PURIM, 0},
    {"rabindra jayanti", H_RABINDRA_JAYANTI, 0},
    {"rabindranath jayanti", H_RABINDRA_JAYANTI, 0},
    {"rabindranath tagore jayanti", H_RABINDRA_JAYANTI, 0},
    {"rakhi", H_RAKSHA_BANDHAN, NAME_CAPITAL},
    {"rakhi purnima", H_RAKSHA_BANDHAN, 0},
    {"raksha bandan", H_RAKSHA_BANDHAN, 0},
    {"raksha bandhan", H_RAKSHA_BANDHAN, 0},
    {"rakshabandhan", H_RAKSHA_BANDHAN, 0},
    {"ram navami", H_RAMA_NAVAMI, 0},
    {"rama navami", H_RAMA_NAVAMI, 0},
    {"ramadan", H_RAMADAN, 0},
    {"ramadhan", H_RAMADAN, 0},
    {"ramanavami", H_RAMA_NAVAMI, 0},
    {"ramazan", H_RAMADAN, 0},
    {"ramnavami", H_RAMA_NAVAMI, 0},
    {"ramzaan", H_RAMADAN, 0},
    {"ramzan", H_RAMADAN, 0},
    {"rangwali holi", H_HOLI, 0},
    {"rath yatra", H_RATHA_YATRA, 0},
    {"ratha yatra", H_RATHA_YATRA, 0},
    {"rathayatra", H_RATHA_YATRA, 0},
    {"rathyatra", H_RATHA_YATRA, 0},
    {"ravidas jayanti", H_GURU_RAVIDAS_JAYANTI, 0},
    {"ravidass jayanti", H_GURU_RAVIDAS_JAYANTI, 0},
    {"reconciliation day", H_RECONCILIATION_AU, 0},
    {"rizal day", H_RIZAL, 0},
    {"rna show day", H_EKKA_DAY, 0},
    {"roop chaturdashi", H_NARAKA_CHATURDASHI, 0},
    {"roop chaudas", H_NARAKA_CHATURDASHI, 0},
    {"rosh hashana", H_ROSH_HASHANAH, 0},
    {"rosh hashanah", H_ROSH_HASHANAH, 0},
    {"rosh hashanna", H_ROSH_HASHANAH, 0},
    {"royal hobart regatta", H_HOBART_REGATTA, 0},
    {"royal national agricultural show", H_EKKA, 0},
    {"royal queensland show", H_EKKA, 0},
    {"royal queensland show day", H_EKKA_DAY, 0},
    {"sacrifice feast", H_EID_AL_ADHA, 0},
    {"saint paddys day", H_ST_PATRICKS, 0},
    {"saint patrick day", H_ST_PATRICKS, 0},
    {"saint patricks day", H_ST_PATRICKS, 0},
    {"saint valentines day", H_VALENTINES, 0},
    {"samvatsaradi", H_UGADI, 0},
    {"sankranti", H_MAKAR_SANKRANTI, NAME_CAPITAL},
    {"saraswati jayanti", H_DAYANANDA_JAYANTI, 0},
    {"saraswati puja", H_VASANT_PANCHAMI, 0},
    {"saskatchewan day", H_CIVIC, 0},
    {"secretaries day", H_ADMIN, 0},
    {"secretary day", H_ADMIN, 0},
    {"sharad navaratri", H_NAVARATRI, 0},
    {"sharad navratri", H_NAVARATRI, 0},
    {"shavuos", H_SHAVUOT, 0},
    {"shavuot", H_SHAVUOT, 0},
    {"shemini atzeret", H_SHEMINI_ATZERET, 0},
    {"shivaji jayanti", H_SHIVAJI, 0},
    {"shivaratri", H_MAHA_SHIVARATRI, 0},
    {"shivratri", H_MAHA_SHIVARATRI, 0},
    {"shri panchami", H_VASANT_PANCHAMI, 0},
    {"shri ram navami", H_RAMA_NAVAMI, 0},
    {"shrove tuesday", H_SHROVE_TUESDAY, 0},
    {"shushan purim", H_SHUSHAN_PURIM, 0},
    {"sibling day", H_SIBLINGS, 0},
    {"siblings day", H_SIBLINGS, 0},
    {"simchas torah", H_SIMCHAT_TORAH, 0},
    {"simchat torah", H_SIMCHAT_TORAH, 0},
    {"sovereigns birthday", H_VICTORIA, 0},
    {"spring festival", H_CHINESE_NEW_YEAR, 0},
    {"sri krishna janmashtami", H_JANMASHTAMI, 0},
    {"sri krishna jayanti", H_JANMASHTAMI, 0},
    {"sri panchami", H_VASANT_PANCHAMI, 0},
    {"sri rama navami", H_RAMA_NAVAMI, 0},
    {"st paddys day", H_ST_PATRICKS, 0},
    {"st patrick day", H_ST_PATRICKS, 0},
    {"st patricks day", H_ST_PATRICKS, 0},
    {"st pattys day", H_ST_PATRICKS, 0},
    {"st valentines day", H_VALENTINES, 0},
    {"succos", H_SUKKOT, 0},
    {"succot", H_SUKKOT, 0},
    {"sukkos", H_SUKKOT, 0},
    {"sukkot", H_SUKKOT, 0},
    {"summer bank holiday", H_AUGUST_BANK, 0},
    {"super duper tuesday", H_TSUNAMI_TUESDAY, 0},
    {"super tue", H_SUPER_TUESDAY, 0},
    {"super tuesday", H_SUPER_TUESDAY, 0},
    {"surya sashti", H_CHHATH, 0},
    {"surya shashthi", H_CHHATH, 0},
    {"surya shashti", H_CHHATH, 0},
    {"tagore jayanti", H_RABINDRA_JAYANTI, 0},
    {"tax day", H_TAX_DAY, 0},
    {"terry fox day", H_CIVIC, 0},
    {"thai pongal", H_MAKAR_SANKRANTI, 0},
    {"thanksgiving", H_THANKSGIVING, 0},
    {"thanksgiving day", H_THANKSGIVING, 0},
    {"thiru onam", H_ONAM, 0},
    {"thiruonam", H_ONAM, 0},
    {"thiruvonam", H_ONAM, 0},
    {"thu of mysteries", H_MAUNDY_THURSDAY, 0},
    {"thursday of mysteries", H_MAUNDY_THURSDAY, 0},
    {"tisha bav", H_TISHA_BAV, 0},
    {"trinity sunday", H_TRINITY, 0},
    {"tsunami tuesday", H_TSUNAMI_TUESDAY, 0},
    {"tu bishvat", H_TU_BISHVAT, 0},
    {"tu bshvat", H_TU_BISHVAT, 0},
    {"ugadi", H_UGADI, 0},
    {"uttarayan", H_MAKAR_SANKRANTI, NAME_CAPITAL},
    {"vaisakha", H_VESAK, 0},
    {"vaisakhi", H_VAISAKHI, 0},
    {"vaishakhi", H_VAISAKHI, 0},
    {"valentine day", H_VALENTINES, 0},
    {"valentines day", H_VALENTINES, 0},
    {"valmiki jayanti", H_VALMIKI_JAYANTI, 0},
    {"vasakhi", H_VAISAKHI, 0},
    {"vasant panchami", H_VASANT_PANCHAMI, 0},
    {"vasanta panchami", H_VASANT_PANCHAMI, 0},
    {"vesak", H_VESAK, 0},
    {"veteran day", H_VETERANS, 0},
    {"veterans day", H_VETERANS, 0},
    {"victoria day", H_VICTORIA, 0},
    {"vijaya dasami", H_DUSSEHRA, 0},
    {"vijaya dashami", H_DUSSEHRA, 0},
    {"vijayadasami", H_DUSSEHRA, 0},
    {"vijayadashami", H_DUSSEHRA, 0},
    {"vimy ridge day", H_VIMY, 0},
    {"vinayagar chathurthi", H_GANESH_CHATURTHI, 0},
    {"vinayaka chaturthi", H_GANESH_CHATURTHI, 0},
    {"vinayaka chavithi", H_GANESH_CHATURTHI, 0},
    {"visakhi", H_VAISAKHI, 0},
    {"vyasa purnima", H_GURU_PURNIMA, 0},
    {"washington birthday", H_PRESIDENTS, 0},
    {"washingtons birthday", H_PRESIDENTS, 0},
    {"whit monday", H_WHIT_MONDAY, 0},
    {"whit sunday", H_PENTECOST, 0},
    {"white sunday", H_PENTECOST, 0},
    {"whitmonday", H_WHIT_MONDAY, 0},
    {"whitsun", H_PENTECOST, 0},
    {"whitsunday", H_PENTECOST, 0},
    {"world vegan day", H_WORLD_VEGAN_DAY, 0},
    {"xmas", H_CHRISTMAS, 0},
    {"xmas day", H_CHRISTMAS, 0},
    {"xmas eve", H_CHRISTMAS_EVE, 0},
    {"yama dwitiya", H_BHAI_DOOJ, 0},
    {"yom haatzmaut", H_YOM_HAATZMAUT, 0},
    {"yom hashoah", H_YOM_HASHOAH, 0},
    {"yom kippur", H_YOM_KIPPUR, 0},
    {"yugadi", H_UGADI, 0},
};

#define NNAMES (sizeof en_names / sizeof en_names[0])

/* ---- when ------------------------------------------------------------------ */

/* Western Easter Sunday of year y (anonymous Gregorian computus). */
static long easter_day(int y) {
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return days_from_civil(y, month, day);
}

/* Orthodox Easter Sunday of year y: Meeus' Julian computus, then the Julian
 * date read in the Gregorian calendar (13 days apart in 1900..2099). */
static long orthodox_easter_day(int y) {
    int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
    return days_from_civil(y, month, day) + (y / 100 - y / 400 - 2);
}

/* The tables of holiday_data.inc, by calendar. */
static const struct {
    int first, years, months;
    const int32_t *starts; /* years × months */
} tables[] = {
    [CAL_HEBREW] = {FIGPARSE__HEBREW_FIRST, FIGPARSE__HEBREW_YEARS, 13, &figparse__hebrew_months[0][0]},
    [CAL_ISLAMIC] = {FIGPARSE__ISLAMIC_FIRST, FIGPARSE__ISLAMIC_YEARS, 12,
                     &figparse__islamic_months[0][0]},
    [CAL_CHINESE] = {FIGPARSE__CHINESE_FIRST, FIGPARSE__CHINESE_YEARS, 12,
                     &figparse__chinese_months[0][0]},
};

/* The first day of month m of year y of a table calendar; false outside
 * it. Month 12 of a twelve-month calendar is month 0 of the next year. */
static bool table_month(int cal, int y, int m, long *day) {
    if (cal < CAL_HEBREW || cal > CAL_CHINESE)
        return false;
    int months = tables[cal].months;
    if (m == months) {
        y++;
        m = 0;
    }
    int k = y - tables[cal].first;
    if (k < 0 || k >= tables[cal].years || m < 0 || m >= months)
        return false;
    *day = tables[cal].starts[(size_t)k * (size_t)months + (size_t)m];
    return true;
}

/* The year of the rule's own calendar around Gregorian year y. */
static int cycle_of(int cal, int y) {
    switch (cal) {
    case CAL_HEBREW:
        return y + 3760;
    case CAL_ISLAMIC:
        return (y - 622) * 33 / 32;
    case CAL_CHINESE:
        return y + 2637;
    default:
        return y;
    }
}

/* Moves a day to the nth weekday wd on or after it (n > 0) or on or before
 * it (n < 0). */
static long nth_weekday(long day, int wd, int n) {
    int have = weekday_of(day);
    if (n > 0)
        return day + (wd - have + 7) % 7 + 7L * (n - 1);
    return day - (have - wd + 7) % 7 - 7L * (-n - 1);
}

static long observed(long day, unsigned adjust) {
    int wd = weekday_of(day);
    if ((adjust & ADJ_NEAREST_WEEKDAY) && wd >= SAT)
        return wd == SAT ? day - 1 : day + 1;
    if ((adjust & ADJ_SUNDAY_BACK) && wd == SUN)
        return day - 1;
    if ((adjust & ADJ_SATURDAY_ON) && wd == SAT)
        return day + 1;
    /* Israel's Independence Day is kept clear of the Sabbath on both sides
     * (the rule since 2004) */
    if (adjust & ADJ_ISRAEL_NO_SHABBAT)
        return wd == FRI ? day - 1 : wd == SAT ? day - 2 : wd == MON ? day + 1 : day;
    return day;
}

/* Occurrence number `cycle` of a rule (the year of its own calendar): its
 * first day and length. False when it does not occur or is out of range. */
static bool occurrence(const hrule *r, int cycle, long *first, int *ndays) {
    if ((r->year && cycle != r->year) || ((r->adjust & ADJ_EVERY_4) && cycle % 4 != 0))
        return false;
    long day;
    int len = r->days;
    switch (r->cal) {
    case CAL_GREGORIAN:
        if (cycle < 1 || cycle > 9999)
            return false;
        day = days_from_civil(cycle, r->month, 1) + r->day - 1;
        break;
    case CAL_SHAHENSHAHI:
        /* Nowruz of the Shahenshahi calendar, 1 Farvardin, was 2018-08-17;
         * with no leap day it comes a day earlier every four years */
        if (cycle < 1900 || cycle > 2100)
            return false;
        day = days_from_civil(2018, 8, 17) + 365L * (cycle - 2018) + (r->month - 1) * 30 + r->day - 1;
        break;
    case CAL_HINDU: {
        int k = cycle - FIGPARSE__HINDU_FIRST;
        if (k < 0 || k >= FIGPARSE__HINDU_YEARS || figparse__hindu_days[k][r->month] == 0xffff)
            return false;
        long jan1 = days_from_civil(cycle, 1, 1);
        day = jan1 + figparse__hindu_days[k][r->month];
        if (r->day >= 0) { /* up to the day before column r->day */
            uint16_t until = figparse__hindu_days[k][r->day];
            if (until == 0xffff || jan1 + until <= day)
                return false;
            len = (int)(jan1 + until - day);
        }
        break;
    }
    case CAL_EASTER:
    case CAL_ORTHODOX:
        if (cycle < 1583 || cycle > 9999)
            return false;
        day = r->cal == CAL_EASTER ? easter_day(cycle) : orthodox_easter_day(cycle);
        break;
    default: {
        long start, next;
        if (!table_month(r->cal, cycle, r->month, &start))
            return false;
        day = start + r->day - 1;
        if (len == 0) { /* the whole month */
            if (!table_month(r->cal, cycle, r->month + 1, &next) || next <= start)
                return false;
            len = (int)(next - start);
        }
        break;
    }
    }
    if (r->weekday)
        day = nth_weekday(day, r->weekday, r->nth);
    if (r->adjust & ADJ_US_FILING) {
        /* the first weekday on or after the day that is not DC's
         * Emancipation Day (April 16, observed on the nearest weekday) */
        int y, m, d;
        civil_from_days(day, &y, &m, &d);
        long emancipation = observed(days_from_civil(y, 4, 16), ADJ_NEAREST_WEEKDAY);
        while (weekday_of(day) >= SAT || day == emancipation)
            day++;
    }
    day = observed(day, r->adjust) + r->shift;
    *first = day;
    *ndays = len;
    return true;
}

/* ---- regions and rows ------------------------------------------------------ */

/* The R_* bit of the locale hint's region ("en-CA" → R_CA), or 0. */
static unsigned region_bit(const char *locale) {
    for (const char *p = locale; *p; p++) {
        if (*p != '-' && *p != '_')
            continue;
        const char *s = p + 1;
        size_t n = 0;
        while (s[n] && s[n] != '-' && s[n] != '_')
            n++;
        if (n != 2)
            continue;
        char code[2] = {(char)(s[0] & ~0x20), (char)(s[1] & ~0x20)};
        for (size_t i = 0; i < sizeof regions / sizeof regions[0]; i++)
            if (regions[i].code[0] == code[0] && regions[i].code[1] == code[1])
                return regions[i].bit;
    }
    return 0;
}

/* The rows of holiday id for the region: those naming it, else those for
 * R_ALL. *n gets how many; NULL when the holiday is not kept there. */
static const hrule *rows_for(int id, unsigned region, size_t *n) {
    size_t lo = 0, count = sizeof rules / sizeof rules[0];
    while (lo < count && rules[lo].id != id)
        lo++;
    size_t hi = lo;
    while (hi < count && rules[hi].id == id)
        hi++;
    for (int pass = 0; pass < 2; pass++) {
        unsigned want = pass == 0 ? region : R_ALL;
        if (!want)
            continue;
        size_t a = lo;
        while (a < hi && !(rules[a].regions & want))
            a++;
        size_t b = a;
        while (b < hi && (rules[b].regions & want))
            b++;
        if (b > a) {
            *n = b - a;
            return &rules[a];
        }
    }
    return NULL;
}

/* Occurrence `cycle` of the holiday: a row for that very year wins. */
static bool holiday_occurrence(const hrule *r, size_t n, int cycle, long *first, int *ndays) {
    for (size_t i = 0; i < n; i++)
        if (r[i].year == cycle)
            return occurrence(&r[i], cycle, first, ndays);
    for (size_t i = 0; i < n; i++)
        if (!r[i].year && occurrence(&r[i], cycle, first, ndays))
            return true;
    return false;
}

/* Every calendar here has at most one occurrence per year of its own, and
 * a Gregorian year meets at most two of those: looking at the cycles from
 * two before to five after the guess finds the one wanted, even for a
 * holiday kept every fourth year. */
enum { CYCLE_BEFORE = 2, CYCLE_AFTER = 5 };

static int year_of(long day) {
    int y, m, d;
    civil_from_days(day, &y, &m, &d);
    return y;
}

/* A holiday of one year only ("Tsunami Tuesday"): bare, it is that day even
 * after it. */
static bool once_only(const hrule *r, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!r[i].year)
            return false;
    return true;
}

/* The occurrence that begins in Gregorian year y. */
static bool in_year(const hrule *r, size_t n, int y, long *first, int *ndays) {
    int c = cycle_of(r->cal, y);
    for (int k = c - CYCLE_BEFORE; k <= c + CYCLE_AFTER; k++)
        if (holiday_occurrence(r, n, k, first, ndays) && year_of(*first) == y)
            return true;
    return false;
}

/* The first occurrence ending on or after `day` (strictly after with
 * `after`), or the last one beginning before it (dir < 0). */
static bool around(const hrule *r, size_t n, long day, int dir, bool after, long *first,
                   int *ndays) {
    int c = cycle_of(r->cal, year_of(day));
    long f;
    int len;
    bool found = false;
    for (int k = c - CYCLE_BEFORE - 4; k <= c + CYCLE_AFTER; k++) {
        if (!holiday_occurrence(r, n, k, &f, &len))
            continue;
        if (dir < 0 ? f < day : (after ? f > day : f + len - 1 >= day)) {
            *first = f;
            *ndays = len;
            found = true;
            if (dir >= 0)
                return true;
        }
    }
    return found;
}

/* ---- reading --------------------------------------------------------------- */

/* The words around a holiday name. Sorted by key (figparse__find_key()). */
enum mword_kind {
    MW_SHIFT = 1, MW_UNIT, MW_AGO, MW_DIRECTION, MW_OF, MW_IN, MW_FROM, MW_NOW, MW_WEEKEND,
    MW_CLOSEST, MW_TO, MW_THE, MW_ORDINAL
};

typedef struct mword {
    const char *key;
    uint8_t kind;
    int8_t value; /* MW_SHIFT: -1 last, 1 next, 0 this; MW_UNIT: a figparse_grain;
                   * MW_AGO, MW_DIRECTION: -1 back, 1 on; MW_ORDINAL: 1.. */
} mword;

static const mword en_mwords[] = {
    {"after", MW_DIRECTION, 1},
    {"ago", MW_AGO, -1},
    {"back", MW_AGO, -1},
    {"before", MW_DIRECTION, -1},
    {"closest", MW_CLOSEST, 0},
    {"coming", MW_SHIFT, 1},
    {"current", MW_SHIFT, 0},
    {"day", MW_UNIT, FIGPARSE_GRAIN_DAY},
    {"days", MW_UNIT, FIGPARSE_GRAIN_DAY},
    {"fifth", MW_ORDINAL, 5},
    {"first", MW_ORDINAL, 1},
    {"fourth", MW_ORDINAL, 4},
    {"from", MW_FROM, 0},
    {"hence", MW_AGO, 1},
    {"in", MW_IN, 0},
    {"last", MW_SHIFT, -1},
    {"later", MW_AGO, 1},
    {"mo", MW_UNIT, FIGPARSE_GRAIN_MONTH},
    {"month", MW_UNIT, FIGPARSE_GRAIN_MONTH},
    {"months", MW_UNIT, FIGPARSE_GRAIN_MONTH},
    {"mos", MW_UNIT, FIGPARSE_GRAIN_MONTH},
    {"nearest", MW_CLOSEST, 0},
    {"next", MW_SHIFT, 1},
    {"now", MW_NOW, 0},
    {"of", MW_OF, 0},
    {"past", MW_SHIFT, -1},
    {"previous", MW_SHIFT, -1},
    {"second", MW_ORDINAL, 2},
    {"the", MW_THE, 0},
    {"third", MW_ORDINAL, 3},
    {"this", MW_SHIFT, 0},
    {"to", MW_TO, 0},
    {"upcoming", MW_SHIFT, 1},
    {"week", MW_UNIT, FIGPARSE_GRAIN_WEEK},
    {"weekend", MW_WEEKEND, 0},
    {"weeks", MW_UNIT, FIGPARSE_GRAIN_WEEK},
    {"wk", MW_UNIT, FIGPARSE_GRAIN_WEEK},
    {"wks", MW_UNIT, FIGPARSE_GRAIN_WEEK},
    {"year", MW_UNIT, FIGPARSE_GRAIN_YEAR},
    {"years", MW_UNIT, FIGPARSE_GRAIN_YEAR},
    {"yr", MW_UNIT, FIGPARSE_GRAIN_YEAR},
    {"yrs", MW_UNIT, FIGPARSE_GRAIN_YEAR},
};

_Static_assert(sizeof en_mwords / sizeof en_mwords[0] <= FIGPARSE__HOLIDAY_WORDS_MAX,
               "en_mwords: the date-word table has room for them");

const char *figparse__holiday_word(unsigned k) {
    return k < sizeof en_mwords / sizeof en_mwords[0] ? en_mwords[k].key : NULL;
}

/* The kind of the word at token i (0 when none); *value its value. Every
 * holiday attempt asks it of a few tokens: it reads the window's folded
 * form, and a word of letters whose bit is clear in the window's filter of
 * these words (figparse__holiday_word_filter()) is none of them; any other
 * is one probe of the parser's date-word table, which holds these words. */
static int mword_at(figparse__window *w, int i, int *value) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type != FIGPARSE__TOK_WORD || t->end - t->start > 8)
        return 0;
    size_t n = 0;
    uint32_t h = 0;
    bool letters = false;
    const char *f = figparse__folded_hash(w, i, &n, &h, &letters);
    if (!f || n + 1 > 16 || (letters && w->dnext && !figparse__filter_has(w->dnext, h)))
        return 0;
    unsigned k = n ? figparse__date_table_holiday_word(w, f, n, h) : 0;
    if (!k)
        return 0;
    const mword *m = &en_mwords[k - 1];
    if (value)
        *value = m->value;
    return m->kind;
}

/* "last" -1, "next" 1, "this" 0 at token i; 2 when none. */
static int shift_word(figparse__window *w, int i) {
    int v;
    return mword_at(w, i, &v) == MW_SHIFT ? v : 2;
}

/* A unit word at token i: its grain, or -1. */
static int unit_word(figparse__window *w, int i) {
    int v;
    return mword_at(w, i, &v) == MW_UNIT ? v : -1;
}

/* A whole number at token i in 1..limit, in digits or words ("a", "five",
 * "two thousand ten"); *end after it. */
static long count_at(figparse__window *w, int i, const figparse__date_ctx *ctx, long limit,
                     bool words_only, int *end) {
    figparse__number n;
    if (!figparse__read_number(w, i, ctx->fp, ctx->lx, &n) || n.overflow || n.has_fraction ||
        n.value.exp < 0 || n.value.exp > 4 || n.value.coef < 1 || n.value.coef > limit ||
        (words_only && n.digits))
        return 0;
    long v = (long)n.value.coef;
    for (int x = 0; x < n.value.exp; x++)
        if ((v *= 10) > limit)
            return 0;
    *end = n.end;
    return v;
}

/* A year at token i: four ASCII digits alone, or a year in words. */
static int year_at(figparse__window *w, int i, const figparse__date_ctx *ctx, int *end) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type == FIGPARSE__TOK_DIGITS) {
        const figparse__token *n = figparse__tok(w, i + 1);
        if (t->count != 4 || !(t->flags & FIGPARSE__TOKF_ASCII) ||
            ((n->type == FIGPARSE__TOK_WORD || n->type == FIGPARSE__TOK_DIGITS) && n->start == t->end))
            return 0;
        int v = 0;
        for (size_t p = t->start; p < t->end; p++)
            v = v * 10 + (w->text[p] - '0');
        if (v < 1000)
            return 0;
        *end = i + 1;
        return v;
    }
    long v = count_at(w, i, ctx, 2999, true, end);
    return v >= 1000 ? (int)v : 0;
}

/* Appends the word at token k to key (its folded form, of at most 39
 * bytes: no word of a name is longer), straight from the window. */
static bool append_word(figparse__window *w, int k, char *key, size_t *n, size_t cap) {
    size_t m = 0;
    const char *folded = figparse__folded(w, k, &m);
    if (!folded || !m || m + 1 > 40 || *n + m + 1 >= cap)
        return false;
    memcpy(key + *n, folded, m);
    *n += m;
    key[*n] = '\0';
    return true;
}

static bool is_apostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }

/* Reads one word of a name at token k with what is glued to it: "valentine's"
 * → "valentines", "b'av" → "bav", "mothers'" → "mothers". False when the
 * word ends in a stray apostrophe ("King' day"). *k moves past it. */
static bool name_word(figparse__window *w, int *k, char *key, size_t *n, size_t cap) {
    if (!append_word(w, *k, key, n, cap))
        return false;
    (*k)++;
    while (is_apostrophe(figparse__punct(w, *k)) &&
           figparse__tok(w, *k)->start == figparse__tok(w, *k - 1)->end) {
        const figparse__token *next = figparse__tok(w, *k + 1);
        if (next->type == FIGPARSE__TOK_WORD && next->start == figparse__tok(w, *k)->end) {
            if (!append_word(w, *k + 1, key, n, cap))
                return false;
            *k += 2;
        } else if (*n && key[*n - 1] == 's') {
            (*k)++; /* "presidents'" */
            break;
        } else {
            return false;
        }
    }
    return true;
}

/* The index of the first name not below key (lower bound); key[n] is NUL.
 * No name before lo is at or above key. From lo > 0 (a walk's next word:
 * the names that go on share its words so far and begin at lo) it gallops
 * first: the bound is mostly at lo or a few rows on. */
static size_t name_lower_bound(const char *key, size_t n, size_t lo) {
    size_t hi = NNAMES;
    if (lo > 0) {
        size_t step = 1;
        for (hi = lo; hi < NNAMES && figparse__key_cmp(en_names[hi].key, key, n + 1) < 0; step *= 2) {
            lo = hi + 1;
            hi = lo + step < NNAMES ? lo + step : NNAMES;
        }
    }
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (figparse__key_cmp(en_names[mid].key, key, n + 1) < 0) /* strcmp() */
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static const hname *name_walk(figparse__window *w, int i, int *end, int *reach);

/* The longest holiday name starting at token i; *end after it. Memoized
 * per token where the walk read no further than a memo may reach. */
static const hname *name_at(figparse__window *w, int i, int *end) {
    /* A name's first token is in the window's filter of them
     * (figparse__holiday_filter()) when it is a word of letters. */
    size_t fn = 0;
    uint32_t fh = 0;
    bool letters = false;
    if (w->hwords && figparse__folded_hash(w, i, &fn, &fh, &letters) && letters &&
        !figparse__filter_has(w->hwords, fh))
        return NULL;
    static const char tag;
    const figparse__memo *memo = figparse__memo_get(w, i, &tag);
    if (memo) {
        if (memo->value)
            *end = i + memo->end;
        return memo->value;
    }
    int e = i, reach = i;
    const hname *best = name_walk(w, i, &e, &reach);
    if (reach - i <= FIGPARSE__MEMO_REACH)
        figparse__memo_put(w, i, &tag, best, 0, e);
    if (best)
        *end = e;
    return best;
}

/* name_at() without the memo; *reach: at least the last token it read. */
static const hname *name_walk(figparse__window *w, int i, int *end, int *reach) {
    char key[64];
    size_t n = 0;
    int k = i;
    const hname *best = NULL;
    size_t from = 0; /* the first name that goes on past the words read */
    for (int words = 0; words < 6; words++) {
        if (figparse__type_at(w, k) != FIGPARSE__TOK_WORD)
            break;
        bool ok = name_word(w, &k, key, &n, sizeof key);
        /* name_word() reads up to the token after its last part; the
         * marks between words below, up to k + 3; k only grows */
        *reach = k + (ok ? 4 : 1);
        if (!ok)
            break;
        size_t at = name_lower_bound(key, n, from);
        if (at >= NNAMES || figparse__key_cmp(en_names[at].key, key, n) != 0)
            break; /* no name starts so */
        if (en_names[at].key[n] == '\0') {
            best = &en_names[at];
            *end = k;
            at++;
        }
        /* a longer name goes on with a space */
        if (at >= NNAMES || figparse__key_cmp(en_names[at].key, key, n) != 0 || en_names[at].key[n] != ' ')
            break;
        /* between words: spaces, a hyphen, an abbreviation's period */
        int j = k;
        if (figparse__punct(w, j) == '.')
            j++;
        j = figparse__skip_gap(w, j);
        uint32_t dash = figparse__punct(w, j);
        if (dash == '-' || dash == 0x2013)
            j = figparse__skip_gap(w, j + 1);
        if (j == k || n + 1 >= sizeof key)
            break;
        key[n++] = ' ';
        key[n] = '\0';
        k = j;
        from = at;
    }
    return best;
}

/* ---- the figure ------------------------------------------------------------ */

static void set_days(figparse_date *o, long first, int ndays) {
    int y, m, d;
    memset(&o->first, 0, sizeof o->first);
    memset(&o->last, 0, sizeof o->last);
    civil_from_days(first, &y, &m, &d);
    o->first.year = y;
    o->first.month = (uint8_t)m;
    o->first.day = (uint8_t)d;
    civil_from_days(first + (ndays > 0 ? ndays - 1 : 0), &y, &m, &d);
    o->last.year = y;
    o->last.month = (uint8_t)m;
    o->last.day = (uint8_t)d;
    o->grain = FIGPARSE_GRAIN_DAY;
}

/* A day shifted by count units: "in 3 years", "2 months ago", "two weeks
 * before". A month or year later the day of the month is kept where it
 * exists (Jan 31 + 1 month: Feb 28). */
static long add_units(long day, long count, int unit) {
    if (unit == FIGPARSE_GRAIN_DAY || unit == FIGPARSE_GRAIN_WEEK)
        return day + count * (unit == FIGPARSE_GRAIN_WEEK ? 7 : 1);
    int y, m, d;
    civil_from_days(day, &y, &m, &d);
    long mm = (long)y * 12 + (m - 1) + (unit == FIGPARSE_GRAIN_YEAR ? 12 * count : count);
    if (mm < 12 || mm >= 10000L * 12)
        return day; /* out of the calendar: no shift */
    int yy, mo;
    civil_from_months(mm, &yy, &mo);
    int dd = d > month_days(yy, mo) ? month_days(yy, mo) : d;
    return days_from_civil(yy, mo, dd);
}

/* An ordinal at token i, 1..5: "second", "3rd"; *end after it. */
static int ordinal_at(figparse__window *w, int i, int *end) {
    int v;
    const figparse__token *t = figparse__tok(w, i), *s;
    size_t len = t->end - t->start;
    int c0 = t->start < w->len ? w->text[t->start] | 0x20 : 0; /* first, second, ...; END starts at len */
    if (t->type == FIGPARSE__TOK_WORD && (len == 5 || len == 6) && (c0 == 'f' || c0 == 's' || c0 == 't') &&
        mword_at(w, i, &v) == MW_ORDINAL) {
        *end = i + 1;
        return v;
    }
    char suffix[4];
    if (t->type != FIGPARSE__TOK_DIGITS || t->count != 1 || (s = figparse__tok(w, i + 1))->type != FIGPARSE__TOK_WORD ||
        s->start != t->end || figparse__word_lower(w, i + 1, suffix, sizeof suffix) != 2)
        return 0;
    int n = w->text[t->start] - '0';
    static const char *const want[] = {"", "st", "nd", "rd", "th", "th"};
    if (n < 1 || n > 5 || memcmp(suffix, want[n], 2) != 0)
        return 0;
    *end = i + 2;
    return n;
}

/* "the third Tuesday after", "2nd Friday before" at token i, before a
 * holiday: the ordinal, the ISO weekday and the direction; *end at the
 * holiday. */
static bool weekday_prefix(figparse__window *w, int i, int *nth, int *wd, int *dir, int *end) {
    int k, n_th = ordinal_at(w, i, &k);
    if (!n_th || !figparse__is_gap(w, k) || figparse__type_at(w, k + 1) != FIGPARSE__TOK_WORD)
        return false;
    char buf[16];
    size_t n = figparse__word_lower(w, k + 1, buf, sizeof buf);
    const figparse__date_name *d =
        n ? figparse__date_name_find(buf, n, FIGPARSE__DATE_WEEKDAY, FIGPARSE__LANGI_EN) : NULL;
    if (!d || !figparse__is_gap(w, k + 2) || mword_at(w, k + 3, dir) != MW_DIRECTION ||
        !figparse__is_gap(w, k + 4))
        return false;
    *nth = n_th;
    *wd = d->value;
    *end = k + 5;
    return true;
}

/* "three days after", "2 weeks before" at token i, before a holiday: the
 * signed count and unit; *end at the holiday. */
static bool offset_prefix(figparse__window *w, int i, const figparse__date_ctx *ctx, bool count_may_start,
                          long *count, int *unit, int *end) {
    /* the unit right after a number of one token ("3", "three") or of
     * three ("twenty-five", "two hundred"), then "before" or "after": all
     * checked before reading the number, which most dates are not */
#ifdef FIGPARSE_DATE_CHECK_STARTS
    if (!count_may_start && figparse__count_may_start(w, i, ctx))
        abort(); /* the caller's answer must be certain */
#endif
    if (!count_may_start || !figparse__count_may_start(w, i, ctx))
        return false; /* count_at() reads nothing here */
    int at = figparse__is_gap(w, i + 1) && unit_word(w, i + 2) >= 0 ? i + 2
           : unit_word(w, i + 4) >= 0                               ? i + 4
                                                                    : -1;
    int dir, x;
    long c;
    if (at < 0 || !figparse__is_gap(w, at + 1) || mword_at(w, at + 2, &dir) != MW_DIRECTION ||
        !figparse__is_gap(w, at + 3) || !(c = count_at(w, i, ctx, 999, false, &x)) || x + 1 != at)
        return false;
    *unit = unit_word(w, at);
    *count = dir * c;
    *end = at + 4;
    return true;
}

bool figparse__match_holiday(figparse__window *w, int i, const figparse__date_ctx *ctx, bool count_may_start,
                             figparse_date *o, int *end) {
    long move = 0;
    int move_unit = -1, move_nth = 0, move_wd = 0, move_dir = 0;
    int at;
    if (offset_prefix(w, i, ctx, count_may_start, &move, &move_unit, &at) ||
        weekday_prefix(w, i, &move_nth, &move_wd, &move_dir, &at))
        i = at; /* "three days after Easter", "the third Tuesday after Christmas" */
    int v0 = 0, k0 = mword_at(w, i, &v0);
    bool weekend = k0 == MW_WEEKEND && figparse__is_gap(w, i + 1) && mword_at(w, i + 2, NULL) == MW_OF &&
                   figparse__is_gap(w, i + 3);
    if (weekend) {
        i += 4; /* "the weekend of Halloween" */
        k0 = mword_at(w, i, &v0);
    }
    if (figparse__type_at(w, i) != FIGPARSE__TOK_WORD || !figparse__word_known(w, i))
        return false;
    const figparse *fp = ctx->fp;
    int j = i;
    int shift = k0 == MW_SHIFT ? v0 : 2; /* shift_word() */
    if (shift != 2) {
        if (!figparse__is_gap(w, i + 1))
            return false;
        j = i + 2;
    }
    int e;
    const hname *name = name_at(w, j, &e);
    if (!name)
        return false;
    size_t nrows;
    const hrule *r = rows_for(name->id, region_bit(fp->opts.locale), &nrows);
    if (!r)
        return false;

    /* what follows: a year, "of next year", "in 3 years", "2 months ago" */
    int year = 0, yshift = 2, unit = -1;
    long count = 0;
    int k = figparse__is_gap(w, e) || figparse__punct(w, e) == ',' ? e + 1 : -1, x, ye;
    if (k >= 0 && shift == 2) {
        int mk = mword_at(w, k, NULL);
        bool of = mk == MW_OF, in = mk == MW_IN;
        int a = (of || in) && figparse__is_gap(w, k + 1) ? k + 2 : k;
        int s;
        if ((year = year_at(w, a, ctx, &ye)) != 0) {
            e = ye;
        } else if (figparse__punct(w, e) == ',' && figparse__is_gap(w, e + 1) &&
                   (year = year_at(w, e + 2, ctx, &ye)) != 0) {
            e = ye; /* "Fourth of July, 1995" */
        } else if (!in && (s = shift_word(w, a)) != 2 && figparse__is_gap(w, a + 1) &&
                   unit_word(w, a + 2) == FIGPARSE_GRAIN_YEAR) {
            yshift = s; /* "of next year", "last year" */
            e = a + 3;
        } else if (!of && (count = count_at(w, a, ctx, 999, false, &x)) != 0 &&
                   figparse__is_gap(w, x) && (unit = unit_word(w, x + 1)) >= 0) {
            int after = x + 2, ago = 0;
            int next = figparse__is_gap(w, after) ? mword_at(w, after + 1, &ago) : 0;
            if (in) {
                e = after; /* "in 9 months" */
            } else if (next == MW_FROM && figparse__is_gap(w, after + 2) &&
                       mword_at(w, after + 3, NULL) == MW_NOW) {
                e = after + 4;
            } else if (next == MW_AGO) {
                count *= ago; /* "2 years ago", "3 years hence" */
                e = after + 2;
            } else {
                unit = -1;
            }
        }
    }
    if (figparse__is_gap(w, e) && mword_at(w, e + 1, NULL) == MW_WEEKEND) {
        weekend = true; /* "Labor Day weekend", "Labor Day weekend 2026" */
        e += 2;
        if (!year && shift == 2 && unit < 0 && yshift == 2 && figparse__is_gap(w, e) &&
            (year = year_at(w, e + 1, ctx, &ye)) != 0)
            e = ye;
    }
    /* a name that is also a common word ("lent") needs a capital or a year */
    if ((name->flags & NAME_CAPITAL) && !year && !(figparse__tok(w, j)->flags & FIGPARSE__TOKF_INITCAP))
        return false;

    long first;
    int ndays;
    bool have_ref = fp->opts.ref_year != 0;
    if (year) {
        if (!in_year(r, nrows, year, &first, &ndays))
            return false;
    } else if (!have_ref) {
        /* no reference: relative and unresolved, like "next year" */
        memset(&o->first, 0, sizeof o->first);
        memset(&o->last, 0, sizeof o->last);
        o->grain = FIGPARSE_GRAIN_DAY;
        o->flags |= FIGPARSE_DATE_RELATIVE | FIGPARSE_DATE_UNRESOLVED;
        o->offset = unit >= 0 ? (int32_t)count : yshift != 2 ? yshift : shift == 2 ? 0 : shift;
        o->unit = unit >= 0 ? (figparse_grain)unit : FIGPARSE_GRAIN_YEAR;
        *end = e;
        return true;
    } else {
        long today = days_from_civil(fp->opts.ref_year, fp->opts.ref_month, fp->opts.ref_day);
        bool ok;
        if (unit >= 0)
            ok = in_year(r, nrows, year_of(add_units(today, count, unit)), &first, &ndays);
        else if (yshift != 2)
            ok = in_year(r, nrows, fp->opts.ref_year + yshift, &first, &ndays);
        else if (shift < 0)
            ok = around(r, nrows, today, -1, false, &first, &ndays);
        else
            ok = around(r, nrows, today, 1, shift == 1, &first, &ndays) ||
                 (shift == 2 && once_only(r, nrows) && in_year(r, nrows, r->year, &first, &ndays));
        if (!ok)
            return false;
        o->flags |= FIGPARSE_DATE_RELATIVE;
        o->offset = unit >= 0 ? (int32_t)count : yshift != 2 ? yshift : shift == 2 ? 0 : shift;
        o->unit = unit >= 0 ? (figparse_grain)unit : FIGPARSE_GRAIN_YEAR;
    }
    if (move_unit >= 0) {
        first = add_units(first, move, move_unit); /* a day counted from the holiday */
        ndays = 1;
    } else if (move_nth) {
        /* the nth such weekday strictly after its last day, or before its first */
        first = move_dir > 0 ? nth_weekday(first + (ndays > 0 ? ndays : 1), move_wd, move_nth)
                             : nth_weekday(first - 1, move_wd, -move_nth);
        ndays = 1;
    } else if (weekend && ndays == 1) {
        /* the holiday with the weekend it makes long: Saturday to a Monday
         * or Tuesday holiday, a Wednesday to Friday one to Sunday */
        int wd = weekday_of(first);
        long from = wd == SUN ? first - 1 : wd <= TUE ? first - (wd + 1) : first;
        long to = wd == SAT ? first + 1 : wd == SUN || wd <= TUE ? first : first + (SUN - wd);
        first = from;
        ndays = (int)(to - from + 1);
    }
    set_days(o, first, ndays); /* one holiday: not a range of two points */
    *end = e;
    return true;
}

/* Every calendar here has at most one occurrence per cycle, and a holiday
 * kept every fourth year needs four cycles per place: this many on each
 * side of the anchor's find the fifth closest. */
enum { CLOSEST_SPAN = 24 };

bool figparse__match_closest_holiday(figparse__window *w, int i, const figparse__date_ctx *ctx,
                                     figparse__anchor_fn anchor, figparse_date *o, int *end) {
    if (ctx->anchor)
        return false; /* no "closest" inside the anchor of another */
    /* the cheap test first, on this token alone: can it open "the",
     * "second", "3rd" or "closest"? */
    const figparse__token *t = figparse__tok(w, i);
    size_t len0 = t->end - t->start;
    int c0 = t->start < w->len ? w->text[t->start] | 0x20 : 0; /* the END token starts at len */
    if (t->type == FIGPARSE__TOK_DIGITS ? t->count != 1
        : t->type != FIGPARSE__TOK_WORD ||
              !((len0 == 3 && c0 == 't') || ((len0 == 5 || len0 == 6) && (c0 == 'f' || c0 == 's' || c0 == 't')) ||
                (len0 == 7 && (c0 == 'c' || c0 == 'n'))))
        return false;
    int k = i, x;
    if (mword_at(w, k, NULL) == MW_THE && figparse__is_gap(w, k + 1))
        k += 2;
    int nth = ordinal_at(w, k, &x);
    bool ordinal = nth != 0;
    if (nth) {
        if (!figparse__is_gap(w, x))
            return false;
        k = x + 1;
    } else {
        nth = 1;
    }
    /* "closest NAME to", or with an ordinal "NAME after" / "NAME before" */
    bool closest = mword_at(w, k, NULL) == MW_CLOSEST && figparse__is_gap(w, k + 1);
    if (!closest && !ordinal)
        return false;
    int e, dir = 0;
    const hname *name = name_at(w, closest ? k + 2 : k, &e);
    size_t nrows;
    const hrule *r = name ? rows_for(name->id, region_bit(ctx->fp->opts.locale), &nrows) : NULL;
    if (r && figparse__punct(w, e) == '.')
        e++; /* "super tue." */
    if (!r || !figparse__is_gap(w, e) ||
        (closest ? mword_at(w, e + 1, NULL) != MW_TO : mword_at(w, e + 1, &dir) != MW_DIRECTION) ||
        !figparse__is_gap(w, e + 2))
        return false;
    int a = e + 3, ae;
    if (mword_at(w, a, NULL) == MW_THE && figparse__is_gap(w, a + 1))
        a += 2; /* "to the third Sunday of 2015" */
    figparse__date_ctx inner = *ctx;
    inner.anchor = true;
    figparse_date at;
    if (!anchor(w, a, &inner, &at, &ae) || (at.flags & FIGPARSE_DATE_UNRESOLVED) || at.first.year == 0)
        return false;
    long from = days_from_civil(at.first.year, at.first.month ? at.first.month : 1,
                                at.first.day ? at.first.day : 1);
    long to = at.last.year ? days_from_civil(at.last.year, at.last.month ? at.last.month : 12,
                                             at.last.day ? at.last.day : 31)
                           : from;
    /* the occurrences around the anchor: the nth nearest it (ties go to
     * the earlier), or the nth after its last day or before its first */
    long got[2 * CLOSEST_SPAN + 1];
    int len[2 * CLOSEST_SPAN + 1], n = 0;
    int c = cycle_of(r->cal, at.first.year);
    for (int q = c - CLOSEST_SPAN; q <= c + CLOSEST_SPAN; q++)
        if (holiday_occurrence(r, nrows, q, &got[n], &len[n]))
            n++;
    long first = 0;
    int ndays = 0;
    for (int pick = 0; pick < nth; pick++) {
        int best = -1;
        long db = 0;
        for (int q = 0; q < n; q++) {
            long dq = dir > 0 ? got[q] - to : dir < 0 ? from - got[q] : got[q] > from ? got[q] - from : from - got[q];
            if (len[q] < 0 || (dir && dq <= 0))
                continue;
            if (best < 0 || dq < db || (dq == db && got[q] < got[best])) {
                best = q;
                db = dq;
            }
        }
        if (best < 0)
            return false;
        first = got[best];
        ndays = len[best];
        len[best] = -1; /* taken */
    }
    set_days(o, first, ndays);
    *end = ae;
    return true;
}

bool figparse__holiday_may_start(figparse__window *w, int i) {
    /* Without a count at token i (offset_prefix()), both read at token i
     * only an ordinal of one digit ("3rd Tuesday after", "2nd closest":
     * ordinal_at()), a rule word (an ordinal, "the", "closest", "next",
     * "weekend": mword_at()) or the first word of a name (name_at()). */
    const figparse__token *t = figparse__tok(w, i);
    if (t->type != FIGPARSE__TOK_WORD)
        return t->type == FIGPARSE__TOK_DIGITS && t->count == 1;
    int e;
    return mword_at(w, i, NULL) != 0 || name_at(w, i, &e) != NULL;
}

bool figparse__holiday_follows(figparse__window *w, int i) {
    int e;
    return mword_at(w, i, NULL) == MW_CLOSEST || name_at(w, i, &e) != NULL;
}

void figparse__holiday_filter(uint64_t *bits) {
    for (size_t i = 0; i < NNAMES; i++) {
        const char *key = en_names[i].key;
        figparse__filter_add_key(bits, key);
        /* keys drop apostrophes, text has them: "Orangemen's" starts with
         * the token "Orangemen", "Jumu'atul" with "Jumu" */
        size_t n = strcspn(key, " ");
        char stem[32];
        if (n > 1 && n < sizeof stem && key[n - 1] == 's') {
            memcpy(stem, key, n - 1);
            stem[n - 1] = '\0';
            figparse__filter_add_key(bits, stem);
        }
    }
    figparse__filter_add_key(bits, "jumu");
    figparse__filter_add_key(bits, "weekend"); /* "weekend of Halloween" */
    figparse__filter_add_key(bits, "closest"); /* "the closest Christmas to ..." */
    figparse__filter_add_key(bits, "nearest");
}

void figparse__holiday_later_words(uint64_t *bits) {
    for (size_t i = 0; i < NNAMES; i++) {
        const char *key = en_names[i].key;
        figparse__filter_add_later_words(bits, key);
        /* and each word without a final "s", as the text may write it
         * with an apostrophe the key dropped ("Patrick's") */
        char stems[64];
        size_t n = strlen(key), k = 0;
        if (n >= sizeof stems)
            continue;
        for (size_t j = 0; j < n; j++)
            if (!(key[j] == 's' && j > 0 && (j + 1 == n || key[j + 1] == ' ')))
                stems[k++] = key[j];
        stems[k] = '\0';
        figparse__filter_add_later_words(bits, stems);
    }
}

void figparse__holiday_word_filter(uint64_t *bits) {
    for (size_t i = 0; i < sizeof en_mwords / sizeof en_mwords[0]; i++)
        figparse__filter_add_key(bits, en_mwords[i].key);
}

bool figparse__holiday_in_year(const char *name, const char *region, int year, long *first,
                               int *ndays) {
    size_t n = strlen(name), at = name_lower_bound(name, n, 0);
    if (at >= NNAMES || strcmp(en_names[at].key, name) != 0)
        return false;
    char tag[8] = "en-";
    if (region && strlen(region) == 2)
        memcpy(tag + 3, region, 3);
    size_t nrows;
    const hrule *r = rows_for(en_names[at].id, region_bit(tag), &nrows);
    return r && in_year(r, nrows, year, first, ndays);
}

bool figparse__holiday_table_ok(void) {
    for (size_t i = 1; i < NNAMES; i++)
        if (strcmp(en_names[i - 1].key, en_names[i].key) >= 0)
            return false;
    for (size_t i = 1; i < sizeof en_mwords / sizeof en_mwords[0]; i++)
        if (strcmp(en_mwords[i - 1].key, en_mwords[i].key) >= 0)
            return false;
    for (size_t i = 0; i < NNAMES; i++) {
        bool any = false;
        for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++)
            any |= rules[r].id == en_names[i].id;
        if (!any)
            return false;
    }
    /* the rows of one holiday are together */
    for (size_t r = 1; r < sizeof rules / sizeof rules[0]; r++)
        for (size_t q = 0; q + 1 < r; q++)
            if (rules[q].id == rules[r].id && rules[r - 1].id != rules[r].id)
                return false;
    return true;
}
