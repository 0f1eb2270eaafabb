/*
 * check_text.c — figparse_transcode() and figparse_buffer_free(): each
 * encoding issue 4 names decodes a sentence with a money figure to the
 * UTF-8 expected; the offset map points at the input bytes of every
 * character; invalid input gives FIGPARSE_EENCODING at the bad byte with
 * nothing allocated; unknown names and NULL arguments; allocation failure
 * at every step; the mojibake repair (on and off, what it must repair and
 * what it must leave alone) and the code page tables it uses.
 *
 * The legacy-encoded inputs are byte strings written out here (made once
 * with `iconv -f UTF-8 -t NAME`), so a decoding test does not rely on the
 * same iconv to make its input.
 */
#include "figparse.h"
#include "text.h"

#include <check.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- a counting allocator ------------------------------------------------- */

#define MAX_BLOCKS 64

typedef struct counting {
    size_t calls;   /* malloc and realloc calls */
    size_t fail_at; /* the call (1-based) that fails; 0: none */
    bool failed;
    void *ptr[MAX_BLOCKS];
    size_t size[MAX_BLOCKS];
    size_t live, base; /* blocks held now, and by the parser itself */
    bool bad_free, bad_old_size;
} counting;

/* Blocks held beyond the parser's own. */
static size_t held(const counting *c) { return c->live - c->base; }

static int find_block(const counting *c, const void *p) {
    for (int i = 0; i < MAX_BLOCKS; i++)
        if (p && c->ptr[i] == p)
            return i;
    return -1;
}

static bool should_fail(counting *c) {
    c->calls++;
    if (c->fail_at && c->calls == c->fail_at) {
        c->failed = true;
        return true;
    }
    return false;
}

static void *t_malloc(void *ctx, size_t size) {
    counting *c = ctx;
    if (should_fail(c))
        return NULL;
    int i;
    for (i = 0; i < MAX_BLOCKS && c->ptr[i]; i++)
        ;
    ck_assert_int_lt(i, MAX_BLOCKS);
    void *p = malloc(size);
    ck_assert_ptr_nonnull(p);
    c->ptr[i] = p;
    c->size[i] = size;
    c->live++;
    return p;
}

static void *t_realloc(void *ctx, void *ptr, size_t old_size, size_t new_size) {
    counting *c = ctx;
    if (!ptr)
        return t_malloc(ctx, new_size);
    if (should_fail(c))
        return NULL;
    int i = find_block(c, ptr);
    if (i < 0) {
        c->bad_free = true;
        return NULL;
    }
    if (c->size[i] != old_size)
        c->bad_old_size = true;
    void *p = realloc(ptr, new_size);
    ck_assert_ptr_nonnull(p);
    c->ptr[i] = p;
    c->size[i] = new_size;
    return p;
}

static void t_free(void *ctx, void *ptr) {
    counting *c = ctx;
    if (!ptr)
        return;
    int i = find_block(c, ptr);
    if (i < 0) {
        c->bad_free = true;
        return;
    }
    c->ptr[i] = NULL;
    c->live--;
    free(ptr);
}

/* A parser with the given flags whose allocator is *c (not counted: the
 * parser itself is made before counting starts). */
static figparse *counted_parser(counting *c, uint32_t flags) {
    memset(c, 0, sizeof *c);
    figparse_allocator a = {t_malloc, t_realloc, t_free, c};
    figparse_options *o = figparse_options_new(&a);
    ck_assert_ptr_nonnull(o);
    ck_assert_int_eq(figparse_options_set_flags(o, flags), FIGPARSE_OK);
    figparse_status st;
    figparse *fp = figparse_new(o, &st);
    figparse_options_free(o);
    ck_assert_ptr_nonnull(fp);
    c->calls = 0;
    c->base = c->live;
    return fp;
}

static figparse *parser(uint32_t flags) {
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_ptr_nonnull(o);
    ck_assert_int_eq(figparse_options_set_flags(o, flags), FIGPARSE_OK);
    figparse_status st;
    figparse *fp = figparse_new(o, &st);
    figparse_options_free(o);
    ck_assert_ptr_nonnull(fp);
    return fp;
}

/* ---- helpers -------------------------------------------------------------- */

/* Length of the UTF-8 character at s (s well-formed). */
static size_t char_len(const char *s) {
    unsigned char b = (unsigned char)*s;
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

/* Maps UTF-8 text char by char back through one code page (undoing one
 * round of garbling) into buf; false when some character has no byte. */
static bool ungarble(const char *s, size_t n, char *buf, size_t *out_n) {
    for (int page = FIGPARSE__CP1252; page <= FIGPARSE__CP874; page++) {
        size_t k = 0;
        bool ok = true;
        for (size_t i = 0; i < n && ok;) {
            size_t w = char_len(s + i);
            uint32_t c = (unsigned char)s[i];
            if (w > 1) {
                c &= 0x7F >> w;
                for (size_t j = 1; j < w; j++)
                    c = c << 6 | ((unsigned char)s[i + j] & 0x3F);
            }
            int b = c < 0x80 ? (int)c : figparse__codepage_encode((figparse__codepage)page, c);
            ok = b >= 0;
            if (ok)
                buf[k++] = (char)b;
            i += w;
        }
        if (ok) {
            *out_n = k;
            return true;
        }
    }
    return false;
}

/* Whether the input bytes in[0..n) are character c[0..w) itself, or its
 * garbling, once or more. */
static bool is_garbling_of(const char *in, size_t n, const char *c, size_t w) {
    char a[64], b[64];
    if (n > sizeof a)
        return false;
    memcpy(a, in, n);
    for (int round = 0; round < 4; round++) {
        if (n == w && memcmp(a, c, w) == 0)
            return true;
        if (!ungarble(a, n, b, &n))
            return false;
        memcpy(a, b, n);
    }
    return n == w && memcmp(a, c, w) == 0;
}

/*
 * Converts in[0..len) with and without a map, checks that both give the same
 * text, that it is `want`, and that the map is exact: it starts at the first
 * character, never goes back, ends at len, and gives every byte of a
 * character the same offset; and the input bytes it gives each character
 * decode, on their own, to that character (with `repair`: are that
 * character or its garbling, since the repair looks at the neighbours).
 */
static void check_map(const figparse *fp, const char *enc, const char *in, size_t len,
                      const char *want, bool repair) {
    char *out = NULL, *out2 = NULL;
    size_t n = 0, n2 = 0, *map = NULL, bad = 99;
    figparse_status st = figparse_transcode(fp, enc, in, len, &out, &n, &map, &bad);
    ck_assert_msg(st == FIGPARSE_OK, "%s: %s at %zu", enc, figparse_status_name(st), bad);
    ck_assert_uint_eq(bad, 0);
    ck_assert_ptr_nonnull(out);
    ck_assert_ptr_nonnull(map);
    ck_assert_msg(n == strlen(want) && memcmp(out, want, n) == 0, "%s: got \"%s\", want \"%s\"",
                  enc, out, want);
    ck_assert_int_eq(out[n], '\0');

    st = figparse_transcode(fp, enc, in, len, &out2, &n2, NULL, NULL);
    ck_assert_int_eq(st, FIGPARSE_OK);
    ck_assert_uint_eq(n2, n);
    ck_assert_mem_eq(out2, out, n);
    figparse_buffer_free(fp, out2);

    ck_assert_uint_eq(map[n], len);
    for (size_t i = 0; i < n;) {
        size_t w = char_len(out + i);
        ck_assert_uint_le(i + w, n);
        for (size_t k = 1; k < w; k++)
            ck_assert_uint_eq(map[i + k], map[i]);
        ck_assert_uint_le(map[i], map[i + w]);
        if (i == 0)
            ck_assert_uint_eq(map[0], 0);
        if (repair) {
            ck_assert_msg(is_garbling_of(in + map[i], map[i + w] - map[i], out + i, w),
                          "output byte %zu: input [%zu, %zu) is not that character garbled", i,
                          map[i], map[i + w]);
            i += w;
            continue;
        }
        /* The character's own input bytes decode to it. */
        char *piece = NULL;
        size_t pn = 0;
        st = figparse_transcode(fp, enc, in + map[i], map[i + w] - map[i], &piece, &pn, NULL,
                                NULL);
        ck_assert_msg(st == FIGPARSE_OK && pn == w && memcmp(piece, out + i, w) == 0,
                      "%s: output byte %zu: input [%zu, %zu) does not decode to the character",
                      enc, i, map[i], map[i + w]);
        figparse_buffer_free(fp, piece);
        i += w;
    }
    figparse_buffer_free(fp, out);
    figparse_buffer_free(fp, map);
}

static void check_decodes(const figparse *fp, const char *enc, const char *in, size_t len,
                          const char *want) {
    check_map(fp, enc, in, len, want, false);
}

/* The input span of the output text `what` (which must occur once). */
static void input_span_of(const figparse *fp, const char *enc, const char *in, size_t len,
                          const char *what, size_t *s, size_t *e) {
    char *out;
    size_t n, *map;
    ck_assert_int_eq(figparse_transcode(fp, enc, in, len, &out, &n, &map, NULL), FIGPARSE_OK);
    const char *at = strstr(out, what);
    ck_assert_msg(at != NULL, "\"%s\" not in \"%s\"", what, out);
    size_t os = (size_t)(at - out), oe = os + strlen(what);
    *s = map[os];
    *e = map[oe];
    figparse_buffer_free(fp, out);
    figparse_buffer_free(fp, map);
}

/* The repaired text (flags: repair on). */
static char *repaired(const figparse *fp, const char *text) {
    char *out = NULL;
    size_t n = 0;
    figparse_status st = figparse_transcode(fp, "UTF-8", text, strlen(text), &out, &n, NULL, NULL);
    ck_assert_int_eq(st, FIGPARSE_OK);
    ck_assert_uint_eq(strlen(out), n);
    return out;
}

static void check_repair(const figparse *fp, const char *garbled, const char *want) {
    char *out = repaired(fp, garbled);
    ck_assert_msg(strcmp(out, want) == 0, "\"%s\" repaired to \"%s\", want \"%s\"", garbled, out,
                  want);
    figparse_buffer_free(fp, out);
    /* With a map as well: same text, exact map. */
    check_map(fp, "UTF-8", garbled, strlen(garbled), want, true);
}

/* ---- the encodings of issue 4 ------------------------------------------- */

START_TEST(euc_kr) {
    figparse *fp = parser(0);
    /* "가격은 ₩1,400입니다." — EUC-KR has no U+20A9: glibc writes ₩ as A3 DC,
     * which reads back as the full-width won sign U+FFE6. */
    static const char in[] = "\xb0\xa1\xb0\xdd\xc0\xba \xa3\xdc"
                             "1,400\xc0\xd4\xb4\xcf\xb4\xd9.";
    check_decodes(fp, "EUC-KR", in, sizeof in - 1, "가격은 ￦1,400입니다.");
    size_t s, e;
    input_span_of(fp, "EUC-KR", in, sizeof in - 1, "￦1,400", &s, &e);
    ck_assert_uint_eq(s, 7);
    ck_assert_uint_eq(e, 14);
    input_span_of(fp, "euc-kr", in, sizeof in - 1, "가격은", &s, &e);
    ck_assert_uint_eq(s, 0);
    ck_assert_uint_eq(e, 6);
    figparse_free(fp);
}
END_TEST

START_TEST(cp949) {
    figparse *fp = parser(0);
    /* "가격은 ￦1,400입니다. 똠방각하": 똠 (8C 63) is only in CP949. */
    static const char in[] = "\xb0\xa1\xb0\xdd\xc0\xba \xa3\xdc"
                             "1,400\xc0\xd4\xb4\xcf\xb4\xd9. \x8c"
                             "c\xb9\xe6\xb0\xa2\xc7\xcf";
    check_decodes(fp, "CP949", in, sizeof in - 1, "가격은 ￦1,400입니다. 똠방각하");
    size_t s, e;
    input_span_of(fp, "CP949", in, sizeof in - 1, "똠", &s, &e);
    ck_assert_uint_eq(s, 22);
    ck_assert_uint_eq(e, 24);
    /* CP949's extended Hangul: B0 41 is "캚"; EUC-KR has no such pair. */
    check_decodes(fp, "CP949", "5 \xb0\x41", 4, "5 캚");
    char *out = (char *)1;
    size_t n = 1, bad = 0;
    ck_assert_int_eq(figparse_transcode(fp, "EUC-KR", "5 \xb0\x41", 4, &out, &n, NULL, &bad),
                     FIGPARSE_EENCODING);
    ck_assert_uint_eq(bad, 2);
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(n, 0);
    figparse_free(fp);
}
END_TEST

START_TEST(shift_jis) {
    figparse *fp = parser(0);
    static const char in[] = "\x89\xbf\x8ai\x82\xcd"
                             "1,000\x89~\x82\xc5\x82\xb7\x81"
                             "B";
    check_decodes(fp, "Shift_JIS", in, sizeof in - 1, "価格は1,000円です。");
    size_t s, e;
    input_span_of(fp, "SHIFT_JIS", in, sizeof in - 1, "1,000円", &s, &e);
    ck_assert_uint_eq(s, 6);
    ck_assert_uint_eq(e, 13);
    figparse_free(fp);
}
END_TEST

START_TEST(euc_jp) {
    figparse *fp = parser(0);
    static const char in[] = "\xb2\xc1\xb3\xca\xa4\xcf\xa3\xb3\xb2\xaf\xb1\xdf\xa4\xc7\xa4\xb9"
                             "\xa1\xa3";
    check_decodes(fp, "EUC-JP", in, sizeof in - 1, "価格は３億円です。");
    size_t s, e;
    input_span_of(fp, "EUC-JP", in, sizeof in - 1, "３億円", &s, &e);
    ck_assert_uint_eq(s, 6);
    ck_assert_uint_eq(e, 12);
    figparse_free(fp);
}
END_TEST

START_TEST(gb18030) {
    figparse *fp = parser(0);
    static const char in[] = "\xbc\xdb\xb8\xf1\xce\xaa"
                             "100\xd4\xaa\xa1\xa3";
    check_decodes(fp, "GB18030", in, sizeof in - 1, "价格为100元。");
    /* A four-byte GB18030 sequence: ¥ (U+00A5) is 81 30 84 36. */
    static const char four[] = "\x81\x30\x84\x36"
                               "5";
    check_decodes(fp, "GB18030", four, sizeof four - 1, "¥5");
    size_t s, e;
    input_span_of(fp, "GB18030", four, sizeof four - 1, "¥", &s, &e);
    ck_assert_uint_eq(s, 0);
    ck_assert_uint_eq(e, 4);
    figparse_free(fp);
}
END_TEST

START_TEST(big5) {
    figparse *fp = parser(0);
    static const char in[] = "\xbb\xf9\xae\xe6\xac\xb0"
                             "100\xa4\xb8\xa1"
                             "C";
    check_decodes(fp, "Big5", in, sizeof in - 1, "價格為100元。");
    size_t s, e;
    input_span_of(fp, "BIG5", in, sizeof in - 1, "100元", &s, &e);
    ck_assert_uint_eq(s, 6);
    ck_assert_uint_eq(e, 11);
    figparse_free(fp);
}
END_TEST

START_TEST(iso_8859_and_windows_125x) {
    figparse *fp = parser(0);
    static const char latin1[] = "Prix : 5 \xa3, caf\xe9";
    check_decodes(fp, "ISO-8859-1", latin1, sizeof latin1 - 1, "Prix : 5 £, café");
    static const char latin9[] = "Prix : 12,50 \xa4, \xbduvre";
    check_decodes(fp, "ISO-8859-15", latin9, sizeof latin9 - 1, "Prix : 12,50 €, œuvre");
    static const char cp1252[] = "Price: \x80"
                                 "12.50 \x96 \x93\xa3"
                                 "10\x94";
    check_decodes(fp, "windows-1252", cp1252, sizeof cp1252 - 1, "Price: €12.50 – “£10”");
    size_t s, e;
    input_span_of(fp, "WINDOWS-1252", cp1252, sizeof cp1252 - 1, "€12.50", &s, &e);
    ck_assert_uint_eq(s, 7);
    ck_assert_uint_eq(e, 13);
    static const char cp1251[] = "\xd6\xe5\xed\xe0: 100 \xf0\xf3\xe1.";
    check_decodes(fp, "Windows-1251", cp1251, sizeof cp1251 - 1, "Цена: 100 руб.");
    input_span_of(fp, "CP1251", cp1251, sizeof cp1251 - 1, "100 руб", &s, &e);
    ck_assert_uint_eq(s, 6);
    ck_assert_uint_eq(e, 13);
    /* Windows-1252 bytes 0x81 0x8D 0x8F 0x90 0x9D are undefined. */
    char *out = NULL;
    size_t n = 0, bad = 0;
    ck_assert_int_eq(figparse_transcode(fp, "CP1252", "ab\x81", 3, &out, &n, NULL, &bad),
                     FIGPARSE_EENCODING);
    ck_assert_uint_eq(bad, 2);
    figparse_free(fp);
}
END_TEST

/* Converters that keep state (ISO-2022-JP shifts, a UTF-16 byte order mark)
 * or hold characters back (Windows-1258 composes tone marks): the map stays
 * exact. */
START_TEST(stateful_and_composing_converters) {
    figparse *fp = parser(0);
    /* "a" ESC $ B "あ" ESC ( B "b": the shift belongs to the character after it. */
    static const char jis[] = "a\x1b$B$\"\x1b(Bb";
    check_decodes(fp, "ISO-2022-JP", jis, sizeof jis - 1, "aあb");
    size_t s, e;
    input_span_of(fp, "ISO-2022-JP", jis, sizeof jis - 1, "あ", &s, &e);
    ck_assert_uint_eq(s, 1);
    ck_assert_uint_eq(e, 6);
    /* UTF-16 with a byte order mark. */
    static const char u16[] = "\xff\xfe"
                              "5\0\xac\x20";
    char *out;
    size_t n, *map;
    ck_assert_int_eq(figparse_transcode(fp, "UTF-16", u16, sizeof u16 - 1, &out, &n, &map, NULL),
                     FIGPARSE_OK);
    ck_assert_str_eq(out, "5€");
    ck_assert_uint_eq(map[0], 0);
    ck_assert_uint_eq(map[1], 4);
    ck_assert_uint_eq(map[4], 6);
    figparse_buffer_free(fp, out);
    figparse_buffer_free(fp, map);
    /* Windows-1258: "a" then the combining acute (EC). Each byte is its own
     * character: the mark is not composed (see lib/text.c). */
    check_decodes(fp, "WINDOWS-1258", "Gia\xec 5 \x80", 8, "Gia\xcc\x81 5 €");
    figparse_free(fp);
}
END_TEST

START_TEST(utf8_validates_and_copies) {
    figparse *fp = parser(0);
    check_decodes(fp, "UTF-8", "₩1,400 and €5", strlen("₩1,400 and €5"), "₩1,400 and €5");
    check_decodes(fp, "utf8", "plain", 5, "plain");
    /* NUL bytes are text like any other. */
    char *out;
    size_t n;
    ck_assert_int_eq(figparse_transcode(fp, "UTF-8", "a\0b", 3, &out, &n, NULL, NULL), FIGPARSE_OK);
    ck_assert_uint_eq(n, 3);
    ck_assert_mem_eq(out, "a\0b", 4);
    figparse_buffer_free(fp, out);
    figparse_free(fp);
}
END_TEST

/* ---- errors --------------------------------------------------------------- */

/* enc on in[0..len) fails with EENCODING at `at`, allocating nothing. */
static void check_bad(const char *enc, const char *in, size_t len, size_t at) {
    counting c;
    figparse *fp = counted_parser(&c, FIGPARSE_OPT_REPAIR_MOJIBAKE);
    for (int with_map = 0; with_map < 2; with_map++) {
        char *out = (char *)1;
        size_t n = 7, *map = (size_t *)1, bad = 99;
        figparse_status st =
            figparse_transcode(fp, enc, in, len, &out, &n, with_map ? &map : NULL, &bad);
        ck_assert_msg(st == FIGPARSE_EENCODING, "%s: %s", enc, figparse_status_name(st));
        ck_assert_msg(bad == at, "%s: bad byte at %zu, want %zu", enc, bad, at);
        ck_assert_ptr_null(out);
        ck_assert_uint_eq(n, 0);
        if (with_map)
            ck_assert_ptr_null(map);
        ck_assert_uint_eq(held(&c), 0);
        ck_assert(!c.bad_free && !c.bad_old_size);
    }
    figparse_free(fp);
}

START_TEST(invalid_bytes_give_their_offset) {
    check_bad("EUC-KR", "ab\xb0\x41"
                        "cd",
              6, 2);
    check_bad("EUC-KR", "\xb0\xa1 \xb0", 4, 3); /* cut short at the end */
    check_bad("Shift_JIS", "1,000\x89", 6, 5);
    check_bad("Big5", "\xa4\xb8\xff\xff", 4, 2);
    check_bad("GB18030", "ok\x81\x30\x84", 5, 2);
    check_bad("UTF-8", "ok \xc0\xaf", 5, 3);             /* overlong */
    check_bad("UTF-8", "ok \xed\xa0\x80", 6, 3);         /* surrogate */
    check_bad("UTF-8", "\xf4\x90\x80\x80", 4, 0);        /* past U+10FFFF */
    check_bad("UTF-8", "\xe2\x82\xac\xe2\x82", 5, 3);    /* cut short */
    check_bad("UTF-8", "\xe2\x82\xac\x80", 4, 3);        /* lone continuation */
    check_bad("UTF-16", "a\0b", 3, 2);
    check_bad("ISO-2022-JP", "a\x1b$B$", 5, 4);
}
END_TEST

START_TEST(unknown_and_refused_names) {
    check_bad("no-such-encoding", "abc", 3, 0);
    check_bad("", "abc", 3, 0);                  /* the locale's charset: no */
    check_bad("UTF-8//IGNORE", "abc", 3, 0);     /* would drop bytes silently */
    check_bad("EUC-KR//TRANSLIT", "abc", 3, 0);
}
END_TEST

START_TEST(null_arguments) {
    figparse *fp = parser(0);
    char *out = (char *)1;
    size_t n = 5, *map = (size_t *)1, bad = 5;
    ck_assert_int_eq(figparse_transcode(NULL, "UTF-8", "a", 1, &out, &n, &map, &bad),
                     FIGPARSE_EINVAL);
    ck_assert_ptr_null(out);
    ck_assert_ptr_null(map);
    ck_assert_uint_eq(n, 0);
    ck_assert_uint_eq(bad, 0);
    ck_assert_int_eq(figparse_transcode(fp, NULL, "a", 1, &out, &n, NULL, NULL), FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_transcode(fp, "UTF-8", "a", 1, NULL, &n, NULL, NULL),
                     FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_transcode(fp, "UTF-8", "a", 1, &out, NULL, NULL, NULL),
                     FIGPARSE_EINVAL);
    ck_assert_int_eq(figparse_transcode(fp, "UTF-8", NULL, 1, &out, &n, NULL, NULL),
                     FIGPARSE_EINVAL);
    ck_assert_ptr_null(out);
    /* NULL text of length 0 is the empty text. */
    ck_assert_int_eq(figparse_transcode(fp, "EUC-KR", NULL, 0, &out, &n, &map, NULL),
                     FIGPARSE_OK);
    ck_assert_ptr_nonnull(out);
    ck_assert_str_eq(out, "");
    ck_assert_uint_eq(n, 0);
    ck_assert_uint_eq(map[0], 0);
    figparse_buffer_free(fp, out);
    figparse_buffer_free(fp, map);
    figparse_buffer_free(fp, NULL);
    figparse_free(fp);
}
END_TEST

START_TEST(errno_is_left_alone) {
    figparse *fp = parser(FIGPARSE_OPT_REPAIR_MOJIBAKE);
    char *out = NULL;
    size_t n, *map;
    errno = 4242;
    ck_assert_int_eq(figparse_transcode(fp, "EUC-KR", "\xb0", 1, &out, &n, NULL, NULL),
                     FIGPARSE_EENCODING);
    ck_assert_int_eq(errno, 4242);
    ck_assert_int_eq(figparse_transcode(fp, "bogus", "a", 1, &out, &n, NULL, NULL),
                     FIGPARSE_EENCODING);
    ck_assert_int_eq(errno, 4242);
    ck_assert_int_eq(figparse_transcode(fp, "EUC-KR", "\xb0\xa1", 2, &out, &n, &map, NULL),
                     FIGPARSE_OK);
    ck_assert_int_eq(errno, 4242);
    figparse_buffer_free(fp, out);
    figparse_buffer_free(fp, map);
    figparse_free(fp);
}
END_TEST

/* Every allocation fails in turn: ENOMEM, nothing left allocated, nothing
 * returned; and the run with no failure balances. */
static void check_alloc_failures(const char *enc, const char *in, size_t len, uint32_t flags,
                                 bool with_map) {
    counting c;
    figparse *fp = counted_parser(&c, flags);
    for (size_t k = 1;; k++) {
        c.calls = 0;
        c.fail_at = k;
        c.failed = false;
        char *out = NULL;
        size_t n = 0, *map = NULL;
        figparse_status st =
            figparse_transcode(fp, enc, in, len, &out, &n, with_map ? &map : NULL, NULL);
        ck_assert(!c.bad_free && !c.bad_old_size);
        if (!c.failed) {
            ck_assert_int_eq(st, FIGPARSE_OK);
            ck_assert_uint_eq(held(&c), with_map ? 2 : 1);
            figparse_buffer_free(fp, out);
            figparse_buffer_free(fp, map);
            ck_assert_uint_eq(held(&c), 0);
            break;
        }
        ck_assert_msg(st == FIGPARSE_ENOMEM, "%s: allocation %zu failed: %s", enc, k,
                      figparse_status_name(st));
        ck_assert_ptr_null(out);
        ck_assert_ptr_null(map);
        ck_assert_uint_eq(held(&c), 0);
        ck_assert_uint_lt(k, 200);
    }
    figparse_free(fp);
}

START_TEST(allocation_failures) {
    /* Long enough that the buffers grow more than once. */
    char big[4000];
    size_t n = 0;
    while (n + 16 < sizeof big) {
        memcpy(big + n, "\xb0\xa1 \xa3\xdc"
                        "1,400 ",
               12);
        n += 12;
    }
    for (int m = 0; m < 2; m++) {
        check_alloc_failures("EUC-KR", big, n, 0, m);
        check_alloc_failures("EUC-KR", big, n, FIGPARSE_OPT_REPAIR_MOJIBAKE, m);
        check_alloc_failures("UTF-8", "Ã¢â€šÂ¬ and â‚¬12.50 and Â£5",
                             strlen("Ã¢â€šÂ¬ and â‚¬12.50 and Â£5"),
                             FIGPARSE_OPT_REPAIR_MOJIBAKE, m);
        check_alloc_failures("WINDOWS-1258", "Gia\xec 5", 6, 0, m);
        check_alloc_failures("UTF-8", "", 0, 0, m);
    }
}
END_TEST

/* ---- mojibake repair ------------------------------------------------------ */

START_TEST(repair_is_off_by_default) {
    figparse *fp = parser(0);
    check_decodes(fp, "UTF-8", "â‚¬12.50 and Â£5", strlen("â‚¬12.50 and Â£5"),
                  "â‚¬12.50 and Â£5");
    figparse_free(fp);
}
END_TEST

START_TEST(repair_the_examples) {
    figparse *fp = parser(FIGPARSE_OPT_REPAIR_MOJIBAKE);
    check_repair(fp, "â‚¬12.50", "€12.50");
    check_repair(fp, "Â£5", "£5");
    check_repair(fp, "โ‚ฉ1.4 trillion", "₩1.4 trillion");
    check_repair(fp, "invest approximately โ‚ฉ1.4 trillion (about US$1 billion)",
                 "invest approximately ₩1.4 trillion (about US$1 billion)");
    /* The map: a span over a repaired character is its whole garbled run. */
    size_t s, e;
    input_span_of(fp, "UTF-8", "price â‚¬12.50", strlen("price â‚¬12.50"), "€12.50", &s, &e);
    ck_assert_uint_eq(s, 6);
    ck_assert_uint_eq(e, 6 + 7 + 5);
    input_span_of(fp, "UTF-8", "โ‚ฉ1.4", strlen("โ‚ฉ1.4"), "₩", &s, &e);
    ck_assert_uint_eq(s, 0);
    ck_assert_uint_eq(e, 9);
    figparse_free(fp);
}
END_TEST

START_TEST(repair_more_garbling) {
    figparse *fp = parser(FIGPARSE_OPT_REPAIR_MOJIBAKE);
    check_repair(fp, "Ã©tÃ© Ã\xc2\xa0 Paris, 5 â‚¬", "été à Paris, 5 €");
    check_repair(fp, "donâ€™t say â€œ5 dollarsâ€\xc2\x9d", "don’t say “5 dollars”");
    check_repair(fp, "Ð¦ÐµÐ½Ð°: 100 Ñ€ÑƒÐ±.", "Цена: 100 руб.");
    check_repair(fp, "100 Ñ€.", "100 р.");
    check_repair(fp, "ä¸\xc2\xadæ–‡ 100å…ƒ", "中文 100元");
    check_repair(fp, "ê°€ê²© â‚©1,400", "가격 ₩1,400");
    check_repair(fp, "siÄ™ 5 zÅ‚", "się 5 zł");
    check_repair(fp, "Ä‘á»“ng 5 â‚«", "đồng 5 ₫");
    check_repair(fp, "CAFÃ‰ 5 â‚¬", "CAFÉ 5 €");
    /* Garbled twice, and Windows-874 garbling of emoji, bullets and Thai. */
    check_repair(fp, "Ã¢â€šÂ¬5", "€5");
    check_repair(fp, "๐Ÿ”ฌ โšก โ€ข โ†’", "🔬 ⚡ • →");
    check_repair(fp, "เธฃเธฒเธ„เธฒ 100 เธšเธฒเธ—", "ราคา 100 บาท");
    /* A C1 control among the garbled characters (Latin-1 reading). */
    check_repair(fp, "Ã\xc2\x81", "Á");

    figparse_free(fp);
}
END_TEST

/* Latin-1 decoding with its C1 controls then dropped: "€" (E2 82 AC) lost
 * its 0x82 and arrives as "â¬". Before a number it is the sign again, and
 * the map gives it both garbled characters. */
START_TEST(repair_lost_c1_currency_sign) {
    figparse *fp = parser(FIGPARSE_OPT_REPAIR_MOJIBAKE);
    const char *in = "Preis: â¬ 130, â¹250";
    char *out = repaired(fp, in);
    ck_assert_str_eq(out, "Preis: € 130, ₹250");
    figparse_buffer_free(fp, out);
    size_t s, e;
    input_span_of(fp, "UTF-8", in, strlen(in), "€", &s, &e);
    ck_assert_uint_eq(s, 7);
    ck_assert_uint_eq(e, 11); /* "â¬": two characters of two bytes */
    figparse_free(fp);
}
END_TEST

START_TEST(repair_leaves_good_text_alone) {
    static const char *const good[] = {
        "Le café coûte 3,50 € ; « à bientôt » — voilà.",
        "arrosé » et à » puis l’été…»",
        "Größe: 12 Mio. Euro, Gefäß“ und Straße’s",
        "São Paulo: R$ 1.234,56 — AMANHÃ”, IRMÃ» e NÃO.",
        "JOSÉ’S CAFÉ—the ÉCOLE’S “ÉTÉ” and ÅR",
        "Ã followed by x, Ãx, Â and ÂB.",
        "Ââ¬, pâ¬1 and â¬ alone, â© x",
        "Đồng 5 ₫, phở và bánh mì, chơi điện",
        "Цена: 100 руб. Ελλάδα 5 €",
        "ราคา 100 บาท เกณฑ์ “อาหาร” ดีๆ”การ เอเธนส์ กติกา™ เขตแดน",
        "価格は1,000円です。 가격은 ₩1,400입니다. 价格为100元。",
        "ASCII only: $5, 10 USD.",
        "",
    };
    figparse *fp = parser(FIGPARSE_OPT_REPAIR_MOJIBAKE);
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        check_repair(fp, good[i], good[i]);
    figparse_free(fp);
}
END_TEST

/* UTF-8 bytes that were labelled Windows-1252: decoding gives mojibake,
 * the repair gives the text back, the map points at the UTF-8 bytes. */
START_TEST(repair_after_a_wrong_label) {
    figparse *fp = parser(FIGPARSE_OPT_REPAIR_MOJIBAKE);
    static const char in[] = "Price \xe2\x82\xac"
                             "12";
    check_decodes(fp, "windows-1252", in, sizeof in - 1, "Price €12");
    size_t s, e;
    input_span_of(fp, "windows-1252", in, sizeof in - 1, "€12", &s, &e);
    ck_assert_uint_eq(s, 6);
    ck_assert_uint_eq(e, 11);
    figparse_free(fp);
}
END_TEST

/* End to end: decoded text scans to the figures issue 4 asks for. */
static void first_money(const figparse *fp, const char *text, size_t len, const char *cur,
                        const char *amount) {
    figparse_status st;
    figparse_scan *sc = figparse_scan_new(fp, &st);
    ck_assert_ptr_nonnull(sc);
    ck_assert_int_eq(figparse_scan_reset(sc, text, len), FIGPARSE_OK);
    const figparse_figure *f;
    ck_assert_int_eq(figparse_scan_next(sc, &f), FIGPARSE_OK);
    ck_assert_str_eq(f->u.money.currency, cur);
    char buf[64];
    figparse_decimal_format(f->u.money.amount, buf, sizeof buf);
    ck_assert_str_eq(buf, amount);
    figparse_scan_free(sc);
}

START_TEST(decoded_text_scans) {
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_int_eq(figparse_options_set_locale(o, "ko"), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_flags(o, FIGPARSE_OPT_REPAIR_MOJIBAKE), FIGPARSE_OK);
    figparse *fp = figparse_new(o, NULL);
    figparse_options_free(o);
    static const char euc[] = "\xb0\xa1\xb0\xdd\xc0\xba \xa3\xdc"
                              "1,400\xc0\xd4\xb4\xcf\xb4\xd9.";
    char *out;
    size_t n;
    ck_assert_int_eq(figparse_transcode(fp, "EUC-KR", euc, sizeof euc - 1, &out, &n, NULL, NULL),
                     FIGPARSE_OK);
    first_money(fp, out, n, "KRW", "1400");
    figparse_buffer_free(fp, out);
    figparse_free(fp);
    /* English text: no locale hint. */
    fp = parser(FIGPARSE_OPT_REPAIR_MOJIBAKE);
    const char *garbled = "Seoul will spend about โ‚ฉ2.5 trillion on chips next year.";
    ck_assert_int_eq(
        figparse_transcode(fp, "UTF-8", garbled, strlen(garbled), &out, &n, NULL, NULL),
        FIGPARSE_OK);
    first_money(fp, out, n, "KRW", "2500000000000");
    figparse_buffer_free(fp, out);
    figparse_free(fp);
}
END_TEST

/* ---- the code page tables ------------------------------------------------ */

START_TEST(codepage_tables) {
    for (int page = FIGPARSE__CP1252; page <= FIGPARSE__CP874; page++) {
        figparse__codepage cp = (figparse__codepage)page;
        for (unsigned b = 0; b < 0x80; b++)
            ck_assert_uint_eq(figparse__codepage_decode(cp, b), b);
        for (unsigned b = 0x80; b < 0x100; b++) {
            uint32_t c = figparse__codepage_decode(cp, b);
            if (c != 0)
                ck_assert_int_eq(figparse__codepage_encode(cp, c), (int)b);
        }
        /* Latin-1's reading of 0x80-0x9F. */
        for (uint32_t c = 0x80; c < 0xA0; c++)
            ck_assert_int_eq(figparse__codepage_encode(cp, c), (int)c);
        ck_assert_int_eq(figparse__codepage_encode(cp, 'A'), -1);
        ck_assert_int_eq(figparse__codepage_encode(cp, 0x20A9), -1);
        /* What browsers do and iconv's CP874 does not: 0x82 is U+201A. */
        ck_assert_uint_eq(figparse__codepage_decode(cp, 0x82), 0x201A);
        ck_assert_uint_eq(figparse__codepage_decode(cp, 0x81), 0x81);
    }
    ck_assert_uint_eq(figparse__codepage_decode(FIGPARSE__CP1252, 0xE2), 0xE2);
    ck_assert_uint_eq(figparse__codepage_decode(FIGPARSE__CP874, 0xE2), 0x0E42);
    ck_assert_uint_eq(figparse__codepage_decode(FIGPARSE__CP874, 0xDB), 0);
    ck_assert_int_eq(figparse__codepage_encode(FIGPARSE__CP874, 0x00E2), -1);
    ck_assert_int_eq(figparse__codepage_encode(FIGPARSE__CP1252, 0x0E42), -1);
}
END_TEST

static Suite *text_suite(void) {
    Suite *s = suite_create("text");
    TCase *e = tcase_create("encodings");
    tcase_add_test(e, euc_kr);
    tcase_add_test(e, cp949);
    tcase_add_test(e, shift_jis);
    tcase_add_test(e, euc_jp);
    tcase_add_test(e, gb18030);
    tcase_add_test(e, big5);
    tcase_add_test(e, iso_8859_and_windows_125x);
    tcase_add_test(e, stateful_and_composing_converters);
    tcase_add_test(e, utf8_validates_and_copies);
    suite_add_tcase(s, e);
    TCase *r = tcase_create("errors");
    tcase_add_test(r, invalid_bytes_give_their_offset);
    tcase_add_test(r, unknown_and_refused_names);
    tcase_add_test(r, null_arguments);
    tcase_add_test(r, errno_is_left_alone);
    tcase_set_timeout(r, 60);
    tcase_add_test(r, allocation_failures);
    suite_add_tcase(s, r);
    TCase *m = tcase_create("mojibake");
    tcase_add_test(m, repair_is_off_by_default);
    tcase_add_test(m, repair_the_examples);
    tcase_add_test(m, repair_more_garbling);
    tcase_add_test(m, repair_lost_c1_currency_sign);
    tcase_add_test(m, repair_leaves_good_text_alone);
    tcase_add_test(m, repair_after_a_wrong_label);
    tcase_add_test(m, decoded_text_scans);
    tcase_add_test(m, codepage_tables);
    suite_add_tcase(s, m);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(text_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
