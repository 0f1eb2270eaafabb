/*
 * fuzz_common.h — what the figparse fuzz harnesses share: picking a parser
 * from the first bytes of an input, and the invariants every record the
 * library hands out must keep whatever the text was.
 *
 * The harnesses abort (through FUZZ_CHECK) on a broken invariant so that
 * libFuzzer and the replay driver both report it as a crash.
 */
#ifndef FIGPARSE_FUZZ_COMMON_H
#define FIGPARSE_FUZZ_COMMON_H

#include "figparse.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_CHECK(cond)                                                       \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                           \
        }                                                                      \
    } while (0)

/* Locale hints: none, the languages with a lexicon, and ones whose decimal
 * mark, grouping or own dollar differ. */
static const char *const fuzz_locales[] = {
    NULL,    "en",    "en-US", "en-GB", "en-AU", "en-IN", "en-CA", "de",
    "de-CH", "fr-FR", "es-MX", "pt-BR", "ko-KR", "ja",    "zh-CN", "ru",
    "uk",    "bg",    "tr",    "vi",    "ar-EG", "hi-IN", "nb",    "und",
};
#define FUZZ_NLOCALES (sizeof fuzz_locales / sizeof fuzz_locales[0])

/* Default currencies: none, and a few with 0, 2 and 3 minor digits. */
static const char *const fuzz_currencies[] = {NULL, "USD", "EUR", "JPY", "KWD", "INR", "KRW", "GBP"};
#define FUZZ_NCURRENCIES (sizeof fuzz_currencies / sizeof fuzz_currencies[0])

/* Parsers are built once per combination and kept: figparse_new() asks
 * ICU about the locale, which is far slower than a scan of a small input.
 * They stay reachable, so LeakSanitizer is quiet. A parser holds about
 * 360 KB of tables and there are 12,288 combinations, more than
 * libFuzzer's 2 GB, so after FUZZ_MAX_PARSERS (about 1.1 GB; as many as
 * fuzz_parse's 3,072 combinations, which therefore never rebuild) the
 * cache is emptied (each harness asks for one parser per input, so none
 * is in use then). At 4,096 fuzz_scan peaked at 1.8 GB. */
static figparse *fuzz_cache[FUZZ_NLOCALES * 16 * 4 * FUZZ_NCURRENCIES];
#define FUZZ_MAX_PARSERS 3072
static unsigned fuzz_parsers_built;

static inline void fuzz_cache_empty(void) {
    for (size_t i = 0; i < sizeof fuzz_cache / sizeof fuzz_cache[0]; i++) {
        figparse_free(fuzz_cache[i]);
        fuzz_cache[i] = NULL;
    }
    fuzz_parsers_built = 0;
}

/* The parser for (locale, flags, kinds, default currency), each index taken
 * modulo its list. */
static inline const figparse *fuzz_parser(unsigned loc, unsigned flags, unsigned kinds, unsigned cur) {
    loc %= FUZZ_NLOCALES;
    flags &= 15;
    kinds &= 3;
    cur %= FUZZ_NCURRENCIES;
    figparse **slot = &fuzz_cache[((loc * 16 + flags) * 4 + kinds) * FUZZ_NCURRENCIES + cur];
    if (*slot)
        return *slot;
    if (fuzz_parsers_built == FUZZ_MAX_PARSERS)
        fuzz_cache_empty();
    fuzz_parsers_built++;
    figparse_options *o = figparse_options_new(NULL);
    FUZZ_CHECK(o != NULL);
    if (fuzz_locales[loc])
        FUZZ_CHECK(figparse_options_set_locale(o, fuzz_locales[loc]) == FIGPARSE_OK);
    FUZZ_CHECK(figparse_options_set_flags(o, flags) == FIGPARSE_OK);
    FUZZ_CHECK(figparse_options_set_kinds(o, kinds) == FIGPARSE_OK);
    FUZZ_CHECK(figparse_options_set_default_currency(o, fuzz_currencies[cur]) == FIGPARSE_OK);
    figparse_status st = FIGPARSE_EINVAL;
    *slot = figparse_new(o, &st);
    FUZZ_CHECK(*slot != NULL && st == FIGPARSE_OK);
    figparse_options_free(o);
    return *slot;
}

/* A decimal in canonical form within the library's documented range. */
static inline void fuzz_check_decimal(figparse_decimal d) {
    if (d.coef == 0) {
        FUZZ_CHECK(d.exp == 0);
        return;
    }
    FUZZ_CHECK(d.coef % 10 != 0);
    FUZZ_CHECK(d.coef < INT64_C(1000000000000000000) && d.coef > -INT64_C(1000000000000000000));
    FUZZ_CHECK(d.exp >= -40 && d.exp <= 40);
    /* The printed form reads back as the same value. */
    char buf[64];
    size_t n = figparse_decimal_format(d, buf, sizeof buf);
    FUZZ_CHECK(n < sizeof buf);
    figparse_decimal back;
    FUZZ_CHECK(figparse_decimal_parse(buf, n, &back) == FIGPARSE_OK);
    FUZZ_CHECK(back.coef == d.coef && back.exp == d.exp);
}

/* A money record as the header describes it. */
static inline void fuzz_check_money(const figparse_money *m, figparse_status st) {
    /* currency: "" or three capital letters, NUL-terminated */
    FUZZ_CHECK(m->currency[3] == '\0');
    if (m->currency[0]) {
        for (int i = 0; i < 3; i++)
            FUZZ_CHECK(m->currency[i] >= 'A' && m->currency[i] <= 'Z');
    } else {
        FUZZ_CHECK(m->currency[1] == '\0' && m->currency[2] == '\0');
    }
    if (m->flags & (FIGPARSE_MONEY_CURRENCY_AMBIGUOUS | FIGPARSE_MONEY_NON_ISO))
        FUZZ_CHECK(m->currency[0] == '\0');
    uint32_t values = FIGPARSE_MONEY_HAS_AMOUNT | FIGPARSE_MONEY_HAS_MIN | FIGPARSE_MONEY_HAS_MAX;
    if (st == FIGPARSE_ERANGE) {
        FUZZ_CHECK(m->flags & FIGPARSE_MONEY_OUT_OF_RANGE);
        FUZZ_CHECK((m->flags & values) == 0);
    } else {
        FUZZ_CHECK(st == FIGPARSE_OK);
        FUZZ_CHECK(!(m->flags & FIGPARSE_MONEY_OUT_OF_RANGE));
    }
    if (m->flags & FIGPARSE_MONEY_HAS_AMOUNT)
        fuzz_check_decimal(m->amount);
    if (m->flags & FIGPARSE_MONEY_HAS_MIN)
        fuzz_check_decimal(m->min);
    if (m->flags & FIGPARSE_MONEY_HAS_MAX)
        fuzz_check_decimal(m->max);
}

/* Two decimals hold the same value in the same form (padding aside). */
static inline bool fuzz_same_decimal(figparse_decimal a, figparse_decimal b) {
    return a.coef == b.coef && a.exp == b.exp;
}

/* Two money records say the same thing: every field the flags make
 * meaningful (struct padding and unset values may differ). */
static inline bool fuzz_same_money(const figparse_money *a, const figparse_money *b) {
    if (memcmp(a->currency, b->currency, 4) != 0 || a->flags != b->flags)
        return false;
    if ((a->flags & FIGPARSE_MONEY_HAS_AMOUNT) && !fuzz_same_decimal(a->amount, b->amount))
        return false;
    if ((a->flags & FIGPARSE_MONEY_HAS_MIN) && !fuzz_same_decimal(a->min, b->min))
        return false;
    if ((a->flags & FIGPARSE_MONEY_HAS_MAX) && !fuzz_same_decimal(a->max, b->max))
        return false;
    if ((a->flags & FIGPARSE_MONEY_EQUIVALENT) && a->equivalent_of != b->equivalent_of)
        return false;
    return true;
}

/* Two figures say the same thing. */
static inline bool fuzz_same_figure(const figparse_figure *a, const figparse_figure *b) {
    if (a->kind != b->kind || a->status != b->status || a->start != b->start ||
        a->end != b->end || a->index != b->index)
        return false;
    if (a->kind == FIGPARSE_KIND_MONEY)
        return fuzz_same_money(&a->u.money, &b->u.money);
    return memcmp(&a->u.date, &b->u.date, sizeof a->u.date) == 0;
}

/* Strict UTF-8 (RFC 3629): the offset of the first invalid byte, or len. */
static inline size_t fuzz_utf8_invalid_at(const uint8_t *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        uint8_t b = s[i];
        size_t n;
        uint32_t c, min;
        if (b < 0x80) {
            i++;
            continue;
        } else if (b >= 0xC2 && b <= 0xDF) {
            n = 2, c = b & 0x1F, min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            n = 3, c = b & 0x0F, min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            n = 4, c = b & 0x07, min = 0x10000;
        } else {
            return i;
        }
        if (len - i < n)
            return i;
        for (size_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            c = (c << 6) | (s[i + k] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return i;
        i += n;
    }
    return len;
}

#endif
