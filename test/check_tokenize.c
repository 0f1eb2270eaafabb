/*
 * check_tokenize.c — the tokenizer (tokenize.h): token types, byte spans and
 * flags for ASCII, Unicode spaces, digits of other scripts, CJK, currency
 * signs and invalid UTF-8; and figparse__utf8_decode() on its own.
 */
#include "tokenize.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static const char *const type_names[] = {"END", "DIGITS", "WORD", "SYMBOL", "PUNCT", "SPACE",
                                         "OTHER"};

static const char *tname(int t) { return t >= 0 && t <= 6 ? type_names[t] : "?"; }

/* The token of text[0..len) at pos. */
static figparse__token tok_n(const char *text, size_t len, size_t pos) {
    figparse__token t;
    memset(&t, 0xAB, sizeof t);
    figparse__token_at(text, len, pos, &t);
    return t;
}

static figparse__token tok(const char *text, size_t pos) { return tok_n(text, strlen(text), pos); }

/* Asserts type and byte span of the token at pos. */
#define ck_tok(text, len, pos, type_, start_, end_)                             \
    do {                                                                        \
        figparse__token t_ = tok_n((text), (len), (pos));                       \
        ck_assert_msg(t_.type == (type_) && t_.start == (start_) && t_.end == (end_), \
                      "token at %zu of \"%s\": expected %s [%zu,%zu), got %s [%zu,%zu)", \
                      (size_t)(pos), (text), tname(type_), (size_t)(start_),    \
                      (size_t)(end_), tname(t_.type), t_.start, t_.end);         \
    } while (0)

#define ck_tok_s(text, pos, type_, start_, end_) ck_tok(text, strlen(text), pos, type_, start_, end_)

/* Walks text from 0 and checks that the token types come in this order and
 * tile the text. */
static void expect_types(const char *text, size_t len, const int *types, size_t n) {
    size_t pos = 0;
    for (size_t i = 0; i < n; i++) {
        figparse__token t = tok_n(text, len, pos);
        ck_assert_msg(t.type == types[i], "\"%s\": token %zu at %zu is %s, expected %s", text, i,
                      pos, tname(t.type), tname(types[i]));
        ck_assert_msg(t.start == pos, "\"%s\": token %zu starts at %zu, not %zu", text, i, t.start,
                      pos);
        ck_assert_msg(t.end > t.start, "\"%s\": empty token %zu", text, i);
        pos = t.end;
    }
    ck_assert_msg(pos == len, "\"%s\": tokens end at %zu, text at %zu", text, pos, len);
    ck_assert_int_eq(tok_n(text, len, pos).type, FIGPARSE__TOK_END);
}

/* ---- ASCII --------------------------------------------------------------- */

START_TEST(ascii_words) {
    const char *s = "Hello world USD";
    figparse__token t = tok(s, 0);
    ck_assert_int_eq(t.type, FIGPARSE__TOK_WORD);
    ck_assert_uint_eq(t.start, 0);
    ck_assert_uint_eq(t.end, 5);
    ck_assert_uint_eq(t.count, 5);
    ck_assert_uint_eq(t.cp, 'H');
    ck_assert(t.flags & FIGPARSE__TOKF_ASCII);
    ck_assert(t.flags & FIGPARSE__TOKF_UPPER);
    ck_assert(t.flags & FIGPARSE__TOKF_LOWER);
    ck_assert(t.flags & FIGPARSE__TOKF_INITCAP);
    ck_assert(!(t.flags & FIGPARSE__TOKF_CJK));

    ck_tok_s(s, 5, FIGPARSE__TOK_SPACE, 5, 6);
    t = tok(s, 6);
    ck_assert_int_eq(t.type, FIGPARSE__TOK_WORD);
    ck_assert_uint_eq(t.end, 11);
    ck_assert(t.flags & FIGPARSE__TOKF_LOWER);
    ck_assert(!(t.flags & FIGPARSE__TOKF_UPPER));
    ck_assert(!(t.flags & FIGPARSE__TOKF_INITCAP));

    t = tok(s, 12);
    ck_assert_int_eq(t.type, FIGPARSE__TOK_WORD);
    ck_assert_uint_eq(t.start, 12);
    ck_assert_uint_eq(t.end, 15);
    ck_assert(t.flags & FIGPARSE__TOKF_UPPER);
    ck_assert(t.flags & FIGPARSE__TOKF_INITCAP);
    ck_assert(!(t.flags & FIGPARSE__TOKF_LOWER));

    /* mixed case that does not start upper */
    t = tok("eBay", 0);
    ck_assert(t.flags & FIGPARSE__TOKF_UPPER);
    ck_assert(!(t.flags & FIGPARSE__TOKF_INITCAP));
}
END_TEST

START_TEST(ascii_digit_runs) {
    const char *s = "12345abc 7";
    figparse__token t = tok(s, 0);
    ck_assert_int_eq(t.type, FIGPARSE__TOK_DIGITS);
    ck_assert_uint_eq(t.end, 5);
    ck_assert_uint_eq(t.count, 5);
    ck_assert_uint_eq(t.cp, '1');
    ck_assert(t.flags & FIGPARSE__TOKF_ASCII);
    ck_tok_s(s, 5, FIGPARSE__TOK_WORD, 5, 8);
    ck_tok_s(s, 9, FIGPARSE__TOK_DIGITS, 9, 10);
    ck_tok_s("abc123", 0, FIGPARSE__TOK_WORD, 0, 3);
    ck_tok_s("abc123", 3, FIGPARSE__TOK_DIGITS, 3, 6);
    /* separators split digit runs */
    static const int types[] = {FIGPARSE__TOK_DIGITS, FIGPARSE__TOK_PUNCT, FIGPARSE__TOK_DIGITS,
                                FIGPARSE__TOK_PUNCT, FIGPARSE__TOK_DIGITS};
    expect_types("1,250.00", 8, types, 5);
}
END_TEST

START_TEST(currency_symbols) {
    ck_tok_s("$4.99", 0, FIGPARSE__TOK_SYMBOL, 0, 1);
    ck_assert_uint_eq(tok("$4.99", 0).cp, '$');
    ck_tok_s("$4.99", 1, FIGPARSE__TOK_DIGITS, 1, 2);

    struct { const char *text; uint32_t cp; size_t len; } signs[] = {
        {"\xe2\x82\xac" "5", 0x20AC, 3}, /* € */
        {"\xe2\x82\xa9" "5", 0x20A9, 3}, /* ₩ */
        {"\xc2\xa5" "5", 0x00A5, 2},     /* ¥ */
        {"\xe2\x82\xb9" "5", 0x20B9, 3}, /* ₹ */
        {"\xc2\xa3" "5", 0x00A3, 2},     /* £ */
        {"\xe2\x82\xbd" "5", 0x20BD, 3}, /* ₽ */
        {"\xc2\xa2" "5", 0x00A2, 2},     /* ¢ */
    };
    for (size_t i = 0; i < sizeof signs / sizeof signs[0]; i++) {
        figparse__token t = tok(signs[i].text, 0);
        ck_assert_msg(t.type == FIGPARSE__TOK_SYMBOL && t.start == 0 && t.end == signs[i].len &&
                          t.cp == signs[i].cp,
                      "sign U+%04X: got %s [%zu,%zu) cp U+%04X", (unsigned)signs[i].cp,
                      tname(t.type), t.start, t.end, (unsigned)t.cp);
        ck_assert(!(t.flags & FIGPARSE__TOKF_ASCII));
        ck_tok_s(signs[i].text, signs[i].len, FIGPARSE__TOK_DIGITS, signs[i].len, signs[i].len + 1);
    }
    /* one sign per token */
    ck_tok_s("$$", 0, FIGPARSE__TOK_SYMBOL, 0, 1);
    ck_tok_s("$$", 1, FIGPARSE__TOK_SYMBOL, 1, 2);
    ck_tok_s("\xe2\x82\xac\xe2\x82\xac", 0, FIGPARSE__TOK_SYMBOL, 0, 3);
    /* US$: a word then a sign */
    ck_tok_s("US$5", 0, FIGPARSE__TOK_WORD, 0, 2);
    ck_tok_s("US$5", 2, FIGPARSE__TOK_SYMBOL, 2, 3);
}
END_TEST

START_TEST(punctuation) {
    const char *p = ",.()-%:;/'\"!?";
    for (size_t i = 0; i < strlen(p); i++) {
        figparse__token t = tok(p, i);
        ck_assert_msg(t.type == FIGPARSE__TOK_PUNCT && t.end == i + 1 && t.cp == (unsigned char)p[i],
                      "'%c': got %s [%zu,%zu)", p[i], tname(t.type), t.start, t.end);
    }
    /* non-ASCII punctuation and symbols, one per token */
    ck_tok_s("\xe2\x80\x94" "x", 0, FIGPARSE__TOK_PUNCT, 0, 3); /* em dash */
    ck_tok_s("\xe2\x80\x93" "x", 0, FIGPARSE__TOK_PUNCT, 0, 3); /* en dash */
    ck_tok_s("\xe2\x88\x92" "5", 0, FIGPARSE__TOK_PUNCT, 0, 3); /* minus sign */
    ck_assert_uint_eq(tok("\xe2\x88\x92" "5", 0).cp, 0x2212);
    ck_tok_s("\xe2\x80\x99" "s", 0, FIGPARSE__TOK_PUNCT, 0, 3); /* right quote */
    ck_tok_s("--", 0, FIGPARSE__TOK_PUNCT, 0, 1);
}
END_TEST

/* ---- spaces -------------------------------------------------------------- */

START_TEST(unicode_spaces_are_one_space_token) {
    struct { const char *text; size_t end; } cases[] = {
        {"1 2", 2},
        {"1\t2", 2},
        {"1\xc2\xa0" "2", 3},     /* U+00A0 no-break space */
        {"1\xe2\x80\xaf" "2", 4}, /* U+202F narrow no-break space */
        {"1\xe2\x80\x89" "2", 4}, /* U+2009 thin space */
        {"1\xe3\x80\x80" "2", 4}, /* U+3000 ideographic space */
        {"1\xe2\x80\x82" "2", 4}, /* U+2002 en space */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *s = cases[i].text;
        figparse__token t = tok(s, 1);
        ck_assert_msg(t.type == FIGPARSE__TOK_SPACE && t.start == 1 && t.end == cases[i].end,
                      "space case %zu: got %s [%zu,%zu)", i, tname(t.type), t.start, t.end);
        ck_assert_uint_eq(t.count, 1);
        ck_assert(!(t.flags & FIGPARSE__TOKF_NEWLINE));
        ck_assert(!(t.flags & FIGPARSE__TOKF_WIDE));
        ck_tok_s(s, cases[i].end, FIGPARSE__TOK_DIGITS, cases[i].end, cases[i].end + 1);
    }
    /* a mixed run is one token of four characters */
    const char *mix = "a \xc2\xa0\xe2\x80\x89\xe3\x80\x80" "b";
    figparse__token t = tok(mix, 1);
    ck_assert_int_eq(t.type, FIGPARSE__TOK_SPACE);
    ck_assert_uint_eq(t.end, 1 + 1 + 2 + 3 + 3);
    ck_assert_uint_eq(t.count, 4);
    ck_assert(t.flags & FIGPARSE__TOKF_WIDE);
    ck_assert(!(t.flags & FIGPARSE__TOKF_ASCII));
    ck_assert(!(t.flags & FIGPARSE__TOKF_NEWLINE));
    /* a plain ASCII run keeps the ASCII flag */
    t = tok("a   b", 1);
    ck_assert_uint_eq(t.end, 4);
    ck_assert(t.flags & FIGPARSE__TOKF_ASCII);
    ck_assert(t.flags & FIGPARSE__TOKF_WIDE);
}
END_TEST

START_TEST(newline_flag) {
    figparse__token t = tok("a\nb", 1);
    ck_assert_int_eq(t.type, FIGPARSE__TOK_SPACE);
    ck_assert_uint_eq(t.end, 2);
    ck_assert(t.flags & FIGPARSE__TOKF_NEWLINE);

    t = tok("a  \r\n  b", 1);
    ck_assert_int_eq(t.type, FIGPARSE__TOK_SPACE);
    ck_assert_uint_eq(t.end, 7);
    ck_assert(t.flags & FIGPARSE__TOKF_NEWLINE);
    ck_assert(t.flags & FIGPARSE__TOKF_WIDE);

    t = tok("a\xe2\x80\xa8" "b", 1); /* U+2028 line separator */
    ck_assert_int_eq(t.type, FIGPARSE__TOK_SPACE);
    ck_assert_uint_eq(t.end, 4);
    ck_assert(t.flags & FIGPARSE__TOKF_NEWLINE);

    t = tok("a\xe2\x80\xa9" "b", 1); /* U+2029 paragraph separator */
    ck_assert(t.flags & FIGPARSE__TOKF_NEWLINE);

    t = tok("a \t b", 1);
    ck_assert(!(t.flags & FIGPARSE__TOKF_NEWLINE));
}
END_TEST

/* ---- digits of other scripts -------------------------------------------- */

START_TEST(fullwidth_digits) {
    const char *s = "\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93"; /* １２３ */
    figparse__token t = tok(s, 0);
    ck_assert_int_eq(t.type, FIGPARSE__TOK_DIGITS);
    ck_assert_uint_eq(t.end, 9);
    ck_assert_uint_eq(t.count, 3);
    ck_assert_uint_eq(t.cp, 0xFF11);
    ck_assert(!(t.flags & FIGPARSE__TOKF_ASCII));
    ck_assert_int_eq(figparse__digit_value(0xFF11), 1);
    ck_assert_int_eq(figparse__digit_value(0xFF10), 0);
}
END_TEST

START_TEST(arabic_indic_digits) {
    const char *s = "\xd9\xa3\xd9\xa4\xd9\xa5"; /* ٣٤٥ */
    figparse__token t = tok(s, 0);
    ck_assert_int_eq(t.type, FIGPARSE__TOK_DIGITS);
    ck_assert_uint_eq(t.end, 6);
    ck_assert_uint_eq(t.count, 3);
    ck_assert_uint_eq(t.cp, 0x0663);
    ck_assert_int_eq(figparse__digit_value(0x0663), 3);
    ck_assert_int_eq(figparse__digit_value(0x06F4), 4); /* extended Arabic-Indic */
    ck_assert_int_eq(figparse__digit_value(0x0966), 0); /* Devanagari */
    ck_assert_int_eq(figparse__digit_value('7'), 7);
    ck_assert_int_eq(figparse__digit_value('a'), -1);
    ck_assert_int_eq(figparse__digit_value(0x00B2), -1); /* superscript two: not decimal */
    ck_assert_int_eq(figparse__digit_value(0x4E09), -1); /* 三: a number word, not a digit */
}
END_TEST

START_TEST(one_run_per_script) {
    /* full-width then ASCII */
    const char *a = "\xef\xbc\x91\xef\xbc\x92" "3";
    ck_tok_s(a, 0, FIGPARSE__TOK_DIGITS, 0, 6);
    ck_tok_s(a, 6, FIGPARSE__TOK_DIGITS, 6, 7);
    /* ASCII then Arabic-Indic */
    const char *b = "12\xd9\xa3";
    ck_tok_s(b, 0, FIGPARSE__TOK_DIGITS, 0, 2);
    ck_tok_s(b, 2, FIGPARSE__TOK_DIGITS, 2, 4);
    /* Arabic-Indic (U+0660) then extended Arabic-Indic (U+06F0) */
    const char *c = "\xd9\xa3\xdb\xb4";
    ck_tok_s(c, 0, FIGPARSE__TOK_DIGITS, 0, 2);
    ck_tok_s(c, 2, FIGPARSE__TOK_DIGITS, 2, 4);
    /* Devanagari ४२ is one run */
    ck_tok_s("\xe0\xa5\xaa\xe0\xa5\xa8", 0, FIGPARSE__TOK_DIGITS, 0, 6);
}
END_TEST

/* ---- CJK ------------------------------------------------------------------- */

START_TEST(cjk_one_character_per_token) {
    const char *s = "\xe9\x9f\x93\xe5\x9b\xbd\xe5\x85\x83"; /* 韓国元 */
    for (size_t k = 0; k < 3; k++) {
        figparse__token t = tok(s, 3 * k);
        ck_assert_msg(t.type == FIGPARSE__TOK_WORD && t.start == 3 * k && t.end == 3 * k + 3,
                      "CJK %zu: got %s [%zu,%zu)", k, tname(t.type), t.start, t.end);
        ck_assert_uint_eq(t.count, 1);
        ck_assert(t.flags & FIGPARSE__TOKF_CJK);
    }
    /* Hangul 원화 and katakana ドル, one syllable / kana each */
    const char *h = "\xec\x9b\x90\xed\x99\x94";
    ck_tok_s(h, 0, FIGPARSE__TOK_WORD, 0, 3);
    ck_tok_s(h, 3, FIGPARSE__TOK_WORD, 3, 6);
    ck_assert(tok(h, 3).flags & FIGPARSE__TOKF_CJK);
    const char *k = "\xe3\x83\x89\xe3\x83\xab";
    ck_tok_s(k, 0, FIGPARSE__TOK_WORD, 0, 3);
    ck_assert(tok(k, 0).flags & FIGPARSE__TOKF_CJK);
    /* digits then a CJK character: two tokens */
    const char *d = "500\xe5\x86\x86"; /* 500円 */
    ck_tok_s(d, 0, FIGPARSE__TOK_DIGITS, 0, 3);
    ck_tok_s(d, 3, FIGPARSE__TOK_WORD, 3, 6);
    ck_assert(tok(d, 3).flags & FIGPARSE__TOKF_CJK);
    /* a Latin word stops before a CJK character */
    const char *l = "abc\xe5\x85\x83";
    ck_tok_s(l, 0, FIGPARSE__TOK_WORD, 0, 3);
    ck_assert(!(tok(l, 0).flags & FIGPARSE__TOKF_CJK));
    ck_tok_s(l, 3, FIGPARSE__TOK_WORD, 3, 6);
}
END_TEST

START_TEST(non_ascii_latin_word) {
    const char *s = "caf\xc3\xa9 5"; /* café */
    figparse__token t = tok(s, 0);
    ck_assert_int_eq(t.type, FIGPARSE__TOK_WORD);
    ck_assert_uint_eq(t.end, 5);
    ck_assert_uint_eq(t.count, 4);
    ck_assert(!(t.flags & FIGPARSE__TOKF_ASCII));
    ck_assert(!(t.flags & FIGPARSE__TOKF_CJK));
    /* Cyrillic рубль */
    ck_tok_s("\xd1\x80\xd1\x83\xd0\xb1\xd0\xbb\xd1\x8c", 0, FIGPARSE__TOK_WORD, 0, 10);
}
END_TEST

/* ---- invalid UTF-8 and odd bytes ----------------------------------------- */

START_TEST(invalid_utf8_one_byte_other) {
    /* lone continuation byte */
    ck_tok("a\x80" "b", 3, 1, FIGPARSE__TOK_OTHER, 1, 2);
    ck_tok("a\x80" "b", 3, 2, FIGPARSE__TOK_WORD, 2, 3);
    /* overlong NUL: both bytes invalid */
    ck_tok("\xc0\x80", 2, 0, FIGPARSE__TOK_OTHER, 0, 1);
    ck_tok("\xc0\x80", 2, 1, FIGPARSE__TOK_OTHER, 1, 2);
    /* overlong three-byte form of '/' */
    ck_tok("\xe0\x80\xaf", 3, 0, FIGPARSE__TOK_OTHER, 0, 1);
    /* UTF-16 surrogate U+D800 */
    ck_tok("\xed\xa0\x80", 3, 0, FIGPARSE__TOK_OTHER, 0, 1);
    ck_tok("\xed\xa0\x80", 3, 1, FIGPARSE__TOK_OTHER, 1, 2);
    ck_tok("\xed\xa0\x80", 3, 2, FIGPARSE__TOK_OTHER, 2, 3);
    /* truncated sequence at the end: "€" without its last byte */
    ck_tok("5\xe2\x82", 3, 0, FIGPARSE__TOK_DIGITS, 0, 1);
    ck_tok("5\xe2\x82", 3, 1, FIGPARSE__TOK_OTHER, 1, 2);
    ck_tok("5\xe2\x82", 3, 2, FIGPARSE__TOK_OTHER, 2, 3);
    /* a whole sequence cut off by len, not by the buffer */
    ck_tok("\xe2\x82\xac", 2, 0, FIGPARSE__TOK_OTHER, 0, 1);
    /* truncated four-byte sequence */
    ck_tok("\xf0\x9f\x98", 3, 0, FIGPARSE__TOK_OTHER, 0, 1);
    /* beyond U+10FFFF, and bytes that never occur */
    ck_tok("\xf4\x90\x80\x80", 4, 0, FIGPARSE__TOK_OTHER, 0, 1);
    ck_tok("\xf5\x80\x80\x80", 4, 0, FIGPARSE__TOK_OTHER, 0, 1);
    ck_tok("\xff" "1", 2, 0, FIGPARSE__TOK_OTHER, 0, 1);
    ck_tok("\xfe" "1", 2, 0, FIGPARSE__TOK_OTHER, 0, 1);
    /* a lead byte followed by ASCII: only the lead byte is invalid */
    ck_tok("\xc3" "A", 2, 0, FIGPARSE__TOK_OTHER, 0, 1);
    ck_tok("\xc3" "A", 2, 1, FIGPARSE__TOK_WORD, 1, 2);
    /* an invalid byte ends a word and a digit run */
    ck_tok("ab\x80" "cd", 5, 0, FIGPARSE__TOK_WORD, 0, 2);
    ck_tok("12\x80" "34", 5, 0, FIGPARSE__TOK_DIGITS, 0, 2);
}
END_TEST

START_TEST(nul_and_controls_are_other) {
    const char s[] = {'a', '\0', 'b'};
    ck_tok(s, 3, 0, FIGPARSE__TOK_WORD, 0, 1);
    ck_tok(s, 3, 1, FIGPARSE__TOK_OTHER, 1, 2);
    ck_tok(s, 3, 2, FIGPARSE__TOK_WORD, 2, 3);
    const char d[] = {'1', '\0', '2'};
    ck_tok(d, 3, 0, FIGPARSE__TOK_DIGITS, 0, 1);
    ck_tok(d, 3, 1, FIGPARSE__TOK_OTHER, 1, 2);
    ck_tok("\x01", 1, 0, FIGPARSE__TOK_OTHER, 0, 1);
    ck_tok("\x7f", 1, 0, FIGPARSE__TOK_OTHER, 0, 1);
    ck_tok("\xe2\x80\x8b" "x", 4, 0, FIGPARSE__TOK_OTHER, 0, 3); /* U+200B: format */
}
END_TEST

START_TEST(end_token) {
    figparse__token t = tok_n("abc", 3, 3);
    ck_assert_int_eq(t.type, FIGPARSE__TOK_END);
    ck_assert_uint_eq(t.start, 3);
    ck_assert_uint_eq(t.end, 3);
    t = tok_n("", 0, 0);
    ck_assert_int_eq(t.type, FIGPARSE__TOK_END);
}
END_TEST

START_TEST(whole_sentence_tiles) {
    /* "Costs ₩1,500 (about $1)." */
    const char *s = "Costs \xe2\x82\xa9" "1,500 (about $1).";
    static const int types[] = {
        FIGPARSE__TOK_WORD,  FIGPARSE__TOK_SPACE, FIGPARSE__TOK_SYMBOL, FIGPARSE__TOK_DIGITS,
        FIGPARSE__TOK_PUNCT, FIGPARSE__TOK_DIGITS, FIGPARSE__TOK_SPACE, FIGPARSE__TOK_PUNCT,
        FIGPARSE__TOK_WORD,  FIGPARSE__TOK_SPACE, FIGPARSE__TOK_SYMBOL, FIGPARSE__TOK_DIGITS,
        FIGPARSE__TOK_PUNCT, FIGPARSE__TOK_PUNCT,
    };
    expect_types(s, strlen(s), types, sizeof types / sizeof types[0]);
}
END_TEST

/* ---- the ASCII paths against the general reader ---------------------------- */

/* Asserts that figparse__token_at() gives at pos of text[0..len) the token
 * figparse__token_at_general() gives, but for the value of an ASCII digit
 * run, which only the former keeps. */
static void ck_as_general(const unsigned char *text, size_t len, size_t pos) {
    figparse__token a, b;
    memset(&a, 0xAB, sizeof a);
    memset(&b, 0xCD, sizeof b);
    figparse__token_at((const char *)text, len, pos, &a);
    figparse__token_at_general((const char *)text, len, pos, &b);
    if (a.type == FIGPARSE__TOK_DIGITS && (a.flags & FIGPARSE__TOKF_VALUE)) {
        a.flags &= (uint8_t)~FIGPARSE__TOKF_VALUE;
        a.hash = 0;
    }
    /* ck_assert_msg() would report every check to the test's parent: ask only on a difference */
    if (a.start != b.start || a.end != b.end || a.cp != b.cp || a.count != b.count ||
        a.type != b.type || a.flags != b.flags || a.known != b.known || a.hash != b.hash)
        ck_abort_msg("bytes %02X %02X %02X (len %zu, at %zu): %s [%zu,%zu) cp %X count %u flags %X "
                     "hash %X; general: %s [%zu,%zu) cp %X count %u flags %X hash %X",
                     text[0], len > 1 ? text[1] : 0, len > 2 ? text[2] : 0, len, pos,
                     tname(a.type), a.start, a.end, (unsigned)a.cp, a.count, a.flags,
                     (unsigned)a.hash, tname(b.type), b.start, b.end, (unsigned)b.cp, b.count,
                     b.flags, (unsigned)b.hash);
}

/* Every first and second byte, then the end of the text or one of the
 * bytes that end or continue the ASCII tokens (the fast paths read up to
 * the byte after a token, and stop at any byte >= 0x80), or after E2 every
 * byte (the general punctuation's path). */
START_TEST(ascii_paths_as_general) {
    static const unsigned char third[] = {' ', 'a', 'Z', '0', '.', '\n', '\t', 0x80, 0xC3, 0xE2, 0};
    unsigned char text[3];
    for (unsigned b0 = 0; b0 < 256; b0++) {
        text[0] = (unsigned char)b0;
        ck_as_general(text, 1, 0);
        for (unsigned b1 = 0; b1 < 256; b1++) {
            text[1] = (unsigned char)b1;
            ck_as_general(text, 2, 0);
            for (size_t k = 0; k < sizeof third; k++) {
                text[2] = third[k];
                ck_as_general(text, 3, 0);
            }
            if (b0 == 0xE2) /* the general punctuation's lead byte: every third byte */
                for (unsigned b2 = 0; b2 < 256; b2++) {
                    text[2] = (unsigned char)b2;
                    ck_as_general(text, 3, 0);
                }
        }
    }
}
END_TEST

/* Runs of letters, spaces and digits of every length up to 20 (across the
 * eight-byte steps of the word reader), then each byte, with and without
 * eight more bytes of text after it, or E2 80 and each byte. */
START_TEST(ascii_runs_as_general) {
    static const char *const runs[] = {"abcdefghijklmnopqrst", "ABCDEFGHIJKLMNOPQRST",
                                       "aBcDeFgHiJkLmNoPqRsT", "                    ",
                                       " \t\n \r\v\f             ", "01234567890123456789"};
    unsigned char text[40];
    for (size_t r = 0; r < sizeof runs / sizeof runs[0]; r++) {
        ck_assert_uint_eq(strlen(runs[r]), 20);
        for (size_t n = 1; n <= 20; n++)
            for (unsigned b = 0; b < 256; b++) {
                memcpy(text, runs[r], n);
                text[n] = (unsigned char)b;
                memset(text + n + 1, 'x', 8);
                ck_as_general(text, n + 1, 0);
                ck_as_general(text, n + 9, 0);
                ck_as_general(text, n, 0);
                if (b == 0xE2) /* a run before the general punctuation ("world’s") */
                    for (unsigned b2 = 0; b2 < 256; b2++) {
                        text[n + 1] = 0x80;
                        text[n + 2] = (unsigned char)b2;
                        ck_as_general(text, n + 3, 0);
                        ck_as_general(text, n + 9, 0);
                    }
            }
    }
}
END_TEST

/* ---- figparse__utf8_decode ------------------------------------------------- */

static size_t dec(const char *s, size_t len, size_t pos, uint32_t *cp) {
    *cp = 0x12345;
    return figparse__utf8_decode(s, len, pos, cp);
}

START_TEST(utf8_decode_valid) {
    uint32_t cp;
    ck_assert_uint_eq(dec("A", 1, 0, &cp), 1);
    ck_assert_uint_eq(cp, 'A');
    ck_assert_uint_eq(dec("\xc2\xa0", 2, 0, &cp), 2);
    ck_assert_uint_eq(cp, 0xA0);
    ck_assert_uint_eq(dec("x\xe2\x82\xac", 4, 1, &cp), 3);
    ck_assert_uint_eq(cp, 0x20AC);
    ck_assert_uint_eq(dec("\xf0\x9f\x98\x80", 4, 0, &cp), 4);
    ck_assert_uint_eq(cp, 0x1F600);
    ck_assert_uint_eq(dec("\xf4\x8f\xbf\xbf", 4, 0, &cp), 4);
    ck_assert_uint_eq(cp, 0x10FFFF);
    ck_assert_uint_eq(dec("\xee\x80\x80", 3, 0, &cp), 3); /* U+E000, just past the surrogates */
    ck_assert_uint_eq(cp, 0xE000);
    ck_assert_uint_eq(dec("\xed\x9f\xbf", 3, 0, &cp), 3); /* U+D7FF, just before them */
    ck_assert_uint_eq(cp, 0xD7FF);
    const char nul[] = {'\0'};
    ck_assert_uint_eq(dec(nul, 1, 0, &cp), 1);
    ck_assert_uint_eq(cp, 0);
}
END_TEST

START_TEST(utf8_decode_invalid) {
    static const struct { const char *s; size_t len; } bad[] = {
        {"\x80", 1},             /* lone continuation */
        {"\xbf", 1},
        {"\xc0\x80", 2},         /* overlong NUL */
        {"\xc1\xbf", 2},         /* overlong */
        {"\xe0\x80\x80", 3},     /* overlong */
        {"\xe0\x9f\xbf", 3},     /* overlong U+07FF */
        {"\xf0\x8f\xbf\xbf", 4}, /* overlong U+FFFF */
        {"\xed\xa0\x80", 3},     /* U+D800 */
        {"\xed\xbf\xbf", 3},     /* U+DFFF */
        {"\xf4\x90\x80\x80", 4}, /* U+110000 */
        {"\xf5\x80\x80\x80", 4},
        {"\xff", 1},
        {"\xe2\x82", 2},         /* truncated */
        {"\xe2\x82\xac", 2},     /* cut by len */
        {"\xf0\x9f\x98", 3},
        {"\xc3" "A", 2},         /* continuation missing */
        {"\xe2\x28\xa1", 3},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        uint32_t cp;
        size_t n = dec(bad[i].s, bad[i].len, 0, &cp);
        ck_assert_msg(n == 0, "bad case %zu: decoded %zu bytes as U+%04X", i, n, (unsigned)cp);
        ck_assert_msg(cp == 0xFFFD, "bad case %zu: cp U+%04X, expected U+FFFD", i, (unsigned)cp);
    }
}
END_TEST

/* The tokenizer classes and folds the common CJK letters and general
 * punctuation without asking ICU (tokenize.c is_common_cjk_letter()): for
 * every code point of those ranges, and one either side, its answers must be
 * ICU's. */
START_TEST(shortcuts_agree_with_icu) {
    static const uint32_t ranges[][2] = {
        {0x4E00, 0x9FA5}, {0xAC00, 0xD7A3}, {0x3041, 0x3094}, {0x30A1, 0x30FA}, {0x2010, 0x2027},
        {0x20A0, 0x20BF}, {0x0E01, 0x0E30}, {0x0E40, 0x0E46}, {0x0E50, 0x0E59},
    };
    size_t checked = 0;
    for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++) {
        for (uint32_t c = ranges[r][0] - 1; c <= ranges[r][1] + 1; c++) {
            int cjk = -1, cjk_icu = -1;
            int cls = figparse__unicode_class_of(c, &cjk);
            int cls_icu = figparse__unicode_class_icu(c, &cjk_icu);
            ck_assert_msg(cls == cls_icu && cjk == cjk_icu,
                          "U+%04X: class %d cjk %d, ICU says %d cjk %d", (unsigned)c, cls, cjk,
                          cls_icu, cjk_icu);
            char a[16], b[16];
            size_t na = 0, nb = 0;
            bool ok = figparse__fold_cp(c, a, &na, sizeof a);
            bool ok_icu = figparse__fold_cp_icu(c, b, &nb, sizeof b);
            ck_assert_msg(ok == ok_icu && na == nb && memcmp(a, b, na) == 0,
                          "U+%04X: folds to %zu bytes, ICU to %zu", (unsigned)c, na, nb);
            checked++;
        }
    }
    ck_assert_uint_eq(checked, 20902 + 2 + 11172 + 2 + 84 + 2 + 90 + 2 + 24 + 2 + 32 + 2 + 48 + 2 + 7 + 2 + 10 + 2);
}
END_TEST

/* figparse__fold_cp() writes the code points that ICU's data calls inert
 * in NFKC_Casefold as they are: for every code point, its answer must be
 * ICU's normalization, with room for 15 bytes and for 3. */
START_TEST(fold_cp_agrees_with_icu) {
    for (uint32_t c = 0x80; c <= 0x10FFFF; c++) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        for (size_t cap = 4; cap <= 16; cap += 12) {
            char a[16], b[16];
            size_t na = 0, nb = 0;
            bool ok = figparse__fold_cp(c, a, &na, cap);
            bool ok_icu = figparse__fold_cp_icu(c, b, &nb, cap);
            if (ok != ok_icu || na != nb || memcmp(a, b, na) != 0)
                ck_abort_msg("U+%04X (room %zu): folds to %zu bytes, ICU to %zu", (unsigned)c, cap,
                             na, nb);
        }
    }
}
END_TEST

static Suite *tokenize_suite(void) {
    Suite *s = suite_create("tokenize");
    TCase *a = tcase_create("ascii");
    tcase_add_test(a, ascii_words);
    tcase_add_test(a, ascii_digit_runs);
    tcase_add_test(a, currency_symbols);
    tcase_add_test(a, punctuation);
    tcase_add_test(a, end_token);
    tcase_add_test(a, whole_sentence_tiles);
    tcase_add_test(a, ascii_paths_as_general);
    tcase_add_test(a, ascii_runs_as_general);
    suite_add_tcase(s, a);
    TCase *u = tcase_create("unicode");
    tcase_add_test(u, unicode_spaces_are_one_space_token);
    tcase_add_test(u, newline_flag);
    tcase_add_test(u, fullwidth_digits);
    tcase_add_test(u, arabic_indic_digits);
    tcase_add_test(u, one_run_per_script);
    tcase_add_test(u, cjk_one_character_per_token);
    tcase_add_test(u, non_ascii_latin_word);
    tcase_add_test(u, shortcuts_agree_with_icu);
    tcase_add_test(u, fold_cp_agrees_with_icu);
    suite_add_tcase(s, u);
    TCase *b = tcase_create("bytes");
    tcase_add_test(b, invalid_utf8_one_byte_other);
    tcase_add_test(b, nul_and_controls_are_other);
    tcase_add_test(b, utf8_decode_valid);
    tcase_add_test(b, utf8_decode_invalid);
    suite_add_tcase(s, b);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(tokenize_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
