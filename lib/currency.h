/*
 * currency.h — internal: the currency tables generated from CLDR through ICU
 * (lib/tables/currency_data.inc, made by lib/tables/gen/gen_currency.c) and
 * the lookups over them.
 *
 * Keys are "folded": NFKC_Casefold (ICU's unorm2_getNFKCCasefoldInstance),
 * every run of white space (Unicode White_Space) replaced by one ASCII space,
 * trimmed. "US$" -> "us$", "South Korean won" -> "south korean won",
 * full-width "￦" -> "₩". The generator and figparse__fold_key() must agree
 * byte for byte.
 */
#ifndef FIGPARSE_CURRENCY_H
#define FIGPARSE_CURRENCY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Languages whose CLDR currency names are in the tables, as bits of
 * figparse__name_row.langs. Symbols come from every CLDR locale whatever
 * their language; a symbol from a language not listed here sets
 * FIGPARSE__LANG_OTHER. Append only. */
#define FIGPARSE__LANGUAGES(X)                                                 \
    X(EN, "en") X(DE, "de") X(FR, "fr") X(ES, "es") X(PT, "pt") X(IT, "it")    \
    X(NL, "nl") X(KO, "ko") X(ZH, "zh") X(JA, "ja") X(HI, "hi") X(RU, "ru")    \
    X(PL, "pl") X(CS, "cs") X(UK, "uk") X(TR, "tr") X(SV, "sv") X(DA, "da")    \
    X(NB, "nb") X(FI, "fi") X(VI, "vi") X(AR, "ar") X(ID, "id") X(MS, "ms")    \
    X(TH, "th") X(HE, "he") X(EL, "el") X(HU, "hu") X(RO, "ro") X(BG, "bg")    \
    X(CA, "ca")

enum figparse__lang_index {
#define FIGPARSE__LANG_INDEX(id, tag) FIGPARSE__LANGI_##id,
    FIGPARSE__LANGUAGES(FIGPARSE__LANG_INDEX)
#undef FIGPARSE__LANG_INDEX
    FIGPARSE__LANGI_OTHER,
    FIGPARSE__LANG_COUNT
};
#define FIGPARSE__LANG_BIT(id) (UINT32_C(1) << FIGPARSE__LANGI_##id)

/* Where a key came from; lower is stronger. */
enum figparse__name_source {
    FIGPARSE__SRC_CODE = 0,   /* the ISO 4217 code itself ("usd") */
    FIGPARSE__SRC_SYMBOL = 1, /* ucurr_getName(UCURR_SYMBOL_NAME) in some locale */
    FIGPARSE__SRC_NARROW = 2, /* ucurr_getName(UCURR_NARROW_SYMBOL_NAME) */
    FIGPARSE__SRC_NAME = 3,   /* ucurr_getName(UCURR_LONG_NAME) */
    FIGPARSE__SRC_PLURAL = 4, /* ucurr_getPluralName() for any plural category */
    FIGPARSE__SRC_SHORT = 5   /* derived: last word of a long or plural name */
};

typedef struct figparse__currency_row {
    char code[4];    /* "USD" */
    uint8_t digits;  /* ucurr_getDefaultFractionDigits() */
    uint8_t current; /* 1: in use today; 0: historic; 2: a fund, metal or test code */
    char home_mark;  /* the decimal mark where the currency is at home ('.' for USD,
                        ',' for BRL), or 0 (EUR, X-codes): settles "$3,350" */
} figparse__currency_row;

typedef struct figparse__name_row {
    const char *key;    /* folded UTF-8 */
    uint16_t currency;  /* index into figparse__currency_rows */
    uint8_t source;     /* strongest figparse__name_source that gave this pair */
    uint8_t reserved;
    uint16_t nlocales;  /* number of CLDR locales that gave this key for it */
    uint32_t langs;     /* FIGPARSE__LANG_BIT()s of the languages that use it */
    uint32_t key_hash;  /* figparse__word_hash() of the whole key (figparse.name_keys) */
} figparse__name_row;

/* A currency sign beyond ASCII (Unicode Sc) and its folded form, as
 * figparse__fold_cp() folds it (NFKC_Casefold: "＄" folds to "$",
 * "₨" to "rs"), from ICU by gen_currency: a designator read takes it
 * from here instead of asking ICU at every figure. */
#define FIGPARSE__SIGN_FOLDS 64 /* at most; gen_currency checks */
typedef struct figparse__sign_fold {
    uint32_t cp;
    uint8_t len;
    char folded[11];
} figparse__sign_fold;

/* The general punctuation U+2010..U+2027 (dashes, quotes, bullets,
 * leaders: PUNCT tokens that tokenize.c classes without ICU), each with
 * its folded form as figparse__fold_cp() folds it ("’" folds to itself,
 * "…" to "..."), from ICU by gen_currency, in code point order: the
 * designator walk folds "Korea’s" without ICU, and knows what the walk
 * would read past a word (money.c name_goes_on()). */
#define FIGPARSE__PUNCT_FOLD_FIRST 0x2010
#define FIGPARSE__PUNCT_FOLD_LAST 0x2027

/* Defined in currency.c from the generated tables. */
extern const figparse__currency_row figparse__currency_rows[];
extern const size_t figparse__currency_count;
extern const figparse__name_row figparse__name_rows[]; /* sorted by key (bytes), then currency */
extern const size_t figparse__name_count;
extern const figparse__sign_fold figparse__sign_folds[]; /* sorted by code point */
extern const size_t figparse__sign_fold_count;
extern const figparse__sign_fold figparse__punct_folds[FIGPARSE__PUNCT_FOLD_LAST - FIGPARSE__PUNCT_FOLD_FIRST + 1];
extern const char figparse__data_version_string[];

/* A code's three bytes, each folded to upper case, as one 24-bit number
 * (in the order memcmp() gives), or 0 when one is no ASCII letter. A byte
 * is an ASCII letter exactly when, with bit 5 (the case bit) cleared, it
 * lies in A..Z: one test folds and checks it. */
static inline uint32_t figparse__code_bytes(const char *code) {
    uint32_t want = 0;
    for (int i = 0; i < 3; i++) {
        uint32_t c = (unsigned char)code[i] & ~0x20u;
        if (c - 'A' > 'Z' - 'A')
            return 0;
        want = want << 8 | c;
    }
    return want;
}

/* Index of an ISO code (3 ASCII letters, any case) in figparse__currency_rows,
 * or -1. */
int figparse__currency_index(const char *code, size_t len);

/* A range [lo, hi) of figparse__name_rows that all share one key. */
typedef struct figparse__name_range {
    uint32_t lo, hi;
} figparse__name_range;

/*
 * Narrowing search for the longest key: the rows whose key starts with the
 * bytes fed so far are [lo, hi). Start with figparse__prefix_init(); feed
 * folded bytes one at a time with figparse__prefix_feed(), which returns 0
 * once no key starts with what was fed. figparse__prefix_exact() then tells
 * whether some key equals the bytes fed so far, and gives its rows.
 */
typedef struct figparse__prefix {
    uint32_t lo, hi, depth;
} figparse__prefix;

/* The rows whose key is exactly key[0..len); 0 when there are none. */
int figparse__name_lookup(const char *key, size_t len, figparse__name_range *rows);

void figparse__prefix_init(figparse__prefix *p);
int figparse__prefix_feed(figparse__prefix *p, unsigned char byte);
int figparse__prefix_exact(const figparse__prefix *p, figparse__name_range *rows);

/* first[b] is the first row whose key's first byte is >= b; first[256] is
 * figparse__name_count. figparse_new() keeps one (figparse.name_first). */
void figparse__name_first_index(uint32_t first[257]);
/* figparse__prefix_feed(), the same answer, but the first byte of a walk
 * fresh from figparse__prefix_init() is looked up in such an index instead
 * of two binary searches over every row. */
int figparse__prefix_feed_first(figparse__prefix *p, const uint32_t first[257], unsigned char byte);

/* The first two bytes of the keys, for the second step of a name walk:
 * pair k (first byte << 8 | second byte, in order) starts at row row[k],
 * and the pairs of first byte b are [first[b], first[b + 1]). count is 0
 * where the pairs do not fit (then the walk searches the rows). */
#define FIGPARSE__NAME_PAIRS 2048
typedef struct figparse__name_pairs {
    uint32_t first[257];
    uint32_t count;
    uint16_t pair[FIGPARSE__NAME_PAIRS];
    uint32_t row[FIGPARSE__NAME_PAIRS];
} figparse__name_pairs;
void figparse__name_pair_index(figparse__name_pairs *ix);
/* figparse__prefix_feed_first(), the same answer, and the second byte of
 * a walk looked up in pairs (figparse__name_pair_index()) instead of two
 * binary searches over the rows of its first byte. */
int figparse__prefix_feed_indexed(figparse__prefix *p, const uint32_t first[257],
                                  const figparse__name_pairs *pairs, unsigned char byte);
/* figparse__prefix_feed_indexed() of bytes[0], bytes[1], ... in turn, in
 * one call, up to the first that no key goes on with: the number of bytes
 * fed before it (n when every one was). */
size_t figparse__prefix_feed_run(figparse__prefix *p, const uint32_t first[257],
                                 const figparse__name_pairs *pairs, const char *bytes, size_t n);

/* ---- designators -------------------------------------------------------- */

/* What a currency sign, code or name in a text may mean: money.c reads
 * them (as its des); defined here so that figparse_new() can keep the
 * designators of the signs (figparse.sign_des). */
#define FIGPARSE__DES_CANDIDATES 40
#define FIGPARSE__DES_KEY 64
typedef struct figparse__des {
    int start, end; /* window tokens [start, end) */
    int kind;       /* money.c des_kind */
    int ncand;
    uint16_t cand[FIGPARSE__DES_CANDIDATES];
    bool symbol;      /* a sign ("$", "€", "US$"): may touch the number */
    bool code;        /* an ISO code */
    bool word_code;   /* a code that is also a common word ("ALL"): after a number only */
    bool prefix_ok;   /* may stand before the number */
    bool attached_only; /* only straight after the digits ("99c", "50p") */
    bool weak;        /* a coin word: needs a count or a text of its own */
    bool needs_tail;  /* money only with cents after it (Cantonese 個) */
    bool tail_only;   /* a minor unit only after a major amount ("mao") */
    bool locale_cur;  /* no candidates: the locale's currency */
    int scale;        /* "MUSD": 6; "grand": 3 */
    int value;        /* coins: minor units; non-ISO: exponent */
    int dominant;     /* a candidate that nearly all locales give the sign, or -1 */
    char key[FIGPARSE__DES_KEY];
    size_t keylen;
} figparse__des;

#endif
