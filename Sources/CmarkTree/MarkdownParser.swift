internal import CCmarkGFM
import Synchronization

/// Parses GitHub Flavored Markdown with cmark-gfm into immutable ``MarkdownNode`` trees.
///
/// Tables, task lists and strikethrough are enabled; autolinks are not (cmark-gfm reports no source
/// position for them). Safe to call from any thread: every parse runs under one process-wide lock,
/// because Debian's cmark-gfm 0.29 switches extension trigger characters in a process-global table
/// during inline parsing, so two parses at once corrupt each other.
public enum MarkdownParser {
    /// How deep nodes may nest (block quotes, lists, inlines) before the rest of a subtree is replaced
    /// by a ``MarkdownNode/Kind/tooDeep`` node. Keeps conversion and later tree walks off the stack limit.
    public static let maximumDepth = 96

    /// Parses `source` into a document node.
    ///
    /// Never fails: any string is a Markdown document. No C pointer outlives the call.
    /// - Parameter source: Markdown text.
    /// - Returns: the `document` node; its range covers the whole input.
    /// - Complexity: O(n) in the length of `source`; serialized with every other parse in the process.
    public static func parse(_ source: String) -> MarkdownNode {
        parseLock.withLock { _ in
            parseUnlocked(source)
        }
    }

    /// A document and its number of nodes.
    public struct CountedDocument: Sendable {
        /// The `document` node.
        public let document: MarkdownNode
        /// How many nodes it has (elements, text runs, breaks), itself included.
        public let nodeCount: Int
    }

    /// A document with more nodes than the caller allowed: it was parsed but not converted.
    public struct TooManyNodes: Error, Sendable, Hashable {
        /// The limit plus one: counting stops there.
        public let count: Int
    }

    /// Parses `source` and converts it only if its document has at most `maximumNodes` nodes (elements,
    /// text runs, breaks): what a caller reading many documents uses to bound the memory their trees take.
    /// Counting runs over cmark-gfm's own tree, before any Swift value is made.
    /// - Complexity: O(n) in the length of `source`.
    public static func parse(_ source: String, maximumNodes: Int) -> Result<CountedDocument, TooManyNodes> {
        parseLock.withLock { _ in
            parseUnlocked(source, maximumNodes: maximumNodes)
        }
    }

    private static let parseLock = Mutex(())

    /// The GFM extensions to attach. cmark-gfm's extension registry has no lock of its own, so it is only
    /// touched while `parseLock` is held; registering again is a no-op and a look-up is a short list walk.
    private static func lockedExtensions() -> [OpaquePointer] {
        cmark_gfm_core_extensions_ensure_registered()
        return ["table", "tasklist", "strikethrough"].compactMap { (name: String) in cmark_find_syntax_extension(name) }
    }

    private static func parseUnlocked(_ source: String) -> MarkdownNode {
        switch parseUnlocked(source, maximumNodes: nil) {
        case .success(let counted): counted.document
        case .failure: MarkdownNode(kind: .document, range: nil)
        }
    }

    private static func parseUnlocked(_ source: String, maximumNodes: Int?) -> Result<CountedDocument, TooManyNodes> {
        let empty = CountedDocument(document: MarkdownNode(kind: .document, range: nil), nodeCount: 1)
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8) else { return .success(empty) }
        defer { cmark_parser_free(parser) }
        for syntaxExtension in lockedExtensions() {
            cmark_parser_attach_syntax_extension(parser, syntaxExtension)
        }
        var text = source
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        guard let root = cmark_parser_finish(parser) else { return .success(empty) }
        defer { cmark_node_free(root) }
        var count = 0
        if let maximumNodes {
            count = CmarkTreeConverter.nodeCount(root, limit: maximumNodes)
            if count > maximumNodes { return .failure(TooManyNodes(count: count)) }
        }
        return .success(CountedDocument(document: CmarkTreeConverter.convert(root, depth: 0), nodeCount: count))
    }
}
