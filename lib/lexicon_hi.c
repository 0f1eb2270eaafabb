/*
 * lexicon_hi.c — Hindi words and signs that CLDR lacks: number and scale
 * words, hedges and bounds, minor units, and which currency an ambiguous
 * word prefers. Keys are folded and sorted by bytes (test/check_lexicon.c
 * checks both).
 */
#include "lexicon.h"

#define W(k, kind, v) {k, FIGPARSE__LEX_##kind, v}

static const figparse__lex_word hi_words[] = {
    W("\340\244\205\340\244\260\340\244\254", SCALE, 9), /* अरब */
    W("\340\244\224\340\244\260", AND, 0), /* और */
    W("\340\244\225\340\244\260\340\245\200\340\244\254", HEDGE, 0), /* करीब */
    W("\340\244\225\340\244\260\340\245\213\340\244\241", SCALE, 7), /* करोड */
    W("\340\244\225\340\244\260\340\245\213\340\244\241\340\244\274", SCALE, 7), /* करोड़ */
    W("\340\244\237\340\245\215\340\244\260\340\244\277\340\244\262\340\244\277\340\244\257\340\244\250", SCALE, 12), /* ट्रिलियन */
    W("\340\244\254\340\244\277\340\244\262\340\244\277\340\244\257\340\244\250", SCALE, 9), /* बिलियन */
    W("\340\244\256\340\244\277\340\244\262\340\244\277\340\244\257\340\244\250", SCALE, 6), /* मिलियन */
    W("\340\244\262\340\244\227\340\244\255\340\244\227", HEDGE, 0), /* लगभग */
    W("\340\244\262\340\244\276\340\244\226", SCALE, 5), /* लाख */
    W("\340\244\271\340\244\234\340\244\274\340\244\276\340\244\260", SCALE, 3), /* हज़ार */
    W("\340\244\271\340\244\234\340\244\276\340\244\260", SCALE, 3), /* हजार */
};

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator hi_extras[] = {
    E("\340\244\252\340\245\210\340\244\270\340\245\207", MINOR, 0, 1, "INR"), /* पैसे */
    E("\340\244\260\340\245\201", CURRENCY, PREFIX, 0, "INR"), /* रु */
    E("\340\244\260\340\245\201.", CURRENCY, PREFIX, 0, "INR"), /* रु. */
};

static const figparse__preference hi_preferences[] = {
    {"\340\244\241\340\245\211\340\244\262\340\244\260", "USD"}, /* डॉलर */
    {"\340\244\260\340\245\201\340\244\252\340\244\217", "INR"}, /* रुपए */
    {"\340\244\260\340\245\201\340\244\252\340\244\257\340\244\276", "INR"}, /* रुपया */
    {"\340\244\260\340\245\201\340\244\252\340\244\257\340\245\207", "INR"}, /* रुपये */
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_hi = {
    "hi",
    hi_words, COUNT(hi_words),
    hi_extras, COUNT(hi_extras),
    hi_preferences, COUNT(hi_preferences),
    NULL, 0, NULL, 0, NULL, 0,
};
