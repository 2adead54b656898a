import CmarkTree
import GuidelineKnowledge

/// Finds links and locations in Markdown trees.
enum OutlineLinks {
    /// Every link in `node`'s subtree, in document order.
    static func links(in node: MarkdownNode, path: String) -> [HeadingBlock.Link] {
        var links: [HeadingBlock.Link] = []
        node.walk { visit in
            guard let link = link(visit.node, path: path) else { return .visitChildren }
            links.append(link)
            return .skipChildren
        }
        return links
    }

    /// The link `node` is, or `nil` when it is not a link.
    static func link(_ node: MarkdownNode, path: String) -> HeadingBlock.Link? {
        guard case .link(let destination, _) = node.kind else { return nil }
        return HeadingBlock.Link(destination: destination, location: location(of: node, in: path))
    }

    /// The node's start as a source location in `path` (line 1, column 1 when cmark reports none).
    static func location(of node: MarkdownNode, in path: String) -> SourceLocation {
        let start = node.range?.start ?? TextPosition(line: 1, column: 1)
        return SourceLocation(file: path, line: start.line, column: start.column)
    }
}
