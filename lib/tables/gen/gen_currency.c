/*
 * gen_currency.c — writes lib/tables/currency_data.inc to standard output.
 *
 * Reads every ISO 4217 currency and, for every CLDR locale ICU ships (plus
 * root), the currency symbols and — for the languages listed in
 * FIGPARSE__LANGUAGES — the long and plural names. Keys are folded exactly as
 * the run-time code folds text (see lib/currency.h). The output depends only
 * on the ICU data it runs against: same ICU, byte-identical output.
 *
 * Build: cc -std=c11 gen_currency.c $(pkg-config --cflags --libs icu-uc icu-i18n)
 *
 * Copyright (c) 2026 the figparse developers. MIT licence (see LICENSE).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/uversion.h>

#include "../../currency.h"
#include "../../tokenize.h" /* figparse__word_hash() */

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("gen_currency: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void check(UErrorCode st, const char *what)
{
    if (U_FAILURE(st))
        die("%s: %s", what, u_errorName(st));
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        die("out of memory");
    return q;
}

static const char *const lang_tags[] = {
#define FIGPARSE__LANG_TAG(id, tag) tag,
    FIGPARSE__LANGUAGES(FIGPARSE__LANG_TAG)
#undef FIGPARSE__LANG_TAG
};

/* Index in FIGPARSE__LANGUAGES of a locale's language, or LANGI_OTHER. */
static int lang_of_locale(const char *locale)
{
    char lang[ULOC_LANG_CAPACITY];
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = uloc_getLanguage(locale, lang, (int32_t)sizeof lang, &st);
    if (U_FAILURE(st) || n <= 0 || st == U_STRING_NOT_TERMINATED_WARNING)
        return FIGPARSE__LANGI_OTHER;
    for (size_t i = 0; i < sizeof lang_tags / sizeof lang_tags[0]; i++)
        if (strcmp(lang, lang_tags[i]) == 0)
            return (int)i;
    return FIGPARSE__LANGI_OTHER;
}

/* ------------------------------------------------------------------------ */
/* Interned keys                                                            */
/* ------------------------------------------------------------------------ */

static char **intern_slots;
static size_t intern_cap, intern_used;

static uint64_t hash_str(const char *s)
{
    uint64_t h = UINT64_C(1469598103934665603);
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * UINT64_C(1099511628211);
    return h;
}

static const char *intern(const char *s)
{
    if (2 * (intern_used + 1) > intern_cap) {
        size_t ncap = intern_cap ? 2 * intern_cap : 4096;
        char **ns = xrealloc(NULL, ncap * sizeof *ns);
        memset(ns, 0, ncap * sizeof *ns);
        for (size_t i = 0; i < intern_cap; i++) {
            if (!intern_slots[i])
                continue;
            size_t j = (size_t)hash_str(intern_slots[i]) & (ncap - 1);
            while (ns[j])
                j = (j + 1) & (ncap - 1);
            ns[j] = intern_slots[i];
        }
        free(intern_slots);
        intern_slots = ns;
        intern_cap = ncap;
    }
    size_t j = (size_t)hash_str(s) & (intern_cap - 1);
    while (intern_slots[j]) {
        if (strcmp(intern_slots[j], s) == 0)
            return intern_slots[j];
        j = (j + 1) & (intern_cap - 1);
    }
    size_t n = strlen(s) + 1;
    char *c = xrealloc(NULL, n);
    memcpy(c, s, n);
    intern_slots[j] = c;
    intern_used++;
    return c;
}

/* ------------------------------------------------------------------------ */
/* Folding                                                                  */
/* ------------------------------------------------------------------------ */

#define FOLD_CAP 1024

static const UNormalizer2 *nfkc_cf;

/* NFKC_Casefold, runs of White_Space -> one U+0020, trimmed. Returns the
 * length in UTF-16 units written to out (FOLD_CAP units). */
static int32_t fold16(const UChar *s, int32_t len, UChar *out)
{
    UChar tmp[FOLD_CAP];
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = unorm2_normalize(nfkc_cf, s, len, tmp, FOLD_CAP, &st);
    check(st, "unorm2_normalize");
    if (n >= FOLD_CAP)
        die("string too long to fold");
    int32_t i = 0, o = 0;
    int pending_space = 0;
    while (i < n) {
        UChar32 c;
        int32_t start = i;
        U16_NEXT(tmp, i, n, c);
        if (u_isUWhiteSpace(c)) {
            pending_space = 1;
            continue;
        }
        if (pending_space && o > 0)
            out[o++] = 0x20;
        pending_space = 0;
        while (start < i)
            out[o++] = tmp[start++];
    }
    return o;
}

/* UTF-16 -> interned UTF-8; NULL for the empty string. */
static const char *to_key(const UChar *s, int32_t len)
{
    char buf[4 * FOLD_CAP];
    UErrorCode st = U_ZERO_ERROR;
    if (len <= 0)
        return NULL;
    int32_t n = 0;
    u_strToUTF8(buf, (int32_t)sizeof buf, &n, s, len, &st);
    check(st, "u_strToUTF8");
    if (n <= 0 || n >= (int32_t)sizeof buf)
        die("bad UTF-8 conversion");
    buf[n] = 0;
    return intern(buf);
}

/* ------------------------------------------------------------------------ */
/* Currencies                                                               */
/* ------------------------------------------------------------------------ */

typedef struct currency {
    char code[4];
    UChar ucode[4];
    const char *key; /* folded code */
    int digits;
    int current;
    char home_mark; /* the decimal mark at home, or 0 */
} currency;

static currency *currencies;
static size_t ncurrencies;

static int cmp_currency(const void *a, const void *b)
{
    return strcmp(((const currency *)a)->code, ((const currency *)b)->code);
}

/* The decimal mark of a currency's home: the likely locale of the region its
 * code names ("US" in USD -> en_Latn_US -> '.', "BR" in BRL -> ','), when that
 * region's currency is this one. 0 for EUR, X-codes and the like, which have
 * no one home. */
static char home_decimal_mark(const char *code)
{
    if (code[0] == 'X' || (code[0] == 'E' && code[1] == 'U'))
        return 0;
    char region[16], likely[ULOC_FULLNAME_CAPACITY];
    snprintf(region, sizeof region, "und_%c%c", code[0], code[1]);
    UErrorCode st = U_ZERO_ERROR;
    UChar cur[4];
    int32_t n = ucurr_forLocale(region, cur, 4, &st);
    if (U_FAILURE(st) || n != 3 || cur[0] != code[0] || cur[1] != code[1] || cur[2] != code[2])
        return 0;
    st = U_ZERO_ERROR;
    uloc_addLikelySubtags(region, likely, sizeof likely, &st);
    if (U_FAILURE(st) || strncmp(likely, "und", 3) == 0)
        return 0;
    UNumberFormat *nf = unum_open(UNUM_DECIMAL, NULL, 0, likely, NULL, &st);
    if (U_FAILURE(st))
        return 0;
    UChar sym[8];
    int32_t len = unum_getSymbol(nf, UNUM_DECIMAL_SEPARATOR_SYMBOL, sym, 8, &st);
    unum_close(nf);
    if (U_FAILURE(st) || len != 1 || (sym[0] != '.' && sym[0] != ','))
        return 0;
    return (char)sym[0];
}

static void load_currencies(void)
{
    UErrorCode st = U_ZERO_ERROR;
    UEnumeration *e = ucurr_openISOCurrencies(UCURR_ALL, &st);
    check(st, "ucurr_openISOCurrencies(UCURR_ALL)");
    const char *s;
    int32_t len;
    while ((s = uenum_next(e, &len, &st)) != NULL) {
        check(st, "uenum_next");
        if (len != 3)
            die("unexpected currency code '%s'", s);
        currencies = xrealloc(currencies, (ncurrencies + 1) * sizeof *currencies);
        currency *c = &currencies[ncurrencies++];
        memset(c, 0, sizeof *c);
        memcpy(c->code, s, 3);
        u_charsToUChars(c->code, c->ucode, 4);
    }
    check(st, "uenum_next");
    uenum_close(e);
    qsort(currencies, ncurrencies, sizeof *currencies, cmp_currency);
    if (ncurrencies == 0 || ncurrencies > UINT16_MAX)
        die("bad currency count %zu", ncurrencies);

    e = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &st);
    check(st, "ucurr_openISOCurrencies(UCURR_COMMON|UCURR_NON_DEPRECATED)");
    while ((s = uenum_next(e, &len, &st)) != NULL) {
        currency key;
        memset(&key, 0, sizeof key);
        if (len != 3)
            die("unexpected currency code '%s'", s);
        memcpy(key.code, s, 3);
        currency *c = bsearch(&key, currencies, ncurrencies, sizeof *currencies, cmp_currency);
        if (!c)
            die("current currency %s not in UCURR_ALL", s);
        c->current = 1;
    }
    check(st, "uenum_next");
    uenum_close(e);

    /* Funds, metals and test codes (CLF, XAU, XDR, XTS): ISO lists them as
     * uncommon; no text prices a thing in them. current = 2. */
    e = ucurr_openISOCurrencies(UCURR_UNCOMMON | UCURR_NON_DEPRECATED, &st);
    check(st, "ucurr_openISOCurrencies(UCURR_UNCOMMON|UCURR_NON_DEPRECATED)");
    while ((s = uenum_next(e, &len, &st)) != NULL) {
        currency key;
        memset(&key, 0, sizeof key);
        if (len != 3)
            die("unexpected currency code '%s'", s);
        memcpy(key.code, s, 3);
        currency *c = bsearch(&key, currencies, ncurrencies, sizeof *currencies, cmp_currency);
        if (c && !c->current)
            c->current = 2;
    }
    check(st, "uenum_next");
    uenum_close(e);

    for (size_t i = 0; i < ncurrencies; i++) {
        currency *c = &currencies[i];
        UChar f[FOLD_CAP];
        st = U_ZERO_ERROR;
        c->digits = ucurr_getDefaultFractionDigits(c->ucode, &st);
        check(st, "ucurr_getDefaultFractionDigits");
        if (c->digits < 0 || c->digits > 255)
            die("bad fraction digits for %s", c->code);
        c->key = to_key(f, fold16(c->ucode, 3, f));
        c->home_mark = home_decimal_mark(c->code);
    }
}

/* ------------------------------------------------------------------------ */
/* Entries                                                                  */
/* ------------------------------------------------------------------------ */

#define NO_LOCALE UINT32_MAX

typedef struct entry {
    const char *key; /* interned */
    uint32_t locale; /* index in locale order, NO_LOCALE for CODE */
    uint16_t currency;
    uint8_t source;
    uint8_t lang;
} entry;

static entry *entries;
static size_t nentries, entries_cap;

static entry *loc_entries;
static size_t nloc_entries, loc_entries_cap;

static size_t choice_skipped;

static void push(entry **arr, size_t *n, size_t *cap, const entry *e)
{
    if (*n == *cap) {
        *cap = *cap ? 2 * *cap : 4096;
        *arr = xrealloc(*arr, *cap * sizeof **arr);
    }
    (*arr)[(*n)++] = *e;
}

static int cmp_entry(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    if (x->key != y->key) {
        int r = strcmp(x->key, y->key);
        if (r)
            return r;
    }
    if (x->currency != y->currency)
        return x->currency < y->currency ? -1 : 1;
    if (x->locale != y->locale)
        return x->locale < y->locale ? -1 : 1;
    if (x->source != y->source)
        return x->source < y->source ? -1 : 1;
    return 0;
}

static void add_local(const char *key, size_t cur, int source, uint32_t locale, int lang)
{
    entry e;
    if (!key || key == currencies[cur].key)
        return; /* empty, or just the ISO code (covered by CODE) */
    e.key = key;
    e.locale = locale;
    e.currency = (uint16_t)cur;
    e.source = (uint8_t)source;
    e.lang = (uint8_t)lang;
    push(&loc_entries, &nloc_entries, &loc_entries_cap, &e);
}

static int is_letter(UChar32 c)
{
    return (U_GET_GC_MASK(c) & U_GC_L_MASK) != 0;
}

static int is_letter_or_mark(UChar32 c)
{
    return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK)) != 0;
}

static int is_katakana(UChar32 c)
{
    UErrorCode st = U_ZERO_ERROR;
    if (c == 0x30FC) /* KATAKANA-HIRAGANA PROLONGED SOUND MARK (Common) */
        return 1;
    return uscript_getScript(c, &st) == USCRIPT_KATAKANA && U_SUCCESS(st) && c != 0x30FB;
}

/* A single character that is a word by itself: a Hangul syllable, a Han
 * ideograph or a kana ("대한민국 원" -> "원"). */
static int is_syllabic_word(const UChar *w, int32_t wn)
{
    UChar32 c;
    int32_t i = 0;
    UErrorCode st = U_ZERO_ERROR;
    U16_NEXT(w, i, wn, c);
    if (i != wn)
        return 0;
    switch (uscript_getScript(c, &st)) {
    case USCRIPT_HANGUL:
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
        return U_SUCCESS(st);
    default:
        return 0;
    }
}

/* Languages that put the noun first ("dólar estadounidense", "dollar des
 * États-Unis"): their short word is the first one. */
static int noun_first(int lang)
{
    return lang == FIGPARSE__LANGI_ES || lang == FIGPARSE__LANGI_FR || lang == FIGPARSE__LANGI_PT ||
           lang == FIGPARSE__LANGI_IT || lang == FIGPARSE__LANGI_CA || lang == FIGPARSE__LANGI_RO ||
           lang == FIGPARSE__LANGI_ID || lang == FIGPARSE__LANGI_MS || lang == FIGPARSE__LANGI_VI ||
           lang == FIGPARSE__LANGI_AR || lang == FIGPARSE__LANGI_HE;
}

/* The SHORT key derived from a folded long or plural name, or NULL:
 *  - with a space: the last word (the first in noun-first languages), if it
 *    is letters (marks allowed after the
 *    first) and at least 2 characters, or one Hangul/Han/kana character
 *    ("대한민국 원" -> "원");
 *  - ja without a space: the trailing katakana run, if shorter than the name
 *    ("韓国ウォン" -> "ウォン"; "・" ends the run);
 *  - zh without a space: "元" when the name is longer and ends with it. */
static const char *derive_short(const UChar *f, int32_t n, int lang)
{
    int32_t sp = -1, first_sp = -1;
    for (int32_t i = 0; i < n; i++)
        if (f[i] == 0x20) {
            sp = i;
            if (first_sp < 0)
                first_sp = i;
        }
    if (sp >= 0) {
        const UChar *w = noun_first(lang) ? f : f + sp + 1;
        int32_t wn = noun_first(lang) ? first_sp : n - sp - 1, i = 0, count = 0;
        while (i < wn) {
            UChar32 c;
            U16_NEXT(w, i, wn, c);
            if (count == 0 ? !is_letter(c) : !is_letter_or_mark(c))
                return NULL;
            count++;
        }
        if (count < 2 && !(count == 1 && is_syllabic_word(w, wn)))
            return NULL;
        return to_key(w, wn);
    }
    if (lang == FIGPARSE__LANGI_JA) {
        int32_t i = n, start = n;
        while (i > 0) {
            UChar32 c;
            int32_t j = i;
            U16_PREV(f, 0, j, c);
            if (!is_katakana(c))
                break;
            i = j;
            start = j;
        }
        if (start == 0 || start == n)
            return NULL; /* no katakana tail, or all of it */
        /* a tail made only of prolonged-sound marks is not a word */
        for (int32_t k = start; k < n; k++)
            if (f[k] != 0x30FC)
                return to_key(f + start, n - start);
        return NULL;
    }
    if (lang == FIGPARSE__LANGI_ZH) {
        if (n > 1 && f[n - 1] == 0x5143 /* 元 */)
            return to_key(f + n - 1, 1);
        return NULL;
    }
    return NULL;
}

/* Japanese writes the space of a CLDR name as "・" or not at all:
 * "スイス フラン" is also "スイス・フラン" and "スイスフラン". */
static void add_japanese_spellings(const UChar *f, int32_t n, size_t cur, int source,
                                   uint32_t locale, int lang)
{
    UChar dot[FOLD_CAP], tight[FOLD_CAP];
    int32_t t = 0;
    int spaces = 0;
    for (int32_t i = 0; i < n; i++) {
        dot[i] = f[i] == 0x20 ? 0x30FB : f[i];
        spaces += f[i] == 0x20;
        if (f[i] != 0x20)
            tight[t++] = f[i];
    }
    if (!spaces)
        return;
    const char *k = to_key(dot, n);
    if (k)
        add_local(k, cur, source, locale, lang);
    k = to_key(tight, t);
    if (k)
        add_local(k, cur, source, locale, lang);
}

static void add_name(const UChar *s, int32_t len, UBool choice, size_t cur, int source,
                     uint32_t locale, int lang, int with_short)
{
    UChar f[FOLD_CAP];
    if (!s || len <= 0)
        return;
    if (choice) {
        choice_skipped++;
        return;
    }
    int32_t n = fold16(s, len, f);
    const char *key = to_key(f, n);
    if (!key || key == currencies[cur].key)
        return;
    add_local(key, cur, source, locale, lang);
    if (lang == FIGPARSE__LANGI_JA)
        add_japanese_spellings(f, n, cur, source, locale, lang);
    if (with_short) {
        const char *sh = derive_short(f, n, lang);
        if (sh && !(sh[1] == 0 && (unsigned char)sh[0] < 0x80))
            add_local(sh, cur, FIGPARSE__SRC_SHORT, locale, lang);
    }
}

static void collect_locale(const char *locale, uint32_t index)
{
    static const char *const plurals[] = {"zero", "one", "two", "few", "many", "other"};
    int lang = lang_of_locale(locale);
    int names = lang != FIGPARSE__LANGI_OTHER;

    nloc_entries = 0;
    for (size_t c = 0; c < ncurrencies; c++) {
        const UChar *s;
        int32_t len;
        UBool choice;
        UErrorCode st;

        static const UCurrNameStyle styles[] = {UCURR_SYMBOL_NAME, UCURR_NARROW_SYMBOL_NAME};
        static const int style_src[] = {FIGPARSE__SRC_SYMBOL, FIGPARSE__SRC_NARROW};
        for (size_t k = 0; k < 2; k++) {
            st = U_ZERO_ERROR;
            len = 0;
            choice = 0;
            s = ucurr_getName(currencies[c].ucode, locale, styles[k], &choice, &len, &st);
            if (U_SUCCESS(st))
                add_name(s, len, choice, c, style_src[k], index, lang, 0);
        }
        if (!names)
            continue;
        st = U_ZERO_ERROR;
        len = 0;
        choice = 0;
        s = ucurr_getName(currencies[c].ucode, locale, UCURR_LONG_NAME, &choice, &len, &st);
        if (U_SUCCESS(st))
            add_name(s, len, choice, c, FIGPARSE__SRC_NAME, index, lang, 1);
        for (size_t p = 0; p < sizeof plurals / sizeof plurals[0]; p++) {
            st = U_ZERO_ERROR;
            len = 0;
            choice = 0;
            s = ucurr_getPluralName(currencies[c].ucode, locale, &choice, plurals[p], &len, &st);
            if (U_SUCCESS(st))
                add_name(s, len, choice, c, FIGPARSE__SRC_PLURAL, index, lang, 1);
        }
    }

    /* one entry per (key, currency) for this locale, strongest source */
    qsort(loc_entries, nloc_entries, sizeof *loc_entries, cmp_entry);
    for (size_t i = 0; i < nloc_entries;) {
        size_t j = i + 1;
        while (j < nloc_entries && loc_entries[j].key == loc_entries[i].key &&
               loc_entries[j].currency == loc_entries[i].currency)
            j++;
        push(&entries, &nentries, &entries_cap, &loc_entries[i]);
        i = j;
    }
}

/* ------------------------------------------------------------------------ */
/* Output                                                                   */
/* ------------------------------------------------------------------------ */

static void put_c_string(const char *s)
{
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned c = *p;
        if (c == '"' || c == '\\')
            printf("\\%c", (int)c);
        else if (c < 0x20 || c >= 0x7f || c == '?')
            printf("\\%03o", c); /* octal: at most 3 digits, never ambiguous */
        else
            putchar((int)c);
    }
    putchar('"');
}

/* One code point's row of a fold table: its NFKC_Casefold as
 * figparse__fold_cp_icu() folds it at run time (no space handling: the
 * tokens these rows fold are one code point each). */
static void put_fold(UChar32 c)
{
    UChar src[2], dst[16];
    int32_t sn = 0, dn, on = 0;
    U16_APPEND_UNSAFE(src, sn, c);
    UErrorCode st = U_ZERO_ERROR;
    dn = unorm2_normalize(nfkc_cf, src, sn, dst, 16, &st);
    check(st, "unorm2_normalize");
    char out[16];
    u_strToUTF8(out, (int32_t)sizeof out, &on, dst, dn, &st);
    check(st, "u_strToUTF8");
    if (on <= 0 || on >= 11)
        die("the fold of U+%04lX does not fit", (unsigned long)c);
    out[on] = 0;
    printf("    {0x%lX, %d, ", (unsigned long)c, (int)on);
    put_c_string(out);
    printf("},\n");
}

/* The currency signs beyond ASCII (Sc), each with its fold, in code point
 * order. */
static void put_sign_folds(void)
{
    size_t n = 0;
    printf("const figparse__sign_fold figparse__sign_folds[] = {\n");
    for (UChar32 c = 0x80; c <= 0x10FFFF; c++) {
        if (u_charType(c) != U_CURRENCY_SYMBOL)
            continue;
        put_fold(c);
        if (++n > FIGPARSE__SIGN_FOLDS)
            die("more than %d currency signs", FIGPARSE__SIGN_FOLDS);
    }
    printf("};\n");
}

/* The general punctuation tokenize.c classes without ICU, each with its
 * fold, one row per code point from FIGPARSE__PUNCT_FOLD_FIRST on. */
static void put_punct_folds(void)
{
    printf("const figparse__sign_fold figparse__punct_folds[] = {\n");
    for (UChar32 c = FIGPARSE__PUNCT_FOLD_FIRST; c <= FIGPARSE__PUNCT_FOLD_LAST; c++)
        put_fold(c);
    printf("};\n");
}

int main(void)
{
    UErrorCode st = U_ZERO_ERROR;
    UVersionInfo v;
    char icu_version[U_MAX_VERSION_STRING_LENGTH];
    char cldr_version[U_MAX_VERSION_STRING_LENGTH];

    u_getVersion(v);
    u_versionToString(v, icu_version);
    ulocdata_getCLDRVersion(v, &st);
    check(st, "ulocdata_getCLDRVersion");
    u_versionToString(v, cldr_version);

    nfkc_cf = unorm2_getNFKCCasefoldInstance(&st);
    check(st, "unorm2_getNFKCCasefoldInstance");

    load_currencies();

    /* CODE */
    for (size_t c = 0; c < ncurrencies; c++) {
        entry e;
        e.key = currencies[c].key;
        e.locale = NO_LOCALE;
        e.currency = (uint16_t)c;
        e.source = FIGPARSE__SRC_CODE;
        e.lang = FIGPARSE__LANG_COUNT; /* no language */
        push(&entries, &nentries, &entries_cap, &e);
    }

    /* root, then every available locale */
    int32_t nloc = uloc_countAvailable();
    if (nloc <= 0 || nloc >= UINT16_MAX)
        die("bad locale count %d", (int)nloc);
    collect_locale("root", 0);
    for (int32_t i = 0; i < nloc; i++)
        collect_locale(uloc_getAvailable(i), (uint32_t)i + 1);

    qsort(entries, nentries, sizeof *entries, cmp_entry);

    printf("/* Generated by lib/tables/gen/gen_currency.c from ICU %s (CLDR %s). Do not edit; "
           "regenerate with `cmake --build build --target figparse_tables`. */\n",
           icu_version, cldr_version);
    printf("#define FIGPARSE__DATA_VERSION \"icu %s; cldr %s\"\n", icu_version, cldr_version);
    printf("/* %zu currencies; %d CLDR locales plus root; choice formats skipped: %zu. */\n\n",
           ncurrencies, (int)nloc, choice_skipped);

    printf("const figparse__currency_row figparse__currency_rows[] = {\n");
    for (size_t c = 0; c < ncurrencies; c++)
        printf("    {\"%s\", %d, %d, %s},\n", currencies[c].code, currencies[c].digits,
               currencies[c].current,
               currencies[c].home_mark == ',' ? "','" : currencies[c].home_mark == '.' ? "'.'" : "0");
    printf("};\n\n");

    /* key, currency, source, reserved, nlocales, langs, key_hash */
    size_t nrows = 0;
    printf("const figparse__name_row figparse__name_rows[] = {\n");
    for (size_t i = 0; i < nentries;) {
        size_t j = i;
        unsigned source = FIGPARSE__SRC_SHORT;
        unsigned long nlocales = 0;
        uint32_t langs = 0;
        for (; j < nentries && entries[j].key == entries[i].key &&
               entries[j].currency == entries[i].currency;
             j++) {
            if (entries[j].source < source)
                source = entries[j].source;
            if (entries[j].locale != NO_LOCALE) {
                /* entries are unique per (key, currency, locale) */
                nlocales++;
                langs |= UINT32_C(1) << entries[j].lang;
            }
        }
        if (nlocales > UINT16_MAX)
            die("nlocales overflow");
        printf("    {");
        put_c_string(entries[i].key);
        printf(", %u, %u, 0, %lu, 0x%08lxu, 0x%05lxu},\n", (unsigned)entries[i].currency, source,
               nlocales, (unsigned long)langs,
               (unsigned long)figparse__word_hash(entries[i].key, strlen(entries[i].key)));
        nrows++;
        i = j;
    }
    printf("};\n");
    printf("/* %zu name rows. */\n\n", nrows);
    put_sign_folds();
    put_punct_folds();
    if (nrows > UINT32_MAX)
        die("too many rows");
    if (fflush(stdout) != 0 || ferror(stdout))
        die("write error");
    return 0;
}
