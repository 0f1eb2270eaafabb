/*
 * money.c — the money grammar over a token window. See money.h.
 *
 *   figure   := modifier* amount [range-separator amount]
 *   modifier := hedge ("about") | bound ("under", "at least") | "between" | "from"
 *   amount   := [sign] designator [":"] [sign] number [designator'] [cents]
 *             | [sign] number ["-"] designator [scale] [cents]
 *             | "(" amount ")"                       accounting negative
 *   cents    := ["and"] number<100 [minor-unit]     "$20 and 43c", "20 dollars 43"
 *
 * A designator binds to the number it touches: in "3 USD50" the code belongs
 * to 50, not to 3. A figure needs a designator; a bare number is only taken
 * as the first half of a range whose second half has one ("10-20 dollars").
 */
#include "money.h"

#include "currency.h"
#include "number.h"

#include <string.h>
#ifdef FIGPARSE_DATE_CHECK_STARTS /* the check build's abort() */
#include <stdlib.h>
#endif


/* For tests asked so often that a call costs as much as the test
 * (plain_word() at every word), or shared by read_amount() with the gate
 * and asked at every amount. */
#if defined(__GNUC__)
#define GATE_INLINE inline __attribute__((always_inline))
#else
#define GATE_INLINE inline
#endif

#define MAX_CANDIDATES FIGPARSE__DES_CANDIDATES
#define MAX_KEY FIGPARSE__DES_KEY
#define MAX_KEY_TOKENS 10 /* "パナマ・バルボア" is 8 tokens: one per CJK character */

typedef enum des_kind {
    DES_CURRENCY = 1,
    DES_MINOR,
    DES_GRAND,
    DES_COIN,
    DES_NON_ISO
} des_kind;

/* A currency designator (currency.h): what a sign, code or name in the
 * text may mean; its kind is a des_kind. */
typedef figparse__des des;

/* A designator of nothing yet: every field but the candidates and the key
 * beyond ncand and keylen, which nothing reads (cheaper than clearing the
 * 200 bytes at every read). */
static void des_clear(des *d, int start) {
    d->start = start;
    d->end = 0;
    d->kind = 0;
    d->ncand = 0;
    d->symbol = d->code = d->word_code = d->prefix_ok = d->attached_only = false;
    d->weak = d->needs_tail = d->tail_only = d->locale_cur = false;
    d->scale = d->value = 0;
    d->dominant = -1;
    d->key[0] = '\0';
    d->keylen = 0;
}

typedef struct amount {
    int start, end; /* window tokens */
    bool has_des;
    des d;
    figparse__number num;
    figparse_decimal value;
    bool negative, parens;
    bool minor; /* value counts a minor unit still to be divided */
    int tail;   /* cents written after the major amount, or -1 */
    int currency;
    uint32_t flags; /* FIGPARSE_MONEY_CURRENCY_* decided so far */
} amount;

/* ---- folding ------------------------------------------------------------ */

/* The folded form of currency sign cp (figparse__sign_folds, generated),
 * or NULL. */
static const figparse__sign_fold *sign_fold(uint32_t cp) {
    size_t lo = 0, hi = figparse__sign_fold_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (figparse__sign_folds[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < figparse__sign_fold_count && figparse__sign_folds[lo].cp == cp ? &figparse__sign_folds[lo]
                                                                             : NULL;
}

/* The folded form of punctuation cp (figparse__punct_folds, generated),
 * or NULL. */
static const figparse__sign_fold *punct_fold(uint32_t cp) {
    return cp >= FIGPARSE__PUNCT_FOLD_FIRST && cp <= FIGPARSE__PUNCT_FOLD_LAST
               ? &figparse__punct_folds[cp - FIGPARSE__PUNCT_FOLD_FIRST]
               : NULL;
}

/* Folds tokens first.. into buf; bound[k] is the folded length after the
 * (k+1)-th token and btok[k] the window index after it. Goes on from the
 * nb boundaries folded already, to at most max_nb; returns the number of
 * token boundaries. Stops at digits, line breaks and wide gaps. */

static int fold_tokens(figparse__window *w, int first, char *buf, size_t cap,
                       size_t *bound, int *btok, int nb, int max_nb) {
    size_t n = nb > 0 ? bound[nb - 1] : 0;
    for (int i = nb > 0 ? btok[nb - 1] : first; i < first + MAX_KEY_TOKENS && nb < max_nb; i++) {
        const figparse__token *t = figparse__tok(w, i);
        if (t->type == FIGPARSE__TOK_SPACE) {
            if (i == first || (t->flags & (FIGPARSE__TOKF_NEWLINE | FIGPARSE__TOKF_WIDE)) ||
                n + 1 >= cap)
                break;
            buf[n++] = ' ';
            continue;
        }
        if (t->type != FIGPARSE__TOK_WORD && t->type != FIGPARSE__TOK_SYMBOL &&
            t->type != FIGPARSE__TOK_PUNCT)
            break;
        /* The token's folded form, folded once; it fits where
         * figparse__fold_token() into buf would have. */
        size_t m;
        const char *folded = NULL;
        if (t->type == FIGPARSE__TOK_WORD) {
            folded = figparse__folded(w, i, &m);
        } else if (t->cp >= 0x80) {
            /* one code point, as figparse__fold_cp() folds it */
            const figparse__sign_fold *sf = t->type == FIGPARSE__TOK_SYMBOL ? sign_fold(t->cp) : punct_fold(t->cp);
            if (sf) {
                folded = sf->folded;
                m = sf->len;
            }
        }
        if (folded) {
            if (n + m >= cap)
                break;
            memcpy(buf + n, folded, m);
            n += m;
        } else if (t->type == FIGPARSE__TOK_WORD ||
                   !figparse__fold_token(w->text, w->len, t, buf, &n, cap)) {
            break;
        }
        bound[nb] = n;
        btok[nb] = i + 1;
        nb++;
    }
    return nb;
}

/* ---- designators -------------------------------------------------------- */

static bool bit_test(const uint8_t *bits, int i) {
    return bits && i >= 0 && (bits[i >> 3] >> (i & 7)) & 1;
}

static bool has_candidate(const des *d, int c) {
    for (int k = 0; k < d->ncand; k++)
        if (d->cand[k] == c)
            return true;
    return false;
}

static void add_candidate(des *d, int cur) {
    /* Metals, funds and test codes (XAU, CLF, XTS) are not what a text's
     * money is in. */
    if (figparse__currency_rows[cur].current == 2)
        return;
    if (!has_candidate(d, cur) && d->ncand < MAX_CANDIDATES)
        d->cand[d->ncand++] = (uint16_t)cur;
}

/* add_candidate() for the many rows of one key ("$" names 30 currencies):
 * *added has a bit per currency already among the candidates, so each
 * row costs a bit test instead of a pass over them. */
#define ADDED_LIMIT 1024
static void add_candidate_marked(des *d, int cur, uint64_t *added) {
    if (cur >= ADDED_LIMIT) {
        add_candidate(d, cur);
        return;
    }
    if (figparse__currency_rows[cur].current == 2 || ((added[cur >> 6] >> (cur & 63)) & 1))
        return;
    if (d->ncand < MAX_CANDIDATES) {
        d->cand[d->ncand++] = (uint16_t)cur;
        added[cur >> 6] |= UINT64_C(1) << (cur & 63);
    }
}

/* Keeps current currencies when there are any: "franc" means today's. */
static void prefer_current(des *d) {
    int current = 0;
    for (int k = 0; k < d->ncand; k++)
        current += figparse__currency_rows[d->cand[k]].current == 1;
    if (current == 0 || current == d->ncand)
        return;
    int m = 0;
    for (int k = 0; k < d->ncand; k++)
        if (figparse__currency_rows[d->cand[k]].current == 1)
            d->cand[m++] = d->cand[k];
    d->ncand = m;
}

/* A withdrawn currency that a name still means in at least 20 times as many
 * locales as any current one ("markka": FIM in 129 locales, a plural form of
 * BAM's Finnish name in 2), or -1. prefer_current() would otherwise drop it. */
static int dominant_withdrawn(figparse__name_range rows, uint8_t strongest) {
    uint32_t best_old = 0, best_now = 0;
    int old = -1;
    for (uint32_t r = rows.lo; r < rows.hi; r++) {
        const figparse__name_row *row = &figparse__name_rows[r];
        if (row->source != strongest)
            continue;
        uint8_t state = figparse__currency_rows[row->currency].current;
        if (state == 1) {
            if (row->nlocales > best_now)
                best_now = row->nlocales;
        } else if (state == 0 && row->nlocales > best_old) { /* not metals or funds ("or") */
            best_old = row->nlocales;
            old = row->currency;
        }
    }
    return best_old >= 20 && best_old >= 20 * (best_now ? best_now : 1) ? old : -1;
}

/* The candidates a key's rows give (d->cand, d->ncand, d->dominant, from
 * d->ncand == 0 and d->dominant == -1), and the strongest source among the
 * rows. A function of the rows alone: figparse__money_prepare() keeps its
 * answer for the keys with many rows. */
static uint8_t rows_candidates(figparse__name_range rows, des *d) {
    /* The strongest kind of source decides: a sign that CLDR lists beats a
     * short word derived from names ("元" is CNY's sign; that "美元" ends
     * in it does not make it a dollar). */
    uint8_t strongest = FIGPARSE__SRC_SHORT;
    for (uint32_t r = rows.lo; r < rows.hi; r++)
        if (figparse__name_rows[r].source < strongest)
            strongest = figparse__name_rows[r].source;
    bool from_symbol = strongest == FIGPARSE__SRC_SYMBOL || strongest == FIGPARSE__SRC_NARROW;
    /* With a few rows (most keys) the candidates are searched as they are
     * added; with many, a bit per currency (cleared first) saves the search. */
    bool few = rows.hi - rows.lo <= 8;
    uint64_t added[ADDED_LIMIT / 64];
    if (!few) {
        memset(added, 0, sizeof added);
        for (int k = 0; k < d->ncand; k++)
            if (d->cand[k] < ADDED_LIMIT)
                added[d->cand[k] >> 6] |= UINT64_C(1) << (d->cand[k] & 63);
    }
    for (uint32_t r = rows.lo; r < rows.hi; r++) {
        const figparse__name_row *row = &figparse__name_rows[r];
        if (row->source == FIGPARSE__SRC_SHORT && strongest != FIGPARSE__SRC_SHORT)
            continue;
        if (row->source == FIGPARSE__SRC_CODE && strongest != FIGPARSE__SRC_CODE)
            continue;
        if (few)
            add_candidate(d, row->currency);
        else
            add_candidate_marked(d, row->currency, added);
    }
    int withdrawn = dominant_withdrawn(rows, strongest);
    if (withdrawn >= 0) {
        d->ncand = 1;
        d->cand[0] = (uint16_t)withdrawn;
    }
    prefer_current(d);
    if (from_symbol && d->ncand > 1) {
        uint32_t best = 0, second = 0;
        int best_cur = -1;
        for (uint32_t r = rows.lo; r < rows.hi; r++) {
            const figparse__name_row *row = &figparse__name_rows[r];
            if (row->source > FIGPARSE__SRC_NARROW || figparse__currency_rows[row->currency].current != 1)
                continue;
            if (row->nlocales > best) {
                second = best;
                best = row->nlocales;
                best_cur = row->currency;
            } else if (row->nlocales > second) {
                second = row->nlocales;
            }
        }
        if (best_cur >= 0 && best >= 20 * (second ? second : 1) && best >= 20)
            d->dominant = best_cur;
    }
    return strongest;
}

/* The preferences of the parser's lexicons in one table: a key's slot is
 * the first lexicon's that has it, as figparse__preference_find() over the
 * lexicons in order answers. False when they do not fit. */
static bool prepare_preferences(figparse *fp) {
    int used = 0;
    for (int l = 0; l < fp->nlexicons; l++) {
        const figparse__lexicon *lx = fp->lexicons[l];
        for (size_t k = 0; lx->preferences && k < lx->npreferences; k++) {
            const char *key = lx->preferences[k].key;
            size_t len = strlen(key);
            uint32_t h = figparse__word_hash(key, len);
            for (;; h++) {
                figparse__pref_slot *slot = &fp->prefs[h & (FIGPARSE__PREF_SLOTS - 1)];
                if (!slot->key) {
                    if (++used > FIGPARSE__PREF_SLOTS / 2)
                        return false;
                    slot->key = key;
                    slot->len = (uint32_t)len;
                    slot->currency = figparse__currency_index(lx->preferences[k].currency, 3);
                    break;
                }
                if (slot->len == len && memcmp(slot->key, key, len) == 0)
                    break; /* an earlier lexicon's */
            }
        }
    }
    return true;
}

/* What the parser's lexicons prefer for a key: false when none has it, else
 * true and *currency (-1 for a code not in the tables). */
static bool preferred_currency(const figparse *fp, const char *key, size_t n, int *currency) {
    if (!fp->prefs_ok) {
        const char *pref = NULL;
        for (int l = 0; l < fp->nlexicons && !pref; l++)
            pref = figparse__preference_find(fp->lexicons[l], key, n);
        if (pref)
            *currency = figparse__currency_index(pref, 3);
        return pref != NULL;
    }
    for (uint32_t h = figparse__word_hash(key, n);; h++) {
        const figparse__pref_slot *slot = &fp->prefs[h & (FIGPARSE__PREF_SLOTS - 1)];
        if (!slot->key)
            return false;
        if (slot->len == n && memcmp(slot->key, key, n) == 0) {
            *currency = slot->currency;
            return true;
        }
    }
}

/* cp's UTF-8 in out; its length. */
static size_t utf8_encode(uint32_t cp, char *out) {
    size_t n = 0;
    if (cp < 0x800) {
        out[n++] = (char)(0xC0 | (cp >> 6));
    } else if (cp < 0x10000) {
        out[n++] = (char)(0xE0 | (cp >> 12));
        out[n++] = (char)(0x80 | ((cp >> 6) & 0x3F));
    } else {
        out[n++] = (char)(0xF0 | (cp >> 18));
        out[n++] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[n++] = (char)(0x80 | ((cp >> 6) & 0x3F));
    }
    out[n++] = (char)(0x80 | (cp & 0x3F));
    return n;
}

_Static_assert(MAX_CANDIDATES == FIGPARSE__KEY_CANDIDATES, "figparse__key_cands holds a des's candidates");

static bool read_designator(figparse__window *w, int i, const figparse__money_ctx *ctx, des *d);

/* Where a sign's designator is kept in figparse.sign_des: "$" last. */
#define DOLLAR_DES FIGPARSE__SIGN_FOLDS

/* Keeps what read_designator() makes of each sign of figparse__sign_folds, and of
 * "$", read from a text of the sign and a digit: the most common
 * designators of all, whose reading costs a walk of the names, the
 * per-language signs and the candidates. Only for a key with something
 * but ASCII letters and periods, which no test of the token's case and no
 * code's look past the key reads (see kept_sign()). */
static void prepare_sign_designators(figparse *fp) {
    const figparse__money_ctx ctx = {fp, fp->words, NULL, SIZE_MAX};
    figparse__window w;
    /* no reading is kept until all are read: the reads below search */
    uint8_t state[FIGPARSE__SIGN_FOLDS + 1] = {FIGPARSE__SIGN_UNKEPT};
    memset(fp->sign_des_state, 0, sizeof fp->sign_des_state);
    for (int k = 0; k <= DOLLAR_DES; k++) {
        if (k < DOLLAR_DES && k >= (int)figparse__sign_fold_count)
            continue;
        uint32_t cp = k == DOLLAR_DES ? '$' : figparse__sign_folds[k].cp;
        char text[8];
        size_t n = cp < 0x80 ? (text[0] = (char)cp, 1) : utf8_encode(cp, text);
        text[n] = '1';
        figparse__window_open(&w, fp, text, n + 1, 0); /* as a scan's: read as in a text */
        const figparse__token *t = figparse__tok(&w, 0);
        if (t->type != FIGPARSE__TOK_SYMBOL || t->cp != cp || t->end != n ||
            figparse__type_at(&w, 1) != FIGPARSE__TOK_DIGITS)
            continue;
        des *d = &fp->sign_des[k];
        bool found = read_designator(&w, 0, &ctx, d);
        bool letters = true;
        for (size_t b = 0; b < d->keylen; b++)
            letters = letters && ((d->key[b] >= 'a' && d->key[b] <= 'z') || d->key[b] == '.');
        if (!letters)
            state[k] = found ? FIGPARSE__SIGN_DES : FIGPARSE__SIGN_NO_DES;
    }
    memcpy(fp->sign_des_state, state, sizeof state);
}

static uint32_t code_slot(uint32_t bytes) {
    return (bytes * 2654435761u) >> 22 & (FIGPARSE__CODE_SLOTS - 1);
}

/* figparse__currency_index(code, 3) by one probe of figparse.code_slots
 * (prepare_code_slots()): the same row, the codes being unique. */
static int code_row(const figparse *fp, const char *code) {
    uint32_t want = figparse__code_bytes(code);
    if (!want || !fp->code_slots_ok)
        return want ? figparse__currency_index(code, 3) : -1;
    for (uint32_t s = code_slot(want); fp->code_slots[s]; s = (s + 1) & (FIGPARSE__CODE_SLOTS - 1))
        if (fp->code_slots[s] >> 9 == want)
            return (int)(fp->code_slots[s] & 511);
    return -1;
}

/* Fills figparse.code_slots: each row under its code's bytes as they are
 * (a code not of upper-case letters is found by no lookup, here as there). */
static void prepare_code_slots(figparse__shared_tables *t) {
    memset(t->code_slots, 0, sizeof t->code_slots);
    t->code_slots_ok = figparse__currency_count <= 512 && figparse__currency_count * 2 <= FIGPARSE__CODE_SLOTS;
    for (size_t r = 0; t->code_slots_ok && r < figparse__currency_count; r++) {
        const unsigned char *c = (const unsigned char *)figparse__currency_rows[r].code;
        uint32_t bytes = (uint32_t)c[0] << 16 | (uint32_t)c[1] << 8 | c[2];
        if (!bytes || figparse__currency_index((const char *)c, 3) != (int)r) {
            t->code_slots_ok = false; /* a code twice, or one no lookup finds */
            break;
        }
        uint32_t s = code_slot(bytes);
        while (t->code_slots[s])
            s = (s + 1) & (FIGPARSE__CODE_SLOTS - 1);
        t->code_slots[s] = bytes << 9 | (uint32_t)r;
    }
}

/* The length of the run of a-z at the start of s[0, n). */
static size_t az_run(const char *s, size_t n) {
    size_t k = 0;
    while (k < n && s[k] >= 'a' && s[k] <= 'z')
        k++;
    return k;
}

/* The bit of figparse.name_word_pairs for two words by their
 * figparse__word_hash(): made of the words' own hashes, so that a test
 * in the text takes them from the window, which keeps each word's. */
static uint32_t word_pair_hash(uint32_t first, uint32_t second) {
    uint32_t x = first * 2654435761u + second;
    return x ^ (x >> 15);
}

/* The figparse__word_hash() of the run of a-z at key[*k], hashed as it is
 * read (a run ends at the NUL); *k moves past it. */
static uint32_t az_run_hash(const unsigned char *key, size_t *k) {
    uint32_t h = FIGPARSE__HASH_INIT;
    for (; key[*k] >= 'a' && key[*k] <= 'z'; (*k)++)
        h = figparse__hash_byte(h, key[*k]);
    return figparse__hash_end(h);
}

/* Fills figparse.name_word_pairs (see name_goes_on()), from the names
 * that begin with a-z (figparse.name_first has their rows), and
 * figparse.name_later_pairs from every name: each two runs of a-z with one
 * space between, wherever they stand. */
static void prepare_name_word_pairs(figparse__shared_tables *t) {
    memset(t->name_word_pairs, 0, sizeof t->name_word_pairs);
    memset(t->name_later_pairs, 0, sizeof t->name_later_pairs);
    for (size_t r = 0; r < figparse__name_count; r++) {
        const unsigned char *key = (const unsigned char *)figparse__name_rows[r].key;
        bool spaced = false;     /* one space parts the run before from the run at k */
        bool before_first = false; /* the run before begins the name */
        uint32_t before = 0;     /* the run before's hash */
        for (size_t k = 0; key[k];) {
            if (key[k] < 'a' || key[k] > 'z') {
                k++;
                continue;
            }
            size_t start = k;
            uint32_t h = az_run_hash(key, &k);
            if (spaced) {
                figparse__filter_set(t->name_later_pairs, word_pair_hash(before, h));
                if (before_first)
                    figparse__filter_set(t->name_word_pairs, word_pair_hash(before, h));
            }
            spaced = key[k] == ' ' && key[k + 1] >= 'a' && key[k + 1] <= 'z';
            before_first = start == 0;
            before = h;
            k += spaced;
        }
    }
}

_Static_assert(FIGPARSE__KEY_CAND_SLOTS >= 2 * FIGPARSE__KEY_CACHE && FIGPARSE__KEY_CACHE < 255 &&
                   (FIGPARSE__KEY_CAND_SLOTS & (FIGPARSE__KEY_CAND_SLOTS - 1)) == 0,
               "key_cand_slots: indexes fit a byte, at most half the slots filled");

/* The first slot of figparse.key_cand_slots to look in for row lo. */
static uint32_t key_cand_slot(uint32_t lo) {
    return (lo * 2654435761u) >> 24 & (FIGPARSE__KEY_CAND_SLOTS - 1);
}

/* Fills figparse.name_keys (see read_designator()): each key, and each
 * that ends in a period without it, as the walk also tries a key with a
 * period added ("Rs" for "Rs."). */
static void prepare_name_keys(figparse__shared_tables *t) {
    memset(t->name_keys, 0, sizeof t->name_keys);
    for (size_t r = 0; r < figparse__name_count; r++) {
        const char *key = figparse__name_rows[r].key;
        size_t n = strlen(key);
        /* the whole key's hash is in the table (gen_currency): hashing
         * every key here cost ~0.5 ms a parser */
        figparse__filter_set(t->name_keys, figparse__name_rows[r].key_hash);
        if (n > 1 && key[n - 1] == '.')
            figparse__filter_set(t->name_keys, figparse__word_hash(key, n - 1));
    }
}

/* The tables of the currency names, the same for every parser (the
 * build works them out once: figparse__shared). */
void figparse__money_prepare_shared(figparse__shared_tables *t) {
    figparse__name_first_index(t->name_first);
    figparse__name_pair_index(&t->name_pairs);
    prepare_name_word_pairs(t);
    prepare_name_keys(t);
    prepare_code_slots(t);
    t->nkey_cands = 0;
    memset(t->key_cands, 0, sizeof t->key_cands);
    uint32_t n = (uint32_t)figparse__name_count;
    /* A key of at least 12 rows holds rows m and m + 6 for some m that is a
     * multiple of 6: one compare per 6 rows finds them all, in order. */
    _Static_assert(FIGPARSE__KEY_CACHE_ROWS >= 12, "the stride of 6 finds keys of 12 rows");
    for (uint32_t m = 0; m + 6 < n && t->nkey_cands < FIGPARSE__KEY_CACHE; m += 6) {
        const char *key = figparse__name_rows[m].key;
        if (strcmp(figparse__name_rows[m + 6].key, key) != 0)
            continue;
        uint32_t lo = m, hi = m + 7;
        while (lo > 0 && strcmp(figparse__name_rows[lo - 1].key, key) == 0)
            lo--;
        while (hi < n && strcmp(figparse__name_rows[hi].key, key) == 0)
            hi++;
        m = (hi + 5) / 6 * 6 - 6; /* on from the first multiple of 6 past the key */
        if (hi - lo < FIGPARSE__KEY_CACHE_ROWS)
            continue;
        des d;
        memset(&d, 0, sizeof d);
        d.dominant = -1;
        figparse__key_cands *kc = &t->key_cands[t->nkey_cands++];
        kc->lo = lo;
        kc->strongest = rows_candidates((figparse__name_range){lo, hi}, &d);
        kc->ncand = (uint8_t)d.ncand;
        kc->dominant = (int16_t)d.dominant;
        memcpy(kc->cand, d.cand, sizeof kc->cand);
    }
    memset(t->key_cand_slots, 0, sizeof t->key_cand_slots);
    for (uint32_t k = 0; k < t->nkey_cands; k++) {
        uint32_t s = key_cand_slot(t->key_cands[k].lo);
        while (t->key_cand_slots[s])
            s = (s + 1) & (FIGPARSE__KEY_CAND_SLOTS - 1);
        t->key_cand_slots[s] = (uint8_t)(k + 1);
    }
}

/* What figparse_new() works out per parser, once figparse.* points at the
 * shared tables: the hint's preferences, the signs' designators (read
 * through them) and the lexicon slots. */
void figparse__money_prepare(figparse *fp) {
    memset(fp->prefs, 0, sizeof fp->prefs);
    fp->prefs_ok = prepare_preferences(fp);
    prepare_sign_designators(fp);
    figparse__lex_prepare(fp);
}

/* The kept candidates of the key whose rows these are, or NULL: one probe
 * of the slots, not a search of the sorted cache. */
static const figparse__key_cands *key_cands_find(const figparse *fp, figparse__name_range rows) {
    if (rows.hi - rows.lo < FIGPARSE__KEY_CACHE_ROWS)
        return NULL;
    for (uint32_t s = key_cand_slot(rows.lo);; s = (s + 1) & (FIGPARSE__KEY_CAND_SLOTS - 1)) {
        int k = fp->key_cand_slots[s];
        if (k == 0)
            return NULL;
        if (fp->key_cands[k - 1].lo == rows.lo)
            return &fp->key_cands[k - 1];
    }
}

/* Candidates from a space-separated list of codes; "$" means every dollar. */
static void add_code_list(const figparse *fp, des *d, const char *list) {
    while (*list) {
        while (*list == ' ')
            list++;
        const char *s = list;
        while (*list && *list != ' ')
            list++;
        figparse__name_range r;
        if (list - s == 1 && *s == '$') {
            if (figparse__name_lookup("$", 1, &r))
                for (uint32_t i = r.lo; i < r.hi; i++)
                    add_candidate(d, figparse__name_rows[i].currency);
        } else if (list - s == 3) {
            int c = code_row(fp, s);
            if (c >= 0)
                add_candidate(d, c);
        }
    }
}

/* Whether token j is a million-prefixed code ("MUSD", "MAUD"): four ASCII
 * letters, no lower case, the first an M. The tables hold the code, not the
 * prefixed form, so no filter knows it. */
static inline bool million_code_at(figparse__window *w, int j) {
    const figparse__token *t = figparse__tok(w, j);
    return t->type == FIGPARSE__TOK_WORD && (t->flags & FIGPARSE__TOKF_ASCII) && t->end - t->start == 4 &&
           w->text[t->start] == 'M' && !(t->flags & FIGPARSE__TOKF_LOWER);
}

/* "MUSD", "MEUR": a code with a million prefix, common in European reports. */
static bool match_scaled_code(figparse__window *w, int i, const figparse *fp, des *d) {
    if (!million_code_at(w, i))
        return false;
    const figparse__token *t = figparse__tok(w, i);
    int c = code_row(fp, w->text + t->start + 1);
    if (c < 0 || figparse__currency_rows[c].current != 1)
        return false;
    d->kind = DES_CURRENCY;
    d->end = i + 1;
    d->ncand = 0;
    add_candidate(d, c);
    d->code = true;
    d->prefix_ok = true;
    d->scale = 6;
    memcpy(d->key, figparse__currency_rows[c].code, 4);
    d->keylen = 3;
    return true;
}

static bool is_code_key(const char *key, size_t n) {
    if (n != 3)
        return false;
    for (size_t k = 0; k < 3; k++)
        if (key[k] < 'a' || key[k] > 'z')
            return false;
    return true;
}

/* A letter or two right after an apostrophe end another word: the "s" of
 * "Korea's", the "t" of "don't" (not the "euros" of "d'euros"). */
static bool after_apostrophe(const figparse__window *w, const figparse__token *t) {
    const unsigned char *s = (const unsigned char *)w->text;
    size_t p = t->start;
    if (t->end - t->start > 2)
        return false;
    return (p >= 1 && s[p - 1] == '\'') ||
           (p >= 3 && s[p - 3] == 0xE2 && s[p - 2] == 0x80 && s[p - 1] == 0x99); /* ’ */
}

/* Whether a currency name may go on past the word at token i, folded to
 * f[0, n) whose figparse__word_hash() is h, for read_designator()'s walk:
 * false where f and the next word are runs of a-z, a space between, after
 * them no word, sign or punctuation beyond ASCII (which could fold to
 * a-z), and no name has the two words, whole, as pairs says: the first
 * two of a name (name_word_pairs) where f is the walk's first word, any
 * two in a row (name_later_pairs) where a space came before it. The walk
 * would then feed the space, the word, and a byte not a-z or nothing, and
 * no name has those bytes after the word: it finds no key past it. */
static bool name_goes_on(figparse__window *w, int i, const uint64_t *pairs, const char *f, size_t n, uint32_t h) {
    size_t m;
    uint32_t h2;
    /* Where the window has not read the next word yet ("South" of "South
     * Korea is"), the same answer from the text's bytes, as the tokenizer
     * reads them (tokenize.c token_at()): one space before an ASCII letter
     * is a space token (single_space_at()), and the run of ASCII letters
     * after it the word, folded to the run lowered (a-z alone) and hashed
     * as figparse__ascii_letters() hashes it, when the byte ending the run
     * is ASCII or the text ends there (a byte >= 0x80 may go on in the
     * word: then read the tokens). That byte is no letter; a '$' goes to
     * the tokens too, for the test of the token after it below. */
    if (w->filled <= i + 2) {
        const unsigned char *u = (const unsigned char *)w->text;
        size_t sp = figparse__tok(w, i)->end, past;
        if (w->len - sp >= 2 && u[sp] == ' ' && figparse__letter_lower[u[sp + 1]] && az_run(f, n) == n &&
            ((past = figparse__ascii_letters(u, sp + 1, w->len, &h2)) == w->len ||
             (u[past] < 0x80 && u[past] != '$')) &&
            (m = past - (sp + 1)) + 1 < FIGPARSE__FOLD_CAP) {
            if (n + 1 + m >= MAX_KEY)
                return true;
            return figparse__filter_has(pairs, word_pair_hash(h, h2));
        }
    }
    const figparse__token *s = figparse__tok(w, i + 1);
    bool letters;
    const char *x;
    if (s->type != FIGPARSE__TOK_SPACE || (s->flags & (FIGPARSE__TOKF_NEWLINE | FIGPARSE__TOKF_WIDE)) ||
        (x = figparse__folded_hash(w, i + 2, &m, &h2, &letters)) == NULL || m == 0 ||
        n + 1 + m >= MAX_KEY || az_run(f, n) != n || az_run(x, m) != m)
        return true;
    /* What follows the word: an ASCII byte that is no letter (a word
     * goes on over letters) and no '$' starts no word, sign or
     * punctuation beyond ASCII, and settles it without reading the
     * token ("Korea's", "Korea is"); so does punctuation whose fold
     * begins with no letter ("Korea’s": punct_fold()). */
    size_t past = figparse__tok(w, i + 2)->end;
    unsigned char b = past < w->len ? (unsigned char)w->text[past] : 0;
    if (b >= 0x80 || b == '$' || (unsigned)((b | 0x20) - 'a') < 26u) {
        const figparse__token *after = figparse__tok(w, i + 3);
        const figparse__sign_fold *pf = punct_fold(after->cp);
        if (after->type == FIGPARSE__TOK_WORD || after->type == FIGPARSE__TOK_SYMBOL ||
            (after->type == FIGPARSE__TOK_PUNCT && after->cp >= 0x80 && (!pf || az_run(pf->folded, 1) == 1)))
            return true;
    }
    return figparse__filter_has(pairs, word_pair_hash(h, h2));
}

/* Whether read_designator()'s walk, having fed word token j after a space
 * token (buf holds a space, then its folded form), finds no key past it:
 * name_goes_on() by the pairs of words anywhere in a name. */
static bool later_word_ends_walk(figparse__window *w, int j, const figparse *fp) {
    size_t n;
    uint32_t h;
    bool letters;
    const char *f;
    return figparse__type_at(w, j) == FIGPARSE__TOK_WORD && figparse__type_at(w, j - 1) == FIGPARSE__TOK_SPACE &&
           (f = figparse__folded_hash(w, j, &n, &h, &letters)) != NULL &&
           !name_goes_on(w, j, fp->name_later_pairs, f, n, h);
}

/* Whether read_designator()'s walk from word token i, folded to f[0, n),
 * finds no key though a name begins with its first two words ("South
 * Korean government"): where a space and word token i + 2 follow, no key
 * is the two words (or they with a period: name_keys holds both by the
 * hash of the words), and the walk ends past the second
 * (later_word_ends_walk()). The walk finds no key at the first word
 * either (the caller's name_keys test). */
static bool second_word_ends_walk(figparse__window *w, int i, const figparse *fp, const char *f, size_t n) {
    const figparse__token *s = figparse__tok(w, i + 1);
    size_t m;
    uint32_t h2;
    bool letters;
    const char *x;
    if (s->type != FIGPARSE__TOK_SPACE || (s->flags & (FIGPARSE__TOKF_NEWLINE | FIGPARSE__TOKF_WIDE)) ||
        figparse__type_at(w, i + 2) != FIGPARSE__TOK_WORD ||
        (x = figparse__folded_hash(w, i + 2, &m, &h2, &letters)) == NULL)
        return false;
    /* buf holds f, the space and x: the hash of that key */
    uint32_t h = FIGPARSE__HASH_INIT;
    for (size_t k = 0; k < n; k++)
        h = figparse__hash_byte(h, (unsigned char)f[k]);
    h = figparse__hash_byte(h, ' ');
    for (size_t k = 0; k < m; k++)
        h = figparse__hash_byte(h, (unsigned char)x[k]);
    return !figparse__filter_has(fp->name_keys, figparse__hash_end(h)) &&
           !name_goes_on(w, i + 2, fp->name_later_pairs, x, m, h2);
}

static bool read_designator(figparse__window *w, int i, const figparse__money_ctx *ctx, des *d);
/* read_designator() reads the key's tokens, then a gap and a "$" and what
 * follows it ("NZD $100"): its memo must not reach past the window. */
_Static_assert(MAX_KEY_TOKENS + 2 <= FIGPARSE__MEMO_REACH,
               "a designator reads past FIGPARSE__MEMO_REACH");

/* What read_designator() refuses first, cheaper than the memo: a token
 * neither word nor sign, a word no name or sign starts with ("the",
 * "and", asked by the gate after every lead word) that is no "MUSD".
 * Inline, so that the gate asks it without a call. */
static inline bool designator_may_start(figparse__window *w, int i) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type == FIGPARSE__TOK_WORD)
        return figparse__sign_known(w, i) || million_code_at(w, i);
    return t->type == FIGPARSE__TOK_SYMBOL;
}

/* Reads the designator that starts at window token i. Most tokens asked
 * are none, so that answer is memoized per token (read_designator() reads
 * at most MAX_KEY_TOKENS + 2 tokens past i); d means nothing when it is false. */
static bool match_designator(figparse__window *w, int i, const figparse__money_ctx *ctx, des *d) {
    static const char none; /* the memo's tag */
    if (!designator_may_start(w, i) || figparse__memo_get(w, i, &none)) {
        des_clear(d, i);
        return false;
    }
    if (read_designator(w, i, ctx, d))
        return true;
    figparse__memo_put(w, i, &none, NULL, 0, i);
    return false;
}

/* Whether no key, CLDR or per-language, goes on from the sign at token
 * j - 1, folded to f[0, n), into word token j that touches it ("€ขSouth",
 * mojibake): read_designator()'s walk would feed the word's first byte
 * right after the sign's and stop there (no name goes on with them), and
 * every longer key its search of the per-language signs tries is the sign
 * and the word, and then nothing, a space or an ASCII sign or punctuation
 * mark: whose first word, as the filter cuts it, is the sign and the word
 * whole, a word of no per-language sign (extra_filter). The reading is
 * then the sign's alone, as kept_sign() keeps it. */
static bool no_key_past_sign(figparse__window *w, int j, const figparse *fp, const char *f, size_t n) {
    size_t m;
    uint32_t h;
    bool letters;
    const char *x = figparse__folded_hash(w, j, &m, &h, &letters);
    char p[MAX_KEY];
    if (!x || m == 0 || !letters || n + m > sizeof p)
        return false;
    const figparse__token *after = figparse__tok(w, j + 1);
    if (after->type == FIGPARSE__TOK_WORD ||
        ((after->type == FIGPARSE__TOK_SYMBOL || after->type == FIGPARSE__TOK_PUNCT) && after->cp >= 0x80))
        return false;
    memcpy(p, f, n);
    memcpy(p + n, x, m);
    if (figparse__first_word_len(p, n + m) != n + m ||
        figparse__filter_has(fp->extra_filter, figparse__word_hash(p, n + m)))
        return false;
    figparse__prefix walk;
    figparse__prefix_init(&walk);
    return figparse__prefix_feed_run(&walk, fp->name_first, fp->name_pairs, p, n + 1) < n + 1;
}

/* The slot of figparse.sign_des that holds what read_designator() makes
 * of the sign at token i, or -1. A kept reading is the same here when
 * nothing after the sign goes into its key: fold_tokens() folds no further
 * than spaces before a token that is no word, sign or punctuation (digits,
 * the end), so the key, and all read_designator() makes of it, is the
 * sign's own, as in the text it was read from; the hint's lexicon is the
 * one it was read with. */
static int kept_sign(figparse__window *w, int i, const figparse__money_ctx *ctx) {
    const figparse *fp = ctx->fp;
    const figparse__token *t = figparse__tok(w, i);
    int k = -1;
    if (t->cp == '$') {
        k = DOLLAR_DES; /* fold_tokens() folds its one byte */
    } else if (t->cp >= 0x80) {
        const figparse__sign_fold *sf = sign_fold(t->cp); /* it folds the code point */
        k = sf ? (int)(sf - figparse__sign_folds) : -1;
    }
    if (k < 0 || fp->sign_des_state[k] == FIGPARSE__SIGN_UNKEPT || ctx->lx != fp->words)
        return -1;
    for (int j = i + 1; j < i + MAX_KEY_TOKENS; j++) {
        const figparse__token *n = figparse__tok(w, j);
        if (n->type == FIGPARSE__TOK_SPACE && !(n->flags & (FIGPARSE__TOKF_NEWLINE | FIGPARSE__TOKF_WIDE)))
            continue;
        if (n->type == FIGPARSE__TOK_WORD || n->type == FIGPARSE__TOK_SYMBOL ||
            n->type == FIGPARSE__TOK_PUNCT)
            return -1;
        break;
    }
    return k;
}

static bool read_designator(figparse__window *w, int i, const figparse__money_ctx *ctx, des *d) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type == FIGPARSE__TOK_SYMBOL) {
        int k = kept_sign(w, i, ctx);
        if (k >= 0) {
            *d = ctx->fp->sign_des[k]; /* read at token 0 */
            d->start = i;
            d->end = d->end ? i + d->end : 0;
            return ctx->fp->sign_des_state[k] == FIGPARSE__SIGN_DES;
        }
    }
    des_clear(d, i);
    if (t->type != FIGPARSE__TOK_WORD && t->type != FIGPARSE__TOK_SYMBOL)
        return false;
    if (match_scaled_code(w, i, ctx->fp, d))
        return true;
    if (!figparse__sign_known(w, i))
        return false;
    if (t->type == FIGPARSE__TOK_WORD && after_apostrophe(w, t))
        return false; /* "Korea's $1 trillion" is no "S $" (SGD) */

    char buf[MAX_KEY];
    size_t bound[MAX_KEY_TOKENS];
    int btok[MAX_KEY_TOKENS];
    /* The per-language signs, only when one starts with this first word;
     * else a word's tokens are folded only as far as a name goes on. */
    bool extras_possible = true, lazy = false, goes_on = false, one_token = false;
    uint32_t h0 = 0; /* a word's figparse__word_hash(), for name_goes_on() */
    if (t->type == FIGPARSE__TOK_WORD) {
        size_t n0;
        bool letters0;
        const char *f0 = figparse__folded_hash(w, i, &n0, &h0, &letters0);
        if (!f0)
            return false; /* as fold_tokens() would stop at once */
        extras_possible = figparse__filter_has(ctx->fp->extra_filter, h0);
        lazy = !extras_possible;
        /* "can train": after a word and a space, a key goes on only if its
         * first word is followed by a space, which the filter of those
         * first words (names and signs alike: sign_spaced_filter) knows.
         * A word of letters alone is the whole first word the filter cut
         * from any key it begins. Then the key, CLDR or extra, is the word
         * (or it with a period: name_keys) or none. */
        one_token = letters0 && figparse__type_at(w, i + 1) == FIGPARSE__TOK_SPACE &&
                    !figparse__sign_filter_has(ctx->fp->sign_spaced_filter, h0);
        if (one_token && !figparse__filter_has(ctx->fp->name_keys, h0) &&
            !(extras_possible && figparse__filter_has(ctx->fp->extra_key_filter, h0)))
            return false;
        /* "South Korea's": the walk below would feed the word, find no
         * key of it (nor of it with a period: name_keys), and stop where
         * no name goes on; with no extras that is no designator. */
        if (lazy && !figparse__filter_has(ctx->fp->name_keys, h0)) {
            if (!name_goes_on(w, i, ctx->fp->name_word_pairs, f0, n0, h0) ||
                second_word_ends_walk(w, i, ctx->fp, f0, n0))
                return false;
            goes_on = true; /* the walk below need not ask again */
        }
    }

    /* Longest CLDR key ending on a token boundary. */
    figparse__prefix p;
    figparse__prefix_init(&p);
    figparse__name_range rows = {0, 0};
    int cldr_b = -1;
    size_t fed = 0;
    int nb = 0;
    bool more = true; /* the folding may go on */
    for (int b = 0;; b++) {
        if (b == nb) {
            int upto = lazy || one_token ? nb + 1 : MAX_KEY_TOKENS;
            if (more)
                nb = fold_tokens(w, i, buf, sizeof buf, bound, btok, nb, upto);
            more = nb == upto;
            if (b == nb)
                break;
        }
        size_t want = bound[b] - fed;
        if (figparse__prefix_feed_run(&p, ctx->fp->name_first, ctx->fp->name_pairs, buf + fed, want) < want)
            break; /* no key goes on with these bytes */
        fed = bound[b];
        figparse__name_range r;
        figparse__prefix dot = p;
        if (figparse__prefix_exact(&p, &r)) {
            rows = r;
            cldr_b = b;
        } else if (bound[b] > 0 && buf[bound[b] - 1] != '.' && figparse__prefix_feed(&dot, '.') &&
                   figparse__prefix_exact(&dot, &r)) {
            /* "Rs" for "Rs.", "ر.س" for "ر.س.": a sign's final period is
             * often left out. */
            rows = r;
            cldr_b = b;
        }
        /* "South Korea's": no name goes on with "south korea" whole (lazy
         * is a word's: buf holds its folded form, whose hash is h0) */
        if (b == 0 && (one_token ||
                       (lazy && !goes_on && !name_goes_on(w, i, ctx->fp->name_word_pairs, buf, bound[0], h0))))
            break;
        /* "South Korean government": past the first word, no name has the
         * word just fed (after a space in buf) and the next one in a row.
         * Lazily folded, so the next word is not folded in vain. */
        if (b > 0 && lazy && later_word_ends_walk(w, btok[b] - 1, ctx->fp))
            break;
    }
    if (nb == 0)
        return false;
    /* Longest hand-listed key; it wins a tie, being curated. */
    const figparse__extra_designator *extra = NULL;
    int extra_b = -1;
    /* figparse__word_hash() of each key tried, buf[0, bound[b]), in one
     * pass over buf: a key in no table skips the searches */
    uint32_t key_hash[MAX_KEY_TOKENS];
    if (extras_possible) {
        uint32_t h = FIGPARSE__HASH_INIT;
        size_t k = 0;
        for (int b = 0; b < nb; b++) {
            for (; k < bound[b]; k++)
                h = figparse__hash_byte(h, (unsigned char)buf[k]);
            key_hash[b] = figparse__hash_end(h);
        }
    }
    for (int b = nb - 1; b >= 0 && b >= cldr_b && !extra && extras_possible; b--) {
        if (!figparse__filter_has(ctx->fp->extra_key_filter, key_hash[b]))
            continue;
        for (int l = 0; l < ctx->fp->nlexicons && !extra; l++)
            if ((extra = figparse__extra_find(ctx->fp->lexicons[l], buf, bound[b])) != NULL)
                extra_b = b;
    }
    int b = extra_b >= cldr_b ? extra_b : cldr_b;
    if (b < 0)
        return false;
    d->end = btok[b];
    d->keylen = bound[b];
    memcpy(d->key, buf, d->keylen);
    d->key[d->keylen] = '\0';
    /* Keys that end in a letter must end where the word ends (tokens
     * guarantee it) and must not be a lone ASCII letter unless listed. */
    const figparse__token *last = figparse__tok(w, d->end - 1);
    d->symbol = last->type == FIGPARSE__TOK_SYMBOL || t->type == FIGPARSE__TOK_SYMBOL ||
                (last->type == FIGPARSE__TOK_PUNCT && d->keylen <= 4);

    if (extra_b >= 0 && extra_b == b) {
        d->kind = (des_kind)extra->kind;
        d->prefix_ok = (extra->flags & FIGPARSE__EXTRA_PREFIX_OK) != 0 ||
                       (d->symbol && !(extra->flags & FIGPARSE__EXTRA_SUFFIX_ONLY));
        d->attached_only = (extra->flags & FIGPARSE__EXTRA_ATTACHED) != 0;
        d->weak = (extra->flags & FIGPARSE__EXTRA_WEAK) != 0;
        d->needs_tail = (extra->flags & FIGPARSE__EXTRA_NEEDS_TAIL) != 0;
        d->tail_only = (extra->flags & FIGPARSE__EXTRA_TAIL_ONLY) != 0;
        d->value = extra->value;
        if (d->kind == DES_GRAND)
            d->scale = extra->value;
        if (extra->currencies[0])
            add_code_list(ctx->fp, d, extra->currencies);
        else
            d->locale_cur = d->kind != DES_NON_ISO;
        prefer_current(d);
        return true;
    }

    d->kind = DES_CURRENCY;
    uint8_t strongest;
    const figparse__key_cands *kc = key_cands_find(ctx->fp, rows);
    if (kc) {
        strongest = kc->strongest;
        d->ncand = kc->ncand;
        memcpy(d->cand, kc->cand, (size_t)kc->ncand * sizeof d->cand[0]);
        d->dominant = kc->dominant;
    } else {
        strongest = rows_candidates(rows, d);
    }
    if (d->ncand == 0)
        return false;
    bool only_code = strongest == FIGPARSE__SRC_CODE, only_short = strongest == FIGPARSE__SRC_SHORT;
    bool from_symbol = strongest == FIGPARSE__SRC_SYMBOL || strongest == FIGPARSE__SRC_NARROW;
    if (only_short && figparse__sorted_has(ctx->lx->common_words, ctx->lx->ncommon_words, d->key,
                                           d->keylen))
        return false;
    bool letters = true;
    size_t nletters = 0;
    for (size_t k = 0; k < d->keylen; k++) {
        bool letter = d->key[k] >= 'a' && d->key[k] <= 'z';
        nletters += letter;
        letters = letters && (letter || d->key[k] == '.');
    }
    if (from_symbol && letters && !only_code) {
        /* Signs spelled in ASCII letters ("Ft", "Rp", "RM"): one letter is
         * too little to go on, and CLDR writes them capitalised, so "ft"
         * in lower case is feet. The lower-case ones ("kr", "lei") are
         * listed by language. */
        if (nletters <= 1 || !(t->flags & FIGPARSE__TOKF_UPPER))
            return false;
    }

    if (only_code && is_code_key(d->key, d->keylen)) {
        d->code = true;
        char up[4] = {(char)(d->key[0] - 32), (char)(d->key[1] - 32), (char)(d->key[2] - 32), 0};
        bool upper = !(t->flags & FIGPARSE__TOKF_LOWER);
        bool word = figparse__sorted_has(ctx->lx->word_codes, ctx->lx->nword_codes, up, 3);
        bool current = figparse__currency_rows[d->cand[0]].current == 1;
        if (!upper && (word || !current))
            return false; /* "all", "bob", "dem": words, not codes */
        d->word_code = word;
        d->prefix_ok = !word;
        /* "USD$", "MXN$": the sign repeats the code. */
        int s = figparse__skip_gap(w, d->end);
        const figparse__token *n = figparse__tok(w, s);
        if (n->type == FIGPARSE__TOK_SYMBOL && n->cp == '$' &&
            (s == d->end || figparse__type_at(w, s + 1) == FIGPARSE__TOK_DIGITS)) {
            d->end = s + 1; /* "NZD $100", "USD$": the sign repeats the code */
            d->symbol = true;
        }
        return true;
    }
    if (d->symbol || from_symbol) {
        d->symbol = true;
        d->prefix_ok = true;
        return true;
    }
    /* A name: before the number only if it is a multi-word name ("US
     * dollars 5") or listed ("dollar 5", "ringgit 42"). */
    d->prefix_ok = memchr(d->key, ' ', d->keylen) != NULL ||
                   figparse__sorted_has(ctx->lx->prefix_words, ctx->lx->nprefix_words, d->key,
                                        d->keylen);
    return true;
}

/* Which currency a designator means here. */
static void resolve(const figparse__money_ctx *ctx, const des *d, int *currency, uint32_t *flags) {
    const figparse *fp = ctx->fp;
    *currency = -1;
    *flags = 0;
    if (d->kind == DES_NON_ISO)
        return;
    if (d->ncand == 1) {
        *currency = d->cand[0];
        return;
    }
    bool strict = (fp->opts.flags & FIGPARSE_OPT_STRICT_CURRENCY) != 0;
    if (d->ncand == 0) {
        /* "cents", "grand": the locale's currency, else the dollar; cents of
         * a currency without them (센트 in Korean) are dollar cents. */
        int c = fp->locale_currency;
        if (d->kind == DES_MINOR && c >= 0 && figparse__currency_rows[c].digits == 0)
            c = -1;
        if (c < 0 && d->kind != DES_GRAND)
            c = fp->dollar_currency;
        if (c >= 0 && !strict) {
            *currency = c;
            *flags = FIGPARSE_MONEY_CURRENCY_INFERRED;
        } else {
            *flags = FIGPARSE_MONEY_CURRENCY_AMBIGUOUS;
        }
        return;
    }
    if (strict) {
        *flags = FIGPARSE_MONEY_CURRENCY_AMBIGUOUS;
        return;
    }
    /* 0. A sign nearly every locale gives to one currency ("₱": PHP in
     * 798 locales, CUP in one) is that currency's. */
    if (d->dominant >= 0) {
        *currency = d->dominant;
        return;
    }
    /* 1. What the document said before: one candidate it named. */
    int seen = -1, nseen = 0;
    for (int k = 0; ctx->seen && k < d->ncand; k++) /* no memory (one field): none */
        if (bit_test(ctx->seen, d->cand[k])) {
            seen = d->cand[k];
            nseen++;
        }
    int pick = nseen == 1 ? seen : -1;
    /* 2. The locale's own currency (en-AU "$" is AUD). */
    if (pick < 0 && fp->locale_currency >= 0 && has_candidate(d, fp->locale_currency))
        pick = fp->locale_currency;
    /* 3. What the language means by it. */
    int c;
    if (pick < 0 && preferred_currency(fp, d->key, d->keylen, &c) && c >= 0 && has_candidate(d, c))
        pick = c;
    if (pick >= 0) {
        *currency = pick;
        *flags = FIGPARSE_MONEY_CURRENCY_INFERRED;
    } else {
        *flags = FIGPARSE_MONEY_CURRENCY_AMBIGUOUS;
    }
}

static int currency_digits(int currency) {
    return currency >= 0 ? figparse__currency_rows[currency].digits : 2;
}

/* Two designators name the same thing ("$10 dollars"). */
static bool same_currency(const des *a, const des *b) {
    if (a->keylen == b->keylen && memcmp(a->key, b->key, a->keylen) == 0)
        return true;
    for (int i = 0; i < a->ncand; i++)
        for (int k = 0; k < b->ncand; k++)
            if (a->cand[i] == b->cand[k])
                return true;
    return false;
}

/* ---- amounts ------------------------------------------------------------ */

static bool is_minus(uint32_t cp) { return cp == '-' || cp == 0x2212; }

static bool touching(figparse__window *w, int a, int b) {
    return figparse__tok(w, a)->end == figparse__tok(w, b)->start;
}

/* Whether a number (digits or a number word) starts at token i. */
static bool number_starts(figparse__window *w, int i, const figparse__money_ctx *ctx) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type == FIGPARSE__TOK_DIGITS)
        return true;
    int end;
    const figparse__lex_word *e = figparse__lex_at(w, i, ctx->lx, &end);
    return e && (e->kind == FIGPARSE__LEX_UNIT || e->kind == FIGPARSE__LEX_TENS);
}

static bool cjk_unit_ends_word(figparse__window *w, const figparse__money_ctx *ctx, const des *d);

/* Whether token i is an "and" word, alone ("and", "y") or touching the next
 * token in CJK ("と", "又"); returns the token after it, or -1. */
static int and_word(figparse__window *w, const figparse__money_ctx *ctx, int i) {
    int end;
    const figparse__lex_word *e = figparse__lex_at(w, i, ctx->lx, &end);
    if (!e || e->kind != FIGPARSE__LEX_AND)
        return -1;
    if (figparse__is_gap(w, end))
        return end + 1;
    return (figparse__tok(w, i)->flags & FIGPARSE__TOKF_CJK) ? end : -1;
}

/* Adds tail hundredths-per-unit x count to the amount. */
static void add_minor(amount *a, figparse_decimal count, int hundredths) {
    figparse_decimal v;
    figparse_decimal per = {hundredths, -2};
    if (figparse__dec_mul(count, per, &v))
        figparse__dec_add(a->value, v, &a->value);
}

/* A Chinese character (not Hangul or kana: Korean 이 after 달러 is "is",
 * not a numeral). */
static bool is_han(const figparse__token *t) {
    return (t->flags & FIGPARSE__TOKF_CJK) && figparse__is_han(t->cp);
}

/* Whether a Chinese amount's tail ends at token q: no Chinese character
 * follows but a range word (五块半到六块). */
static bool ends_cjk_word(figparse__window *w, const figparse__money_ctx *ctx, int q) {
    if (!is_han(figparse__tok(w, q)))
        return true;
    int end;
    const figparse__lex_word *e = figparse__lex_at(w, q, ctx->lx, &end);
    return e && e->kind == FIGPARSE__LEX_TO;
}

/* True for 零 and 〇, which in a Chinese amount skip a unit: 三块零四 is 3.04. */
static bool is_cjk_zero(const figparse__token *t) {
    return is_han(t) && (t->cp == 0x96F6 || t->cp == 0x3007);
}

/* "and 43", "43c", "forty-five cents", "五元三毛", "50元6角三分" after a
 * whole major amount. In CJK a lone numeral after a unit counts the next
 * unit down (一块二 1.20, 两毛五 0.25, 五块七毛八 5.78, 三块零四 3.04), so
 * `unit` tracks the hundredths of the last unit read. */
static void read_cents(figparse__window *w, const figparse__money_ctx *ctx, amount *a) {
    a->tail = -1;
    if (a->num.has_fraction || a->num.has_scale || a->num.grouped || a->d.scale ||
        (a->d.kind != DES_CURRENCY && a->d.kind != DES_MINOR))
        return;
    int unit = a->d.kind == DES_CURRENCY ? 100 : (a->d.value > 0 ? a->d.value : 1);
    for (int round = 0; round < 3; round++) {
        int p = figparse__skip_gap(w, a->end);
        int after_and = and_word(w, ctx, p);
        if (after_and >= 0)
            p = after_and;
        bool cjk = is_han(figparse__tok(w, a->end - 1)) && is_han(figparse__tok(w, p)) &&
                   p == a->end;
        int unit_here = unit;
        if (cjk && is_cjk_zero(figparse__tok(w, p)) &&
            is_han(figparse__tok(w, p + 1))) {
            p++;
            unit_here /= 10;
        }
        if (cjk && unit_here == 100 && figparse__tok(w, p)->cp == 0x534A &&
            ends_cjk_word(w, ctx, p + 1)) {
            /* 半 after the major unit, ending the word: 一块半 1.50, 五個半 5.50 */
            figparse_decimal one = {1, 0};
            add_minor(a, one, 50);
            a->end = p + 1;
            a->tail = p;
            return;
        }
        figparse__number tail;
        if (!figparse__read_number(w, p, ctx->fp, ctx->lx, &tail) || !tail.small_int ||
            tail.overflow || tail.myriad)
            return;
        if (tail.digits && figparse__tok(w, p)->count > 2)
            return;
        int q = tail.end;
        /* With a minor unit word: "43 cents", "43c", "1 pence", "三毛". */
        des m;
        int mstart = figparse__skip_gap(w, q);
        if (match_designator(w, mstart, ctx, &m) && m.kind == DES_MINOR &&
            (!m.attached_only || mstart == q)) {
            int per = m.value > 0 ? m.value : 1;
            if (per >= unit)
                return; /* units only go down: 五分三毛 is no sum */
            add_minor(a, tail.value, per);
            unit = per;
            a->end = m.end;
            a->tail = p;
            continue;
        }
        if (cjk) {
            /* One digit of the next unit down, and no unit word after it. */
            if (unit_here < 10 || tail.value.exp != 0 || tail.value.coef < 1 ||
                tail.value.coef > 9 || q != p + 1)
                return;
            if (a->d.needs_tail && !ends_cjk_word(w, ctx, q))
                return; /* 三個一組 is "in threes" */
            add_minor(a, tail.value, unit_here / 10);
            a->end = q;
            a->tail = p;
            return;
        }
        /* After a unit of tenths (mao, jiao) a lone digit counts fen, in any
         * language: "one kuai and five mao five" is 1.55. */
        if (unit == 10 && tail.value.exp == 0 && tail.value.coef >= 1 && tail.value.coef <= 9 &&
            figparse__punct(w, q) != '%') {
            add_minor(a, tail.value, 1);
            a->end = q;
            a->tail = p;
            return;
        }
        /* Bare, once, after a major unit in a currency of hundredths, and
         * only where the sentence goes no further with it. */
        if (round > 0 || a->d.kind != DES_CURRENCY || currency_digits(a->currency) != 2)
            return;
        const figparse__token *n = figparse__tok(w, q);
        int nq = figparse__skip_gap(w, q);
        const figparse__token *nn = figparse__tok(w, nq);
        if (n->type == FIGPARSE__TOK_WORD || n->type == FIGPARSE__TOK_DIGITS ||
            n->type == FIGPARSE__TOK_SYMBOL)
            return;
        if (n->type == FIGPARSE__TOK_PUNCT &&
            (n->cp == '%' || n->cp == '-' || n->cp == '/' ||
             ((n->cp == '.' || n->cp == ',') && figparse__type_at(w, q + 1) == FIGPARSE__TOK_DIGITS)))
            return;
        if (nn->type == FIGPARSE__TOK_WORD || nn->type == FIGPARSE__TOK_DIGITS ||
            nn->type == FIGPARSE__TOK_SYMBOL) {
            int x_end;
            const figparse__lex_word *x = figparse__lex_at(w, nq, ctx->lx, &x_end);
            if (!x || (x->kind != FIGPARSE__LEX_AND && x->kind != FIGPARSE__LEX_OR))
                return;
        }
        add_minor(a, tail.value, 1);
        a->end = q;
        a->tail = p;
        return;
    }
}

/* The designator at token k may follow a number that ends at token `after`.
 * Returns false when it is really bound to a number after it. */
static bool binds_left(figparse__window *w, const des *d, int num_end, int k) {
    bool touch_left = num_end == k;
    if (d->attached_only && !touch_left)
        return false;
    if (!touch_left && (d->symbol || d->code) && touching(w, d->end - 1, d->end) &&
        figparse__type_at(w, d->end) == FIGPARSE__TOK_DIGITS)
        return false; /* "3 USD50": the code is 50's */
    return true;
}

/* An amount of nothing yet, starting at token i: every field as zeroing
 * the struct would leave it, but for the designator, which nothing reads
 * unless has_des (settle(), read_cents() and the range all ask it first)
 * and every path that sets has_des fills, and the number, which
 * read_amount() sets whole on every path that returns true. */
static void amount_clear(amount *a, int i) {
    a->start = i;
    a->end = 0;
    a->has_des = false;
    a->value = (figparse_decimal){.coef = 0};
    a->negative = a->parens = a->minor = false;
    a->tail = -1;
    a->currency = -1;
    a->flags = 0;
}

/* Where read_amount() reads the number after a leading designator that
 * ends before token n ("USD: -5", "$ 5"): past a colon, a gap and a
 * minus touching what follows it (*minus: whether there was one). */
static GATE_INLINE int after_leading_designator(figparse__window *w, int n, bool *minus) {
    if (figparse__punct(w, n) == ':')
        n++;
    n = figparse__skip_gap(w, n);
    *minus = is_minus(figparse__punct(w, n)) && touching(w, n, n + 1);
    return *minus ? n + 1 : n;
}

/* The tokens read_amount() reads a number at after a leading designator:
 * digits, a point (".75"), or words with a scale ("$ un mil millones"). */
static GATE_INLINE bool number_may_follow_designator(figparse__window *w, int n) {
    return figparse__type_at(w, n) == FIGPARSE__TOK_DIGITS || figparse__punct(w, n) == '.' ||
           figparse__type_at(w, n) == FIGPARSE__TOK_WORD;
}

static bool read_amount(figparse__window *w, int i, const figparse__money_ctx *ctx, amount *a) {
    amount_clear(a, i);
    int k = i;
    if (is_minus(figparse__punct(w, k)) && touching(w, k, k + 1) &&
        (figparse__type_at(w, k + 1) == FIGPARSE__TOK_DIGITS ||
         figparse__type_at(w, k + 1) == FIGPARSE__TOK_SYMBOL)) {
        a->negative = true;
        k++;
    }

    /* Designator first: "$4.99", "USD 7.27 billion", "US$ 3.14", "Rs. 20".
     * Read in place: a designator no number follows stays there unread
     * (has_des stays false), and one that does is not copied. */
    des *pd = &a->d;
    bool des_at_k = match_designator(w, k, ctx, pd); /* the coin test below asks it too */
    if (des_at_k && pd->prefix_ok && !pd->attached_only) {
        bool minus;
        int n = after_leading_designator(w, pd->end, &minus);
        if (minus)
            a->negative = !a->negative;
        /* Digits, or words with a scale: "$ un mil millones", "$ um bilhão".
         * Read in place too: a number refused here is set anew below. */
        figparse__number *num = &a->num;
        if (number_may_follow_designator(w, n) && figparse__read_number(w, n, ctx->fp, ctx->lx, num) &&
            (num->digits || num->has_scale || num->myriad)) {
            a->has_des = true;
            a->end = num->end;
            /* A repeated designator: "$10 dollars", "US$ 5 USD". */
            int r = figparse__skip_gap(w, a->end);
            des d2;
            if (match_designator(w, r, ctx, &d2) && d2.kind == DES_CURRENCY &&
                same_currency(pd, &d2) && !number_starts(w, figparse__skip_gap(w, d2.end), ctx)) {
                a->end = d2.end;
                if (d2.ncand < pd->ncand)
                    a->d = d2;
            }
            return true;
        }
    }
    des d;
    figparse__number num;
    if (!figparse__read_number(w, k, ctx->fp, ctx->lx, &num)) {
        /* The designator at k as read above, still in place: nothing
         * there writes *pd once it is read, and a reading is the same
         * each time it is asked. */
        if (!des_at_k || pd->kind != DES_COIN || !pd->weak)
            return false;
        /* "dime", "quarter": one coin (settle() wants a text of its own). */
        a->has_des = true;
        a->num = (figparse__number){.value = figparse__dec_int(1)};
        a->end = pd->end;
        return true;
    }

    /* Number first: "4.99 $", "10.1 trillion won", "five million dollars". */
    a->num = num;
    a->end = num.end;
    int m = figparse__skip_gap(w, num.end);
    int c_end;
    const figparse__lex_word *conn = figparse__lex_at(w, m, ctx->lx, &c_end);
    if (conn && conn->kind == FIGPARSE__LEX_CONNECTOR &&
        (num.has_scale || num.myriad || (figparse__tok(w, m)->flags & FIGPARSE__TOKF_CJK))) {
        /* "420 millones de marcos"; a CJK classifier: "20个比特币" */
        m = figparse__skip_gap(w, c_end);
    }
    bool hyphen = false;
    if (m == num.end && figparse__punct(w, m) == '-' && figparse__type_at(w, m + 1) == FIGPARSE__TOK_WORD) {
        m++; /* "12-cent", "one-yen" */
        hyphen = true;
    }
    if (match_designator(w, m, ctx, &d) && binds_left(w, &d, num.end, m) &&
        (!hyphen || !d.symbol)) {
        if (d.word_code && (figparse__tok(w, m)->flags & FIGPARSE__TOKF_LOWER))
            return true; /* bare number */
        if (num.article_only && (d.symbol || d.code))
            return true;
        a->has_des = true;
        a->d = d;
        a->end = d.end;
        /* "49.8亿元人民币": a second name for the same currency. */
        des d2;
        int r = figparse__skip_gap(w, a->end);
        if (d.kind == DES_CURRENCY && match_designator(w, r, ctx, &d2) && d2.kind == DES_CURRENCY &&
            same_currency(&d, &d2) && !number_starts(w, figparse__skip_gap(w, d2.end), ctx)) {
            a->end = d2.end;
            if (d2.ncand < d.ncand)
                a->d = d2;
        }
        /* "75 USD million" */
        int exp = 0;
        int e = figparse__read_scales(w, a->end, ctx->lx, &exp);
        if (exp && !num.has_scale && d.kind == DES_CURRENCY) {
            if (!figparse__dec_scale(&a->num.value, exp))
                a->num.overflow = true;
            a->num.has_scale = true;
            a->end = e;
        }
    }
    return true;
}

/* A one-character CJK unit (分, 角) is a unit only where the word ends:
 * followed by a numeral, punctuation, space or the end, not by another
 * character of a longer word (分钟 "minute", 角大楼). */
static bool cjk_unit_ends_word(figparse__window *w, const figparse__money_ctx *ctx, const des *d) {
    const figparse__token *u = figparse__tok(w, d->end - 1);
    const figparse__token *n = figparse__tok(w, d->end);
    if (!(u->flags & FIGPARSE__TOKF_CJK) || !(n->flags & FIGPARSE__TOKF_CJK) || n->start != u->end)
        return true;
    /* Chinese numerals continue a sum: 两角五分 (Hangul ones are syllables too) */
    if (!is_han(n))
        return false;
    int end;
    const figparse__lex_word *e =
        figparse__lex_at(w, d->end, figparse__script_lexicon(w, d->end, ctx->lx), &end);
    return e && e->kind == FIGPARSE__LEX_UNIT && e->value <= 9;
}

/* Settles an amount's currency and value; false if it is no money after all. */
static bool settle(figparse__window *w, const figparse__money_ctx *ctx, amount *a, bool whole_text) {
    if (!a->has_des)
        return true;
    des *d = &a->d;
    if (d->weak && !whole_text)
        return false;
    if (a->num.article_only && figparse__punct(w, d->end) == '-' &&
        figparse__type_at(w, d->end + 1) == FIGPARSE__TOK_WORD && touching(w, d->end - 1, d->end))
        return false; /* "a dollar-denominated bond", "a real-world test" */
    if (a->num.article_only && !d->symbol &&
        figparse__sorted_has(ctx->lx->common_words, ctx->lx->ncommon_words, d->key, d->keylen))
        return false; /* "a real problem", "a mark of respect" */
    if (a->num.article_only && d->kind == DES_CURRENCY &&
        (d->symbol || (d->prefix_ok && figparse__type_at(w, figparse__skip_gap(w, d->end)) ==
                                           FIGPARSE__TOK_DIGITS)))
        return false; /* "a $5 fee", "a Rs 240 crore grant": the sign is the number's */
    resolve(ctx, d, &a->currency, &a->flags);
    a->value = a->num.value;
    if (a->num.sep_ambiguous) {
        /* The currency's minor digits can settle "1.500": three-decimal
         * currencies (KWD) take the decimal reading, whole ones (JPY) the
         * grouping one. */
        int digits = currency_digits(a->currency);
        bool decimal_now = a->num.has_fraction;
        /* The grouping reading stands, unflagged, where the home of a
         * currency the text names groups with that mark ("USD 3,350", "R$
         * 3.350"). Where home uses it as the decimal mark ("3,990 Ft") three
         * decimals of a two-decimal currency are still the less likely
         * reading, so it stays flagged. A bare "$" only guesses USD (Chile
         * writes $3.350): flagged too. */
        char home = a->currency >= 0 ? figparse__currency_rows[a->currency].home_mark : 0;
        bool home_settles = digits != 3 && digits != 0 && home && !decimal_now &&
                            a->num.group_mark && (uint32_t)(unsigned char)home != a->num.group_mark &&
                            !(a->flags & FIGPARSE_MONEY_CURRENCY_INFERRED);
        if ((digits == 3 && !decimal_now) || (digits == 0 && decimal_now)) {
            figparse_decimal t = a->value;
            a->value = a->num.alt;
            a->num.alt = t;
            a->num.has_fraction = !decimal_now;
            a->num.grouped = decimal_now;
        }
        if (digits != 3 && digits != 0 && !home_settles)
            a->flags |= FIGPARSE_MONEY_SEPARATOR_AMBIGUOUS;
    }
    bool ok = true;
    switch (d->kind) {
    case DES_CURRENCY:
        if (d->scale)
            ok = figparse__dec_scale(&a->value, d->scale);
        read_cents(w, ctx, a);
        if (d->needs_tail && a->tail < 0)
            return false;
        break;
    case DES_GRAND:
        ok = figparse__dec_scale(&a->value, d->scale); /* "grand" 3, "mkr" 6 */
        break;
    case DES_MINOR: {
        if (d->tail_only)
            return false;
        /* Hundredths of the major unit: cent, 分 and 銭 1, 角 and 毛 10. */
        figparse_decimal per = {d->value > 0 ? d->value : 1, -2};
        ok = figparse__dec_mul(a->value, per, &a->value);
        a->minor = true;
        if (ok && !cjk_unit_ends_word(w, ctx, d))
            return false; /* 五角大楼, 五分钟: not money */
        read_cents(w, ctx, a); /* 两角五分 */
        break;
    }
    case DES_COIN: {
        figparse_decimal coin = {d->value, -2};
        ok = figparse__dec_mul(a->value, coin, &a->value);
        a->minor = true;
        break;
    }
    case DES_NON_ISO:
        ok = figparse__dec_scale(&a->value, d->value);
        break;
    }
    if (!ok)
        a->num.overflow = true;
    if (a->negative)
        a->value.coef = -a->value.coef;
    return true;
}

/* ---- figures ------------------------------------------------------------ */

static bool is_range_dash(uint32_t cp) { return cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == '~'; }

/* Whether text[from, to) holds no letter or digit. */
static bool only_filler(const char *text, size_t from, size_t to) {
    for (size_t p = from; p < to; p++) {
        unsigned char c = (unsigned char)text[p];
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80)
            return false;
    }
    return true;
}

/* Whether the figure [s, e) is the whole text but for spaces and
 * punctuation: a field, where a coin word alone means money. */
static bool whole_text(figparse__window *w, size_t s, size_t e) {
    return only_filler(w->text, 0, s) && only_filler(w->text, e, w->len);
}

static void set_bound(figparse_money *m, bool is_min, figparse_decimal v, bool exclusive) {
    if (is_min) {
        m->min = v;
        m->flags |= FIGPARSE_MONEY_HAS_MIN | (exclusive ? FIGPARSE_MONEY_MIN_EXCLUSIVE : 0);
    } else {
        m->max = v;
        m->flags |= FIGPARSE_MONEY_HAS_MAX | (exclusive ? FIGPARSE_MONEY_MAX_EXCLUSIVE : 0);
    }
}

static void set_currency(figparse_money *m, int currency) {
    if (currency >= 0)
        memcpy(m->currency, figparse__currency_rows[currency].code, 4);
}

/* Lexicon words that can be a figure's number: the rest ("about", "more
 * than", "between", "and") only lead into one. */
static bool is_number_kind(int kind) {
    return kind == FIGPARSE__LEX_UNIT || kind == FIGPARSE__LEX_TENS ||
           kind == FIGPARSE__LEX_HUNDRED || kind == FIGPARSE__LEX_SCALE ||
           kind == FIGPARSE__LEX_ARTICLE || kind == FIGPARSE__LEX_FRACTION ||
           kind == FIGPARSE__LEX_SMALL || kind == FIGPARSE__LEX_MYRIAD;
}


/* Whether word token i is one that no table starts a key with, so that
 * the lookups below would all miss: letters that are the first word of no
 * lexicon word (figparse__lex_at()) and of no currency name or sign
 * (read_designator()), no million-prefixed code, and no compound number
 * word (figparse__compound_at()'s own first tests). The filters answer it
 * without a lookup or a memo. A word of the sign filter right after an
 * apostrophe (the "s" of "world's") is no designator either:
 * read_designator() refuses it before any lookup (after_apostrophe(); no
 * million-prefixed code has two letters). */
static GATE_INLINE bool plain_word(figparse__window *w, int i) {
    const figparse__token *t = figparse__tok(w, i);
    size_t n = 0;
    uint32_t h = 0;
    bool letters = false;
    if (t->type != FIGPARSE__TOK_WORD || (t->flags & FIGPARSE__TOKF_CJK) || !w->lexwords || !w->lexstarts)
        return false;
    const char *f = figparse__folded_hash(w, i, &n, &h, &letters);
    if (!f || !letters || figparse__filter_has(w->lexwords, h) ||
        (figparse__sign_known(w, i) && !after_apostrophe(w, t)) || (n == 4 && million_code_at(w, i)))
        return false;
    return n < FIGPARSE__COMPOUND_MIN_BYTES || !figparse__starts_like_lexicon_word(w->lexstarts, f);
}

/* Whether the digits at token i, where figparse__match_money() reads the
 * amount (no lead before them, or leads it has read past), start no
 * money: they, and any ASCII punctuation but a dash or '~' and more
 * digits touching them ("13,000", "57.8%"), end at the end of the text,
 * a line break, or a space and a plain word ("GPUs"). read_amount() finds
 * no designator before digits, and the number it reads (read_numeral()
 * goes on only over digits, figparse__read_number()'s myriads, suffixes,
 * point words and scales are words touching or after a gap) ends at one
 * of those tokens or at that break, where nothing is a designator, a
 * connector, a hyphen or a word (match_designator() takes words and
 * signs, the lookups lexicon words, which a plain word is not), nor after
 * it. With no designator the figure needs a range whose second half has
 * one, and a range, whatever lead opened it ("between", "from"), needs a
 * dash, an "and" or a "to" after the first half: none is there. The
 * parentheses of a negative only open at token 0, which is digits.
 * The same holds where a plain word touches them ("๐Ÿ", mojibake) and is
 * no scale suffix ("60K": the one word figparse__read_number() reads
 * touching digits that no lexicon holds): the number ends before it
 * (scale and point words are lexicon words, a myriad CJK), and it is no
 * designator, connector or range word. */
static bool bare_digits(figparse__window *w, int i) {
    int k = i + 1;
    for (; k < i + 16; k++) {
        const figparse__token *t = figparse__tok(w, k);
        if (t->type != FIGPARSE__TOK_DIGITS &&
            (t->type != FIGPARSE__TOK_PUNCT || t->cp >= 0x80 || t->cp == '-' || t->cp == '~'))
            break;
    }
    const figparse__token *e = figparse__tok(w, k);
    if (e->type == FIGPARSE__TOK_END)
        return true;
    if (e->type == FIGPARSE__TOK_WORD) {
        size_t n;
        const char *f = figparse__folded(w, k, &n);
        return f && !figparse__is_scale_suffix(f, n) && plain_word(w, k);
    }
    if (e->type != FIGPARSE__TOK_SPACE)
        return false;
    return (e->flags & FIGPARSE__TOKF_NEWLINE) || plain_word(w, k + 1);
}

/* Lexicon words figparse__match_money() reads past, to the amount after
 * them ("about", "at least", "between", "from", "exactly"). */
static bool is_lead_kind(int kind) {
    return kind == FIGPARSE__LEX_HEDGE || kind == FIGPARSE__LEX_EXACT || kind == FIGPARSE__LEX_MIN ||
           kind == FIGPARSE__LEX_MAX || kind == FIGPARSE__LEX_BETWEEN || kind == FIGPARSE__LEX_FROM;
}

/* Whether, from token j on, lead words end in something an amount can
 * start with: digits, a sign, a number word or a currency name. "about",
 * "and", "to" are asked thousands of times a megabyte, and an ordinary word
 * after them settles nearly all ("about the plan"). */
static bool lead_reaches_amount(figparse__window *w, const figparse__money_ctx *ctx, int j) {
    for (int steps = 0, words = 0; steps < 12; steps++) {
        const figparse__token *t = figparse__tok(w, j);
        if (figparse__is_gap(w, j)) {
            j++;
            continue;
        }
        /* Digits right after the one lead word ("over 260,000 GPUs"): the
         * amount is read at them, as bare_digits() asks. */
        if (t->type == FIGPARSE__TOK_DIGITS)
            return words > 0 || !bare_digits(w, j);
        if (t->type == FIGPARSE__TOK_SYMBOL || t->type == FIGPARSE__TOK_PUNCT)
            return t->type != FIGPARSE__TOK_PUNCT || t->cp == '(' || t->cp == '~' ||
                   t->cp == '.' || is_minus(t->cp);
        if (t->type != FIGPARSE__TOK_WORD)
            return false;
        int end;
        int64_t v;
        const figparse__lex_word *e =
            figparse__lex_at(w, j, figparse__script_lexicon(w, j, ctx->lx), &end);
        /* "about MAUD 60": a designator where the amount is read (what
         * read_amount() asks there, memoized), or a number word */
        if (!e)
            return figparse__sign_known(w, j) || million_code_at(w, j) || figparse__compound_at(w, j, ctx->lx, &v);
        words++;
        if (is_number_kind(e->kind))
            return true;
        j = end > j ? end : j + 1;
    }
    return true; /* a long run of leads: let the grammar decide */
}

/* Whether a number word at token 0, ending before token k ("a", "two",
 * "million"), may go on to money: after a space, a word of letters must
 * begin a word of the lexicons the grammar reads it with (more of the
 * number, a scale, "to", a connector: figparse__lex_at() under the hint's,
 * the shared and the English table, all in the lexwords filter), be a
 * designator (match_designator(), as read_amount() reads it there), a
 * one-piece number word, or a million-prefixed
 * code ("MUSD"): a money figure needs its designator, or a range's second
 * half, right after the number ("a significant", "two parties", "a year"
 * start none: with no lexicon word after it the number is bare, no range
 * or designator follows, and figparse__match_money() refuses it). Unless
 * the number word also begins a currency name of several words ("once
 * troy de palladium", "uns silver"); anything else after it is left to
 * the grammar. */
static bool number_may_go_on(figparse__window *w, const figparse__money_ctx *ctx, int k) {
    size_t n = 0;
    uint32_t h = 0;
    bool letters = false;
    int64_t v;
    if (!figparse__is_gap(w, k) || !figparse__folded_hash(w, 0, &n, &h, &letters) || !letters ||
        figparse__sign_filter_has(ctx->fp->sign_spaced_filter, h))
        return true;
    /* A designator there is the one read_amount() would read after the
     * number (memoized): the first word of a name alone ("a new plan",
     * "a central pillar") is not enough. */
    const figparse__token *t = figparse__tok(w, k + 1);
    des d;
    if (t->type != FIGPARSE__TOK_WORD || (t->flags & FIGPARSE__TOKF_CJK) ||
        (designator_may_start(w, k + 1) && match_designator(w, k + 1, ctx, &d)))
        return true;
    if (!figparse__folded_hash(w, k + 1, &n, &h, &letters) || !letters || million_code_at(w, k + 1) ||
        figparse__may_key(w, k + 1, w->lexwords))
        return true;
    return figparse__compound_at(w, k + 1, ctx->lx, &v);
}

/* Whether designator d, read at token 0 where figparse__match_money()
 * reads the amount (no lead read past), can begin one there:
 * read_amount() takes a leading designator only with a number after it
 * (prefix_ok, not attached_only, then the tokens it reads a number at),
 * and otherwise, the word at 0 being no number (the premise of the
 * gate's last test), only a weak coin word alone ("dime"). "real
 * footprint", "financial resources", "TL;DR" start none; nor does a
 * sign before a plain word ("€ข", mojibake): figparse__read_number()
 * reads a word only through the lookups a plain word misses. */
static bool designator_may_begin_amount(figparse__window *w, const des *d) {
    bool minus;
    if (d->prefix_ok && !d->attached_only) {
        int n = after_leading_designator(w, d->end, &minus);
        if (number_may_follow_designator(w, n) &&
            (figparse__type_at(w, n) != FIGPARSE__TOK_WORD || !plain_word(w, n)))
            return true;
    }
    return d->kind == DES_COIN && d->weak;
}

#ifdef FIGPARSE_DATE_CHECK_STARTS
/* Whether two readings of a designator say the same. */
static bool same_reading(const des *a, const des *b) {
    return a->start == b->start && a->end == b->end && a->kind == b->kind && a->ncand == b->ncand &&
           memcmp(a->cand, b->cand, (size_t)a->ncand * sizeof a->cand[0]) == 0 && a->symbol == b->symbol &&
           a->code == b->code && a->word_code == b->word_code && a->prefix_ok == b->prefix_ok &&
           a->attached_only == b->attached_only && a->weak == b->weak && a->needs_tail == b->needs_tail &&
           a->tail_only == b->tail_only && a->locale_cur == b->locale_cur && a->scale == b->scale &&
           a->value == b->value && a->dominant == b->dominant && a->keylen == b->keylen &&
           memcmp(a->key, b->key, a->keylen) == 0;
}
#endif

/* The slot of figparse.sign_des whose reading read_designator() makes of
 * the sign at token 0 where a word touches it ("€ขSouth") and no key goes
 * on into the word (no_key_past_sign()), or -1: kept_sign()'s tests of the
 * sign, for a sign the window folds by figparse__sign_folds. */
static int sign_touching_word(figparse__window *w, const figparse__money_ctx *ctx) {
    const figparse *fp = ctx->fp;
    const figparse__token *t = figparse__tok(w, 0);
    if (t->cp < 0x80 || figparse__type_at(w, 1) != FIGPARSE__TOK_WORD || ctx->lx != fp->words)
        return -1;
    const figparse__sign_fold *sf = sign_fold(t->cp);
    int k = sf ? (int)(sf - figparse__sign_folds) : -1;
    if (k < 0 || fp->sign_des_state[k] == FIGPARSE__SIGN_UNKEPT || !no_key_past_sign(w, 1, fp, sf->folded, sf->len))
        return -1;
    return k;
}

static bool money_may_start(figparse__window *w, const figparse__money_ctx *ctx);

bool figparse__money_may_start(figparse__window *w, const figparse__money_ctx *ctx) {
#ifdef FIGPARSE_DATE_CHECK_STARTS
    /* The check build reads the figure anyway where the gate refuses, and
     * aborts where one starts: every pre-test below must be certain. */
    figparse__money_match m;
    bool may = money_may_start(w, ctx);
    if (!may && figparse__match_money(w, ctx, &m))
        abort();
    return may;
#else
    return money_may_start(w, ctx);
#endif
}

static bool money_may_start(figparse__window *w, const figparse__money_ctx *ctx) {
    const figparse__token *t = figparse__tok(w, 0);
    switch (t->type) {
    case FIGPARSE__TOK_DIGITS:
        return !bare_digits(w, 0);
    case FIGPARSE__TOK_SYMBOL: {
        /* figparse__match_money() reads the amount at the sign itself (a
         * sign is no lead), where figparse__read_number() reads nothing:
         * the sign must be a designator that begins an amount. */
        des d;
        int k = sign_touching_word(w, ctx);
        if (k >= 0) {
            /* what read_designator() reads there: the sign's kept reading */
            bool found = ctx->fp->sign_des_state[k] == FIGPARSE__SIGN_DES;
            d = ctx->fp->sign_des[k]; /* read at token 0, as here */
#ifdef FIGPARSE_DATE_CHECK_STARTS
            /* the check build reads the sign anyway, and aborts where the
             * readings differ */
            des walked;
            if (match_designator(w, 0, ctx, &walked) != found || (found && !same_reading(&d, &walked)))
                abort();
#endif
            return found && designator_may_begin_amount(w, &d);
        }
        return match_designator(w, 0, ctx, &d) && designator_may_begin_amount(w, &d);
    }
    case FIGPARSE__TOK_PUNCT:
        /* A minus is a sign only touching digits or a sign ("-5", "-$5",
         * read_amount()), a point only a fraction's (".75"); hyphens and
         * full stops in words ("AI-driven", "U.S.") start nothing. The
         * scan asks the same of these signs before the window reads them
         * (scan.c sign_may_start(), and the punctuation test in
         * scan_figures()): a change here is a change there. */
        if (is_minus(t->cp))
            return touching(w, 0, 1) && (figparse__type_at(w, 1) == FIGPARSE__TOK_DIGITS ||
                                         figparse__type_at(w, 1) == FIGPARSE__TOK_SYMBOL);
        if (t->cp == '.')
            return figparse__type_at(w, 1) == FIGPARSE__TOK_DIGITS;
        if (t->cp == '(' && figparse__type_at(w, 1) == FIGPARSE__TOK_WORD) {
            /* At '(' figparse__match_money() reads an amount only inside
             * accounting parentheses, at token 1, and keeps it only with
             * a designator and a number that is not spelled. A number
             * read at a word is (read_spelled(), and read_myriad() at a
             * word), so at a word the amount begins with its designator
             * ("(USD 5)", or a weak coin alone): "(approximately", "(AI)"
             * start none. */
            des d;
            return designator_may_start(w, 1) && match_designator(w, 1, ctx, &d);
        }
        return (t->cp == '(' || t->cp == '~') && figparse__type_at(w, 1) != FIGPARSE__TOK_SPACE;
    case FIGPARSE__TOK_WORD: {
        if (plain_word(w, 0))
            return false;
        int end;
        int64_t v;
        const figparse__lex_word *e =
            figparse__lex_at(w, 0, figparse__script_lexicon(w, 0, ctx->lx), &end);
        if (e && is_number_kind(e->kind))
            return number_may_go_on(w, ctx, end);
        /* Any other lexicon word ("to", "and", "or") that is no lead and
         * not CJK: figparse__match_money() reads the amount at it, where
         * read_spelled() refuses a first word of no number kind, so only
         * a designator at it starts money (read_amount()): the last test. */
        if (e && (is_lead_kind(e->kind) || (t->flags & FIGPARSE__TOKF_CJK)) &&
            lead_reaches_amount(w, ctx, end))
            return true;
        if (!e && figparse__compound_at(w, 0, ctx->lx, &v))
            return true;
        des d;
        /* the designator's first test inline: most words here fail it */
        if (!designator_may_start(w, 0) || !match_designator(w, 0, ctx, &d))
            return false;
        /* A lead figparse__match_money() reads past ("about") moves the
         * amount on; any other word leaves it at token 0. */
        return (e && is_lead_kind(e->kind)) || designator_may_begin_amount(w, &d);
    }
    default:
        return false;
    }
}

bool figparse__match_money(figparse__window *w, const figparse__money_ctx *ctx,
                           figparse__money_match *m) {
    memset(m, 0, sizeof *m);
    m->named_currency = -1;
    int j = 0;
    bool approx = false, have_bound = false, bound_min = false, bound_excl = false;
    int range_mode = 0; /* LEX_BETWEEN or LEX_FROM */
    for (int n = 0; n < 4; n++) {
        if (figparse__punct(w, j) == '~' && touching(w, j, j + 1)) {
            approx = true;
            j++;
            continue;
        }
        int end;
        const figparse__lex_word *e =
            figparse__lex_at(w, j, figparse__script_lexicon(w, j, ctx->lx), &end);
        /* A modifier is followed by a space, or in CJK touches what follows. */
        bool cjk = (figparse__tok(w, j)->flags & FIGPARSE__TOKF_CJK) != 0;
        if (!e || !(figparse__is_gap(w, end) || cjk))
            break;
        if (e->kind == FIGPARSE__LEX_HEDGE)
            approx = true;
        else if ((e->kind == FIGPARSE__LEX_MIN || e->kind == FIGPARSE__LEX_MAX) && !have_bound) {
            have_bound = true;
            bound_min = e->kind == FIGPARSE__LEX_MIN;
            bound_excl = e->value != 0;
        } else if ((e->kind == FIGPARSE__LEX_BETWEEN || e->kind == FIGPARSE__LEX_FROM) &&
                   !range_mode && !have_bound)
            range_mode = e->kind;
        else if (e->kind != FIGPARSE__LEX_EXACT)
            break;
        j = figparse__is_gap(w, end) ? end + 1 : end;
    }

    /* Accounting parentheses: "($1,234,567)", tight, and not an aside
     * after a figure. */
    bool parens = false;
    int first = j;
    if (figparse__punct(w, j) == '(' && touching(w, j, j + 1) && j == 0) {
        size_t open = figparse__tok(w, j)->start;
        bool after_figure = false;
        if (ctx->prev_end != SIZE_MAX && ctx->prev_end <= open) {
            after_figure = true;
            /* only spaces between: the first other byte settles it (the
             * previous figure may have ended paragraphs before) */
            for (size_t p = ctx->prev_end; p < open && after_figure; p++)
                if (w->text[p] != ' ')
                    after_figure = false;
        }
        if (!after_figure) {
            parens = true;
            j++;
        }
    }

    amount a;
    if (!read_amount(w, j, ctx, &a))
        return false;
    if (parens) {
        /* "($1,234)" is a negative; "($2.54 billion)" in prose is an aside. */
        if (!a.has_des || figparse__punct(w, a.end) != ')' || !touching(w, a.end - 1, a.end) ||
            a.num.has_scale || a.num.spelled || a.num.myriad)
            return false;
    }

    /* The second half of a range. */
    amount b;
    bool have_b = false;
    int a_end = a.end;
    amount peek;
    int peeked = -1; /* what settle() said of peek, or -1: not asked */
    if (a.has_des && !parens) {
        /* The separator comes after the first half's tail: "五元六角-五元七毛八分". */
        peek = a;
        peeked = settle(w, ctx, &peek, true);
        if (peeked)
            a_end = peek.end;
    }
    int sep = figparse__skip_gap(w, a_end);
    int after_sep = -1;
    if (!parens) {
        int end;
        const figparse__lex_word *e = figparse__lex_at(w, sep, ctx->lx, &end);
        uint32_t p = figparse__punct(w, sep);
        if (range_mode == FIGPARSE__LEX_BETWEEN) {
            /* "between 10 and 20", and "antara 10 sampai 20" */
            if (e && (e->kind == FIGPARSE__LEX_AND || e->kind == FIGPARSE__LEX_TO))
                after_sep = end;
        } else if (range_mode == FIGPARSE__LEX_FROM) {
            if (e && (e->kind == FIGPARSE__LEX_TO || e->kind == FIGPARSE__LEX_AND))
                after_sep = end;
            else if (is_range_dash(p))
                after_sep = sep + 1;
        } else if (is_range_dash(p)) {
            after_sep = sep + 1;
        } else if (e && e->kind == FIGPARSE__LEX_TO &&
                   (a.has_des || (figparse__tok(w, sep)->flags & FIGPARSE__TOKF_CJK))) {
            /* "$5 to $10 million", "5.6到5.78元"; a bare "1.199 a 1.015
             * francos" is two numbers, not a range */
            after_sep = end;
        }
        if (after_sep >= 0) {
            int bs = figparse__skip_gap(w, after_sep);
            if (read_amount(w, bs, ctx, &b) && !b.negative && !b.num.article_only)
                have_b = true;
        }
    }

    size_t fig_start_tok = (size_t)(range_mode || approx || have_bound ? 0 : first);
    bool whole = false;
    /* The first half as it stands, kept should the range fail; only a
     * range changes a, so only a range copies it. */
    amount a_alone;
    bool ranged = false;
    if (have_b && (a.has_des || b.has_des) &&
        (!a.has_des || !b.has_des || same_currency(&a.d, &b.d))) {
        a_alone = a;
        ranged = true;
        /* "10-20 dollars": the first half takes the second's designator,
         * "$5-10 million" its scale. */
        if (!a.has_des) {
            a.has_des = true;
            a.d = b.d;
            a.d.start = a.d.end = a.end;
        }
        if (!b.has_des) {
            b.has_des = true;
            b.d = a.d;
        }
        size_t s = figparse__tok(w, (int)fig_start_tok)->start, e = figparse__tok(w, b.end - 1)->end;
        whole = whole_text(w, s, e);
        if (!settle(w, ctx, &a, whole) || !settle(w, ctx, &b, whole)) {
            have_b = false;
        } else if (!a.num.has_scale && b.num.has_scale && !a.num.overflow) {
            figparse_decimal scaled = a.value;
            if (figparse__dec_scale(&scaled, b.num.scale_exp) &&
                figparse__dec_cmp(scaled, b.value) <= 0)
                a.value = scaled;
        }
        if (!a.num.overflow && !b.num.overflow && figparse__dec_cmp(a.value, b.value) > 0)
            have_b = false; /* "$10-5": not a range */
    } else {
        have_b = false;
    }
    amount *rec = &a; /* the first half as recorded: a, or the peek that settled it (no copy) */
    if (!have_b) {
        if (ranged)
            a = a_alone;
        if (!a.has_des)
            return false;
        if (range_mode) /* "from $5" alone: the word is not part of the figure */
            fig_start_tok = (size_t)(approx || have_bound ? 0 : first);
        size_t s = figparse__tok(w, (int)fig_start_tok)->start, e = figparse__tok(w, a.end - 1)->end;
        whole = whole_text(w, s, e);
        if (peeked >= 0 && !a.d.weak) {
            /* settle() asks whether the figure is the whole text only of a
             * weak designator: for any other the peek has settled it. */
            if (!peeked)
                return false;
            rec = &peek;
        } else if (!settle(w, ctx, &a, whole)) {
            return false;
        }
    }

    /* A bound written after the amount: "5000원 이상", "1万元以下". */
    int last_tok = have_b ? b.end : rec->end;
    if (!have_b && !have_bound && !parens) {
        int p = figparse__skip_gap(w, last_tok);
        int end;
        const figparse__lex_word *e = figparse__lex_at(w, p, ctx->lx, &end);
        if (e && (e->kind == FIGPARSE__LEX_MIN_POST || e->kind == FIGPARSE__LEX_MAX_POST)) {
            have_bound = true;
            bound_min = e->kind == FIGPARSE__LEX_MIN_POST;
            bound_excl = e->value != 0;
            last_tok = end;
        }
    }

    /* A ledger's minus after the amount: "$1,250.00-", "EUR 80.00-". Only
     * after written cents, touching, and with nothing after it that would
     * make it a range or a hyphenated word ("$5.00-$6.00", "$1.50-a-day"). */
    bool trailing_minus = false;
    if (!have_b && !have_bound && !parens && !rec->negative && rec->num.has_fraction &&
        is_minus(figparse__punct(w, last_tok)) && touching(w, last_tok - 1, last_tok)) {
        figparse__tok_type next = figparse__type_at(w, last_tok + 1);
        trailing_minus = next == FIGPARSE__TOK_END || next == FIGPARSE__TOK_SPACE ||
                         (next == FIGPARSE__TOK_PUNCT && !is_minus(figparse__punct(w, last_tok + 1)));
        if (trailing_minus)
            last_tok++;
    }

    /* The record. */
    figparse_money *mo = &m->money;
    if (parens)
        last_tok++;
    m->start = figparse__tok(w, (int)fig_start_tok)->start;
    m->end = figparse__tok(w, last_tok - 1)->end;
    m->end_tok = last_tok;
    m->status = FIGPARSE_OK;
    set_currency(mo, rec->currency);
    mo->flags = rec->flags;
    if (rec->minor)
        mo->flags |= FIGPARSE_MONEY_MINOR_UNIT;
    if (rec->d.kind == DES_NON_ISO)
        mo->flags = (mo->flags & ~(uint32_t)FIGPARSE_MONEY_CURRENCY_AMBIGUOUS) | FIGPARSE_MONEY_NON_ISO;
    if (rec->num.spelled)
        mo->flags |= FIGPARSE_MONEY_SPELLED;
    if (approx)
        mo->flags |= FIGPARSE_MONEY_APPROX;
    if (parens || trailing_minus) {
        mo->flags |= parens ? FIGPARSE_MONEY_PARENTHESES : FIGPARSE_MONEY_TRAILING_MINUS;
        rec->value.coef = -rec->value.coef;
    }
    if (rec->num.overflow || (have_b && b.num.overflow)) {
        m->status = FIGPARSE_ERANGE;
        mo->flags |= FIGPARSE_MONEY_OUT_OF_RANGE;
    } else if (have_b) {
        set_bound(mo, true, rec->value, false);
        set_bound(mo, false, b.value, false);
        if (b.flags & FIGPARSE_MONEY_SEPARATOR_AMBIGUOUS)
            mo->flags |= FIGPARSE_MONEY_SEPARATOR_AMBIGUOUS;
    } else if (have_bound) {
        set_bound(mo, bound_min, rec->value, bound_excl);
    } else if (rec->num.few) {
        /* "十几万元": more than a hundred thousand, roughly */
        set_bound(mo, true, rec->value, false);
        mo->flags |= FIGPARSE_MONEY_APPROX;
    } else {
        mo->amount = rec->value;
        mo->flags |= FIGPARSE_MONEY_HAS_AMOUNT;
    }
    if (rec->currency >= 0 && !(rec->flags & FIGPARSE_MONEY_CURRENCY_INFERRED))
        m->named_currency = rec->currency;
    return true;
}

/* Whether a currency name (a key beginning with runs of a-z) begins with
 * the two words whose figparse__word_hash() are first and second, as
 * name_goes_on() asks: false means none does. For the scan's memo of
 * refused leads (scan.c). */
bool figparse__name_pair_may_begin(const figparse *fp, uint32_t first, uint32_t second) {
    return figparse__filter_has(fp->name_word_pairs, word_pair_hash(first, second));
}
