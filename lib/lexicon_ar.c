/*
 * lexicon_ar.c — Arabic currency words and signs that CLDR lacks, and which
 * currency an ambiguous one prefers. Keys are folded and sorted by bytes
 * (test/check_lexicon.c checks it).
 */
#include "lexicon.h"

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator ar_extras[] = {
    E("bd", CURRENCY, SUFFIX, 0, "BHD"), /* BD */
    E("jd", CURRENCY, 0, 0, "JOD"), /* JD */
    E("kd", CURRENCY, 0, 0, "KWD"), /* KD */
    E("\330\252\331\210\331\205\330\247\331\206", CURRENCY, PREFIX, 0, "IRR"), /* تومان */
    E("\330\254\331\206\331\212\331\207", CURRENCY, 0, 0, "EGP SDG SSP LBP SYP GBP"), /* جنيه */
    E("\330\257\330\261\331\207\331\205", CURRENCY, 0, 0, "AED MAD"), /* درهم */
    E("\330\257\331\212\331\206\330\247\330\261", CURRENCY, 0, 0, "KWD BHD IQD JOD LYD TND DZD RSD"), /* دينار */
    E("\330\261\331\212\330\247\331\204", CURRENCY, 0, 0, "SAR QAR OMR YER IRR"), /* ريال */
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_ar = {
    "ar",
    NULL, 0, /* number words: English ones serve until this language has its own */
    ar_extras, COUNT(ar_extras),
    NULL, 0,
    NULL, 0, NULL, 0, NULL, 0,
};
