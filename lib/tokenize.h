/*
 * tokenize.h — internal: UTF-8 text to tokens with byte spans.
 *
 * The tokenizer is a pure function of (text, position): it keeps no state,
 * so the scanner can ask for tokens lazily and hold only a small window of
 * them. ASCII is classified by a table; other code points by ICU's character
 * properties (the slow path).
 */
#ifndef FIGPARSE_TOKENIZE_H
#define FIGPARSE_TOKENIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef enum figparse__tok_type {
    FIGPARSE__TOK_END = 0, /* past the end of the text */
    FIGPARSE__TOK_DIGITS,  /* a run of decimal digits of one script */
    FIGPARSE__TOK_WORD,    /* a run of letters and marks; CJK: one character */
    FIGPARSE__TOK_SYMBOL,  /* one currency symbol (Unicode Sc) */
    FIGPARSE__TOK_PUNCT,   /* one punctuation mark or other symbol */
    FIGPARSE__TOK_SPACE,   /* a run of white space (every Unicode kind) */
    FIGPARSE__TOK_OTHER    /* an invalid UTF-8 byte, NUL, a control or format character */
} figparse__tok_type;

enum {
    FIGPARSE__TOKF_ASCII = 1u << 0,   /* every byte is ASCII */
    FIGPARSE__TOKF_UPPER = 1u << 1,   /* WORD: has an uppercase letter */
    FIGPARSE__TOKF_LOWER = 1u << 2,   /* WORD: has a lowercase letter */
    FIGPARSE__TOKF_INITCAP = 1u << 3, /* WORD: the first letter is uppercase */
    FIGPARSE__TOKF_CJK = 1u << 4,     /* WORD: a Han, kana or Hangul character */
    FIGPARSE__TOKF_NEWLINE = 1u << 5, /* SPACE: holds a line or paragraph break */
    FIGPARSE__TOKF_WIDE = 1u << 6,    /* SPACE: more than one character */
    FIGPARSE__TOKF_VALUE = 1u << 7    /* DIGITS: at most 9 ASCII digits, whose value is in hash */
};

typedef struct figparse__token {
    size_t start, end; /* byte span */
    uint32_t cp;       /* the first code point (for DIGITS/WORD/PUNCT/SYMBOL) */
    uint16_t count;    /* code points in the token, saturating at 65535 */
    uint8_t type;      /* figparse__tok_type */
    uint8_t flags;     /* FIGPARSE__TOKF_* */
    uint8_t known;     /* the filters' verdict, cached (window.h figparse__known()): 0 not asked */
    /* WORD with FIGPARSE__TOKF_ASCII (ASCII letters alone): the
     * figparse__word_hash() of the word lowered, which is its folded form;
     * DIGITS with FIGPARSE__TOKF_VALUE: the run's value, read while the
     * tokenizer reads it (the date grammar asks it many times a run);
     * otherwise 0. (It fits in the struct's padding.) */
    uint32_t hash;
} figparse__token;

/* Decodes one UTF-8 code point at s[pos] (pos < len). Returns its length in
 * bytes and sets *cp, or returns 0 (and *cp = 0xFFFD, length 1 implied) for an
 * invalid or truncated sequence. Overlong forms and surrogates are invalid. */
size_t figparse__utf8_decode(const char *s, size_t len, size_t pos, uint32_t *cp);

/* The token that starts at pos. pos == len gives TOK_END. */
void figparse__token_at(const char *s, size_t len, size_t pos, figparse__token *t);
/* The same read without the ASCII paths, every code point through the
 * decoder and the classes (check_tokenize holds the two to one answer); it
 * gives no FIGPARSE__TOKF_VALUE. */
void figparse__token_at_general(const char *s, size_t len, size_t pos, figparse__token *t);

/* The decimal value (0-9) of a digit code point, or -1. */
int figparse__digit_value(uint32_t cp);

/* The tokenizer's class of a non-ASCII code point (and whether it is of a
 * CJK script), and the same answer asked of ICU alone, with
 * figparse__fold_cp_icu() likewise: the tokenizer answers common CJK
 * letters and general punctuation without ICU, and check_tokenize holds
 * those shortcuts to ICU's answers. */
int figparse__unicode_class_of(uint32_t cp, int *cjk);
int figparse__unicode_class_icu(uint32_t cp, int *cjk);
bool figparse__fold_cp_icu(uint32_t cp, char *buf, size_t *n, size_t cap);

/* Appends the NFKC_Casefold of one code point (as the currency keys are
 * folded) to buf as UTF-8; false when it does not fit or ICU fails. */
bool figparse__fold_cp(uint32_t cp, char *buf, size_t *n, size_t cap);

/* Appends the folded form of token t (ASCII lowered, anything else through
 * figparse__fold_cp()) to buf at *n; false when it does not fit or holds an
 * invalid byte. Every lookup folds tokens this one way. */
bool figparse__fold_token(const char *text, size_t len, const figparse__token *t, char *buf,
                          size_t *n, size_t cap);

/* The word filters: a bit per hash of the first word of every key the
 * grammar can start with (currency names and signs, lexicon words, date
 * words). A word whose bit is clear starts nothing, so the scanner skips it
 * without any table search. Built once by figparse_new(), of 2^16 bits,
 * except the one of currency names and signs: the first words of every
 * locale's names (about 8,500) would set one bit in eight of 2^16 and let
 * as many ordinary words through to the grammar; in 2^19 bits, 0.1% (each
 * filter takes two probes, below). */
#define FIGPARSE__FILTER_BITS 65536u
#define FIGPARSE__FILTER_WORDS (FIGPARSE__FILTER_BITS / 64)
#define FIGPARSE__SIGN_FILTER_BITS (1u << 19)
#define FIGPARSE__SIGN_FILTER_WORDS (FIGPARSE__SIGN_FILTER_BITS / 64)

/* The hash the filters index with (each takes its low bits): FNV-1a,
 * also a byte at a time for a caller that folds as it goes. */
#define FIGPARSE__HASH_INIT 2166136261u
static inline uint32_t figparse__hash_byte(uint32_t h, unsigned char c) { return (h ^ c) * 16777619u; }
static inline uint32_t figparse__hash_end(uint32_t h) {
    return h ^ (h >> 16);
}

static inline uint32_t figparse__word_hash(const char *s, size_t n) {
    uint32_t h = FIGPARSE__HASH_INIT;
    for (size_t i = 0; i < n; i++)
        h = figparse__hash_byte(h, (unsigned char)s[i]);
    return figparse__hash_end(h);
}

/* The filters are two-probe Bloom filters: a key sets two bits, and a word
 * passes only when both of its bits are set. One probe let 4% of ordinary
 * words through the word filter (2,658 keys' bits of 2^16) and 1.7% through
 * the sign filter, each then costing the gates a table search, and some
 * rules' choices leaned on such a collision ("plan" after "Fifties" let the
 * date gate through). Two probes of the 32-bit hash cut that to 0.70% and
 * 0.15% (of /usr/share/dict/words; docs/performance.md, "Tenth pass"). The
 * second bit comes from the high bits of a multiplication, which mix every
 * bit of h. */
static inline uint32_t figparse__filter_second(uint32_t h, uint32_t bits) {
    return (h * 0x9E3779B1u) >> (32 - bits);
}

/* The second probe only for the few words whose first bit is set. */
static inline bool figparse__bits_has(const uint64_t *bits, uint32_t a, uint32_t h, uint32_t width) {
    if (!((bits[a >> 6] >> (a & 63)) & 1))
        return false;
    uint32_t b = figparse__filter_second(h, width);
    return (bits[b >> 6] >> (b & 63)) & 1;
}

static inline void figparse__bits_set(uint64_t *bits, uint32_t a, uint32_t b) {
    bits[a >> 6] |= UINT64_C(1) << (a & 63);
    bits[b >> 6] |= UINT64_C(1) << (b & 63);
}

static inline bool figparse__filter_has(const uint64_t *bits, uint32_t h) {
    return figparse__bits_has(bits, h & (FIGPARSE__FILTER_BITS - 1), h, 16);
}

static inline void figparse__filter_set(uint64_t *bits, uint32_t h) {
    figparse__bits_set(bits, h & (FIGPARSE__FILTER_BITS - 1), figparse__filter_second(h, 16));
}

/* The same for the filter of currency names and signs (2^19 bits). */
static inline bool figparse__sign_filter_has(const uint64_t *bits, uint32_t h) {
    return figparse__bits_has(bits, h & (FIGPARSE__SIGN_FILTER_BITS - 1), h, 19);
}

static inline void figparse__sign_filter_set(uint64_t *bits, uint32_t h) {
    figparse__bits_set(bits, h & (FIGPARSE__SIGN_FILTER_BITS - 1), figparse__filter_second(h, 19));
}

/* Adds the first word of a folded key: its leading letters (any non-ASCII
 * byte counts as one), or its first character when that is CJK, which the
 * tokenizer reads one character at a time. */
void figparse__filter_add_key(uint64_t *bits, const char *key);
/* The length of key[0, len)'s first word as figparse__filter_add_key()
 * cuts it (0: none). */
size_t figparse__first_word_len(const char *key, size_t len);
/* The same into the filter of currency names and signs (2^19 bits), and
 * into spaced (as large, or NULL) when the key's first word is followed by
 * a space ("south african rand", not "a$"). Returns the first word's
 * length (0: none). */
size_t figparse__filter_add_sign_keys(uint64_t *bits, uint64_t *spaced, const char *key);
/* As figparse__filter_add_key(), only for a key that is longer than its
 * first word ("more than", "mrd.", "sept."). */
void figparse__filter_add_longer_key(uint64_t *bits, const char *key);
/* Adds the words of ASCII letters of a folded key after its first run of
 * letters (any non-ASCII byte counting as one): the words a lookup that
 * matched the key's first word may go on to read ("day" of "the day
 * after"), as far as an ASCII word can be one of them. */
void figparse__filter_add_later_words(uint64_t *bits, const char *key);

/* Lowercase an ASCII byte. */
/* The script of a CJK token's code point, where the grammar needs it:
 * Hangul numerals are also syllables of ordinary words (이, 삼), Han ones
 * are not; and each script reads its numerals with its own table. */
static inline bool figparse__is_hangul(uint32_t cp) {
    return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) ||
           (cp >= 0x3130 && cp <= 0x318F);
}

static inline bool figparse__is_han(uint32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || cp == 0x3007;
}

static inline unsigned char figparse__lower(unsigned char c) {
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* ---- runs of ASCII letters ------------------------------------------------ */

/* Each ASCII letter lowered; 0 for every other byte. */
static const unsigned char figparse__letter_lower[256] = {
    ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
    ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
    ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
    ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
    ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
    ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
    ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
    ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

/* What the tokenizer and the scan's skip read ASCII words with: the run of
 * ASCII letters (A-Z, a-z) that starts at u[p] (p < len). Returns where
 * it ends; *hash is figparse__word_hash() of the run lowered (its folded
 * form). The byte at the end, if any, is no ASCII letter (it may be a byte
 * >= 0x80, which the caller must look at). One pass, a byte at a time, as
 * the hash takes them (eight-byte letter tests cost more than they saved),
 * eight bytes per bound check where the text has them: the loop's count and
 * compare cost as much per letter as the test itself. The letters' cases,
 * which the skip seldom needs, are figparse__ascii_cases(). */
static inline size_t figparse__ascii_letters(const unsigned char *u, size_t p, size_t len,
                                             uint32_t *hash) {
    uint32_t h = FIGPARSE__HASH_INIT;
    unsigned char lower;
#define FIGPARSE__LETTER_AT(k)                                                                     \
    if (!(lower = figparse__letter_lower[u[p + (k)]])) {                                           \
        p += (k);                                                                                  \
        goto done;                                                                                 \
    }                                                                                              \
    h = figparse__hash_byte(h, lower)
    for (; len - p >= 8; p += 8) {
        FIGPARSE__LETTER_AT(0);
        FIGPARSE__LETTER_AT(1);
        FIGPARSE__LETTER_AT(2);
        FIGPARSE__LETTER_AT(3);
        FIGPARSE__LETTER_AT(4);
        FIGPARSE__LETTER_AT(5);
        FIGPARSE__LETTER_AT(6);
        FIGPARSE__LETTER_AT(7);
    }
    for (; p < len; p++) {
        FIGPARSE__LETTER_AT(0);
    }
#undef FIGPARSE__LETTER_AT
done:
    *hash = figparse__hash_end(h);
    return p;
}

/* FIGPARSE__TOKF_UPPER and/or FIGPARSE__TOKF_LOWER for the ASCII letters
 * u[start, end) (a letter with 0x20 set is lowercase): a word of up to
 * eight letters in one load where the text has eight bytes from start. */
static inline unsigned figparse__ascii_cases(const unsigned char *u, size_t start, size_t end,
                                             size_t len) {
    uint64_t lower = 0, upper = 0;
    if (end - start <= 8 && len - start >= 8) {
        unsigned past = (unsigned)(8 - (end - start)) * 8; /* the bits of the bytes past end */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        uint64_t x, mask = (~UINT64_C(0) << past) & UINT64_C(0x2020202020202020);
#else
        uint64_t x, mask = (~UINT64_C(0) >> past) & UINT64_C(0x2020202020202020);
#endif
        memcpy(&x, u + start, 8);
        lower = x & mask;
        upper = ~x & mask;
    } else {
        for (size_t p = start; p < end; p++) {
            lower |= u[p] & 0x20u;
            upper |= ~u[p] & 0x20u;
        }
    }
    return (lower ? FIGPARSE__TOKF_LOWER : 0) | (upper ? FIGPARSE__TOKF_UPPER : 0);
}

/* The token figparse__token_at() gives for the ASCII word u[start, end)
 * that figparse__ascii_letters() read (hash), when no byte >= 0x80
 * follows it or the general punctuation U+2010..2027 does. */
static inline void figparse__ascii_word_token(figparse__token *t, const unsigned char *u, size_t start,
                                              size_t end, size_t len, uint32_t hash) {
    unsigned cases = figparse__ascii_cases(u, start, end, len);
    t->start = start;
    t->end = end;
    t->cp = u[start];
    t->count = (uint16_t)(end - start > 65535 ? 65535 : end - start);
    t->type = FIGPARSE__TOK_WORD;
    t->flags = (uint8_t)(FIGPARSE__TOKF_ASCII | cases | (u[start] <= 'Z' ? FIGPARSE__TOKF_INITCAP : 0));
    t->known = 0;
    t->hash = hash;
}

#endif
