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

    private static let parseLock = Mutex(())

    /// The GFM extensions to attach. cmark-gfm's extension registry has no lock of its own, so it is only
    /// touched while `parseLock` is held; registering again is a no-op and a look-up is a short list walk.
    private static func lockedExtensions() -> [OpaquePointer] {
        cmark_gfm_core_extensions_ensure_registered()
        return ["table", "tasklist", "strikethrough"].compactMap { (name: String) in cmark_find_syntax_extension(name) }
    }

    private static func parseUnlocked(_ source: String) -> MarkdownNode {
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8) else {
            return MarkdownNode(kind: .document, range: nil)
        }
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
        guard let root = cmark_parser_finish(parser) else {
            return MarkdownNode(kind: .document, range: nil)
        }
        defer { cmark_node_free(root) }
        return CmarkTreeConverter.convert(root, depth: 0)
    }
}
