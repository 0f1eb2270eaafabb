/*
 * lexicon_de.c — German words and signs that CLDR lacks: number and scale
 * words, hedges and bounds, minor units, and which currency an ambiguous
 * word prefers. Keys are folded and sorted by bytes (test/check_lexicon.c
 * checks both).
 */
#include "lexicon.h"

#define W(k, kind, v) {k, FIGPARSE__LEX_##kind, v}

static const figparse__lex_word de_words[] = {
    W("acht", UNIT, 8),
    W("achtzehn", UNIT, 18),
    W("achtzig", TENS, 80),
    W("billion", SCALE, 12),
    W("billionen", SCALE, 12),
    W("bis", TO, 0),
    W("bis zu", MAX, 0),
    W("ca.", HEDGE, 0),
    W("circa", HEDGE, 0),
    W("drei", UNIT, 3),
    W("dreissig", TENS, 30), /* dreißig */
    W("dreizehn", UNIT, 13),
    W("ein", UNIT, 1),
    W("eine", UNIT, 1),
    W("einem", UNIT, 1),
    W("einen", UNIT, 1),
    W("eins", UNIT, 1),
    W("elf", UNIT, 11),
    W("etwa", HEDGE, 0),
    W("fast", HEDGE, 0),
    W("f\303\274nf", UNIT, 5), /* fünf */
    W("f\303\274nfzehn", UNIT, 15), /* fünfzehn */
    W("f\303\274nfzig", TENS, 50), /* fünfzig */
    W("hundert", HUNDRED, 2),
    W("h\303\266chstens", MAX, 0), /* höchstens */
    W("knapp", HEDGE, 0),
    W("komma", POINT, 0),
    W("mehr als", MIN, 1),
    W("milliarde", SCALE, 9),
    W("milliarden", SCALE, 9),
    W("million", SCALE, 6),
    W("millionen", SCALE, 6),
    W("mindestens", MIN, 0),
    W("mio", SCALE, 6),
    W("mio.", SCALE, 6),
    W("mrd", SCALE, 9),
    W("mrd.", SCALE, 9),
    W("neun", UNIT, 9),
    W("neunzehn", UNIT, 19),
    W("neunzig", TENS, 90),
    W("null", UNIT, 0),
    W("oder", OR, 0),
    W("rund", HEDGE, 0),
    W("sechs", UNIT, 6),
    W("sechzehn", UNIT, 16),
    W("sechzig", TENS, 60),
    W("sieben", UNIT, 7),
    W("siebzehn", UNIT, 17),
    W("siebzig", TENS, 70),
    W("tausend", SCALE, 3),
    W("tsd.", SCALE, 3),
    W("und", AND, 0),
    W("ungef\303\244hr", HEDGE, 0), /* ungefähr */
    W("unter", MAX, 1),
    W("vier", UNIT, 4),
    W("vierzehn", UNIT, 14),
    W("vierzig", TENS, 40),
    W("von", FROM, 0),
    W("weniger als", MAX, 1),
    W("zehn", UNIT, 10),
    W("zwanzig", TENS, 20),
    W("zwei", UNIT, 2),
    W("zwischen", BETWEEN, 0),
    W("zw\303\266lf", UNIT, 12), /* zwölf */
    W("\303\274ber", MIN, 1), /* über */
};

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator de_extras[] = {
    E("cent", MINOR, 0, 1, ""),
    E("cents", MINOR, 0, 1, ""),
    E("teur", CURRENCY, SUFFIX, 0, "EUR"),
};

static const figparse__preference de_preferences[] = {
    {"dollar", "USD"},
    {"franken", "CHF"},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_de = {
    "de",
    de_words, COUNT(de_words),
    de_extras, COUNT(de_extras),
    de_preferences, COUNT(de_preferences),
    NULL, 0, NULL, 0, NULL, 0,
};
