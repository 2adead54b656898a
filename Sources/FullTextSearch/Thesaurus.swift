/// Groups of equivalent words and phrases used to expand queries.
///
/// A query that contains one entry of a group also searches for the other entries of that group, with a
/// slightly lower weight (``SearchIndex/Configuration/synonymWeight``). Multi-word entries match as phrases.
/// Documents are never expanded, so the index stays small and the thesaurus can change without rebuilding
/// the postings.
///
/// ```swift
/// let thesaurus = Thesaurus([
///     ["csam", "child sexual abuse material", "child pornography"],
///     ["sexting", "nudes", "sharing intimate images"],
/// ])
/// ```
public struct Thesaurus: Sendable, Hashable, Codable {
    /// The groups of equivalent entries, as given.
    public let groups: [[String]]

    /// Creates a thesaurus from groups of equivalent entries. Groups with fewer than two entries are kept
    /// but never expand anything.
    /// - Parameter groups: Each group lists words or phrases that mean the same thing.
    public init(_ groups: [[String]]) {
        self.groups = groups
    }

    /// An empty thesaurus.
    public static let empty = Thesaurus([])
}

/// A thesaurus analyzed with an index's analyzer: each entry as stems with word offsets.
struct AnalyzedThesaurus: Sendable {
    struct Entry: Sendable, Hashable {
        var text: String
        var phrase: AnalyzedPhrase
        var group: Int
    }

    /// Every entry of every group with at least two usable entries.
    let entries: [Entry]
    /// For each group, the indices of its entries in ``entries``.
    let groupEntries: [[Int]]
    /// The entries keyed by their first stem, longest first, for matching inside a query.
    let entriesByFirstTerm: [String: [Int]]

    /// Analyzes every entry of `thesaurus` (tokenizing and stemming it): what an index built from documents
    /// does; a decoded index reads the analyzed entries instead (``init(entries:)``).
    init(_ thesaurus: Thesaurus, analyzer: Analyzer) {
        var entries: [Entry] = []
        var groupCount = 0
        for group in thesaurus.groups {
            let analyzed = group.map { (text: $0, phrase: analyzer.phrase($0)) }.filter { !$0.phrase.isEmpty }
            guard analyzed.count >= 2 else { continue }
            entries += analyzed.map { Entry(text: $0.text, phrase: $0.phrase, group: groupCount) }
            groupCount += 1
        }
        self.init(entries: entries)
    }

    /// The analyzed thesaurus of `entries`, which should be ordered by group, the groups numbered from 0 without
    /// a gap and each with at least two entries (what ``init(_:analyzer:)`` makes and ``entries`` holds; the
    /// decoder checks it).
    init(entries: [Entry]) {
        var groupEntries: [[Int]] = []
        for (index, entry) in entries.enumerated() {
            while groupEntries.count <= entry.group { groupEntries.append([]) }
            groupEntries[entry.group].append(index)
        }
        var byFirst: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            if let first = entry.phrase.terms.first { byFirst[first, default: []].append(index) }
        }
        self.entries = entries
        self.groupEntries = groupEntries
        self.entriesByFirstTerm = byFirst.mapValues { indices in
            indices.sorted { entries[$0].phrase.terms.count > entries[$1].phrase.terms.count }
        }
    }

    /// The longest entry whose stems equal `terms[start...]` prefix, if any.
    func longestEntry(in terms: [String], from start: Int) -> Int? {
        guard start < terms.count, let candidates = entriesByFirstTerm[terms[start]] else { return nil }
        return candidates.first { index in
            let entryTerms = entries[index].phrase.terms
            return start + entryTerms.count <= terms.count
                && terms[start..<(start + entryTerms.count)].elementsEqual(entryTerms)
        }
    }

    /// The entry whose stems equal exactly `phrase`'s stems, if any.
    func exactEntry(_ phrase: AnalyzedPhrase) -> Int? {
        guard let first = phrase.terms.first else { return nil }
        return entriesByFirstTerm[first]?.first { entries[$0].phrase.terms == phrase.terms }
    }
}
