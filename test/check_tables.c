/*
 * check_tables.c — the per-parser tables figparse_new() works out so that
 * the grammar need not search (internal.h: the lexicon words' answers, the
 * currency signs' designators, the currency codes by one probe, and the
 * filters of currency-name keys, of their first two words and of the
 * starts of compound number words) answer exactly as the searches they
 * replace. A parser with every one of them turned off (the searches then
 * run, the filters let everything through) must find the same figures as
 * a parser with them, on lines made from every lexicon key and every
 * currency-name key in the contexts the grammar reads them in.
 */
#include "currency.h"
#include "date.h"
#include "date_names.h"
#include "internal.h"
#include "lexicon.h"

#include <check.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Filters that let every word through, and one that lets none (a parser
 * points at the shared ones, which are const). */
static uint64_t all_words[FIGPARSE__FILTER_WORDS], all_signs[FIGPARSE__SIGN_FILTER_WORDS];
static const uint64_t no_words[FIGPARSE__FILTER_WORDS];

/* Makes fp answer every lookup by its search, as before the tables. */
static void tables_off(figparse *fp) {
    memset(all_words, 0xFF, sizeof all_words);
    memset(all_signs, 0xFF, sizeof all_signs);
    fp->lex_slots_ok = false;
    memset(fp->sign_des_state, FIGPARSE__SIGN_UNKEPT, sizeof fp->sign_des_state);
    fp->code_slots_ok = false;
    fp->name_keys = all_words;
    fp->name_word_pairs = all_words;
    fp->name_later_pairs = all_words;
    fp->sign_spaced_filter = all_signs;
    memset(fp->compound_starts, 0xFF, sizeof fp->compound_starts);
}

static bool same_decimal(figparse_decimal a, figparse_decimal b) { return a.coef == b.coef && a.exp == b.exp; }

static bool same_money(const figparse_money *a, const figparse_money *b) {
    return memcmp(a->currency, b->currency, sizeof a->currency) == 0 && a->flags == b->flags &&
           same_decimal(a->amount, b->amount) && same_decimal(a->min, b->min) &&
           same_decimal(a->max, b->max) && a->equivalent_of == b->equivalent_of;
}

static bool same_datetime(const figparse_datetime *a, const figparse_datetime *b) {
    return a->year == b->year && a->month == b->month && a->day == b->day && a->hour == b->hour &&
           a->minute == b->minute && a->second == b->second && a->has_offset == b->has_offset &&
           a->utc_offset_min == b->utc_offset_min;
}

static bool same_date(const figparse_date *a, const figparse_date *b) {
    return same_datetime(&a->first, &b->first) && same_datetime(&a->last, &b->last) &&
           a->grain == b->grain && a->flags == b->flags && a->offset == b->offset &&
           a->unit == b->unit && a->weekday == b->weekday;
}

static bool same_figure(const figparse_figure *a, const figparse_figure *b) {
    if (a->kind != b->kind || a->status != b->status || a->start != b->start || a->end != b->end)
        return false;
    return a->kind == FIGPARSE_KIND_MONEY ? same_money(&a->u.money, &b->u.money)
                                          : same_date(&a->u.date, &b->u.date);
}

/* Whether a and b find the same figures in text, scanning it and parsing
 * it as one money field. */
static bool same_answers(const figparse *a, const figparse *b, const char *text) {
    size_t len = strlen(text);
    figparse_result *ra = NULL, *rb = NULL;
    ck_assert_int_eq(figparse_scan_all(a, text, len, &ra), FIGPARSE_OK);
    ck_assert_int_eq(figparse_scan_all(b, text, len, &rb), FIGPARSE_OK);
    bool same = figparse_result_count(ra) == figparse_result_count(rb);
    for (size_t i = 0; same && i < figparse_result_count(ra); i++)
        same = same_figure(figparse_result_get(ra, i), figparse_result_get(rb, i));
    figparse_result_free(ra);
    figparse_result_free(rb);
    figparse_money ma, mb;
    figparse_status sa = figparse_parse_money(a, text, len, &ma, NULL);
    figparse_status sb = figparse_parse_money(b, text, len, &mb, NULL);
    return same && sa == sb && (sa != FIGPARSE_OK || same_money(&ma, &mb));
}

/* Where the grammar reads a word: before and after amounts, as a lead, in
 * a phrase, glued to digits. %s is the key. */
static const char *const lexicon_contexts[] = {
    "5 %s",         "%s 5 dollars", "a %s of it",  "%s than 5 euros", "%s. 5",
    "5 %s dollars", "two %s",       "$5 %s later", "about %s 5 EUR",  "5%s",
};
static const char *const name_contexts[] = {"5 %s", "%s 5", "%s5 million", "2.5 %s a month"};

/* Counts the lines, built from every key of every lexicon and every
 * currency name in their contexts, on which a and b differ. */
static size_t differing_lines(const figparse *a, const figparse *b, size_t *lines) {
    char text[256];
    size_t differ = 0;
    *lines = 0;
    for (size_t l = 0; l < figparse__lexicon_count; l++) {
        const figparse__lexicon *lx = figparse__lexicons[l];
        for (size_t k = 0; k < lx->nwords; k++)
            for (size_t c = 0; c < sizeof lexicon_contexts / sizeof lexicon_contexts[0]; c++) {
                snprintf(text, sizeof text, lexicon_contexts[c], lx->words[k].key);
                differ += !same_answers(a, b, text);
                ++*lines;
            }
    }
    for (size_t r = 0; r < figparse__name_count; r++) {
        const char *key = figparse__name_rows[r].key;
        if (r > 0 && strcmp(key, figparse__name_rows[r - 1].key) == 0)
            continue; /* one line per key */
        for (size_t c = 0; c < sizeof name_contexts / sizeof name_contexts[0]; c++) {
            snprintf(text, sizeof text, name_contexts[c], key);
            differ += !same_answers(a, b, text);
            ++*lines;
        }
    }
    return differ;
}

static figparse *parser_for(const char *locale) {
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_ptr_nonnull(o);
    ck_assert_int_eq(figparse_options_set_locale(o, locale), FIGPARSE_OK);
    figparse_status st;
    figparse *fp = figparse_new(o, &st);
    figparse_options_free(o);
    ck_assert_ptr_nonnull(fp);
    return fp;
}

static const char *const locales[] = {"en-US", "de-DE", "ko-KR", "hi-IN", "ja-JP"};

/* The lines a test compares two parsers on; returns how many differ. */
typedef size_t (*line_count_fn)(const figparse *a, const figparse *b, size_t *lines);

/* How many of count's lines (at least min_lines of them) a parser of
 * locale and one altered by alter differ on. */
static size_t lines_altered(const char *locale, void (*alter)(figparse *), line_count_fn count, size_t min_lines) {
    figparse *plain = parser_for(locale), *altered = parser_for(locale);
    alter(altered);
    size_t lines;
    size_t differ = count(plain, altered, &lines);
    ck_assert_uint_gt(lines, min_lines);
    figparse_free(plain);
    figparse_free(altered);
    return differ;
}

START_TEST(tables_answer_as_the_searches) {
    size_t differ = lines_altered(locales[_i], tables_off, differing_lines, 10000);
    ck_assert_msg(differ == 0, "%s: %zu lines differ", locales[_i], differ);
}
END_TEST

/* figparse_new() skips a currency-name row whose first word and the byte
 * after it are the row before's: every row's first word is still in the
 * sign filter, and in the spaced one when a space follows it. */
START_TEST(sign_filter_holds_every_name_word) {
    figparse *fp = parser_for("en-US");
    static uint64_t signs[FIGPARSE__SIGN_FILTER_WORDS], spaced[FIGPARSE__SIGN_FILTER_WORDS];
    memset(signs, 0, sizeof signs);
    memset(spaced, 0, sizeof spaced);
    for (size_t r = 0; r < figparse__name_count; r++)
        figparse__filter_add_sign_keys(signs, spaced, figparse__name_rows[r].key);
    size_t words = 0;
    for (size_t k = 0; k < FIGPARSE__SIGN_FILTER_WORDS; k++) {
        ck_assert_msg((signs[k] & ~fp->sign_filter[k]) == 0, "sign filter word %zu misses a name", k);
        ck_assert_msg((spaced[k] & ~fp->sign_spaced_filter[k]) == 0, "spaced filter word %zu", k);
        words += signs[k] != 0;
    }
    ck_assert_uint_gt(words, 1000);
    figparse_free(fp);
}
END_TEST

/* The shared tables compiled in (generated by the build with
 * gen_shared_tables) are the ones figparse__shared_build() works out at
 * run time, and every parser's filters are what figparse_new() built in
 * one piece before the tables were shared: the lexicons' and the date
 * tables' words, each set by the tokenizer's own filter functions. */
START_TEST(shared_tables_are_built_at_run_time) {
    static figparse__shared_tables built;
    figparse__shared_build(&built);
    size_t n = offsetof(figparse__shared_tables, code_slots_ok) + sizeof built.code_slots_ok; /* no tail padding */
    ck_assert_msg(memcmp(&built, &figparse__shared, n) == 0, "shared_tables.inc is not figparse__shared_build()'s");
    ck_assert_uint_gt(built.nkey_cands, 10);
    const char *const hints[] = {"", "en-US", "de-DE", "ja-JP", "ko", "fr-CA"};
    for (size_t h = 0; h < sizeof hints / sizeof hints[0]; h++) {
        figparse *fp = parser_for(hints[h]);
        ck_assert(fp->sign_spaced_filter == figparse__shared.sign_spaced_filter &&
                  fp->name_pairs == &figparse__shared.name_pairs);
        ck_assert(memcmp(fp->word_filter, built.word_filter, sizeof built.word_filter) == 0);
        ck_assert(memcmp(fp->sign_filter, built.sign_filter, sizeof built.sign_filter) == 0);
        static uint64_t lex[FIGPARSE__FILTER_WORDS], dstart[FIGPARSE__FILTER_WORDS], any[FIGPARSE__FILTER_WORDS];
        memset(lex, 0, sizeof lex);
        memset(any, 0, sizeof any);
        const figparse__lexicon *mine[] = {fp->words, &figparse__lexicon_en, &figparse__lexicon_shared};
        for (size_t l = 0; l < 3; l++)
            for (size_t i = 0; i < mine[l]->nwords; i++) {
                figparse__filter_add_key(lex, mine[l]->words[i].key);
                figparse__filter_add_later_words(any, mine[l]->words[i].key);
            }
        memcpy(dstart, lex, sizeof dstart);
        figparse__date_start_filter(dstart);
        figparse__date_later_words(any);
        for (size_t i = 0; i < FIGPARSE__FILTER_WORDS; i++)
            any[i] |= fp->word_filter[i] | lex[i] | fp->dnext_filter[i];
        ck_assert_msg(memcmp(lex, fp->lex_filter, sizeof lex) == 0, "%s: lex_filter", hints[h]);
        ck_assert_msg(memcmp(dstart, fp->dstart_filter, sizeof dstart) == 0, "%s: dstart_filter", hints[h]);
        ck_assert_msg(memcmp(any, fp->any_word_filter, sizeof any) == 0, "%s: any_word_filter", hints[h]);
        figparse_free(fp);
    }
}
END_TEST

/* The generated name rows carry each key's hash (figparse.name_keys is set
 * from it): the hash the run-time code computes. */
START_TEST(name_rows_carry_their_key_hash) {
    for (size_t r = 0; r < figparse__name_count; r++) {
        const char *key = figparse__name_rows[r].key;
        ck_assert_msg(figparse__name_rows[r].key_hash == figparse__word_hash(key, strlen(key)),
                      "row %zu (%s): regenerate lib/tables/currency_data.inc", r, key);
    }
}
END_TEST

/* The generated folds of the currency signs are ICU's at run time. */
START_TEST(sign_folds_are_icu_folds) {
    ck_assert_uint_gt(figparse__sign_fold_count, 50);
    for (size_t k = 0; k < figparse__sign_fold_count; k++) {
        const figparse__sign_fold *sf = &figparse__sign_folds[k];
        char buf[16];
        size_t n = 0;
        ck_assert(figparse__fold_cp_icu(sf->cp, buf, &n, sizeof buf));
        ck_assert_msg(n == sf->len && memcmp(buf, sf->folded, n) == 0, "U+%04X", (unsigned)sf->cp);
        ck_assert(k == 0 || figparse__sign_folds[k - 1].cp < sf->cp);
    }
}
END_TEST

/* So are those of the general punctuation, one row per code point. */
START_TEST(punct_folds_are_icu_folds) {
    for (uint32_t cp = FIGPARSE__PUNCT_FOLD_FIRST; cp <= FIGPARSE__PUNCT_FOLD_LAST; cp++) {
        const figparse__sign_fold *pf = &figparse__punct_folds[cp - FIGPARSE__PUNCT_FOLD_FIRST];
        char buf[16];
        size_t n = 0;
        ck_assert(figparse__fold_cp_icu(cp, buf, &n, sizeof buf));
        ck_assert_msg(pf->cp == cp && n == pf->len && memcmp(buf, pf->folded, n) == 0, "U+%04X",
                      (unsigned)cp);
    }
}
END_TEST

/* The comparison can fail: a name-key filter that refuses every word
 * loses the figures of written-out currency names. */
static void name_keys_refuse_all(figparse *fp) { fp->name_keys = no_words; }

START_TEST(a_wrong_table_is_seen) {
    ck_assert_uint_gt(lines_altered("en-US", name_keys_refuse_all, differing_lines, 10000), 100);
}
END_TEST

/* ---- the scan's memo of leads refused before an ordinary word ---------- */

/* Lines in which a key's first word (%2$s) stands before an ordinary word
 * ("plover") twice, so that the first refusal fills the scan's memo
 * (scan.c lead_refused()) and the second is passed by it, and then the
 * whole key (%1$s) before what makes it part of a figure; the memo is
 * asked only further from the end than a short field
 * (FIGPARSE__DATE_SHORT_FIELD), hence the tail (TAIL). The last two do the
 * same for the pair memo (scan.c pair_refused()): "in" refused before the
 * first word and an ordinary word, then before the whole key. */
#define TAIL ", as the filing for the whole quarter said."
static const char *const lead_contexts[] = {
    "The filing for the quarter said %2$s plover, and %2$s plover again; %1$s 5 dollars" TAIL,
    "The filing for the quarter said %2$s Plover and %2$s plover, then %1$s 11 March 2026" TAIL,
    "The filing for the quarter said %2$s plover %2$s plover %1$s week %1$s plover %1$s" TAIL,
    "The filing for the quarter said %2$s plover, %2$s plovers, %1$s fridays ago, %1$s a plover" TAIL,
    "The filing for the quarter said in %2$s plover, and in %2$s plover again; in %1$s 5 dollars" TAIL,
    "The filing for the quarter said in %2$s plover in %2$s plover in %1$s days, in %1$s fridays ago" TAIL,
};

/* Adds the lines of key in the n contexts: *differ those on which a and b
 * differ. */
static void compare_key_lines(const figparse *a, const figparse *b, const char *key,
                              const char *const *contexts, size_t n_contexts, size_t *differ, size_t *lines) {
    char first[64], text[512];
    size_t n = strcspn(key, " ");
    if (n >= sizeof first)
        return;
    memcpy(first, key, n);
    first[n] = '\0';
    for (size_t c = 0; c < n_contexts; c++) {
        snprintf(text, sizeof text, contexts[c], key, first);
        *differ += !same_answers(a, b, text);
        ++*lines;
    }
}

/* The same for currency names, whose first words may start designators
 * (scan.c sign_lead_may_pass()): the memo learns the first word before an
 * ordinary word, then meets the whole name before and after an amount,
 * once after a sign the document resolves ("$"). */
static const char *const name_lead_contexts[] = {
    "The filing for the quarter said %2$s plover, and %2$s plover again; %1$s 5 and 7 %1$s.",
    "The filing for the quarter said $5 and %2$s plover, %2$s plover, then %1$s 40 or 40 %1$s.",
};

/* Names written with a possessive, which the holiday rules read as one
 * word with its "s" ("valentine's" is "valentines"): the memo passes a
 * word before an ordinary word and "'s" (scan.c possessive_at()), learned
 * here before "plover's", and must still meet each name. */
static const char *const possessive_names[] = {
    "Saint Patrick's Day", "Mother's Day", "Valentine's Day", "New Year's Eve", "Presidents' Day",
    "Father's Day", "Orangemen's Day", "Grandparents' Day", "Mothers' Day", "Veterans' Day",
    "Lincoln's Birthday", "Washington's Birthday", "New Year’s Day", "Saint Valentine's Day",
};

static const char *const possessive_contexts[] = {
    "The filing for the quarter said %2$s plover's, and %2$s plover's again; %1$s 2026" TAIL,
    "The filing for the quarter said %2$s plover’s, %2$s Plover’s, then %1$s of 2026" TAIL,
};

#define LEADS lead_contexts, sizeof lead_contexts / sizeof lead_contexts[0]
#define POSSESSIVES possessive_contexts, sizeof possessive_contexts / sizeof possessive_contexts[0]
#define CURRENCIES name_lead_contexts, sizeof name_lead_contexts / sizeof name_lead_contexts[0]

/* Counts the lines, built from every lexicon key, date name and currency
 * name, on which a and b differ. */
static size_t differing_lead_lines(const figparse *a, const figparse *b, size_t *lines) {
    size_t differ = 0;
    *lines = 0;
    for (size_t l = 0; l <= figparse__lexicon_count; l++) {
        const figparse__lexicon *lx = l < figparse__lexicon_count ? figparse__lexicons[l] : &figparse__lexicon_shared;
        for (size_t k = 0; k < lx->nwords; k++)
            compare_key_lines(a, b, lx->words[k].key, LEADS, &differ, lines);
    }
    for (size_t k = 0; k < figparse__date_name_count; k++)
        compare_key_lines(a, b, figparse__date_names[k].key, LEADS, &differ, lines);
    for (size_t r = 0; r < figparse__name_count; r++)
        compare_key_lines(a, b, figparse__name_rows[r].key, CURRENCIES, &differ, lines);
    for (size_t k = 0; k < sizeof possessive_names / sizeof possessive_names[0]; k++)
        compare_key_lines(a, b, possessive_names[k], POSSESSIVES, &differ, lines);
    return differ;
}

/* Makes every word known to some lookup: the memo never applies. */
static void memo_off(figparse *fp) { memset(fp->any_word_filter, 0xFF, sizeof fp->any_word_filter); }

/* The memo answers as the gates do. */
START_TEST(refused_leads_answer_as_the_gates) {
    size_t differ = lines_altered(locales[_i], memo_off, differing_lead_lines, 5000);
    ck_assert_msg(differ == 0, "%s: %zu lines differ", locales[_i], differ);
}
END_TEST

#ifndef FIGPARSE_SCAN_CHECK_LEADS /* the check build would abort on it, as it should */
/* Takes every word no first-word filter holds for an ordinary one. */
static void later_words_forgotten(figparse *fp) { memset(fp->any_word_filter, 0, sizeof fp->any_word_filter); }

/* The comparison can fail: a memo that took the words only some rules read
 * past a first word for ordinary ones ("fridays" of "seventeen fridays
 * ago", which the word filter does not hold) loses figures. */
START_TEST(a_wrong_ordinary_word_is_seen) {
    ck_assert_uint_gt(lines_altered("en-US", later_words_forgotten, differing_lead_lines, 5000), 0);
}
END_TEST
#endif

int main(void) {
    Suite *s = suite_create("tables");
    TCase *t = tcase_create("tables");
    tcase_set_timeout(t, 300);
    tcase_add_loop_test(t, tables_answer_as_the_searches, 0, (int)(sizeof locales / sizeof locales[0]));
    tcase_add_test(t, a_wrong_table_is_seen);
    tcase_add_test(t, sign_filter_holds_every_name_word);
    tcase_add_test(t, name_rows_carry_their_key_hash);
    tcase_add_test(t, shared_tables_are_built_at_run_time);
    tcase_add_test(t, sign_folds_are_icu_folds);
    tcase_add_test(t, punct_folds_are_icu_folds);
    tcase_add_loop_test(t, refused_leads_answer_as_the_gates, 0, (int)(sizeof locales / sizeof locales[0]));
#ifndef FIGPARSE_SCAN_CHECK_LEADS
    tcase_add_test(t, a_wrong_ordinary_word_is_seen);
#endif
    suite_add_tcase(s, t);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
