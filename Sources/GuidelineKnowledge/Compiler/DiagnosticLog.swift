/// Collects diagnostics during one compilation.
struct DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    mutating func error(_ code: Diagnostic.Code, _ message: String, hint: String? = nil, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, code, message, hint: hint, at: location))
    }

    mutating func warning(_ code: Diagnostic.Code, _ message: String, hint: String? = nil, at location: SourceLocation)
    {
        diagnostics.append(Diagnostic(.warning, code, message, hint: hint, at: location))
    }

    var errorCount: Int { diagnostics.count { $0.severity == .error } }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
