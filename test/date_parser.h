/* A parser with a locale hint (or none) and a reference date, for the date
 * and holiday checks. Include after <check.h> and "figparse.h". */
#ifndef FIGPARSE_TEST_DATE_PARSER_H
#define FIGPARSE_TEST_DATE_PARSER_H

static inline figparse *parser(const char *locale, int ry, int rm, int rd) {
    figparse_options *o = figparse_options_new(NULL);
    ck_assert_ptr_nonnull(o);
    if (locale)
        ck_assert_int_eq(figparse_options_set_locale(o, locale), FIGPARSE_OK);
    ck_assert_int_eq(figparse_options_set_reference_date(o, ry, rm, rd), FIGPARSE_OK);
    figparse_status st;
    figparse *fp = figparse_new(o, &st);
    figparse_options_free(o);
    ck_assert_ptr_nonnull(fp);
    return fp;
}

#endif
