public import GuidelineKnowledge

/// Compiles Markdown content files into a `KnowledgeBase`, reporting every problem in one pass.
///
/// The same compiler serves the bundled content, a national adaptation or a translation loaded from
/// a folder, and the `cop lint` command.
public enum ContentCompiler {
    /// Compiles `files` into a knowledge base.
    ///
    /// Never throws and never crashes: problems become diagnostics, and records with errors are left
    /// out of the knowledge base (each one reported). Files are compiled in path order.
    /// - Parameters:
    ///   - files: the content files. Their paths should start with `root`.
    ///   - root: the content folder the files are in (e.g. `Content/en`). Links may not leave it.
    ///   - limits: the limits the content must keep to (``ContentLimits/standard`` by default); what goes over
    ///     one is an error and is not read.
    /// - Returns: the knowledge base and all diagnostics, sorted by location.
    /// - Complexity: O(n) in the total size of the files.
    public static func compile(
        _ files: [ContentFile], root: String, limits: ContentLimits = .standard
    ) -> Compilation {
        var session = CompilationSession(root: root, limits: limits)
        return session.compile(files)
    }
}
