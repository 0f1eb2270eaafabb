/*
 * text.c — bytes in other encodings to UTF-8: figparse_transcode() and
 * figparse_buffer_free(), and the mojibake repair behind
 * FIGPARSE_OPT_REPAIR_MOJIBAKE. docs/encodings.md is the user's view.
 *
 * Conversion. "UTF-8" is validated here (strictly, as the tokenizer decodes:
 * no overlong forms, surrogates or code points past U+10FFFF) and copied;
 * every other name goes to iconv, with a converter opened per call so that
 * calls on different threads share nothing. Without a map the input is
 * converted in one go. With a map it is converted one character at a time:
 * the shortest prefix of the rest that iconv consumes is the next character,
 * and the bytes it produced come from there. Input that produces nothing
 * (shift sequences of ISO-2022-JP, a UTF-16 byte order mark, the "+" of a
 * UTF-7 run) is attributed to the character that follows it, so a span's
 * input bytes decode on their own to the span's text.
 *
 * A few glibc converters (CP1255, CP1258, TCVN) hold each character back
 * until they have seen whether a combining mark follows and compose the
 * two. Their output cannot be split by input character, so for those (found
 * by a probe of the byte values the input holds, not by name) every
 * character is flushed as it is read: the combining marks stay separate
 * characters. This is done with and without a map, so the text never
 * depends on whether a map was asked for. (TSCII also holds characters
 * back, to reorder Tamil vowel signs; flushed one by one they stay in input
 * order, so TSCII is not supported.)
 *
 * Offset map: map[i] is the offset in the input of the first byte of the
 * input character (with any shift sequence before it) that output byte i
 * came from; map[out_len] is the input length. A span [s, e) of the output
 * on character boundaries is [map[s], map[e]) in the input.
 *
 * Repair: see the comment at the head of the "mojibake repair" section.
 */
#include "internal.h"

#include "text.h"
#include "tokenize.h"

#include <errno.h>
#include <iconv.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include <unicode/uchar.h>

#include "tables/text_data.inc"

/* ---- the code pages ------------------------------------------------------ */

uint32_t figparse__codepage_decode(figparse__codepage cp, unsigned b) {
    if (b > 0xFF)
        return 0;
    return cp == FIGPARSE__CP874 ? figparse__cp874[b] : figparse__cp1252[b];
}

int figparse__codepage_encode(figparse__codepage cp, uint32_t c) {
    const figparse__byte_of *t = figparse__from_cp1252;
    size_t n = sizeof figparse__from_cp1252 / sizeof figparse__from_cp1252[0];
    if (cp == FIGPARSE__CP874) {
        t = figparse__from_cp874;
        n = sizeof figparse__from_cp874 / sizeof figparse__from_cp874[0];
    }
    if (c < 0x80 || c > 0xFFFF)
        return -1;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t[mid].cp < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && t[lo].cp == c ? t[lo].byte : -1;
}

/* ---- the output buffer ---------------------------------------------------- */

/* UTF-8 text with, when wanted, its map. The text block holds tcap + 1 bytes
 * (room for the NUL), the map block mcap entries (text capacity + 1). */
typedef struct obuf {
    const figparse_allocator *a;
    char *text;
    size_t *map;
    size_t len, tcap, mcap;
    bool want_map;
} obuf;

static void obuf_free(obuf *b) {
    figparse__free(b->a, b->text);
    figparse__free(b->a, b->map);
    b->text = NULL;
    b->map = NULL;
    b->len = b->tcap = b->mcap = 0;
}

static void *grow(const figparse_allocator *a, void *p, size_t old_size, size_t new_size) {
    return p ? figparse__realloc(a, p, old_size, new_size) : figparse__malloc(a, new_size);
}

/* Makes room for `extra` more bytes of text (and map). */
static bool obuf_reserve(obuf *b, size_t extra) {
    if (extra > SIZE_MAX / 2 - b->len)
        return false;
    size_t need = b->len + extra;
    if (need <= b->tcap && (!b->want_map || need < b->mcap))
        return true;
    size_t cap = b->tcap > 32 ? b->tcap : 32;
    while (cap < need)
        cap *= 2; /* need < SIZE_MAX / 2, so this cannot wrap */
    if (need > b->tcap) {
        char *t = grow(b->a, b->text, b->text ? b->tcap + 1 : 0, cap + 1);
        if (!t)
            return false;
        b->text = t;
        b->tcap = cap;
    }
    if (b->want_map && need >= b->mcap) {
        size_t entries = b->tcap + 1;
        if (entries > SIZE_MAX / sizeof *b->map)
            return false;
        size_t *m = grow(b->a, b->map, b->mcap * sizeof *m, entries * sizeof *m);
        if (!m)
            return false;
        b->map = m;
        b->mcap = entries;
    }
    return true;
}

/* Appends n bytes that came from input offset src. Room must be reserved. */
static void obuf_put(obuf *b, const char *s, size_t n, size_t src) {
    memcpy(b->text + b->len, s, n);
    if (b->want_map)
        for (size_t i = 0; i < n; i++)
            b->map[b->len + i] = src;
    b->len += n;
}

/* ---- UTF-8 in ----------------------------------------------------------- */

static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

static bool name_is(const char *name, const char *lower) {
    for (; *name && *lower; name++, lower++)
        if (ascii_lower(*name) != *lower)
            return false;
    return *name == '\0' && *lower == '\0';
}

static bool is_utf8_name(const char *e) { return name_is(e, "utf-8") || name_is(e, "utf8"); }

static figparse_status copy_utf8(obuf *b, const char *in, size_t len, size_t *bad) {
    if (!obuf_reserve(b, len))
        return FIGPARSE_ENOMEM;
    size_t p = 0;
    while (p < len) {
        size_t n = 1;
        if ((unsigned char)in[p] >= 0x80) {
            uint32_t cp;
            n = figparse__utf8_decode(in, len, p, &cp);
            if (n == 0) {
                *bad = p;
                return FIGPARSE_EENCODING;
            }
        }
        obuf_put(b, in + p, n, p);
        p += n;
    }
    return FIGPARSE_OK;
}

/* ---- iconv in ------------------------------------------------------------ */

/* Whether the converter would hold back a character of this input until the
 * next one (see the top of the file): a byte of the input that, alone, is
 * consumed without output, and a flush then produces it. Only the byte
 * values the input holds are tried. Leaves the converter in its initial
 * state. */
static bool converter_buffers(iconv_t cd, const char *in, size_t len) {
    uint32_t seen[8] = {0};
    for (size_t i = 0; i < len; i++)
        seen[(unsigned char)in[i] >> 5] |= 1u << ((unsigned char)in[i] & 31);
    bool found = false;
    for (unsigned v = 0; v < 256 && !found; v++) {
        if (!(seen[v >> 5] & (1u << (v & 31))))
            continue;
        char byte = (char)v, out[32];
        char *ip = &byte, *op = out;
        size_t il = 1, ol = sizeof out;
        iconv(cd, NULL, NULL, NULL, NULL);
        if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1 && il == 0 && ol == sizeof out) {
            iconv(cd, NULL, NULL, &op, &ol);
            found = ol != sizeof out;
        }
    }
    iconv(cd, NULL, NULL, NULL, NULL);
    return found;
}

/* Writes what the converter still holds (a shift back to the initial state
 * produces nothing when the target is UTF-8; a held character does). The
 * bytes come from input offset src. */
static figparse_status flush_converter(iconv_t cd, obuf *b, size_t src) {
    for (;;) {
        if (!obuf_reserve(b, 64))
            return FIGPARSE_ENOMEM;
        char *op = b->text + b->len;
        size_t room = b->tcap - b->len, ol = room;
        size_t r = iconv(cd, NULL, NULL, &op, &ol);
        size_t made = room - ol;
        if (b->want_map)
            for (size_t i = 0; i < made; i++)
                b->map[b->len + i] = src;
        b->len += made;
        if (r != (size_t)-1)
            return FIGPARSE_OK;
        if (errno != E2BIG || b->tcap - b->len >= 4096)
            return FIGPARSE_EENCODING;
        if (!obuf_reserve(b, b->tcap - b->len + 64))
            return FIGPARSE_ENOMEM;
    }
}

/* The whole input in one go (no map wanted, converter holds nothing back). */
static figparse_status convert_bulk(iconv_t cd, obuf *b, const char *in, size_t len, size_t *bad) {
    size_t guess = len + len / 2 + 16;
    if (guess < len)
        guess = len;
    if (!obuf_reserve(b, guess))
        return FIGPARSE_ENOMEM;
    char *ip = (char *)in;
    size_t il = len;
    while (il > 0) {
        char *op = b->text + b->len;
        size_t room = b->tcap - b->len, ol = room;
        size_t r = iconv(cd, &ip, &il, &op, &ol);
        b->len += room - ol;
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG) {
            if (!obuf_reserve(b, b->tcap - b->len + il + 64))
                return FIGPARSE_ENOMEM;
            continue;
        }
        *bad = (size_t)(ip - in); /* EILSEQ, or EINVAL: cut short at the end */
        return FIGPARSE_EENCODING;
    }
    return flush_converter(cd, b, len);
}

/* One character at a time (see the top of the file). */
static figparse_status convert_stepwise(iconv_t cd, obuf *b, const char *in, size_t len,
                                        bool flush_each, size_t *bad) {
    size_t p = 0;       /* the next input byte */
    size_t pending = 0; /* the first input byte no output came from yet */
    size_t last = 0;    /* the start of the last character read */
    int stalls = 0;     /* steps in a row that wrote but read nothing */
    while (p < len) {
        size_t k = 1, used = 0, made = 0;
        for (;;) {
            if (!obuf_reserve(b, 64))
                return FIGPARSE_ENOMEM;
            char *ip = (char *)in + p, *op = b->text + b->len;
            size_t il = k, room = b->tcap - b->len, ol = room;
            size_t r = iconv(cd, &ip, &il, &op, &ol);
            int e = r == (size_t)-1 ? errno : 0;
            used = k - il;
            made = room - ol;
            if (used > 0 || made > 0)
                break;
            if (e == E2BIG && room < 4096) {
                if (!obuf_reserve(b, room + 64))
                    return FIGPARSE_ENOMEM;
                continue;
            }
            if (e == EINVAL && k < len - p) {
                k++; /* an incomplete character: read one more byte */
                continue;
            }
            *bad = p;
            return FIGPARSE_EENCODING;
        }
        if (used == 0 && ++stalls > 8) {
            *bad = p; /* a converter that never reads on: give up */
            return FIGPARSE_EENCODING;
        }
        if (used > 0)
            stalls = 0;
        if (b->want_map)
            for (size_t i = 0; i < made; i++)
                b->map[b->len + i] = pending;
        b->len += made;
        last = p;
        p += used;
        if (flush_each) {
            size_t before = b->len;
            figparse_status st = flush_converter(cd, b, pending);
            if (st != FIGPARSE_OK) {
                *bad = last;
                return st;
            }
            made += b->len - before;
        }
        if (made > 0)
            pending = p;
    }
    return flush_converter(cd, b, pending < len ? pending : last);
}

static figparse_status convert_iconv(const char *encoding, obuf *b, const char *in, size_t len,
                                     size_t *bad) {
    /* Empty means the process locale's charset to iconv; "//IGNORE" and
     * "//TRANSLIT" would drop or alter bytes silently. Neither is allowed. */
    if (!encoding[0] || strchr(encoding, '/'))
        return FIGPARSE_EENCODING;
    iconv_t cd = iconv_open("UTF-8", encoding);
    if (cd == (iconv_t)-1)
        return errno == EINVAL ? FIGPARSE_EENCODING : FIGPARSE_ENOMEM;
    bool flush_each = converter_buffers(cd, in, len);
    figparse_status st = b->want_map || flush_each
                             ? convert_stepwise(cd, b, in, len, flush_each, bad)
                             : convert_bulk(cd, b, in, len, bad);
    iconv_close(cd);
    return st;
}

/* ---- mojibake repair ------------------------------------------------------- */

/*
 * Mojibake here is UTF-8 that was decoded as Windows-1252 (or Latin-1, or
 * Windows-874) and encoded again: "€" (E2 82 AC) became "â‚¬", or under
 * Windows-874 "โ‚ฌ". Each garbled character stands for one byte, so the
 * characters are mapped back through the code page (text_data.inc) and kept
 * when their bytes are one well-formed UTF-8 character of two to four bytes.
 * A "sequence" below is the garbled characters of one such character (a lead
 * and its continuations); a "run" is sequences that touch.
 *
 * Ordinary text holds such sequences too: "arrosé »" (é, NBSP, ») is E9 A0
 * BB, a well-formed "頻"; "JOSÉ’S" holds C9 92; Thai "เกณ" maps to E0 A1 B3.
 * So each sequence is graded, and a run is repaired only on evidence:
 *
 *   STRONG  one is enough.
 *   WEAK    two in a run (with PAIR ones), or one with no letter on either
 *           side of the run ("100 Ñ€." for "100 р.", "Ñ€ÑƒÐ±" for "руб").
 *   PAIR    two in a run (with WEAK ones).
 *   TYPO    only beside a STRONG one: the shape of a word followed by
 *           punctuation.
 *
 *   Any family: a C1 control (U+0080-U+009F) among the continuations is
 *     STRONG; no good text holds one.
 *   Windows-1252 (leads U+00C2-U+00F4). "Typographic shape": every
 *     continuation is a mark ordinary text puts right after a word (NBSP,
 *     « », quotes, dashes, …, •, ·, ™ ® ©; for three or four bytes only the
 *     pairs of is_trailer_first/next, so "á»©" for Vietnamese "ứ" is not
 *     one), no letter follows, and the lead is not a capital after a small
 *     letter ("siÄ™" is "się": words do not change case that way).
 *     lead "Â": STRONG (never the end of a word).
 *     lead "Ã": TYPO at the end of a word in capitals when the shape is
 *       typographic or the repair would give a small letter ("AMANHÃ”",
 *       "IRMÃ©": Portuguese in capitals, then a mark), else STRONG ("Ã©",
 *       "voilÃ ", "CAFÃ‰").
 *     other leads: TYPO in typographic shape; else STRONG for three or four
 *       bytes ("â‚¬", "â€™", "ä¸­"); for two, WEAK when the continuation is
 *       one that joins words (NBSP, ’, dashes, …, ·: "JOSÉ’S",
 *       "CAFÉ—the"), or a capital comes before (a word in capitals: the lead
 *       is a capital too, while garbled text has it after small letters),
 *       or the lead is "ß"; else STRONG ("chÆ¡i", "Ð°", "Ä‘").
 *   Windows-874 (leads are Thai letters, vowels and digits):
 *     STRONG when a continuation is a character of 0x80-0x9F that real
 *       Windows-874 does not define ("‚" U+201A, "Ÿ", "š", "†"; not "™" or
 *       "‰", which ordinary text puts after a word), or when the first
 *       continuation is one it does define (€ … ‘ ’ “ ” • – —) right after
 *       one of the leading vowels เ แ โ ใ ไ, which in Thai always precede a
 *       consonant ("โ€ข" for "•"). PAIR when it makes a Thai character
 *       (Thai in UTF-8 read as Windows-874: "เธ•เธฑเธง" for "ตัว"; a lone
 *       one is a Thai word, "เอเธนส์"). Otherwise TYPO: plain Thai stays.
 *   A sequence whose bytes would make a C1 control is not one.
 *   Latin-1 with its C1 controls dropped ("â¬ 130" for "€ 130"): "â" and a
 *     character of A0-BF before a number is a currency sign E2 82 xx, STRONG.
 *
 * Text garbled twice ("Ã¢â€šÂ¬" for "€") is repaired by running the pass again, at
 * most four times; each pass shortens the text.
 *
 * Map: each byte of a repaired character maps to the first garbled character
 * of its sequence, and the character after the run to its own offset, so a
 * span over repaired characters maps to the whole of their garbled
 * characters in the input.
 */

enum { GRADE_TYPO, GRADE_PAIR, GRADE_WEAK, GRADE_STRONG };

typedef struct seq {
    size_t start, end;     /* the garbled characters in the text */
    unsigned char bytes[4];
    unsigned n;            /* bytes (= garbled characters) */
    int grade;
} seq;

static bool is_letter(uint32_t c) {
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return u_isalpha((UChar32)c) != 0;
}

static bool is_upper(uint32_t c) {
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    return u_isupper((UChar32)c) != 0;
}

/* Marks that ordinary text puts right after a word, as Windows-1252 bytes:
 * … ‘ ’ “ ” • – — ™ NBSP © « ® · » */
static bool is_word_trailer(int b) {
    switch (b) {
    case 0x85: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: case 0x96: case 0x97:
    case 0x99: case 0xA0: case 0xA9: case 0xAB: case 0xAE: case 0xB7: case 0xBB:
        return true;
    default:
        return false;
    }
}

/* For three and four bytes, the pairs ordinary text writes after a word:
 * NBSP … ’ ” – — then » ” ’ … – — ™ ("arrosé »", "là…»"). */
static bool is_trailer_first(int b) {
    return b == 0xA0 || b == 0x85 || b == 0x92 || b == 0x94 || b == 0x96 || b == 0x97;
}

static bool is_trailer_next(int b) {
    return b == 0xBB || b == 0x94 || b == 0x92 || b == 0x85 || b == 0x96 || b == 0x97 ||
           b == 0x99;
}

/* Marks that stand between two words or inside one: NBSP ’ – — … · */
static bool is_word_joiner(int b) {
    return b == 0xA0 || b == 0x92 || b == 0x96 || b == 0x97 || b == 0x85 || b == 0xB7;
}

/* The code point that ends just before pos (0 at the start). */
static uint32_t cp_before(const char *t, size_t pos) {
    size_t p = pos;
    while (p > 0 && pos - p < 4) {
        p--;
        if (((unsigned char)t[p] & 0xC0) != 0x80)
            break;
    }
    uint32_t c = 0;
    if (p < pos && figparse__utf8_decode(t, pos, p, &c) != pos - p)
        c = 0;
    return c;
}

static uint32_t cp_at(const char *t, size_t len, size_t pos) {
    uint32_t c = 0;
    if (pos < len && figparse__utf8_decode(t, len, pos, &c) == 0)
        c = 0;
    return c;
}

/* "â¬ 130": a currency sign (E2 82 A0-BF: € ₩ ₹ ₽ ₺ ...) read as Latin-1,
 * whose middle byte, the C1 control U+0082, was then dropped. Taken only
 * before a number and not inside a word, where nothing else writes "â"
 * and a sign of that row. lead_w is the width of "â" at pos. */
static bool lost_c1_currency(const char *t, size_t len, size_t pos, size_t lead_w, seq *s) {
    uint32_t c;
    size_t q = pos + lead_w;
    size_t w = q < len ? figparse__utf8_decode(t, len, q, &c) : 0;
    int b = w >= 2 ? figparse__codepage_encode(FIGPARSE__CP1252, c) : -1;
    if (b < 0xA0 || b > 0xBF)
        return false;
    q += w;
    size_t d = q < len && t[q] == ' ' ? q + 1 : q;
    if (d >= len || t[d] < '0' || t[d] > '9' || is_letter(cp_before(t, pos)))
        return false;
    s->bytes[0] = 0xE2;
    s->bytes[1] = 0x82;
    s->bytes[2] = (unsigned char)b;
    s->n = 3;
    s->start = pos;
    s->end = q;
    s->grade = GRADE_STRONG;
    return true;
}

/* The repair sequence that starts at pos, if any, with its grade. */
static bool match_seq(const char *t, size_t len, size_t pos, seq *s) {
    uint32_t c0;
    size_t w = figparse__utf8_decode(t, len, pos, &c0);
    if (w < 2)
        return false; /* ASCII, or invalid */
    figparse__codepage cp = FIGPARSE__CP1252;
    int b0 = figparse__codepage_encode(cp, c0);
    if (b0 < 0xC2 || b0 > 0xF4) {
        cp = FIGPARSE__CP874;
        b0 = figparse__codepage_encode(cp, c0);
        if (b0 < 0xC2 || b0 > 0xF4)
            return false;
    }
    if (cp == FIGPARSE__CP1252 && b0 == 0xE2 && lost_c1_currency(t, len, pos, w, s))
        return true;
    unsigned n = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
    bool c1 = false, foreign = false, native_first = false, trailers = true, joiner = false;
    size_t q = pos + w;
    s->bytes[0] = (unsigned char)b0;
    for (unsigned i = 1; i < n; i++) {
        uint32_t c;
        size_t wi = q < len ? figparse__utf8_decode(t, len, q, &c) : 0;
        int b = wi >= 2 ? figparse__codepage_encode(cp, c) : -1;
        if (b < 0x80 || b > 0xBF)
            return false;
        s->bytes[i] = (unsigned char)b;
        c1 |= c < 0xA0;
        trailers &= n == 2 ? is_word_trailer(b) : i == 1 ? is_trailer_first(b) : is_trailer_next(b);
        joiner |= is_word_joiner(b);
        if (b < 0xA0 && c >= 0xA0) {
            bool defined = (FIGPARSE__CP874_DEFINED_C1 >> (b - 0x80)) & 1u;
            foreign |= !defined && b != 0x99 && b != 0x89; /* not ™ or ‰ */
            native_first |= defined && i == 1;
        }
        q += wi;
    }
    uint32_t out;
    if (figparse__utf8_decode((const char *)s->bytes, n, 0, &out) != n)
        return false;
    if (out >= 0x80 && out <= 0x9F)
        return false;
    s->start = pos;
    s->end = q;
    s->n = n;
    /* A word, then punctuation: not when a capital lead follows a small
     * letter ("siÄ™" for "się"), which words do not do. */
    uint32_t before = cp_before(t, pos);
    bool shape = trailers && !is_letter(cp_at(t, len, q)) &&
                 !(u_islower((UChar32)before) && is_upper(c0));
    if (c1)
        s->grade = GRADE_STRONG;
    else if (cp == FIGPARSE__CP874)
        s->grade = foreign || (native_first && c0 >= 0x0E40 && c0 <= 0x0E44) ? GRADE_STRONG
                   : (out >= 0x0E01 && out <= 0x0E3A) || (out >= 0x0E3F && out <= 0x0E5B)
                       ? GRADE_PAIR
                       : GRADE_TYPO;
    else if (c0 == 0xC2)
        s->grade = GRADE_STRONG;
    else if (c0 == 0xC3)
        s->grade = is_upper(before) && !is_letter(cp_at(t, len, q)) &&
                           (shape || s->bytes[1] >= 0xA0)
                       ? GRADE_TYPO
                       : GRADE_STRONG;
    else
        s->grade = shape                                        ? GRADE_TYPO
                   : n >= 3                                     ? GRADE_STRONG
                   : joiner || is_upper(before) || c0 == 0xDF   ? GRADE_WEAK
                                                                : GRADE_STRONG;
    return true;
}

/* One pass over b: writes the repaired text into *nb (a map relative to b's
 * text when b has a map) and says whether anything changed. */
static figparse_status repair_pass(const obuf *b, obuf *nb, bool *changed) {
    const char *t = b->text;
    size_t len = b->len, pos = 0;
    *changed = false;
    if (!obuf_reserve(nb, len))
        return FIGPARSE_ENOMEM;
    while (pos < len) {
        seq s;
        if (!match_seq(t, len, pos, &s)) {
            uint32_t c;
            size_t w = figparse__utf8_decode(t, len, pos, &c);
            if (w == 0)
                w = 1;
            for (size_t i = 0; i < w; i++)
                obuf_put(nb, t + pos + i, 1, pos + i);
            pos += w;
            continue;
        }
        /* The run: sequences that touch. */
        size_t weak = 0, pair = 0, end = pos;
        bool strong = false;
        do {
            strong |= s.grade == GRADE_STRONG;
            weak += s.grade == GRADE_WEAK;
            pair += s.grade == GRADE_PAIR;
            end = s.end;
        } while (end < len && match_seq(t, len, end, &s));
        bool repair = strong || weak + pair >= 2 ||
                      (weak == 1 && pair == 0 && !is_letter(cp_before(t, pos)) &&
                       !is_letter(cp_at(t, len, end)));
        if (!repair) {
            for (size_t i = pos; i < end; i++)
                obuf_put(nb, t + i, 1, i);
            pos = end;
            continue;
        }
        /* The repaired text is shorter than the run: no reserve needed. */
        while (pos < end) {
            match_seq(t, len, pos, &s);
            obuf_put(nb, (const char *)s.bytes, s.n, s.start);
            pos = s.end;
        }
        *changed = true;
    }
    return FIGPARSE_OK;
}

/* Could the text hold a sequence at all? Every lead is U+00C2-U+00F4
 * (C3 xx) or Thai (E0 B8 xx, E0 B9 xx). */
static bool may_need_repair(const char *t, size_t len) {
    return len > 0 && (memchr(t, 0xC3, len) != NULL || memchr(t, 0xE0, len) != NULL);
}

static figparse_status repair(obuf *b) {
    for (int pass = 0; pass < 4 && may_need_repair(b->text, b->len); pass++) {
        obuf nb = {b->a, NULL, NULL, 0, 0, 0, b->want_map};
        bool changed;
        figparse_status st = repair_pass(b, &nb, &changed);
        if (st != FIGPARSE_OK || !changed) {
            obuf_free(&nb);
            return st;
        }
        if (b->want_map) {
            /* Compose: the new map points into b's text, b's into the input. */
            for (size_t i = 0; i < nb.len; i++)
                nb.map[i] = b->map[nb.map[i]];
        }
        obuf_free(b);
        *b = nb;
    }
    return FIGPARSE_OK;
}

/* ---- the API --------------------------------------------------------------- */

static figparse_status transcode(const figparse *fp, const char *encoding, const char *in,
                                 size_t len, char **out, size_t *out_len, size_t **map,
                                 size_t *bad) {
    obuf b = {&fp->alloc, NULL, NULL, 0, 0, 0, map != NULL};
    figparse_status st = is_utf8_name(encoding) ? copy_utf8(&b, in, len, bad)
                                                : convert_iconv(encoding, &b, in, len, bad);
    if (st == FIGPARSE_OK && (fp->opts.flags & FIGPARSE_OPT_REPAIR_MOJIBAKE))
        st = repair(&b);
    /* Room for the NUL and the map's last entry; allocates for empty text. */
    if (st == FIGPARSE_OK && !obuf_reserve(&b, 1))
        st = FIGPARSE_ENOMEM;
    if (st != FIGPARSE_OK) {
        obuf_free(&b);
        return st;
    }
    b.text[b.len] = '\0';
    if (b.want_map) {
        b.map[b.len] = len;
        *map = b.map;
    }
    *out = b.text;
    *out_len = b.len;
    return FIGPARSE_OK;
}

figparse_status figparse_transcode(const figparse *fp, const char *encoding, const char *in,
                                   size_t len, char **out, size_t *out_len, size_t **map,
                                   size_t *err_offset) {
    if (out)
        *out = NULL;
    if (out_len)
        *out_len = 0;
    if (map)
        *map = NULL;
    if (err_offset)
        *err_offset = 0;
    if (!fp || !encoding || !out || !out_len || (!in && len > 0))
        return FIGPARSE_EINVAL;
    if (!in)
        in = "";
    /* iconv reports through errno; the library leaves errno as it found it. */
    int saved_errno = errno;
    size_t bad = 0;
    figparse_status st = transcode(fp, encoding, in, len, out, out_len, map, &bad);
    if (st == FIGPARSE_EENCODING && err_offset)
        *err_offset = bad;
    errno = saved_errno;
    return st;
}

void figparse_buffer_free(const figparse *fp, void *buffer) {
    if (fp && buffer)
        figparse__free(&fp->alloc, buffer);
}
