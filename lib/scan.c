/*
 * scan.c — drives the stages over a text: the scan iterator, the array
 * form built on it, and the one-string parser.
 *
 * The scan walks the text token by token. At each token that can start a
 * figure it fills a bounded window and asks the grammar for a figure; on a
 * match it jumps past it, otherwise it moves one token on. Each attempt reads
 * at most FIGPARSE__WINDOW tokens, so a scan is linear in the text. The scan
 * remembers what the document said (currencies named, the previous figure)
 * so later figures can lean on it.
 */
#include "internal.h"

#include "currency.h"
#include "date.h"
#include "lexicon.h"
#include "money.h"
#include "number.h"
#include "tokenize.h"
#include "window.h"

#include <string.h>
#ifdef FIGPARSE_SCAN_CHECK_LEADS /* the check build's report */
#include <stdio.h>
#include <stdlib.h>
#endif

/* The refused-lead memo: slots, the longest word it keeps, and what it
 * notes of a word of the sign filter (sign_lead_may_pass()). */
enum { SIGN_LEAD = 1, AFTER_APOSTROPHE = 2 };
#define REFUSED_LEADS 512
#define REFUSED_LEAD_MAX 14
#define REFUSED_PAIRS 512

struct figparse_scan {
    const figparse *fp;
    const char *text;
    size_t len;
    size_t pos;           /* where the search for the next figure starts */
    uint32_t count;       /* figures returned since the reset */
    size_t prev_end;      /* end of the previous figure, or SIZE_MAX */
    uint32_t prev_index;
    figparse_figure figure; /* the record handed out */
    figparse__window window;
    uint8_t *seen;        /* bit per currency row: named in this document */
    size_t seen_bytes;
    int order;            /* numeric dates: 0 unknown, 1 day first, 2 month first */
    uint32_t seen_gen;    /* changes with every reset and every bit seen gains */
    /* ASCII words (as written) that both grammars refused to start at
     * before a space and an ordinary word (see lead_refused()). Their
     * answer depends on the parser alone, so it outlives a reset. */
    struct refused_lead {
        uint8_t n;    /* 0: an empty slot */
        uint8_t sign; /* a word of the sign filter: SIGN_LEAD, | AFTER_APOSTROPHE as kept */
        char word[REFUSED_LEAD_MAX];
        uint32_t gen; /* seen_gen when it was kept */
    } refused[REFUSED_LEADS];
    /* Pairs of ASCII words "W x" (as written) at whose W both grammars
     * refused before a space and an ordinary word ("in the city"): see
     * pair_refused(). Their bytes without the space; W's are the first
     * split. */
    struct refused_pair {
        uint8_t n, split; /* 0: an empty slot */
        char words[REFUSED_LEAD_MAX];
    } pairs[REFUSED_PAIRS];
};

static const figparse__lexicon *lexicon_for(const figparse *fp) { return fp->words; }

void figparse__window_open(figparse__window *w, const figparse *fp, const char *text, size_t len,
                           size_t start) {
    figparse__window_init(w, text, len, start);
    w->words = fp->word_filter;
    w->signs = fp->sign_filter;
    w->lexwords = fp->lex_filter;
    w->dwords = fp->dword_filter;
    w->dnames = fp->dname_filter;
    w->lexstarts = fp->lex_start_filter;
    w->lexwords_longer = fp->lex_longer_filter;
    w->dnames_longer = fp->dname_longer_filter;
    w->dstarts = fp->dstart_filter;
    w->hwords = fp->holiday_filter;
    w->dnext = fp->dnext_filter;
    w->parser = fp;
}

figparse_scan *figparse_scan_new(const figparse *fp, figparse_status *status) {
    if (!fp) {
        if (status)
            *status = FIGPARSE_EINVAL;
        return NULL;
    }
    figparse_scan *s = figparse__malloc(&fp->alloc, sizeof *s);
    size_t seen_bytes = (figparse__currency_count + 7) / 8;
    uint8_t *seen = s ? figparse__malloc(&fp->alloc, seen_bytes) : NULL;
    if (!s || !seen) {
        figparse__free(&fp->alloc, s);
        if (status)
            *status = FIGPARSE_ENOMEM;
        return NULL;
    }
    memset(s, 0, sizeof *s);
    s->fp = fp;
    s->seen = seen;
    s->seen_bytes = seen_bytes;
    figparse_scan_reset(s, "", 0);
    if (status)
        *status = FIGPARSE_OK;
    return s;
}

void figparse_scan_free(figparse_scan *scan) {
    if (!scan)
        return;
    const figparse_allocator *a = &scan->fp->alloc;
    figparse__free(a, scan->seen);
    figparse__free(a, scan);
}

figparse_status figparse_scan_reset(figparse_scan *scan, const char *text, size_t len) {
    if (!scan || (!text && len > 0))
        return FIGPARSE_EINVAL;
    scan->text = text ? text : "";
    scan->len = len;
    scan->pos = 0;
    scan->count = 0;
    scan->prev_end = SIZE_MAX;
    scan->prev_index = 0;
    scan->order = 0;
    figparse__window_open(&scan->window, scan->fp, scan->text, len, 0);
    memset(scan->seen, 0, scan->seen_bytes);
    scan->seen_gen++; /* the memo's words of the sign filter were kept for the last text */
    return FIGPARSE_OK;
}

/* Whether the text between the previous figure and this one makes this one
 * a restatement of it: "10.1 trillion won (approximately USD 7.27 billion)". */
static bool restates_previous(const figparse_scan *s, size_t start) {
    if (s->prev_end == SIZE_MAX || s->prev_end > start)
        return false;
    bool open = false;
    for (size_t p = s->prev_end; p < start; p++) {
        unsigned char c = (unsigned char)s->text[p];
        if (c == ' ' || c == '\t')
            continue;
        if ((c == '(' || c == '[') && !open) {
            open = true;
            continue;
        }
        return false;
    }
    return open;
}

/* A letter or digit right before pos: a figure cannot start inside a word. */
static bool inside_word(const char *text, size_t pos) {
    if (pos == 0)
        return false;
    unsigned char c = (unsigned char)text[pos - 1];
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Languages that write numbers as one word ("siebenhundert"): whether
 * the word buf[0, n) begins with a number word (of 3 to 8 bytes). */
static bool number_word_prefix(const figparse *fp, const char *buf, size_t n) {
    uint32_t hp = FIGPARSE__HASH_INIT;
    for (size_t k = 1; k <= 8 && k < n; k++) {
        hp = figparse__hash_byte(hp, figparse__lower((unsigned char)buf[k - 1]));
        if (k >= 3 && figparse__filter_has(fp->word_filter, figparse__hash_end(hp)))
            return true;
    }
    return false;
}

/* Whether a word folded to buf[0, n) (of hash h) may start a figure by
 * more than the word filter: the sign filter, or a number word prefixed
 * (see above). buf may also be an ASCII word as written: the prefixes are
 * hashed lowered, as they fold. */
static inline bool may_start_beyond_word_filter(const figparse *fp, const char *buf, size_t n, uint32_t h) {
    return figparse__sign_filter_has(fp->sign_filter, h) ||
           (fp->words != &figparse__lexicon_en && n >= 6 && number_word_prefix(fp, buf, n));
}

/* Whether a word folded to buf[0, n) (of hash h) is in the parser's
 * filters. Inline: the skip and the scan ask it of nearly every word. */
static inline bool folded_may_start(const figparse *fp, const char *buf, size_t n, uint32_t h) {
    return figparse__filter_has(fp->word_filter, h) || may_start_beyond_word_filter(fp, buf, n, h);
}

/* Whether the word at the window's token 0 can start a figure: its folded
 * form's hash (the window keeps both) is in the parser's word filter, or
 * it is a million-prefixed code ("MUSD"). */
static bool word_may_start(figparse_scan *s, const figparse__token *t) {
    if (!(t->flags & FIGPARSE__TOKF_CJK) && inside_word(s->text, t->start))
        return false;
    if ((t->flags & FIGPARSE__TOKF_ASCII) && t->end - t->start == 4 && s->text[t->start] == 'M' &&
        !(t->flags & FIGPARSE__TOKF_LOWER))
        return true;
    size_t n = 0;
    uint32_t h = 0;
    bool letters;
    const char *buf = figparse__folded_hash(&s->window, 0, &n, &h, &letters);
    return buf && folded_may_start(s->fp, buf, n, h);
}

/* ---- the fast skip -------------------------------------------------------- */

/* What a byte of ASCII can begin, for the skip below. */
enum { B_STOP, B_SPACE, B_LETTER, B_SKIP, B_SIGN };

/* ASCII bytes by what the skip does with the token they begin: stop (digits,
 * '$' and every byte >= 0x80), pass a run of spaces, read a word, pass one
 * byte (other punctuation and controls, which start nothing), or look at
 * the byte after one of the signs a figure may start with ("-$5", "($1)",
 * "~5", ".75"), which start one only before some tokens
 * (sign_may_start()). Mirrors the tokenizer's ASCII classes (tokenize.c)
 * and the test in scan_figures(). */
static const unsigned char skip_class[256] = {
    /* controls: one TOK_OTHER byte each, but \t..\r are spaces */
    B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP,
    B_SKIP, B_SPACE, B_SPACE, B_SPACE, B_SPACE, B_SPACE, B_SKIP, B_SKIP,
    B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP,
    B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP,
    /* ' ' ! " # $ % & ' */
    B_SPACE, B_SKIP, B_SKIP, B_SKIP, B_STOP, B_SKIP, B_SKIP, B_SKIP,
    /* ( ) * + , - . / */
    B_SIGN, B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SIGN, B_SIGN, B_SKIP,
    /* 0-9 : ; < = > ? */
    B_STOP, B_STOP, B_STOP, B_STOP, B_STOP, B_STOP, B_STOP, B_STOP,
    B_STOP, B_STOP, B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP,
    /* @ A-Z [ \ ] ^ _ */
    B_SKIP, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER,
    B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER,
    B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER,
    B_LETTER, B_LETTER, B_LETTER, B_SKIP, B_SKIP, B_SKIP, B_SKIP, B_SKIP,
    /* ` a-z { | } ~ DEL */
    B_SKIP, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER,
    B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER,
    B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER, B_LETTER,
    B_LETTER, B_LETTER, B_LETTER, B_SKIP, B_SKIP, B_SKIP, B_SIGN, B_SKIP,
    /* 0x80..0xFF: B_STOP (0): the tokenizer's slow path decides */
};

/* Whether the sign u[pos] ('(', '-', '.' or '~') may start a figure, by
 * the byte after it: the test of figparse__money_may_start() for a
 * punctuation token, which the date grammar never starts at. A minus
 * starts one touching digits or a currency symbol ("-5", "-$5"), a point
 * touching digits (".75"), '(' and '~' touching anything but space
 * ("($1,234)", "~5"). A byte >= 0x80 may begin a digit or a symbol of
 * another script, or a space the tokenizer knows: those the token path
 * decides. */
static bool sign_may_start(const unsigned char *u, size_t pos, size_t len) {
    if (pos + 1 >= len)
        return u[pos] == '(' || u[pos] == '~'; /* END is no space */
    unsigned char next = u[pos + 1];
    if (next >= 0x80)
        return true;
    switch (u[pos]) {
    case '-':
        return (next >= '0' && next <= '9') || next == '$';
    case '.':
        return next >= '0' && next <= '9';
    default:
        return skip_class[next] != B_SPACE;
    }
}

/* Whether the ASCII word text[p, q) (no letter or byte >= 0x80 follows it,
 * no letter or digit precedes it) may start a figure: word_may_start() for
 * a word that folds by lowering its bytes, without building the token. h
 * is the hash of its folded form (figparse__ascii_letters()). */
static inline bool ascii_word_may_start(const figparse_scan *s, size_t p, size_t q, uint32_t h) {
    const char *text = s->text;
    size_t n = q - p;
    if (n == 4 && text[p] == 'M' &&
        !(figparse__ascii_cases((const unsigned char *)text, p, q, s->len) & FIGPARSE__TOKF_LOWER))
        return true; /* "MUSD" */
    if (n >= FIGPARSE__FOLD_CAP) /* figparse__fold_token() into the ring's slot fails */
        return false;
    return folded_may_start(s->fp, text + p, n, h);
}

/* ---- leads refused before an ordinary word ------------------------------- */

/* A third of the positions the grammar is asked at are a word such as
 * "the", "in" or "and" followed by one space and a word no rule knows
 * ("the city", "and said"), and both gates refuse nearly all of them. What
 * the rules can learn of that second word is only what the parser's
 * filters say of it: no lookup finds it as any word of a key (the sign
 * filter, and figparse.any_word_filter, which also holds the words date
 * rules read past a first word), it is no number word of one piece (the
 * compound tests) and no "MUSD" (ordinary_word()). So the gates answer
 * alike at "W x" for every ordinary word x: once both have refused W before
 * one, the scan passes W and x without asking (lead_refused()); x starts
 * nothing, not being in the word filter. The memo is keyed by
 * W's bytes as written, since some rules read case; a W in the sign
 * filter, where a designator may start, whose reading leans on more than
 * the filters, is kept and passed only where that reading cannot tell one
 * x from another (sign_lead_may_pass()); and W stands further from the end of the text than a short
 * field reaches (FIGPARSE__DATE_SHORT_FIELD), the one gate test that looks
 * at more than the tokens from W on. Building with
 * -DFIGPARSE_SCAN_CHECK_LEADS asks the gates anyway and aborts where one
 * would not have refused. */

/* Whether u[q] begins a possessive "'s" or "’s" that ends a word there
 * ("Korea's"). After an ordinary word it tells the rules nothing more:
 * the holiday names read the word and its "s" as one word
 * (holiday.c name_word(): "valentine's" is "valentines"), and every
 * filter of later words holds each name word without its final "s"
 * (figparse__holiday_later_words()), so the word joined to its "s" is no
 * name's word when the word alone is in no filter; the date rules that
 * read "'s" do so after a unit ("next year's"), a word no ordinary one is. */
static bool possessive_at(const unsigned char *u, size_t q, size_t len) {
    size_t k;
    if (u[q] == '\'')
        k = q + 1;
    else if (len - q >= 3 && u[q] == 0xE2 && u[q + 1] == 0x80 && u[q + 2] == 0x99) /* U+2019 */
        k = q + 3;
    else
        return false;
    if (k >= len || (u[k] | 0x20) != 's')
        return false;
    return k + 1 == len || (skip_class[u[k + 1]] != B_LETTER && skip_class[u[k + 1]] != B_STOP &&
                            u[k + 1] != '\'');
}

/* Whether the ASCII letters text[p, q) (lowered hash h) are an ordinary
 * word, as above: a whole word (no letter, digit, apostrophe or byte >=
 * 0x80 after it) that folds into a window slot, starts nothing by the skip's test and
 * is in none of the filters the rules read a later word through. */
static bool ordinary_word(const figparse_scan *s, size_t p, size_t q, uint32_t h) {
    const figparse *fp = s->fp;
    const unsigned char *u = (const unsigned char *)s->text;
    size_t n = q - p;
    if (n == 0 || n + 1 >= FIGPARSE__FOLD_CAP ||
        (q < s->len && (u[q] >= 0x80 || (u[q] >= '0' && u[q] <= '9') || u[q] == '\'') &&
         !possessive_at(u, q, s->len)))
        return false; /* an apostrophe: holiday names read "Ha'atzmaut" as one word */
    /* any_word_filter holds the word filter's words (check_tables) */
    if ((n == 4 && u[p] == 'M') || figparse__filter_has(fp->any_word_filter, h) ||
        may_start_beyond_word_filter(fp, s->text + p, n, h))
        return false;
    /* the compound tests read the folded form's first two bytes, of a
     * word long enough (an inline test: most words are shorter) */
    if (n < FIGPARSE__COMPOUND_MIN_BYTES)
        return true;
    char first[2] = {(char)figparse__lower(u[p]), (char)figparse__lower(u[p + 1])};
    return !figparse__compound_may_begin(fp, first, n);
}

/* Whether text[q] is one space followed by an ordinary word; *after: the
 * word's end, *hx: its lowered hash. */
static bool ordinary_word_follows(const figparse_scan *s, size_t q, size_t *after, uint32_t *hx) {
    const unsigned char *u = (const unsigned char *)s->text;
    if (q + 1 >= s->len || u[q] != ' ' || skip_class[u[q + 1]] != B_LETTER)
        return false;
    uint32_t h;
    size_t end = figparse__ascii_letters(u, q + 1, s->len, &h);
    if (!ordinary_word(s, q + 1, end, h))
        return false;
    *after = end;
    *hx = h;
    return true;
}

/* Whether the ordinary word text[x, after) is also plain to the money
 * gate (money.c plain_word()), which asks, of the word after a designator
 * ("MUSD sync" begins no amount, "MUSD paiement" may), whether a word long
 * enough for a compound number word begins as a lexicon word does. */
static bool plain_after(const figparse_scan *s, size_t x, size_t after) {
    if (after - x < FIGPARSE__COMPOUND_MIN_BYTES)
        return true;
    char first[2] = {(char)figparse__lower((unsigned char)s->text[x]), (char)figparse__lower((unsigned char)s->text[x + 1])};
    return !figparse__starts_like_lexicon_word(s->fp->lex_start_filter, first);
}

/* A word W of the sign filter or a "MUSD" (text[p, ...), lowered hash h) may start a
 * currency name or sign, which match_designator() reads further than the
 * filters: it looks back for an apostrophe ("Korea's"), resolves a
 * designator by the currencies the document named (seen), walks a name
 * over the words after W, and reads a per-language sign's words. So such
 * a W is kept, and passed, before the ordinary word x (text[x, after), of
 * lowered hash hx) only where none of that can tell one x from another:
 * no key goes on past W and a space (sign_spaced_filter, which
 * match_designator()'s one-token reading asks), or else no per-language
 * sign begins with W (extra_filter), no name begins with
 * "W x" (name_goes_on()'s pair filter), no '$' after x (name_goes_on()
 * reads on then), and the seen currencies are as when it was kept
 * (seen_gen, checked by the caller). An apostrophe before W only takes
 * designators away ("Korea's": after_apostrophe()), so a W refused without
 * one is refused after one too, but not the other way round
 * (AFTER_APOSTROPHE). */
static bool sign_lead_may_pass(const figparse_scan *s, uint32_t h, size_t x, size_t after, uint32_t hx) {
    const unsigned char *u = (const unsigned char *)s->text;
    if (!plain_after(s, x, after))
        return false;
    if (!figparse__sign_filter_has(s->fp->sign_spaced_filter, h))
        return true; /* no key goes on past W and a space: W alone or "W." is all it reads */
    return !(after < s->len && u[after] == '$') && !figparse__filter_has(s->fp->extra_filter, h) &&
           !figparse__name_pair_may_begin(s->fp, h, hx);
}

/* A million-prefixed code ("MUSD", money.c million_code_at()), a
 * designator outside the sign filter. */
static bool designator_shape(const figparse_scan *s, size_t p, size_t q) {
    return q - p == 4 && s->text[p] == 'M' &&
           !(figparse__ascii_cases((const unsigned char *)s->text, p, q, s->len) & FIGPARSE__TOKF_LOWER);
}

/* Whether the ASCII word text[p, q) (lowered hash h) may start a
 * designator: a word of the sign filter or a million-prefixed code. */
static bool designator_word(const figparse_scan *s, size_t p, size_t q, uint32_t h) {
    return figparse__sign_filter_has(s->fp->sign_filter, h) || designator_shape(s, p, q);
}

/* An apostrophe (' or ’) right before text[p], as after_apostrophe() reads. */
static bool apostrophe_before(const figparse_scan *s, size_t p) {
    const unsigned char *u = (const unsigned char *)s->text;
    return (p >= 1 && u[p - 1] == '\'') || (p >= 3 && u[p - 3] == 0xE2 && u[p - 2] == 0x80 && u[p - 1] == 0x99);
}

/* Whether the n bytes kept (n <= REFUSED_LEAD_MAX, in a memo slot of
 * REFUSED_LEAD_MAX bytes) are text[p, p + n), where the text has more than
 * a short field (over 16 bytes) from p: two eight-byte compares at most,
 * no byte loop and no library call. */
_Static_assert(REFUSED_LEAD_MAX >= 8 && REFUSED_LEAD_MAX <= 16 && FIGPARSE__DATE_SHORT_FIELD >= 16,
               "kept_bytes_equal() reads eight bytes of a slot and sixteen of the text");

static bool kept_bytes_equal(const char *kept, const char *text, size_t n) {
    uint64_t a, b;
    memcpy(&a, kept, 8);
    memcpy(&b, text, 8);
    if (n > 8) {
        if (a != b)
            return false;
        memcpy(&a, kept + n - 8, 8);
        memcpy(&b, text + n - 8, 8);
        return a == b;
    }
    unsigned past = (unsigned)(8 - n) * 8; /* the bits of the bytes past n */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    uint64_t mask = ~UINT64_C(0) << past;
#else
    uint64_t mask = ~UINT64_C(0) >> past;
#endif
    return ((a ^ b) & mask) == 0;
}

/* The memo's slot for the ASCII word w[0, n) of lowered hash h: its first
 * byte as written keeps "The" and "the" apart. */
static struct refused_lead *refused_slot(figparse_scan *s, const char *w, uint32_t h) {
    return &s->refused[(h ^ (unsigned char)w[0]) & (REFUSED_LEADS - 1)];
}

/* ---- pairs refused before an ordinary word ------------------------------ */

/* The commonest asks the memo above cannot pass are a lead before another
 * word the filters know, then an ordinary word: "in the city", "of the
 * world", "and a few". The argument above carries over to the pair: the
 * gates at W read x as written and what the filters say of the ordinary
 * word y after it, which is alike for every ordinary y. So once both gates
 * have refused W before "x y", the scan passes W there without asking,
 * keyed by W and x as written. It passes W alone: x itself is asked or
 * passed by its own lookups. Neither W nor x may be a word of the sign
 * filter or a "MUSD", whose readings lean on more than the filters
 * (sign_lead_may_pass()); the check build asks the gates anyway. */

/* The ASCII word after text[q] and one space, when a pair may be keyed by
 * it (see above): it ends at a space, and it is no word of the sign filter
 * and no "MUSD". *x_end and *hx: its end and lowered hash. */
static bool pair_second_word(const figparse_scan *s, size_t q, size_t *x_end, uint32_t *hx) {
    const unsigned char *u = (const unsigned char *)s->text;
    if (q + 1 >= s->len || u[q] != ' ' || skip_class[u[q + 1]] != B_LETTER)
        return false;
    size_t e = figparse__ascii_letters(u, q + 1, s->len, hx);
    if (e >= s->len || u[e] != ' ' || designator_word(s, q + 1, e, *hx))
        return false;
    *x_end = e;
    return true;
}

/* The pair memo's slot for W = text[p, q) of lowered hash h and the word x
 * after it and a space, by x's first bytes as written, so that a lookup
 * that misses costs no hash of x. */
static struct refused_pair *pair_slot(figparse_scan *s, size_t p, size_t q, uint32_t h) {
    const unsigned char *u = (const unsigned char *)s->text;
    uint32_t x = u[q + 1] | (q + 2 < s->len ? (uint32_t)u[q + 2] << 8 : 0); /* q + 1 < len */
    return &s->pairs[((h * 0x9E3779B1u) ^ x ^ u[p]) & (REFUSED_PAIRS - 1)];
}

/* Whether both gates refused the ASCII word W = text[p, q) (lowered hash
 * h) before the word x after it and an ordinary word, and the same x and
 * an ordinary word follow it here. x as written is the word kept, so it
 * is no word of the sign filter and no "MUSD" either. */
static bool pair_refused(figparse_scan *s, size_t p, size_t q, uint32_t h) {
    const unsigned char *u = (const unsigned char *)s->text;
    if (s->len - p <= FIGPARSE__DATE_SHORT_FIELD || q + 1 >= s->len || u[q] != ' ')
        return false;
    const struct refused_pair *r = pair_slot(s, p, q, h);
    size_t n1 = q - p, x_end = q + 1 + (r->n - r->split), after;
    uint32_t hy;
    if (r->split != n1 || x_end >= s->len || u[x_end] != ' ' || !kept_bytes_equal(r->words, s->text + p, n1) ||
        memcmp(r->words + n1, s->text + q + 1, r->n - n1) != 0)
        return false;
    return ordinary_word_follows(s, x_end, &after, &hy);
}

/* Keeps the pair at W = text[p, q) (lowered hash h), at which both gates
 * have just refused, when it may be kept (see above). */
static void remember_pair(figparse_scan *s, size_t p, size_t q, uint32_t h) {
    size_t x_end, after;
    uint32_t hx, hy;
    if (designator_word(s, p, q, h) || !pair_second_word(s, q, &x_end, &hx) || x_end - p - 1 > REFUSED_LEAD_MAX ||
        !ordinary_word_follows(s, x_end, &after, &hy))
        return;
    struct refused_pair *r = pair_slot(s, p, q, h);
    r->split = (uint8_t)(q - p);
    r->n = (uint8_t)(x_end - p - 1);
    memcpy(r->words, s->text + p, q - p);
    memcpy(r->words + (q - p), s->text + q + 1, x_end - q - 1);
}

/* Whether both gates refused the ASCII word text[p, q) (lowered hash h)
 * before an ordinary word, and one follows it here; *after: its end. */
static bool lead_refused(figparse_scan *s, size_t p, size_t q, uint32_t h, size_t *after) {
    size_t n = q - p;
    if (n > REFUSED_LEAD_MAX || s->len - p <= FIGPARSE__DATE_SHORT_FIELD)
        return false;
    const struct refused_lead *r = refused_slot(s, s->text + p, h);
    if (r->n != n || (r->sign && (r->gen != s->seen_gen ||
                                  ((r->sign & AFTER_APOSTROPHE) && !apostrophe_before(s, p)))))
        return false;
    if (!kept_bytes_equal(r->word, s->text + p, n))
        return false;
    uint32_t hx;
    return ordinary_word_follows(s, q, after, &hx) && (!r->sign || sign_lead_may_pass(s, h, q + 1, *after, hx));
}

/* The lowered hash of the window's token 0 (*h), when it is ASCII letters
 * alone: what figparse__ascii_letters() gives for it, which the window
 * keeps with its folded form. */
static bool window_letters_hash(figparse__window *w, uint32_t *h) {
    size_t n;
    bool letters;
    return (figparse__tok(w, 0)->flags & FIGPARSE__TOKF_ASCII) && figparse__folded_hash(w, 0, &n, h, &letters) &&
           letters;
}

/* Keeps word token t, the window's token 0, at which both gates have just
 * refused, when an ordinary word follows it and it may be kept (see
 * above). */
static void remember_refused(figparse_scan *s, const figparse__token *t) {
    size_t p = t->start, q = t->end, after;
    uint32_t h, hx;
    if (q - p > REFUSED_LEAD_MAX || s->len - p <= FIGPARSE__DATE_SHORT_FIELD || !window_letters_hash(&s->window, &h))
        return;
    if (!ordinary_word_follows(s, q, &after, &hx)) {
        remember_pair(s, p, q, h);
        return;
    }
    uint8_t sign = 0;
    if (designator_word(s, p, q, h)) {
        if (!sign_lead_may_pass(s, h, q + 1, after, hx))
            return;
        sign = SIGN_LEAD | (apostrophe_before(s, p) ? AFTER_APOSTROPHE : 0);
    }
    struct refused_lead *r = refused_slot(s, s->text + p, h);
    r->n = (uint8_t)(q - p);
    r->sign = sign;
    r->gen = s->seen_gen;
    memcpy(r->word, s->text + p, q - p);
}

#ifdef FIGPARSE_SCAN_CHECK_LEADS
/* The check build: the gates, asked at p, must refuse. */
static void check_refused(figparse_scan *s, size_t p) {
    const figparse *fp = s->fp;
    figparse__window w;
    figparse__window_open(&w, fp, s->text, s->len, p);
    figparse__money_ctx ctx = {fp, lexicon_for(fp), s->seen, s->prev_end};
    int order = s->order;
    figparse__date_ctx dctx = {fp, lexicon_for(fp), &order, false, false};
    if (((fp->opts.kinds & FIGPARSE_KIND_MONEY) && figparse__money_may_start(&w, &ctx)) ||
        ((fp->opts.kinds & FIGPARSE_KIND_DATE) && figparse__date_may_start(&w, &dctx))) {
        fprintf(stderr, "figparse: a refused lead at byte %zu would have been asked: %.40s\n", p, s->text + p);
        abort();
    }
}
#else
#define check_refused(s, p) ((void)0)
#endif

/* The first token boundary at or after pos (itself one) where a figure may
 * start, passing over what the scan would pass token by token without
 * asking the grammar: spaces, punctuation that starts nothing, ASCII
 * words the word filter rejects, and a refused lead with the ordinary word
 * after it (lead_refused()). Anything it is unsure of (non-ASCII bytes,
 * a word that runs into one) it leaves to the token-by-token path, so the
 * positions the grammar is asked at are the same as without it. When it
 * stops at an ASCII word, *word is that word's token (else its type is
 * END), so that the window need not read it again. */
static size_t skip_to_candidate(figparse_scan *s, size_t pos, figparse__token *word) {
    const unsigned char *u = (const unsigned char *)s->text;
    size_t len = s->len, from = pos;
    while (pos < len) {
        switch (skip_class[u[pos]]) {
        case B_SPACE:
            while (++pos < len && skip_class[u[pos]] == B_SPACE)
                ;
            break;
        case B_SKIP:
            pos++;
            break;
        case B_SIGN:
            if (sign_may_start(u, pos, len))
                return pos;
            pos++;
            break;
        case B_LETTER: {
            uint32_t h;
            size_t q = figparse__ascii_letters(u, pos, len, &h);
            if (q < len && u[q] >= 0x80)
                return pos;
            /* Only a word at from may be inside one ("th" of "5th"): past
             * it, each word follows a space or punctuation the skip passed. */
            if (!(pos == from && inside_word(s->text, pos)) && ascii_word_may_start(s, pos, q, h)) {
                size_t after;
                if (lead_refused(s, pos, q, h, &after)) {
                    check_refused(s, pos);
                    pos = after; /* the ordinary word after it starts nothing either */
                    break;
                }
                if (pair_refused(s, pos, q, h)) {
                    check_refused(s, pos);
                    pos = q; /* the word after it is judged on its own */
                    break;
                }
                figparse__ascii_word_token(word, u, pos, q, len, h);
                return pos;
            }
            pos = q;
            break;
        }
        default:
            return pos;
        }
    }
    return pos;
}

static figparse_status scan_figures(figparse_scan *s, const figparse_figure **out) {
    const figparse *fp = s->fp;
    bool money = (fp->opts.kinds & FIGPARSE_KIND_MONEY) != 0;
    bool dates = (fp->opts.kinds & FIGPARSE_KIND_DATE) != 0;
    figparse__money_ctx ctx = {fp, lexicon_for(fp), s->seen, s->prev_end};
    figparse__date_ctx dctx = {fp, lexicon_for(fp), &s->order, false, false};
    figparse__window *win = &s->window;
    while (s->pos < s->len) {
        figparse__token word;
        word.type = FIGPARSE__TOK_END;
        /* Tokens the window has read (past a candidate the grammar
         * declined) are judged from the window, which has hashed their
         * words; the rest of the text the skip passes byte by byte. */
        bool in_window = win->filled > 0 && win->start == s->pos;
        size_t next = in_window ? s->pos : skip_to_candidate(s, s->pos, &word);
        if (next != s->pos) {
            if (next >= s->len) {
                s->pos = s->len;
                break;
            }
            if (!figparse__window_seek(win, next))
                win->filled = 0;
            s->pos = next;
        }
        /* The window starts at pos; it carries the tokens read so far on. */
        if (win->filled == 0 || win->start != s->pos) {
            if (word.type == FIGPARSE__TOK_WORD && word.start == s->pos)
                figparse__window_start_at(win, &word);
            else
                figparse__window_restart(win, s->pos);
        }
        figparse__token t = *figparse__tok(win, 0);
        bool may = false;
        if (t.type == FIGPARSE__TOK_SPACE || t.type == FIGPARSE__TOK_OTHER) {
            may = false;
        } else if (word.type == FIGPARSE__TOK_WORD && word.start == s->pos) {
            may = true; /* the skip's word: ascii_word_may_start(), and no refused lead */
        } else if (t.type == FIGPARSE__TOK_WORD) {
            may = word_may_start(s, &t);
            uint32_t h;
            size_t after;
            if (may && t.end - t.start <= REFUSED_LEAD_MAX && window_letters_hash(win, &h) &&
                (lead_refused(s, t.start, t.end, h, &after) || pair_refused(s, t.start, t.end, h))) {
                check_refused(s, t.start);
                may = false;
            }
        } else if (t.type == FIGPARSE__TOK_PUNCT) {
            /* "-$5", "($1,234)", "~5", ".75 €": the signs of
             * figparse__money_may_start(), by the byte after them as the
             * skip judges them (sign_may_start()) */
            may = t.cp == 0x2212 || ((t.cp == '-' || t.cp == '(' || t.cp == '~' || t.cp == '.') &&
                                     sign_may_start((const unsigned char *)s->text, t.start, s->len));
        } else {
            may = t.type == FIGPARSE__TOK_SYMBOL || !inside_word(s->text, s->pos);
        }

        figparse_figure *f = &s->figure;
        figparse__money_match m;
        figparse__date_match d;
        bool money_gate = may && money && figparse__money_may_start(&s->window, &ctx), date_gate = false;
        if (money_gate && figparse__match_money(&s->window, &ctx, &m)) {
            memset(f, 0, sizeof *f);
            f->kind = FIGPARSE_KIND_MONEY;
            f->status = m.status;
            f->start = m.start;
            f->end = m.end;
            f->u.money = m.money;
            if (restates_previous(s, m.start)) {
                f->u.money.flags |= FIGPARSE_MONEY_EQUIVALENT;
                f->u.money.equivalent_of = s->prev_index;
            }
            if (m.named_currency >= 0) {
                uint8_t bit = (uint8_t)(1u << (m.named_currency & 7));
                if (!(s->seen[m.named_currency >> 3] & bit))
                    s->seen_gen++; /* a designator may now resolve otherwise */
                s->seen[m.named_currency >> 3] |= bit;
            }
        } else if (may && dates && (date_gate = figparse__date_may_start(&s->window, &dctx)) &&
                   figparse__match_date(&s->window, &dctx, &d)) {
            memset(f, 0, sizeof *f);
            f->kind = FIGPARSE_KIND_DATE;
            f->status = FIGPARSE_OK;
            f->start = d.start;
            f->end = d.end;
            f->u.date = d.date;
        } else {
            if (may && !money_gate && !date_gate && t.type == FIGPARSE__TOK_WORD)
                remember_refused(s, &t);
            s->pos = t.end > s->pos ? t.end : s->pos + 1;
            if (!figparse__window_shift(win, 1))
                win->filled = 0;
            continue;
        }
        f->index = s->count;
        ctx.prev_end = f->end;
        s->prev_end = f->end;
        s->prev_index = s->count;
        s->count++;
        s->pos = f->end > s->pos ? f->end : t.end;
        *out = f;
        return FIGPARSE_OK;
    }
    return FIGPARSE_DONE;
}

figparse_status figparse_scan_next(figparse_scan *scan, const figparse_figure **figure) {
    if (!scan || !figure)
        return FIGPARSE_EINVAL;
    *figure = NULL;
    return scan_figures(scan, figure);
}

/* ---- the array form ------------------------------------------------------ */

struct figparse_result {
    figparse_allocator alloc;
    size_t count, cap;
    figparse_figure *figures;
};

figparse_status figparse_scan_all(const figparse *fp, const char *text, size_t len,
                                  figparse_result **out) {
    if (!out)
        return FIGPARSE_EINVAL;
    *out = NULL;
    if (!fp || (!text && len > 0))
        return FIGPARSE_EINVAL;
    figparse_status st;
    figparse_scan *scan = figparse_scan_new(fp, &st);
    if (!scan)
        return st;
    figparse_result *r = figparse__malloc(&fp->alloc, sizeof *r);
    if (!r) {
        figparse_scan_free(scan);
        return FIGPARSE_ENOMEM;
    }
    memset(r, 0, sizeof *r);
    r->alloc = fp->alloc;
    figparse_scan_reset(scan, text, len);
    const figparse_figure *f;
    while ((st = figparse_scan_next(scan, &f)) == FIGPARSE_OK) {
        if (r->count == r->cap) {
            size_t cap = r->cap ? r->cap * 2 : 8;
            figparse_figure *grown = figparse__realloc(&r->alloc, r->figures,
                                                       r->cap * sizeof *grown, cap * sizeof *grown);
            if (!grown) {
                st = FIGPARSE_ENOMEM;
                break;
            }
            r->figures = grown;
            r->cap = cap;
        }
        r->figures[r->count++] = *f;
    }
    figparse_scan_free(scan);
    if (st != FIGPARSE_DONE) {
        figparse_result_free(r);
        return st;
    }
    *out = r;
    return FIGPARSE_OK;
}

size_t figparse_result_count(const figparse_result *result) { return result ? result->count : 0; }

const figparse_figure *figparse_result_get(const figparse_result *result, size_t i) {
    return result && i < result->count ? &result->figures[i] : NULL;
}

void figparse_result_free(figparse_result *result) {
    if (!result)
        return;
    figparse_allocator a = result->alloc;
    figparse__free(&a, result->figures);
    figparse__free(&a, result);
}

/* ---- one string ---------------------------------------------------------- */

static bool is_space_byte(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* What the one-string parsers share: valid UTF-8 (EENCODING at the first bad
 * byte), white space trimmed at both ends into [*s, *e), and a window over
 * it with the parser's filters. FIGPARSE_NOMATCH for an empty field. */
static figparse_status open_field(const figparse *fp, const char *text, size_t len,
                                  figparse__window *w, size_t *s, size_t *e, size_t *err_offset) {
    for (size_t p = 0; p < len;) {
        uint64_t eight = UINT64_C(0x8080808080808080); /* a byte >= 0x80 unless read */
        if (len - p >= 8)
            memcpy(&eight, text + p, 8);
        if (!(eight & UINT64_C(0x8080808080808080))) {
            p += 8; /* eight ASCII bytes, valid */
            continue;
        }
        if ((unsigned char)text[p] < 0x80) { /* ASCII is valid: no decoder call */
            p++;
            continue;
        }
        uint32_t cp;
        size_t n = figparse__utf8_decode(text, len, p, &cp);
        if (n == 0) {
            if (err_offset)
                *err_offset = p;
            return FIGPARSE_EENCODING;
        }
        p += n;
    }
    *s = 0;
    *e = len;
    /* every Unicode space at the start (an ASCII byte but a space starts
     * no space token), ASCII ones at the end */
    while (*s < len && ((unsigned char)text[*s] >= 0x80 || is_space_byte((unsigned char)text[*s]))) {
        figparse__token t;
        figparse__token_at(text, len, *s, &t);
        if (t.type != FIGPARSE__TOK_SPACE)
            break;
        *s = t.end;
    }
    while (*e > *s && is_space_byte((unsigned char)text[*e - 1]))
        (*e)--;
    if (*s == *e)
        return FIGPARSE_NOMATCH;
    figparse__window_open(w, fp, text, *e, *s);
    return FIGPARSE_OK;
}

/* After a field's number ending at token end: the ")" of a "(" lead, or a
 * trailing minus when there was no sign before. *last is the token after
 * the figure; *flag FIGPARSE_MONEY_PARENTHESES or _TRAILING_MINUS when the
 * sign makes it negative. */
static bool field_sign_closes(figparse__window *w, uint32_t lead, int end, int *last,
                              uint32_t *flag) {
    uint32_t after = figparse__punct(w, end);
    *last = end;
    *flag = 0;
    if (lead == '(') {
        if (after != ')')
            return false;
        *last = end + 1;
        *flag = FIGPARSE_MONEY_PARENTHESES;
    } else if (lead != '-' && lead != 0x2212 && lead != '+' && (after == '-' || after == 0x2212)) {
        *last = end + 1;
        *flag = FIGPARSE_MONEY_TRAILING_MINUS;
    }
    return true;
}

figparse_status figparse_parse_money(const figparse *fp, const char *text, size_t len,
                                     figparse_money *out, size_t *err_offset) {
    if (err_offset)
        *err_offset = 0;
    if (!fp || !out || (!text && len > 0))
        return FIGPARSE_EINVAL;
    memset(out, 0, sizeof *out);
    size_t s, e;
    figparse__window w;
    figparse_status st = open_field(fp, text, len, &w, &s, &e, err_offset);
    if (st != FIGPARSE_OK)
        return st;
    figparse__money_ctx ctx = {fp, lexicon_for(fp), NULL, SIZE_MAX};
    figparse__money_match m;
    if (figparse__match_money(&w, &ctx, &m) && m.start == s && m.end == e) {
        *out = m.money;
        return m.status;
    }
    /* A bare amount in a price column, priced by the default currency, with
     * the signs ledgers write: "-50.00", "+50.00", "(50.00)", "50.00-". */
    if (fp->default_currency >= 0) {
        figparse__number num;
        int k = 0, last;
        uint32_t lead = figparse__punct(&w, 0), sign_flag = 0;
        bool negative = lead == '-' || lead == 0x2212;
        if (negative || lead == '+' || lead == '(')
            k = 1;
        if (figparse__read_number(&w, k, fp, ctx.lx, &num) && !num.article_only &&
            field_sign_closes(&w, lead, num.end, &last, &sign_flag) &&
            figparse__tok(&w, last - 1)->end == e) {
            if (num.overflow)
                return FIGPARSE_ERANGE;
            memcpy(out->currency, figparse__currency_rows[fp->default_currency].code, 4);
            out->amount = num.value;
            if (negative || sign_flag)
                out->amount.coef = -out->amount.coef;
            out->flags = FIGPARSE_MONEY_HAS_AMOUNT | FIGPARSE_MONEY_CURRENCY_DEFAULT | sign_flag;
            if (num.sep_ambiguous)
                out->flags |= FIGPARSE_MONEY_SEPARATOR_AMBIGUOUS;
            if (num.spelled)
                out->flags |= FIGPARSE_MONEY_SPELLED;
            return FIGPARSE_OK;
        }
    }
    if (err_offset)
        *err_offset = s;
    return FIGPARSE_NOMATCH;
}

figparse_status figparse_parse_date(const figparse *fp, const char *text, size_t len,
                                    figparse_date *out, size_t *err_offset) {
    if (err_offset)
        *err_offset = 0;
    if (!fp || !out || (!text && len > 0))
        return FIGPARSE_EINVAL;
    memset(out, 0, sizeof *out);
    size_t s, e;
    figparse__window w;
    figparse_status st = open_field(fp, text, len, &w, &s, &e, err_offset);
    if (st != FIGPARSE_OK)
        return st;
    int order = 0;
    figparse__date_ctx ctx = {fp, lexicon_for(fp), &order, false, false};
    figparse__date_match m;
    /* The match starts at the field's first token; words it took as
     * modifiers ("in", "since") may stand before its span. */
    if (figparse__match_date(&w, &ctx, &m) && m.end == e) {
        *out = m.date;
        return FIGPARSE_OK;
    }
    /* A field is a date by itself: a bare year counts ("2026"). */
    int nd = figparse__tok(&w, 0)->count;
    if (figparse__type_at(&w, 0) == FIGPARSE__TOK_DIGITS && nd == 4 && figparse__tok(&w, 0)->end == e) {
        long y = 0;
        for (size_t p = s; p < e; p++)
            y = y * 10 + (text[p] - '0');
        if (y >= 1000 && y <= 2999 && (text[s] >= '0' && text[s] <= '9')) {
            out->first.year = out->last.year = (int32_t)y;
            out->first.month = out->first.day = 1;
            out->last.month = 12;
            out->last.day = 31;
            out->grain = FIGPARSE_GRAIN_YEAR;
            return FIGPARSE_OK;
        }
    }
    if (err_offset)
        *err_offset = s;
    return FIGPARSE_NOMATCH;
}
