import GuidelineKnowledge

/// Pass 5: the linked vocabulary stays within ``ContentLimits/maximumLinkedVocabulary``.
///
/// Search indexes every record with the titles and aliases of the risks and topics it links (so "predator"
/// finds advice tagged with grooming), so each alias is indexed once per record that links its entry: the
/// work grows with aliases × linking records, not with the size of the content. Over the limit, the aliases
/// of the entries that cost most are dropped, each with an error, until the rest fits.
extension CompilationSession {
    mutating func boundLinkedVocabulary() {
        var links: [String: Int] = [:]
        for (risks, topics) in linkingRecords() {
            for risk in Set(risks) { links["risk:" + risk.rawValue, default: 0] += 1 }
            for topic in Set(topics) { links["topic:" + topic, default: 0] += 1 }
        }
        var costs =
            parts.risks.map { risk in
                Cost(
                    key: "risk:" + risk.id.rawValue, title: risk.title, aliasWords: Self.words(risk.aliases),
                    titleWords: Self.words(risk.title), location: risk.location)
            }
            + parts.topics.map { topic in
                Cost(
                    key: "topic:" + topic.id, title: topic.title, aliasWords: Self.words(topic.aliases),
                    titleWords: Self.words(topic.title), location: topic.location)
            }
        for index in costs.indices { costs[index].links = links[costs[index].key, default: 0] }
        var total = costs.reduce(0) { $0 + $1.total }
        guard total > limits.maximumLinkedVocabulary else { return }
        var dropped: Set<String> = []
        for cost in costs.sorted(by: { ($0.aliasCost, $1.key) > ($1.aliasCost, $0.key) })
        where total > limits.maximumLinkedVocabulary {
            guard cost.aliasCost > 0 else { break }
            total -= cost.aliasCost
            dropped.insert(cost.key)
            log.error(
                .tooComplex,
                """
                the aliases of '\(cost.title)' (\(cost.aliasWords) words) are indexed with each of the \(cost.links) \
                records that link it, \(cost.aliasCost) words; the content may index at most \
                \(limits.maximumLinkedVocabulary) linked words (ContentLimits.maximumLinkedVocabulary), so its \
                aliases are not used
                """,
                hint: "give it fewer aliases, or link it from fewer records",
                at: cost.location
            )
        }
        parts.risks = parts.risks.map { dropped.contains("risk:" + $0.id.rawValue) ? $0.withoutAliases() : $0 }
        parts.topics = parts.topics.map { dropped.contains("topic:" + $0.id) ? $0.withoutAliases() : $0 }
    }

    /// At most ``ContentLimits/maximumAliasesPerEntry`` aliases of at most ``ContentLimits/maximumAliasLength``
    /// characters: every alias is a phrase the search index matches against every record at build time.
    /// Longer aliases and those over the count are errors and are dropped.
    mutating func boundedAliases(_ aliases: [String], in field: HeadingBlock.Field) -> [String] {
        var kept: [String] = []
        for alias in aliases {
            if alias.count > limits.maximumAliasLength {
                log.error(
                    .tooComplex,
                    """
                    alias '\(alias.prefix(40))…' is \(alias.count) characters long; the limit is \
                    \(limits.maximumAliasLength) (ContentLimits.maximumAliasLength)
                    """,
                    hint: "an alias is a word or short phrase a searcher would type", at: field.location)
            } else {
                kept.append(alias)
            }
        }
        if kept.count > limits.maximumAliasesPerEntry {
            log.error(
                .tooComplex,
                """
                \(kept.count) aliases; the limit is \(limits.maximumAliasesPerEntry) per entry \
                (ContentLimits.maximumAliasesPerEntry), so the rest are not used
                """,
                hint: "keep the words searchers really type", at: field.location)
            kept.removeLast(kept.count - limits.maximumAliasesPerEntry)
        }
        return kept
    }

    /// What one entry costs the index.
    private struct Cost {
        let key: String
        let title: String
        let aliasWords: Int
        let titleWords: Int
        let location: SourceLocation
        var links = 0

        var aliasCost: Int { aliasWords * links }
        var total: Int { (aliasWords + titleWords) * links }
    }

    /// The risks and topics each record with a linked vocabulary links: terms, sections, recommendations.
    private func linkingRecords() -> [(risks: [RiskID], topics: [String])] {
        parts.terms.map { ($0.relatedRiskIDs, $0.relatedTopicIDs) }
            + parts.sections.map { ($0.riskIDs, $0.topicIDs) }
            + parts.recommendations.map { ($0.riskIDs, $0.topicIDs) }
    }

    private static func words(_ aliases: [Alias]) -> Int {
        aliases.reduce(0) { $0 + words($1.text) }
    }

    private static func words(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " }).count
    }
}

extension Risk {
    fileprivate func withoutAliases() -> Risk {
        Risk(id: id, title: title, aliases: [], definition: definition, harmIDs: harmIDs, location: location)
    }
}

extension Topic {
    fileprivate func withoutAliases() -> Topic {
        Topic(id: id, title: title, aliases: [], definition: definition, location: location)
    }
}
