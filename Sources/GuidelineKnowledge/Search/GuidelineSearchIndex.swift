public import FullTextSearch
internal import Foundation

/// Everything search needs beside the knowledge base's records: the word index, the sentence vectors of
/// each indexed record, and what the ranking priors look at. Built from a knowledge base (or decoded from a
/// snapshot); compiling or linting content never builds one.
///
/// ``KnowledgeBase/search(_:)`` builds one on its first call and keeps it; call ``KnowledgeBase/prepareSearch()``
/// to pay that cost earlier (at launch, off the main thread). Building one directly is only useful to time it.
public struct GuidelineSearchIndex: Sendable {
    let words: SearchIndex
    /// The generic full-text index of the records (one document per record ID), for callers that time or
    /// inspect the engine on its own; ``KnowledgeBase/search(_:)`` adds the COP ranking on top of it.
    public var wordIndex: SearchIndex { words }
    let meaning: SemanticIndex
    /// Per document of `words`, what the ranking priors look at, made on the first query that has priors (a
    /// query whose asker and child's age are unknown never needs them).
    let documentProfiles: MadeOnFirstUse<[DocumentProfile]>

    /// Indexes the merged records of `base` (baseline with its layers' changes).
    /// - Complexity: O(n) in the total length of the records' text.
    public init(indexing base: KnowledgeBase) {
        let records = base.records
        self.init(
            words: GuidelineIndex.build(records: records, risks: base.risks, topics: base.topics, terms: base.terms),
            records: { records }, store: base.storedVectors)
    }

    /// An index whose word index was built or decoded from a snapshot; the rest is derived from the records
    /// when a query first needs it.
    /// - Parameter records: Makes the records `words` indexes; called at most once, by the first query that
    ///   needs the sentence texts or the ranking profiles.
    init(words: SearchIndex, records makeRecords: @escaping @Sendable () -> [Record], store: StoredVectors?) {
        self.words = words
        let documentIDs = words.documentIDs
        let records = MadeOnFirstUse(makeRecords)
        meaning = GuidelineIndex.semanticIndex(records: { records.value }, documentIDs: documentIDs, store: store)
        documentProfiles = MadeOnFirstUse { DocumentProfile.profiles(records: records.value, documentIDs: documentIDs) }
    }
}

/// The search index of one knowledge base, built on its first search and shared by its copies (a
/// knowledge base is a value; copying it does not copy or rebuild the index).
// Guarded by an NSLock (a POSIX mutex), as the project's other shared state: ThreadSanitizer sees it, where a
// contended `Synchronization.Mutex` is handed over inside the kernel and reported as a false race.
final class SearchIndexCache: @unchecked Sendable {
    /// Where the index came from, so far.
    enum State: Equatable {
        case notYetMade, decoded, built
    }

    private let lock = NSLock()
    private var index: GuidelineSearchIndex?
    private var madeBy = State.notYetMade
    /// Decodes the index on first use; `nil` once used, or for an index built from the records.
    private var decodeOnFirstUse: (@Sendable (KnowledgeBase) -> GuidelineSearchIndex?)?

    /// An empty cache: the index is built on first use.
    init() {}

    /// A cache whose index `decode` makes from the knowledge base on first use (what the built-in snapshot
    /// does: its index is decoded by the first search, not by a process that only looks records up). Should
    /// `decode` return `nil`, the index is built from the records instead, with the same answers.
    init(decodingOnFirstUse decode: @escaping @Sendable (KnowledgeBase) -> GuidelineSearchIndex?) {
        decodeOnFirstUse = decode
    }

    /// Stores an index decoded from a snapshot, before the knowledge base is shared.
    func fill(_ prebuilt: GuidelineSearchIndex) {
        lock.lock()
        defer { lock.unlock() }
        index = prebuilt
        madeBy = .decoded
    }

    /// The index, decoded or built from `base` the first time.
    func index(for base: KnowledgeBase) -> GuidelineSearchIndex {
        lock.lock()
        defer { lock.unlock() }
        if let index { return index }
        let decoded = decodeOnFirstUse?(base)
        decodeOnFirstUse = nil
        let made = decoded ?? GuidelineSearchIndex(indexing: base)
        index = made
        madeBy = decoded == nil ? .built : .decoded
        return made
    }

    /// Where the index came from, without making it.
    var state: State {
        lock.lock()
        defer { lock.unlock() }
        return madeBy
    }
}
