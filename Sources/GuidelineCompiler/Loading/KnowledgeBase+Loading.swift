public import Foundation
public import GuidelineKnowledge

/// Loading a knowledge base from a content folder.
extension KnowledgeBase {
    /// Compiles the content in `directory` (a national adaptation, a translation) with the same
    /// compiler and diagnostics as the bundled content, within `limits` (``ContentLimits/standard`` by default).
    /// - Throws: `ContentError` with every diagnostic when the folder cannot be read or the content has errors.
    /// - Complexity: O(n) in the total size of the files.
    public init(contentsOf directory: URL, limits: ContentLimits = .standard) throws(ContentError) {
        self = try Self.compile(contentsOf: directory, limits: limits).get()
    }

    /// Compiles the content in `directory` and returns the result with all its diagnostics, without
    /// throwing: what `cop lint` uses. Unreadable files, symbolic links (never followed) and
    /// files over the size limit become diagnostics. The same as
    /// `ContentFolder(contentsOf: directory, limits: limits).compile()`.
    /// - Complexity: O(n) in the total size of the files.
    public static func compile(contentsOf directory: URL, limits: ContentLimits = .standard) -> Compilation {
        ContentFolder(contentsOf: directory, limits: limits).compile()
    }
}
