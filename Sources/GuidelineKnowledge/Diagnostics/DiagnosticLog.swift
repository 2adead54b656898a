/// Collects diagnostics during one compilation (the content and layer compilers) or one merge of layers.
package struct DiagnosticLog {
    /// The diagnostics in the order they were logged.
    package private(set) var diagnostics: [Diagnostic] = []

    /// An empty log.
    package init() {}

    /// Logs an error.
    package mutating func error(
        _ code: Diagnostic.Code, _ message: String, hint: String? = nil, at location: SourceLocation
    ) {
        diagnostics.append(Diagnostic(.error, code, message, hint: hint, at: location))
    }

    /// Logs a warning.
    package mutating func warning(
        _ code: Diagnostic.Code, _ message: String, hint: String? = nil, at location: SourceLocation
    ) {
        diagnostics.append(Diagnostic(.warning, code, message, hint: hint, at: location))
    }

    /// How many errors were logged.
    package var errorCount: Int { diagnostics.count { $0.severity == .error } }

    /// Whether any error was logged.
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
