/*
 * lexicon_es.c — Spanish words and signs that CLDR lacks: number and scale
 * words, hedges and bounds, minor units, and which currency an ambiguous
 * word prefers. Keys are folded and sorted by bytes (test/check_lexicon.c
 * checks both).
 */
#include "lexicon.h"

#define W(k, kind, v) {k, FIGPARSE__LEX_##kind, v}

static const figparse__lex_word es_words[] = {
    W("a", TO, 0),
    W("al menos", MIN, 0),
    W("alrededor de", HEDGE, 0),
    W("aproximadamente", HEDGE, 0),
    W("billon", SCALE, 12),
    W("billones", SCALE, 12),
    W("bill\303\263n", SCALE, 12), /* billón */
    W("casi", HEDGE, 0),
    W("catorce", UNIT, 14),
    W("cerca de", HEDGE, 0),
    W("cero", UNIT, 0),
    W("cien", HUNDRED, 2),
    W("ciento", HUNDRED, 2),
    W("cinco", UNIT, 5),
    W("cincuenta", TENS, 50),
    W("coma", POINT, 0),
    W("como m\303\241ximo", MAX, 0), /* como máximo */
    W("como m\303\255nimo", MIN, 0), /* como mínimo */
    W("cuarenta", TENS, 40),
    W("cuatro", UNIT, 4),
    W("de", CONNECTOR, 0),
    W("desde", FROM, 0),
    W("diecinueve", UNIT, 19),
    W("dieciocho", UNIT, 18),
    W("diecisiete", UNIT, 17),
    W("diecis\303\251is", UNIT, 16), /* dieciséis */
    W("diez", UNIT, 10),
    W("doce", UNIT, 12),
    W("dos", UNIT, 2),
    W("entre", BETWEEN, 0),
    W("hasta", MAX, 0),
    W("mas de", MIN, 1),
    W("menos de", MAX, 1),
    W("mil", SCALE, 3),
    W("millon", SCALE, 6),
    W("millones", SCALE, 6),
    W("mill\303\263n", SCALE, 6), /* millón */
    W("mm", SCALE, 6),
    W("m\303\241s de", MIN, 1), /* más de */
    W("noventa", TENS, 90),
    W("nueve", UNIT, 9),
    W("o", OR, 0),
    W("ochenta", TENS, 80),
    W("ocho", UNIT, 8),
    W("once", UNIT, 11),
    W("punto", POINT, 0),
    W("quince", UNIT, 15),
    W("seis", UNIT, 6),
    W("sesenta", TENS, 60),
    W("setenta", TENS, 70),
    W("siete", UNIT, 7),
    W("trece", UNIT, 13),
    W("treinta", TENS, 30),
    W("tres", UNIT, 3),
    W("un", UNIT, 1),
    W("una", UNIT, 1),
    W("unas", HEDGE, 0),
    W("uno", UNIT, 1),
    W("unos", HEDGE, 0),
    W("veinte", TENS, 20),
    W("veinticinco", UNIT, 25),
    W("veintid\303\263s", UNIT, 22), /* veintidós */
    W("veintitr\303\251s", UNIT, 23), /* veintitrés */
    W("veintiuno", UNIT, 21),
    W("y", AND, 0),
};

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator es_extras[] = {
    E("centavo", MINOR, 0, 1, ""),
    E("centavos", MINOR, 0, 1, ""),
    E("c\303\251ntimo", MINOR, 0, 1, "EUR"), /* céntimo */
    E("c\303\251ntimos", MINOR, 0, 1, "EUR"), /* céntimos */
    E("u$d", CURRENCY, PREFIX, 0, "USD"),
    E("u$s", CURRENCY, PREFIX, 0, "USD"),
};

static const figparse__preference es_preferences[] = {
    {"d\303\263lar", "USD"}, /* dólar */
    {"d\303\263lares", "USD"}, /* dólares */
    {"peso", "MXN"},
    {"pesos", "MXN"},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_es = {
    "es",
    es_words, COUNT(es_words),
    es_extras, COUNT(es_extras),
    es_preferences, COUNT(es_preferences),
    NULL, 0, NULL, 0, NULL, 0,
};
