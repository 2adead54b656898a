@_exported public import GuidelineKnowledge
internal import Foundation

extension KnowledgeBase {
    /// The content bundled with the library (the English `Content/en` folder), with its search index.
    ///
    /// The content was compiled into a snapshot when the library was built, so this parses no Markdown and
    /// builds no index; it works from any working directory and from a release binary copied elsewhere.
    /// Loaded once per process; later calls return the same value.
    /// - Throws: ``SnapshotError`` if the built-in snapshot does not load (the project's tests prevent that).
    public static func bundled() throws(SnapshotError) -> KnowledgeBase {
        try bundledSnapshot.get()
    }

    private static let bundledSnapshot: Result<KnowledgeBase, SnapshotError> = {
        guard let bytes = Data(base64Encoded: BundledSnapshot.base64) else {
            return .failure(SnapshotError(.malformed("the built-in snapshot is not valid base64")))
        }
        let loaded = bytes.withUnsafeBytes { raw in
            Result { () throws(SnapshotError) in try KnowledgeBase(snapshot: raw) }
        }
        // Custom content and layers that reuse bundled text find its vectors instead of encoding them.
        if case .success(let base) = loaded { base.shareStoredVectors() }
        return loaded
    }()
}
