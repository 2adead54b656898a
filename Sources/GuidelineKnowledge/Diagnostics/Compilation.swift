/// The result of compiling content or applying layers: a knowledge base and the problems found.
public struct Compilation: Sendable {
    /// Everything that compiled. When ``hasErrors`` is true some records are missing (each reported).
    public let knowledgeBase: KnowledgeBase
    /// Errors and warnings, sorted by location.
    public let diagnostics: [Diagnostic]

    /// Pairs a knowledge base with the diagnostics found building it (sorted by the caller).
    package init(knowledgeBase: KnowledgeBase, diagnostics: [Diagnostic]) {
        self.knowledgeBase = knowledgeBase
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The knowledge base, or a ``ContentError`` carrying every diagnostic when there are errors.
    public func get() throws(ContentError) -> KnowledgeBase {
        if hasErrors { throw ContentError(diagnostics: diagnostics) }
        return knowledgeBase
    }
}
