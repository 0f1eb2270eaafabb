/*
 * decimal.c — exact decimals: value = coef * 10^exp with at most 18
 * significant digits. Arithmetic either is exact or reports overflow; there is
 * no rounding and no floating point except in figparse_decimal_to_double().
 */
#include "internal.h"

#include <string.h>

#define DEC_LIMIT INT64_C(1000000000000000000) /* 10^18: coef must stay below */

static const int64_t pow10_table[19] = {
    INT64_C(1),
    INT64_C(10),
    INT64_C(100),
    INT64_C(1000),
    INT64_C(10000),
    INT64_C(100000),
    INT64_C(1000000),
    INT64_C(10000000),
    INT64_C(100000000),
    INT64_C(1000000000),
    INT64_C(10000000000),
    INT64_C(100000000000),
    INT64_C(1000000000000),
    INT64_C(10000000000000),
    INT64_C(100000000000000),
    INT64_C(1000000000000000),
    INT64_C(10000000000000000),
    INT64_C(100000000000000000),
    INT64_C(1000000000000000000),
};

static bool coef_ok(int64_t c) { return c > -DEC_LIMIT && c < DEC_LIMIT; }
static bool exp_ok(int32_t e) { return e >= -FIGPARSE__MAX_EXP && e <= FIGPARSE__MAX_EXP; }

figparse_decimal figparse__dec_int(int64_t v) {
    figparse_decimal d = {v, 0};
    return figparse__dec_norm(d);
}

figparse_decimal figparse__dec_norm(figparse_decimal d) {
    if (d.coef == 0) {
        d.exp = 0;
        return d;
    }
    while (d.coef % 10 == 0) {
        d.coef /= 10;
        d.exp++;
    }
    return d;
}

bool figparse__dec_scale(figparse_decimal *d, int k) {
    if (d->coef == 0)
        return true;
    long e = (long)d->exp + k;
    if (e < -FIGPARSE__MAX_EXP || e > FIGPARSE__MAX_EXP)
        return false;
    d->exp = (int32_t)e;
    return true;
}

/* Multiplies c by 10^k (0 <= k) when the result stays within 18 digits. */
static bool widen(int64_t c, int k, int64_t *out) {
    if (k > 18)
        return c == 0 ? (*out = 0, true) : false;
    int64_t p = pow10_table[k];
    if (c != 0 && (c >= DEC_LIMIT / p || c <= -DEC_LIMIT / p))
        return false;
    *out = c * p;
    return true;
}

bool figparse__dec_add(figparse_decimal a, figparse_decimal b, figparse_decimal *out) {
    if (a.coef == 0) {
        *out = figparse__dec_norm(b);
        return true;
    }
    if (b.coef == 0) {
        *out = figparse__dec_norm(a);
        return true;
    }
    if (a.exp < b.exp) {
        figparse_decimal t = a;
        a = b;
        b = t;
    }
    /* a has the larger exponent: bring it down to b's. */
    int64_t ac;
    if (!widen(a.coef, a.exp - b.exp, &ac))
        return false;
    int64_t sum = ac + b.coef; /* both below 10^18 in magnitude: no overflow */
    if (!coef_ok(sum))
        return false;
    figparse_decimal r = {sum, b.exp};
    *out = figparse__dec_norm(r);
    return exp_ok(out->exp);
}

bool figparse__dec_mul(figparse_decimal a, figparse_decimal b, figparse_decimal *out) {
    a = figparse__dec_norm(a);
    b = figparse__dec_norm(b);
    if (a.coef == 0 || b.coef == 0) {
        out->coef = 0;
        out->exp = 0;
        return true;
    }
    int64_t ma = a.coef < 0 ? -a.coef : a.coef;
    int64_t mb = b.coef < 0 ? -b.coef : b.coef;
    if (ma > (DEC_LIMIT - 1) / mb)
        return false;
    int64_t prod = ma * mb;
    if ((a.coef < 0) != (b.coef < 0))
        prod = -prod;
    long e = (long)a.exp + b.exp;
    if (e < -FIGPARSE__MAX_EXP || e > FIGPARSE__MAX_EXP)
        return false;
    figparse_decimal r = {prod, (int32_t)e};
    *out = figparse__dec_norm(r);
    return true;
}

int figparse__dec_cmp(figparse_decimal a, figparse_decimal b) {
    figparse_decimal diff;
    figparse_decimal nb = {-b.coef, b.exp};
    if (figparse__dec_add(a, nb, &diff))
        return diff.coef < 0 ? -1 : diff.coef > 0;
    /* The difference overflowed: the signs or the magnitudes differ wildly. */
    if ((a.coef < 0) != (b.coef < 0))
        return a.coef < 0 ? -1 : 1;
    bool a_bigger = a.exp > b.exp;
    return (a.coef < 0) ? (a_bigger ? -1 : 1) : (a_bigger ? 1 : -1);
}

/* ---- public ------------------------------------------------------------- */

size_t figparse_decimal_format(figparse_decimal d, char *buf, size_t cap) {
    /* Digits of |coef|, most significant first. */
    char digits[24];
    int nd = 0;
    uint64_t mag = d.coef < 0 ? (uint64_t)0 - (uint64_t)d.coef : (uint64_t)d.coef;
    do {
        digits[nd++] = (char)('0' + (int)(mag % 10));
        mag /= 10;
    } while (mag != 0);
    for (int i = 0; i < nd / 2; i++) {
        char t = digits[i];
        digits[i] = digits[nd - 1 - i];
        digits[nd - 1 - i] = t;
    }
    /* Drop trailing zeros of the fraction so non-canonical input prints
     * canonically too. */
    long exp = d.exp;
    while (exp < 0 && nd > 1 && digits[nd - 1] == '0') {
        nd--;
        exp++;
    }
    if (d.coef == 0) {
        nd = 1;
        digits[0] = '0';
        exp = 0;
    }

    size_t need = 0;
#define PUT(ch)                                                                \
    do {                                                                       \
        if (buf && need + 1 < cap)                                             \
            buf[need] = (ch);                                                  \
        need++;                                                                \
    } while (0)
    if (d.coef < 0)
        PUT('-');
    if (exp >= 0) {
        for (int i = 0; i < nd; i++)
            PUT(digits[i]);
        for (long i = 0; i < exp; i++)
            PUT('0');
    } else {
        long int_digits = nd + exp; /* may be <= 0 */
        if (int_digits <= 0) {
            PUT('0');
            PUT('.');
            for (long i = 0; i < -int_digits; i++)
                PUT('0');
            for (int i = 0; i < nd; i++)
                PUT(digits[i]);
        } else {
            for (long i = 0; i < int_digits; i++)
                PUT(digits[i]);
            PUT('.');
            for (int i = (int)int_digits; i < nd; i++)
                PUT(digits[i]);
        }
    }
#undef PUT
    if (buf && cap > 0)
        buf[need < cap ? need : cap - 1] = '\0';
    return need;
}

figparse_status figparse_decimal_parse(const char *text, size_t len, figparse_decimal *out) {
    if (!out || (!text && len > 0))
        return FIGPARSE_EINVAL;
    size_t i = 0;
    bool neg = false;
    if (i < len && (text[i] == '-' || text[i] == '+'))
        neg = text[i++] == '-';
    figparse__digits r = {0, 0, 0, false, false, false};
    for (; i < len; i++) {
        char c = text[i];
        if (c == '.' && !r.point) {
            r.point = true;
            continue;
        }
        if (c < '0' || c > '9')
            return FIGPARSE_EINVAL;
        figparse__digits_add(&r, c - '0');
    }
    return figparse__digits_end(&r, neg, out);
}

figparse_status figparse__digits_end(const figparse__digits *r, bool neg, figparse_decimal *out) {
    if (!r->any)
        return FIGPARSE_EINVAL;
    if (r->range)
        return FIGPARSE_ERANGE;
    figparse_decimal d = {neg ? -r->coef : r->coef, 0};
    d = figparse__dec_norm(d);
    long exp = r->exp + d.exp;
    if (d.coef != 0 && (exp < -FIGPARSE__MAX_EXP || exp > FIGPARSE__MAX_EXP))
        return FIGPARSE_ERANGE;
    d.exp = d.coef == 0 ? 0 : (int32_t)exp;
    *out = d;
    return FIGPARSE_OK;
}

double figparse_decimal_to_double(figparse_decimal d) {
    double v = (double)d.coef;
    long e = d.exp;
    /* Dividing by an exact power of ten rounds once, which multiplying by
     * 0.1 repeatedly would not. */
    double p = 1.0;
    for (long i = 0; i < (e < 0 ? -e : e); i++)
        p *= 10.0;
    return e < 0 ? v / p : v * p;
}
