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

#define FIGPARSE__WINDOW 48

typedef struct figparse__window {
    const char *text;
    size_t len;
    size_t start; /* byte offset of token 0 */
    int filled;   /* tokens 0..filled-1 are known */
    figparse__token tok[FIGPARSE__WINDOW];
} figparse__window;

static inline void figparse__window_init(figparse__window *w, const char *text, size_t len,
                                         size_t start) {
    w->text = text;
    w->len = len;
    w->start = start;
    w->filled = 0;
}

/* Token i of the window; an END token past the text or past the window. */
static inline const figparse__token *figparse__tok(figparse__window *w, int i) {
    static const figparse__token end = {0, 0, 0, 0, FIGPARSE__TOK_END, 0};
    if (i < 0 || i >= FIGPARSE__WINDOW)
        return &end;
    int k = w->filled > 0 ? w->filled : 0;
    for (; k <= i && k < FIGPARSE__WINDOW; k++) {
        if (k > 0 && w->tok[k - 1].type == FIGPARSE__TOK_END) {
            w->tok[k] = w->tok[k - 1]; /* past the text: more END */
        } else {
            size_t pos = k > 0 ? w->tok[k - 1].end : w->start;
            figparse__token_at(w->text, w->len, pos, &w->tok[k]);
        }
    }
    if (k > w->filled)
        w->filled = k;
    return &w->tok[i];
}

static inline int figparse__type_at(figparse__window *w, int i) { return figparse__tok(w, i)->type; }

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
