public import ChildOnlineProtection

/// One query of the fixed benchmark set, in our syntax and as a fair FTS5 translation.
public struct BenchmarkQuery: Sendable {
    /// The class a query belongs to; the report gives percentiles per class.
    public enum Kind: String, Sendable, CaseIterable {
        case word, phrase, question, filtered, prefix, typo
    }

    public let kind: Kind
    /// Our query: text in the library's query syntax plus typed filters, as a caller writes it (semantic
    /// search on, so it is hybrid when a sentence-embedding model is installed and lexical otherwise).
    public let ours: GuidelineQuery
    /// The same query ranked by words only (`semantic: false`): what the FTS5 comparison measures.
    public var lexical: GuidelineQuery {
        var query = ours
        query.semantic = false
        return query
    }
    /// The query text as the sentence encoder sees it (no query in the set uses filter or exclusion syntax,
    /// so this is the text the hybrid search encodes).
    public var text: String { ours.text }
    /// The FTS5 `MATCH` expression.
    public let match: String
    /// The FTS5 `WHERE` conditions equivalent to `ours`'s filters.
    public let filters: [FTS5Filter]
    /// For a typo query, the same word spelt right: the typo's cost is measured against it.
    public let correction: String?

    init(
        _ kind: Kind, _ text: String, match: String? = nil, audience: Audience? = nil, risk: RiskID? = nil,
        recordKind: RecordKind? = nil, ageBand: AgeBand? = nil, correction: String? = nil
    ) {
        self.kind = kind
        self.correction = correction
        ours = GuidelineQuery(
            text,
            audiences: audience.map { [$0] } ?? [],
            risks: risk.map { [$0] } ?? [],
            kinds: recordKind.map { [$0] } ?? [],
            ageBands: ageBand.map { [$0] } ?? [],
            limit: 10
        )
        self.match = match ?? FTS5Translation.anyOfWords(text)
        var filters: [FTS5Filter] = []
        if let audience { filters.append(.equals("audience", audience.rawValue)) }
        if let risk { filters.append(.contains("risks", risk.rawValue)) }
        if let recordKind { filters.append(.equals("kind", recordKind.rawValue)) }
        if let ageBand { filters.append(.contains("ages", ageBand.rawValue)) }
        self.filters = filters
    }
}

extension BenchmarkQuery {
    /// The fixed query set: 36 queries in six classes.
    ///
    /// FTS5 translations: a single word as itself; a phrase quoted; a question as the OR of its words
    /// without stop words (FTS5 ANDs by default, which finds almost nothing for a question); filters as
    /// SQL `WHERE` on the unindexed columns; a prefix as `cyber*`; a typo as the misspelled word (FTS5 has
    /// no typo tolerance, so it answers fast with nothing).
    public static let all: [BenchmarkQuery] = [
        // Single words.
        .init(.word, "grooming"),
        .init(.word, "cyberbullying"),
        .init(.word, "sextortion"),
        .init(.word, "privacy"),
        .init(.word, "hotlines"),
        .init(.word, "encryption"),
        // Exact phrases.
        .init(.phrase, "\"age assurance\"", match: "\"age assurance\""),
        .init(.phrase, "\"safety by design\"", match: "\"safety by design\""),
        .init(.phrase, "\"screen time\"", match: "\"screen time\""),
        .init(.phrase, "\"national strategy\"", match: "\"national strategy\""),
        .init(.phrase, "\"child sexual abuse material\"", match: "\"child sexual abuse material\""),
        .init(.phrase, "\"parental controls\"", match: "\"parental controls\""),
        // Natural-language questions.
        .init(.question, "what should I do if a stranger asks my child for photos"),
        .init(.question, "how can schools stop bullying in group chats"),
        .init(.question, "my son spends all night playing games and is always tired"),
        .init(.question, "how should a platform detect and report child sexual abuse material"),
        .init(.question, "what laws does a country need to protect children online"),
        .init(.question, "someone is threatening to share my nude pictures unless I pay"),
        .init(.question, "how do I know if a news story online is fake"),
        .init(.question, "which settings keep a teenager's location private on social media"),
        // Filtered.
        .init(.filtered, "report abuse", audience: .industry),
        .init(.filtered, "warning signs", audience: .parentsEducators, risk: .grooming),
        .init(.filtered, "design", audience: .industry, recordKind: .checklistItem),
        .init(.filtered, "tell an adult you trust", audience: .children, ageBand: .from9To12),
        .init(.filtered, "law enforcement", audience: .policyMakers, risk: .csam),
        .init(.filtered, "settings", audience: .parentsEducators),
        // Prefix.
        .init(.prefix, "cyber*", match: "cyber*"),
        .init(.prefix, "groom*", match: "groom*"),
        .init(.prefix, "priva*", match: "priva*"),
        .init(.prefix, "exploit*", match: "exploit*"),
        .init(.prefix, "report*", match: "report*"),
        // Typos.
        .init(.typo, "groomng", correction: "grooming"),
        .init(.typo, "cyberbulying", correction: "cyberbullying"),
        .init(.typo, "sextorsion", correction: "sextortion"),
        .init(.typo, "privcy", correction: "privacy"),
        .init(.typo, "extremsm", correction: "extremism"),
    ]
}

/// Turning free text into FTS5 `MATCH` expressions.
public enum FTS5Translation {
    /// Common English words left out of OR-queries (they match nearly every record and only slow FTS5 down).
    static let stopWords: Set<String> = [
        "a", "about", "after", "all", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can",
        "could", "do", "does", "for", "from", "has", "have", "he", "her", "him", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "keeps", "me", "my", "not", "of", "on", "or", "our", "she", "should", "so",
        "some", "than", "that", "the", "their", "them", "then", "there", "they", "this", "to", "up", "was", "we",
        "what", "when", "where", "which", "who", "why", "will", "with", "would", "you", "your",
    ]

    /// The OR of the words of `text` (letters and digits), each quoted so no word is read as FTS5 syntax,
    /// stop words left out. A text of stop words only keeps them.
    public static func anyOfWords(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        let content = words.filter { !stopWords.contains($0) }
        let chosen = content.isEmpty ? words : content
        var seen = Set<String>()
        return chosen.filter { seen.insert($0).inserted }.map { "\"\($0)\"" }.joined(separator: " OR ")
    }
}
