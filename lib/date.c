/*
 * date.c — the date grammar over a token window. See date.h.
 *
 * Every date is an inclusive interval first..last at a grain: a year, a
 * quarter, a month, a week, a day (or finer, for ISO date-times). Parts not
 * written are never filled from the clock: a missing year comes from the
 * reference date and says so (FIGPARSE_DATE_YEAR_FROM_REF), and relative
 * dates without a reference come back unresolved with their offset.
 *
 * Month and weekday names come from CLDR (date_names.h); the English words
 * of relative dates ("last", "ago", "quarter") are the table below.
 */
#include "date.h"

#include "civil.h"
#include "currency.h"
#include "date_names.h"
#include "holiday.h"
#include "number.h"

#include <string.h>
#ifdef FIGPARSE_DATE_CHECK_STARTS /* the check build's reports */
#include <stdio.h>
#include <stdlib.h>
#endif

#include <unicode/ucal.h>

/* ---- calendar arithmetic (proleptic Gregorian, civil.h) ---------------------- */

/* Inline in read_point(), which calls them at every point, whatever room
 * gcc finds left in this file's growth budget: once the date gate's tests
 * grew, it kept set_year() and compound_shift() out of line, ~2
 * instructions more a figparse_parse_date() call. */
#define POINT_INLINE inline __attribute__((always_inline))

static void set_dt(figparse_datetime *t, int y, int m, int d) {
    memset(t, 0, sizeof *t);
    t->year = y;
    t->month = (uint8_t)m;
    t->day = (uint8_t)d;
}

static void set_day_span(figparse_date *o, long first, long last, figparse_grain g) {
    int y, m, d;
    civil_from_days(first, &y, &m, &d);
    set_dt(&o->first, y, m, d);
    civil_from_days(last, &y, &m, &d);
    set_dt(&o->last, y, m, d);
    o->grain = g;
}

static POINT_INLINE void set_year(figparse_date *o, int y) {
    set_dt(&o->first, y, 1, 1);
    set_dt(&o->last, y, 12, 31);
    o->grain = FIGPARSE_GRAIN_YEAR;
}

static void set_months(figparse_date *o, int y, int m1, int m2, figparse_grain g) {
    set_dt(&o->first, y, m1, 1);
    set_dt(&o->last, y, m2, month_days(y, m2));
    o->grain = g;
}

static void set_day(figparse_date *o, int y, int m, int d) {
    set_dt(&o->first, y, m, d);
    o->last = o->first;
    o->grain = FIGPARSE_GRAIN_DAY;
}

static bool valid_ymd(int y, int m, int d) {
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= month_days(y, m);
}

/* ---- English words of dates ------------------------------------------------ */

enum dword_kind {
    DW_NONE,
    DW_RELDAY,   /* today 0, yesterday -1, tomorrow 1 */
    DW_SHIFT,    /* last -1, next 1, this 0 */
    DW_UNIT,     /* day, week, month, quarter, year: value = figparse_grain */
    DW_AGO,      /* ago -1, later / from now / hence 1 */
    DW_IN,       /* in: "in two weeks" */
    DW_BEFORE,   /* by, until, till, before */
    DW_AFTER,    /* since, after */
    DW_CONTEXT,  /* words after which a bare year is a year: in, of, as of, during */
    DW_ORDINAL,  /* first..fourth: value */
    DW_HALF,     /* half */
    DW_OF,       /* of, in (after "quarter") */
    DW_RANGE_TO, /* to, through, until, till */
    DW_BETWEEN,  /* between */
    DW_FROM,     /* from */
    DW_AND,      /* and */
    DW_FISCAL,   /* fiscal, fy */
    DW_APPROX,   /* around, about, circa */
    DW_PART,     /* a part of a period: early / beginning of 1, mid / middle of 2, late / end of 3 */
    DW_THE,      /* the */
    DW_EARLIER,  /* earlier / later in "earlier this year" */
    DW_INNER     /* words inside longer date phrases only: "is" of "year is
                  * greater than", "rest" of "rest of the week", "working" of
                  * "working days" */
};

typedef struct dword {
    const char *key;
    uint8_t kind;
    int8_t value;
} dword;

/* Looked up by hash (figparse__date_prepare(), dword_entry()); the first
 * word of a two-word key is asked to go on only where it begins one. */
static const dword en_dwords[] = {
    {"after", DW_AFTER, 0},
    {"ago", DW_AGO, -1},
    {"and", DW_AND, 0},
    {"around", DW_APPROX, 0},
    {"as of", DW_CONTEXT, 0},
    {"before", DW_BEFORE, 0},
    {"beginning of", DW_PART, 1},
    {"between", DW_BETWEEN, 0},
    {"business", DW_INNER, 0},
    {"by", DW_BEFORE, 0},
    {"circa", DW_APPROX, 0},
    {"coming", DW_SHIFT, 1},
    {"couple", DW_INNER, 0},
    {"current", DW_SHIFT, 0},
    {"day", DW_UNIT, FIGPARSE_GRAIN_DAY},
    {"days", DW_UNIT, FIGPARSE_GRAIN_DAY},
    {"during", DW_CONTEXT, 0},
    {"earlier", DW_EARLIER, 0},
    {"earlier than", DW_BEFORE, 0},
    {"early", DW_PART, 1},
    {"end of", DW_PART, 3},
    {"first", DW_ORDINAL, 1},
    {"fiscal", DW_FISCAL, 0},
    {"fiscal year", DW_FISCAL, 0},
    {"following", DW_SHIFT, 1},
    {"for", DW_CONTEXT, 0},
    {"fourth", DW_ORDINAL, 4},
    {"from", DW_FROM, 0},
    {"from now", DW_AGO, 1},
    {"fy", DW_FISCAL, 0},
    {"greater", DW_INNER, 0},
    {"half", DW_HALF, 0},
    {"hence", DW_AGO, 1},
    {"hundred", DW_INNER, 0},
    {"in", DW_IN, 0},
    {"is", DW_INNER, 0},
    {"last", DW_SHIFT, -1},
    {"late", DW_PART, 3},
    {"later", DW_AGO, 1},
    {"later than", DW_AFTER, 0},
    {"less", DW_INNER, 0},
    {"mid", DW_PART, 2},
    {"middle of", DW_PART, 2},
    {"mo", DW_UNIT, FIGPARSE_GRAIN_MONTH},
    {"month", DW_UNIT, FIGPARSE_GRAIN_MONTH},
    {"months", DW_UNIT, FIGPARSE_GRAIN_MONTH},
    {"mos", DW_UNIT, FIGPARSE_GRAIN_MONTH},
    {"next", DW_SHIFT, 1},
    {"of", DW_OF, 0},
    {"oh", DW_INNER, 0},
    {"on", DW_CONTEXT, 0},
    {"past", DW_SHIFT, -1},
    {"previous", DW_SHIFT, -1},
    {"qtr", DW_UNIT, FIGPARSE_GRAIN_QUARTER},
    {"qtrs", DW_UNIT, FIGPARSE_GRAIN_QUARTER},
    {"quarter", DW_UNIT, FIGPARSE_GRAIN_QUARTER},
    {"quarters", DW_UNIT, FIGPARSE_GRAIN_QUARTER},
    {"remainder", DW_INNER, 0},
    {"remaining", DW_INNER, 0},
    {"rest", DW_INNER, 0},
    {"second", DW_ORDINAL, 2},
    {"since", DW_AFTER, 0},
    {"start of", DW_PART, 1},
    {"the", DW_THE, 0},
    {"third", DW_ORDINAL, 3},
    {"this", DW_SHIFT, 0},
    {"through", DW_RANGE_TO, 0},
    {"thru", DW_RANGE_TO, 0},
    {"till", DW_BEFORE, 0},
    {"tmrw", DW_RELDAY, 1},
    {"to", DW_RANGE_TO, 0},
    {"today", DW_RELDAY, 0},
    {"tomorrow", DW_RELDAY, 1},
    {"tonight", DW_RELDAY, 0},
    {"tonite", DW_RELDAY, 0},
    {"until", DW_BEFORE, 0},
    {"upcoming", DW_SHIFT, 1},
    {"w", DW_UNIT, FIGPARSE_GRAIN_WEEK},
    {"week", DW_UNIT, FIGPARSE_GRAIN_WEEK},
    {"weeks", DW_UNIT, FIGPARSE_GRAIN_WEEK},
    {"within", DW_INNER, 0},
    {"wk", DW_UNIT, FIGPARSE_GRAIN_WEEK},
    {"wks", DW_UNIT, FIGPARSE_GRAIN_WEEK},
    {"work", DW_INNER, 0},
    {"working", DW_INNER, 0},
    {"year", DW_UNIT, FIGPARSE_GRAIN_YEAR},
    {"years", DW_UNIT, FIGPARSE_GRAIN_YEAR},
    {"yesterday", DW_RELDAY, -1},
    {"yr", DW_UNIT, FIGPARSE_GRAIN_YEAR},
    {"yrs", DW_UNIT, FIGPARSE_GRAIN_YEAR},
};

#define DWORD_COUNT (sizeof en_dwords / sizeof en_dwords[0])
#define DWORD_SLOT_MASK (sizeof ((figparse *)0)->dword_slots / sizeof ((figparse *)0)->dword_slots[0] - 1)
_Static_assert(DWORD_COUNT < 255 && (2 * DWORD_COUNT + FIGPARSE__HOLIDAY_WORDS_MAX) * 2 <= DWORD_SLOT_MASK + 1,
               "en_dwords: an index + 1 fits a byte, and the table stays at most half full");

/* What the date-word table holds of a word: the index + 1 of the key it is
 * (bits 0-7), and of the first key it begins followed by a space, "as" of
 * "as of" (bits 8-15); 0 when it is neither. Bits 16-23: its length. Bits
 * 24-31: the index + 1 of the holiday rules' word it is
 * (figparse__holiday_word(): "next", "closest", "wk"), or 0. */
#define DWORD_SELF(e) ((e) & 0xFF)
#define DWORD_FIRST_OF_TWO(e) (((e) >> 8) & 0xFF)
#define DWORD_LEN(e) (((e) >> 16) & 0xFF)
#define DWORD_HOLIDAY(e) ((e) >> 24)

/* The word entry e of the table stands for. */
static inline const char *dword_entry_key(uint32_t e) {
    if (DWORD_SELF(e) || DWORD_FIRST_OF_TWO(e))
        return en_dwords[(DWORD_SELF(e) ? DWORD_SELF(e) : DWORD_FIRST_OF_TWO(e)) - 1].key;
    return figparse__holiday_word(DWORD_HOLIDAY(e) - 1);
}

/* The entry of key k of en_dwords, or of its first word (first_of_two:
 * 0 when the key is of one word). */
static uint32_t dword_word(unsigned k, bool first_of_two) {
    const char *key = en_dwords[k].key, *space = strchr(key, ' ');
    if (!first_of_two)
        return (k + 1) | (uint32_t)strlen(key) << 16;
    return space ? (k + 1) << 8 | (uint32_t)(space - key) << 16 : 0;
}

/* Whether entry e of the date-word table is the n bytes at key. */
static inline bool dword_entry_is(uint32_t e, const char *key, size_t n) {
    if (DWORD_LEN(e) != n)
        return false;
    const char *k = dword_entry_key(e);
    for (size_t j = 0; j < n; j++)
        if (k[j] != key[j])
            return false;
    return true;
}

/* Files word entry e (a key or a first word: dword_word()) in the table,
 * with what its slot holds already of the same word. */
static void dword_slot_add(figparse *fp, uint32_t e) {
    const char *key = dword_entry_key(e);
    size_t n = DWORD_LEN(e), s = figparse__word_hash(key, n) & DWORD_SLOT_MASK;
    while (fp->dword_slots[s] && !dword_entry_is(fp->dword_slots[s], key, n))
        s = (s + 1) & DWORD_SLOT_MASK;
    uint32_t old = fp->dword_slots[s];
    if (DWORD_FIRST_OF_TWO(old))
        e &= ~(uint32_t)0xFF00; /* the first key it begins: the one in front */
    fp->dword_slots[s] = old | e;
}

void figparse__date_prepare(figparse *fp) {
    for (unsigned k = 0; k < DWORD_COUNT; k++) {
        dword_slot_add(fp, dword_word(k, false));
        uint32_t first = dword_word(k, true);
        if (first)
            dword_slot_add(fp, first);
    }
    for (unsigned k = 0; figparse__holiday_word(k); k++)
        dword_slot_add(fp, (k + 1) << 24 | (uint32_t)strlen(figparse__holiday_word(k)) << 16);
}

/* The date-word table's entry of the n bytes at key, whose
 * figparse__word_hash() is hash: one probe of the parser's table, the
 * bytes compared; 0 when they are no date word and begin none. Every
 * window the date grammar reads is opened by scan.c with its parser. */
static inline uint32_t dword_entry(const figparse__window *w, const char *key, size_t n, uint32_t hash) {
    const figparse *fp = w->parser;
    for (size_t s = hash & DWORD_SLOT_MASK; fp->dword_slots[s]; s = (s + 1) & DWORD_SLOT_MASK)
        if (dword_entry_is(fp->dword_slots[s], key, n))
            return fp->dword_slots[s];
    return 0;
}

unsigned figparse__date_table_holiday_word(const figparse__window *w, const char *key, size_t n, uint32_t hash) {
    return DWORD_HOLIDAY(dword_entry(w, key, n, hash));
}

static const dword *dword_lookup(figparse__window *w, int i, int *end) {
    /* the window's folded forms, of at most 47 and 23 bytes */
    size_t n = 0, m = 0;
    uint32_t hash = 0;
    bool letters;
    const char *key = figparse__folded_hash(w, i, &n, &hash, &letters);
    if (!key || n == 0 || n + 1 > 48)
        return NULL;
    uint32_t e = dword_entry(w, key, n, hash);
    if (DWORD_FIRST_OF_TWO(e) && figparse__is_gap(w, i + 1)) {
        const char *part = figparse__folded(w, i + 2, &m);
        if (part && m && m + 1 <= 24 && n + 1 + m < 48) {
            char two[48];
            memcpy(two, key, n);
            two[n] = ' ';
            memcpy(two + n + 1, part, m);
            uint32_t e2 = dword_entry(w, two, n + 1 + m, figparse__word_hash(two, n + 1 + m));
            if (DWORD_SELF(e2)) {
                *end = i + 3;
                return &en_dwords[DWORD_SELF(e2) - 1];
            }
        }
    }
    if (!DWORD_SELF(e))
        return NULL;
    *end = i + 1;
    return &en_dwords[DWORD_SELF(e) - 1];
}

/* The window's answer for a token (window.h figparse__asked dword):
 * DWORD_ASKED, the en_dwords index + 1 of the date word (or two-word
 * phrase: "as of", "end of", "from now") at it (bits 0-7; 0: none) and the
 * tokens it spans (bits 8-9: 1 or 3). */
#define DWORD_ASKED 0x8000u
#define DWORD_ANSWER_INDEX(a) ((a) & 0xFF)
#define DWORD_ANSWER_SPAN(a) (((a) >> 8) & 3)

/* Asks the date-word table about token i (dword_kind_at() when the window
 * has no answer yet) and keeps the answer where a memo would be kept
 * (figparse__memo_ok(): dword_lookup() reads 2 tokens past i, which must
 * not be cut off by the window's end), so that it is the answer wherever
 * the window starts. */
static unsigned dword_ask(figparse__window *w, int i) {
    unsigned answer = DWORD_ASKED;
    if (figparse__type_at(w, i) == FIGPARSE__TOK_WORD && figparse__word_known(w, i)) {
        int e = i;
        const dword *d = dword_lookup(w, i, &e);
        if (d)
            answer |= (unsigned)(d - en_dwords + 1) | (unsigned)(e - i) << 8;
    }
    if (figparse__memo_ok(w, i))
        w->asked[w->head + i].dword = (uint16_t)answer; /* token i is in slot head + i */
    return answer;
}

/* The kind of date word at token i (DW_NONE when none), its value and
 * *end after it. The grammar asks the same token many times: a repeated
 * question is a load of the window's answer (not of the slot of a token not
 * read yet, i >= filled: it may hold a former token's). */
static inline int dword_kind_at(figparse__window *w, int i, int *value, int *end) {
    unsigned answer = (unsigned)i < (unsigned)w->filled ? w->asked[w->head + i].dword : 0;
    if (!answer)
        answer = dword_ask(w, i);
    if (!DWORD_ANSWER_INDEX(answer))
        return DW_NONE;
    const dword *d = &en_dwords[DWORD_ANSWER_INDEX(answer) - 1];
    if (value)
        *value = d->value;
    if (end)
        *end = i + (int)DWORD_ANSWER_SPAN(answer);
    return d->kind;
}

/* ---- tokens ---------------------------------------------------------------- */

/* Whether token i is the literal word (ASCII, any case). Compares the
 * bytes of an ASCII token directly: folding is the costly part of a lookup.
 * Inline, with the literal's length known when compiling: a date attempt
 * asks it about twenty times, nearly always of a token of another length. */
#define word_is(w, i, word) word_is_n((w), (i), "" word, sizeof(word) - 1)
static inline bool word_is_n(figparse__window *w, int i, const char *word, size_t len) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type != FIGPARSE__TOK_WORD || t->end - t->start != len)
        return false;
    if (t->flags & FIGPARSE__TOKF_ASCII) {
        for (size_t k = 0; k < len; k++) {
            char c = w->text[t->start + k];
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != word[k])
                return false;
        }
        return true;
    }
    char key[16];
    size_t n = figparse__word_lower(w, i, key, sizeof key);
    return n && n == len && memcmp(key, word, n) == 0;
}


/* The first letter of word token i in lower case (ASCII), or 0: a cheap
 * test before comparing a token with several words. */
static char first_letter(figparse__window *w, int i) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type != FIGPARSE__TOK_WORD)
        return 0;
    char c = w->text[t->start];
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* digits_at() of a run of other scripts' digits, decoded. */
static long digits_decoded(figparse__window *w, const figparse__token *t, int *ndigits) {
    long v = 0;
    for (size_t p = t->start; p < t->end;) {
        unsigned char b = (unsigned char)w->text[p];
        if (b < 0x80) { /* what the decoder and figparse__digit_value() give an ASCII byte */
            if (b < '0' || b > '9')
                return -1;
            v = v * 10 + (b - '0');
            p++;
            continue;
        }
        uint32_t cp;
        size_t n = figparse__utf8_decode(w->text, w->len, p, &cp);
        int dv = n ? figparse__digit_value(cp) : -1;
        if (dv < 0)
            return -1;
        v = v * 10 + dv;
        p += n;
    }
    if (ndigits)
        *ndigits = t->count;
    return v;
}

/* The value of a digit run of 1..9 digits at token i, or -1. Inline: the
 * grammar asks it about nine times per date attempt, nearly always of an
 * ASCII run, whose value the tokenizer kept. */
static inline long digits_at(figparse__window *w, int i, int *ndigits) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type != FIGPARSE__TOK_DIGITS || t->count > 9)
        return -1;
    if (!(t->flags & FIGPARSE__TOKF_VALUE))
        return digits_decoded(w, t, ndigits);
    if (ndigits)
        *ndigits = t->count;
    return (long)t->hash;
}

static int64_t name_lookup(figparse__window *w, int i, const figparse__date_ctx *ctx);
static void names_find(const char *key, size_t len, int lang, int *month, int *weekday);

/* Whether a name at token i that is also a word needs a capital: "may",
 * "march", "sun", "sat" are words too, so a name of three letters or one
 * of those English words is a name only with a capital, unless the locale
 * is not English (or a day came just before, or the text is a field). */
static bool needs_capital(figparse__window *w, int i, const figparse__date_ctx *ctx) {
    int lang = ctx->fp->lang;
    const figparse__token *t = figparse__tok(w, i);
    if ((lang >= 0 && lang != FIGPARSE__LANGI_EN) || !(t->flags & FIGPARSE__TOKF_ASCII) ||
        (t->flags & FIGPARSE__TOKF_INITCAP))
        return false;
    size_t n = 0;
    const char *key = figparse__folded(w, i, &n);
    return key && (n <= 3 || (n == 5 && memcmp(key, "march", 5) == 0) || (n == 3 && memcmp(key, "may", 3) == 0) ||
                   (n == 6 && memcmp(key, "august", 6) == 0));
}

/* A month or weekday name at token i (with an abbreviation's period).
 * Lenient: a day came just before ("the 2nd of march"), so names that are
 * also words need no capital. Both kinds are looked up at once and
 * memoized per token (name_lookup() reads 1 token past i); the capital is
 * asked after. */
static int name_at_lenient(figparse__window *w, int i, const figparse__date_ctx *ctx, int kind, int *end,
                           bool lenient) {
    static const char tag;
    /* a memo is kept only of a known word: ask it first */
    const figparse__memo *memo = figparse__memo_get(w, i, &tag);
    int64_t names;
    if (memo) {
        names = memo->num;
    } else {
        if (!figparse__word_known(w, i))
            return 0;
        names = name_lookup(w, i, ctx);
        figparse__memo_put(w, i, &tag, NULL, names, i);
    }
    /* per kind, 8 bits: the value, and 0x10 when the name took a period */
    int got = (int)(names >> (kind == FIGPARSE__DATE_MONTH ? 0 : 8)) & 0xFF, v = got & 0x0F;
    bool dotted = (got & 0x10) != 0;
    /* an abbreviation with its period ("sept.") needs no capital */
    if (!v || (!lenient && !ctx->field && !dotted && needs_capital(w, i, ctx)))
        return 0;
    *end = i + (dotted ? 2 : 1);
    return v;
}

/* Whether token i is a month or weekday name, read leniently (as
 * read_point()'s forms read a name after a day). */
static bool month_or_weekday_at(figparse__window *w, int i, const figparse__date_ctx *ctx) {
    int e;
    return name_at_lenient(w, i, ctx, FIGPARSE__DATE_MONTH, &e, true) ||
           name_at_lenient(w, i, ctx, FIGPARSE__DATE_WEEKDAY, &e, true);
}

/* The names at token i: the month in bits 0-7, the weekday in bits 8-15,
 * each its value with 0x10 when it is an abbreviation read with the period
 * after it ("sept."). */
static int64_t name_lookup(figparse__window *w, int i, const figparse__date_ctx *ctx) {
    if (!figparse__may_key(w, i, w->dnames))
        return 0;
    char key[64];
    size_t n = figparse__word_lower(w, i, key, sizeof key);
    if (n == 0)
        return 0;
    int lang = ctx->fp->lang, month = 0, weekday = 0, m2 = 0, w2 = 0;
    if (figparse__punct(w, i + 1) == '.' && figparse__tok(w, i + 1)->start == figparse__tok(w, i)->end &&
        n + 1 < sizeof key && figparse__may_key(w, i, w->dnames_longer)) {
        key[n] = '.';
        names_find(key, n + 1, lang, &month, &weekday);
    }
    if (!month || !weekday)
        names_find(key, n, lang, &m2, &w2);
    int64_t mb = month ? month | 0x10 : m2, wb = weekday ? weekday | 0x10 : w2;
    return mb | wb << 8;
}

static int name_at(figparse__window *w, int i, const figparse__date_ctx *ctx, int kind, int *end) {
    return name_at_lenient(w, i, ctx, kind, end, false);
}

/* A year of four digits, 1000..2999, not glued to letters or digits. */
static int year_at(figparse__window *w, int i) {
    int nd = 0;
    long v = digits_at(w, i, &nd);
    if (nd != 4 || v < 1000 || v > 2999)
        return 0;
    return (int)v;
}

/* A day of the month, 1..31, with an ordinal suffix: "11", "11th", "1st";
 * glued to a month name ("15Sep", "14april") when ctx is given. */
static int day_at_ctx(figparse__window *w, int i, const figparse__date_ctx *ctx, int *end) {
    int nd;
    long v = digits_at(w, i, &nd);
    if (v < 1 || v > 31 || nd > 2)
        return 0;
    *end = i + 1;
    const figparse__token *s = figparse__tok(w, i + 1);
    if (s->type == FIGPARSE__TOK_WORD && s->start == figparse__tok(w, i)->end) {
        char suf[8];
        size_t n = figparse__word_lower(w, i + 1, suf, sizeof suf);
        int e;
        if (n == 2 && (!strcmp(suf, "st") || !strcmp(suf, "nd") || !strcmp(suf, "rd") ||
                       !strcmp(suf, "th")))
            *end = i + 2;
        else if (!ctx || !name_at(w, i + 1, ctx, FIGPARSE__DATE_MONTH, &e))
            return 0; /* "11am", "3pm": not a day */
    }
    return (int)v;
}

static int day_at(figparse__window *w, int i, int *end) { return day_at_ctx(w, i, NULL, end); }

/* Days of the month in words: "eighth", "twenty-fourth", "thirty first",
 * and, where cardinals are allowed (after a month name), "twenty nine". */
static const struct {
    const char *key;
    int8_t value;
    bool ordinal;
} day_words[] = {
    {"eight", 8, false},      {"eighteen", 18, false},   {"eighteenth", 18, true},
    {"eighth", 8, true},      {"eleven", 11, false},     {"eleventh", 11, true},
    {"fifteen", 15, false},   {"fifteenth", 15, true},   {"fifth", 5, true},
    {"first", 1, true},       {"five", 5, false},        {"four", 4, false},
    {"fourteen", 14, false},  {"fourteenth", 14, true},  {"fourth", 4, true},
    {"nine", 9, false},       {"nineteen", 19, false},   {"nineteenth", 19, true},
    {"ninth", 9, true},       {"one", 1, false},         {"second", 2, true},
    {"seven", 7, false},      {"seventeen", 17, false},  {"seventeenth", 17, true},
    {"seventh", 7, true},     {"six", 6, false},         {"sixteen", 16, false},
    {"sixteenth", 16, true},  {"sixth", 6, true},        {"ten", 10, false},
    {"tenth", 10, true},      {"third", 3, true},        {"thirteen", 13, false},
    {"thirteenth", 13, true}, {"thirtieth", 30, true},   {"thirty", 30, false},
    {"three", 3, false},      {"twelfth", 12, true},     {"twelve", 12, false},
    {"twentieth", 20, true},  {"twenty", 20, false},     {"two", 2, false},
};

static int day_word_find(figparse__window *w, int i, bool *ordinal) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type != FIGPARSE__TOK_WORD || !(t->flags & FIGPARSE__TOKF_ASCII) || t->end - t->start < 3 ||
        t->end - t->start > 11)
        return 0;
    size_t n = 0;
    const char *key = figparse__folded(w, i, &n);
    if (!key || n == 0)
        return 0;
    const void *hit = figparse__find_key(day_words, sizeof day_words / sizeof day_words[0],
                                         sizeof day_words[0], key, n);
    if (!hit)
        return 0;
    size_t k = (size_t)((const char *)hit - (const char *)day_words) / sizeof day_words[0];
    *ordinal = day_words[k].ordinal;
    return day_words[k].value;
}

/* A day written in words at token i; cardinals only when `cardinal`. */
static int day_word_at(figparse__window *w, int i, bool cardinal, int *end) {
    bool ord;
    int v = day_word_find(w, i, &ord);
    if (!v)
        return 0;
    if (v == 20 || v == 30) {
        /* "twenty-fourth", "twenty fourth", "thirty first" */
        int k = figparse__punct(w, i + 1) == '-' ? i + 2 : figparse__is_gap(w, i + 1) ? i + 2 : -1;
        bool o2;
        int u = k > 0 ? day_word_find(w, k, &o2) : 0;
        if (!ord && u >= 1 && u <= 9 && v + u <= 31 && (o2 || cardinal)) {
            *end = k + 1;
            return v + u;
        }
    }
    if (!ord && (!cardinal || v < 10))
        return 0; /* "in May two firms": a count, not a day */
    *end = i + 1;
    return v;
}

/* A day in digits or words. */
static int day_any_at(figparse__window *w, int i, const figparse__date_ctx *ctx, bool cardinal, int *end) {
    int d = day_at_ctx(w, i, ctx, end);
    return d ? d : day_word_at(w, i, cardinal, end);
}

static bool is_sep(uint32_t cp) { return cp == ','; }

/* After a part of a date: the next part's token, past a space or a glued
 * '-', '/' or '.' ("05-Aug-2016", "2012/Aug/10"); -1 when none. */
static int next_part(figparse__window *w, int k, bool punct_ok) {
    if (figparse__is_gap(w, k))
        return k + 1;
    uint32_t p = figparse__punct(w, k);
    if (punct_ok && (p == '-' || p == '/' || p == '.') && figparse__tok(w, k + 1)->start == figparse__tok(w, k)->end &&
        figparse__tok(w, k)->start == figparse__tok(w, k - 1)->end)
        return k + 1;
    if (figparse__tok(w, k)->type != FIGPARSE__TOK_SPACE && figparse__tok(w, k)->start == figparse__tok(w, k - 1)->end &&
        figparse__tok(w, k)->type != FIGPARSE__TOK_PUNCT)
        return k; /* glued: "15Sep" */
    return -1;
}

/* How far back a date written without a year may lie before the reference
 * and still be this year's: about four months (in days; a month counts 31). */
enum { RECENT_PAST_DAYS = 120 };

/* The year of a date written without one: the coming occurrence, unless
 * the date passed within the last four months. So "in October" said in
 * February is this October, "the meeting on March 3" in May is this
 * year's, "in January" in November is next year's. Duckling always looks
 * forward and Chrono mostly does; a text about recent events still gets
 * the recent date. Among the candidates left, the nearest wins. */
static int unwritten_year(const figparse *fp, int month, int day) {
    int ry = fp->opts.ref_year, best = ry;
    long ref = days_from_civil(ry, fp->opts.ref_month, fp->opts.ref_day), best_gap = -1;
    for (int y = ry - 1; y <= ry + 1; y++) {
        long gap;
        if (day) {
            if (!valid_ymd(y, month, day))
                continue; /* February 29: leap years only */
            gap = days_from_civil(y, month, day) - ref;
        } else {
            gap = ((long)y * 12 + month - ((long)ry * 12 + fp->opts.ref_month)) * 31;
        }
        if (gap < -RECENT_PAST_DAYS)
            continue; /* long past: the next one is meant */
        long mag = gap < 0 ? -gap + 1 : gap; /* ties go forward */
        if (best_gap < 0 || mag < best_gap) {
            best_gap = mag;
            best = y;
        }
    }
    if (best_gap < 0) /* February 29 with no leap year near: the next one */
        for (best = ry + 2; best < ry + 8 && !valid_ymd(best, month, day); best++)
            ;
    return best;
}

/* Whether the window starts inside a longer run of numbers and marks
 * ("123-12-1234", "6,107.31", "133-03-03-2020"): no date starts there. */
static bool inside_number(figparse__window *w, int i) {
    if (i != 0 || w->start < 2)
        return false;
    char c = w->text[w->start - 1], d = w->text[w->start - 2];
    return (c == '-' || c == '/' || c == '.' || c == ',' || c == ':') && d >= '0' && d <= '9';
}

/* The number of one or two digits right before the window ("32 August",
 * "29 February 2014"), or 0: when it cannot be a day of the month that
 * follows, the month is no date either. */
static int day_before(figparse__window *w) {
    size_t p = w->start;
    if (p > 0 && (w->text[p - 1] == ' ' || w->text[p - 1] == '-' || w->text[p - 1] == '/'))
        p--;
    size_t n = 0;
    int v = 0, scale = 1;
    while (p > 0 && n < 3 && w->text[p - 1] >= '0' && w->text[p - 1] <= '9') {
        v += (w->text[p - 1] - '0') * scale;
        scale *= 10;
        p--;
        n++;
    }
    bool alone = p == 0 || !((w->text[p - 1] >= '0' && w->text[p - 1] <= '9') || w->text[p - 1] == '.' ||
                             w->text[p - 1] == ',');
    return n >= 1 && n <= 2 && alone ? v : 0;
}

/* A day written with its weekday but no year ("Fri, Jul 18", "Monday
 * 3/9"): when the weekday does not fit the year already chosen but fits
 * the year after or before, that year; otherwise the date as it was (a
 * weekday further off is more likely a slip than a clue). */
static void fit_weekday(figparse_date *o, int wd) {
    if (!wd || !(o->flags & FIGPARSE_DATE_YEAR_FROM_REF) || o->grain != FIGPARSE_GRAIN_DAY)
        return;
    int y = o->first.year, m = o->first.month, d = o->first.day;
    for (int k = 0; k <= 2; k++) {
        int yy = y + (k % 2 ? (k + 1) / 2 : -(k / 2));
        if (valid_ymd(yy, m, d) && weekday_of(days_from_civil(yy, m, d)) == wd) {
            set_day(o, yy, m, d);
            return;
        }
    }
}

/* ---- pieces of dates ------------------------------------------------------- */

/* figparse_date.reserved[0] while a figure is read (cleared before output):
 * the point is a day of the month alone ("the ninth") or a weekday alone
 * ("Friday"), which the other end of a range completes. */
enum { BARE_DAY = 1, BARE_WEEKDAY = 2 };

/* A year in words ("nineteen ninety six") and an era after a year ("88 AD"),
 * defined with the decades below. */
static int year_words(figparse__window *w, int i, const figparse__date_ctx *ctx, bool round_ok, int *end);
static int era_after(figparse__window *w, int k, int *year);

/* A day in cardinal words before a month and a year: "twenty five
 * January nineteen eighty six", "fifteen August 1993" (without the year,
 * "two May meetings" is a count). */
static int cardinal_day_first(figparse__window *w, int i, const figparse__date_ctx *ctx, int *end) {
    int de, e, ye, d = day_word_at(w, i, true, &de);
    if (!d || !figparse__is_gap(w, de) || !name_at(w, de + 1, ctx, FIGPARSE__DATE_MONTH, &e) ||
        !figparse__is_gap(w, e) || !(year_at(w, e + 1) || year_words(w, e + 1, ctx, true, &ye)))
        return 0;
    *end = de;
    return d;
}

/* A date written with a month name: "March 11, 2026", "11 March 2026",
 * "Sept. 30, 2025", "March 11th", "Mar 2026", "05-Aug-2016", "2012/Aug/10",
 * "the 3rd of March", "May twenty-fourth", optionally after a weekday. */
static bool month_name_date(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o,
                            int *end, bool *year_written, int *weekday) {
    int j = i, e;
    *weekday = 0;
    *year_written = false;
    int wd = name_at(w, j, ctx, FIGPARSE__DATE_WEEKDAY, &e);
    if (wd) {
        *weekday = wd;
        j = e;
        if (is_sep(figparse__punct(w, j)))
            j++;
        j = figparse__skip_gap(w, j);
    }
    int month = 0, day = 0, year = 0, k, day2 = 0, day_in_front = 0;
    bool short_year = false; /* a two-digit year may follow the month directly */
    /* year first: "2024 August", "2024-Aug", "2024/August", "2012/Aug/10",
     * "2018 March 18" */
    int y0 = year_at(w, j);
    if (y0 && !wd) {
        int m0 = 0, mk = next_part(w, j + 1, true), ya = era_after(w, j + 1, &y0);
        if (ya != j + 1 && figparse__is_gap(w, ya))
            m0 = name_at(w, ya + 1, ctx, FIGPARSE__DATE_MONTH, &e); /* "2024 AD August" */
        else if (mk > j + 1 || figparse__is_gap(w, j + 1))
            m0 = name_at_lenient(w, mk, ctx, FIGPARSE__DATE_MONTH, &e, !figparse__is_gap(w, j + 1));
        if (m0) {
            set_months(o, y0, m0, m0, FIGPARSE_GRAIN_MONTH);
            *year_written = true;
            *end = e;
            int dk = next_part(w, e, true), de;
            int d0 = dk > 0 ? day_at(w, dk, &de) : 0;
            if (d0 && !year_at(w, dk) && figparse__type_at(w, de) != FIGPARSE__TOK_DIGITS &&
                figparse__punct(w, de) != ':') {
                if (!valid_ymd(y0, m0, d0))
                    return false;
                set_day(o, y0, m0, d0);
                *end = de;
            }
            return true;
        }
    }
    /* day first: "11 March 2026", "the 3rd of March", "10 - 22 August",
     * "05-Aug-2016", "15Sep", "Twenty-fourth of May" */
    int d_end, dj = j, te0;
    if (dword_kind_at(w, dj, NULL, &te0) == DW_THE && figparse__is_gap(w, te0))
        dj = te0 + 1;
    int d = inside_number(w, dj) ? 0 : day_any_at(w, dj, ctx, false, &d_end);
    if (!d)
        d = cardinal_day_first(w, dj, ctx, &d_end);
    if (d) {
        k = figparse__skip_gap(w, d_end);
        int te = 0, tv = 0;
        int to = dword_kind_at(w, k, &tv, &te);
        uint32_t dash = figparse__punct(w, k);
        bool after_between = dj >= 2 && figparse__is_gap(w, dj - 1) && word_is(w, dj - 2, "between");
        if (!after_between && dj >= 4 && figparse__is_gap(w, dj - 1) && word_is(w, dj - 2, "the") &&
            figparse__is_gap(w, dj - 3))
            after_between = word_is(w, dj - 4, "between");
        bool until = to == DW_BEFORE && (word_is(w, k, "until") || word_is(w, k, "till"));
        int k2 = dash == '-' || dash == 0x2013 ? k + 1
               : to == DW_RANGE_TO || until || (to == DW_AND && after_between) ? te : -1;
        int d2_end, d2 = 0;
        if (k2 >= 0) {
            int k3 = figparse__skip_gap(w, k2);
            if (dword_kind_at(w, k3, NULL, &te) == DW_THE)
                k3 = figparse__skip_gap(w, te);
            d2 = day_any_at(w, k3, ctx, false, &d2_end);
        }
        int ok = k2 >= 0 && d2 > d ? figparse__skip_gap(w, d2_end) : -1;
        if (ok >= 0 && dword_kind_at(w, ok, NULL, &te) == DW_OF)
            ok = figparse__skip_gap(w, te);
        if (ok >= 0 && name_at(w, ok, ctx, FIGPARSE__DATE_MONTH, &e)) {
            day2 = d2;
            d_end = d2_end;
        }
    }
    if (d) {
        k = next_part(w, d_end, true);
        int of_end, du;
        if (k > d_end && dword_kind_at(w, k, &du, &of_end) == DW_UNIT && du == FIGPARSE_GRAIN_DAY &&
            word_is(w, k, "day") && figparse__is_gap(w, of_end) && dword_kind_at(w, of_end + 1, NULL, &du) == DW_OF)
            k = of_end + 1; /* "the 15th day of June" */
        if (k >= 0 && dword_kind_at(w, k, NULL, &of_end) == DW_OF)
            k = figparse__skip_gap(w, of_end);
        month = k >= 0 ? name_at_lenient(w, k, ctx, FIGPARSE__DATE_MONTH, &e, k > d_end) : 0;
        if (month) {
            day = d;
            j = e;
        } else {
            day2 = 0;
        }
    }
    if (!month) {
        month = name_at(w, j, ctx, FIGPARSE__DATE_MONTH, &e);
        if (!month)
            return false;
        if (j == 0)
            day_in_front = day_before(w);
        if (day_in_front > 31)
            return false;
        j = e;
        k = next_part(w, j, true);
        if (k >= 0 && k == j && figparse__type_at(w, k) != FIGPARSE__TOK_DIGITS)
            k = -1;
        int ce2;
        if (k < 0 && is_sep(figparse__punct(w, j)) && figparse__is_gap(w, j + 1) && day_at(w, j + 2, &ce2) &&
            ce2 == j + 4)
            k = j + 2; /* "October, 1st": a comma, then an ordinal day */
        int tk;
        if (k >= 0 && dword_kind_at(w, k, NULL, &tk) == DW_THE && figparse__is_gap(w, tk))
            k = tk + 1; /* "february the 15th" */
        int ywe;
        d = k >= 0 && !year_words(w, k, ctx, true, &ywe) ? day_any_at(w, k, NULL, true, &d_end) : 0;
        /* "March 11", not "March 2026" nor "March 11 2026" read as 11-2026 */
        if (d && !year_at(w, k)) {
            const figparse__token *after = figparse__tok(w, d_end);
            if (after->type == FIGPARSE__TOK_PUNCT && after->cp == ':')
                d = 0; /* "March 5:30": a time */
        }
        if (d && !year_at(w, k)) {
            day = d;
            j = d_end;
            /* "August 10 - 22, 2012", "August 10 to 22", "May eighth - tenth" */
            int r = figparse__skip_gap(w, j), te, tv;
            int to = dword_kind_at(w, r, &tv, &te);
            uint32_t dash = figparse__punct(w, r);
            int r2 = dash == '-' || dash == 0x2013 ? r + 1 : to == DW_RANGE_TO ? te : -1;
            int d2_end = 0, d2 = 0;
            if (r2 >= 0) {
                int r3 = figparse__skip_gap(w, r2);
                if (dword_kind_at(w, r3, NULL, &te) == DW_THE)
                    r3 = figparse__skip_gap(w, te);
                if (!year_at(w, r3))
                    d2 = day_any_at(w, r3, NULL, false, &d2_end);
            }
            if (d2 > d) {
                day2 = d2;
                j = d2_end;
            }
        } else if (k >= 0 && figparse__type_at(w, k) == FIGPARSE__TOK_DIGITS && !year_at(w, k) &&
                   figparse__tok(w, k)->count <= 2 && !(figparse__is_gap(w, j) && is_sep(figparse__punct(w, k)))) {
            /* "August 32": a number that cannot be the day; "Aug 96" at the
             * end of a phrase: the year */
            int nd, after = figparse__skip_gap(w, k + 1);
            long v = digits_at(w, k, &nd);
            if (v > 31 && figparse__punct(w, k + 1) != ',') {
                if (nd != 2 || v < 50 || figparse__type_at(w, after) == FIGPARSE__TOK_WORD ||
                    figparse__type_at(w, after) == FIGPARSE__TOK_DIGITS)
                    return false;
                short_year = true;
            }
        }
    }
    /* the year: ", 2026", " , 2026", " 2026", "-2016", "/1974", "of 1995" */
    k = j;
    bool comma = false;
    if (figparse__is_gap(w, k) && is_sep(figparse__punct(w, k + 1)))
        k++;
    if (is_sep(figparse__punct(w, k))) {
        k++;
        comma = true;
    }
    int pk = k == j ? next_part(w, k, true) : figparse__skip_gap(w, k);
    if (pk < 0 || (pk == k && k == j))
        pk = figparse__skip_gap(w, k);
    k = pk;
    int of_end, ofk = dword_kind_at(w, k, NULL, &of_end);
    if ((ofk == DW_OF || (ofk == DW_IN && k > j)) && figparse__is_gap(w, of_end) && year_at(w, of_end + 1))
        k = of_end + 1; /* "June of 1992", "July 4th of 1995", "28 june in 2020" */
    else if (ofk == DW_OF && figparse__is_gap(w, of_end))
        k = of_end + 1; /* "April of 87" */
    year = year_at(w, k);
    if (year) {
        const figparse__token *n = figparse__tok(w, k + 1);
        if (n->type == FIGPARSE__TOK_PUNCT && n->cp == ':')
            year = 0; /* "May 5 2015:30" is unlikely; "Jan 20 12:30" is a time */
    }
    int year_end = k + 1;
    if (!year && k > j)
        year = year_words(w, k, ctx, true, &year_end); /* "August two thousand and fifteen" */
    if (year) {
        j = era_after(w, year_end, &year); /* "10 August 2555 BE" */
    } else if (day || comma || short_year || k > j + 1 || (k == j + 1 && !figparse__is_gap(w, j))) {
        /* "3 Aug 96", "Aug 9, 96", "31-Oct-74", "April of 87": two digits after a
         * day, a comma, a dash or "of" */
        int nd;
        long yy = digits_at(w, k, &nd);
        const figparse__token *n = figparse__tok(w, k + 1);
        bool decimal = n->type == FIGPARSE__TOK_PUNCT && (n->cp == ':' || n->cp == '.') &&
                       figparse__type_at(w, k + 2) == FIGPARSE__TOK_DIGITS; /* "Aug 9, 10.5" */
        bool count_after = !day && comma && (figparse__is_gap(w, k + 1) && figparse__type_at(w, k + 2) == FIGPARSE__TOK_WORD);
        if (nd == 2 && yy >= 0 && !decimal && !count_after && !(n->type == FIGPARSE__TOK_PUNCT && n->cp == ':') &&
            n->type != FIGPARSE__TOK_WORD && n->type != FIGPARSE__TOK_DIGITS &&
            (day || comma || short_year || k != figparse__skip_gap(w, j))) {
            year = (int)yy + (yy < 50 ? 2000 : 1900);
            j = k + 1;
            int written = (int)yy, je = era_after(w, j, &written);
            if (je != j) { /* "10 August 88 AD" is the year 88 */
                year = written;
                j = je;
            }
        }
    }
    *year_written = year != 0;
    bool year_written_now = year != 0;
    if (year && day_in_front && !day && !valid_ymd(year, month, day_in_front))
        return false; /* "29 February 2014": not February 2014 either */
    if (!year) {
        if (!ctx->fp->opts.ref_year)
            return false; /* never padded from the clock */
        year = unwritten_year(ctx->fp, month, day);
        o->flags |= FIGPARSE_DATE_YEAR_FROM_REF;
    }
    if (day) {
        if (!valid_ymd(year, month, day) || (day2 && !valid_ymd(year, month, day2)))
            return false;
        set_day(o, year, month, day);
        if (day2) {
            o->last.day = (uint8_t)day2;
            o->flags |= FIGPARSE_DATE_RANGE;
        } else {
            /* a weekday after the date: "Jul 18, Fri" */
            int q = is_sep(figparse__punct(w, j)) ? j + 1 : j, qe;
            int wd2 = figparse__is_gap(w, q) ? name_at(w, q + 1, ctx, FIGPARSE__DATE_WEEKDAY, &qe) : 0;
            if (wd2 && !*weekday && !year_written_now) {
                *weekday = wd2;
                j = qe;
            }
            fit_weekday(o, *weekday);
        }
    } else {
        set_months(o, year, month, month, FIGPARSE_GRAIN_MONTH);
    }
    *end = j;
    return true;
}

/* Numeric dates: ISO "2026-03-11", "2026-03", "2026/06/30" and day/month
 * orders "30.06.2026", "06/30/2026", "3/4/2025". */
static bool numeric_date(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o,
                         int *end, bool after_context, bool after_weekday) {
    int n1, n2, n3 = 0;
    long a = digits_at(w, i, &n1);
    if (a < 0 || inside_number(w, i))
        return false;
    uint32_t s1 = figparse__punct(w, i + 1);
    if (s1 != '-' && s1 != '/' && s1 != '.')
        return false;
    long b = digits_at(w, i + 2, &n2);
    if (b >= 1000 && n2 == 4 && n1 <= 2 && a >= 1 && a <= 12 &&
        (s1 == '/' || (s1 == '-' && n1 == 2)) && figparse__punct(w, i + 3) != s1 &&
        figparse__type_at(w, i + 3) != FIGPARSE__TOK_DIGITS) {
        /* m/yyyy: "9/2012", "09/2012", "12-2015" */
        set_months(o, (int)b, (int)a, (int)a, FIGPARSE_GRAIN_MONTH);
        *end = i + 3;
        return true;
    }
    if (b < 0 || n2 > 2)
        return false;
    uint32_t s2 = figparse__punct(w, i + 3);
    long c = s2 == s1 ? digits_at(w, i + 4, &n3) : -1;
    if (n1 == 4) {
        /* ISO order */
        if (c >= 0 && n3 <= 2) {
            if (s1 == '.' && (n2 != 2 || n3 != 2))
                return false;
            if (b > 12 && s1 == '/' && valid_ymd((int)a, (int)c, (int)b)) {
                long t = b; /* "2024/13/1": year, day, month, as only that order reads */
                b = c;
                c = t;
            }
            if (!valid_ymd((int)a, (int)b, (int)c))
                return false;
            set_day(o, (int)a, (int)b, (int)c);
            *end = i + 5;
            /* a time: T09:00, T09:00:00, Z or an offset */
            const figparse__token *t = figparse__tok(w, i + 5);
            long hh, mm;
            int nh, nm;
            if (t->type == FIGPARSE__TOK_WORD && t->end - t->start == 1 &&
                (w->text[t->start] == 'T' || w->text[t->start] == 't') &&
                (hh = digits_at(w, i + 6, &nh)) >= 0 && nh == 2 && hh < 24 &&
                figparse__punct(w, i + 7) == ':' && (mm = digits_at(w, i + 8, &nm)) >= 0 &&
                nm == 2 && mm < 60) {
                o->first.hour = (uint8_t)hh;
                o->first.minute = (uint8_t)mm;
                o->grain = FIGPARSE_GRAIN_MINUTE;
                int k = i + 9;
                long ss;
                int ns;
                if (figparse__punct(w, k) == ':' && (ss = digits_at(w, k + 1, &ns)) >= 0 && ns == 2 &&
                    ss < 61) {
                    o->first.second = (uint8_t)ss;
                    o->grain = FIGPARSE_GRAIN_SECOND;
                    k += 2;
                }
                const figparse__token *z = figparse__tok(w, k);
                uint32_t sign = figparse__punct(w, k);
                long oh, om;
                int no, nmm;
                if (z->type == FIGPARSE__TOK_WORD && z->end - z->start == 1 &&
                    (w->text[z->start] == 'Z' || w->text[z->start] == 'z')) {
                    o->first.has_offset = 1;
                    k++;
                } else if ((sign == '+' || sign == '-') && (oh = digits_at(w, k + 1, &no)) >= 0 &&
                           no == 2 && figparse__punct(w, k + 2) == ':' &&
                           (om = digits_at(w, k + 3, &nmm)) >= 0 && nmm == 2) {
                    o->first.has_offset = 1;
                    o->first.utc_offset_min = (int16_t)((sign == '-' ? -1 : 1) * (oh * 60 + om));
                    k += 4;
                }
                o->last = o->first;
                *end = k;
            }
            return true;
        }
        /* "2026-03", "2014/10", "2015-3" (not inside a longer run of numbers) */
        if ((s1 != '-' && s1 != '/') || (n2 != 2 && (s1 != '-' || n2 != 1)) || b < 1 || b > 12 ||
            (s2 == s1 && c >= 0) || (s2 == '.' && figparse__type_at(w, i + 4) == FIGPARSE__TOK_DIGITS) ||
            figparse__type_at(w, i + 3) == FIGPARSE__TOK_DIGITS ||
            (s1 == '/' && figparse__type_at(w, i + 3) == FIGPARSE__TOK_WORD))
            return false;
        set_months(o, (int)a, (int)b, (int)b, FIGPARSE_GRAIN_MONTH);
        *end = i + 3;
        return true;
    }
    /* d/m/y or m/d/y; without the year ("2/15", "22/04") only where the text
     * says it is a date: after a date word, or with a part over 12 and not
     * a fraction ("3/4 of the total", "1/16 inch") */
    if (n1 > 2)
        return false;
    int year = 0;
    if (c < 0) {
        const figparse__token *nx = figparse__tok(w, i + 3);
        if (s2 == s1 || s2 == ':' || nx->type == FIGPARSE__TOK_DIGITS || nx->type == FIGPARSE__TOK_WORD ||
            ((s2 == '.' || s2 == ',') && figparse__type_at(w, i + 4) == FIGPARSE__TOK_DIGITS) || /* "30/4.85" */
            !ctx->fp->opts.ref_year || a < 1 || b < 1)
            return false;
        bool over12 = (a > 12) != (b > 12);
        int mk, mke;
        if ((mk = figparse__skip_gap(w, i + 3)) > i + 3 && name_at(w, mk, ctx, FIGPARSE__DATE_MONTH, &mke))
            return false; /* "4-22 January": days of that month */
        int ok = figparse__skip_gap(w, i + 3), oe;
        if (dword_kind_at(w, ok, NULL, &oe) == DW_OF ||
            (figparse__type_at(w, ok) == FIGPARSE__TOK_WORD && !figparse__word_known(w, ok) && !after_weekday))
            return false;
        if (!(s1 == '/' && (after_context || over12 || ctx->field)) &&
            !(s1 == '-' && (after_context || ctx->field) && over12) && !(s1 == '.' && after_weekday))
            return false;
        if (i == 0 && w->start > 0 && strchr("/-.,", w->text[w->start - 1]) && w->text[w->start - 1])
            return false; /* inside a longer number */
    } else if (n3 != 4 && n3 != 2) {
        return false;
    } else {
        year = (int)c;
        if (n3 == 2) {
            if (s1 == '.' && (n1 != 2 || n2 != 2))
                return false; /* "version 1.1.30" */
            year += year < 50 ? 2000 : 1900;
        }
    }
    bool day_first;
    bool ambiguous = false;
    if (a > 12 && b <= 12)
        day_first = true;
    else if (b > 12 && a <= 12)
        day_first = false;
    else {
        if (ctx->fp->opts.flags & FIGPARSE_OPT_DAY_FIRST)
            day_first = true;
        else if (ctx->order && *ctx->order)
            day_first = *ctx->order == 1;
        else if (s1 == '.')
            day_first = true; /* 30.06.2026 is a European form */
        else {
            /* en-US and no hint: month first; most other locales day first */
            const char *loc = ctx->fp->opts.locale;
            day_first = loc[0] && strcmp(loc, "en") != 0 && strncmp(loc, "en-US", 5) != 0;
        }
        ambiguous = a != b;
    }
    int d = (int)(day_first ? a : b), m = (int)(day_first ? b : a);
    if (m > 12 || d > 31)
        return false;
    if (!year) {
        year = unwritten_year(ctx->fp, m, d);
        o->flags |= FIGPARSE_DATE_YEAR_FROM_REF;
    }
    if (!valid_ymd(year, m, d))
        return false;
    set_day(o, year, m, d);
    if (ambiguous && !(ctx->order && *ctx->order) && !(ctx->fp->opts.flags & FIGPARSE_OPT_DAY_FIRST) &&
        s1 != '.')
        o->flags |= FIGPARSE_DATE_AMBIGUOUS_ORDER;
    if (!ambiguous && ctx->order && a != b)
        *ctx->order = day_first ? 1 : 2;
    *end = c < 0 ? i + 3 : i + 5;
    return true;
}

/* ISO 8601's basic form, eight digits: "20161016", "report-20170302.html".
 * Only a real day in 1900..2099 counts, so most other eight-digit numbers
 * (ids, phone numbers) stay numbers. */
static bool basic_iso_date(figparse__window *w, int i, figparse_date *o, int *end) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type != FIGPARSE__TOK_DIGITS || t->count != 8 || t->end - t->start != 8)
        return false;
    const char *p = w->text + t->start;
    int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    int m = (p[4] - '0') * 10 + (p[5] - '0'), d = (p[6] - '0') * 10 + (p[7] - '0');
    const figparse__token *n = figparse__tok(w, i + 1);
    if (y < 1900 || y > 2099 || !valid_ymd(y, m, d) || (n->type == FIGPARSE__TOK_PUNCT && (n->cp == ',' || n->cp == '.') &&
                                                        figparse__type_at(w, i + 2) == FIGPARSE__TOK_DIGITS))
        return false;
    set_day(o, y, m, d);
    *end = i + 1;
    return true;
}

/* A field that is nothing but numbers with spaces or marks between them:
 * "2 / 15", "15 - 2", "31 10 1974", "10 31 1974" (day and month in the
 * locale's order unless one is over 12; no year: the nearest one). */
static bool field_numeric(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o,
                          int *end) {
    if (!ctx->field)
        return false;
    long p[3];
    int nd[3], n = 0, k = i;
    bool dash = false, spaced = false;
    while (n < 3) {
        long v = digits_at(w, k, &nd[n]);
        if (v < 0)
            return false;
        p[n++] = v;
        k++;
        int k2 = figparse__skip_gap(w, k);
        uint32_t c = figparse__punct(w, k2);
        if (c == '/' || c == '-' || c == '.')
            k2 = figparse__skip_gap(w, k2 + 1);
        dash |= c == '-';
        if (k2 == k || figparse__type_at(w, k2) != FIGPARSE__TOK_DIGITS)
            break;
        spaced |= c != '/' && c != '-' && c != '.';
        k = k2;
    }
    int year = 0, a, b;
    if (n == 2 && nd[0] <= 2 && nd[1] <= 2) {
        a = (int)p[0];
        b = (int)p[1];
    } else if (n == 3 && nd[2] == 4 && nd[0] <= 2 && nd[1] <= 2) {
        a = (int)p[0];
        b = (int)p[1];
        year = (int)p[2];
    } else {
        return false;
    }
    bool day_first;
    if (a > 12 && b <= 12)
        day_first = true;
    else if (b > 12 && a <= 12)
        day_first = false;
    else {
        const char *loc = ctx->fp->opts.locale;
        day_first = (ctx->fp->opts.flags & FIGPARSE_OPT_DAY_FIRST) ||
                    (loc[0] && strcmp(loc, "en") != 0 && strncmp(loc, "en-US", 5) != 0);
        if (a != b)
            o->flags |= FIGPARSE_DATE_AMBIGUOUS_ORDER;
    }
    int d = day_first ? a : b, m = day_first ? b : a;
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return false;
    if (!year && spaced && !day_first)
        return false; /* "17 02" is a French day; "3 30" is a time as often as March 30 */
    if (!year) {
        if (dash && a <= 12 && b <= 12)
            return false; /* "3-1" alone is a score as often as a date */
        if (!ctx->fp->opts.ref_year)
            return false;
        year = unwritten_year(ctx->fp, m, d);
        o->flags |= FIGPARSE_DATE_YEAR_FROM_REF;
    }
    if (!valid_ymd(year, m, d))
        return false;
    set_day(o, year, m, d);
    *end = k;
    return true;
}

/* The digit or numeral value of a CJK date part at token i ("2026", "３",
 * "元" for the first year of an era). */
static long cjk_number_at(figparse__window *w, int i, const figparse__date_ctx *ctx, int *end) {
    if (figparse__type_at(w, i) == FIGPARSE__TOK_DIGITS) {
        *end = i + 1;
        return digits_at(w, i, NULL);
    }
    const figparse__token *t = figparse__tok(w, i);
    if (t->cp == 0x5143 /* 元 */) {
        *end = i + 1;
        return 1;
    }
    figparse__number n;
    if (t->flags & FIGPARSE__TOKF_CJK) {
        if (figparse__read_number(w, i, ctx->fp, ctx->lx, &n) && !n.overflow && n.value.exp >= 0 &&
            n.value.exp <= 3 && n.value.coef > 0 && n.value.coef < 10000) {
            long v = (long)n.value.coef;
            for (int x = 0; x < n.value.exp; x++)
                v *= 10;
            if (v < 10000) {
                *end = n.end;
                return v;
            }
        }
    }
    return -1;
}

/* Japanese eras through ICU's Japanese calendar: the Gregorian year of year
 * `n` of the era starting at token i, or 0. */
static int era_year(figparse__window *w, int i, long n, int *name_end) {
    static const struct {
        uint32_t a, b;
        int era; /* ICU era number in the Japanese calendar */
    } eras[] = {
        {0x4EE4, 0x548C, 236}, /* 令和 */
        {0x5E73, 0x6210, 235}, /* 平成 */
        {0x662D, 0x548C, 234}, /* 昭和 */
        {0x5927, 0x6B63, 233}, /* 大正 */
        {0x660E, 0x6CBB, 232}, /* 明治 */
    };
    uint32_t a = figparse__tok(w, i)->cp, b = figparse__tok(w, i + 1)->cp;
    for (size_t k = 0; k < sizeof eras / sizeof eras[0]; k++) {
        if (eras[k].a != a || eras[k].b != b)
            continue;
        *name_end = i + 2;
        if (n < 0)
            return -1;
        static const UChar utc[] = {'U', 'T', 'C', 0};
        UErrorCode err = U_ZERO_ERROR;
        UCalendar *cal = ucal_open(utc, -1, "ja_JP@calendar=japanese", UCAL_DEFAULT, &err);
        if (U_FAILURE(err))
            return 0;
        ucal_clear(cal);
        ucal_set(cal, UCAL_ERA, eras[k].era);
        ucal_set(cal, UCAL_YEAR, (int32_t)n);
        ucal_set(cal, UCAL_MONTH, UCAL_DECEMBER);
        ucal_set(cal, UCAL_DATE, 31);
        UDate when = ucal_getMillis(cal, &err);
        UCalendar *greg = ucal_open(utc, -1, "en_US@calendar=gregorian", UCAL_GREGORIAN, &err);
        int year = 0;
        if (U_SUCCESS(err)) {
            ucal_setMillis(greg, when, &err);
            year = ucal_get(greg, UCAL_YEAR, &err);
            ucal_close(greg);
        }
        ucal_close(cal);
        return U_SUCCESS(err) ? year : 0;
    }
    return 0;
}

/* 2026年3月11日, 2026年3月, 2026년 3월 11일, 2026년 1분기, 令和8年3月11日. */
static bool cjk_date(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    int j = i, e;
    int era_end = 0;
    bool era = false;
    int probe = era_year(w, i, -1, &era_end);
    if (probe == -1) {
        era = true;
        j = era_end;
    }
    long y = cjk_number_at(w, j, ctx, &e);
    if (y < 1)
        return false;
    uint32_t ycp = figparse__tok(w, e)->cp;
    if (ycp != 0x5E74 /* 年 */ && ycp != 0xB144 /* 년 */)
        return false;
    int year = (int)y;
    if (era) {
        int dummy;
        year = era_year(w, i, y, &dummy);
        if (year <= 0)
            return false;
        o->flags |= FIGPARSE_DATE_ERA;
    } else if (y < 1000) {
        return false;
    }
    j = figparse__skip_gap(w, e + 1);
    *end = e + 1;
    set_year(o, year);
    long m = cjk_number_at(w, j, ctx, &e);
    uint32_t mcp = m > 0 ? figparse__tok(w, e)->cp : 0;
    if (m >= 1 && m <= 4 && mcp == 0xBD84 /* 분 of 분기 */ && figparse__tok(w, e + 1)->cp == 0xAE30) {
        set_months(o, year, (int)m * 3 - 2, (int)m * 3, FIGPARSE_GRAIN_QUARTER);
        *end = e + 2;
        return true;
    }
    if (m < 1 || m > 12 || (mcp != 0x6708 /* 月 */ && mcp != 0xC6D4 /* 월 */))
        return true;
    set_months(o, year, (int)m, (int)m, FIGPARSE_GRAIN_MONTH);
    *end = e + 1;
    j = figparse__skip_gap(w, e + 1);
    long d = cjk_number_at(w, j, ctx, &e);
    uint32_t dcp = d > 0 ? figparse__tok(w, e)->cp : 0;
    if (d >= 1 && valid_ymd(year, (int)m, (int)d) && (dcp == 0x65E5 /* 日 */ || dcp == 0xC77C /* 일 */)) {
        set_day(o, year, (int)m, (int)d);
        *end = e + 1;
    }
    return true;
}

/* "Q3 2025", "3Q25", "2025 Q3", "H2 2019", "FY2024", "FY 2024". */
static bool quarter_date(figparse__window *w, int i, int ref_year, figparse_date *o, int *end) {
    const figparse__token *t = figparse__tok(w, i);
    char key[16];
    size_t n = figparse__word_lower(w, i, key, sizeof key);
    int nd;
    if (n == 1 && (key[0] == 'q' || key[0] == 'h') && figparse__tok(w, i + 1)->start == t->end) {
        long q = digits_at(w, i + 1, &nd);
        int max = key[0] == 'q' ? 4 : 2;
        if (q < 1 || q > max || nd != 1)
            return false;
        int k = figparse__skip_gap(w, i + 2), oe;
        if (k == i + 2 && figparse__punct(w, k) == '-' && figparse__tok(w, k + 1)->start == figparse__tok(w, k)->end)
            k++; /* "q1-2019" */
        else if (k > i + 2 && dword_kind_at(w, k, NULL, &oe) == DW_OF && figparse__is_gap(w, oe) && year_at(w, oe + 1))
            k = oe + 1; /* "q1 of 2017" */
        int fy_end;
        if (dword_kind_at(w, k, NULL, &fy_end) == DW_FISCAL) {
            o->flags |= FIGPARSE_DATE_FISCAL;
            k = figparse__skip_gap(w, fy_end);
        }
        int year = year_at(w, k);
        *end = k + 1;
        if (!year) {
            /* "Q1" alone: of the reference year */
            const figparse__token *a = figparse__tok(w, i + 2);
            if (!ref_year || (o->flags & FIGPARSE_DATE_FISCAL) || a->type == FIGPARSE__TOK_WORD ||
                a->type == FIGPARSE__TOK_DIGITS || (a->type == FIGPARSE__TOK_PUNCT && a->start == figparse__tok(w, i + 1)->end &&
                                                    a->cp != ',' && a->cp != '.' && a->cp != ')' && a->cp != ';'))
                return false;
            year = ref_year;
            o->flags |= FIGPARSE_DATE_YEAR_FROM_REF;
            *end = i + 2;
        }
        if (key[0] == 'q')
            set_months(o, year, (int)q * 3 - 2, (int)q * 3, FIGPARSE_GRAIN_QUARTER);
        else
            set_months(o, year, q == 1 ? 1 : 7, q == 1 ? 6 : 12, FIGPARSE_GRAIN_MONTH);
        return true;
    }
    if (n == 2 && (!strcmp(key, "fy") || !strcmp(key, "cy"))) {
        int k = figparse__skip_gap(w, i + 1);
        int year = year_at(w, k);
        long yy = digits_at(w, k, &nd);
        if (!year && nd == 2 && yy >= 0 && figparse__tok(w, k)->start == t->end)
            year = 2000 + (int)yy;
        if (!year)
            return false;
        set_year(o, year);
        if (key[0] == 'f')
            o->flags |= FIGPARSE_DATE_FISCAL; /* "CY2008" is the calendar year */
        *end = k + 1;
        return true;
    }
    /* 2018Q4, 18q4, 2017-q1, 2019-H2 */
    long yq = digits_at(w, i, &nd);
    if ((nd == 4 || nd == 2) && yq >= 0) {
        int qi = i + 1;
        if (figparse__punct(w, qi) == '-' && figparse__tok(w, qi)->start == t->end)
            qi++;
        const figparse__token *u = figparse__tok(w, qi);
        char k2[8];
        int ndq;
        if (u->start == figparse__tok(w, qi - 1)->end && figparse__word_lower(w, qi, k2, sizeof k2) == 1 &&
            (k2[0] == 'q' || k2[0] == 'h') && figparse__tok(w, qi + 1)->start == u->end) {
            long p = digits_at(w, qi + 1, &ndq);
            int year = nd == 4 ? (int)yq : 2000 + (int)yq;
            const figparse__token *after = figparse__tok(w, qi + 2);
            if (ndq == 1 && p >= 1 && p <= (k2[0] == 'q' ? 4 : 2) && year >= 1000 && year <= 2999 &&
                after->type != FIGPARSE__TOK_WORD && after->type != FIGPARSE__TOK_DIGITS &&
                (nd == 4 || qi == i + 1)) {
                if (k2[0] == 'q')
                    set_months(o, year, (int)p * 3 - 2, (int)p * 3, FIGPARSE_GRAIN_QUARTER);
                else
                    set_months(o, year, p == 1 ? 1 : 7, p == 1 ? 6 : 12, FIGPARSE_GRAIN_MONTH);
                *end = qi + 2;
                return true;
            }
        }
    }
    /* 3Q25, 3Q2025 */
    long q = digits_at(w, i, &nd);
    if (q >= 1 && q <= 4 && nd == 1) {
        const figparse__token *u = figparse__tok(w, i + 1);
        char k2[8];
        if (u->start == t->end && figparse__word_lower(w, i + 1, k2, sizeof k2) == 1 && k2[0] == 'q' &&
            figparse__tok(w, i + 2)->start == u->end) {
            long y = digits_at(w, i + 2, &nd);
            int year = nd == 4 ? (int)y : nd == 2 ? 2000 + (int)y : 0;
            if (year >= 1000) {
                set_months(o, year, (int)q * 3 - 2, (int)q * 3, FIGPARSE_GRAIN_QUARTER);
                *end = i + 3;
                return true;
            }
        }
    }
    /* 2025 Q3, 2019 H2 */
    int year = year_at(w, i);
    if (year && figparse__is_gap(w, i + 1)) {
        n = figparse__word_lower(w, i + 2, key, sizeof key);
        const figparse__token *u = figparse__tok(w, i + 2);
        if (n == 1 && (key[0] == 'q' || key[0] == 'h') && figparse__tok(w, i + 3)->start == u->end) {
            long p = digits_at(w, i + 3, &nd);
            if (nd == 1 && p >= 1 && p <= (key[0] == 'q' ? 4 : 2)) {
                if (key[0] == 'q')
                    set_months(o, year, (int)p * 3 - 2, (int)p * 3, FIGPARSE_GRAIN_QUARTER);
                else
                    set_months(o, year, p == 1 ? 1 : 7, p == 1 ? 6 : 12, FIGPARSE_GRAIN_MONTH);
                *end = i + 4;
                return true;
            }
        }
    }
    return false;
}

/* "the third quarter of 2025", "first half of 2026", "fiscal 2025",
 * "fiscal year 2025". */
static bool worded_period(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o,
                          int *end) {
    int j = i, v, e;
    int kind = dword_kind_at(w, j, &v, &e);
    if (kind == DW_THE) {
        j = figparse__skip_gap(w, e);
        kind = dword_kind_at(w, j, &v, &e);
    }
    if (kind == DW_FISCAL) {
        int k = figparse__skip_gap(w, e);
        int year = year_at(w, k);
        if (!year)
            return false;
        set_year(o, year);
        o->flags |= FIGPARSE_DATE_FISCAL;
        *end = k + 1;
        return true;
    }
    if (kind != DW_ORDINAL) {
        /* "3rd quarter", "4th qtr 2018" */
        int de, d = day_at(w, j, &de);
        if (!d || d > 4 || de != j + 2)
            return false;
        v = d;
        e = de;
    }
    int ord = v;
    int k = figparse__skip_gap(w, e);
    int unit = dword_kind_at(w, k, &v, &e);
    bool half = unit == DW_HALF;
    if (!half && !(unit == DW_UNIT && v == FIGPARSE_GRAIN_QUARTER &&
                   w->text[figparse__tok(w, e - 1)->end - 1] != 's'))
        return false;
    if ((half && ord > 2) || ord > 4)
        return false;
    int unit_end = e;
    k = figparse__skip_gap(w, e);
    int of = dword_kind_at(w, k, NULL, &e);
    if (of == DW_OF || of == DW_IN)
        k = figparse__skip_gap(w, e);
    int fy_end;
    if (dword_kind_at(w, k, NULL, &fy_end) == DW_FISCAL) {
        o->flags |= FIGPARSE_DATE_FISCAL;
        k = figparse__skip_gap(w, fy_end);
    }
    int year = year_at(w, k), te2, se2;
    if (!year && (of == DW_OF || of == DW_IN) && ctx->fp->opts.ref_year &&
        (dword_kind_at(w, k, NULL, &te2) == DW_THE || (dword_kind_at(w, k, &se2, &te2) == DW_SHIFT && se2 == 0)) &&
        figparse__is_gap(w, te2) && word_is(w, te2 + 1, "year")) {
        /* "the first quarter of the year", "... of this year" */
        year = ctx->fp->opts.ref_year;
        o->flags |= FIGPARSE_DATE_YEAR_FROM_REF;
        k = te2 + 1;
    }
    if (year) {
        *end = k + 1;
    } else {
        /* "the third quarter": of the reference year */
        const figparse__token *t = figparse__tok(w, k);
        if (!ctx->fp->opts.ref_year || (of == DW_OF || of == DW_IN) || (o->flags & FIGPARSE_DATE_FISCAL) ||
            t->type == FIGPARSE__TOK_DIGITS)
            return false;
        year = ctx->fp->opts.ref_year;
        o->flags |= FIGPARSE_DATE_YEAR_FROM_REF;
        *end = unit_end;
    }
    if (half)
        set_months(o, year, ord == 1 ? 1 : 7, ord == 1 ? 6 : 12, FIGPARSE_GRAIN_MONTH);
    else
        set_months(o, year, ord * 3 - 2, ord * 3, FIGPARSE_GRAIN_QUARTER);
    return true;
}

/* One point of a date (defined with the figures below); the forms that
 * hold another date inside them ("the week of April 10th") read it here. */
static bool read_point(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o,
                       int *end, bool after_context);
static void resolve_shift(const figparse *fp, figparse_date *o, int offset, figparse_grain unit);

/* The Monday on or before day z. */
static long monday_of(long z) { return z - (weekday_of(z) - 1); }

/* The Monday of ISO week 1 of year y (the week holding January 4th). */
static long iso_week1(int y) { return monday_of(days_from_civil(y, 1, 4)); }

static void set_week(figparse_date *o, long monday) { set_day_span(o, monday, monday + 6, FIGPARSE_GRAIN_WEEK); }

/* The period after "of" in "first Monday of ...", "last week of ...": a
 * month (with or without its year), a year, or "next month" / "last year". */
static bool period_of(figparse__window *w, int k, const figparse__date_ctx *ctx, figparse_date *p, int *end) {
    int s, se, u, ue;
    memset(p, 0, sizeof *p);
    if (dword_kind_at(w, k, &s, &se) == DW_SHIFT && figparse__is_gap(w, se) &&
        dword_kind_at(w, se + 1, &u, &ue) == DW_UNIT &&
        (u == FIGPARSE_GRAIN_MONTH || u == FIGPARSE_GRAIN_YEAR) && w->text[figparse__tok(w, ue - 1)->end - 1] != 's') {
        if (!ctx->fp->opts.ref_year)
            return false;
        resolve_shift(ctx->fp, p, s, (figparse_grain)u);
        *end = ue;
        return true;
    }
    int y = year_at(w, k);
    if (y) {
        set_year(p, y);
        *end = k + 1;
        return true;
    }
    int te;
    if (dword_kind_at(w, k, NULL, &te) == DW_THE && figparse__is_gap(w, te) &&
        (word_is(w, te + 1, "month") || word_is(w, te + 1, "year"))) {
        /* "the first Monday of the month": this month */
        if (!ctx->fp->opts.ref_year)
            return false;
        resolve_shift(ctx->fp, p, 0, word_is(w, te + 1, "month") ? FIGPARSE_GRAIN_MONTH : FIGPARSE_GRAIN_YEAR);
        *end = te + 2;
        return true;
    }
    bool yw;
    int wd;
    return month_name_date(w, k, ctx, p, end, &yw, &wd) && p->grain == FIGPARSE_GRAIN_MONTH;
}

/* A part of the day after a weekday ("Wednesday evening next week"): the
 * token after it, or k. */
static int skip_day_part(figparse__window *w, int k) {
    if ((word_is(w, k, "morning") || word_is(w, k, "afternoon") || word_is(w, k, "evening") ||
         word_is(w, k, "night")) && figparse__is_gap(w, k + 1))
        return k + 2;
    return k;
}

/* Whether "week 10" without a date word before it ends at token k: at the
 * end, before a mark that ends a phrase, or before a number or a word the
 * tables know ("week 10 8 p.m."), not before an ordinary word ("every week 3
 * people") or a fraction ("week 10.5"). */
static bool week_number_alone(figparse__window *w, int k) {
    const figparse__token *t = figparse__tok(w, k);
    if (t->type == FIGPARSE__TOK_END)
        return true;
    if (t->type == FIGPARSE__TOK_PUNCT)
        return (t->cp < 0x80 && strchr(",;:!?)", (int)t->cp) != NULL) ||
               (t->cp == '.' && figparse__type_at(w, k + 1) != FIGPARSE__TOK_DIGITS);
    if (!figparse__is_gap(w, k))
        return false;
    int n = figparse__type_at(w, k + 1);
    return n == FIGPARSE__TOK_DIGITS || (n == FIGPARSE__TOK_WORD && figparse__word_known(w, k + 1));
}

/* "the first Monday of March", "last Friday in October 2013", "the
 * second week of 2021", "the last week of July", "first monday of next
 * month"; "week 31", "week 3 of 2027"; "the week of April 10th", "the week
 * beginning February 4". Weeks run from Monday; the weeks of a year are
 * ISO weeks, those of a month the weeks whose Monday falls in it. */
static bool week_or_nth(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end,
                        bool after_context) {
    int j = i, e = i, v = 0;
    if (dword_kind_at(w, j, NULL, &e) == DW_THE && figparse__is_gap(w, e))
        j = e + 1;
    else if (word_is(w, j, "a") && figparse__is_gap(w, j + 1) && word_is(w, j + 2, "week"))
        j += 2; /* "a week starting tomorrow" */
    int n = 0;
    int kind = dword_kind_at(w, j, &v, &e);
    if (kind == DW_ORDINAL)
        n = v;
    else if (kind == DW_SHIFT && v == -1 && word_is(w, j, "last"))
        n = -1;
    else {
        int de, d = day_at(w, j, &de);
        if (d && de == j + 2 && d <= 5) {
            n = d;
            e = de;
        } else if ((d = day_word_at(w, j, false, &de)) != 0 && d <= 5) {
            n = d;
            e = de;
        }
    }
    if (n > 0 && figparse__is_gap(w, e) && word_is(w, e + 1, "last")) {
        n = -n; /* "the third last week of 2018", "2nd last Friday of May" */
        e += 2;
    }
    int k = figparse__is_gap(w, e) ? e + 1 : -1, ue, u;
    if (n && k > 0) {
        int wd = name_at(w, k, ctx, FIGPARSE__DATE_WEEKDAY, &ue);
        bool week = false, day_unit = false;
        if (!wd && dword_kind_at(w, k, &u, &ue) == DW_UNIT && w->text[figparse__tok(w, ue - 1)->end - 1] != 's') {
            week = u == FIGPARSE_GRAIN_WEEK;
            day_unit = u == FIGPARSE_GRAIN_DAY; /* "the last day of October 2015", "the 5th last day of May" */
        }
        int ok = figparse__skip_gap(w, ue), oe, pe;
        if (wd)
            ok = skip_day_part(w, ok); /* "the first Monday evening of next month" */
        int of = (wd || week || day_unit) ? dword_kind_at(w, ok, NULL, &oe) : DW_NONE;
        figparse_date p;
        if ((of == DW_OF || of == DW_IN) && figparse__is_gap(w, oe) && period_of(w, oe + 1, ctx, &p, &pe)) {
            long first = days_from_civil(p.first.year, p.first.month, p.first.day);
            long last = days_from_civil(p.last.year, p.last.month, p.last.day), day;
            /* n < 0 counts from the end: -1 the last, -2 the one before */
            if (day_unit) {
                day = n > 0 ? first + (n - 1) : last + (n + 1);
                if (day < first || day > last)
                    return false;
                set_day_span(o, day, day, FIGPARSE_GRAIN_DAY);
            } else if (wd) {
                if (n > 0)
                    day = first + (wd - weekday_of(first) + 7) % 7 + 7L * (n - 1);
                else
                    day = last - (weekday_of(last) - wd + 7) % 7 + 7L * (n + 1);
                if (day < first || day > last)
                    return false;
                set_day_span(o, day, day, FIGPARSE_GRAIN_DAY);
            } else if (p.grain == FIGPARSE_GRAIN_YEAR) {
                long mon = n > 0 ? iso_week1(p.first.year) + 7L * (n - 1)
                                 : monday_of(days_from_civil(p.first.year, 12, 28)) + 7L * (n + 1);
                if (mon < iso_week1(p.first.year))
                    return false;
                set_week(o, mon);
            } else {
                long mon = n > 0 ? first + (1 - weekday_of(first) + 7) % 7 + 7L * (n - 1) : monday_of(last) + 7L * (n + 1);
                if (mon < first || mon > last)
                    return false;
                set_week(o, mon);
            }
            o->flags |= p.flags & (FIGPARSE_DATE_RELATIVE | FIGPARSE_DATE_YEAR_FROM_REF);
            *end = pe;
            return true;
        }
        return false;
    }
    /* "week 31", "week 3 of 2027" */
    if (dword_kind_at(w, j, &u, &ue) != DW_UNIT || u != FIGPARSE_GRAIN_WEEK || !figparse__is_gap(w, ue) ||
        w->text[figparse__tok(w, ue - 1)->end - 1] == 's')
        return false;
    k = ue + 1;
    if (word_is(w, k, "after") && figparse__is_gap(w, k + 1) && word_is(w, k + 2, "next") && ctx->fp->opts.ref_year) {
        resolve_shift(ctx->fp, o, 2, FIGPARSE_GRAIN_WEEK); /* "the week after next" */
        *end = k + 3;
        return true;
    }
    int nd;
    long wn = digits_at(w, k, &nd);
    if (wn >= 1 && wn <= 53 && nd <= 2) {
        int ok = figparse__skip_gap(w, k + 1), oe, pe;
        figparse_date p;
        int year = 0;
        *end = k + 1;
        if (dword_kind_at(w, ok, NULL, &oe) == DW_OF && figparse__is_gap(w, oe) && period_of(w, oe + 1, ctx, &p, &pe) &&
            p.grain == FIGPARSE_GRAIN_YEAR) {
            year = p.first.year;
            *end = pe;
            o->flags |= p.flags & FIGPARSE_DATE_RELATIVE;
        } else if ((after_context || j > i || week_number_alone(w, k + 1)) && ctx->fp->opts.ref_year) {
            year = ctx->fp->opts.ref_year;
            o->flags |= FIGPARSE_DATE_YEAR_FROM_REF;
        } else {
            return false;
        }
        long mon = iso_week1(year) + 7L * (wn - 1);
        if (wn == 53 && monday_of(days_from_civil(year, 12, 28)) < mon)
            return false;
        set_week(o, mon);
        return true;
    }
    /* "the week of April 10th", "the week beginning February 4" (from a
     * Monday: that week; from another day: the seven days from it) */
    int se;
    bool starting = false;
    if (dword_kind_at(w, k, NULL, &se) == DW_OF)
        k = figparse__skip_gap(w, se);
    else if (word_is(w, k, "beginning") || word_is(w, k, "starting") || word_is(w, k, "commencing")) {
        starting = true;
        k = figparse__skip_gap(w, k + 1);
        if (word_is(w, k, "on") || word_is(w, k, "from"))
            k = figparse__skip_gap(w, k + 1);
    } else
        return false;
    figparse_date d;
    int de;
    if (!read_point(w, k, ctx, &d, &de, true) || d.grain != FIGPARSE_GRAIN_DAY || (d.flags & FIGPARSE_DATE_RANGE) ||
        (d.flags & FIGPARSE_DATE_UNRESOLVED))
        return false;
    long z = days_from_civil(d.first.year, d.first.month, d.first.day);
    if (starting && weekday_of(z) != 1)
        set_day_span(o, z, z + 6, FIGPARSE_GRAIN_DAY);
    else
        set_week(o, monday_of(z));
    o->flags |= d.flags & (FIGPARSE_DATE_RELATIVE | FIGPARSE_DATE_YEAR_FROM_REF);
    *end = de;
    return true;
}

/* "the 1990s", "1990s". */
static bool decade(figparse__window *w, int i, figparse_date *o, int *end) {
    int j = i, e;
    if (dword_kind_at(w, j, NULL, &e) == DW_THE)
        j = figparse__skip_gap(w, e);
    int year = year_at(w, j);
    const figparse__token *s = figparse__tok(w, j + 1);
    if (!year || year % 10 != 0 || s->type != FIGPARSE__TOK_WORD || s->start != figparse__tok(w, j)->end ||
        s->end - s->start != 1 || (w->text[s->start] != 's'))
        return false;
    set_dt(&o->first, year, 1, 1);
    set_dt(&o->last, year + 9, 12, 31);
    o->grain = FIGPARSE_GRAIN_YEAR;
    *end = j + 2;
    return true;
}

/* ---- relative dates -------------------------------------------------------- */

static void set_unresolved(figparse_date *o, int offset, figparse_grain unit, int weekday) {
    memset(&o->first, 0, sizeof o->first);
    memset(&o->last, 0, sizeof o->last);
    o->grain = unit;
    o->flags |= FIGPARSE_DATE_RELATIVE | FIGPARSE_DATE_UNRESOLVED;
    o->offset = offset;
    o->unit = unit;
    o->weekday = weekday;
}

/* The period `offset` units from the reference, at the unit's grain. */
static void resolve_shift(const figparse *fp, figparse_date *o, int offset, figparse_grain unit) {
    o->flags |= FIGPARSE_DATE_RELATIVE;
    o->offset = offset;
    o->unit = unit;
    if (!fp->opts.ref_year) {
        set_unresolved(o, offset, unit, 0);
        return;
    }
    int y = fp->opts.ref_year, m = fp->opts.ref_month;
    long today = days_from_civil(y, m, fp->opts.ref_day);
    switch (unit) {
    case FIGPARSE_GRAIN_DAY:
        set_day_span(o, today + offset, today + offset, FIGPARSE_GRAIN_DAY);
        break;
    case FIGPARSE_GRAIN_WEEK: {
        long monday = today - (weekday_of(today) - 1) + 7L * offset;
        set_day_span(o, monday, monday + 6, FIGPARSE_GRAIN_WEEK);
        break;
    }
    case FIGPARSE_GRAIN_MONTH: {
        long mm = (long)y * 12 + (m - 1) + offset;
        int yy, mo;
        civil_from_months(mm, &yy, &mo);
        set_months(o, yy, mo, mo, FIGPARSE_GRAIN_MONTH);
        break;
    }
    case FIGPARSE_GRAIN_QUARTER: {
        long qq = (long)y * 4 + (m - 1) / 3 + offset;
        int yy = (int)(qq / 4), q = (int)(qq % 4);
        set_months(o, yy, q * 3 + 1, q * 3 + 3, FIGPARSE_GRAIN_QUARTER);
        break;
    }
    default:
        set_year(o, y + offset);
        break;
    }
}

/* The day `count` units after `day` (before, when negative); a month
 * shift keeps the day of the month where it can (Jan 31 + 1 month: Feb 28). */
static long add_units(long day, int count, figparse_grain unit) {
    if (unit == FIGPARSE_GRAIN_DAY)
        return day + count;
    if (unit == FIGPARSE_GRAIN_WEEK)
        return day + 7L * count;
    int y, m, d;
    civil_from_days(day, &y, &m, &d);
    long months = unit == FIGPARSE_GRAIN_YEAR ? 12L * count : unit == FIGPARSE_GRAIN_QUARTER ? 3L * count : count;
    long mm = (long)y * 12 + (m - 1) + months;
    int yy, mo;
    civil_from_months(mm, &yy, &mo);
    return days_from_civil(yy, mo, d > month_days(yy, mo) ? month_days(yy, mo) : d);
}

static long ref_days(const figparse *fp) {
    return days_from_civil(fp->opts.ref_year, fp->opts.ref_month, fp->opts.ref_day);
}

/* The day `count` units from the reference: "in two months", "three years
 * ago" name a day, not the month or year around it. */
static void shift_day(const figparse *fp, figparse_date *o, int count, figparse_grain unit) {
    o->flags |= FIGPARSE_DATE_RELATIVE;
    o->offset = count;
    o->unit = unit;
    if (!fp->opts.ref_year) {
        set_unresolved(o, count, unit, 0);
        return;
    }
    long day = add_units(ref_days(fp), count, unit);
    set_day_span(o, day, day, FIGPARSE_GRAIN_DAY);
}

/* Which weekday a relative phrase names. */
enum weekday_mode {
    WD_LAST = -1,   /* "last Friday": the latest one before the reference */
    WD_COMING = 0,  /* "this Friday", "Friday": the coming one, today included */
    WD_NEXT = 1,    /* "next Friday": the one in next week (weeks from Monday) */
    WD_AFTER_NEXT = 2 /* "Friday after next": the second one after today */
};

/* A weekday relative to the reference; unresolved without one. */
static void weekday_day(const figparse *fp, figparse_date *o, int wd, int mode) {
    o->flags |= FIGPARSE_DATE_RELATIVE;
    o->weekday = wd;
    o->offset = mode > 0 ? 1 : mode;
    o->unit = FIGPARSE_GRAIN_DAY;
    if (!fp->opts.ref_year) {
        set_unresolved(o, o->offset, FIGPARSE_GRAIN_DAY, wd);
        return;
    }
    long today = ref_days(fp);
    int tw = weekday_of(today);
    long day;
    if (mode == WD_LAST)
        day = today - ((tw - wd + 7) % 7 == 0 ? 7 : (tw - wd + 7) % 7);
    else if (mode == WD_NEXT)
        day = today - (tw - 1) + 7 + (wd - 1);
    else if (mode == WD_AFTER_NEXT)
        day = today + ((wd - tw + 7) % 7 == 0 ? 7 : (wd - tw + 7) % 7) + 7;
    else
        day = today + (wd - tw + 7) % 7;
    set_day_span(o, day, day, FIGPARSE_GRAIN_DAY);
}

/* Weekday `wd` of the week `offset` weeks from the reference's (weeks from
 * Monday): "Tuesday of next week", "next week Wednesday". */
static void weekday_of_week(const figparse *fp, figparse_date *o, int wd, int offset) {
    o->flags |= FIGPARSE_DATE_RELATIVE;
    o->weekday = wd;
    o->offset = offset;
    o->unit = FIGPARSE_GRAIN_WEEK;
    if (!fp->opts.ref_year) {
        set_unresolved(o, offset, FIGPARSE_GRAIN_WEEK, wd);
        o->grain = FIGPARSE_GRAIN_DAY;
        return;
    }
    long today = ref_days(fp);
    long day = today - (weekday_of(today) - 1) + 7L * offset + (wd - 1);
    set_day_span(o, day, day, FIGPARSE_GRAIN_DAY);
}

/* "last weekday", "next weekday" (token k after the shift word): the
 * working day, Monday to Friday, before or after the reference. */
static bool business_day(const figparse *fp, figparse__window *w, int k, int shift, figparse_date *o,
                         int *end) {
    if (shift == 0 || !word_is(w, k, "weekday"))
        return false;
    *end = k + 1;
    o->flags |= FIGPARSE_DATE_RELATIVE;
    o->offset = shift;
    o->unit = FIGPARSE_GRAIN_DAY;
    if (!fp->opts.ref_year) {
        set_unresolved(o, shift, FIGPARSE_GRAIN_DAY, 0);
        return true;
    }
    long day = ref_days(fp);
    do
        day += shift;
    while (weekday_of(day) > 5);
    set_day_span(o, day, day, FIGPARSE_GRAIN_DAY);
    return true;
}

/* "next week", "last week", "this week" at token i: the week offset. */
static bool week_shift_at(figparse__window *w, int i, int *offset, int *end) {
    int s, se, u, ue;
    if (dword_kind_at(w, i, &s, &se) != DW_SHIFT || !figparse__is_gap(w, se) ||
        dword_kind_at(w, se + 1, &u, &ue) != DW_UNIT || u != FIGPARSE_GRAIN_WEEK ||
        w->text[figparse__tok(w, ue - 1)->end - 1] == 's')
        return false;
    *offset = s;
    *end = ue;
    return true;
}

/* A vague count at token i, after an optional "a": "few" is three (as
 * Duckling and Chrono read it), "couple" two; 0 for anything else. *end
 * after the word. */
static long vague_count(figparse__window *w, int i, int *end) {
    int j = word_is(w, i, "a") && figparse__is_gap(w, i + 1) ? i + 2 : i;
    long n = word_is(w, j, "few") ? 3 : word_is(w, j, "couple") ? 2 : 0;
    if (n)
        *end = j + 1;
    return n;
}

/* A whole number 1..9999 at token i, in digits or words, or "(a) few";
 * *end after it. */
static bool read_count(figparse__window *w, int i, const figparse__date_ctx *ctx, long *value, int *end) {
    if (vague_count(w, i, end) == 3) {
        *value = 3;
        return true;
    }
    int t = figparse__type_at(w, i);
    if (t != FIGPARSE__TOK_DIGITS && t != FIGPARSE__TOK_WORD)
        return false;
    figparse__number n;
    /* a word the number reader cannot start at, by its first test (most
     * words here: "the", "world"), before the reader itself */
    bool may = t == FIGPARSE__TOK_DIGITS || figparse__count_may_start(w, i, ctx);
#ifdef FIGPARSE_DATE_CHECK_STARTS
    if (!may && figparse__read_number(w, i, ctx->fp, ctx->lx, &n))
        abort(); /* figparse__count_may_start() must be certain */
#endif
    if (!may || !figparse__read_number(w, i, ctx->fp, ctx->lx, &n) || n.overflow || n.value.exp < 0 ||
        n.value.exp > 3 || n.has_fraction || n.value.coef < 1 || n.value.coef > 9999)
        return false;
    long v = (long)n.value.coef;
    for (int x = 0; x < n.value.exp; x++)
        v *= 10; /* canonical decimals: 40 is 4e1 */
    if (v < 1 || v > 9999)
        return false;
    *value = v;
    *end = n.end;
    return true;
}

/* A unit word after a count at token k (past a space). */
static bool unit_after(figparse__window *w, int k, figparse_grain *unit, int *end) {
    int v, e;
    if (dword_kind_at(w, figparse__skip_gap(w, k), &v, &e) != DW_UNIT)
        return false;
    *unit = (figparse_grain)v;
    *end = e;
    return true;
}

/* "fortnight(s)" at token k: two weeks, after a count. The length first:
 * most words asked are of neither. */
static bool fortnight_at(figparse__window *w, int k) {
    const figparse__token *t = figparse__tok(w, k);
    size_t n = t->end - t->start;
    return (n == 9 && word_is(w, k, "fortnight")) || (n == 10 && word_is(w, k, "fortnights"));
}

/* count_units() without its pretest. */
static bool read_count_units(figparse__window *w, int i, const figparse__date_ctx *ctx, int *count,
                             figparse_grain *unit, int *end) {
    long value;
    int ne;
    if (!read_count(w, i, ctx, &value, &ne))
        return false;
    *count = (int)value;
    if (unit_after(w, ne, unit, end))
        return true;
    if (!fortnight_at(w, figparse__skip_gap(w, ne)))
        return false;
    *count = 2 * (int)value; /* "a fortnight ago": two weeks */
    *unit = FIGPARSE_GRAIN_WEEK;
    *end = figparse__skip_gap(w, ne) + 1;
    return true;
}

/* Whether the number reader, having read digits, may take word token f,
 * the first word after them, as a scale suffix (figparse__read_number():
 * a word written against the digits or against the dash of ",-", "5bn",
 * "1.198,-Kr"; never after a space). */
static bool suffix_may_follow(figparse__window *w, int f) {
    const figparse__token *p = figparse__tok(w, f - 1);
    uint32_t mark = figparse__punct(w, f - 2);
    return p->type == FIGPARSE__TOK_DIGITS || (p->type == FIGPARSE__TOK_PUNCT && (mark == ',' || mark == '.'));
}

/* The lexicon words figparse__read_number() reads after digits and a
 * space: scales ("5 million"), the point ("3 point 5") and the myriad units
 * of read_myriad() ("5 억"), which it enters only at one of those. */
static bool reads_after_digits(const figparse__lex_word *x) {
    return x->kind == FIGPARSE__LEX_SCALE || x->kind == FIGPARSE__LEX_POINT || x->kind == FIGPARSE__LEX_MYRIAD ||
           x->kind == FIGPARSE__LEX_SMALL;
}

/* word_after_count() where the number reader may take the first word. */
#define COUNT_READS_ON (-1)

/* The first word after a count at token i (read_count()), found without
 * reading the count (figparse__read_number() costs ~800 instructions, and
 * most counts it is asked for are years and percentages): the index of the
 * first word token after i, which a count read at i ends before; 0 where
 * read_count() reads nothing at i or no word follows; COUNT_READS_ON where
 * the reader may take that word.
 *
 * Why it is exact: a count read at i ends at ne > i. After its first token
 * the reader (number.c) takes a word only as a CJK token; as a suffix after
 * digits (suffix_may_follow()); or as a lexicon key of ctx->lx that
 * figparse__lex_at() finds at that word, after digits only of the kinds
 * reads_after_digits() lists. (Not with another table: one is
 * picked only for CJK tokens. Not inside a key of several words begun
 * before it: such a key begins at a word the reader asks, and before the
 * first word that is only i, whose key read_spelled() takes only up to the
 * next token, no word.) So where the first word f is none of those, ne <=
 * f. A CJK count is left to the reader; "few", "a few" (vague_count()) are
 * counts of their own. */
static int word_after_count(figparse__window *w, int i, const figparse__date_ctx *ctx) {
    int e;
    const figparse__token *t = figparse__tok(w, i);
    if (t->type == FIGPARSE__TOK_WORD && ((t->flags & FIGPARSE__TOKF_CJK) || vague_count(w, i, &e) == 3))
        return COUNT_READS_ON;
    bool digits = t->type == FIGPARSE__TOK_DIGITS;
    if (!digits && t->type != FIGPARSE__TOK_WORD)
        return 0; /* read_count() reads nothing else */
    /* nor at a word the number reader cannot start at (read_count()'s own
     * test), before the words after it are looked up ("in keeping up") */
    if (!digits && !figparse__count_may_start(w, i, ctx))
        return 0;
    int f = i + 1;
    for (; (t = figparse__tok(w, f))->type != FIGPARSE__TOK_WORD; f++)
        if (t->type == FIGPARSE__TOK_END)
            return 0;
    if ((t->flags & FIGPARSE__TOKF_CJK) || (digits && suffix_may_follow(w, f)))
        return COUNT_READS_ON;
    /* a word neither filter knows is no lexicon word; figparse__lex_at()
     * finds none whose bit is clear in lexwords */
    const figparse__lex_word *x = figparse__word_known(w, f) && figparse__may_key(w, f, w->lexwords)
                                      ? figparse__lex_at(w, f, ctx->lx, &e)
                                      : NULL;
    return x && (!digits || reads_after_digits(x)) ? COUNT_READS_ON : f;
}

enum unit_place { UNIT_NONE, UNIT_AT, UNIT_MAY };

/* Where the unit after a count at token i must be (read_count_units()):
 * UNIT_NONE where it fails, UNIT_AT where the unit can only be the word
 * before *unit_end, UNIT_MAY where the count may read past that word. The
 * unit is the word at skip_gap(ne) after a count ending at ne, so where
 * word_after_count() gives f, ne <= f and it is f (no word lies between
 * i and f), or there is none. */
static enum unit_place unit_place(figparse__window *w, int i, const figparse__date_ctx *ctx, int *unit_end) {
    int f = word_after_count(w, i, ctx);
    if (f == COUNT_READS_ON)
        return UNIT_MAY;
    if (f == 0)
        return UNIT_NONE;
    if (figparse__word_known(w, f) && dword_kind_at(w, f, NULL, unit_end) == DW_UNIT)
        return UNIT_AT; /* (a date word is a word the filter knows) */
    *unit_end = f + 1;
    return fortnight_at(w, f) ? UNIT_AT : UNIT_NONE;
}

#ifdef FIGPARSE_DATE_CHECK_STARTS
/* The check build reads on where a pretest refused, and aborts if that
 * matches. */
#define REFUSED(what, i, slow)                                                                    \
    do {                                                                                          \
        if (slow) {                                                                               \
            fprintf(stderr, "date.c: %s refused at token %d, and it matches\n", what, i);        \
            abort();                                                                              \
        }                                                                                         \
    } while (0)
#else
#define REFUSED(what, i, slow) ((void)0)
#endif

/* An amount of units: "three days", "2 weeks", "a month". */
static bool count_units(figparse__window *w, int i, const figparse__date_ctx *ctx, int *count,
                        figparse_grain *unit, int *end) {
    int ue;
    if (unit_place(w, i, ctx, &ue) == UNIT_NONE) {
        REFUSED("count_units()", i, read_count_units(w, i, ctx, count, unit, end));
        return false;
    }
    return read_count_units(w, i, ctx, count, unit, end);
}

static bool date_after_weekday(figparse__window *w, int k, const figparse__date_ctx *ctx, figparse_date *o,
                               int *end);

/* A month named with a count of years from now after it (token k after the
 * month): "March in a year", "May in 2 years" is that month of the year so
 * many years from the reference's; "March after next" is the second March
 * to come. */
static bool month_in_years(figparse__window *w, int k, const figparse__date_ctx *ctx, int month, figparse_date *o,
                           int *end) {
    const figparse *fp = ctx->fp;
    int q = figparse__skip_gap(w, k), qe, years = 0, count;
    figparse_grain unit;
    if (q == k || !fp->opts.ref_year)
        return false;
    if (word_is(w, q, "after") && figparse__is_gap(w, q + 1) && word_is(w, q + 2, "next")) {
        years = month > fp->opts.ref_month ? 1 : 2;
        qe = q + 3;
    } else if (dword_kind_at(w, q, NULL, &qe) == DW_IN && figparse__is_gap(w, qe) &&
               count_units(w, qe + 1, ctx, &count, &unit, &qe) && unit == FIGPARSE_GRAIN_YEAR) {
        years = count;
    } else {
        return false;
    }
    o->flags |= FIGPARSE_DATE_RELATIVE;
    o->offset = years;
    o->unit = FIGPARSE_GRAIN_YEAR;
    set_months(o, fp->opts.ref_year + years, month, month, FIGPARSE_GRAIN_MONTH);
    *end = qe;
    return true;
}


/* Whether an "ago"-type date word (DW_AGO in en_dwords: "ago", "later",
 * "hence", "from now") follows token i in the window: units_ago() matches
 * only with one after the count, read by the same dword_kind_at(), so a
 * miss here is a certain miss there. Past the window's last token every
 * token is END (figparse__tok()). */
static bool ago_word_follows(figparse__window *w, int i) {
    for (int k = i + 1;; k++) {
        int type = figparse__type_at(w, k), e;
        if (type == FIGPARSE__TOK_END)
            return false;
        if (type == FIGPARSE__TOK_WORD && dword_kind_at(w, k, NULL, &e) == DW_AGO)
            return true;
    }
}

/* "3 days ago", "a fortnight later": a count of units, then a DW_AGO word. */
static bool units_ago(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    int count, ce, v, ae;
    figparse_grain unit;
    enum unit_place place = unit_place(w, i, ctx, &ce);
    if (place == UNIT_NONE ||
        (place == UNIT_AT && dword_kind_at(w, figparse__skip_gap(w, ce), NULL, &ae) != DW_AGO)) {
        REFUSED("units_ago()", i,
                read_count_units(w, i, ctx, &count, &unit, &ce) &&
                    dword_kind_at(w, figparse__skip_gap(w, ce), &v, &ae) == DW_AGO);
        return false;
    }
    if (!read_count_units(w, i, ctx, &count, &unit, &ce) ||
        dword_kind_at(w, figparse__skip_gap(w, ce), &v, &ae) != DW_AGO)
        return false;
    shift_day(ctx->fp, o, v * count, unit);
    *end = ae;
    return true;
}

static bool relative_date(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o,
                          int *end) {
    const figparse *fp = ctx->fp;
    int v, e, kind = dword_kind_at(w, i, &v, &e);
    if (kind == DW_RELDAY) {
        resolve_shift(fp, o, v, FIGPARSE_GRAIN_DAY);
        *end = e;
        return true;
    }
    if (kind == DW_IN) {
        /* "in two weeks" */
        int count, ce;
        figparse_grain unit;
        if (!count_units(w, figparse__skip_gap(w, e), ctx, &count, &unit, &ce))
            return false;
        shift_day(fp, o, count, unit);
        *end = ce;
        if (figparse__is_gap(w, ce) && word_is(w, ce + 1, "from") && figparse__is_gap(w, ce + 2) &&
            (word_is(w, ce + 3, "today") || word_is(w, ce + 3, "now")))
            *end = ce + 4; /* "in two days from today" */
        return true;
    }
    if (kind == DW_SHIFT) {
        int k = figparse__skip_gap(w, e);
        if (v == 0 && (word_is(w, k, "upcoming") || word_is(w, k, "coming")) && figparse__is_gap(w, k + 1))
            k += 2; /* "this upcoming Friday": the coming one */
        else if (word_is(w, k, "calendar") && figparse__is_gap(w, k + 1))
            k += 2; /* "this calendar year" */
        if (v <= 0 && (word_is(w, k, "morning") || word_is(w, k, "afternoon") || word_is(w, k, "evening") ||
                       word_is(w, k, "night"))) {
            /* "this morning", "last night": the day they fall on */
            if (v < 0 && !word_is(w, k, "night"))
                return false;
            resolve_shift(fp, o, v, FIGPARSE_GRAIN_DAY);
            *end = k + 1;
            return true;
        }
        if (word_is(w, k, "weekend") && fp->opts.ref_year) {
            /* "this weekend", "last weekend": Saturday and Sunday of that week */
            long sat = monday_of(ref_days(fp)) + 7L * v + 5;
            set_day_span(o, sat, sat + 1, FIGPARSE_GRAIN_DAY);
            o->flags |= FIGPARSE_DATE_RELATIVE;
            o->offset = v;
            o->unit = FIGPARSE_GRAIN_WEEK;
            *end = k + 1;
            return true;
        }
        if (business_day(fp, w, k, v, o, end))
            return true;
        int u, ue;
        int wd = name_at(w, k, ctx, FIGPARSE__DATE_WEEKDAY, &ue);
        if (wd) {
            /* "last Thursday": the latest one before; "next Friday": the
             * one in next week; "this Monday": the coming one; a date
             * written after it wins ("this Friday 7/6", "next friday (jun-15)") */
            int de, dk = ue;
            if (is_sep(figparse__punct(w, dk)))
                dk++;
            dk = figparse__skip_gap(w, dk);
            if (figparse__punct(w, dk) == '-' || figparse__punct(w, dk) == '(')
                dk++;
            if (date_after_weekday(w, dk, ctx, o, &de)) {
                o->weekday = wd;
                fit_weekday(o, wd);
                *end = figparse__punct(w, de) == ')' ? de + 1 : de;
                return true;
            }
            memset(o, 0, sizeof *o);
            *end = ue;
            weekday_day(fp, o, wd, v < 0 ? WD_LAST : v > 0 ? WD_NEXT : WD_COMING);
            return true;
        }
        int woff, wend;
        if (week_shift_at(w, i, &woff, &wend)) {
            /* "next week Wednesday", "this week Monday", "last week - Friday",
             * "next week on Tuesday" */
            int q = figparse__skip_gap(w, wend);
            uint32_t pq = figparse__punct(w, q);
            if (pq == '-' || pq == ',')
                q = figparse__skip_gap(w, q + 1);
            else if (q == wend && (pq == '\'' || pq == 0x2019) && word_is(w, q + 1, "s"))
                q = figparse__skip_gap(w, q + 2); /* "last week's Sunday" */
            int oe;
            if (dword_kind_at(w, q, NULL, &oe) == DW_CONTEXT && word_is(w, q, "on"))
                q = figparse__skip_gap(w, oe);
            int we, wd2 = name_at(w, q, ctx, FIGPARSE__DATE_WEEKDAY, &we);
            if (wd2) {
                weekday_of_week(fp, o, wd2, woff);
                *end = we;
                return true;
            }
        }
        int cnt, ce;
        figparse_grain cu;
        if (count_units(w, k, ctx, &cnt, &cu, &ce) && cnt > 1 && !word_is(w, i, "upcoming")) {
            /* "next 3 days": the three days after today; "last 2 quarters":
             * the two quarters before this one, at the unit's grain */
            figparse_date a, b;
            memset(&a, 0, sizeof a);
            memset(&b, 0, sizeof b);
            resolve_shift(fp, &a, v < 0 ? -cnt : 1, cu);
            resolve_shift(fp, &b, v < 0 ? -1 : cnt, cu);
            if (!fp->opts.ref_year || v == 0)
                return false;
            *o = a;
            o->last = b.last;
            o->flags |= FIGPARSE_DATE_RANGE;
            o->offset = v < 0 ? -cnt : cnt;
            *end = ce;
            return true;
        }
        int month = name_at(w, k, ctx, FIGPARSE__DATE_MONTH, &ue);
        if (month) {
            /* "last February": the latest one before the reference month */
            *end = ue;
            o->flags |= FIGPARSE_DATE_RELATIVE;
            o->unit = FIGPARSE_GRAIN_MONTH;
            if (!fp->opts.ref_year) {
                set_unresolved(o, v, FIGPARSE_GRAIN_MONTH, 0);
                return true;
            }
            int y = fp->opts.ref_year;
            if (v < 0 && month >= fp->opts.ref_month)
                y--;
            else if (v > 0 && month <= fp->opts.ref_month)
                y++;
            set_months(o, y, month, month, FIGPARSE_GRAIN_MONTH);
            return true;
        }
        if (dword_kind_at(w, k, &u, &ue) == DW_UNIT &&
            w->text[figparse__tok(w, ue - 1)->end - 1] != 's') { /* "the coming years": vague */
            resolve_shift(fp, o, v, (figparse_grain)u);
            *end = ue;
            return true;
        }
        return false;
    }
    if (kind == DW_EARLIER) {
        /* "earlier this year", "later this month" */
        int k = figparse__skip_gap(w, e);
        int s, se;
        if (dword_kind_at(w, k, &s, &se) != DW_SHIFT)
            return false;
        int u, ue;
        k = figparse__skip_gap(w, se);
        if (dword_kind_at(w, k, &u, &ue) != DW_UNIT)
            return false;
        resolve_shift(fp, o, s, (figparse_grain)u);
        *end = ue;
        return true;
    }
    /* "three days ago", "2 weeks from now": reading the count costs ~1,000
     * instructions, so in a field its DW_AGO word after the unit is looked
     * for first. Not in running text: the walk to the window's end would
     * tokenize ahead and find some word there, costing more than it saves. */
#ifndef FIGPARSE_DATE_CHECK_STARTS
    if ((!ctx->field || ago_word_follows(w, i)) && units_ago(w, i, ctx, o, end))
        return true;
#else
    if (ago_word_follows(w, i)) {
        if (units_ago(w, i, ctx, o, end))
            return true;
    } else if (units_ago(w, i, ctx, o, end)) {
        fprintf(stderr, "date.c: units_ago() skipped at token %d, and it matches\n", i);
        abort();
    }
#endif
    /* "June last year", "March next year" */
    int ue;
    int month = name_at(w, i, ctx, FIGPARSE__DATE_MONTH, &ue);
    if (month && month_in_years(w, ue, ctx, month, o, end))
        return true;
    if (month) {
        int k = figparse__skip_gap(w, ue), s, se, u, uu;
        if (dword_kind_at(w, k, &s, &se) == DW_SHIFT &&
            dword_kind_at(w, figparse__skip_gap(w, se), &u, &uu) == DW_UNIT &&
            u == FIGPARSE_GRAIN_YEAR) {
            o->flags |= FIGPARSE_DATE_RELATIVE;
            o->offset = s;
            o->unit = FIGPARSE_GRAIN_YEAR;
            *end = uu;
            if (!fp->opts.ref_year) {
                set_unresolved(o, s, FIGPARSE_GRAIN_YEAR, 0);
                o->grain = FIGPARSE_GRAIN_MONTH;
                o->first.month = o->last.month = (uint8_t)month;
                return true;
            }
            set_months(o, fp->opts.ref_year + s, month, month, FIGPARSE_GRAIN_MONTH);
            return true;
        }
    }
    return false;
}

/* A day written after a weekday: "7/6", "7.6", "Jun-15", "June 15th". */
static bool date_after_weekday(figparse__window *w, int k, const figparse__date_ctx *ctx, figparse_date *o,
                               int *end) {
    bool yw;
    int wd2;
    if (numeric_date(w, k, ctx, o, end, true, true) && o->grain == FIGPARSE_GRAIN_DAY)
        return true;
    memset(o, 0, sizeof *o);
    figparse__date_ctx lenient = *ctx; /* after a weekday "jun" is the month */
    lenient.field = true;
    if (figparse__type_at(w, k) == FIGPARSE__TOK_WORD && month_name_date(w, k, &lenient, o, end, &yw, &wd2) &&
        o->grain == FIGPARSE_GRAIN_DAY && !wd2)
        return true;
    memset(o, 0, sizeof *o);
    return false;
}

static bool word_before(figparse__window *w, const char *const *words, size_t n);

/* A weekday abbreviation with a capital after "or" or "and" ("next week
 * Mon or Tue"): the window starts at it and the word before is the joiner. */
static bool listed_abbreviation(figparse__window *w, int i, int e) {
    static const char *const joiners[] = {"and", "or"};
    return i == 0 && e == 1 && (figparse__tok(w, 0)->flags & FIGPARSE__TOKF_INITCAP) &&
           word_before(w, joiners, 2);
}

/* A weekday without a month: "Friday" (the coming one), "Tuesday of next
 * week", "Friday next week", "Friday after next", "Tuesday the 19th" and
 * "Monday 21" (the next such day on or after the reference), "Friday 7/6". */
static bool weekday_date(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o,
                         int *end) {
    const figparse *fp = ctx->fp;
    int e, wd = name_at(w, i, ctx, FIGPARSE__DATE_WEEKDAY, &e);
    if (!wd)
        return false;
    int k = e;
    if (is_sep(figparse__punct(w, k)))
        k++;
    k = figparse__skip_gap(w, k);
    int ke, woff, we, the_end;
    if (dword_kind_at(w, k, NULL, &ke) == DW_OF || (word_is(w, k, "from") && (ke = k + 1))) {
        ke = figparse__skip_gap(w, ke); /* "Tuesday of next week", "Sunday from last week" */
        if (dword_kind_at(w, ke, NULL, &the_end) == DW_THE && figparse__is_gap(w, the_end))
            ke = the_end + 1; /* "Monday of the following week" */
    } else {
        ke = k;
    }
    if (week_shift_at(w, ke, &woff, &we)) {
        weekday_of_week(fp, o, wd, woff);
        *end = we;
        return true;
    }
    if (word_is(w, k, "after") && figparse__is_gap(w, k + 1) && word_is(w, k + 2, "next")) {
        weekday_day(fp, o, wd, WD_AFTER_NEXT);
        *end = k + 3;
        return true;
    }
    /* a numeric month and day after the weekday: "Friday 7/6" */
    if (date_after_weekday(w, k, ctx, o, &ke)) {
        o->weekday = wd;
        fit_weekday(o, wd);
        *end = ke;
        return true;
    }
    memset(o, 0, sizeof *o);
    int dk = k, te, de;
    if (dword_kind_at(w, dk, NULL, &te) == DW_THE && figparse__is_gap(w, te))
        dk = te + 1;
    int day = day_any_at(w, dk, NULL, false, &de);
    const figparse__token *after = figparse__tok(w, de);
    if (day && !(after->type == FIGPARSE__TOK_PUNCT && figparse__type_at(w, de + 1) == FIGPARSE__TOK_DIGITS &&
                 (after->cp == ':' || after->cp == '.' || after->cp == '/' || after->cp == '-')) &&
        !(figparse__is_gap(w, de) && figparse__type_at(w, de + 1) == FIGPARSE__TOK_WORD &&
          !figparse__word_known(w, de + 1))) {
        /* "Monday 21": the next month, from the reference's, where the 21st
         * is a Monday */
        o->flags |= FIGPARSE_DATE_RELATIVE | FIGPARSE_DATE_YEAR_FROM_REF;
        o->weekday = wd;
        if (!fp->opts.ref_year) {
            set_unresolved(o, 0, FIGPARSE_GRAIN_MONTH, wd);
            o->grain = FIGPARSE_GRAIN_DAY;
            o->first.day = o->last.day = (uint8_t)day;
            *end = de;
            return true;
        }
        long today = ref_days(fp);
        long mm = (long)fp->opts.ref_year * 12 + fp->opts.ref_month - 1;
        for (int n = 0; n < 28; n++, mm++) {
            int y, m;
            civil_from_months(mm, &y, &m);
            if (!valid_ymd(y, m, day))
                continue;
            long dd = days_from_civil(y, m, day);
            if (dd >= today && weekday_of(dd) == wd) {
                set_day_span(o, dd, dd, FIGPARSE_GRAIN_DAY);
                *end = de;
                return true;
            }
        }
        return false;
    }
    /* a weekday alone: the coming one; an abbreviation alone is too often a
     * word ("Sun damage", "Sat down") */
    const figparse__token *t = figparse__tok(w, i);
    if (!ctx->field && (e != i + 1 || t->end - t->start <= 3) && !listed_abbreviation(w, i, e))
        return false;
    memset(o, 0, sizeof *o);
    weekday_day(fp, o, wd, WD_COMING);
    o->reserved[0] = BARE_WEEKDAY; /* a range may anchor it to its start */
    if (ctx->field && e == i + 1 && figparse__punct(w, e) == '.' && figparse__tok(w, e)->start == t->end)
        e++; /* "thu." alone */
    *end = e;
    return true;
}


/* A day of the month without a month: "the 18th", "on the first", "the
 * 24", "20 of next month", "the 15th day of next month", "the 21st this
 * month"; and "the 15th century". A day alone is the next such day on or
 * after the reference (it names a coming day far more often than a past
 * one); it needs "the" or "on" before it and nothing but a date word or
 * punctuation after it ("the 3rd floor", "the first time" are no dates). */
static bool day_of_month_date(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o,
                              int *end, bool after_context) {
    const figparse *fp = ctx->fp;
    int j = i, te;
    bool the = false;
    if (dword_kind_at(w, j, NULL, &te) == DW_THE && figparse__is_gap(w, te)) {
        the = true;
        j = te + 1;
    } else if (i >= 2 && figparse__is_gap(w, i - 1) && dword_kind_at(w, i - 2, NULL, &te) == DW_THE) {
        the = true; /* the caller read "the" as context */
    }
    int de, day = day_at(w, j, &de);
    bool suffix = day && de == j + 2;
    if (!day)
        day = day_word_at(w, j, false, &de);
    if (!day)
        return false;
    bool digits = figparse__type_at(w, j) == FIGPARSE__TOK_DIGITS;
    int k = figparse__skip_gap(w, de);
    if ((suffix || !digits) && (word_is(w, k, "century") || word_is(w, k, "centuries"))) {
        set_dt(&o->first, (day - 1) * 100, 1, 1);
        set_dt(&o->last, (day - 1) * 100 + 99, 12, 31);
        o->grain = FIGPARSE_GRAIN_YEAR;
        if (day < 2)
            return false;
        *end = k + 1;
        return true;
    }
    if (!fp->opts.ref_year)
        return false;
    int ue, u;
    if (dword_kind_at(w, k, &u, &ue) == DW_UNIT && u == FIGPARSE_GRAIN_DAY && figparse__is_gap(w, ue) &&
        w->text[figparse__tok(w, ue - 1)->end - 1] != 's')
        k = ue + 1; /* "the 15th day of" */
    int ok = k, oe;
    int kind = dword_kind_at(w, ok, NULL, &oe);
    if ((kind == DW_OF || kind == DW_IN) && figparse__is_gap(w, oe)) {
        ok = oe + 1;
        if (dword_kind_at(w, ok, NULL, &oe) == DW_THE && figparse__is_gap(w, oe))
            ok = oe + 1;
    }
    int s, se;
    bool the_month = ok != k && figparse__tok(w, ok - 2)->type == FIGPARSE__TOK_WORD &&
                     dword_kind_at(w, ok - 2, NULL, &se) == DW_THE && word_is(w, ok, "month");
    if (the_month) {
        s = 0; /* "the thirty-first day of the month": this month */
        ue = ok + 1;
    }
    if (the_month || ((ok != k || suffix || !digits) && dword_kind_at(w, ok, &s, &se) == DW_SHIFT &&
                      figparse__is_gap(w, se) && dword_kind_at(w, se + 1, &u, &ue) == DW_UNIT &&
                      u == FIGPARSE_GRAIN_MONTH && w->text[figparse__tok(w, ue - 1)->end - 1] != 's')) {
        /* "20 of next month", "the 21st this month" */
        long mm = (long)fp->opts.ref_year * 12 + fp->opts.ref_month - 1 + s;
        int y, m;
        civil_from_months(mm, &y, &m);
        if (!valid_ymd(y, m, day))
            return false;
        set_day(o, y, m, day);
        o->flags |= FIGPARSE_DATE_RELATIVE;
        o->offset = s;
        o->unit = FIGPARSE_GRAIN_MONTH;
        *end = ue;
        return true;
    }
    if (!(the || after_context) || (digits && !suffix && !the) || k != figparse__skip_gap(w, de))
        return false;
    /* what follows must not make it a count or a rank */
    const figparse__token *n = figparse__tok(w, de);
    if (n->type == FIGPARSE__TOK_PUNCT && (n->cp == '-' || n->cp == '/' || n->cp == ':' || n->cp == '%' ||
                                           ((n->cp == '.' || n->cp == ',') &&
                                            figparse__type_at(w, de + 1) == FIGPARSE__TOK_DIGITS)))
        return false;
    if (n->type == FIGPARSE__TOK_SYMBOL || n->type == FIGPARSE__TOK_DIGITS || n->type == FIGPARSE__TOK_WORD)
        return false;
    if (figparse__is_gap(w, de)) {
        int t2 = figparse__type_at(w, de + 1);
        if (t2 == FIGPARSE__TOK_DIGITS || t2 == FIGPARSE__TOK_SYMBOL ||
            (t2 == FIGPARSE__TOK_WORD && !figparse__word_known(w, de + 1)) || (digits && !suffix))
            return false;
        int ve, k2 = dword_kind_at(w, de + 1, NULL, &ve);
        if (t2 == FIGPARSE__TOK_WORD && (k2 == DW_UNIT || k2 == DW_SHIFT || k2 == DW_ORDINAL ||
                                         name_at(w, de + 1, ctx, FIGPARSE__DATE_WEEKDAY, &ve) ||
                                         figparse__holiday_follows(w, de + 1)))
            return false; /* "the first quarter", "the 5 upcoming years", "the first Monday",
                           * "the first Diwali", "the second closest" */
    }
    long today = ref_days(fp);
    long mm = (long)fp->opts.ref_year * 12 + fp->opts.ref_month - 1;
    for (int n2 = 0; n2 < 3; n2++, mm++) {
        int y, m;
        civil_from_months(mm, &y, &m);
        if (valid_ymd(y, m, day) && days_from_civil(y, m, day) >= today) {
            set_day(o, y, m, day);
            o->flags |= FIGPARSE_DATE_RELATIVE | FIGPARSE_DATE_YEAR_FROM_REF;
            o->unit = FIGPARSE_GRAIN_MONTH;
            o->offset = n2;
            o->reserved[0] = BARE_DAY; /* a range may give it a month (cleared before output) */
            *end = de;
            return true;
        }
    }
    return false;
}

/* The sign of the shift word at token k of shifted_date(): "before" -1;
 * "after", "from" 1 (not "from now", which units_ago() reads); else 0. */
static int shift_sign_at(figparse__window *w, int k) {
    if (word_is(w, k, "before"))
        return -1;
    return word_is(w, k, "after") || (word_is(w, k, "from") && !word_is(w, k + 2, "now"));
}

/* Whether shifted_date() may match at token i, by the one place where each
 * of its forms needs its shift word, before the count is read and the
 * words around are compared: after the unit at i ("the day before"), the
 * unit after "a" ("a week before"), the unit after a count ("3 days
 * after"), or "ago" or "back" after a weekday count ("3 fridays ago").
 * The forms are told apart by the same tests as there; a count ends
 * before the first word after it that word_after_count() gives, so that
 * word is the unit or the weekday, or the count matches neither. */
static bool shift_may_follow(figparse__window *w, int i, const figparse__date_ctx *ctx) {
    int v, e;
    if (dword_kind_at(w, i, &v, &e) == DW_UNIT && w->text[figparse__tok(w, e - 1)->end - 1] != 's')
        return shift_sign_at(w, figparse__skip_gap(w, e)) != 0;
    if (word_is(w, i, "a") && figparse__is_gap(w, i + 1) && dword_kind_at(w, i + 2, &v, &e) == DW_UNIT)
        return shift_sign_at(w, figparse__skip_gap(w, e)) != 0;
    int f = word_after_count(w, i, ctx);
    if (f == COUNT_READS_ON || f == 0)
        return f == COUNT_READS_ON;
    if (figparse__word_known(w, f) && dword_kind_at(w, f, &v, &e) == DW_UNIT)
        return shift_sign_at(w, figparse__skip_gap(w, e)) != 0;
    int k = figparse__skip_gap(w, f + 1);
    return dword_kind_at(w, k, NULL, &e) == DW_AGO || word_is(w, k, "back");
}

/* shifted_date() without its pretest. */
static bool read_shifted_date(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o,
                              int *end);

/* "the day before yesterday", "two days after tomorrow", "3 weeks from
 * Monday", "2 weeks before May 13 1999", "3 fridays from now". */
static bool shifted_date(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o,
                         int *end) {
    /* Not in a field: there the shift words' own look-ahead is cheaper,
     * reaching the text's end in a few tokens. */
    if (!ctx->field && !shift_may_follow(w, i, ctx)) {
        REFUSED("shifted_date()", i, read_shifted_date(w, i, ctx, o, end));
        return false;
    }
    return read_shifted_date(w, i, ctx, o, end);
}

static bool read_shifted_date(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o,
                              int *end) {
    const figparse *fp = ctx->fp;
    int count = 1, ce = 0, v = 0;
    figparse_grain unit;
    /* cheap first: a shift needs one of its words within a few tokens
     * (word_is() compares only a token of the word's length) */
    bool shift_word = false;
    for (int k = i + 1; k < i + 9 && !shift_word; k++) {
        const figparse__token *t = figparse__tok(w, k);
        if (t->type == FIGPARSE__TOK_END)
            break;
        if (t->type != FIGPARSE__TOK_WORD)
            continue;
        switch (t->end - t->start) {
        case 3: shift_word = word_is(w, k, "ago"); break;
        case 4: shift_word = word_is(w, k, "from") || word_is(w, k, "back"); break;
        case 5: shift_word = word_is(w, k, "after"); break;
        case 6: shift_word = word_is(w, k, "before"); break;
        default: break;
        }
    }
    if (!shift_word)
        return false;
    int kind = dword_kind_at(w, i, &v, &ce), numend;
    long number;
    if (kind == DW_UNIT && w->text[figparse__tok(w, ce - 1)->end - 1] != 's') {
        unit = (figparse_grain)v; /* "day after tomorrow" */
    } else if (word_is(w, i, "a") && figparse__is_gap(w, i + 1) &&
               dword_kind_at(w, i + 2, &v, &ce) == DW_UNIT) {
        unit = (figparse_grain)v; /* "a week before yesterday" */
    } else if (!read_count(w, i, ctx, &number, &numend)) {
        return false;
    } else if (unit_after(w, numend, &unit, &ce)) {
        count = (int)number;
    } else {
        /* "3 fridays from now", "2 thursdays ago" */
        if (number > 52 || !figparse__is_gap(w, numend))
            return false;
        char key[16];
        size_t kn = figparse__word_lower(w, numend + 1, key, sizeof key);
        if (kn < 4 || key[kn - 1] != 's')
            return false;
        const figparse__date_name *d = figparse__date_name_find(key, kn - 1, FIGPARSE__DATE_WEEKDAY, FIGPARSE__LANGI_EN);
        if (!d)
            return false;
        int k = figparse__skip_gap(w, numend + 2), ae, dir;
        if (dword_kind_at(w, k, &dir, &ae) == DW_AGO)
            ;
        else if (word_is(w, k, "back"))
            dir = -1, ae = k + 1;
        else
            return false;
        weekday_day(fp, o, d->value, dir < 0 ? WD_LAST : WD_COMING);
        o->offset = dir * (int)number;
        if (!fp->opts.ref_year) {
            *end = ae;
            return true;
        }
        long day = days_from_civil(o->first.year, o->first.month, o->first.day);
        if (dir > 0 && day == ref_days(fp))
            day += 7; /* "from now": after today */
        day += 7L * (dir * ((int)number - 1));
        set_day_span(o, day, day, FIGPARSE_GRAIN_DAY);
        *end = ae;
        return true;
    }
    int k = figparse__skip_gap(w, ce);
    int sign = shift_sign_at(w, k);
    if (!sign)
        return false;
    int pk = figparse__skip_gap(w, k + 1), pe;
    figparse_date base;
    if (!read_point(w, pk, ctx, &base, &pe, true) || (base.flags & FIGPARSE_DATE_UNRESOLVED) ||
        base.grain != FIGPARSE_GRAIN_DAY || (base.flags & FIGPARSE_DATE_RANGE)) {
        if (kind != DW_UNIT || v != FIGPARSE_GRAIN_DAY || pk != k + 1 ||
            figparse__type_at(w, pk) == FIGPARSE__TOK_WORD)
            return false;
        /* "the day before", "the day after": next to the reference */
        if (!fp->opts.ref_year)
            return false;
        memset(o, 0, sizeof *o);
        shift_day(fp, o, sign, FIGPARSE_GRAIN_DAY);
        *end = k + 1;
        return true;
    }
    long day = add_units(days_from_civil(base.first.year, base.first.month, base.first.day), sign * count, unit);
    *o = base;
    o->flags = FIGPARSE_DATE_RELATIVE | (base.flags & FIGPARSE_DATE_YEAR_FROM_REF);
    o->offset = sign * count;
    o->unit = unit;
    set_day_span(o, day, day, FIGPARSE_GRAIN_DAY);
    *end = pe;
    return true;
}

/* Whether the four bytes before `end` are a year 1000..2999 standing alone
 * (not the end of a longer number or of "8/32/2014"). */
static bool year_before(const char *text, size_t end) {
    if (end < 4 || text[end - 4] < '1' || text[end - 4] > '2')
        return false;
    for (size_t k = end - 4; k < end; k++)
        if (text[k] < '0' || text[k] > '9')
            return false;
    char c = end > 4 ? text[end - 5] : ' ';
    return !((c >= '0' && c <= '9') || c == '/' || c == '-' || c == '.');
}

/* Whether token i follows "YYYY and ", "YYYY or " or "YYYY, " and is not
 * followed by a word the filter does not know: the next year of a list
 * ("in 2007 and 2009", "2019, 2020"), not a count ("2007 and 2500 people"). */
static bool after_year_list(figparse__window *w, int i) {
    if (i != 0 || w->start < 7)
        return false;
    if (figparse__is_gap(w, 1) && figparse__type_at(w, 2) == FIGPARSE__TOK_WORD && !figparse__word_known(w, 2))
        return false;
    const figparse__token *n = figparse__tok(w, 1);
    if (n->type == FIGPARSE__TOK_WORD || n->type == FIGPARSE__TOK_DIGITS)
        return false;
    size_t p = w->start;
    if (w->text[p - 1] != ' ')
        return false;
    p--;
    if (p >= 4 && memcmp(w->text + p - 4, " and", 4) == 0)
        p -= 4;
    else if (p >= 3 && memcmp(w->text + p - 3, " or", 3) == 0)
        p -= 3;
    else if (w->text[p - 1] == ',')
        p -= 1;
    else
        return false;
    return year_before(w->text, p);
}

/* ---- stretches of days counted from the reference --------------------------- */

/* The unit of a stretch: a date unit, or "fortnight" (two weeks), "decade"
 * (ten years), "business days" and "working days" (Monday to Friday). */
typedef struct stretch_unit {
    figparse_grain unit;
    int per_word; /* units of `unit` per word: a fortnight is 2 weeks */
    bool business;
    bool plural;
} stretch_unit;

static bool stretch_unit_at(figparse__window *w, int k, stretch_unit *su, int *end) {
    int v, e;
    su->per_word = 1;
    su->business = false;
    su->plural = false;
    char c = first_letter(w, k);
    if ((c == 'b' || c == 'w') && (word_is(w, k, "business") || word_is(w, k, "working")) && figparse__is_gap(w, k + 1) &&
        dword_kind_at(w, k + 2, &v, &e) == DW_UNIT && v == FIGPARSE_GRAIN_DAY) {
        su->unit = FIGPARSE_GRAIN_DAY;
        su->business = true;
        su->plural = word_is(w, k + 2, "days");
        *end = e;
        return true;
    }
    if ((c == 'f' || c == 'd') && (word_is(w, k, "fortnight") || word_is(w, k, "fortnights") ||
                                   word_is(w, k, "decade") || word_is(w, k, "decades"))) {
        bool fortnight = w->text[figparse__tok(w, k)->start] == 'f' || w->text[figparse__tok(w, k)->start] == 'F';
        su->unit = fortnight ? FIGPARSE_GRAIN_WEEK : FIGPARSE_GRAIN_YEAR;
        su->per_word = fortnight ? 2 : 10;
        su->plural = w->text[figparse__tok(w, k)->end - 1] == 's';
        *end = k + 1;
        return true;
    }
    if (dword_kind_at(w, k, &v, &e) != DW_UNIT)
        return false;
    su->unit = (figparse_grain)v;
    su->plural = w->text[figparse__tok(w, e - 1)->end - 1] == 's';
    *end = e;
    return true;
}

/* Whether a unit word comes within a few tokens from i: the cheap test
 * before reading a number for an amount of units. */
static bool unit_ahead(figparse__window *w, int i) {
    int v, e;
    stretch_unit su;
    if (figparse__type_at(w, i) == FIGPARSE__TOK_DIGITS)
        return figparse__is_gap(w, i + 1) && stretch_unit_at(w, i + 2, &su, &e); /* "3 days" */
    if (figparse__type_at(w, i) != FIGPARSE__TOK_WORD || !figparse__word_known(w, i) ||
        (!figparse__may_key(w, i, w->lexwords) && first_letter(w, i) != 'c'))
        return false; /* neither a number word ("three", "a") nor "couple" */
    for (int k = i; k < i + 8; k++) {
        int t = figparse__type_at(w, k);
        if (t == FIGPARSE__TOK_END)
            return false;
        if (t == FIGPARSE__TOK_WORD && figparse__word_known(w, k) &&
            (dword_kind_at(w, k, &v, &e) == DW_UNIT || stretch_unit_at(w, k, &su, &e)))
            return true;
    }
    return false;
}

/* How many units: a whole number ("3", "three", "a") or "(a) couple (of)". */
static bool stretch_count(figparse__window *w, int i, const figparse__date_ctx *ctx, long *n, int *end) {
    int j;
    if (vague_count(w, i, &j) == 2) {
        *n = 2;
        *end = j;
        if (figparse__is_gap(w, j) && word_is(w, j + 1, "of") && figparse__is_gap(w, j + 2))
            *end = j + 2;
        return true;
    }
    return read_count(w, i, ctx, n, end) && *n <= 1000;
}

/* An amount of stretch units at token i, then a space: *after is the
 * token after the unit. */
static bool stretch_amount(figparse__window *w, int i, const figparse__date_ctx *ctx, long *n, stretch_unit *su,
                           int *after) {
    int e;
    return unit_ahead(w, i) && stretch_count(w, i, ctx, n, &e) && figparse__is_gap(w, e) && stretch_unit_at(w, e + 1, su, after);
}

/* The day n units after day (before it when n < 0); business days pass
 * over Saturdays and Sundays. */
static long stretch_add(long day, long n, const stretch_unit *su) {
    if (!su->business)
        return add_units(day, (int)(n * su->per_word), su->unit);
    long step = n < 0 ? -1 : 1;
    for (long left = n < 0 ? -n : n; left > 0;) {
        day += step;
        if (weekday_of(day) <= 5)
            left--;
    }
    return day;
}

static void set_stretch(figparse_date *o, long first, long last, long n, const stretch_unit *su) {
    set_day_span(o, first, last, FIGPARSE_GRAIN_DAY);
    o->flags |= FIGPARSE_DATE_RELATIVE | FIGPARSE_DATE_RANGE;
    o->offset = (int32_t)(n * su->per_word);
    o->unit = su->unit;
}

/* "for 3 days from today", "for 1 week, from May 20th", "2 weeks starting
 * May 20th", "3 days beginning on Monday": the stretch from that day on. */
static bool stretch_from_day(figparse__window *w, int i, const figparse__date_ctx *ctx, bool dur_for, figparse_date *o,
                             int *end) {
    long n;
    stretch_unit su;
    int k;
    if (!stretch_amount(w, i, ctx, &n, &su, &k) || su.unit == FIGPARSE_GRAIN_QUARTER)
        return false;
    if (is_sep(figparse__punct(w, k)))
        k++;
    if (!figparse__is_gap(w, k))
        return false;
    k++;
    bool start_word = word_is(w, k, "starting") || word_is(w, k, "beginning") || word_is(w, k, "commencing");
    if (!start_word && !(dur_for && word_is(w, k, "from")))
        return false;
    if (!figparse__is_gap(w, k + 1))
        return false;
    k += 2;
    if (start_word && (word_is(w, k, "from") || word_is(w, k, "on")) && figparse__is_gap(w, k + 1))
        k += 2;
    figparse_date p;
    int pe;
    if (!read_point(w, k, ctx, &p, &pe, true) || p.grain != FIGPARSE_GRAIN_DAY ||
        (p.flags & (FIGPARSE_DATE_RANGE | FIGPARSE_DATE_UNRESOLVED)))
        return false;
    long first = days_from_civil(p.first.year, p.first.month, p.first.day);
    long last = su.business ? stretch_add(first - 1, n, &su) : stretch_add(first, n, &su) - 1;
    memset(o, 0, sizeof *o);
    set_stretch(o, first, last, n, &su);
    if (su.unit == FIGPARSE_GRAIN_WEEK && n * su.per_word == 1 && weekday_of(first) == 1)
        o->grain = FIGPARSE_GRAIN_WEEK; /* "a week starting Monday": that week */
    o->flags |= p.flags & FIGPARSE_DATE_YEAR_FROM_REF;
    *end = pe;
    return true;
}

/* "the fortnight", "this fortnight", "next fortnight", "the past
 * fortnight": two weeks from Monday, this week and the next being this
 * fortnight's. */
static bool fortnight_period(figparse__window *w, int j, bool the, const figparse__date_ctx *ctx, figparse_date *o,
                             int *end) {
    int s = 0, se;
    bool shifted = dword_kind_at(w, j, &s, &se) == DW_SHIFT && figparse__is_gap(w, se);
    if (shifted)
        j = se + 1;
    else if (!the)
        return false;
    if (!word_is(w, j, "fortnight"))
        return false;
    int t = figparse__type_at(w, figparse__skip_gap(w, j + 1));
    if (!shifted && (t == FIGPARSE__TOK_WORD || t == FIGPARSE__TOK_DIGITS))
        return false; /* "the fortnight" alone, not "the fortnight before the vote" */
    long monday = monday_of(ref_days(ctx->fp)) + 14L * s;
    stretch_unit su = {FIGPARSE_GRAIN_WEEK, 2, false, false};
    memset(o, 0, sizeof *o);
    set_stretch(o, monday, monday + 13, s, &su);
    *end = j + 1;
    return true;
}

/* The parts of an amount after its first ("3 months and 2 weeks and 2
 * days", "2 years, 1 month 21 days"), each in a smaller unit than the one
 * before, from token k: moves *day by them (back when sign < 0), sets *end
 * after the last and returns how many there were. */
static int amount_parts(figparse__window *w, int k, const figparse__date_ctx *ctx, figparse_grain prev, int sign,
                        long *day, int *end) {
    long n;
    stretch_unit su;
    int parts = 0, e;
    *end = k;
    while (parts < 3) {
        int q = is_sep(figparse__punct(w, *end)) ? *end + 1 : *end;
        if (!figparse__is_gap(w, q))
            break;
        q++;
        if (word_is(w, q, "and") && figparse__is_gap(w, q + 1))
            q += 2;
        if (!stretch_amount(w, q, ctx, &n, &su, &e) || su.business || su.per_word != 1 || su.unit <= prev)
            break;
        *day = add_units(*day, (int)(sign * n), su.unit);
        prev = su.unit;
        *end = e;
        parts++;
    }
    return parts;
}

/* The parts after a stretch's amount ("the last 3 months and 2 weeks"):
 * amount_parts(), unless "ago" or "later" follow them, when they count
 * from the reference on their own ("the last 3 months and 2 days ago"). */
static int stretch_parts(figparse__window *w, int k, const figparse__date_ctx *ctx, figparse_grain prev, int sign,
                         long *day) {
    long moved = *day;
    int end, ae;
    if (!amount_parts(w, k, ctx, prev, sign, &moved, &end) ||
        (figparse__is_gap(w, end) && dword_kind_at(w, end + 1, NULL, &ae) == DW_AGO))
        return k;
    *day = moved;
    return end;
}

/* "2 weeks and 2 days ago", "2 years 1 month 21 days later": an amount in
 * several units from the reference. */
static POINT_INLINE bool compound_shift(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    long n, day;
    stretch_unit su;
    int k, dir, ae, e;
    if (!ctx->fp->opts.ref_year || !stretch_amount(w, i, ctx, &n, &su, &k) || su.business || su.per_word != 1)
        return false;
    long probe = 0;
    if (!amount_parts(w, k, ctx, su.unit, 1, &probe, &e))
        return false; /* one unit alone: relative_date() */
    /* the direction comes last: try both, keep the one "ago" or "later" ends */
    for (dir = -1; dir <= 1; dir += 2) {
        day = add_units(ref_days(ctx->fp), (int)(dir * n), su.unit);
        int v;
        if (amount_parts(w, k, ctx, su.unit, dir, &day, &e) && figparse__is_gap(w, e) &&
            dword_kind_at(w, e + 1, &v, &ae) == DW_AGO && v == dir)
            break;
    }
    if (dir > 1)
        return false;
    memset(o, 0, sizeof *o);
    set_day_span(o, day, day, FIGPARSE_GRAIN_DAY);
    o->flags |= FIGPARSE_DATE_RELATIVE;
    o->unit = FIGPARSE_GRAIN_DAY;
    o->offset = (int32_t)(day - ref_days(ctx->fp));
    *end = ae;
    return true;
}

/* Stretches of days counted from the reference day: "within 9 months"
 * (today to the day before the same date 9 months on), "for the last 3
 * months" and "the 5 past years" (up to yesterday), "the next 2 weeks",
 * "over the next couple weeks", "the next 4 business days" (from
 * tomorrow), "for 3 days from today" (from that day), "the past
 * fortnight". A bare "last 3 months" stays the calendar months before this
 * one (relative_date()): the article, "within" or a unit that is no
 * calendar period (business days, a couple of weeks) make it a stretch.
 * Quarters and decades stay calendar periods. */
static bool counted_stretch(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    const figparse *fp = ctx->fp;
    if (!fp->opts.ref_year)
        return false;
    int j = i, e, k = 0, s = 0, se;
    char c0 = first_letter(w, j);
    bool within = c0 == 'w' && word_is(w, j, "within"), dur_for = c0 == 'f' && word_is(w, j, "for");
    if (within || dur_for) {
        if (!figparse__is_gap(w, j + 1))
            return false;
        j += 2;
    }
    if (!within && stretch_from_day(w, j, ctx, dur_for, o, end))
        return true;
    /* "the" here, or before the window's token i where a date word before it
     * read it ("after the last 2 months") */
    bool the = j == i && i >= 2 && figparse__is_gap(w, i - 1) && dword_kind_at(w, i - 2, NULL, &e) == DW_THE;
    if (dword_kind_at(w, j, NULL, &e) == DW_THE && figparse__is_gap(w, e)) {
        the = true;
        j = e + 1;
    }
    if (fortnight_period(w, j, the, ctx, o, end))
        return true;
    long n;
    stretch_unit su;
    bool couple = false;
    if (dword_kind_at(w, j, &s, &se) == DW_SHIFT && figparse__is_gap(w, se) &&
        stretch_amount(w, se + 1, ctx, &n, &su, &k)) {
        /* "the last 3 months", "next 4 business days", "next couple weeks" */
        couple = word_is(w, se + 1, "couple") || word_is(w, se + 1, "a");
        if (!the && !within && !su.business && !couple && su.per_word != 2)
            return false;
    } else if (the && figparse__is_gap(w, j + 1) && dword_kind_at(w, j + 2, &s, &se) == DW_SHIFT &&
               stretch_count(w, j, ctx, &n, &e) && e == j + 1 && figparse__is_gap(w, se) &&
               stretch_unit_at(w, se + 1, &su, &k)) {
        ; /* "the 5 past years", "the 2 upcoming months" */
    } else if (within && stretch_amount(w, j, ctx, &n, &su, &k)) {
        s = 1; /* "within 9 months" */
    } else {
        return false;
    }
    if (s == 0 || su.unit == FIGPARSE_GRAIN_QUARTER || su.per_word == 10 || (su.business && n > 366))
        return false;
    int oe;
    if (figparse__is_gap(w, k) && dword_kind_at(w, k + 1, NULL, &oe) == DW_OF)
        return false; /* "the last 3 weeks of this year" */
    long today = ref_days(fp), first, last;
    if (within && s > 0) {
        first = today;
        last = su.business ? stretch_add(today, n, &su) : stretch_add(today, n, &su) - 1;
        if (!su.business && su.per_word == 1)
            k = stretch_parts(w, k, ctx, su.unit, 1, &last); /* "within 2 weeks and 3 days" */
    } else if (s > 0) {
        first = stretch_add(today, 1, &(stretch_unit){FIGPARSE_GRAIN_DAY, 1, su.business, false});
        last = stretch_add(today, n, &su);
        if (!su.business && su.per_word == 1)
            k = stretch_parts(w, k, ctx, su.unit, 1, &last);
    } else {
        first = stretch_add(today, -n, &su);
        last = within ? today : stretch_add(today, -1, &(stretch_unit){FIGPARSE_GRAIN_DAY, 1, su.business, false});
        if (!su.business && su.per_word == 1)
            k = stretch_parts(w, k, ctx, su.unit, -1, &first); /* "the last 3 months and 2 weeks" */
    }
    memset(o, 0, sizeof *o);
    set_stretch(o, first, last, s < 0 ? -n : n, &su);
    *end = k;
    return true;
}

/* "earlier this year", "later in the week", "later this month": the first
 * or second half of this week (Monday to Wednesday, Thursday to Sunday),
 * month (1st to 15th, 16th to the end) or year (January to June, July to
 * December), and of that half only the days before the reference
 * ("earlier") or from it on ("later") when the reference falls inside it.
 * A half of a year left whole stays at month grain. */
static bool earlier_later(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    const figparse *fp = ctx->fp;
    int ue, ek = dword_kind_at(w, i, NULL, &ue);
    if (ek != DW_EARLIER && ek != DW_AGO)
        return false;
    bool earlier = word_is(w, i, "earlier");
    if ((!earlier && !word_is(w, i, "later")) || !figparse__is_gap(w, i + 1) || !fp->opts.ref_year)
        return false;
    int k = i + 2, s = 0, se, u;
    if (word_is(w, k, "in") && figparse__is_gap(w, k + 1))
        k += 2;
    int kind = dword_kind_at(w, k, &s, &se);
    if (!(kind == DW_THE || (kind == DW_SHIFT && s == 0)) || !figparse__is_gap(w, se) ||
        dword_kind_at(w, se + 1, &u, &ue) != DW_UNIT || w->text[figparse__tok(w, ue - 1)->end - 1] == 's' ||
        (u != FIGPARSE_GRAIN_WEEK && u != FIGPARSE_GRAIN_MONTH && u != FIGPARSE_GRAIN_YEAR))
        return false;
    figparse_date p;
    memset(&p, 0, sizeof p);
    resolve_shift(fp, &p, 0, (figparse_grain)u);
    long first = days_from_civil(p.first.year, p.first.month, p.first.day);
    long last = days_from_civil(p.last.year, p.last.month, p.last.day), today = ref_days(fp);
    long mid = u == FIGPARSE_GRAIN_WEEK    ? first + 3
             : u == FIGPARSE_GRAIN_MONTH ? first + 15
                                         : days_from_civil(p.first.year, 7, 1); /* the second half's first day */
    long a = earlier ? first : mid, b = earlier ? mid - 1 : last;
    bool clipped = false;
    if (earlier && today <= b) {
        b = today - 1;
        clipped = true;
    } else if (!earlier && today > a) {
        a = today;
        clipped = true;
    }
    if (b < a)
        return false;
    memset(o, 0, sizeof *o);
    if (u == FIGPARSE_GRAIN_YEAR && !clipped)
        set_months(o, p.first.year, earlier ? 1 : 7, earlier ? 6 : 12, FIGPARSE_GRAIN_MONTH);
    else
        set_day_span(o, a, b, FIGPARSE_GRAIN_DAY);
    o->flags |= FIGPARSE_DATE_RELATIVE | FIGPARSE_DATE_APPROX;
    o->unit = (figparse_grain)u;
    *end = ue;
    return true;
}

/* ---- years in words, eras and decades ----------------------------------------- */

/* A whole number written in words at token i in lo..hi; *end after it. */
static long words_number(figparse__window *w, int i, const figparse__date_ctx *ctx, long lo, long hi, int *end) {
    figparse__number n;
    if (figparse__type_at(w, i) != FIGPARSE__TOK_WORD || !figparse__read_number(w, i, ctx->fp, ctx->lx, &n) ||
        n.overflow || n.has_fraction || n.digits || n.article_only || n.value.exp < 0 || n.value.exp > 4)
        return 0;
    long v = (long)n.value.coef;
    for (int x = 0; x < n.value.exp; x++) {
        if (v > hi || v < 0) /* already out of lo..hi (lo >= 0), and v * 10 may overflow */
            return 0;
        v *= 10;
    }
    if (v < lo || v > hi)
        return 0;
    *end = n.end;
    return v;
}

/* A year written in words, 1000..2999: "two thousand and fifteen",
 * "nineteen ninety six", "nineteen hundred ninety three", "twenty
 * twenty-one", "nineteen oh five"; a round "two thousand" or "seventeen
 * hundred" only where `round_ok`. Not when another number word or a word
 * no table knows follows ("nineteen twenty five", "two thousand people"). */
static int year_words(figparse__window *w, int i, const figparse__date_ctx *ctx, bool round_ok, int *end) {
    int e;
    long v = words_number(w, i, ctx, 10, 2999, &e), x;
    if (!v)
        return 0; /* every reading below starts from a number of 10 or more */
    int year = 0, xe, le;
    const figparse__lex_word *first = v >= 30 && v < 1000 ? figparse__lex_at(w, i, ctx->lx, &le) : NULL;
    if (first && le == i + 1 && (first->kind == FIGPARSE__LEX_UNIT || first->kind == FIGPARSE__LEX_TENS) &&
        first->value >= 10 && first->value <= 29) {
        v = first->value; /* "twenty nineteen", which reads on as 39 */
        e = le;
    }
    if (v >= 1000) {
        year = (int)v;
    } else if (v <= 29 && figparse__is_gap(w, e)) {
        int k = e + 1;
        if (word_is(w, k, "hundred")) {
            year = (int)v * 100;
            e = k + 1;
            int a = e;
            if (figparse__is_gap(w, a) && word_is(w, a + 1, "and") && figparse__is_gap(w, a + 2))
                a += 2;
            if (figparse__is_gap(w, a) && (x = words_number(w, a + 1, ctx, 1, 99, &xe)) != 0) {
                year += (int)x;
                e = xe;
            }
        } else if (word_is(w, k, "oh") && figparse__is_gap(w, k + 1) &&
                   (x = words_number(w, k + 2, ctx, 1, 9, &xe)) != 0) {
            year = (int)v * 100 + (int)x;
            e = xe;
        } else if ((x = words_number(w, k, ctx, 10, 99, &xe)) != 0) {
            year = (int)v * 100 + (int)x;
            e = xe;
        }
    }
    if (year < 1000 || (!round_ok && year % 100 == 0))
        return 0;
    if (figparse__is_gap(w, e) && figparse__type_at(w, e + 1) == FIGPARSE__TOK_WORD &&
        (!figparse__word_known(w, e + 1) || words_number(w, e + 1, ctx, 1, 999, &xe)))
        return 0;
    *end = e;
    return year;
}

/* An era after a year, in capitals: "AD", "A.D.", "CE" keep the year as
 * written ("88 AD" is the year 88), "BC", "B.C.", "BCE" count back (ISO
 * 8601 numbering: 1 BC is the year 0, 2014 BC is -2013) and "BE", the
 * Thai Buddhist era, is 543 years ahead. *year is the year as written;
 * returns the token after the era, or k when none follows. */
static int era_after(figparse__window *w, int k, int *year) {
    if (!figparse__is_gap(w, k))
        return k;
    const figparse__token *t = figparse__tok(w, k + 1);
    if (t->type != FIGPARSE__TOK_WORD)
        return k;
    const char *p = w->text + t->start;
    size_t n = t->end - t->start;
    int e = k + 2, kind = 0; /* 1 AD, 2 BC, 3 BE */
    if (n == 1 && figparse__punct(w, k + 2) == '.' && figparse__type_at(w, k + 3) == FIGPARSE__TOK_WORD &&
        figparse__tok(w, k + 3)->end - figparse__tok(w, k + 3)->start == 1 && figparse__punct(w, k + 4) == '.') {
        char b = w->text[figparse__tok(w, k + 3)->start];
        kind = p[0] == 'A' && b == 'D' ? 1 : p[0] == 'B' && b == 'C' ? 2 : 0; /* "A.D.", "B.C." */
        e = k + 5;
    } else if (n == 2 && (memcmp(p, "AD", 2) == 0 || memcmp(p, "CE", 2) == 0)) {
        kind = 1;
    } else if ((n == 2 && memcmp(p, "BC", 2) == 0) || (n == 3 && memcmp(p, "BCE", 3) == 0)) {
        kind = 2;
    } else if (n == 2 && memcmp(p, "BE", 2) == 0) {
        kind = 3;
    }
    if (!kind || figparse__type_at(w, e) == FIGPARSE__TOK_DIGITS)
        return k;
    *year = kind == 2 ? 1 - *year : kind == 3 ? *year - 543 : *year;
    return e;
}

/* Whether the ASCII word right before the window (one space before it) is
 * one of the n words, in any case. */
static bool word_before(figparse__window *w, const char *const *words, size_t n) {
    size_t p = w->start;
    if (p < 2 || w->text[p - 1] != ' ')
        return false;
    size_t q = p - 1;
    while (q > 0 && ((w->text[q - 1] | 0x20) >= 'a' && (w->text[q - 1] | 0x20) <= 'z'))
        q--;
    for (size_t k = 0; k < n; k++) {
        size_t len = strlen(words[k]), c = 0;
        while (len == p - 1 - q && c < len && (w->text[q + c] | 0x20) == words[k][c])
            c++;
        if (len == p - 1 - q && c == len)
            return true;
    }
    return false;
}

/* Whether the word before the window is a possessive ("in her thirties"
 * is an age). */
static bool after_possessive(figparse__window *w) {
    static const char *const pos[] = {"her", "his", "its", "my", "our", "their", "your"};
    return word_before(w, pos, sizeof pos / sizeof pos[0]);
}

/* "docked to date?", "sold till date.": up to the reference day
 * (FIGPARSE_DATE_BEFORE), where the phrase ends there; "up to date" is no
 * date. Token i is "to", "till" or "until" at the window's start. */
static bool to_date(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    static const char *const up[] = {"up"};
    int e;
    int kind = dword_kind_at(w, i, NULL, &e);
    if (i != 0 || (kind != DW_RANGE_TO && kind != DW_BEFORE) ||
        !(word_is(w, i, "to") || word_is(w, i, "till") || word_is(w, i, "until")) ||
        !figparse__is_gap(w, i + 1) || !word_is(w, i + 2, "date") || !ctx->fp->opts.ref_year ||
        word_before(w, up, 1))
        return false;
    const figparse__token *t = figparse__tok(w, i + 3);
    if (t->type != FIGPARSE__TOK_END && !(t->type == FIGPARSE__TOK_PUNCT && t->cp < 0x80 && strchr(".,;:!?)", (int)t->cp)))
        return false;
    memset(o, 0, sizeof *o);
    resolve_shift(ctx->fp, o, 0, FIGPARSE_GRAIN_DAY);
    o->flags |= FIGPARSE_DATE_BEFORE;
    *end = i + 3;
    return true;
}

/* Decades in other forms than "1990s" (decade()): "1990 s", "the '90s",
 * "the nineties", "nineties" (not after a possessive: "in her nineties" is
 * an age), "the next decade", "the next two decades" (whole decades after
 * this one). */
static const char *const decade_words[] = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                                           "eighties", "nineties"};

/* Which decade word ("twenties" 0 .. "nineties" 7) token i is, or -1. */
static int decade_word(figparse__window *w, int i) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type != FIGPARSE__TOK_WORD || t->end - t->start < 7 || t->end - t->start > 9 ||
        (w->text[t->end - 3] | 0x20) != 'i')
        return -1;
    for (size_t k = 0; k < sizeof decade_words / sizeof decade_words[0]; k++)
        if (word_is_n(w, i, decade_words[k], strlen(decade_words[k])))
            return (int)k;
    return -1;
}

static bool decade_forms(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    int j = i, e, s, se;
    bool the = dword_kind_at(w, j, NULL, &e) == DW_THE && figparse__is_gap(w, e);
    if (the)
        j = e + 1;
    int start = 0;
    int year = year_at(w, j);
    if (year && year % 10 == 0 && figparse__is_gap(w, j + 1) && figparse__tok(w, j + 2)->end - figparse__tok(w, j + 2)->start == 1 &&
        w->text[figparse__tok(w, j + 2)->start] == 's' && figparse__type_at(w, j + 3) != FIGPARSE__TOK_WORD) {
        start = year; /* "1990 s" */
        e = j + 3;
    }
    int nd, q = figparse__punct(w, j) == '\'' || figparse__punct(w, j) == 0x2019 ? j + 1 : j;
    size_t at = figparse__tok(w, q)->start;
    bool apostrophe = q > j || (q == 0 && at > 0 && (w->text[at - 1] == '\'' ||
                                                     (at >= 3 && memcmp(w->text + at - 3, "\xe2\x80\x99", 3) == 0)));
    long dv = apostrophe ? digits_at(w, q, &nd) : -1;
    if (!start && dv >= 0 && dv % 10 == 0 && nd == 2 && figparse__type_at(w, q + 1) == FIGPARSE__TOK_WORD &&
        figparse__tok(w, q + 1)->end - figparse__tok(w, q + 1)->start == 1 && w->text[figparse__tok(w, q + 1)->start] == 's') {
        start = 1900 + (int)dv; /* "the '90s" */
        e = q + 2;
    }
    int tens = start ? -1 : decade_word(w, j);
    if (tens >= 0 && (the || !after_possessive(w))) {
        start = 1920 + 10 * tens;
        e = j + 1;
    }
    if (!start && ctx->fp->opts.ref_year && dword_kind_at(w, j, &s, &se) == DW_SHIFT && s >= 0 &&
        figparse__is_gap(w, se)) {
        /* "the next decade", "the next two decades", "this decade" */
        long n = 1;
        int k = se + 1, ne;
        stretch_unit su;
        if (read_count(w, k, ctx, &n, &ne) && figparse__is_gap(w, ne))
            k = ne + 1;
        else
            n = 1;
        if (!stretch_unit_at(w, k, &su, &e) || su.per_word != 10 || su.plural != (n > 1) || n > 10 || (s == 0 && n > 1))
            return false;
        int first = ctx->fp->opts.ref_year / 10 * 10 + (s > 0 ? 10 : 0);
        set_dt(&o->first, first, 1, 1);
        set_dt(&o->last, first + 10 * (int)n - 1, 12, 31);
        o->grain = FIGPARSE_GRAIN_YEAR;
        o->flags |= FIGPARSE_DATE_RELATIVE;
        o->offset = s;
        o->unit = FIGPARSE_GRAIN_YEAR;
        *end = e;
        return true;
    }
    if (!start)
        return false;
    set_dt(&o->first, start, 1, 1);
    set_dt(&o->last, start + 9, 12, 31);
    o->grain = FIGPARSE_GRAIN_YEAR;
    *end = e;
    return true;
}

/* ---- a weekday in a shifted week ------------------------------------------------ */

/* Moves a day or week to the weekday wd of its week (weeks from Monday). */
static void weekday_in_week(figparse_date *o, int wd) {
    long z = days_from_civil(o->first.year, o->first.month, o->first.day);
    long day = monday_of(z) + wd - 1;
    set_day_span(o, day, day, FIGPARSE_GRAIN_DAY);
    o->weekday = wd;
}

/* "Monday two weeks from now", "Thursday, two years from now", "Sunday 3
 * weeks after January 15th", "Wednesday evening next week": the weekday of
 * the week the shift lands in. */
static bool weekday_of_shift(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    int e, wd = name_at(w, i, ctx, FIGPARSE__DATE_WEEKDAY, &e);
    if (!wd || !ctx->fp->opts.ref_year)
        return false;
    int k = e;
    if (is_sep(figparse__punct(w, k)))
        k++;
    if (!figparse__is_gap(w, k))
        return false;
    k = skip_day_part(w, k + 1);
    int woff, we;
    if (k > e + 1 && week_shift_at(w, k, &woff, &we)) {
        weekday_of_week(ctx->fp, o, wd, woff); /* without a part of the day: weekday_date() */
        *end = we;
        return true;
    }
    long n;
    int ne;
    if (!read_count(w, k, ctx, &n, &ne))
        return false;
    figparse_date s;
    int se;
    memset(&s, 0, sizeof s);
    if (!shifted_date(w, k, ctx, &s, &se)) {
        memset(&s, 0, sizeof s);
        if (!relative_date(w, k, ctx, &s, &se))
            return false;
    }
    if (s.grain != FIGPARSE_GRAIN_DAY || s.weekday || (s.flags & (FIGPARSE_DATE_RANGE | FIGPARSE_DATE_UNRESOLVED)) ||
        !(s.flags & FIGPARSE_DATE_RELATIVE))
        return false;
    *o = s;
    weekday_in_week(o, wd);
    *end = se;
    return true;
}

/* "in 3 days on Friday", "two months from today on Tuesday", "1st week of
 * Oct. on Friday": the weekday of the week a shifted day or a week falls
 * in. Token k is after the figure; returns the token after the weekday, or
 * k when none follows. */
static int on_weekday(figparse__window *w, int k, const figparse__date_ctx *ctx, figparse_date *o) {
    bool shifted_day = o->grain == FIGPARSE_GRAIN_DAY && (o->flags & FIGPARSE_DATE_RELATIVE) && !o->weekday;
    if ((!shifted_day && o->grain != FIGPARSE_GRAIN_WEEK) || (o->flags & (FIGPARSE_DATE_RANGE | FIGPARSE_DATE_UNRESOLVED)))
        return k;
    int q = is_sep(figparse__punct(w, k)) ? k + 1 : k, e;
    if (!figparse__is_gap(w, q) || !word_is(w, q + 1, "on") || !figparse__is_gap(w, q + 2))
        return k;
    int wd = name_at(w, q + 3, ctx, FIGPARSE__DATE_WEEKDAY, &e);
    if (!wd)
        return k;
    weekday_in_week(o, wd);
    return e;
}

/* ---- the first or last units of a period ---------------------------------------- */

/* "the first 2 weeks of 2021", "the last four months of 2021", "first ten
 * days of last year", "the last 3 weeks of this year", "the first two
 * quarters of 2020"; "the third month of 2021", "the 9th month of next
 * year". Weeks of a year are ISO weeks, weeks of a month those whose
 * Monday is in it (as week_or_nth() counts them); weeks and days come out
 * as days, months and quarters at their grain. */
static bool units_of_period(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    int j = i, e, v, k;
    if (dword_kind_at(w, j, NULL, &e) == DW_THE && figparse__is_gap(w, e))
        j = e + 1;
    int jk = dword_kind_at(w, j, &v, &e);
    bool first = jk == DW_ORDINAL && v == 1, lastw = jk == DW_SHIFT && v == -1 && word_is(w, j, "last");
    long n = 0, nth = 0;
    stretch_unit su;
    int mu;
    if (!first && !lastw && !(dword_kind_at(w, j + 2, &mu, &e) == DW_UNIT && mu == FIGPARSE_GRAIN_MONTH) &&
        !(dword_kind_at(w, j + 3, &mu, &e) == DW_UNIT && mu == FIGPARSE_GRAIN_MONTH))
        return false; /* neither "the first 2 weeks of" nor "the third month of" */
    if ((first || lastw) && figparse__is_gap(w, j + 1) && stretch_amount(w, j + 2, ctx, &n, &su, &k)) {
        if (!su.plural || su.business || su.per_word != 1 || su.unit == FIGPARSE_GRAIN_YEAR)
            return false;
    } else {
        /* "the third month of", "the 9th month of" */
        int de, d = dword_kind_at(w, j, &v, &de) == DW_ORDINAL ? v : 0;
        if (!d && (d = day_at(w, j, &de)) != 0 && de != j + 2)
            d = 0;
        if (!d)
            d = day_word_at(w, j, false, &de);
        if (!d || d > 12 || !figparse__is_gap(w, de) || !word_is(w, de + 1, "month"))
            return false;
        nth = d;
        su.unit = FIGPARSE_GRAIN_MONTH;
        k = de + 2;
    }
    int oe, pe;
    figparse_date p;
    if (!figparse__is_gap(w, k) || dword_kind_at(w, k + 1, NULL, &oe) != DW_OF || !figparse__is_gap(w, oe) ||
        !period_of(w, oe + 1, ctx, &p, &pe))
        return false;
    bool year = p.grain == FIGPARSE_GRAIN_YEAR;
    long pf = days_from_civil(p.first.year, p.first.month, p.first.day);
    long pl = days_from_civil(p.last.year, p.last.month, p.last.day);
    memset(o, 0, sizeof *o);
    if (nth) {
        if (!year)
            return false;
        set_months(o, p.first.year, (int)nth, (int)nth, FIGPARSE_GRAIN_MONTH);
    } else if (su.unit == FIGPARSE_GRAIN_DAY || su.unit == FIGPARSE_GRAIN_WEEK) {
        long a, b;
        if (su.unit == FIGPARSE_GRAIN_DAY) {
            a = first ? pf : pl - n + 1;
            b = first ? pf + n - 1 : pl;
        } else {
            /* the Mondays of the weeks of the period */
            long m1 = year ? iso_week1(p.first.year) : pf + (1 - weekday_of(pf) + 7) % 7;
            long mz = year ? monday_of(days_from_civil(p.first.year, 12, 28)) : monday_of(pl);
            a = first ? m1 : mz - 7 * (n - 1);
            b = first ? m1 + 7 * n - 1 : mz + 6;
        }
        if (a < pf - 6 || b > pl + 6 || b < a)
            return false;
        set_day_span(o, a, b, FIGPARSE_GRAIN_DAY);
    } else {
        /* months or quarters of a year (or months of a quarter or half) */
        int months = su.unit == FIGPARSE_GRAIN_QUARTER ? 3 : 1;
        int span = (p.last.year - p.first.year) * 12 + p.last.month - p.first.month + 1;
        if (su.unit != FIGPARSE_GRAIN_MONTH && su.unit != FIGPARSE_GRAIN_QUARTER)
            return false;
        if (n * months > span)
            return false;
        int m1 = first ? p.first.month : p.last.month - (int)n * months + 1;
        set_months(o, p.first.year, m1, m1 + (int)n * months - 1, su.unit);
    }
    o->flags |= p.flags & (FIGPARSE_DATE_RELATIVE | FIGPARSE_DATE_YEAR_FROM_REF);
    if (!nth)
        o->flags |= FIGPARSE_DATE_RANGE;
    *end = pe;
    return true;
}

/* "this 5/12", "next 6th of April", "last March 3": a day written without
 * its year after "this" (in the reference's year), "next" (the first one
 * after the reference) or "last" (the latest one before it). */
static bool shifted_day_of_year(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o,
                                int *end) {
    const figparse *fp = ctx->fp;
    int s, se, k;
    bool yw;
    int wd;
    if (!fp->opts.ref_year || dword_kind_at(w, i, &s, &se) != DW_SHIFT || !figparse__is_gap(w, se) ||
        !(word_is(w, i, "this") || word_is(w, i, "next") || word_is(w, i, "last")))
        return false;
    k = se + 1;
    memset(o, 0, sizeof *o);
    if (!numeric_date(w, k, ctx, o, end, true, false)) {
        memset(o, 0, sizeof *o);
        if (!month_name_date(w, k, ctx, o, end, &yw, &wd) || wd) {
            memset(o, 0, sizeof *o);
            return false;
        }
    }
    if (o->grain != FIGPARSE_GRAIN_DAY || !(o->flags & FIGPARSE_DATE_YEAR_FROM_REF) || (o->flags & FIGPARSE_DATE_RANGE)) {
        memset(o, 0, sizeof *o);
        return false;
    }
    int m = o->first.month, d = o->first.day, y = fp->opts.ref_year;
    long today = ref_days(fp);
    if (s > 0 && (!valid_ymd(y, m, d) || days_from_civil(y, m, d) <= today))
        y++;
    else if (s < 0 && (!valid_ymd(y, m, d) || days_from_civil(y, m, d) >= today))
        y--;
    for (int n = 0; n < 8 && !valid_ymd(y, m, d); n++)
        y += s < 0 ? -1 : 1; /* February 29th */
    if (!valid_ymd(y, m, d))
        return false;
    set_day(o, y, m, d);
    o->flags = (o->flags & ~(uint32_t)FIGPARSE_DATE_YEAR_FROM_REF) | FIGPARSE_DATE_RELATIVE;
    o->offset = s;
    o->unit = FIGPARSE_GRAIN_YEAR;
    return true;
}

/* ---- smaller forms ------------------------------------------------------------- */

/* A month name in lower case that is also a word ("may", "march",
 * "august") is the month after a date word where the sentence ends after
 * it, a day or a year follows, or a range goes on to another month ("it
 * may be in may.", "between august and october"). */
static bool lower_month_fits(figparse__window *w, int i, const figparse__date_ctx *ctx) {
    char c = first_letter(w, i);
    if ((c != 'm' && c != 'a') || (!word_is(w, i, "may") && !word_is(w, i, "march") && !word_is(w, i, "august")))
        return false;
    const figparse__token *n = figparse__tok(w, i + 1);
    if (n->type == FIGPARSE__TOK_END || (n->type == FIGPARSE__TOK_PUNCT && n->cp < 0x80 && strchr(".,;:!?)", (int)n->cp)))
        return true;
    if (!figparse__is_gap(w, i + 1))
        return false;
    int k = i + 2, e, de;
    if (year_at(w, k) || day_at(w, k, &de))
        return true;
    int kind = dword_kind_at(w, k, NULL, &e);
    return (kind == DW_AND || kind == DW_RANGE_TO) && figparse__is_gap(w, e) &&
           name_at_lenient(w, e + 1, ctx, FIGPARSE__DATE_MONTH, &de, true);
}

/* "this working week", "next work week", "the business week": Monday to
 * Friday of that week. */
static bool work_week(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    int s = 0, se, k;
    if (!ctx->fp->opts.ref_year || dword_kind_at(w, i, &s, &se) != DW_SHIFT || !figparse__is_gap(w, se))
        return false;
    k = se + 1;
    if (word_is(w, k, "workweek"))
        k += 1;
    else if ((word_is(w, k, "working") || word_is(w, k, "work") || word_is(w, k, "business")) &&
             figparse__is_gap(w, k + 1) && word_is(w, k + 2, "week"))
        k += 3;
    else
        return false;
    long monday = monday_of(ref_days(ctx->fp)) + 7L * s;
    memset(o, 0, sizeof *o);
    set_day_span(o, monday, monday + 4, FIGPARSE_GRAIN_DAY);
    o->flags |= FIGPARSE_DATE_RELATIVE;
    o->offset = s;
    o->unit = FIGPARSE_GRAIN_WEEK;
    *end = k;
    return true;
}

/* "10/1-11/2/2017": a month and day joined by a dash to a whole numeric
 * date, which gives the order and the year (the year before, where the
 * first would fall after the second). */
static bool numeric_day_range(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    int n1, n2, be;
    long a1 = digits_at(w, i, &n1), a2 = figparse__punct(w, i + 1) == '/' ? digits_at(w, i + 2, &n2) : -1;
    if (a1 < 1 || a2 < 1 || n1 > 2 || n2 > 2 || figparse__punct(w, i + 3) != '-' || inside_number(w, i) ||
        figparse__tok(w, i + 4)->start != figparse__tok(w, i + 3)->end)
        return false;
    figparse_date b;
    memset(&b, 0, sizeof b);
    if (!numeric_date(w, i + 4, ctx, &b, &be, true, false) || b.grain != FIGPARSE_GRAIN_DAY ||
        (b.flags & (FIGPARSE_DATE_YEAR_FROM_REF | FIGPARSE_DATE_RANGE)) || figparse__punct(w, i + 5) != '/')
        return false;
    int nb;
    bool month_first = digits_at(w, i + 4, &nb) == b.first.month;
    int m = (int)(month_first ? a1 : a2), d = (int)(month_first ? a2 : a1), y = b.first.year;
    if (valid_ymd(y, m, d) && days_from_civil(y, m, d) > days_from_civil(y, b.first.month, b.first.day))
        y--;
    if (!valid_ymd(y, m, d))
        return false;
    *o = b;
    set_dt(&o->first, y, m, d);
    o->flags |= FIGPARSE_DATE_RANGE;
    *end = be;
    return true;
}

/* "from 5/1-5/7, 2020": a year after a range of days that took theirs
 * from the reference is the year of both; the token after it, or k. */
static int range_year_after(figparse__window *w, int k, figparse_date *a) {
    if (a->grain != FIGPARSE_GRAIN_DAY || !(a->flags & FIGPARSE_DATE_RANGE) ||
        !(a->flags & FIGPARSE_DATE_YEAR_FROM_REF) || a->first.year != a->last.year)
        return k;
    int q = is_sep(figparse__punct(w, k)) ? k + 1 : k;
    if (!figparse__is_gap(w, q))
        return k;
    int y = year_at(w, q + 1);
    if (!y || !valid_ymd(y, a->first.month, a->first.day) || !valid_ymd(y, a->last.month, a->last.day))
        return k;
    a->first.year = a->last.year = y;
    a->flags &= ~(uint32_t)FIGPARSE_DATE_YEAR_FROM_REF;
    return q + 2;
}

/* "partner of the month.", "blocked for the day", "sales in the week": the
 * current day, week, month or year where "of", "in" or "for" and "the"
 * lead to the unit and the phrase ends after it. "for the year" is left
 * alone: a report's "results for the year" is its reporting year, which
 * the reference date does not give. Token i is the preposition, or the
 * unit when the words before it were read as leads. */
static bool current_period(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    int p = i, u, ue, kind = dword_kind_at(w, i, NULL, &ue);
    if (kind == DW_UNIT)
        p = i - 4; /* "in the year": "in" and "the" were read before i */
    else if (kind != DW_OF && kind != DW_IN && kind != DW_CONTEXT)
        return false;
    else if (!figparse__is_gap(w, p + 1) || !word_is(w, p + 2, "the") || !figparse__is_gap(w, p + 3))
        return false;
    if (p < 0 || !(word_is(w, p, "of") || word_is(w, p, "in") || word_is(w, p, "for")) || !word_is(w, p + 2, "the") ||
        !ctx->fp->opts.ref_year || dword_kind_at(w, p + 4, &u, &ue) != DW_UNIT || ue != p + 5 ||
        u == FIGPARSE_GRAIN_QUARTER || w->text[figparse__tok(w, p + 4)->end - 1] == 's' ||
        (u == FIGPARSE_GRAIN_YEAR && word_is(w, p, "for")))
        return false;
    const figparse__token *t = figparse__tok(w, ue);
    if (t->type != FIGPARSE__TOK_END && !(t->type == FIGPARSE__TOK_PUNCT && t->cp < 0x80 && strchr(".,;:!?)", (int)t->cp)))
        return false;
    memset(o, 0, sizeof *o);
    resolve_shift(ctx->fp, o, 0, (figparse_grain)u);
    *end = ue;
    return true;
}

/* "the rest of the week", "rest of this month", "the remainder of the
 * year": from the reference day to the end of its week (Sunday, as our
 * weeks run), month or year. */
static bool rest_of_period(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    int k = i, u, ue, s;
    if (word_is(w, k, "the") && figparse__is_gap(w, k + 1))
        k += 2;
    if (first_letter(w, k) != 'r' || !(word_is(w, k, "rest") || word_is(w, k, "remainder") || word_is(w, k, "remaining")) ||
        !figparse__is_gap(w, k + 1) || !word_is(w, k + 2, "of") || !figparse__is_gap(w, k + 3) ||
        !ctx->fp->opts.ref_year)
        return false;
    k += 4;
    if ((word_is(w, k, "the") || (dword_kind_at(w, k, &s, &ue) == DW_SHIFT && s == 0)) && figparse__is_gap(w, k + 1))
        k += 2;
    if (dword_kind_at(w, k, &u, &ue) != DW_UNIT || ue != k + 1 || w->text[figparse__tok(w, k)->end - 1] == 's' ||
        (u != FIGPARSE_GRAIN_WEEK && u != FIGPARSE_GRAIN_MONTH && u != FIGPARSE_GRAIN_YEAR))
        return false;
    figparse_date p;
    memset(&p, 0, sizeof p);
    resolve_shift(ctx->fp, &p, 0, (figparse_grain)u);
    memset(o, 0, sizeof *o);
    set_day_span(o, ref_days(ctx->fp), days_from_civil(p.last.year, p.last.month, p.last.day), FIGPARSE_GRAIN_DAY);
    o->flags |= FIGPARSE_DATE_RELATIVE;
    o->unit = (figparse_grain)u;
    *end = ue;
    return true;
}

/* "year greater than 2012", "year is less than 2015": a bound on a year
 * written as a comparison; *flags gets FIGPARSE_DATE_AFTER or _BEFORE and
 * *year the token of the year. */
static bool year_comparison(figparse__window *w, int j, uint32_t *flags, int *year) {
    int k = j + 2;
    if (!word_is(w, j, "year") || !figparse__is_gap(w, j + 1))
        return false;
    if (word_is(w, k, "is") && figparse__is_gap(w, k + 1))
        k += 2;
    bool more = word_is(w, k, "greater");
    if ((!more && !word_is(w, k, "less")) || !figparse__is_gap(w, k + 1) ||
        !word_is(w, k + 2, "than") || !figparse__is_gap(w, k + 3) || !year_at(w, k + 4))
        return false;
    *flags = more ? FIGPARSE_DATE_AFTER : FIGPARSE_DATE_BEFORE;
    *year = k + 4;
    return true;
}

/* "18 and 19 June": the first of two days joined by "and" before a month
 * takes the month (and year) of the second, which is read on its own. */
static bool day_and_day(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    int de, d = day_at(w, i, &de), ae, se;
    bool yw;
    int wd;
    if (!d || !figparse__is_gap(w, de) || dword_kind_at(w, de + 1, NULL, &ae) != DW_AND || !figparse__is_gap(w, ae) ||
        !month_name_date(w, ae + 1, ctx, o, &se, &yw, &wd) || o->grain != FIGPARSE_GRAIN_DAY ||
        (o->flags & FIGPARSE_DATE_RANGE) || o->first.day <= d || wd) {
        memset(o, 0, sizeof *o);
        return false;
    }
    o->first.day = o->last.day = (uint8_t)d;
    *end = de;
    return true;
}

static bool move_years(figparse_date *o, int dy);

/* "next year's first quarter", "last year's March": a period written
 * without its year after "next/last/this year's" is in that year. */
static bool year_possessive(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    int s, se, u, ue, pe;
    bool yw;
    int wd;
    if (!ctx->fp->opts.ref_year || dword_kind_at(w, i, &s, &se) != DW_SHIFT || !figparse__is_gap(w, se) ||
        dword_kind_at(w, se + 1, &u, &ue) != DW_UNIT || u != FIGPARSE_GRAIN_YEAR || ue != se + 2 ||
        (figparse__punct(w, ue) != '\'' && figparse__punct(w, ue) != 0x2019) || first_letter(w, ue + 1) != 's' ||
        figparse__tok(w, ue + 1)->end - figparse__tok(w, ue + 1)->start != 1 ||
        !figparse__is_gap(w, ue + 2))
        return false;
    int k = ue + 3;
    memset(o, 0, sizeof *o);
    if (!worded_period(w, k, ctx, o, &pe) && !quarter_date(w, k, ctx->fp->opts.ref_year, o, &pe)) {
        memset(o, 0, sizeof *o);
        if (!month_name_date(w, k, ctx, o, &pe, &yw, &wd) || wd) {
            memset(o, 0, sizeof *o);
            return false;
        }
    }
    if (!(o->flags & FIGPARSE_DATE_YEAR_FROM_REF) || !move_years(o, ctx->fp->opts.ref_year + s - o->first.year)) {
        memset(o, 0, sizeof *o);
        return false;
    }
    o->flags = (o->flags & ~(uint32_t)FIGPARSE_DATE_YEAR_FROM_REF) | FIGPARSE_DATE_RELATIVE;
    o->offset = s;
    o->unit = FIGPARSE_GRAIN_YEAR;
    *end = pe;
    return true;
}

/* The start of a "D/M" item (two digit runs of 1-2 digits around a slash)
 * that ends at byte p, followed by a list joiner (", ", " or ", " and ")
 * ending at byte `at`; 0 when there is none. */
static size_t list_item_before(const char *text, size_t at) {
    size_t p = at;
    if (p < 5 || text[p - 1] != ' ')
        return 0;
    p--;
    if (memcmp(text + p - 3, " or", 3) == 0)
        p -= 3;
    else if (p >= 4 && memcmp(text + p - 4, " and", 4) == 0)
        p -= 4;
    else if (text[p - 1] == ',')
        p -= 1;
    else
        return 0;
    size_t q = p;
    while (q > 0 && text[q - 1] >= '0' && text[q - 1] <= '9' && p - q < 2)
        q--;
    if (q == p || q < 2 || text[q - 1] != '/')
        return 0;
    size_t r = q - 1;
    while (r > 0 && text[r - 1] >= '0' && text[r - 1] <= '9' && q - 1 - r < 2)
        r--;
    return r < q - 1 && r > 0 ? r : 0;
}

/* Whether token i (the window's first) is the next date of a list whose
 * first date follows a date word: "on 11/5, 11/6 or 11/7" ("3/4, 1/2 or
 * 1/3 of the total" stays fractions). */
static bool after_date_list(figparse__window *w, int i) {
    static const char *const leads[] = {"on", "by", "from", "until", "till", "since", "before", "after"};
    size_t at = w->start, item = 0;
    if (i != 0)
        return false;
    for (int n = 0; n < 6 && (item = list_item_before(w->text, at)) != 0; n++)
        at = item;
    if (at == w->start || at < 2 || w->text[at - 1] != ' ')
        return false;
    for (size_t k = 0; k < sizeof leads / sizeof leads[0]; k++) {
        size_t n = strlen(leads[k]), c = 0;
        if (at - 1 < n)
            continue;
        while (c < n && (w->text[at - 1 - n + c] | 0x20) == leads[k][c])
            c++;
        if (c == n && (at - 1 == n || w->text[at - 2 - n] == ' '))
            return true;
    }
    return false;
}

/* "the year to date", "month to date": from the start of this year or
 * month to the day before the reference, the last whole day reported. */
static bool period_to_date(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    int u, ue, te;
    if (dword_kind_at(w, i, &u, &ue) != DW_UNIT || ue != i + 1 || !ctx->fp->opts.ref_year ||
        (u != FIGPARSE_GRAIN_YEAR && u != FIGPARSE_GRAIN_MONTH && u != FIGPARSE_GRAIN_QUARTER) ||
        !figparse__is_gap(w, ue) || dword_kind_at(w, ue + 1, NULL, &te) != DW_RANGE_TO || !word_is(w, ue + 1, "to") ||
        !figparse__is_gap(w, te) || !word_is(w, te + 1, "date"))
        return false;
    figparse_date p;
    memset(&p, 0, sizeof p);
    resolve_shift(ctx->fp, &p, 0, (figparse_grain)u);
    long first = days_from_civil(p.first.year, p.first.month, p.first.day), yesterday = ref_days(ctx->fp) - 1;
    if (yesterday < first)
        return false;
    memset(o, 0, sizeof *o);
    set_day_span(o, first, yesterday, FIGPARSE_GRAIN_DAY);
    o->flags |= FIGPARSE_DATE_RELATIVE;
    o->unit = (figparse_grain)u;
    *end = te + 2;
    return true;
}

/* ---- figures --------------------------------------------------------------- */

/* The date after "the closest Christmas to": any point. */
static bool anchor_point(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o,
                         int *end) {
    return read_point(w, i, ctx, o, end, true);
}

/* ---- which forms a point can start with --------------------------------------- */

/* What token i is, as the first tests of the forms read_point() tries read
 * it (anchor_class()). A form is tried only where token i has a class of
 * its row in point_starts[]: a form's row must hold every class of token
 * its first tests let through, so that no form is skipped where it could
 * have matched. Keep them in step when a form is added or its first test
 * changes. (Building with -DFIGPARSE_DATE_CHECK_STARTS tries every form
 * anyway and aborts where one that its row skips matches or writes.) */
enum anchor_class {
    AC_DIGITS = 1u << 0,   /* digits, whatever follows: digits_at(), day_at(), read_count() */
    AC_THE = 1u << 1,      /* "the" (DW_THE): the forms that allow it before them read on */
    AC_A = 1u << 2,        /* "a": "a week before", "a few days", "a couple of weeks" */
    AC_SHIFT = 1u << 3,    /* DW_SHIFT: "last", "next", "this", "coming" */
    AC_UNIT = 1u << 4,     /* DW_UNIT: "day", "week", "year" */
    AC_ORDINAL = 1u << 5,  /* DW_ORDINAL: "first" .. "fourth" */
    AC_RELDAY = 1u << 6,   /* DW_RELDAY: "today", "tomorrow" */
    AC_IN = 1u << 7,       /* DW_IN: "in two weeks" */
    AC_EARLIER = 1u << 8,  /* DW_EARLIER or DW_AGO: "earlier", "later" */
    AC_PREP = 1u << 9,     /* DW_OF, DW_IN, DW_CONTEXT: "of the month" */
    AC_FISCAL = 1u << 10,  /* DW_FISCAL: "fiscal", "fy" */
    AC_NAME = 1u << 11,    /* a month or weekday name, with or without a capital (lenient name_at()) */
    AC_NUMBER = 1u << 12,  /* a number in words (number_word_at()), "few", "couple" */
    AC_DAYWORD = 1u << 13, /* a day in words: "third", "twenty" (day_word_find()) */
    AC_QUARTER = 1u << 14, /* "q", "h", "fy", "cy": quarter_date() */
    AC_STRETCH = 1u << 15, /* "within", "for", "fortnight": counted_stretch() */
    AC_REST = 1u << 16,    /* "rest", "remainder", "remaining": rest_of_period() */
    AC_DECADE = 1u << 17,  /* "twenties" .. "nineties", an apostrophe ("the '90s"): decade_forms() */
    /* digits, by the token after them (tokens touch: a word after digits is
     * glued to them) and by their count */
    AC_DIGITS_GAP = 1u << 18,   /* then a space within the line: "3 days", "1990 s" */
    AC_DIGITS_WORD = 1u << 19,  /* then a word: "3rd", "15Sep", "2026年", "1990s", "2018Q4" */
    AC_DIGITS_PUNCT = 1u << 20, /* then a mark: "2026-03-11", "5/1-5/7" */
    AC_DIGITS_YEAR = 1u << 21,  /* four digits: year_at() */
    AC_ANY = 0xFFFFFFFFu   /* a word not of ASCII letters (CJK: eras, numerals, names): every form */
};

/* The forms read_point() tries, in its order, and the classes of token i
 * each can start at. */
enum point_form {
    PF_COUNTED_STRETCH,
    PF_COMPOUND_SHIFT,
    PF_SHIFTED_DATE,
    PF_UNITS_OF_PERIOD,
    PF_WEEK_OR_NTH,
    PF_EARLIER_LATER,
    PF_SHIFTED_DAY_OF_YEAR,
    PF_WORK_WEEK,
    PF_YEAR_POSSESSIVE,
    PF_REST_OF_PERIOD,
    PF_PERIOD_TO_DATE,
    PF_CURRENT_PERIOD,
    PF_RELATIVE_DATE,
    PF_NUMERIC_DAY_RANGE,
    PF_CJK_DATE,
    PF_QUARTER_DATE,
    PF_WORDED_PERIOD,
    PF_DECADE,
    PF_DECADE_FORMS,
    PF_NUMERIC, /* numeric_date(), field_numeric(), basic_iso_date() */
    PF_MONTH_NAME_DATE,
    PF_WEEKDAY_OF_SHIFT,
    PF_DAY_AND_DAY,
    PF_WEEKDAY_DATE,
    PF_DAY_OF_MONTH_DATE,
    PF_YEAR, /* a bare year, in digits or words */
    PF_COUNT
};

/* A count (read_count(), stretch_count()): digits, a number word, "a few",
 * "(a) couple". */
#define AC_COUNT (AC_DIGITS | AC_NUMBER | AC_A)

static const uint32_t point_starts[PF_COUNT] = {
    /* "within 9 months", "for 3 days from today", "the last 3 months", "the
     * past fortnight", "next 4 business days", "the 5 past years" */
    [PF_COUNTED_STRETCH] = AC_DIGITS_GAP | AC_NUMBER | AC_A | AC_STRETCH | AC_THE | AC_SHIFT,
    [PF_COMPOUND_SHIFT] = AC_DIGITS_GAP | AC_NUMBER | AC_A, /* "2 weeks and 2 days ago" */
    [PF_SHIFTED_DATE] = AC_COUNT | AC_UNIT,   /* "3 days after", "the day before" (after "the") */
    [PF_UNITS_OF_PERIOD] = AC_THE | AC_ORDINAL | AC_SHIFT | AC_DIGITS_WORD | AC_DAYWORD,
    [PF_WEEK_OR_NTH] = AC_THE | AC_A | AC_ORDINAL | AC_SHIFT | AC_DIGITS_WORD | AC_DAYWORD | AC_UNIT,
    [PF_EARLIER_LATER] = AC_EARLIER,
    [PF_SHIFTED_DAY_OF_YEAR] = AC_SHIFT,
    [PF_WORK_WEEK] = AC_SHIFT,
    [PF_YEAR_POSSESSIVE] = AC_SHIFT,
    [PF_REST_OF_PERIOD] = AC_THE | AC_REST,
    [PF_PERIOD_TO_DATE] = AC_UNIT,
    [PF_CURRENT_PERIOD] = AC_UNIT | AC_PREP,
    [PF_RELATIVE_DATE] = AC_RELDAY | AC_IN | AC_SHIFT | AC_EARLIER | AC_COUNT | AC_NAME,
    [PF_NUMERIC_DAY_RANGE] = AC_DIGITS_PUNCT,
    [PF_CJK_DATE] = AC_DIGITS_WORD, /* CJK tokens are AC_ANY */
    [PF_QUARTER_DATE] = AC_DIGITS_GAP | AC_DIGITS_WORD | AC_DIGITS_PUNCT | AC_QUARTER,
    [PF_WORDED_PERIOD] = AC_THE | AC_FISCAL | AC_ORDINAL | AC_DIGITS_WORD,
    [PF_DECADE] = AC_THE | AC_DIGITS_WORD,
    [PF_DECADE_FORMS] = AC_THE | AC_DIGITS_GAP | AC_DIGITS_WORD | AC_DECADE | AC_SHIFT,
    [PF_NUMERIC] = AC_DIGITS,
    [PF_MONTH_NAME_DATE] = AC_NAME | AC_DIGITS | AC_THE | AC_DAYWORD,
    [PF_WEEKDAY_OF_SHIFT] = AC_NAME,
    [PF_DAY_AND_DAY] = AC_DIGITS_GAP | AC_DIGITS_WORD,
    [PF_WEEKDAY_DATE] = AC_NAME,
    [PF_DAY_OF_MONTH_DATE] = AC_THE | AC_DIGITS | AC_DAYWORD,
    [PF_YEAR] = AC_DIGITS_YEAR | AC_NUMBER,
};

/* The words the forms compare token i with literally, and their classes. */
typedef struct anchor_word {
    const char *key;
    uint32_t classes;
} anchor_word;

/* Sorted by key in byte order (figparse__find_key()). */
static const anchor_word anchor_words[] = {
    {"a", AC_A}, {"couple", AC_NUMBER}, {"cy", AC_QUARTER}, {"eighties", AC_DECADE},
    {"few", AC_NUMBER}, {"fifties", AC_DECADE}, {"for", AC_STRETCH}, {"forties", AC_DECADE},
    {"fortnight", AC_STRETCH}, {"fy", AC_QUARTER}, {"h", AC_QUARTER}, {"nineties", AC_DECADE},
    {"q", AC_QUARTER}, {"remainder", AC_REST}, {"remaining", AC_REST}, {"rest", AC_REST},
    {"seventies", AC_DECADE}, {"sixties", AC_DECADE}, {"the", AC_THE}, {"thirties", AC_DECADE},
    {"twenties", AC_DECADE}, {"within", AC_STRETCH},
};

/* Whether figparse__read_number() may read a number at word token i (not
 * CJK): its first word (read_spelled(), number.c) is a lexicon word of one
 * of these kinds, or, where the lexicon has none, a number of one word
 * ("zweihundert", figparse__compound_at()). */
static bool number_word_at(figparse__window *w, int i, const figparse__date_ctx *ctx) {
    int e;
    int64_t v;
    const figparse__lex_word *x = figparse__lex_at(w, i, ctx->lx, &e);
    if (x)
        return x->kind == FIGPARSE__LEX_ARTICLE || x->kind == FIGPARSE__LEX_UNIT || x->kind == FIGPARSE__LEX_TENS ||
               x->kind == FIGPARSE__LEX_HUNDRED || x->kind == FIGPARSE__LEX_FRACTION;
    return figparse__compound_at(w, i, ctx->lx, &v);
}

bool figparse__count_may_start(figparse__window *w, int i, const figparse__date_ctx *ctx) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type == FIGPARSE__TOK_DIGITS)
        return true;
    return t->type == FIGPARSE__TOK_WORD && ((t->flags & FIGPARSE__TOKF_CJK) || number_word_at(w, i, ctx));
}

static uint32_t anchor_class(figparse__window *w, int i, const figparse__date_ctx *ctx) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type == FIGPARSE__TOK_DIGITS) {
        uint32_t c = AC_DIGITS | (t->count == 4 ? AC_DIGITS_YEAR : 0);
        int next = figparse__type_at(w, i + 1);
        if (figparse__is_gap(w, i + 1))
            c |= AC_DIGITS_GAP;
        else if (next == FIGPARSE__TOK_WORD)
            c |= AC_DIGITS_WORD;
        else if (next == FIGPARSE__TOK_PUNCT)
            c |= AC_DIGITS_PUNCT;
        return c;
    }
    if (t->type == FIGPARSE__TOK_PUNCT)
        return t->cp == '\'' || t->cp == 0x2019 ? AC_DECADE : 0;
    if (t->type != FIGPARSE__TOK_WORD)
        return 0;
    if (!(t->flags & FIGPARSE__TOKF_ASCII))
        return AC_ANY;
    uint32_t c = 0;
    int v, e;
    switch (dword_kind_at(w, i, &v, &e)) {
    case DW_THE: c |= AC_THE; break;
    case DW_SHIFT: c |= AC_SHIFT; break;
    case DW_UNIT: c |= AC_UNIT; break;
    case DW_ORDINAL: c |= AC_ORDINAL; break;
    case DW_RELDAY: c |= AC_RELDAY; break;
    case DW_IN: c |= AC_IN | AC_PREP; break;
    case DW_EARLIER: case DW_AGO: c |= AC_EARLIER; break;
    case DW_OF: case DW_CONTEXT: c |= AC_PREP; break;
    case DW_FISCAL: c |= AC_FISCAL; break;
    default: break;
    }
    size_t n = 0;
    const char *f = figparse__folded(w, i, &n);
    const anchor_word *a =
        f ? figparse__find_key(anchor_words, sizeof anchor_words / sizeof anchor_words[0], sizeof anchor_words[0], f, n)
          : NULL;
    if (a)
        c |= a->classes;
    if (month_or_weekday_at(w, i, ctx))
        c |= AC_NAME;
    if (number_word_at(w, i, ctx))
        c |= AC_NUMBER;
    bool ordinal;
    if (day_word_find(w, i, &ordinal))
        c |= AC_DAYWORD;
    return c;
}

#ifndef FIGPARSE_DATE_CHECK_STARTS
#define TRY(form, call) ((ac & point_starts[form]) != 0 && (call))
#else
/* The check build: a form its row skips must fail and leave *o as it was. */
typedef struct start_check {
    figparse_date o;
    int order;
} start_check;
static bool start_check_begin(start_check *c, const figparse_date *o, const figparse__date_ctx *ctx) {
    c->o = *o;
    c->order = ctx->order ? *ctx->order : 0;
    return true;
}
static bool start_check_end(const start_check *c, int form, bool matched, figparse__window *w, int i,
                            const figparse_date *o, const figparse__date_ctx *ctx) {
    if (matched || memcmp(&c->o, o, sizeof *o) != 0 || (ctx->order && *ctx->order != c->order)) {
        const figparse__token *t = figparse__tok(w, i);
        fprintf(stderr, "date.c: form %d skipped at \"%.*s\" (%s)\n", form, (int)(t->end - t->start),
                w->text + t->start, matched ? "it matches" : "it writes");
        abort();
    }
    return false;
}
#define TRY(form, call)                                                                                     \
    ((ac & point_starts[form]) != 0                                                                         \
         ? (call)                                                                                           \
         : (start_check_begin(&check, o, ctx), start_check_end(&check, form, (call), w, i, o, ctx)))
#endif

/* Whether at token i only a holiday can start: a word of letters whose
 * first-word bit is clear in the filter of everything else a date starts
 * with (the date words, names and literals, every lexicon's words), that
 * is not long enough to begin with a number word ("zweitausend",
 * figparse__compound_at()). "global", "national" start holiday names
 * only; the other forms would each look the word up and miss. */
static inline bool holiday_only(figparse__window *w, int i) {
    if (!w->dstarts || figparse__may_key(w, i, w->dstarts))
        return false;
    size_t n = 0;
    const char *f = figparse__folded(w, i, &n);
    return f && !(n >= 6 && (!w->lexstarts || figparse__filter_has(w->lexstarts, figparse__word_hash(f, 2))));
}

/* A bare year at token i, in digits or (after a date word) in words: only
 * after a word that makes it one ("in 2026", "by 2028", "the 2026 budget"),
 * or next in a list of years ("in 2007 and 2009"). *end after it. */
static int bare_year(figparse__window *w, int i, const figparse__date_ctx *ctx, bool after_context, int *end) {
    int year = after_context || ctx->field || after_year_list(w, i) ? year_at(w, i) : 0;
    *end = i + 1;
    if (!year && after_context)
        year = year_words(w, i, ctx, false, end); /* "in nineteen ninety six" */
    return year;
}

/* One point of a date: any of the forms above. */
static bool read_point(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o,
                       int *end, bool after_context) {
    memset(o, 0, sizeof *o);
    bool yw;
    int wd;
    /* Without a count at token i, the holidays and "the closest ..." need
     * a rule word or a name's first word there (most tokens are neither). */
    bool holiday = figparse__holiday_may_start(w, i);
    if (holiday && figparse__match_closest_holiday(w, i, ctx, anchor_point, o, end))
        return true;
    /* The class before the holidays, which ask whether a count starts here
     * ("3 days after Easter"): a count is digits or a number word
     * (figparse__count_may_start()), and token i of AC_ANY is asked again.
     * A word only a holiday starts is none (holiday_only()). */
    bool only_holiday = holiday_only(w, i);
    uint32_t ac = only_holiday ? 0 : anchor_class(w, i, ctx);
    bool count = (ac & (AC_DIGITS | AC_NUMBER)) != 0;
    memset(o, 0, sizeof *o);
#ifdef FIGPARSE_DATE_CHECK_STARTS
    figparse_date skipped;
    int skipped_end;
    if (!holiday && (figparse__match_closest_holiday(w, i, ctx, anchor_point, &skipped, &skipped_end) ||
                     (!count && figparse__match_holiday(w, i, ctx, false, &skipped, &skipped_end))))
        abort(); /* figparse__holiday_may_start() must be certain */
#endif
    if ((holiday || count) && figparse__match_holiday(w, i, ctx, count, o, end))
        return true;
    if (only_holiday) {
        memset(o, 0, sizeof *o);
        return false;
    }
#ifdef FIGPARSE_DATE_CHECK_STARTS
    start_check check;
#endif
    memset(o, 0, sizeof *o);
    if (TRY(PF_COUNTED_STRETCH, counted_stretch(w, i, ctx, o, end)) ||
        TRY(PF_COMPOUND_SHIFT, compound_shift(w, i, ctx, o, end)) ||
        TRY(PF_SHIFTED_DATE, shifted_date(w, i, ctx, o, end)))
        return true;
    memset(o, 0, sizeof *o);
    if (TRY(PF_UNITS_OF_PERIOD, units_of_period(w, i, ctx, o, end)) ||
        TRY(PF_WEEK_OR_NTH, week_or_nth(w, i, ctx, o, end, after_context)))
        return true;
    memset(o, 0, sizeof *o);
    if (TRY(PF_EARLIER_LATER, earlier_later(w, i, ctx, o, end)) ||
        TRY(PF_SHIFTED_DAY_OF_YEAR, shifted_day_of_year(w, i, ctx, o, end)) ||
        TRY(PF_WORK_WEEK, work_week(w, i, ctx, o, end)) ||
        TRY(PF_YEAR_POSSESSIVE, year_possessive(w, i, ctx, o, end)) ||
        TRY(PF_REST_OF_PERIOD, rest_of_period(w, i, ctx, o, end)) ||
        TRY(PF_PERIOD_TO_DATE, period_to_date(w, i, ctx, o, end)) ||
        TRY(PF_CURRENT_PERIOD, current_period(w, i, ctx, o, end)) ||
        TRY(PF_RELATIVE_DATE, relative_date(w, i, ctx, o, end)))
        return true;
    memset(o, 0, sizeof *o);
    if (TRY(PF_NUMERIC_DAY_RANGE, numeric_day_range(w, i, ctx, o, end)) ||
        TRY(PF_CJK_DATE, cjk_date(w, i, ctx, o, end)) ||
        TRY(PF_QUARTER_DATE, quarter_date(w, i, ctx->fp->opts.ref_year, o, end)) ||
        TRY(PF_WORDED_PERIOD, worded_period(w, i, ctx, o, end)) || TRY(PF_DECADE, decade(w, i, o, end)) ||
        TRY(PF_DECADE_FORMS, decade_forms(w, i, ctx, o, end)) ||
        TRY(PF_NUMERIC, numeric_date(w, i, ctx, o, end, after_context || after_date_list(w, i), false) ||
                            field_numeric(w, i, ctx, o, end) || basic_iso_date(w, i, o, end)))
        return true;
    memset(o, 0, sizeof *o);
    figparse__date_ctx lower = *ctx; /* "in may." reads "may" as a field would */
    if (TRY(PF_MONTH_NAME_DATE,
            (lower.field = ctx->field || (after_context && lower_month_fits(w, i, ctx)),
             month_name_date(w, i, &lower, o, end, &yw, &wd)))) {
        o->weekday = wd;
        /* A bare month name ("in March") needs a date word before it. */
        if (!yw && o->grain == FIGPARSE_GRAIN_MONTH && !after_context && !ctx->field)
            return false;
        return true;
    }
    memset(o, 0, sizeof *o);
    if (TRY(PF_WEEKDAY_OF_SHIFT, weekday_of_shift(w, i, ctx, o, end)) ||
        TRY(PF_DAY_AND_DAY, day_and_day(w, i, ctx, o, end)))
        return true;
    memset(o, 0, sizeof *o);
    if (TRY(PF_WEEKDAY_DATE, weekday_date(w, i, ctx, o, end)))
        return true;
    memset(o, 0, sizeof *o);
    if (TRY(PF_DAY_OF_MONTH_DATE, day_of_month_date(w, i, ctx, o, end, after_context)))
        return true;
    memset(o, 0, sizeof *o);
    int year = 0, ye = i + 1;
    if (TRY(PF_YEAR, (year = bare_year(w, i, ctx, after_context, &ye)) != 0)) {
        const figparse__token *n = figparse__tok(w, i + 1);
        if (n->type == FIGPARSE__TOK_WORD && n->start == figparse__tok(w, i)->end)
            return false; /* "2026x" */
        *end = era_after(w, ye, &year); /* "2014 BC" */
        set_year(o, year);
        return true;
    }
    return false;
}
#undef TRY

/* "early March", "the end of next week", "beginning of 2017": the first,
 * middle or last part of a month (days 1-10, 11-20, 21-end), a week
 * (Monday-Wednesday, Friday-Sunday) or a year (January-March,
 * September-December), as Duckling reads them; other periods stay whole.
 * The figure keeps FIGPARSE_DATE_APPROX. */
static void part_of(figparse_date *o, int part) {
    if (o->flags & (FIGPARSE_DATE_RANGE | FIGPARSE_DATE_UNRESOLVED))
        return;
    long first = days_from_civil(o->first.year, o->first.month, o->first.day);
    long last = days_from_civil(o->last.year, o->last.month, o->last.day);
    if (o->grain == FIGPARSE_GRAIN_MONTH && o->first.month == o->last.month) {
        long a = part == 1 ? first : part == 2 ? first + 10 : first + 20;
        set_day_span(o, a, part == 1 ? first + 9 : part == 2 ? first + 19 : last, FIGPARSE_GRAIN_DAY);
    } else if (o->grain == FIGPARSE_GRAIN_WEEK && part != 2) {
        set_day_span(o, part == 1 ? first : first + 4, part == 1 ? first + 2 : last, FIGPARSE_GRAIN_DAY);
    } else if (o->grain == FIGPARSE_GRAIN_YEAR && o->first.year == o->last.year && part != 2) {
        set_months(o, o->first.year, part == 1 ? 1 : 9, part == 1 ? 3 : 12, FIGPARSE_GRAIN_MONTH);
    }
}

/* "EOM", "BOM", "EOY", "BOY" in capitals: the end or beginning of the
 * month or year. */
static bool period_abbreviation(figparse__window *w, int i, int *part, int *unit) {
    const figparse__token *t = figparse__tok(w, i);
    if (t->type != FIGPARSE__TOK_WORD || t->end - t->start != 3)
        return false;
    const char *p = w->text + t->start;
    if ((p[0] != 'E' && p[0] != 'B') || p[1] != 'O' || (p[2] != 'M' && p[2] != 'Y'))
        return false;
    *part = p[0] == 'E' ? 3 : 1;
    *unit = p[2] == 'M' ? FIGPARSE_GRAIN_MONTH : FIGPARSE_GRAIN_YEAR;
    return true;
}

/* "now" as one end of a range ("between now and May 21st", "from March
 * to now", "from March to date"): the reference day. Alone, "now" is no
 * date. */
static bool now_point(figparse__window *w, int i, const figparse__date_ctx *ctx, figparse_date *o, int *end) {
    int e = i + 1;
    if (!ctx->fp->opts.ref_year)
        return false;
    if (word_is(w, i, "current") && figparse__is_gap(w, i + 1) && word_is(w, i + 2, "date"))
        e = i + 3; /* "till current date" */
    else if (!word_is(w, i, "now") && !word_is(w, i, "date"))
        return false;
    memset(o, 0, sizeof *o);
    resolve_shift(ctx->fp, o, 0, FIGPARSE_GRAIN_DAY);
    *end = e;
    return true;
}

/* Moves a date by whole years; false when a day does not exist there. */
static bool move_years(figparse_date *o, int dy) {
    o->first.year += dy;
    o->last.year += dy;
    if (o->first.day && !valid_ymd(o->first.year, o->first.month, o->first.day))
        return false;
    if (o->last.month && o->last.day > month_days(o->last.year, o->last.month))
        o->last.day = (uint8_t)month_days(o->last.year, o->last.month); /* end of February */
    return true;
}

static long first_day(const figparse_date *o) {
    return days_from_civil(o->first.year, o->first.month ? o->first.month : 1, o->first.day ? o->first.day : 1);
}

static long last_day(const figparse_date *o) {
    return days_from_civil(o->last.year, o->last.month ? o->last.month : 1, o->last.day ? o->last.day : 1);
}

/* Gives a bare day ("the ninth") the month and year of the other end of
 * its range, moved by `dir` months (-1, +1) when it would fall on the wrong
 * side of it. */
static bool complete_bare_day(figparse_date *d, const figparse_date *other, int dir) {
    int y = other->first.year, m = other->first.month, day = d->first.day;
    for (int k = 0; k < 2; k++) {
        if (valid_ymd(y, m, day)) {
            long z = days_from_civil(y, m, day);
            long o = dir < 0 ? days_from_civil(other->last.year, other->last.month, other->last.day)
                             : days_from_civil(other->first.year, other->first.month, other->first.day);
            if ((dir < 0 && z <= o) || (dir > 0 && z >= o)) {
                set_day(d, y, m, day);
                d->flags = (d->flags & ~(uint32_t)(FIGPARSE_DATE_RELATIVE | FIGPARSE_DATE_YEAR_FROM_REF)) |
                           (other->flags & (FIGPARSE_DATE_RELATIVE | FIGPARSE_DATE_YEAR_FROM_REF));
                d->reserved[0] = 0;
                return true;
            }
        }
        long mm = (long)y * 12 + m - 1 + dir;
        civil_from_months(mm, &y, &m);
    }
    return false;
}

static bool merge_range(figparse_date *a, const figparse_date *b_in) {
    figparse_date b = *b_in;
    if ((a->flags | b.flags) & FIGPARSE_DATE_UNRESOLVED)
        return false;
    /* "from the ninth till the seventeenth of April", "April 27th to the third" */
    if (a->reserved[0] == BARE_DAY && b.reserved[0] != BARE_DAY && b.grain == FIGPARSE_GRAIN_DAY &&
        !complete_bare_day(a, &b, -1))
        return false;
    if (b.reserved[0] == BARE_DAY && a->reserved[0] != BARE_DAY && a->grain == FIGPARSE_GRAIN_DAY &&
        !complete_bare_day(&b, a, 1))
        return false;
    if (b.reserved[0] == BARE_WEEKDAY && a->grain == FIGPARSE_GRAIN_DAY && b.weekday) {
        /* "from next Monday to Friday": the first Friday from the start on */
        long z = days_from_civil(a->last.year, a->last.month, a->last.day);
        z += (b.weekday - weekday_of(z) + 7) % 7;
        set_day_span(&b, z, z, FIGPARSE_GRAIN_DAY);
    }
    bool a_ref = (a->flags & FIGPARSE_DATE_YEAR_FROM_REF) != 0, b_ref = (b.flags & FIGPARSE_DATE_YEAR_FROM_REF) != 0;
    if (a_ref && b_ref) {
        /* "May to March", "from May to September": both without a year; the
         * end is the one a reader places ("until September" is this
         * September), and the start goes back from it */
        if (!move_years(a, b.last.year - a->last.year))
            return false;
        if (first_day(a) > last_day(&b) && !move_years(a, -1))
            return false;
    } else if (a_ref) {
        /* "between March and May 2026", "December to May 2022": the first
         * half borrows the year, and wraps back across a new year */
        if (!move_years(a, b.last.year - a->last.year))
            return false;
        if (first_day(a) > last_day(&b) && !move_years(a, -1))
            return false;
        a->flags &= ~(uint32_t)FIGPARSE_DATE_YEAR_FROM_REF;
    } else if (b_ref) {
        /* "10 August 2013 - 12 September", "May to December": the second
         * half follows the first */
        if (!move_years(&b, a->first.year - b.first.year))
            return false;
        if (last_day(&b) < first_day(a) && !move_years(&b, 1))
            return false;
    }
    if (last_day(&b) < first_day(a))
        return false;
    a->last = b.last;
    if (b.grain > a->grain)
        a->grain = b.grain;
    a->flags |= FIGPARSE_DATE_RANGE | (b.flags & (FIGPARSE_DATE_RELATIVE | FIGPARSE_DATE_FISCAL));
    return true;
}

/* Words that only lead into a date ("the", "in", "last", "from", "as of",
 * "beginning of"): a date that starts with one goes on to digits or to a
 * word that is more than a lead. */
static bool is_lead_kind(int kind) {
    switch (kind) {
    case DW_SHIFT: case DW_IN: case DW_BEFORE: case DW_AFTER: case DW_CONTEXT: case DW_OF:
    case DW_RANGE_TO: case DW_BETWEEN: case DW_FROM: case DW_AND: case DW_APPROX: case DW_PART:
    case DW_THE: case DW_EARLIER: case DW_INNER:
        return true;
    default:
        return false;
    }
}

/* Whether the word at token j, which the word filter does not know, may
 * still be read by a date that began before it: a word of the holiday
 * rules' own ("wk", "mos") or a weekday count's ("fridays": see
 * figparse__date_next_filter()), a number word of one piece
 * ("zweihundert", figparse__compound_at()), or one not of letters. */
static bool unknown_word_may_go_on(figparse__window *w, int j, const figparse__date_ctx *ctx) {
    size_t n = 0;
    uint32_t h = 0;
    bool letters = false;
    int64_t v;
    if (!w->dnext || (figparse__tok(w, j)->flags & FIGPARSE__TOKF_CJK) ||
        !figparse__folded_hash(w, j, &n, &h, &letters) || !letters)
        return true;
    return figparse__filter_has(w->dnext, h) || figparse__compound_at(w, j, ctx->lx, &v);
}

/* Whether a date may read the known word at token j: any but a word only
 * a holiday starts (holiday_only(): "global", "world"), which every other
 * form compares with its own words and misses, where no holiday rule word
 * or name starts either (figparse__holiday_may_start(): "global leader"). */
static bool holiday_may_go_on(figparse__window *w, int j) {
    return !holiday_only(w, j) || figparse__holiday_may_start(w, j);
}

/* Whether, from token j on, lead words end in digits or in another word the
 * word filter knows (a month, a unit, a number word, a holiday ...). Seen
 * from the scan, "the", "in" and "on" start thousands of attempts a megabyte
 * that an ordinary word right after them ends ("in the city"). With ctx,
 * after a first word that is no date by itself, also in a word only some
 * rules read (unknown_word_may_go_on()). *word: the known word it ends at,
 * if it does. */
static bool lead_reaches_content(figparse__window *w, int j, const figparse__date_ctx *ctx, int *word) {
    for (int steps = 0; steps < 12; steps++) {
        const figparse__token *t = figparse__tok(w, j);
        if (figparse__is_gap(w, j) || (t->type == FIGPARSE__TOK_PUNCT && t->cp == '-')) {
            j++;
            continue;
        }
        if (t->type == FIGPARSE__TOK_DIGITS)
            return true;
        if (t->type != FIGPARSE__TOK_WORD)
            return false;
        if (!figparse__word_known(w, j))
            return ctx && unknown_word_may_go_on(w, j, ctx);
        int e;
        if (!is_lead_kind(dword_kind_at(w, j, NULL, &e))) {
            *word = j;
            return true;
        }
        j = e;
    }
    return true; /* a long run of leads: let the grammar decide */
}

static bool short_field(figparse__window *w);

/* Whether the word at token 0 may be a date by itself, or is one the
 * lead-word test below cannot speak for: a month or weekday name, the
 * first word of a holiday name, "today" and its kin, a period
 * abbreviation ("EOM"), "now", "date", "weekend", a decade word
 * ("fifties": decade_forms() reads it alone), a number word of one
 * piece ("zweihundert", figparse__compound_at()), and anything not of
 * letters (CJK, digits glued on) or that does not fold.
 * The name and holiday filters pass many plain words by a collision of
 * their 16-bit hashes ("adoption", "roadmap", "steadfast"); where one
 * passes, the word is a name or a holiday's first word only if the exact
 * search finds one: a name as read_point()'s forms read one (AC_NAME: the
 * lenient name_at_lenient(), whose answer the window keeps for them), a
 * holiday as figparse__holiday_may_start() finds its start. *by_collision:
 * a filter passed the word, the search did not. */
static bool may_stand_alone(figparse__window *w, int kind, const figparse__date_ctx *ctx, bool *by_collision) {
    size_t n = 0;
    uint32_t h = 0;
    bool letters = false;
    int64_t v;
    if (!w->hwords || !w->dnames || (figparse__tok(w, 0)->flags & FIGPARSE__TOKF_CJK) ||
        !figparse__folded_hash(w, 0, &n, &h, &letters) || !letters)
        return true;
    if (kind == DW_RELDAY || figparse__compound_at(w, 0, ctx->lx, &v))
        return true;
    if (figparse__filter_has(w->dnames, h)) {
        if (month_or_weekday_at(w, 0, ctx))
            return true;
        *by_collision = true;
    }
    if (figparse__filter_has(w->hwords, h)) {
        if (figparse__holiday_may_start(w, 0))
            return true;
        *by_collision = true;
    }
    /* the literals by their length first, as word_is() compares: most
     * words here are none of them */
    int part, unit;
    switch (figparse__tok(w, 0)->end - figparse__tok(w, 0)->start) {
    case 3: return period_abbreviation(w, 0, &part, &unit) || word_is(w, 0, "now");
    case 4: return word_is(w, 0, "date");
    case 7: return word_is(w, 0, "weekend") || decade_word(w, 0) >= 0;
    case 8: /* fall through */
    case 9: return decade_word(w, 0) >= 0; /* "nineties": decade_forms() */
    default: return false;
    }
}

#ifdef FIGPARSE_DATE_CHECK_STARTS
/* The check build: where the gate refuses token 0 by what the rules read
 * after it, the grammar must find nothing there (and leave the day-first
 * memory as the normal build does, which does not ask). */
static bool refused_checked(figparse__window *w, const figparse__date_ctx *ctx) {
    figparse__date_match m;
    int order = ctx->order ? *ctx->order : 0;
    if (figparse__match_date(w, ctx, &m)) {
        const figparse__token *t = figparse__tok(w, 0);
        fprintf(stderr, "date.c: the gate refused \"%.*s\", a date\n", (int)(t->end - t->start), w->text + t->start);
        abort();
    }
    if (ctx->order)
        *ctx->order = order;
    return false;
}
#else
static inline bool refused_checked(figparse__window *w, const figparse__date_ctx *ctx) {
    (void)w;
    (void)ctx;
    return false;
}
#endif

/* Whether token k is a word no form reads after a number (a count, a day,
 * a year in words): one the word filter does not know (no unit, month
 * name, literal, day word or lexicon word: "3 days", "11 March", "two
 * hundred") that unknown_word_may_go_on() does not pass either (no weekday
 * count, holiday rule word, number of one piece, CJK word: "3 fridays
 * ago", "5 억"). The number reader stops before it, and a count or day
 * after which it stands finds no unit, weekday count or month. */
static bool plain_word_at(figparse__window *w, int k, const figparse__date_ctx *ctx) {
    return figparse__type_at(w, k) == FIGPARSE__TOK_WORD && !figparse__word_known(w, k) &&
           !unknown_word_may_go_on(w, k, ctx);
}

/* Whether the word at token j, after leads, is a number in words before a
 * space and a plain word ("the two sides", "the Fourth Industrial"): every
 * form reads such a word as a count, a day or a year in words, and none of
 * those goes on to a plain word (plain_word_at()) or ends before one: a day
 * in words alone (day_of_month_date()) and a year in words (year_words())
 * each refuse one after them. Not where the word is something more: a
 * date word other than an ordinal ("quarter", "half"), a month or weekday
 * name in some language ("sept"), or the first word of a holiday name
 * ("Three Kings Day": the names' later words are not all in the word
 * filter); nor in a short field, whose reading adds forms. */
static bool number_before_plain_word(figparse__window *w, int j, const figparse__date_ctx *ctx) {
    if (!figparse__is_gap(w, j + 1) || !plain_word_at(w, j + 2, ctx) || !number_word_at(w, j, ctx))
        return false;
    int kind = dword_kind_at(w, j, NULL, NULL);
    return (kind == DW_NONE || kind == DW_ORDINAL) && !month_or_weekday_at(w, j, ctx) &&
           !figparse__holiday_may_start(w, j) && !ctx->field && !short_field(w);
}

/* lead_reaches_content() from token j. only_leads: every word before j is
 * a lead or "a", so none is a date by itself; the known word the chain
 * ends at must then be one a date may read (holiday_may_go_on(): not "the
 * global leader", "in the world's", "a global leader"). Not after a first
 * word of another kind: some are dates by themselves to match_date()
 * though not to may_stand_alone() ("twenties" in "those twenties world
 * leaders"). past_a: the chain has gone on past an "a" once (it goes on
 * past one "a" at most, so that the test stays linear in "a a a ..."). */
static bool leads_reach_date(figparse__window *w, int j, const figparse__date_ctx *ctx, bool only_leads,
                             bool past_a) {
    int word = -1;
    if (!lead_reaches_content(w, j, only_leads && !past_a ? NULL : ctx, &word))
        return false;
    if (word < 0)
        return true;
    if (only_leads && (!holiday_may_go_on(w, word) || number_before_plain_word(w, word, ctx)))
        return refused_checked(w, ctx);
    /* "as a", "is a": every form reads "a" only as a count or an article
     * before what it counts ("in a week", "for a few days", "a week
     * starting", "a thousand and five"), never as a date's last word, so
     * after it the chain must go on as it must after "a" at token 0. */
    return past_a || !word_is(w, word, "a") || short_field(w) ||
           leads_reach_date(w, word + 1, ctx, only_leads, true) || refused_checked(w, ctx);
}

/* The tests below say where no date starts at the digits at token 0, by
 * what follows them. None holds in a short field, whose reading adds forms
 * (digits_start_no_date()). What they share: a form that starts at digits
 * reads what follows them as it must (a glued suffix, a mark, a unit, a
 * month name ...) or stops before it, and no date ends at one to three
 * digits with no word before them (a bare year is four digits, a basic ISO
 * date eight, a day alone needs "the" or a date word before it:
 * day_of_month_date()). */

/* A word glued to them that no form reads: one not of ASCII letters (so no
 * literal: "3rd", "1990s", "2018Q4", "11am"), not CJK ("2026年"), that
 * neither the word filter (month names: "15Sep"; the number reader's
 * suffixes, lexicon keys: "5bn"; units) nor unknown_word_may_go_on() knows.
 * "๐Ÿ" (a Thai zero in the mojibake of an emoji) is the common case. A form
 * that starts at digits reads a word glued to them, or stops before it
 * ("2026x" is no bare year); none reads past a word it does not read. But
 * for eight digits: basic_iso_date() takes them whatever is glued after
 * ("19111111Ǳ", which fuzz_scan's check build found). */
static bool digits_before_unread_word(figparse__window *w, const figparse__date_ctx *ctx) {
    const figparse__token *n = figparse__tok(w, 1);
    return figparse__tok(w, 0)->count != 8 && n->type == FIGPARSE__TOK_WORD && n->start == figparse__tok(w, 0)->end &&
           !(n->flags & (FIGPARSE__TOKF_ASCII | FIGPARSE__TOKF_CJK)) && !figparse__word_known(w, 1) &&
           !unknown_word_may_go_on(w, 1, ctx);
}

/* One to three digits with '%' glued to them ("7%", the "6" of "69.6%").
 * The number reader stops before '%', so a count finds no unit or weekday
 * after a space (read_count_units(), read_shifted_date(), the holidays'
 * offset_prefix()); a day needs a month name, a space or a glued '-', '/'
 * or '.' after it (month_name_date(), numeric_date(), numeric_day_range());
 * a quarter a glued "q" or "h" (quarter_date()). */
static bool digits_before_percent(figparse__window *w) {
    return figparse__tok(w, 0)->count <= 3 && figparse__punct(w, 1) == '%';
}

/* One to three digits, a space and a word no form reads after a number
 * ("12 strategic", the "000" of "13,000 high": plain_word_at()). No
 * holiday name starts at digits (the holidays' name_at() reads words). */
static bool digits_before_plain_word(figparse__window *w, const figparse__date_ctx *ctx) {
    return figparse__tok(w, 0)->count <= 3 && figparse__is_gap(w, 1) && plain_word_at(w, 2, ctx);
}

/* Two or three digits that begin a number of five digits or more, grouped
 * by a glued ',' before three digits ("13,000", "260,000"). The number
 * reader reads the group with them, or a fraction (a decimal comma), or
 * nothing; scales after it only multiply. So no count of 1..9999 starts
 * there (read_count(); the holidays' count_at() takes 1..999), and a day
 * needs a month name, a space or a glued '-', '/' or '.' after it. */
static bool digits_before_thousands(figparse__window *w) {
    const figparse__token *t = figparse__tok(w, 0), *c, *g;
    return t->count >= 2 && t->count <= 3 && figparse__punct(w, 1) == ',' &&
           (c = figparse__tok(w, 1))->start == t->end && (g = figparse__tok(w, 2))->type == FIGPARSE__TOK_DIGITS &&
           g->count == 3 && g->start == c->end;
}

static bool digits_start_no_date(figparse__window *w, const figparse__date_ctx *ctx) {
    return (digits_before_unread_word(w, ctx) || digits_before_percent(w) || digits_before_plain_word(w, ctx) ||
            digits_before_thousands(w)) &&
           !ctx->field && !short_field(w);
}

bool figparse__date_may_start(figparse__window *w, const figparse__date_ctx *ctx) {
    const figparse__token *t = figparse__tok(w, 0);
    /* Every date starts with digits or a word of the word filter (date
     * words, month and weekday names, number words, CJK numerals). */
    if (t->type == FIGPARSE__TOK_DIGITS)
        return !digits_start_no_date(w, ctx) || refused_checked(w, ctx);
    if (t->type != FIGPARSE__TOK_WORD || !figparse__word_known(w, 0))
        return false;
    int e = 1;
    int kind = dword_kind_at(w, 0, NULL, &e);
    if (is_lead_kind(kind))
        return leads_reach_date(w, e, ctx, true, false);
    /* At a word only a holiday starts, match_date() reads nothing but
     * read_point()'s holidays at token 0 (holiday_only()). */
    bool by_collision = false;
    if (may_stand_alone(w, kind, ctx, &by_collision))
        return holiday_may_go_on(w, 0) || refused_checked(w, ctx);
    /* A word that is no date by itself ("a", "at", "two", "first",
     * "years") goes on, as a lead does, to digits or to a word some table
     * knows: "a week ago", "two days after Christmas", "first quarter".
     * "a" is a lead to the holiday test (leads_reach_date()). */
    bool a = word_is(w, 0, "a");
    return short_field(w) || leads_reach_date(w, e, ctx, a, a) || (by_collision && refused_checked(w, ctx));
}


static bool match_date(figparse__window *w, const figparse__date_ctx *ctx, figparse__date_match *m);

/* A comparison before a short field ("=2019", "> = 2019", "<=2019"):
 * FIGPARSE_DATE_AFTER after '>', FIGPARSE_DATE_BEFORE after '<', 0 after
 * '=' alone or only space; -1 when anything else comes before token 0.
 * *from: the byte offset of the first sign, or of token 0. */
static int field_comparison(figparse__window *w, size_t *from) {
    size_t at = figparse__tok(w, 0)->start;
    int flags = 0;
    *from = at;
    for (size_t k = 0; k < at; k++) {
        char c = w->text[k];
        if (c == '>' || c == '<' || c == '=') {
            flags |= c == '>' ? FIGPARSE_DATE_AFTER : c == '<' ? FIGPARSE_DATE_BEFORE : 0;
            if (*from == at)
                *from = k;
        } else if (c != ' ' && c != '\t') {
            return -1;
        }
    }
    return flags == (FIGPARSE_DATE_AFTER | FIGPARSE_DATE_BEFORE) ? -1 : flags;
}

/* Whether the text is one short field starting at token 0: only space
 * before it, and at most 40 bytes in all. */
static bool short_field(figparse__window *w) {
    size_t at = figparse__tok(w, 0)->start, from;
    return at <= 8 && w->len - at <= FIGPARSE__DATE_SHORT_FIELD && field_comparison(w, &from) >= 0;
}

static bool only_space_after(figparse__window *w, size_t end) {
    for (size_t k = end; k < w->len; k++)
        if (w->text[k] != ' ' && w->text[k] != '\t' && w->text[k] != '\r' && w->text[k] != '\n')
            return false;
    return true;
}

bool figparse__match_date(figparse__window *w, const figparse__date_ctx *ctx, figparse__date_match *m) {
    if (!ctx->field && short_field(w)) {
        /* the field reading only adds forms, so when it finds nothing the
         * running-text reading would not either */
        figparse__date_ctx f = *ctx;
        f.field = true;
        if (!match_date(w, &f, m))
            return false;
        size_t from;
        int cmp = field_comparison(w, &from);
        if (only_space_after(w, m->end)) {
            m->date.flags |= (uint32_t)cmp; /* ">= 2019": from 2019 on */
            m->start = from;
            return true;
        }
    }
    return match_date(w, ctx, m);
}

/* A signed amount of units written after a day: "2023-12-29 -10days",
 * "next Tuesday +10 days". The sign is glued to the count, so a spaced
 * dash ("2019 - 2023") stays a range. */
static void day_arithmetic(figparse__window *w, const figparse__date_ctx *ctx, figparse_date *a, int *end) {
    int k = figparse__skip_gap(w, *end), count, ce;
    uint32_t sign = figparse__punct(w, k);
    figparse_grain unit;
    if ((sign != '+' && sign != '-') || a->grain != FIGPARSE_GRAIN_DAY ||
        (a->flags & (FIGPARSE_DATE_RANGE | FIGPARSE_DATE_UNRESOLVED)) ||
        figparse__type_at(w, k + 1) != FIGPARSE__TOK_DIGITS ||
        figparse__tok(w, k + 1)->start != figparse__tok(w, k)->end || !count_units(w, k + 1, ctx, &count, &unit, &ce))
        return;
    long day = add_units(first_day(a), sign == '-' ? -count : count, unit);
    set_day_span(a, day, day, FIGPARSE_GRAIN_DAY);
    *end = ce;
}

static bool match_date(figparse__window *w, const figparse__date_ctx *ctx, figparse__date_match *m) {
    memset(m, 0, sizeof *m);
    int j = 0, v = 0, e = 0;
    if (((word_is(w, 0, "within") || word_is(w, 0, "for")) && counted_stretch(w, 0, ctx, &m->date, &e)) ||
        to_date(w, 0, ctx, &m->date, &e)) {
        m->start = figparse__tok(w, 0)->start;
        m->end = figparse__tok(w, e - 1)->end;
        return true;
    }
    uint32_t flags = 0;
    bool context = false;
    int range_mode = 0, part = 0;
    for (int n = 0; n < 3; n++) {
        uint32_t cmp;
        if (year_comparison(w, j, &cmp, &e)) {
            flags |= cmp; /* "year greater than 2012" */
            context = true;
            j = e;
            continue;
        }
        if (word_is(w, j, "no") && figparse__is_gap(w, j + 1) && word_is(w, j + 2, "later") &&
            figparse__is_gap(w, j + 3) && word_is(w, j + 4, "than") && figparse__is_gap(w, j + 5)) {
            flags |= FIGPARSE_DATE_BEFORE; /* "no later than 2020" */
            context = true;
            j += 6;
            continue;
        }
        if ((word_is(w, j, "early") || word_is(w, j, "late")) && figparse__is_gap(w, j + 1) &&
            word_is(w, j + 2, "as") && figparse__is_gap(w, j + 3)) {
            /* "(as) early as 2021": a year, no bound */
            context = true;
            j += 4;
            continue;
        }
        int kind = dword_kind_at(w, j, &v, &e);
        bool glued = kind == DW_PART && figparse__punct(w, e) == '-' &&
                     figparse__tok(w, e + 1)->start == figparse__tok(w, e)->end; /* "mid-November" */
        if (kind == DW_NONE || (!glued && !figparse__is_gap(w, e)))
            break;
        int ce, count;
        figparse_grain unit;
        if (kind == DW_IN && count_units(w, e + 1, ctx, &count, &unit, &ce))
            break; /* "in two weeks" is a relative date of its own */
        if (kind == DW_BEFORE)
            flags |= FIGPARSE_DATE_BEFORE;
        else if (kind == DW_AFTER)
            flags |= FIGPARSE_DATE_AFTER;
        else if (kind == DW_APPROX)
            flags |= FIGPARSE_DATE_APPROX;
        else if (kind == DW_PART) {
            flags |= FIGPARSE_DATE_APPROX;
            part = v;
        }
        else if (kind == DW_BETWEEN || kind == DW_FROM)
            range_mode = kind;
        else if (kind == DW_RANGE_TO && n == 0 && !word_is(w, j, "to"))
            flags |= FIGPARSE_DATE_BEFORE; /* "through 2014": up to its end */
        else if (kind == DW_CONTEXT || kind == DW_IN || kind == DW_THE ||
                 (kind == DW_UNIT && v == FIGPARSE_GRAIN_YEAR && year_at(w, e + 1)))
            ; /* "in 2026", "the 2026 budget", "year 2008" */
        else if (kind == DW_UNIT && v == FIGPARSE_GRAIN_YEAR && word_is(w, e + 1, "of") &&
                 figparse__is_gap(w, e + 2) && year_at(w, e + 3))
            e += 2; /* "in the year of 2008" */
        else
            break;
        context = true;
        /* the modifier words themselves are not part of the span unless
         * they change the meaning */
        j = e + 1;
    }
    figparse_date a;
    int a_end;
    /* A range of years needs no word before it: "2019-2023", "2027/2030". */
    bool year_pair = false;
    size_t at = figparse__tok(w, j)->start;
    if (!context && year_at(w, j) && at >= 5 && w->text[at - 1] == '/' && year_before(w->text, at - 1))
        year_pair = true; /* the second year of "2027/2030", not of "8/32/2014" */
    if (!context && !year_pair && year_at(w, j)) {
        uint32_t p = figparse__punct(w, j + 1);
        year_pair = (p == '-' || p == 0x2013 || p == '/' || p == '~') && year_at(w, j + 2) &&
                    figparse__tok(w, j + 2)->start == figparse__tok(w, j + 1)->end &&
                    !(at > 0 && w->text[at - 1] && strchr("-/.+", w->text[at - 1])) && /* "138-2010-2015" */
                    !(strchr("-/.", (int)figparse__punct(w, j + 3)) && figparse__punct(w, j + 3) &&
                      figparse__type_at(w, j + 4) == FIGPARSE__TOK_DIGITS); /* "2010-2015-86" */
        int te;
        if (!year_pair && figparse__is_gap(w, j + 1) &&
            dword_kind_at(w, j + 2, NULL, &te) == DW_RANGE_TO && figparse__is_gap(w, te) &&
            year_at(w, te + 1))
            year_pair = true; /* "2014 to 2018" */
        uint32_t sp = figparse__is_gap(w, j + 1) ? figparse__punct(w, j + 2) : 0;
        if (!year_pair && (sp == '-' || sp == 0x2013) && figparse__is_gap(w, j + 3) && year_at(w, j + 4) &&
            year_at(w, j + 4) > year_at(w, j) && year_at(w, j + 4) - year_at(w, j) <= 100 &&
            !(at > 0 && w->text[at - 1] && strchr("-/.+", w->text[at - 1])))
            year_pair = true; /* "1960 - 1961", not "1000 - 2000 units" */
    }
    int me;
    if (!context && !year_pair && name_at(w, j, ctx, FIGPARSE__DATE_MONTH, &me)) {
        /* "Jan-Feb 2017", "May to December": a month alone opens a range */
        int k2 = figparse__skip_gap(w, me), te2;
        uint32_t p2 = figparse__punct(w, k2);
        int n2 = p2 == '-' || p2 == 0x2013 ? k2 + 1
               : dword_kind_at(w, k2, NULL, &te2) == DW_RANGE_TO ? te2 : -1;
        if (n2 >= 0 && name_at(w, figparse__skip_gap(w, n2), ctx, FIGPARSE__DATE_MONTH, &te2))
            year_pair = true;
    }
    int abbr_part, abbr_unit;
    if (ctx->fp->opts.ref_year && period_abbreviation(w, j, &abbr_part, &abbr_unit)) {
        /* "EOM", "BOY": the end or beginning of this month or year */
        memset(&a, 0, sizeof a);
        resolve_shift(ctx->fp, &a, 0, (figparse_grain)abbr_unit);
        part = abbr_part;
        flags |= FIGPARSE_DATE_APPROX;
        a_end = j + 1;
    } else if (!(range_mode && !word_is(w, j, "date") && now_point(w, j, ctx, &a, &a_end)) &&
               !read_point(w, j, ctx, &a, &a_end, context || year_pair)) {
        /* "end of month", "beginning of year": the current one */
        int u, ue;
        if (!part || !ctx->fp->opts.ref_year || dword_kind_at(w, j, &u, &ue) != DW_UNIT ||
            u == FIGPARSE_GRAIN_DAY || w->text[figparse__tok(w, ue - 1)->end - 1] == 's')
            return false;
        memset(&a, 0, sizeof a);
        resolve_shift(ctx->fp, &a, 0, (figparse_grain)u);
        a_end = ue;
    }
    if (part)
        part_of(&a, part);
    else
        a_end = on_weekday(w, a_end, ctx, &a); /* "in 3 days on Friday" */
    day_arithmetic(w, ctx, &a, &a_end);
    /* "the 2026 budget" needs "the" to be followed by a noun; a year after
     * "in", "since" stands alone. */
    int last = a_end;
    /* a range: "2019-2023", "2019–2023", "from 2019 to 2023",
     * "between March and May 2026", "2027/2030" is two figures */
    int k = figparse__skip_gap(w, a_end);
    uint32_t p = figparse__punct(w, k);
    int sep_end = -1;
    int kind = dword_kind_at(w, k, &v, &e);
    if (range_mode == DW_BETWEEN && kind == DW_AND)
        sep_end = e;
    else if ((p == '-' || p == 0x2013 || p == 0x2014 || p == '~') && !(a.flags & FIGPARSE_DATE_RELATIVE))
        sep_end = k + 1;
    else if (kind == DW_RANGE_TO || (kind == DW_BEFORE && range_mode == DW_FROM) ||
             (kind == DW_BEFORE && (word_is(w, k, "until") || word_is(w, k, "till")) &&
              (a.grain == FIGPARSE_GRAIN_DAY || a.grain == FIGPARSE_GRAIN_MONTH)))
        sep_end = e; /* "today till tomorrow", "1st Jan until Wed, 22 of Jan" */
    if (sep_end >= 0) {
        figparse_date b;
        int b_end;
        int bs = figparse__skip_gap(w, sep_end);
        bool b_year_ok = true; /* after a range word or mark, a year or month alone is the end */
        if ((now_point(w, bs, ctx, &b, &b_end) || read_point(w, bs, ctx, &b, &b_end, b_year_ok)) &&
            !(sep_end == k + 1 && a.grain == FIGPARSE_GRAIN_YEAR && (b.flags & FIGPARSE_DATE_YEAR_FROM_REF)) &&
            merge_range(&a, &b)) /* "2024-13-01" is no range from 2024 to a 13 January */
            last = b_end;
    }
    last = range_year_after(w, last, &a); /* "from 5/1-5/7, 2020" */
    a.flags |= flags;
    a.reserved[0] = 0;
    m->date = a;
    /* the span takes in the words that changed the meaning ("by", "since",
     * "between"), not those that only made a year a year ("in", "the") */
    m->start = figparse__tok(w, (flags || range_mode) ? 0 : j)->start;
    m->end = figparse__tok(w, last - 1)->end;
    return true;
}

/* ---- the name table --------------------------------------------------------- */

#include "tables/date_data.inc"

const size_t figparse__date_name_count = sizeof figparse__date_names / sizeof figparse__date_names[0];

/* The first row of the name table with this key (or where it would be). */
static size_t name_rows(const char *key, size_t len) {
    size_t lo = 0, hi = figparse__date_name_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = figparse__key_cmp(figparse__date_names[mid].key, key, len);
        if (c == 0 && figparse__date_names[mid].key[len] != '\0')
            c = 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Of the rows from lo with this key, the name of this kind: prefer the
 * hint's language, then English, then (for month names of four letters or
 * more: "sept.") any language. Short names of other languages are too
 * often words here: Spanish "mar" is Tuesday. */
static const figparse__date_name *name_pick(size_t lo, const char *key, size_t len, int kind, int lang) {
    const figparse__date_name *any = NULL, *en = NULL;
    for (size_t i = lo; i < figparse__date_name_count; i++) {
        const figparse__date_name *d = &figparse__date_names[i];
        if (figparse__key_cmp(d->key, key, len) != 0 || d->key[len] != '\0')
            break;
        if (d->kind != kind)
            continue;
        if (lang >= 0 && (d->langs >> lang) & 1)
            return d;
        if (!en && (d->langs & 1))
            en = d;
        if (!any)
            any = d;
    }
    if (en)
        return en;
    return any && kind == FIGPARSE__DATE_MONTH && len >= 4 ? any : NULL;
}

const figparse__date_name *figparse__date_name_find(const char *key, size_t len, int kind, int lang) {
    return name_pick(name_rows(key, len), key, len, kind, lang);
}

/* The month and the weekday (0 when none) this key names, from one search. */
static void names_find(const char *key, size_t len, int lang, int *month, int *weekday) {
    size_t lo = name_rows(key, len);
    const figparse__date_name *m = name_pick(lo, key, len, FIGPARSE__DATE_MONTH, lang);
    const figparse__date_name *d = name_pick(lo, key, len, FIGPARSE__DATE_WEEKDAY, lang);
    *month = m ? m->value : 0;
    *weekday = d ? d->value : 0;
}

void figparse__date_table_filters(uint64_t *dwords, uint64_t *names, uint64_t *longer_names) {
    for (size_t i = 0; i < sizeof en_dwords / sizeof en_dwords[0]; i++)
        figparse__filter_add_key(dwords, en_dwords[i].key);
    for (size_t i = 0; i < figparse__date_name_count; i++) {
        figparse__filter_add_key(names, figparse__date_names[i].key);
        figparse__filter_add_longer_key(longer_names, figparse__date_names[i].key);
    }
}

void figparse__date_filter(uint64_t *bits) {
    figparse__date_start_filter(bits);
    figparse__holiday_filter(bits);
}

void figparse__date_next_filter(uint64_t *bits) {
    /* "3 fridays from now": a weekday name with an "s" (relative_date()) */
    for (size_t i = 0; i < figparse__date_name_count; i++) {
        char key[64];
        size_t n = strlen(figparse__date_names[i].key);
        if (n + 2 > sizeof key)
            continue;
        memcpy(key, figparse__date_names[i].key, n);
        key[n] = 's';
        key[n + 1] = '\0';
        figparse__filter_add_key(bits, key);
    }
    figparse__holiday_word_filter(bits);
}

/* Adds the keys of the date words, the month and weekday names and the day
 * words to a filter, by add. */
static void add_table_keys(uint64_t *bits, void (*add)(uint64_t *bits, const char *key)) {
    for (size_t i = 0; i < sizeof en_dwords / sizeof en_dwords[0]; i++)
        add(bits, en_dwords[i].key);
    for (size_t i = 0; i < figparse__date_name_count; i++)
        add(bits, figparse__date_names[i].key);
    for (size_t i = 0; i < sizeof day_words / sizeof day_words[0]; i++)
        add(bits, day_words[i].key);
}

void figparse__date_start_filter(uint64_t *bits) {
    add_table_keys(bits, figparse__filter_add_key);
    /* The words the grammar compares with word_is(), so that a lead word's
     * lookahead sees them ("this evening", "between now and"); the ctest
     * date_literals_in_filter checks the list holds every one. */
    static const char *const literal[] = {"a", "after", "afternoon", "ago", "and", "as", "august", "back", "before", "beginning", "between", "business", "calendar", "centuries", "century", "coming", "commencing", "couple", "current", "date", "day", "days", "decade", "decades", "earlier", "early", "eighties", "evening", "few", "fifties", "for", "forties", "fortnight", "fortnights", "from", "greater", "hundred", "in", "is", "last", "late", "later", "less", "march", "may", "month", "morning", "next", "night", "nineties", "no", "now", "of", "oh", "on", "remainder", "remaining", "rest", "s", "seventies", "sixties", "starting", "than", "the", "thirties", "this", "till", "to", "today", "twenties", "until", "upcoming", "week", "weekday", "weekend", "within", "work", "working", "workweek", "year"};
    for (size_t i = 0; i < sizeof literal / sizeof literal[0]; i++)
        figparse__filter_add_key(bits, literal[i]);
    /* "Q3 2025", "H2", "FY2024", and the eras 令和 平成 昭和 大正 明治 */
    static const char *const more[] = {"q", "h", "fy", "cy", "eom", "bom", "eoy", "boy", "no", "\xe4\xbb\xa4", "\xe5\xb9\xb3",
                                       "\xe6\x98\xad", "\xe5\xa4\xa7", "\xe6\x98\x8e"};
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
        figparse__filter_add_key(bits, more[i]);
}

void figparse__date_later_words(uint64_t *bits) {
    add_table_keys(bits, figparse__filter_add_later_words);
    figparse__holiday_later_words(bits);
}
