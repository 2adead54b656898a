/// Thrown when content cannot be used: it carries every diagnostic of the failed compilation.
public struct ContentError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics, errors and warnings, sorted by location.
    public let diagnostics: [Diagnostic]

    /// Creates the error from a compilation's diagnostics.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// The error diagnostics only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// One line per diagnostic.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
