import Foundation
import SentenceEmbedding
import Testing

/// The Swift encoder against the reference implementation (sentence-transformers on PyTorch) on 252 texts:
/// record titles and bodies, a text far over the token limit, accents, scripts, emoji, controls, empty input.
@Suite struct EncoderFidelityTests {
    struct ReferenceVector: Decodable {
        let text: String
        let vector: [Float]
    }

    static func references() throws -> [ReferenceVector] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(
            path: "Fixtures/reference-embeddings.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        return try lines.map { try JSONDecoder().decode(ReferenceVector.self, from: Data($0.utf8)) }
    }

    @Test func everyVectorMatchesTheReference() throws {
        let encoder = try SharedEncoder.load()
        let references = try Self.references()
        #expect(references.count >= 250)
        var worst = (cosine: Float(1), text: "")
        for reference in references {
            let vector = encoder.encode(reference.text)
            #expect(vector.count == reference.vector.count)
            let referenceLength = reference.vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            let cosine = zip(vector, reference.vector).reduce(0) { $0 + $1.0 * $1.1 } / referenceLength
            if cosine < worst.cosine { worst = (cosine, reference.text) }
        }
        print("encoder fidelity: lowest cosine \(worst.cosine) over \(references.count) texts")
        #expect(worst.cosine >= 0.999, "lowest cosine \(worst.cosine) for \(worst.text.prefix(80))")
    }

    @Test func vectorsHaveUnitLength() throws {
        let vector = try SharedEncoder.load().encode("is it safe to share my birthday online")
        let length = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(length - 1) < 1e-4)
    }

    @Test func longTextIsCutToTheTokenLimit() throws {
        let encoder = try SharedEncoder.load()
        let ids = encoder.tokenIDs(String(repeating: "grooming safety ", count: 2_000))
        #expect(ids.count == encoder.maximumTokens)
    }
}

/// One encoder per test process: loading reads 90 MB.
enum SharedEncoder {
    private static let loaded: Result<SentenceEncoder, EmbeddingModelError> = Result { () throws(EmbeddingModelError) in
        try SentenceEncoder(modelDirectory: SentenceEncoder.locateModel())
    }

    static func load() throws -> SentenceEncoder { try loaded.get() }
}
