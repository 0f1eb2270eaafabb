/*
 * lexicon_ru.c — Russian currency words and signs that CLDR lacks, and which
 * currency an ambiguous one prefers. Keys are folded and sorted by bytes
 * (test/check_lexicon.c checks it).
 */
#include "lexicon.h"

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator ru_extras[] = {
    E("\320\272\320\276\320\277", MINOR, SUFFIX, 1, "RUB"), /* коп */
    E("\320\272\320\276\320\277.", MINOR, SUFFIX, 1, "RUB"), /* коп. */
    E("\320\272\320\276\320\277\320\265\320\265\320\272", MINOR, 0, 1, "RUB"), /* копеек */
    E("\321\200", CURRENCY, SUFFIX, 0, "RUB"), /* Р */
    E("\321\200.", CURRENCY, SUFFIX, 0, "RUB"), /* р. */
    E("\321\200\321\203\320\261", CURRENCY, PREFIX, 0, "RUB"), /* руб */
    E("\321\200\321\203\320\261.", CURRENCY, PREFIX, 0, "RUB"), /* руб. */
    E("\321\200\321\203\320\261\320\273\320\265\320\271", CURRENCY, 0, 0, "RUB BYN"), /* рублей */
    E("\321\200\321\203\320\261\320\273\321\214", CURRENCY, 0, 0, "RUB BYN"), /* рубль */
    E("\321\200\321\203\320\261\320\273\321\217", CURRENCY, 0, 0, "RUB BYN"), /* рубля */
};

static const figparse__preference ru_preferences[] = {
    {"\321\200\321\203\320\261\320\273\320\265\320\271", "RUB"}, /* рублей */
    {"\321\200\321\203\320\261\320\273\321\214", "RUB"}, /* рубль */
    {"\321\200\321\203\320\261\320\273\321\217", "RUB"}, /* рубля */
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_ru = {
    "ru",
    NULL, 0, /* number words: English ones serve until this language has its own */
    ru_extras, COUNT(ru_extras),
    ru_preferences, COUNT(ru_preferences),
    NULL, 0, NULL, 0, NULL, 0,
};
