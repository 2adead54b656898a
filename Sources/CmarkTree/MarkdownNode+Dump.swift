extension MarkdownNode {
    /// A readable, stable dump of the tree with one node a line, indented by depth, each with its
    /// source range: the format of the golden tests.
    ///
    ///     document 1:1-3:12
    ///       heading(1) 1:1-1:7
    ///         text "Title" 1:3-1:7
    public var debugDump: String {
        var lines: [String] = []
        walk { visit in
            let indent = String(repeating: "  ", count: visit.depth)
            lines.append(indent + visit.node.kindSummary + (visit.node.range.map { " \($0)" } ?? ""))
            return .visitChildren
        }
        return lines.joined(separator: "\n")
    }

    private var kindSummary: String {
        switch kind {
        case .document: "document"
        case .blockQuote: "blockQuote"
        case .list(let start, let tight):
            "list(\(start.map { "ordered from \($0)" } ?? "bullet"), \(tight ? "tight" : "loose"))"
        case .item: "item"
        case .taskItem(let checked): "taskItem(\(checked ? "checked" : "unchecked"))"
        case .codeBlock(let info, let code): "codeBlock(\(info.debugDescription)) \(code.debugDescription)"
        case .htmlBlock(let html): "htmlBlock \(html.debugDescription)"
        case .paragraph: "paragraph"
        case .heading(let level): "heading(\(level))"
        case .thematicBreak: "thematicBreak"
        case .table(let alignments): "table(\(alignments.map(\.rawValue).joined(separator: ",")))"
        case .tableHeader: "tableHeader"
        case .tableRow: "tableRow"
        case .tableCell: "tableCell"
        case .text(let text): "text \(text.debugDescription)"
        case .softBreak: "softBreak"
        case .lineBreak: "lineBreak"
        case .code(let code): "code \(code.debugDescription)"
        case .htmlInline(let html): "htmlInline \(html.debugDescription)"
        case .emphasis: "emphasis"
        case .strong: "strong"
        case .strikethrough: "strikethrough"
        case .link(let destination, let title):
            "link \(destination.debugDescription)\(title.isEmpty ? "" : " " + title.debugDescription)"
        case .image(let source, let title):
            "image \(source.debugDescription)\(title.isEmpty ? "" : " " + title.debugDescription)"
        case .other(let name): "other(\(name))"
        case .tooDeep: "tooDeep"
        }
    }
}
