import CmarkTree
import GuidelineKnowledge

/// Splits a parsed Markdown file into heading blocks, reading each block's field list.
struct OutlineReader {
    let path: String
    var log: DiagnosticLog

    /// Returns the file's heading blocks in order; problems go to `log`.
    mutating func blocks(of document: MarkdownNode) -> [HeadingBlock] {
        reportTooDeep(in: document)
        var blocks: [HeadingBlock] = []
        var pending: (level: Int, heading: MarkdownNode)?
        var nodes: [MarkdownNode] = []

        func flush(_ reader: inout OutlineReader) {
            guard let (level, heading) = pending else { return }
            blocks.append(reader.block(level: level, heading: heading, following: nodes))
        }

        for node in document.children {
            if case .heading(let level) = node.kind {
                flush(&self)
                pending = (level, node)
                nodes = []
            } else if pending == nil {
                if case .htmlBlock = node.kind {
                } else {
                    log.error(
                        .textBeforeHeading, "text before the file's first heading",
                        hint: "start the file with a level-1 heading such as '# Risks'", at: location(of: node))
                }
            } else {
                nodes.append(node)
            }
        }
        flush(&self)
        return blocks
    }

    private mutating func block(level: Int, heading: MarkdownNode, following nodes: [MarkdownNode]) -> HeadingBlock {
        var body = nodes[...]
        var fields: [HeadingBlock.Field] = []
        if let first = body.first, isFieldList(first) {
            fields = readFields(first)
            body = body.dropFirst()
        }
        for node in body { reportRawHTML(in: node) }
        return HeadingBlock(
            level: level,
            title: heading.plainText.trimmingSpaces,
            location: location(of: heading),
            fields: fields,
            body: Array(body)
        )
    }

    /// A field list is a bullet list right after a heading whose first item reads `Key: value`.
    private func isFieldList(_ node: MarkdownNode) -> Bool {
        guard case .list(start: nil, _) = node.kind, let paragraph = node.children.first?.children.first else {
            return false
        }
        return Self.keyPrefix(of: paragraph.plainText) != nil
    }

    private mutating func readFields(_ list: MarkdownNode) -> [HeadingBlock.Field] {
        var fields: [HeadingBlock.Field] = []
        for item in list.children {
            guard let field = readField(item) else { continue }
            if fields.contains(where: { $0.key == field.key }) {
                log.error(
                    .duplicateField, "field '\(field.key)' is given twice",
                    hint: "merge the values into one '\(field.key):' line, separated by commas", at: field.location)
            } else {
                fields.append(field)
            }
        }
        return fields
    }

    private mutating func readField(_ item: MarkdownNode) -> HeadingBlock.Field? {
        let itemLocation = location(of: item)
        guard item.children.count == 1, let paragraph = item.children.first, paragraph.kind == .paragraph,
            let firstInline = paragraph.children.first, case .text(let firstText) = firstInline.kind,
            let key = Self.keyPrefix(of: firstText)
        else {
            log.error(
                .malformedField, "a field list item must read 'Key: value' on one line",
                hint: "write fields as '- ID: my-id'; put other text after the field list, separated by a blank line",
                at: itemLocation)
            return nil
        }
        let valueIndex = Self.valueStart(in: firstText)
        let valueStart = firstText.utf8.distance(from: firstText.startIndex, to: valueIndex)
        let remainder = String(firstText[valueIndex...])
        let valueNodes = [MarkdownNode(kind: .text(remainder), range: nil)] + paragraph.children.dropFirst()
        var links: [HeadingBlock.Link] = []
        var outside = ""
        for node in valueNodes { collect(node, links: &links, outside: &outside) }
        let valueText = MarkdownNode(kind: .paragraph, range: nil, children: valueNodes).plainText
        var valueLocation = location(of: firstInline)
        valueLocation.column += valueStart
        return HeadingBlock.Field(
            key: key,
            value: valueText.trimmingSpaces,
            location: valueLocation,
            links: links,
            textOutsideLinks: outside
        )
    }

    /// The links in `node`'s subtree, and the text and code outside them.
    private func collect(_ node: MarkdownNode, links: inout [HeadingBlock.Link], outside: inout String) {
        node.walk { visit in
            if let link = OutlineLinks.link(visit.node, path: path) {
                links.append(link)
                return .skipChildren
            }
            if case .text(let text) = visit.node.kind { outside += text }
            if case .code(let text) = visit.node.kind { outside += text }
            return .visitChildren
        }
    }

    /// Where the value of `Key: value` text starts: after the first colon and the spaces that follow it.
    private static func valueStart(in text: String) -> String.Index {
        let bytes = text.utf8
        guard var index = bytes.firstIndex(of: UInt8(ascii: ":")) else { return text.endIndex }
        bytes.formIndex(after: &index)
        while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") { bytes.formIndex(after: &index) }
        return index
    }

    /// The key of `Key: value` text, or `nil` when the text does not start with one.
    /// A key is a capitalised word or two (letters and spaces, at most 30 characters) before a colon.
    /// - Complexity: O(*n*) in the UTF-8 length of `text` up to its first colon (a byte search: no grapheme
    ///   breaking over long paragraphs that are not fields).
    static func keyPrefix(of text: String) -> String? {
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let key = text[..<colon]
        let bytes = key.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {  // ASCII keys, the usual case: no grapheme breaking
            guard let first = bytes.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first), bytes.count <= 30,
                bytes.allSatisfy({ Self.isASCIILetter($0) || $0 == UInt8(ascii: " ") })
            else { return nil }
            return String(key)
        }
        guard let first = key.first, first.isUppercase, key.dropFirst(30).isEmpty,
            key.allSatisfy({ $0.isLetter || $0 == " " })
        else { return nil }
        return String(key)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    private mutating func reportTooDeep(in node: MarkdownNode) {
        for tooDeep in Self.nodes(in: node, where: { $0.kind == .tooDeep }) {
            log.error(
                .tooDeeplyNested,
                "content is nested more than \(MarkdownParser.maximumDepth) levels deep; the deeper part is not read",
                hint: "flatten the nested lists or block quotes", at: location(of: tooDeep))
        }
    }

    private mutating func reportRawHTML(in node: MarkdownNode) {
        let html = Self.nodes(in: node) { node in
            switch node.kind {
            // HTML comments are notes for maintainers; anything else is shown as text.
            case .htmlBlock(let html), .htmlInline(let html): !html.hasPrefix("<!--")
            default: false
            }
        }
        for node in html {
            log.warning(
                .rawHTML, "raw HTML is kept as plain text and never rendered", hint: "write it as Markdown instead",
                at: location(of: node))
        }
    }

    /// The nodes of `root`'s subtree for which `matches` holds, in document order, without those below them.
    private static func nodes(in root: MarkdownNode, where matches: (MarkdownNode) -> Bool) -> [MarkdownNode] {
        var found: [MarkdownNode] = []
        root.walk { visit in
            guard matches(visit.node) else { return .visitChildren }
            found.append(visit.node)
            return .skipChildren
        }
        return found
    }

    func location(of node: MarkdownNode) -> SourceLocation {
        OutlineLinks.location(of: node, in: path)
    }
}
