/*
 * A consumer of an installed figparse: parses "$4.99" and checks the record.
 * Exits 0 when it is USD 499e-2, 1 otherwise.
 */
#include <figparse.h>

#include <stdio.h>
#include <string.h>

int main(void)
{
    const char *text = "$4.99";
    figparse_status st;
    figparse_money money;
    size_t err_offset = 0;
    int ok;

    figparse *fp = figparse_new(NULL, &st);
    if (fp == NULL) {
        fprintf(stderr, "figparse_new: %s\n", figparse_strerror(st));
        return 1;
    }
    st = figparse_parse_money(fp, text, strlen(text), &money, &err_offset);
    ok = st == FIGPARSE_OK && (money.flags & FIGPARSE_MONEY_HAS_AMOUNT) &&
         money.amount.coef == 499 && money.amount.exp == -2 &&
         strcmp(money.currency, "USD") == 0;
    if (!ok) {
        if (st == FIGPARSE_OK) {
            fprintf(stderr, "parse \"%s\": got %s %lld e%d (flags %#x)\n", text, money.currency,
                    (long long)money.amount.coef, (int)money.amount.exp, (unsigned)money.flags);
        } else {
            fprintf(stderr, "parse \"%s\": %s at byte %zu\n", text, figparse_status_name(st),
                    err_offset);
        }
    }
    figparse_free(fp);
    printf("consumer: figparse %s, \"%s\" %s\n", figparse_version_string(), text,
           ok ? "is USD 4.99" : "FAILED");
    return ok ? 0 : 1;
}
