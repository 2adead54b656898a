@_exported public import GuidelineKnowledge
internal import BinaryCoding

extension KnowledgeBase {
    /// The content bundled with the library (the English `Content/en` folder), with its search index.
    ///
    /// The content was compiled into a snapshot when the library was built, so this parses no Markdown and
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
        if let builtInVectors { StoredVectors.register(builtInVectors) }
    }

    private static let bundledSnapshot = loadBuiltInSnapshot()

    /// The bundled vectors, decoded on first use; `nil` when the library was built without them.
    private static let builtInVectors: StoredVectors? =
        BundledSnapshot.vectors.utf8CodeUnitCount == 0
        ? nil
        // An empty result when the text does not decode turns semantic search off with the reason.
        : StoredVectors(encodedBy: { ByteStringLiteral.bytes(in: BundledSnapshot.vectors) ?? [] })

    private static func loadBuiltInSnapshot() -> Result<KnowledgeBase, SnapshotError> {
        guard let bytes = ByteStringLiteral.bytes(in: BundledSnapshot.snapshot) else {
            return .failure(SnapshotError(.malformed("the built-in snapshot literal holds a character above U+00FF")))
        }
        let loaded = bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<KnowledgeBase, SnapshotError> in
            do throws(SnapshotError) {
                return .success(try KnowledgeBase(builtInSnapshot: raw, vectors: builtInVectors))
            } catch {
                return .failure(error)
            }
        }
        // Custom content and layers that reuse bundled text find its vectors instead of encoding them.
        if case .success = loaded { shareBundledVectors() }
        return loaded
    }
}
