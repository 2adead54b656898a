import CmarkTree
import GuidelineKnowledge

/// Pass 1, before parsing: the structures on which the system's cmark-gfm is super-linear are measured
/// (``MarkdownInputCheck``) and bounded by ``ContentLimits``.
extension CompilationSession {
    /// The document of a file, parsed within the limits: the text before the paragraph where a limit was
    /// passed (with an error naming it), or `nil` when the folder's Markdown node budget is spent (one error,
    /// then later files are skipped).
    mutating func parsedMarkdown(_ text: String, path: String) -> MarkdownNode? {
        guard !markdownBudget.nodesExhausted else { return nil }
        let readable = boundedMarkdown(text, path: path)
        switch MarkdownParser.parse(readable, maximumNodes: limits.maximumMarkdownNodes - markdownBudget.nodes) {
        case .success(let counted):
            markdownBudget.nodes += counted.nodeCount
            return counted.document
        case .failure:
            markdownBudget.nodesExhausted = true
            log.error(
                .tooComplex,
                """
                the content folder has more than \(limits.maximumMarkdownNodes) Markdown elements \
                (ContentLimits.maximumMarkdownNodes) with this file; it and later files are not read
                """,
                hint: "split the content into several folders", at: SourceLocation(file: path, line: 1, column: 1))
            return nil
        }
    }

    /// The part of `text` that may be parsed: all of it within the limits; otherwise the text before the
    /// paragraph where a limit was passed, with an error there naming the limit.
    private mutating func boundedMarkdown(_ text: String, path: String) -> String {
        var inputLimits = limits.markdownInput
        inputLimits.maximumTableCells = max(0, limits.maximumTableCells - markdownBudget.tableCells)
        let measurement = MarkdownInputCheck.measure(text, limits: inputLimits)
        markdownBudget.tableCells += measurement.tableCells
        guard let excess = measurement.excess else { return text }
        let (code, message, hint) = Self.describe(excess)
        log.error(
            code, message + "; the rest of the file is not read", hint: hint,
            at: SourceLocation(file: path, line: excess.line, column: 1))
        return String(decoding: text.utf8.prefix(measurement.readableUTF8Count), as: UTF8.self)
    }

    private static func describe(_ excess: MarkdownInputCheck.Excess) -> (Diagnostic.Code, String, String) {
        let limit = excess.limit
        switch excess.structure {
        case .containerDepth:
            return (
                .tooDeeplyNested,
                "block quotes and lists nest more than \(limit) levels deep here (ContentLimits.maximumContainerDepth)",
                "flatten the nesting; deeper nesting makes the Markdown parser slow"
            )
        case .brackets:
            return (
                .tooComplex,
                """
                this paragraph has more than \(limit) '[' (links and images; \
                ContentLimits.maximumBracketsPerParagraph)
                """,
                """
                split it with blank lines; more brackets in one paragraph make the Markdown parser's time grow faster \
                than the text
                """
            )
        case .delimiters:
            return (
                .tooComplex,
                """
                this paragraph has more than \(limit) emphasis and strikethrough marks ('*', '_', '~'; \
                ContentLimits.maximumDelimitersPerParagraph)
                """,
                """
                split it with blank lines; more marks in one paragraph make the Markdown parser's time grow faster \
                than the text
                """
            )
        case .rawHTMLOpeners:
            return (
                .tooComplex,
                """
                this paragraph has more than \(limit) '<?' or '<![CDATA[' (ContentLimits.\
                maximumRawHTMLOpenersPerParagraph)
                """,
                "remove them: raw HTML is never rendered, and each one makes the Markdown parser rescan the paragraph"
            )
        case .tableCells:
            return (
                .tooComplex,
                """
                the tables of the content folder have more than \(limit) cells by this line, counting columns × rows \
                with short rows padded (ContentLimits.maximumTableCells)
                """,
                "use fewer or narrower tables; every row is padded to the header's width"
            )
        }
    }
}

/// What the files of one compilation used of the folder-wide Markdown limits.
struct MarkdownBudget {
    /// Table cells counted, bounded by ``ContentLimits/maximumTableCells``.
    var tableCells = 0
    /// Markdown nodes converted, bounded by ``ContentLimits/maximumMarkdownNodes``.
    var nodes = 0
    /// Whether a file passed the node budget; later files are not parsed.
    var nodesExhausted = false
}
