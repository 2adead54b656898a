internal import COpenBLAS
public import Foundation

/// A sentence-embedding model run on the device: WordPiece tokenisation, a BERT encoder, mean pooling and
/// L2 normalisation, as sentence-transformers runs all-MiniLM-L6-v2. No network and no Python.
///
/// ```swift
/// let encoder = try SentenceEncoder(modelDirectory: SentenceEncoder.locateModel())
/// let vector = encoder.encode("someone is asking my son for photos")   // 384 floats, unit length
/// ```
/// An immutable value: share one between threads freely.
public struct SentenceEncoder: Sendable {
    /// The folder the weights were read from.
    public let modelDirectory: URL
    /// The length of every vector.
    public var dimension: Int { encoder.weights.configuration.hiddenSize }
    /// The most tokens one text is cut to, `[CLS]` and `[SEP]` included (the model's own setting).
    public let maximumTokens: Int

    private let tokenizer: WordPieceTokenizer
    private let encoder: BertEncoder

    /// Loads `model.safetensors` and `vocab.txt` from `modelDirectory`.
    /// - Throws: ``EmbeddingModelError`` when a file is missing, unreadable, truncated, or does not hold the
    ///   tensors of `configuration` with their shapes.
    /// - Complexity: reads the weights once (about 90 MB for all-MiniLM-L6-v2).
    public init(modelDirectory: URL, configuration: BertConfiguration = .miniLML6, maximumTokens: Int = 256)
        throws(EmbeddingModelError)
    {
        let vocabularyPath = modelDirectory.appending(path: "vocab.txt").path(percentEncoded: false)
        guard let vocabulary = FileManager.default.contents(atPath: vocabularyPath) else {
            throw .unreadable(path: vocabularyPath)
        }
        tokenizer = try WordPieceTokenizer(vocabularyText: String(decoding: vocabulary, as: UTF8.self))
        let weightsPath = modelDirectory.appending(path: "model.safetensors").path(percentEncoded: false)
        encoder = BertEncoder(weights: try BertWeights(SafeTensors(path: weightsPath), configuration: configuration))
        guard tokenizer.vocabulary.values.allSatisfy({ $0 >= 0 && Int($0) < configuration.vocabularySize }) else {
            throw .invalidVocabulary("the vocabulary has more entries than the model's \(configuration.vocabularySize)")
        }
        self.modelDirectory = modelDirectory
        self.maximumTokens = min(max(2, maximumTokens), configuration.maximumPositions)
        _ = Self.useOneBLASThread
    }

    /// The unit-length embedding of `text` (any string; an empty one still yields a vector).
    /// - Complexity: O(n·h² + n²·h) for n ≤ ``maximumTokens`` tokens.
    public func encode(_ text: String) -> [Float] {
        let pooled = encoder.meanPooledState(ids: tokenIDs(text))
        let length = pooled.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return length > 0 ? pooled.map { $0 / length } : pooled
    }

    /// The token IDs the model sees for `text`.
    public func tokenIDs(_ text: String) -> [Int32] {
        tokenizer.tokenIDs(text, maximumLength: maximumTokens)
    }

    /// Queries are single short sequences: one BLAS thread answers them fastest and keeps results
    /// bit-for-bit repeatable. Set once per process.
    private static let useOneBLASThread: Void = openblas_set_num_threads(1)
}
