/// A point in a source file: 1-based line and 1-based column, the column counted in UTF-8 bytes
/// (as cmark-gfm, clang and swiftc count them).
public struct TextPosition: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in UTF-8 bytes from the start of the line.
    public var column: Int

    /// Creates a position from a 1-based line and a 1-based UTF-8 column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// The extent of a node in its source, from the first byte to the last byte it covers (both inclusive,
/// as cmark-gfm reports them).
public struct TextRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The position of the node's first byte.
    public var start: TextPosition
    /// The position of the node's last byte.
    public var end: TextPosition

    /// Creates a range from its first and last positions.
    public init(start: TextPosition, end: TextPosition) {
        self.start = start
        self.end = end
    }

    public var description: String { "\(start)-\(end)" }
}
