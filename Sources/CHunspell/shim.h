#ifndef TENDERLINT_CHUNSPELL_SHIM_H
#define TENDERLINT_CHUNSPELL_SHIM_H
// libhunspell's C interface (Debian: libhunspell-dev), used for the Swedish lexicon
// (Debian: hunspell-sv).
#include <hunspell.h>
#endif
