/*
 * figparse.h — find, parse and normalize monetary and date figures in text.
 *
 * This is the whole public API of libfigparse and its manual. Everything the
 * library exports is declared here; nothing else is installed.
 *
 * Overview
 * --------
 *   1. Build a figparse_options, set what you need (locale hint, kinds, ...).
 *   2. figparse_new() turns it into an immutable figparse. Build it once.
 *   3. Per thread, make a figparse_scan, point it at a text with
 *      figparse_scan_reset() and call figparse_scan_next() until it returns
 *      FIGPARSE_DONE. Or parse a single field with figparse_parse_money().
 *
 *     figparse_options *o = figparse_options_new(NULL);
 *     figparse_options_set_locale(o, "en-US");
 *     figparse_status st;
 *     figparse *fp = figparse_new(o, &st);
 *     figparse_options_free(o);
 *     figparse_scan *sc = figparse_scan_new(fp, &st);
 *     figparse_scan_reset(sc, text, strlen(text));
 *     const figparse_figure *f;
 *     while (figparse_scan_next(sc, &f) == FIGPARSE_OK) { ... }
 *     figparse_scan_free(sc);
 *     figparse_free(fp);
 *
 * Threads
 * -------
 * A figparse is read-only after figparse_new() and may be used by any number
 * of threads at once; options, scans and results belong to one thread at a
 * time; no function touches global state, the process locale, errno or stdio.
 *
 * Text
 * ----
 * All text is UTF-8 and is passed with an explicit byte length; it need not be
 * NUL-terminated and may contain NUL bytes. Invalid UTF-8 never crashes the
 * library: the scanner treats each invalid byte as a separator, and the
 * one-string parsers return FIGPARSE_EENCODING with the byte offset. Offsets
 * are byte offsets into the text as given, as size_t (texts over 4 GiB work on
 * 64-bit builds).
 *
 * Numbers
 * -------
 * Amounts are exact decimals: value = coef * 10^exp. There is no floating
 * point anywhere on the parse path. A value that needs more than 18
 * significant digits is FIGPARSE_ERANGE, never rounded.
 *
 * Parsing never depends on the process locale (setlocale, LC_NUMERIC): only
 * on the locale hint given in the options.
 *
 * ABI
 * ---
 * Within one major version the ABI is stable: functions are only added,
 * enumerator values never change (every enum is int-sized), opaque types may
 * grow, and the public record structs grow only into their reserved tails, so
 * their sizes never change: the one-string parsers write into a record the
 * caller allocates, and scans hand records out by pointer.
 *
 * Copyright (c) 2026 the figparse developers. MIT licence (see LICENSE).
 */
#ifndef FIGPARSE_H
#define FIGPARSE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------ */
/* Export                                                                   */
/* ------------------------------------------------------------------------ */

/*
 * FIGPARSE_API marks every exported function. Define FIGPARSE_STATIC when you
 * link libfigparse.a (the CMake target and pkg-config --static do it for you);
 * the library's own build defines FIGPARSE_BUILDING.
 */
#if defined(FIGPARSE_STATIC)
#  define FIGPARSE_API
#elif defined(_WIN32) || defined(__CYGWIN__)
#  if defined(FIGPARSE_BUILDING)
#    define FIGPARSE_API __declspec(dllexport)
#  else
#    define FIGPARSE_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define FIGPARSE_API __attribute__((visibility("default")))
#else
#  define FIGPARSE_API
#endif

/* ------------------------------------------------------------------------ */
/* Version                                                                  */
/* ------------------------------------------------------------------------ */

#define FIGPARSE_VERSION_MAJOR 0
#define FIGPARSE_VERSION_MINOR 1
#define FIGPARSE_VERSION_PATCH 0
#define FIGPARSE_VERSION_STRING "0.1.0"
/** (major << 16) | (minor << 8) | patch, for #if comparisons. */
#define FIGPARSE_VERSION_HEX \
    ((FIGPARSE_VERSION_MAJOR << 16) | (FIGPARSE_VERSION_MINOR << 8) | FIGPARSE_VERSION_PATCH)

/** The library's version as FIGPARSE_VERSION_HEX. Compare it with the macro
 *  to check that the header and the loaded library agree. */
FIGPARSE_API unsigned figparse_version(void);
/** The library's version as "MAJOR.MINOR.PATCH"; a static string. */
FIGPARSE_API const char *figparse_version_string(void);
/** The ICU and CLDR versions the generated tables were made from, as
 *  "icu 72.1; cldr 42.0"; a static string. */
FIGPARSE_API const char *figparse_data_version(void);

/* ------------------------------------------------------------------------ */
/* Status codes                                                             */
/* ------------------------------------------------------------------------ */

/*
 * X(NAME, value, message). Values are fixed forever. Non-negative values are
 * outcomes, negative ones errors.
 */
#define FIGPARSE_STATUS_MAP(X)                                                 \
    X(OK, 0, "success")                                                        \
    X(DONE, 1, "no more figures")                                              \
    X(NOMATCH, 2, "no figure in the text")                                     \
    X(EINVAL, -1, "invalid argument")                                          \
    X(ENOMEM, -2, "out of memory")                                             \
    X(ERANGE, -3, "value out of range (more than 18 significant digits)")      \
    X(EENCODING, -4, "invalid or unsupported text encoding")                   \
    X(ELOCALE, -5, "malformed locale tag")                                     \
    X(ECURRENCY, -6, "not an ISO 4217 currency code")                          \
    X(ENOSPC, -7, "output buffer too small")                                   \
    X(ETOOBIG, -8, "text too large")                                           \
    X(EUNSUPPORTED, -9, "not supported by this build")

typedef enum figparse_status {
#define FIGPARSE__STATUS_ENUM(name, value, msg) FIGPARSE_##name = (value),
    FIGPARSE_STATUS_MAP(FIGPARSE__STATUS_ENUM)
#undef FIGPARSE__STATUS_ENUM
    FIGPARSE__STATUS_FORCE_INT = 0x7fffffff /* keeps the enum int-sized */
} figparse_status;

/** A static English sentence for a status ("out of memory"); never NULL. */
FIGPARSE_API const char *figparse_strerror(figparse_status status);
/** The status's name without prefix ("ENOMEM"); "UNKNOWN" for other values.
 *  Bindings use it to name exceptions. */
FIGPARSE_API const char *figparse_status_name(figparse_status status);

/* ------------------------------------------------------------------------ */
/* Memory                                                                   */
/* ------------------------------------------------------------------------ */

/**
 * An allocator. Every function that allocates takes it from the options the
 * figparse was built with; NULL anywhere means the C library's malloc,
 * realloc and free. realloc gets the old size too. ICU keeps its own global
 * allocator (u_setMemoryFunctions); this one does not cover it.
 */
typedef struct figparse_allocator {
    void *(*malloc)(void *ctx, size_t size);
    void *(*realloc)(void *ctx, void *ptr, size_t old_size, size_t new_size);
    void (*free)(void *ctx, void *ptr);
    void *ctx;
} figparse_allocator;

/* ------------------------------------------------------------------------ */
/* Options                                                                  */
/* ------------------------------------------------------------------------ */

typedef struct figparse_options figparse_options;

/** Kinds of figure, also used as a bit mask in figparse_options_set_kinds(). */
typedef enum figparse_kind {
    FIGPARSE_KIND_MONEY = 1,
    FIGPARSE_KIND_DATE = 2,
    FIGPARSE__KIND_FORCE_INT = 0x7fffffff /* keeps the enum int-sized */
} figparse_kind;

/** Option flags for figparse_options_set_flags(). */
enum {
    /** Never guess a currency: a bare "$" or "¥" gives an empty currency
     *  rather than one inferred from the locale. */
    FIGPARSE_OPT_STRICT_CURRENCY = 1u << 0,
    /** Read "3.350" and "3,350" as decimals rather than as grouped thousands
     *  when nothing else decides. */
    FIGPARSE_OPT_DECIMAL_COMMA = 1u << 1,
    /** Read 03/04/2025 day first whatever the locale says. */
    FIGPARSE_OPT_DAY_FIRST = 1u << 2,
    /** figparse_transcode() repairs UTF-8 that was once decoded as
     *  Windows-1252, Latin-1 or Windows-874 ("â‚¬12.50" -> "€12.50"). */
    FIGPARSE_OPT_REPAIR_MOJIBAKE = 1u << 3
};

/** A new options object with defaults: no locale hint (a bare "$" then
 *  reads as USD and "3.350" is flagged ambiguous), both kinds (money and
 *  dates), no flags, no default currency, no reference date. alloc may be NULL (see figparse_allocator);
 *  it is copied. Returns NULL when out of memory. */
FIGPARSE_API figparse_options *figparse_options_new(const figparse_allocator *alloc);
/** Frees options; NULL is a no-op. */
FIGPARSE_API void figparse_options_free(figparse_options *opts);
/**
 * The locale hint as a BCP 47 tag ("en", "en-GB", "ko-KR"; "_" is accepted for
 * "-"). It decides what the text alone cannot: the currency of a bare "$",
 * grouping versus decimal marks. Returns FIGPARSE_ELOCALE for a malformed tag
 * (the options keep their previous value), FIGPARSE_EINVAL for NULL.
 */
FIGPARSE_API figparse_status figparse_options_set_locale(figparse_options *opts, const char *tag);
/** Which kinds to find: a mask of figparse_kind; 0 means all. */
FIGPARSE_API figparse_status figparse_options_set_kinds(figparse_options *opts, unsigned kinds);
/** Replaces the flags with a mask of FIGPARSE_OPT_*. */
FIGPARSE_API figparse_status figparse_options_set_flags(figparse_options *opts, uint32_t flags);
/**
 * The currency a figure gets when its text names none: used by
 * figparse_parse_money() for bare amounts in a price column ("39900"). An
 * ISO 4217 code ("EUR"), or NULL or "" to clear. FIGPARSE_ECURRENCY when the
 * code is not one ICU knows.
 */
FIGPARSE_API figparse_status figparse_options_set_default_currency(figparse_options *opts,
                                                                   const char *iso_code);
/**
 * The reference date relative figures resolve against ("last Thursday"),
 * and the year of dates written without one ("March 11"). year 1..9999;
 * FIGPARSE_EINVAL for an impossible date. 0,0,0 clears it: relative dates
 * then come back unresolved, never against the clock.
 */
FIGPARSE_API figparse_status figparse_options_set_reference_date(figparse_options *opts, int year,
                                                                 int month, int day);

/* ------------------------------------------------------------------------ */
/* The parser                                                               */
/* ------------------------------------------------------------------------ */

typedef struct figparse figparse;

/**
 * Builds an immutable parser from options (NULL: defaults). The options may
 * be freed or changed afterwards. On failure returns NULL and, when status is
 * not NULL, sets it (FIGPARSE_ENOMEM); on success sets FIGPARSE_OK.
 * Thread-safe; the result may be shared by any number of threads.
 */
FIGPARSE_API figparse *figparse_new(const figparse_options *opts, figparse_status *status);
/** Frees the parser; NULL is a no-op. No scan or result made from it may be
 *  used afterwards. */
FIGPARSE_API void figparse_free(figparse *fp);

/* ------------------------------------------------------------------------ */
/* Records                                                                  */
/* ------------------------------------------------------------------------ */

/** An exact decimal: value = coef * 10^exp. Canonical form: coef carries no
 *  trailing zeros (except zero itself, which is 0 * 10^0). */
typedef struct figparse_decimal {
    int64_t coef;
    int32_t exp;
} figparse_decimal;

/** Money flags (figparse_money.flags). */
enum {
    FIGPARSE_MONEY_HAS_AMOUNT = 1u << 0, /**< amount is set */
    FIGPARSE_MONEY_HAS_MIN = 1u << 1,    /**< min is set (a range or "more than") */
    FIGPARSE_MONEY_HAS_MAX = 1u << 2,    /**< max is set (a range or "under") */
    FIGPARSE_MONEY_MIN_EXCLUSIVE = 1u << 3, /**< "more than", "over", "above" */
    FIGPARSE_MONEY_MAX_EXCLUSIVE = 1u << 4, /**< "under", "less than", "below" */
    FIGPARSE_MONEY_APPROX = 1u << 5,     /**< "about", "around", "nearly", ... */
    FIGPARSE_MONEY_EQUIVALENT = 1u << 6, /**< "(approximately USD 7.27 billion)":
                                              restates figure equivalent_of */
    /** The currency was not written unambiguously: it came from the locale
     *  hint or the document (a bare "$", "¥", "dollars"). */
    FIGPARSE_MONEY_CURRENCY_INFERRED = 1u << 7,
    /** The designator names several currencies and nothing decided; the
     *  currency is empty. */
    FIGPARSE_MONEY_CURRENCY_AMBIGUOUS = 1u << 8,
    /** The currency came from figparse_options_set_default_currency(). */
    FIGPARSE_MONEY_CURRENCY_DEFAULT = 1u << 9,
    /** The amount was written in a minor unit ("99¢", "twenty-five cents") and
     *  has been converted to the major unit (USD 0.99). */
    FIGPARSE_MONEY_MINOR_UNIT = 1u << 10,
    /** A "," or "." could have been a grouping or a decimal mark ("3.350") and
     *  nothing decided; the reading given is the grouping one unless
     *  FIGPARSE_OPT_DECIMAL_COMMA. */
    FIGPARSE_MONEY_SEPARATOR_AMBIGUOUS = 1u << 11,
    /** Negative through accounting parentheses: "($1,234)". */
    FIGPARSE_MONEY_PARENTHESES = 1u << 12,
    /** The amount would need more than 18 significant digits; no amount, min
     *  or max is set and the figure's status is FIGPARSE_ERANGE. */
    FIGPARSE_MONEY_OUT_OF_RANGE = 1u << 13,
    /** The number was spelled out in words ("five million"). */
    FIGPARSE_MONEY_SPELLED = 1u << 14,
    /** A unit with no ISO 4217 code (bitcoin); currency is empty and the
     *  amount is in the unit's main denomination. */
    FIGPARSE_MONEY_NON_ISO = 1u << 15,
    /** Negative through a minus after the amount, as ledgers and bank
     *  statements write it: "50.00-", "$1,250.00-". */
    FIGPARSE_MONEY_TRAILING_MINUS = 1u << 16
};

typedef struct figparse_money {
    /** ISO 4217 code, NUL-terminated; "" when unknown or ambiguous. */
    char currency[4];
    uint32_t flags;          /**< FIGPARSE_MONEY_* */
    figparse_decimal amount; /**< valid when FIGPARSE_MONEY_HAS_AMOUNT */
    figparse_decimal min;    /**< valid when FIGPARSE_MONEY_HAS_MIN */
    figparse_decimal max;    /**< valid when FIGPARSE_MONEY_HAS_MAX */
    /** Only meaningful with FIGPARSE_MONEY_EQUIVALENT (0 is a valid index):
     *  the index of the figure this one restates (figparse_figure.index). */
    uint32_t equivalent_of;
    uint32_t reserved0;
    uint64_t reserved[4]; /**< room to grow within the ABI; zero */
} figparse_money;

/** Date grains (reserved for date figures). */
typedef enum figparse_grain {
    FIGPARSE_GRAIN_NONE = 0,
    FIGPARSE_GRAIN_YEAR = 1,
    FIGPARSE_GRAIN_QUARTER = 2,
    FIGPARSE_GRAIN_MONTH = 3,
    FIGPARSE_GRAIN_WEEK = 4,
    FIGPARSE_GRAIN_DAY = 5,
    FIGPARSE_GRAIN_HOUR = 6,
    FIGPARSE_GRAIN_MINUTE = 7,
    FIGPARSE_GRAIN_SECOND = 8,
    FIGPARSE__GRAIN_FORCE_INT = 0x7fffffff /* keeps the enum int-sized */
} figparse_grain;

/** A calendar instant in the proleptic Gregorian calendar (reserved). */
typedef struct figparse_datetime {
    int32_t year;
    uint8_t month, day, hour, minute, second;
    uint8_t has_offset;       /**< utc_offset_min is meaningful */
    int16_t utc_offset_min;   /**< minutes east of UTC */
} figparse_datetime;

/** Date flags (figparse_date.flags). */
enum {
    /** Written relative to the reference date ("last Thursday", "next
     *  month"); offset and unit say how. */
    FIGPARSE_DATE_RELATIVE = 1u << 0,
    /** Relative, and no reference date was set: first and last are zero and
     *  only offset, unit and weekday are meaningful. Never resolved against
     *  the clock. */
    FIGPARSE_DATE_UNRESOLVED = 1u << 1,
    FIGPARSE_DATE_BEFORE = 1u << 2, /**< "by 2028", "until", "before": up to the interval */
    FIGPARSE_DATE_AFTER = 1u << 3,  /**< "since 2019", "after": from the interval on */
    FIGPARSE_DATE_APPROX = 1u << 4, /**< "around 2020", "early 2025" */
    /** Day and month could be swapped ("03/04/2025") and nothing decided;
     *  the reading given follows the locale hint (month first without one). */
    FIGPARSE_DATE_AMBIGUOUS_ORDER = 1u << 5,
    FIGPARSE_DATE_RANGE = 1u << 6,  /**< two points written as one interval ("2019-2023") */
    /** The year was not written: the coming occurrence was taken, or this
     *  year's if it passed within four months of the reference date. */
    FIGPARSE_DATE_YEAR_FROM_REF = 1u << 7,
    FIGPARSE_DATE_FISCAL = 1u << 8, /**< a fiscal year or quarter ("FY2024") */
    FIGPARSE_DATE_ERA = 1u << 9     /**< written in an era year (令和8年), converted */
};

/** A date figure: the inclusive interval first..last at a grain. "2026" is
 *  2026-01-01..2026-12-31 at year grain, "Q3 2025" a quarter, "2019-2023" a
 *  range of years; times of day carry hour..second. */
typedef struct figparse_date {
    figparse_datetime first;
    figparse_datetime last;
    figparse_grain grain;
    uint32_t flags;       /**< FIGPARSE_DATE_* */
    /** With FIGPARSE_DATE_RELATIVE: how many `unit`s from the reference
     *  (-1 for "last", 1 for "next", -3 for "three days ago"). */
    int32_t offset;
    figparse_grain unit;  /**< the unit of offset */
    int32_t weekday;      /**< ISO weekday 1 (Monday)..7 when one is named, else 0 */
    uint32_t reserved[5]; /**< room to grow within the ABI; zero */
} figparse_date;

/** One figure found in a text. */
typedef struct figparse_figure {
    figparse_kind kind;
    /** FIGPARSE_OK, or FIGPARSE_ERANGE when the value could not be held
     *  exactly (the span and currency are still reported). */
    figparse_status status;
    size_t start; /**< byte offset of the first byte */
    size_t end;   /**< byte offset one past the last byte */
    /** 0-based position of this figure among those the scan returned since
     *  the last figparse_scan_reset(). */
    uint32_t index;
    uint32_t reserved0;
    union {
        figparse_money money; /**< kind == FIGPARSE_KIND_MONEY */
        figparse_date date;   /**< kind == FIGPARSE_KIND_DATE */
        uint64_t reserved[16];
    } u;
} figparse_figure;

/* ------------------------------------------------------------------------ */
/* Decimals                                                                 */
/* ------------------------------------------------------------------------ */

/**
 * Writes the canonical decimal string of d ("10100000000000", "7.27", "-3",
 * "0.05") into buf, NUL-terminated, snprintf-style: returns the length the
 * string needs without the NUL, and writes at most cap bytes (nothing when
 * buf is NULL or cap is 0). A result >= cap means it was cut. 64 bytes always
 * suffice for the decimals the library produces (|exp| <= 40).
 */
FIGPARSE_API size_t figparse_decimal_format(figparse_decimal d, char *buf, size_t cap);
/**
 * Parses a plain decimal string ("-12.50", "1e6" is not accepted; no grouping)
 * into its canonical form. FIGPARSE_EINVAL when not a decimal, FIGPARSE_ERANGE
 * beyond 18 significant digits.
 */
FIGPARSE_API figparse_status figparse_decimal_parse(const char *text, size_t len,
                                                    figparse_decimal *out);
/** A convenience conversion for display; inexact, never used by parsing. */
FIGPARSE_API double figparse_decimal_to_double(figparse_decimal d);

/* ------------------------------------------------------------------------ */
/* One string                                                               */
/* ------------------------------------------------------------------------ */

/**
 * Parses text as exactly one money value (surrounding white space allowed):
 * a field such as "1,299.00 USD", "€4.5 billion" or, with a default currency
 * in the options, "39900". On FIGPARSE_OK fills *out. FIGPARSE_NOMATCH when
 * the text is not one money value (or holds several), FIGPARSE_EENCODING for
 * invalid UTF-8, FIGPARSE_ERANGE for an amount beyond 18 significant digits,
 * FIGPARSE_EINVAL for NULL arguments. When err_offset is not NULL it receives
 * the byte offset where the text stopped being a money value (0 on success).
 * Thread-safe.
 */
FIGPARSE_API figparse_status figparse_parse_money(const figparse *fp, const char *text,
                                                  size_t len, figparse_money *out,
                                                  size_t *err_offset);

/**
 * Parses text as exactly one date figure ("2026-03-11", "Q3 2025", "since
 * June last year", "令和8年3月11日"), surrounding white space allowed. Relative
 * dates resolve against the reference date in the options, or come back
 * FIGPARSE_DATE_UNRESOLVED without one. Same statuses as
 * figparse_parse_money(). Thread-safe.
 */
FIGPARSE_API figparse_status figparse_parse_date(const figparse *fp, const char *text, size_t len,
                                                 figparse_date *out, size_t *err_offset);

/* ------------------------------------------------------------------------ */
/* Scanning free text                                                       */
/* ------------------------------------------------------------------------ */

typedef struct figparse_scan figparse_scan;

/** A scan state for one thread, reusable across texts. NULL and *status on
 *  failure. */
FIGPARSE_API figparse_scan *figparse_scan_new(const figparse *fp, figparse_status *status);
/** Frees a scan; NULL is a no-op. */
FIGPARSE_API void figparse_scan_free(figparse_scan *scan);
/**
 * Points the scan at text[0..len). The text is not copied: it must stay
 * unchanged until the next reset or free. Forgets what the previous text
 * said. FIGPARSE_EINVAL when scan is NULL or text is NULL with len > 0.
 */
FIGPARSE_API figparse_status figparse_scan_reset(figparse_scan *scan, const char *text,
                                                 size_t len);
/**
 * Finds the next figure. Returns FIGPARSE_OK and sets *figure to a record
 * owned by the scan, valid until the next call on it; FIGPARSE_DONE at the
 * end of the text; FIGPARSE_EINVAL for NULL arguments. Figures come in text
 * order and never overlap. Allocates nothing.
 */
FIGPARSE_API figparse_status figparse_scan_next(figparse_scan *scan,
                                                const figparse_figure **figure);

/* ------------------------------------------------------------------------ */
/* All figures at once (for bindings)                                       */
/* ------------------------------------------------------------------------ */

typedef struct figparse_result figparse_result;

/** Scans the whole text and returns every figure in *out (free it with
 *  figparse_result_free()). Thread-safe. */
FIGPARSE_API figparse_status figparse_scan_all(const figparse *fp, const char *text, size_t len,
                                               figparse_result **out);
/** Number of figures in a result (0 for NULL). */
FIGPARSE_API size_t figparse_result_count(const figparse_result *result);
/** The i-th figure, or NULL when i is out of range. Valid until the result is
 *  freed. */
FIGPARSE_API const figparse_figure *figparse_result_get(const figparse_result *result, size_t i);
/** Frees a result; NULL is a no-op. */
FIGPARSE_API void figparse_result_free(figparse_result *result);

/* ------------------------------------------------------------------------ */
/* Bytes in other encodings                                                 */
/* ------------------------------------------------------------------------ */

/**
 * Converts in[0..len) from the named encoding ("EUC-KR", "CP949", "Shift_JIS",
 * "EUC-JP", "GB18030", "Big5", "ISO-8859-1", "windows-1252", ...; "UTF-8"
 * validates and copies) to UTF-8, through iconv.
 *
 * On FIGPARSE_OK, *out receives a new NUL-terminated buffer of *out_len bytes
 * (free it with figparse_buffer_free()). When map is not NULL, *map receives a
 * new array of *out_len + 1 offsets (free it with figparse_buffer_free()):
 * (*map)[i] is the offset in `in` of the input character that output byte i
 * came from, and (*map)[*out_len] == len, so a span [s, e) of the output is
 * [(*map)[s], (*map)[e]) in the input.
 *
 * With FIGPARSE_OPT_REPAIR_MOJIBAKE in the parser's options, UTF-8 that was
 * once decoded as Windows-1252, Latin-1 or Windows-874 and encoded again
 * ("â‚¬12.50", "Â£5", "โ‚ฉ1.4 trillion") is repaired in the output, and
 * the map still points at the garbled input.
 *
 * FIGPARSE_EENCODING for invalid input (err_offset, when not NULL, receives
 * the offset of the first bad byte) and for an encoding iconv does not know;
 * FIGPARSE_ENOMEM; FIGPARSE_EINVAL for NULL arguments. Nothing is returned
 * on failure. Thread-safe (each call opens its own converter).
 */
FIGPARSE_API figparse_status figparse_transcode(const figparse *fp, const char *encoding,
                                                const char *in, size_t len, char **out,
                                                size_t *out_len, size_t **map,
                                                size_t *err_offset);
/** Frees a buffer returned by figparse_transcode(); NULL is a no-op. fp must
 *  be the parser that made it (its allocator frees it). */
FIGPARSE_API void figparse_buffer_free(const figparse *fp, void *buffer);

#ifdef __cplusplus
}
#endif

#endif /* FIGPARSE_H */
