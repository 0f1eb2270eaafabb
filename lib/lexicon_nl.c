/*
 * lexicon_nl.c — Dutch words and signs that CLDR lacks: number and scale
 * words, hedges and bounds, minor units, and which currency an ambiguous
 * word prefers. Keys are folded and sorted by bytes (test/check_lexicon.c
 * checks both).
 */
#include "lexicon.h"

#define W(k, kind, v) {k, FIGPARSE__LEX_##kind, v}

static const figparse__lex_word nl_words[] = {
    W("acht", UNIT, 8),
    W("achttien", UNIT, 18),
    W("bijna", HEDGE, 0),
    W("biljoen", SCALE, 12),
    W("circa", HEDGE, 0),
    W("dertien", UNIT, 13),
    W("dertig", TENS, 30),
    W("drie", UNIT, 3),
    W("duizend", SCALE, 3),
    W("een", UNIT, 1),
    W("elf", UNIT, 11),
    W("en", AND, 0),
    W("honderd", HUNDRED, 2),
    W("hooguit", MAX, 0),
    W("komma", POINT, 0),
    W("meer dan", MIN, 1),
    W("miljard", SCALE, 9),
    W("miljarden", SCALE, 9),
    W("miljoen", SCALE, 6),
    W("miljoenen", SCALE, 6),
    W("minder dan", MAX, 1),
    W("minstens", MIN, 0),
    W("mld", SCALE, 9),
    W("mld.", SCALE, 9),
    W("mln", SCALE, 6),
    W("mln.", SCALE, 6),
    W("negen", UNIT, 9),
    W("negentien", UNIT, 19),
    W("negentig", TENS, 90),
    W("nul", UNIT, 0),
    W("of", OR, 0),
    W("ongeveer", HEDGE, 0),
    W("tachtig", TENS, 80),
    W("ten minste", MIN, 0),
    W("tien", UNIT, 10),
    W("tot", TO, 0),
    W("tot maximaal", MAX, 0),
    W("tussen", BETWEEN, 0),
    W("twaalf", UNIT, 12),
    W("twee", UNIT, 2),
    W("twintig", TENS, 20),
    W("van", FROM, 0),
    W("veertien", UNIT, 14),
    W("veertig", TENS, 40),
    W("vier", UNIT, 4),
    W("vijf", UNIT, 5),
    W("vijftien", UNIT, 15),
    W("vijftig", TENS, 50),
    W("zes", UNIT, 6),
    W("zestien", UNIT, 16),
    W("zestig", TENS, 60),
    W("zeven", UNIT, 7),
    W("zeventien", UNIT, 17),
    W("zeventig", TENS, 70),
    W("zo'n", HEDGE, 0),
    W("\303\251\303\251n", UNIT, 1), /* één */
};

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator nl_extras[] = {
    E("cent", MINOR, 0, 1, ""),
    E("cents", MINOR, 0, 1, ""),
    E("dubbeltje", COIN, 0, 10, "EUR"),
    E("dubbeltjes", COIN, 0, 10, "EUR"),
    E("kwartje", COIN, 0, 25, "EUR"),
    E("kwartjes", COIN, 0, 25, "EUR"),
    E("pegels", CURRENCY, 0, 0, "EUR"),
    E("piek", CURRENCY, 0, 0, "EUR"),
    E("stuiver", COIN, 0, 5, "EUR"),
    E("stuivers", COIN, 0, 5, "EUR"),
    E("tientje", COIN, 0, 1000, "EUR"),
    E("tientjes", COIN, 0, 1000, "EUR"),
};

static const figparse__preference nl_preferences[] = {
    {"dollar", "USD"},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_nl = {
    "nl",
    nl_words, COUNT(nl_words),
    nl_extras, COUNT(nl_extras),
    nl_preferences, COUNT(nl_preferences),
    NULL, 0, NULL, 0, NULL, 0,
};
