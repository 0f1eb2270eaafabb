/*
 * number.h — internal: token runs to exact decimals. Digits with grouping and
 * decimal marks ("1,250,000.00", "1.234,56", "1 250 000", "12,34,567"),
 * scale words and suffixes ("3.2 million", "$60K", "1.5 lakh crore") and
 * numbers in words ("twenty-five", "half a billion", "one point three").
 */
#ifndef FIGPARSE_NUMBER_H
#define FIGPARSE_NUMBER_H

#include "internal.h"
#include "lexicon.h"
#include "window.h"

typedef struct figparse__number {
    figparse_decimal value;
    int end;            /* token index just after the number */
    int scale_exp;      /* sum of the scale words' exponents */
    bool overflow;      /* beyond 18 significant digits or the exponent range */
    bool digits;        /* written (at least partly) with digits */
    bool spelled;       /* written (at least partly) in words */
    bool article_only;  /* only "a" / "an": one, if a currency word follows */
    bool has_fraction;  /* a decimal part was written */
    bool has_scale;     /* multiplied by a scale word or suffix */
    bool grouped;       /* grouping separators were written */
    bool small_int;     /* 0..99 with no separator, fraction or scale: a cents tail */
    bool sep_ambiguous; /* "3.350": read as grouping; alt holds the decimal reading */
    figparse_decimal alt;
    uint32_t group_mark; /* the grouping separator, when grouped */
    bool myriad;        /* written with myriad units (万, 억, 兆) */
    bool few;           /* "十几万", "3만여": a lower bound, "and some" */
} figparse__number;

/* figparse__script_lexicon() for a CJK word token i. */
const figparse__lexicon *figparse__script_lexicon_cjk(figparse__window *w, int i,
                                                      const figparse__lexicon *lx);

/* The table that reads a CJK numeral at token i (by its script: Hangul is
 * Korean's, Han and kana Chinese's unless lx is Japanese); lx otherwise,
 * without a call. */
static inline const figparse__lexicon *figparse__script_lexicon(figparse__window *w, int i,
                                                                const figparse__lexicon *lx) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type != FIGPARSE__TOK_WORD || !(t->flags & FIGPARSE__TOKF_CJK))
        return lx;
    return figparse__script_lexicon_cjk(w, i, lx);
}

/* Reads a number starting at token i (a DIGITS token or a number word).
 * Returns true and fills *out; false when no number starts there. */
bool figparse__read_number(figparse__window *w, int i, const figparse *fp,
                           const figparse__lexicon *lx, figparse__number *out);

/* A number written as one compound word ("siebenhundert"); its value. */
bool figparse__compound_at(figparse__window *w, int i, const figparse__lexicon *lx, int64_t *value);
/* The shortest compound word figparse__compound_at() reads, in bytes. */
#define FIGPARSE__COMPOUND_MIN_BYTES 6

/* Whether the first two bytes of a folded word f (at least two) begin a
 * word of the parser's lexicons (lexstarts: figparse.lex_start_filter):
 * figparse__compound_at()'s first test after the length, which the money
 * gate's plain words and the scan's memo ask as it does. */
static inline bool figparse__starts_like_lexicon_word(const uint64_t *lexstarts, const char *f) {
    return figparse__filter_has(lexstarts, figparse__word_hash(f, 2));
}
/* Whether the folded word f[0, n) passes figparse__compound_at()'s first
 * tests under the parser's own lexicon (as the scan's grammar asks it):
 * false is certain, and so for n < FIGPARSE__COMPOUND_MIN_BYTES. */
bool figparse__compound_may_begin(const figparse *fp, const char *f, size_t n);

/* Whether the folded word s[0, n) is a scale suffix figparse__read_number()
 * reads straight after digits ("k" of "$60K", "bn" of "$1.2bn"). */
bool figparse__is_scale_suffix(const char *s, size_t n);

/* Reads scale words after token i ("million", "bn", "lakh crore"), each after
 * one space. Returns the token index after the last one and adds their
 * exponents to *exp; returns i when there is none. */
int figparse__read_scales(figparse__window *w, int i, const figparse__lexicon *lx, int *exp);

/* The lexicon entry for the ASCII word (or phrase of up to three words) at
 * token i; *end receives the token index after it. NULL when none. */
const figparse__lex_word *figparse__lex_at(figparse__window *w, int i, const figparse__lexicon *lx,
                                           int *end);

/* Fills figparse.lex_slots and figparse.compound_starts for figparse_new()
 * (figparse__money_prepare()). */
void figparse__lex_prepare(figparse *fp);

/* Copies the ASCII word at token i in lower case into buf; returns its
 * length, or 0 when the token is not an ASCII word or does not fit. */
size_t figparse__word_lower(figparse__window *w, int i, char *buf, size_t cap);

#endif
