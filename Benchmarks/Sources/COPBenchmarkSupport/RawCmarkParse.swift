import CBenchCmark

/// The raw cmark-gfm baseline: create a parser with the extensions our Markdown layer attaches (table,
/// tasklist, strikethrough) and the same options, feed the bytes, finish, free. Nothing else.
public enum RawCmarkParse {
    nonisolated(unsafe) private static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return ["table", "tasklist", "strikethrough"].compactMap { (name: String) in cmark_find_syntax_extension(name) }
    }()

    /// Makes sure the extensions are registered before anything is timed.
    public static func prepare() { _ = extensions.count }

    /// Parses one document and frees it. Returns 1 when cmark produced a tree.
    @discardableResult
    public static func parse(_ bytes: [UInt8]) -> Int {
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8) else { return 0 }
        for syntaxExtension in extensions { cmark_parser_attach_syntax_extension(parser, syntaxExtension) }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        var parsed = 0
        if let root = cmark_parser_finish(parser) {
            parsed = 1
            cmark_node_free(root)
        }
        cmark_parser_free(parser)
        return parsed
    }

    /// Parses every file, one parser per file, as the compiler does.
    @discardableResult
    public static func parseAll(_ files: [[UInt8]]) -> Int {
        files.reduce(0) { $0 + parse($1) }
    }
}
