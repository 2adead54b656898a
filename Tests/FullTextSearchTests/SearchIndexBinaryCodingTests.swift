import BinaryCoding
import FullTextSearch
import Testing

@Suite struct SearchIndexBinaryCodingTests {
    @Test("a decoded index answers a few hundred varied queries exactly as the original")
    func sameAnswers() throws {
        let original = try IndexSnapshotCorpus.index()
        let decoded = try IndexSnapshotCorpus.roundTrip(original)
        #expect(decoded.documentIDs == original.documentIDs)
        #expect(decoded.duplicateDocumentIDs == original.duplicateDocumentIDs)
        #expect(decoded.schema == original.schema)
        #expect(decoded.thesaurus == original.thesaurus)
        #expect(decoded.configuration == original.configuration)
        #expect(decoded.analyzer.language == original.analyzer.language)
        #expect(decoded.analyzer.stopWords == original.analyzer.stopWords)
        let queries = IndexSnapshotCorpus.queries(for: original)
        #expect(queries.count >= 300)
        for (number, query) in queries.enumerated() {
            let limit = [10, 3, 50][number % 3]
            let offset = number % 7 == 0 ? 2 : 0
            let filters: [String: Set<String>] = number % 5 == 0 ? ["audience": ["parents", "industry"]] : [:]
            let signals =
                number % 4 == 0
                ? IndexSnapshotCorpus.signals(documentCount: original.documentCount, seed: UInt64(number)) : nil
            let expected = original.search(
                query, filters: filters, limit: limit, offset: offset, explain: number % 2 == 0, signals: signals)
            let actual = decoded.search(
                query, filters: filters, limit: limit, offset: offset, explain: number % 2 == 0, signals: signals)
            #expect(actual.total == expected.total, "total of \(query)")
            #expect(actual.hits == expected.hits, "hits of \(query)")
            #expect(actual.facets == expected.facets, "facets of \(query)")
            #expect(actual.notes == expected.notes, "notes of \(query)")
            #expect(
                decoded.suggestions(prefix: query) == original.suggestions(prefix: query), "suggestions for \(query)")
        }
    }

    @Test("encoding is deterministic: two builds of the same documents, and a decoded index, give the same bytes")
    func deterministicBytes() throws {
        let first = IndexSnapshotCorpus.encode(try IndexSnapshotCorpus.index())
        let second = IndexSnapshotCorpus.encode(
            try IndexSnapshotCorpus.index(documents: IndexSnapshotCorpus.documents.reversed()))
        #expect(first == second)
        let decoded = try IndexSnapshotCorpus.roundTrip(try IndexSnapshotCorpus.index())
        #expect(IndexSnapshotCorpus.encode(decoded) == first)
    }

    @Test("every truncation of an encoded index is rejected with an error")
    func truncation() throws {
        let bytes = IndexSnapshotCorpus.encode(try IndexSnapshotCorpus.smallIndex())
        for length in 0..<bytes.count {
            #expect(throws: BinaryDecodingError.self, "prefix of \(length) bytes") {
                try IndexSnapshotCorpus.decode(bytes[..<length])
            }
        }
        #expect(try IndexSnapshotCorpus.decode(bytes[...]).documentCount == 3)
    }

    @Test("flipped bytes give an error or an index that answers queries, never a crash")
    func randomFlips() throws {
        let bytes = IndexSnapshotCorpus.encode(try IndexSnapshotCorpus.smallIndex())
        var random = SplitMix64(seed: 15)
        var decodedCount = 0
        for round in 0..<3_000 {
            var corrupted = bytes
            for _ in 0...(round % 3) {
                let position = Int(random.next() % UInt64(corrupted.count))
                corrupted[position] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            }
            guard let index = try? IndexSnapshotCorpus.decode(corrupted[...]) else { continue }
            decodedCount += 1
            for query in ["grooming", "\"online games\"", "cyber*", "groomng", "audience:parents", "csam -police"] {
                _ = index.search(query, limit: 5, explain: true)
            }
            _ = index.suggestions(prefix: "gr")
        }
        // Most flips land in text, weights or counts that still decode; the point is that none crashed.
        #expect(decodedCount > 0)
    }

    @Test("bytes of another format or version are rejected by name")
    func wrongTagOrVersion() throws {
        var bytes = IndexSnapshotCorpus.encode(try IndexSnapshotCorpus.smallIndex())
        bytes[4] &+= 1
        let error = try #require(throws: BinaryDecodingError.self) { try IndexSnapshotCorpus.decode(bytes[...]) }
        #expect(error.message.contains("format version"))
        bytes[0] = 0
        let tagError = try #require(throws: BinaryDecodingError.self) { try IndexSnapshotCorpus.decode(bytes[...]) }
        #expect(tagError.offset == 4 && tagError.message.contains("not an encoded search index"))
    }

    @Test("a document number beyond the collection is rejected, not trusted")
    func outOfRangeDocument() throws {
        let index = try IndexSnapshotCorpus.smallIndex()
        let bytes = IndexSnapshotCorpus.encode(index)
        // Make every document number 3 (there are 3 documents): each 32-bit 0, 1 or 2 becomes 3 in turn.
        var rejected = 0
        for offset in stride(from: 0, to: bytes.count - 3, by: 1)
        where bytes[offset] < 3 && bytes[(offset + 1)...(offset + 3)].allSatisfy({ $0 == 0 }) {
            var corrupted = bytes
            corrupted[offset] = 200
            if (try? IndexSnapshotCorpus.decode(corrupted[...])) == nil { rejected += 1 }
        }
        #expect(rejected > 20)
    }
}

/// A deterministic random generator for the corruption tests.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The test corpus plus generated documents, and the query set the snapshot tests run.
enum IndexSnapshotCorpus {
    static let vocabulary = [
        "grooming", "online", "games", "chat", "secrecy", "bullying", "pupils", "teachers", "report", "abuse",
        "material", "hotline", "privacy", "settings", "sexting", "nudes", "images", "police", "platform",
        "moderation", "encryption", "café", "naïve", "Straße", "children", "parents", "safety", "design",
    ]

    static let documents: [SearchDocument] = {
        var random = SplitMix64(seed: 7)
        let generated = (0..<120).map { number in
            let words = (0..<(8 + number % 30)).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
            return TestCorpus.document(
                String(format: "g-%03d", number),
                title: words.prefix(3).joined(separator: " ").capitalized,
                aliases: number % 4 == 0 ? words.suffix(2).joined(separator: ", ") : "",
                body: words.joined(separator: " ") + ".",
                audience: [["parents"], ["industry"], ["educators", "parents"], []][number % 4],
                risk: number % 3 == 0 ? ["grooming"] : ["privacy"]
            )
        }
        return TestCorpus.documents + generated
    }()

    static func index(documents: [SearchDocument] = documents) throws -> SearchIndex {
        try TestCorpus.index(documents: documents)
    }

    /// Three documents: small enough to try every truncation and thousands of corruptions.
    static func smallIndex() throws -> SearchIndex {
        try TestCorpus.index(documents: Array(TestCorpus.documents.prefix(3)))
    }

    static func encode(_ index: SearchIndex) -> [UInt8] {
        var writer = BinaryWriter()
        index.encode(into: &writer)
        return writer.bytes
    }

    static func decode(_ bytes: ArraySlice<UInt8>) throws(BinaryDecodingError) -> SearchIndex {
        let copy = Array(bytes)
        return try copy.withUnsafeBytes { buffer in
            Result { () throws(BinaryDecodingError) -> SearchIndex in
                var reader = BinaryReader(buffer)
                let index = try SearchIndex(decoding: &reader)
                try reader.expectEnd()
                return index
            }
        }.get()
    }

    static func roundTrip(_ index: SearchIndex) throws -> SearchIndex {
        try decode(encode(index)[...])
    }

    /// Words, typos, prefixes, phrases, alternatives, exclusions, filters, thesaurus entries and junk.
    static func queries(for index: SearchIndex) -> [String] {
        var queries = vocabulary
        queries += vocabulary.map { String($0.dropLast()) + "*" }
        queries += vocabulary.filter { $0.count > 4 }.map { word in
            var characters = Array(word)
            characters.remove(at: characters.count / 2)
            return String(characters)
        }
        queries += vocabulary.filter { $0.count > 7 }.map { word in
            var characters = Array(word)
            characters.swapAt(1, 2)
            return String(characters) + "s"
        }
        queries += zip(vocabulary, vocabulary.dropFirst()).map { "\"\($0) \($1)\"" }
        queries += zip(vocabulary, vocabulary.dropFirst(3)).map { "\($0) OR \($1)" }
        queries += zip(vocabulary, vocabulary.dropFirst(5)).map { "\($0) -\($1)" }
        queries += vocabulary.map { "\($0) audience:parents" }
        queries += vocabulary.map { "risk:grooming \($0) games" }
        queries += zip(vocabulary, vocabulary.dropFirst(2)).map { "\($0) \($1)" }
        queries += vocabulary.map { String($0.prefix(3)) }
        queries += index.thesaurus.groups.flatMap { $0 }
        queries += [
            "", "   ", "!!!", "😀", "what should I do if a stranger asks my child for photos",
            "child sexual abuse material", "\"sharing intimate images\"", "nudes", "csam police", "twin",
            "how can schools stop bullying in group chats", "cafe", "STRASSE", "audience:nobody", "unknown:field x",
            "\"unclosed phrase", "gr*", "-grooming", "privacy settings OR encryption -chat audience:industry",
        ]
        return queries
    }

    static func signals(documentCount: Int, seed: UInt64) -> RankingSignals {
        var random = SplitMix64(seed: seed)
        return RankingSignals(
            similarities: (0..<documentCount).map { _ in Float(random.next() % 1000) / 1000 },
            priors: (0..<documentCount).map { _ in 0.8 + Double(random.next() % 5) / 10 }
        )
    }
}
