/*
 * lexicon_it.c — Italian words and signs that CLDR lacks: number and scale
 * words, hedges and bounds, minor units, and which currency an ambiguous
 * word prefers. Keys are folded and sorted by bytes (test/check_lexicon.c
 * checks both).
 */
#include "lexicon.h"

#define W(k, kind, v) {k, FIGPARSE__LEX_##kind, v}

static const figparse__lex_word it_words[] = {
    W("a", TO, 0),
    W("al massimo", MAX, 0),
    W("all'incirca", HEDGE, 0),
    W("almeno", MIN, 0),
    W("bilione", SCALE, 12),
    W("bilioni", SCALE, 12),
    W("cento", HUNDRED, 2),
    W("cinquanta", TENS, 50),
    W("cinque", UNIT, 5),
    W("circa", HEDGE, 0),
    W("d'", CONNECTOR, 0),
    W("da", FROM, 0),
    W("di", CONNECTOR, 0),
    W("diciannove", UNIT, 19),
    W("diciassette", UNIT, 17),
    W("diciotto", UNIT, 18),
    W("dieci", UNIT, 10),
    W("dodici", UNIT, 12),
    W("due", UNIT, 2),
    W("e", AND, 0),
    W("fino a", MAX, 0),
    W("fra", BETWEEN, 0),
    W("intorno a", HEDGE, 0),
    W("meno di", MAX, 1),
    W("mila", SCALE, 3),
    W("miliardi", SCALE, 9),
    W("miliardo", SCALE, 9),
    W("milione", SCALE, 6),
    W("milioni", SCALE, 6),
    W("mille", SCALE, 3),
    W("mld", SCALE, 9),
    W("mln", SCALE, 6),
    W("mrd", SCALE, 9),
    W("novanta", TENS, 90),
    W("nove", UNIT, 9),
    W("o", OR, 0),
    W("oltre", MIN, 1),
    W("ottanta", TENS, 80),
    W("otto", UNIT, 8),
    W("pi\303\271 di", MIN, 1), /* più di */
    W("quaranta", TENS, 40),
    W("quasi", HEDGE, 0),
    W("quattordici", UNIT, 14),
    W("quattro", UNIT, 4),
    W("quindici", UNIT, 15),
    W("sedici", UNIT, 16),
    W("sei", UNIT, 6),
    W("sessanta", TENS, 60),
    W("settanta", TENS, 70),
    W("sette", UNIT, 7),
    W("tra", BETWEEN, 0),
    W("tre", UNIT, 3),
    W("tredici", UNIT, 13),
    W("trenta", TENS, 30),
    W("un", UNIT, 1),
    W("una", UNIT, 1),
    W("undici", UNIT, 11),
    W("uno", UNIT, 1),
    W("venti", TENS, 20),
    W("virgola", POINT, 0),
    W("zero", UNIT, 0),
};

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator it_extras[] = {
    E("centesimi", MINOR, 0, 1, ""),
    E("centesimo", MINOR, 0, 1, ""),
};

static const figparse__preference it_preferences[] = {
    {"dollari", "USD"},
    {"dollaro", "USD"},
    {"franchi", "CHF"},
    {"franco", "CHF"},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_it = {
    "it",
    it_words, COUNT(it_words),
    it_extras, COUNT(it_extras),
    it_preferences, COUNT(it_preferences),
    NULL, 0, NULL, 0, NULL, 0,
};
