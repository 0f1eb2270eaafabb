/*
 * lexicon_zh.c — Chinese words and signs that CLDR lacks: number and scale
 * words, hedges and bounds, minor units, and which currency an ambiguous
 * word prefers. Keys are folded and sorted by bytes (test/check_lexicon.c
 * checks both).
 */
#include "lexicon.h"

#define W(k, kind, v) {k, FIGPARSE__LEX_##kind, v}

static const figparse__lex_word zh_words[] = {
    W("\343\200\207", UNIT, 0), /* 〇 */
    W("\344\270\200", UNIT, 1), /* 一 */
    W("\344\270\203", UNIT, 7), /* 七 */
    W("\344\270\207", MYRIAD, 4), /* 万 */
    W("\344\270\211", UNIT, 3), /* 三 */
    W("\344\270\244", UNIT, 2), /* 两 */
    W("\344\271\235", UNIT, 9), /* 九 */
    W("\344\272\214", UNIT, 2), /* 二 */
    W("\344\272\224", UNIT, 5), /* 五 */
    W("\344\272\277", MYRIAD, 8), /* 亿 */
    W("\344\273\237", SMALL, 3), /* 仟 */
    W("\344\275\231", FEW, 0), /* 余 */
    W("\344\275\260", SMALL, 2), /* 佰 */
    W("\345\204\204", MYRIAD, 8), /* 億 */
    W("\345\205\206", MYRIAD, 12), /* 兆 */
    W("\345\205\251", UNIT, 2), /* 兩 */
    W("\345\205\253", UNIT, 8), /* 八 */
    W("\345\205\255", UNIT, 6), /* 六 */
    W("\345\207\240", FEW, 0), /* 几 */
    W("\345\215\201", SMALL, 1), /* 十 */
    W("\345\215\203", SMALL, 3), /* 千 */
    W("\345\233\233", UNIT, 4), /* 四 */
    W("\345\244\232", FEW, 0), /* 多 */
    W("\345\244\247\347\264\204", HEDGE, 0), /* 大約 */
    W("\345\244\247\347\272\246", HEDGE, 0), /* 大约 */
    W("\345\271\276", FEW, 0), /* 幾 */
    W("\346\213\276", SMALL, 1), /* 拾 */
    W("\347\202\271", POINT, 0), /* 点 */
    W("\347\231\276", SMALL, 2), /* 百 */
    W("\347\264\204", HEDGE, 0), /* 約 */
    W("\347\272\246", HEDGE, 0), /* 约 */
    W("\350\220\254", MYRIAD, 4), /* 萬 */
    W("\350\277\221", HEDGE, 0), /* 近 */
    W("\351\233\266", UNIT, 0), /* 零 */
    W("\351\244\230", FEW, 0), /* 餘 */
    W("\351\273\236", POINT, 0), /* 點 */
};

#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK

static const figparse__extra_designator zh_extras[] = {
    E("\344\272\272\346\260\221\345\205\203", CURRENCY, 0, 0, "CNY"), /* 人民元 */
    E("\344\272\272\346\260\221\345\270\201", CURRENCY, PREFIX, 0, "CNY"), /* 人民币 */
    E("\344\272\272\346\260\221\345\271\243", CURRENCY, PREFIX, 0, "CNY"), /* 人民幣 */
    E("\344\273\231", MINOR, SUFFIX, 1, ""), /* 仙 */
    E("\345\210\206", MINOR, SUFFIX, 1, "CNY"), /* 分 */
    E("\345\217\260\345\270\201", CURRENCY, 0, 0, "TWD"), /* 台币 */
    E("\345\217\260\345\271\243", CURRENCY, 0, 0, "TWD"), /* 台幣 */
    E("\345\235\227", CURRENCY, 0, 0, "CNY"), /* 块 */
    E("\345\241\212", CURRENCY, 0, 0, "CNY"), /* 塊 */
    E("\346\226\260\345\217\260\345\270\201", CURRENCY, 0, 0, "TWD"), /* 新台币 */
    E("\346\226\260\345\217\260\345\271\243", CURRENCY, 0, 0, "TWD"), /* 新台幣 */
    E("\346\257\233", MINOR, 0, 10, "CNY"), /* 毛 */
    E("\346\270\257\345\270\201", CURRENCY, 0, 0, "HKD"), /* 港币 */
    E("\346\270\257\345\271\243", CURRENCY, 0, 0, "HKD"), /* 港幣 */
    E("\350\247\222", MINOR, 0, 10, "CNY"), /* 角 */
};

static const figparse__preference zh_preferences[] = {
    {"\345\205\203", "CNY"}, /* 元 */
    {"\345\234\206", "CNY"}, /* 圆 */
    {"\345\234\223", "CNY"}, /* 圓 */
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_zh = {
    "zh",
    zh_words, COUNT(zh_words),
    zh_extras, COUNT(zh_extras),
    zh_preferences, COUNT(zh_preferences),
    NULL, 0, NULL, 0, NULL, 0,
};
