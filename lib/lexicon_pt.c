/*
 * lexicon_pt.c — Portuguese words and signs that CLDR lacks: number and scale
 * words, hedges and bounds, minor units, and which currency an ambiguous
 * word prefers. Keys are folded and sorted by bytes (test/check_lexicon.c
 * checks both).
 */
#include "lexicon.h"

#define W(k, kind, v) {k, FIGPARSE__LEX_##kind, v}

static const figparse__lex_word pt_words[] = {
    W("a", TO, 0),
    W("aproximadamente", HEDGE, 0),
    W("at\303\251", MAX, 0), /* até */
    W("bi", SCALE, 9),
    W("bilhao", SCALE, 9),
    W("bilhoes", SCALE, 9),
    W("bilh\303\243o", SCALE, 9), /* bilhão */
    W("bilh\303\265es", SCALE, 9), /* bilhões */
    W("catorze", UNIT, 14),
    W("cem", HUNDRED, 2),
    W("cento", HUNDRED, 2),
    W("cerca de", HEDGE, 0),
    W("cinco", UNIT, 5),
    W("cinquenta", TENS, 50),
    W("de", CONNECTOR, 0),
    W("dez", UNIT, 10),
    W("dezenove", UNIT, 19),
    W("dezesseis", UNIT, 16),
    W("dezessete", UNIT, 17),
    W("dezoito", UNIT, 18),
    W("dois", UNIT, 2),
    W("doze", UNIT, 12),
    W("duas", UNIT, 2),
    W("e", AND, 0),
    W("entre", BETWEEN, 0),
    W("mais de", MIN, 1),
    W("menos de", MAX, 1),
    W("mi", SCALE, 6),
    W("mil", SCALE, 3),
    W("milhao", SCALE, 6),
    W("milhoes", SCALE, 6),
    W("milh\303\243o", SCALE, 6), /* milhão */
    W("milh\303\265es", SCALE, 6), /* milhões */
    W("no m\303\241ximo", MAX, 0), /* no máximo */
    W("no m\303\255nimo", MIN, 0), /* no mínimo */
    W("nove", UNIT, 9),
    W("noventa", TENS, 90),
    W("oitenta", TENS, 80),
    W("oito", UNIT, 8),
    W("onze", UNIT, 11),
    W("ou", OR, 0),
    W("pelo menos", MIN, 0),
    W("quarenta", TENS, 40),
    W("quase", HEDGE, 0),
    W("quatorze", UNIT, 14),
    W("quatro", UNIT, 4),
    W("quinze", UNIT, 15),
    W("seis", UNIT, 6),
    W("sessenta", TENS, 60),
    W("sete", UNIT, 7),
    W("setenta", TENS, 70),
    W("tres", UNIT, 3),
    W("treze", UNIT, 13),
    W("trilh\303\243o", SCALE, 12), /* trilhão */
    W("trilh\303\265es", SCALE, 12), /* trilhões */
    W("trinta", TENS, 30),
    W("tr\303\252s", UNIT, 3), /* três */
    W("um", UNIT, 1),
    W("uma", UNIT, 1),
    W("umas", HEDGE, 0),
    W("uns", HEDGE, 0),
    W("vinte", TENS, 20),
    W("v\303\255rgula", POINT, 0), /* vírgula */
    W("zero", UNIT, 0),
};

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator pt_extras[] = {
    E("centavo", MINOR, 0, 1, ""),
    E("centavos", MINOR, 0, 1, ""),
};

static const figparse__preference pt_preferences[] = {
    {"d\303\263lar", "USD"}, /* dólar */
    {"d\303\263lares", "USD"}, /* dólares */
    {"reais", "BRL"},
    {"real", "BRL"},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_pt = {
    "pt",
    pt_words, COUNT(pt_words),
    pt_extras, COUNT(pt_extras),
    pt_preferences, COUNT(pt_preferences),
    NULL, 0, NULL, 0, NULL, 0,
};
