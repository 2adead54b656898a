/// Where a piece of content comes from and how sure we are of it.
public struct Provenance: Sendable, Hashable, Codable {
    /// How well the project's facts brief supports a piece of content.
    public enum Confidence: String, Sendable, Hashable, Codable, CaseIterable {
        /// A source states it directly.
        case high
        /// A secondary source states it, or two closely matching statements were joined.
        case medium
        /// Inferred, or from an older edition or an outside body.
        case low
        /// Sound general good practice that the 2020 text is not confirmed to contain.
        case generalPractice = "general-practice"
    }

    /// Where the content comes from: which part of the 2020 guidelines (or other source) it summarises, as the
    /// content's `Source` field writes it. (Where a record is *written* is its ``Record/location``.)
    public var source: String
    /// How sure we are.
    public var confidence: Confidence

    /// Creates a provenance note.
    public init(source: String, confidence: Confidence) {
        self.source = source
        self.confidence = confidence
    }
}

/// Where a record is written: a content file and the 1-based line and UTF-8 column of its heading.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The file path as given to the compiler (for bundled content, relative to the package root).
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in UTF-8 bytes.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
