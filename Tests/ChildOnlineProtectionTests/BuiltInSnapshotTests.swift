import BinaryCoding
import Foundation
import Testing

@testable import ChildOnlineProtection
@testable import GuidelineKnowledge

/// The snapshot compiled into the library: `KnowledgeBase.bundled()` skips the checksum and the per-posting
/// checks of its bytes at run time, so this is where they are checked in full.
@Suite struct BuiltInSnapshotTests {
    @Test("the built-in snapshot passes every check of a snapshot file, and its vectors decode")
    func builtInSnapshotPassesEveryCheck() throws {
        let bytes = try #require(ByteStringLiteral.bytes(in: BundledSnapshot.snapshot))
        let checked = try bytes.withUnsafeBytes { try KnowledgeBase(snapshot: $0) }
        #expect(checked.records == (try KnowledgeBase.bundled()).records)
        let vectors = try #require(ByteStringLiteral.bytes(in: BundledSnapshot.vectors))
        #expect(try RecordVectorStore(data: Data(vectors)) == (try KnowledgeBase.bundled()).vectorStore)
    }
}
