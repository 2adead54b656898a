import GuidelineKnowledge

/// What an ID written in the content declares. Used to check that links point at the right kind.
enum DeclarationKind: String, Sendable {
    case guidelineSet = "guideline set"
    case risk
    case harm
    case topic
    case term = "glossary term"
    case checklist
    case section
    case recommendation

    var withArticle: String {
        switch self {
        case .harm, .topic, .term, .checklist, .section, .recommendation, .risk, .guidelineSet:
            "a \(rawValue)"
        }
    }
}

/// The kinds of catalogue file (`Catalogue: KIND`).
enum CatalogueKind: String, CaseIterable, Sendable {
    case guidelineSets = "guideline-sets"
    case risks
    case harms
    case topics
    case glossary
    case checklists

    var entryKind: DeclarationKind {
        switch self {
        case .guidelineSets: .guidelineSet
        case .risks: .risk
        case .harms: .harm
        case .topics: .topic
        case .glossary: .term
        case .checklists: .checklist
        }
    }

    /// The fields an entry of this catalogue may have, and which of them are required.
    var fields: (required: [String], optional: [String]) {
        switch self {
        case .guidelineSets: (["ID", "Source", "Confidence"], [])
        case .risks: (["ID", "Category", "Aliases", "Harms"], [])
        case .harms: (["ID"], [])
        case .topics: (["ID"], ["Aliases"])
        case .glossary: (["ID"], ["Aliases", "Related"])
        case .checklists: (["ID", "Set"], [])
        }
    }
}

/// An ID declared somewhere in the content.
struct Declaration {
    let id: String
    let kind: DeclarationKind
    let location: SourceLocation
    /// The declaring file's path relative to the content root: where links to this ID must point.
    let relativePath: String
}
