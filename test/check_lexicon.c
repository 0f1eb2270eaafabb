/*
 * check_lexicon.c — the English lexicon (lexicon.h): every table strictly
 * sorted in byte order (the lookups are binary searches), keys folded, every
 * currency it names a real ISO 4217 code, and a few lookups.
 */
#include "lexicon.h"

#include "currency.h"

#include <check.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static const figparse__lexicon *lx = &figparse__lexicon_en;

/* strcmp compares as unsigned char (C11 7.24.4): byte order. */
static void expect_strictly_sorted(const char *table, const char *const *keys, size_t n) {
    for (size_t i = 1; i < n; i++)
        ck_assert_msg(strcmp(keys[i - 1], keys[i]) < 0,
                      "%s: \"%s\" (#%zu) is not before \"%s\" (#%zu)", table, keys[i - 1], i - 1,
                      keys[i], i);
}

/* Folded: no ASCII upper case, single spaces inside, none at the ends. */
static void expect_folded(const char *table, const char *key) {
    size_t n = strlen(key);
    ck_assert_msg(n > 0, "%s: empty key", table);
    ck_assert_msg(key[0] != ' ' && key[n - 1] != ' ', "%s: \"%s\" has an edge space", table, key);
    for (size_t i = 0; i < n; i++) {
        ck_assert_msg(!(key[i] >= 'A' && key[i] <= 'Z'), "%s: \"%s\" is not lower case", table, key);
        ck_assert_msg(!(key[i] == ' ' && key[i + 1] == ' '), "%s: \"%s\" has a double space",
                      table, key);
        ck_assert_msg(key[i] != '\t' && key[i] != '\n', "%s: \"%s\" has a tab or newline", table,
                      key);
    }
}

static bool is_iso(const char *code, size_t n) {
    return n == 3 && figparse__currency_index(code, 3) >= 0;
}

/* ---- sorting -------------------------------------------------------------- */

START_TEST(words_sorted) {
    ck_assert_uint_gt(lx->nwords, 0);
    const char **keys = malloc(lx->nwords * sizeof *keys);
    for (size_t i = 0; i < lx->nwords; i++)
        keys[i] = lx->words[i].key;
    expect_strictly_sorted("words", keys, lx->nwords);
    free(keys);
}
END_TEST

START_TEST(extras_sorted) {
    ck_assert_uint_gt(lx->nextras, 0);
    const char **keys = malloc(lx->nextras * sizeof *keys);
    for (size_t i = 0; i < lx->nextras; i++)
        keys[i] = lx->extras[i].key;
    expect_strictly_sorted("extras", keys, lx->nextras);
    free(keys);
}
END_TEST

START_TEST(preferences_sorted) {
    ck_assert_uint_gt(lx->npreferences, 0);
    const char **keys = malloc(lx->npreferences * sizeof *keys);
    for (size_t i = 0; i < lx->npreferences; i++)
        keys[i] = lx->preferences[i].key;
    expect_strictly_sorted("preferences", keys, lx->npreferences);
    free(keys);
}
END_TEST

START_TEST(prefix_words_sorted) {
    ck_assert_uint_gt(lx->nprefix_words, 0);
    expect_strictly_sorted("prefix_words", (const char *const *)lx->prefix_words,
                           lx->nprefix_words);
}
END_TEST

START_TEST(word_codes_sorted) {
    ck_assert_uint_gt(lx->nword_codes, 0);
    expect_strictly_sorted("word_codes", (const char *const *)lx->word_codes, lx->nword_codes);
}
END_TEST

/* Sorted means every entry is found by its own key. */
START_TEST(every_key_is_found) {
    for (size_t i = 0; i < lx->nwords; i++) {
        const char *k = lx->words[i].key;
        ck_assert_msg(figparse__lex_find(lx, k, strlen(k)) == &lx->words[i], "word \"%s\" not found",
                      k);
    }
    for (size_t i = 0; i < lx->nextras; i++) {
        const char *k = lx->extras[i].key;
        ck_assert_msg(figparse__extra_find(lx, k, strlen(k)) == &lx->extras[i],
                      "extra \"%s\" not found", k);
    }
    for (size_t i = 0; i < lx->npreferences; i++) {
        const char *k = lx->preferences[i].key;
        ck_assert_msg(figparse__preference_find(lx, k, strlen(k)) == lx->preferences[i].currency,
                      "preference \"%s\" not found", k);
    }
    for (size_t i = 0; i < lx->nprefix_words; i++) {
        const char *k = lx->prefix_words[i];
        ck_assert_msg(figparse__sorted_has(lx->prefix_words, lx->nprefix_words, k, strlen(k)),
                      "prefix word \"%s\" not found", k);
    }
    for (size_t i = 0; i < lx->nword_codes; i++) {
        const char *k = lx->word_codes[i];
        ck_assert_msg(figparse__sorted_has(lx->word_codes, lx->nword_codes, k, strlen(k)),
                      "word code \"%s\" not found", k);
    }
}
END_TEST

START_TEST(keys_are_folded) {
    for (size_t i = 0; i < lx->nwords; i++)
        expect_folded("words", lx->words[i].key);
    for (size_t i = 0; i < lx->nextras; i++)
        expect_folded("extras", lx->extras[i].key);
    for (size_t i = 0; i < lx->npreferences; i++)
        expect_folded("preferences", lx->preferences[i].key);
    for (size_t i = 0; i < lx->nprefix_words; i++)
        expect_folded("prefix_words", lx->prefix_words[i]);
}
END_TEST

START_TEST(word_kinds_in_range) {
    for (size_t i = 0; i < lx->nwords; i++) {
        const figparse__lex_word *w = &lx->words[i];
        ck_assert_msg(w->kind > FIGPARSE__LEX_NONE && w->kind <= FIGPARSE__LEX_OR,
                      "\"%s\": kind %d", w->key, w->kind);
        if (w->kind == FIGPARSE__LEX_UNIT)
            ck_assert_msg(w->value >= 0 && w->value <= 19, "unit \"%s\" = %d", w->key, w->value);
        if (w->kind == FIGPARSE__LEX_TENS)
            ck_assert_msg(w->value >= 20 && w->value <= 90 && w->value % 10 == 0,
                          "tens \"%s\" = %d", w->key, w->value);
        if (w->kind == FIGPARSE__LEX_SCALE)
            ck_assert_msg(w->value >= 2 && w->value <= 15, "scale \"%s\" = %d", w->key, w->value);
    }
}
END_TEST

/* ---- currencies named ------------------------------------------------------- */

START_TEST(extras_name_real_codes) {
    for (size_t i = 0; i < lx->nextras; i++) {
        const figparse__extra_designator *e = &lx->extras[i];
        ck_assert_ptr_nonnull(e->currencies);
        const char *p = e->currencies;
        while (*p) {
            while (*p == ' ')
                p++;
            const char *s = p;
            while (*p && *p != ' ')
                p++;
            size_t n = (size_t)(p - s);
            if (n == 0)
                break;
            /* "$" stands for every dollar (money.c's add_code_list). */
            bool dollar = n == 1 && s[0] == '$';
            ck_assert_msg(dollar || is_iso(s, n), "extra \"%s\": \"%.*s\" is not an ISO 4217 code",
                          e->key, (int)n, s);
        }
        if (e->kind == FIGPARSE__EXTRA_NON_ISO)
            ck_assert_msg(e->currencies[0] == '\0', "non-ISO \"%s\" names a currency", e->key);
    }
}
END_TEST

START_TEST(preferences_name_real_codes) {
    for (size_t i = 0; i < lx->npreferences; i++) {
        const char *c = lx->preferences[i].currency;
        ck_assert_msg(c && is_iso(c, strlen(c)), "preference \"%s\" -> \"%s\" is not an ISO code",
                      lx->preferences[i].key, c ? c : "(null)");
        ck_assert_msg(c[0] >= 'A' && c[0] <= 'Z', "preference \"%s\" -> \"%s\" not upper case",
                      lx->preferences[i].key, c);
    }
}
END_TEST

START_TEST(word_codes_are_iso_upper_case) {
    for (size_t i = 0; i < lx->nword_codes; i++) {
        const char *c = lx->word_codes[i];
        ck_assert_msg(strlen(c) == 3 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' &&
                          c[2] >= 'A' && c[2] <= 'Z',
                      "word code \"%s\" is not three upper-case letters", c);
        ck_assert_msg(is_iso(c, 3), "word code \"%s\" is not an ISO 4217 code", c);
    }
}
END_TEST

/* ---- lookups ------------------------------------------------------------- */

START_TEST(word_lookups) {
    const figparse__lex_word *w = figparse__lex_find(lx, "million", 7);
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(w->kind, FIGPARSE__LEX_SCALE);
    ck_assert_int_eq(w->value, 6);

    w = figparse__lex_find(lx, "more than", 9);
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(w->kind, FIGPARSE__LEX_MIN);
    ck_assert_int_eq(w->value, 1); /* exclusive */

    w = figparse__lex_find(lx, "at least", 8);
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(w->kind, FIGPARSE__LEX_MIN);
    ck_assert_int_eq(w->value, 0);

    w = figparse__lex_find(lx, "up to", 5);
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(w->kind, FIGPARSE__LEX_MAX);
    ck_assert_int_eq(w->value, 0);

    w = figparse__lex_find(lx, "under", 5);
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(w->kind, FIGPARSE__LEX_MAX);
    ck_assert_int_eq(w->value, 1);

    w = figparse__lex_find(lx, "twenty", 6);
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(w->kind, FIGPARSE__LEX_TENS);
    ck_assert_int_eq(w->value, 20);

    w = figparse__lex_find(lx, "approximately", 13);
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(w->kind, FIGPARSE__LEX_HEDGE);

    w = figparse__lex_find(lx, "lakh", 4);
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(w->value, 5);
    w = figparse__lex_find(lx, "crore", 5);
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(w->value, 7);

    /* the key need not be NUL-terminated */
    w = figparse__lex_find(lx, "millionaire", 7);
    ck_assert_ptr_nonnull(w);
    ck_assert_str_eq(w->key, "million");

    ck_assert_ptr_null(figparse__lex_find(lx, "millionaire", 11));
    ck_assert_ptr_null(figparse__lex_find(lx, "milli", 5));
    ck_assert_ptr_null(figparse__lex_find(lx, "Million", 7)); /* keys are folded */
    ck_assert_ptr_null(figparse__lex_find(lx, "", 0));
}
END_TEST

START_TEST(extra_and_preference_lookups) {
    const figparse__extra_designator *e = figparse__extra_find(lx, "us $", 4);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->kind, FIGPARSE__EXTRA_CURRENCY);
    ck_assert_str_eq(e->currencies, "USD");

    e = figparse__extra_find(lx, "cents", 5);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(e->kind, FIGPARSE__EXTRA_MINOR);

    e = figparse__extra_find(lx, "rmb", 3);
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->currencies, "CNY");

    ck_assert_ptr_null(figparse__extra_find(lx, "dollars", 7)); /* CLDR has it */

    ck_assert_str_eq(figparse__preference_find(lx, "won", 3), "KRW");
    ck_assert_str_eq(figparse__preference_find(lx, "yuan", 4), "CNY");
    ck_assert_str_eq(figparse__preference_find(lx, "$", 1), "USD");
    ck_assert_str_eq(figparse__preference_find(lx, "\xc2\xa5", 2), "JPY"); /* ¥ */
    ck_assert_ptr_null(figparse__preference_find(lx, "euro", 4));

    ck_assert(figparse__sorted_has(lx->prefix_words, lx->nprefix_words, "dollars", 7));
    ck_assert(!figparse__sorted_has(lx->prefix_words, lx->nprefix_words, "dollarsx", 8));
    ck_assert(figparse__sorted_has(lx->word_codes, lx->nword_codes, "TRY", 3));
    ck_assert(figparse__sorted_has(lx->word_codes, lx->nword_codes, "ALL", 3));
    ck_assert(!figparse__sorted_has(lx->word_codes, lx->nword_codes, "USD", 3));
}
END_TEST

/* The shared table (generated) holds only what no language disagrees on. */
START_TEST(shared_table_agrees_everywhere) {
    const figparse__lexicon *sh = &figparse__lexicon_shared;
    ck_assert_uint_gt(sh->nwords, 50);
    const char **keys = malloc(sh->nwords * sizeof *keys);
    for (size_t i = 0; i < sh->nwords; i++) {
        keys[i] = sh->words[i].key;
        expect_folded("shared", keys[i]);
        ck_assert(sh->words[i].kind == FIGPARSE__LEX_SCALE ||
                  sh->words[i].kind == FIGPARSE__LEX_CONNECTOR ||
                  sh->words[i].kind == FIGPARSE__LEX_HEDGE);
        for (size_t l = 0; l < figparse__lexicon_count; l++) {
            const figparse__lex_word *e =
                figparse__lex_find(figparse__lexicons[l], keys[i], strlen(keys[i]));
            ck_assert_msg(!e || (e->kind == sh->words[i].kind &&
                                 (e->kind != FIGPARSE__LEX_SCALE || e->value == sh->words[i].value)),
                          "\"%s\" means something else in %s", keys[i], figparse__lexicons[l]->lang);
        }
    }
    expect_strictly_sorted("shared", keys, sh->nwords);
    free(keys);
    const figparse__lex_word *mrd = figparse__lex_find(sh, "mrd.", 4);
    ck_assert_ptr_nonnull(mrd);
    ck_assert_int_eq(mrd->value, 9);
    ck_assert_ptr_null(figparse__lex_find(sh, "billion", 7)); /* 10^9 in en, 10^12 in fr */
    ck_assert_ptr_null(figparse__lex_find(sh, "mil", 3));     /* 10^6 in en, 10^3 in es */
}
END_TEST

static Suite *lexicon_suite(void) {
    Suite *s = suite_create("lexicon");
    TCase *t = tcase_create("tables");
    tcase_add_test(t, words_sorted);
    tcase_add_test(t, extras_sorted);
    tcase_add_test(t, preferences_sorted);
    tcase_add_test(t, prefix_words_sorted);
    tcase_add_test(t, word_codes_sorted);
    tcase_add_test(t, every_key_is_found);
    tcase_add_test(t, keys_are_folded);
    tcase_add_test(t, word_kinds_in_range);
    suite_add_tcase(s, t);
    TCase *c = tcase_create("currencies");
    tcase_add_test(c, extras_name_real_codes);
    tcase_add_test(c, preferences_name_real_codes);
    tcase_add_test(c, word_codes_are_iso_upper_case);
    suite_add_tcase(s, c);
    TCase *l = tcase_create("lookups");
    tcase_add_test(l, shared_table_agrees_everywhere);
    tcase_add_test(l, word_lookups);
    tcase_add_test(l, extra_and_preference_lookups);
    suite_add_tcase(s, l);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(lexicon_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
