#ifndef COP_CCMARKGFM_SHIM_H
#define COP_CCMARKGFM_SHIM_H
// Only the public top-level headers; never the internal ones under /usr/include/cmark-gfm/.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#endif
