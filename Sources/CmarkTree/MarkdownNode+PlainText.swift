extension MarkdownNode {
    /// The node's text as a reader sees it, without Markdown syntax: inline text joined, soft breaks
    /// as spaces, hard breaks as newlines, blocks separated by blank lines, list items prefixed `- `.
    ///
    /// - Complexity: O(n) in the size of the subtree.
    public var plainText: String {
        var output = ""
        walk { visit in
            if visit.index > 0, let parent = visit.parent { output += parent.childSeparator }
            visit.node.enterPlainText(to: &output)
            return .visitChildren
        } leaving: { visit in
            visit.node.leavePlainText(to: &output)
        }
        output.removeTrailingNewlines()
        return output
    }

    /// What stands between two children in plain text: a line break between the blocks of a list item,
    /// ` | ` between table cells.
    private var childSeparator: String {
        switch kind {
        case .item, .taskItem: "\n"
        case .tableRow, .tableHeader: " | "
        default: ""
        }
    }

    /// What a node writes before its children: its text, or a list item's `- `.
    private func enterPlainText(to output: inout String) {
        switch kind {
        case .text(let text), .code(let text), .htmlInline(let text):
            output += text
        case .softBreak:
            output += " "
        case .lineBreak:
            output += "\n"
        case .codeBlock(_, let code), .htmlBlock(let code):
            var trimmed = code
            trimmed.removeTrailingNewlines()
            output += trimmed
            output += "\n\n"
        case .item, .taskItem:
            output += "- "
        default:
            break
        }
    }

    /// What a block writes after its children: the line breaks that end it.
    private func leavePlainText(to output: inout String) {
        switch kind {
        case .item, .taskItem:
            output.removeTrailingNewlines()
            output += "\n"
        case .list, .tableRow, .tableHeader, .table:
            output += "\n"
        case .paragraph, .heading:
            output += "\n\n"
        default:
            break
        }
    }
}

extension String {
    /// Removes line breaks (`\n`, `\r`, and the other scalars `Character.isNewline` accepts) from the end, in place.
    /// - Complexity: O(*k*) in the number of scalars removed.
    mutating func removeTrailingNewlines() {
        let scalars = unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex {
            let previous = scalars.index(before: end)
            guard Self.isNewline(scalars[previous]) else { break }
            end = previous
        }
        if end < scalars.endIndex { removeSubrange(end...) }
    }

    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
