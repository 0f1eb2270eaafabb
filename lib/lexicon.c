/*
 * lexicon.c — lookups in the per-language word tables (lexicon_*.c).
 * Every table is sorted by key in byte order, so each lookup is a binary
 * search on a key that need not be NUL-terminated.
 */
#include "lexicon.h"

#include <string.h>

/* strcmp of a NUL-terminated table key with key[0..n). */
static int key_cmp(const char *table_key, const char *key, size_t n) {
    size_t i = 0;
    for (; i < n && table_key[i]; i++) {
        unsigned char a = (unsigned char)table_key[i], b = (unsigned char)key[i];
        if (a != b)
            return a < b ? -1 : 1;
    }
    if (i < n)
        return -1; /* table key is a proper prefix */
    return table_key[i] ? 1 : 0;
}

/* Binary search over an array of structs whose first member is the key. */
const void *figparse__find_key(const void *base, size_t count, size_t stride, const char *key, size_t n) {
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *k = *(const char *const *)(const void *)((const char *)base + mid * stride);
        int c = key_cmp(k, key, n);
        if (c == 0)
            return (const char *)base + mid * stride;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const figparse__lex_word *figparse__lex_find(const figparse__lexicon *lx, const char *key, size_t n) {
    if (!lx->words)
        return NULL;
    return figparse__find_key(lx->words, lx->nwords, sizeof lx->words[0], key, n);
}

void figparse__lex_probe_key(const figparse__lexicon *lx, const char *key, size_t n,
                             figparse__lex_probe *out) {
    out->word = NULL;
    out->spaced = out->marked = false;
    if (!lx->words)
        return;
    /* The first word not below the key; the words it begins follow it in
     * byte order: itself, then " ..." (0x20), "'..." (0x27), "...." (0x2E),
     * then any that go on with a letter or digit. */
    size_t lo = 0, hi = lx->nwords;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (key_cmp(lx->words[mid].key, key, n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < lx->nwords; lo++) {
        const char *k = lx->words[lo].key;
        size_t m = 0;
        while (m < n && k[m] && k[m] == key[m])
            m++;
        if (m < n) /* no more words begin with the key */
            break;
        unsigned char c = (unsigned char)k[n];
        if (c == 0)
            out->word = &lx->words[lo];
        else if (c == ' ')
            out->spaced = true;
        else if (c == '.' || c == '\'')
            out->marked = true;
        else if (c > '.')
            break;
    }
}

const figparse__extra_designator *figparse__extra_find(const figparse__lexicon *lx, const char *key,
                                                       size_t n) {
    if (!lx->extras)
        return NULL;
    return figparse__find_key(lx->extras, lx->nextras, sizeof lx->extras[0], key, n);
}

const char *figparse__preference_find(const figparse__lexicon *lx, const char *key, size_t n) {
    if (!lx->preferences)
        return NULL;
    const figparse__preference *p =
        figparse__find_key(lx->preferences, lx->npreferences, sizeof lx->preferences[0], key, n);
    return p ? p->currency : NULL;
}

int figparse__sorted_has(const char *const *list, size_t count, const char *key, size_t n) {
    if (!list)
        return 0;
    return figparse__find_key(list, count, sizeof list[0], key, n) != NULL;
}

extern const figparse__lexicon figparse__lexicon_ar, figparse__lexicon_bg, figparse__lexicon_de,
    figparse__lexicon_es, figparse__lexicon_fr, figparse__lexicon_hi, figparse__lexicon_it,
    figparse__lexicon_ja, figparse__lexicon_ko, figparse__lexicon_nl, figparse__lexicon_pt,
    figparse__lexicon_ru, figparse__lexicon_tr, figparse__lexicon_uk, figparse__lexicon_vi,
    figparse__lexicon_zh, figparse__lexicon_sv, figparse__lexicon_da, figparse__lexicon_nb,
    figparse__lexicon_pl, figparse__lexicon_id;

const figparse__lexicon *const figparse__lexicons[] = {
    &figparse__lexicon_en, &figparse__lexicon_ar, &figparse__lexicon_bg, &figparse__lexicon_de,
    &figparse__lexicon_es, &figparse__lexicon_fr, &figparse__lexicon_hi, &figparse__lexicon_it,
    &figparse__lexicon_ja, &figparse__lexicon_ko, &figparse__lexicon_nl, &figparse__lexicon_pt,
    &figparse__lexicon_ru, &figparse__lexicon_tr, &figparse__lexicon_uk, &figparse__lexicon_vi,
    &figparse__lexicon_zh, &figparse__lexicon_sv, &figparse__lexicon_da, &figparse__lexicon_nb,
    &figparse__lexicon_pl, &figparse__lexicon_id,
};
const size_t figparse__lexicon_count = sizeof figparse__lexicons / sizeof figparse__lexicons[0];
