/*
 * lexicon_bg.c — Bulgarian currency words and signs that CLDR lacks, and which
 * currency an ambiguous one prefers. Keys are folded and sorted by bytes
 * (test/check_lexicon.c checks it).
 */
#include "lexicon.h"

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator bg_extras[] = {
    E("\320\273\320\262", CURRENCY, SUFFIX, 0, "BGN"), /* лв */
    E("\320\273\320\262.", CURRENCY, SUFFIX, 0, "BGN"), /* лв. */
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_bg = {
    "bg",
    NULL, 0, /* number words: English ones serve until this language has its own */
    bg_extras, COUNT(bg_extras),
    NULL, 0,
    NULL, 0, NULL, 0, NULL, 0,
};
