/*
 * date_names.h — internal: month and weekday names from CLDR through ICU
 * (lib/tables/date_data.inc, made by lib/tables/gen/gen_dates.c), keyed like
 * the currency names (folded, sorted by bytes).
 */
#ifndef FIGPARSE_DATE_NAMES_H
#define FIGPARSE_DATE_NAMES_H

#include <stddef.h>
#include <stdint.h>

enum { FIGPARSE__DATE_MONTH = 1, FIGPARSE__DATE_WEEKDAY = 2 };

typedef struct figparse__date_name {
    const char *key;
    uint8_t kind;   /* FIGPARSE__DATE_MONTH or _WEEKDAY */
    uint8_t value;  /* month 1..12; ISO weekday 1 (Monday) .. 7 (Sunday) */
    uint32_t langs; /* FIGPARSE__LANG_BIT()s of the languages that use it */
} figparse__date_name;

extern const figparse__date_name figparse__date_names[];
extern const size_t figparse__date_name_count;

/* The name with this key and kind in the language (FIGPARSE__LANGI_*, or -1
 * for any), preferring it over others; NULL when none. */
const figparse__date_name *figparse__date_name_find(const char *key, size_t len, int kind,
                                                    int lang);

#endif
