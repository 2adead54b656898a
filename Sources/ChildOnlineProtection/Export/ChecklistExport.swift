/// The advice of one guideline set as checkable items, grouped under headings: what a trust & safety
/// team pastes into a tracker, or a school into its policy review.
///
/// For a set with checklists (industry's product-feature checklists, the policy-makers' national
/// checklist) the groups are those checklists and their items. A set without checklists (children,
/// parents and educators) becomes one group per chapter, holding every recommendation in it.
///
/// ```swift
/// let guidelines = try KnowledgeBase.bundled()
/// let ugc = guidelines.checklist(named: "user-generated-content", for: .industry)
/// let export = ChecklistExport(guidelines, audience: .industry, checklists: ugc.map { [$0] })
/// print(export.rendered(as: .markdown)) // "- [ ] Make accounts of under-18s private by default (`ind-...`)"
/// ```
public struct ChecklistExport: Sendable {
    /// One heading with its items.
    public struct Group: Sendable, Hashable {
        /// The checklist's ID, or the chapter's ID for a set without checklists.
        public let id: String
        /// The checklist's or chapter's title.
        public let title: String
        /// The items, in reading order.
        public let items: [Recommendation]
    }

    /// The guideline set.
    public let audience: Audience
    /// The set's title (e.g. "Guidelines for industry"), or its ID when the content does not describe it.
    public let title: String
    /// The groups, in content order.
    public let groups: [Group]

    /// Collects the checklist items of one guideline set.
    /// - Parameters:
    ///   - base: the knowledge base.
    ///   - audience: the guideline set.
    ///   - checklists: only these checklists (e.g. one product feature); `nil` for all of the set's
    ///     checklists, or its chapters when it has none.
    /// - Complexity: O(n) in the number of recommendations of the set.
    public init(_ base: KnowledgeBase, audience: Audience, checklists: [Checklist]? = nil) {
        self.audience = audience
        title = base.guidelineSet(audience)?.title ?? audience.rawValue
        let selected = checklists ?? base.checklists(for: audience)
        if !selected.isEmpty {
            groups = selected.map { Group(id: $0.id, title: $0.title, items: base.items(of: $0.id)) }
        } else {
            let byChapter = Dictionary(grouping: base.recommendations(for: audience)) { base.chapterID(of: $0.sectionID) }
            groups = base.chapters(of: audience).map { Group(id: $0.id, title: $0.title, items: byChapter[$0.id, default: []]) }
        }
    }
}

extension KnowledgeBase {
    /// The top-level section that holds the section `sectionID` (itself for a chapter).
    /// - Complexity: O(d) in the nesting depth.
    func chapterID(of sectionID: String) -> String {
        var current = sectionID
        var seen: Set<String> = [current]
        while let parent = section(id: current)?.parentID, seen.insert(parent).inserted {
            current = parent
        }
        return current
    }
}
