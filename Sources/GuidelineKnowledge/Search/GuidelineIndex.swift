import FullTextSearch

/// Maps the knowledge base onto the generic search engine: which record fields are searched with what
/// weight, which are filters and facets, and which vocabulary expands queries.
enum GuidelineIndex {
    /// Field names of the indexed documents.
    enum Field {
        static let title = "title"
        static let aliases = "aliases"
        static let text = "text"
        /// The titles and aliases of the risks and topics a record is linked to, so that a question in
        /// everyday words ("predator", "nudes") reaches the advice tagged with that risk.
        static let vocabulary = "vocabulary"
        /// The questions a recommendation answers, in its readers' own words.
        static let questions = "questions"
    }

    /// Keyword (filter and facet) field names; also the `field:value` names of the query syntax.
    enum Keyword {
        static let audience = "audience"
        static let risk = "risk"
        static let topic = "topic"
        static let kind = "kind"
        static let age = "age"
        static let category = "category"
        /// The record's confidence level (`high`, `medium`, `low`, `general-practice`); none for
        /// risks, harms, topics and terms.
        static let confidence = "confidence"
        /// Who the advice is for within parents and educators (`parents`, `educators`).
        static let reader = "reader"
        static let all = [audience, risk, topic, kind, age, category, confidence, reader]
    }

    /// Titles and aliases above body text; the linked vocabulary counts least.
    static let schema: IndexSchema = staticConfiguration {
        try IndexSchema(
            textFields: [
                .init(name: Field.title, weight: 3),
                .init(name: Field.aliases, weight: 2.5),
                .init(name: Field.text, weight: 1),
                .init(name: Field.vocabulary, weight: 0.6),
                .init(name: Field.questions, weight: 1.5),
            ],
            keywordFields: Keyword.all,
            snippetField: Field.text,
            titleField: Field.title
        )
    }

    static let analyzer: Analyzer = staticConfiguration { try Analyzer(language: "english") }

    /// The engine's defaults, with the words people wrap a question in left out of scoring: question words,
    /// modal verbs and fillers ("How do I report possible abuse?" is about reporting abuse).
    static let configuration = SearchIndex.Configuration(
        queryFillerWords: StopWords([
            "how", "what", "why", "when", "where", "which", "who", "whose", "whom", "whether",
            "should", "would", "could", "can", "may", "might", "must", "shall", "will", "ought",
            "possible", "possibly", "really", "actually", "basically", "probably", "maybe", "perhaps",
            "please", "thanks", "thank", "hi", "hello", "hey", "ok", "okay", "yes", "also", "even", "ever", "still",
            "tip", "tips", "way", "ways", "thing", "things", "something", "anything", "everything", "stuff", "lot",
            "lots",
            "kind", "sort", "bit", "much", "many", "get", "gets", "getting", "got", "go", "going", "make", "makes",
            "know", "think", "want", "wants", "need", "needs", "best", "good", "sure", "able", "else", "etc", "eg",
            "currently", "current", "regarding", "concerning", "steps", "step", "taking", "take", "ensure",
        ]))

    /// Builds the index over every record of `base`.
    /// - Complexity: O(n) in the total length of the records' text.
    static func build(records: [Record], risks: [Risk], topics: [Topic], terms: [Term]) -> SearchIndex {
        let riskWords = Dictionary(
            uniqueKeysWithValues: risks.map { ($0.id, ([$0.title] + $0.aliases.map(\.text)).joined(separator: ", ")) })
        let topicWords = Dictionary(
            topics.map { ($0.id, ([$0.title] + $0.aliases.map(\.text)).joined(separator: ", ")) },
            uniquingKeysWith: { first, _ in first })
        let documents = records.map { record in
            let linksItself = record.kind == .risk || record.kind == .topic
            let vocabulary =
                linksItself
                ? [] : record.risks.compactMap { riskWords[$0] } + record.topics.compactMap { topicWords[$0] }
            return SearchDocument(
                id: record.id,
                text: [
                    Field.title: record.title,
                    Field.aliases: record.aliases.joined(separator: ", "),
                    Field.text: record.text,
                    Field.vocabulary: vocabulary.joined(separator: "; "),
                    Field.questions: record.questions.joined(separator: " "),
                ],
                keywords: [
                    Keyword.audience: record.audience.map { [$0.rawValue] } ?? [],
                    Keyword.risk: record.risks.map(\.rawValue),
                    Keyword.topic: record.topics,
                    Keyword.kind: [record.kind.rawValue],
                    Keyword.age: record.ageBands.map(\.rawValue),
                    Keyword.reader: record.readers.map(\.rawValue),
                    Keyword.category: Array(Set(record.risks.map(\.category.rawValue))).sorted(),
                    Keyword.confidence: record.confidence.map { [$0.rawValue] } ?? [],
                ]
            )
        }
        return SearchIndex(
            documents: documents, schema: schema, analyzer: analyzer,
            thesaurus: thesaurus(risks: risks, topics: topics, terms: terms), configuration: configuration
        )
    }

    /// The texts whose sentence vectors stand for each document of the index: the title with the body.
    static func semanticIndex(
        records: @escaping @Sendable () -> [Record], documentIDs: [String], store: StoredVectors?
    ) -> SemanticIndex {
        SemanticIndex(
            texts: {
                let byID = Dictionary(records().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                return documentIDs.map { id in byID[id].map(embeddingTexts) ?? [] }
            },
            store: store)
    }

    /// What is encoded for a record: its title with its body as one text, and each question it answers on
    /// its own, so that a question in a reader's words meets the record through the nearest of them. (On the
    /// development questions this beat the title and body alone, and the questions appended to the body.)
    static func embeddingTexts(_ record: Record) -> [String] {
        [record.title + ". " + record.text] + record.questions
    }

    /// Each risk, topic and glossary term with its aliases is one group of equivalent phrases, so "nudes"
    /// finds sexting and "CSAM" finds "child sexual abuse material".
    static func thesaurus(risks: [Risk], topics: [Topic], terms: [Term]) -> Thesaurus {
        let groups =
            risks.map { [$0.title] + $0.aliases.map(\.text) }
            + topics.map { [$0.title] + $0.aliases.map(\.text) }
            + terms.map { [$0.title] + $0.aliases.map(\.text) }
        return Thesaurus(groups.filter { $0.count > 1 })
    }
}

/// Builds a value from fixed, compile-time configuration that can only fail if the code itself is wrong
/// (a tested invariant, never reached by content or queries).
private func staticConfiguration<Value>(_ make: () throws -> Value) -> Value {
    do {
        return try make()
    } catch {
        preconditionFailure("invalid built-in search configuration: \(error)")
    }
}
