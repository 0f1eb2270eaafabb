/*
 * one_string — parse one money value, such as a cell of a price column.
 *
 *   one_string '1,299.00 USD'        ->  USD 1299
 *   one_string '€4.5 billion'        ->  EUR 4500000000
 *   one_string 39900 KRW             ->  KRW 39900   (KRW: the default currency)
 *
 * Build: cc one_string.c $(pkg-config --cflags --libs figparse)
 */
#include <figparse.h>

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s VALUE [DEFAULT_CURRENCY]\n", argv[0]);
        return 2;
    }

    /* 1. Options: everything has a default; here only the default currency
     *    for bare numbers ("39900") is set, when given. */
    figparse_options *opts = figparse_options_new(NULL);
    if (opts == NULL) {
        return 1;
    }
    figparse_status st = FIGPARSE_OK;
    if (argc == 3) {
        st = figparse_options_set_default_currency(opts, argv[2]);
    }
    if (st != FIGPARSE_OK) {
        fprintf(stderr, "%s: %s\n", argv[2], figparse_strerror(st));
        figparse_options_free(opts);
        return 2;
    }

    /* 2. The parser: build it once, share it between threads, free it last. */
    figparse *fp = figparse_new(opts, &st);
    figparse_options_free(opts); /* the parser keeps its own copy */
    if (fp == NULL) {
        fprintf(stderr, "figparse_new: %s\n", figparse_strerror(st));
        return 1;
    }

    /* 3. Parse the whole string as one value. */
    const char *text = argv[1];
    figparse_money money;
    size_t err_offset = 0;
    st = figparse_parse_money(fp, text, strlen(text), &money, &err_offset);
    if (st != FIGPARSE_OK) {
        fprintf(stderr, "\"%s\": %s (%s) at byte %zu\n", text, figparse_strerror(st),
                figparse_status_name(st), err_offset);
        figparse_free(fp);
        return 1;
    }

    /* 4. The record: an ISO 4217 code ("" when the text does not say) and an
     *    exact decimal, coef * 10^exp, printed in canonical form. A range
     *    ("$5-10") has min and max instead of an amount. */
    char amount[48]; /* enough for any exponent in -24..24 */
    printf("%s", money.currency[0] != '\0' ? money.currency : "(no currency)");
    if (money.flags & FIGPARSE_MONEY_HAS_AMOUNT) {
        figparse_decimal_format(money.amount, amount, sizeof amount);
        printf(" %s", amount);
    }
    if (money.flags & FIGPARSE_MONEY_HAS_MIN) {
        figparse_decimal_format(money.min, amount, sizeof amount);
        printf(" min %s", amount);
    }
    if (money.flags & FIGPARSE_MONEY_HAS_MAX) {
        figparse_decimal_format(money.max, amount, sizeof amount);
        printf(" max %s", amount);
    }
    if (money.flags & FIGPARSE_MONEY_CURRENCY_INFERRED) {
        printf("  (currency inferred from the locale)");
    }
    printf("\n");

    figparse_free(fp);
    return 0;
}
