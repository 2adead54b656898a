public import ChildOnlineProtection

/// The search-index build alone, through the library's own public step (`GuidelineSearchIndex(indexing:)`),
/// so it can be timed apart from compiling the content.
public struct SearchIndexBuild: Sendable {
    public let base: KnowledgeBase

    /// Keeps the compiled knowledge base to index (untimed).
    public init(_ base: KnowledgeBase) {
        self.base = base
    }

    /// Builds the index (the timed part).
    public func build() -> GuidelineSearchIndex {
        GuidelineSearchIndex(indexing: base)
    }
}
