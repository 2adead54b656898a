extension MarkdownNode {
    /// One node reached by ``walk(entering:leaving:)``, with where it stands in the tree.
    public struct Visit {
        /// The node.
        public let node: MarkdownNode
        /// Its depth below the node the walk started at (0 for that node).
        public let depth: Int
        /// Its position among its parent's children (0 for the node the walk started at).
        public let index: Int
        /// Its parent, or `nil` for the node the walk started at.
        public let parent: MarkdownNode?
    }

    /// What a walk does after entering a node.
    public enum WalkStep: Sendable {
        /// Walk the node's children, then leave it.
        case visitChildren
        /// Leave the node without walking its children.
        case skipChildren
    }

    /// Walks this node and the nodes below it in document order: each node is entered, then (unless
    /// `entering` says ``WalkStep/skipChildren``) its children are walked, then it is left.
    ///
    /// The one traversal of the tree: plain text, the debug dump and the content compiler's link, HTML and
    /// depth checks are all walks.
    ///
    ///     var links: [String] = []
    ///     document.walk { visit in
    ///         if case .link(let destination, _) = visit.node.kind { links.append(destination) }
    ///         return .visitChildren
    ///     }
    ///
    /// - Parameters:
    ///   - entering: Called on entering each node; says whether to walk its children.
    ///   - leaving: Called on leaving each node, after its children.
    /// - Complexity: O(*n*) in the number of nodes walked; the recursion is at most
    ///   ``MarkdownParser/maximumDepth`` deep for a parsed tree.
    public func walk(
        entering: (Visit) -> WalkStep, leaving: (Visit) -> Void = { _ in }
    ) {
        walk(Visit(node: self, depth: 0, index: 0, parent: nil), entering: entering, leaving: leaving)
    }

    private func walk(
        _ visit: Visit, entering: (Visit) -> WalkStep, leaving: (Visit) -> Void
    ) {
        if entering(visit) == .visitChildren {
            for (index, child) in children.enumerated() {
                child.walk(
                    Visit(node: child, depth: visit.depth + 1, index: index, parent: self),
                    entering: entering, leaving: leaving)
            }
        }
        leaving(visit)
    }
}
