/*
 * internal.h — what the stages of libfigparse share: the allocator, the
 * options and parser objects, exact decimal arithmetic and the locale facts
 * the grammar consults. Nothing here is exported; every non-static name is
 * prefixed figparse__.
 */
#ifndef FIGPARSE_INTERNAL_H
#define FIGPARSE_INTERNAL_H

#include "currency.h" /* figparse__name_pairs */
#include "figparse.h"
#include "tokenize.h" /* FIGPARSE__FILTER_WORDS */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- memory ------------------------------------------------------------ */

void *figparse__malloc(const figparse_allocator *a, size_t size);
void *figparse__realloc(const figparse_allocator *a, void *ptr, size_t old_size, size_t new_size);
void figparse__free(const figparse_allocator *a, void *ptr);

/* ---- options and the parser -------------------------------------------- */

#define FIGPARSE__TAG_MAX 64

struct figparse_options {
    figparse_allocator alloc;
    char locale[FIGPARSE__TAG_MAX]; /* "" when no hint was given */
    unsigned kinds;
    uint32_t flags;
    char default_currency[4];
    int ref_year, ref_month, ref_day;
};

/* How a locale writes numbers. */
typedef enum figparse__decimal_mark {
    FIGPARSE__MARK_UNKNOWN = 0, /* no hint: "," and "." are decided by the text */
    FIGPARSE__MARK_POINT,       /* 1,234.56 */
    FIGPARSE__MARK_COMMA        /* 1.234,56 */
} figparse__decimal_mark;

/* What the candidates of one currency name key are, worked out from its
 * rows of figparse__name_rows by figparse_new() (money.c
 * figparse__money_prepare()) for the keys with many rows ("$", "dollar",
 * "元"), so a designator does not walk them at every figure. */
#define FIGPARSE__KEY_CANDIDATES 40 /* money.c MAX_CANDIDATES */
#define FIGPARSE__KEY_CACHE 128     /* keys kept; the rest are walked */
#define FIGPARSE__KEY_CACHE_ROWS 12 /* the fewest rows a kept key has */
typedef struct figparse__key_cands {
    uint32_t lo;       /* the key's first row: the cache is sorted on it */
    uint8_t strongest; /* the strongest figparse__name_source among the rows */
    uint8_t ncand;
    int16_t dominant;  /* as des.dominant */
    uint16_t cand[FIGPARSE__KEY_CANDIDATES];
} figparse__key_cands;

/* The currency a designator key means by the hint's lexicons
 * (figparse__preference_find() over figparse.lexicons, the first that has
 * the key), in an open-addressing table filled by figparse_new(). */
#define FIGPARSE__PREF_SLOTS 256 /* a power of two; at most half are filled */
typedef struct figparse__pref_slot {
    const char *key; /* the lexicon's key, or NULL: an empty slot */
    uint32_t len;
    int32_t currency; /* figparse__currency_index() of its code: may be -1 */
} figparse__pref_slot;

/* What figparse__lex_at() answers under the parser's own lexicon
 * (figparse.words) for a word whose folded form is key, worked out by
 * figparse_new() (number.c figparse__lex_prepare()). The keys are every
 * key of that lexicon, of English and of the shared one, and every part of
 * one before a space, a period or an apostrophe ("more" of "more than",
 * "mrd" of "mrd."), by the low bits of figparse__word_hash(), open
 * addressing: a word in no slot is in none of the three tables. */
#define FIGPARSE__LEX_SLOTS 2048 /* a power of two; at most half are filled */
enum {
    FIGPARSE__LEX_SETTLED = 1, /* the answer (word) does not depend on the tokens after the word */
    FIGPARSE__LEX_ENDS = 2,    /* and it sets *end (to the token after the word) */
    /* Or it does only by lex_at()'s phrase loop ("in" of "in excess of"):
     * where no phrase goes on, the answer is word, or rest when word is
     * NULL, which sets *end when REST_ENDS. */
    FIGPARSE__LEX_PHRASE = 4,
    FIGPARSE__LEX_REST_ENDS = 8
};
typedef struct figparse__lex_slot {
    const char *key; /* a lexicon's key (its first len bytes), or NULL: an empty slot */
    const struct figparse__lex_word *word; /* the answer, when settled */
    const struct figparse__lex_word *rest; /* see FIGPARSE__LEX_PHRASE */
    uint32_t hash;
    uint8_t len;
    uint8_t flags; /* FIGPARSE__LEX_* */
} figparse__lex_slot;


/* The tables that are the same for every parser: the first words of the
 * grammar's keys, of the currency names and signs, of the date words and
 * names, and the indexes of the currency names. figparse__shared_build()
 * works them out; the build runs it (lib/tables/gen/gen_shared_tables.c)
 * and compiles its answer in as figparse__shared, const data every parser
 * points at, so figparse_new() does none of this work. */
#define FIGPARSE__KEY_CAND_SLOTS 256 /* a power of two, twice FIGPARSE__KEY_CACHE */
#define FIGPARSE__CODE_SLOTS 1024    /* a power of two, at least twice the rows */
typedef struct figparse__shared_tables {
    /* Filters (see figparse__word_hash()): first words of lexicon and date
     * words, and of currency names and signs. */
    uint64_t word_filter[FIGPARSE__FILTER_WORDS];
    uint64_t sign_filter[FIGPARSE__SIGN_FILTER_WORDS];
    /* First words of the currency names and signs that go on after a
     * space ("south african rand"). */
    uint64_t sign_spaced_filter[FIGPARSE__SIGN_FILTER_WORDS];
    uint64_t extra_filter[FIGPARSE__FILTER_WORDS]; /* first words of the per-language signs only */
    /* Per table, for the lookups' misses (see figparse__may_key()): first
     * words of the date words, of the month and weekday names, and the
     * first words of the names that go on past it ("sept."). */
    uint64_t dword_filter[FIGPARSE__FILTER_WORDS];
    uint64_t dname_filter[FIGPARSE__FILTER_WORDS];
    uint64_t dname_longer_filter[FIGPARSE__FILTER_WORDS];
    /* First words of the holiday names (figparse__holiday_filter()). */
    uint64_t holiday_filter[FIGPARSE__FILTER_WORDS];
    /* The words, not in the word filter, that some date rules read after a
     * first word (figparse__date_next_filter()). */
    uint64_t dnext_filter[FIGPARSE__FILTER_WORDS];
    /* Whole keys (not first words) of the per-language signs, all
     * languages: a key whose bit is clear is in no lexicon's extras. */
    uint64_t extra_key_filter[FIGPARSE__FILTER_WORDS];
    /* What figparse.dstart_filter and figparse.any_word_filter hold besides
     * the words of the parser's lexicons: the date words, names and
     * literals (figparse__date_start_filter()), and the word and dnext
     * filters' words and the later words of the date keys
     * (figparse__date_later_words()). */
    uint64_t date_start_words[FIGPARSE__FILTER_WORDS];
    uint64_t date_any_words[FIGPARSE__FILTER_WORDS];
    /* The first two words of the currency names that begin with a word of
     * a-z and a space ("south korean" of "south korean won"), each word
     * its whole run of a-z, by figparse__word_hash() (money.c). */
    uint64_t name_word_pairs[FIGPARSE__FILTER_WORDS];
    /* Every two words of a-z with one space between in any currency name,
     * wherever they stand ("korean won" of "south korean won"), as above:
     * a name walk ends past a word where the next one makes no pair. */
    uint64_t name_later_pairs[FIGPARSE__FILTER_WORDS];
    /* The currency name keys, whole, and those that end in a period
     * without it ("rs" of "rs."), by figparse__word_hash() (money.c): a
     * word whose bit is clear is no key by itself. */
    uint64_t name_keys[FIGPARSE__FILTER_WORDS];
    /* figparse__name_rows whose key starts with byte b are
     * [name_first[b], name_first[b + 1]): the first step of a name walk. */
    uint32_t name_first[257];
    /* The second step of a name walk: the rows of each pair of first bytes
     * (money.c, currency.c figparse__name_pair_index()). */
    figparse__name_pairs name_pairs;
    /* Every currency row by its code, for money.c's code lookups: a slot
     * holds the code's three bytes << 9 | its row, 0 an empty slot, by
     * the code's multiplicative hash (money.c code_row()). */
    uint32_t code_slots[FIGPARSE__CODE_SLOTS];
    figparse__key_cands key_cands[FIGPARSE__KEY_CACHE];
    /* key_cands by their first row: a slot holds an index + 1, 0 an empty
     * slot, by the row's multiplicative hash, open addressing (money.c). */
    uint8_t key_cand_slots[FIGPARSE__KEY_CAND_SLOTS];
    uint32_t nkey_cands;
    uint32_t code_slots_ok; /* 0: search the rows (figparse__currency_index()) */
} figparse__shared_tables;

/* Works out the shared tables into t (all of it: t need not be cleared). */
void figparse__shared_build(figparse__shared_tables *t);
/* Its answer, as the build worked it out (shared_tables.inc). */
extern const figparse__shared_tables figparse__shared;
/* The money tables of them (money.c). */
void figparse__money_prepare_shared(figparse__shared_tables *t);

struct figparse {
    figparse_allocator alloc;
    struct figparse_options opts;
    int lang;              /* FIGPARSE__LANGI_* of the hint, or -1 */
    int locale_currency;   /* currency row of the hint's region, or -1 */
    int default_currency;  /* currency row of the default currency, or -1 */
    int dollar_currency;   /* what a bare "$" means by the hint, or -1 */
    figparse__decimal_mark mark;
    bool indian_grouping;  /* 12,34,567 is valid grouping (hint en-IN, hi, ...) */
    /* The language tables to consult for designators and preferences: the
     * hint's language first, then English, then the rest. */
    const struct figparse__lexicon *lexicons[24];
    int nlexicons;
    const struct figparse__lexicon *words; /* number words, hedges, bounds */
    /* Copies of the two shared filters the scan asks at nearly every word
     * (figparse__shared): in the parser, their bits are one load away. */
    uint64_t word_filter[FIGPARSE__FILTER_WORDS];
    uint64_t sign_filter[FIGPARSE__SIGN_FILTER_WORDS];
    /* The other tables that are the same for every parser
     * (figparse__shared): each points into it. */
    const uint64_t *sign_spaced_filter, *extra_filter;
    const uint64_t *dword_filter, *dname_filter, *dname_longer_filter, *holiday_filter;
    const uint64_t *dnext_filter, *extra_key_filter, *name_word_pairs, *name_later_pairs, *name_keys;
    const uint32_t *name_first, *code_slots;
    const figparse__name_pairs *name_pairs;
    const figparse__key_cands *key_cands;
    const uint8_t *key_cand_slots;
    int nkey_cands;
    bool code_slots_ok; /* false: search the rows (figparse__currency_index()) */
    /* Per table, for the lookups' misses (see figparse__may_key()): first
     * words of the lexicons' words (those figparse__lex_at() searches for
     * a word that is not CJK: the hint's, English and the shared one). */
    uint64_t lex_filter[FIGPARSE__FILTER_WORDS];
    uint64_t lex_start_filter[FIGPARSE__FILTER_WORDS]; /* the first two bytes of those lexicons' words */
    /* First words of the keys that go on past their first word ("more
     * than", "mrd.", "sept."), as lex_filter. */
    uint64_t lex_longer_filter[FIGPARSE__FILTER_WORDS];
    /* First words of the lexicons' words (as lex_filter) and of the date
     * words, names and literals, not of the holiday names: a word whose
     * bit is clear can start no date but a holiday. */
    uint64_t dstart_filter[FIGPARSE__FILTER_WORDS];
    /* Every ASCII word a lookup may read, not only a first word: the word,
     * lexicon and dnext filters' words, and the words after the first of
     * the keys of the lexicons lex_filter holds and of the date words and
     * names (figparse__filter_add_later_words()). With the sign filter,
     * what scan.c ordinary_word() asks. */
    uint64_t any_word_filter[FIGPARSE__FILTER_WORDS];
    figparse__pref_slot prefs[FIGPARSE__PREF_SLOTS];
    bool prefs_ok; /* false: more keys than fit; search the lexicons */
    /* The lexicon words by their folded form (figparse__lex_slot); false:
     * more keys than fit, or a key listed twice: search the lexicons. */
    bool lex_slots_ok;
    figparse__lex_slot lex_slots[FIGPARSE__LEX_SLOTS];
    /* A bit per first two bytes (b0 << 8 | b1) of the words of
     * figparse.words a compound number word can begin with ("sieben" of
     * "siebenhundert"; number.c figparse__compound_at()). */
    uint64_t compound_starts[FIGPARSE__FILTER_WORDS];
    /* The designator each sign of figparse__sign_folds (the folded
     * currency signs beyond ASCII: "€", "£", "₩"), and "$" (the last),
     * reads as where no word, sign or punctuation follows it, worked out
     * by figparse_new() (money.c prepare_sign_designators()), so that a
     * designator read does not ask ICU at every figure; sign_des_state
     * says what is kept (FIGPARSE__SIGN_*). */
    figparse__des sign_des[FIGPARSE__SIGN_FOLDS + 1];
    uint8_t sign_des_state[FIGPARSE__SIGN_FOLDS + 1];
    /* The English date words (date.c en_dwords) and the first words of
     * the two-word ones, by the low bits of figparse__word_hash(), open
     * addressing; 0 an empty slot (date.c figparse__date_prepare()). */
    uint32_t dword_slots[512];
};

/* What figparse.sign_des_state says of a sign's slot. */
enum {
    FIGPARSE__SIGN_UNKEPT = 0, /* nothing kept: read the sign */
    FIGPARSE__SIGN_NO_DES = 1, /* read_designator() finds none */
    FIGPARSE__SIGN_DES = 2     /* it finds the one in figparse.sign_des */
};

/* Opens window w on text[0, len) at start with the filters and tables of
 * fp, as every window the grammar reads is opened (scan.c). */
struct figparse__window;
void figparse__window_open(struct figparse__window *w, const figparse *fp, const char *text,
                           size_t len, size_t start);

/* ---- exact decimals ----------------------------------------------------- */

#define FIGPARSE__MAX_DIGITS 18
#define FIGPARSE__MAX_EXP 40 /* |exp| beyond this is FIGPARSE_ERANGE */

/* Canonical form: no trailing zeros in coef; zero is 0e0. */
figparse_decimal figparse__dec_norm(figparse_decimal d);
/* d * 10^k; false when the result is out of range. */
bool figparse__dec_scale(figparse_decimal *d, int k);
/* a * b and a + b, exact; false on overflow (more than 18 digits). */
bool figparse__dec_mul(figparse_decimal a, figparse_decimal b, figparse_decimal *out);
bool figparse__dec_add(figparse_decimal a, figparse_decimal b, figparse_decimal *out);
int figparse__dec_cmp(figparse_decimal a, figparse_decimal b);
figparse_decimal figparse__dec_int(int64_t v);

/* A decimal read a digit at a time, as figparse_decimal_parse() reads
 * "ddd[.ddd]" (the number reader feeds it digits of any script without
 * writing them out): zeros before the first significant digit only move
 * the point; past 18 significant digits only trailing zeros of the
 * integer part fit. */
typedef struct figparse__digits {
    int64_t coef;
    long exp;
    int sig;
    bool any, point, range;
} figparse__digits;

/* Adds digit c (0..9); set point before the first digit after the point. */
static inline void figparse__digits_add(figparse__digits *r, int c) {
    r->any = true;
    if (r->coef == 0 && c == 0) {
        if (r->point)
            r->exp--;
        return;
    }
    if (r->sig == FIGPARSE__MAX_DIGITS) {
        if (c != 0)
            r->range = true; /* a further digit only fits as an integer's trailing zero */
        if (!r->point)
            r->exp++;
        return;
    }
    r->coef = r->coef * 10 + c;
    r->sig++;
    if (r->point)
        r->exp--;
}

/* The canonical decimal of what r read, negated when neg: FIGPARSE_EINVAL
 * when it read no digit, FIGPARSE_ERANGE when it does not fit. */
figparse_status figparse__digits_end(const figparse__digits *r, bool neg, figparse_decimal *out);

#endif
