/*
 * fuzz_parse.c — the one-string parsers on arbitrary text.
 *
 * Input: byte 0 picks the locale hint (low 5 bits) and the default currency
 * (high 3 bits), byte 1 the option flags (low 4 bits); the rest is the field.
 * figparse_parse_money() must return one of its documented statuses, report
 * invalid UTF-8 at the first bad byte, fill a well-formed record on success,
 * and give the same answer twice. figparse_parse_date() gets the same text
 * when the library has it (FIGPARSE_HAVE_PARSE_DATE, set by CMake).
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    const figparse *fp = fuzz_parser(data[0] & 31, data[1] & 15, 0, data[0] >> 5);
    const char *text = (const char *)data + 2;
    size_t len = size - 2;

    figparse_money m, again;
    size_t off = (size_t)-1, off2 = (size_t)-1;
    figparse_status st = figparse_parse_money(fp, text, len, &m, &off);
    FUZZ_CHECK(off <= len);
    size_t bad = fuzz_utf8_invalid_at((const uint8_t *)text, len);
    if (bad < len) {
        FUZZ_CHECK(st == FIGPARSE_EENCODING);
        FUZZ_CHECK(off == bad);
    } else {
        FUZZ_CHECK(st == FIGPARSE_OK || st == FIGPARSE_NOMATCH || st == FIGPARSE_ERANGE);
    }
    if (st == FIGPARSE_OK) {
        FUZZ_CHECK(off == 0);
        fuzz_check_money(&m, st);
    }
    /* Deterministic: nothing is remembered between calls. */
    FUZZ_CHECK(figparse_parse_money(fp, text, len, &again, &off2) == st);
    FUZZ_CHECK(off2 == off);
    if (st == FIGPARSE_OK)
        FUZZ_CHECK(fuzz_same_money(&m, &again));

#ifdef FIGPARSE_HAVE_PARSE_DATE
    {
        figparse_date d;
        size_t doff = (size_t)-1;
        figparse_status ds = figparse_parse_date(fp, text, len, &d, &doff);
        FUZZ_CHECK(doff <= len);
        if (bad < len)
            FUZZ_CHECK(ds == FIGPARSE_EENCODING);
        else
            FUZZ_CHECK(ds == FIGPARSE_OK || ds == FIGPARSE_NOMATCH || ds == FIGPARSE_ERANGE);
        if (ds == FIGPARSE_OK) {
            FUZZ_CHECK(d.grain >= FIGPARSE_GRAIN_NONE && d.grain <= FIGPARSE_GRAIN_SECOND);
            FUZZ_CHECK(d.first.month <= 12 && d.first.day <= 31);
            FUZZ_CHECK(d.last.month <= 12 && d.last.day <= 31);
        }
    }
#endif
    return 0;
}
