#ifndef TENDERLINT_CLIBXML2_SHIM_H
#define TENDERLINT_CLIBXML2_SHIM_H
// libxml2 is built with ICU on Debian and its encoding.h would pull in the system's ICU
// headers, which clash with the ICU that Foundation bundles. Nothing here needs ICU types.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#endif
