/*
 * figparse — the command-line tool: finds money (and, later, date) figures in
 * each line of its input and prints one JSON object per line (or, with
 * --format csv|tsv, one row per figure).
 *
 *   figparse [--ref YYYY-MM-DD] [--locale TAG] [--encoding NAME]
 *            [--kinds money,date] [--field] [--currency CODE] [--strict]
 *            [--format jsonl|csv|tsv] [FILE...]
 *
 * Output, one line per input line (n counts lines from 1 across all inputs;
 * span is byte offsets within the line, end exclusive):
 *
 *   {"n":1,"figures":[{"kind":"money","span":[36,53],"text":"10.1 trillion won",
 *     "currency":"KRW","amount":"10100000000000"}]}
 *
 * This is the contract of docs/cli.md and of the shared scorer; change it
 * only by adding fields. Exit status: 0, or 1 when an input could not be
 * read, a line could not be decoded (--encoding) or the output could not be
 * written, or 2 for a usage error.
 *
 * The tool never calls setlocale() and prints no floating point, so its
 * output does not depend on the environment's locale.
 */
#define _POSIX_C_SOURCE 200809L /* fileno(), isatty() */

#include "figparse.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#define cli_isatty(f) _isatty(_fileno(f))
#else
#include <unistd.h>
#define cli_isatty(f) isatty(fileno(f))
#endif

enum { EXIT_USAGE = 2 };

static const char usage_text[] =
    "usage: figparse [OPTIONS] [FILE...]\n"
    "Finds money figures in each line of the FILEs (default and \"-\": standard\n"
    "input) and prints one JSON object per line.\n"
    "\n"
    "  --ref YYYY-MM-DD  reference date for relative dates\n"
    "  --locale TAG      locale hint, BCP 47 (default en-US): decides what a\n"
    "                    bare \"$\" or \"3.350\" means\n"
    "  --encoding NAME   input encoding (default UTF-8): any ASCII-compatible\n"
    "                    name iconv knows (EUC-KR, Shift_JIS, GB18030, ...)\n"
    "  --input-offsets   also give each figure's \"input_span\" in the input's bytes\n"
    "  --repair-mojibake, --no-repair-mojibake\n"
    "                    repair UTF-8 that was once read as Windows-1252 or\n"
    "                    Windows-874 and saved again (on by default)\n"
    "  --kinds LIST      comma list of kinds to find: money,date (default both)\n"
    "  --field           each line is one value (a price column), parsed whole\n"
    "  --currency CODE   ISO 4217 currency for amounts that name none\n"
    "  --strict          never infer a currency from the locale\n"
    "  --format NAME     jsonl (default): one JSON object per line; csv, tsv: a\n"
    "                    header, then one row per figure\n"
    "  --help            show this help and exit\n"
    "  --version         show the library and data versions and exit\n";

/* ------------------------------------------------------------------------ */
/* Command line                                                             */
/* ------------------------------------------------------------------------ */

/* Output formats (--format). */
typedef enum out_format { FORMAT_JSONL, FORMAT_CSV, FORMAT_TSV } out_format;

typedef struct cli_config {
    const char *locale;   /* NULL: the library's default */
    const char *currency; /* NULL: none */
    const char *encoding; /* --encoding; NULL: UTF-8 */
    int input_offsets;    /* --input-offsets */
    int no_repair;        /* --no-repair-mojibake */
    int has_ref;
    int ref_year, ref_month, ref_day;
    unsigned kinds; /* 0: not given */
    uint32_t flags;
    int field_mode;
    out_format format;
    const char **files; /* argv entries; none means standard input */
    size_t nfiles;
} cli_config;

static void usage_error(const char *what, const char *arg)
{
    fprintf(stderr, "figparse: %s %s\n%s", what, arg, usage_text);
}

static int ascii_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int ascii_equal_nocase(const char *a, const char *b)
{
    while (*a != '\0' && ascii_lower((unsigned char)*a) == ascii_lower((unsigned char)*b)) {
        a++;
        b++;
    }
    return *a == '\0' && *b == '\0';
}

static int days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

/* Reads exactly `width` ASCII digits. */
static int parse_digits(const char *s, int width, int *out)
{
    int v = 0;
    for (int i = 0; i < width; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return -1;
        }
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

/* "YYYY-MM-DD", a real calendar date in years 1..9999. */
static int parse_ref_date(const char *s, cli_config *cfg)
{
    int y, m, d;
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' || parse_digits(s, 4, &y) != 0 ||
        parse_digits(s + 5, 2, &m) != 0 || parse_digits(s + 8, 2, &d) != 0) {
        return -1;
    }
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) {
        return -1;
    }
    cfg->has_ref = 1;
    cfg->ref_year = y;
    cfg->ref_month = m;
    cfg->ref_day = d;
    return 0;
}

/* "money,date" -> a mask of figparse_kind. */
static int parse_kinds(const char *s, unsigned *out)
{
    unsigned mask = 0;
    for (;;) {
        const char *comma = strchr(s, ',');
        size_t n = comma != NULL ? (size_t)(comma - s) : strlen(s);
        if (n == 5 && memcmp(s, "money", 5) == 0) {
            mask |= FIGPARSE_KIND_MONEY;
        } else if (n == 4 && memcmp(s, "date", 4) == 0) {
            mask |= FIGPARSE_KIND_DATE;
        } else {
            return -1;
        }
        if (comma == NULL) {
            break;
        }
        s = comma + 1;
    }
    *out = mask;
    return 0;
}

/* Options that take a value accept "--name VALUE" and "--name=VALUE". Returns
 * the value, or NULL when `arg` is not option `name`. Advances *i past a
 * separate value; sets *missing when the value is absent. */
static const char *option_value(const char *name, int argc, char **argv, int *i, int *missing)
{
    const char *arg = argv[*i];
    size_t n = strlen(name);
    if (strncmp(arg, name, n) != 0) {
        return NULL;
    }
    if (arg[n] == '=') {
        return arg + n + 1;
    }
    if (arg[n] != '\0') {
        return NULL;
    }
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    *i += 1;
    return argv[*i];
}

/* Returns -1 to go on, or the exit status (0 after --help or --version). */
static int parse_args(int argc, char **argv, cli_config *cfg)
{
    int only_files = 0;
    cfg->files = malloc((size_t)(argc > 0 ? argc : 1) * sizeof *cfg->files);
    if (cfg->files == NULL) {
        fputs("figparse: out of memory\n", stderr);
        return 1;
    }
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *v;
        int missing = 0;

        if (only_files || arg[0] != '-' || strcmp(arg, "-") == 0) {
            cfg->files[cfg->nfiles++] = arg;
        } else if (strcmp(arg, "--") == 0) {
            only_files = 1;
        } else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            fputs(usage_text, stdout);
            return 0;
        } else if (strcmp(arg, "--version") == 0) {
            printf("figparse %s (data: %s)\n", figparse_version_string(), figparse_data_version());
            return 0;
        } else if (strcmp(arg, "--field") == 0) {
            cfg->field_mode = 1;
        } else if (strcmp(arg, "--input-offsets") == 0) {
            cfg->input_offsets = 1;
        } else if (strcmp(arg, "--repair-mojibake") == 0) {
            cfg->no_repair = 0;
        } else if (strcmp(arg, "--no-repair-mojibake") == 0) {
            cfg->no_repair = 1;
        } else if (strcmp(arg, "--strict") == 0) {
            cfg->flags |= FIGPARSE_OPT_STRICT_CURRENCY;
        } else if ((v = option_value("--ref", argc, argv, &i, &missing)) != NULL) {
            if (parse_ref_date(v, cfg) != 0) {
                fprintf(stderr, "figparse: --ref wants a date as YYYY-MM-DD, not \"%s\"\n", v);
                return EXIT_USAGE;
            }
        } else if (!missing && (v = option_value("--locale", argc, argv, &i, &missing)) != NULL) {
            cfg->locale = v;
        } else if (!missing && (v = option_value("--currency", argc, argv, &i, &missing)) != NULL) {
            cfg->currency = v;
        } else if (!missing && (v = option_value("--kinds", argc, argv, &i, &missing)) != NULL) {
            if (parse_kinds(v, &cfg->kinds) != 0) {
                fprintf(stderr, "figparse: --kinds wants a comma list of money, date; not \"%s\"\n",
                        v);
                return EXIT_USAGE;
            }
        } else if (!missing && (v = option_value("--format", argc, argv, &i, &missing)) != NULL) {
            if (strcmp(v, "jsonl") == 0) {
                cfg->format = FORMAT_JSONL;
            } else if (strcmp(v, "csv") == 0) {
                cfg->format = FORMAT_CSV;
            } else if (strcmp(v, "tsv") == 0) {
                cfg->format = FORMAT_TSV;
            } else {
                fprintf(stderr, "figparse: --format wants jsonl, csv or tsv; not \"%s\"\n", v);
                return EXIT_USAGE;
            }
        } else if (!missing && (v = option_value("--encoding", argc, argv, &i, &missing)) != NULL) {
            /* Checked against iconv once the parser exists (check_encoding). */
            int utf8 = ascii_equal_nocase(v, "utf-8") || ascii_equal_nocase(v, "utf8");
            cfg->encoding = utf8 ? NULL : v;
        } else if (missing) {
            usage_error("missing value for option", arg);
            return EXIT_USAGE;
        } else {
            usage_error("unknown option", arg);
            return EXIT_USAGE;
        }
    }
    return -1;
}

/* Builds the parser from the configuration. On failure prints why, returns
 * NULL and sets *exit_status: 2 for a value the library refused, 1 for
 * anything else. */
static figparse *make_parser(const cli_config *cfg, int *exit_status)
{
    figparse_status st = FIGPARSE_OK;
    figparse *fp = NULL;
    figparse_options *opts = figparse_options_new(NULL);
    *exit_status = EXIT_USAGE;
    if (opts == NULL) {
        fputs("figparse: out of memory\n", stderr);
        *exit_status = 1;
        return NULL;
    }
    if (cfg->locale != NULL && (st = figparse_options_set_locale(opts, cfg->locale)) != FIGPARSE_OK) {
        fprintf(stderr, "figparse: --locale %s: %s\n", cfg->locale, figparse_strerror(st));
    } else if (cfg->currency != NULL &&
               (st = figparse_options_set_default_currency(opts, cfg->currency)) != FIGPARSE_OK) {
        fprintf(stderr, "figparse: --currency %s: %s\n", cfg->currency, figparse_strerror(st));
    } else if (cfg->has_ref &&
               (st = figparse_options_set_reference_date(opts, cfg->ref_year, cfg->ref_month,
                                                         cfg->ref_day)) != FIGPARSE_OK) {
        fprintf(stderr, "figparse: --ref: %s\n", figparse_strerror(st));
    } else if (cfg->kinds != 0 &&
               (st = figparse_options_set_kinds(opts, cfg->kinds)) != FIGPARSE_OK) {
        fprintf(stderr, "figparse: --kinds: %s\n", figparse_strerror(st));
    } else if ((st = figparse_options_set_flags(
                    opts, cfg->flags | (cfg->no_repair ? 0u : FIGPARSE_OPT_REPAIR_MOJIBAKE))) !=
               FIGPARSE_OK) {
        fprintf(stderr, "figparse: options: %s\n", figparse_strerror(st));
    } else if ((fp = figparse_new(opts, &st)) == NULL) {
        fprintf(stderr, "figparse: %s\n", figparse_strerror(st));
        *exit_status = 1;
    }
    figparse_options_free(opts);
    return fp;
}

/* ------------------------------------------------------------------------ */
/* Input                                                                    */
/* ------------------------------------------------------------------------ */

typedef struct buffer {
    char *data;
    size_t len;
    size_t cap;
} buffer;

static int buffer_push(buffer *b, char c)
{
    if (b->len == b->cap) {
        size_t cap = b->cap != 0 ? b->cap * 2 : 256;
        char *data;
        if (cap < b->cap) {
            return -1;
        }
        data = realloc(b->data, cap);
        if (data == NULL) {
            return -1;
        }
        b->data = data;
        b->cap = cap;
    }
    b->data[b->len++] = c;
    return 0;
}

/* Reads one line of any length into `line`, without its "\n" and a "\r"
 * before it; NUL bytes are kept. Returns 1 for a line, 0 at the end, -1 on a
 * read error, -2 when out of memory. getc() rather than a large fread() so
 * that a terminal is answered line by line. */
static int read_line(FILE *in, buffer *line)
{
    int c;
    line->len = 0;
    while ((c = getc(in)) != EOF && c != '\n') {
        if (buffer_push(line, (char)c) != 0) {
            return -2;
        }
    }
    if (c == EOF) {
        if (ferror(in)) {
            return -1;
        }
        if (line->len == 0) {
            return 0;
        }
    }
    if (line->len > 0 && line->data[line->len - 1] == '\r') {
        line->len--;
    }
    return 1;
}

/* ------------------------------------------------------------------------ */
/* JSON output                                                              */
/* ------------------------------------------------------------------------ */

/* Length of the well-formed UTF-8 sequence (RFC 3629) at s, or 0. */
static size_t utf8_sequence(const unsigned char *s, size_t len)
{
    unsigned char lo = 0x80, hi = 0xBF;
    size_t n;
    if (s[0] >= 0xC2 && s[0] <= 0xDF) {
        n = 2;
    } else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        n = 3;
        if (s[0] == 0xE0) {
            lo = 0xA0; /* no overlong forms */
        } else if (s[0] == 0xED) {
            hi = 0x9F; /* no surrogates */
        }
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        n = 4;
        if (s[0] == 0xF0) {
            lo = 0x90;
        } else if (s[0] == 0xF4) {
            hi = 0x8F; /* nothing past U+10FFFF */
        }
    } else {
        return 0;
    }
    if (len < n || s[1] < lo || s[1] > hi) {
        return 0;
    }
    for (size_t i = 2; i < n; i++) {
        if (s[i] < 0x80 || s[i] > 0xBF) {
            return 0;
        }
    }
    return n;
}

/* Writes s[0..len) as a JSON string: '"' and '\' escaped, control characters
 * as \u00XX, each byte that is not part of well-formed UTF-8 as \ufffd. */
static void json_string(FILE *out, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    putc('"', out);
    while (i < len) {
        if (s[i] < 0x80) {
            if (s[i] == '"' || s[i] == '\\') {
                putc('\\', out);
                putc(s[i], out);
            } else if (s[i] < 0x20) {
                fprintf(out, "\\u%04x", (unsigned)s[i]);
            } else {
                putc(s[i], out);
            }
            i++;
        } else {
            size_t n = utf8_sequence(s + i, len - i);
            if (n == 0) {
                fputs("\\ufffd", out);
                i++;
            } else {
                fwrite(s + i, 1, n, out);
                i += n;
            }
        }
    }
    putc('"', out);
}

/* Prints the canonical decimal string of d, between `quote`s (NUL: none).
 * Prints `fallback` when out of memory. */
static void print_decimal(FILE *out, figparse_decimal d, const char *quote, const char *fallback)
{
    char small[64];
    size_t n = figparse_decimal_format(d, small, sizeof small);
    if (n < sizeof small) {
        fprintf(out, "%s%s%s", quote, small, quote);
        return;
    }
    /* An exponent far outside -24..24: rare, but exact all the same. */
    char *big = malloc(n + 1);
    if (big == NULL) {
        fputs(fallback, out);
        return;
    }
    figparse_decimal_format(d, big, n + 1);
    fprintf(out, "%s%s%s", quote, big, quote);
    free(big);
}

/* ,"name":"<canonical decimal>" */
static void json_decimal_field(FILE *out, const char *name, figparse_decimal d)
{
    fprintf(out, ",\"%s\":", name);
    print_decimal(out, d, "\"", "null");
}

static void json_true_field(FILE *out, const char *name)
{
    fprintf(out, ",\"%s\":true", name);
}

/* {"kind":K,"span":[S,E],"text":T — the figure's fields follow, then '}'. */
static void json_figure_head(FILE *out, const char *kind, const char *line, size_t start,
                             size_t end)
{
    fprintf(out, "{\"kind\":\"%s\",\"span\":[%zu,%zu],\"text\":", kind, start, end);
    json_string(out, line + start, end - start);
}

static const struct {
    uint32_t bit;
    const char *name;
} money_flag_names[] = {
    {FIGPARSE_MONEY_APPROX, "approx"},
    {FIGPARSE_MONEY_CURRENCY_INFERRED, "inferred"},
    {FIGPARSE_MONEY_CURRENCY_AMBIGUOUS, "ambiguous"},
    {FIGPARSE_MONEY_CURRENCY_DEFAULT, "default_currency"},
    {FIGPARSE_MONEY_MINOR_UNIT, "minor_unit"},
    {FIGPARSE_MONEY_PARENTHESES, "parentheses"},
    {FIGPARSE_MONEY_SPELLED, "spelled"},
    {FIGPARSE_MONEY_SEPARATOR_AMBIGUOUS, "separator_ambiguous"},
    {FIGPARSE_MONEY_MIN_EXCLUSIVE, "min_exclusive"},
    {FIGPARSE_MONEY_MAX_EXCLUSIVE, "max_exclusive"},
    {FIGPARSE_MONEY_NON_ISO, "non_iso"},
    {FIGPARSE_MONEY_TRAILING_MINUS, "trailing_minus"},
};

/* The money fields after the head: currency, amount/min/max, flags. */
static void json_money_fields(FILE *out, const figparse_money *m)
{
    const char *nul = memchr(m->currency, '\0', sizeof m->currency);
    size_t clen = nul != NULL ? (size_t)(nul - m->currency) : sizeof m->currency;
    fputs(",\"currency\":", out);
    if (clen == 0) {
        fputs("null", out);
    } else {
        json_string(out, m->currency, clen);
    }
    if (m->flags & FIGPARSE_MONEY_HAS_AMOUNT) {
        json_decimal_field(out, "amount", m->amount);
    }
    if (m->flags & FIGPARSE_MONEY_HAS_MIN) {
        json_decimal_field(out, "min", m->min);
    }
    if (m->flags & FIGPARSE_MONEY_HAS_MAX) {
        json_decimal_field(out, "max", m->max);
    }
    for (size_t i = 0; i < sizeof money_flag_names / sizeof money_flag_names[0]; i++) {
        if (m->flags & money_flag_names[i].bit) {
            json_true_field(out, money_flag_names[i].name);
        }
    }
}

static const char *grain_name(figparse_grain g)
{
    static const char *const names[] = {"none",  "year", "quarter", "month", "week",
                                        "day",   "hour", "minute",  "second"};
    return (unsigned)g < sizeof names / sizeof names[0] ? names[g] : "none";
}

/* Day of the week, 1 = Monday .. 7 = Sunday (Sakamoto's method). */
static int iso_weekday(int y, int m, int d)
{
    static const int t[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    int w;
    if (m < 3) {
        y -= 1;
    }
    w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7; /* 0 = Sunday */
    return w == 0 ? 7 : w;
}

static int day_of_year(int y, int m, int d)
{
    int n = d;
    for (int i = 1; i < m; i++) {
        n += days_in_month(y, i);
    }
    return n;
}

/* ISO 8601 week date of y-m-d: the week-numbering year and week 1..53. */
static void iso_week(int y, int m, int d, int *wy, int *wk)
{
    int wd = iso_weekday(y, m, d);
    int w = (day_of_year(y, m, d) - wd + 10) / 7;
    if (w < 1) {
        int py = y - 1; /* the last week of the previous year */
        *wy = py;
        *wk = (day_of_year(py, 12, 31) - iso_weekday(py, 12, 31) + 10) / 7;
        return;
    }
    if (w == 53 && iso_weekday(y, 12, 31) < 4) {
        *wy = y + 1;
        *wk = 1;
        return;
    }
    *wy = y;
    *wk = w;
}

/* A year as ISO 8601 writes it: four digits at least, and a minus sign
 * before them for years before year 0 ("-0001", not printf's "-001"). */
static const char *iso_year(int y, char *buf, size_t cap)
{
    snprintf(buf, cap, y < 0 ? "-%04ld" : "%04ld", y < 0 ? -(long)y : (long)y);
    return buf;
}

/* A datetime as ISO 8601 at a grain, as in the corpora: "2026", "2026-Q1",
 * "2026-03", "2026-W05", "2026-03-11", "2026-03-11T15", ..T15:00, ..T15:00:07. */
static void format_datetime(const figparse_datetime *t, figparse_grain g, char *buf, size_t cap)
{
    int y = t->year, mo = t->month, d = t->day;
    int valid = mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
    char ys[16];
    const char *yy = iso_year(y, ys, sizeof ys);
    switch (g) {
    case FIGPARSE_GRAIN_YEAR:
        snprintf(buf, cap, "%s", yy);
        break;
    case FIGPARSE_GRAIN_QUARTER:
        snprintf(buf, cap, "%s-Q%d", yy, valid ? (mo - 1) / 3 + 1 : 0);
        break;
    case FIGPARSE_GRAIN_MONTH:
        snprintf(buf, cap, "%s-%02d", yy, mo);
        break;
    case FIGPARSE_GRAIN_WEEK: {
        int wy = y, wk = 0;
        if (valid && y >= 1) {
            iso_week(y, mo, d, &wy, &wk);
        }
        snprintf(buf, cap, "%s-W%02d", iso_year(wy, ys, sizeof ys), wk);
        break;
    }
    case FIGPARSE_GRAIN_HOUR:
        snprintf(buf, cap, "%s-%02d-%02dT%02d", yy, mo, d, t->hour);
        break;
    case FIGPARSE_GRAIN_MINUTE:
        snprintf(buf, cap, "%s-%02d-%02dT%02d:%02d", yy, mo, d, t->hour, t->minute);
        break;
    case FIGPARSE_GRAIN_SECOND:
        snprintf(buf, cap, "%s-%02d-%02dT%02d:%02d:%02d", yy, mo, d, t->hour, t->minute,
                 t->second);
        break;
    default:
        snprintf(buf, cap, "%s-%02d-%02d", yy, mo, d);
        break;
    }
}

/* The date fields after the head: value, grain, and end for an interval
 * longer than one unit of its grain. */
static void json_date_fields(FILE *out, const figparse_date *dt)
{
    char first[48], last[48];
    if (dt->flags & FIGPARSE_DATE_UNRESOLVED) {
        /* relative with no --ref: no value, only how far and in what */
        fprintf(out, ",\"value\":null,\"grain\":\"%s\",\"offset\":%ld,\"unit\":\"%s\"",
                grain_name(dt->grain), (long)dt->offset, grain_name(dt->unit));
        if (dt->weekday)
            fprintf(out, ",\"weekday\":%ld", (long)dt->weekday);
    } else {
        format_datetime(&dt->first, dt->grain, first, sizeof first);
        format_datetime(&dt->last, dt->grain, last, sizeof last);
        fprintf(out, ",\"value\":\"%s\",\"grain\":\"%s\"", first, grain_name(dt->grain));
        if (strcmp(first, last) != 0) {
            fprintf(out, ",\"end\":\"%s\"", last);
        }
    }
    static const struct {
        uint32_t bit;
        const char *name;
    } date_flags[] = {
        {FIGPARSE_DATE_RELATIVE, "relative"},       {FIGPARSE_DATE_BEFORE, "before"},
        {FIGPARSE_DATE_AFTER, "after"},             {FIGPARSE_DATE_APPROX, "approx"},
        {FIGPARSE_DATE_AMBIGUOUS_ORDER, "ambiguous_order"},
        {FIGPARSE_DATE_YEAR_FROM_REF, "year_from_ref"}, {FIGPARSE_DATE_FISCAL, "fiscal"},
        {FIGPARSE_DATE_ERA, "era"},            {FIGPARSE_DATE_RANGE, "range"},
    };
    for (size_t i = 0; i < sizeof date_flags / sizeof date_flags[0]; i++) {
        if (dt->flags & date_flags[i].bit) {
            fprintf(out, ",\"%s\":true", date_flags[i].name);
        }
    }
}

/* ------------------------------------------------------------------------ */
/* CSV and TSV output                                                       */
/* ------------------------------------------------------------------------ */

/* The columns of --format csv|tsv; the static pipeline example
 * (examples/static_pipeline) writes the same ones where they overlap. */
static const char row_header[] =
    "n,kind,start,end,text,currency,amount,min,max,first,last,grain,flags";

/* Writes s[0..len) as one field. CSV (RFC 4180): quoted when it holds a
 * comma, quote, CR or LF, quotes doubled. TSV: backslash, tab, LF and CR
 * escaped as \\, \t, \n, \r. Either way each byte that is not part of
 * well-formed UTF-8 becomes U+FFFD, as in the JSON output. */
static void row_string(FILE *out, out_format fmt, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    int quote = 0;
    if (fmt == FORMAT_CSV) {
        for (size_t i = 0; i < len && !quote; i++) {
            quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
        }
    }
    if (quote) {
        putc('"', out);
    }
    for (size_t i = 0; i < len;) {
        if (s[i] >= 0x80) {
            size_t n = utf8_sequence(s + i, len - i);
            if (n == 0) {
                fputs("\xef\xbf\xbd", out);
                i++;
            } else {
                fwrite(s + i, 1, n, out);
                i += n;
            }
            continue;
        }
        if (fmt == FORMAT_CSV && s[i] == '"') {
            fputs("\"\"", out);
        } else if (fmt == FORMAT_TSV && (s[i] == '\\' || s[i] == '\t' || s[i] == '\n' ||
                                         s[i] == '\r')) {
            putc('\\', out);
            putc(s[i] == '\\' ? '\\' : s[i] == '\t' ? 't' : s[i] == '\n' ? 'n' : 'r', out);
        } else {
            putc(s[i], out);
        }
        i++;
    }
    if (quote) {
        putc('"', out);
    }
}

/* A date figure's bound as a full ISO 8601 date, with the time of day for
 * grains finer than a day and the UTC offset when known; empty when there is
 * no calendar date (FIGPARSE_DATE_UNRESOLVED). */
static void format_instant(const figparse_datetime *t, figparse_grain g, char *buf, size_t cap)
{
    int n;
    if (t->month == 0) { /* an unresolved relative date: no calendar date */
        buf[0] = '\0';
        return;
    }
    char ys[16];
    n = snprintf(buf, cap, "%s-%02d-%02d", iso_year((int)t->year, ys, sizeof ys), t->month, t->day);
    if (g >= FIGPARSE_GRAIN_HOUR && n > 0 && (size_t)n < cap) {
        n += snprintf(buf + n, cap - (size_t)n, "T%02d:%02d:%02d", t->hour, t->minute, t->second);
        if (t->has_offset && n > 0 && (size_t)n < cap) {
            int off = t->utc_offset_min < 0 ? -t->utc_offset_min : t->utc_offset_min;
            snprintf(buf + n, cap - (size_t)n, "%c%02d:%02d", t->utc_offset_min < 0 ? '-' : '+',
                     off / 60, off % 60);
        }
    }
}

/* The date flags under the names of the JSON output (json_date_fields()). */
static const struct {
    uint32_t bit;
    const char *name;
} row_date_flags[] = {
    {FIGPARSE_DATE_RELATIVE, "relative"},
    {FIGPARSE_DATE_BEFORE, "before"},
    {FIGPARSE_DATE_AFTER, "after"},
    {FIGPARSE_DATE_APPROX, "approx"},
    {FIGPARSE_DATE_AMBIGUOUS_ORDER, "ambiguous_order"},
    {FIGPARSE_DATE_YEAR_FROM_REF, "year_from_ref"},
    {FIGPARSE_DATE_FISCAL, "fiscal"},
    {FIGPARSE_DATE_ERA, "era"},
    {FIGPARSE_DATE_RANGE, "range"},
};

/* One row: the line number, the figure and its fields. `position` gives the
 * 1-based position in the line of the figure an equivalent restates. */
static void print_row(FILE *out, out_format fmt, unsigned long long n, const char *line,
                      size_t start, size_t end, const figparse_figure *f, const figparse_money *m,
                      size_t equivalent_position)
{
    char sep = fmt == FORMAT_TSV ? '\t' : ',';
    int first_flag = 1;
    fprintf(out, "%llu%c%s%c%zu%c%zu%c", n, sep,
            m != NULL ? "money" : "date", sep, start, sep, end, sep);
    row_string(out, fmt, line + start, end - start);
    putc(sep, out);
    if (m != NULL) {
        const char *nul = memchr(m->currency, '\0', sizeof m->currency);
        row_string(out, fmt, m->currency,
                   nul != NULL ? (size_t)(nul - m->currency) : sizeof m->currency);
        putc(sep, out);
        if (m->flags & FIGPARSE_MONEY_HAS_AMOUNT) {
            print_decimal(out, m->amount, "", "");
        }
        putc(sep, out);
        if (m->flags & FIGPARSE_MONEY_HAS_MIN) {
            print_decimal(out, m->min, "", "");
        }
        putc(sep, out);
        if (m->flags & FIGPARSE_MONEY_HAS_MAX) {
            print_decimal(out, m->max, "", "");
        }
        fprintf(out, "%c%c%c%c", sep, sep, sep, sep); /* no date columns */
        for (size_t i = 0; i < sizeof money_flag_names / sizeof money_flag_names[0]; i++) {
            if (m->flags & money_flag_names[i].bit) {
                fprintf(out, "%s%s", first_flag ? "" : " ", money_flag_names[i].name);
                first_flag = 0;
            }
        }
        if (m->flags & FIGPARSE_MONEY_EQUIVALENT) {
            fprintf(out, "%sequivalent_of=%zu", first_flag ? "" : " ", equivalent_position);
            first_flag = 0;
        }
    } else {
        const figparse_date *dt = &f->u.date;
        char a[64], b[64];
        format_instant(&dt->first, dt->grain, a, sizeof a);
        format_instant(&dt->last, dt->grain, b, sizeof b);
        fprintf(out, "%c%c%c%c%s%c%s%c%s%c", sep, sep, sep, sep, a, sep, b, sep,
                grain_name(dt->grain), sep); /* no money columns */
        for (size_t i = 0; i < sizeof row_date_flags / sizeof row_date_flags[0]; i++) {
            if (dt->flags & row_date_flags[i].bit) {
                fprintf(out, "%s%s", first_flag ? "" : " ", row_date_flags[i].name);
                first_flag = 0;
            }
        }
        if (dt->flags & FIGPARSE_DATE_RELATIVE) {
            fprintf(out, "%soffset=%ld unit=%s", first_flag ? "" : " ", (long)dt->offset,
                    grain_name(dt->unit));
            first_flag = 0;
        }
        if (dt->weekday >= 1 && dt->weekday <= 7) {
            fprintf(out, "%sweekday=%ld", first_flag ? "" : " ", (long)dt->weekday);
            first_flag = 0;
        }
    }
    if (f != NULL && f->status != FIGPARSE_OK) {
        fprintf(out, "%sstatus=%s", first_flag ? "" : " ", figparse_status_name(f->status));
    }
    putc('\n', out);
}

/* ------------------------------------------------------------------------ */
/* Lines                                                                    */
/* ------------------------------------------------------------------------ */

typedef struct app {
    figparse *fp;
    figparse_scan *scan;
    int field_mode;
    out_format format;
    int flush_each_line;
    const char *encoding; /* --encoding; NULL: UTF-8 */
    int repair;           /* the parser repairs mojibake */
    int input_offsets;    /* --input-offsets */
    const size_t *map;    /* this line's text -> input offsets; NULL: the same */
    int decode_failed;    /* a line could not be decoded: exit status 1 */
    unsigned long long n; /* lines so far, across inputs */
    uint32_t *indexes;    /* figure index of each printed figure of a line */
    size_t nindexes, capindexes;
} app;

/* Remembers that the figure just printed had figure index `index`. */
static void note_index(app *a, uint32_t index)
{
    if (a->nindexes == a->capindexes) {
        size_t cap = a->capindexes != 0 ? a->capindexes * 2 : 16;
        uint32_t *p = realloc(a->indexes, cap * sizeof *p);
        if (p == NULL) {
            return; /* equivalent_of then falls back to index + 1 */
        }
        a->indexes = p;
        a->capindexes = cap;
    }
    a->indexes[a->nindexes++] = index;
}

/* The 1-based position in this line's "figures" of the figure with index. */
static size_t figure_position(const app *a, uint32_t index)
{
    for (size_t i = 0; i < a->nindexes; i++) {
        if (a->indexes[i] == index) {
            return i + 1;
        }
    }
    return (size_t)index + 1;
}

/* ,"input_span":[S,E] with --input-offsets: the span in the input line's
 * bytes, through the map figparse_transcode() made. */
static void json_input_span(const app *a, FILE *out, size_t start, size_t end)
{
    if (a->input_offsets) {
        fprintf(out, ",\"input_span\":[%zu,%zu]", a->map != NULL ? a->map[start] : start,
                a->map != NULL ? a->map[end] : end);
    }
}

static void print_figure(app *a, FILE *out, const char *line, const figparse_figure *f)
{
    if (f->kind == FIGPARSE_KIND_DATE) {
        json_figure_head(out, "date", line, f->start, f->end);
        json_date_fields(out, &f->u.date);
    } else {
        json_figure_head(out, "money", line, f->start, f->end);
        json_money_fields(out, &f->u.money);
        if (f->u.money.flags & FIGPARSE_MONEY_EQUIVALENT) {
            fprintf(out, ",\"equivalent_of\":%zu", figure_position(a, f->u.money.equivalent_of));
        }
    }
    if (f->status != FIGPARSE_OK) {
        fprintf(out, ",\"status\":\"%s\"", figparse_status_name(f->status));
    }
    json_input_span(a, out, f->start, f->end);
    putc('}', out);
}

/* Free text, --format csv|tsv: one row per figure of the line. A line with
 * no figure, or whose scan failed, gives no row. */
static void scan_line_rows(app *a, FILE *out, const char *line, size_t len)
{
    const figparse_figure *f;
    a->nindexes = 0;
    if (figparse_scan_reset(a->scan, line, len) != FIGPARSE_OK) {
        return;
    }
    while (figparse_scan_next(a->scan, &f) == FIGPARSE_OK) {
        const figparse_money *m = f->kind == FIGPARSE_KIND_DATE ? NULL : &f->u.money;
        size_t eq = m != NULL && (m->flags & FIGPARSE_MONEY_EQUIVALENT)
                        ? figure_position(a, m->equivalent_of)
                        : 0;
        print_row(out, a->format, a->n, line, f->start, f->end, f, m, eq);
        note_index(a, f->index);
    }
}

/* Free text: every figure of the line. */
static void scan_line(app *a, FILE *out, const char *line, size_t len)
{
    const figparse_figure *f;
    figparse_status st;
    if (a->format != FORMAT_JSONL) {
        scan_line_rows(a, out, line, len);
        return;
    }
    st = figparse_scan_reset(a->scan, line, len);
    fprintf(out, "{\"n\":%llu,\"figures\":[", a->n);
    a->nindexes = 0;
    if (st == FIGPARSE_OK) {
        while ((st = figparse_scan_next(a->scan, &f)) == FIGPARSE_OK) {
            if (a->nindexes > 0) {
                putc(',', out);
            }
            print_figure(a, out, line, f);
            note_index(a, f->index);
        }
    }
    putc(']', out);
    if (st != FIGPARSE_DONE) {
        fprintf(out, ",\"error\":\"%s\"", figparse_status_name(st));
    }
    fputs("}\n", out);
}

/* Length of the white space character at the start of s, or 0: ASCII space
 * and controls \t\n\v\f\r, U+00A0, U+1680, U+2000..U+200A, U+202F, U+205F,
 * U+3000. */
static size_t space_at(const unsigned char *s, size_t len)
{
    if (len >= 1 && (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r'))) {
        return 1;
    }
    if (len >= 2 && s[0] == 0xC2 && s[1] == 0xA0) {
        return 2;
    }
    if (len >= 3 && ((s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80) ||
                     (s[0] == 0xE2 && s[1] == 0x80 && (s[2] <= 0x8A || s[2] == 0xAF)) ||
                     (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F) ||
                     (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80))) {
        return 3;
    }
    return 0;
}

/* The bounds of line[0..len) without surrounding white space. */
static void trim(const char *line, size_t len, size_t *start, size_t *end)
{
    const unsigned char *s = (const unsigned char *)line;
    size_t b = 0, e = len, n;
    while (b < e && (n = space_at(s + b, e - b)) > 0) {
        b += n;
    }
    for (;;) {
        /* UTF-8 synchronizes: a space that fits at the end is one. */
        if (e > b && space_at(s + e - 1, 1) == 1) {
            e -= 1;
        } else if (e >= b + 2 && space_at(s + e - 2, 2) == 2) {
            e -= 2;
        } else if (e >= b + 3 && space_at(s + e - 3, 3) == 3) {
            e -= 3;
        } else {
            break;
        }
    }
    *start = b;
    *end = e;
}

/* --field: the whole line is one money value. */
static void field_line(app *a, FILE *out, const char *line, size_t len)
{
    figparse_money m;
    size_t err_offset = 0, start, end;
    figparse_status st = figparse_parse_money(a->fp, line, len, &m, &err_offset);
    if (a->format != FORMAT_JSONL) {
        if (st == FIGPARSE_OK) { /* a line that is not one value gives no row */
            trim(line, len, &start, &end);
            print_row(out, a->format, a->n, line, start, end, NULL, &m, 0);
        }
        return;
    }
    fprintf(out, "{\"n\":%llu,\"figures\":[", a->n);
    if (st != FIGPARSE_OK) {
        fprintf(out, "],\"error\":\"%s\"}\n", figparse_status_name(st));
        return;
    }
    trim(line, len, &start, &end);
    json_figure_head(out, "money", line, start, end);
    json_money_fields(out, &m);
    json_input_span(a, out, start, end);
    fputs("}]}\n", out);
}

/* ------------------------------------------------------------------------ */
/* Input encodings and mojibake repair                                      */
/* ------------------------------------------------------------------------ */

/* Checks --encoding NAME before any input: iconv must know it, and it must
 * be ASCII-compatible, since lines are split on '\n' bytes. Returns 0, or
 * prints why and returns EXIT_USAGE. */
static int check_encoding(const figparse *fp, const char *name)
{
    static const char probe[] = "0aZ \n";
    char *out = NULL;
    size_t len = 0;
    figparse_status st =
        figparse_transcode(fp, name, probe, sizeof probe - 1, &out, &len, NULL, NULL);
    int ok = st == FIGPARSE_OK && len == sizeof probe - 1 && memcmp(out, probe, len) == 0;
    figparse_buffer_free(fp, out);
    if (ok) {
        return 0;
    }
    out = NULL;
    if (figparse_transcode(fp, name, "", 0, &out, &len, NULL, NULL) != FIGPARSE_OK) {
        fprintf(stderr, "figparse: --encoding %s: not an encoding iconv knows\n", name);
    } else {
        fprintf(stderr,
                "figparse: --encoding %s: lines are split on \"\\n\" bytes, so the input must be"
                " in an ASCII-compatible encoding; UTF-16 and UTF-32 are not (convert them"
                " first: iconv -f %s -t UTF-8)\n",
                name, name);
    }
    figparse_buffer_free(fp, out);
    return EXIT_USAGE;
}

static int has_non_ascii(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            return 1;
        }
    }
    return 0;
}

/* One input line: decoded from --encoding and repaired (figparse_transcode)
 * when needed, then scanned or parsed. Spans are in the decoded text; the
 * map gives "input_span". UTF-8 that is not valid is scanned as it is (the
 * scanner skips the bad bytes); a line in another encoding that does not
 * decode prints an error object instead, and the run goes on. */
static void process_line(app *a, FILE *out, const char *line, size_t len)
{
    char *text = NULL;
    size_t *map = NULL, text_len = 0, bad = 0;
    figparse_status st = FIGPARSE_OK;
    if (a->encoding != NULL || (a->repair && has_non_ascii(line, len))) {
        st = figparse_transcode(a->fp, a->encoding != NULL ? a->encoding : "UTF-8", line, len,
                                &text, &text_len, a->input_offsets ? &map : NULL, &bad);
        if (st == FIGPARSE_EENCODING && a->encoding == NULL) {
            st = FIGPARSE_OK; /* invalid UTF-8: as without repair */
        } else if (st == FIGPARSE_OK) {
            line = text;
            len = text_len;
        }
    }
    if (st != FIGPARSE_OK) {
        a->decode_failed = 1;
        if (a->format == FORMAT_JSONL) {
            fprintf(out, "{\"n\":%llu,\"figures\":[],\"error\":\"%s\"", a->n,
                    figparse_status_name(st));
            if (st == FIGPARSE_EENCODING) {
                fprintf(out, ",\"offset\":%zu", bad);
            }
            fputs("}\n", out);
        } else {
            fprintf(stderr, "figparse: line %llu: %s (input byte %zu)\n", a->n,
                    figparse_strerror(st), bad);
        }
        return;
    }
    a->map = map;
    if (a->field_mode) {
        field_line(a, out, line, len);
    } else {
        scan_line(a, out, line, len);
    }
    a->map = NULL;
    figparse_buffer_free(a->fp, text);
    figparse_buffer_free(a->fp, map);
}

/* Runs every line of one input. Returns 0, or 1 after a read error. */
static int run_input(app *a, FILE *in, const char *name, buffer *line)
{
    int r;
    while ((r = read_line(in, line)) > 0) {
        a->n++;
        process_line(a, stdout, line->data, line->len);
        if (a->flush_each_line) {
            fflush(stdout);
        }
    }
    if (r == -2) {
        fprintf(stderr, "figparse: %s: line %llu: out of memory\n", name, a->n + 1);
        return 1;
    }
    if (r == -1) {
        fprintf(stderr, "figparse: %s: %s\n", name, strerror(errno));
        return 1;
    }
    return 0;
}

/* Runs each named input, or standard input; returns the exit status. */
static int run_inputs(app *a, const cli_config *cfg)
{
    int status = 0;
    buffer line = {NULL, 0, 0};
    if (cfg->nfiles == 0) {
        status |= run_input(a, stdin, "-", &line);
    }
    for (size_t i = 0; i < cfg->nfiles; i++) {
        const char *name = cfg->files[i];
        if (strcmp(name, "-") == 0) {
            status |= run_input(a, stdin, "-", &line);
            continue;
        }
        FILE *in = fopen(name, "rb");
        if (in == NULL) {
            fprintf(stderr, "figparse: %s: %s\n", name, strerror(errno));
            status = 1;
            continue;
        }
        status |= run_input(a, in, name, &line);
        fclose(in);
    }
    free(line.data);
    return status;
}

int main(int argc, char **argv)
{
    cli_config cfg;
    app a;
    int status;

    memset(&cfg, 0, sizeof cfg);
    memset(&a, 0, sizeof a);
    status = parse_args(argc, argv, &cfg);
    if (status >= 0) {
        free(cfg.files);
        return status;
    }
#ifdef _WIN32
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    a.fp = make_parser(&cfg, &status);
    if (a.fp == NULL) {
        free(cfg.files);
        return status;
    }
    if (!cfg.field_mode) {
        figparse_status st;
        a.scan = figparse_scan_new(a.fp, &st);
        if (a.scan == NULL) {
            fprintf(stderr, "figparse: %s\n", figparse_strerror(st));
            figparse_free(a.fp);
            free(cfg.files);
            return 1;
        }
    }
    a.field_mode = cfg.field_mode;
    a.encoding = cfg.encoding;
    a.repair = !cfg.no_repair;
    a.input_offsets = cfg.input_offsets;
    if (a.encoding != NULL && (status = check_encoding(a.fp, a.encoding)) != 0) {
        figparse_scan_free(a.scan);
        figparse_free(a.fp);
        free(cfg.files);
        return status;
    }
    a.format = cfg.format;
    a.flush_each_line = cli_isatty(stdout);
    if (!a.flush_each_line) {
        setvbuf(stdout, NULL, _IOFBF, 1 << 16);
    }

    if (a.format != FORMAT_JSONL) {
        if (a.format == FORMAT_CSV) {
            puts(row_header);
        } else {
            for (const char *c = row_header; *c != '\0'; c++) {
                putchar(*c == ',' ? '\t' : *c);
            }
            putchar('\n');
        }
    }
    status = run_inputs(&a, &cfg);
    if (a.decode_failed) {
        status = 1;
    }

    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "figparse: writing the output: %s\n", strerror(errno));
        status = 1;
    }
    free(a.indexes);
    figparse_scan_free(a.scan);
    figparse_free(a.fp);
    free(cfg.files);
    return status;
}
