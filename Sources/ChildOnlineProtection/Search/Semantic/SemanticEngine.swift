internal import Foundation
internal import SentenceEmbedding

/// The process-wide sentence encoder and the bundled record vectors, each loaded on first use.
enum SemanticEngine {
    /// The encoder, or why there is none. Loaded once per process (about 90 MB of weights).
    static let encoder: Result<SentenceEncoder, EmbeddingModelError> = Result { () throws(EmbeddingModelError) in
        try SentenceEncoder(modelDirectory: SentenceEncoder.locateModel())
    }

    /// The vectors compiled into the library for the bundled content (empty when the build had none).
    static let bundledVectors: RecordVectorStore = {
        guard let data = Data(base64Encoded: BundledVectors.base64), let store = try? RecordVectorStore(data: data),
            store.modelName == SentenceEncoder.defaultModelName
        else { return RecordVectorStore(modelName: SentenceEncoder.defaultModelName, dimension: 384) }
        return store
    }()

    /// Vectors written by `cop vectors` for custom content, read from the file named by `COP_RECORD_VECTORS`
    /// (empty when unset or unreadable).
    static let customVectors: RecordVectorStore = {
        guard let path = ProcessInfo.processInfo.environment["COP_RECORD_VECTORS"], !path.isEmpty,
            let data = FileManager.default.contents(atPath: path), let store = try? RecordVectorStore(data: data),
            store.modelName == SentenceEncoder.defaultModelName
        else { return RecordVectorStore(modelName: SentenceEncoder.defaultModelName, dimension: 384) }
        return store
    }()

    /// A stored vector for `text`: the bundled ones, then those of `COP_RECORD_VECTORS`.
    static func storedVector(for text: String) -> [Float]? {
        bundledVectors.vector(for: text) ?? customVectors.vector(for: text)
    }

    /// The vectors of the help-first detector's labelled examples, in their order, or `nil` without an encoder.
    static let urgencyExampleVectors: [[Float]]? = {
        guard case .success(let encoder) = encoder else { return nil }
        return UrgencyExamples.labelled.map { bundledVectors.vector(for: $0.query) ?? encoder.encode($0.query) }
    }()

    /// The labelled examples nearest to a query vector, most similar first.
    static func urgencyNeighbours(of query: [Float]) -> [(example: Int, similarity: Float)] {
        guard let vectors = urgencyExampleVectors else { return [] }
        let scored = vectors.enumerated().map { index, vector in
            (example: index, similarity: zip(vector, query).reduce(Float(0)) { $0 + $1.0 * $1.1 })
        }
        return Array(scored.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.example < $1.example }
            .prefix(UrgencyDetector.neighbourCount))
    }

    /// The longest query text that is encoded; the model reads at most 256 tokens anyway.
    static let maximumQueryCharacters = 2_000

    /// The words of a query without the query syntax's filters (`risk:grooming`) and exclusions (`-word`).
    static func meaningText(of query: String) -> String {
        query.prefix(maximumQueryCharacters)
            .split(whereSeparator: \.isWhitespace)
            .filter { word in !word.hasPrefix("-") && !(word.contains(":") && !word.hasSuffix(":")) && word != "OR" }
            .joined(separator: " ")
    }
}
