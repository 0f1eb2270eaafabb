/*
 * window.h — internal: a bounded window of tokens the grammar reads, filled
 * lazily from a start position. Every grammar rule reads at most
 * FIGPARSE__WINDOW tokens past where it starts, which is what keeps a scan
 * linear in the length of the text whatever the text holds.
 */
#ifndef FIGPARSE_WINDOW_H
#define FIGPARSE_WINDOW_H

#include "tokenize.h"

#include <stdbool.h>
#include <string.h>

#define FIGPARSE__WINDOW 48
#define FIGPARSE__RING 64 /* a power of two above FIGPARSE__WINDOW */

/* A token's folded form is kept when it folds into this many bytes (with
 * the NUL), which is as much as any lookup asks for. */
#define FIGPARSE__FOLD_CAP 64
/* A slot's fold_n other than a folded form's length (< FIGPARSE__FOLD_CAP). */
#define FIGPARSE__FOLD_NOT_YET 128
#define FIGPARSE__FOLD_FAILED 255

/* A lookup's answer for the token in a slot: which lookup (tag: the
 * address of something of the lookup's own), its result (a pointer, a
 * number or both) and where it ended, relative to the token. */
typedef struct figparse__memo {
    const void *tag;
    const void *value;
    int64_t num;
    int end;
} figparse__memo;
#define FIGPARSE__MEMOS 6
/* A memoized lookup reads at most this many tokens past the one it is asked
 * about; it is memoized only where they all fall inside the window, so the
 * answer does not depend on where the window starts. The longest reach is
 * a designator's (money.c checks it against this at compile time). */
#define FIGPARSE__MEMO_REACH 12

/* The window keeps the last code points ICU folded (one per slot, by the
 * code point's low bits), whose folded form fits FIGPARSE__FOLD_MEMO_BYTES:
 * mojibake repeats a few ("Ÿ" of "๐Ÿ", "Ã" of "Ã©"), and each fold is
 * ICU's normalization of one code point, ~1,300 instructions. */
#define FIGPARSE__FOLD_MEMOS 4
#define FIGPARSE__FOLD_MEMO_BYTES 12
typedef struct figparse__fold_memo {
    uint8_t filled; /* a bit per slot: the slots below hold a code point's fold */
    uint32_t cp[FIGPARSE__FOLD_MEMOS];
    uint8_t len[FIGPARSE__FOLD_MEMOS];
    char folded[FIGPARSE__FOLD_MEMOS][FIGPARSE__FOLD_MEMO_BYTES];
} figparse__fold_memo;

/* What the grammar asked of a slot's token already, so that a token is
 * folded and looked up once however many attempts read it: its folded form
 * (fold_n: its length, FIGPARSE__FOLD_NOT_YET or FIGPARSE__FOLD_FAILED),
 * the number of memos of lookups (see figparse__memo_get()), and the date
 * grammar's date-word answer (date.c dword_kind_at(); 0 not asked): its
 * most asked lookup, a memo of its own so that a repeated question is one
 * load and a test, kept under figparse__memo_ok() as a memo is. */
typedef struct figparse__asked {
    uint8_t fold_n;
    uint8_t nmemo;
    uint16_t dword;
} figparse__asked;

typedef struct figparse__window {
    const char *text;
    size_t len;
    size_t start; /* byte offset of token 0 */
    int filled;   /* tokens 0..filled-1 are known */
    /* The slot of token 0. The tokens never wrap around the ring: head +
     * FIGPARSE__WINDOW <= FIGPARSE__RING (figparse__window_shift() moves
     * them down when they would), so token i is first[i]. A window is not
     * copied: first points into it. */
    int head;
    figparse__token *first; /* &tok[head] */
    /* The parser's filters (see tokenize.h), or NULL: every word may matter.
     * words: lexicon and date words; signs: currency names and signs. */
    const uint64_t *words, *signs;
    /* Per table, or NULL: first words of the lexicons' words, the date
     * words, the month and weekday names (figparse__may_key()). */
    const uint64_t *lexwords, *dwords, *dnames;
    const uint64_t *lexstarts; /* the first two bytes of the lexicons' words, or NULL */
    /* First words of the keys longer than their first word, per table. */
    const uint64_t *lexwords_longer, *dnames_longer;
    /* The first words of every date but a holiday, and of the lexicons. */
    const uint64_t *dstarts;
    const uint64_t *hwords; /* the first words of the holiday names */
    const uint64_t *dnext;  /* what a date may read past its first word */
    /* The parser the filters above belong to: for its exact tables (the
     * date words' hash table, which the date grammar needs). NULL only in
     * windows opened without a parser (check_number's). */
    const struct figparse *parser;
    figparse__token tok[FIGPARSE__RING]; /* a ring: token i is tok[head + i] */
    /* Per slot, what the grammar asked of the token already (see
     * figparse__asked): cleared with one store when a token is read in. */
    figparse__asked asked[FIGPARSE__RING];
    /* With the folded form, its figparse__word_hash() and whether it is
     * letters alone (ASCII a-z or bytes >= 0x80): what every filter asks. */
    uint8_t fold_letters[FIGPARSE__RING];
    uint32_t fold_hash[FIGPARSE__RING];
    char fold[FIGPARSE__RING][FIGPARSE__FOLD_CAP];
    figparse__memo memo[FIGPARSE__RING][FIGPARSE__MEMOS];
    /* Kept for the whole text: a restart keeps it (a fold is the code
     * point's alone). */
    figparse__fold_memo fold_memo;
} figparse__window;

static inline void figparse__window_init(figparse__window *w, const char *text, size_t len,
                                         size_t start) {
    w->text = text;
    w->len = len;
    w->start = start;
    w->filled = 0;
    w->head = 0;
    w->first = w->tok;
    w->words = w->signs = NULL;
    w->lexwords = w->dwords = w->dnames = w->lexstarts = NULL;
    w->lexwords_longer = w->dnames_longer = NULL;
    w->dstarts = w->hwords = w->dnext = NULL;
    w->parser = NULL;
    w->fold_memo.filled = 0;
}

/* Moves an initialised window to a new start, keeping its text and filters
 * (figparse__window_init() without setting them again). */
static inline void figparse__window_restart(figparse__window *w, size_t start) {
    w->start = start;
    w->filled = 0;
    w->head = 0;
    w->first = w->tok;
}

/* The ring slot of token i (0 <= i < FIGPARSE__WINDOW): the tokens never
 * wrap around the ring, so it is head + i, without a mask. */
static inline int figparse__slot_of(const figparse__window *w, int i) { return w->head + i; }

/* Clears what the grammar asked of a slot's token, for a token read into
 * it: one four-byte store (gcc merges no field stores, nor a compound
 * literal's). */
static inline void figparse__asked_none(figparse__window *w, int slot) {
    static const figparse__asked none = {FIGPARSE__FOLD_NOT_YET, 0, 0};
    memcpy(&w->asked[slot], &none, sizeof none);
}

static inline figparse__token *figparse__slot(figparse__window *w, int i) {
    return &w->tok[figparse__slot_of(w, i)];
}

/* Restarts the window at token t, which the caller has read as
 * figparse__token_at() would (tokenize.c): t becomes token 0. */
void figparse__window_start_at(figparse__window *w, const figparse__token *t);

/* figparse__tok() of a token not read yet (tokenize.c): reads the tokens
 * up to it as figparse__token_at() gives them; an ASCII word gets its
 * folded form and hash in its slot at once. */
const figparse__token *figparse__window_fill(figparse__window *w, int i);

/* Token i of the window; an END token past the text or past the window.
 * Nearly every call is of a token already read (filled <= WINDOW): that
 * test alone is inline, so that compilers inline it everywhere (at -O3 gcc
 * kept the whole reader out of line, a call per token read). */
static inline const figparse__token *figparse__tok(figparse__window *w, int i) {
    if ((unsigned)i < (unsigned)w->filled)
        return w->first + i;
    return figparse__window_fill(w, i);
}

/* Moves tokens n..filled-1 with what their slots keep to slots 0.., head
 * to 0, for figparse__window_shift() (tokenize.c). */
void figparse__window_move_down(figparse__window *w, int n);

/* Moves the window's start to token n, keeping the tokens already read past
 * it, so that a scan walking the text never reads a token twice. False when
 * token n has not been read (the caller starts a new window instead). */
static inline bool figparse__window_shift(figparse__window *w, int n) {
    if (n <= 0 || n >= w->filled)
        return false;
    w->start = figparse__slot(w, n)->start;
    if (w->head + n > FIGPARSE__RING - FIGPARSE__WINDOW)
        figparse__window_move_down(w, n);
    else
        w->head += n;
    w->filled -= n;
    w->first = &w->tok[w->head];
    return true;
}

/* Moves the window's start to the token read so far that starts at byte
 * pos, as figparse__window_shift() does; false when there is none. */
static inline bool figparse__window_seek(figparse__window *w, size_t pos) {
    for (int k = 1; k < w->filled; k++) {
        size_t start = figparse__slot(w, k)->start;
        if (start == pos && figparse__slot(w, k)->type != FIGPARSE__TOK_END)
            return figparse__window_shift(w, k);
        if (start > pos)
            break;
    }
    return false;
}

static inline int figparse__type_at(figparse__window *w, int i) { return figparse__tok(w, i)->type; }

/* Folds word token i into its slot (figparse__fold_token()), with its
 * hash and whether it is letters alone, for a token
 * figparse__window_fill() did not fold; returns the slot's fold_n. */
unsigned figparse__window_fold(figparse__window *w, int i);

/* The folded form of word token i (figparse__fold_token()), folded once
 * per token; NULL when token i is not a word or does not fold into
 * FIGPARSE__FOLD_CAP bytes. Not NUL-terminated. */
static inline const char *figparse__folded(figparse__window *w, int i, size_t *n) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type != FIGPARSE__TOK_WORD) /* also i outside the window: END */
        return NULL;
    int slot = figparse__slot_of(w, i);
    unsigned fn = w->asked[slot].fold_n;
    if (fn >= FIGPARSE__FOLD_CAP) { /* one test for "not folded yet" and "failed" */
        if (fn == FIGPARSE__FOLD_NOT_YET)
            fn = figparse__window_fold(w, i);
        if (fn == FIGPARSE__FOLD_FAILED)
            return NULL;
    }
    *n = fn;
    return w->fold[slot];
}

/* figparse__folded() with the folded form's hash and whether it is letters
 * alone, kept with it. */
static inline const char *figparse__folded_hash(figparse__window *w, int i, size_t *n, uint32_t *hash,
                                                bool *letters) {
    const char *f = figparse__folded(w, i, n);
    if (f) {
        int slot = figparse__slot_of(w, i);
        *hash = w->fold_hash[slot];
        *letters = w->fold_letters[slot] != 0;
    }
    return f;
}

/* Whether lookups about token i may be memoized: all the tokens they read
 * (FIGPARSE__MEMO_REACH past it) are inside the window. */
static inline bool figparse__memo_ok(const figparse__window *w, int i) {
    int upto = w->filled < FIGPARSE__WINDOW - FIGPARSE__MEMO_REACH ? w->filled
                                                                   : FIGPARSE__WINDOW - FIGPARSE__MEMO_REACH;
    return (unsigned)i < (unsigned)upto; /* and i >= 0 */
}

/* The memo of lookup tag about token i, or NULL when it was not asked yet
 * (or cannot be memoized). Its end is relative to i. */
static inline const figparse__memo *figparse__memo_get(figparse__window *w, int i, const void *tag) {
    if (!figparse__memo_ok(w, i))
        return NULL;
    int slot = figparse__slot_of(w, i);
    for (int k = 0; k < w->asked[slot].nmemo; k++)
        if (w->memo[slot][k].tag == tag)
            return &w->memo[slot][k];
    return NULL;
}

/* Keeps the answer of lookup tag about token i (end absolute), while the
 * token has room for it. */
static inline void figparse__memo_put(figparse__window *w, int i, const void *tag,
                                      const void *value, int64_t num, int end) {
    if (!figparse__memo_ok(w, i))
        return;
    int slot = figparse__slot_of(w, i);
    if (w->asked[slot].nmemo >= FIGPARSE__MEMOS)
        return;
    figparse__memo *m = &w->memo[slot][w->asked[slot].nmemo++];
    m->tag = tag;
    m->value = value;
    m->num = num;
    m->end = end - i;
}

/* Whether word token i may begin a key of a table whose first words are
 * in filter (one of the window's): false only when its folded form is
 * letters alone, so that it is the whole first word (as
 * figparse__filter_add_key() cuts it) of any key that begins with it
 * ("more" of "more than", "sept" of "sept."), and that word's bit is clear.
 * CJK tokens, which keys join without a space, are always asked. */
static inline bool figparse__may_key(figparse__window *w, int i, const uint64_t *filter) {
    if (!filter || (figparse__tok(w, i)->flags & FIGPARSE__TOKF_CJK))
        return true;
    size_t n = 0;
    uint32_t h = 0;
    bool letters = false;
    if (!figparse__folded_hash(w, i, &n, &h, &letters) || !letters)
        return true;
    return figparse__filter_has(filter, h);
}

enum { FIGPARSE__KNOWN_ASKED = 1, FIGPARSE__KNOWN_WORD = 2, FIGPARSE__KNOWN_SIGN = 4 };

/* figparse__known() for a word token not asked yet (tokenize.c), or of a
 * window without filters, whose tokens are never asked. */
unsigned figparse__window_known(figparse__window *w, int i);

/* The filters' verdict on token i (FIGPARSE__KNOWN_* bits), computed once
 * per token: a word whose folded form is in neither filter starts nothing.
 * Without filters (w->words NULL) every word may matter. */
static inline unsigned figparse__known(figparse__window *w, int i) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type != FIGPARSE__TOK_WORD) /* also i outside the window: END */
        return FIGPARSE__KNOWN_WORD | FIGPARSE__KNOWN_SIGN;
    if (t->known) /* never set without filters */
        return t->known;
    return figparse__window_known(w, i);
}

static inline bool figparse__word_known(figparse__window *w, int i) {
    return (figparse__known(w, i) & FIGPARSE__KNOWN_WORD) != 0;
}

static inline bool figparse__sign_known(figparse__window *w, int i) {
    return (figparse__known(w, i) & FIGPARSE__KNOWN_SIGN) != 0;
}

/* A single, line-internal space between two tokens. */
static inline bool figparse__is_gap(figparse__window *w, int i) {
    const figparse__token *t = figparse__tok(w, i);
    return t->type == FIGPARSE__TOK_SPACE && !(t->flags & FIGPARSE__TOKF_NEWLINE);
}

/* i itself when it is not a space; i+1 after a line-internal space. */
static inline int figparse__skip_gap(figparse__window *w, int i) {
    return figparse__is_gap(w, i) ? i + 1 : i;
}

/* The punctuation code point of token i, or 0. */
static inline uint32_t figparse__punct(figparse__window *w, int i) {
    const figparse__token *t = figparse__tok(w, i);
    return t->type == FIGPARSE__TOK_PUNCT ? t->cp : 0;
}

#endif
