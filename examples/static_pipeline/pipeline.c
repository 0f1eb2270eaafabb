/*
 * pipeline — a data-pipeline stage linked statically against libfigparse.a:
 * reads records (an id and a text) on standard input and writes one CSV row
 * per money or date figure found in each text.
 *
 *   pipeline [--format csv|jsonl] [--locale TAG] [--ref YYYY-MM-DD] < records
 *
 * Input, either (the default is decided by the first byte that is not white
 * space: "{" means JSON Lines):
 *   csv    RFC 4180 records of two fields, id,text (quoted fields may hold
 *          commas, doubled quotes and line breaks); a first record that is
 *          exactly id,text is a header and is skipped;
 *   jsonl  one JSON object per line with "id" (a string or a number) and
 *          "text" (a string); other members are ignored; blank lines too.
 *
 * Output: a header, then one RFC 4180 row per figure, in input order:
 *   id,kind,start,end,currency,amount,min,max,first,last,grain
 * start and end are byte offsets into the record's text as UTF-8 (after CSV
 * unquoting or JSON unescaping), end exclusive; amount, min and max are the
 * canonical decimals of figparse_decimal_format(); first and last are a date
 * figure's inclusive interval as ISO 8601 dates; empty fields are unset.
 * The command-line tool's --format csv has the same columns where they
 * overlap (docs/cli.md).
 *
 * Exit status: 0; 1 when a record was malformed (it is reported on standard
 * error with its number and skipped; the others are still processed) or
 * the output could not be written; 2 for a usage error.
 *
 * Build (the CMake target figparse::figparse_static does the same):
 *   cc -DFIGPARSE_STATIC pipeline.c $(pkg-config --static --cflags figparse) \
 *     $(pkg-config --static --libs figparse |
 *       sed 's/-lfigparse/-Wl,-Bstatic -lfigparse -Wl,-Bdynamic/')
 */
#include <figparse.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------ */
/* A growable byte buffer                                                   */
/* ------------------------------------------------------------------------ */

typedef struct buf {
    char *data;
    size_t len, cap;
} buf;

static int buf_push(buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap != 0 ? b->cap : 256;
        while (cap < b->len + n + 1) {
            cap *= 2;
        }
        char *p = realloc(b->data, cap);
        if (p == NULL) {
            return -1;
        }
        b->data = p;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

static int buf_putc(buf *b, int c)
{
    char ch = (char)c;
    return buf_push(b, &ch, 1);
}

/* Appends code point cp as UTF-8. */
static int buf_utf8(buf *b, unsigned long cp)
{
    char s[4];
    size_t n;
    if (cp < 0x80) {
        s[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        s[0] = (char)(0xC0 | (cp >> 6));
        s[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        s[0] = (char)(0xE0 | (cp >> 12));
        s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        s[0] = (char)(0xF0 | (cp >> 18));
        s[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        s[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return buf_push(b, s, n);
}

/* ------------------------------------------------------------------------ */
/* Input: CSV records                                                       */
/* ------------------------------------------------------------------------ */

enum { REC_OK = 1, REC_END = 0, REC_BAD = -1, REC_NOMEM = -2 };

/*
 * Reads one RFC 4180 record of fields into `data`, each field followed by a
 * NUL; *nfields receives the count. A line break inside quotes belongs to the
 * field; CRLF and LF both end a record. REC_BAD for a quote in the middle of
 * an unquoted field, text after a closing quote or an unterminated quote
 * (the rest of that line is skipped).
 */
static int read_csv_record(FILE *in, buf *data, size_t *nfields)
{
    int c = getc(in);
    data->len = 0;
    *nfields = 0;
    if (c == EOF) {
        return REC_END;
    }
    for (;;) { /* one field per turn, c is its first byte */
        if (c == '"') {
            for (;;) {
                c = getc(in);
                if (c == EOF) {
                    return REC_BAD; /* unterminated */
                }
                if (c == '"') {
                    c = getc(in);
                    if (c != '"') {
                        break; /* the closing quote; c follows it */
                    }
                }
                if (buf_putc(data, c) != 0) {
                    return REC_NOMEM;
                }
            }
            if (c == '\r') {
                c = getc(in);
            }
            if (c != ',' && c != '\n' && c != EOF) {
                while (c != '\n' && c != EOF) {
                    c = getc(in);
                }
                return REC_BAD;
            }
        } else {
            while (c != ',' && c != '\n' && c != EOF) {
                if (c == '"') {
                    while (c != '\n' && c != EOF) {
                        c = getc(in);
                    }
                    return REC_BAD;
                }
                if (buf_putc(data, c) != 0) {
                    return REC_NOMEM;
                }
                c = getc(in);
            }
            if (data->len > 0 && data->data[data->len - 1] == '\r' && c != ',') {
                data->len--; /* CRLF */
            }
        }
        if (buf_putc(data, '\0') != 0) {
            return REC_NOMEM;
        }
        *nfields += 1;
        if (c != ',') {
            return REC_OK;
        }
        c = getc(in);
    }
}

/* ------------------------------------------------------------------------ */
/* Input: JSON Lines                                                        */
/* ------------------------------------------------------------------------ */

/* Reads one line (without its LF and a CR before it). REC_END at the end. */
static int read_line(FILE *in, buf *line)
{
    int c;
    line->len = 0;
    if (buf_push(line, "", 0) != 0) {
        return REC_NOMEM;
    }
    while ((c = getc(in)) != EOF && c != '\n') {
        if (buf_putc(line, c) != 0) {
            return REC_NOMEM;
        }
    }
    if (c == EOF && line->len == 0) {
        return REC_END;
    }
    if (line->len > 0 && line->data[line->len - 1] == '\r') {
        line->data[--line->len] = '\0';
    }
    return REC_OK;
}

typedef struct json {
    const char *p, *end;
} json;

static void json_ws(json *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\r' || *j->p == '\n')) {
        j->p++;
    }
}

static int hex4(const char *s, unsigned long *out)
{
    unsigned long v = 0;
    for (int i = 0; i < 4; i++) {
        int c = s[i], d;
        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            d = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            d = c - 'A' + 10;
        } else {
            return -1;
        }
        v = v * 16 + (unsigned long)d;
    }
    *out = v;
    return 0;
}

/* A JSON string at j->p, unescaped into out (when not NULL). */
static int json_string(json *j, buf *out)
{
    if (j->p >= j->end || *j->p != '"') {
        return REC_BAD;
    }
    j->p++;
    while (j->p < j->end && *j->p != '"') {
        int r = 0;
        if (*j->p != '\\') {
            r = out != NULL ? buf_putc(out, *j->p) : 0;
            j->p++;
        } else {
            unsigned long cp;
            if (j->end - j->p < 2) {
                return REC_BAD;
            }
            char e = j->p[1];
            j->p += 2;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                cp = (unsigned char)e;
                break;
            case 'b':
                cp = '\b';
                break;
            case 'f':
                cp = '\f';
                break;
            case 'n':
                cp = '\n';
                break;
            case 'r':
                cp = '\r';
                break;
            case 't':
                cp = '\t';
                break;
            case 'u':
                if (j->end - j->p < 4 || hex4(j->p, &cp) != 0) {
                    return REC_BAD;
                }
                j->p += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) { /* a pair, or U+FFFD */
                    unsigned long lo;
                    if (j->end - j->p >= 6 && j->p[0] == '\\' && j->p[1] == 'u' &&
                        hex4(j->p + 2, &lo) == 0 && lo >= 0xDC00 && lo <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        j->p += 6;
                    } else {
                        cp = 0xFFFD;
                    }
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    cp = 0xFFFD;
                }
                break;
            default:
                return REC_BAD;
            }
            r = out != NULL ? buf_utf8(out, cp) : 0;
        }
        if (r != 0) {
            return REC_NOMEM;
        }
    }
    if (j->p >= j->end) {
        return REC_BAD;
    }
    j->p++;
    return REC_OK;
}

/* Skips any JSON value; with `raw`, a scalar's text is copied there. */
static int json_skip(json *j, buf *raw)
{
    json_ws(j);
    if (j->p >= j->end) {
        return REC_BAD;
    }
    if (*j->p == '"') {
        return json_string(j, raw);
    }
    if (*j->p == '{' || *j->p == '[') {
        char close = *j->p == '{' ? '}' : ']';
        j->p++;
        json_ws(j);
        if (j->p < j->end && *j->p == close) {
            j->p++;
            return REC_OK;
        }
        for (;;) {
            int r;
            if (close == '}') {
                json_ws(j);
                if ((r = json_string(j, NULL)) != REC_OK) {
                    return r;
                }
                json_ws(j);
                if (j->p >= j->end || *j->p++ != ':') {
                    return REC_BAD;
                }
            }
            if ((r = json_skip(j, NULL)) != REC_OK) {
                return r;
            }
            json_ws(j);
            if (j->p < j->end && *j->p == ',') {
                j->p++;
            } else if (j->p < j->end && *j->p == close) {
                j->p++;
                return REC_OK;
            } else {
                return REC_BAD;
            }
        }
    }
    /* A number, true, false or null. */
    const char *start = j->p;
    while (j->p < j->end && strchr(",}] \t\r\n", *j->p) == NULL) {
        j->p++;
    }
    if (j->p == start) {
        return REC_BAD;
    }
    return raw != NULL && buf_push(raw, start, (size_t)(j->p - start)) != 0 ? REC_NOMEM : REC_OK;
}

/* {"id": ..., "text": "...", ...} -> id, text. */
static int parse_jsonl(const char *line, size_t len, buf *id, buf *text)
{
    json j = {line, line + len};
    int have_id = 0, have_text = 0;
    id->len = text->len = 0;
    json_ws(&j);
    if (j.p >= j.end || *j.p++ != '{') {
        return REC_BAD;
    }
    json_ws(&j);
    if (j.p < j.end && *j.p == '}') {
        return REC_BAD;
    }
    for (;;) {
        buf key = {NULL, 0, 0};
        int r;
        json_ws(&j);
        r = json_string(&j, &key);
        if (r == REC_OK) {
            json_ws(&j);
            if (j.p >= j.end || *j.p++ != ':') {
                r = REC_BAD;
            }
        }
        if (r == REC_OK) {
            int is_id = key.len == 2 && memcmp(key.data, "id", 2) == 0;
            int is_text = key.len == 4 && memcmp(key.data, "text", 4) == 0;
            json_ws(&j);
            if (is_text && (j.p >= j.end || *j.p != '"')) {
                r = REC_BAD; /* the text must be a string */
            } else if (is_id || is_text) {
                buf *into = is_id ? id : text;
                into->len = 0;
                r = json_skip(&j, into);
                have_id |= is_id;
                have_text |= is_text;
            } else {
                r = json_skip(&j, NULL);
            }
        }
        free(key.data);
        if (r != REC_OK) {
            return r;
        }
        json_ws(&j);
        if (j.p < j.end && *j.p == ',') {
            j.p++;
        } else if (j.p < j.end && *j.p == '}') {
            j.p++;
            break;
        } else {
            return REC_BAD;
        }
    }
    json_ws(&j);
    return j.p == j.end && have_id && have_text ? REC_OK : REC_BAD;
}

/* ------------------------------------------------------------------------ */
/* Output                                                                   */
/* ------------------------------------------------------------------------ */

/* An RFC 4180 field: quoted when it holds a comma, quote, CR or LF. */
static void csv_field(FILE *out, const char *s, size_t len)
{
    int quote = 0;
    for (size_t i = 0; i < len && !quote; i++) {
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n';
    }
    if (!quote) {
        fwrite(s, 1, len, out);
        return;
    }
    putc('"', out);
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"') {
            putc('"', out);
        }
        putc(s[i], out);
    }
    putc('"', out);
}

/* ,<canonical decimal> when `set`, else an empty field. */
static void decimal_field(FILE *out, int set, figparse_decimal d)
{
    char s[64];
    putc(',', out);
    if (set && figparse_decimal_format(d, s, sizeof s) < sizeof s) {
        fputs(s, out); /* 64 bytes hold every decimal the scanner makes */
    }
}

/* ,YYYY-MM-DD, with THH:MM:SS below a day and the UTC offset when known;
 * an empty field when there is no calendar date (a relative date that no
 * reference date resolved). */
static void instant_field(FILE *out, const figparse_datetime *t, figparse_grain grain)
{
    if (t->month == 0) {
        putc(',', out);
        return;
    }
    fprintf(out, ",%04d-%02d-%02d", (int)t->year, t->month, t->day);
    if (grain >= FIGPARSE_GRAIN_HOUR) {
        fprintf(out, "T%02d:%02d:%02d", t->hour, t->minute, t->second);
        if (t->has_offset) {
            int off = t->utc_offset_min < 0 ? -t->utc_offset_min : t->utc_offset_min;
            fprintf(out, "%c%02d:%02d", t->utc_offset_min < 0 ? '-' : '+', off / 60, off % 60);
        }
    }
}

static const char *const grain_names[] = {"", "year", "quarter", "month", "week",
                                          "day", "hour", "minute", "second"};

static void write_figure(FILE *out, const char *id, size_t id_len, const figparse_figure *f)
{
    csv_field(out, id, id_len);
    if (f->kind == FIGPARSE_KIND_DATE) {
        const figparse_date *d = &f->u.date;
        unsigned g = (unsigned)d->grain;
        fprintf(out, ",date,%zu,%zu,,,,", f->start, f->end);
        instant_field(out, &d->first, d->grain);
        instant_field(out, &d->last, d->grain);
        fprintf(out, ",%s\n", g < sizeof grain_names / sizeof grain_names[0] ? grain_names[g] : "");
    } else {
        const figparse_money *m = &f->u.money;
        const char *nul = memchr(m->currency, '\0', sizeof m->currency);
        fprintf(out, ",money,%zu,%zu,%.*s", f->start, f->end,
                nul != NULL ? (int)(nul - m->currency) : (int)sizeof m->currency, m->currency);
        decimal_field(out, (m->flags & FIGPARSE_MONEY_HAS_AMOUNT) != 0, m->amount);
        decimal_field(out, (m->flags & FIGPARSE_MONEY_HAS_MIN) != 0, m->min);
        decimal_field(out, (m->flags & FIGPARSE_MONEY_HAS_MAX) != 0, m->max);
        fputs(",,,\n", out);
    }
}

/* ------------------------------------------------------------------------ */
/* Main                                                                     */
/* ------------------------------------------------------------------------ */

static int usage(void)
{
    fputs("usage: pipeline [--format csv|jsonl] [--locale TAG] [--ref YYYY-MM-DD] < records\n",
          stderr);
    return 2;
}

int main(int argc, char **argv)
{
    const char *format = NULL, *locale = NULL, *ref = NULL;
    for (int i = 1; i < argc; i++) {
        if (i + 1 < argc && strcmp(argv[i], "--format") == 0) {
            format = argv[++i];
        } else if (i + 1 < argc && strcmp(argv[i], "--locale") == 0) {
            locale = argv[++i];
        } else if (i + 1 < argc && strcmp(argv[i], "--ref") == 0) {
            ref = argv[++i];
        } else {
            return usage();
        }
    }
    if (format != NULL && strcmp(format, "csv") != 0 && strcmp(format, "jsonl") != 0) {
        return usage();
    }

    /* One parser for the whole run: every kind the library finds. */
    figparse_status st = FIGPARSE_OK;
    figparse_options *opts = figparse_options_new(NULL);
    if (opts == NULL) {
        fputs("pipeline: out of memory\n", stderr);
        return 1;
    }
    int y = 0, mo = 0, d = 0;
    if (locale != NULL && (st = figparse_options_set_locale(opts, locale)) != FIGPARSE_OK) {
        fprintf(stderr, "pipeline: --locale %s: %s\n", locale, figparse_strerror(st));
    } else if (ref != NULL && (sscanf(ref, "%4d-%2d-%2d", &y, &mo, &d) != 3 ||
                               (st = figparse_options_set_reference_date(opts, y, mo, d)) !=
                                   FIGPARSE_OK)) {
        fprintf(stderr, "pipeline: --ref %s: not a date as YYYY-MM-DD\n", ref);
        st = FIGPARSE_EINVAL;
    } else {
        st = figparse_options_set_kinds(opts, 0);
    }
    figparse *fp = st == FIGPARSE_OK ? figparse_new(opts, &st) : NULL;
    figparse_options_free(opts);
    figparse_scan *scan = fp != NULL ? figparse_scan_new(fp, &st) : NULL;
    if (scan == NULL) {
        if (fp == NULL && st != FIGPARSE_ENOMEM) {
            return 2; /* a bad option, reported above */
        }
        fprintf(stderr, "pipeline: %s\n", figparse_strerror(st));
        figparse_free(fp);
        return 1;
    }

    /* The format: given, or JSON Lines when the input starts with "{". */
    int c;
    while ((c = getc(stdin)) == ' ' || c == '\t' || c == '\r' || c == '\n') {
    }
    if (c != EOF) {
        ungetc(c, stdin);
    }
    int jsonl = format != NULL ? strcmp(format, "jsonl") == 0 : c == '{';

    buf line = {NULL, 0, 0}, id = {NULL, 0, 0}, text = {NULL, 0, 0};
    unsigned long long n = 0;
    int status = 0, r;
    puts("id,kind,start,end,currency,amount,min,max,first,last,grain");
    for (;;) {
        const char *id_s = NULL, *text_s = NULL;
        size_t id_len = 0, text_len = 0;
        if (jsonl) {
            r = read_line(stdin, &line);
            if (r == REC_OK) {
                n++;
                json j = {line.data, line.data + line.len};
                json_ws(&j);
                if (j.p == j.end) {
                    continue; /* a blank line */
                }
                r = parse_jsonl(line.data, line.len, &id, &text);
                id_s = id.data, id_len = id.len, text_s = text.data, text_len = text.len;
            }
        } else {
            size_t nfields = 0;
            r = read_csv_record(stdin, &line, &nfields);
            if (r == REC_OK) {
                n++;
                if (nfields == 1 && line.len == 1) {
                    continue; /* an empty line */
                }
                if (nfields != 2) {
                    fprintf(stderr, "pipeline: record %llu: %zu fields, not 2 (id,text)\n", n,
                            nfields);
                    status = 1;
                    continue;
                }
                id_s = line.data;
                id_len = strlen(id_s);
                text_s = id_s + id_len + 1;
                text_len = line.len - id_len - 2;
                if (n == 1 && strcmp(id_s, "id") == 0 && strcmp(text_s, "text") == 0) {
                    continue; /* the header */
                }
            } else if (r == REC_BAD) {
                n++;
            }
        }
        if (r == REC_END) {
            break;
        }
        if (r == REC_NOMEM) {
            fprintf(stderr, "pipeline: record %llu: out of memory\n", n + 1);
            status = 1;
            break;
        }
        if (r == REC_BAD) {
            fprintf(stderr, "pipeline: record %llu: malformed %s\n", n, jsonl ? "JSON" : "CSV");
            status = 1;
            continue;
        }
        const figparse_figure *f;
        figparse_scan_reset(scan, text_s != NULL ? text_s : "", text_len);
        while (figparse_scan_next(scan, &f) == FIGPARSE_OK) {
            write_figure(stdout, id_s != NULL ? id_s : "", id_len, f);
        }
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fputs("pipeline: writing the output failed\n", stderr);
        status = 1;
    }
    free(line.data);
    free(id.data);
    free(text.data);
    figparse_scan_free(scan);
    figparse_free(fp);
    return status;
}
