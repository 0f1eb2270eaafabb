/*
 * bench.c — how fast figparse is, against the floor of any scanner.
 *
 *   figparse_bench [CORPUS] [--size MB] [--repeat N] [--only scan|parse]
 *
 * CORPUS (default: ../shared/corpora/bench/seeds.txt beside the source tree,
 * or bench/sample.txt when that is absent) is repeated to about --size MB
 * (default 8) and measured N times (default 5); each line of the table is
 * the best run. scripts/bench builds this in build-release/ and runs it.
 *
 *   scan      figparse_scan_reset() + figparse_scan_next() to the end, one
 *             scan reused, all kinds (money and dates);
 *   floor     a loop in the same process that only finds runs of ASCII
 *             digits: what any scanner of this text must at least do;
 *   parse     figparse_parse_money() (and figparse_parse_date() when the
 *             library has it) on short fields, ns per call;
 *   new       figparse_new() with a locale hint: the first call (ICU loads
 *             its data) and the best later one;
 *   RSS       peak resident set (getrusage), with and without the text.
 *
 * --only runs just the scan or just the one-string parsers, for a profiler
 * (perf record ./figparse_bench --only scan) and prints their lines alone.
 *
 * The targets are those of issue 6 (docs/performance.md). MB is 10^6 bytes.
 * This is a program, not a test: it asserts nothing about speed.
 */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */

#include "figparse.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#ifndef FIGPARSE_SOURCE_DIR
#define FIGPARSE_SOURCE_DIR "."
#endif

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Peak resident set size in bytes. */
static double peak_rss(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss * 1024.0; /* kilobytes on Linux */
}

static void die(const char *what) {
    fprintf(stderr, "figparse_bench: %s\n", what);
    exit(1);
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *grown = realloc(buf, cap * 2);
            if (!grown) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = grown;
            cap *= 2;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

/* The corpus repeated, whole copies separated by a newline, until the text
 * holds at least want bytes. */
static char *repeat_to(const char *src, size_t n, size_t want, size_t *len) {
    size_t copies = want / (n + 1) + 1;
    size_t total = copies * (n + 1);
    char *t = malloc(total);
    if (!t)
        die("out of memory");
    for (size_t i = 0; i < copies; i++) {
        memcpy(t + i * (n + 1), src, n);
        t[i * (n + 1) + n] = '\n';
    }
    *len = total;
    return t;
}

/* ---- the floor ------------------------------------------------------------ */

/* Counts the runs of ASCII digits: one pass, one branch per byte. */
static size_t floor_digit_runs(const char *text, size_t len) {
    size_t runs = 0;
    bool in = false;
    for (size_t i = 0; i < len; i++) {
        bool d = (unsigned char)(text[i] - '0') < 10;
        runs += d && !in;
        in = d;
    }
    return runs;
}

/* ---- measurements ---------------------------------------------------------- */

typedef struct {
    double secs;  /* best time */
    size_t found; /* figures or digit runs in the text */
} timing;

static timing time_scan(figparse_scan *sc, const char *text, size_t len, int repeat) {
    timing best = {1e30, 0};
    for (int r = 0; r < repeat; r++) {
        double t0 = now();
        if (figparse_scan_reset(sc, text, len) != FIGPARSE_OK)
            die("figparse_scan_reset failed");
        const figparse_figure *f;
        size_t n = 0;
        figparse_status st;
        while ((st = figparse_scan_next(sc, &f)) == FIGPARSE_OK)
            n++;
        double dt = now() - t0;
        if (st != FIGPARSE_DONE)
            die("figparse_scan_next failed");
        if (dt < best.secs)
            best.secs = dt;
        best.found = n;
    }
    return best;
}

static timing time_floor(const char *text, size_t len, int repeat) {
    timing best = {1e30, 0};
    for (int r = 0; r < repeat; r++) {
        double t0 = now();
        size_t n = floor_digit_runs(text, len);
        double dt = now() - t0;
        if (dt < best.secs)
            best.secs = dt;
        best.found = n;
    }
    return best;
}

/* Short fields, as a price column or a form would hold them. */
static const char *const money_fields[] = {
    "$5",           "$4.5 million", "1,299.00 USD", "\xe2\x82\xac" "4.5 billion",
    "\xc2\xa3" "12", "USD 7.27",    "\xc2\xa5" "5,000",  "10.1 trillion won",
    "99\xc2\xa2",   "$10-20",       "EUR 3.350",    "twenty-five dollars",
    "($1,234)",     "Rs. 500",      "$60K",         "about $3 billion",
};
#define NMONEY (sizeof money_fields / sizeof money_fields[0])

#ifdef FIGPARSE_HAVE_PARSE_DATE
static const char *const date_fields[] = {
    "2026-03-11", "March 3, 2025", "3 March 2025", "Q3 2026",
    "11/22/2026", "June 2024",     "2026",         "2026-03-11T15:00:07Z",
};
#define NDATE (sizeof date_fields / sizeof date_fields[0])
#endif

/* Best ns per call of figparse_parse_money over the fields. */
static double time_parse_money(const figparse *fp, int repeat, size_t *ok) {
    size_t lens[NMONEY];
    for (size_t i = 0; i < NMONEY; i++)
        lens[i] = strlen(money_fields[i]);
    const int rounds = 20000;
    double best = 1e30;
    volatile int64_t sink = 0;
    for (int r = 0; r < repeat; r++) {
        size_t good = 0;
        double t0 = now();
        for (int k = 0; k < rounds; k++)
            for (size_t i = 0; i < NMONEY; i++) {
                figparse_money m;
                if (figparse_parse_money(fp, money_fields[i], lens[i], &m, NULL) == FIGPARSE_OK) {
                    good++;
                    sink += m.amount.coef;
                }
            }
        double dt = (now() - t0) / ((double)rounds * NMONEY);
        if (dt < best)
            best = dt;
        *ok = good / rounds;
    }
    (void)sink;
    return best * 1e9;
}

#ifdef FIGPARSE_HAVE_PARSE_DATE
static double time_parse_date(const figparse *fp, int repeat, size_t *ok) {
    size_t lens[NDATE];
    for (size_t i = 0; i < NDATE; i++)
        lens[i] = strlen(date_fields[i]);
    const int rounds = 20000;
    double best = 1e30;
    volatile int sink = 0;
    for (int r = 0; r < repeat; r++) {
        size_t good = 0;
        double t0 = now();
        for (int k = 0; k < rounds; k++)
            for (size_t i = 0; i < NDATE; i++) {
                figparse_date d;
                if (figparse_parse_date(fp, date_fields[i], lens[i], &d, NULL) == FIGPARSE_OK) {
                    good++;
                    sink += d.first.year;
                }
            }
        double dt = (now() - t0) / ((double)rounds * NDATE);
        if (dt < best)
            best = dt;
        *ok = good / rounds;
    }
    (void)sink;
    return best * 1e9;
}
#endif

static figparse *make_parser(const char *locale, unsigned kinds) {
    figparse_options *o = figparse_options_new(NULL);
    if (!o)
        die("out of memory");
    if (locale && figparse_options_set_locale(o, locale) != FIGPARSE_OK)
        die("bad locale");
    figparse_options_set_kinds(o, kinds);
    figparse_status st;
    figparse *fp = figparse_new(o, &st);
    figparse_options_free(o);
    if (!fp)
        die(figparse_strerror(st));
    return fp;
}

/* figparse_new() with a locale hint: the first call, then the best of the
 * others (ms). Each run asks for a different locale, as a service building
 * one parser per request language would. */
static void time_new(int repeat, double *cold_ms, double *warm_ms) {
    static const char *const locales[] = {"en-US", "de-DE", "en-GB", "ko-KR", "fr-FR", "en-IN"};
    *warm_ms = 1e30;
    int runs = repeat < 3 ? 3 : repeat;
    for (int r = 0; r < runs; r++) {
        double t0 = now();
        figparse *fp = make_parser(locales[r % 6], 0);
        double ms = (now() - t0) * 1e3;
        figparse_free(fp);
        if (r == 0)
            *cold_ms = ms;
        else if (ms < *warm_ms)
            *warm_ms = ms;
    }
}

static const char *yes_no(bool ok) { return ok ? "yes" : "**no**"; }

int main(int argc, char **argv) {
    const char *path = NULL;
    double size_mb = 8;
    int repeat = 5;
    const char *only = "";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--size") == 0 && i + 1 < argc) {
            size_mb = atof(argv[++i]);
        } else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
            repeat = atoi(argv[++i]);
        } else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
            only = argv[++i];
            if (strcmp(only, "scan") != 0 && strcmp(only, "parse") != 0) {
                fprintf(stderr, "figparse_bench: --only scan or --only parse\n");
                return 2;
            }
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            printf("usage: %s [CORPUS] [--size MB] [--repeat N] [--only scan|parse]\n", argv[0]);
            return 0;
        } else if (argv[i][0] == '-' || path) {
            fprintf(stderr, "usage: %s [CORPUS] [--size MB] [--repeat N] [--only scan|parse]\n", argv[0]);
            return 2;
        } else {
            path = argv[i];
        }
    }
    if (size_mb <= 0 || repeat < 1) {
        fprintf(stderr, "figparse_bench: --size must be > 0 and --repeat >= 1\n");
        return 2;
    }

    /* new() first, so its cold time is really the first ICU lookup. */
    double rss0 = peak_rss();
    double cold_ms = 0, warm_ms = 0;
    time_new(repeat, &cold_ms, &warm_ms);

    size_t n = 0;
    char *src = NULL;
    if (path) {
        src = read_file(path, &n);
        if (!src)
            die("cannot read the corpus file");
    } else {
        path = FIGPARSE_SOURCE_DIR "/../shared/corpora/bench/seeds.txt";
        src = read_file(path, &n);
        if (!src) {
            path = FIGPARSE_SOURCE_DIR "/bench/sample.txt";
            src = read_file(path, &n);
        }
        if (!src)
            die("no corpus: give a file");
    }
    if (n == 0)
        die("the corpus is empty");

    figparse *fp = make_parser(NULL, 0); /* all kinds, no hint */
    figparse_status st;
    figparse_scan *sc = figparse_scan_new(fp, &st);
    if (!sc)
        die(figparse_strerror(st));
    double rss_lib = peak_rss();

    bool do_scan = strcmp(only, "parse") != 0, do_parse = strcmp(only, "scan") != 0;
    size_t len = 0;
    char *text = NULL;
    timing scan = {1, 0}, flr = {1, 0};
    if (do_scan) {
        text = repeat_to(src, n, (size_t)(size_mb * 1e6), &len);
        scan = time_scan(sc, text, len, repeat);
        flr = time_floor(text, len, repeat);
    }
    size_t money_ok = 0;
    double money_ns = do_parse ? time_parse_money(fp, repeat, &money_ok) : 0;
#ifdef FIGPARSE_HAVE_PARSE_DATE
    size_t date_ok = 0;
    double date_ns = do_parse ? time_parse_date(fp, repeat, &date_ok) : 0;
#endif
    double rss = peak_rss();

    double mb = (double)len / 1e6;
    double scan_mbs = mb / scan.secs, floor_mbs = mb / flr.secs;
    double ratio = floor_mbs / scan_mbs;
    double rss_no_text = rss - (double)len;

    if (do_scan)
        printf("figparse %s bench: %s (%zu bytes) repeated to %.2f MB, best of %d runs\n\n",
               figparse_version_string(), path, n, mb, repeat);
    else
        printf("figparse %s bench: one-string parsers, best of %d runs\n\n",
               figparse_version_string(), repeat);
    printf("| measure | result | target | met |\n");
    printf("|---|---|---|---|\n");
    if (do_scan) {
        printf("| scan, money+dates (figparse_scan_next) | %.1f MB/s, %.0f figures/s (%zu figures) "
               "| >= 200 MB/s | %s |\n",
               scan_mbs, (double)scan.found / scan.secs, scan.found, yes_no(scan_mbs >= 200));
        printf("| floor: ASCII digit runs only | %.1f MB/s, %.0f runs/s (%zu runs) | | |\n",
               floor_mbs, (double)flr.found / flr.secs, flr.found);
        printf("| floor / scan | %.1fx | <= 5x | %s |\n", ratio, yes_no(ratio <= 5));
    }
    if (do_parse) {
        printf("| figparse_parse_money, short field | %.0f ns/call (%zu of %zu fields parse) "
               "| <= 300 ns | %s |\n",
               money_ns, money_ok, (size_t)NMONEY, yes_no(money_ns <= 300));
#ifdef FIGPARSE_HAVE_PARSE_DATE
        printf("| figparse_parse_date, short field | %.0f ns/call (%zu of %zu fields parse) "
               "| <= 300 ns | %s |\n",
               date_ns, date_ok, (size_t)NDATE, yes_no(date_ns <= 300));
#else
        printf("| figparse_parse_date | not in this library yet | <= 300 ns | - |\n");
#endif
    }
    if (!*only) {
        printf("| figparse_new, locale hint | %.3f ms (first call, ICU loads data); %.3f ms "
               "after | <= 5 ms | %s |\n",
               cold_ms, warm_ms, yes_no(warm_ms <= 5));
        printf("| peak RSS | %.1f MB in all; %.1f MB without the %.1f MB text; %.1f MB before "
               "the text (%.1f MB at start) | <= 16 MB | %s |\n",
               rss / 1e6, rss_no_text / 1e6, mb, rss_lib / 1e6, rss0 / 1e6,
               yes_no(rss_no_text <= 16e6));
    }

    figparse_scan_free(sc);
    figparse_free(fp);
    free(text);
    free(src);
    return 0;
}
