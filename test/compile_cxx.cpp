// compile_cxx.cpp — the public header compiles as C++11 (-pedantic -Wall
// -Wextra -Werror), its declarations get C linkage, and a few calls link and
// agree with the header.
#include "figparse.h"

#include <cstdio>
#include <cstring>

int main()
{
    int failures = 0;

    if (figparse_version() != static_cast<unsigned>(FIGPARSE_VERSION_HEX)) {
        std::fprintf(stderr, "library version %u\n", figparse_version());
        failures++;
    }
    if (std::strcmp(figparse_status_name(FIGPARSE_NOMATCH), "NOMATCH") != 0) {
        std::fprintf(stderr, "status name %s\n", figparse_status_name(FIGPARSE_NOMATCH));
        failures++;
    }

    figparse_options *opts = figparse_options_new(nullptr);
    if (opts == nullptr) {
        return 1;
    }
    if (figparse_options_set_kinds(opts, FIGPARSE_KIND_MONEY) != FIGPARSE_OK) {
        failures++;
    }
    figparse_status st = FIGPARSE_EINVAL;
    figparse *fp = figparse_new(opts, &st);
    figparse_options_free(opts);
    if (fp == nullptr || st != FIGPARSE_OK) {
        std::fprintf(stderr, "figparse_new: %s\n", figparse_strerror(st));
        return 1;
    }

    figparse_decimal d = {0, 0};
    if (figparse_decimal_parse("-12.50", 6, &d) != FIGPARSE_OK || d.coef != -125 || d.exp != -1) {
        std::fprintf(stderr, "decimal_parse(-12.50) gave %lld e%d\n",
                     static_cast<long long>(d.coef), static_cast<int>(d.exp));
        failures++;
    }
    figparse_free(fp);
    return failures == 0 ? 0 : 1;
}
