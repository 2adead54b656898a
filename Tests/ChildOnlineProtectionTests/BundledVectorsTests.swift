import Foundation
import Testing

import ChildOnlineProtection
@testable import GuidelineKnowledge

/// The record vectors compiled into the library (Content/vectors/en.vectors) cover the bundled content.
@Suite struct BundledVectorsTests {
    @Test("every bundled record text and help-first example has a stored vector (else run Scripts/bundle-content)")
    func bundledVectorsAreFresh() throws {
        let base = try KnowledgeBase.bundled()
        #expect(base.searchIndex.meaning.missingVectorCount == 0)
        let store = try #require(base.vectorStore)
        #expect(store.dimension == 384)
        #expect(UrgencyExamples.labelled.allSatisfy { store.vector(for: $0.query) != nil })
        let texts = Array(base.searchIndex.meaning.texts.joined()) + UrgencyExamples.labelled.map(\.query)
        #expect(
            store.vectors.count == Set(texts.map(RecordVectorStore.hash)).count,
            "the vector file holds vectors no text uses")
    }

    @Test("a vector file round-trips, and truncated or foreign bytes are rejected")
    func vectorFileFormat() throws {
        var store = RecordVectorStore(modelName: "test", dimension: 4)
        store.insert([0.5, -0.25, 1, 0], for: "a text")
        let data = store.data()
        let read = try RecordVectorStore(data: data)
        #expect(read == store)
        #expect(read.vector(for: "a text") == [0.5, -0.25, 1, 0])
        #expect(throws: RecordVectorStoreError.truncated) { try RecordVectorStore(data: data.dropLast(1)) }
        #expect(throws: RecordVectorStoreError.notAVectorFile) { try RecordVectorStore(data: Data("not vectors".utf8)) }
        #expect(throws: RecordVectorStoreError.truncated) { try RecordVectorStore(data: data.prefix(12)) }
    }
}
