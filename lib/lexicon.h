/*
 * lexicon.h — internal: the words CLDR does not have, one small table per
 * language: number words, scale words ("million", "bn", "lakh"), hedges,
 * bounds, minor units ("cents", "pence"), slang and prefixed designators
 * ("bucks", "US $", "Rs."), and which currency an ambiguous sign or word
 * prefers. Everything here is folded as the currency keys are (lower case,
 * one space between words).
 */
#ifndef FIGPARSE_LEXICON_H
#define FIGPARSE_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum figparse__lex_kind {
    FIGPARSE__LEX_NONE = 0,
    FIGPARSE__LEX_UNIT,     /* zero..nineteen: value */
    FIGPARSE__LEX_TENS,     /* twenty..ninety: value */
    FIGPARSE__LEX_HUNDRED,  /* hundred: x100 within a group */
    FIGPARSE__LEX_SCALE,    /* thousand, million, bn, lakh: value = exponent of ten */
    FIGPARSE__LEX_SUFFIX,   /* k, m, b, t, mm attached to digits: exponent */
    FIGPARSE__LEX_ARTICLE,  /* a, an: one, before a scale or a currency word */
    FIGPARSE__LEX_FRACTION, /* half (value 50), quarter (25): percent of one */
    FIGPARSE__LEX_POINT,    /* point: the decimal point in words */
    FIGPARSE__LEX_HEDGE,    /* about, around, approximately */
    FIGPARSE__LEX_EXACT,    /* exactly: part of the figure, no flag */
    FIGPARSE__LEX_MIN,      /* at least (value 0) / more than (value 1: exclusive) */
    FIGPARSE__LEX_MAX,      /* up to (value 0) / under (value 1: exclusive) */
    FIGPARSE__LEX_BETWEEN,  /* between ... and ... */
    FIGPARSE__LEX_FROM,     /* from ... to ... */
    FIGPARSE__LEX_TO,       /* to, through, until: the second half of a range */
    FIGPARSE__LEX_AND,      /* and */
    FIGPARSE__LEX_OR,       /* or */
    FIGPARSE__LEX_CONNECTOR, /* de, d', di: between an amount and its currency word */
    FIGPARSE__LEX_SMALL,    /* 十 百 千 / 십 백 천: x10^value within a myriad group */
    FIGPARSE__LEX_MYRIAD,   /* 万 亿 億 兆 / 만 억 조: closes a group, x10^value */
    FIGPARSE__LEX_FEW,      /* 几 多 余: "and some": the figure is a lower bound */
    FIGPARSE__LEX_MIN_POST, /* 이상, 以上 after the amount: value 1 = exclusive (초과) */
    FIGPARSE__LEX_MAX_POST  /* 이하, 以下 after the amount: value 1 = exclusive (미만) */
} figparse__lex_kind;

typedef struct figparse__lex_word {
    const char *key; /* folded; may hold spaces ("more than") */
    uint8_t kind;    /* figparse__lex_kind */
    int8_t value;
} figparse__lex_word;

/* Designators CLDR lacks. */
typedef enum figparse__extra_kind {
    FIGPARSE__EXTRA_CURRENCY = 1, /* a currency word or sign: candidates */
    FIGPARSE__EXTRA_MINOR,        /* a minor unit: cents, pence, ¢ */
    FIGPARSE__EXTRA_GRAND,        /* "grand": a thousand of the locale's currency */
    FIGPARSE__EXTRA_COIN,         /* dime, nickel, quarter: value in minor units;
                                     weak: needs a count or a text of its own */
    FIGPARSE__EXTRA_NON_ISO       /* bitcoin and friends: no ISO 4217 code */
} figparse__extra_kind;

enum {
    FIGPARSE__EXTRA_SUFFIX_ONLY = 1u << 0, /* only after a number, never before */
    FIGPARSE__EXTRA_WEAK = 1u << 1,        /* see FIGPARSE__EXTRA_COIN */
    FIGPARSE__EXTRA_PREFIX_OK = 1u << 2,   /* may stand before the number */
    FIGPARSE__EXTRA_ATTACHED = 1u << 3,    /* must touch the number ("99c", "50p") */
    FIGPARSE__EXTRA_NEEDS_TAIL = 1u << 4,  /* money only with a tail after it: Cantonese
                                              個 in 三個一毫四, 五個半, else a classifier */
    FIGPARSE__EXTRA_TAIL_ONLY = 1u << 5    /* a minor unit only after a major amount: "mao"
                                              in "one kuai five mao", not "1976 Mao" */
};

typedef struct figparse__extra_designator {
    const char *key;        /* folded */
    uint8_t kind;           /* figparse__extra_kind */
    uint8_t flags;          /* FIGPARSE__EXTRA_* */
    int16_t value;          /* COIN, MINOR: hundredths of the major unit; NON_ISO: exponent */
    const char *currencies; /* candidates, "USD CAD"; "$" = every dollar; "" = the locale's */
} figparse__extra_designator;

/* Which currency a sign or word means when it names several and nothing in
 * the text or the locale decides. */
typedef struct figparse__preference {
    const char *key; /* folded designator */
    const char *currency;
} figparse__preference;

typedef struct figparse__lexicon {
    const char *lang;
    const figparse__lex_word *words; /* sorted by key */
    size_t nwords;
    const figparse__extra_designator *extras; /* sorted by key */
    size_t nextras;
    const figparse__preference *preferences; /* sorted by key */
    size_t npreferences;
    /* Short currency words that may stand before a number ("dollar 5"). */
    const char *const *prefix_words; /* sorted */
    size_t nprefix_words;
    /* ISO codes that are also common words ("ALL", "TRY"): accepted only in
     * upper case after a number. */
    const char *const *word_codes; /* sorted, upper case */
    size_t nword_codes;
    /* Short currency words that are common words here ("real", "mark"). */
    const char *const *common_words; /* sorted */
    size_t ncommon_words;
} figparse__lexicon;

/* Every language's table, English first. */
extern const figparse__lexicon *const figparse__lexicons[];
extern const size_t figparse__lexicon_count;
#define FIGPARSE__LEXICON_MAX 24

extern const figparse__lexicon figparse__lexicon_en;
extern const figparse__lexicon figparse__lexicon_ja, figparse__lexicon_ko, figparse__lexicon_zh;
/* Generated: what every language that lists a word agrees on (lexicons.py). */
extern const figparse__lexicon figparse__lexicon_shared;

/* Binary search over a sorted array of structs whose first member is a
 * NUL-terminated key, for key[0..n); NULL when absent. */
const void *figparse__find_key(const void *base, size_t count, size_t stride, const char *key,
                               size_t n);

const figparse__lex_word *figparse__lex_find(const figparse__lexicon *lx, const char *key, size_t n);

/* What lx's words hold of key[0..n), in one search: the word itself (or
 * NULL), and whether longer words go on from it after a space ("at
 * least") or after a period or an apostrophe ("mrd.", "d'"), which sort
 * right after it. */
typedef struct figparse__lex_probe {
    const figparse__lex_word *word;
    bool spaced; /* a word starts with key + " " */
    bool marked; /* a word starts with key + "." or key + "'" */
} figparse__lex_probe;
void figparse__lex_probe_key(const figparse__lexicon *lx, const char *key, size_t n,
                             figparse__lex_probe *out);
const figparse__extra_designator *figparse__extra_find(const figparse__lexicon *lx, const char *key,
                                                       size_t n);
const char *figparse__preference_find(const figparse__lexicon *lx, const char *key, size_t n);
int figparse__sorted_has(const char *const *list, size_t n, const char *key, size_t len);

#endif
