import BinaryCoding
import FullTextSearch
import Foundation
import Testing

@testable import ChildOnlineProtection
@testable import GuidelineKnowledge

/// The snapshot compiled into the library: it is checked in (Content/snapshot/en.snapshot), so this is where it
/// must be exactly what Content/en compiles to; and `KnowledgeBase.bundled()` skips the checksum and the
/// per-posting checks of its bytes at run time, so this is where they are checked in full.
@Suite struct BuiltInSnapshotTests {
    @Test("the built-in snapshot is exactly what Content/en compiles to (else run Scripts/bundle-content)")
    func builtInSnapshotIsFresh() throws {
        #expect(!BundledSource.compilation.hasErrors)
        let compiled = try BundledSource.compilation.knowledgeBase.snapshot()
        let builtIn = Array(KnowledgeBase.builtInSnapshotBytes)
        // Compared apart, so that a failure does not print megabytes of bytes.
        let fresh = compiled == builtIn
        #expect(fresh, "Content/snapshot/en.snapshot is not what Content/en compiles to: run Scripts/bundle-content")
    }

    @Test("the built-in snapshot passes every check of a snapshot file, and its vectors decode")
    func builtInSnapshotPassesEveryCheck() throws {
        let checked = try KnowledgeBase(snapshot: KnowledgeBase.builtInSnapshotBytes)
        #expect(checked.records == (try KnowledgeBase.bundled()).records)
        let vectors = Data(KnowledgeBase.builtInVectorBytes)
        #expect(try RecordVectorStore(data: vectors) == (try KnowledgeBase.bundled()).vectorStore)
    }
}

/// The built-in snapshot's word index is decoded by the first search, not by the load: a process that only looks
/// records up never pays for it.
@Suite struct BuiltInIndexOnFirstUseTests {
    @Test("loading the built-in snapshot decodes no word index; the first search decodes the stored one")
    func indexIsDecodedByTheFirstSearch() throws {
        let base = try KnowledgeBase(builtInSnapshot: KnowledgeBase.builtInSnapshotBytes, vectors: nil)
        #expect(base.searchCache.state == .notYetMade)
        #expect(base.record(id: "grooming") != nil)
        #expect(base.searchCache.state == .notYetMade, "a lookup does not need the index")
        var query = GuidelineQuery("grooming game secret")
        query.semantic = false
        let results = base.search(query)
        #expect(base.searchCache.state == .decoded, "the stored index, not one built from the records")
        #expect(results.hits.first != nil)
        // The very index a fully checked load decodes.
        let checked = try KnowledgeBase(snapshot: KnowledgeBase.builtInSnapshotBytes)
        #expect(encoding(of: base.searchIndex.words) == encoding(of: checked.searchIndex.words))
    }

    @Test("loading makes no lookup table; a search makes the positions of its hits, never the relation lists")
    func lookupTablesAreMadeOnFirstUse() throws {
        let base = try KnowledgeBase(builtInSnapshot: KnowledgeBase.builtInSnapshotBytes, vectors: nil)
        #expect(base.index.made == (false, false))
        var query = GuidelineQuery("grooming game secret")
        query.semantic = false
        #expect(!base.search(query).hits.isEmpty)
        #expect(base.index.made == (true, false))
        #expect(!base.recommendations(addressing: .grooming).isEmpty)
        #expect(base.index.made == (true, true))
    }

    @Test("a knowledge base and its search index are freed together once searched: no reference cycle")
    func searchedKnowledgeBaseIsFreed() throws {
        weak var cache: SearchIndexCache?
        do {
            let base = try KnowledgeBase(builtInSnapshot: KnowledgeBase.builtInSnapshotBytes, vectors: nil)
            // A query with an inferred asker and a child's age, so the deferred ranking profiles are made too.
            var query = GuidelineQuery("my 10 year old daughter is being groomed in a game")
            query.semantic = false
            #expect(!base.search(query).hits.isEmpty)
            cache = base.searchCache
            #expect(cache != nil)
        }
        #expect(cache == nil, "the search cache outlived its knowledge base")
    }

    private func encoding(of index: SearchIndex) -> [UInt8] {
        var writer = BinaryWriter()
        index.encode(into: &writer)
        return writer.bytes
    }
}
