/*
 * lexicon_vi.c — Vietnamese currency words and signs that CLDR lacks, and which
 * currency an ambiguous one prefers. Keys are folded and sorted by bytes
 * (test/check_lexicon.c checks it).
 */
#include "lexicon.h"

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator vi_extras[] = {
    E("vn\304\221", CURRENCY, 0, 0, "VND"), /* VNĐ */
    E("\304\221", CURRENCY, SUFFIX, 0, "VND"), /* đ */
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_vi = {
    "vi",
    NULL, 0, /* number words: English ones serve until this language has its own */
    vi_extras, COUNT(vi_extras),
    NULL, 0,
    NULL, 0, NULL, 0, NULL, 0,
};
