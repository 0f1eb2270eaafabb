/*
 * fuzz_transcode.c — figparse_transcode() on arbitrary bytes. Built only when
 * the library has it (CMake's FIGPARSE_HAVE_TRANSCODE check).
 *
 * Input: byte 0 picks the encoding (a list of real ones, an unknown one and
 * ""), byte 1 whether a map is asked for (bit 0) and whether the parser
 * repairs mojibake (bit 1); the rest is the input. On success the output is
 * NUL-terminated strict UTF-8, the map is non-decreasing, inside the input
 * and ends at its length, and every figure the scan finds in the output maps
 * back to a span of the input. "UTF-8" without repair is validation plus
 * copy: the output is the input, or FIGPARSE_EENCODING at its first bad byte.
 * An unknown encoding is FIGPARSE_EENCODING.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const encodings[] = {
    "UTF-8",  "EUC-KR",       "CP949",        "Shift_JIS",   "EUC-JP", "GB18030",
    "Big5",   "ISO-8859-1",   "windows-1252", "windows-874", "KOI8-R", "UTF-16LE",
    "no-such-encoding", "",
};
#define NENC (sizeof encodings / sizeof encodings[0])

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    const char *enc = encodings[data[0] % NENC];
    bool want_map = data[1] & 1, repair = (data[1] >> 1) & 1;
    const char *in = (const char *)data + 2;
    size_t len = size - 2;
    const figparse *fp = fuzz_parser(0, repair ? FIGPARSE_OPT_REPAIR_MOJIBAKE : 0, 0, 0);

    char *out = (char *)1;
    size_t out_len = 99, *map = (size_t *)1, off = (size_t)-1;
    figparse_status st =
        figparse_transcode(fp, enc, in, len, &out, &out_len, want_map ? &map : NULL, &off);
    FUZZ_CHECK(st == FIGPARSE_OK || st == FIGPARSE_EENCODING || st == FIGPARSE_ENOMEM);
    if (st != FIGPARSE_OK) {
        FUZZ_CHECK(out == NULL);
        if (want_map)
            FUZZ_CHECK(map == NULL);
        if (st == FIGPARSE_EENCODING)
            FUZZ_CHECK(off <= len);
        if (data[0] % NENC >= NENC - 2) /* unknown encodings */
            FUZZ_CHECK(st == FIGPARSE_EENCODING);
        if (strcmp(enc, "UTF-8") == 0 && !repair && st == FIGPARSE_EENCODING)
            FUZZ_CHECK(off == fuzz_utf8_invalid_at((const uint8_t *)in, len));
        return 0;
    }
    FUZZ_CHECK(data[0] % NENC < NENC - 2);
    FUZZ_CHECK(out != NULL);
    FUZZ_CHECK(out[out_len] == '\0');
    FUZZ_CHECK(fuzz_utf8_invalid_at((const uint8_t *)out, out_len) == out_len);
    if (strcmp(enc, "UTF-8") == 0 && !repair) {
        FUZZ_CHECK(fuzz_utf8_invalid_at((const uint8_t *)in, len) == len);
        FUZZ_CHECK(out_len == len && memcmp(out, in, len) == 0);
    }
    if (want_map) {
        FUZZ_CHECK(map != NULL);
        FUZZ_CHECK(map[out_len] == len);
        for (size_t i = 0; i < out_len; i++) {
            FUZZ_CHECK(map[i] <= map[i + 1]);
            FUZZ_CHECK(map[i] <= len);
        }
        /* figures found in the output map back into the input */
        figparse_result *r = NULL;
        FUZZ_CHECK(figparse_scan_all(fp, out, out_len, &r) == FIGPARSE_OK);
        for (size_t i = 0; i < figparse_result_count(r); i++) {
            const figparse_figure *f = figparse_result_get(r, i);
            FUZZ_CHECK(f->end <= out_len);
            FUZZ_CHECK(map[f->start] <= map[f->end] && map[f->end] <= len);
        }
        figparse_result_free(r);
        figparse_buffer_free(fp, map);
    }
    figparse_buffer_free(fp, out);
    return 0;
}
