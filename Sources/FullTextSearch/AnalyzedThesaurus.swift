/// A thesaurus analyzed with an index's analyzer: each entry as stems with word offsets.
///
/// Stored flat, as the index's other tables: the entries' texts and stems in ``StringTable``s, offsets and
/// boundaries in integer arrays, so that decoding makes no `String` or array per entry. An ``Entry`` is made
/// only for an entry a query uses.
struct AnalyzedThesaurus: Sendable {
    /// One entry, made from the tables.
    struct Entry: Sendable, Hashable {
        var text: String
        var phrase: AnalyzedPhrase
        var group: Int
    }

    /// Per entry, its text as written.
    let texts: StringTable
    /// The stems of every entry, entry after entry.
    let stems: StringTable
    /// Per stem of ``stems``, its word offset from the first stem of its entry.
    let offsets: [Int32]
    /// Per entry, where its stems start in ``stems`` and ``offsets``; one extra trailing element.
    let stemStarts: [Int32]
    /// Per group, where its entries start (entries are ordered by group); one extra trailing element.
    let groupStarts: [Int32]
    /// The entry numbers ordered by their first stem's bytes, then longest first, then by number: the entries
    /// that start with a stem are one run, found by binary search.
    private(set) var entriesByFirstStem: [Int32]

    /// Analyzes every entry of `thesaurus` (tokenizing and stemming it): what an index built from documents
    /// does; a decoded index reads the analyzed entries instead.
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

    /// The analyzed thesaurus of `entries`, which must be ordered by group, the groups numbered from 0 (what
    /// ``init(_:analyzer:)`` makes). A group number that skips one leaves an empty group, and a group of one
    /// entry is kept as it is: the decoder refuses both.
    init(entries: [Entry]) {
        let groupCount = (entries.map(\.group).max() ?? -1) + 1
        var groupSizes = [Int](repeating: 0, count: max(0, groupCount))
        for entry in entries where entry.group >= 0 { groupSizes[entry.group] += 1 }
        self.init(
            texts: StringTable(entries.map(\.text)),
            stems: StringTable(entries.flatMap(\.phrase.terms)),
            offsets: entries.flatMap { $0.phrase.offsets.map { Int32(clamping: $0) } },
            stemStarts: Runs.starts(ofLengths: entries.map(\.phrase.terms.count)),
            groupStarts: Runs.starts(ofLengths: groupSizes))
    }

    /// The analyzed thesaurus from its tables, which must agree (what a decoder checks): every entry has at
    /// least one stem; `entriesByFirstStem`, if given, is every entry once in ``precedesByFirstStem(_:_:)``
    /// order (otherwise it is sorted here).
    init(
        texts: StringTable, stems: StringTable, offsets: [Int32], stemStarts: [Int32], groupStarts: [Int32],
        entriesByFirstStem: [Int32]? = nil
    ) {
        self.texts = texts
        self.stems = stems
        self.offsets = offsets
        self.stemStarts = stemStarts
        self.groupStarts = groupStarts
        self.entriesByFirstStem = entriesByFirstStem ?? []
        if entriesByFirstStem == nil {
            self.entriesByFirstStem = texts.indices.sorted(by: precedesByFirstStem).map { Int32($0) }
        }
    }

    /// The order of ``entriesByFirstStem``: by first stem's bytes, then longest first, then by entry number.
    func precedesByFirstStem(_ first: Int, _ second: Int) -> Bool {
        let order = stems.compare(Int(stemStarts[first]), with: stems.utf8(at: Int(stemStarts[second])))
        guard order == 0 else { return order < 0 }
        let lengths = (stems(of: first).count, stems(of: second).count)
        return lengths.0 != lengths.1 ? lengths.0 > lengths.1 : first < second
    }

    /// The number of entries.
    var count: Int { texts.count }

    /// Every entry, made from the tables.
    /// - Complexity: O(*n*) in the size of the thesaurus.
    var entries: [Entry] { texts.indices.map(entry) }

    /// Entry number `entry`, made from the tables.
    func entry(_ entry: Int) -> Entry {
        let stems = stems(of: entry)
        return Entry(
            text: texts[entry],
            phrase: AnalyzedPhrase(terms: stems.map { self.stems[$0] }, offsets: stems.map { Int(offsets[$0]) }),
            group: group(of: entry))
    }

    /// The positions of entry `entry`'s stems in ``stems`` and ``offsets``.
    func stems(of entry: Int) -> Range<Int> {
        Int(stemStarts[entry])..<Int(stemStarts[entry + 1])
    }

    /// The group of entry `entry`.
    /// - Complexity: O(log *g*) for *g* groups.
    func group(of entry: Int) -> Int {
        groupStarts.partitioningIndex { $0 > entry } - 1
    }

    /// The entries of group `group`.
    func entries(inGroup group: Int) -> Range<Int> {
        Int(groupStarts[group])..<Int(groupStarts[group + 1])
    }

    /// The longest entry whose stems equal a prefix of `terms[start...]`, if any.
    /// - Complexity: O(log *n* + *c*) for *n* entries and *c* entries that start with `terms[start]`.
    func longestEntry(in terms: [String], from start: Int) -> Int? {
        guard start < terms.count else { return nil }
        return candidates(startingWith: terms[start]).first { entry in
            let stems = stems(of: entry)
            return start + stems.count <= terms.count && matches(entry, terms[start..<(start + stems.count)])
        }
    }

    /// The entry whose stems equal exactly `phrase`'s stems, if any.
    func exactEntry(_ phrase: AnalyzedPhrase) -> Int? {
        guard let first = phrase.terms.first else { return nil }
        return candidates(startingWith: first).first { entry in
            stems(of: entry).count == phrase.terms.count && matches(entry, phrase.terms[...])
        }
    }

    /// The entries whose first stem is `stem`, longest first.
    private func candidates(startingWith stem: String) -> some Collection<Int> {
        var stem = stem
        let run = stem.withUTF8 { key in
            stems.equalRun(of: key, in: entriesByFirstStem) { Int(stemStarts[Int($0)]) }
        }
        return entriesByFirstStem[run].lazy.map { Int($0) }
    }

    /// Whether the first `terms.count` stems of `entry` are `terms`, byte for byte (stems are normalized by the
    /// analyzer, so equal stems have equal bytes).
    private func matches(_ entry: Int, _ terms: ArraySlice<String>) -> Bool {
        zip(stems(of: entry), terms).allSatisfy { stem, term in stems.compare(stem, with: term.utf8) == 0 }
    }
}
