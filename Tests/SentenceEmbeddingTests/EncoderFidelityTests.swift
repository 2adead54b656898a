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

    /// Every `step`-th text is encoded, and every unusual one: 1 unless `COP_STRESS_SCALE` names a share below 1.
    /// `Scripts/sanitizers` sets it for AddressSanitizer, which needs the encoder's C calls and every kind of
    /// input (empty, controls, other scripts, emoji, over the token limit), not 200 more plain titles and bodies.
    static let step: Int = {
        guard let text = ProcessInfo.processInfo.environment["COP_STRESS_SCALE"], let scale = Double(text),
            scale > 0, scale < 1
        else { return 1 }
        return max(1, Int((1 / scale).rounded()))
    }()

    /// Whether a text is more than plain printable ASCII of a usual length.
    static func isUnusual(_ text: String) -> Bool {
        text.count < 3 || text.count > 1_000 || !text.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }
    }

    @Test func everyVectorMatchesTheReference() throws {
        let encoder = try SharedEncoder.load()
        let all = try Self.references()
        #expect(all.count >= 250)
        let references = all.enumerated().filter { $0.offset % Self.step == 0 || Self.isUnusual($0.element.text) }
            .map(\.element)
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
