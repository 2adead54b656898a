#ifndef COP_CSTEMMER_SHIM_H
#define COP_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
