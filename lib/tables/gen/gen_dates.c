/*
 * gen_dates.c — writes lib/tables/date_data.inc to standard output: month
 * and weekday names, wide and abbreviated, format and stand-alone, for every
 * language in FIGPARSE__LANGUAGES, from CLDR through ICU's udat_getSymbols().
 * Keys are folded as the run-time code folds words (NFKC_Casefold, white
 * space collapsed); an abbreviation's final period gives a second key without
 * it ("sept." and "sept"). Same ICU, byte-identical output.
 *
 * Build: cc -std=c11 gen_dates.c $(pkg-config --cflags --libs icu-uc icu-i18n)
 *
 * Copyright (c) 2026 the figparse developers. MIT licence (see LICENSE).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

#include "../../currency.h" /* FIGPARSE__LANGUAGES */
#include "../../date_names.h"

typedef struct row {
    char key[64];
    int kind, value;
    uint32_t langs;
} row;

static row *rows;
static size_t nrows, caprows;

static void die(const char *what, UErrorCode st) {
    fprintf(stderr, "gen_dates: %s: %s\n", what, u_errorName(st));
    exit(1);
}

static void add(const char *key, int kind, int value, int lang) {
    for (size_t i = 0; i < nrows; i++)
        if (rows[i].kind == kind && rows[i].value == value && strcmp(rows[i].key, key) == 0) {
            rows[i].langs |= UINT32_C(1) << lang;
            return;
        }
    if (nrows == caprows) {
        caprows = caprows ? caprows * 2 : 256;
        rows = realloc(rows, caprows * sizeof *rows);
        if (!rows) {
            fputs("gen_dates: out of memory\n", stderr);
            exit(1);
        }
    }
    row *r = &rows[nrows++];
    snprintf(r->key, sizeof r->key, "%s", key);
    r->kind = kind;
    r->value = value;
    r->langs = UINT32_C(1) << lang;
}

/* Folds a UTF-16 name into a UTF-8 key; "" when it does not fold. */
static void fold(const UChar *s, int32_t n, char *out, size_t cap) {
    UErrorCode st = U_ZERO_ERROR;
    const UNormalizer2 *cf = unorm2_getNFKCCasefoldInstance(&st);
    UChar f[128];
    int32_t fn = unorm2_normalize(cf, s, n, f, 128, &st);
    out[0] = '\0';
    if (U_FAILURE(st))
        return;
    /* collapse white space, trim */
    UChar g[128];
    int32_t gn = 0;
    int space = 0;
    for (int32_t i = 0; i < fn; i++) {
        if (u_isUWhiteSpace(f[i])) {
            space = gn > 0;
            continue;
        }
        if (space)
            g[gn++] = ' ';
        space = 0;
        g[gn++] = f[i];
    }
    int32_t len = 0;
    st = U_ZERO_ERROR;
    u_strToUTF8(out, (int32_t)cap, &len, g, gn, &st);
    if (U_FAILURE(st) || (size_t)len >= cap)
        out[0] = '\0';
}

static void collect(const char *locale, int lang) {
    static const struct {
        UDateFormatSymbolType type;
        int kind, count, base;
    } sets[] = {
        {UDAT_MONTHS, FIGPARSE__DATE_MONTH, 12, 1},
        {UDAT_SHORT_MONTHS, FIGPARSE__DATE_MONTH, 12, 1},
        {UDAT_STANDALONE_MONTHS, FIGPARSE__DATE_MONTH, 12, 1},
        {UDAT_STANDALONE_SHORT_MONTHS, FIGPARSE__DATE_MONTH, 12, 1},
        {UDAT_WEEKDAYS, FIGPARSE__DATE_WEEKDAY, 8, 0},
        {UDAT_SHORT_WEEKDAYS, FIGPARSE__DATE_WEEKDAY, 8, 0},
        {UDAT_STANDALONE_WEEKDAYS, FIGPARSE__DATE_WEEKDAY, 8, 0},
        {UDAT_STANDALONE_SHORT_WEEKDAYS, FIGPARSE__DATE_WEEKDAY, 8, 0},
    };
    UErrorCode st = U_ZERO_ERROR;
    UDateFormat *df = udat_open(UDAT_DEFAULT, UDAT_DEFAULT, locale, NULL, 0, NULL, 0, &st);
    if (U_FAILURE(st))
        die("udat_open", st);
    for (size_t s = 0; s < sizeof sets / sizeof sets[0]; s++) {
        int32_t n = udat_countSymbols(df, sets[s].type);
        for (int32_t i = 0; i < n && i < sets[s].count; i++) {
            UChar name[128];
            st = U_ZERO_ERROR;
            int32_t len = udat_getSymbols(df, sets[s].type, i, name, 128, &st);
            if (U_FAILURE(st) || len <= 0)
                continue;
            char key[64];
            fold(name, len, key, sizeof key);
            if (!key[0])
                continue;
            /* months 1..12; weekdays ICU 1=Sunday..7=Saturday -> ISO 1=Monday..7=Sunday */
            int value = sets[s].kind == FIGPARSE__DATE_MONTH ? i + 1 : (i == 1 ? 7 : i - 1);
            if (sets[s].kind == FIGPARSE__DATE_WEEKDAY && i == 0)
                continue;
            add(key, sets[s].kind, value, lang);
            size_t kl = strlen(key);
            if (kl > 1 && key[kl - 1] == '.') {
                key[kl - 1] = '\0';
                add(key, sets[s].kind, value, lang);
            }
        }
    }
    udat_close(df);
}

static int cmp_row(const void *a, const void *b) {
    const row *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    if (x->kind != y->kind)
        return x->kind - y->kind;
    return x->value - y->value;
}

static void put_key(const char *s) {
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 || *p >= 0x7F || *p == '"' || *p == '\\' || *p == '?')
            printf("\\%03o", *p);
        else
            putchar(*p);
    }
    putchar('"');
}

int main(void) {
    static const char *const tags[] = {
#define FIGPARSE__GEN_TAG(id, tag) tag,
        FIGPARSE__LANGUAGES(FIGPARSE__GEN_TAG)
#undef FIGPARSE__GEN_TAG
    };
    for (size_t l = 0; l < sizeof tags / sizeof tags[0]; l++)
        collect(tags[l], (int)l);
    qsort(rows, nrows, sizeof *rows, cmp_row);

    UVersionInfo icu, cldr;
    char icu_s[U_MAX_VERSION_STRING_LENGTH], cldr_s[U_MAX_VERSION_STRING_LENGTH];
    UErrorCode st = U_ZERO_ERROR;
    u_getVersion(icu);
    ulocdata_getCLDRVersion(cldr, &st);
    if (U_FAILURE(st))
        die("ulocdata_getCLDRVersion", st);
    u_versionToString(icu, icu_s);
    u_versionToString(cldr, cldr_s);
    printf("/* Generated by lib/tables/gen/gen_dates.c from ICU %s (CLDR %s). Do not edit;\n"
           " * regenerate with `cmake --build build --target figparse_tables`. */\n",
           icu_s, cldr_s);
    printf("const figparse__date_name figparse__date_names[] = {\n");
    for (size_t i = 0; i < nrows; i++) {
        printf("    {");
        put_key(rows[i].key);
        printf(", %d, %d, 0x%08xu},\n", rows[i].kind, rows[i].value, (unsigned)rows[i].langs);
    }
    printf("};\n");
    return 0;
}
