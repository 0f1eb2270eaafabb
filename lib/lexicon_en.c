/*
 * lexicon_en.c — English words that CLDR's currency data does not cover.
 * Keys are folded (lower case, one space between words) and every table is
 * sorted by key in byte order: test/check_lexicon.c checks both.
 */
#include "lexicon.h"

#define W(k, kind, v) {k, FIGPARSE__LEX_##kind, v}

static const figparse__lex_word en_words[] = {
    W("a", ARTICLE, 1),
    W("about", HEDGE, 0),
    W("above", MIN, 1),
    W("almost", HEDGE, 0),
    W("an", ARTICLE, 1),
    W("and", AND, 0),
    W("approx", HEDGE, 0),
    W("approximately", HEDGE, 0),
    W("around", HEDGE, 0),
    W("at least", MIN, 0),
    W("at most", MAX, 0),
    W("below", MAX, 1),
    W("between", BETWEEN, 0),
    W("bil", SCALE, 9),
    W("billion", SCALE, 9),
    W("billions", SCALE, 9),
    W("bln", SCALE, 9),
    W("bn", SCALE, 9),
    W("circa", HEDGE, 0),
    W("close to", HEDGE, 0),
    W("cr", SCALE, 7),
    W("crore", SCALE, 7),
    W("crores", SCALE, 7),
    W("eight", UNIT, 8),
    W("eighteen", UNIT, 18),
    W("eighty", TENS, 80),
    W("eleven", UNIT, 11),
    W("exactly", EXACT, 0),
    W("fewer than", MAX, 1),
    W("fifteen", UNIT, 15),
    W("fifty", TENS, 50),
    W("five", UNIT, 5),
    W("forty", TENS, 40),
    W("four", UNIT, 4),
    W("fourteen", UNIT, 14),
    W("from", FROM, 0),
    W("greater than", MIN, 1),
    W("half", FRACTION, 50),
    W("hundred", HUNDRED, 2),
    W("in excess of", MIN, 1),
    W("lac", SCALE, 5),
    W("lacs", SCALE, 5),
    W("lakh", SCALE, 5),
    W("lakhs", SCALE, 5),
    W("less than", MAX, 1),
    W("lower than", MAX, 1),
    W("maximum of", MAX, 0),
    W("mil", SCALE, 6),
    W("million", SCALE, 6),
    W("millions", SCALE, 6),
    W("minimum of", MIN, 0),
    W("mln", SCALE, 6),
    W("mn", SCALE, 6),
    W("more than", MIN, 1),
    W("nearly", HEDGE, 0),
    W("nine", UNIT, 9),
    W("nineteen", UNIT, 19),
    W("ninety", TENS, 90),
    W("no less than", MIN, 0),
    W("no more than", MAX, 0),
    W("not less than", MIN, 0),
    W("not more than", MAX, 0),
    W("one", UNIT, 1),
    W("or", OR, 0),
    W("over", MIN, 1),
    W("point", POINT, 0),
    W("quadrillion", SCALE, 15),
    W("quarter", FRACTION, 25),
    W("quarters", FRACTION, 25),
    W("roughly", HEDGE, 0),
    W("seven", UNIT, 7),
    W("seventeen", UNIT, 17),
    W("seventy", TENS, 70),
    W("six", UNIT, 6),
    W("sixteen", UNIT, 16),
    W("sixty", TENS, 60),
    W("some", HEDGE, 0),
    W("ten", UNIT, 10),
    W("thirteen", UNIT, 13),
    W("thirty", TENS, 30),
    W("thousand", SCALE, 3),
    W("three", UNIT, 3),
    W("through", TO, 0),
    W("tn", SCALE, 12),
    W("to", TO, 0),
    W("trillion", SCALE, 12),
    W("trn", SCALE, 12),
    W("twelve", UNIT, 12),
    W("twenty", TENS, 20),
    W("two", UNIT, 2),
    W("under", MAX, 1),
    W("up to", MAX, 0),
    W("upwards of", MIN, 1),
    W("zero", UNIT, 0),
};

/* Scale letters written straight after digits: "$60K", "$1.2bn" is a SCALE
 * word above; these single letters only count when attached. */
#define E(k, kind, flags, v, cur) {k, FIGPARSE__EXTRA_##kind, flags, v, cur}
#define SUFFIX FIGPARSE__EXTRA_SUFFIX_ONLY
#define WEAK FIGPARSE__EXTRA_WEAK
#define PREFIX FIGPARSE__EXTRA_PREFIX_OK
#define ATTACHED FIGPARSE__EXTRA_ATTACHED
#define TAIL_ONLY FIGPARSE__EXTRA_TAIL_ONLY

static const figparse__extra_designator en_extras[] = {
    E("au $", CURRENCY, PREFIX, 0, "AUD"),
    E("au$", CURRENCY, PREFIX, 0, "AUD"),
    E("bitcoin", NON_ISO, 0, 0, ""),
    E("bitcoins", NON_ISO, 0, 0, ""),
    E("btc", NON_ISO, PREFIX, 0, ""),
    E("buck", CURRENCY, 0, 0, "$"),
    E("bucks", CURRENCY, 0, 0, "$"),
    E("c", MINOR, SUFFIX | ATTACHED, 1, ""),
    E("c $", CURRENCY, PREFIX, 0, "CAD"),
    E("c$", CURRENCY, PREFIX, 0, "CAD"),
    E("ca $", CURRENCY, PREFIX, 0, "CAD"),
    E("can$", CURRENCY, PREFIX, 0, "CAD"),
    E("cent", MINOR, 0, 1, ""),
    E("cents", MINOR, 0, 1, ""),
    E("dime", COIN, WEAK, 10, "$"),
    E("dimes", COIN, 0, 10, "$"),
    E("fen", MINOR, TAIL_ONLY, 1, "CNY"),
    E("grand", GRAND, 0, 3, ""),
    E("hk $", CURRENCY, PREFIX, 0, "HKD"),
    E("jiao", MINOR, TAIL_ONLY, 10, "CNY"),
    E("kn", CURRENCY, SUFFIX, 0, "HRK"),
    E("kr", CURRENCY, PREFIX, 0, "SEK NOK DKK ISK"),
    E("kr.", CURRENCY, PREFIX, 0, "SEK NOK DKK ISK"),
    E("kuai", CURRENCY, 0, 0, "CNY"),
    E("l.e", CURRENCY, SUFFIX, 0, "EGP"),
    E("l.e.", CURRENCY, SUFFIX, 0, "EGP"),
    E("le", CURRENCY, SUFFIX, 0, "EGP"),
    E("lei", CURRENCY, SUFFIX, 0, "RON MDL"),
    E("mao", MINOR, TAIL_ONLY, 10, "CNY"),
    E("mex$", CURRENCY, PREFIX, 0, "MXN"),
    E("nickel", COIN, WEAK, 5, "$"),
    E("nickels", COIN, 0, 5, "$"),
    E("nt $", CURRENCY, PREFIX, 0, "TWD"),
    E("nz $", CURRENCY, PREFIX, 0, "NZD"),
    E("p", MINOR, SUFFIX | ATTACHED, 1, "GBP"),
    E("pence", MINOR, 0, 1, "GBP"),
    E("pennies", MINOR, 0, 1, ""),
    E("penny", MINOR, 0, 1, ""),
    E("pound sterling", CURRENCY, PREFIX, 0, "GBP"),
    E("pounds sterling", CURRENCY, PREFIX, 0, "GBP"),
    E("quarter", COIN, WEAK, 25, "$"),
    E("quarters", COIN, WEAK, 25, "$"),
    E("rmb", CURRENCY, PREFIX, 0, "CNY"),
    E("rs", CURRENCY, PREFIX, 0, "INR PKR LKR NPR MUR SCR"),
    E("rs.", CURRENCY, PREFIX, 0, "INR PKR LKR NPR MUR SCR"),
    E("s $", CURRENCY, PREFIX, 0, "SGD"),
    E("s$", CURRENCY, PREFIX, 0, "SGD"), /* CLDR also gives it to SBD */
    E("satoshi", NON_ISO, 0, -8, ""),
    E("satoshis", NON_ISO, 0, -8, ""),
    E("sen", MINOR, 0, 1, "MYR"),
    E("sens", MINOR, 0, 1, "MYR"),
    E("sfr", CURRENCY, PREFIX, 0, "CHF"),
    E("sterling", CURRENCY, 0, 0, "GBP"),
    E("stg", CURRENCY, SUFFIX, 0, "GBP"),
    E("u.s $", CURRENCY, PREFIX, 0, "USD"),
    E("u.s. $", CURRENCY, PREFIX, 0, "USD"),
    E("u.s.$", CURRENCY, PREFIX, 0, "USD"),
    E("us $", CURRENCY, PREFIX, 0, "USD"),
    E("\xc2\xa2", MINOR, SUFFIX, 1, ""),        /* ¢ */
    E("\xe2\x82\xbf", NON_ISO, PREFIX, 0, ""), /* ₿ */
};

/* An ambiguous sign or word, when neither the locale nor the document
 * decides. "$" and its words go to the locale's dollar first (see
 * money.c); these are what English text means by them otherwise. */
static const figparse__preference en_preferences[] = {
    {"$", "USD"},
    {"buck", "USD"},
    {"bucks", "USD"},
    {"c$", "CAD"},
    {"dollar", "USD"},
    {"dollars", "USD"},
    {"peseta", "ESP"},
    {"pesetas", "ESP"},
    {"pound", "GBP"},
    {"pounds", "GBP"},
    {"rm", "MYR"},
    {"rs", "INR"},
    {"rs.", "INR"},
    {"rupee", "INR"},
    {"rupees", "INR"},
    {"won", "KRW"},
    {"yen", "JPY"},
    {"yuan", "CNY"},
    {"\xc2\xa3", "GBP"},         /* £ */
    {"\xc2\xa5", "JPY"},         /* ¥ */
    {"\xe5\x85\x83", "CNY"},     /* 元 */
    {"\xe5\x86\x86", "JPY"},     /* 円 */
    {"\xef\xbf\xa5", "JPY"},     /* ￥ */
};

static const char *const en_prefix_words[] = {
    "dollar", "dollars", "euro", "euros", "peso", "pesos", "ringgit", "ringgits", "rupee", "rupees", "yuan",
};

/* Short currency words (the last word of a CLDR name) that are more often
 * plain English: only their full names count ("Brazilian real"). */
static const char *const en_common_words[] = {
    "account", "code", "currency", "dram", "drams", "fund", "funds", "kip", "kips", "mark", "marks",
    "real", "reals", "rights", "sol", "soles", "som", "unit", "units", "value",
};

static const char *const en_word_codes[] = {
    "ALL", "AMD", "BAM", "BOB", "COP", "CUP", "CVE", "GEL", "MAD", "MOP",
    "NAD", "PEN", "PHP", "RUB", "SOS", "STD", "TOP", "TRY", "XTS", "XXX",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const figparse__lexicon figparse__lexicon_en = {
    "en",
    en_words,
    COUNT(en_words),
    en_extras,
    COUNT(en_extras),
    en_preferences,
    COUNT(en_preferences),
    en_prefix_words,
    COUNT(en_prefix_words),
    en_word_codes,
    COUNT(en_word_codes),
    en_common_words,
    COUNT(en_common_words),
};
