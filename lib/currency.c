/*
 * currency.c — the generated currency tables and the lookups over them.
 *
 * Pure table code: no ICU, no allocation, no mutable state. See currency.h.
 *
 * Copyright (c) 2026 the figparse developers. MIT licence (see LICENSE).
 */
#include "currency.h"

#include <string.h>

/* Defines figparse__currency_rows[], figparse__name_rows[],
 * figparse__sign_folds[], figparse__punct_folds[] and
 * FIGPARSE__DATA_VERSION. */
#include "tables/currency_data.inc"

const size_t figparse__currency_count =
    sizeof figparse__currency_rows / sizeof figparse__currency_rows[0];
const size_t figparse__name_count = sizeof figparse__name_rows / sizeof figparse__name_rows[0];
const size_t figparse__sign_fold_count = sizeof figparse__sign_folds / sizeof figparse__sign_folds[0];
const char figparse__data_version_string[] = FIGPARSE__DATA_VERSION;

static uint32_t code24(const char *c)
{
    return (uint32_t)(unsigned char)c[0] << 16 | (uint32_t)(unsigned char)c[1] << 8 |
           (uint32_t)(unsigned char)c[2];
}

int figparse__currency_index(const char *code, size_t len)
{
    if (!code || len != 3)
        return -1;
    uint32_t want = figparse__code_bytes(code);
    if (!want)
        return -1;
    /* The rows are sorted by code: a search over 24-bit numbers in the
     * order memcmp() gives, no library call per step. */
    size_t lo = 0, hi = figparse__currency_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        uint32_t have = code24(figparse__currency_rows[mid].code);
        if (have == want)
            return (int)mid;
        if (have < want)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

void figparse__prefix_init(figparse__prefix *p)
{
    p->lo = 0;
    p->hi = (uint32_t)figparse__name_count;
    p->depth = 0;
}

/* Byte `depth` of row i's key. Valid for every row of a non-empty range:
 * all its keys share `depth` non-NUL bytes, so byte `depth` is at worst the
 * terminator. */
static unsigned char key_byte(uint32_t i, uint32_t depth)
{
    return (unsigned char)figparse__name_rows[i].key[depth];
}

/* First row in [lo, hi) whose byte `depth` is >= b (the rows are sorted on
 * it), or hi. */
static uint32_t lower_bound(uint32_t lo, uint32_t hi, uint32_t depth, unsigned b)
{
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (key_byte(mid, depth) < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The steps of a walk, inline where figparse__prefix_feed_run() loops
 * over them; the figparse__prefix_feed*() functions are each one step. */
static inline int feed(figparse__prefix *p, unsigned char byte)
{
    uint32_t d = p->depth;

    p->depth = d + 1;
    if (p->lo >= p->hi)
        return 0;
    if (byte == 0) { /* keys never contain NUL */
        p->hi = p->lo;
        return 0;
    }
    /* The rows are sorted on byte d: a byte outside the ends' is in none,
     * and deep in a word the rows left often all go on with it (one key's
     * rows, one per locale). An end that has the byte needs no search. */
    unsigned char first = key_byte(p->lo, d), last = key_byte(p->hi - 1, d);
    if (byte < first || byte > last) {
        p->hi = p->lo;
        return 0;
    }
    if (first != byte)
        p->lo = lower_bound(p->lo, p->hi, d, byte);
    if (last != byte)
        p->hi = lower_bound(p->lo, p->hi, d, (unsigned)byte + 1);
    if (p->lo >= p->hi) {
        p->hi = p->lo;
        return 0;
    }
    return 1;
}

int figparse__prefix_feed(figparse__prefix *p, unsigned char byte)
{
    return feed(p, byte);
}

void figparse__name_first_index(uint32_t first[257])
{
    uint32_t n = (uint32_t)figparse__name_count;

    for (unsigned b = 0; b < 256; b++)
        first[b] = lower_bound(0, n, 0, b);
    first[256] = n;
}

static inline int feed_first(figparse__prefix *p, const uint32_t first[257], unsigned char byte)
{
    if (p->depth != 0)
        return feed(p, byte);
    /* What figparse__prefix_feed() does at depth 0, from the index. */
    p->depth = 1;
    if (p->lo >= p->hi)
        return 0;
    if (byte == 0) {
        p->hi = p->lo;
        return 0;
    }
    p->lo = first[byte];
    p->hi = first[byte + 1];
    if (p->lo >= p->hi) {
        p->hi = p->lo;
        return 0;
    }
    return 1;
}

int figparse__prefix_feed_first(figparse__prefix *p, const uint32_t first[257], unsigned char byte)
{
    return feed_first(p, first, byte);
}

void figparse__name_pair_index(figparse__name_pairs *ix)
{
    uint32_t n = (uint32_t)figparse__name_count, k = 0;

    for (uint32_t r = 0; r < n; r++) {
        const unsigned char *key = (const unsigned char *)figparse__name_rows[r].key;
        if (key[0] == 0 || key[1] == 0) /* a key of one byte sorts before the pairs */
            continue;
        uint16_t pair = (uint16_t)(key[0] << 8 | key[1]);
        if (k > 0 && ix->pair[k - 1] == pair)
            continue;
        if (k == FIGPARSE__NAME_PAIRS) {
            ix->count = 0;
            return;
        }
        ix->pair[k] = pair;
        ix->row[k] = r;
        k++;
    }
    ix->count = k;
    uint32_t j = 0;
    for (unsigned b = 0; b < 257; b++) {
        while (j < k && (ix->pair[j] >> 8) < b)
            j++;
        ix->first[b] = j;
    }
}

static inline int feed_indexed(figparse__prefix *p, const uint32_t first[257],
                               const figparse__name_pairs *pairs, unsigned char byte)
{
    if (p->depth != 1 || !pairs->count || p->lo >= p->hi || byte == 0)
        return feed_first(p, first, byte);
    /* What figparse__prefix_feed() does at depth 1, from the pairs of the
     * rows' first byte. */
    unsigned b0 = key_byte(p->lo, 0);
    uint16_t want = (uint16_t)(b0 << 8 | byte);
    uint32_t lo = pairs->first[b0], hi = pairs->first[b0 + 1], end = hi;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (pairs->pair[mid] < want)
            lo = mid + 1;
        else
            hi = mid;
    }
    p->depth = 2;
    if (lo == end || pairs->pair[lo] != want) {
        p->hi = p->lo;
        return 0;
    }
    p->lo = pairs->row[lo];
    if (lo + 1 < end)
        p->hi = pairs->row[lo + 1];
    return 1;
}

int figparse__prefix_feed_indexed(figparse__prefix *p, const uint32_t first[257],
                                  const figparse__name_pairs *pairs, unsigned char byte)
{
    return feed_indexed(p, first, pairs, byte);
}

size_t figparse__prefix_feed_run(figparse__prefix *p, const uint32_t first[257],
                                 const figparse__name_pairs *pairs, const char *bytes, size_t n)
{
    size_t k = 0;
    while (k < n && feed_indexed(p, first, pairs, (unsigned char)bytes[k]))
        k++;
    return k;
}

int figparse__prefix_exact(const figparse__prefix *p, figparse__name_range *rows)
{
    uint32_t end;

    /* keys of length depth end with NUL at byte depth: they sort first, so
     * the first row tells whether there is one */
    if (p->depth == 0 || p->lo >= p->hi || key_byte(p->lo, p->depth) != 0)
        return 0;
    end = key_byte(p->hi - 1, p->depth) == 0 ? p->hi : lower_bound(p->lo, p->hi, p->depth, 1);
    if (end == p->lo)
        return 0;
    if (rows) {
        rows->lo = p->lo;
        rows->hi = end;
    }
    return 1;
}

int figparse__name_lookup(const char *key, size_t len, figparse__name_range *rows)
{
    figparse__prefix p;
    size_t i;

    figparse__prefix_init(&p);
    for (i = 0; i < len; i++)
        if (!figparse__prefix_feed(&p, (unsigned char)key[i]))
            return 0;
    return figparse__prefix_exact(&p, rows);
}
