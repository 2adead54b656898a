/// Why a measurement could not be made on this machine (no model installed, no reference Python...):
/// the report prints the row as "skipped (reason)" instead of failing.
public struct SkipReason: Error, Sendable, CustomStringConvertible {
    /// What is missing, and how to get it, for people.
    public let reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String { "skipped (\(reason))" }
}
