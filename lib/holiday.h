/*
 * holiday.h — internal: holidays and named days ("thanksgiving 2014", "last
 * Easter", "Eid al-Fitr", "Chanukah") as days or day ranges, from a table of
 * rules per language (see holiday.c).
 */
#ifndef FIGPARSE_HOLIDAY_H
#define FIGPARSE_HOLIDAY_H

#include "date.h"

/* Reads a holiday starting at token i, with what qualifies it: "next",
 * "last", "this" before; a year, "of next year", "in 3 years", "2 years ago"
 * after. Fills *o and *end (the token after it) and returns true. */
bool figparse__match_holiday(figparse__window *w, int i, const figparse__date_ctx *ctx,
                             figparse_date *o, int *end);

/* Adds the first words of the holiday names to a word filter. */
void figparse__holiday_filter(uint64_t *bits);
/* Adds the words the holiday rules read around a name ("next", "wk",
 * "ago", "weekend") to a word filter. */
void figparse__holiday_word_filter(uint64_t *bits);

/* For the tests: the day (days since 1970-01-01) a holiday named by `name`
 * (a folded key as in the name table, e.g. "thanksgiving") begins in the
 * Gregorian year, for the region ("US", "CA", or "" for none); *ndays gets
 * its length. False when the name is unknown or the year is out of range. */
bool figparse__holiday_in_year(const char *name, const char *region, int year, long *first,
                               int *ndays);

/* For the tests: whether the word tables are sorted and every name has a rule. */
bool figparse__holiday_table_ok(void);

#endif
