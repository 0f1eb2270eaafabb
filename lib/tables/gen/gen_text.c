/*
 * gen_text.c — writes lib/tables/text_data.inc to standard output: the
 * single-byte code pages that mojibake repair (lib/text.c) maps back to
 * bytes.
 *
 * Mojibake is UTF-8 that some program decoded as a single-byte code page and
 * encoded again. To undo it, each character of a garbled run is mapped back
 * to the byte it was decoded from. Two families are needed, both as web
 * browsers decode them (WHATWG Encoding Standard), which is how most such
 * text came to be:
 *
 *   Windows-1252 — iconv's CP1252, plus the five bytes CP1252 leaves
 *       undefined (0x81 0x8D 0x8F 0x90 0x9D), which browsers decode as the
 *       C1 controls U+0081 ... of the same value. Its upper half 0xA0-0xFF
 *       is Latin-1.
 *   Windows-874 (Thai) — 0xA0-0xFF from iconv's CP874 (TIS-620 Thai plus
 *       NBSP at 0xA0; 0xDB-0xDE and 0xFC-0xFF are undefined), and 0x80-0x9F
 *       as in Windows-1252: pages labelled windows-874 are decoded with
 *       Windows-1252's punctuation in 0x80-0x9F ("โ‚ฉ" holds U+201A for byte
 *       0x82, which iconv's CP874 does not map at all).
 *
 * Text decoded as ISO-8859-1 keeps bytes 0x80-0x9F as the C1 controls
 * U+0080-U+009F; the reverse tables accept those too.
 *
 * Everything is read from iconv at generation time; the run-time code never
 * opens these converters. Output depends only on iconv's tables (glibc and
 * GNU libiconv agree on every byte used here).
 *
 * Build: cc -std=c11 gen_text.c -o gen_text   (add -liconv where iconv is
 * not part of the C library)
 *
 * Copyright (c) 2026 the figparse developers. MIT licence (see LICENSE).
 */
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die(const char *what)
{
    fprintf(stderr, "gen_text: %s\n", what);
    exit(1);
}

/* The code point iconv decodes byte b to in encoding enc, or 0 when the byte
 * is undefined there. */
static uint32_t decode_byte(const char *enc, unsigned b)
{
    iconv_t cd = iconv_open("UTF-32BE", enc);
    if (cd == (iconv_t)-1)
        die("iconv_open failed");
    char in = (char)b, outb[16];
    char *ip = &in, *op = outb;
    size_t il = 1, ol = sizeof outb;
    size_t r = iconv(cd, &ip, &il, &op, &ol);
    size_t n = sizeof outb - ol;
    if (r != (size_t)-1) {
        char *fp = op;
        size_t fl = ol;
        iconv(cd, NULL, NULL, &fp, &fl); /* flush a buffered character */
        n = sizeof outb - fl;
    }
    iconv_close(cd);
    if (r == (size_t)-1 || n != 4)
        return 0;
    const unsigned char *u = (const unsigned char *)outb;
    return (uint32_t)u[0] << 24 | (uint32_t)u[1] << 16 | (uint32_t)u[2] << 8 | u[3];
}

typedef struct pair {
    uint32_t cp;
    unsigned byte;
} pair;

static int by_cp(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    return x->cp < y->cp ? -1 : x->cp > y->cp;
}

/* The reverse table of the upper half of fwd, plus the C1 controls
 * U+0080-U+009F as their own bytes (the Latin-1 reading). */
static size_t reverse(const uint32_t fwd[256], pair *out)
{
    size_t n = 0;
    for (unsigned b = 0x80; b < 0x100; b++)
        if (fwd[b] != 0)
            out[n++] = (pair){fwd[b], b};
    for (unsigned b = 0x80; b < 0xA0; b++) {
        int seen = 0;
        for (size_t i = 0; i < n; i++)
            seen |= out[i].cp == b;
        if (!seen)
            out[n++] = (pair){b, b};
    }
    qsort(out, n, sizeof *out, by_cp);
    for (size_t i = 1; i < n; i++)
        if (out[i].cp == out[i - 1].cp)
            die("a code point maps to two bytes");
    return n;
}

static void print_forward(const char *name, const char *comment, const uint32_t fwd[256])
{
    printf("/* %s */\nstatic const uint16_t %s[256] = {\n", comment, name);
    for (unsigned b = 0; b < 256; b += 8) {
        printf("   ");
        for (unsigned i = b; i < b + 8; i++)
            printf(" 0x%04X,", (unsigned)fwd[i]);
        printf(" /* 0x%02X */\n", b);
    }
    printf("};\n\n");
}

static void print_reverse(const char *name, const pair *r, size_t n)
{
    printf("static const figparse__byte_of %s[%zu] = {\n", name, n);
    for (size_t i = 0; i < n; i += 6) {
        printf("   ");
        for (size_t j = i; j < n && j < i + 6; j++)
            printf(" {0x%04X, 0x%02X},", (unsigned)r[j].cp, r[j].byte);
        printf("\n");
    }
    printf("};\n\n");
}

int main(void)
{
    uint32_t w1252[256], w874[256];
    for (unsigned b = 0; b < 0x80; b++)
        w1252[b] = w874[b] = b;
    for (unsigned b = 0x80; b < 0x100; b++) {
        uint32_t cp = decode_byte("CP1252", b);
        /* Browsers: the five undefined bytes are the C1 controls. */
        w1252[b] = cp != 0 ? cp : b;
    }
    for (unsigned b = 0x80; b < 0xA0; b++)
        w874[b] = w1252[b];
    for (unsigned b = 0xA0; b < 0x100; b++)
        w874[b] = decode_byte("CP874", b);
    /* Which of 0x80-0x9F real Windows-874 defines itself (€, …, quotes,
     * bullet, dashes): Thai text may hold those next to Thai letters. */
    uint32_t defined874 = 0;
    for (unsigned b = 0x80; b < 0xA0; b++)
        if (decode_byte("CP874", b) != 0)
            defined874 |= 1u << (b - 0x80);

    /* Sanity: the two facts the repair depends on. */
    if (w1252[0x82] != 0x201A || w874[0xE2] != 0x0E42 || w874[0xA9] != 0x0E09)
        die("unexpected iconv tables");

    pair r1252[160], r874[160];
    size_t n1252 = reverse(w1252, r1252), n874 = reverse(w874, r874);

    printf("/* Generated by lib/tables/gen/gen_text.c from iconv's CP1252 and CP874.\n"
           " * Do not edit; regenerate with `cmake --build build --target figparse_tables`. */\n\n");
    print_forward("figparse__cp1252", "Windows-1252 as browsers decode it: byte -> code point",
                  w1252);
    print_forward("figparse__cp874",
                  "Windows-874 as browsers decode it (0x80-0x9F from Windows-1252): byte -> "
                  "code point, 0 = undefined",
                  w874);
    printf("/* Bytes 0x80-0x9F that real Windows-874 defines (bit b - 0x80). */\n"
           "#define FIGPARSE__CP874_DEFINED_C1 0x%08Xu\n\n",
           (unsigned)defined874);
    printf("/* Code point -> byte for the upper halves, sorted by code point; the C1\n"
           " * controls U+0080-U+009F are included as their own bytes (Latin-1). */\n");
    print_reverse("figparse__from_cp1252", r1252, n1252);
    print_reverse("figparse__from_cp874", r874, n874);
    return 0;
}
