/// One node of a parsed Markdown document: an immutable value with no reference to cmark-gfm's C tree.
///
/// Build trees with ``MarkdownParser/parse(_:)``. Blocks and inlines share this one type; ``Kind``
/// says which construct a node is.
public struct MarkdownNode: Sendable, Hashable {
    /// What Markdown construct a node is, with the data that construct carries.
    public enum Kind: Sendable, Hashable {
        case document
        case blockQuote
        /// A list; `start` is the first number of an ordered list and `nil` for a bullet list.
        case list(start: Int?, tight: Bool)
        case item
        /// A GFM task-list item (`- [ ]` or `- [x]`).
        case taskItem(checked: Bool)
        case codeBlock(info: String, code: String)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        /// A GFM table with one alignment per column.
        case table(alignments: [TableAlignment])
        case tableHeader
        case tableRow
        case tableCell
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(source: String, title: String)
        /// A construct this layer does not model, named by cmark-gfm's type string. Its children are kept.
        case other(String)
        /// Content nested deeper than ``MarkdownParser/maximumDepth``; its children were not converted.
        case tooDeep
    }

    /// The alignment of a GFM table column.
    public enum TableAlignment: String, Sendable, Hashable, Codable {
        case none, left, center, right
    }

    /// The construct this node is.
    public let kind: Kind
    /// Where the node is in the source, or `nil` where cmark-gfm reports no position.
    public let range: TextRange?
    /// The node's children in document order.
    public let children: [MarkdownNode]

    /// Creates a node. Parsing creates nodes; this initializer is for tests and for tools that build trees.
    public init(kind: Kind, range: TextRange?, children: [MarkdownNode] = []) {
        self.kind = kind
        self.range = range
        self.children = children
    }
}
