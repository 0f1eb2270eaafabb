/*
 * number.c — token runs to exact decimals. See number.h.
 *
 * Grouping versus decimal marks: a run of digit groups is read as grouped
 * only when every group has the size grouping gives it (3, or the Indian
 * 3-2-2); where a single "," or "." is followed by exactly three digits the
 * locale hint decides, and without a hint the grouping reading is taken and
 * the number is flagged ambiguous (money.c may still settle it with the
 * currency's minor digits). Anything else that looks like "1.2.3" is not a
 * number at all.
 */
#include "number.h"

#include <string.h>

#define MAX_GROUPS 16
#define MAX_DIGITS_TEXT 64

size_t figparse__word_lower(figparse__window *w, int i, char *buf, size_t cap) {
    size_t n = 0;
    const char *folded = figparse__folded(w, i, &n);
    if (!folded && cap > FIGPARSE__FOLD_CAP) { /* longer than the ring keeps: fold it here */
        const figparse__token *t = figparse__tok(w, i);
        if (t->type != FIGPARSE__TOK_WORD || !figparse__fold_token(w->text, w->len, t, buf, &n, cap))
            return 0;
        buf[n] = '\0';
        return n;
    }
    if (!folded || n + 1 > cap) /* as figparse__fold_token() into cap bytes would fail */
        return 0;
    memcpy(buf, folded, n);
    buf[n] = '\0';
    return n;
}

/* An abbreviation's period or an elided article's apostrophe written
 * straight after a word: "Mrd.", "d'". */
static size_t word_suffix(figparse__window *w, int i, char *key, size_t n, size_t cap) {
    const figparse__token *t = figparse__tok(w, i);
    uint32_t p = figparse__punct(w, i + 1);
    if (n + 2 > cap || figparse__tok(w, i + 1)->start != t->end)
        return 0;
    if (p == '.')
        key[n] = '.';
    else if (p == '\'' || p == 0x2019)
        key[n] = '\'';
    else
        return 0;
    key[n + 1] = '\0';
    return n + 1;
}

static const figparse__lex_word *lex_at(figparse__window *w, int i, const figparse__lexicon *lx,
                                        int *end);

/* ---- the parser's lexicon words by their folded form -------------------- */

#define LEX_SLOT_MASK (FIGPARSE__LEX_SLOTS - 1)

/* The slot of key[0, n) (of figparse__word_hash() hash), or the empty slot
 * where it would go. */
static inline const figparse__lex_slot *lex_slot(const figparse *fp, const char *key, size_t n,
                                                 uint32_t hash) {
    size_t s = hash & LEX_SLOT_MASK;
    for (; fp->lex_slots[s].key; s = (s + 1) & LEX_SLOT_MASK) {
        const figparse__lex_slot *e = &fp->lex_slots[s];
        if (e->hash != hash || e->len != n)
            continue;
        size_t k = 0; /* short keys: a loop, not a library call */
        while (k < n && e->key[k] == key[k])
            k++;
        if (k == n)
            break;
    }
    return &fp->lex_slots[s];
}

/* What lex_at() answers under the shared table and then English, for a
 * word folded to key[0, n) that lx does not have (*rest, and
 * FIGPARSE__LEX_ENDS when it sets *end), as lex_at() asks them after lx
 * (English for its scale words); 0 when one of them has a longer key it
 * begins ("more" of "more than", "mrd" of "mrd."), which only the tokens
 * after it settle. */
static uint8_t lex_rest(const figparse__lexicon *lx, const char *key, size_t n,
                        const figparse__lex_word **rest) {
    figparse__lex_probe p;
    *rest = NULL;
    if (lx != &figparse__lexicon_shared) {
        figparse__lex_probe_key(&figparse__lexicon_shared, key, n, &p);
        if (p.spaced || p.marked)
            return 0;
        if (p.word) {
            *rest = p.word;
            return FIGPARSE__LEX_SETTLED | FIGPARSE__LEX_ENDS;
        }
    }
    if (lx != &figparse__lexicon_en && lx != &figparse__lexicon_shared) {
        figparse__lex_probe_key(&figparse__lexicon_en, key, n, &p);
        if (p.spaced || p.marked)
            return 0;
        if (p.word && p.word->kind == FIGPARSE__LEX_SCALE)
            *rest = p.word;
        /* an English word that is no scale is not taken, but sets *end */
        return p.word ? FIGPARSE__LEX_SETTLED | FIGPARSE__LEX_ENDS : FIGPARSE__LEX_SETTLED;
    }
    return FIGPARSE__LEX_SETTLED;
}

/* Fills a slot's answer (figparse__lex_slot) for a word folded to key[0,
 * n) under lx, with the searches lex_at() makes, in its order: lx's own
 * word, its phrases, then lex_rest(). */
static void lex_answer(const figparse__lexicon *lx, const char *key, size_t n, figparse__lex_slot *e) {
    figparse__lex_probe p;
    const figparse__lex_word *rest;
    figparse__lex_probe_key(lx, key, n, &p);
    uint8_t r = lex_rest(lx, key, n, &rest);
    e->word = p.word;
    e->rest = NULL;
    e->flags = 0;
    if (p.marked || (!p.word && !r))
        return; /* "mrd" of "mrd.", or a longer key in another table */
    if (p.spaced) {
        e->flags = FIGPARSE__LEX_PHRASE;
        if (!p.word) {
            e->rest = rest;
            e->flags |= (r & FIGPARSE__LEX_ENDS) ? FIGPARSE__LEX_REST_ENDS : 0;
        }
        return;
    }
    if (p.word) {
        e->flags = FIGPARSE__LEX_SETTLED | FIGPARSE__LEX_ENDS;
        return;
    }
    e->word = rest;
    e->flags = r;
}

/* Whether a lexicon word can be a part of a compound number word
 * (compound_at()): a unit, tens, a hundred, a joiner or a thousand. */
static bool compound_part(const figparse__lex_word *e) {
    return e->kind == FIGPARSE__LEX_UNIT || e->kind == FIGPARSE__LEX_TENS ||
           e->kind == FIGPARSE__LEX_HUNDRED || e->kind == FIGPARSE__LEX_AND ||
           (e->kind == FIGPARSE__LEX_SCALE && e->value == 3);
}

/* The index of compound_starts for the first two bytes of s. */
static uint32_t two_bytes(const char *s) {
    return (uint32_t)(unsigned char)s[0] << 8 | (unsigned char)s[1];
}

void figparse__lex_prepare(figparse *fp) {
    memset(fp->compound_starts, 0, sizeof fp->compound_starts);
    for (size_t k = 0; fp->words->words && k < fp->words->nwords; k++) {
        const figparse__lex_word *e = &fp->words->words[k];
        if (compound_part(e) && e->key[0] && e->key[1])
            figparse__filter_set(fp->compound_starts, two_bytes(e->key));
    }

    const figparse__lexicon *tables[3] = {fp->words, &figparse__lexicon_en, &figparse__lexicon_shared};
    size_t filled = 0; /* figparse_new() cleared the slots */
    fp->lex_slots_ok = false;
    for (int t = 0; t < 3; t++) {
        const figparse__lexicon *lx = tables[t];
        if (!lx->words || (t > 0 && lx == tables[0]))
            continue;
        for (size_t k = 0; k < lx->nwords; k++) {
            const char *key = lx->words[k].key;
            /* a key listed twice: a search and a probe may return either */
            if (k > 0 && strcmp(lx->words[k - 1].key, key) == 0)
                return;
            /* the key and its parts a probe of a shorter key tells of */
            for (size_t n = 1; key[n - 1]; n++) {
                char c = key[n];
                if (c != '\0' && c != ' ' && c != '.' && c != '\'')
                    continue;
                uint32_t h = figparse__word_hash(key, n);
                figparse__lex_slot *e = (figparse__lex_slot *)lex_slot(fp, key, n, h);
                if (e->key)
                    continue;
                if (n > UINT8_MAX || ++filled > FIGPARSE__LEX_SLOTS / 2)
                    return;
                e->key = key;
                e->len = (uint8_t)n;
                e->hash = h;
                lex_answer(fp->words, key, n, e);
            }
        }
    }
    fp->lex_slots_ok = true;
}

/* lex_at()'s buffers: a phrase, and each word after the first. */
#define LEX_KEY 64
#define LEX_PART 32

/* Whether lex_at()'s phrase loop may find more after word token i, folded
 * to f[0, n): a gap, then a word it reads (as figparse__word_lower() into
 * its 32 bytes would) that makes with f a key or the start of one of the
 * parser's tables, which then has a slot. */
static bool phrase_goes_on(figparse__window *w, int i, const figparse *fp, const char *f, size_t n) {
    size_t m;
    const char *x;
    if (!figparse__is_gap(w, i + 1) || (x = figparse__folded(w, i + 2, &m)) == NULL || m == 0 ||
        m + 1 > LEX_PART || n + 1 + m >= LEX_KEY)
        return false;
    char key[LEX_KEY];
    memcpy(key, f, n);
    key[n] = ' ';
    memcpy(key + n + 1, x, m);
    return lex_slot(fp, key, n + 1 + m, figparse__word_hash(key, n + 1 + m))->key != NULL;
}

/* Memoized per token (a scan asks the same token from every window that
 * holds it); lex_at() reads at most 4 tokens past i. It sets *end when it
 * finds a word, and also when it finds an English word it does not take
 * (the memo keeps that too: -1 is "not set"). */
const figparse__lex_word *figparse__lex_at(figparse__window *w, int i, const figparse__lexicon *lx,
                                           int *end) {
    /* Only words are lexicon words (lex_at() folds nothing else). */
    const figparse__token *t = figparse__tok(w, i);
    if (t->type != FIGPARSE__TOK_WORD || !figparse__word_known(w, i))
        return NULL;
    /* A word under the parser's own lexicon, not CJK: its folded form's
     * slot settles most words without a search (figparse__lex_prepare()). */
    const figparse *fp = w->parser;
    size_t n;
    uint32_t h;
    bool letters;
    const char *f;
    if (fp && fp->lex_slots_ok && lx == fp->words && !(t->flags & FIGPARSE__TOKF_CJK) &&
        (f = figparse__folded_hash(w, i, &n, &h, &letters)) != NULL) {
        const figparse__lex_slot *e = lex_slot(fp, f, n, h);
        if (!e->key)
            return NULL; /* in no table */
        if (e->flags & FIGPARSE__LEX_SETTLED) {
            if (e->flags & FIGPARSE__LEX_ENDS)
                *end = i + 1;
            return e->word;
        }
        if ((e->flags & FIGPARSE__LEX_PHRASE) && !phrase_goes_on(w, i, fp, f, n)) {
            if (e->word || (e->flags & FIGPARSE__LEX_REST_ENDS))
                *end = i + 1;
            return e->word ? e->word : e->rest;
        }
    }
    const figparse__memo *memo = figparse__memo_get(w, i, lx);
    const figparse__lex_word *found;
    int e = -1;
    if (memo) {
        found = memo->value;
        e = memo->num ? i + memo->end : -1;
    } else {
        found = lex_at(w, i, lx, &e);
        figparse__memo_put(w, i, lx, found, e != -1, e);
    }
    if (e != -1)
        *end = e;
    return found;
}

static const figparse__lex_word *lex_at(figparse__window *w, int i, const figparse__lexicon *lx,
                                        int *end) {
    if (!figparse__may_key(w, i, w->lexwords))
        return NULL;
    char key[LEX_KEY];
    size_t n = figparse__word_lower(w, i, key, sizeof key);
    if (n == 0)
        return NULL;
    if (figparse__tok(w, i)->flags & FIGPARSE__TOKF_CJK) {
        /* CJK words are runs of one-character tokens: the longest listed. */
        const figparse__lex_word *best = figparse__lex_find(lx, key, n);
        int best_end = i + 1;
        for (int j = i + 1; j < i + 4; j++) {
            const figparse__token *t = figparse__tok(w, j);
            if (!(t->flags & FIGPARSE__TOKF_CJK) || t->start != figparse__tok(w, j - 1)->end)
                break;
            size_t m = figparse__word_lower(w, j, key + n, sizeof key - n);
            if (m == 0)
                break;
            n += m;
            const figparse__lex_word *e = figparse__lex_find(lx, key, n);
            if (e) {
                best = e;
                best_end = j + 1;
            }
        }
        if (best)
            *end = best_end;
        return best;
    }
    const figparse__lex_word *best = NULL;
    int best_end = i + 1;
    /* Whether any key goes on past this word ("more than", "mrd."): by
     * the filter, then in this table, where the one search that finds the
     * word also tells. */
    figparse__lex_probe probe = {NULL, false, false};
    if (figparse__may_key(w, i, w->lexwords_longer))
        figparse__lex_probe_key(lx, key, n, &probe);
    else
        probe.word = figparse__lex_find(lx, key, n);
    size_t dotted = probe.marked ? word_suffix(w, i, key, n, sizeof key) : 0;
    if (dotted && (best = figparse__lex_find(lx, key, dotted)) != NULL)
        best_end = i + 2;
    key[n] = '\0';
    if (!best)
        best = probe.word;
    /* Phrases: "more than", "no less than". */
    int j = i + 1;
    for (int words = 1; words < 3 && probe.spaced; words++) {
        if (!figparse__is_gap(w, j))
            break;
        char part[LEX_PART];
        size_t m = figparse__word_lower(w, j + 1, part, sizeof part);
        if (m == 0 || n + 1 + m >= sizeof key)
            break;
        key[n++] = ' ';
        memcpy(key + n, part, m);
        n += m;
        figparse__lex_probe_key(lx, key, n, &probe);
        j += 2;
        if (probe.word) {
            best = probe.word;
            best_end = j;
        }
    }
    if (!best && lx != &figparse__lexicon_shared) {
        /* Scale words, connectors and hedges that mean one thing in every
         * language that has them ("Mrd.", "milliards d'", "млрд") are read
         * under any hint or none: business text mixes languages. */
        const figparse__lex_word *e = figparse__lex_at(w, i, &figparse__lexicon_shared, end);
        if (e)
            return e;
    }
    if (!best && lx != &figparse__lexicon_en && lx != &figparse__lexicon_shared) {
        /* English scale words turn up in every language's business text
         * ("₩1.4 trillion" in a Korean article); nothing else of English
         * is taken under another language's hint. */
        const figparse__lex_word *e = figparse__lex_at(w, i, &figparse__lexicon_en, end);
        if (e && e->kind == FIGPARSE__LEX_SCALE)
            return e;
        return NULL;
    }
    if (best)
        *end = best_end;
    return best;
}

int figparse__read_scales(figparse__window *w, int i, const figparse__lexicon *lx, int *exp) {
    int j = i;
    for (int count = 0; count < 3; count++) {
        int k = figparse__skip_gap(w, j);
        /* "Rs16,189-crore", "a $1.5-billion deal": a hyphen, touching. */
        if (count == 0 && k == j && figparse__punct(w, j) == '-' &&
            figparse__tok(w, j)->start == figparse__tok(w, j - 1)->end &&
            figparse__tok(w, j + 1)->start == figparse__tok(w, j)->end &&
            figparse__type_at(w, j + 1) == FIGPARSE__TOK_WORD)
            k = j + 1;
        int end = 0;
        const figparse__lex_word *e = figparse__lex_at(w, k, lx, &end);
        if (!e || e->kind != FIGPARSE__LEX_SCALE || end > k + 2)
            break;
        *exp += e->value;
        j = end;
    }
    return j;
}

/* Scale suffixes written straight after digits: "$60K", "£350m", "$1.2bn". */
static int suffix_exponent(const char *s, size_t n) {
    /* one or two letters: compared a byte at a time, with no call */
    static const struct {
        char key[3]; /* key[1] is 0 in a suffix of one letter */
        int exp;
    } suffixes[] = {
        {"b", 9}, {"bn", 9}, {"k", 3}, {"m", 6}, {"mm", 6}, {"mn", 6}, {"t", 12}, {"tn", 12},
    };
    if (n == 0 || n > 2 || (n == 2 && s[1] == 0))
        return -1;
    char second = n == 2 ? s[1] : 0;
    for (size_t k = 0; k < sizeof suffixes / sizeof suffixes[0]; k++)
        if (suffixes[k].key[0] == s[0] && suffixes[k].key[1] == second)
            return suffixes[k].exp;
    return -1;
}

bool figparse__is_scale_suffix(const char *s, size_t n) { return suffix_exponent(s, n) >= 0; }

/* The digit value of the code point at text[p], and its length in *len;
 * -1 when it is no digit, 0 length when it is invalid. */
static int digit_at(const figparse__window *w, size_t p, size_t *len) {
    unsigned char b = (unsigned char)w->text[p];
    if (b < 0x80) { /* as figparse__digit_value() of an ASCII byte */
        *len = 1;
        return b >= '0' && b <= '9' ? b - '0' : -1;
    }
    uint32_t cp;
    *len = figparse__utf8_decode(w->text, w->len, p, &cp);
    return *len ? figparse__digit_value(cp) : -1;
}

/* Appends the digit values of DIGITS token i to buf as ASCII. */
static bool append_digit_text(figparse__window *w, int i, char *buf, size_t *n) {
    const figparse__token *t = figparse__tok(w, i);
    size_t p = t->start;
    while (p < t->end) {
        size_t len;
        int v = digit_at(w, p, &len);
        if (len == 0 || v < 0 || *n + 1 >= MAX_DIGITS_TEXT)
            return false;
        buf[(*n)++] = (char)('0' + v);
        p += len;
    }
    return true;
}

/* Reads the digits of DIGITS token i into r; false when one is no digit
 * or the text, *n characters so far, would not fit in MAX_DIGITS_TEXT. */
static bool append_digits(figparse__window *w, int i, figparse__digits *r, size_t *n) {
    const figparse__token *t = figparse__tok(w, i);
    size_t p = t->start;
    while (p < t->end) {
        size_t len;
        int v = digit_at(w, p, &len);
        if (len == 0 || v < 0 || *n + 1 >= MAX_DIGITS_TEXT)
            return false;
        ++*n;
        figparse__digits_add(r, v);
        p += len;
    }
    return true;
}

/* Full-width "．" as the ASCII point. */
static uint32_t ascii_mark(uint32_t cp) {
    /* Only the point: a full-width comma separates list items in CJK text. */
    return cp == 0xFF0E ? '.' : cp;
}

static bool is_group_or_mark(uint32_t cp) {
    return cp == ',' || cp == '.' || cp == '\'' || cp == 0x2019 || cp == 0x066B || cp == 0x066C;
}
static bool is_mark(uint32_t cp) { return cp == ',' || cp == '.' || cp == 0x066B; }

/* Group sizes valid for grouping: 1-3 then 3s; or, with commas, Indian
 * 1-2, 2s, then 3 ("12,34,567"). */
static bool groups_valid(const int *len, int k, bool indian_ok) {
    if (k < 2)
        return true;
    bool western = len[0] >= 1 && len[0] <= 3;
    for (int g = 1; g < k && western; g++)
        western = len[g] == 3;
    if (western)
        return true;
    if (!indian_ok || len[0] < 1 || len[0] > 2 || len[k - 1] != 3)
        return false;
    for (int g = 1; g < k - 1; g++)
        if (len[g] != 2)
            return false;
    return k >= 3;
}

/* Builds a decimal from int groups [0, nint) and an optional fraction group. */
static bool build(figparse__window *w, const int *tok, int nint, int frac_tok, figparse_decimal *out,
                  bool *overflow) {
    figparse__digits r = {0, 0, 0, false, false, false};
    size_t n = 0; /* characters of the text "ddd[.ddd]" it reads */
    bool fits = true;
    for (int g = 0; g < nint && fits; g++)
        fits = append_digits(w, tok[g], &r, &n);
    if (fits && frac_tok >= 0) {
        n++;
        r.point = true;
        fits = append_digits(w, frac_tok, &r, &n);
    }
    figparse_status st = fits ? figparse__digits_end(&r, false, out) : FIGPARSE_ERANGE;
    if (st == FIGPARSE_ERANGE) {
        /* More digits than any amount can hold: a number out of range.
         * Still a number: the caller reports it as out of range. */
        *overflow = true;
        out->coef = 0;
        out->exp = 0;
        return true;
    }
    return st == FIGPARSE_OK;
}

static bool read_numeral(figparse__window *w, int i, const figparse *fp, figparse__number *out) {
    int tok[MAX_GROUPS], len[MAX_GROUPS];
    uint32_t sep[MAX_GROUPS];
    int ng = 1;
    tok[0] = i;
    len[0] = figparse__tok(w, i)->count;
    int j = i + 1;
    while (ng < MAX_GROUPS) {
        const figparse__token *s = figparse__tok(w, j);
        const figparse__token *d = figparse__tok(w, j + 1);
        if (d->type != FIGPARSE__TOK_DIGITS)
            break;
        uint32_t c;
        if (s->type == FIGPARSE__TOK_PUNCT && is_group_or_mark(ascii_mark(s->cp))) {
            c = ascii_mark(s->cp);
        } else if (s->type == FIGPARSE__TOK_SPACE && s->count == 1 &&
                   !(s->flags & FIGPARSE__TOKF_NEWLINE)) {
            /* "1 250 000": only 3-digit groups after a group of at most 3. */
            if (d->count != 3 || len[ng - 1] > 3 || (ng > 1 && sep[ng - 2] != ' '))
                break;
            c = ' ';
        } else {
            break;
        }
        sep[ng - 1] = c;
        tok[ng] = j + 1;
        len[ng] = d->count;
        ng++;
        j += 2;
    }
    /* A space-grouped run must be all 3s after the first group. */
    out->end = j;
    out->digits = true;
    int nsep = ng - 1;
    bool ok;
    if (nsep == 0)
        return build(w, tok, 1, -1, &out->value, &out->overflow);

    bool all_same = true;
    for (int k = 1; k < nsep; k++)
        all_same = all_same && sep[k] == sep[0];

    if (all_same && nsep >= 2) {
        if (sep[0] == 0x066B || !groups_valid(len, ng, sep[0] == ',' || sep[0] == 0x066C))
            return false; /* "1.2.3", "1,1,1": not a number */
        out->grouped = true;
        out->group_mark = sep[0];
        return build(w, tok, ng, -1, &out->value, &out->overflow);
    }
    if (all_same) {
        uint32_t c = sep[0];
        bool leading_zero = len[0] == 1 && w->text[figparse__tok(w, tok[0])->start] == '0';
        if (!is_mark(c)) {
            if (len[1] == 3 && len[0] <= 3) {
                out->grouped = true;
                out->group_mark = c;
                return build(w, tok, 2, -1, &out->value, &out->overflow);
            }
            out->end = i + 1; /* the separator is not part of the number */
            return build(w, tok, 1, -1, &out->value, &out->overflow);
        }
        if (c == 0x066B || len[1] != 3 || len[0] > 3 || leading_zero) {
            out->has_fraction = true;
            return build(w, tok, 1, tok[1], &out->value, &out->overflow);
        }
        /* d{1,3} [.,] ddd: the locale decides. */
        bool decimal;
        if (fp->mark == FIGPARSE__MARK_POINT)
            decimal = c == '.';
        else if (fp->mark == FIGPARSE__MARK_COMMA)
            decimal = c == ',';
        else {
            decimal = (fp->opts.flags & FIGPARSE_OPT_DECIMAL_COMMA) != 0;
            out->sep_ambiguous = true;
        }
        figparse_decimal grouped_v, decimal_v;
        bool ov = false;
        ok = build(w, tok, 2, -1, &grouped_v, &ov) && build(w, tok, 1, tok[1], &decimal_v, &ov);
        if (!ok) {
            out->overflow = ov;
            return false;
        }
        out->value = decimal ? decimal_v : grouped_v;
        out->alt = decimal ? grouped_v : decimal_v;
        out->has_fraction = decimal;
        out->grouped = !decimal;
        out->group_mark = c;
        return true;
    }
    /* Mixed marks: the last is the decimal mark, used once, and the rest
     * one grouping mark with valid groups: 1,250,000.00  1.234,56  1'250.50 */
    uint32_t dec = sep[nsep - 1], grp = sep[0];
    if (!is_mark(dec) || dec == grp)
        return false;
    for (int k = 1; k < nsep - 1; k++)
        if (sep[k] != grp)
            return false;
    if (!groups_valid(len, ng - 1, grp == ',' || grp == 0x066C))
        return false;
    out->grouped = true;
    out->group_mark = grp;
    out->has_fraction = true;
    return build(w, tok, ng - 1, tok[ng - 1], &out->value, &out->overflow);
}

/* "point three five" / "point 35" after a number: the fraction digits. */
static int read_point_fraction(figparse__window *w, int i, const figparse__lexicon *lx,
                               figparse_decimal *value, bool *overflow) {
    int k = figparse__skip_gap(w, i);
    int end;
    const figparse__lex_word *e = figparse__lex_at(w, k, lx, &end);
    if (!e || e->kind != FIGPARSE__LEX_POINT)
        return i;
    int j = figparse__skip_gap(w, end);
    char buf[MAX_DIGITS_TEXT + 2];
    size_t n = figparse_decimal_format(*value, buf, sizeof buf);
    if (n + 2 >= sizeof buf || value->exp < 0)
        return i;
    buf[n++] = '.';
    size_t start = n;
    int last = i;
    if (figparse__type_at(w, j) == FIGPARSE__TOK_DIGITS) {
        if (!append_digit_text(w, j, buf, &n))
            return i;
        last = j + 1;
    } else {
        for (int count = 0; count < 8; count++) {
            int e_end;
            const figparse__lex_word *d = figparse__lex_at(w, j, lx, &e_end);
            if (!d || d->kind != FIGPARSE__LEX_UNIT || d->value > 9 || n + 1 >= MAX_DIGITS_TEXT)
                break;
            buf[n++] = (char)('0' + d->value);
            last = e_end;
            j = figparse__skip_gap(w, e_end);
        }
    }
    if (n == start)
        return i;
    figparse_status st = figparse_decimal_parse(buf, n, value);
    if (st != FIGPARSE_OK) {
        *overflow = true;
        return i;
    }
    return last;
}

/* value += group * 10^exp, exactly. */
static bool add_scaled(figparse_decimal *total, figparse_decimal group, int exp) {
    if (!figparse__dec_scale(&group, exp))
        return false;
    return figparse__dec_add(*total, group, total);
}

/* A number written as one word made of number words, as German, Dutch and
 * Italian write them: "siebenhundertfünfzig" (7 x 100 + 50), "achtundsiebzig"
 * (8 and 70), "vijfenveertig", "quarantacinque", "zweitausend". The word is
 * split greedily into the longest listed words; "und"/"en"/"e" are joiners. */
static bool compound_at(figparse__window *w, int i, const figparse__lexicon *lx, int64_t *value);

/* compound_at()'s first tests, on a folded form: at least six bytes, and
 * its first two those of a lexicon word (lexstarts, when not NULL) and,
 * when lx is the parser's own lexicon, of a word a compound can begin
 * with. */
static bool compound_may_begin(const char *f, size_t n, const uint64_t *lexstarts, const figparse *fp,
                               const figparse__lexicon *lx) {
    if (n < FIGPARSE__COMPOUND_MIN_BYTES || (lexstarts && !figparse__starts_like_lexicon_word(lexstarts, f)))
        return false;
    return !fp || lx != fp->words || figparse__filter_has(fp->compound_starts, two_bytes(f));
}

bool figparse__compound_may_begin(const figparse *fp, const char *f, size_t n) {
    return compound_may_begin(f, n, fp->lex_start_filter, fp, fp->words);
}

/* Memoized per token, as figparse__lex_at() (tagged by the lexicon's word
 * list, as lex_at() is by the lexicon). *value is set only on a match. */
bool figparse__compound_at(figparse__window *w, int i, const figparse__lexicon *lx, int64_t *value) {
    /* compound_at()'s first tests, on the folded form the window keeps,
     * before the memo: most words are short or start with no listed word */
    size_t n = 0;
    const char *f = figparse__folded(w, i, &n);
    if (!f || !compound_may_begin(f, n, w->lexstarts, w->parser, lx))
        return false;
    const figparse__memo *memo = figparse__memo_get(w, i, lx->words);
    if (memo) {
        if (memo->end)
            *value = memo->num;
        return memo->end != 0;
    }
    int64_t v = 0;
    bool found = compound_at(w, i, lx, &v);
    if (lx->words)
        figparse__memo_put(w, i, lx->words, NULL, v, found ? i + 1 : i);
    if (found)
        *value = v;
    return found;
}

static bool compound_at(figparse__window *w, int i, const figparse__lexicon *lx, int64_t *value) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type != FIGPARSE__TOK_WORD || (t->flags & FIGPARSE__TOKF_CJK) || !lx->words)
        return false;
    char key[64];
    size_t n = figparse__word_lower(w, i, key, sizeof key);
    if (n < FIGPARSE__COMPOUND_MIN_BYTES)
        return false;
    if (w->lexstarts) { /* the first part is a listed word of two bytes or more */
        uint32_t h = figparse__word_hash(key, 2);
        if (!figparse__filter_has(w->lexstarts, h))
            return false;
    }
    /* A part of a word of letters is a key of letters, whole first word of
     * itself: where its bit in the lexicon filter is clear, no search. */
    size_t fn;
    uint32_t fh;
    bool letters = false;
    const uint64_t *parts_filter =
        figparse__folded_hash(w, i, &fn, &fh, &letters) && letters ? w->lexwords : NULL;
    int64_t total = 0, cur = 0;
    int parts = 0;
    size_t p = 0;
    while (p < n) {
        const figparse__lex_word *best = NULL;
        size_t best_len = 0;
        /* The hashes of every part length from p, in one pass (hash[len]
         * is figparse__word_hash(key + p, len)). */
        uint32_t hash[sizeof key + 1];
        if (parts_filter) {
            uint32_t h = FIGPARSE__HASH_INIT;
            for (size_t len = 1; len <= n - p; len++) {
                h = figparse__hash_byte(h, (unsigned char)key[p + len - 1]);
                hash[len] = figparse__hash_end(h);
            }
        }
        for (size_t len = n - p; len >= 2; len--) {
            if (parts_filter && !figparse__filter_has(parts_filter, hash[len]))
                continue;
            const figparse__lex_word *e = figparse__lex_find(lx, key + p, len);
            if (e && compound_part(e)) {
                best = e;
                best_len = len;
                break;
            }
        }
        if (!best || ++parts > 6)
            return false;
        switch (best->kind) {
        case FIGPARSE__LEX_UNIT:
        case FIGPARSE__LEX_TENS:
            cur += best->value;
            break;
        case FIGPARSE__LEX_HUNDRED:
            cur = (cur ? cur : 1) * (best->value == 1 ? 10 : 100);
            break;
        case FIGPARSE__LEX_SCALE:
            total += (cur ? cur : 1) * 1000;
            cur = 0;
            break;
        default: /* "und", "en", "e" */
            break;
        }
        p += best_len;
    }
    if (parts < 2 || total + cur <= 0)
        return false;
    *value = total + cur;
    return true;
}

/* The unit before its tens, joined by a space or hyphens: "twee-en-veertig",
 * "zwei und vierzig". Adds the tens to *group and returns the new end, or
 * returns `end` unchanged. */
static int unit_and_tens(figparse__window *w, int end, const figparse__lexicon *lx,
                         int64_t *group, bool *tens) {
    if (!figparse__is_gap(w, end) && figparse__punct(w, end) != '-')
        return end;
    int and_end;
    const figparse__lex_word *a = figparse__lex_at(w, end + 1, lx, &and_end);
    if (!a || a->kind != FIGPARSE__LEX_AND ||
        (!figparse__is_gap(w, and_end) && figparse__punct(w, and_end) != '-'))
        return end;
    int t_end;
    const figparse__lex_word *t = figparse__lex_at(w, and_end + 1, lx, &t_end);
    if (!t || t->kind != FIGPARSE__LEX_TENS)
        return end;
    *group += t->value;
    *tens = true;
    return t_end;
}

static bool read_spelled(figparse__window *w, int i, const figparse__lexicon *lx,
                         figparse__number *out) {
    enum { NONE, ARTICLE, UNIT, TENS, HUNDRED, SCALE } last = NONE;
    figparse_decimal total = {0, 0};
    int64_t group = 0; /* the part below the last scale word: 0..999 */
    int j = i, end = i;
    int64_t last_unit = 0; /* the value of the last unit word */
    bool any = false, last_is_tens = false;
    for (int steps = 0; steps < 16; steps++) {
        int e_end;
        const figparse__lex_word *e = figparse__lex_at(w, j, lx, &e_end);
        int64_t compound;
        if (!e && last == NONE && figparse__compound_at(w, j, lx, &compound)) {
            /* "siebenhundert", "achtundsiebzig", "quarantacinque" */
            if (compound < 1000) {
                group = compound;
                last = UNIT;
            } else {
                total = figparse__dec_int(compound);
                last = SCALE;
            }
            any = true;
            end = j + 1;
            if (!figparse__is_gap(w, end))
                break;
            j = end + 1;
            continue;
        }
        if (!e || e_end > j + 2)
            break;
        bool stop = false;
        switch (e->kind) {
        case FIGPARSE__LEX_ARTICLE:
            if (last != NONE) {
                stop = true;
                break;
            }
            group = 1;
            last = ARTICLE;
            break;
        case FIGPARSE__LEX_UNIT:
            if (last == UNIT || last == ARTICLE || (last == TENS && group % 10 != 0) ||
                (last == HUNDRED && e->value >= 100)) {
                stop = true;
                break;
            }
            group += e->value;
            last_unit = e->value;
            last = UNIT;
            break;
        case FIGPARSE__LEX_TENS:
            if (last == UNIT || last == TENS || last == ARTICLE) {
                stop = true;
                break;
            }
            group += e->value;
            last = TENS;
            break;
        case FIGPARSE__LEX_HUNDRED: {
            /* value is the power of ten: hundred 2; Indonesian puluh 1, which
             * makes tens of the unit before it ("dua ratus dua puluh": 220). */
            int64_t mult = e->value == 1 ? 10 : 100;
            if (last == TENS || (last == HUNDRED && mult >= 100)) {
                stop = true;
                break;
            }
            if (mult == 10 && last == UNIT && group > 9 && last_unit < 10 && group % 100 < 10) {
                group += last_unit * 9;
                last = TENS;
                break;
            }
            if (group == 0)
                group = 1;
            if (group > 9) { /* "twenty hundred": not here */
                stop = true;
                break;
            }
            group *= mult;
            last = mult == 10 ? TENS : HUNDRED;
            break;
        }
        case FIGPARSE__LEX_SCALE:
            if (last == SCALE && group == 0) {
                /* "mil millones", "lakh crore": scales multiply. */
                if (!figparse__dec_scale(&total, e->value))
                    return false;
                out->scale_exp += e->value;
                break;
            }
            if (last == NONE || last == SCALE) {
                stop = true;
                break;
            }
            if (!add_scaled(&total, figparse__dec_int(group), e->value)) {
                out->overflow = true;
                return false;
            }
            group = 0;
            out->scale_exp += e->value;
            last = SCALE;
            break;
        case FIGPARSE__LEX_FRACTION: {
            /* "half a billion", "a quarter million", "three quarters billion":
             * the fraction needs a scale word after it. */
            if (last != NONE && last != ARTICLE && last != UNIT) {
                stop = true;
                break;
            }
            figparse_decimal f = {e->value, -2};
            if (last == UNIT && !figparse__dec_mul(f, figparse__dec_int(group), &f))
                return false;
            int k = figparse__skip_gap(w, e_end);
            int a_end;
            const figparse__lex_word *a = figparse__lex_at(w, k, lx, &a_end);
            if (a && a->kind == FIGPARSE__LEX_ARTICLE && last == NONE)
                k = figparse__skip_gap(w, a_end);
            int s_end;
            const figparse__lex_word *s = figparse__lex_at(w, k, lx, &s_end);
            if (!s || s->kind != FIGPARSE__LEX_SCALE) {
                stop = true;
                break;
            }
            if (!add_scaled(&total, f, s->value))
                return false;
            group = 0;
            out->scale_exp += s->value;
            e_end = s_end;
            last = SCALE;
            break;
        }
        default:
            stop = true;
            break;
        }
        if (stop)
            break;
        any = true;
        end = e_end;
        if (last == UNIT && group % 100 > 0 && group % 100 < 10)
            end = unit_and_tens(w, end, lx, &group, &last_is_tens);
        if (last_is_tens) {
            last = TENS;
            last_is_tens = false;
        }
        /* Next word: after one space, or a hyphen in "twenty-five". */
        if (figparse__is_gap(w, end))
            j = end + 1;
        else if (figparse__punct(w, end) == '-' && last == TENS)
            j = end + 1;
        else
            break;
        /* "one hundred and five", "a million and a half" (not the latter). */
        int and_end;
        const figparse__lex_word *and_w = figparse__lex_at(w, j, lx, &and_end);
        if (and_w && and_w->kind == FIGPARSE__LEX_AND &&
            (last == HUNDRED || last == SCALE || last == TENS) && figparse__is_gap(w, and_end)) {
            /* "one hundred and five"; "treinta y cinco" */
            int n_end;
            const figparse__lex_word *n = figparse__lex_at(w, and_end + 1, lx, &n_end);
            if (n && (last == TENS ? n->kind == FIGPARSE__LEX_UNIT && n->value < 10
                                   : (n->kind == FIGPARSE__LEX_UNIT || n->kind == FIGPARSE__LEX_TENS)))
                j = and_end + 1;
        }
    }
    if (!any)
        return false;
    if (!figparse__dec_add(total, figparse__dec_int(group), &out->value)) {
        out->overflow = true;
        return false;
    }
    out->end = end;
    out->spelled = true;
    out->article_only = last == ARTICLE;
    out->has_scale = out->scale_exp != 0;
    return true;
}

/* One lexicon entry for a single token (no phrases). */
static const figparse__lex_word *lex_one(figparse__window *w, int i, const figparse__lexicon *lx) {
    int end;
    const figparse__lex_word *e = figparse__lex_at(w, i, lx, &end);
    return e && end == i + 1 ? e : NULL;
}

static bool is_myriad_unit(const figparse__lex_word *e) {
    return e && (e->kind == FIGPARSE__LEX_SMALL || e->kind == FIGPARSE__LEX_MYRIAD);
}

/* A line-internal space at token i followed by more of a myriad number
 * (digits, a numeral or a unit). */
static bool gap_continues(figparse__window *w, int i, const figparse__lexicon *lx) {
    if (!figparse__is_gap(w, i))
        return false;
    const figparse__token *n = figparse__tok(w, i + 1);
    if (n->type == FIGPARSE__TOK_DIGITS)
        return true;
    const figparse__lex_word *e = n->type == FIGPARSE__TOK_WORD ? lex_one(w, i + 1, lx) : NULL;
    return e && (e->kind == FIGPARSE__LEX_UNIT || is_myriad_unit(e));
}

/*
 * Numbers grouped by myriads: 10조 1천억, 3億5000万, 一万五千亿, 1.02万亿,
 * 十几万. Digits (any script, with marks) and numeral characters mix freely.
 * A myriad unit larger than any before it multiplies everything read so far
 * (一万五千亿 = 15000 x 10^8); a smaller one adds its group. Korean puts a
 * space after a myriad unit ("1억 2천만"), which is allowed there.
 */
static bool read_myriad(figparse__window *w, int i, const figparse *fp, const figparse__lexicon *lx,
                        figparse__number *out) {
    figparse_decimal total = {0, 0}, section = {0, 0}, digit = {0, 0};
    bool have_digit = false, units = false, ok = true;
    int max_unit = 0, j = i, end = i;
    for (int steps = 0; steps < 32 && ok; steps++) {
        const figparse__token *t = figparse__tok(w, j);
        const figparse__lex_word *e = t->type == FIGPARSE__TOK_WORD ? lex_one(w, j, lx) : NULL;
        if (t->type == FIGPARSE__TOK_DIGITS && !have_digit) {
            figparse__number n;
            memset(&n, 0, sizeof n);
            if (!read_numeral(w, j, fp, &n) || n.overflow)
                return false;
            digit = n.value;
            have_digit = true;
            out->sep_ambiguous = out->sep_ambiguous || n.sep_ambiguous;
            j = end = n.end;
            if (figparse__is_gap(w, j) && figparse__type_at(w, j + 1) == FIGPARSE__TOK_WORD) {
                const figparse__lex_word *u = lex_one(w, j + 1, lx);
                if (u && u->kind == FIGPARSE__LEX_MYRIAD)
                    j++; /* "5 억 달러" */
            }
            continue;
        }
        if (!e)
            break;
        switch (e->kind) {
        case FIGPARSE__LEX_UNIT:
            if (have_digit || !(t->flags & FIGPARSE__TOKF_CJK))
                goto done;
            if (e->value == 0 && units)
                break; /* 零 holds an empty place: 三千零五十 is 3050 */
            digit = figparse__dec_int(e->value);
            have_digit = true;
            break;
        case FIGPARSE__LEX_SMALL: {
            figparse_decimal d = have_digit ? digit : figparse__dec_int(1);
            ok = figparse__dec_scale(&d, e->value) && figparse__dec_add(section, d, &section);
            have_digit = false;
            units = true;
            end = j + 1;
            if (gap_continues(w, j + 1, lx))
                j++; /* "7천 5백만": Korean spaces after units too */
            break;
        }
        case FIGPARSE__LEX_MYRIAD: {
            figparse_decimal group = section;
            if (have_digit)
                ok = figparse__dec_add(group, digit, &group);
            if (e->value > max_unit) {
                ok = ok && figparse__dec_add(total, group, &total) && figparse__dec_scale(&total, e->value);
                if (ok && total.coef == 0)
                    total = figparse__dec_int(1), ok = figparse__dec_scale(&total, e->value);
                max_unit = e->value;
            } else {
                ok = ok && figparse__dec_scale(&group, e->value) && figparse__dec_add(total, group, &total);
            }
            section.coef = digit.coef = 0;
            section.exp = digit.exp = 0;
            have_digit = false;
            units = true;
            end = j + 1;
            /* "1억 2천만": a space may follow a myriad unit. */
            if (gap_continues(w, j + 1, lx))
                j++;
            break;
        }
        case FIGPARSE__LEX_FEW:
            if (!units && !have_digit)
                goto done;
            out->few = true;
            break;
        case FIGPARSE__LEX_POINT: {
            /* 一点五, 일점이삼: digits after the point, one character each. */
            if (!have_digit)
                goto done;
            char buf[48];
            size_t n = figparse_decimal_format(digit, buf, sizeof buf);
            if (digit.exp < 0 || n + 2 >= sizeof buf)
                goto done;
            buf[n++] = '.';
            size_t start = n;
            int k = j + 1;
            const figparse__lex_word *d;
            while (n + 1 < sizeof buf && (d = lex_one(w, k, lx)) != NULL &&
                   d->kind == FIGPARSE__LEX_UNIT && d->value <= 9) {
                buf[n++] = (char)('0' + d->value);
                k++;
            }
            if (n == start || figparse_decimal_parse(buf, n, &digit) != FIGPARSE_OK)
                goto done;
            out->has_fraction = true;
            j = k - 1;
            break;
        }
        default:
            goto done;
        }
        j++;
        if (e->kind != FIGPARSE__LEX_MYRIAD)
            end = j;
    }
done:
    if (!ok) {
        out->overflow = true;
        out->end = end;
        return true;
    }
    /* A lone numeral character is a number in Han (五元) but not in Hangul,
     * where 이 and 삼 are also syllables of ordinary words (이전). */
    const figparse__token *first = figparse__tok(w, i);
    if (!units && figparse__is_hangul(first->cp) && !out->has_fraction) {
        /* 이달러 "two dollars" yes; 이 달러 "this dollar" no */
        const figparse__token *n = figparse__tok(w, end);
        if (!(n->flags & FIGPARSE__TOKF_CJK) || n->start != figparse__tok(w, end - 1)->end)
            return false;
    }
    if (!units && !(have_digit && first->type == FIGPARSE__TOK_WORD))
        return false;
    figparse_decimal v = total;
    if (!figparse__dec_add(v, section, &v) || (have_digit && !figparse__dec_add(v, digit, &v)))
        out->overflow = true;
    out->value = v;
    out->end = end;
    out->myriad = units;
    out->spelled = figparse__tok(w, i)->type == FIGPARSE__TOK_WORD;
    out->digits = !out->spelled;
    return true;
}

/* Whether token i is a myriad or small unit word (十, 万, 억). */
static bool myriad_follows(figparse__window *w, int i, const figparse__lexicon *lx) {
    return figparse__type_at(w, i) == FIGPARSE__TOK_WORD && is_myriad_unit(lex_one(w, i, lx));
}

/* The table that reads the CJK numeral at token i: numerals and myriads
 * belong to a script, not to the hint, so "3.5亿美元" and "10조 원" read the
 * same with any hint or none. Hangul is Korean's; Han and kana are
 * Chinese's (its table holds both 亿 and 億, 万 and 萬), or Japanese's where
 * the hint is Japanese or only Japanese has the word. */
const figparse__lexicon *figparse__script_lexicon_cjk(figparse__window *w, int i,
                                                      const figparse__lexicon *lx) {
    const figparse__token *t = figparse__tok(w, i);
    if (figparse__is_hangul(t->cp))
        return &figparse__lexicon_ko;
    /* The hint's table first when it is Japanese (強, 余), then Chinese
     * (亿, 萬, 叁), then Japanese for what only it has (壱, 弐, 参). */
    int end;
    if (lx == &figparse__lexicon_ja && figparse__lex_at(w, i, lx, &end))
        return lx;
    if (!figparse__lex_at(w, i, &figparse__lexicon_zh, &end) &&
        figparse__lex_at(w, i, &figparse__lexicon_ja, &end))
        return &figparse__lexicon_ja;
    return &figparse__lexicon_zh;
}

bool figparse__read_number(figparse__window *w, int i, const figparse *fp,
                           const figparse__lexicon *lx, figparse__number *out) {
    memset(out, 0, sizeof *out);
    const figparse__token *t = figparse__tok(w, i);
    if (t->type == FIGPARSE__TOK_WORD && (t->flags & FIGPARSE__TOKF_CJK)) {
        lx = figparse__script_lexicon(w, i, lx);
        if (!read_myriad(w, i, fp, lx, out))
            return false;
    } else if (t->type == FIGPARSE__TOK_WORD) {
        if (!read_spelled(w, i, lx, out))
            return false;
        int before = out->end;
        out->end = read_point_fraction(w, out->end, lx, &out->value, &out->overflow);
        out->has_fraction = out->end != before;
    } else if (t->type == FIGPARSE__TOK_DIGITS) {
        if (!read_numeral(w, i, fp, out))
            return false;
        /* "3億5000万", and "5 억" with a space before a myriad unit */
        int after = out->end;
        const figparse__lexicon *cjk = figparse__script_lexicon(w, after, lx);
        if (figparse__is_gap(w, after) && figparse__type_at(w, after + 1) == FIGPARSE__TOK_WORD) {
            cjk = figparse__script_lexicon(w, after + 1, lx);
            const figparse__lex_word *u = lex_one(w, after + 1, cjk);
            if (u && u->kind == FIGPARSE__LEX_MYRIAD)
                after++;
        }
        if (!out->overflow && myriad_follows(w, after, cjk)) {
            lx = cjk;
            memset(out, 0, sizeof *out);
            if (!read_myriad(w, i, fp, lx, out))
                return false;
            goto scales;
        }
        /* ",-" after a whole amount: "1.198,- Kr". */
        uint32_t p1 = figparse__punct(w, out->end), p2 = figparse__punct(w, out->end + 1);
        if (!out->has_fraction && (p1 == ',' || p1 == '.') &&
            (p2 == '-' || p2 == 0x2013 || p2 == 0x2014)) {
            out->end += 2;
        } else if (!out->has_fraction && !out->grouped) {
            int before = out->end;
            out->end = read_point_fraction(w, out->end, lx, &out->value, &out->overflow);
            out->has_fraction = out->end != before;
            out->spelled = out->has_fraction;
        }
    } else if (t->type == FIGPARSE__TOK_PUNCT && t->cp == '.' &&
               figparse__type_at(w, i + 1) == FIGPARSE__TOK_DIGITS &&
               (t->start == 0 || !(w->text[t->start - 1] >= '0' && w->text[t->start - 1] <= '9'))) {
        /* ".75": a fraction with no integer part, as prices write it. */
        int tok[1] = {0};
        out->digits = true;
        out->has_fraction = true;
        out->end = i + 2;
        if (!build(w, tok, 0, i + 1, &out->value, &out->overflow))
            return false;
    } else {
        return false;
    }
    if (out->overflow)
        return true;

scales:;
    /* Scales after the number: a suffix written straight after the digits
     * ("$60K", "1.2bn"), then scale words after a space. */
    int exp = 0;
    if (out->digits && !out->myriad) {
        const figparse__token *s = figparse__tok(w, out->end);
        char buf[16];
        size_t n;
        if (s->type == FIGPARSE__TOK_WORD && s->start == figparse__tok(w, out->end - 1)->end &&
            (n = figparse__word_lower(w, out->end, buf, sizeof buf)) > 0) {
            int e = suffix_exponent(buf, n);
            int end;
            const figparse__lex_word *lw = figparse__lex_at(w, out->end, lx, &end);
            if (e < 0 && lw && lw->kind == FIGPARSE__LEX_SCALE && end == out->end + 1)
                e = lw->value;
            if (e >= 0) {
                exp += e;
                out->end++;
            }
        }
    }
    out->end = figparse__read_scales(w, out->end, lx, &exp);
    if (exp) {
        if (!figparse__dec_scale(&out->value, exp) ||
            (out->sep_ambiguous && !figparse__dec_scale(&out->alt, exp)))
            out->overflow = true;
        out->scale_exp += exp;
    }
    out->has_scale = out->scale_exp != 0;
    out->value = figparse__dec_norm(out->value);
    if (!out->has_scale && !out->has_fraction && !out->grouped && !out->article_only &&
        out->value.coef >= 0 && out->value.coef < 100 && out->value.exp >= 0 &&
        out->value.exp <= 1) {
        /* 0..99; coef is checked first so the product cannot overflow */
        int64_t v = out->value.exp ? out->value.coef * 10 : out->value.coef;
        out->small_int = v < 100;
    }
    return true;
}
