internal import CCmarkGFM

/// Copies a cmark-gfm C tree into ``MarkdownNode`` values. The only code that reads cmark nodes.
enum CmarkTreeConverter {
    static func convert(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
        let range = sourceRange(of: node)
        guard depth < MarkdownParser.maximumDepth else {
            return MarkdownNode(kind: .tooDeep, range: range)
        }
        var children: [MarkdownNode] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            children.append(convert(current, depth: depth + 1))
            child = cmark_node_next(current)
        }
        return MarkdownNode(kind: kind(of: node), range: range, children: children)
    }

    /// The number of nodes in the tree under `root` (itself included), counting no further than `limit + 1`.
    static func nodeCount(_ root: OpaquePointer, limit: Int) -> Int {
        guard let iterator = cmark_iter_new(root) else { return 0 }
        defer { cmark_iter_free(iterator) }
        var count = 0
        while count <= limit {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER { count += 1 }
        }
        return count
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            return .list(
                start: ordered ? Int(cmark_node_get_list_start(node)) : nil, tight: cmark_node_get_list_tight(node) != 0
            )
        case CMARK_NODE_ITEM:
            // A GFM task item is an item whose type string is "tasklist".
            guard string(cmark_node_get_type_string(node)) == "tasklist" else { return .item }
            return .taskItem(checked: cmark_gfm_extensions_get_tasklist_item_checked(node))
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), code: literal(of: node))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal(of: node))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text(literal(of: node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(of: node))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal(of: node))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default:
            return extensionKind(of: node)
        }
    }

    /// Extension node types are not exported as C constants: identify them by their type string.
    private static func extensionKind(of node: OpaquePointer) -> MarkdownNode.Kind {
        let name = string(cmark_node_get_type_string(node))
        switch name {
        case "table": return .table(alignments: tableAlignments(of: node))
        case "table_header": return .tableHeader
        case "table_row": return .tableRow
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default: return .other(name)
        }
    }

    private static func tableAlignments(of node: OpaquePointer) -> [MarkdownNode.TableAlignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(node))
        guard count > 0, let alignments = cmark_gfm_extensions_get_table_alignments(node) else { return [] }
        return (0..<count).map { column in
            switch alignments[column] {
            case UInt8(ascii: "l"): .left
            case UInt8(ascii: "c"): .center
            case UInt8(ascii: "r"): .right
            default: .none
            }
        }
    }

    /// cmark reports 0 for unknown positions; those become `nil`.
    private static func sourceRange(of node: OpaquePointer) -> TextRange? {
        let startLine = Int(cmark_node_get_start_line(node))
        let startColumn = Int(cmark_node_get_start_column(node))
        guard startLine > 0, startColumn > 0 else { return nil }
        let endLine = max(Int(cmark_node_get_end_line(node)), startLine)
        let endColumn = max(Int(cmark_node_get_end_column(node)), 1)
        return TextRange(
            start: TextPosition(line: startLine, column: startColumn),
            end: TextPosition(line: endLine, column: endColumn)
        )
    }

    private static func literal(of node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
