#ifndef COP_BUNDLED_CONTENT_H
#define COP_BUNDLED_CONTENT_H

#include <stddef.h>

/// Bytes of a file embedded in the program at build time: read-only, valid for the whole process.
typedef struct {
    const void *_Nonnull start;
    size_t count;
} cop_embedded_file;

/// The bundled content's compiled snapshot, without record vectors (`Content/snapshot/en.snapshot`).
cop_embedded_file cop_bundled_snapshot(void);

/// The bundled content's record vectors, in the `cop vectors` file format (`Content/vectors/en.vectors`).
cop_embedded_file cop_bundled_vectors(void);

#endif
