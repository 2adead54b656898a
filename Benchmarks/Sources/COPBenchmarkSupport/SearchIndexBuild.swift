public import ChildOnlineProtection
public import FullTextSearch

/// The index build alone: the same documents, schema, analyzer and thesaurus as the library's internal
/// `GuidelineIndex.build`, rebuilt here from the public model so the build can be timed on its own.
/// (The library builds the index inside `KnowledgeBase`'s initialiser and exposes no separate step.)
public struct SearchIndexBuild: Sendable {
    public let documents: [SearchDocument]
    public let schema: IndexSchema
    public let analyzer: Analyzer
    public let thesaurus: Thesaurus

    /// Prepares the inputs of the build from a compiled knowledge base (untimed).
    public init(_ base: KnowledgeBase) throws {
        let riskWords = Dictionary(uniqueKeysWithValues: base.risks.map { ($0.id, ([$0.title] + $0.aliases.map(\.text)).joined(separator: ", ")) })
        let topicWords = Dictionary(base.topics.map { ($0.id, ([$0.title] + $0.aliases.map(\.text)).joined(separator: ", ")) }, uniquingKeysWith: { first, _ in first })
        documents = base.records.map { record in
            let linksItself = record.kind == .risk || record.kind == .topic
            let vocabulary = linksItself ? [] : record.risks.compactMap { riskWords[$0] } + record.topics.compactMap { topicWords[$0] }
            return SearchDocument(
                id: record.id,
                text: [
                    "title": record.title,
                    "aliases": record.aliases.joined(separator: ", "),
                    "text": record.text,
                    "vocabulary": vocabulary.joined(separator: "; "),
                ],
                keywords: [
                    "audience": record.audience.map { [$0.rawValue] } ?? [],
                    "risk": record.risks.map(\.rawValue),
                    "topic": record.topics,
                    "kind": [record.kind.rawValue],
                    "age": record.ageBands.map(\.rawValue),
                    "category": Array(Set(record.risks.map(\.category.rawValue))).sorted(),
                ]
            )
        }
        schema = try IndexSchema(
            textFields: [
                .init(name: "title", weight: 3),
                .init(name: "aliases", weight: 2.5),
                .init(name: "text", weight: 1),
                .init(name: "vocabulary", weight: 0.6),
            ],
            keywordFields: ["audience", "risk", "topic", "kind", "age", "category"],
            snippetField: "text",
            titleField: "title"
        )
        analyzer = try Analyzer(language: "english")
        let groups = base.risks.map { [$0.title] + $0.aliases.map(\.text) }
            + base.topics.map { [$0.title] + $0.aliases.map(\.text) }
            + base.terms.map { [$0.title] + $0.aliases.map(\.text) }
        thesaurus = Thesaurus(groups.filter { $0.count > 1 })
    }

    /// Builds the index (the timed part).
    public func build() -> SearchIndex {
        SearchIndex(documents: documents, schema: schema, analyzer: analyzer, thesaurus: thesaurus)
    }
}
