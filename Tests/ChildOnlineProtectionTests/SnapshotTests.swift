import ChildOnlineProtection
import GuidelineCompiler
import Foundation
import Testing

@testable import GuidelineKnowledge

/// The bundled snapshot against compiling the same Markdown: the same records, relations and answers;
/// the same bytes every time; and every damaged or foreign file refused with a clear error.
@Suite struct SnapshotTests {
    static let compiled = BundledSource.compilation.knowledgeBase

    @Test("the bundled snapshot holds exactly the records and relations compiled from Content/en")
    func sameModel() throws {
        let loaded = try KnowledgeBase.bundled()
        let compiled = Self.compiled
        #expect(loaded.records == compiled.records)
        #expect(loaded.records.count > 1_000)
        #expect(loaded.guidelineSets == compiled.guidelineSets)
        #expect(loaded.sections == compiled.sections)
        #expect(loaded.recommendations == compiled.recommendations)
        #expect(loaded.risks == compiled.risks && loaded.harms == compiled.harms)
        #expect(
            loaded.topics == compiled.topics && loaded.terms == compiled.terms
                && loaded.checklists == compiled.checklists)
        for risk in RiskID.allCases {
            #expect(loaded.harms(of: risk) == compiled.harms(of: risk))
            for audience in Audience.allCases {
                #expect(
                    loaded.recommendations(addressing: risk, for: audience)
                        == compiled.recommendations(addressing: risk, for: audience))
            }
        }
        for checklist in compiled.checklists {
            #expect(loaded.items(of: checklist.id) == compiled.items(of: checklist.id))
        }
        for topic in compiled.topics {
            #expect(loaded.recommendations(onTopic: topic.id) == compiled.recommendations(onTopic: topic.id))
        }
    }

    @Test("the snapshot answers queries exactly as the index built from Markdown")
    func sameAnswers() throws {
        let loaded = try KnowledgeBase.bundled()
        let compiled = Self.compiled.withStoredVectors(try #require(loaded.vectorStore))
        for text in Self.queries(from: compiled) {
            for audiences: Set<Audience> in [[], [.parentsEducators]] {
                let query = GuidelineQuery(text, audiences: audiences, limit: 10, semantic: false)
                let (left, right) = (loaded.search(query), compiled.search(query))
                #expect(left.total == right.total, "\(text)")
                #expect(left.hits.map(\.record.id) == right.hits.map(\.record.id), "\(text)")
                #expect(left.hits.map(\.score) == right.hits.map(\.score), "\(text)")
                #expect(left.hits.map(\.snippet) == right.hits.map(\.snippet), "\(text)")
            }
        }
        #expect(loaded.suggestions(prefix: "groo") == compiled.suggestions(prefix: "groo"))
    }

    /// Record titles, their first words, typos of them, filters and phrases: about two thousand queries (from one
    /// record in 3, or in 3 x `StressScale.step` under a sanitizer).
    static func queries(from base: KnowledgeBase) -> [String] {
        let titles = base.records.map(\.title)
        var queries: [String] = []
        for (index, title) in titles.enumerated() where index % (3 * StressScale.step) == 0 {
            let words = title.split(separator: " ")
            queries.append(title)
            queries.append(words.prefix(2).joined(separator: " "))
            if let long = words.first(where: { $0.count > 5 }) { queries.append(String(long.dropLast())) }
        }
        return queries + [
            "\"online grooming\"", "risk:grooming games", "sexting -school", "kind:checklist-item privacy",
            "nudes OR sextortion", "",
        ]
    }

    @Test("a snapshot is deterministic: the same content gives the same bytes")
    func deterministic() throws {
        let first = try Self.compiled.snapshot()
        let second = try BundledSource.compilation.knowledgeBase.snapshot()
        #expect(first == second)
        let reloaded = try load(first)
        #expect(try reloaded.snapshot() == first)
    }

    @Test("damaged, truncated, foreign or other-version snapshots are refused, never trusted")
    func refusesBadSnapshots() throws {
        let bytes = Self.small()
        #expect(bytes.count > 100)
        #expect(reason(bytes) == nil)
        #expect(reason(Array("hello, not a snapshot".utf8)) == .notASnapshot)
        #expect(reason([]) == .notASnapshot)
        #expect(reason(Array(bytes.prefix(20))) == .truncated)
        #expect(reason(Array(bytes.dropLast())) == .truncated)
        #expect(reason(bytes + [0]) == .truncated)
        var flipped = bytes
        flipped[flipped.count / 2] ^= 0x40
        #expect(reason(flipped) == .corrupted)
        var otherFormat = bytes
        otherFormat[8] = 99
        #expect(reason(otherFormat) == .unsupportedFormat(found: 99))
    }

    @Test("every truncation and every single-byte change of a small snapshot is refused")
    func exhaustiveDamage() throws {
        let bytes = Self.small()
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 500)) {
            #expect(reason(Array(bytes.prefix(cut))) != nil)
        }
        for index in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 500)) {
            var changed = bytes
            changed[index] &+= 1
            #expect(reason(changed) != nil, "byte \(index)")
        }
    }

    @Test("a snapshot from another library version is refused with both versions named")
    func libraryMismatch() throws {
        let forged = try KnowledgeBaseSnapshot.encode(ContentFixtures.compile().knowledgeBase, libraryVersion: "0.0.1")
        let error = try #require(refusal(forged))
        #expect(error.reason == .libraryMismatch(found: "0.0.1"))
        #expect(error.description.contains("0.0.1") && error.description.contains(KnowledgeBase.libraryVersion))
        #expect(error.description.contains("cop compile"))
    }

    @Test("a snapshot file loads through the file API, and a missing file says so")
    func fileAPI() throws {
        let url = FileManager.default.temporaryDirectory.appending(path: "cop-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(try Self.compiled.snapshot()).write(to: url)
        let loaded = try KnowledgeBase(snapshotAt: url)
        #expect(loaded.records == Self.compiled.records)
        let missing = url.appending(path: "nothing-here")
        #expect(throws: SnapshotError.self) { try KnowledgeBase(snapshotAt: missing) }
        do {
            _ = try KnowledgeBase(snapshotAt: missing)
        } catch {
            #expect(error.path == missing.path(percentEncoded: false))
            if case .unreadable = error.reason {} else { Issue.record("expected unreadable, got \(error.reason)") }
        }
    }

    @Test("a knowledge base with layers applied round-trips: records, layer changes, services, laws and answers")
    func layeredRoundTrips() throws {
        let adapted = try KnowledgeBase.bundled().adapted(by: [
            Adaptation(contentsOf: BundledSource.packageRoot.appending(path: "Examples/Adaptations/gb"))
        ])
        let bytes = try adapted.snapshot()
        let loaded = try bytes.withUnsafeBytes { try KnowledgeBase(snapshot: $0) }
        #expect(loaded.layers == adapted.layers && !loaded.layers.isEmpty)
        #expect(loaded.records == adapted.records)
        #expect(loaded.services == adapted.services && !loaded.services.isEmpty)
        #expect(loaded.laws == adapted.laws)
        for record in adapted.records {
            #expect(loaded.changes(of: record.id) == adapted.changes(of: record.id), "\(record.id)")
        }
        for text in ["where do I report a nude photo of my child", "grooming game secret", "Childline"] {
            let query = GuidelineQuery(text, limit: 10, semantic: false)
            #expect(loaded.search(query).hits.map(\.record.id) == adapted.search(query).hits.map(\.record.id))
        }
        #expect(try loaded.snapshot() == bytes)
    }

    /// A small knowledge base's snapshot, from the compiler-test fixtures.
    static func small() -> [UInt8] {
        (try? ContentFixtures.compile().knowledgeBase.snapshot()) ?? []
    }

    private func reason(_ bytes: [UInt8]) -> SnapshotError.Reason? {
        refusal(bytes)?.reason
    }

    private func refusal(_ bytes: [UInt8]) -> SnapshotError? {
        if case .failure(let error) = result(bytes) { return error }
        return nil
    }

    private func load(_ bytes: [UInt8]) throws -> KnowledgeBase {
        try result(bytes).get()
    }

    private func result(_ bytes: [UInt8]) -> Result<KnowledgeBase, SnapshotError> {
        bytes.withUnsafeBytes { raw in Result { () throws(SnapshotError) in try KnowledgeBase(snapshot: raw) } }
    }
}
