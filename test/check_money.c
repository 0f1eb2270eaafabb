/*
 * check_money.c — money figures through the public API only: figparse_new,
 * the scan iterator, figparse_scan_all and figparse_parse_money. One test per
 * behaviour; every expectation (currency, exact amount, flags, byte span) is
 * worked out from the header and DESIGN.md, in sentences written for this
 * file.
 */
#include "figparse.h"

#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIGS 16

/* ---- helpers ------------------------------------------------------------- */

/* A parser: locale NULL means "en-US" set explicitly (the documented
 * default, set here so these tests do not depend on it), "und" no hint. */
static figparse *fp_with(const char *locale, uint32_t flags, const char *default_currency) {
    figparse_options *o = figparse_options_new(NULL);
    /* Money only: these tests count figures, and their sentences hold dates
     * ("last year") that are not what is under test. */
    figparse_options_set_kinds(o, FIGPARSE_KIND_MONEY);
    ck_assert_ptr_nonnull(o);
    ck_assert_int_eq(figparse_options_set_locale(o, locale ? locale : "en-US"), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_flags(o, flags), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_default_currency(o, default_currency), FIGPARSE_OK);
    figparse_status st = FIGPARSE_EINVAL;
    figparse *fp = figparse_new(o, &st);
    figparse_options_free(o);
    ck_assert_ptr_nonnull(fp);
    ck_assert_int_eq(st, FIGPARSE_OK);
    return fp;
}

typedef struct figures {
    size_t n;
    figparse_figure f[MAX_FIGS];
} figures;

/* Every figure of text, through the iterator. */
static figures scan_with(const figparse *fp, const char *text, size_t len) {
    figures out;
    memset(&out, 0, sizeof out);
    figparse_status st;
    figparse_scan *sc = figparse_scan_new(fp, &st);
    ck_assert_ptr_nonnull(sc);
    ck_assert_int_eq(figparse_scan_reset(sc, text, len), FIGPARSE_OK);
    const figparse_figure *f;
    while ((st = figparse_scan_next(sc, &f)) == FIGPARSE_OK) {
        ck_assert_ptr_nonnull(f);
        ck_assert_msg(out.n < MAX_FIGS, "\"%s\": too many figures", text);
        out.f[out.n++] = *f;
    }
    ck_assert_msg(st == FIGPARSE_DONE, "\"%s\": scan ended with %s", text, figparse_status_name(st));
    figparse_scan_free(sc);
    return out;
}

static figures scan_locale(const char *locale, uint32_t flags, const char *text) {
    figparse *fp = fp_with(locale, flags, NULL);
    figures r = scan_with(fp, text, strlen(text));
    figparse_free(fp);
    return r;
}

static figures scan_en(const char *text) { return scan_locale(NULL, 0, text); }

static void fmt(figparse_decimal d, char *buf, size_t cap) { figparse_decimal_format(d, buf, cap); }

static bool canonical(figparse_decimal d) { return d.coef == 0 ? d.exp == 0 : d.coef % 10 != 0; }

static void describe(const figparse_figure *f, char *buf, size_t cap) {
    char a[64], lo[64], hi[64];
    const figparse_money *m = &f->u.money;
    fmt(m->amount, a, sizeof a);
    fmt(m->min, lo, sizeof lo);
    fmt(m->max, hi, sizeof hi);
    snprintf(buf, cap, "[%zu,%zu) \"%s\" amount %s min %s max %s flags 0x%x status %s", f->start,
             f->end, m->currency, a, lo, hi, (unsigned)m->flags, figparse_status_name(f->status));
}

/* Asserts exactly n figures. */
static void expect_count(const char *text, const figures *r, size_t n) {
    char d[256] = "";
    if (r->n > 0)
        describe(&r->f[0], d, sizeof d);
    ck_assert_msg(r->n == n, "\"%s\": %zu figures, expected %zu (first: %s)", text, r->n, n, d);
}

/* Asserts the figure covers exactly the (unique) substring span of text. */
static void expect_span(const char *text, const figparse_figure *f, const char *span) {
    const char *p = strstr(text, span);
    ck_assert_msg(p != NULL, "test bug: \"%s\" not in \"%s\"", span, text);
    ck_assert_msg(strstr(p + 1, span) == NULL, "test bug: \"%s\" twice in \"%s\"", span, text);
    size_t s = (size_t)(p - text), e = s + strlen(span);
    ck_assert_msg(f->start == s && f->end == e, "\"%s\": span [%zu,%zu) \"%.*s\", expected [%zu,%zu) \"%s\"",
                  text, f->start, f->end, (int)(f->end - f->start), text + f->start, s, e, span);
}

static void expect_currency(const char *text, const figparse_figure *f, const char *cur) {
    ck_assert_msg(strcmp(f->u.money.currency, cur) == 0, "\"%s\": currency \"%s\", expected \"%s\"",
                  text, f->u.money.currency, cur);
}

static void expect_dec(const char *text, const char *what, figparse_decimal d, const char *want) {
    char buf[64];
    fmt(d, buf, sizeof buf);
    ck_assert_msg(strcmp(buf, want) == 0, "\"%s\": %s %s, expected %s", text, what, buf, want);
    ck_assert_msg(canonical(d), "\"%s\": %s not canonical: %lld e%d", text, what,
                  (long long)d.coef, (int)d.exp);
}

static void expect_flag(const char *text, const figparse_figure *f, uint32_t flag, bool want,
                        const char *name) {
    bool has = (f->u.money.flags & flag) != 0;
    ck_assert_msg(has == want, "\"%s\": flag %s is %s, expected %s (flags 0x%x)", text, name,
                  has ? "set" : "clear", want ? "set" : "clear", (unsigned)f->u.money.flags);
}
#define EXPECT_FLAG(text, f, flag, want) expect_flag(text, f, flag, want, #flag)

/* A money figure with an amount (not a range or bound). */
static void expect_money(const char *text, const figparse_figure *f, const char *cur,
                         const char *amount, const char *span) {
    ck_assert_int_eq(f->kind, FIGPARSE_KIND_MONEY);
    ck_assert_msg(f->status == FIGPARSE_OK, "\"%s\": status %s", text, figparse_status_name(f->status));
    expect_currency(text, f, cur);
    EXPECT_FLAG(text, f, FIGPARSE_MONEY_HAS_AMOUNT, true);
    expect_dec(text, "amount", f->u.money.amount, amount);
    EXPECT_FLAG(text, f, FIGPARSE_MONEY_HAS_MIN, false);
    EXPECT_FLAG(text, f, FIGPARSE_MONEY_HAS_MAX, false);
    expect_span(text, f, span);
}

/* The single figure of text scanned with the en-US parser. */
static void expect_one(const char *text, const char *cur, const char *amount, const char *span) {
    figures r = scan_en(text);
    expect_count(text, &r, 1);
    expect_money(text, &r.f[0], cur, amount, span);
}

/* A range or bound: min/max as canonical strings, NULL for unset. */
static void expect_bounds(const char *text, const figparse_figure *f, const char *cur,
                          const char *min, const char *max, const char *span) {
    ck_assert_msg(f->status == FIGPARSE_OK, "\"%s\": status %s", text, figparse_status_name(f->status));
    expect_currency(text, f, cur);
    EXPECT_FLAG(text, f, FIGPARSE_MONEY_HAS_AMOUNT, false);
    EXPECT_FLAG(text, f, FIGPARSE_MONEY_HAS_MIN, min != NULL);
    EXPECT_FLAG(text, f, FIGPARSE_MONEY_HAS_MAX, max != NULL);
    if (min)
        expect_dec(text, "min", f->u.money.min, min);
    if (max)
        expect_dec(text, "max", f->u.money.max, max);
    expect_span(text, f, span);
}

/* ---- currency signs ------------------------------------------------------- */

START_TEST(dollar_sign_before) {
    const char *t = "The lamp is $4.99 at the corner shop.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "USD", "4.99", "$4.99");
    /* a bare "$" is a guess from the locale */
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_CURRENCY_INFERRED, true);
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_CURRENCY_AMBIGUOUS, false);
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_APPROX, false);
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_SPELLED, false);
    ck_assert_uint_eq(r.f[0].index, 0);
    ck_assert_uint_eq(r.f[0].u.money.equivalent_of, 0);
}
END_TEST

START_TEST(dollar_sign_after_with_space) {
    expect_one("The refill costs 4.99 $ at the kiosk.", "USD", "4.99", "4.99 $");
}
END_TEST

START_TEST(euro_sign_after_without_space) {
    expect_one("A coffee costs 3€ on the terrace.", "EUR", "3", "3€");
    expect_one("Parking is 12.50€ per day.", "EUR", "12.5", "12.50€");
}
END_TEST

START_TEST(euro_sign_with_scale) {
    const char *t = "Brussels pledged €4.5 billion for the power grid.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "EUR", "4500000000", "€4.5 billion");
    ck_assert_int_eq(r.f[0].u.money.amount.coef, 45);
    ck_assert_int_eq(r.f[0].u.money.amount.exp, 8);
    /* "€" names one currency: nothing inferred */
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_CURRENCY_INFERRED, false);
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_CURRENCY_AMBIGUOUS, false);
}
END_TEST

START_TEST(pound_sign_with_suffix) {
    expect_one("The club paid £350m for the new stadium.", "GBP", "350000000", "£350m");
}
END_TEST

START_TEST(won_sign) {
    expect_one("Seoul set aside ₩1.4 trillion for housing.", "KRW", "1400000000000", "₩1.4 trillion");
}
END_TEST

START_TEST(yen_sign) {
    const char *t = "A bento box costs ¥500 at the station.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "JPY", "500", "¥500");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_CURRENCY_INFERRED, true);
}
END_TEST

START_TEST(rupee_sign) {
    expect_one("The ticket price is ₹2,500 this season.", "INR", "2500", "₹2,500");
}
END_TEST

START_TEST(ruble_sign) {
    expect_one("The fine was 45 000 ₽ in March.", "RUB", "45000", "45 000 ₽");
}
END_TEST

START_TEST(lira_sign) {
    expect_one("A simit sells for ₺15 in Istanbul.", "TRY", "15", "₺15");
}
END_TEST

START_TEST(cent_sign) {
    const char *t = "Every song is 99¢ in the store.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "USD", "0.99", "99¢");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_MINOR_UNIT, true);
}
END_TEST

/* ---- prefixed dollars ------------------------------------------------------ */

static const struct {
    const char *prefix, *code;
    bool explicit_; /* named unambiguously: no CURRENCY_INFERRED */
} prefixed[] = {
    {"US$", "USD", true},  {"US $", "USD", true}, {"A$", "AUD", true},   {"AU$", "AUD", true},
    {"C$", "CAD", false},  {"CA$", "CAD", true},  {"HK$", "HKD", true},  {"NT$", "TWD", true},
    {"S$", "SGD", true},   {"NZ$", "NZD", true},  {"MX$", "MXN", true},  {"R$", "BRL", true},
};

START_TEST(prefixed_dollars) {
    char text[96], span[32];
    snprintf(text, sizeof text, "Tickets cost %s25 per person.", prefixed[_i].prefix);
    snprintf(span, sizeof span, "%s25", prefixed[_i].prefix);
    figures r = scan_en(text);
    expect_count(text, &r, 1);
    expect_money(text, &r.f[0], prefixed[_i].code, "25", span);
    EXPECT_FLAG(text, &r.f[0], FIGPARSE_MONEY_CURRENCY_AMBIGUOUS, false);
    if (prefixed[_i].explicit_)
        EXPECT_FLAG(text, &r.f[0], FIGPARSE_MONEY_CURRENCY_INFERRED, false);
}
END_TEST

/* ---- ISO codes ------------------------------------------------------------- */

START_TEST(code_before_with_scale) {
    const char *t = "Exports reached USD 7.27 billion last year.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "USD", "7270000000", "USD 7.27 billion");
    ck_assert_int_eq(r.f[0].u.money.amount.coef, 727);
    ck_assert_int_eq(r.f[0].u.money.amount.exp, 7);
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_CURRENCY_INFERRED, false);
}
END_TEST

START_TEST(code_after) {
    expect_one("The deposit is 250 EUR per room.", "EUR", "250", "250 EUR");
}
END_TEST

START_TEST(code_krw_trillion) {
    expect_one("Samsung earmarked KRW 1.46 trillion for the plant.", "KRW", "1460000000000",
               "KRW 1.46 trillion");
}
END_TEST

START_TEST(rmb_is_cny) {
    const char *t = "The fund raised RMB 300 million in May.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "CNY", "300000000", "RMB 300 million");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_CURRENCY_AMBIGUOUS, false);
}
END_TEST

/* ---- currency names -------------------------------------------------------- */

START_TEST(name_won) {
    const char *t = "Parliament approved 10.1 trillion won in chip subsidies.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "KRW", "10100000000000", "10.1 trillion won");
    ck_assert_int_eq(r.f[0].u.money.amount.coef, 101);
    ck_assert_int_eq(r.f[0].u.money.amount.exp, 11);
}
END_TEST

START_TEST(name_yuan) {
    expect_one("Sales hit 4.98 billion yuan in the quarter.", "CNY", "4980000000",
               "4.98 billion yuan");
}
END_TEST

START_TEST(name_dollars) {
    const char *t = "The startup raised 3.2 million dollars from angels.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "USD", "3200000", "3.2 million dollars");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_CURRENCY_INFERRED, true);
}
END_TEST

START_TEST(name_yen) {
    expect_one("Tokyo will spend 800 billion yen on the bridge.", "JPY", "800000000000",
               "800 billion yen");
}
END_TEST

START_TEST(name_pounds_sterling) {
    expect_one("The estate was valued at 40 million pounds sterling.", "GBP", "40000000",
               "40 million pounds sterling");
}
END_TEST

START_TEST(name_euros) {
    expect_one("Dinner came to 85 euros for two.", "EUR", "85", "85 euros");
    expect_one("The stamp costs 1 euro.", "EUR", "1", "1 euro");
}
END_TEST

START_TEST(name_rupees) {
    expect_one("He paid 500 rupees for the cab.", "INR", "500", "500 rupees");
}
END_TEST

/* ---- scale words and suffixes ---------------------------------------------- */

static const struct {
    const char *fig, *code, *amount;
} scaled[] = {
    {"$3 thousand", "USD", "3000"},
    {"$7 million", "USD", "7000000"},
    {"$2 billion", "USD", "2000000000"},
    {"$4 trillion", "USD", "4000000000000"},
    {"$2 quadrillion", "USD", "2000000000000000"},
    {"$60K", "USD", "60000"},
    {"$60k", "USD", "60000"},
    {"$4m", "USD", "4000000"},
    {"$4mn", "USD", "4000000"},
    {"$4M", "USD", "4000000"},
    {"$4MM", "USD", "4000000"},
    {"$1.2bn", "USD", "1200000000"},
    {"$3b", "USD", "3000000000"},
    {"$3B", "USD", "3000000000"},
    {"$1.5tn", "USD", "1500000000000"},
    {"$2T", "USD", "2000000000000"},
    {"EUR 12.5m", "EUR", "12500000"},
};

START_TEST(scale_words_and_suffixes) {
    char text[96];
    snprintf(text, sizeof text, "The deal was worth %s in total.", scaled[_i].fig);
    expect_one(text, scaled[_i].code, scaled[_i].amount, scaled[_i].fig);
}
END_TEST

START_TEST(suffix_without_currency_is_not_money) {
    const char *t = "She swam 5m before turning back.";
    figures r = scan_en(t);
    expect_count(t, &r, 0);
}
END_TEST

/* ---- spelled numbers -------------------------------------------------------- */

START_TEST(spelled_five_million_dollars) {
    const char *t = "They spent five million dollars on ads.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "USD", "5000000", "five million dollars");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_SPELLED, true);
}
END_TEST

START_TEST(spelled_half_a_billion_dollars) {
    expect_one("The bid was half a billion dollars.", "USD", "500000000", "half a billion dollars");
}
END_TEST

START_TEST(spelled_a_billion_dollars) {
    expect_one("It would cost a billion dollars to fix.", "USD", "1000000000", "a billion dollars");
}
END_TEST

START_TEST(spelled_twenty_five_cents) {
    const char *t = "The stamp cost twenty-five cents.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "USD", "0.25", "twenty-five cents");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_MINOR_UNIT, true);
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_SPELLED, true);
}
END_TEST

/* ---- grouping ----------------------------------------------------------------- */

START_TEST(comma_grouping) {
    expect_one("The house sold for $1,250,000.00 in June.", "USD", "1250000", "$1,250,000.00");
}
END_TEST

static const char *const spaces[] = {
    "\xc2\xa0",     /* U+00A0 */
    "\xe2\x80\xaf", /* U+202F */
    "\xe2\x80\x89", /* U+2009 */
};

START_TEST(space_grouping) {
    char text[96], span[48];
    const char *sp = spaces[_i];
    snprintf(span, sizeof span, "1%s250%s000 €", sp, sp);
    snprintf(text, sizeof text, "The flat sold for %s last week.", span);
    expect_one(text, "EUR", "1250000", span);
}
END_TEST

START_TEST(apostrophe_grouping_chf) {
    const char *t = "The watch costs CHF 1'250.50 in Geneva.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "CHF", "1250.5", "CHF 1'250.50");
    ck_assert_int_eq(r.f[0].u.money.amount.coef, 12505);
    ck_assert_int_eq(r.f[0].u.money.amount.exp, -1);
}
END_TEST

/* ---- signs ------------------------------------------------------------------- */

START_TEST(minus_before_sign) {
    const char *t = "The unit lost -$45.2 million last year.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "USD", "-45200000", "-$45.2 million");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_PARENTHESES, false);
}
END_TEST

START_TEST(minus_after_sign) {
    expect_one("Balance: $-5 after fees.", "USD", "-5", "$-5");
}
END_TEST

START_TEST(unicode_minus) {
    expect_one("Balance: \xe2\x88\x92$5 after fees.", "USD", "-5", "\xe2\x88\x92$5");
}
END_TEST

START_TEST(accounting_parentheses) {
    const char *t = "Net loss was ($1,234,567) for the year.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "USD", "-1234567", "($1,234,567)");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_PARENTHESES, true);
}
END_TEST

/* ---- ranges and bounds --------------------------------------------------------- */

START_TEST(range_dash_shared_scale) {
    const char *t = "Repairs will cost $5-10 million.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_bounds(t, &r.f[0], "USD", "5000000", "10000000", "$5-10 million");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_MIN_EXCLUSIVE, false);
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_MAX_EXCLUSIVE, false);
}
END_TEST

START_TEST(range_to) {
    const char *t = "Repairs will cost $5 to $10 million.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_bounds(t, &r.f[0], "USD", "5000000", "10000000", "$5 to $10 million");
}
END_TEST

START_TEST(range_between) {
    const char *t = "The stake is worth between $2 and $3 billion.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_bounds(t, &r.f[0], "USD", "2000000000", "3000000000", "between $2 and $3 billion");
}
END_TEST

START_TEST(range_between_bare_numbers) {
    /* DESIGN.md: "between 10 and 20 dollars" is one range */
    const char *t = "A haircut costs between 10 and 20 dollars here.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_bounds(t, &r.f[0], "USD", "10", "20", "between 10 and 20 dollars");
}
END_TEST

START_TEST(range_from_to) {
    /* DESIGN.md: "from $1.1 billion to $1.4 billion" is one range */
    const char *t = "Estimates run from $1.1 billion to $1.4 billion.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_bounds(t, &r.f[0], "USD", "1100000000", "1400000000",
                  "from $1.1 billion to $1.4 billion");
}
END_TEST

START_TEST(bound_under) {
    const char *t = "Lunch here is under €7.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_bounds(t, &r.f[0], "EUR", NULL, "7", "under €7");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_MAX_EXCLUSIVE, true);
}
END_TEST

START_TEST(bound_less_than) {
    const char *t = "The repair took less than $300.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_bounds(t, &r.f[0], "USD", NULL, "300", "less than $300");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_MAX_EXCLUSIVE, true);
}
END_TEST

START_TEST(bound_up_to) {
    const char *t = "Grants of up to $50,000 are available.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_bounds(t, &r.f[0], "USD", NULL, "50000", "up to $50,000");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_MAX_EXCLUSIVE, false);
}
END_TEST

START_TEST(bound_more_than) {
    const char *t = "The company raised more than $1 billion.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_bounds(t, &r.f[0], "USD", "1000000000", NULL, "more than $1 billion");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_MIN_EXCLUSIVE, true);
}
END_TEST

START_TEST(bound_over) {
    const char *t = "Tickets resold for over $200 each.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_bounds(t, &r.f[0], "USD", "200", NULL, "over $200");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_MIN_EXCLUSIVE, true);
}
END_TEST

START_TEST(bound_at_least) {
    const char *t = "Each seat costs at least $15.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    expect_bounds(t, &r.f[0], "USD", "15", NULL, "at least $15");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_MIN_EXCLUSIVE, false);
}
END_TEST

/* ---- hedges -------------------------------------------------------------------- */

static const char *const hedges[] = {"approximately", "about", "around", "nearly", "roughly"};

START_TEST(hedge_keeps_amount) {
    char text[96], span[48];
    snprintf(span, sizeof span, "%s $40 million", hedges[_i]);
    snprintf(text, sizeof text, "The project will cost %s.", span);
    figures r = scan_en(text);
    expect_count(text, &r, 1);
    expect_money(text, &r.f[0], "USD", "40000000", span);
    EXPECT_FLAG(text, &r.f[0], FIGPARSE_MONEY_APPROX, true);
}
END_TEST

/* ---- equivalents ---------------------------------------------------------------- */

START_TEST(equivalent_in_parentheses) {
    const char *t = "Profit was $3 million. Seoul earmarked 10.1 trillion won "
                    "(approximately USD 7.27 billion) for chips.";
    figures r = scan_en(t);
    expect_count(t, &r, 3);
    expect_money(t, &r.f[0], "USD", "3000000", "$3 million");
    expect_money(t, &r.f[1], "KRW", "10100000000000", "10.1 trillion won");
    EXPECT_FLAG(t, &r.f[1], FIGPARSE_MONEY_EQUIVALENT, false);
    expect_money(t, &r.f[2], "USD", "7270000000", "approximately USD 7.27 billion");
    EXPECT_FLAG(t, &r.f[2], FIGPARSE_MONEY_EQUIVALENT, true);
    EXPECT_FLAG(t, &r.f[2], FIGPARSE_MONEY_APPROX, true);
    ck_assert_uint_eq(r.f[1].index, 1);
    ck_assert_uint_eq(r.f[2].index, 2);
    ck_assert_uint_eq(r.f[2].u.money.equivalent_of, r.f[1].index);
}
END_TEST

START_TEST(equivalent_without_hedge) {
    const char *t = "The plant cost €2 billion ($2.2 billion) to build.";
    figures r = scan_en(t);
    expect_count(t, &r, 2);
    expect_money(t, &r.f[0], "EUR", "2000000000", "€2 billion");
    expect_money(t, &r.f[1], "USD", "2200000000", "$2.2 billion");
    EXPECT_FLAG(t, &r.f[1], FIGPARSE_MONEY_EQUIVALENT, true);
    EXPECT_FLAG(t, &r.f[1], FIGPARSE_MONEY_PARENTHESES, false);
    ck_assert_uint_eq(r.f[1].u.money.equivalent_of, 0);
}
END_TEST

START_TEST(equivalent_with_prefixed_dollar) {
    const char *t = "The bill was 1.3 trillion won (about US$1 billion) in total.";
    figures r = scan_en(t);
    expect_count(t, &r, 2);
    expect_money(t, &r.f[0], "KRW", "1300000000000", "1.3 trillion won");
    expect_money(t, &r.f[1], "USD", "1000000000", "about US$1 billion");
    EXPECT_FLAG(t, &r.f[1], FIGPARSE_MONEY_EQUIVALENT, true);
    EXPECT_FLAG(t, &r.f[1], FIGPARSE_MONEY_APPROX, true);
    ck_assert_uint_eq(r.f[1].u.money.equivalent_of, 0);
}
END_TEST

START_TEST(sequence_is_not_equivalent) {
    const char *t = "Apples cost $2, and pears cost $3.";
    figures r = scan_en(t);
    expect_count(t, &r, 2);
    EXPECT_FLAG(t, &r.f[1], FIGPARSE_MONEY_EQUIVALENT, false);
    ck_assert_uint_eq(r.f[1].u.money.equivalent_of, 0);
}
END_TEST

/* ---- ambiguity ------------------------------------------------------------------ */

START_TEST(bare_dollar_without_locale) {
    const char *t = "The ticket is $20 at the door.";
    figures r = scan_locale("und", 0, t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "USD", "20", "$20");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_CURRENCY_INFERRED, true);
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_CURRENCY_AMBIGUOUS, false);
}
END_TEST

START_TEST(bare_dollar_en_au) {
    const char *t = "The ticket is $20 at the door.";
    figures r = scan_locale("en-AU", 0, t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "AUD", "20", "$20");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_CURRENCY_INFERRED, true);
    /* "_" is accepted for "-" */
    r = scan_locale("en_AU", 0, t);
    expect_count(t, &r, 1);
    expect_currency(t, &r.f[0], "AUD");
}
END_TEST

START_TEST(yen_sign_after_yuan_is_cny) {
    const char *t = "The firm booked 20 million yuan in sales, and a mug costs ¥500.";
    figures r = scan_en(t);
    expect_count(t, &r, 2);
    expect_money(t, &r.f[0], "CNY", "20000000", "20 million yuan");
    expect_money(t, &r.f[1], "CNY", "500", "¥500");
    EXPECT_FLAG(t, &r.f[1], FIGPARSE_MONEY_CURRENCY_INFERRED, true);
}
END_TEST

START_TEST(yen_sign_locale_zh) {
    const char *t = "A mug costs ¥500.";
    figures r = scan_locale("zh", 0, t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "CNY", "500", "¥500");
}
END_TEST

/* A lone numeral after a Chinese unit counts the next unit down; 零 skips
 * one; 半 is half the major unit. */
START_TEST(chinese_unit_ladder) {
    const char *t = "豆浆一块二，油条两毛五，包子三块零四，粥四块七毛八，饼一块半。";
    figures r = scan_locale("zh", 0, t);
    expect_count(t, &r, 5);
    expect_money(t, &r.f[0], "CNY", "1.2", "一块二");
    expect_money(t, &r.f[1], "CNY", "0.25", "两毛五");
    expect_money(t, &r.f[2], "CNY", "3.04", "三块零四");
    expect_money(t, &r.f[3], "CNY", "4.78", "四块七毛八");
    expect_money(t, &r.f[4], "CNY", "1.5", "一块半");
}
END_TEST

/* Korean 이 after 달러 is the copula, not "two"; 五分钟 is five minutes. */
START_TEST(chinese_ladder_stays_chinese) {
    const char *t = "총액은 2천만 달러이다. 我等了五分钟。";
    figures r = scan_locale("ko", 0, t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "USD", "20000000", "2천만 달러");
}
END_TEST

START_TEST(chinese_range_with_tails) {
    const char *t = "单价从两元一角至两元九角不等，均价在3到3.5元。";
    figures r = scan_locale("zh", 0, t);
    expect_count(t, &r, 2);
    expect_bounds(t, &r.f[0], "CNY", "2.1", "2.9", "两元一角至两元九角");
    expect_bounds(t, &r.f[1], "CNY", "3", "3.5", "3到3.5元");
}
END_TEST

/* Cantonese 個 is a dollar only with cents after it. */
START_TEST(cantonese_dollar_needs_tail) {
    const char *t = "杯奶茶十三個半，三個人三個一組坐，等咗兩個半鐘。";
    figures r = scan_locale("zh-HK", 0, t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "HKD", "13.5", "十三個半");
}
END_TEST

/* A withdrawn currency keeps a name most locales still give it. */
START_TEST(withdrawn_currency_name) {
    const char *t = "Het kaartje kostte toen 12 markka.";
    figures r = scan_locale("nl", 0, t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "FIM", "12", "12 markka");
}
END_TEST

START_TEST(dutch_unit_and_tens_apart) {
    const char *t = "Het boek kost vier-en-twintig euro.";
    figures r = scan_locale("nl", 0, t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "EUR", "24", "vier-en-twintig euro");
}
END_TEST

/* CLDR's "スイス フラン" is written with "・" or run together in Japanese. */
START_TEST(japanese_name_spellings) {
    const char *t = "旅費は320スイス・フランと80スイスフラン、土産は零円だった。";
    figures r = scan_locale("ja", 0, t);
    expect_count(t, &r, 3);
    expect_money(t, &r.f[0], "CHF", "320", "320スイス・フラン");
    expect_money(t, &r.f[1], "CHF", "80", "80スイスフラン");
    expect_money(t, &r.f[2], "JPY", "0", "零円");
}
END_TEST

/* An apostrophe's "s" is the end of a word, not the "S" of "S $" (SGD). */
START_TEST(possessive_s_before_a_dollar) {
    const char *t = "The island's $40 million port and Singapore's S$ 12 fee.";
    figures r = scan_en(t);
    expect_count(t, &r, 2);
    expect_money(t, &r.f[0], "USD", "40000000", "$40 million");
    expect_money(t, &r.f[1], "SGD", "12", "S$ 12");
}
END_TEST

/* mao and fen are minor units only after kuai: "1976 Mao" is a year and a name. */
START_TEST(pinyin_units_only_as_tails) {
    const char *t = "The noodles were three kuai and four mao two; in 1976 Mao Zedong died; 5 fen.";
    figures r = scan_en(t);
    ck_assert_uint_ge(r.n, 1);
    expect_money(t, &r.f[0], "CNY", "3.42", "three kuai and four mao two");
    for (size_t k = 1; k < r.n; k++)
        ck_assert_int_ne(r.f[k].kind, FIGPARSE_KIND_MONEY);
}
END_TEST

/* In Dutch, "gulden" alone is the Dutch guilder; qualified names keep theirs. */
START_TEST(dutch_guilder) {
    const char *t = "Het huis kostte 95.000 gulden, de reis 40 Arubaanse gulden.";
    figures r = scan_locale("nl", 0, t);
    expect_count(t, &r, 2);
    expect_money(t, &r.f[0], "NLG", "95000", "95.000 gulden");
    expect_money(t, &r.f[1], "AWG", "40", "40 Arubaanse gulden");
}
END_TEST

/* CJK numerals belong to their script: the same figures with any hint. */
START_TEST(cjk_numerals_with_any_hint) {
    const char *t = "수주액 8조 4천억 원; 融资2.7亿美元，约三千万元; 売上高は2兆1500億円。";
    const char *hints[] = {NULL, "en-US", "ko", "zh", "ja", "de"};
    for (size_t h = 0; h < sizeof hints / sizeof hints[0]; h++) {
        figures r = scan_locale(hints[h], 0, t);
        expect_count(t, &r, 4);
        expect_money(t, &r.f[0], "KRW", "8400000000000", "8조 4천억 원");
        expect_money(t, &r.f[1], "USD", "270000000", "2.7亿美元");
        expect_money(t, &r.f[2], "CNY", "30000000", "约三千万元");
        EXPECT_FLAG(t, &r.f[2], FIGPARSE_MONEY_APPROX, true);
        expect_money(t, &r.f[3], "JPY", "2150000000000", "2兆1500億円");
    }
}
END_TEST

/* Scale words that mean one thing in every language that has them are read
 * with any hint; those that differ ("billion") follow the hint. */
START_TEST(shared_scale_words) {
    const char *t = "Umsatz 2,4 Mrd. Euro; budget de 3 milliards d'euros; "
                    "un fondo di 1,5 miliardi di euro; выручка 7 млрд рублей.";
    const char *hints[] = {NULL, "en-GB", "ko", "de-DE"};
    for (size_t h = 0; h < sizeof hints / sizeof hints[0]; h++) {
        figures r = scan_locale(hints[h], 0, t);
        expect_count(t, &r, 4);
        expect_money(t, &r.f[0], "EUR", "2400000000", "2,4 Mrd. Euro");
        expect_money(t, &r.f[1], "EUR", "3000000000", "3 milliards d'euros");
        expect_money(t, &r.f[2], "EUR", "1500000000", "1,5 miliardi di euro");
        expect_money(t, &r.f[3], "RUB", "7000000000", "7 млрд рублей");
    }
    const char *b = "The fund holds 2 billion euros.";
    figures en = scan_locale(NULL, 0, b), fr = scan_locale("fr", 0, b);
    expect_count(b, &en, 1);
    expect_count(b, &fr, 1);
    expect_money(b, &en.f[0], "EUR", "2000000000", "2 billion euros");
    expect_money(b, &fr.f[0], "EUR", "2000000000000", "2 billion euros");
}
END_TEST

/* French "or" (gold, XAU) is no currency of a text: "2018 or 2019". */
START_TEST(metal_names_are_not_withdrawn_currencies) {
    const char *t = "Sales from 2010 to 2018 or later, and 5 or 6 items.";
    figures r = scan_en(t);
    for (size_t k = 0; k < r.n; k++)
        ck_assert_int_ne(r.f[k].kind, FIGPARSE_KIND_MONEY);
}
END_TEST

/* Without a hint, a named currency whose home groups with the written mark
 * settles it; a guessed "$", or a home that writes it as the decimal
 * mark, leaves the grouping reading flagged. */
START_TEST(home_mark_settles_grouping) {
    const char *t = "USD 4,250 then R$ 7.800 then $2,600 then 1,990 Ft.";
    figures r = scan_locale("und", 0, t);
    expect_count(t, &r, 4);
    expect_money(t, &r.f[0], "USD", "4250", "USD 4,250");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_SEPARATOR_AMBIGUOUS, false);
    expect_money(t, &r.f[1], "BRL", "7800", "R$ 7.800");
    EXPECT_FLAG(t, &r.f[1], FIGPARSE_MONEY_SEPARATOR_AMBIGUOUS, false);
    expect_money(t, &r.f[2], "USD", "2600", "$2,600");
    EXPECT_FLAG(t, &r.f[2], FIGPARSE_MONEY_SEPARATOR_AMBIGUOUS, true);
    expect_money(t, &r.f[3], "HUF", "1990", "1,990 Ft");
    EXPECT_FLAG(t, &r.f[3], FIGPARSE_MONEY_SEPARATOR_AMBIGUOUS, true);
}
END_TEST

/* A minus after written cents is a ledger's negative; a dash before another
 * amount is still a range. */
START_TEST(trailing_minus_in_text) {
    const char *t = "Credit note: USD 1,980.40- and a range $3.00-$4.50.";
    figures r = scan_en(t);
    expect_count(t, &r, 2);
    expect_money(t, &r.f[0], "USD", "-1980.4", "USD 1,980.40-");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_TRAILING_MINUS, true);
    expect_bounds(t, &r.f[1], "USD", "3", "4.5", "$3.00-$4.50");
    EXPECT_FLAG(t, &r.f[1], FIGPARSE_MONEY_TRAILING_MINUS, false);
}
END_TEST

/* A scale word after a hyphen: "Rs 16,189-crore", "a $2.5-billion plan". */
START_TEST(hyphenated_scale_word) {
    const char *t = "a $2.5-billion plan and a Rs 240-crore grant";
    figures r = scan_en(t);
    expect_count(t, &r, 2);
    expect_money(t, &r.f[0], "USD", "2500000000", "$2.5-billion");
    expect_money(t, &r.f[1], "INR", "2400000000", "Rs 240-crore");
}
END_TEST

/* The anti-fraud numerals of Chinese cheques and Japanese deeds. */
START_TEST(financial_numerals) {
    const char *t = "金额：人民币叁仟零伍拾元捌角，另付金弐万円。";
    figures r = scan_locale("und", 0, t);
    expect_count(t, &r, 2);
    expect_money(t, &r.f[0], "CNY", "3050.8", "人民币叁仟零伍拾元捌角");
    expect_money(t, &r.f[1], "JPY", "20000", "弐万円");
}
END_TEST

/* Scale and number words of the Nordic languages, Polish and Turkish. */
START_TEST(nordic_polish_turkish_scales) {
    const char *sv = "Bolaget tog in 45 miljoner kronor, cirka 2 mkr per månad, och tjugo kronor.";
    figures r = scan_locale("sv", 0, sv);
    expect_count(sv, &r, 3);
    expect_money(sv, &r.f[0], "SEK", "45000000", "45 miljoner kronor");
    expect_money(sv, &r.f[1], "SEK", "2000000", "cirka 2 mkr");
    EXPECT_FLAG(sv, &r.f[1], FIGPARSE_MONEY_APPROX, true);
    expect_money(sv, &r.f[2], "SEK", "20", "tjugo kronor");
    const char *da = "Regningen lød på 3,2 mia. kroner og tolv kroner.";
    r = scan_locale("da", 0, da);
    expect_count(da, &r, 2);
    expect_money(da, &r.f[0], "DKK", "3200000000", "3,2 mia. kroner");
    expect_money(da, &r.f[1], "DKK", "12", "tolv kroner");
    const char *nb = "Prosjektet koster 7 milliarder kroner.";
    r = scan_locale("nb", 0, nb);
    expect_count(nb, &r, 1);
    expect_money(nb, &r.f[0], "NOK", "7000000000", "7 milliarder kroner");
    const char *pl = "Inwestycja warta 4,5 mld zł i 120 tys. zł.";
    r = scan_locale("pl", 0, pl);
    expect_count(pl, &r, 2);
    expect_money(pl, &r.f[0], "PLN", "4500000000", "4,5 mld zł");
    expect_money(pl, &r.f[1], "PLN", "120000", "120 tys. zł");
    const char *tr = "Şirket 12 milyon $ ve 3 milyar TL yatırım yaptı.";
    r = scan_locale("tr", 0, tr);
    expect_count(tr, &r, 2);
    expect_money(tr, &r.f[0], "USD", "12000000", "12 milyon $");
    expect_money(tr, &r.f[1], "TRY", "3000000000", "3 milyar TL");
}
END_TEST

/* Indonesian: puluh makes tens of the unit before it, ratus hundreds. */
START_TEST(indonesian_numbers) {
    const char *t = "Harganya tiga ratus empat puluh lima ribu rupiah, antara 5 sampai 8 dolar, "
                    "atau Rp 2,5 juta.";
    figures r = scan_locale("id", 0, t);
    expect_count(t, &r, 3);
    expect_money(t, &r.f[0], "IDR", "345000", "tiga ratus empat puluh lima ribu rupiah");
    expect_bounds(t, &r.f[1], "USD", "5", "8", "antara 5 sampai 8 dolar");
    expect_money(t, &r.f[2], "IDR", "2500000", "Rp 2,5 juta");
}
END_TEST

/* Number words generated from CLDR's spell-out rules (number_words.tsv). */
START_TEST(spelled_numbers_from_cldr) {
    const char *hi = "टिकट की कीमत तेरह डॉलर थी।";
    figures r = scan_locale("hi", 0, hi);
    expect_count(hi, &r, 1);
    expect_money(hi, &r.f[0], "USD", "13", "तेरह डॉलर");
    const char *tr = "Bilet on iki dolar, kahve yüz elli lira.";
    r = scan_locale("tr", 0, tr);
    expect_count(tr, &r, 2);
    expect_money(tr, &r.f[0], "USD", "12", "on iki dolar");
    expect_money(tr, &r.f[1], "TRY", "150", "yüz elli lira");
    const char *ru = "Билет стоил двадцать пять рублей.";
    r = scan_locale("ru", 0, ru);
    expect_count(ru, &r, 1);
    expect_money(ru, &r.f[0], "RUB", "25", "двадцать пять рублей");
}
END_TEST

START_TEST(strict_currency) {
    const char *t = "The ticket is $20 at the door.";
    figures r = scan_locale(NULL, FIGPARSE_OPT_STRICT_CURRENCY, t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "", "20", "$20");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_CURRENCY_AMBIGUOUS, true);
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_CURRENCY_INFERRED, false);

    const char *y = "A mug costs ¥500.";
    r = scan_locale(NULL, FIGPARSE_OPT_STRICT_CURRENCY, y);
    expect_count(y, &r, 1);
    expect_money(y, &r.f[0], "", "500", "¥500");
    EXPECT_FLAG(y, &r.f[0], FIGPARSE_MONEY_CURRENCY_AMBIGUOUS, true);

    /* an explicit prefix is no guess */
    const char *u = "The ticket is US$20 at the door.";
    r = scan_locale(NULL, FIGPARSE_OPT_STRICT_CURRENCY, u);
    expect_count(u, &r, 1);
    expect_money(u, &r.f[0], "USD", "20", "US$20");
    EXPECT_FLAG(u, &r.f[0], FIGPARSE_MONEY_CURRENCY_AMBIGUOUS, false);
}
END_TEST

START_TEST(separator_ambiguous_without_locale) {
    const char *t = "The bill was €3.350 in total.";
    figures r = scan_locale("und", 0, t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "EUR", "3350", "€3.350");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_SEPARATOR_AMBIGUOUS, true);
    r = scan_locale("de", 0, t);
    expect_count(t, &r, 1);
    expect_money(t, &r.f[0], "EUR", "3350", "€3.350");
    EXPECT_FLAG(t, &r.f[0], FIGPARSE_MONEY_SEPARATOR_AMBIGUOUS, false);
}
END_TEST

/* ---- no false money ----------------------------------------------------------- */

static const char *const not_money[] = {
    "We ordered 13,000 GPUs for the lab.",
    "Turnout was 57.8% this year.",
    "The 2-nanometer chips ship next year.",
    "Upgrade to version 1.2.3 tonight.",
    "See No. 3 on the list.",
    "Call 010-1234-5678 for details.",
    "The stadium holds 1500 fans.",
    "1500",
    "It is a real-world test and a real problem.",
    "They sold a dollar-denominated bond.",
    "Korea's bet and Chile's plan don't matter.",
};

START_TEST(no_false_money) {
    figures r = scan_en(not_money[_i]);
    expect_count(not_money[_i], &r, 0);
}
END_TEST

/* ---- fields: figparse_parse_money ----------------------------------------------- */

static figparse_status parse_field(const figparse *fp, const char *text, size_t len,
                                   figparse_money *m, size_t *off) {
    memset(m, 0x5A, sizeof *m);
    *off = 12345;
    return figparse_parse_money(fp, text, len, m, off);
}

START_TEST(field_code_after) {
    figparse *fp = fp_with(NULL, 0, NULL);
    figparse_money m;
    size_t off;
    ck_assert_int_eq(parse_field(fp, "1,299.00 USD", 12, &m, &off), FIGPARSE_OK);
    ck_assert_str_eq(m.currency, "USD");
    ck_assert(m.flags & FIGPARSE_MONEY_HAS_AMOUNT);
    ck_assert_int_eq(m.amount.coef, 1299);
    ck_assert_int_eq(m.amount.exp, 0);
    ck_assert_uint_eq(off, 0);
    /* white space around the value is allowed */
    const char *ws = "  \xe2\x82\xac" "4.5 billion \n";
    ck_assert_int_eq(parse_field(fp, ws, strlen(ws), &m, &off), FIGPARSE_OK);
    ck_assert_str_eq(m.currency, "EUR");
    ck_assert_int_eq(m.amount.coef, 45);
    ck_assert_int_eq(m.amount.exp, 8);
    figparse_free(fp);
}
END_TEST

START_TEST(field_default_currency) {
    figparse *fp = fp_with(NULL, 0, "EUR");
    figparse_money m;
    size_t off;
    ck_assert_int_eq(parse_field(fp, "39900", 5, &m, &off), FIGPARSE_OK);
    ck_assert_str_eq(m.currency, "EUR");
    ck_assert(m.flags & FIGPARSE_MONEY_HAS_AMOUNT);
    ck_assert(m.flags & FIGPARSE_MONEY_CURRENCY_DEFAULT);
    ck_assert_int_eq(m.amount.coef, 399);
    ck_assert_int_eq(m.amount.exp, 2);
    /* a currency in the text wins over the default */
    ck_assert_int_eq(parse_field(fp, "$5", 2, &m, &off), FIGPARSE_OK);
    ck_assert_str_eq(m.currency, "USD");
    ck_assert(!(m.flags & FIGPARSE_MONEY_CURRENCY_DEFAULT));
    figparse_free(fp);
}
END_TEST

/* The signs of a ledger's column: lead minus, plus, parentheses, trailing minus. */
START_TEST(field_ledger_signs) {
    figparse *fp = fp_with(NULL, 0, "EUR");
    static const struct {
        const char *text;
        int64_t coef;
        uint32_t flag;
    } rows[] = {
        {"-12.75", -1275, 0},
        {"\xe2\x88\x92" "12.75", -1275, 0}, /* U+2212 MINUS SIGN */
        {"+12.75", 1275, 0},
        {"(12.75)", -1275, FIGPARSE_MONEY_PARENTHESES},
        {"12.75-", -1275, FIGPARSE_MONEY_TRAILING_MINUS},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        figparse_money m;
        size_t off;
        ck_assert_msg(parse_field(fp, rows[i].text, strlen(rows[i].text), &m, &off) == FIGPARSE_OK,
                      "%s", rows[i].text);
        ck_assert_str_eq(m.currency, "EUR");
        ck_assert_int_eq(m.amount.coef, rows[i].coef);
        ck_assert_int_eq(m.amount.exp, -2);
        ck_assert_uint_eq(m.flags & (FIGPARSE_MONEY_PARENTHESES | FIGPARSE_MONEY_TRAILING_MINUS),
                          rows[i].flag);
    }
    figparse_money m;
    size_t off;
    ck_assert_int_eq(parse_field(fp, "(12.75", 6, &m, &off), FIGPARSE_NOMATCH);
    ck_assert_int_eq(parse_field(fp, "-12.75-", 7, &m, &off), FIGPARSE_NOMATCH);
    figparse_free(fp);
}
END_TEST

START_TEST(field_without_default_is_nomatch) {
    figparse *fp = fp_with(NULL, 0, NULL);
    figparse_money m;
    size_t off;
    ck_assert_int_eq(parse_field(fp, "39900", 5, &m, &off), FIGPARSE_NOMATCH);
    figparse_free(fp);
}
END_TEST

START_TEST(field_two_figures_is_nomatch) {
    figparse *fp = fp_with(NULL, 0, NULL);
    figparse_money m;
    size_t off;
    ck_assert_int_eq(parse_field(fp, "$5 $6", 5, &m, &off), FIGPARSE_NOMATCH);
    ck_assert_int_eq(parse_field(fp, "$5 and \xe2\x82\xac" "6", 10, &m, &off), FIGPARSE_NOMATCH);
    ck_assert_int_eq(parse_field(fp, "$5 plus tax", 11, &m, &off), FIGPARSE_NOMATCH);
    figparse_free(fp);
}
END_TEST

START_TEST(field_invalid_utf8) {
    figparse *fp = fp_with(NULL, 0, NULL);
    figparse_money m;
    size_t off;
    ck_assert_int_eq(parse_field(fp, "$5\xff" "0", 4, &m, &off), FIGPARSE_EENCODING);
    ck_assert_uint_eq(off, 2);
    ck_assert_int_eq(parse_field(fp, "\xe2\x82\xac\x80" "5", 5, &m, &off), FIGPARSE_EENCODING);
    ck_assert_uint_eq(off, 3);
    ck_assert_int_eq(parse_field(fp, "5 \xe2\x82", 4, &m, &off), FIGPARSE_EENCODING);
    ck_assert_uint_eq(off, 2);
    figparse_free(fp);
}
END_TEST

START_TEST(field_out_of_range) {
    figparse *fp = fp_with(NULL, 0, NULL);
    figparse_money m;
    size_t off;
    const char *t = "$1234567890123456789012345";
    ck_assert_int_eq(parse_field(fp, t, strlen(t), &m, &off), FIGPARSE_ERANGE);
    figparse_free(fp);
}
END_TEST

START_TEST(scan_out_of_range) {
    const char *t = "It cost $1234567890123456789012345 in the end.";
    figures r = scan_en(t);
    expect_count(t, &r, 1);
    const figparse_figure *f = &r.f[0];
    ck_assert_msg(f->status == FIGPARSE_ERANGE, "status %s", figparse_status_name(f->status));
    EXPECT_FLAG(t, f, FIGPARSE_MONEY_OUT_OF_RANGE, true);
    EXPECT_FLAG(t, f, FIGPARSE_MONEY_HAS_AMOUNT, false);
    EXPECT_FLAG(t, f, FIGPARSE_MONEY_HAS_MIN, false);
    EXPECT_FLAG(t, f, FIGPARSE_MONEY_HAS_MAX, false);
    expect_currency(t, f, "USD");
    expect_span(t, f, "$1234567890123456789012345");
}
END_TEST

/* ---- the scan -------------------------------------------------------------------- */

static const char many[] = "Rent is $1,200, parking €80, fuel £95.50 and tolls US$12; "
                           "insurance costs 300 EUR, and the car itself 25,000 dollars.";

START_TEST(scan_all_agrees_with_iterator) {
    figparse *fp = fp_with(NULL, 0, NULL);
    figures it = scan_with(fp, many, strlen(many));
    ck_assert_uint_eq(it.n, 6);
    figparse_result *res = NULL;
    ck_assert_int_eq(figparse_scan_all(fp, many, strlen(many), &res), FIGPARSE_OK);
    ck_assert_ptr_nonnull(res);
    ck_assert_uint_eq(figparse_result_count(res), it.n);
    for (size_t i = 0; i < it.n; i++) {
        const figparse_figure *g = figparse_result_get(res, i);
        ck_assert_ptr_nonnull(g);
        ck_assert_uint_eq(g->start, it.f[i].start);
        ck_assert_uint_eq(g->end, it.f[i].end);
        ck_assert_uint_eq(g->index, it.f[i].index);
        ck_assert_int_eq(g->status, it.f[i].status);
        ck_assert_str_eq(g->u.money.currency, it.f[i].u.money.currency);
        ck_assert_uint_eq(g->u.money.flags, it.f[i].u.money.flags);
        ck_assert_int_eq(g->u.money.amount.coef, it.f[i].u.money.amount.coef);
        ck_assert_int_eq(g->u.money.amount.exp, it.f[i].u.money.amount.exp);
    }
    ck_assert_ptr_null(figparse_result_get(res, it.n));
    figparse_result_free(res);
    figparse_free(fp);
}
END_TEST

START_TEST(scan_many_values) {
    figures r = scan_en(many);
    expect_count(many, &r, 6);
    expect_money(many, &r.f[0], "USD", "1200", "$1,200");
    expect_money(many, &r.f[1], "EUR", "80", "€80");
    expect_money(many, &r.f[2], "GBP", "95.5", "£95.50");
    expect_money(many, &r.f[3], "USD", "12", "US$12");
    expect_money(many, &r.f[4], "EUR", "300", "300 EUR");
    expect_money(many, &r.f[5], "USD", "25000", "25,000 dollars");
}
END_TEST

START_TEST(figures_in_order_without_overlap) {
    figures r = scan_en(many);
    ck_assert_uint_ge(r.n, 2);
    for (size_t i = 0; i < r.n; i++) {
        ck_assert_uint_lt(r.f[i].start, r.f[i].end);
        ck_assert_uint_le(r.f[i].end, strlen(many));
        ck_assert_uint_eq(r.f[i].index, i);
        if (i > 0)
            ck_assert_uint_ge(r.f[i].start, r.f[i - 1].end);
    }
}
END_TEST

START_TEST(index_resets_with_reset) {
    figparse *fp = fp_with(NULL, 0, NULL);
    figparse_status st;
    figparse_scan *sc = figparse_scan_new(fp, &st);
    ck_assert_ptr_nonnull(sc);
    const figparse_figure *f;
    const char *a = "Pay $1, then $2, then $3.";
    ck_assert_int_eq(figparse_scan_reset(sc, a, strlen(a)), FIGPARSE_OK);
    for (uint32_t i = 0; i < 3; i++) {
        ck_assert_int_eq(figparse_scan_next(sc, &f), FIGPARSE_OK);
        ck_assert_uint_eq(f->index, i);
    }
    ck_assert_int_eq(figparse_scan_next(sc, &f), FIGPARSE_DONE);
    ck_assert_int_eq(figparse_scan_next(sc, &f), FIGPARSE_DONE); /* stays done */

    const char *b = "Then €9 more.";
    ck_assert_int_eq(figparse_scan_reset(sc, b, strlen(b)), FIGPARSE_OK);
    ck_assert_int_eq(figparse_scan_next(sc, &f), FIGPARSE_OK);
    ck_assert_uint_eq(f->index, 0);
    ck_assert_uint_eq(f->start, 5);
    ck_assert_uint_eq(f->end, 5 + 4); /* "€9" is 4 bytes */
    ck_assert_int_eq(figparse_scan_next(sc, &f), FIGPARSE_DONE);

    /* resetting forgets what the previous text named */
    const char *c = "Sales were 20 million yuan.";
    const char *d = "A mug costs ¥500.";
    ck_assert_int_eq(figparse_scan_reset(sc, c, strlen(c)), FIGPARSE_OK);
    while (figparse_scan_next(sc, &f) == FIGPARSE_OK)
        ;
    ck_assert_int_eq(figparse_scan_reset(sc, d, strlen(d)), FIGPARSE_OK);
    ck_assert_int_eq(figparse_scan_next(sc, &f), FIGPARSE_OK);
    ck_assert_str_eq(f->u.money.currency, "JPY");
    ck_assert_uint_eq(f->index, 0);
    figparse_scan_free(sc);
    figparse_free(fp);
}
END_TEST

static Suite *money_suite(void) {
    Suite *s = suite_create("money");
    TCase *sg = tcase_create("signs");
    tcase_add_test(sg, dollar_sign_before);
    tcase_add_test(sg, dollar_sign_after_with_space);
    tcase_add_test(sg, euro_sign_after_without_space);
    tcase_add_test(sg, euro_sign_with_scale);
    tcase_add_test(sg, pound_sign_with_suffix);
    tcase_add_test(sg, won_sign);
    tcase_add_test(sg, yen_sign);
    tcase_add_test(sg, rupee_sign);
    tcase_add_test(sg, ruble_sign);
    tcase_add_test(sg, lira_sign);
    tcase_add_test(sg, cent_sign);
    tcase_add_loop_test(sg, prefixed_dollars, 0, sizeof prefixed / sizeof prefixed[0]);
    suite_add_tcase(s, sg);

    TCase *nm = tcase_create("codes and names");
    tcase_add_test(nm, code_before_with_scale);
    tcase_add_test(nm, code_after);
    tcase_add_test(nm, code_krw_trillion);
    tcase_add_test(nm, rmb_is_cny);
    tcase_add_test(nm, name_won);
    tcase_add_test(nm, name_yuan);
    tcase_add_test(nm, name_dollars);
    tcase_add_test(nm, name_yen);
    tcase_add_test(nm, name_pounds_sterling);
    tcase_add_test(nm, name_euros);
    tcase_add_test(nm, name_rupees);
    suite_add_tcase(s, nm);

    TCase *nu = tcase_create("numbers");
    tcase_add_loop_test(nu, scale_words_and_suffixes, 0, sizeof scaled / sizeof scaled[0]);
    tcase_add_test(nu, suffix_without_currency_is_not_money);
    tcase_add_test(nu, spelled_five_million_dollars);
    tcase_add_test(nu, spelled_half_a_billion_dollars);
    tcase_add_test(nu, spelled_a_billion_dollars);
    tcase_add_test(nu, spelled_twenty_five_cents);
    tcase_add_test(nu, comma_grouping);
    tcase_add_loop_test(nu, space_grouping, 0, sizeof spaces / sizeof spaces[0]);
    tcase_add_test(nu, apostrophe_grouping_chf);
    tcase_add_test(nu, minus_before_sign);
    tcase_add_test(nu, minus_after_sign);
    tcase_add_test(nu, unicode_minus);
    tcase_add_test(nu, accounting_parentheses);
    suite_add_tcase(s, nu);

    TCase *rg = tcase_create("ranges, bounds, hedges");
    tcase_add_test(rg, range_dash_shared_scale);
    tcase_add_test(rg, range_to);
    tcase_add_test(rg, range_between);
    tcase_add_test(rg, range_between_bare_numbers);
    tcase_add_test(rg, range_from_to);
    tcase_add_test(rg, bound_under);
    tcase_add_test(rg, bound_less_than);
    tcase_add_test(rg, bound_up_to);
    tcase_add_test(rg, bound_more_than);
    tcase_add_test(rg, bound_over);
    tcase_add_test(rg, bound_at_least);
    tcase_add_loop_test(rg, hedge_keeps_amount, 0, sizeof hedges / sizeof hedges[0]);
    tcase_add_test(rg, equivalent_in_parentheses);
    tcase_add_test(rg, equivalent_without_hedge);
    tcase_add_test(rg, equivalent_with_prefixed_dollar);
    tcase_add_test(rg, sequence_is_not_equivalent);
    suite_add_tcase(s, rg);

    TCase *am = tcase_create("ambiguity");
    tcase_add_test(am, bare_dollar_without_locale);
    tcase_add_test(am, bare_dollar_en_au);
    tcase_add_test(am, yen_sign_after_yuan_is_cny);
    tcase_add_test(am, yen_sign_locale_zh);
    tcase_add_test(am, chinese_unit_ladder);
    tcase_add_test(am, chinese_ladder_stays_chinese);
    tcase_add_test(am, chinese_range_with_tails);
    tcase_add_test(am, cantonese_dollar_needs_tail);
    tcase_add_test(am, withdrawn_currency_name);
    tcase_add_test(am, dutch_unit_and_tens_apart);
    tcase_add_test(am, japanese_name_spellings);
    tcase_add_test(am, pinyin_units_only_as_tails);
    tcase_add_test(am, dutch_guilder);
    tcase_add_test(am, cjk_numerals_with_any_hint);
    tcase_add_test(am, shared_scale_words);
    tcase_add_test(am, metal_names_are_not_withdrawn_currencies);
    tcase_add_test(am, home_mark_settles_grouping);
    tcase_add_test(am, trailing_minus_in_text);
    tcase_add_test(am, hyphenated_scale_word);
    tcase_add_test(am, financial_numerals);
    tcase_add_test(am, nordic_polish_turkish_scales);
    tcase_add_test(am, indonesian_numbers);
    tcase_add_test(am, possessive_s_before_a_dollar);
    tcase_add_test(am, spelled_numbers_from_cldr);
    tcase_add_test(am, strict_currency);
    tcase_add_test(am, separator_ambiguous_without_locale);
    tcase_add_loop_test(am, no_false_money, 0, sizeof not_money / sizeof not_money[0]);
    suite_add_tcase(s, am);

    TCase *fl = tcase_create("fields");
    tcase_add_test(fl, field_code_after);
    tcase_add_test(fl, field_default_currency);
    tcase_add_test(fl, field_without_default_is_nomatch);
    tcase_add_test(fl, field_ledger_signs);
    tcase_add_test(fl, field_two_figures_is_nomatch);
    tcase_add_test(fl, field_invalid_utf8);
    tcase_add_test(fl, field_out_of_range);
    tcase_add_test(fl, scan_out_of_range);
    suite_add_tcase(s, fl);

    TCase *sc = tcase_create("scan");
    tcase_add_test(sc, scan_all_agrees_with_iterator);
    tcase_add_test(sc, scan_many_values);
    tcase_add_test(sc, figures_in_order_without_overlap);
    tcase_add_test(sc, index_resets_with_reset);
    suite_add_tcase(s, sc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(money_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
