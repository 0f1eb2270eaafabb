/*
 * date.h — internal: the date grammar. Absolute, partial, quarter, fiscal,
 * relative and CJK dates as inclusive intervals at a grain.
 */
#ifndef FIGPARSE_DATE_H
#define FIGPARSE_DATE_H

#include "internal.h"
#include "lexicon.h"
#include "window.h"

typedef struct figparse__date_ctx {
    const figparse *fp;
    const figparse__lexicon *lx;
    /* Day-first memory for numeric dates: 0 unknown, 1 day first, 2 month
     * first, as settled by an unambiguous date earlier in the document.
     * NULL when there is no document. */
    int *order;
    /* Set by the grammar itself when the text is nothing but a short field
     * ("1974", "thu", "15-2"): forms too loose for running text count. */
    bool field;
    /* Reading the date a holiday is the closest to: no "closest" inside. */
    bool anchor;
} figparse__date_ctx;

typedef struct figparse__date_match {
    size_t start, end;
    figparse_date date;
} figparse__date_match;

/* Tries to read a date figure starting at token 0 of the window. */
bool figparse__match_date(figparse__window *w, const figparse__date_ctx *ctx,
                          figparse__date_match *m);

/* Whether token 0 can start a date at all (a cheap filter). */
bool figparse__date_may_start(figparse__window *w, const figparse__date_ctx *ctx);

/* Whether a whole number may start at token i (figparse__read_number()'s
 * first tests, as ctx->lx reads it): digits, a CJK word, or a word of a
 * number in words ("a", "three", "zweihundert"). A false answer is certain;
 * a true one is not. */
bool figparse__count_may_start(figparse__window *w, int i, const figparse__date_ctx *ctx);

/* A text of at most this many bytes from a date's first token on (and
 * only space before it) is read as one short field, where forms of their
 * own are allowed ("=2019"): figparse__match_date() and its gate. */
#define FIGPARSE__DATE_SHORT_FIELD 40

/* Adds the date words and names to a word filter (see tokenize.h). */
void figparse__date_filter(uint64_t *bits);
/* The same without the holiday names: the words a date other than a
 * holiday can start with (read_point() asks only the holidays at any other
 * word). */
void figparse__date_start_filter(uint64_t *bits);
/* Words a date may read after its first word that the word filter does not
 * hold: a weekday name with an "s" ("3 fridays ago") and the holiday rules'
 * own words ("wk", "mos"). */
void figparse__date_next_filter(uint64_t *bits);
/* Adds the words after the first of the date words, month, weekday and
 * holiday names (see figparse__filter_add_later_words()). */
void figparse__date_later_words(uint64_t *bits);
/* strncmp(row, key, len), inline (its sign, bytes as unsigned char): the
 * searches of the name tables compare a dozen rows per lookup, and the
 * library call was most of their cost. With len one past a NUL-terminated
 * key it is strcmp(). */
static inline int figparse__key_cmp(const char *row, const char *key, size_t len) {
    for (size_t k = 0; k < len; k++) {
        unsigned char a = (unsigned char)row[k], b = (unsigned char)key[k];
        if (a != b)
            return a < b ? -1 : 1;
        if (a == '\0')
            return 0;
    }
    return 0;
}

/* Fills the parser's date-word table (figparse_new()), with the holiday
 * rules' words (figparse__holiday_word()). */
void figparse__date_prepare(figparse *fp);
/* The index + 1 of the holiday rules' word that the n bytes at key are
 * (whose figparse__word_hash() is hash), or 0: one probe of the table. */
unsigned figparse__date_table_holiday_word(const figparse__window *w, const char *key, size_t n, uint32_t hash);
/* The first words of the date words alone, and of the names alone; and of
 * the names that go on past their first word ("sept."). */
void figparse__date_table_filters(uint64_t *dwords, uint64_t *names, uint64_t *longer_names);

#endif
