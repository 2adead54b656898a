extension MarkdownNode {
    /// The node's text as a reader sees it, without Markdown syntax: inline text joined, soft breaks
    /// as spaces, hard breaks as newlines, blocks separated by blank lines, list items prefixed `- `.
    ///
    /// - Complexity: O(n) in the size of the subtree.
    public var plainText: String {
        var output = ""
        appendPlainText(to: &output)
        output.removeTrailingNewlines()
        return output
    }

    private func appendPlainText(to output: inout String) {
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
            appendChildren(to: &output, separator: "\n")
            output.removeTrailingNewlines()
            output += "\n"
        case .list:
            appendChildren(to: &output, separator: "")
            output += "\n"
        case .paragraph, .heading:
            appendChildren(to: &output, separator: "")
            output += "\n\n"
        case .tableRow, .tableHeader:
            appendChildren(to: &output, separator: " | ")
            output += "\n"
        case .table:
            appendChildren(to: &output, separator: "")
            output += "\n"
        case .thematicBreak, .tooDeep:
            break
        case .document, .blockQuote, .tableCell, .emphasis, .strong, .strikethrough, .link, .image, .other:
            appendChildren(to: &output, separator: "")
        }
    }

    private func appendChildren(to output: inout String, separator: String) {
        for (index, child) in children.enumerated() {
            if index > 0 { output += separator }
            child.appendPlainText(to: &output)
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
