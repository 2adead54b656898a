// Embeds the two files `Scripts/bundle-content` compiles from Content/en and checks in; the tests fail while they
// are stale. C23 `#embed` resolves the paths from this file and records both files as build dependencies, so the
// library is rebuilt when they change. The bytes stay in the program's read-only data: nothing copies or decodes
// them before the library reads them, and the pages a process never reads are never loaded.

#include "CBundledContent.h"

_Alignas(16) static const unsigned char snapshot[] = {
#embed "../../Content/snapshot/en.snapshot"
};

_Alignas(16) static const unsigned char vectors[] = {
#embed "../../Content/vectors/en.vectors"
};

cop_embedded_file cop_bundled_snapshot(void) {
    return (cop_embedded_file){snapshot, sizeof snapshot};
}

cop_embedded_file cop_bundled_vectors(void) {
    return (cop_embedded_file){vectors, sizeof vectors};
}
