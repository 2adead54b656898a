internal import Foundation
internal import SentenceEmbedding

/// The process-wide sentence encoder and the vectors named by `COP_RECORD_VECTORS`, each loaded on first use.
enum SemanticEngine {
    /// The encoder, or why there is none. Loaded once per process (about 90 MB of weights).
    static let encoder: Result<SentenceEncoder, EmbeddingModelError> = Result { () throws(EmbeddingModelError) in
        try SentenceEncoder(modelDirectory: SentenceEncoder.locateModel())
    }

    /// Vectors written by `cop vectors` for custom content, read from the file named by `COP_RECORD_VECTORS`
    /// (empty when unset or unreadable).
    static let customVectors: RecordVectorStore = {
        guard let path = ProcessInfo.processInfo.environment["COP_RECORD_VECTORS"], !path.isEmpty,
            let data = FileManager.default.contents(atPath: path), let store = try? RecordVectorStore(data: data),
            store.modelName == SentenceEncoder.defaultModelName
        else { return RecordVectorStore(modelName: SentenceEncoder.defaultModelName, dimension: 384) }
        return store
    }()

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
