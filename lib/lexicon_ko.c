/*
 * lexicon_ko.c — Korean currency words and signs that CLDR lacks, and which
 * currency an ambiguous one prefers. Keys are folded and sorted by bytes
 * (test/check_lexicon.c checks it).
 */
#include "lexicon.h"

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__preference ko_preferences[] = {
    {"won", "KRW"}, /* won */
    {"\342\202\251", "KRW"}, /* ₩ */
    {"\353\213\254\353\237\254", "USD"}, /* 달러 */
    {"\354\233\220", "KRW"}, /* 원 */
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_ko = {
    "ko",
    NULL, 0, /* number words: English ones serve until this language has its own */
    NULL, 0,
    ko_preferences, COUNT(ko_preferences),
    NULL, 0, NULL, 0, NULL, 0,
};
