/*
 * lexicon_ja.c — Japanese words and signs that CLDR lacks: number and scale
 * words, hedges and bounds, minor units, and which currency an ambiguous
 * word prefers. Keys are folded and sorted by bytes (test/check_lexicon.c
 * checks both).
 */
#include "lexicon.h"

#define W(k, kind, v) {k, FIGPARSE__LEX_##kind, v}

static const figparse__lex_word ja_words[] = {
    W("\343\200\207", UNIT, 0), /* 〇 */
    W("\344\270\200", UNIT, 1), /* 一 */
    W("\344\270\203", UNIT, 7), /* 七 */
    W("\344\270\207", MYRIAD, 4), /* 万 */
    W("\344\270\211", UNIT, 3), /* 三 */
    W("\344\271\235", UNIT, 9), /* 九 */
    W("\344\272\214", UNIT, 2), /* 二 */
    W("\344\272\224", UNIT, 5), /* 五 */
    W("\344\275\231", FEW, 0), /* 余 */
    W("\345\204\204", MYRIAD, 8), /* 億 */
    W("\345\205\206", MYRIAD, 12), /* 兆 */
    W("\345\205\253", UNIT, 8), /* 八 */
    W("\345\205\255", UNIT, 6), /* 六 */
    W("\345\215\201", SMALL, 1), /* 十 */
    W("\345\215\203", SMALL, 3), /* 千 */
    W("\345\233\233", UNIT, 4), /* 四 */
    W("\345\274\267", FEW, 0), /* 強 */
    W("\347\231\276", SMALL, 2), /* 百 */
    W("\347\264\204", HEDGE, 0), /* 約 */
};

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator ja_extras[] = {
    E("\351\212\255", MINOR, SUFFIX, 1, "JPY"), /* 銭 */
};

static const figparse__preference ja_preferences[] = {
    {"\343\202\246\343\202\251\343\203\263", "KRW"}, /* ウォン */
    {"\343\203\211\343\203\253", "USD"}, /* ドル */
    {"\343\203\246\343\203\274\343\203\255", "EUR"}, /* ユーロ */
    {"\345\206\206", "JPY"}, /* 円 */
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_ja = {
    "ja",
    ja_words, COUNT(ja_words),
    ja_extras, COUNT(ja_extras),
    ja_preferences, COUNT(ja_preferences),
    NULL, 0, NULL, 0, NULL, 0,
};
