/*
 * money.h — internal: the money grammar. A number bound to a currency
 * designator (sign, code or name, either side), with scale words, cents,
 * signs and accounting parentheses, ranges, bounds and hedges.
 */
#ifndef FIGPARSE_MONEY_H
#define FIGPARSE_MONEY_H

#include "internal.h"
#include "lexicon.h"
#include "window.h"

/* What the grammar may know about the text around the window. */
typedef struct figparse__money_ctx {
    const figparse *fp;
    const figparse__lexicon *lx;
    /* Bit per currency row: currencies the document named unambiguously
     * before this point; NULL when there is no document memory. */
    const uint8_t *seen;
    /* Byte offset where the previous figure ended, or SIZE_MAX. */
    size_t prev_end;
} figparse__money_ctx;

typedef struct figparse__money_match {
    size_t start, end;       /* byte span */
    int end_tok;             /* window token just past the figure */
    figparse_status status;  /* OK or ERANGE */
    figparse_money money;
    int named_currency;      /* a currency the text named unambiguously, or -1 */
} figparse__money_match;

/* Tries to read a money figure that starts at token 0 of the window.
 * Returns true and fills *m on success. Reads at most FIGPARSE__WINDOW
 * tokens; allocates nothing. */
bool figparse__match_money(figparse__window *w, const figparse__money_ctx *ctx,
                           figparse__money_match *m);

/* Whether token 0 of the window can start a money figure at all: a cheap
 * filter the scanner applies before figparse__match_money(). */
bool figparse__money_may_start(figparse__window *w, const figparse__money_ctx *ctx);
bool figparse__name_pair_may_begin(const figparse *fp, uint32_t first, uint32_t second);

/* Fills what figparse_new() keeps for the designator lookups: the first-byte
 * index of the currency names, the candidates of the keys with many rows
 * and the lexicons' preferences (figparse.name_first, figparse.key_cands,
 * figparse.prefs). Needs figparse.lexicons. */
void figparse__money_prepare(figparse *fp);

#endif
