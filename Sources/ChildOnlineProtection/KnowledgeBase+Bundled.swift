@_exported public import GuidelineKnowledge
internal import CBundledContent
internal import Foundation

extension KnowledgeBase {
    /// The content bundled with the library (the English `Content/en` folder), with its search index.
    ///
    /// The content was compiled into a snapshot embedded in the library, so this parses no Markdown and
    /// builds no index; it works from any working directory and from a release binary copied elsewhere.
    /// The record vectors are decoded on the first search that compares by meaning, not here.
    /// Loaded once per process; later calls return the same value.
    /// - Throws: ``SnapshotError`` if the built-in snapshot does not load (the project's tests prevent that).
    public static func bundled() throws(SnapshotError) -> KnowledgeBase {
        try bundledSnapshot.get()
    }

    /// Makes the bundled content's sentence vectors (its records' and the help-first detector's examples')
    /// available to every knowledge base of the process, without loading the bundled knowledge base: call it
    /// before searching custom content or a snapshot of it, so that text they share with the bundled content,
    /// and the help-first examples every semantic search compares a query with, are looked up instead of
    /// encoded (about 200 texts; seconds of work). ``bundled()`` does this itself.
    /// The vectors are decoded on the first lookup, not here; calling it again does nothing more.
    public static func shareBundledVectors() {
        StoredVectors.register(builtInVectors)
    }

    /// The embedded snapshot's bytes (in the program's read-only data, valid for the whole process).
    static var builtInSnapshotBytes: UnsafeRawBufferPointer { cop_bundled_snapshot().bytes }

    /// The embedded record vectors' bytes, in the `cop vectors` file format.
    static var builtInVectorBytes: UnsafeRawBufferPointer { cop_bundled_vectors().bytes }

    /// Loads the built-in snapshot again, exactly as ``bundled()`` does once per process, without the
    /// process-wide cache: for benchmarks that time that load (the word index is decoded on the first search
    /// or ``prepareSearch()``, as for ``bundled()``).
    /// - Throws: ``SnapshotError`` as ``bundled()``.
    @_spi(Benchmarking) public static func loadingBundledAgain() throws(SnapshotError) -> KnowledgeBase {
        try loadBuiltInSnapshot().get()
    }

    private static let bundledSnapshot = loadBuiltInSnapshot()

    /// The bundled vectors, decoded on first use straight from the program's data.
    private static let builtInVectors = StoredVectors(encodedBy: {
        let file = cop_bundled_vectors()
        // Never freed nor written to: the bytes live as long as the program.
        return Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: file.start), count: file.count, deallocator: .none)
    })

    private static func loadBuiltInSnapshot() -> Result<KnowledgeBase, SnapshotError> {
        let loaded = Result { () throws(SnapshotError) in
            try KnowledgeBase(builtInSnapshot: builtInSnapshotBytes, vectors: builtInVectors)
        }
        // Custom content and layers that reuse bundled text find its vectors instead of encoding them.
        if case .success = loaded { shareBundledVectors() }
        return loaded
    }
}

extension cop_embedded_file {
    fileprivate var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: start, count: count) }
}
