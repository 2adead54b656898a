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

    private static let bundledSnapshot = loadBuiltInSnapshot()

    private static func loadBuiltInSnapshot() -> Result<KnowledgeBase, SnapshotError> {
        guard let bytes = ByteStringLiteral.bytes(in: BundledSnapshot.snapshot) else {
            return .failure(SnapshotError(.malformed("the built-in snapshot literal holds a character above U+00FF")))
        }
        let vectors = BundledSnapshot.vectors.utf8CodeUnitCount == 0 ? nil : builtInVectors
        let loaded = bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<KnowledgeBase, SnapshotError> in
            do throws(SnapshotError) {
                return .success(try KnowledgeBase(builtInSnapshot: raw, vectors: vectors))
            } catch {
                return .failure(error)
            }
        }
        // Custom content and layers that reuse bundled text find its vectors instead of encoding them.
        if case .success(let base) = loaded { base.shareStoredVectors() }
        return loaded
    }

    /// The bundled record vectors in their file format (empty if the text does not decode, which turns
    /// semantic search off with the reason).
    @Sendable private static func builtInVectors() -> [UInt8] {
        ByteStringLiteral.bytes(in: BundledSnapshot.vectors) ?? []
    }
}
