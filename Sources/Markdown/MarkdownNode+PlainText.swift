extension MarkdownNode {
    /// The node's text as a reader sees it, without Markdown syntax: inline text joined, soft breaks
    /// as spaces, hard breaks as newlines, blocks separated by blank lines, list items prefixed `- `.
    ///
    /// - Complexity: O(n) in the size of the subtree.
    public var plainText: String {
        var output = ""
        appendPlainText(to: &output)
        return output.trimmingTrailingNewlines()
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
            output += code.trimmingTrailingNewlines()
            output += "\n\n"
        case .item, .taskItem:
            output += "- "
            appendChildren(to: &output, separator: "\n")
            output = output.trimmingTrailingNewlines() + "\n"
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
    func trimmingTrailingNewlines() -> String {
        var result = self
        while result.last?.isNewline == true { result.removeLast() }
        return result
    }
}
