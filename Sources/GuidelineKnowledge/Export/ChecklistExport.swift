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
/// print(export.rendered(as: .markdown))
/// // # Checklist: Guidelines for industry
/// // ...
/// // - [ ] Rules for young users are written in plain language children can follow (`in-cr-ugc-child-terms`)
/// ```
///
/// Groups can also be built by hand, for a checklist of one's own (see ``init(audience:title:groups:)``).
public struct ChecklistExport: Sendable {
    /// One heading with its items.
    public struct Group: Sendable, Hashable {
        /// The checklist's ID, or the chapter's ID for a set without checklists.
        public let id: String
        /// The checklist's or chapter's title.
        public let title: String
        /// The items, in reading order.
        public let items: [Recommendation]

        /// Creates a group.
        /// - Parameters:
        ///   - id: An ID for the group (printed under its heading), such as a checklist's or chapter's ID.
        ///   - title: The heading.
        ///   - items: The items, in the order they are printed.
        public init(id: String, title: String, items: [Recommendation]) {
            self.id = id
            self.title = title
            self.items = items
        }
    }

    /// The guideline set.
    public let audience: Audience
    /// The set's title (e.g. "Guidelines for industry"), or its ID when the content does not describe it.
    public let title: String
    /// The groups, in content order.
    public let groups: [Group]

    /// Creates an export from groups a caller chose, such as the items of several checklists that concern
    /// one risk.
    ///
    /// ```swift
    /// let guidelines = try KnowledgeBase.bundled()
    /// let grooming = guidelines.checklists(for: .industry).map { checklist in
    ///     ChecklistExport.Group(id: checklist.id, title: checklist.title,
    ///                           items: guidelines.items(of: checklist.id).filter { $0.riskIDs.contains(.grooming) })
    /// }
    /// let export = ChecklistExport(audience: .industry, title: "Grooming: industry checklist", groups: grooming)
    /// ```
    /// - Parameters:
    ///   - audience: The guideline set the export is for (printed in JSON).
    ///   - title: The export's title, printed as its first heading.
    ///   - groups: The groups, in the order they are printed.
    public init(audience: Audience, title: String, groups: [Group]) {
        self.audience = audience
        self.title = title
        self.groups = groups
    }

    /// Collects the checklist items of one guideline set.
    /// - Parameters:
    ///   - base: the knowledge base.
    ///   - audience: the guideline set.
    ///   - checklists: only these checklists (e.g. one product feature); `nil` for all of the set's
    ///     checklists, or its chapters when it has none.
    /// - Complexity: O(n) in the number of recommendations of the set.
    public init(_ base: KnowledgeBase, audience: Audience, checklists: [Checklist]? = nil) {
        let title = base.guidelineSet(audience)?.title ?? audience.rawValue
        let selected = checklists ?? base.checklists(for: audience)
        if !selected.isEmpty {
            self.init(
                audience: audience, title: title,
                groups: selected.map { Group(id: $0.id, title: $0.title, items: base.items(of: $0.id)) })
        } else {
            let byChapter = Dictionary(grouping: base.recommendations(for: audience)) {
                base.chapterID(of: $0.sectionID)
            }
            self.init(
                audience: audience, title: title,
                groups: base.chapters(of: audience).map {
                    Group(id: $0.id, title: $0.title, items: byChapter[$0.id, default: []])
                })
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
