/*
 * fuzz_decimal.c — round trips of figparse_decimal.
 *
 * Byte 0 even: the next 8 bytes are a coef and the 2 after them an exponent
 * (any coef, including INT64_MIN; exponents within +-2048, since formatting
 * writes |exp| digits). Formatting, then parsing, must give back exactly the
 * canonical value (trailing zeros moved into the exponent, zero as 0e0), or
 * FIGPARSE_ERANGE exactly when that value has more than 18 significant digits
 * or |exp| > 40. The formatted length is the same with and without a buffer,
 * and a cut buffer is NUL-terminated.
 *
 * Byte 0 odd: the rest is text for figparse_decimal_parse(); on success the
 * value is canonical, and format-parse-format is stable.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static figparse_decimal canonical(figparse_decimal d, int *digits) {
    if (d.coef == 0) {
        d.exp = 0;
        *digits = 1;
        return d;
    }
    long exp = d.exp;
    int64_t c = d.coef;
    while (c % 10 == 0) {
        c /= 10;
        exp++;
    }
    uint64_t mag = c < 0 ? (uint64_t)0 - (uint64_t)c : (uint64_t)c;
    int n = 0;
    do {
        n++;
        mag /= 10;
    } while (mag);
    *digits = n;
    d.coef = c;
    d.exp = (int32_t)exp;
    return d;
}

static void round_trip(figparse_decimal d) {
    size_t need = figparse_decimal_format(d, NULL, 0);
    FUZZ_CHECK(need > 0);
    char *buf = malloc(need + 1);
    FUZZ_CHECK(buf != NULL);
    FUZZ_CHECK(figparse_decimal_format(d, buf, need + 1) == need);
    FUZZ_CHECK(buf[need] == '\0' && strlen(buf) == need);
    /* A cut buffer: same return value, NUL-terminated prefix. */
    char small[8];
    FUZZ_CHECK(figparse_decimal_format(d, small, sizeof small) == need);
    size_t cut = need < sizeof small ? need : sizeof small - 1;
    FUZZ_CHECK(small[cut] == '\0' && memcmp(small, buf, cut) == 0);

    int digits;
    figparse_decimal want = canonical(d, &digits);
    figparse_decimal back = {12345, 6};
    figparse_status st = figparse_decimal_parse(buf, need, &back);
    if (digits > 18 || (want.coef != 0 && (want.exp < -40 || want.exp > 40))) {
        FUZZ_CHECK(st == FIGPARSE_ERANGE);
    } else {
        FUZZ_CHECK(st == FIGPARSE_OK);
        FUZZ_CHECK(back.coef == want.coef && back.exp == want.exp);
    }
    free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    if ((data[0] & 1) == 0) {
        if (size < 11)
            return 0;
        uint64_t u = 0;
        for (int i = 0; i < 8; i++)
            u = (u << 8) | data[1 + i];
        int64_t coef;
        memcpy(&coef, &u, sizeof coef);
        int exp = (int)(((unsigned)data[9] << 8 | data[10]) % 4097) - 2048;
        figparse_decimal d = {coef, exp};
        round_trip(d);
        return 0;
    }
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    figparse_decimal d;
    figparse_status st = figparse_decimal_parse(text, len, &d);
    FUZZ_CHECK(st == FIGPARSE_OK || st == FIGPARSE_EINVAL || st == FIGPARSE_ERANGE);
    if (st != FIGPARSE_OK)
        return 0;
    fuzz_check_decimal(d); /* canonical, in range, and reads back */
    char a[64], b[64];
    size_t na = figparse_decimal_format(d, a, sizeof a);
    FUZZ_CHECK(na < sizeof a);
    figparse_decimal e;
    FUZZ_CHECK(figparse_decimal_parse(a, na, &e) == FIGPARSE_OK);
    size_t nb = figparse_decimal_format(e, b, sizeof b);
    FUZZ_CHECK(na == nb && memcmp(a, b, na) == 0);
    return 0;
}
