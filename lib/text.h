/*
 * text.h — bytes in other encodings to UTF-8 (figparse_transcode) and the
 * mojibake repair. See text.c and docs/encodings.md.
 */
#ifndef FIGPARSE_TEXT_H
#define FIGPARSE_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* The single-byte code pages the repair maps characters back through. */
typedef enum figparse__codepage {
    FIGPARSE__CP1252 = 0, /* Windows-1252 as browsers decode it (and Latin-1) */
    FIGPARSE__CP874 = 1   /* Windows-874 as browsers decode it */
} figparse__codepage;

/* A reverse-table row: a code point and the byte it was decoded from. */
typedef struct figparse__byte_of {
    uint16_t cp;
    uint8_t byte;
} figparse__byte_of;

/* The code point byte b decodes to in code page cp, or 0 where the code page
 * leaves it undefined (the generated forward table). */
uint32_t figparse__codepage_decode(figparse__codepage cp, unsigned b);

/* The byte code point c was decoded from in code page cp (0x80-0xFF; the
 * C1 controls U+0080-U+009F count as their own bytes), or -1. */
int figparse__codepage_encode(figparse__codepage cp, uint32_t c);

#endif
