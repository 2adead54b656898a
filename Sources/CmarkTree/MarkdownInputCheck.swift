/// A linear pre-parse check for the inputs on which Debian's cmark-gfm (0.29.0.gfm.6) takes super-linear
/// time or memory, so that such input gets a diagnostic instead of reaching the parser.
///
/// The library cannot be patched, so what reaches it is bounded. Each structure below was measured to grow
/// faster than its input in that version (see the README's Robustness section for the figures):
///
/// - nesting: block quotes or lists nested *d* deep cost *d* per following line, and *d* per emphasis delimiter
///   (`>`×20,000 + `a*`×20,000: 60 KB, 29 s); measured as block quote markers, list markers and indentation / 2 at
///   the start of a line.
/// - brackets: link and image openers are matched cubically (`![[]()`×40,000: 240 KB, 13 s); measured as `[` per
///   paragraph.
/// - emphasis: delimiter runs are matched quadratically (`*a `×*n* + `_a*_ `×*n*); measured as `*`, `_` and `~` per
///   paragraph.
/// - raw HTML: each unclosed `<?` or `<![CDATA[` scans to the end of the paragraph (`x <?`×40,000: 160 KB, 4.9 s);
///   measured as `<?` and `<![CDATA[` per paragraph.
/// - tables: every row is padded to the header's width, cell by cell (4,000 columns × 4,000 one-letter rows: 24 KB,
///   17 s, 3.7 GB); measured as delimiter-row columns × rows.
///
/// A "paragraph" here is a run of lines between blank lines (a line of only spaces, tabs and `>`): cmark-gfm
/// never continues inline content across one, so counting per run over-counts, never under-counts. Within
/// these limits cmark-gfm's work is linear in the input. The scan is one pass over the UTF-8 bytes and stops
/// at the first limit exceeded.
public enum MarkdownInputCheck {
    /// The limits, each counted as described on ``MarkdownInputCheck``.
    public struct Limits: Sendable, Hashable {
        /// The deepest nesting of block quotes and lists a line may open.
        public var maximumContainerDepth: Int
        /// The most `[` in one paragraph.
        public var maximumBracketsPerParagraph: Int
        /// The most emphasis and strikethrough delimiters (`*`, `_`, `~`) in one paragraph.
        public var maximumDelimitersPerParagraph: Int
        /// The most `<?` and `<![CDATA[` in one paragraph.
        public var maximumRawHTMLOpenersPerParagraph: Int
        /// The most table cells (columns of the delimiter row × rows, padded cells included) in one document.
        public var maximumTableCells: Int

        /// Creates limits.
        public init(
            maximumContainerDepth: Int, maximumBracketsPerParagraph: Int, maximumDelimitersPerParagraph: Int,
            maximumRawHTMLOpenersPerParagraph: Int, maximumTableCells: Int
        ) {
            self.maximumContainerDepth = maximumContainerDepth
            self.maximumBracketsPerParagraph = maximumBracketsPerParagraph
            self.maximumDelimitersPerParagraph = maximumDelimitersPerParagraph
            self.maximumRawHTMLOpenersPerParagraph = maximumRawHTMLOpenersPerParagraph
            self.maximumTableCells = maximumTableCells
        }
    }

    /// The structure whose limit was exceeded.
    public enum Structure: String, Sendable, Hashable, CaseIterable {
        case containerDepth, brackets, delimiters, rawHTMLOpeners, tableCells
    }

    /// The first limit exceeded: where, and by how much at that point.
    public struct Excess: Sendable, Hashable {
        /// What was counted.
        public let structure: Structure
        /// The count when the limit was passed (the scan stops there, so the whole document may hold more).
        public let count: Int
        /// The limit.
        public let limit: Int
        /// The 1-based line where the limit was passed.
        public let line: Int
    }

    /// What the scan found.
    public struct Measurement: Sendable, Hashable {
        /// The first limit exceeded, if any.
        public var excess: Excess?
        /// The table cells counted (up to where the scan stopped).
        public var tableCells = 0
        /// How many leading UTF-8 bytes are within every limit: the whole text, or the text before the
        /// paragraph where a limit was passed (it ends at a line end, so it is valid UTF-8 on its own).
        public var readableUTF8Count = 0
    }

    /// Scans `text` against `limits`.
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    public static func measure(_ text: String, limits: Limits) -> Measurement {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = Scanner(limits: limits)
            return scanner.scan(bytes)
        }
    }
}

/// The state of one scan: per-paragraph counters, the open table, the document's table cells.
private struct Scanner {
    let limits: MarkdownInputCheck.Limits
    var measurement = MarkdownInputCheck.Measurement()
    var brackets = 0
    var delimiters = 0
    var rawHTMLOpeners = 0
    /// Columns of the table being read, 0 when none.
    var tableColumns = 0
    /// Whether the last line scanned was blank (it ends the paragraph).
    var lineWasBlank = false

    init(limits: MarkdownInputCheck.Limits) {
        self.limits = limits
    }

    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> MarkdownInputCheck.Measurement {
        var start = 0
        var line = 1
        var paragraphStart = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != Byte.lineFeed, bytes[end] != Byte.carriageReturn { end += 1 }
            let content = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if let structure = scanLine(content) {
                measurement.excess = excess(structure, line: line)
                measurement.readableUTF8Count = paragraphStart
                return measurement
            }
            // "\r\n" is one line end, as are "\n" and "\r" alone.
            var next = end + 1
            if next < bytes.count, bytes[end] == Byte.carriageReturn, bytes[next] == Byte.lineFeed { next += 1 }
            if lineWasBlank { paragraphStart = min(next, bytes.count) }
            start = next
            line += 1
        }
        measurement.readableUTF8Count = bytes.count
        return measurement
    }

    /// Counts one line; returns the structure whose limit it passes, if any.
    private mutating func scanLine(_ line: UnsafeBufferPointer<UInt8>) -> MarkdownInputCheck.Structure? {
        let prefix = LinePrefix(line)
        lineWasBlank = prefix.isBlank
        if prefix.isBlank {
            brackets = 0
            delimiters = 0
            rawHTMLOpeners = 0
            tableColumns = 0
            return nil
        }
        if prefix.depth > limits.maximumContainerDepth { return .containerDepth }
        countInlines(line)
        if brackets > limits.maximumBracketsPerParagraph { return .brackets }
        if delimiters > limits.maximumDelimitersPerParagraph { return .delimiters }
        if rawHTMLOpeners > limits.maximumRawHTMLOpenersPerParagraph { return .rawHTMLOpeners }
        countTableCells(UnsafeBufferPointer(rebasing: line[prefix.quoteEnd...]))
        return measurement.tableCells > limits.maximumTableCells ? .tableCells : nil
    }

    private mutating func countInlines(_ line: UnsafeBufferPointer<UInt8>) {
        for index in line.indices {
            switch line[index] {
            case Byte.openBracket: brackets += 1
            case Byte.asterisk, Byte.underscore, Byte.tilde: delimiters += 1
            case Byte.lessThan where Self.opensUnclosableHTML(line, at: index): rawHTMLOpeners += 1
            default: break
            }
        }
    }

    /// `<?` or `<![CDATA[` at `index`.
    private static func opensUnclosableHTML(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let rest = line[(index + 1)...]
        return rest.first == Byte.questionMark || rest.starts(with: "![CDATA[".utf8)
    }

    /// A delimiter row (`|---|:--:|`) starts a table of its width; every later line of the paragraph is a
    /// row padded to that width. Counts the header and delimiter rows too.
    private mutating func countTableCells(_ content: UnsafeBufferPointer<UInt8>) {
        if let columns = Self.delimiterRowColumns(content) {
            tableColumns = columns
            measurement.tableCells += 2 * columns
        } else if tableColumns > 0 {
            measurement.tableCells += tableColumns
        }
    }

    /// The number of cells of a GFM table delimiter row (`|? :?-+:? (| :?-+:?)* |?`, with spaces, tabs,
    /// vertical tabs and form feeds around cells, as cmark-gfm's table extension scans it), or `nil`.
    static func delimiterRowColumns(_ content: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = content.startIndex
        func skipSpace() { while index < content.endIndex, Byte.isTableSpace(content[index]) { index += 1 } }
        skipSpace()
        if index < content.endIndex, content[index] == Byte.pipe { index += 1 }
        var columns = 0
        while true {
            skipSpace()
            if index < content.endIndex, content[index] == Byte.colon { index += 1 }
            let dashes = index
            while index < content.endIndex, content[index] == Byte.hyphen { index += 1 }
            guard index > dashes else { return columns > 0 && index == content.endIndex ? columns : nil }
            if index < content.endIndex, content[index] == Byte.colon { index += 1 }
            columns += 1
            skipSpace()
            guard index < content.endIndex else { return columns }
            guard content[index] == Byte.pipe else { return nil }
            index += 1
            skipSpace()
            if index == content.endIndex { return columns }
        }
    }

    private func excess(_ structure: MarkdownInputCheck.Structure, line: Int) -> MarkdownInputCheck.Excess {
        let (count, limit): (Int, Int) =
            switch structure {
            case .containerDepth: (limits.maximumContainerDepth + 1, limits.maximumContainerDepth)
            case .brackets: (brackets, limits.maximumBracketsPerParagraph)
            case .delimiters: (delimiters, limits.maximumDelimitersPerParagraph)
            case .rawHTMLOpeners: (rawHTMLOpeners, limits.maximumRawHTMLOpenersPerParagraph)
            case .tableCells: (measurement.tableCells, limits.maximumTableCells)
            }
        return MarkdownInputCheck.Excess(structure: structure, count: count, limit: limit, line: line)
    }
}

/// The container markers a line starts with: block quote markers (`>`), list markers (`-`, `+`, `*` or
/// `1.` / `1)` before a space, a tab or the end of the line) and indentation.
private struct LinePrefix {
    /// An upper bound on how deep the line's block quotes and lists nest: one per marker, plus one per two
    /// columns of indentation beyond the space after each marker.
    var depth = 0
    /// Where the content starts after the leading spaces, tabs and `>` (list markers are content here).
    var quoteEnd = 0
    /// Whether the line holds only spaces, tabs and `>`: a blank line inside or outside block quotes, which
    /// ends every paragraph.
    var isBlank = false

    init(_ line: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var columns = 0
        var markers = 0
        while index < line.count {
            let byte = line[index]
            if byte == Byte.space {
                columns += 1
            } else if byte == Byte.tab {
                columns += 4 - columns % 4
            } else if byte == Byte.greaterThan {
                markers += 1
            } else {
                break
            }
            index += 1
        }
        quoteEnd = index
        isBlank = index == line.count
        while let next = Self.listMarkerEnd(line, at: index) {
            markers += 1
            index = next
            while index < line.count,
                line[index] == Byte.space || line[index] == Byte.tab || line[index] == Byte.greaterThan
            {
                if line[index] == Byte.greaterThan { markers += 1 } else { columns += 1 }
                index += 1
            }
        }
        // The space or tab after each marker belongs to the marker.
        depth = markers + max(0, columns - markers) / 2
    }

    /// The index after a list marker at `index` and the one space or tab after it, or `nil`.
    private static func listMarkerEnd(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard index < line.count else { return nil }
        var end = index
        if line[end] == Byte.hyphen || line[end] == Byte.plus || line[end] == Byte.asterisk {
            end += 1
        } else {
            while end < line.count, end - index < 9, Byte.isDigit(line[end]) { end += 1 }
            guard end > index, end < line.count, line[end] == Byte.period || line[end] == Byte.closeParenthesis else {
                return nil
            }
            end += 1
        }
        guard end == line.count || line[end] == Byte.space || line[end] == Byte.tab else { return nil }
        return end
    }
}

/// ASCII bytes the scan looks for.
private enum Byte {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let greaterThan = UInt8(ascii: ">")
    static let lessThan = UInt8(ascii: "<")
    static let questionMark = UInt8(ascii: "?")
    static let openBracket = UInt8(ascii: "[")
    static let asterisk = UInt8(ascii: "*")
    static let underscore = UInt8(ascii: "_")
    static let tilde = UInt8(ascii: "~")
    static let pipe = UInt8(ascii: "|")
    static let colon = UInt8(ascii: ":")
    static let hyphen = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let period = UInt8(ascii: ".")
    static let closeParenthesis = UInt8(ascii: ")")

    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// Space, tab, vertical tab, form feed: what the table extension skips around cells.
    static func isTableSpace(_ byte: UInt8) -> Bool { byte == space || byte == tab || byte == 0x0B || byte == 0x0C }
}
