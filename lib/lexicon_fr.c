/*
 * lexicon_fr.c — French words and signs that CLDR lacks: number and scale
 * words, hedges and bounds, minor units, and which currency an ambiguous
 * word prefers. Keys are folded and sorted by bytes (test/check_lexicon.c
 * checks both).
 */
#include "lexicon.h"

#define W(k, kind, v) {k, FIGPARSE__LEX_##kind, v}

static const figparse__lex_word fr_words[] = {
    W("au moins", MIN, 0),
    W("au plus", MAX, 0),
    W("au-del\303\240 de", MIN, 1), /* au-delà de */
    W("billion", SCALE, 12),
    W("billions", SCALE, 12),
    W("cent", HUNDRED, 2),
    W("cents", HUNDRED, 2),
    W("cinq", UNIT, 5),
    W("cinquante", TENS, 50),
    W("d", CONNECTOR, 0),
    W("d'", CONNECTOR, 0),
    W("de", CONNECTOR, 0),
    W("deux", UNIT, 2),
    W("dix", UNIT, 10),
    W("douze", UNIT, 12),
    W("entre", BETWEEN, 0),
    W("environ", HEDGE, 0),
    W("et", AND, 0),
    W("huit", UNIT, 8),
    W("jusqu'\303\240", MAX, 0), /* jusqu'à */
    W("md", SCALE, 9),
    W("mds", SCALE, 9),
    W("mille", SCALE, 3),
    W("milliard", SCALE, 9),
    W("milliards", SCALE, 9),
    W("million", SCALE, 6),
    W("millions", SCALE, 6),
    W("mio", SCALE, 6),
    W("moins de", MAX, 1),
    W("mrd", SCALE, 9),
    W("neuf", UNIT, 9),
    W("onze", UNIT, 11),
    W("ou", OR, 0),
    W("plus de", MIN, 1),
    W("presque", HEDGE, 0),
    W("pr\303\250s de", HEDGE, 0), /* près de */
    W("quarante", TENS, 40),
    W("quatorze", UNIT, 14),
    W("quatre", UNIT, 4),
    W("quelque", HEDGE, 0),
    W("quinze", UNIT, 15),
    W("seize", UNIT, 16),
    W("sept", UNIT, 7),
    W("six", UNIT, 6),
    W("soixante", TENS, 60),
    W("treize", UNIT, 13),
    W("trente", TENS, 30),
    W("trois", UNIT, 3),
    W("un", UNIT, 1),
    W("une", UNIT, 1),
    W("vingt", TENS, 20),
    W("virgule", POINT, 0),
    W("z\303\251ro", UNIT, 0), /* zéro */
    W("\303\240", TO, 0), /* à */
    W("\303\240 peu pr\303\250s", HEDGE, 0), /* à peu près */
};

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator fr_extras[] = {
    E("balles", CURRENCY, 0, 0, ""),
    E("centime", MINOR, 0, 1, ""),
    E("centimes", MINOR, 0, 1, ""),
    E("cts", MINOR, SUFFIX, 1, ""),
};

static const figparse__preference fr_preferences[] = {
    {"dollar", "USD"},
    {"dollars", "USD"},
    {"franc", "CHF"},
    {"francs", "CHF"},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_fr = {
    "fr",
    fr_words, COUNT(fr_words),
    fr_extras, COUNT(fr_extras),
    fr_preferences, COUNT(fr_preferences),
    NULL, 0, NULL, 0, NULL, 0,
};
