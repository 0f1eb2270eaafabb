/*
 * tokenize.c — UTF-8 text to tokens. See tokenize.h.
 *
 * Invalid UTF-8 never stops the tokenizer: each invalid byte becomes a
 * one-byte TOK_OTHER token, which separates whatever stands around it.
 */
#include "tokenize.h"
#include "window.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <string.h>

/* Classes of characters (the ASCII table below, unicode_class() beyond);
 * C_CASELESS is a letter without case (Han, Hangul, Thai, ...). */
enum { C_OTHER, C_DIGIT, C_UPPER, C_LOWER, C_SPACE, C_PUNCT, C_SYMBOL, C_CASELESS = C_LOWER + 10 };

static const unsigned char ascii_class[128] = {
    /* 0x00 */ C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER,
    /* 0x08 */ C_OTHER, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_SPACE, C_OTHER, C_OTHER,
    /* 0x10 */ C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER,
    /* 0x18 */ C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER, C_OTHER,
    /* ' ' */  C_SPACE, C_PUNCT, C_PUNCT, C_PUNCT, C_SYMBOL, C_PUNCT, C_PUNCT, C_PUNCT,
    /* '(' */  C_PUNCT, C_PUNCT, C_PUNCT, C_PUNCT, C_PUNCT, C_PUNCT, C_PUNCT, C_PUNCT,
    /* '0' */  C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT, C_DIGIT,
    /* '8' */  C_DIGIT, C_DIGIT, C_PUNCT, C_PUNCT, C_PUNCT, C_PUNCT, C_PUNCT, C_PUNCT,
    /* '@' */  C_PUNCT, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER,
    /* 'H' */  C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER,
    /* 'P' */  C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER, C_UPPER,
    /* 'X' */  C_UPPER, C_UPPER, C_UPPER, C_PUNCT, C_PUNCT, C_PUNCT, C_PUNCT, C_PUNCT,
    /* '`' */  C_PUNCT, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER,
    /* 'h' */  C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER,
    /* 'p' */  C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER, C_LOWER,
    /* 'x' */  C_LOWER, C_LOWER, C_LOWER, C_PUNCT, C_PUNCT, C_PUNCT, C_PUNCT, C_OTHER,
};

size_t figparse__utf8_decode(const char *s, size_t len, size_t pos, uint32_t *cp) {
    const unsigned char *u = (const unsigned char *)s;
    unsigned char b0 = u[pos];
    *cp = 0xFFFD;
    if (b0 < 0x80) {
        *cp = b0;
        return 1;
    }
    size_t n;
    uint32_t c, min;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        n = 2;
        c = b0 & 0x1F;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        n = 3;
        c = b0 & 0x0F;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        n = 4;
        c = b0 & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (len - pos < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        unsigned char b = u[pos + i];
        if ((b & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (b & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return n;
}

/* The CJK letters most text has: the Han ideographs of Unicode 1.1,
 * Hangul syllables, hiragana and katakana letters. Every one is a letter
 * without case (Lo) of a CJK script whose NFKC_Casefold is itself, in
 * every Unicode version since these were assigned (checked against ICU's
 * answers for each), so the tokenizer and the folding need not ask ICU. */
static inline bool is_common_cjk_letter(uint32_t c) {
    return (c >= 0x4E00 && c <= 0x9FA5) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0x3041 && c <= 0x3094) || (c >= 0x30A1 && c <= 0x30FA);
}

/* The Thai consonants and the vowels written as letters (U+0E01..U+0E30,
 * U+0E40..U+0E46: Lo, and Lm for the repetition mark) and the Thai digits
 * (U+0E50..U+0E59: Nd), in every Unicode version since Thai was assigned
 * (1.1), none of them cased, decomposed or composing: NFKC_Casefold leaves
 * each as it is. Thai text, and the mojibake of UTF-8 read as Windows-874
 * ("๐Ÿ”ฌ", "โ€ข"), are full of them. */
static inline bool is_thai_letter_or_digit(uint32_t c) {
    return c - 0x0E01u <= 0x0E59u - 0x0E01u && /* one test outside the block */
           (c <= 0x0E30 || (c >= 0x0E40 && c <= 0x0E46) || c >= 0x0E50);
}

/* Dashes, quotes, bullets: punctuation (P*) in every Unicode version. */
static inline bool is_general_punct(uint32_t c) { return c >= 0x2010 && c <= 0x2027; }

/* Classes of non-ASCII code points: the common CJK letters, general
 * punctuation, the Thai letters and digits and the currency signs
 * directly, the rest through ICU. check_tokenize compares the
 * shortcuts with ICU's answer for every code point they cover. */
static int unicode_class(uint32_t c, int *cjk) {
    if (is_common_cjk_letter(c)) {
        *cjk = 1;
        return C_CASELESS;
    }
    if (is_general_punct(c)) {
        *cjk = 0;
        return C_PUNCT;
    }
    if (c >= 0x20A0 && c <= 0x20BF) { /* the currency signs ("€", "₩", "₹"): Sc since Unicode 10 */
        *cjk = 0;
        return C_SYMBOL;
    }
    if (is_thai_letter_or_digit(c)) {
        *cjk = 0;
        return c >= 0x0E50 ? C_DIGIT : C_CASELESS;
    }
    return figparse__unicode_class_icu(c, cjk);
}

int figparse__unicode_class_of(uint32_t c, int *cjk) { return unicode_class(c, cjk); }

int figparse__unicode_class_icu(uint32_t c, int *cjk) {
    *cjk = 0;
    UChar32 u = (UChar32)c;
    if (u_isUWhiteSpace(u))
        return C_SPACE;
    int8_t t = u_charType(u);
    switch (t) {
    case U_DECIMAL_DIGIT_NUMBER:
        return C_DIGIT;
    case U_CURRENCY_SYMBOL:
        return C_SYMBOL;
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK: {
        UErrorCode err = U_ZERO_ERROR;
        UScriptCode sc = uscript_getScript(u, &err);
        if (U_SUCCESS(err) && (sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA ||
                               sc == USCRIPT_KATAKANA || sc == USCRIPT_HANGUL))
            *cjk = 1;
        if (t == U_UPPERCASE_LETTER || t == U_TITLECASE_LETTER)
            return C_UPPER;
        if (t == U_LOWERCASE_LETTER)
            return C_LOWER;
        return C_CASELESS;
    }
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_UNASSIGNED:
    case U_PRIVATE_USE_CHAR:
    case U_SURROGATE:
        return C_OTHER;
    default:
        return C_PUNCT;
    }
}

int figparse__digit_value(uint32_t cp) {
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp < 0x80)
        return -1;
    if (u_charType((UChar32)cp) != U_DECIMAL_DIGIT_NUMBER)
        return -1;
    return u_charDigitValue((UChar32)cp);
}

/* Class and length of the code point at pos; *cp is set. */
static int class_at(const char *s, size_t len, size_t pos, uint32_t *cp, size_t *n, int *cjk) {
    unsigned char b = (unsigned char)s[pos];
    *cjk = 0;
    if (b < 0x80) {
        *cp = b;
        *n = 1;
        return ascii_class[b];
    }
    *n = figparse__utf8_decode(s, len, pos, cp);
    if (*n == 0) {
        *n = 1;
        return -1; /* invalid byte */
    }
    return unicode_class(*cp, cjk);
}

static int is_letter_class(int k) { return k == C_UPPER || k == C_LOWER || k == C_CASELESS; }

/* figparse__token_at() for a token of any code points: each through the
 * decoder and ICU's classes. */
static void token_general(const char *s, size_t len, size_t pos, figparse__token *t) {
    t->start = pos;
    t->end = pos;
    t->cp = 0;
    t->count = 0;
    t->flags = 0;
    t->known = 0;
    t->hash = 0;
    uint32_t cp;
    size_t n;
    int cjk;
    int k = class_at(s, len, pos, &cp, &n, &cjk);
    t->cp = cp;
    t->end = pos + n;
    t->count = 1;
    unsigned ascii = (unsigned char)s[pos] < 0x80 ? FIGPARSE__TOKF_ASCII : 0;

    if (k < 0 || k == C_OTHER) {
        t->type = FIGPARSE__TOK_OTHER;
        t->flags = (uint8_t)ascii;
        return;
    }
    if (k == C_PUNCT || k == C_SYMBOL) {
        t->type = k == C_PUNCT ? FIGPARSE__TOK_PUNCT : FIGPARSE__TOK_SYMBOL;
        t->flags = (uint8_t)ascii;
        return;
    }

    unsigned flags = ascii;
    if (k == C_SPACE) {
        t->type = FIGPARSE__TOK_SPACE;
        size_t p = pos;
        unsigned count = 0;
        for (;;) {
            if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85 ||
                cp == 0x0B || cp == 0x0C)
                flags |= FIGPARSE__TOKF_NEWLINE;
            p += n;
            count++;
            if (p >= len)
                break;
            int k2 = class_at(s, len, p, &cp, &n, &cjk);
            if (k2 != C_SPACE)
                break;
            if ((unsigned char)s[p] >= 0x80)
                flags &= ~(unsigned)FIGPARSE__TOKF_ASCII;
        }
        if (count > 1)
            flags |= FIGPARSE__TOKF_WIDE;
        t->end = p;
        t->count = (uint16_t)(count > 65535 ? 65535 : count);
        t->flags = (uint8_t)flags;
        return;
    }

    if (k == C_DIGIT) {
        t->type = FIGPARSE__TOK_DIGITS;
        /* A run of digits of one script: ASCII digits do not continue a run
         * of Arabic-Indic ones. Digits of one script are contiguous in
         * Unicode, so cp - value identifies the script's zero. */
        uint32_t zero = cp - (uint32_t)figparse__digit_value(cp);
        size_t p = pos + n;
        unsigned count = 1;
        while (p < len) {
            unsigned char b = (unsigned char)s[p];
            if (b < 0x80) { /* the common case, without decoding */
                if (b < '0' || b > '9' || zero != '0')
                    break;
                p++;
                count++;
                continue;
            }
            uint32_t c2;
            size_t n2;
            int k2 = class_at(s, len, p, &c2, &n2, &cjk);
            if (k2 != C_DIGIT || c2 - (uint32_t)figparse__digit_value(c2) != zero)
                break;
            p += n2;
            count++;
        }
        t->end = p;
        t->count = (uint16_t)(count > 65535 ? 65535 : count);
        t->flags = (uint8_t)ascii;
        return;
    }

    /* A word. */
    t->type = FIGPARSE__TOK_WORD;
    if (cjk) {
        t->flags = FIGPARSE__TOKF_CJK;
        return;
    }
    if (k == C_UPPER)
        flags |= FIGPARSE__TOKF_UPPER | FIGPARSE__TOKF_INITCAP;
    else if (k == C_LOWER)
        flags |= FIGPARSE__TOKF_LOWER;
    size_t p = pos + n;
    unsigned count = 1;
    while (p < len) {
        unsigned char b = (unsigned char)s[p];
        if (b < 0x80) { /* the common case, without decoding */
            int k2 = ascii_class[b];
            if (k2 != C_UPPER && k2 != C_LOWER)
                break;
            flags |= k2 == C_UPPER ? FIGPARSE__TOKF_UPPER : FIGPARSE__TOKF_LOWER;
            p++;
            count++;
            continue;
        }
        uint32_t c2;
        size_t n2;
        int k2 = class_at(s, len, p, &c2, &n2, &cjk);
        if (!is_letter_class(k2) || cjk)
            break;
        if (k2 == C_UPPER)
            flags |= FIGPARSE__TOKF_UPPER;
        else if (k2 == C_LOWER)
            flags |= FIGPARSE__TOKF_LOWER;
        if ((unsigned char)s[p] >= 0x80)
            flags &= ~(unsigned)FIGPARSE__TOKF_ASCII;
        p += n2;
        count++;
    }
    t->end = p;
    t->count = (uint16_t)(count > 65535 ? 65535 : count);
    t->flags = (uint8_t)flags;
    if (flags & FIGPARSE__TOKF_ASCII) { /* ASCII letters alone: "word" of "word’s" */
        uint32_t h = FIGPARSE__HASH_INIT;
        for (size_t q = pos; q < p; q++)
            h = figparse__hash_byte(h, figparse__lower((unsigned char)s[q]));
        t->hash = figparse__hash_end(h);
    }
}

static uint16_t saturate(size_t count) { return (uint16_t)(count > 65535 ? 65535 : count); }

/* Whether the dashes, quotes and bullets of is_general_punct() are at
 * u[p] (a byte >= 0x80): E2 80 80-BF is U+2000-U+203F, a valid form. */
static inline bool general_punct_at(const unsigned char *u, size_t p, size_t len) {
    return u[p] == 0xE2 && len - p >= 3 && u[p + 1] == 0x80 && (u[p + 2] & 0xC0) == 0x80 &&
           is_general_punct(0x2000 | (u[p + 2] & 0x3Fu));
}

/* Whether the token at u[pos] (pos < len) is the commonest one, a single
 * space between two words: the space case of token_at() stops at the byte
 * after it when that is 0x21-0x7F (no space, nothing >= 0x80). */
static inline bool single_space_at(const unsigned char *u, size_t pos, size_t len) {
    return u[pos] == ' ' && len - pos >= 2 && (unsigned char)(u[pos + 1] - 0x21) <= 0x7F - 0x21;
}

/* The token token_at() gives for such a space. */
static inline void single_space_token(figparse__token *t, size_t pos) {
    t->start = pos;
    t->end = pos + 1;
    t->cp = ' ';
    t->count = 1;
    t->type = FIGPARSE__TOK_SPACE;
    t->flags = FIGPARSE__TOKF_ASCII;
    t->known = 0;
    t->hash = 0;
}

/* The ASCII word at u[pos] (an ASCII letter) into *t, as token_general()
 * would read it; false when it runs into a byte >= 0x80 that may go on in
 * letters of other scripts (not a quote: "world’s"), which it leaves to
 * token_general(). */
static inline bool ascii_word_at(const unsigned char *u, size_t pos, size_t len, figparse__token *t) {
    uint32_t h;
    size_t p = figparse__ascii_letters(u, pos, len, &h);
    if (p < len && u[p] >= 0x80 && !general_punct_at(u, p, len))
        return false;
    figparse__ascii_word_token(t, u, pos, p, len, h);
    return true;
}

/* Tokens that begin with an ASCII byte are read here without the decoder;
 * a run that meets a byte >= 0x80 (which may go on in another script's
 * letters, digits or spaces) is read again by token_general(). Inline in
 * the window's reader, which asks for most tokens. */
static inline void token_at(const char *s, size_t len, size_t pos, figparse__token *t) {
    const unsigned char *u = (const unsigned char *)s;
    t->start = pos;
    t->known = 0;
    t->hash = 0;
    if (pos >= len) {
        t->end = pos;
        t->cp = 0;
        t->count = 0;
        t->type = FIGPARSE__TOK_END;
        t->flags = 0;
        return;
    }
    unsigned char b = u[pos];
    if (b >= 0x80) {
        /* The commonest non-ASCII tokens of English text: token_general()
         * ends a punctuation token after its one code point. */
        if (general_punct_at(u, pos, len)) {
            t->end = pos + 3;
            t->cp = 0x2000 | (u[pos + 2] & 0x3Fu);
            t->count = 1;
            t->type = FIGPARSE__TOK_PUNCT;
            t->flags = 0;
            return;
        }
        token_general(s, len, pos, t);
        return;
    }
    t->cp = b;
    size_t p;
    if (single_space_at(u, pos, len)) {
        single_space_token(t, pos);
        return;
    }
    switch (ascii_class[b]) {
    case C_UPPER:
    case C_LOWER:
        if (!ascii_word_at(u, pos, len, t))
            token_general(s, len, pos, t);
        return;
    case C_SPACE: {
        unsigned flags = FIGPARSE__TOKF_ASCII;
        for (p = pos; p < len; p++) {
            unsigned char c = u[p];
            if (c == ' ')
                continue;
            if (c >= 0x80) { /* it may go on in spaces of other scripts */
                token_general(s, len, pos, t);
                return;
            }
            if (c < '\t' || c > '\r')
                break;
            if (c != '\t') /* \n \v \f \r */
                flags |= FIGPARSE__TOKF_NEWLINE;
        }
        if (p - pos > 1)
            flags |= FIGPARSE__TOKF_WIDE;
        t->type = FIGPARSE__TOK_SPACE;
        t->flags = (uint8_t)flags;
        break;
    }
    case C_DIGIT: { /* ASCII digits go on only in ASCII digits */
        uint32_t value = b - '0'; /* wraps past 9 digits, where it is not kept */
        for (p = pos + 1; p < len && u[p] >= '0' && u[p] <= '9'; p++)
            value = value * 10 + (u[p] - '0');
        t->type = FIGPARSE__TOK_DIGITS;
        t->flags = FIGPARSE__TOKF_ASCII;
        if (p - pos <= 9) {
            t->flags |= FIGPARSE__TOKF_VALUE;
            t->hash = value;
        }
        break;
    }
    case C_PUNCT:
    case C_SYMBOL:
    case C_OTHER:
    default:
        p = pos + 1;
        t->type = ascii_class[b] == C_PUNCT    ? FIGPARSE__TOK_PUNCT
                  : ascii_class[b] == C_SYMBOL ? FIGPARSE__TOK_SYMBOL
                                               : FIGPARSE__TOK_OTHER;
        t->flags = FIGPARSE__TOKF_ASCII;
        break;
    }
    t->end = p;
    t->count = saturate(p - pos);
}

void figparse__token_at(const char *s, size_t len, size_t pos, figparse__token *t) {
    token_at(s, len, pos, t);
}

void figparse__token_at_general(const char *s, size_t len, size_t pos, figparse__token *t) {
    if (pos >= len)
        token_at(s, len, pos, t); /* END */
    else
        token_general(s, len, pos, t);
}

_Static_assert(FIGPARSE__FOLD_MEMOS <= 8 && (FIGPARSE__FOLD_MEMOS & (FIGPARSE__FOLD_MEMOS - 1)) == 0,
               "fold memo slots: a bit each in a byte, picked by the code point's low bits");

/* Appends the NFKC_Casefold of one non-ASCII code point as UTF-8. A
 * code point that folds to itself is written as it is, without
 * normalizing: the common CJK letters, the Thai letters and digits, and
 * whatever ICU's data says is normalization-inert in NFKC_Casefold (no
 * decomposition, no case folding, combining class 0, composes with
 * nothing: normalized alone it is itself, as figparse__fold_cp_icu() would
 * give it). What ICU folds is kept in memo (or NULL): a code point's fold
 * is its own, the same at every reading, and a kept one fails where it
 * would not fit as figparse__fold_cp_icu() fails. */
static bool fold_cp(figparse__fold_memo *memo, uint32_t cp, char *buf, size_t *n, size_t cap) {
    if (!is_common_cjk_letter(cp) && !is_thai_letter_or_digit(cp)) {
        unsigned s = cp & (FIGPARSE__FOLD_MEMOS - 1);
        if (memo && (memo->filled >> s & 1) && memo->cp[s] == cp) {
            if (*n + memo->len[s] >= cap)
                return false;
            memcpy(buf + *n, memo->folded[s], memo->len[s]);
            *n += memo->len[s];
            return true;
        }
        UErrorCode err = U_ZERO_ERROR;
        const UNormalizer2 *nfkc_cf = unorm2_getNFKCCasefoldInstance(&err);
        if (U_FAILURE(err) || !unorm2_isInert(nfkc_cf, (UChar32)cp)) {
            size_t from = *n;
            if (!figparse__fold_cp_icu(cp, buf, n, cap))
                return false;
            if (memo && *n - from <= FIGPARSE__FOLD_MEMO_BYTES) {
                memo->filled |= (uint8_t)(1u << s);
                memo->cp[s] = cp;
                memo->len[s] = (uint8_t)(*n - from);
                memcpy(memo->folded[s], buf + from, *n - from);
            }
            return true;
        }
    }
    if (*n + U8_LENGTH(cp) >= cap)
        return false;
    U8_APPEND_UNSAFE(buf, *n, cp);
    return true;
}

bool figparse__fold_cp(uint32_t cp, char *buf, size_t *n, size_t cap) {
    return fold_cp(NULL, cp, buf, n, cap);
}

bool figparse__fold_cp_icu(uint32_t cp, char *buf, size_t *n, size_t cap) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfkc_cf = unorm2_getNFKCCasefoldInstance(&err);
    if (U_FAILURE(err))
        return false;
    UChar src[2], dst[16];
    int32_t slen = 0;
    U16_APPEND_UNSAFE(src, slen, (UChar32)cp);
    int32_t dlen = unorm2_normalize(nfkc_cf, src, slen, dst, 16, &err);
    if (U_FAILURE(err))
        return false;
    char out[64];
    int32_t olen = 0;
    err = U_ZERO_ERROR;
    u_strToUTF8(out, (int32_t)sizeof out, &olen, dst, dlen, &err);
    if (U_FAILURE(err) || *n + (size_t)olen >= cap)
        return false;
    memcpy(buf + *n, out, (size_t)olen);
    *n += (size_t)olen;
    return true;
}


/* The length of a folded key's first word, as the filters cut it. */
static size_t first_word_len(const char *key, size_t len) {
    size_t n = 0;
    uint32_t cp;
    size_t first = len ? figparse__utf8_decode(key, len, 0, &cp) : 0;
    if (first > 1) {
        int cjk;
        unicode_class(cp, &cjk);
        if (cjk)
            n = first;
    }
    if (n == 0)
        while (n < len && ((unsigned char)key[n] >= 0x80 ||
                           (key[n] >= 'a' && key[n] <= 'z')))
            n++;
    return n;
}

size_t figparse__first_word_len(const char *key, size_t len) { return first_word_len(key, len); }

void figparse__filter_add_key(uint64_t *bits, const char *key) {
    size_t n = first_word_len(key, strlen(key));
    if (n > 0)
        figparse__filter_set(bits, figparse__word_hash(key, n));
}

size_t figparse__filter_add_sign_keys(uint64_t *bits, uint64_t *spaced, const char *key) {
    size_t n = first_word_len(key, strlen(key));
    if (n > 0) {
        uint32_t h = figparse__word_hash(key, n);
        figparse__sign_filter_set(bits, h);
        if (spaced && key[n] == ' ')
            figparse__sign_filter_set(spaced, h);
    }
    return n;
}

void figparse__filter_add_longer_key(uint64_t *bits, const char *key) {
    size_t len = strlen(key), n = first_word_len(key, len);
    if (n > 0 && n < len)
        figparse__filter_set(bits, figparse__word_hash(key, n));
}

void figparse__filter_add_later_words(uint64_t *bits, const char *key) {
    bool first = true;
    for (size_t p = 0; key[p];) {
        size_t n = 0;
        bool ascii = true;
        for (unsigned char c; (c = (unsigned char)key[p + n]) >= 0x80 || (c >= 'a' && c <= 'z'); n++)
            ascii = ascii && c < 0x80;
        if (n == 0) {
            p++;
            continue;
        }
        if (!first && ascii)
            figparse__filter_set(bits, figparse__word_hash(key + p, n));
        first = false;
        p += n;
    }
}

/* figparse__fold_token(), with fold_cp()'s memo (or NULL). */
static bool fold_token(const char *text, size_t len, const figparse__token *t, char *buf, size_t *n, size_t cap,
                       figparse__fold_memo *memo) {
    for (size_t p = t->start; p < t->end;) {
        unsigned char b = (unsigned char)text[p];
        if (b < 0x80) {
            if (*n + 1 >= cap)
                return false;
            buf[(*n)++] = (char)figparse__lower(b);
            p++;
            continue;
        }
        uint32_t cp;
        size_t l = figparse__utf8_decode(text, len, p, &cp);
        if (l == 0 || !fold_cp(memo, cp, buf, n, cap))
            return false;
        p += l;
    }
    return true;
}

bool figparse__fold_token(const char *text, size_t len, const figparse__token *t, char *buf,
                          size_t *n, size_t cap) {
    return fold_token(text, len, t, buf, n, cap, NULL);
}

/* ---- the window's slots (window.h) ------------------------------------------ */

/* An ASCII word's folded form is its bytes lowered (a letter with 0x20
 * set is lowercase): copied eight at a time where the text has them (the
 * bytes past the word in the slot are not part of the form). */
static inline void fold_ascii(const char *text, size_t len, size_t start, size_t n, char *out) {
    size_t k = 0;
    for (; k < n && len - (start + k) >= 8; k += 8) {
        uint64_t x;
        memcpy(&x, text + start + k, 8);
        x |= UINT64_C(0x2020202020202020);
        memcpy(out + k, &x, 8);
    }
    for (; k < n; k++)
        out[k] = (char)((unsigned char)text[start + k] | 0x20);
}

/* The filters' verdict on a word whose folded form (if any: ok) hashes to
 * h, as figparse__known() gives it. */
static unsigned known_bits(const figparse__window *w, bool ok, uint32_t h) {
    if (!ok)
        return FIGPARSE__KNOWN_ASKED;
    /* the bits by arithmetic: fewer instructions than two tests */
    return FIGPARSE__KNOWN_ASKED | (unsigned)figparse__filter_has(w->words, h) * FIGPARSE__KNOWN_WORD |
           (unsigned)figparse__sign_filter_has(w->signs, h) * FIGPARSE__KNOWN_SIGN;
}

/* What the window keeps with a token it reads, besides no memos and no
 * folded form (figparse__tok() clears both): an ASCII word's folded form
 * and hash, as figparse__window_fold() would fold it. */
static inline void keep_token(figparse__window *w, int slot) {
    const figparse__token *t = &w->tok[slot];
    size_t n = t->end - t->start;
    if (t->type == FIGPARSE__TOK_WORD && (t->flags & FIGPARSE__TOKF_ASCII) && n < FIGPARSE__FOLD_CAP) {
        fold_ascii(w->text, w->len, t->start, n, w->fold[slot]);
        w->asked[slot].fold_n = (uint8_t)n;
        w->fold_letters[slot] = 1;
        w->fold_hash[slot] = t->hash;
        if (w->words) /* the verdict too, while the hash is at hand */
            w->tok[slot].known = (uint8_t)known_bits(w, true, t->hash);
    }
}

void figparse__window_start_at(figparse__window *w, const figparse__token *t) {
    figparse__window_restart(w, t->start);
    w->tok[w->head] = *t;
    figparse__asked_none(w, w->head);
    keep_token(w, w->head);
    w->filled = 1;
}

/* Reads tokens filled..i (0 <= i < FIGPARSE__WINDOW), each where the one
 * before it ends. They never wrap around the ring
 * (figparse__window_shift()), so token k is slot head + k. Past the text,
 * token_at() gives END at len, as the END token before it. */
#if defined(__GNUC__)
__attribute__((noinline)) /* so that the one-space read below needs no saved registers */
#endif
static const figparse__token *fill_tokens(figparse__window *w, int i) {
    int k = w->filled > 0 ? w->filled : 0;
    size_t pos = k > 0 ? w->first[k - 1].end : w->start;
    for (; k <= i; k++) {
        int slot = figparse__slot_of(w, k);
        figparse__asked_none(w, slot);
        token_at(w->text, w->len, pos, &w->tok[slot]);
        keep_token(w, slot);
        pos = w->tok[slot].end;
    }
    w->filled = k;
    return &w->first[i];
}

/* Token i, the one after the last read, from pos when it is an ASCII
 * word there (an ASCII letter at pos): read and kept as fill_tokens()
 * would, without its loop. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static const figparse__token *read_word(figparse__window *w, int i, size_t pos) {
    int slot = figparse__slot_of(w, i);
    if (!ascii_word_at((const unsigned char *)w->text, pos, w->len, &w->tok[slot]))
        return fill_tokens(w, i);
    figparse__asked_none(w, slot);
    keep_token(w, slot);
    w->filled = i + 1;
    return &w->tok[slot];
}

/* One token a call, nearly always the one after the last read, and nearly
 * half of those one space: that is read here, without a call or a loop. */
const figparse__token *figparse__window_fill(figparse__window *w, int i) {
    static const figparse__token end = {0, 0, 0, 0, FIGPARSE__TOK_END, 0, 0, 0};
    if (i < 0 || i >= FIGPARSE__WINDOW)
        return &end;
    if (i > 0 && i == w->filled) {
        size_t pos = w->first[i - 1].end;
        const unsigned char *u = (const unsigned char *)w->text;
        if (pos < w->len && single_space_at(u, pos, w->len)) {
            int slot = figparse__slot_of(w, i);
            figparse__asked_none(w, slot);
            single_space_token(&w->tok[slot], pos); /* keep_token() keeps nothing of it */
            w->filled = i + 1;
            return &w->tok[slot];
        }
        if (pos < w->len && figparse__letter_lower[u[pos]])
            return read_word(w, i, pos);
    }
    return fill_tokens(w, i);
}

void figparse__window_move_down(figparse__window *w, int n) {
    for (int k = n; k < w->filled; k++) {
        int from = w->head + k, to = k - n; /* to < from: each slot is read before it is written */
        w->tok[to] = w->tok[from];
        w->asked[to] = w->asked[from];
        w->fold_letters[to] = w->fold_letters[from];
        w->fold_hash[to] = w->fold_hash[from];
        memcpy(w->fold[to], w->fold[from], sizeof w->fold[to]);
        for (int m = 0; m < w->asked[from].nmemo; m++) /* few: a loop, not a library call */
            w->memo[to][m] = w->memo[from][m];
    }
    w->head = 0;
}

unsigned figparse__window_fold(figparse__window *w, int i) {
    const figparse__token *t = figparse__tok(w, i);
    int slot = figparse__slot_of(w, i);
    size_t m = 0;
    const char *f = w->fold[slot];
    bool ok = fold_token(w->text, w->len, t, w->fold[slot], &m, FIGPARSE__FOLD_CAP, &w->fold_memo);
    w->asked[slot].fold_n = ok ? (uint8_t)m : FIGPARSE__FOLD_FAILED; /* m < FIGPARSE__FOLD_CAP */
    if (ok) { /* one pass for both */
        bool letters = true;
        uint32_t h = FIGPARSE__HASH_INIT;
        for (size_t k = 0; k < m; k++) {
            unsigned char c = (unsigned char)f[k];
            letters = letters && (c >= 0x80 || (c >= 'a' && c <= 'z'));
            h = figparse__hash_byte(h, c);
        }
        w->fold_letters[slot] = letters;
        w->fold_hash[slot] = figparse__hash_end(h);
    }
    return w->asked[slot].fold_n;
}

unsigned figparse__window_known(figparse__window *w, int i) {
    if (!w->words)
        return FIGPARSE__KNOWN_WORD | FIGPARSE__KNOWN_SIGN;
    figparse__token *t = figparse__slot(w, i);
    size_t n = 0;
    uint32_t h = 0;
    bool letters;
    bool ok = figparse__folded_hash(w, i, &n, &h, &letters) != NULL;
    t->known = (uint8_t)known_bits(w, ok, h);
    return t->known;
}
