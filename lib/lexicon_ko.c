/*
 * lexicon_ko.c — Korean words and signs that CLDR lacks: number and scale
 * words, hedges and bounds, minor units, and which currency an ambiguous
 * word prefers. Keys are folded and sorted by bytes (test/check_lexicon.c
 * checks both).
 */
#include "lexicon.h"

#define W(k, kind, v) {k, FIGPARSE__LEX_##kind, v}

static const figparse__lex_word ko_words[] = {
    W("\352\263\265", UNIT, 0), /* 공 */
    W("\352\265\254", UNIT, 9), /* 구 */
    W("\353\247\214", MYRIAD, 4), /* 만 */
    W("\353\260\261", SMALL, 2), /* 백 */
    W("\354\202\254", UNIT, 4), /* 사 */
    W("\354\202\274", UNIT, 3), /* 삼 */
    W("\354\213\255", SMALL, 1), /* 십 */
    W("\354\225\275", HEDGE, 0), /* 약 */
    W("\354\226\265", MYRIAD, 8), /* 억 */
    W("\354\227\254", FEW, 0), /* 여 */
    W("\354\227\254\353\247\214", FEW, 0), /* 여만 */
    W("\354\230\201", UNIT, 0), /* 영 */
    W("\354\230\244", UNIT, 5), /* 오 */
    W("\354\234\241", UNIT, 6), /* 육 */
    W("\354\235\264", UNIT, 2), /* 이 */
    W("\354\235\274", UNIT, 1), /* 일 */
    W("\354\240\220", POINT, 0), /* 점 */
    W("\354\241\260", MYRIAD, 12), /* 조 */
    W("\354\251\234", POINT, 0), /* 쩜 */
    W("\354\262\234", SMALL, 3), /* 천 */
    W("\354\271\240", UNIT, 7), /* 칠 */
    W("\355\214\224", UNIT, 8), /* 팔 */
};

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator ko_extras[] = {
    E("\353\266\210", CURRENCY, 0, 0, "$"), /* 불 */
    E("\354\204\274\355\212\270", MINOR, 0, 1, ""), /* 센트 */
    E("\354\240\204", MINOR, SUFFIX, 1, "KRW"), /* 전 */
};

static const figparse__preference ko_preferences[] = {
    {"won", "KRW"},
    {"\342\202\251", "KRW"}, /* ₩ */
    {"\353\213\254\353\237\254", "USD"}, /* 달러 */
    {"\353\266\210", "USD"}, /* 불 */
    {"\354\233\220", "KRW"}, /* 원 */
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_ko = {
    "ko",
    ko_words, COUNT(ko_words),
    ko_extras, COUNT(ko_extras),
    ko_preferences, COUNT(ko_preferences),
    NULL, 0, NULL, 0, NULL, 0,
};
