#ifndef COP_COPENBLAS_SHIM_H
#define COP_COPENBLAS_SHIM_H
#include <cblas.h>
#endif
