/*
 * lexicon_uk.c — Ukrainian currency words and signs that CLDR lacks, and which
 * currency an ambiguous one prefers. Keys are folded and sorted by bytes
 * (test/check_lexicon.c checks it).
 */
#include "lexicon.h"

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator uk_extras[] = {
    E("hrn", CURRENCY, SUFFIX, 0, "UAH"), /* hrn */
    E("\320\263\321\200\320\270\320\262\320\265\320\275\321\214", CURRENCY, 0, 0, "UAH"), /* гривень */
    E("\320\263\321\200\320\270\320\262\320\275\321\217", CURRENCY, 0, 0, "UAH"), /* гривня */
    E("\320\263\321\200\320\270\320\262\320\275\321\226", CURRENCY, 0, 0, "UAH"), /* гривні */
    E("\320\263\321\200\320\275", CURRENCY, PREFIX, 0, "UAH"), /* грн */
    E("\320\263\321\200\320\275.", CURRENCY, PREFIX, 0, "UAH"), /* грн. */
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_uk = {
    "uk",
    NULL, 0, /* number words: English ones serve until this language has its own */
    uk_extras, COUNT(uk_extras),
    NULL, 0,
    NULL, 0, NULL, 0, NULL, 0,
};
