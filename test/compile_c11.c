/*
 * compile_c11.c — the public header compiles as strict ISO C11
 * (-std=c11 -pedantic -Wall -Wextra -Werror) and links; a few calls check
 * that the loaded library matches the header.
 */
#include "figparse.h"

#include <stdio.h>
#include <string.h>

int main(void)
{
    figparse_decimal d = {499, -2};
    figparse_figure fig;
    char buf[48];
    int failures = 0;

    memset(&fig, 0, sizeof fig);
    fig.kind = FIGPARSE_KIND_MONEY;
    fig.u.money.flags = FIGPARSE_MONEY_HAS_AMOUNT;

    if (figparse_version() != FIGPARSE_VERSION_HEX) {
        fprintf(stderr, "library version %u, header %u\n", figparse_version(),
                (unsigned)FIGPARSE_VERSION_HEX);
        failures++;
    }
    if (strcmp(figparse_version_string(), FIGPARSE_VERSION_STRING) != 0) {
        fprintf(stderr, "version string %s\n", figparse_version_string());
        failures++;
    }
    if (strcmp(figparse_status_name(FIGPARSE_ENOMEM), "ENOMEM") != 0) {
        fprintf(stderr, "status name %s\n", figparse_status_name(FIGPARSE_ENOMEM));
        failures++;
    }
    if (figparse_decimal_format(d, buf, sizeof buf) != 4 || strcmp(buf, "4.99") != 0) {
        fprintf(stderr, "decimal_format gave %s\n", buf);
        failures++;
    }
    return failures == 0 ? 0 : 1;
}
