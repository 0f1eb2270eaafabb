/*
 * figparse.c — version, status codes, the allocator, options, and building
 * the immutable figparse from them.
 *
 * figparse_new() is the only place that asks ICU about the locale hint (its
 * currency, decimal mark and grouping); the answers are stored in the
 * figparse so that scanning never calls into ICU's locale services.
 */
#include "internal.h"

#include "currency.h"
#include "date.h"
#include "holiday.h"
#include "lexicon.h"
#include "money.h"
#include "tokenize.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/ucurr.h>
#include <unicode/uloc.h>
#include <unicode/unum.h>

/* ---- version and status ------------------------------------------------- */

unsigned figparse_version(void) { return FIGPARSE_VERSION_HEX; }
const char *figparse_version_string(void) { return FIGPARSE_VERSION_STRING; }
const char *figparse_data_version(void) { return figparse__data_version_string; }

const char *figparse_strerror(figparse_status status) {
    switch (status) {
#define FIGPARSE__STATUS_MSG(name, value, msg)                                 \
    case FIGPARSE_##name:                                                      \
        return msg;
        FIGPARSE_STATUS_MAP(FIGPARSE__STATUS_MSG)
#undef FIGPARSE__STATUS_MSG
    default:
        return "unknown status";
    }
}

const char *figparse_status_name(figparse_status status) {
    switch (status) {
#define FIGPARSE__STATUS_NAME(name, value, msg)                                \
    case FIGPARSE_##name:                                                      \
        return #name;
        FIGPARSE_STATUS_MAP(FIGPARSE__STATUS_NAME)
#undef FIGPARSE__STATUS_NAME
    default:
        return "UNKNOWN";
    }
}

/* ---- memory ------------------------------------------------------------- */

void *figparse__malloc(const figparse_allocator *a, size_t size) {
    if (size == 0)
        size = 1;
    return a && a->malloc ? a->malloc(a->ctx, size) : malloc(size);
}

void *figparse__realloc(const figparse_allocator *a, void *ptr, size_t old_size, size_t new_size) {
    if (new_size == 0)
        new_size = 1;
    return a && a->realloc ? a->realloc(a->ctx, ptr, old_size, new_size) : realloc(ptr, new_size);
}

void figparse__free(const figparse_allocator *a, void *ptr) {
    if (!ptr)
        return;
    if (a && a->free)
        a->free(a->ctx, ptr);
    else
        free(ptr);
}

/* ---- options ------------------------------------------------------------ */

figparse_options *figparse_options_new(const figparse_allocator *alloc) {
    figparse_allocator a = {0};
    if (alloc) {
        /* All three or none: a half-custom allocator would free with the
         * wrong function. */
        if (!alloc->malloc || !alloc->realloc || !alloc->free)
            return NULL;
        a = *alloc;
    }
    figparse_options *o = figparse__malloc(&a, sizeof *o);
    if (!o)
        return NULL;
    memset(o, 0, sizeof *o);
    o->alloc = a;
    o->kinds = FIGPARSE_KIND_MONEY | FIGPARSE_KIND_DATE;
    return o;
}

void figparse_options_free(figparse_options *opts) {
    if (opts)
        figparse__free(&opts->alloc, opts);
}

static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }

/* A well-formed BCP 47 tag in outline: 2-3 letter language, then subtags of
 * 1-8 letters or digits, separated by "-" or "_". */
static bool tag_ok(const char *tag) {
    size_t n = strlen(tag);
    if (n == 0 || n >= FIGPARSE__TAG_MAX)
        return false;
    size_t i = 0, lang = 0;
    while (i < n && is_alpha(tag[i])) {
        i++;
        lang++;
    }
    if (lang < 2 || lang > 3)
        return false;
    while (i < n) {
        if (tag[i] != '-' && tag[i] != '_')
            return false;
        i++;
        size_t len = 0;
        while (i < n && is_alnum(tag[i])) {
            i++;
            len++;
        }
        if (len < 1 || len > 8)
            return false;
    }
    return true;
}

figparse_status figparse_options_set_locale(figparse_options *opts, const char *tag) {
    if (!opts || !tag)
        return FIGPARSE_EINVAL;
    if (tag[0] == '\0' || strcmp(tag, "und") == 0) {
        opts->locale[0] = '\0';
        return FIGPARSE_OK;
    }
    if (!tag_ok(tag))
        return FIGPARSE_ELOCALE;
    size_t n = strlen(tag);
    for (size_t i = 0; i <= n; i++)
        opts->locale[i] = tag[i] == '_' ? '-' : tag[i];
    return FIGPARSE_OK;
}

figparse_status figparse_options_set_kinds(figparse_options *opts, unsigned kinds) {
    if (!opts)
        return FIGPARSE_EINVAL;
    unsigned all = FIGPARSE_KIND_MONEY | FIGPARSE_KIND_DATE;
    if (kinds & ~all)
        return FIGPARSE_EINVAL;
    opts->kinds = kinds ? kinds : all;
    return FIGPARSE_OK;
}

figparse_status figparse_options_set_flags(figparse_options *opts, uint32_t flags) {
    if (!opts)
        return FIGPARSE_EINVAL;
    opts->flags = flags;
    return FIGPARSE_OK;
}

figparse_status figparse_options_set_default_currency(figparse_options *opts, const char *code) {
    if (!opts)
        return FIGPARSE_EINVAL;
    if (!code || !code[0]) {
        opts->default_currency[0] = '\0';
        return FIGPARSE_OK;
    }
    int idx = figparse__currency_index(code, strlen(code));
    if (idx < 0)
        return FIGPARSE_ECURRENCY;
    memcpy(opts->default_currency, figparse__currency_rows[idx].code, 4);
    return FIGPARSE_OK;
}

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

figparse_status figparse_options_set_reference_date(figparse_options *opts, int year, int month,
                                                    int day) {
    if (!opts)
        return FIGPARSE_EINVAL;
    if (year == 0 && month == 0 && day == 0) {
        opts->ref_year = opts->ref_month = opts->ref_day = 0;
        return FIGPARSE_OK;
    }
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return FIGPARSE_EINVAL;
    if (day > mdays[month - 1] + (month == 2 && leap(year)))
        return FIGPARSE_EINVAL;
    opts->ref_year = year;
    opts->ref_month = month;
    opts->ref_day = day;
    return FIGPARSE_OK;
}

/* ---- the parser ---------------------------------------------------------- */

static int lang_index(const char *tag) {
    static const char *const langs[] = {
#define FIGPARSE__LANG_TAG(id, t) t,
        FIGPARSE__LANGUAGES(FIGPARSE__LANG_TAG)
#undef FIGPARSE__LANG_TAG
    };
    size_t n = 0;
    while (tag[n] && tag[n] != '-')
        n++;
    for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++)
        if (strlen(langs[i]) == n && strncmp(langs[i], tag, n) == 0)
            return (int)i;
    /* Norwegian: "no" and "nn" read as Bokmål. */
    if (n == 2 && (strncmp(tag, "no", 2) == 0 || strncmp(tag, "nn", 2) == 0))
        return FIGPARSE__LANGI_NB;
    return -1;
}

/* Asks ICU what the hint's locale implies. ICU failures leave the defaults:
 * a hint ICU cannot place is as good as no hint. */
static void learn_locale(figparse *fp) {
    fp->lang = -1;
    fp->locale_currency = -1;
    fp->mark = FIGPARSE__MARK_UNKNOWN;
    fp->indian_grouping = false;
    if (!fp->opts.locale[0])
        return;
    fp->lang = lang_index(fp->opts.locale);

    char id[ULOC_FULLNAME_CAPACITY], full[ULOC_FULLNAME_CAPACITY];
    UErrorCode err = U_ZERO_ERROR;
    uloc_forLanguageTag(fp->opts.locale, id, sizeof id, NULL, &err);
    if (U_FAILURE(err))
        return;
    err = U_ZERO_ERROR;
    uloc_addLikelySubtags(id, full, sizeof full, &err);
    if (U_FAILURE(err))
        return;

    UChar cur[4];
    err = U_ZERO_ERROR;
    int32_t n = ucurr_forLocale(full, cur, 4, &err);
    if (U_SUCCESS(err) && n == 3) {
        char code[3] = {(char)cur[0], (char)cur[1], (char)cur[2]};
        fp->locale_currency = figparse__currency_index(code, 3);
    }

    err = U_ZERO_ERROR;
    UNumberFormat *nf = unum_open(UNUM_DECIMAL, NULL, 0, full, NULL, &err);
    if (U_FAILURE(err))
        return;
    UChar sym[8];
    err = U_ZERO_ERROR;
    n = unum_getSymbol(nf, UNUM_DECIMAL_SEPARATOR_SYMBOL, sym, 8, &err);
    if (U_SUCCESS(err) && n == 1)
        fp->mark = sym[0] == ',' ? FIGPARSE__MARK_COMMA
                 : sym[0] == '.' ? FIGPARSE__MARK_POINT
                                 : FIGPARSE__MARK_UNKNOWN;
    /* Secondary grouping of two digits ("#,##,##0.###") is the Indian way. */
    err = U_ZERO_ERROR;
    int32_t sec = unum_getAttribute(nf, UNUM_SECONDARY_GROUPING_SIZE);
    fp->indian_grouping = sec == 2;
    unum_close(nf);
}

/* A lexicon's words in the filters figparse__lex_at() and
 * figparse__compound_at() consult before searching (window.h). Only the
 * lexicons they search for a word that is not CJK go in (CJK words are
 * always searched): the hint's, English (for its scale words) and the
 * shared one. */
static void add_lookup_filters(figparse *fp, const figparse__lexicon *lx) {
    for (size_t i = 0; i < lx->nwords; i++) {
        const char *key = lx->words[i].key;
        figparse__filter_add_key(fp->lex_filter, key);
        figparse__filter_add_longer_key(fp->lex_longer_filter, key);
        figparse__filter_add_later_words(fp->any_word_filter, key);
        if (strlen(key) >= 2) {
            figparse__filter_set(fp->lex_start_filter, figparse__word_hash(key, 2));
        }
    }
}

/* The tables every parser shares (see figparse__shared_tables): the
 * first words of everything the grammar can start with, and the rest. */
void figparse__shared_build(figparse__shared_tables *t) {
    memset(t, 0, sizeof *t);
    uint64_t *words = t->word_filter, *signs = t->sign_filter;
    /* The rows are sorted by key: a row whose key begins with the word
     * the row before began with, and goes on past it with the same byte,
     * would set the same bits again (most of the 22,000 rows). */
    const char *prev = "";
    size_t prev_n = 0;
    for (size_t i = 0; i < figparse__name_count; i++) {
        const char *key = figparse__name_rows[i].key;
        if (prev_n > 0 && strncmp(key, prev, prev_n + 1) == 0)
            continue;
        prev = key;
        prev_n = figparse__filter_add_sign_keys(signs, t->sign_spaced_filter, key);
    }
    for (size_t l = 0; l < figparse__lexicon_count; l++) {
        const figparse__lexicon *lx = figparse__lexicons[l];
        for (size_t i = 0; i < lx->nwords; i++)
            figparse__filter_add_key(words, lx->words[i].key);
        for (size_t i = 0; i < lx->nextras; i++) {
            figparse__filter_add_sign_keys(signs, t->sign_spaced_filter, lx->extras[i].key);
            figparse__filter_add_key(t->extra_filter, lx->extras[i].key);
            const char *key = lx->extras[i].key;
            figparse__filter_set(t->extra_key_filter, figparse__word_hash(key, strlen(key)));
        }
        for (size_t i = 0; i < lx->npreferences; i++)
            figparse__filter_add_sign_keys(signs, t->sign_spaced_filter, lx->preferences[i].key);
    }
    figparse__date_start_filter(t->date_start_words);
    figparse__holiday_filter(t->holiday_filter);
    figparse__date_next_filter(t->dnext_filter);
    figparse__date_filter(words);
    figparse__date_later_words(t->date_any_words);
    for (size_t i = 0; i < FIGPARSE__FILTER_WORDS; i++)
        t->date_any_words[i] |= words[i] | t->dnext_filter[i];
    figparse__date_table_filters(t->dword_filter, t->dname_filter, t->dname_longer_filter);
    figparse__money_prepare_shared(t);
}

#ifdef FIGPARSE_GENERATING_TABLES
/* gen_shared_tables links the library's sources to run
 * figparse__shared_build(), before there is a figparse__shared to link:
 * it makes no parser. */
const figparse__shared_tables figparse__shared;
#else
#include "shared_tables.inc" /* const figparse__shared_tables figparse__shared = {...}; */
#endif

/* Points fp at the shared tables, and works out the filters of its own
 * lexicons. The filters are unions of words (bits only ever set), so a
 * shared part ORed in gives the bits building them here in one did. */
static void build_filter(figparse *fp) {
    const figparse__shared_tables *t = &figparse__shared;
    memcpy(fp->word_filter, t->word_filter, sizeof fp->word_filter);
    memcpy(fp->sign_filter, t->sign_filter, sizeof fp->sign_filter);
    fp->sign_spaced_filter = t->sign_spaced_filter;
    fp->extra_filter = t->extra_filter;
    fp->dword_filter = t->dword_filter;
    fp->dname_filter = t->dname_filter;
    fp->dname_longer_filter = t->dname_longer_filter;
    fp->holiday_filter = t->holiday_filter;
    fp->dnext_filter = t->dnext_filter;
    fp->extra_key_filter = t->extra_key_filter;
    fp->name_word_pairs = t->name_word_pairs;
    fp->name_later_pairs = t->name_later_pairs;
    fp->name_keys = t->name_keys;
    fp->name_first = t->name_first;
    fp->code_slots = t->code_slots;
    fp->code_slots_ok = t->code_slots_ok != 0;
    fp->name_pairs = &t->name_pairs;
    fp->key_cands = t->key_cands;
    fp->key_cand_slots = t->key_cand_slots;
    fp->nkey_cands = (int)t->nkey_cands;
    /* figparse_new() cleared the parser's own filters */
    add_lookup_filters(fp, fp->words);
    if (fp->words != &figparse__lexicon_en)
        add_lookup_filters(fp, &figparse__lexicon_en);
    add_lookup_filters(fp, &figparse__lexicon_shared); /* lex_at() asks it under any hint */
    for (size_t i = 0; i < FIGPARSE__FILTER_WORDS; i++) {
        fp->dstart_filter[i] = fp->lex_filter[i] | t->date_start_words[i];
        fp->any_word_filter[i] |= fp->lex_filter[i] | t->date_any_words[i];
    }
}

/* The hint's language first, English next, then every other table. */
static void order_lexicons(figparse *fp) {
    const char *tag = fp->opts.locale;
    size_t n = 0;
    while (tag[n] && tag[n] != '-')
        n++;
    fp->nlexicons = 0;
    fp->words = &figparse__lexicon_en;
    for (int pass = 0; pass < 3; pass++)
        for (size_t i = 0; i < figparse__lexicon_count; i++) {
            const figparse__lexicon *lx = figparse__lexicons[i];
            bool hint = n > 0 && strlen(lx->lang) == n && strncmp(lx->lang, tag, n) == 0;
            bool en = lx == &figparse__lexicon_en;
            if ((pass == 0 && hint) || (pass == 1 && en && !hint) || (pass == 2 && !en && !hint))
                if (fp->nlexicons < FIGPARSE__LEXICON_MAX)
                    fp->lexicons[fp->nlexicons++] = lx;
            if (pass == 0 && hint && lx->words)
                fp->words = lx;
        }
}

figparse *figparse_new(const figparse_options *opts, figparse_status *status) {
    figparse_options defaults;
    if (!opts) {
        memset(&defaults, 0, sizeof defaults);
        defaults.kinds = FIGPARSE_KIND_MONEY | FIGPARSE_KIND_DATE;
        opts = &defaults;
    }
    figparse *fp = figparse__malloc(&opts->alloc, sizeof *fp);
    if (!fp) {
        if (status)
            *status = FIGPARSE_ENOMEM;
        return NULL;
    }
    memset(fp, 0, sizeof *fp);
    fp->alloc = opts->alloc;
    fp->opts = *opts;
    learn_locale(fp);
    order_lexicons(fp);
    build_filter(fp);
    figparse__money_prepare(fp);
    figparse__date_prepare(fp);
    fp->default_currency =
        opts->default_currency[0] ? figparse__currency_index(opts->default_currency, 3) : -1;
    /* A bare "$" is the locale's own dollar where it has one (en-AU: AUD),
     * otherwise the US dollar. */
    int usd = figparse__currency_index("USD", 3);
    fp->dollar_currency = usd;
    figparse__name_range r;
    if (fp->locale_currency >= 0 && figparse__name_lookup("$", 1, &r))
        for (uint32_t i = r.lo; i < r.hi; i++)
            if (figparse__name_rows[i].currency == fp->locale_currency)
                fp->dollar_currency = fp->locale_currency;
    if (status)
        *status = FIGPARSE_OK;
    return fp;
}

void figparse_free(figparse *fp) {
    if (fp)
        figparse__free(&fp->alloc, fp);
}
