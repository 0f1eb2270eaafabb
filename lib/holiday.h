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
 * after. Fills *o and *end (the token after it) and returns true.
 * count_may_start: false only where figparse__count_may_start() would be
 * ("3 days after Easter" is not asked then); the caller knows it already. */
bool figparse__match_holiday(figparse__window *w, int i, const figparse__date_ctx *ctx, bool count_may_start,
                             figparse_date *o, int *end);

/* Reads a date at token i into *o and *end (the grammar's read_point). */
typedef bool (*figparse__anchor_fn)(figparse__window *w, int i, const figparse__date_ctx *ctx,
                                    figparse_date *o, int *end);

/* "the closest Christmas to today", "the 3rd closest Super Tuesday to tax
 * day 2006", "the second Easter after 2030": the nth occurrence of a
 * holiday nearest the date `anchor` reads after "to", or after (before) it. */
bool figparse__match_closest_holiday(figparse__window *w, int i, const figparse__date_ctx *ctx,
                                     figparse__anchor_fn anchor, figparse_date *o, int *end);

/* False only where neither figparse__match_holiday() (without a count at
 * token i: count_may_start false) nor figparse__match_closest_holiday()
 * can read anything starting at token i. */
bool figparse__holiday_may_start(figparse__window *w, int i);

/* Whether a holiday name or "closest" starts at token i: an ordinal before
 * it is a rank ("the first Diwali", "the second closest"), not a day. */
bool figparse__holiday_follows(figparse__window *w, int i);

/* The holiday rules' own words ("next", "closest", "wk"): the kth, or
 * NULL past the last; at most FIGPARSE__HOLIDAY_WORDS_MAX of them. The
 * date-word table holds them (figparse__date_prepare()). */
#define FIGPARSE__HOLIDAY_WORDS_MAX 64
const char *figparse__holiday_word(unsigned k);

/* Adds the first words of the holiday names to a word filter. */
void figparse__holiday_filter(uint64_t *bits);
/* Adds the words the holiday rules read around a name ("next", "wk",
 * "ago", "weekend") to a word filter. */
void figparse__holiday_word_filter(uint64_t *bits);
/* Adds the words after the first of the holiday names, and each without a
 * final "s" (figparse__filter_add_later_words()). */
void figparse__holiday_later_words(uint64_t *bits);

/* For the tests: the day (days since 1970-01-01) a holiday named by `name`
 * (a folded key as in the name table, e.g. "thanksgiving") begins in the
 * Gregorian year, for the region ("US", "CA", or "" for none); *ndays gets
 * its length. False when the name is unknown or the year is out of range. */
bool figparse__holiday_in_year(const char *name, const char *region, int year, long *first,
                               int *ndays);

/* For the tests: whether the word tables are sorted and every name has a rule. */
bool figparse__holiday_table_ok(void);

#endif
